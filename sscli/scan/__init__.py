"""Vulnerability scanning of an Inventory: backends, the finding model, VEX and renderers.

The names below are loaded on first use (PEP 562): a scan without --vex never imports the VEX
readers, and one renderer is imported per format asked for."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sscli.scan.findings import Finding, ScanReport, SkippedPackage, Status
    from sscli.scan.formats import OutputFormat, renderer
    from sscli.scan.run import ServiceName, open_service, scan_inventory
    from sscli.scan.severity import Level, Severity
    from sscli.scan.vex import VexStatement, apply_vex, load_vex

_HOMES = {
    "Finding": "findings",
    "Level": "severity",
    "OutputFormat": "formats",
    "ScanReport": "findings",
    "ServiceName": "run",
    "Severity": "severity",
    "SkippedPackage": "findings",
    "Status": "findings",
    "VexStatement": "vex",
    "apply_vex": "vex",
    "load_vex": "vex",
    "open_service": "run",
    "renderer": "formats",
    "scan_inventory": "run",
}

__all__ = [
    "Finding",
    "Level",
    "OutputFormat",
    "ScanReport",
    "ServiceName",
    "Severity",
    "SkippedPackage",
    "Status",
    "VexStatement",
    "apply_vex",
    "load_vex",
    "open_service",
    "renderer",
    "scan_inventory",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value

"""Vulnerability scanning of an Inventory: backends, the finding model, VEX and renderers."""

from sscli.scan.findings import Finding, ScanReport, SkippedPackage, Status
from sscli.scan.formats import OutputFormat, renderer
from sscli.scan.run import ServiceName, open_service, scan_inventory
from sscli.scan.severity import Level, Severity
from sscli.scan.vex import VexStatement, apply_vex, load_vex

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

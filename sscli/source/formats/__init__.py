"""Renderers of source reports: one module per format (json, sarif; the rich table is for
people and lives in `table`)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import StrEnum

from sscli.source.scan import SourceScanReport


class ScanFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    SARIF = "sarif"


_RENDERERS = {
    ScanFormat.JSON: ("sscli.source.formats.json", "render_scan_json"),
    ScanFormat.SARIF: ("sscli.source.formats.sarif", "render_scan_sarif"),
}


def scan_renderer(fmt: ScanFormat) -> Callable[[SourceScanReport], str]:
    module, name = _RENDERERS[fmt]
    function: Callable[[SourceScanReport], str] = getattr(importlib.import_module(module), name)
    return function

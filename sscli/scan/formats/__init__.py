"""Renderers of a `ScanReport`: one module per output format, one registry entry each."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import StrEnum

from sscli.scan.findings import ScanReport

Renderer = Callable[[ScanReport], str]


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    SARIF = "sarif"
    CYCLONEDX_VEX = "cyclonedx-vex"
    IN_TOTO = "in-toto"


# Imported on demand, so that a scan loads only the renderer it uses.
_RENDERERS = {
    OutputFormat.JSON: ("sscli.scan.formats.json", "render_json"),
    OutputFormat.SARIF: ("sscli.scan.formats.sarif", "render_sarif"),
    OutputFormat.CYCLONEDX_VEX: ("sscli.scan.formats.cyclonedx_vex", "render_cyclonedx_vex"),
    OutputFormat.IN_TOTO: ("sscli.scan.formats.intoto", "render_intoto"),
}


def renderer(fmt: OutputFormat) -> Renderer:
    """The function that turns a report into the text of `fmt` (not `table`: that one is rich
    output for people, see `sscli.scan.formats.table`)."""
    if fmt not in _RENDERERS:
        raise ValueError(f"{fmt} is not a machine format")
    module, name = _RENDERERS[fmt]
    function: Renderer = getattr(importlib.import_module(module), name)
    return function

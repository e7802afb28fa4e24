"""CycloneDX SBOMs: build from an Inventory, validate, serialize, diff and report."""

from __future__ import annotations

from sscli.inventory.model import Inventory
from sscli.sbom.serialize import InvalidSbomError, SbomFormat, render_bom


def create_sbom(inventory: Inventory, fmt: SbomFormat = SbomFormat.JSON, spec: str = "1.6") -> str:
    """A schema-valid CycloneDX document for `inventory`, as text."""
    from sscli.sbom.build import build_bom

    return render_bom(build_bom(inventory, spec), fmt, spec)


__all__ = ["InvalidSbomError", "SbomFormat", "create_sbom", "render_bom"]

"""SBOMs: build CycloneDX and SPDX documents from an Inventory, validate, serialize, diff and
report."""

from __future__ import annotations

from sscli.inventory.model import Inventory
from sscli.sbom.serialize import InvalidSbomError, SbomFormat, render_bom


def create_sbom(inventory: Inventory, fmt: SbomFormat = SbomFormat.JSON, spec: str = "1.6") -> str:
    """A valid document of `fmt` for `inventory`, as text (`spec`: the CycloneDX version)."""
    if fmt.is_cyclonedx:
        from sscli.sbom.build import build_bom

        return render_bom(build_bom(inventory, spec), fmt, spec)
    from sscli.sbom import spdx

    render = {
        SbomFormat.SPDX_JSON: spdx.render_spdx2_json,
        SbomFormat.SPDX_TAG_VALUE: spdx.render_spdx2_tag_value,
        SbomFormat.SPDX3_JSON: spdx.render_spdx3_json,
    }[fmt]
    return render(inventory)


__all__ = ["InvalidSbomError", "SbomFormat", "create_sbom", "render_bom"]

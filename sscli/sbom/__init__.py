"""SBOMs: build CycloneDX and SPDX documents from an Inventory, validate, serialize, diff and
report."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from sscli.inventory.model import Inventory
from sscli.sbom.serialize import InvalidSbomError, SbomFormat, render_bom


def create_sbom(inventory: Inventory, fmt: SbomFormat = SbomFormat.JSON, spec: str = "1.6") -> str:
    """A valid document of `fmt` for `inventory`, as text (`spec`: the CycloneDX version)."""
    with _fewer_collections():
        return _create(inventory, fmt, spec)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Building a document allocates some 10^5 objects (cyclonedx-python-lib's model, the JSON
    tree) that all stay alive until the text is made: the cyclic collector's young-generation
    passes over them free nothing and cost a fifth of the build. Collect less often meanwhile."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], 50_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _create(inventory: Inventory, fmt: SbomFormat, spec: str) -> str:
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

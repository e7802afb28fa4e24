"""`sbom convert`: an SBOM (or any inventory input) into another format, with what the target
cannot hold found by reading the written document back and comparing, field by field, rather
than from a list kept by hand."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sscli.inventory.model import Inventory, Package
from sscli.sbom import SbomFormat, create_sbom


@dataclass(frozen=True)
class Loss:
    """One kind of fact the target format dropped or changed, and the packages it concerns."""

    field: str
    packages: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(self.packages[:5])
        more = f" and {len(self.packages) - 5} more" if len(self.packages) > 5 else ""
        return f"{self.field}: {shown}{more}"


@dataclass(frozen=True)
class Conversion:
    """An inventory written in another format, and what that format could not hold."""

    text: str
    losses: tuple[Loss, ...]


def convert(inventory: Inventory, fmt: SbomFormat, spec: str = "1.6") -> Conversion:
    """The document of `fmt` for `inventory`, and what reading it back no longer says."""
    from sscli.inventory import load_inventory

    text = create_sbom(inventory, fmt, spec)
    with tempfile.TemporaryDirectory(prefix="sscli-convert-") as directory:
        written = Path(directory) / f"converted{fmt.suffix}"
        written.write_text(text, encoding="utf-8")
        again = load_inventory(written)
    return Conversion(text, tuple(compare(inventory, again)))


def compare(before: Inventory, after: Inventory) -> Iterator[Loss]:
    """The facts of `before` that `after` lost or changed, grouped by field."""
    lost: dict[str, list[str]] = {}
    old = {p.key: p for p in _nodes(before)}
    new = {p.key: p for p in _nodes(after)}
    for key, package in old.items():
        if key not in new:
            lost.setdefault("package", []).append(key)
            continue
        for field, value in _facts(package).items():
            if _facts(new[key])[field] != value:
                lost.setdefault(field, []).append(key)
    if sorted(before.metadata_properties) != sorted(after.metadata_properties):
        lost.setdefault("document properties", []).append("(the document)")
    for field, keys in lost.items():
        yield Loss(field, tuple(keys))


def _nodes(inventory: Inventory) -> list[Package]:
    return [*([inventory.root] if inventory.root else []), *inventory.packages]


def _facts(package: Package) -> dict[str, object]:
    return {
        "version": package.version,
        "purl": package.package_url,
        "distribution files": sorted(
            (a.filename or "", a.url or "", sorted(a.hashes.items())) for a in package.artifacts
        ),
        "file sizes": sorted((a.filename or "", a.size or -1) for a in package.artifacts),
        "dependencies": sorted(package.dependencies),
        "license": (package.license_expression, package.license_names),
        "author": package.author,
        "supplier": package.supplier,
        "description": package.description,
        "external references": sorted((r.type, r.url) for r in package.external_refs),
        "reference comments": sorted((r.url, r.comment or "") for r in package.external_refs),
        "index URL": package.index_url,
        "declared in": package.location,
        "properties": sorted(package.properties),
        "scope": package.scope,
        "name as spelled upstream": package.display_name,
    }

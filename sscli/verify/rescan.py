"""Re-scan an attested SBOM against today's database: a flaw published after the build must
stop the deploy."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.verify.context import Rescan, RescanResult

# purl qualifiers that say a PyPI-named package did not come from an index release
_NOT_FROM_AN_INDEX = ("vcs_url", "download_url")


def database_rescan(db_path: Path, vex: Sequence[Path] = ()) -> Rescan:
    """A re-scan of CycloneDX and SPDX documents with the database at `db_path`, VEX applied.
    What cannot be matched against advisories (a package from git or a URL, not from PyPI,
    without a PEP 440 version) is listed as unscannable, never matched by its name."""
    from sscli.scan import scan_inventory
    from sscli.scan.services.osv_db import OsvDbService
    from sscli.vulndb import VulnDb

    service = OsvDbService(VulnDb(db_path))
    statements = _vex_statements(vex)

    def rescan(document: dict[str, Any]) -> RescanResult:
        inventory, unscannable = _inventory(document)
        report = scan_inventory(inventory, service, vex=statements)
        findings = [
            (f"{f.package} {f.version}", f.advisory_id, f.severity.level.value)
            for f in report.active
        ]
        unscannable += [(f"{s.name} {s.version or ''}".strip(), s.reason) for s in report.skipped]
        return RescanResult(findings, unscannable)

    return rescan


def _vex_statements(vex: Sequence[Path]) -> list[Any]:
    if not vex:
        return []  # the VEX reader (packageurl, its statement classes) only for VEX files
    from sscli.scan import load_vex

    return [s for path in vex for s in load_vex(path)]


def sbom_inventory(document: dict[str, Any]) -> Any:
    """The PyPI packages of a (validated) SPDX 2 or 3 document. A package the reader has to
    leave out for another reason than being of another ecosystem (no purl, a purl that does not
    parse) is an error: the gate must not re-scan less than the SBOM lists."""
    from pathlib import Path

    from sscli.inventory.readers.spdx import NOT_PYPI, inventory_from_spdx2
    from sscli.inventory.readers.spdx3 import inventory_from_spdx3

    where = Path("attested SBOM")
    if "@context" in document:
        inventory = inventory_from_spdx3(document, where)
    else:
        inventory = inventory_from_spdx2(document, where)
    unknown = [str(p) for p in inventory.problems if NOT_PYPI not in p.message]
    if unknown:
        raise InputError(f"the attested SBOM has packages sscli cannot identify: {unknown[0]}")
    return inventory


def _inventory(document: dict[str, Any]) -> tuple[Any, list[tuple[str, str]]]:
    """The PyPI index releases of an SBOM document, as the scan needs them (name, version), and
    (component, why) of those that are not; read straight from the validated document, which
    is many times faster than building the full CycloneDX model for each artifact at the
    gate."""
    if document.get("bomFormat") != "CycloneDX":
        return _index_releases(sbom_inventory(document))
    from sscli.inventory.model import Inventory, Package, normalize_name

    packages: dict[str, Package] = {}
    unscannable: list[tuple[str, str]] = []
    for component in components_of(document.get("components", [])):
        name, version, purl = component.get("name"), component.get("version"), component.get("purl")
        if isinstance(purl, str):
            kind, purl_name, purl_version, source = _purl_parts(purl)
            if kind != "pypi":
                unscannable.append((purl, f"not a PyPI package ({kind})"))
                continue
            if source is not None:
                reason = f"comes from {source}, not an index release: advisories cannot be matched"
                unscannable.append((purl, reason))
                continue
            name, version = purl_name, purl_version or version
        if isinstance(name, str) and isinstance(version, str) and name:
            package = Package(name=normalize_name(name), version=version)
            packages.setdefault(package.key, package)
        elif isinstance(name, str) and name:
            unscannable.append((name, "no version"))
    return Inventory(packages=tuple(packages.values())), unscannable


def _index_releases(inventory: Any) -> tuple[Any, list[tuple[str, str]]]:
    """An SPDX inventory without the packages whose purl says they came from git or a URL."""
    from dataclasses import replace

    kept, unscannable = [], []
    for package in inventory.packages:
        source = _purl_parts(package.purl)[3] if package.purl else None
        if source is None:
            kept.append(package)
        else:
            reason = f"comes from {source}, not an index release: advisories cannot be matched"
            unscannable.append((package.purl, reason))
    return replace(inventory, packages=tuple(kept)), unscannable


# A purl as sscli writes a plain pin (`inventory.model.pypi_purl`): packageurl reads these
# characters back unchanged (tested against it), and importing it costs the gate inspect.
_PLAIN_PYPI = re.compile(r"pkg:pypi/([0-9a-z](?:[0-9a-z.-]*[0-9a-z])?)@([0-9a-z][0-9a-z.]*)\Z")


@lru_cache(maxsize=65536)
def _purl_parts(purl: str) -> tuple[str, str, str | None, str | None]:
    """Type, name, version and non-index source (vcs_url, download_url) of `purl`, parsed once
    per process: the SBOMs of one batch of artifacts share most of their components."""
    plain = _PLAIN_PYPI.match(purl)
    if plain is not None:
        return "pypi", plain.group(1), plain.group(2), None
    from packageurl import PackageURL

    try:
        parsed = PackageURL.from_string(purl)
    except ValueError as exc:
        raise InputError(f"the attested SBOM has an invalid purl {purl!r}") from exc
    qualifiers = parsed.qualifiers if isinstance(parsed.qualifiers, dict) else {}
    source = next((qualifiers[q] for q in _NOT_FROM_AN_INDEX if q in qualifiers), None)
    return parsed.type, parsed.name, parsed.version, source


def components_of(components: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for component in components if isinstance(components, list) else []:
        if isinstance(component, dict):
            found.append(component)
            found += components_of(component.get("components", []))
    return found

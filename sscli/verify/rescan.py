"""Re-scan an attested SBOM against today's database: a flaw published after the build must
stop the deploy."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.verify.context import Rescan


def database_rescan(db_path: Path, vex: Sequence[Path] = ()) -> Rescan:
    """A re-scan of CycloneDX documents with the database at `db_path`, VEX applied."""
    from sscli.scan import load_vex, scan_inventory
    from sscli.scan.services.osv_db import OsvDbService
    from sscli.vulndb import VulnDb

    service = OsvDbService(VulnDb(db_path))
    statements = [s for path in vex for s in load_vex(path)]

    def rescan(document: dict[str, Any]) -> list[tuple[str, str, str]]:
        report = scan_inventory(_inventory(document), service, vex=statements)
        return [
            (f"{f.package} {f.version}", f.advisory_id, f.severity.level.value)
            for f in report.active
        ]

    return rescan


def _inventory(document: dict[str, Any]) -> Any:
    """The PyPI components of an SBOM document, as the scan needs them (name, version, purl);
    read straight from the validated document, which is many times faster than building the
    full CycloneDX model for each artifact at the gate."""
    from sscli.inventory.model import Inventory, Package, normalize_name

    packages: dict[str, Package] = {}
    for component in components_of(document.get("components", [])):
        name, version, purl = component.get("name"), component.get("version"), component.get("purl")
        if isinstance(purl, str):
            kind, purl_name, purl_version = _purl_parts(purl)
            if kind != "pypi":
                continue
            name, version = purl_name, purl_version or version
        if isinstance(name, str) and isinstance(version, str) and name:
            package = Package(name=normalize_name(name), version=version)
            packages.setdefault(package.key, package)
    return Inventory(packages=tuple(packages.values()))


@lru_cache(maxsize=65536)
def _purl_parts(purl: str) -> tuple[str, str, str | None]:
    """Type, name and version of `purl`, parsed once per process: the SBOMs of one batch of
    artifacts share most of their components."""
    from packageurl import PackageURL

    try:
        parsed = PackageURL.from_string(purl)
    except ValueError as exc:
        raise InputError(f"the attested SBOM has an invalid purl {purl!r}") from exc
    return parsed.type, parsed.name, parsed.version


def components_of(components: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for component in components if isinstance(components, list) else []:
        if isinstance(component, dict):
            found.append(component)
            found += components_of(component.get("components", []))
    return found

"""Re-scan an attested SBOM against today's database: a flaw published after the build must
stop the deploy."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.verify.context import Rescan


def database_rescan(db_path: Path, vex: Sequence[Path] = ()) -> Rescan:
    """A re-scan of CycloneDX and SPDX documents with the database at `db_path`, VEX applied."""
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


def _inventory(document: dict[str, Any]) -> Any:
    """The PyPI components of an SBOM document, as the scan needs them (name, version, purl);
    read straight from the validated document, which is many times faster than building the
    full CycloneDX model for each artifact at the gate."""
    from packageurl import PackageURL

    if document.get("bomFormat") != "CycloneDX":
        return sbom_inventory(document)
    from sscli.inventory.model import Inventory, Package, normalize_name

    packages: dict[str, Package] = {}
    for component in components_of(document.get("components", [])):
        name, version, purl = component.get("name"), component.get("version"), component.get("purl")
        if isinstance(purl, str):
            try:
                parsed = PackageURL.from_string(purl)
            except ValueError as exc:
                raise InputError(f"the attested SBOM has an invalid purl {purl!r}") from exc
            if parsed.type != "pypi":
                continue
            name, version = parsed.name, parsed.version or version
        if isinstance(name, str) and isinstance(version, str) and name:
            package = Package(name=normalize_name(name), version=version)
            packages.setdefault(package.key, package)
    return Inventory(packages=tuple(packages.values()))


def components_of(components: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for component in components if isinstance(components, list) else []:
        if isinstance(component, dict):
            found.append(component)
            found += components_of(component.get("components", []))
    return found

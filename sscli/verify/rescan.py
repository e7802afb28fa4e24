"""Re-scan an attested SBOM against today's database: a flaw published after the build must
stop the deploy."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.verify.artifact import Rescan


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
    from cyclonedx.model.bom import Bom

    from sscli.inventory.readers.cyclonedx import inventory_from_bom

    try:
        bom = Bom.from_json(document)  # type: ignore[attr-defined]
    except Exception as exc:  # the library raises many types on odd but schema-valid data
        raise InputError(f"the attested SBOM cannot be read: {exc}") from exc
    return inventory_from_bom(bom, Path("attested-sbom.cdx.json"))

"""The ingest stage's vulnerability check: each package against the embedded OSV database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sscli.inventory.model import Inventory, Package


def database_lookup(
    db_path: Path,
) -> Callable[[Sequence[Package]], dict[str, list[tuple[str, str]]]]:
    """A lookup of (advisory id, level) per package key in the database at `db_path`; a missing
    or unusable database is an `EnvironmentFailure` (exit 3) saying how to create it."""
    from sscli.scan import scan_inventory
    from sscli.scan.services.osv_db import OsvDbService
    from sscli.vulndb import VulnDb

    service = OsvDbService(VulnDb(db_path))

    def lookup(packages: Sequence[Package]) -> dict[str, list[tuple[str, str]]]:
        report = scan_inventory(Inventory(packages=tuple(packages)), service)
        found: dict[str, list[tuple[str, str]]] = {}
        for finding in report.active:
            found.setdefault(f"{finding.package}=={finding.version}", []).append(
                (finding.advisory_id, finding.severity.level.value)
            )
        return found

    return lookup

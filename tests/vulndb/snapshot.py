"""Helpers around the shared OSV snapshot (never copied into the repository)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

SNAPSHOT = "osv-pypi-2024-10-10.zip"


def snapshot_record(shared_data: Path, advisory_id: str) -> dict[str, Any]:
    """One record of the snapshot, parsed."""
    with zipfile.ZipFile(shared_data / SNAPSHOT) as archive:
        record: dict[str, Any] = json.loads(archive.read(f"{advisory_id}.json"))
    return record


def import_snapshot(shared_data: Path, db: Path) -> Path:
    from sscli.vulndb import import_records

    import_records(db, str(shared_data / SNAPSHOT))
    return db

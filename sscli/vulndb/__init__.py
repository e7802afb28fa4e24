"""OSV records for the PyPI ecosystem in an embedded SQLite store: import, matching, freshness.

The names below are loaded on first use (PEP 562), so that a scan, which only reads the store,
does not import the importer's archive and download machinery.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sscli.vulndb.importer import ImportReport, import_records
    from sscli.vulndb.ranges import AffectedVersions, range_includes, smallest_fix
    from sscli.vulndb.sources import DEFAULT_SOURCE
    from sscli.vulndb.store import Advisory, AffectedEntry, DbStatus, VulnDb, default_db_path

_HOMES = {
    "DEFAULT_SOURCE": "sources",
    "Advisory": "store",
    "AffectedEntry": "store",
    "AffectedVersions": "ranges",
    "DbStatus": "store",
    "ImportReport": "importer",
    "VulnDb": "store",
    "default_db_path": "store",
    "import_records": "importer",
    "range_includes": "ranges",
    "smallest_fix": "ranges",
}

__all__ = [
    "DEFAULT_SOURCE",
    "Advisory",
    "AffectedEntry",
    "AffectedVersions",
    "DbStatus",
    "ImportReport",
    "VulnDb",
    "default_db_path",
    "import_records",
    "range_includes",
    "smallest_fix",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value

"""OSV records for the PyPI ecosystem in an embedded SQLite store: import, matching, freshness."""

from sscli.vulndb.importer import ImportReport, import_records
from sscli.vulndb.ranges import AffectedVersions, range_includes, smallest_fix
from sscli.vulndb.sources import DEFAULT_SOURCE
from sscli.vulndb.store import Advisory, AffectedEntry, DbStatus, VulnDb, default_db_path

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

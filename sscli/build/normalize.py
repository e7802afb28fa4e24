"""Normalize sdists the way strip-nondeterminism does for Debian: member times clamped to
SOURCE_DATE_EPOCH, owners cleared, the gzip header's time set to it and its file name dropped.

setuptools writes the files it generates (PKG-INFO, setup.cfg, *.egg-info) and the gzip header
with the wall clock, so its sdists never come out the same twice. The build applies this only to
an sdist whose two builds were *equivalent* (same members, contents and modes), and records it
in the provenance; member names, order, contents and modes are kept.
"""

from __future__ import annotations

import gzip
import io
import tarfile
from pathlib import Path

from sscli.fsutil import atomic_write_bytes, read_bytes_limited

MAX_SDIST_BYTES = 1024 * 1024 * 1024


def normalize_sdist(path: Path, epoch: int) -> bool:
    """Rewrite a .tar.gz sdist in place; True if a byte changed."""
    original = read_bytes_limited(path, MAX_SDIST_BYTES)
    members = io.BytesIO()
    with (
        tarfile.open(fileobj=io.BytesIO(original), mode="r:gz") as source,
        tarfile.open(fileobj=members, mode="w", format=tarfile.PAX_FORMAT) as target,
    ):
        for member in source:
            data = source.extractfile(member).read() if member.isfile() else None  # type: ignore[union-attr]
            member.mtime = min(int(member.mtime), epoch)
            member.uid = member.gid = 0
            member.uname = member.gname = ""
            member.pax_headers = {
                k: v for k, v in member.pax_headers.items() if k not in ("mtime", "atime", "ctime")
            }
            target.addfile(member, io.BytesIO(data) if data is not None else None)
    compressed = io.BytesIO()
    with gzip.GzipFile(
        filename="", mode="wb", fileobj=compressed, mtime=epoch, compresslevel=9
    ) as stream:
        stream.write(members.getvalue())
    normalized = compressed.getvalue()
    if normalized == original:
        return False
    atomic_write_bytes(path, normalized)
    return True

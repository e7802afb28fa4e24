"""The members of a wheel or sdist, read for analysis without extracting anything: every
member's path and size, the full bytes of what is analysed (Python, .pth, configuration,
metadata, scripts; bounded), and the first bytes of everything else (to tell what it is)."""

from __future__ import annotations

import tarfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from sscli.fsutil import open_regular
from sscli.ingest.code.parse import MAX_READ_BYTES

HEAD_BYTES = 64
MAX_READ_TOTAL = 512 * 1024 * 1024
_FULL_SUFFIXES = (".py", ".pth", ".cfg", ".toml", ".pyw", ".sh", ".ps1", ".bat", ".cmd")
_FULL_NAMES = ("METADATA", "PKG-INFO", "WHEEL", "entry_points.txt", "RECORD")


@dataclass
class Member:
    """One member of a wheel or sdist, read for analysis: all of it or its first bytes."""

    path: str  # inside the archive; an sdist's top-level directory is stripped
    size: int
    data: bytes  # all of it when `complete`, else the first HEAD_BYTES
    complete: bool


@dataclass
class Archive:
    """A wheel or sdist as the analysis reads it, member by member."""

    kind: str  # "wheel" or "sdist"
    filename: str
    members: list[Member] = field(default_factory=list)

    def get(self, path: str) -> Member | None:
        return next((m for m in self.members if m.path == path), None)

    @property
    def dist_info(self) -> str | None:
        for member in self.members:
            parts = member.path.split("/")
            if len(parts) == 2 and parts[0].endswith(".dist-info") and parts[1] == "WHEEL":
                return parts[0]
        return None


class UnreadableArchive(Exception):
    pass


def _wanted_whole(path: str, size: int) -> bool:
    name = PurePosixPath(path).name
    if size > MAX_READ_BYTES:
        return False
    return (
        name.endswith(_FULL_SUFFIXES)
        or name in _FULL_NAMES
        or ".data/scripts/" in path
        or "." not in name
    )


def read_archive(path: Path, filename: str) -> Archive:
    """The archive's members (`UnreadableArchive` when it cannot be read)."""
    kind = "wheel" if filename.endswith(".whl") else "sdist"
    archive = Archive(kind, filename)
    budget = MAX_READ_TOTAL
    try:
        with open_regular(path) as handle:
            if filename.endswith((".whl", ".zip")):
                with zipfile.ZipFile(handle) as zipped:
                    for info in zipped.infolist():
                        if info.is_dir():
                            continue
                        whole = _wanted_whole(info.filename, info.file_size) and budget > 0
                        with zipped.open(info) as member:
                            data = member.read() if whole else member.read(HEAD_BYTES)
                        budget -= len(data)
                        archive.members.append(Member(info.filename, info.file_size, data, whole))
            else:
                with tarfile.open(fileobj=handle, mode="r:*") as tarred:
                    for entry in tarred:
                        if not entry.isfile():
                            continue
                        whole = _wanted_whole(entry.name, entry.size) and budget > 0
                        extracted = tarred.extractfile(entry)
                        if extracted is None:
                            continue
                        data = extracted.read() if whole else extracted.read(HEAD_BYTES)
                        budget -= len(data)
                        archive.members.append(Member(entry.name, entry.size, data, whole))
    except (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, RuntimeError,
            NotImplementedError, ValueError) as exc:  # fmt: skip
        raise UnreadableArchive(str(exc)) from exc
    if kind == "sdist":
        for item in archive.members:
            parts = item.path.split("/", 1)
            item.path = parts[1] if len(parts) == 2 else parts[0]
    seen: dict[str, Member] = {}
    for item in archive.members:  # identical duplicates (checked by inspection) count once
        seen.setdefault(item.path, item)
    archive.members = list(seen.values())
    return archive

"""Source distributions as build sources: unpacking an inspected sdist, and its source date.

A release tarball carries its own date: the newest of its member times, as reproducible-builds.org
suggests for builds from release tarballs (the sdist's PKG-INFO is written when it is made). The
same holds for an unpacked sdist, whose files keep the member times tar gave them.
"""

from __future__ import annotations

import contextlib
import tarfile
import tempfile
import time
import zipfile
from calendar import timegm
from collections.abc import Iterator
from pathlib import Path

from sscli.errors import InputError
from sscli.fsutil import open_regular

SDIST_SUFFIXES = (".tar.gz", ".zip")
_ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip member can carry
_FUTURE_SLACK = 86400


def is_sdist_file(path: Path) -> bool:
    return path.is_file() and path.name.endswith(SDIST_SUFFIXES)


def is_unpacked_sdist(directory: Path) -> bool:
    """A directory an sdist was unpacked into: PKG-INFO beside the project's build files."""
    return (directory / "PKG-INFO").is_file() and (
        (directory / "pyproject.toml").is_file() or (directory / "setup.py").is_file()
    )


def newest_member_time(archive: Path) -> int:
    """The newest member time of a wheel, zip or tar sdist (seconds since the epoch, UTC)."""
    try:
        if archive.name.endswith((".whl", ".zip")):
            with open_regular(archive) as raw, zipfile.ZipFile(raw) as opened:
                times = [timegm((*info.date_time, 0, 0, 0)) for info in opened.infolist()]
        else:
            with open_regular(archive) as raw, tarfile.open(fileobj=raw, mode="r:*") as opened:
                times = [int(member.mtime) for member in opened.getmembers()]
    except (OSError, zipfile.BadZipFile, tarfile.TarError, ValueError, EOFError) as exc:
        raise InputError(f"cannot read the archive's member times: {exc}", path=archive) from exc
    return _plausible(max(times, default=_ZIP_EPOCH), archive)


def newest_file_time(directory: Path) -> int:
    """The newest modification time of the regular files under `directory` (an unpacked sdist)."""
    times = [
        int(path.lstat().st_mtime)
        for path in directory.rglob("*")
        if path.is_file() and not path.is_symlink()
    ]
    return _plausible(max(times, default=_ZIP_EPOCH), directory)


def _plausible(epoch: int, where: Path) -> int:
    """A date a build can carry: not before 1980 (zip) and not in the future."""
    if epoch < _ZIP_EPOCH or epoch > time.time() + _FUTURE_SLACK:
        raise InputError(
            f"the sdist's newest member time ({epoch}) is not a plausible release date",
            path=where,
            hint="pass --source-date-epoch SECONDS",
        )
    return epoch


def inspect_sdist(sdist: Path) -> None:
    """Inspect the sdist as ingest inspects archives: a hostile one is refused."""
    from sscli.ingest.inspect import inspect_archive
    from sscli.policy.model import ArchiveLimits

    checks, _ = inspect_archive(sdist, ArchiveLimits(), sdist.name)
    refused = next((c for c in checks if c.status.value == "fail"), None)
    if refused is not None:
        raise InputError(f"the sdist fails inspection: {refused.message}", path=sdist)


@contextlib.contextmanager
def unpacked_sdist(sdist: Path) -> Iterator[Path]:
    """The sdist, inspected and unpacked (its top-level directory stripped) into a temporary
    directory that lives for the block."""
    inspect_sdist(sdist)
    with tempfile.TemporaryDirectory(prefix="sscli-sdist-") as tmp:
        destination = Path(tmp) / "src"
        unpack(sdist, destination)
        yield destination


def unpack(sdist: Path, destination: Path) -> None:
    """Extract an sdist that already passed inspection, stripping its top-level directory; one
    the file system cannot hold (a member under a member that is a file, a name too long) is an
    input error."""
    try:
        _unpack(sdist, destination)
    except OSError as exc:
        raise InputError(f"cannot unpack the sdist: {exc.strerror or exc}", path=sdist) from exc


def _unpack(sdist: Path, destination: Path) -> None:
    destination.mkdir(parents=True)
    if sdist.name.endswith(".zip"):
        with open_regular(sdist) as raw, zipfile.ZipFile(raw) as archive:
            for info in archive.infolist():
                relative = info.filename.split("/", 1)[1] if "/" in info.filename else ""
                if relative and not info.is_dir():
                    target = destination / relative
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(info))
        return
    with open_regular(sdist) as raw, tarfile.open(fileobj=raw, mode="r:*") as archive:
        for member in archive:
            relative = member.name.split("/", 1)[1] if "/" in member.name else ""
            if not relative or not (member.isfile() or member.isdir()):
                continue  # links and specials are not needed to build
            target = destination / relative
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            handle = archive.extractfile(member)
            target.write_bytes(handle.read() if handle else b"")

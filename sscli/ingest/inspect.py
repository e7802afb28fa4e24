"""Inspect a distribution archive without executing anything: member paths, links, devices,
duplicates, decompression bombs, wheel RECORD hashes, and metadata that matches the filename.

Every member is examined; sizes are checked from headers before any byte is decompressed, and
decompression itself is bounded.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import tarfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from sscli.errors import InputError
from sscli.fsutil import (
    is_safe_member_name,
    link_stays_inside,
    member_names_problem,
    open_regular,
)
from sscli.ingest.checks import CheckResult, failed, passed
from sscli.inventory.metadata import CoreMetadata
from sscli.inventory.readers.distribution import read_sdist_metadata, read_wheel_metadata
from sscli.policy.model import ArchiveLimits

_CHUNK = 1024 * 1024
# a member that expands to less cannot bomb anything whatever its ratio (the total is capped
# apart): shared objects padded with zeros compress 200:1 (pillow's bundled libXau)
BOMB_FLOOR = 16 * 1024 * 1024


class _Refused(Exception):
    pass


def _open(path: Path) -> BinaryIO:
    """The archive, opened as a regular file only (a FIFO is refused, not waited on)."""
    try:
        return open_regular(path)
    except InputError as exc:
        raise _Refused(exc.message) from None


# What reading a hostile zip member raises: CRC mismatch, encryption, unknown compression...
_READ_ERRORS = (
    zipfile.BadZipFile,
    RuntimeError,
    NotImplementedError,
    EOFError,
    OSError,
    zlib.error,
)


def inspect_archive(
    path: Path, limits: ArchiveLimits, filename: str | None = None
) -> tuple[list[CheckResult], CoreMetadata | None]:
    """Archive and metadata checks of one wheel or sdist (named `filename`, default the path's
    name); the metadata when it could be read."""
    name = filename or path.name
    results: list[CheckResult] = []
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        return [
            failed("archive", f"file is {size} bytes, over the {limits.max_file_bytes} limit")
        ], None
    try:
        if name.endswith(".whl"):
            _inspect_zip(path, limits, wheel=True)
        elif name.endswith(".zip"):
            _inspect_zip(path, limits, wheel=False)
        elif name.endswith((".tar.gz", ".tgz")):
            _inspect_tar(path, limits)
        else:
            return [failed("archive", "not a wheel or sdist (.whl, .tar.gz, .zip)")], None
        results.append(passed("archive", "member paths, links, sizes and RECORD are sound"))
    except _Refused as exc:
        return [failed("archive", str(exc))], None
    try:
        if name.endswith(".whl"):
            metadata = read_wheel_metadata(path, name)
        else:
            metadata = read_sdist_metadata(path, name)
    except InputError as exc:
        results.append(failed("metadata", exc.message.split(": ", 1)[-1]))
        return results, None
    results.append(passed("metadata", f"{metadata.name} {metadata.version} matches the filename"))
    return results, metadata


def _inspect_zip(path: Path, limits: ArchiveLimits, *, wheel: bool) -> None:
    handle = _open(path)
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        handle.close()
        raise _Refused(f"not a readable zip archive: {exc}") from exc
    with handle, archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise _Refused(f"{len(infos)} members, over the {limits.max_members} limit")
        names = [info.filename for info in infos]
        _check_names(names)
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise _Refused(f"encrypted member {info.filename!r}")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _Refused(
                    f"member {info.filename!r} uses compression method {info.compress_type}"
                )
            mode = info.external_attr >> 16
            if (mode & 0o170000) == 0o120000:
                raise _Refused(f"symbolic link member {info.filename!r}")
            if (mode & 0o170000) in (0o020000, 0o060000, 0o010000, 0o140000):
                raise _Refused(f"device, fifo or socket member {info.filename!r}")
            total += info.file_size
            if total > limits.max_uncompressed_bytes:
                raise _Refused(
                    f"expands to over {limits.max_uncompressed_bytes} bytes (decompression bomb)"
                )
            if (
                info.file_size > BOMB_FLOOR
                and info.compress_size
                and info.file_size / info.compress_size > limits.max_ratio
            ):
                ratio = info.file_size // info.compress_size
                raise _Refused(
                    f"{info.filename!r} has a compression ratio of {ratio}, "
                    f"over {limits.max_ratio} (decompression bomb)"
                )
        if wheel:
            _check_record(archive, infos)


def _check_record(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    records = [
        i for i in infos if i.filename.count("/") == 1 and i.filename.endswith(".dist-info/RECORD")
    ]
    if len(records) != 1:
        raise _Refused(f"expected one .dist-info/RECORD, found {len(records)}")
    record_name = records[0].filename
    try:
        text = archive.read(record_name).decode("utf-8")
    except (UnicodeDecodeError, *_READ_ERRORS) as exc:
        raise _Refused(f"unreadable RECORD: {exc}") from exc
    listed: dict[str, str] = {}
    for row in csv.reader(io.StringIO(text)):
        if not row:
            continue
        if len(row) != 3:
            raise _Refused(f"malformed RECORD row {row!r:.100}")
        name, digest, _size = row
        if name in listed:
            raise _Refused(f"RECORD lists {name!r} twice")
        listed[name] = digest
    dist_info = record_name.rsplit("/", 1)[0]
    unsigned = {record_name, f"{dist_info}/RECORD.jws", f"{dist_info}/RECORD.p7s"}
    for info in infos:
        if info.is_dir():
            continue
        digest = listed.pop(info.filename, "")
        if info.filename in unsigned:
            continue
        if not digest:
            raise _Refused(f"{info.filename!r} is not listed in RECORD")
        algorithm, _, expected = digest.partition("=")
        if algorithm not in ("sha256", "sha384", "sha512"):
            raise _Refused(f"RECORD uses {algorithm or 'no'} hash for {info.filename!r}")
        hasher = hashlib.new(algorithm)
        try:
            with archive.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    hasher.update(chunk)
        except _READ_ERRORS as exc:
            raise _Refused(f"cannot read {info.filename!r}: {exc}") from exc
        actual = base64.urlsafe_b64encode(hasher.digest()).rstrip(b"=").decode()
        if actual != expected.rstrip("="):
            raise _Refused(f"RECORD hash mismatch for {info.filename!r}: the member was altered")
    missing = [name for name in listed if name not in unsigned]
    if missing:
        raise _Refused(f"RECORD lists files that are not in the wheel: {', '.join(missing[:3])}")


def _inspect_tar(path: Path, limits: ArchiveLimits) -> None:
    names: list[str] = []
    seen: dict[str, tarfile.TarInfo] = {}
    total = 0
    try:
        with _open(path) as handle, tarfile.open(fileobj=handle, mode="r:*") as archive:
            for member in archive:
                normal = member.name.rstrip("/")
                if normal in seen:
                    # real sdists (pyarrow's) repeat members byte for byte: fine; a repeat
                    # with other content would extract differently by tool: refused
                    if member.size > limits.max_uncompressed_bytes or _tar_identity(
                        archive, member
                    ) != _tar_identity(archive, seen[normal]):
                        raise _Refused(f"duplicate member {member.name!r} with other content")
                    continue
                seen[normal] = member
                names.append(member.name)
                if len(names) > limits.max_members:
                    raise _Refused(f"over {limits.max_members} members")
                if not is_safe_member_name(member.name):
                    raise _Refused(f"unsafe member path {member.name!r} (path traversal)")
                if member.isdev() or member.isfifo():
                    raise _Refused(f"device or fifo member {member.name!r}")
                if member.issym() or member.islnk():
                    _check_link(member)
                total += member.size
                if total > limits.max_uncompressed_bytes:
                    limit = limits.max_uncompressed_bytes
                    raise _Refused(f"expands to over {limit} bytes (decompression bomb)")
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise _Refused(f"corrupt tar archive: {exc}") from exc
    compressed = path.stat().st_size
    if compressed and total / compressed > limits.max_ratio:
        raise _Refused(
            f"compression ratio {total // compressed} over {limits.max_ratio} (decompression bomb)"
        )
    _check_names(names)
    roots = {PurePosixPath(name).parts[0] for name in names if PurePosixPath(name).parts}
    if len(roots) != 1:
        raise _Refused(f"an sdist has one top-level directory, this has {len(roots)}")


def _tar_identity(archive: tarfile.TarFile, member: tarfile.TarInfo) -> tuple[str, str]:
    """What a member is: its type and, for a file, its content's sha256 (a link, its target)."""
    if member.isfile():
        hasher = hashlib.sha256()
        extracted = archive.extractfile(member)
        if extracted is not None:
            while chunk := extracted.read(_CHUNK):
                hasher.update(chunk)
        return "file", hasher.hexdigest()
    return str(member.type), member.linkname


def _check_link(member: tarfile.TarInfo) -> None:
    if not link_stays_inside(member.name, member.linkname, symbolic=member.issym()):
        raise _Refused(f"link {member.name!r} points outside the archive ({member.linkname!r})")


def _check_names(names: list[str]) -> None:
    problem = member_names_problem(names)
    if problem is not None:
        raise _Refused(problem)

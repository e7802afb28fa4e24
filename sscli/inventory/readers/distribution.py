"""Wheels and sdists: metadata read from the archive, never by running its code.

Archives are hostile input. Member names are checked before anything is read, sizes are
checked against limits before decompression, and only the one metadata member is read.
"""

from __future__ import annotations

import tarfile
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path, PurePosixPath

from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_version,
    parse_sdist_filename,
    parse_wheel_filename,
)

from sscli.errors import InputError
from sscli.fsutil import (
    hash_file,
    is_safe_member_name,
    link_stays_inside,
    member_names_problem,
    open_regular,
)
from sscli.inventory.metadata import MAX_METADATA_BYTES, CoreMetadata, parse_core_metadata
from sscli.inventory.model import Artifact, Inventory, Location, normalize_name
from sscli.inventory.readers import detect
from sscli.inventory.readers.interface import Reader, ReadOptions

MAX_MEMBERS = 100_000
MAX_COMPRESSION_RATIO = 200  # per member; zip bombs reach thousands
SDIST_SUFFIXES = detect.SDIST_SUFFIXES


class DistributionReader(Reader):
    kind = "distribution"
    description = "wheel or sdist file"

    def matches(self, path: Path) -> bool:
        return detect.distribution_name(path)

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        if path.name.lower().endswith(".whl"):
            metadata = read_wheel_metadata(path)
        else:
            metadata = read_sdist_metadata(path)
        digests = hash_file(path, ("sha256", "sha512"))
        artifact = Artifact(filename=path.name, hashes=digests, size=path.stat().st_size)
        root = replace(
            metadata.package,
            artifacts=(artifact,),
            location=Location(str(path)),
            properties=tuple(("sscli:requires-dist", str(r)) for r in metadata.requires_dist),
        )
        return Inventory(packages=(), root=root, source_kind=self.kind, source_path=str(path))


def read_wheel_metadata(path: Path, filename: str | None = None) -> CoreMetadata:
    """Core metadata of a wheel, checked against its filename (`filename` when the file on
    disk is a temporary one)."""
    try:
        name, version, _build, _tags = parse_wheel_filename(filename or path.name)
    except InvalidWheelFilename as exc:
        raise InputError(f"not a valid wheel filename: {exc}", path=path) from exc
    source = open_regular(path)  # a FIFO or device planted as a wheel must not hang the read
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        source.close()
        raise InputError(f"not a readable zip archive: {exc}", path=path) from exc
    with source, archive:
        infos = archive.infolist()
        _check_member_names(path, [info.filename for info in infos])
        candidates = [
            info
            for info in infos
            if info.filename.count("/") == 1 and info.filename.endswith(".dist-info/METADATA")
        ]
        dist_info = f"{name}-{version}"
        matching = [
            c
            for c in candidates
            if _dist_info_key(c.filename.split("/")[0]) == (name, canonicalize_version(version))
        ]
        if len(matching) != 1:
            raise InputError(
                f"expected one {dist_info}.dist-info/METADATA, found "
                f"{', '.join(c.filename for c in candidates) or 'none'}",
                path=path,
            )
        info = matching[0]
        _check_size(path, info.filename, info.file_size, info.compress_size)
        try:
            with archive.open(info) as handle:
                data = handle.read(MAX_METADATA_BYTES + 1)
        except (
            zipfile.BadZipFile,
            OSError,
            ValueError,
            EOFError,
            RuntimeError,
            NotImplementedError,
            zlib.error,
        ) as exc:
            raise InputError(f"cannot read {info.filename}: {exc}", path=path) from exc
    metadata = parse_core_metadata(data, origin=f"{path}!{info.filename}")
    _check_identity(path, metadata, name, str(version))
    return metadata


def read_sdist_metadata(path: Path, filename: str | None = None) -> CoreMetadata:
    """Core metadata (PKG-INFO) of an sdist, checked against its filename."""
    try:
        name, version = parse_sdist_filename(filename or path.name)
    except InvalidSdistFilename as exc:
        raise InputError(f"not a valid sdist filename: {exc}", path=path) from exc
    if (filename or path.name).lower().endswith(".zip"):
        data, member = _zip_pkg_info(path)
    else:
        data, member = _tar_pkg_info(path)
    metadata = parse_core_metadata(data, origin=f"{path}!{member}")
    _check_identity(path, metadata, name, str(version))
    return metadata


def _tar_pkg_info(path: Path) -> tuple[bytes, str]:
    source = open_regular(path)
    try:
        archive = tarfile.open(fileobj=source, mode="r:*")  # noqa: SIM115 - closed below
    except (tarfile.TarError, OSError, EOFError) as exc:
        source.close()
        raise InputError(f"not a readable tar archive: {exc}", path=path) from exc
    found: tuple[bytes, str] | None = None
    names: list[str] = []
    try:
        with source, archive:
            for member in archive:
                names.append(member.name)
                if len(names) > MAX_MEMBERS:
                    raise InputError(f"more than {MAX_MEMBERS} members", path=path)
                if not is_safe_member_name(member.name):
                    raise InputError(f"unsafe member path {member.name!r}", path=path)
                if member.isdev() or member.isfifo():
                    raise InputError(f"device or fifo member {member.name!r}", path=path)
                if (member.issym() or member.islnk()) and not link_stays_inside(
                    member.name, member.linkname, symbolic=member.issym()
                ):
                    raise InputError(
                        f"link {member.name!r} points outside the archive ({member.linkname!r})",
                        path=path,
                    )
                parts = PurePosixPath(member.name).parts
                if len(parts) == 2 and parts[1] == "PKG-INFO" and member.isfile():
                    if found is not None:
                        raise InputError(f"duplicate member {member.name!r}", path=path)
                    _check_size(path, member.name, member.size, None)
                    handle = archive.extractfile(member)
                    if handle is None:
                        raise InputError(f"cannot read {member.name}", path=path)
                    found = (handle.read(MAX_METADATA_BYTES + 1), member.name)
    except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
        raise InputError(f"corrupt tar archive: {exc}", path=path) from exc
    # other repeated members are compared by archive inspection (identical repeats occur in
    # real sdists, pyarrow's); only the metadata read here must be unique
    _check_member_names(path, list(dict.fromkeys(names)))
    if found is None:
        raise InputError("no top-level <name>-<version>/PKG-INFO", path=path)
    return found


def _zip_pkg_info(path: Path) -> tuple[bytes, str]:
    source = open_regular(path)  # a FIFO or device planted as a wheel must not hang the read
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        source.close()
        raise InputError(f"not a readable zip archive: {exc}", path=path) from exc
    with source, archive:
        infos = archive.infolist()
        _check_member_names(path, [i.filename for i in infos])
        for info in infos:
            parts = PurePosixPath(info.filename).parts
            if len(parts) == 2 and parts[1] == "PKG-INFO":
                _check_size(path, info.filename, info.file_size, info.compress_size)
                try:
                    with archive.open(info) as handle:
                        return handle.read(MAX_METADATA_BYTES + 1), info.filename
                except (
                    zipfile.BadZipFile,
                    OSError,
                    EOFError,
                    RuntimeError,
                    NotImplementedError,
                    zlib.error,
                ) as exc:
                    raise InputError(f"cannot read {info.filename}: {exc}", path=path) from exc
    raise InputError("no top-level <name>-<version>/PKG-INFO", path=path)


def _check_member_names(path: Path, names: list[str]) -> None:
    if len(names) > MAX_MEMBERS:
        raise InputError(f"more than {MAX_MEMBERS} members", path=path)
    problem = member_names_problem(names)
    if problem is not None:
        raise InputError(problem, path=path)


def _check_size(path: Path, member: str, size: int, compressed: int | None) -> None:
    if size > MAX_METADATA_BYTES:
        raise InputError(f"{member} is {size} bytes, over the 4 MiB metadata limit", path=path)
    if compressed is not None and compressed > 0 and size / compressed > MAX_COMPRESSION_RATIO:
        raise InputError(
            f"{member} has a compression ratio over {MAX_COMPRESSION_RATIO}", path=path
        )


def _dist_info_key(directory: str) -> tuple[str, str] | None:
    stem = directory.removesuffix(".dist-info")
    name, sep, version = stem.rpartition("-")
    if not sep:
        return None
    try:
        return normalize_name(name), canonicalize_version(version)
    except ValueError:
        return None


def _check_identity(path: Path, metadata: CoreMetadata, name: str, version: str) -> None:
    if normalize_name(metadata.name) != name:
        raise InputError(
            f"metadata Name {metadata.name!r} does not match the filename ({name})", path=path
        )
    if canonicalize_version(metadata.version) != canonicalize_version(version):
        raise InputError(
            f"metadata Version {metadata.version!r} does not match the filename ({version})",
            path=path,
        )

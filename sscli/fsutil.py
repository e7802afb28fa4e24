"""File-system primitives every stage shares: atomic writes, locks, hashing, safe paths.

A write either lands whole or not at all: data goes to a temporary file in the target's
directory, is fsynced, then renamed over the target, and the directory is fsynced too.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from sscli.errors import EnvironmentFailure, InputError

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import IO, BinaryIO

CHUNK = 1024 * 1024
MAX_APPEND_BYTES = 1024 * 1024 * 1024  # a file `atomic_append_line` rewrites


def fsync_dir(directory: Path) -> None:
    """Make a rename or link in `directory` durable."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_filesystem(path: Path) -> None:
    """Make every write so far to the file system holding `path` durable: one barrier for many
    files written with `durable=False` (Linux syncfs; elsewhere, sync)."""
    import ctypes

    try:
        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
    except (AttributeError, OSError):
        os.sync()
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        if syncfs(fd) != 0:
            os.sync()
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, *, mode: int = 0o644, durable: bool = True) -> Iterator[IO[bytes]]:
    """Yield a binary file that replaces `path` atomically when the block exits cleanly.

    If the block raises, the temporary file is removed and `path` is untouched. With `durable`
    False the file and its directory are not synced: readers still see the old or the new
    file, never a part, but after a crash it may be lost until `sync_filesystem`.
    """
    path = Path(path)
    directory = path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = _mkstemp(directory, f".{path.name}.", ".tmp")
    except OSError as exc:
        raise EnvironmentFailure(f"cannot write {path}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        tmp.chmod(mode)
        tmp.replace(path)
        if durable:
            fsync_dir(directory)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise EnvironmentFailure(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise


def _mkstemp(directory: Path, prefix: str, suffix: str) -> tuple[int, str]:
    """`tempfile.mkstemp(suffix, prefix, directory)`: a new file only this process can read,
    created exclusively, not through a symlink; without importing tempfile (and with it shutil
    and random) for the one file a scan writes."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    base = Path(directory).absolute()
    for _ in range(1000):
        name = str(base / f"{prefix}{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(name, flags, 0o600), name  # not inherited by children (PEP 446)
        except FileExistsError:
            continue
    raise FileExistsError(f"no unused temporary file name in {directory}")


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Write `data` to `path` atomically (temp file, fsync, rename)."""
    with atomic_writer(path, mode=mode) as handle:
        handle.write(data)


def atomic_write_text(path: Path, text: str, *, mode: int = 0o644, durable: bool = True) -> None:
    """Write UTF-8 `text` to `path` atomically, encoded a slice at a time (a report of tens of
    megabytes is not held twice); `durable` as for `atomic_writer`."""
    with atomic_writer(path, mode=mode, durable=durable) as handle:
        for start in range(0, len(text), _TEXT_SLICE):
            handle.write(text[start : start + _TEXT_SLICE].encode("utf-8"))


_TEXT_SLICE = 1 << 20


def atomic_append_line(path: Path, line: bytes) -> None:
    """Append one newline-terminated line to `path` so readers never see a torn line.

    The whole file is rewritten through a temporary file under an exclusive lock; a reader sees
    either the old file or the old file plus the complete new line.
    """
    if b"\n" in line.rstrip(b"\n"):
        raise ValueError("a line must not contain a newline")
    line = line.rstrip(b"\n") + b"\n"
    with file_lock(path.with_name(path.name + ".lock")):
        existing = read_bytes_limited(path, MAX_APPEND_BYTES) if path.exists() else b""
        if existing and not existing.endswith(b"\n"):
            existing += b"\n"
        atomic_write_bytes(path, existing + line)


@contextlib.contextmanager
def file_lock(lock_path: Path, *, shared: bool = False) -> Iterator[None]:
    """Hold an advisory `flock` on `lock_path` (created if needed) for the block."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def open_regular(path: Path) -> BinaryIO:
    """Open an existing file for reading, refusing anything but a regular file.

    The open never blocks: a FIFO (or a device, socket or directory) planted where sscli expects
    a file is an `InputError`, not a hang. Symbolic links are followed, as for any other open.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=Path(path)) from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
            raise InputError(f"is {kind}, expected a file", path=Path(path))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def scan_directory(directory: Path, suffixes: tuple[str, ...]) -> tuple[list[Path], list[Path]]:
    """The entries of `directory` whose names end in one of `suffixes`, sorted: (regular files,
    the others). Entries are told apart by `stat`, never by opening them, so a FIFO among
    them is reported instead of hanging the scan (and `open_regular` re-checks what it opens)."""
    regular: list[Path] = []
    other: list[Path] = []
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        raise InputError(f"cannot list: {exc.strerror or exc}", path=directory) from exc
    for entry in entries:
        if not entry.name.endswith(suffixes):
            continue
        try:
            is_regular = entry.is_file()
        except OSError:
            is_regular = False
        (regular if is_regular else other).append(Path(entry.path))
    return regular, other


def append_text(path: Path, text: str) -> None:
    """Append UTF-8 `text` to `path` (created if missing), such as a CI job summary. The open
    never blocks: a FIFO nobody reads is an `InputError` (/dev/null works as a target)."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path=Path(path)) from exc
    try:
        os.set_blocking(fd, True)
        with os.fdopen(fd, "ab", closefd=False) as handle:
            handle.write(text.encode("utf-8"))
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path=Path(path)) from exc
    finally:
        os.close(fd)


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, streamed in 1 MiB chunks."""
    return hash_file(path, ("sha256",))["sha256"]


def hash_file(path: Path, algorithms: tuple[str, ...] = ("sha256",)) -> dict[str, str]:
    """Hex digests of a file for each algorithm, reading it once."""
    import hashlib  # here: reading and writing files needs no hashing

    hashers = {name: hashlib.new(name) for name in algorithms}
    with open_regular(path) as handle:
        try:
            while chunk := handle.read(CHUNK):
                for hasher in hashers.values():
                    hasher.update(chunk)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from exc
    return {name: hasher.hexdigest() for name, hasher in hashers.items()}


def read_bytes_limited(path: Path, limit: int) -> bytes:
    """Read a whole file, refusing one larger than `limit` bytes (hostile input guard)."""
    with open_regular(path) as handle:
        try:
            # sized by the file: a read of `limit` bytes allocates that many first (16 MiB for a
            # 2 KiB record costs three times the rest of the read)
            expected = os.fstat(handle.fileno()).st_size
            data = handle.read(min(expected, limit) + 1)
            if limit >= len(data) > expected:  # it grew meanwhile: the rest, within the limit
                data += handle.read(limit + 1 - len(data))
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from exc
    if len(data) > limit:
        size = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit}-byte"
        raise InputError(f"larger than the {size} limit", path=path)
    return data


def state_key(path: Path, size: int = 32) -> bytes | None:
    """A secret key of `size` random bytes kept at `path` (in the state directory): read, or
    made there (0600, never through a symlink) on first use. None when it cannot be had (a
    malformed key file, or one another user owns or others may read or write, is not
    repaired), which turns off whatever it seals."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            made = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            try:
                import secrets

                os.write(made, secrets.token_bytes(size))
                os.fsync(made)
            finally:
                os.close(made)
        # O_NONBLOCK: a FIFO planted there is refused below, not waited on
        opened = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        try:
            found = os.fstat(opened)
            # As ssh does with its keys: a key others could read or replace seals nothing.
            if (
                not stat.S_ISREG(found.st_mode)
                or found.st_size != size
                or found.st_mode & 0o077
                or found.st_uid != os.geteuid()
            ):
                return None
            key = os.read(opened, size + 1)
        finally:
            os.close(opened)
    except OSError:
        return None
    return key if len(key) == size else None


def read_text_limited(path: Path, limit: int = 64 * 1024 * 1024) -> str:
    """Read a UTF-8 text file (BOM tolerated), refusing oversize or undecodable content."""
    data = read_bytes_limited(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte offset {exc.start})", path=path) from exc


def is_safe_member_name(name: str) -> bool:
    """True if an archive member name stays inside the extraction root.

    Rejects absolute paths, drive letters, backslashes, `..` components and NUL bytes.
    """
    if not name or "\x00" in name or "\\" in name:
        return False
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return False
    return ".." not in PurePosixPath(name).parts


def link_stays_inside(name: str, target: str, *, symbolic: bool) -> bool:
    """True if an archive link named `name` pointing at `target` stays inside the archive
    (symbolic links resolve from the link's directory, hard links from the root)."""
    if not target or target.startswith("/") or "\\" in target:
        return False
    base = PurePosixPath(name).parent if symbolic else PurePosixPath()
    depth = 0
    for part in (base / target).parts:
        depth += -1 if part == ".." else (0 if part == "." else 1)
        if depth < 0:
            return False
    return True


def member_names_problem(names: list[str]) -> str | None:
    """The first unsafe or duplicate archive member name (a directory entry `d/` duplicates
    `d`), or None."""
    seen: set[str] = set()
    for name in names:
        if not is_safe_member_name(name):
            return f"unsafe member path {name!r} (path traversal)"
        normal = name.rstrip("/")
        if normal in seen:
            return f"duplicate member {name!r}"
        seen.add(normal)
    return None

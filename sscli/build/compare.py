"""Compare the outputs of two builds: identical (same sha256), equivalent (same after ignoring
archive metadata: timestamps, member order, gzip headers), or different, with a member-level
report of what differs and text diffs for text members."""

from __future__ import annotations

import difflib
import hashlib
import io
import shutil
import subprocess
import tarfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sscli.fsutil import hash_file, open_regular

MAX_DIFF_LINES = 60


@dataclass(frozen=True)
class Member:
    """One member of a built archive, as compared: its digest, size, mode and time."""

    name: str
    sha256: str
    size: int
    mode: int
    mtime: str  # as the archive stores it
    data: bytes | None  # kept for small text members, to diff


@dataclass
class FileComparison:
    """One output file of two builds (or of a build and the index) compared: the verdict, and what
    differs."""

    filename: str
    sha256_a: str
    sha256_b: str
    verdict: str  # identical | equivalent | different | missing
    differences: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "filename": self.filename,
            "sha256": [self.sha256_a, self.sha256_b],
            "verdict": self.verdict,
            "differences": self.differences,
        }


def _digest(path: Path) -> str:
    return hash_file(path)["sha256"]


def compare_outputs(a: Path, b: Path) -> list[FileComparison]:
    """Compare every file of output directory `a` with its namesake in `b`."""
    names = sorted(
        {p.name for p in a.iterdir() if p.is_file()} | {p.name for p in b.iterdir() if p.is_file()}
    )
    results = []
    for name in names:
        left, right = a / name, b / name
        if not left.is_file() or not right.is_file():
            results.append(
                FileComparison(
                    name,
                    _digest(left) if left.is_file() else "",
                    _digest(right) if right.is_file() else "",
                    "missing",
                    [{"kind": "missing", "in": "second" if left.is_file() else "first"}],
                )
            )
            continue
        sha_a, sha_b = _digest(left), _digest(right)
        if sha_a == sha_b:
            results.append(FileComparison(name, sha_a, sha_b, "identical"))
            continue
        differences, equivalent = _archive_differences(left, right)
        results.append(
            FileComparison(
                name,
                sha_a,
                sha_b,
                "equivalent" if equivalent else "different",
                differences + _diffoscope(left, right),
            )
        )
    return results


_KEEP_BYTES = 200_000  # members up to this size are kept, to diff as text


def _read(handle: Any) -> tuple[str, int, bytes | None]:
    """A member streamed: its sha256, its size, and its bytes when small enough to diff."""
    digest = hashlib.sha256()
    size = 0
    kept: list[bytes] | None = []
    while chunk := handle.read(1024 * 1024):
        digest.update(chunk)
        size += len(chunk)
        if kept is not None:
            kept.append(chunk)
            if size >= _KEEP_BYTES:
                kept = None
    return digest.hexdigest(), size, b"".join(kept) if kept is not None else None


def _members(path: Path) -> list[Member]:
    """Every member, streamed once (never a whole member in memory unless it is small)."""
    members = []
    if path.name.endswith((".whl", ".zip")):
        with open_regular(path) as raw, zipfile.ZipFile(raw) as archive:
            for info in archive.infolist():
                with archive.open(info) as handle:
                    sha, size, data = _read(handle)
                members.append(
                    Member(info.filename, sha, size, _zip_mode(info), str(info.date_time), data)
                )
        return members
    with open_regular(path) as raw, tarfile.open(fileobj=raw, mode="r:*") as archive:
        for entry in archive:
            member = archive.extractfile(entry) if entry.isfile() else None
            sha, size, data = _read(member if member is not None else io.BytesIO())
            members.append(Member(entry.name, sha, size, entry.mode, str(entry.mtime), data))
    return members


def _zip_mode(info: zipfile.ZipInfo) -> int:
    """A zip member's mode; one stored without its file type (0o644, as some wheel builders
    write) is the regular file it is, not a different mode from 0o100644."""
    mode = info.external_attr >> 16
    if mode and not mode & 0o170000 and not info.is_dir():
        return mode | 0o100000
    return mode


def _archive_differences(a: Path, b: Path) -> tuple[list[dict[str, Any]], bool]:
    try:
        left, right = _members(a), _members(b)
    except (zipfile.BadZipFile, tarfile.TarError, OSError) as exc:
        return [{"kind": "unreadable", "detail": str(exc)}], False
    differences: list[dict[str, Any]] = []
    by_a = {m.name: m for m in left}
    by_b = {m.name: m for m in right}
    for name in sorted(by_a.keys() - by_b.keys()):
        differences.append({"kind": "removed", "member": name})
    for name in sorted(by_b.keys() - by_a.keys()):
        differences.append({"kind": "added", "member": name})
    content_equal = not (by_a.keys() ^ by_b.keys())
    for name in sorted(by_a.keys() & by_b.keys()):
        x, y = by_a[name], by_b[name]
        if x.sha256 != y.sha256:
            content_equal = False
            entry: dict[str, Any] = {"kind": "content", "member": name}
            if x.data is not None and y.data is not None:
                entry["diff"] = _text_diff(name, x.data, y.data)
            differences.append(entry)
        if x.mode != y.mode:
            content_equal = False
            differences.append(
                {"kind": "permissions", "member": name, "modes": [oct(x.mode), oct(y.mode)]}
            )
        if x.mtime != y.mtime:
            differences.append({"kind": "timestamp", "member": name})
    if [m.name for m in left] != [m.name for m in right] and not (by_a.keys() ^ by_b.keys()):
        differences.append(
            {"kind": "ordering", "detail": "members are stored in a different order"}
        )
    if not differences:
        differences.append(
            {"kind": "container", "detail": "archive metadata (e.g. gzip header) differs"}
        )
    return differences, content_equal


def _text_diff(name: str, a: bytes, b: bytes) -> list[str] | str:
    try:
        left, right = a.decode("utf-8").splitlines(), b.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return "binary content differs"
    lines = list(difflib.unified_diff(left, right, f"a/{name}", f"b/{name}", lineterm=""))
    return lines[:MAX_DIFF_LINES] + (["..."] if len(lines) > MAX_DIFF_LINES else [])


def _diffoscope(a: Path, b: Path) -> list[dict[str, Any]]:
    tool = shutil.which("diffoscope")
    if tool is None:
        return []
    try:
        done = subprocess.run(
            [tool, "--text", "-", str(a), str(b)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [{"kind": "diffoscope", "detail": done.stdout[-20_000:]}]

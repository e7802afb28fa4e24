"""Subjects are computed from file contents, streamed; a file's name is only its label."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sscli.attest.statement import ResourceDescriptor
from sscli.errors import InputError
from sscli.fsutil import hash_file

DEFAULT_ALGORITHMS = ("sha256",)


def subject_for_file(
    path: Path, algorithms: tuple[str, ...] = DEFAULT_ALGORITHMS
) -> ResourceDescriptor:
    """A ResourceDescriptor named by the file's base name, with its digests (one read)."""
    path = Path(path)
    if not path.is_file():
        raise InputError("not a regular file", path=path, field="subject")
    return ResourceDescriptor(name=path.name, digest=hash_file(path, algorithms))


def subjects_for_files(paths: Iterable[Path]) -> tuple[ResourceDescriptor, ...]:
    """One subject per file; two subjects with the same name are refused (ambiguous)."""
    subjects = tuple(subject_for_file(p) for p in paths)
    if not subjects:
        raise InputError("at least one subject file is needed", field="subject")
    names = [s.name for s in subjects]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise InputError(f"two subjects share the name {duplicates[0]!r}", field="subject")
    return subjects

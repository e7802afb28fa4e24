"""What a package index says about a project: its files, their hashes, yanked state and age."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class IndexFile:
    """One distribution file as listed by a simple index (PEP 503 / PEP 691 / PEP 700)."""

    filename: str
    url: str
    hashes: dict[str, str] = field(default_factory=dict)
    requires_python: str | None = None
    yanked: str | None = None  # None: not yanked; "" yanked without a reason
    upload_time: datetime | None = None
    size: int | None = None
    provenance: str | None = None  # PEP 740: URL of the file's provenance object

    @property
    def is_yanked(self) -> bool:
        return self.yanked is not None


@dataclass(frozen=True)
class ProjectPage:
    """A project's page on an index: the files it lists, and where it was read from."""

    name: str
    files: tuple[IndexFile, ...]
    source: str  # the URL it was read from

    def file(self, filename: str) -> IndexFile | None:
        return next((f for f in self.files if f.filename == filename), None)

    def by_sha256(self, digest: str) -> IndexFile | None:
        return next((f for f in self.files if f.hashes.get("sha256") == digest), None)

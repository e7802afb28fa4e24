"""What the rules know about the archive under inspection, beyond one event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sscli.ingest.code.members import Archive
from sscli.ingest.code.model import Phase


@dataclass
class ArchiveContext:
    """The archive under inspection as the rules see it, and where they report their findings."""

    archive: Archive
    pure: bool  # a wheel tagged pure-Python (Root-Is-Purelib and an any platform tag)
    project: str | None
    phases: dict[str, Phase] = field(default_factory=dict)  # member path -> phase of its top
    bundled_binaries: frozenset[str] = frozenset()  # base names of executables it ships
    add: Callable[[str, str, int, Phase, str, str], None] = lambda *a: None
    # add(rule id, file, line, phase, message, snippet)

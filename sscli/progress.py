"""Progress of the long operations (ingest, database imports, builds, vault checks): the library
calls a `Progress` as work gets done and shows nothing itself; the CLI draws a bar from it on a
terminal and stays quiet elsewhere (see sscli/cli/progress.py)."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def __call__(self, done: int, total: int | None = None, what: str = "") -> None:
        """`done` units of `total` (None: not known yet); `what` is being worked on now."""


def silent(done: int, total: int | None = None, what: str = "") -> None:
    """Progress for no one."""

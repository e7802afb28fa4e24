"""Progress of the long operations (ingest, database imports, builds, vault checks): the library
calls a `Progress` as work gets done and shows nothing itself; the CLI draws a bar from it on a
terminal and stays quiet elsewhere (see sscli/cli/progress.py)."""

from __future__ import annotations

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Protocol
else:
    Protocol = object  # a Protocol is read by the type checker only


class Progress(Protocol):
    def __call__(self, done: int, total: int | None = None, what: str = "") -> None:
        """`done` units of `total` (None: not known yet); `what` is being worked on now."""


def silent(done: int, total: int | None = None, what: str = "") -> None:
    """Progress for no one."""

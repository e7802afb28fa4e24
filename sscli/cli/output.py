"""Output conventions: human output (rich) on stderr, machine output on stdout or a file."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.fsutil import atomic_write_text

if TYPE_CHECKING:
    from rich.console import Console


class TextOrJson(StrEnum):
    TEXT = "text"
    JSON = "json"


@cache
def console() -> Console:
    """The stderr console for everything meant for people."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def escape(text: object) -> str:
    """Escape untrusted text (package names, paths from archives) for rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(str(text))


def emit(text: str, output: Path | None) -> None:
    """Machine output: to `output` atomically when given, else to stdout."""
    if output is not None:
        atomic_write_text(output, text)
        console().print(f"wrote [bold]{escape(output)}[/]")
        return
    sys.stdout.write(text)
    sys.stdout.flush()


def emit_json(data: Any, output: Path | None) -> None:
    emit(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False) + "\n", output)


def warn(message: str) -> None:
    console().print(f"[yellow]warning:[/] {escape(message)}")

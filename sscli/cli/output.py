"""Output conventions: human output (rich) on stderr, machine output on stdout or a file."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from functools import cache
from pathlib import Path

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any

    from rich.console import Console


class TextOrJson(StrEnum):
    TEXT = "text"
    JSON = "json"


def console() -> Console:
    """The stderr console for everything meant for people (one a process; one for each COLUMNS,
    which rich reads when the console is made, where commands run in one process, as in tests)."""
    return _console(os.environ.get("COLUMNS"))


@cache
def _console(_columns: str | None) -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


# What makes rich draw for a terminal (or colour) where stderr is not one (cli/overview.py).
_RICH_SETTINGS = ("FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS", "TTY_COMPATIBLE",
                  "TTY_INTERACTIVE", "TERMINAL_WIDTH", "_TYPER_FORCE_DISABLE_TERMINAL",
                  "TYPER_USE_RICH", "JUPYTER_COLUMNS", "FORCE_TERMINAL")  # fmt: skip


def plain_stderr() -> bool:
    """True when stderr is not a terminal and nothing in the environment asks rich to draw as if
    it were: rich would print markup's plain text there, so a caller can write it without
    importing rich (~40 ms of a warm command)."""
    if any(name in os.environ for name in _RICH_SETTINGS):
        return False
    try:
        return not sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed: let rich decide
        return False


def say(text: str, style: str | None = None, rest: str = "") -> None:
    """A line for people on stderr: `text` (plain text, not markup) drawn in `style` on a
    terminal, then `rest` (plain text); elsewhere the words alone, without rich."""
    say_parts((text, style), (rest, None))


def say_parts(*parts: tuple[str, str | None]) -> None:
    """One line on stderr of (plain text, rich style or None) parts: styled by rich on a
    terminal, the words alone elsewhere (rich is not imported then)."""
    if plain_stderr():
        sys.stderr.write("".join(text for text, _ in parts) + "\n")
        sys.stderr.flush()
        return
    console().print(
        "".join(f"[{style}]{escape(text)}[/]" if style else escape(text) for text, style in parts)
    )


def escape(text: object) -> str:
    """Escape untrusted text (package names, paths from archives) for rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(str(text))


def emit(text: str, output: Path | None) -> None:
    """Machine output: to `output` atomically when given, else to stdout."""
    if output is not None:
        from sscli.fsutil import atomic_write_text  # tempfile and hashlib: only for a file

        atomic_write_text(output, text)
        say_parts(("wrote ", None), (str(output), "bold"))
        return
    sys.stdout.write(text)
    sys.stdout.flush()


def emit_json(data: Any, output: Path | None) -> None:
    emit(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False) + "\n", output)


def warn(message: str) -> None:
    say_parts(("warning:", "yellow"), (f" {message}", None))

"""`sscli --help` drawn from the command registry, without importing Typer or rich.

Typer's rich help costs more than importing Typer itself (rich's console, table and panel
modules, then building every option of the command tree). The top-level help lists only the
root's options and the registry's summaries, so it is drawn here as Typer would draw it: the
same panels, column widths and word wrapping (rich's greedy wrap, long words folded). It is
used only where Typer's rendering is plain text: output that is no terminal, UTF-8, no colour
forced, text without rich markup. Anywhere else `overview()` returns None and Typer renders.
tests/cli/test_overview.py compares the two renderings at every width from 40 to 200 columns,
so they cannot drift apart.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from sscli.cli.commands import COMMANDS

PROGRAM_HELP = (
    "A secure software factory for Python projects: ingest, scan, SBOM, build, attest, verify."
)
USAGE = "Usage: sscli [OPTIONS] COMMAND [ARGS]..."
MIN_WIDTH = 40


class RootOption(NamedTuple):
    """A global option as the help shows it (sscli/cli/app.py declares the same ones)."""

    long: str
    help: str
    short: str = ""
    metavar: str = ""
    envvar: str = ""
    default: str = ""


ROOT_OPTIONS = (
    RootOption("--debug", "Show tracebacks of errors.", envvar="SSCLI_DEBUG"),
    RootOption(
        "--state-dir",
        "Where the vault, vulnerability DB and keys live.",
        metavar="<path>",
        envvar="SSCLI_STATE_DIR",
        default=".sscli",
    ),
    RootOption("--version", "Print the version."),
    RootOption("--help", "Show this message and exit.", short="-h"),
)

# Settings under which rich would colour, measure or box the output otherwise.
_RICH_SETTINGS = ("FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS", "TTY_COMPATIBLE",
                  "TTY_INTERACTIVE", "TERMINAL_WIDTH", "_TYPER_FORCE_DISABLE_TERMINAL",
                  "TYPER_USE_RICH", "JUPYTER_COLUMNS")  # fmt: skip
# Text that rich would read as markup or emoji codes, or measure other than by its length.
_NOT_PLAIN = re.compile(r"[\[\\\]]|:\S*:|[^\x20-\x7e]")


def overview(environ: Mapping[str, str] | None = None, stream: object = None) -> str | None:
    """The top-level help exactly as Typer's rich help would print it to `stream` (stdout),
    or None where that rendering would not be plain text this module reproduces."""
    environ = os.environ if environ is None else environ
    stream = sys.stdout if stream is None else stream
    if sys.platform == "win32" or any(name in environ for name in _RICH_SETTINGS):
        return None
    if _interactive(stream) or not _utf8(stream):
        return None
    width = _width(environ)
    texts = [PROGRAM_HELP, *(e.summary for e in COMMANDS)]  # the usage is not read as markup
    texts += [o.help for o in ROOT_OPTIONS]
    if width is None or width < MIN_WIDTH or any(_NOT_PLAIN.search(t) for t in texts):
        return None
    if len(USAGE) > width - 2:
        return None
    try:
        panels = [*_options_panel(width), *_commands_panel(width)]
    except _Unlike:
        return None
    lines = [" " * width, _padded(USAGE, width), " " * width]
    lines += [_padded(line, width) for line in wrap(PROGRAM_HELP, width - 2)]
    lines += [" " * width, *panels]
    return "".join(line + "\n" for line in lines) + "\n"  # Click echoes the empty help after it


def _interactive(stream: object) -> bool:
    import builtins

    # Jupyter (IPython puts get_ipython among the builtins) and IDLE: rich's own checks.
    if hasattr(builtins, "get_ipython") or "idlelib" in getattr(sys.stdin, "__module__", ""):
        return True
    isatty = getattr(stream, "isatty", None)
    try:
        return isatty is None or bool(isatty())
    except ValueError:
        return True


def _utf8(stream: object) -> bool:
    return (getattr(stream, "encoding", "utf-8") or "utf-8").lower().startswith("utf")


def _width(environ: Mapping[str, str]) -> int | None:
    """rich's console width: COLUMNS, else the terminal of stdin, stdout or stderr, else 80."""
    columns = environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    for descriptor in (0, 1, 2):
        try:
            return os.get_terminal_size(descriptor).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80


def wrap(text: str, width: int) -> list[str]:
    """rich's word wrap: words (with the spaces after them) fill each line greedily; a word
    longer than the width is folded across lines."""
    lines: list[str] = []
    line = ""
    for word in re.findall(r"\s*\S+\s*", text):
        bare = word.rstrip()
        if len(line) + len(bare) <= width:
            line += word
        elif len(bare) > width:
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            if line:
                lines.append(line)
            lines.extend(pieces[:-1])
            line = pieces[-1]
        else:
            if line:
                lines.append(line)
            line = word
    lines.append(line)
    return [ln.rstrip() for ln in lines]


def _padded(text: str, width: int) -> str:
    return " " + text.ljust(width - 2) + " "


def _panel(title: str, rows: Iterable[str], width: int) -> list[str]:
    top = f"╭─ {title} " + "─" * (width - len(title) - 5) + "╮"
    return [top, *(f"│ {row} │" for row in rows), "╰" + "─" * (width - 2) + "╯"]


def _option_items(option: RootOption) -> list[str]:
    items = [option.help]
    if option.envvar:
        items.append(f"[env var: {option.envvar}]")
    if option.default:
        items.append(f"[default: {option.default}]")
    return items


def _help_cell(items: list[str], width: int) -> list[str]:
    """rich's Columns: as many items a row as fit (one space apart), else one a line."""
    count = len(items)
    while count > 1:
        rows = [items[i : i + count] for i in range(0, len(items), count)]
        widths = [max(len(row[c]) for row in rows if c < len(row)) for c in range(count)]
        if sum(widths) + count - 1 <= width:
            return [
                " ".join(item.ljust(widths[c]) for c, item in enumerate(row)).rstrip()
                for row in rows
            ]
        count -= 1  # rich retries with one column fewer than it had placed
    column = min(width, max(len(item) for item in items))
    if any(len(word) > column for item in items for word in item.split()):
        raise _Unlike  # rich cuts such a word with an ellipsis in a table cell
    return [line for item in items for line in wrap(item, column)]


class _Unlike(Exception):
    """A layout this module would not draw as rich does: Typer renders that help itself."""


def _options_panel(width: int) -> list[str]:
    inner = width - 4
    columns = [
        [o.long for o in ROOT_OPTIONS],
        [o.short for o in ROOT_OPTIONS],
        ["" for _ in ROOT_OPTIONS],  # secondary (--no-...) names: none
        ["" for _ in ROOT_OPTIONS],
        [o.metavar for o in ROOT_OPTIONS],
    ]
    # Each column is one space from the next (no padding at the table's edges).
    widths = [
        max(len(cell) for cell in column) + (1 if i else 0) + 1 for i, column in enumerate(columns)
    ]
    help_width = inner - sum(widths) - 1
    if help_width + 1 < max(widths):
        raise _Unlike  # rich would narrow the other columns too
    rows = []
    for index, option in enumerate(ROOT_OPTIONS):
        cells = [column[index] for column in columns]
        lead = "".join(
            (" " if i else "") + cell.ljust(widths[i] - (2 if i else 1)) + " "
            for i, cell in enumerate(cells)
        )
        for number, line in enumerate(_help_cell(_option_items(option), help_width)):
            prefix = lead if number == 0 else " " * len(lead)
            rows.append(prefix + " " + line.ljust(help_width))
    return _panel("Options", rows, width)


def _commands_panel(width: int) -> list[str]:
    name_width = max(len(e.name) for e in COMMANDS)
    text_width = width - 4 - name_width - 2
    rows = []
    for entry in COMMANDS:
        if any(len(word) > text_width for word in entry.summary.split()):
            raise _Unlike
        for number, line in enumerate(wrap(entry.summary, text_width)):
            name = entry.name if number == 0 else ""
            rows.append(name.ljust(name_width) + "  " + line.ljust(text_width))
    return _panel("Commands", rows, width)

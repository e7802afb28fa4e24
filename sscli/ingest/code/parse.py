"""Parse untrusted Python source without running it: bounded in size, serialised, and every
failure turned into a reason instead of an exception.

CPython 3.11 keeps the AST recursion depth in interpreter-wide state, so `ast.parse` running in
two threads at once can fail on ordinary input (SystemError, RecursionError); parsing is done
under one lock, and a failure is retried once before it counts.

A source the running parser rejects is not taken as harmless: syntax newer than the analyser's
Python (PEP 695 type parameters and `type` statements, PEP 758 unparenthesised `except A, B:`)
is rewritten to an equivalent older spelling, and what still fails is blanked one statement at
a time so that the rest of the module is analysed (`salvage`); the engine reports what could
not be read and weighs it by where the file is installed."""

from __future__ import annotations

import ast
import re
import threading
import warnings
from dataclasses import dataclass

_PARSE_LOCK = threading.Lock()
MAX_SOURCE_BYTES = 4 * 1024 * 1024
MAX_READ_BYTES = 32 * 1024 * 1024  # read whole, so that padding (comments) can be set aside
MAX_SALVAGE = 64  # statements blanked before a source counts as unreadable

# Python 2 only: such a file cannot run under Python 3, so it hides nothing
_PYTHON2 = (
    "Missing parentheses in call to",
    "leading zeros in decimal integer literals",
)
_PYTHON2_LINE = re.compile(r"^\s*(print\s+[\"'\w]|exec\s+[\"']|raise\s+[\w.]+\s*,)")
_TYPE_PARAMS = re.compile(
    r"^(\s*(?:async\s+)?(?:def|class)\s+\w+)\s*\[[^\]]*(?:\[[^\]]*\][^\]]*)*\]"
)
_TYPE_ALIAS = re.compile(r"^(\s*)type\s+(\w+)\s*(?:\[[^\]]*\])?\s*=")
_EXCEPT_LIST = re.compile(r"^(\s*except\*?\s+)([^():]+,[^():]+?)(\s*:)")
_COMMENT_LINE = re.compile(rb"(?m)^[ \t]*#[^\n]*$")


class Unparsable(Exception):
    """Why a source could not be analysed."""


@dataclass
class Parsed:
    """A parsed module, and what, if anything, about its source could not be read as it is."""

    tree: ast.Module
    problem: str | None = None  # what could not be read (the rest was analysed)
    python2: bool = False  # the problem is Python 2 syntax (never runs under Python 3)
    rewritten: bool = False  # newer syntax was respelled for this parser


def parse_source(data: bytes | str, filename: str) -> ast.Module:
    """The module's AST; `Unparsable` with the reason when it is too big, not Python, or too
    deeply nested to analyse."""
    if len(data) > MAX_SOURCE_BYTES:
        raise Unparsable(f"{len(data)} bytes, over the {MAX_SOURCE_BYTES}-byte analysis limit")
    last: Exception | None = None
    for _attempt in range(2):
        try:
            with _PARSE_LOCK, warnings.catch_warnings():
                warnings.simplefilter("ignore")  # SyntaxWarning for odd escapes is not ours
                return ast.parse(data, filename=filename)
        except SyntaxError as exc:
            raise Unparsable(f"not valid Python 3: {exc.msg} (line {exc.lineno})") from None
        except (ValueError, UnicodeDecodeError) as exc:  # null bytes, bad encodings
            raise Unparsable(f"not Python source: {exc}") from None
        except (RecursionError, SystemError, MemoryError) as exc:
            last = exc
    raise Unparsable(f"too deeply nested to analyse ({type(last).__name__})")


def salvage(data: bytes, filename: str) -> Parsed:
    """As much of the module as can be read: the whole AST when it parses; else newer syntax
    respelled, comment-only lines set aside when the file is over the size limit, and each
    statement that still fails blanked. `Unparsable` when nothing useful is left (not Python at
    all, too big even without its comments, too deeply nested)."""
    if len(data) > MAX_SOURCE_BYTES:
        stripped = _COMMENT_LINE.sub(b"", data)
        if len(stripped) > MAX_SOURCE_BYTES:
            raise Unparsable(f"{len(data)} bytes, over the {MAX_SOURCE_BYTES}-byte analysis limit")
        data = stripped  # line numbers kept: only the comments' text is gone
    try:
        return Parsed(parse_source(data, filename))
    except Unparsable as exc:
        first = str(exc)
        if not first.startswith("not valid Python 3"):
            raise
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Unparsable(first) from None
    lines = text.split("\n")
    python2 = False
    rewritten = False
    blanked: list[int] = []
    # each round parses the whole file again: bounded by its size, not only by count
    budget = max(4, min(MAX_SALVAGE, (8 * 1024 * 1024) // max(len(data), 1)))
    for _round in range(budget + 16):
        try:
            with _PARSE_LOCK, warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tree = ast.parse("\n".join(lines), filename=filename)
        except SyntaxError as exc:
            number = exc.lineno or 0
            if not 0 < number <= len(lines):
                raise Unparsable(first) from None
            line = lines[number - 1]
            newer = _respell(line)
            if newer is not None and newer != line:
                lines[number - 1] = newer
                rewritten = True
                continue
            python2 = (
                python2
                or any(m in (exc.msg or "") for m in _PYTHON2)
                or bool(_PYTHON2_LINE.match(line))
            )
            if len(blanked) >= budget or number in blanked:
                raise Unparsable(first) from None
            blanked.append(number)
            following = next((x for x in lines[number:] if x.strip()), "")
            lines[number - 1] = _blank(line, following)
            continue
        except (ValueError, RecursionError, SystemError, MemoryError):
            raise Unparsable(first) from None
        problem = None
        if blanked:
            shown = ", ".join(str(n) for n in blanked[:5])
            problem = f"{first}; {len(blanked)} statement(s) not read (line {shown})"
        return Parsed(tree, problem, python2 and bool(blanked), rewritten)
    raise Unparsable(first)


def _respell(line: str) -> str | None:
    """The line in syntax Python 3.11 reads, when it uses a newer spelling of the same thing."""
    match = _TYPE_PARAMS.match(line)
    if match:
        return match.group(1) + line[match.end() :]
    match = _TYPE_ALIAS.match(line)
    if match:  # a lazily evaluated alias: analysed as if it ran
        return f"{match.group(1)}{match.group(2)} =" + line[match.end() :]
    match = _EXCEPT_LIST.match(line)
    if match:
        return f"{match.group(1)}({match.group(2)}){match.group(3)}" + line[match.end() :]
    return None


def _blank(line: str, following: str) -> str:
    """A statement that does nothing in the line's place (a header keeps its indented body)."""
    indent = line[: len(line) - len(line.lstrip())]
    deeper = len(following) - len(following.lstrip()) > len(indent)
    return f"{indent}if 1:" if line.rstrip().endswith(":") and deeper else f"{indent}pass"

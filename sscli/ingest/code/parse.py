"""Parse untrusted Python source without running it: bounded in size, serialised, and every
failure turned into a reason instead of an exception.

CPython 3.11 keeps the AST recursion depth in interpreter-wide state, so `ast.parse` running in
two threads at once can fail on ordinary input (SystemError, RecursionError); parsing is done
under one lock, and a failure is retried once before it counts."""

from __future__ import annotations

import ast
import threading
import warnings

_PARSE_LOCK = threading.Lock()
MAX_SOURCE_BYTES = 4 * 1024 * 1024


class Unparsable(Exception):
    """Why a source could not be analysed."""


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

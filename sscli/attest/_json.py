"""Strict JSON for signed documents: duplicate object keys are an error.

Two parsers that disagree on which duplicate wins is how signed JSON gets reinterpreted, so
sscli refuses such documents instead of picking one.
"""

from __future__ import annotations

import json
from typing import Any


def loads_strict(text: str | bytes) -> Any:
    """`json.loads` that raises `ValueError` on a duplicate key in any object, on NaN and
    Infinity (not JSON), and on nesting deep enough to exhaust the parser's recursion (a
    hostile document, not a signed one)."""
    if isinstance(text, (bytes, bytearray)):  # a tuple: checked faster than a union
        # As json.loads reads bytes (UTF-8, -16 or -32); an object whose second byte is not
        # NUL is UTF-8 to json.detect_encoding, so its probing is skipped.
        utf8 = len(text) > 1 and text[0] == 0x7B and text[1]
        text = text.decode("utf-8" if utf8 else json.detect_encoding(text), "surrogatepass")
    elif not isinstance(text, str):
        raise TypeError(f"the JSON object must be str or bytes, not {type(text).__name__}")
    try:
        return _DECODER.decode(text)
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return result


# One decoder for every document: json.loads with a hook builds a new one per call.
def _not_json(constant: str) -> Any:
    # Python's json reads NaN and Infinity, which no JSON producer writes and which compare
    # unequal to themselves: a signed document holding one is refused, not reasoned about.
    raise ValueError(f"{constant} is not JSON")


_DECODER = json.JSONDecoder(object_pairs_hook=_unique_keys, parse_constant=_not_json)

"""Strict JSON for signed documents: duplicate object keys are an error.

Two parsers that disagree on which duplicate wins is how signed JSON gets reinterpreted, so
sscli refuses such documents instead of picking one.
"""

from __future__ import annotations

import json
from typing import Any


def loads_strict(text: str | bytes) -> Any:
    """`json.loads` that raises `ValueError` on a duplicate key in any object, and on nesting
    deep enough to exhaust the parser's recursion (a hostile document, not a signed one)."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
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

"""Obfuscation the data flow cannot see through: pyarmor-style loaders, very long lines of
code, large high-entropy literals."""

from __future__ import annotations

import math
import re

from sscli.ingest.code.model import rule

FAMILY = "obfuscation"
RULES = (
    rule("obfuscated-loader", FAMILY, "a pyarmor-style obfuscated module (its code cannot be "
         "reviewed)", "high", "medium", not_installed=None),
    rule("long-code-line", FAMILY, "a very long line of code calling exec, eval or "
         "__import__", "medium", "low", not_installed=None),
    rule("high-entropy-literal", FAMILY, "a large high-entropy string literal (an encoded "
         "payload?)", "low", None, not_installed=None),
)  # fmt: skip

_PYARMOR = re.compile(rb"__pyarmor__|pyarmor_runtime|from pytransform import|__pyarmor_")
_BLOB = re.compile(rb"[\"']([A-Za-z0-9+/=_\\x-]{800,})[\"']")
_CODE = re.compile(rb"\b(exec|eval|__import__|compile)\s*\(")
LONG_LINE = 5000
_LONG_LINE = re.compile(rb"[^\n]{%d,}" % (LONG_LINE + 1))
_BLOCK = LONG_LINE // 2  # every run of LONG_LINE + 1 bytes covers one whole aligned block


def _long_lines(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every line longer than LONG_LINE bytes: only the lines that hold a
    whole newline-free block are matched, found by one bounded find per block."""
    out: list[tuple[int, int]] = []
    position = 0
    for block in range(0, len(data), _BLOCK):
        if block < position or data.find(b"\n", block, block + _BLOCK) >= 0:
            continue
        start = data.rfind(b"\n", 0, block) + 1
        found = _LONG_LINE.match(data, start)
        end = data.find(b"\n", block)
        position = len(data) if end < 0 else end
        if found is not None:
            out.append((start, found.end()))
    return out


def entropy(data: bytes) -> float:
    counts: dict[int, int] = {}
    for byte in data:
        counts[byte] = counts.get(byte, 0) + 1
    total = len(data)
    return -sum(c / total * math.log2(c / total) for c in counts.values())


def scan_source(data: bytes) -> list[tuple[str, int, str]]:
    """(rule id, line, message) for one Python file's text."""
    out: list[tuple[str, int, str]] = []
    match = _PYARMOR.search(data) if b"pyarmor" in data or b"pytransform" in data else None
    if match:
        out.append(
            ("obfuscated-loader", data.count(b"\n", 0, match.start()) + 1, "pyarmor runtime")
        )
    for start, end in _long_lines(data):
        line = data[start:end]
        if _CODE.search(line):
            number = data.count(b"\n", 0, start) + 1
            out.append(("long-code-line", number, f"{len(line)}-character line of code"))
        if len(out) > 20:
            break
    for blob in _BLOB.finditer(data[:2_000_000]):
        text = blob.group(1)
        if entropy(text[:4096]) > 5.0:
            out.append(
                (
                    "high-entropy-literal",
                    data.count(b"\n", 0, blob.start()) + 1,
                    f"{len(text)}-character literal",
                )
            )
            break
    return out

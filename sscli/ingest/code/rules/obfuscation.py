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


def entropy(data: bytes) -> float:
    counts: dict[int, int] = {}
    for byte in data:
        counts[byte] = counts.get(byte, 0) + 1
    total = len(data)
    return -sum(c / total * math.log2(c / total) for c in counts.values())


def scan_source(data: bytes) -> list[tuple[str, int, str]]:
    """(rule id, line, message) for one Python file's text."""
    out: list[tuple[str, int, str]] = []
    match = _PYARMOR.search(data)
    if match:
        out.append(
            ("obfuscated-loader", data.count(b"\n", 0, match.start()) + 1, "pyarmor runtime")
        )
    offset = 0
    for number, line in enumerate(data.split(b"\n"), 1):
        if len(line) > 5000 and _CODE.search(line):
            out.append(("long-code-line", number, f"{len(line)}-character line of code"))
        offset += len(line) + 1
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

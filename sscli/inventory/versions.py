"""Versions already in PEP 440's canonical spelling, recognised without packaging: nearly every
pinned version (`2.32.3`, `1.0rc1`, `0.9.post2`, `3.0.dev1`) is one, and for them
`str(Version(text)) == text`. Parsing them through `packaging.version.Version` cost a large
part of reading a 10,000-pin lock and matching it; other spellings (epochs, local parts, `v1`,
`1.0-1`, leading zeros, upper case) still go through packaging. Tests compare both on every
version of the shared OSV snapshot and on generated ones."""

from __future__ import annotations

import re

# release, then an optional pre-release, post- and dev-release, each number without leading
# zeros; at most 20 digits each, far below int()'s limit (4,300), so packaging parses them too
_NUMBER = r"(?:0|[1-9][0-9]{0,19})"
CANONICAL = re.compile(
    rf"({_NUMBER}(?:\.{_NUMBER}){{0,31}})(?:(a|b|rc)({_NUMBER}))?"
    rf"(?:\.post({_NUMBER}))?(?:\.dev({_NUMBER}))?"
)


def canonical_text(text: str) -> str | None:
    """`text` when it is a canonical PEP 440 version (so `str(Version(text)) == text`), else
    None: the caller asks packaging."""
    return text if CANONICAL.fullmatch(text) else None

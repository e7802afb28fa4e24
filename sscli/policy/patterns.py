"""The policy's one pattern grammar: how a policy names Sigstore certificate identities, builder
ids, build types, source repositories, refs (deploy and source sections alike) and artifact
names, and, in its gitignore form, repository paths (CODEOWNERS, signer scopes, scan waivers).

The grammar is deliberately small, because these strings have structure an attacker can play
with (`https://github.com/ORG/REPO/.github/workflows/FILE@REF`, and git allows `@` and `/` in
branch names):

- `*` matches any run of characters (possibly empty) except `/` and `@`: it stays within one
  path segment and never reaches into, or across, a `@ref` part;
- `**` matches any run of characters except `@`: it spans path segments, never a `@`;
- every other character, `?`, `[`, `]` and `\\` included, matches only itself.

So `.../workflows/*@refs/heads/main` matches the workflow `release.yml` run on `main`, but not
`release.yml@refs/heads/feature@refs/heads/main` (a branch named `feature@refs/heads/main`),
and `refs/tags/v*` matches `refs/tags/v1.2` but not `refs/tags/v1/../../heads/evil`. A
pattern must match the whole value. (`fnmatch`, whose `*` matches everything, is never used.)

Path patterns are the same wildcards over repository paths, read as `.gitignore` and CODEOWNERS
read them: `*` stays within one path segment (a file name may hold `@`: here `*` crosses it),
`?` is one character other than `/`, `**` as a whole segment spans segments; a pattern with no
`/` but a trailing one matches at any depth, a leading `/` anchors it at the root, and a
trailing `/` (or a match of a leading directory) covers everything below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

MAX_PATTERN_LENGTH = 1000


class PatternError(ValueError):
    """A pattern outside the grammar (empty, `***`, `**` glued to a segment, control chars)."""


def validate_pattern(pattern: str) -> None:
    """Raise `PatternError` unless `pattern` is in the grammar."""
    _compiled(pattern)


def matches(pattern: str, value: object) -> bool:
    """Whether the string `value` matches `pattern` as a whole (non-strings never match)."""
    return isinstance(value, str) and _compiled(pattern).fullmatch(value) is not None


def matches_any(patterns: Iterable[str], value: object) -> bool:
    return any(matches(pattern, value) for pattern in patterns)


def is_pattern(text: str) -> bool:
    """Whether `text` has any wildcard (else it matches only itself)."""
    return "*" in text


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    if not pattern:
        raise PatternError("an empty pattern")
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise PatternError(f"a pattern longer than {MAX_PATTERN_LENGTH} characters")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in pattern):
        raise PatternError("a control character in a pattern")
    parts: list[str] = []
    for piece in re.split(r"(\*+)", pattern):
        stars = len(piece) if piece.startswith("*") else 0
        if stars == 0:
            parts.append(re.escape(piece))
        elif stars == 1:
            parts.append("[^/@]*")
        elif stars == 2:
            parts.append("[^@]*")
        else:
            raise PatternError(f"{piece!r} in {pattern!r}: use * (one segment) or ** (several)")
    for match in re.finditer(r"\*\*", pattern):
        before = pattern[match.start() - 1] if match.start() else "/"
        after = pattern[match.end()] if match.end() < len(pattern) else ""
        if before != "/" or after not in ("", "/"):
            raise PatternError(f"** must be a whole path segment (a/**/b, a/**): {pattern!r}")
    return re.compile("".join(parts), re.DOTALL)


def path_matches(path: str, pattern: str) -> bool:
    """Whether the repository path `path` (no leading `/`) matches the gitignore-style
    `pattern`."""
    return bool(_path_regex(pattern).match(path))


def any_path_matches(path: str, patterns: Iterable[str]) -> bool:
    return any(path_matches(path, p) for p in patterns)


def _path_segment(segment: str) -> str:
    return "".join("[^/]*" if c == "*" else "[^/]" if c == "?" else re.escape(c) for c in segment)


@cache
def _path_regex(pattern: str) -> re.Pattern[str]:
    directory = pattern.endswith("/")
    body = pattern.strip("/")
    anchored = pattern.startswith("/") or "/" in body
    parts = body.split("/")
    out: list[str] = []
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            out.append(".*" if last else "(?:[^/]+/)*")
        else:
            out.append(_path_segment(part) + ("" if last else "/"))
    prefix = "" if anchored else "(?:.*/)?"
    suffix = "/.*" if directory else "(?:/.*)?"  # a leading directory covers what is below it
    return re.compile(prefix + "".join(out) + suffix + r"\Z")

"""The two pattern grammars of source policies, both stricter than `fnmatch` (whose `*` also
matches `/`):

- ref patterns, over full ref names (`refs/heads/main`, `refs/tags/v*`, `refs/heads/release/**`):
  `*` matches any characters within one path segment, `**` as a whole segment matches any
  number of segments, `?` one character other than `/`; everything else is literal.
- path patterns, as in `.gitignore` and CODEOWNERS: the same wildcards; a pattern with no `/`
  except a trailing one matches at any depth; a leading `/` anchors it at the repository root;
  a trailing `/` (or a match of a leading directory) covers everything below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache


def _segment_regex(segment: str) -> str:
    out = []
    for char in segment:
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _glob_regex(pattern: str) -> str:
    parts = pattern.split("/")
    out: list[str] = []
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            out.append(".*" if last else "(?:[^/]+/)*")
        else:
            out.append(_segment_regex(part) + ("" if last else "/"))
    return "".join(out)


@cache
def _ref_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(_glob_regex(pattern) + r"\Z")


def ref_matches(ref: str, patterns: Iterable[str]) -> bool:
    """Whether the full ref name `ref` matches one of `patterns`."""
    return any(_ref_regex(p).match(ref) for p in patterns)


@cache
def _path_regex(pattern: str) -> re.Pattern[str]:
    directory = pattern.endswith("/")
    body = pattern.strip("/")
    anchored = pattern.startswith("/") or "/" in body
    regex = _glob_regex(body)
    prefix = "" if anchored else "(?:.*/)?"
    # a match of a leading directory covers everything below it
    suffix = "/.*" if directory else "(?:/.*)?"
    return re.compile(prefix + regex + suffix + r"\Z")


def path_matches(path: str, pattern: str) -> bool:
    """Whether the repository path `path` (no leading `/`) matches the gitignore-style
    `pattern`."""
    return bool(_path_regex(pattern).match(path))


def any_path_matches(path: str, patterns: Iterable[str]) -> bool:
    return any(path_matches(path, p) for p in patterns)

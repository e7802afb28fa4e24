"""CODEOWNERS files (GitHub's syntax): one pattern and its owners a line, `#` comments, the last
matching line wins, a pattern with no owners leaves its paths unowned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sscli.policy.patterns import path_matches

LOCATIONS = (".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS")


@dataclass(frozen=True)
class OwnerRule:
    """One line of a CODEOWNERS file: a path pattern and the owners of what it matches."""

    pattern: str
    owners: tuple[str, ...]  # lowercased: @user, @org/team, or an email
    line: int


def parse_codeowners(text: str) -> tuple[OwnerRule, ...]:
    rules = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        pattern, *owners = line.split()
        rules.append(
            OwnerRule(pattern.replace("\\#", "#"), tuple(o.lower() for o in owners), number)
        )
    return tuple(rules)


def _strip_comment(line: str) -> str:
    out = []
    escaped = False
    for char in line:
        if char == "#" and not escaped:
            break
        escaped = char == "\\" and not escaped
        out.append(char)
    return "".join(out)


def owners_of(rules: Sequence[OwnerRule], path: str) -> OwnerRule | None:
    """The rule that decides `path`'s owners (the last that matches), or None."""
    for rule in reversed(rules):
        if path_matches(path, rule.pattern):
            return rule
    return None

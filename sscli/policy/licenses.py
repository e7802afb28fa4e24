"""License rules: SPDX expressions judged against a policy's allow and deny lists, the same way
at ingest and at the deploy gate.

Expressions are parsed with license-expression's SPDX licensing, which maps case variants and
deprecated ids to the current ones (`agpl-3.0` is `AGPL-3.0-only`, `GPL-2.0+` is
`GPL-2.0-or-later`). Before matching, every license is also reduced to its family: the id
without `+`, `-only` or `-or-later`, so a deny list naming `AGPL-3.0-only` also refuses
`AGPL-3.0-only+`, `AGPL-3.0-or-later` and `AGPL-3.0+`. `WITH` exceptions only add permissions:
`X WITH E` is denied when `X` is, and allowed when `X` (or `X WITH E` itself) is. `OR` needs one
acceptable alternative, `AND` needs all. An expression that does not parse is never allowed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

_SUFFIXES = ("-or-later", "-only")


@dataclass(frozen=True)
class LicenseVerdict:
    """Whether a license expression is acceptable, and the reason when it is not."""

    allowed: bool
    reason: str


def license_verdict(expression: str, allow: Iterable[str], deny: Iterable[str]) -> LicenseVerdict:
    """Whether `expression` is acceptable under `allow` (empty: anything not denied) and
    `deny`, with the reason when it is not."""
    from license_expression import ExpressionError

    try:
        parsed = _licensing().parse(expression, validate=False)
    except (ExpressionError, TypeError, ValueError, RecursionError) as exc:
        return LicenseVerdict(False, f"not a valid SPDX expression ({exc})")
    if parsed is None:
        return LicenseVerdict(False, "an empty license expression")
    rules = _Rules.of(tuple(allow), tuple(deny))
    refused: list[str] = []
    if _acceptable(parsed, rules, refused):
        return LicenseVerdict(True, f"{expression} is allowed")
    return LicenseVerdict(False, f"{expression}: {', '.join(dict.fromkeys(refused))} not allowed")


def license_allowed(expression: str, allow: Iterable[str], deny: Iterable[str]) -> bool:
    return license_verdict(expression, allow, deny).allowed


@dataclass(frozen=True)
class _Rules:
    """The allow and deny lists, split into exact identifiers and families (prefixes)."""

    allow: frozenset[str]
    allow_families: frozenset[str]
    deny: frozenset[str]
    deny_families: frozenset[str]

    @classmethod
    @cache
    def of(cls, allow: tuple[str, ...], deny: tuple[str, ...]) -> _Rules:
        allowed = frozenset(_canonical_text(item) for item in allow)
        denied = frozenset(_canonical_text(item) for item in deny)
        return cls(
            allowed,
            frozenset(_family(item) for item in allowed),
            denied,
            frozenset(_family(item) for item in denied),
        )


def _acceptable(node: Any, rules: _Rules, refused: list[str]) -> bool:
    from boolean.boolean import AND, OR

    if isinstance(node, OR):
        results = [_acceptable(arg, rules, refused) for arg in node.args]
        return any(results)
    if isinstance(node, AND):
        results = [_acceptable(arg, rules, refused) for arg in node.args]
        return all(results)
    base, full = _leaf(node)
    denied = _family(base) in rules.deny_families or full in rules.deny
    allowed = not rules.allow or (
        full in rules.allow or base in rules.allow or _or_later_allowed(base, rules)
    )
    if denied or not allowed:
        refused.append(full)
        return False
    return True


def _leaf(node: Any) -> tuple[str, str]:
    """(the license, the license with its exception) of an expression leaf, canonical."""
    symbol = getattr(node, "license_symbol", None)
    exception = getattr(node, "exception_symbol", None)
    if symbol is not None and exception is not None:
        base = _canonical(str(symbol.key))
        return base, f"{base} WITH {_canonical(str(exception.key))}"
    base = _canonical(str(getattr(node, "key", node)))
    return base, base


def _or_later_allowed(base: str, rules: _Rules) -> bool:
    """`X-or-later` (and `X+`) may be used under `X-only`, which the policy may allow."""
    return base.endswith(("+", "-or-later")) and _family(base) in rules.allow_families


def _canonical_text(text: str) -> str:
    node = None
    try:
        node = _licensing().parse(text, validate=False)
    except Exception:  # a policy entry that is no expression is matched as written
        return text.strip()
    if node is None:
        return text.strip()
    return _leaf(node)[1] if not hasattr(node, "args") else str(node)


def _canonical(key: str) -> str:
    """The current SPDX id of `key` (case and deprecated ids mapped); `X+` for an id with a
    `+` that SPDX has no `-or-later` form of."""
    key = key.strip()
    known = _known_keys()
    if key.lower() in known:
        return known[key.lower()]
    if key.endswith("+"):
        base = _canonical(key[:-1])
        stem = base.removesuffix("-only").removesuffix("-or-later")
        or_later = known.get(f"{stem}-or-later".lower())
        return or_later or f"{base}+"
    return key


def _family(key: str) -> str:
    family = key.lower().removesuffix("+")
    for suffix in _SUFFIXES:
        family = family.removesuffix(suffix)
    return family


@cache
def _licensing() -> Any:
    from license_expression import get_spdx_licensing

    return get_spdx_licensing()


@cache
def _known_keys() -> dict[str, str]:
    """lower-case id or alias -> current SPDX id."""
    known: dict[str, str] = {}
    for symbol in _licensing().known_symbols.values():
        for name in (symbol.key, *getattr(symbol, "aliases", ())):
            known.setdefault(str(name).lower(), str(symbol.key))
    for symbol in _licensing().known_symbols.values():
        known[str(symbol.key).lower()] = str(symbol.key)
    return known

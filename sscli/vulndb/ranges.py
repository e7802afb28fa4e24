"""OSV affected-range evaluation for the PyPI ecosystem, exactly as the OSV schema specifies.

A range is compiled once (at import time) into its events sorted in PEP 440 order; evaluating a
version then walks those few events as the schema's `IncludedInRanges` pseudocode does:
https://ossf.github.io/osv-schema/#evaluation
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from packaging.utils import canonicalize_version
from packaging.version import Version

EVENT_KINDS = ("introduced", "fixed", "last_affected", "limit")
# Among events at the same version, `introduced` is applied first, so that a zero-width
# `introduced: X, fixed: X` range affects nothing and `introduced: X, last_affected: X` affects X.
_TIE_ORDER = {"introduced": 0, "fixed": 1, "last_affected": 2, "limit": 3}


class UnparseableRange(ValueError):
    """A range whose events cannot be evaluated (bad version, unknown event kind)."""


@lru_cache(maxsize=65536)
def parse_version(text: str) -> Version:
    """`Version(text)`, cached: the same few thousand versions recur across records."""
    return Version(text)


def _event_key(event: tuple[str, str]) -> tuple[int, Version | None, int]:
    kind, version = event
    if kind == "introduced" and version == "0":
        return (0, None, _TIE_ORDER[kind])
    if kind == "limit" and version == "*":
        return (2, None, _TIE_ORDER[kind])
    return (1, parse_version(version), _TIE_ORDER[kind])


def compile_events(events: Sequence[Mapping[str, Any]]) -> tuple[tuple[str, str], ...]:
    """The events of one ECOSYSTEM range as sorted `(kind, version)` pairs.

    Raises `UnparseableRange` naming the event when a version is not PEP 440 or an event has
    no known kind; the caller skips (and reports) such a range rather than guessing.
    """
    pairs: list[tuple[str, str]] = []
    for index, event in enumerate(events):
        kinds = [k for k in EVENT_KINDS if k in event]
        if len(kinds) != 1 or not isinstance(event[kinds[0]], str):
            raise UnparseableRange(f"events[{index}] must have exactly one of {EVENT_KINDS}")
        kind = kinds[0]
        version = event[kind]
        if not ((kind == "introduced" and version == "0") or (kind == "limit" and version == "*")):
            try:
                parse_version(version)
            except ValueError:  # InvalidVersion, or a number past int()'s digit limit
                raise UnparseableRange(
                    f"events[{index}].{kind}: {_shown(version)} is not a PEP 440 version"
                ) from None
        pairs.append((kind, version))
    if not any(kind == "introduced" for kind, _ in pairs):
        raise UnparseableRange("a range needs at least one 'introduced' event")
    return tuple(sorted(pairs, key=_event_key))


def _shown(text: str) -> str:
    return repr(text) if len(text) <= 100 else repr(text[:100]) + "..."


CompiledEvent = tuple[str, Version | None]  # None: introduced "0" or limit "*"


def _compile_versions(events: Sequence[tuple[str, str]]) -> tuple[CompiledEvent, ...]:
    return tuple(
        (
            kind,
            None if (kind, text) in (("introduced", "0"), ("limit", "*")) else parse_version(text),
        )
        for kind, text in events
    )


def range_includes(version: Version, events: Sequence[tuple[str, str]]) -> bool:
    """True if `version` lies in the range given by its compiled (sorted) `events`."""
    return _includes(version, _compile_versions(events))


def _includes(version: Version, events: Sequence[CompiledEvent]) -> bool:
    limited = False
    below_a_limit = False
    vulnerable = False
    for kind, bound in events:
        if kind == "introduced":
            if bound is None or version >= bound:
                vulnerable = True
        elif kind == "fixed":
            if bound is not None and version >= bound:
                vulnerable = False
        elif kind == "last_affected":
            if bound is not None and version > bound:
                vulnerable = False
        else:  # limit: the version must lie below at least one of them
            limited = True
            below_a_limit = below_a_limit or bound is None or version < bound
    return vulnerable and (below_a_limit or not limited)


def version_key(text: str) -> str:
    """The key that makes PEP 440-equal versions compare equal as strings (1.0 == 1.0.0)."""
    try:
        return canonicalize_version(parse_version(text))
    except ValueError:  # InvalidVersion, or a number past int()'s digit limit
        return text


@dataclass(frozen=True)
class AffectedVersions:
    """The versions of one package an advisory affects: compiled ranges plus explicit versions."""

    ranges: tuple[tuple[tuple[str, str], ...], ...]
    versions: frozenset[str]  # `version_key`s

    @cached_property
    def _compiled(self) -> tuple[tuple[CompiledEvent, ...], ...]:
        return tuple(_compile_versions(events) for events in self.ranges)

    def includes(self, version: Version, key: str | None = None) -> bool:
        """OSV `IncludedInVersions(v) || IncludedInRanges(v)`; `key` is `version`'s
        `version_key` when the caller has it already."""
        if self.versions and (key or canonicalize_version(version)) in self.versions:
            return True
        return any(_includes(version, events) for events in self._compiled)

    @cached_property
    def _fixed(self) -> tuple[Version, ...]:
        return tuple(sorted({parse_version(v) for r in self.ranges for k, v in r if k == "fixed"}))

    def fixed_versions(self) -> list[Version]:
        """Every `fixed` event version, ascending."""
        return list(self._fixed)

    def fixed_texts(self) -> list[str]:
        """Every `fixed` event version as the record spells it, in ascending version order."""
        return list(self._fixed_texts)

    @cached_property
    def _fixed_texts(self) -> tuple[str, ...]:
        texts = {v for r in self.ranges for k, v in r if k == "fixed"}
        return tuple(sorted(texts, key=parse_version))

    def to_json(self) -> dict[str, Any]:
        return {
            "ranges": [list(map(list, r)) for r in self.ranges],
            "versions": sorted(self.versions),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AffectedVersions:
        return cls(
            ranges=tuple(tuple((k, v) for k, v in r) for r in data["ranges"]),
            versions=frozenset(data["versions"]),
        )


def smallest_fix(current: Version, affected: Iterable[AffectedVersions]) -> Version | None:
    """The smallest `fixed` version above `current` that none of `affected` includes."""
    entries = list(affected)
    if len(entries) == 1:  # the common case: its fixes are sorted already
        fixed = entries[0]._fixed
        candidates: Sequence[Version] = fixed[bisect_right(fixed, current) :]
    else:
        candidates = sorted({f for a in entries for f in a._fixed if f > current})
    for candidate in candidates:
        key = canonicalize_version(candidate)
        if not any(a.includes(candidate, key) for a in entries):
            return candidate
    return None

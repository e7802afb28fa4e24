"""The versions one advisory affects of one package, compiled at import time into intervals of
the PEP 440 order: matching a version is one `bisect` over sorted order keys, and no range is
evaluated, nor any bound version parsed, at scan time.

The boundaries are every version an event or the explicit `versions` list names; they cut the
version line into regions (below the first, at the first, between the first and second, ...),
and each region's state is found by evaluating the ranges exactly as `sscli.vulndb.ranges`
does, with comparisons against the boundaries instead of a version. Since a range's outcome
depends only on how a version compares with its event versions, every version in a region has
that region's state.
"""

from __future__ import annotations

import json
import json.scanner
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from sscli.vulndb.order import text_order_key

if TYPE_CHECKING:  # compiled at import time only: a scan never loads the range walk
    from sscli.vulndb.ranges import AffectedVersions

AFFECTED, CLEAR = "1", "0"
_SENTINELS = (("introduced", "0"), ("limit", "*"))


class VersionIntervals:
    """Sorted boundary keys and the state of the `2 * len(bounds) + 1` regions they make:
    region `2i` lies below `bounds[i]` (and above `bounds[i - 1]`), region `2i + 1` is
    `bounds[i]` itself; plus the `fixed` versions a finding reports, decoded from the store
    only for an entry that affects some version scanned."""

    __slots__ = ("_fixes", "bounds", "regions")

    def __init__(self, bounds: Sequence[str], regions: str, fixes: Fixes | str) -> None:
        if len(regions) != 2 * len(bounds) + 1:
            raise ValueError("malformed version intervals")
        self.bounds = bounds
        self.regions = regions
        self._fixes = fixes  # the JSON text until first used

    def includes(self, key: str) -> bool:
        """True if the version whose order key is `key` is affected."""
        bounds = self.bounds
        index = bisect_left(bounds, key)
        if index < len(bounds) and bounds[index] == key:
            return self.regions[2 * index + 1] == AFFECTED
        return self.regions[2 * index] == AFFECTED

    @property
    def fixes(self) -> Fixes:
        fixes = self._fixes
        if isinstance(fixes, str):
            try:
                keys, versions, texts = decode_json(fixes)
                if not _strings(keys, versions, texts):
                    raise ValueError("not lists of strings")
                if len(keys) != len(versions):
                    raise ValueError("as many fix keys as fixes")
            except (ValueError, TypeError) as exc:
                raise MalformedEntry(f"fixes: {exc}") from None
            fixes = self._fixes = Fixes(keys, versions, tuple(texts))
        return fixes

    @property
    def fixed_texts(self) -> tuple[str, ...]:
        """Every fixed version as the record spells it, ascending."""
        return self.fixes.texts

    def first_fix_above(self, key: str) -> str | None:
        """The smallest fixed version above `key` that this entry does not affect."""
        fixes = self.fixes
        index = bisect_right(fixes.keys, key)
        return fixes.versions[index] if index < len(fixes.versions) else None

    def to_row(self) -> tuple[str, str]:
        """(intervals, fixes) as the store keeps them: compact JSON."""
        fixes = self.fixes
        return (
            _dumps([list(self.bounds), self.regions]),
            _dumps([list(fixes.keys), list(fixes.versions), list(fixes.texts)]),
        )

    @classmethod
    def from_row(cls, intervals: str, fixes: str) -> VersionIntervals:
        """The entry as the store keeps it; `MalformedEntry` if it is not what `to_row` writes."""
        try:
            bounds, regions = decode_json(intervals)
            if not (
                type(regions) is str
                and type(bounds) is list
                and _ONLY_STR.issuperset(map(type, bounds))
                and isinstance(fixes, str)
            ):
                raise ValueError("not a list of strings and a string")
            return cls(bounds, regions, fixes)
        except (ValueError, TypeError) as exc:
            raise MalformedEntry(f"intervals: {exc}") from None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VersionIntervals) and self.to_row() == other.to_row()

    def __hash__(self) -> int:
        return hash((tuple(self.bounds), self.regions))

    def __repr__(self) -> str:
        return f"VersionIntervals({len(self.bounds)} bounds, regions {self.regions!r})"


class MalformedEntry(ValueError):
    """A stored entry that is not what `VersionIntervals.to_row` writes: a damaged database."""


_SCAN = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # json.loads's C scanner


def decode_json(text: str) -> Any:
    """`json.loads(text)` for a document with no surrounding whitespace (as the importer writes
    it), without json.loads's Python layers: a scan decodes thousands of these."""
    try:
        value, end = _SCAN(text, 0)
    except StopIteration:
        raise ValueError("not JSON") from None
    if end != len(text):
        raise ValueError("not one JSON document")
    return value


_ONLY_STR = frozenset((str,))  # what json.loads makes of a list of strings: str, never a subclass


def _strings(*lists: object) -> bool:
    return all(type(x) is list and _ONLY_STR.issuperset(map(type, x)) for x in lists)


class Fixes(NamedTuple):
    keys: Sequence[str]  # order keys of the fixes the entry does not itself affect, ascending
    versions: Sequence[str]  # those fixes, normalized (str(Version))
    texts: tuple[str, ...]  # every fixed version as the record spells it, ascending


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def compile_intervals(affected: AffectedVersions) -> VersionIntervals:
    """`affected` (its compiled ranges and explicit versions) as intervals."""
    points = {k for k in map(text_order_key, affected.versions) if k is not None}
    bound_key: dict[str, str] = {}
    for events in affected.ranges:
        for kind, text in events:
            if (kind, text) not in _SENTINELS:
                bound_key[text] = _key(text)
    bounds = sorted(set(bound_key.values()) | points)
    index = {key: i for i, key in enumerate(bounds)}
    states = []
    for region in range(2 * len(bounds) + 1):
        at = region // 2
        if region % 2:  # the boundary itself

            def compare(text: str, at: int = at) -> int:
                j = index[bound_key[text]]
                return (at > j) - (at < j)

            inside = bounds[at] in points
        else:  # strictly between boundaries at - 1 and at

            def compare(text: str, at: int = at) -> int:
                return 1 if index[bound_key[text]] < at else -1

            inside = False
        inside = inside or any(_evaluate(events, compare) for events in affected.ranges)
        states.append(AFFECTED if inside else CLEAR)
    kept, regions = _simplify(bounds, "".join(states))
    fixes: dict[str, str] = {}  # the first spelling of each fixed version, as ranges list them
    for events in affected.ranges:
        for kind, text in events:
            if kind == "fixed":
                fixes.setdefault(bound_key[text], text)
    clean = sorted(k for k in fixes if regions_state(kept, regions, k) == CLEAR)
    texts = sorted({t for r in affected.ranges for kind, t in r if kind == "fixed"},
                   key=lambda t: (bound_key[t], t))  # fmt: skip
    normalized = [_normalized(fixes[k]) for k in clean]
    return VersionIntervals(kept, regions, Fixes(clean, normalized, tuple(texts)))


def _key(text: str) -> str:
    key = text_order_key(text)
    if key is None:  # compile_events accepted only PEP 440 versions
        raise ValueError(f"{text!r} is not a PEP 440 version")
    return key


def _normalized(text: str) -> str:
    from sscli.vulndb.ranges import parse_version

    return str(parse_version(text))


def _evaluate(events: Sequence[tuple[str, str]], compare: Callable[[str], int]) -> bool:
    """`ranges._includes` for one range, with `compare(bound)` (-1, 0, 1: the version is below,
    at or above the event's version) in place of a version."""
    limited = False
    below_a_limit = False
    vulnerable = False
    for kind, text in events:
        sentinel = (kind, text) in _SENTINELS
        if kind == "introduced":
            if sentinel or compare(text) >= 0:
                vulnerable = True
        elif kind == "fixed":
            if compare(text) >= 0:
                vulnerable = False
        elif kind == "last_affected":
            if compare(text) > 0:
                vulnerable = False
        else:  # limit
            limited = True
            below_a_limit = below_a_limit or sentinel or compare(text) < 0
    return vulnerable and (below_a_limit or not limited)


def _simplify(bounds: list[str], regions: str) -> tuple[list[str], str]:
    """Drop each boundary whose region, and the regions on either side, share one state."""
    kept = [
        i
        for i in range(len(bounds))
        if not regions[2 * i] == regions[2 * i + 1] == regions[2 * i + 2]
    ]
    return [bounds[i] for i in kept], regions[0] + "".join(
        regions[2 * i + 1] + regions[2 * i + 2] for i in kept
    )


def regions_state(bounds: Sequence[str], regions: str, key: str) -> str:
    """The state of the region `key` falls in."""
    index = bisect_left(bounds, key)
    if index < len(bounds) and bounds[index] == key:
        return regions[2 * index + 1]
    return regions[2 * index]


def smallest_fix(key: str, entries: Sequence[VersionIntervals]) -> str | None:
    """The smallest `fixed` version above `key` that none of `entries` (one advisory's entries
    for one package) affects, normalized; None if there is none."""
    if len(entries) == 1:
        return entries[0].first_fix_above(key)
    candidates: dict[str, str] = {}
    for entry in entries:
        fixes = entry.fixes
        for fix_key, version in zip(fixes.keys, fixes.versions, strict=True):
            if fix_key > key:
                candidates.setdefault(fix_key, version)
    for fix_key in sorted(candidates):
        if not any(entry.includes(fix_key) for entry in entries):
            return candidates[fix_key]
    return None


def fixed_texts(entries: Sequence[VersionIntervals]) -> tuple[str, ...]:
    """Every `fixed` version of `entries` as the records spell it, ascending, one spelling
    (the last listed) for each version."""
    if len(entries) == 1:
        return entries[0].fixed_texts
    by_key = {_key(text): text for entry in entries for text in entry.fixed_texts}
    return tuple(by_key[k] for k in sorted(by_key))

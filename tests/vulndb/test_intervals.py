"""Order keys sort as packaging sorts versions; compiled intervals agree with the range walk of
`sscli.vulndb.ranges` on every version, including each boundary and what lies around it."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from packaging.version import InvalidVersion, Version

from sscli.vulndb.intervals import compile_intervals, fixed_texts, smallest_fix
from sscli.vulndb.order import order_key, text_order_key
from sscli.vulndb.ranges import AffectedVersions, compile_events, version_key
from sscli.vulndb.ranges import smallest_fix as walk_smallest_fix
from tests.vulndb.snapshot import SNAPSHOT

_RELEASES = st.lists(st.integers(0, 12), min_size=1, max_size=4).map(
    lambda r: ".".join(map(str, r))
)
_PRE = st.sampled_from(["", "a0", "a1", "b2", "rc1", "c3", "alpha4", "pre1"])
_POST = st.sampled_from(["", ".post0", ".post1", "-3", ".rev2"])
_DEV = st.sampled_from(["", ".dev0", ".dev5"])
_LOCAL = st.sampled_from(["", "+0", "+1", "+01", "+a", "+0a", "+a.1", "+a.b", "+1.0", "+ubuntu-1"])
_EPOCH = st.sampled_from(["", "0!", "1!", "2!"])
VERSIONS = st.builds(lambda *parts: "".join(parts),
                     _EPOCH, _RELEASES, _PRE, _POST, _DEV, _LOCAL)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(VERSIONS, VERSIONS)
def test_order_keys_compare_as_versions(a: str, b: str) -> None:
    left, right = Version(a), Version(b)
    assert (order_key(left) < order_key(right)) is (left < right)
    assert (order_key(left) == order_key(right)) is (left == right)


def test_order_keys_of_every_snapshot_version_sort_as_packaging_sorts(shared_data: Path) -> None:
    texts: set[str] = set()
    with zipfile.ZipFile(shared_data / SNAPSHOT) as archive:
        for member in archive.namelist():
            for data in json.loads(archive.read(member)).get("affected", []):
                texts.update(data.get("versions", []))
                for item in data.get("ranges", []):
                    texts.update(t for e in item["events"] for t in e.values())
    versions = []
    for text in texts:
        try:
            versions.append(Version(text))
        except InvalidVersion:
            assert text_order_key(text) is None
    assert len(versions) > 12_000
    for version in versions[:]:  # and around each: pre-, post-, dev- and local releases
        for suffix in ("a1", ".post1", ".dev0", "+local.1", "+0"):
            try:
                versions.append(Version(version.public + suffix))
            except InvalidVersion:
                continue
    by_version = sorted(versions)
    by_key = sorted(versions, key=order_key)
    assert all(a == b for a, b in zip(by_version, by_key, strict=True))
    rng = random.Random(7)
    for _ in range(50_000):
        a, b = rng.choice(versions), rng.choice(versions)
        assert (order_key(a) == order_key(b)) is (a == b)


def test_numbers_of_any_size_and_the_digit_limit() -> None:
    big = "1" + "0" * 600
    assert order_key(Version(big)) > order_key(Version("9" * 300))
    assert order_key(Version("256")) > order_key(Version("255"))
    assert order_key(Version("65536")) > order_key(Version("65535.99"))
    assert text_order_key("1" * 5000) is None  # past int()'s digit limit: not a version here
    assert text_order_key("not a version") is None


def _parse(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


_EVENT = st.tuples(st.sampled_from(["introduced", "fixed", "last_affected", "limit"]), VERSIONS)


@settings(max_examples=400, deadline=None)
@given(
    starts_at_zero=st.booleans(),
    ranges=st.lists(st.lists(_EVENT, min_size=1, max_size=6), min_size=1, max_size=3),
    listed=st.lists(VERSIONS | st.sampled_from(["not-pep-440", "2019-09-12"]), max_size=4),
    probes=st.lists(VERSIONS, max_size=10),
)
def test_intervals_agree_with_the_range_walk(
    starts_at_zero: bool,
    ranges: list[list[tuple[str, str]]],
    listed: list[str],
    probes: list[str],
) -> None:
    compiled = []
    for events in ranges:
        raw = [{kind: v} for kind, v in events]
        if starts_at_zero:
            raw.insert(0, {"introduced": "0"})
        if not any("introduced" in e for e in raw):
            raw.append({"introduced": events[0][1]})
        compiled.append(compile_events(raw))
    affected = AffectedVersions(tuple(compiled), frozenset(version_key(v) for v in listed))
    intervals = compile_intervals(affected)
    named = {Version(v) for r in ranges for _, v in r} | {Version(p) for p in probes}
    around = {a for v in named for s in (".dev0", ".post0", "+z") if (a := _parse(v.public + s))}
    for version in sorted(named | around):
        key = order_key(version)
        assert intervals.includes(key) is affected.includes(version), str(version)
        walked = walk_smallest_fix(version, [affected])
        assert intervals.first_fix_above(key) == (str(walked) if walked else None)
    assert len(intervals.regions) == 2 * len(intervals.bounds) + 1
    assert intervals.bounds == sorted(set(intervals.bounds))


def test_several_entries_of_one_advisory() -> None:
    first = AffectedVersions(
        (compile_events([{"introduced": "0"}, {"fixed": "1.2"}]),), frozenset()
    )
    second = AffectedVersions(
        (compile_events([{"introduced": "1.2"}, {"fixed": "1.4.0"}, {"fixed": "1.4"}]),),
        frozenset(),
    )
    both = [compile_intervals(first), compile_intervals(second)]
    assert smallest_fix(order_key(Version("1.0")), both) == "1.4.0"  # as the range spells it
    assert smallest_fix(order_key(Version("1.0")), both[:1]) == "1.2"
    assert fixed_texts(both) == ("1.2", "1.4.0")  # one spelling a version: the last one
    assert both[1].fixed_texts == ("1.4", "1.4.0")
    unfixed = compile_intervals(
        AffectedVersions((compile_events([{"introduced": "0"}]),), frozenset())
    )
    assert smallest_fix(order_key(Version("1.0")), [unfixed]) is None
    assert (unfixed.bounds, unfixed.regions) == ([], "1")  # one region: everything


def test_intervals_survive_the_json_they_are_stored_as() -> None:
    affected = AffectedVersions(
        (compile_events([{"introduced": "1!0"}, {"last_affected": "1!2.0+local"}]),),
        frozenset({version_key("0.5")}),
    )
    intervals = compile_intervals(affected)
    from sscli.vulndb.intervals import VersionIntervals

    again = VersionIntervals.from_row(*intervals.to_row())
    assert again == intervals
    for text in ("0.5", "0.5.0", "0.6", "1!0", "1!2.0", "1!2.0+local", "1!2.0+local.1", "2!0"):
        key = text_order_key(text)
        assert key is not None
        assert again.includes(key) is affected.includes(Version(text)), text

"""OSV range evaluation for PyPI: each event kind, PEP 440 ordering, and a brute-force oracle."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from packaging.version import Version

from sscli.vulndb.ranges import (
    AffectedVersions,
    UnparseableRange,
    compile_events,
    range_includes,
    smallest_fix,
    version_key,
)


def includes(events: list[dict[str, str]], version: str) -> bool:
    return range_includes(Version(version), compile_events(events))


@pytest.mark.parametrize(
    ("events", "version", "expected"),
    [
        ([{"introduced": "0"}], "0.0.0.dev0", True),
        ([{"introduced": "0"}], "99!1.0", True),
        ([{"introduced": "0"}, {"fixed": "2.20.0"}], "2.19.1", True),
        ([{"introduced": "0"}, {"fixed": "2.20.0"}], "2.20.0", False),
        ([{"introduced": "0"}, {"fixed": "2.20.0"}], "2.20.0rc1", True),  # pre-release sorts before
        ([{"introduced": "0"}, {"fixed": "2.20.0"}], "2.20.0.post1", False),
        ([{"introduced": "1.0"}, {"fixed": "2.0"}], "0.9", False),
        ([{"introduced": "1.0"}, {"fixed": "2.0"}], "1.0.0", True),  # 1.0 == 1.0.0
        ([{"introduced": "1.0"}, {"fixed": "2.0"}], "1.0a1", False),
        ([{"introduced": "1.0"}, {"fixed": "2.0"}], "1.5+local.7", True),  # local versions
        ([{"introduced": "0"}, {"last_affected": "1.11.0"}], "1.11.0", True),
        ([{"introduced": "0"}, {"last_affected": "1.11.0"}], "1.11.0.post1", False),
        ([{"introduced": "0"}, {"last_affected": "1.11.0"}], "1.11.0+local", False),
        ([{"introduced": "0"}, {"fixed": "1.0"}], "1!0.5", False),  # epochs outrank everything
        ([{"introduced": "1!0"}], "2.0", False),
        ([{"introduced": "1!0"}], "1!0.1", True),
        # several intervals in one range, events given out of order
        (
            [{"fixed": "3.2.5"}, {"introduced": "3.0"}, {"fixed": "1.0.2"}, {"introduced": "1.0"}],
            "1.0.1",
            True,
        ),
        (
            [{"fixed": "3.2.5"}, {"introduced": "3.0"}, {"fixed": "1.0.2"}, {"introduced": "1.0"}],
            "2.0",
            False,
        ),
        (
            [{"fixed": "3.2.5"}, {"introduced": "3.0"}, {"fixed": "1.0.2"}, {"introduced": "1.0"}],
            "3.1",
            True,
        ),
        # limit: nothing at or above the limit is affected, even if introduced again
        ([{"introduced": "0"}, {"limit": "2.0"}], "1.9", True),
        ([{"introduced": "0"}, {"limit": "2.0"}], "2.0", False),
        ([{"introduced": "0"}, {"limit": "*"}], "1000", True),
        ([{"introduced": "0"}, {"limit": "1.0"}, {"limit": "3.0"}], "2.0", True),
        # zero-width range: introduced and fixed at the same version affects nothing
        ([{"introduced": "1.0"}, {"fixed": "1.0"}], "1.0", False),
    ],
)
def test_event_kinds_and_pep440_order(
    events: list[dict[str, str]], version: str, expected: bool
) -> None:
    assert includes(events, version) is expected


@pytest.mark.parametrize(
    ("events", "message"),
    [
        (
            [{"introduced": "0"}, {"fixed": "0.2.0-n653"}],
            "events[1].fixed: '0.2.0-n653' is not a PEP 440",
        ),
        ([{"introduced": "2019-09-12x"}], "events[0].introduced"),
        ([{"fixed": "1.0"}], "at least one 'introduced'"),
        ([{"introduced": "0", "fixed": "1.0"}], "exactly one of"),
        ([{"introduced": "0"}, {"removed": "1.0"}], "events[1] must have exactly one"),
        ([{"introduced": 1}], "events[0] must have exactly one"),
    ],
)
def test_unparseable_ranges_are_refused_with_the_event(
    events: list[dict[str, object]], message: str
) -> None:
    with pytest.raises(UnparseableRange, match=message.replace("[", r"\[").replace("]", r"\]")):
        compile_events(events)  # type: ignore[arg-type]


def test_explicit_versions_compare_by_pep440_equality() -> None:
    affected = AffectedVersions(
        ranges=(), versions=frozenset({version_key("3.2"), version_key("1.0.post1")})
    )
    assert affected.includes(Version("3.2.0"))
    assert affected.includes(Version("1.0.0.post1"))
    assert not affected.includes(Version("3.2.1"))


def test_smallest_fix_skips_fixes_that_another_range_still_affects() -> None:
    first = AffectedVersions(
        (compile_events([{"introduced": "0"}, {"fixed": "1.2"}]),), frozenset()
    )
    second = AffectedVersions(
        (compile_events([{"introduced": "1.2"}, {"fixed": "1.4"}]),), frozenset()
    )
    assert smallest_fix(Version("1.0"), [first, second]) == Version("1.4")
    assert smallest_fix(Version("1.0"), [first]) == Version("1.2")
    unfixed = AffectedVersions((compile_events([{"introduced": "0"}]),), frozenset())
    assert smallest_fix(Version("1.0"), [unfixed]) is None


# --- property: agreement with a brute-force walk over a sorted universe of versions -----------

_RELEASES = st.tuples(st.integers(0, 3), st.integers(0, 3)).map(lambda t: f"{t[0]}.{t[1]}")
_SUFFIXES = st.sampled_from(["", "a1", "b2", "rc1", ".post1", ".dev0", "+local"])
_VERSIONS = st.builds(lambda r, s: r + s, _RELEASES, _SUFFIXES) | st.builds(
    lambda r: "1!" + r, _RELEASES
)
_EVENT = st.tuples(st.sampled_from(["introduced", "fixed", "last_affected"]), _VERSIONS)


def brute_force(
    universe: list[Version], events: list[tuple[str, str]], limits: list[str]
) -> set[Version]:
    """Walk every version in ascending order, switching the state where events sit: an
    independent restatement of what `introduced`, `fixed`, `last_affected` and `limit` mean."""
    at: dict[Version, set[str]] = {}
    for kind, text in events:
        if text != "0":
            at.setdefault(Version(text), set()).add(kind)
    state = ("introduced", "0") in events
    affected: set[Version] = set()
    for version in sorted(universe):
        kinds = at.get(version, set())
        if "introduced" in kinds:
            state = True
        if "fixed" in kinds:
            state = False  # a fixed version is not affected, even if also introduced there
        below_a_limit = not limits or any(version < Version(limit) for limit in limits)
        if state and below_a_limit:
            affected.add(version)
        if "last_affected" in kinds:
            state = False  # affected itself, but nothing after it
    return affected


@settings(max_examples=300, deadline=None)
@given(
    starts_at_zero=st.booleans(),
    events=st.lists(_EVENT, min_size=1, max_size=6),
    limits=st.lists(_VERSIONS, max_size=2),
    probes=st.lists(_VERSIONS, min_size=1, max_size=12),
)
def test_range_evaluation_agrees_with_brute_force(
    starts_at_zero: bool, events: list[tuple[str, str]], limits: list[str], probes: list[str]
) -> None:
    all_events = ([("introduced", "0")] if starts_at_zero else []) + events
    if not any(kind == "introduced" for kind, _ in all_events):
        all_events.append(("introduced", events[0][1]))
    raw = [{kind: v} for kind, v in all_events] + [{"limit": v} for v in limits]
    compiled = compile_events(raw)
    universe = sorted(
        {Version(v) for _, v in all_events if v != "0"} | {Version(v) for v in probes + limits}
    )
    expected = brute_force(universe, all_events, limits)
    for version in universe:
        assert range_includes(version, compiled) is (version in expected), (raw, str(version))

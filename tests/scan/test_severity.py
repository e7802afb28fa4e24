"""CVSS v3.x base scores computed from vectors, levels, and database-specific severities."""

from __future__ import annotations

import pytest

from sscli.scan.severity import InvalidVector, Level, cvss3_base_score, level_for_score, severity_of


@pytest.mark.parametrize(
    ("vector", "score"),
    [
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0),
        ("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:N/A:N", 6.8),
        ("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N", 6.8),
        ("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8),
        ("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1),
        ("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5),
        ("CVSS:3.1/AV:N/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 2.0),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O", 9.8),  # temporal metrics ignored
    ],
)
def test_cvss3_base_scores(vector: str, score: float) -> None:
    assert cvss3_base_score(vector) == score


@pytest.mark.parametrize(
    "vector",
    [
        "CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H",  # A missing
        "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
    ],
)
def test_malformed_vectors_are_refused(vector: str) -> None:
    with pytest.raises(InvalidVector):
        cvss3_base_score(vector)


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0.0, Level.NONE),
        (0.1, Level.LOW),
        (3.9, Level.LOW),
        (4.0, Level.MEDIUM),
        (6.9, Level.MEDIUM),
        (7.0, Level.HIGH),
        (8.9, Level.HIGH),
        (9.0, Level.CRITICAL),
        (10.0, Level.CRITICAL),
    ],
)
def test_qualitative_levels(score: float, level: Level) -> None:
    assert level_for_score(score) is level


def test_severity_sources_in_order() -> None:
    v3 = ("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
    v4 = ("CVSS_V4", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")
    assert severity_of((v4, v3), "LOW").level is Level.CRITICAL  # the computed v3 score wins
    from_v4 = severity_of((v4,), "MODERATE")
    assert (from_v4.level, from_v4.vector, from_v4.score, from_v4.method) == (
        Level.MEDIUM,
        v4[1],
        None,
        "CVSSv4",
    )
    assert severity_of((), "HIGH").level is Level.HIGH
    assert severity_of((), None).level is Level.UNKNOWN
    assert severity_of((("CVSS_V3", "garbage"),), "CRITICAL").level is Level.CRITICAL

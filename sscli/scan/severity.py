"""Severity of an advisory: CVSS v3.x base scores computed from the vector, CVSS v4 and
database-specific ratings mapped to the qualitative levels low/medium/high/critical.

CVSS v3.x: FIRST's specification, section 7 (https://www.first.org/cvss/v3.1/specification-document).
CVSS v4 scores need FIRST's macro-vector lookup table; a v4 vector is kept and shown, and its
level comes from the record's `database_specific.severity` when the record gives one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    UNKNOWN = "unknown"
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {
    Level.UNKNOWN: 0,
    Level.NONE: 0,
    Level.LOW: 1,
    Level.MEDIUM: 2,
    Level.HIGH: 3,
    Level.CRITICAL: 4,
}
# GHSA and PyPA `database_specific.severity` words.
_DATABASE_LEVELS = {
    "LOW": Level.LOW,
    "MODERATE": Level.MEDIUM,
    "MEDIUM": Level.MEDIUM,
    "HIGH": Level.HIGH,
    "CRITICAL": Level.CRITICAL,
}


@dataclass(frozen=True)
class Severity:
    """The level of a finding and, when known, the score and vector it came from."""

    level: Level
    score: float | None = None
    vector: str | None = None
    method: str | None = None  # CVSSv3, CVSSv31, CVSSv4, other (CycloneDX rating methods)


class InvalidVector(ValueError):
    """A CVSS vector string that does not follow the specification."""


_V3_WEIGHTS: dict[str, dict[str, float]] = {
    "AV": {"N": 0.85, "A": 0.62, "L": 0.55, "P": 0.2},
    "AC": {"L": 0.77, "H": 0.44},
    "UI": {"N": 0.85, "R": 0.62},
    "C": {"H": 0.56, "L": 0.22, "N": 0.0},
    "I": {"H": 0.56, "L": 0.22, "N": 0.0},
    "A": {"H": 0.56, "L": 0.22, "N": 0.0},
}
_V3_PR = {"U": {"N": 0.85, "L": 0.62, "H": 0.27}, "C": {"N": 0.85, "L": 0.68, "H": 0.5}}
_V3_BASE = ("AV", "AC", "PR", "UI", "S", "C", "I", "A")


def _parse_v3(vector: str) -> tuple[str, dict[str, str]]:
    parts = vector.strip().split("/")
    if not parts[0].startswith("CVSS:3.") or parts[0] not in ("CVSS:3.0", "CVSS:3.1"):
        raise InvalidVector(f"{vector!r}: not a CVSS:3.0 or CVSS:3.1 vector")
    metrics: dict[str, str] = {}
    for part in parts[1:]:
        key, sep, value = part.partition(":")
        if not sep or key in metrics:
            raise InvalidVector(f"{vector!r}: malformed or repeated metric {part!r}")
        metrics[key] = value
    for key in _V3_BASE:
        allowed = _V3_PR["U"] if key == "PR" else ("U", "C") if key == "S" else _V3_WEIGHTS[key]
        if metrics.get(key) not in allowed:
            raise InvalidVector(f"{vector!r}: base metric {key} missing or invalid")
    return parts[0][5:], metrics


def _roundup(value: float, version: str) -> float:
    if version == "3.0":
        return math.ceil(value * 10) / 10
    as_int = round(value * 100000)  # CVSS v3.1 Appendix A: avoids floating-point artefacts
    if as_int % 10000 == 0:
        return as_int / 100000.0
    return (math.floor(as_int / 10000) + 1) / 10.0


def cvss3_base_score(vector: str) -> float:
    """The CVSS v3.0/v3.1 base score of `vector` (e.g. `CVSS:3.1/AV:N/AC:L/...` -> 9.8)."""
    version, m = _parse_v3(vector)
    changed = m["S"] == "C"
    iss = 1 - (
        (1 - _V3_WEIGHTS["C"][m["C"]])
        * (1 - _V3_WEIGHTS["I"][m["I"]])
        * (1 - _V3_WEIGHTS["A"][m["A"]])
    )
    impact = 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 if changed else 6.42 * iss
    exploitability = (
        8.22
        * _V3_WEIGHTS["AV"][m["AV"]]
        * _V3_WEIGHTS["AC"][m["AC"]]
        * _V3_PR[m["S"]][m["PR"]]
        * _V3_WEIGHTS["UI"][m["UI"]]
    )
    if impact <= 0:
        return 0.0
    total = 1.08 * (impact + exploitability) if changed else impact + exploitability
    return _roundup(min(total, 10.0), version)


def level_for_score(score: float) -> Level:
    """The CVSS qualitative rating of a 0.0-10.0 score."""
    if score == 0.0:
        return Level.NONE
    if score < 4.0:
        return Level.LOW
    if score < 7.0:
        return Level.MEDIUM
    if score < 9.0:
        return Level.HIGH
    return Level.CRITICAL


def severity_of(scores: tuple[tuple[str, str], ...], database_severity: str | None) -> Severity:
    """The severity of an advisory from its OSV `severity` items and `database_specific`.

    A CVSS v3 vector wins (its score is computed); else a CVSS v4 vector is reported with the
    database's level; else the database's level alone; else the level is unknown.
    """
    database_level = _DATABASE_LEVELS.get((database_severity or "").upper(), Level.UNKNOWN)
    for kind, score in scores:
        if kind == "CVSS_V3":
            try:
                value = cvss3_base_score(score)
            except InvalidVector:
                continue
            method = "CVSSv31" if score.startswith("CVSS:3.1") else "CVSSv3"
            return Severity(level_for_score(value), value, score, method)
    for kind, score in scores:
        if kind == "CVSS_V4" and score.startswith("CVSS:4.0/"):
            return Severity(database_level, None, score, "CVSSv4")
    return Severity(database_level)

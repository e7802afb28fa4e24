"""When a statement says it was made, and whether that is acceptable: not older than the
policy's `max_age`, and not in the future (beyond a little clock skew)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sscli.attest.statement import Statement
from sscli.policy.deploy import KIND_TYPES, SPDX_TYPES

CLOCK_SKEW = timedelta(minutes=5)

# Where each predicate type records when it was made.
_TIME_FIELDS: dict[str, tuple[str, ...]] = {
    KIND_TYPES["provenance"]: ("runDetails", "metadata", "finishedOn"),
    KIND_TYPES["vulns"]: ("metadata", "scanFinishedOn"),
    KIND_TYPES["sbom"]: ("metadata", "timestamp"),
    KIND_TYPES["ingest"]: ("ingestedOn",),
    **{uri: ("creationInfo", "created") for uri in SPDX_TYPES if "v3" not in uri},
}


def statement_time(statement: Statement) -> datetime | None:
    """The time `statement`'s predicate says it was made (None: unknown or unreadable)."""
    value: Any = statement.predicate
    if statement.predicate_type == SPDX_TYPES[2]:  # SPDX 3: the document's CreationInfo
        graph = value.get("@graph") if isinstance(value, dict) else None
        value = next(
            (e for e in graph or [] if isinstance(e, dict) and e.get("type") == "CreationInfo"),
            {},
        ).get("created")
    for key in _TIME_FIELDS.get(statement.predicate_type, ()):
        value = value.get(key) if isinstance(value, dict) else None
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def age_problem(when: datetime | None, now: datetime, max_age: timedelta | None) -> str | None:
    """Why a statement made at `when` is not acceptable `now`, or None."""
    if when is None:
        return "has no time, so its age is unknown" if max_age is not None else None
    if when - now > CLOCK_SKEW:
        return f"claims a time in the future ({when.isoformat()})"
    if max_age is not None and now - when > max_age:
        return f"is from {when.isoformat()}, older than {format_duration(max_age)}"
    return None


def format_duration(delta: timedelta) -> str:
    if delta % timedelta(days=1):
        return f"{delta.total_seconds() / 3600:g}h"
    return f"{delta.days}d"

"""Trust signals: yanked releases, release age, sdist-only packages, typosquats, known-malicious
names, and licenses. Pure functions of what the index and the metadata say and of the policy."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sscli.ingest.checks import CheckResult, Status, failed, passed

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:  # the standing checks of a quick re-ingest need none of these
    from datetime import datetime

    from sscli.index.models import IndexFile
    from sscli.policy.model import IngestPolicy


@cache
def _bundled(name: str) -> frozenset[str]:
    text = (Path(__file__).parent / "data" / name).read_text("utf-8")  # shipped beside it
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def popular_names() -> frozenset[str]:
    return _bundled("popular-pypi-names.txt")


def malicious_names() -> frozenset[str]:
    return _bundled("malicious-pypi-names.txt")


def check_yanked(listing: IndexFile | None, policy: IngestPolicy) -> CheckResult:
    if listing is None:
        return CheckResult("yanked", Status.SKIP, "the index does not list this file")
    if not listing.is_yanked:
        return passed("yanked", "not yanked")
    reason = f": {listing.yanked}" if listing.yanked else ""
    if policy.allow_yanked:
        return CheckResult("yanked", Status.WARN, f"yanked{reason} (allowed by policy)")
    return failed("yanked", f"the release was yanked{reason}")


def check_age(
    upload_time: datetime | None,
    policy: IngestPolicy,
    now: datetime,
    *,
    source: str = "the index",
    unknown: str = "",
) -> CheckResult:
    """Release age against `min_age`; `source` says where the upload time came from (the index,
    or a metadata source's URL), `unknown` why no other source knew it."""
    if policy.min_age is None:
        return CheckResult("min_age", Status.SKIP, "the policy sets no min_age")
    if upload_time is None:
        why = f"; {unknown}" if unknown else ""
        return failed(
            "min_age", f"the index gives no upload time{why}, so the release age is unknown"
        )
    age = now - upload_time
    origin = f" (upload time from {source})"
    if age < policy.min_age:
        return failed(
            "min_age",
            f"uploaded {_days(age)} ago, younger than the policy's {_days(policy.min_age)}"
            + origin,
        )
    return passed("min_age", f"uploaded {_days(age)} ago{origin}")


def _days(delta: object) -> str:
    from datetime import timedelta

    assert isinstance(delta, timedelta)
    if delta >= timedelta(days=2):
        return f"{delta.days} days"
    return f"{int(delta.total_seconds() // 3600)} hours"


def check_sdist_only(name: str, has_wheel: bool, policy: IngestPolicy) -> CheckResult:
    if has_wheel:
        return passed("sdist_only", "a wheel is available")
    if name in policy.allow_sdist_only:
        return CheckResult(
            "sdist_only", Status.WARN, "sdist only: its build runs code (allowed by policy)"
        )
    return failed(
        "sdist_only",
        "no wheel for the target: building the sdist runs its code; name it in allow_sdist_only",
    )


def check_malicious(name: str, policy: IngestPolicy) -> CheckResult:
    if name in malicious_names() or name in policy.malicious_names:
        return failed("malicious", f"{name} is a known malicious package name")
    return passed("malicious", "not a known malicious name")


def check_typosquat(name: str, policy: IngestPolicy) -> CheckResult:
    if not policy.typosquat:
        return CheckResult("typosquat", Status.SKIP, "typosquat check disabled by policy")
    popular = popular_names()
    if name in popular or name in policy.typosquat_allow:
        return passed("typosquat", "a popular or allowed name")
    near = sorted(
        p for p in popular
        if abs(len(p) - len(name)) <= policy.typosquat_distance
        and edit_distance(name, p, policy.typosquat_distance) <= policy.typosquat_distance
    )  # fmt: skip
    if near:
        return failed("typosquat", f"{name} is one typo away from popular {', '.join(near[:3])}")
    return passed("typosquat", "not near a popular name")


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up past
    `limit` (returns limit + 1)."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


def check_license(
    expression: str | None, names: tuple[str, ...], policy: IngestPolicy
) -> CheckResult:
    """SPDX expressions are evaluated: OR is satisfied by any allowed alternative, AND by all."""
    if expression is None:
        shown = ", ".join(names) or "none declared"
        if policy.licenses_unknown == "deny":
            return failed("license", f"license is not a known SPDX expression ({shown})")
        status = Status.WARN if policy.licenses_unknown == "warn" else Status.PASS
        return CheckResult("license", status, f"license is not a known SPDX expression ({shown})")
    from sscli.policy.licenses import license_verdict

    verdict = license_verdict(expression, policy.licenses_allow, policy.licenses_deny)
    if verdict.allowed:
        return passed("license", verdict.reason)
    return failed("license", f"{verdict.reason} by the license policy")

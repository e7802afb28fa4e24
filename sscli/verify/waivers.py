"""Policy exceptions: a failed rule is waived until the exception's expiry date when the
exception names the rule and, if it names a subject pattern, every name the trusted statements
give the artifact matches it (never the file's name on disk). Only findings about what trusted
evidence reports (vulnerabilities, licenses, build properties) are ever waived: a failure of
the attestations, signatures, development keys, required, dependencies, freshness or subject
rules, or a provenance finding about the builder, build type, repository or ref, stands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sscli.policy.deploy import DeployPolicy
from sscli.policy.patterns import matches
from sscli.verify.decision import RuleResult, RuleStatus


def apply_exceptions(
    results: Sequence[RuleResult], policy: DeployPolicy, names: Sequence[str], today: date
) -> list[RuleResult]:
    waived = []
    for result in results:
        exception = next(
            (
                e
                for e in policy.exceptions
                if e.rule == result.rule
                and (e.subject is None or (names and all(matches(e.subject, n) for n in names)))
            ),
            None,
        )
        if result.status is not RuleStatus.FAIL or exception is None:
            waived.append(result)
        elif not result.waivable:
            reason = (
                f"{result.reason} (not waived: the exception cannot cover a finding about "
                "who signed or what evidence exists)"
            )
            waived.append(replace(result, reason=reason))
        elif today > exception.expires:
            reason = f"{result.reason} (the exception expired on {exception.expires})"
            waived.append(replace(result, reason=reason))
        else:
            reason = f"{result.reason} (waived until {exception.expires}: {exception.reason})"
            waived.append(replace(result, status=RuleStatus.WAIVED, reason=reason))
    return waived

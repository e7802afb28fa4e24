"""`freshness`: every trusted statement about the artifact is younger than the policy's
`max_age` (a rollback to an old artifact with its old attestations fails here) and none claims
a time in the future. For a Sigstore bundle, the time its transparency log entry was made (which
the signer does not choose) must obey the same rules."""

from __future__ import annotations

from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.rules.base import Outcome, Problem, Rule, judged, skipped
from sscli.verify.rules.signatures import KINDS
from sscli.verify.timing import age_problem, format_duration, statement_time


def check(context: GateContext) -> Outcome:
    max_age = context.policy.max_age
    if max_age is None:
        return skipped("the policy sets no max_age")
    problems = []
    for item in context.evidence.distinct():
        kind = KINDS.get(item.statement.predicate_type, item.statement.predicate_type)
        problem = age_problem(statement_time(item.statement), context.now, max_age)
        if problem is not None:
            problems.append(Problem(f"{kind} {problem}", item.source))
        logged = item.trusted.logged  # a bundle: its log time bounds the signer's claim
        if logged is not None and (late := age_problem(logged, context.now, max_age)):
            message = f"{kind} was logged by Sigstore at a time that {late}"
            problems.append(Problem(message, item.source))
    return judged(
        problems, fail="", ok=f"every attestation is younger than {format_duration(max_age)}"
    )


RULE = Rule(
    "freshness",
    Severity.MEDIUM,
    "every trusted statement is younger than max_age and none is dated in the future",
    check,
)

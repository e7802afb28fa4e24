"""`subject`: the names the trusted statements give the artifact (the subjects whose digest
matched) are expected names. The file's name on disk is the deployer's choice, not evidence,
and is never consulted."""

from __future__ import annotations

from sscli.policy.patterns import matches_any
from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.rules.base import Outcome, Problem, Rule, judged, skipped


def check(context: GateContext) -> Outcome:
    patterns = context.policy.subject_names
    if not patterns:
        return skipped("the policy expects no particular name")
    accepted = context.evidence.distinct()
    if not accepted:
        return judged([Problem("no trusted statement names the artifact")], fail="", ok="")
    problems = []
    for item in accepted:
        for name in item.names:
            if not name:
                message = "a trusted statement gives the artifact no name"
                problems.append(Problem(message, item.source))
            elif not matches_any(patterns, name):
                problems.append(Problem(f"{name} is not among the expected names", item.source))
    names = ", ".join(context.evidence.subject_names())
    return judged(problems, fail="", ok=f"attested as {names}: an expected name")


RULE = Rule(
    "subject",
    Severity.MEDIUM,
    "every name the trusted statements give the artifact matches subject_names",
    check,
)

"""`development_keys`: no statement the decision rests on was signed with a development key,
unless the policy allows them. A key is a development key when the policy says so
(`development: true`), when its trusted public key file is labelled as one, or when the signed
statement says so; this covers the artifact's statements and the ingest records that vouch for
its dependencies."""

from __future__ import annotations

from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.evidence import Authenticated
from sscli.verify.rules.base import Outcome, Problem, Rule, judged, passed


def check(context: GateContext) -> Outcome:
    used: list[Authenticated] = [a.trusted for a in context.evidence.accepted]
    if context.policy.source_rules is not None:
        used += context.evidence.about_commits  # the source attestations the gate requires
    if context.dependencies is not None:
        used += context.dependencies.records_used()
    development = [u for u in used if u.development]
    if not development:
        return passed("no development key signed")
    names = ", ".join(sorted({u.signer_names for u in development}))
    if context.policy.allow_development_keys:
        return passed(f"development keys allowed here: {names}")
    problems = [
        Problem(f"signed with a development key ({u.signer_names})", u.source) for u in development
    ]
    return judged(
        problems,
        fail=f"signed with a development key ({names}), which this policy refuses: ",
        ok="",
    )


RULE = Rule(
    "development_keys",
    Severity.HIGH,
    "no statement the decision uses (ingest records included) is signed with a development key, "
    "unless the policy allows them",
    check,
)

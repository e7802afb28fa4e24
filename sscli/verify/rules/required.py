"""`required`: every predicate type the policy requires about the artifact has a trusted
statement (ingest records are about the dependencies: see `dependencies`)."""

from __future__ import annotations

from sscli.policy.deploy import KIND_TYPES
from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.rules.base import Outcome, Problem, Rule, judged
from sscli.verify.rules.signatures import KINDS


def check(context: GateContext) -> Outcome:
    present = {
        KINDS.get(t, t) for t in (a.statement.predicate_type for a in context.evidence.accepted)
    }
    about_artifact = [t for t in context.policy.required_types if t != KIND_TYPES["ingest"]]
    # a kind is present when any of its types is: a CycloneDX or an SPDX SBOM
    missing = [Problem(KINDS.get(t, t)) for t in about_artifact if KINDS.get(t, t) not in present]
    kinds = ", ".join(KINDS.get(t, t) for t in about_artifact)
    return judged(
        missing,
        fail="missing trusted attestation(s): ",
        ok=f"present: {kinds or 'nothing required'}",
    )


RULE = Rule(
    "required",
    Severity.HIGH,
    "every predicate type the policy requires has a trusted statement about the artifact",
    check,
)

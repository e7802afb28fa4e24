"""`dependencies` (when the policy requires `ingest`): every vault file the trusted provenance
says the build used has a valid, trusted ingest record; a dependency the vault cannot match (no
sha256) fails closed. See `sscli.verify.dependencies` for what makes a record valid."""

from __future__ import annotations

from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.rules.base import Outcome, Problem, Rule, judged, skipped


def check(context: GateContext) -> Outcome:
    evidence = context.dependencies
    if evidence is None:
        return skipped("the policy does not require ingest records")
    if not evidence.needed and not evidence.unmatchable:
        return judged(
            [Problem("no trusted provenance lists the build's dependencies")], fail="", ok=""
        )
    problems = [
        Problem(f"{d.name}: no sha256 digest, so no vault file can match it", d.source)
        for d in evidence.unmatchable
    ]
    for dependency in evidence.missing():
        why = evidence.refused.get(dependency.sha256 or "", [])
        detail = f" ({'; '.join(why[:3])})" if why else ""
        problems.append(Problem(f"{dependency.name}{detail}", dependency.source))
    problems += [
        Problem(f"unreadable record file: {m}", w) for m, w in evidence.unreadable if problems
    ]
    return judged(
        problems,
        fail="no trusted ingest record for: ",
        ok=f"all {len(evidence.needed)} build dependencies have trusted ingest records",
    )


RULE = Rule(
    "dependencies",
    Severity.HIGH,
    "every build dependency the provenance lists is a vault file with a valid, trusted, fresh "
    "ingest record that says allow",
    check,
)

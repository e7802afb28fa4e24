"""`dependencies` (when the policy requires `ingest`): every vault file the trusted provenance
says the build used has a valid, trusted ingest record; a dependency the vault cannot match (no
sha256) fails closed. See `sscli.verify.dependencies` for what makes a record valid. Under
`deploy.dependencies.built_from_source`, the records of the packages it names must also say
that the wheel was built here from its sdist (the record's `build`), not taken from the index."""

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
    not_built = _not_built_here(context)
    fail = "no trusted ingest record for: " if problems else "not built from source here: "
    problems += not_built
    problems += [
        Problem(f"unreadable record file: {m}", w) for m, w in evidence.unreadable if problems
    ]
    built = "" if not context.policy.built_from_source else ", built here as the policy requires"
    return judged(
        problems,
        fail=fail,
        ok=f"all {len(evidence.needed)} build dependencies have trusted ingest records{built}",
    )


def _not_built_here(context: GateContext) -> list[Problem]:
    """The dependencies the policy wants built from source whose trusted records (all valid
    already) are of the published file only."""
    evidence, wanted = context.dependencies, context.policy.built_from_source
    if evidence is None or not wanted:
        return []
    problems = []
    for dependency in evidence.needed:
        records = evidence.vouching.get(dependency.sha256 or "", [])
        names = {r.statement.predicate["package"]["name"] for r in records}
        if not any(name in wanted for name in names):
            continue
        if not any(isinstance(r.statement.predicate.get("build"), dict) for r in records):
            problems.append(
                Problem(
                    f"{dependency.name} (its ingest record is of the wheel the index "
                    "published; ingest it with --build-from-source)",
                    dependency.source,
                )
            )
    return problems


RULE = Rule(
    "dependencies",
    Severity.HIGH,
    "every build dependency the provenance lists is a vault file with a valid, trusted, fresh "
    "ingest record that says allow (and, for those `dependencies.built_from_source` names, "
    "says it was built here from its sdist)",
    check,
)

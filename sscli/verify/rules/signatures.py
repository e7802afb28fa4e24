"""`signatures`: at least one attestation is signed by a signer the policy trusts for its
predicate type (meeting the signer's threshold), names the artifact's digest and carries a valid
predicate; and no attestation claims a trusted key with a signature that does not verify
(tampering). Attestations signed by strangers, or about other artifacts, are ignored."""

from __future__ import annotations

from sscli.policy.deploy import KIND_ALL_TYPES
from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.rules.base import Outcome, Problem, Rule, judged, passed

KINDS = {uri: kind for kind, types in KIND_ALL_TYPES.items() for uri in types}


def check(context: GateContext) -> Outcome:
    evidence = context.evidence
    tampered = [Problem(r.reason, r.source) for r in evidence.tampered]
    if tampered:
        return judged(
            tampered,
            fail="an attestation names a trusted key but does not verify (tampered?): ",
            ok="",
        )
    ignored = [Problem(r.reason, r.source) for r in evidence.rejected]
    if not evidence.accepted:
        return judged(
            ignored or [Problem("none")],
            fail="no attestation is signed by a trusted signer for this artifact: ",
            ok="",
        )
    kinds = sorted(
        {
            KINDS.get(a.statement.predicate_type, a.statement.predicate_type)
            for a in evidence.accepted
        }
    )
    note = ""
    keyless = [
        f"{a.source}: {a.trusted.sigstore_signer} matched {', '.join(a.trusted.matched_fields())}"
        for a in evidence.distinct()
        if a.trusted.identity_fields
    ]
    if keyless:
        note += "; Sigstore: " + "; ".join(keyless[:5])
    if ignored:
        listed = "; ".join(f"{p.location}: {p.message}" for p in ignored[:5])
        note += f"; ignored {len(ignored)}: {listed}"
    return passed(f"trusted and about this artifact: {', '.join(kinds)}{note}")


RULE = Rule(
    "signatures",
    Severity.CRITICAL,
    "a trusted signer (for that predicate type, at its threshold) signed an attestation naming "
    "the artifact's digest, and no attestation claims a trusted key without verifying",
    check,
)

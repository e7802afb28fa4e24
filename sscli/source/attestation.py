"""The source attestations: a SLSA Source VSA for the verified commit, and the source scan's
result, both in-toto Statements whose subject is the commit (`gitCommit`, with `gitTree`),
named by the repository URI and annotated with the verified ref (`sourceRefs`), as the SLSA
v1.2 source track describes (source-requirements.md, "Source verification summary
attestation"). Signing goes through `sscli.attest.signing` (keys, KMS, Sigstore).

What a deploy gate must check of a Source VSA (the order of verification_summary.md, "How to
verify"): the envelope's signer is trusted for source VSAs; predicateType is
`https://slsa.dev/verification_summary/v1`; the subject's `gitCommit` (40 or 64 hex) equals the
provenance's source commit; `resourceUri` equals the expected repository; `verifier.id` is
expected for that signer; `verificationResult` is `PASSED`; `verifiedLevels` holds a
`SLSA_SOURCE_LEVEL_n` at least the required one; and `sourceRefs` holds an expected ref.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sscli
from sscli.attest.predicates import PredicateType, validate_predicate
from sscli.attest.statement import ResourceDescriptor, Statement
from sscli.errors import InputError
from sscli.source.verify import VerifyReport

SLSA_VERSION = "1.2"
LOCAL_VERIFIER = "https://sscli.dev/source-verifier/local"
# Extension field (a URI, as the VSA's parsing rules require of producer extensions).
DETAILS_FIELD = "https://sscli.dev/attestation/source-verification/v1"


def verifier_id(explicit: str | None) -> str:
    """--verifier-id, else SSCLI_VERIFIER_ID, else the GitHub Actions workflow, else local."""
    if explicit:
        return explicit
    if os.environ.get("SSCLI_VERIFIER_ID"):
        return os.environ["SSCLI_VERIFIER_ID"]
    workflow = os.environ.get("GITHUB_WORKFLOW_REF")
    if os.environ.get("GITHUB_ACTIONS") == "true" and workflow:
        return f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/{workflow}"
    return LOCAL_VERIFIER


def commit_subject(repository: str, commit: str, tree: str, ref: str | None) -> ResourceDescriptor:
    """The commit as a Statement subject: digest gitCommit (and gitTree), named by the
    repository, with a link for people when the repository is on an https host."""
    if len(commit) not in (40, 64):
        raise InputError(f"not a full commit id: {commit!r}")
    digest = {"gitCommit": commit}
    if tree:
        digest["gitTree"] = tree
    annotations: dict[str, Any] = {"sourceRefs": [ref]} if ref else {}
    return ResourceDescriptor(
        digest=digest, name=repository, uri=_commit_url(repository, commit), annotations=annotations
    )


def _commit_url(repository: str, commit: str) -> str:
    parts = urlsplit(repository.removeprefix("git+"))
    if parts.scheme != "https" or not parts.hostname:
        return ""
    return f"https://{parts.netloc}{parts.path}/commit/{commit}"


def source_vsa(
    report: VerifyReport, *, verifier: str | None = None, policy_uri: str | None = None
) -> Statement:
    """The Source VSA of a passed verification (a failed one is never attested)."""
    if not report.passed:
        raise InputError("a failed verification is not attested")
    if report.repository is None:
        raise InputError(
            "the repository is unknown",
            hint="set source.repository in the policy, or pass --repository URI",
        )
    predicate: dict[str, Any] = {
        "verifier": {
            "id": verifier_id(verifier),
            "version": {"sscli": sscli.__version__, "git": report.git_version},
        },
        "timeVerified": report.verified_at.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "resourceUri": report.repository,
        "policy": _policy_descriptor(report.policy_path, report.policy_sha256, policy_uri),
        "verificationResult": "PASSED",
        "verifiedLevels": [report.level_name],
        "slsaVersion": SLSA_VERSION,
        DETAILS_FIELD: {
            "ref": report.ref,
            "range": report.commit_range.description,
            "excluded": list(report.commit_range.excluded),
            "commits": report.commits,
            "continuity": report.continuity,
            "signers": report.signers,
            "rules": report.rule_summary(),
        },
    }
    validate_predicate(PredicateType.SLSA_VSA_V1, predicate)
    subject = commit_subject(report.repository, report.tip, report.tree, report.ref)
    return Statement((subject,), PredicateType.SLSA_VSA_V1, predicate)


def _policy_descriptor(path: str | None, sha256: str | None, uri: str | None) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "uri": uri
        or (Path(path).resolve().as_uri() if path else "https://sscli.dev/policy/default")
    }
    if sha256:
        descriptor["digest"] = {"sha256": sha256}
    return descriptor

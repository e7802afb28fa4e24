"""The gate's decision as a SLSA verification summary (VSA v1): an in-toto Statement with
predicate type `https://slsa.dev/verification_summary/v1`, signed like any attestation, that an
admission controller (Kyverno, Sigstore policy-controller) or `sscli verify vsa` checks instead
of re-running the gate (docs/admission.md).

Its subjects are the file (its sha256, named by its file name) and the OCI artifact the file
becomes in a registry (the sha256 of the deterministic manifest `sscli attest push` writes, so
that the VSA matches the digest an admission controller resolves); `resourceUri` names the
artifact as the deploy target knows it; `policy` is the deploy policy file by URI and sha256;
`inputAttestations` lists every attestation the decision rests on by the sha256 of its bytes
(for a DSSE envelope, the bytes `sscli attest push` uploads as its referrer layer). A denied
artifact gets a FAILED summary, never a PASSED one.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sscli
from sscli.attest.predicates import PredicateType, validate_predicate
from sscli.attest.statement import ResourceDescriptor, Statement
from sscli.errors import InputError
from sscli.policy.deploy import KIND_TYPES, DeployPolicy
from sscli.verify.decision import Decision, RuleStatus
from sscli.verify.evidence import Evidence

LOCAL_VERIFIER = "https://sscli.dev/deploy-gate/local"
OCI_MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json"
PASSED, FAILED = "PASSED", "FAILED"
SLSA_VERSION = "1.1"  # the VSA fields used: verifier.version is 1.1's
# Extension field (a URI, as the VSA's parsing rules require of producer extensions): the rules.
DETAILS_FIELD = "https://sscli.dev/attestation/deploy-gate/v1"


@dataclass(frozen=True)
class SummaryContext:
    """What the summary says about the verification beyond the decision itself."""

    verifier_id: str
    resource_uri: str
    policy_uri: str
    policy_sha256: str
    time_verified: datetime


def verifier_id(explicit: str | None) -> str:
    """--verifier-id, else SSCLI_VERIFIER_ID, else the CI job that runs the gate (GitHub
    Actions' workflow ref, GitLab's project pipeline), else a local gate."""
    if explicit:
        return explicit
    if os.environ.get("SSCLI_VERIFIER_ID"):
        return os.environ["SSCLI_VERIFIER_ID"]
    workflow = os.environ.get("GITHUB_WORKFLOW_REF")
    if os.environ.get("GITHUB_ACTIONS") == "true" and workflow:
        return f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/{workflow}"
    if os.environ.get("GITLAB_CI") == "true" and os.environ.get("CI_PROJECT_URL"):
        return f"{os.environ['CI_PROJECT_URL']}/-/pipelines"
    return LOCAL_VERIFIER


def default_resource_uri(artifact: str, path: Path, pushed_to: Any = None) -> str:
    """How a deploy target names the artifact: its oci:// reference (the repository
    `pushed_to`, at the manifest digest the file gives, or the one it came from), else the
    package URL of a Python distribution file (PEP 427/625 names)."""
    if pushed_to is not None:
        from sscli.stores.oci.attestations import artifact_manifest
        from sscli.stores.oci.manifests import descriptor_of

        return str(pushed_to.with_digest(descriptor_of(artifact_manifest(path)).digest))
    if artifact.startswith("oci://"):
        return artifact
    from packaging.utils import (
        InvalidSdistFilename,
        InvalidWheelFilename,
        parse_sdist_filename,
        parse_wheel_filename,
    )

    name = path.name
    try:
        if name.endswith(".whl"):
            project, version, *_ = parse_wheel_filename(name)
        elif name.endswith((".tar.gz", ".zip")):
            project, version = parse_sdist_filename(name)
        else:
            raise InvalidWheelFilename(name)
    except (InvalidWheelFilename, InvalidSdistFilename):
        raise InputError(
            f"{name} is not a Python distribution file: the VSA needs a resourceUri",
            field="--resource-uri",
            hint="pass --resource-uri URI (how the deploy target names the artifact)",
        ) from None
    return f"pkg:pypi/{project}@{version}?file_name={name}"


def build_level(decision: Decision, evidence: Evidence, policy: DeployPolicy) -> int:
    """The SLSA build level the gate verified: 0 without passed provenance; 1 when the
    provenance is signed with a development key or the policy names no trusted builder
    (anyone with the key could claim any build); 2 when provenance from a builder the policy
    trusts, signed by a production key, passed every rule."""
    passed = {r.rule for r in decision.rules if r.status is RuleStatus.PASS}
    provenances = evidence.of_type(KIND_TYPES["provenance"])
    if "provenance" not in passed or not provenances:
        return 0
    if any(a.trusted.development for a in provenances) or not policy.provenance.builder_ids:
        return 1
    return 2


def input_attestations(evidence: Evidence) -> list[dict[str, Any]]:
    """Each attestation the decision rests on (trusted and about the artifact), once, by the
    sha256 of its bytes (a DSSE envelope as one JSON line: the bytes of its referrer layer in a
    registry; a bundle file). VSA 1.0 gives an input attestation only `uri` and `digest`, and a
    file on the gate's disk has no URI the deploy target could use: the digest it is."""
    envelopes = dict(evidence.envelopes)
    files = {path.name: path for path in evidence.files}
    found: dict[str, dict[str, Any]] = {}
    for accepted in evidence.distinct():
        source = accepted.source
        envelope = envelopes.get(source)
        if envelope is not None:
            data = envelope.to_json_line()
        elif source in files:
            data = files[source].read_bytes()
        else:  # pragma: no cover - every accepted statement comes from one of the two
            continue
        digest = hashlib.sha256(data).hexdigest()
        found.setdefault(digest, {"digest": {"sha256": digest}})
    return list(found.values())


def verification_summary(
    decision: Decision,
    evidence: Evidence,
    policy: DeployPolicy,
    artifact: Path,
    context: SummaryContext,
) -> Statement:
    """The VSA of `decision` about `artifact` (the file every subject was checked against)."""
    from sscli.stores.oci.manifests import descriptor_of, distribution_manifest

    level = build_level(decision, evidence, policy)
    result = PASSED if decision.allowed else FAILED
    predicate: dict[str, Any] = {
        "verifier": {"id": context.verifier_id, "version": {"sscli": sscli.__version__}},
        "timeVerified": context.time_verified.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "resourceUri": context.resource_uri,
        "policy": {"uri": context.policy_uri, "digest": {"sha256": context.policy_sha256}},
        "inputAttestations": input_attestations(evidence),
        "verificationResult": result,
        "verifiedLevels": [f"SLSA_BUILD_LEVEL_{level}"] if result == PASSED else [FAILED],
        "slsaVersion": SLSA_VERSION,
        DETAILS_FIELD: {
            "rules": [{"rule": r.rule, "status": r.status.value} for r in decision.rules]
        },
    }
    validate_predicate(PredicateType.SLSA_VSA_V1, predicate)
    manifest = distribution_manifest(artifact.name, decision.sha256, artifact.stat().st_size)
    subjects = (
        ResourceDescriptor(digest={"sha256": decision.sha256}, name=artifact.name),
        ResourceDescriptor(
            digest={"sha256": descriptor_of(manifest).digest.removeprefix("sha256:")},
            name=artifact.name,
            media_type=OCI_MANIFEST_TYPE,
        ),
    )
    return Statement(subjects, PredicateType.SLSA_VSA_V1, predicate)


def policy_identity(path: Path, uri: str | None) -> tuple[str, str]:
    """The policy's URI (--policy-uri, else the file's) and the sha256 of its bytes."""
    from sscli.fsutil import hash_file

    return uri or path.resolve().as_uri(), hash_file(path)["sha256"]


__all__: Sequence[str] = [
    "FAILED",
    "PASSED",
    "SummaryContext",
    "build_level",
    "default_resource_uri",
    "input_attestations",
    "policy_identity",
    "verification_summary",
    "verifier_id",
]

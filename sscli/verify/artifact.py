"""Verify one artifact against a deploy policy.

Fail closed: every rule needs positive evidence. The artifact is read once, and every subject is
checked against those digests, which the report gives. An attestation counts only if it parses,
is signed by a signer the policy trusts *for its predicate type* (meeting that signer's
threshold), and names the artifact's digest as a subject (`sscli.verify.evidence`). The rules
(`sscli.verify.rules`) then judge every trusted statement; policy exceptions may waive a failed
rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sscli.attest.verify import artifact_digests
from sscli.errors import InputError
from sscli.fsutil import scan_directory
from sscli.policy.deploy import KIND_TYPES, DeployPolicy
from sscli.verify.bundles import BundleTrust
from sscli.verify.context import GateContext, Rescan
from sscli.verify.decision import Decision
from sscli.verify.dependencies import dependency_evidence
from sscli.verify.evidence import BUNDLE_SUFFIX, ENVELOPES_SUFFIX, collect_evidence
from sscli.verify.rules import REGISTRY
from sscli.verify.signers import KeySigner, key_signers, keyless_identities
from sscli.verify.waivers import apply_exceptions

if TYPE_CHECKING:
    from sscli.attest.trustroot import TrustRoot

__all__ = ["Rescan", "find_attestations", "policy_roots", "verify_artifact"]


def policy_roots(
    policy: DeployPolicy, fallback: Callable[[], list[TrustRoot]] | None = None
) -> list[TrustRoot]:
    """The Sigstore trusted roots of `policy` (its `trusted_root` files); without any, those of
    `fallback` (the CLI's: what `sscli trust update` cached), else the public-good root bundled
    with sigstore-python. An unreadable root file is an `InputError`."""
    from sscli.attest.trustroot import bundled_public_good, load_trust_roots

    if policy.trusted_roots:
        return [root for path in policy.trusted_roots for root in load_trust_roots(path)]
    return fallback() if fallback is not None else [bundled_public_good()]


def find_attestations(artifact: Path, given: Sequence[Path]) -> list[Path]:
    """`<artifact>.intoto.jsonl`, `<artifact>.sigstore.json` and `<artifact>.*.sigstore.json`
    beside it, plus given files (directories: their *.jsonl, such as `gh attestation
    download`'s `sha256:HEX.jsonl`, and *.sigstore.json). What each file holds is told later
    by its content.

    Entries are found by name without being opened: one that is not a regular file (a FIFO
    planted beside the artifact) is listed all the same, so that reading it fails the
    `attestations` rule instead of being silently skipped or hanging the gate."""
    suffixes = (ENVELOPES_SUFFIX, BUNDLE_SUFFIX)
    name = artifact.name
    regular, other = scan_directory(artifact.parent, suffixes)
    found = [
        p
        for p in sorted([*regular, *other])
        if p.name in (name + ENVELOPES_SUFFIX, name + BUNDLE_SUFFIX)
        or (p.name.startswith(name + ".") and p.name.endswith(BUNDLE_SUFFIX))
    ]
    for path in given:
        if path.is_dir():
            regular, other = scan_directory(path, (".jsonl", BUNDLE_SUFFIX))
            found += sorted([*regular, *other])
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            raise InputError("no such attestation file or directory", path=path)
    return list(dict.fromkeys(found))


def verify_artifact(
    artifact: Path,
    attestations: Sequence[Path],
    policy: DeployPolicy,
    *,
    now: datetime | None = None,
    rescan: Rescan | None = None,
    dependency_attestations: Sequence[Path] = (),
    trust_roots: Callable[[], Sequence[TrustRoot]] | None = None,
    signers: Sequence[KeySigner] | None = None,
) -> Decision:
    """The decision for `artifact`; never raises for a policy failure (see the rules).

    `dependency_attestations` hold the ingest records of the build's dependencies: files, or
    directories of `<sha256>.intoto.jsonl` (the vault's attestations/); they are needed when
    the policy requires `ingest`. A policy whose thresholds cannot be reached, or whose keys do
    not load, is an `InputError` before anything is verified. A batch passes the `signers`
    (`key_signers(policy)`) it loaded once.

    `trust_roots` gives the Sigstore trusted roots bundles are verified against (called only
    when there is a bundle); without it, the policy's `trusted_root` files, else the
    public-good root bundled with sigstore-python."""
    now = now or datetime.now(tz=UTC)
    signers = key_signers(policy) if signers is None else tuple(signers)
    trust = BundleTrust(
        signers, keyless_identities(policy), trust_roots or (lambda: policy_roots(policy)), now
    )
    digests = artifact_digests(artifact)  # the one read of the artifact
    evidence = collect_evidence(attestations, signers, digests, trust)
    dependencies = None
    if KIND_TYPES["ingest"] in policy.required_types:
        dependencies = dependency_evidence(
            evidence.of_type(KIND_TYPES["provenance"]),
            envelopes=evidence.envelopes,
            record_sources=dependency_attestations,
            signers=signers,
            policy=policy,
            now=now,
        )
    context = GateContext(artifact, digests, policy, now, evidence, dependencies, rescan)
    results = [rule.run(context) for rule in REGISTRY]
    names = evidence.subject_names()
    return Decision(
        str(artifact),
        digests["sha256"],
        apply_exceptions(results, policy, names, now.date()),
        names,
        [item.trusted.to_json() for item in evidence.distinct()],
        evidence=evidence,
    )

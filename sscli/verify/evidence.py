"""The gate's evidence: every attestation file read once, every envelope and bundle checked
against the policy's trusted signers, and what is left: the statements that are signed by a
signer trusted for their predicate type and name the artifact's digest.

Nothing about the unsigned container counts: the order of its lines, duplicates, lines about
other artifacts or signed by strangers, the file names. Every trusted statement of a type is
kept (duplicates once), so a rule that judges statements judges all of them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.dsse import Envelope, read_envelopes
from sscli.attest.keys import is_development_key
from sscli.attest.predicates import validate_predicate
from sscli.attest.statement import SIGNING_KEY_ANNOTATION, ResourceDescriptor, Statement
from sscli.attest.verify import check_signatures, matching_subjects
from sscli.errors import InputError, PolicyError
from sscli.policy.deploy import KIND_TYPES, SOURCE_KINDS, DeployPolicy, TrustedSigner
from sscli.verify.signers import KeySigner

BUNDLE_SUFFIX = ".sigstore.json"
ENVELOPES_SUFFIX = ".intoto.jsonl"
SOURCE_TYPES = frozenset(KIND_TYPES[k] for k in SOURCE_KINDS)


@dataclass(frozen=True)
class Authenticated:
    """A statement signed by signers the policy trusts for its predicate type."""

    statement: Statement
    signers: tuple[TrustedSigner, ...]
    source: str  # file:line (or the bundle file) it came from
    development: bool  # signed with a development key (policy, key file or statement says so)
    digest: str  # sha256 of the statement's canonical JSON: the same statement twice is one
    logged: datetime | None = None  # a Sigstore bundle's verified transparency-log time

    @property
    def predicate_type(self) -> str:
        return self.statement.predicate_type

    @property
    def signer_names(self) -> str:
        return ", ".join(s.name for s in self.signers)


@dataclass(frozen=True)
class Accepted:
    """A trusted statement about the artifact: `subjects` are those whose digests matched (a
    statement may name the same bytes twice, under two names: both count)."""

    trusted: Authenticated
    subjects: tuple[ResourceDescriptor, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(subject.name for subject in self.subjects)

    @property
    def statement(self) -> Statement:
        return self.trusted.statement

    @property
    def source(self) -> str:
        return self.trusted.source


@dataclass(frozen=True)
class Rejection:
    reason: str
    tampered: bool = False  # a signature claims a trusted key and does not verify
    source: str = ""


@dataclass
class Evidence:
    """What the attestation files hold, judged."""

    files: list[Path]
    read: int = 0  # envelopes and bundles parsed
    problems: list[tuple[str, str]] = field(default_factory=list)  # (message, file)
    accepted: list[Accepted] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    envelopes: list[tuple[str, Envelope]] = field(default_factory=list)  # (source, envelope)
    # trusted source attestations (Source VSA, source scan): about a commit, not the artifact
    about_commits: list[Authenticated] = field(default_factory=list)

    def of_type(self, predicate_type: str) -> list[Accepted]:
        """The distinct trusted statements of `predicate_type` about the artifact."""
        return [a for a in self.distinct() if a.statement.predicate_type == predicate_type]

    def distinct(self) -> list[Accepted]:
        """Every trusted statement about the artifact once, however often the files hold it
        (the first occurrence gives its location)."""
        seen: dict[str, Accepted] = {}
        for item in self.accepted:
            seen.setdefault(item.trusted.digest, item)
        return list(seen.values())

    @property
    def tampered(self) -> list[Rejection]:
        return [r for r in self.rejected if r.tampered]

    def subject_names(self) -> tuple[str, ...]:
        """The names the trusted statements give the artifact (the subjects that matched)."""
        return tuple(sorted({name for a in self.accepted for name in a.names}))


def collect_evidence(
    files: Sequence[Path],
    signers: Sequence[KeySigner],
    policy: DeployPolicy,
    digests: Mapping[str, str],
) -> Evidence:
    """Read every file once and keep the statements trusted for the artifact of `digests`."""
    evidence = Evidence(list(files))
    bundles = []
    for path in files:
        try:
            if path.name.endswith(BUNDLE_SUFFIX):
                bundles.append((path, _load_bundle(path)))
            else:
                lines = read_envelopes(path)
                evidence.envelopes += [(f"{path.name}:{n}", e) for n, e in enumerate(lines, 1)]
        except InputError as exc:
            evidence.problems.append((exc.message, str(path)))
    evidence.read = len(evidence.envelopes) + len(bundles)
    for source, envelope in evidence.envelopes:
        _judge(evidence, authenticate(envelope, signers, source), digests, source)
    for path, bundle in bundles:
        for outcome in _authenticate_bundle(path, bundle, policy):
            _judge(evidence, outcome, digests, path.name)
    return evidence


def _judge(
    evidence: Evidence,
    outcome: Authenticated | Rejection,
    digests: Mapping[str, str],
    source: str,
) -> None:
    if isinstance(outcome, Rejection):
        evidence.rejected.append(outcome)
        return
    subjects = matching_subjects(outcome.statement, digests)
    if not subjects and _about_a_commit(outcome.statement):
        try:
            validate_predicate(outcome.predicate_type, dict(outcome.statement.predicate))
        except InputError as exc:
            reason = f"signed, but its predicate is malformed: {exc.message}"
            evidence.rejected.append(Rejection(reason, source=source))
            return
        evidence.about_commits.append(outcome)
        return
    if not subjects:
        reason = "signed, but for another artifact (no subject has this digest)"
        evidence.rejected.append(Rejection(reason, source=source))
        return
    try:
        validate_predicate(outcome.predicate_type, dict(outcome.statement.predicate))
    except InputError as exc:
        reason = f"signed, but its predicate is malformed: {exc.message}"
        evidence.rejected.append(Rejection(reason, source=source))
        return
    evidence.accepted.append(Accepted(outcome, subjects))


def _about_a_commit(statement: Statement) -> bool:
    """A source attestation: of a source predicate type, its subject a git commit."""
    return statement.predicate_type in SOURCE_TYPES and any(
        "gitCommit" in subject.digest for subject in statement.subjects
    )


def authenticate(
    envelope: Envelope, signers: Sequence[KeySigner], source: str, predicate_type: str | None = None
) -> Authenticated | Rejection:
    """The statement of `envelope` if signers trusted for its predicate type (and, when given,
    for `predicate_type` only) signed it, each meeting its threshold."""
    if envelope.payload_type != PAYLOAD_TYPE:
        return Rejection(
            f"payloadType is {envelope.payload_type!r}, not {PAYLOAD_TYPE!r}", source=source
        )
    if not envelope.signatures:
        return Rejection("the envelope has no signatures", source=source)
    keys = list({key.keyid: key for s in signers for key in s.keys}.values())
    checked = check_signatures(envelope, keys)
    if checked.failed:
        reason = "; ".join(checked.reasons)
        return Rejection(f"names a trusted key but does not verify: {reason}", True, source)
    reached = [s for s in signers if len(checked.verified & s.keyids) >= s.signer.threshold]
    if not reached:
        shortfalls = [
            f"{s.signer.name}: {len(checked.verified & s.keyids)} of the "
            f"{s.signer.threshold} required distinct keys signed"
            for s in signers
            if checked.verified & s.keyids
        ]
        detail = "; ".join(shortfalls or checked.reasons) or "no trusted key signed it"
        return Rejection(
            f"signature does not verify with a trusted signer: {detail}", source=source
        )
    try:
        from sscli.attest.statement import parse_statement

        statement = parse_statement(envelope.payload)
    except InputError as exc:
        return Rejection(f"signed, but not an in-toto statement: {exc.message}", source=source)
    trusted = [
        s
        for s in reached
        if statement.predicate_type in s.signer.predicate_types
        and predicate_type in (None, statement.predicate_type)
    ]
    if not trusted:
        names = ", ".join(s.signer.name for s in reached)
        return Rejection(
            f"signer {names} is not trusted for {statement.predicate_type}", source=source
        )
    # A key is a development key if any file the policy loads it from says so.
    labelled = {k.keyid for s in signers for k in s.keys if is_development_key(k)}
    development = (
        any(s.signer.development for s in trusted)
        or bool(checked.verified & labelled)
        or statement.annotation(SIGNING_KEY_ANNOTATION) == "development"
    )
    return Authenticated(
        statement, tuple(s.signer for s in trusted), source, development, _digest(statement)
    )


def _load_bundle(path: Path) -> Any:
    from sscli.attest.bundle import load_bundle

    return load_bundle(path)


def _authenticate_bundle(
    path: Path, bundle: Any, policy: DeployPolicy
) -> list[Authenticated | Rejection]:
    """The bundle's statement, once per signer whose Sigstore identity signed it (or why not)."""
    from sscli.attest.bundle import certificate_identities
    from sscli.attest.verify import verify_dsse_bundle
    from sscli.policy.patterns import is_pattern, matches

    reasons: list[str] = []
    claimed: list[str] | None = None
    for signer in policy.signers:
        for identity in signer.sigstore:
            if is_pattern(identity.identity):
                if claimed is None:
                    try:
                        claimed = certificate_identities(bundle, path)
                    except InputError as exc:
                        return [Rejection(exc.message, source=path.name)]
                candidates = [name for name in claimed if matches(identity.identity, name)]
                if not candidates:
                    reasons.append(
                        f"{signer.name}: no certificate identity matches {identity.identity}"
                    )
            else:
                candidates = [identity.identity]
            for exact in candidates:
                try:
                    statement = verify_dsse_bundle(
                        bundle, where=path, identity=exact, issuer=identity.issuer
                    )
                except (PolicyError, InputError) as exc:
                    reasons.append(f"{signer.name}: {exc.message}")
                    continue
                if statement.predicate_type not in signer.predicate_types:
                    reasons.append(
                        f"signer {signer.name} is not trusted for {statement.predicate_type}"
                    )
                    continue
                development = (
                    _development_identity(policy, exact, identity.issuer)
                    or statement.annotation(SIGNING_KEY_ANNOTATION) == "development"
                )
                logged = _logged_time(bundle)
                digest = _digest(statement)
                return [Authenticated(statement, (signer,), path.name, development, digest, logged)]
    return [Rejection("; ".join(reasons) or "no trusted Sigstore identity", source=path.name)]


def _development_identity(policy: DeployPolicy, identity: str, issuer: str) -> bool:
    """Whether any signer marked `development` names this verified identity."""
    from sscli.policy.patterns import matches

    return any(
        s.development
        and any(i.issuer == issuer and matches(i.identity, identity) for i in s.sigstore)
        for s in policy.signers
    )


def _logged_time(bundle: Any) -> datetime | None:
    """When the transparency log recorded a verified bundle (Rekor's time, not the signer's)."""
    seconds = getattr(getattr(bundle.log_entry, "_inner", None), "integrated_time", None)
    try:
        return datetime.fromtimestamp(int(seconds), tz=UTC) if seconds is not None else None
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _digest(statement: Statement) -> str:
    return hashlib.sha256(statement.to_json_bytes()).hexdigest()

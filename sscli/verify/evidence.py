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
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.dsse import Envelope, read_envelopes
from sscli.attest.keys import is_development_key
from sscli.attest.predicates import validate_predicate
from sscli.attest.statement import SIGNING_KEY_ANNOTATION, ResourceDescriptor, Statement
from sscli.attest.verify import check_signatures, matching_subjects
from sscli.errors import InputError
from sscli.fsutil import open_regular
from sscli.policy.deploy import KIND_TYPES, SOURCE_KINDS, TrustedSigner
from sscli.verify.signers import KeySigner

if TYPE_CHECKING:
    from sscli.verify.bundles import BundleTrust

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
    logged: datetime | None = None  # a Sigstore bundle's verified signing time (log or TSA)
    sigstore_signer: str | None = None  # a bundle's verified certificate subject, or key id
    # a keyless bundle's identity fields checked: FieldMatch dicts (field, expected, actual)
    identity_fields: tuple[dict[str, Any], ...] = ()

    @property
    def predicate_type(self) -> str:
        return self.statement.predicate_type

    @property
    def signer_names(self) -> str:
        return ", ".join(s.name for s in self.signers)

    def matched_fields(self) -> list[str]:
        """The identity fields a keyless bundle's certificate matched."""
        return [f["field"] for f in self.identity_fields if f.get("matched")]

    def to_json(self) -> dict[str, Any]:
        """For the report: where the statement came from, who signed it and, for a Sigstore
        bundle, the verified signer, time and every identity field checked."""
        data: dict[str, Any] = {
            "source": self.source,
            "predicateType": self.predicate_type,
            "signers": [s.name for s in self.signers],
            "development": self.development,
        }
        if self.sigstore_signer is not None:
            data["sigstore"] = {
                "signer": self.sigstore_signer,
                "signingTime": self.logged.isoformat() if self.logged else None,
                "identity": list(self.identity_fields),
            }
        return data


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
    """Why one attestation was not taken as evidence, and whether it was tampered with."""

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

    def of_kind(self, kind: str) -> list[Accepted]:
        """The distinct trusted statements of any predicate type of the policy's `kind` (an
        SBOM: CycloneDX or SPDX)."""
        from sscli.policy.deploy import KIND_ALL_TYPES

        types = KIND_ALL_TYPES[kind]
        return [a for a in self.distinct() if a.statement.predicate_type in types]

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
    digests: Mapping[str, str],
    bundle_trust: BundleTrust,
) -> Evidence:
    """Read every file and keep the statements trusted for the artifact of `digests`. What a
    file holds is told by its content, never its name: DSSE envelopes (one per line), or
    Sigstore bundles (one, or the JSON Lines `gh attestation download` writes)."""
    evidence = Evidence(list(files))
    bundles = []
    for path in files:
        try:
            if _holds_bundles(path):
                # Sigstore's verification machinery only for files that hold bundles.
                from sscli.attest.bundle_verify import MAX_BUNDLES
                from sscli.attest.sigstore_bundle import parse_bundle, read_bundle_file

                found = read_bundle_file(path)
                if len(found) > MAX_BUNDLES:
                    raise InputError(f"more than {MAX_BUNDLES} bundles in one file", path=path)
                bundles += [parse_bundle(data, origin=origin) for origin, data in found]
            else:
                lines = read_envelopes(path)
                evidence.envelopes += [(f"{path.name}:{n}", e) for n, e in enumerate(lines, 1)]
        except InputError as exc:
            evidence.problems.append((exc.message, str(path)))
    evidence.read = len(evidence.envelopes) + len(bundles)
    for source, envelope in evidence.envelopes:
        _judge(evidence, authenticate(envelope, signers, source), digests, source)
    if bundles:
        bundle_trust.roots  # noqa: B018 - loaded here: an unusable trusted root is bad input
    for bundle in bundles:
        from sscli.verify.bundles import authenticate_bundle

        outcome = authenticate_bundle(bundle, bundle_trust)
        _judge(evidence, outcome, digests, outcome.source)
    return evidence


def _holds_bundles(path: Path) -> bool:
    """Whether `path` holds Sigstore bundles, told by the first document's media type."""
    from sscli.attest.bundle_media import is_bundle_data

    with open_regular(path) as handle:
        try:
            head = handle.read(65536)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from exc
    return is_bundle_data(head)


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
        statement,
        tuple(s.signer for s in trusted),
        source,
        development,
        statement_digest(statement),
    )


def statement_digest(statement: Statement) -> str:
    """What makes two trusted statements one: the sha256 of the statement's canonical JSON."""
    return hashlib.sha256(statement.to_json_bytes()).hexdigest()

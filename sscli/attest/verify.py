"""Verification primitives the deploy gate composes: keys with a threshold, Sigstore bundles
against an identity with a pinned trusted root (offline, through `bundle_verify`), and
subject digests against a file.

Every rejection is a `PolicyError` (exit 1) naming what failed; malformed input is an
`InputError` (exit 2).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.dsse import Envelope
from sscli.attest.statement import (
    HEX_DIGEST_LENGTHS,
    ResourceDescriptor,
    Statement,
    parse_statement,
)
from sscli.errors import InputError, PolicyError
from sscli.fsutil import hash_file

if TYPE_CHECKING:
    from securesystemslib.signer import SSlibKey  # type: ignore[attr-defined]  # re-exported without `as`

    from sscli.attest.publickey import PublicKey

    TrustedKey = PublicKey | SSlibKey  # a PEM file's key, or a KMS/HSM key's

# Digests an artifact is checked with; weaker ones in a subject are ignored, never trusted alone.
CHECKED_ALGORITHMS = ("sha256", "sha384", "sha512")


class VerifiedEnvelope(NamedTuple):  # NamedTuples: built for every signature check, cheaply
    """An envelope whose signatures met the threshold, and its statement."""

    statement: Statement
    keyids: tuple[str, ...]


@dataclass(frozen=True)
class VerifiedBundle:
    """A Sigstore bundle that verified: the signer identity, and the statement if DSSE."""

    identity: str
    issuer: str
    statement: Statement | None


class SignatureCheck(NamedTuple):
    """What an envelope's signatures say about a set of trusted keys: the distinct trusted keys
    whose signature verifies, and the trusted keys named by a signature that does not (a
    signature that claims a trusted key and fails is tampering, not just too few signatures)."""

    verified: frozenset[str]
    failed: tuple[str, ...]
    reasons: tuple[str, ...]


def check_signatures(envelope: Envelope, keys: Sequence[TrustedKey]) -> SignatureCheck:
    """Check every signature of `envelope` over its PAE against `keys` (each key counts once)."""
    trusted = {key.keyid: key for key in keys}
    pae = envelope.pae()
    verified: set[str] = set()
    failed: list[str] = []
    reasons: list[str] = []
    for index, signature in enumerate(envelope.signatures):
        keyid = _verify_one(signature.sig, signature.keyid, trusted, pae)
        if keyid is not None:
            verified.add(keyid)
            continue
        hint = signature.keyid[:12] or "none"
        known = signature.keyid in trusted
        if known:
            failed.append(signature.keyid)
        kind = "a trusted" if known else "an unknown"
        reasons.append(f"signature {index} (keyid {hint}, {kind} key) does not verify")
    return SignatureCheck(frozenset(verified), tuple(failed), tuple(reasons))


def distinct_keys(keys: Sequence[TrustedKey]) -> int:
    """How many distinct keys `keys` holds (the same key in two files counts once)."""
    return len({key.keyid for key in keys})


def verify_envelope(
    envelope: Envelope, keys: Sequence[TrustedKey], threshold: int = 1
) -> VerifiedEnvelope:
    """Check that at least `threshold` distinct trusted keys signed the envelope.

    Each trusted key counts once however many signatures carry its key id, so a repeated
    signature never counts twice. The payload type must be the in-toto one. A threshold that
    the distinct keys cannot reach is an input error (exit 2), whatever the envelope.
    """
    if threshold < 1:
        raise InputError("the threshold must be at least 1", field="--threshold")
    if (threshold > 1 or not keys) and threshold > distinct_keys(keys):  # any key is one
        raise InputError(
            f"threshold {threshold} exceeds the {distinct_keys(keys)} distinct trusted key(s)",
            field="--threshold",
            hint="the same public key given twice (in two files) counts once",
        )
    if envelope.payload_type != PAYLOAD_TYPE:
        raise PolicyError(f"payloadType is {envelope.payload_type!r}, not {PAYLOAD_TYPE!r}")
    if not envelope.signatures:
        raise PolicyError("the envelope has no signatures")
    checked = check_signatures(envelope, keys)
    if len(checked.verified) < threshold:
        detail = "; ".join(checked.reasons) or "signatures from too few distinct keys"
        raise PolicyError(
            f"{len(checked.verified)} of the {threshold} required distinct trusted keys "
            f"signed: {detail}"
        )
    return VerifiedEnvelope(parse_statement(envelope.payload), tuple(sorted(checked.verified)))


def _verify_one(sig: bytes, keyid: str, trusted: dict[str, Any], pae: bytes) -> str | None:
    # The keyid is an unauthenticated hint (DSSE): without one, every trusted key is tried.
    key = trusted.get(keyid)
    candidates = (key,) if key is not None else (() if keyid else tuple(trusted.values()))
    for key in candidates:
        if signature_verifies(key, sig, pae):
            return str(key.keyid)
    return None


def signature_verifies(key: Any, signature: bytes, data: bytes) -> bool:
    """Whether `signature` over `data` verifies with a trusted key: a PEM file's `PublicKey`
    checks it itself; a KMS key (securesystemslib's `SSlibKey`) through securesystemslib."""
    from sscli.attest.publickey import PublicKey

    if isinstance(key, PublicKey):
        return key.verifies(signature, data)
    signature_type, rejections = _SSLIB or _sslib_verification()
    try:
        key.verify_signature(signature_type(key.keyid, signature.hex()), data)
    except rejections:  # VerificationError: a signature malformed for this key's algorithm
        return False
    return True


# securesystemslib's Signature class and the errors of a signature that does not verify,
# imported on the first check (a `from package import` costs microseconds every time).
_SSLIB: tuple[Any, tuple[type[Exception], ...]] | None = None


def _sslib_verification() -> tuple[Any, tuple[type[Exception], ...]]:
    global _SSLIB  # noqa: PLW0603 - set once, on the first signature checked
    from securesystemslib.exceptions import UnverifiedSignatureError, VerificationError
    from securesystemslib.signer import Signature  # type: ignore[attr-defined]  # re-exported without `as`

    _SSLIB = Signature, (UnverifiedSignatureError, VerificationError)
    return _SSLIB


def development_signed(statement: Statement | None, keys: Sequence[TrustedKey] = ()) -> bool:
    """Whether a verified statement was signed with a development key, as the deploy gate
    judges it: one of `keys` (those whose signatures verified) is labelled as one in its PEM
    file, or the signed statement says so. (Whoever holds a key controls the statement's
    label, so an unlabelled statement from a labelled key is a development one all the same.)"""
    from sscli.attest.keys import is_development_key
    from sscli.attest.statement import SIGNING_KEY_ANNOTATION

    labelled = any(is_development_key(key) for key in keys)
    said = statement is not None and statement.annotation(SIGNING_KEY_ANNOTATION) == "development"
    return labelled or said


def artifact_digests(artifact: Path) -> dict[str, str]:
    """The digests subjects are checked with, from one read of `artifact` (one open file): the
    caller checks every subject against these and reports them, so bytes swapped in after
    this read are never what was checked."""
    return hash_file(artifact, CHECKED_ALGORITHMS)


def matching_subjects(
    statement: Statement, digests: Mapping[str, str]
) -> tuple[ResourceDescriptor, ...]:
    """Every subject of `statement` whose digests match `digests`.

    A subject matches when it lists at least one of sha256/sha384/sha512 and every one of
    those it lists equals the artifact's. Names are not consulted.
    """
    return tuple(
        subject
        for subject in statement.subjects
        if (algorithms := [a for a in CHECKED_ALGORITHMS if a in subject.digest])
        and all(digests.get(a) == subject.digest[a] for a in algorithms)
    )


def match_subject(statement: Statement, digests: Mapping[str, str]) -> ResourceDescriptor | None:
    """The first subject of `statement` whose digests match `digests`, or None."""
    return next(iter(matching_subjects(statement, digests)), None)


def check_subject(
    statement: Statement, artifact: Path, digests: Mapping[str, str] | None = None
) -> ResourceDescriptor:
    """The subject of `statement` whose digests match `artifact`'s contents (`digests`, when
    the caller has read it already); a `PolicyError` when none does."""
    actual = digests if digests is not None else artifact_digests(artifact)
    subject = match_subject(statement, actual)
    if subject is not None:
        return subject
    listed = ", ".join(_describe(s) for s in statement.subjects)
    raise PolicyError(
        f"no subject matches {artifact} (sha256 {actual['sha256']}); the statement covers: {listed}"
    )


def _describe(subject: ResourceDescriptor) -> str:
    digests = ",".join(f"{k}:{v[:16]}" for k, v in sorted(subject.digest.items()))
    return f"{subject.name or '(unnamed)'} [{digests}]"


# --- Sigstore -----------------------------------------------------------------------------


def verify_sigstore_bundle(
    bundle_path: Path,
    *,
    identity: str,
    issuer: str,
    artifact: Path,
    trusted_root: Path | None = None,
) -> VerifiedBundle:
    """Verify a Sigstore bundle offline against `identity` (certificate SAN), `issuer`, and
    `artifact` (`bundle_verify`: for DSSE, the statement's subjects are checked too).

    `trusted_root` pins the Sigstore trusted root (a trusted_root.json, or the JSON Lines of
    `gh attestation trusted-root`); without it, the production root bundled with
    sigstore-python is used, never a TUF refresh.
    """
    from sscli.attest.sigstore_bundle import Artifact

    result = _verify_keyless(
        bundle_path, identity, issuer, Artifact.of_file(artifact), trusted_root
    )
    return VerifiedBundle(identity, issuer, result.statement)


def verify_sigstore_dsse(
    bundle_path: Path, *, identity: str, issuer: str, trusted_root: Path | None = None
) -> VerifiedBundle:
    """Verify a DSSE Sigstore bundle's signature, certificate, identity and log entry offline,
    and return its statement.

    The statement's subjects are NOT checked against any artifact: callers must pass the
    result to `check_subject` (as `verify_sigstore_bundle` does) before trusting it.
    """
    result = _verify_keyless(bundle_path, identity, issuer, None, trusted_root)
    return VerifiedBundle(identity, issuer, result.statement)


def _verify_keyless(
    bundle_path: Path, identity: str, issuer: str, artifact: Any, trusted_root: Path | None
) -> Any:
    from sscli.attest.bundle_verify import verify_bundle
    from sscli.attest.identity import identity_spec
    from sscli.attest.sigstore_bundle import parse_bundle, read_bundle_file
    from sscli.attest.trustroot import bundled_public_good, load_trust_roots

    found = read_bundle_file(bundle_path)
    if len(found) != 1:
        raise InputError(f"holds {len(found)} bundles, expected one", path=bundle_path)
    bundle = parse_bundle(found[0][1], origin=str(bundle_path))
    if artifact is None and not bundle.is_dsse:
        raise InputError("not a DSSE bundle (a message signature)", path=bundle_path)
    if bundle.key_hint is not None:
        raise PolicyError(f"Sigstore bundle {bundle_path} is signed with a key, not keyless")
    roots = load_trust_roots(trusted_root) if trusted_root else [bundled_public_good()]
    spec = identity_spec(issuer=issuer, identity=identity)
    return verify_bundle(bundle, roots, artifact=artifact, identity=spec)


__all__ = [
    "CHECKED_ALGORITHMS",
    "HEX_DIGEST_LENGTHS",
    "SignatureCheck",
    "VerifiedBundle",
    "VerifiedEnvelope",
    "artifact_digests",
    "check_signatures",
    "check_subject",
    "development_signed",
    "distinct_keys",
    "match_subject",
    "matching_subjects",
    "verify_envelope",
    "verify_sigstore_bundle",
    "verify_sigstore_dsse",
]

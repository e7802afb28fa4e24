"""Verification primitives the deploy gate composes: keys with a threshold, Sigstore bundles
against an identity with a pinned trusted root (offline), and subject digests against a file.

Every rejection is a `PolicyError` (exit 1) naming what failed; malformed input is an
`InputError` (exit 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.bundle import load_bundle
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
    from importlib.resources.abc import Traversable

    from securesystemslib.signer import SSlibKey  # type: ignore[attr-defined]  # re-exported without `as`

# Digests an artifact is checked with; weaker ones in a subject are ignored, never trusted alone.
CHECKED_ALGORITHMS = ("sha256", "sha384", "sha512")


@dataclass(frozen=True)
class VerifiedEnvelope:
    """An envelope whose signatures met the threshold, and its statement."""

    statement: Statement
    keyids: tuple[str, ...]


@dataclass(frozen=True)
class VerifiedBundle:
    """A Sigstore bundle that verified: the signer identity, and the statement if DSSE."""

    identity: str
    issuer: str
    statement: Statement | None


def verify_envelope(
    envelope: Envelope, keys: Sequence[SSlibKey], threshold: int = 1
) -> VerifiedEnvelope:
    """Check that at least `threshold` distinct trusted keys signed the envelope.

    Each trusted key counts once however many signatures carry its key id, so a repeated
    signature never counts twice. The payload type must be the in-toto one.
    """
    trusted = {key.keyid: key for key in keys}
    if threshold < 1:
        raise InputError("the threshold must be at least 1", field="--threshold")
    if threshold > len(trusted):
        raise InputError(
            f"threshold {threshold} exceeds the {len(trusted)} distinct trusted key(s)",
            field="--threshold",
        )
    if envelope.payload_type != PAYLOAD_TYPE:
        raise PolicyError(f"payloadType is {envelope.payload_type!r}, not {PAYLOAD_TYPE!r}")
    if not envelope.signatures:
        raise PolicyError("the envelope has no signatures")
    pae = envelope.pae()
    accepted: set[str] = set()
    reasons: list[str] = []
    for index, signature in enumerate(envelope.signatures):
        keyid = _verify_one(signature.sig, signature.keyid, trusted, pae)
        if keyid is None:
            hint = signature.keyid[:12] or "none"
            known = "a trusted" if signature.keyid in trusted else "an unknown"
            reasons.append(f"signature {index} (keyid {hint}, {known} key) does not verify")
        else:
            accepted.add(keyid)
    if len(accepted) < threshold:
        detail = "; ".join(reasons) if reasons else "signatures from too few distinct keys"
        raise PolicyError(
            f"{len(accepted)} of the {threshold} required distinct trusted keys signed: {detail}"
        )
    return VerifiedEnvelope(parse_statement(envelope.payload), tuple(sorted(accepted)))


def _verify_one(sig: bytes, keyid: str, trusted: dict[str, SSlibKey], pae: bytes) -> str | None:
    from securesystemslib.exceptions import UnverifiedSignatureError
    from securesystemslib.signer import Signature  # type: ignore[attr-defined]  # re-exported without `as`

    # The keyid is an unauthenticated hint (DSSE): without one, every trusted key is tried.
    candidates = [trusted[keyid]] if keyid in trusted else ([] if keyid else list(trusted.values()))
    for key in candidates:
        try:
            key.verify_signature(Signature(key.keyid, sig.hex()), pae)
        except UnverifiedSignatureError:
            continue
        return str(key.keyid)
    return None


def check_subject(statement: Statement, artifact: Path) -> ResourceDescriptor:
    """The subject of `statement` whose digests match `artifact`'s contents.

    A subject matches when it lists at least one of sha256/sha384/sha512 and every one of
    those it lists equals the file's digest. Names are not consulted.
    """
    needed = tuple(a for a in CHECKED_ALGORITHMS if any(a in s.digest for s in statement.subjects))
    actual = hash_file(artifact, needed or ("sha256",))  # one read, whatever the subjects
    for subject in statement.subjects:
        algorithms = [a for a in CHECKED_ALGORITHMS if a in subject.digest]
        if algorithms and all(actual[a] == subject.digest[a] for a in algorithms):
            return subject
    sha256 = actual.get("sha256") or hash_file(artifact, ("sha256",))["sha256"]
    listed = ", ".join(_describe(s) for s in statement.subjects)
    raise PolicyError(
        f"no subject matches {artifact} (sha256 {sha256}); the statement covers: {listed}"
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
    `artifact`.

    `trusted_root` pins the Sigstore trusted root (a trusted_root.json); without it, the
    production root bundled with sigstore-python is used, never a TUF refresh. For a DSSE bundle
    the statement's subjects are checked against `artifact` (sigstore-python does not); for a
    message-signature bundle the signature is checked over `artifact` itself.
    """
    from sigstore.errors import VerificationError
    from sigstore.verify import policy

    bundle = load_bundle(bundle_path)
    if bundle._dsse_envelope is not None:
        statement = _verify_dsse(bundle, bundle_path, identity, issuer, trusted_root)
        check_subject(statement, artifact)
        return VerifiedBundle(identity, issuer, statement)
    verifier = _offline_verifier(trusted_root)
    try:
        verifier.verify_artifact(
            _sha256_hashed(artifact), bundle, policy.Identity(identity=identity, issuer=issuer)
        )
    except VerificationError as exc:
        raise PolicyError(f"Sigstore bundle {bundle_path} does not verify: {exc}") from exc
    return VerifiedBundle(identity, issuer, None)


def verify_sigstore_dsse(
    bundle_path: Path, *, identity: str, issuer: str, trusted_root: Path | None = None
) -> VerifiedBundle:
    """Verify a DSSE Sigstore bundle's signature, certificate, identity and log entry offline,
    and return its statement.

    The statement's subjects are NOT checked against any artifact: callers must pass the
    result to `check_subject` (as `verify_sigstore_bundle` does) before trusting it.
    """
    bundle = load_bundle(bundle_path)
    if bundle._dsse_envelope is None:
        raise InputError("not a DSSE bundle (a message signature)", path=bundle_path)
    statement = _verify_dsse(bundle, bundle_path, identity, issuer, trusted_root)
    return VerifiedBundle(identity, issuer, statement)


def _verify_dsse(
    bundle: Any, bundle_path: Path, identity: str, issuer: str, trusted_root: Path | None
) -> Statement:
    from sigstore.errors import VerificationError
    from sigstore.verify import policy

    verifier = _offline_verifier(trusted_root)
    try:
        payload_type, payload = verifier.verify_dsse(
            bundle, policy.Identity(identity=identity, issuer=issuer)
        )
    except VerificationError as exc:
        raise PolicyError(f"Sigstore bundle {bundle_path} does not verify: {exc}") from exc
    if payload_type != PAYLOAD_TYPE:
        raise PolicyError(
            f"Sigstore bundle {bundle_path}: payloadType {payload_type!r} is not in-toto"
        )
    return parse_statement(payload)


def _offline_verifier(trusted_root: Path | None) -> Any:
    from importlib.resources import as_file

    from sigstore.models import TrustedRoot
    from sigstore.verify import Verifier

    try:
        if trusted_root is None:
            with as_file(_bundled_production_root()) as path:
                root = TrustedRoot.from_file(str(path))
        else:
            root = TrustedRoot.from_file(str(trusted_root))
        return Verifier(trusted_root=root)
    except Exception as exc:  # sigstore raises pydantic, JSON and its own errors here
        raise InputError(
            f"unusable trusted root: {exc}", path=trusted_root, field="--trusted-root"
        ) from exc


def _bundled_production_root() -> Traversable:
    # `Verifier.production(offline=True)` would read the user's TUF cache, which another
    # process may have refreshed: pin the root that ships inside the installed sigstore instead.
    from importlib.resources import files

    return files("sigstore._store").joinpath(
        "https%3A%2F%2Ftuf-repo-cdn.sigstore.dev", "trusted_root.json"
    )


def _sha256_hashed(artifact: Path) -> Any:
    from sigstore.hashes import Hashed
    from sigstore_models.common.v1 import HashAlgorithm

    digest = bytes.fromhex(hash_file(artifact, ("sha256",))["sha256"])
    return Hashed(algorithm=HashAlgorithm.SHA2_256, digest=digest)


__all__ = [
    "CHECKED_ALGORITHMS",
    "HEX_DIGEST_LENGTHS",
    "VerifiedBundle",
    "VerifiedEnvelope",
    "check_subject",
    "verify_envelope",
    "verify_sigstore_bundle",
    "verify_sigstore_dsse",
]

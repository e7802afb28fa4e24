"""Verification primitives the deploy gate composes: keys with a threshold, Sigstore bundles
against an identity with a pinned trusted root (offline, through `bundle_verify`), and
subject digests against a file.

Every rejection is a `PolicyError` (exit 1) naming what failed; malformed input is an
`InputError` (exit 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    "VerifiedBundle",
    "VerifiedEnvelope",
    "check_subject",
    "verify_envelope",
    "verify_sigstore_bundle",
    "verify_sigstore_dsse",
]

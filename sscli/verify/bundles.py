"""Sigstore bundles as the gate's evidence: each verified offline by `bundle_verify` against
the policy's signers (keyless identities with the checks of `gh attestation verify`, or trusted
keys for bundles signed with a key) and the trusted roots, or rejected with every reason.

What the bundle says before it verifies (its certificate's subject, its statement's predicate
type) only chooses what to check it against: a pattern's candidate subject, the predicate type
the identity is matched for. Verification then proves it, or the bundle is rejected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.statement import SIGNING_KEY_ANNOTATION, Statement, parse_statement
from sscli.errors import InputError, PolicyError, UsageError
from sscli.policy.patterns import matches
from sscli.verify.evidence import Authenticated, Rejection, statement_digest
from sscli.verify.signers import KeylessIdentity, KeySigner

if TYPE_CHECKING:  # loaded when there is a bundle to verify, not for every run of the gate
    from sscli.attest.identity import FulcioClaims
    from sscli.attest.sigstore_bundle import SigstoreBundle
    from sscli.attest.trustroot import TrustRoot


@dataclass(frozen=True)
class BundleTrust:
    """What bundles are verified against: the policy's keys and Sigstore identities, and the
    trusted roots (loaded on first use: only when there is a bundle to verify)."""

    keys: Sequence[KeySigner]
    keyless: Sequence[KeylessIdentity]
    load_roots: Callable[[], Sequence[TrustRoot]]
    now: datetime

    @cached_property
    def roots(self) -> Sequence[TrustRoot]:
        return self.load_roots()


def authenticate_bundle(bundle: SigstoreBundle, trust: BundleTrust) -> Authenticated | Rejection:
    """The bundle's statement, signed by the first signer of the policy it verifies for."""
    source = _name(bundle.origin)
    envelope = bundle.inner.dsse_envelope
    if envelope is None:
        return Rejection(
            "a Sigstore message signature, not an attestation (the gate reads in-toto "
            "statements in DSSE)",
            source=source,
        )
    if envelope.payload_type != PAYLOAD_TYPE:
        return Rejection(f"payloadType is {envelope.payload_type!r}, not in-toto", source=source)
    try:
        claimed = parse_statement(bytes(envelope.payload), accept_v01=True)
    except InputError as exc:
        return Rejection(
            f"signed payload is not an in-toto statement: {exc.message}", source=source
        )
    try:
        if bundle.key_hint is not None:
            return _key_signed(bundle, claimed, trust, source)
        return _keyless(bundle, claimed, trust, source)
    except (InputError, UsageError) as exc:
        return Rejection(f"unusable Sigstore bundle: {exc.message}", source=source)
    except PolicyError as exc:  # refused before any identity was tried (a root in the chain)
        return Rejection(exc.message, source=source)


def _keyless(
    bundle: SigstoreBundle, claimed: Statement, trust: BundleTrust, source: str
) -> Authenticated | Rejection:
    from sscli.attest.bundle_verify import leaf_certificate, verify_bundle
    from sscli.attest.identity import read_claims

    if not trust.keyless:
        return Rejection(
            "signed keyless, and the policy trusts no Sigstore identity", source=source
        )
    claims = read_claims(leaf_certificate(bundle))  # unverified: chooses candidates only
    kind = claimed.predicate_type
    reasons: list[str] = []
    for identity in trust.keyless:
        name = identity.signer.name
        subjects = _candidates(identity, claims)
        if not subjects:
            reasons.append(f"{name}: no certificate identity matches {identity.pattern}")
        for subject in subjects:
            spec = identity.with_subject(subject, kind)
            try:
                verified = verify_bundle(
                    bundle, trust.roots, artifact=None, identity=spec, now=trust.now
                )
            except PolicyError as exc:
                reasons.append(f"{name}: {exc.message}")
                continue
            assert verified.statement is not None and verified.claims is not None
            statement = verified.statement
            if kind not in identity.signer.predicate_types:  # who signed is known now
                reasons.append(f"signer {name} is not trusted for {kind}")
                continue
            development = (
                any(_vouches(other, verified.claims, kind) for other in trust.keyless)
                or statement.annotation(SIGNING_KEY_ANNOTATION) == "development"
            )
            return Authenticated(
                statement,
                (identity.signer,),
                source,
                development,
                statement_digest(statement),
                logged=verified.signing_time,
                sigstore_signer=verified.signer,
                identity_fields=tuple(verified.identity.to_dict()) if verified.identity else (),
            )
    return Rejection("; ".join(reasons) or "no trusted Sigstore identity", source=source)


def _candidates(identity: KeylessIdentity, claims: FulcioClaims) -> list[str | None]:
    """The subjects to verify the bundle as: those matching the identity's pattern, or (no
    pattern) the identity's own spec, which names its subject or checks GitHub's claims."""
    if identity.pattern is None:
        return [None]
    return [subject for subject in claims.subject if matches(identity.pattern, subject)]


def _vouches(identity: KeylessIdentity, claims: FulcioClaims, kind: str) -> bool:
    """Whether a development identity of the policy names this verified certificate."""
    from sscli.attest.identity import match_identity

    if not identity.signer.development:
        return False
    for subject in _candidates(identity, claims):
        try:
            match_identity(claims, identity.with_subject(subject, kind), kind)
        except PolicyError:
            continue
        return True
    return False


def _key_signed(
    bundle: SigstoreBundle, claimed: Statement, trust: BundleTrust, source: str
) -> Authenticated | Rejection:
    from sscli.attest.bundle_verify import key_id, verify_bundle
    from sscli.attest.keys import crypto_public_key, is_development_key

    if not trust.keys:
        return Rejection(
            "signed with a key (cosign --key), and the policy trusts no keys", source=source
        )
    by_id: dict[str, tuple[Any, list[KeySigner]]] = {}  # the key, the signers that trust it
    labelled: set[str] = set()  # a key is a development key if any file it comes from says so
    for signer in trust.keys:
        for key in signer.keys:
            public = crypto_public_key(key)
            entry = by_id.setdefault(key_id(public), (public, []))
            if signer not in entry[1]:
                entry[1].append(signer)
            if is_development_key(key):
                labelled.add(key_id(public))
    candidates = [public for public, _ in by_id.values()]
    try:
        verified = verify_bundle(bundle, trust.roots, artifact=None, keys=candidates, now=trust.now)
    except PolicyError as exc:
        # a bundle whose key hint names a trusted key and does not verify is tampering, as an
        # envelope whose keyid names one is (the hint is unauthenticated, so only this counts)
        hinted = _hinted_key(bundle.key_hint or "")
        if hinted in by_id:
            names = ", ".join(s.signer.name for s in by_id[hinted][1])
            reason = f"names a trusted key ({names}) but does not verify: {exc.message}"
            return Rejection(reason, True, source)
        return Rejection(exc.message, source=source)
    assert verified.statement is not None and verified.key_id is not None
    owners = by_id[verified.key_id][1]
    kind = verified.statement.predicate_type
    reached = [s for s in owners if s.signer.threshold <= 1]
    if not reached:
        names = ", ".join(f"{s.signer.name} (threshold {s.signer.threshold})" for s in owners)
        return Rejection(
            f"a Sigstore bundle carries one signature, and its signer needs more: {names}",
            source=source,
        )
    trusted = [s.signer for s in reached if kind in s.signer.predicate_types]
    if not trusted:
        names = ", ".join(s.signer.name for s in reached)
        return Rejection(f"signer {names} is not trusted for {kind}", source=source)
    statement = verified.statement
    development = (
        any(s.development for s in trusted)
        or verified.key_id in labelled
        or statement.annotation(SIGNING_KEY_ANNOTATION) == "development"
    )
    return Authenticated(
        statement,
        tuple(trusted),
        source,
        development,
        statement_digest(statement),
        logged=verified.signing_time,
        sigstore_signer=verified.signer,
    )


def _hinted_key(hint: str) -> str | None:
    """The key id a bundle's hint gives, as hex: cosign writes the key's SHA-256 in base64,
    others in hex."""
    import base64
    import binascii
    import re

    if re.fullmatch(r"[0-9a-f]{64}", hint):
        return hint
    try:
        raw = base64.b64decode(hint, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw.hex() if len(raw) == 32 else None


def _name(origin: str) -> str:
    """`dir/file.jsonl:3` as the report names it: `file.jsonl:3`."""
    return origin.replace("\\", "/").rsplit("/", 1)[-1]

"""Sigstore bundle verification of sscli's own, on sigstore-python's models and primitives.

sigstore-python's `Verifier` stops where much of what the ecosystem signs begins: bundles signed
with a key (cosign `--key`), `intoto` 0.0.2 log entries (npm and GitHub provenance of 2023-24),
bundles from GitHub's Sigstore instance (timestamp authority, no transparency log), and a
timestamp authority's validity end, which it treats as exclusive. This module verifies all of
them, offline, against a `TrustRoot`:

1. the bundle's structure for its version (v0.1 to v0.3), strictly decoded;
2. every transparency log entry: a log the root lists, the inclusion proof against a checkpoint
   signed by that log, the signed entry timestamp, the log key's validity at that time;
3. every RFC 3161 timestamp against the root's timestamp authorities (validity inclusive);
4. at least one verified time; a transparency log entry when the root has logs;
5. the signer: a Fulcio certificate chaining to a certificate authority of the root that was
   valid at every verified time (with an SCT when the root has CT logs) and the expected
   identity (`identity.match_identity`); or a trusted public key (the bundle's key hint is
   never trusted);
6. the signature over the artifact's digest, or over the DSSE envelope (exactly one signature);
7. every log entry's body against the signature, the signer and the artifact (or envelope);
8. for DSSE, that the in-toto statement names the artifact's digest: sigstore-python's
   `verify_dsse` does not.

Rejections are `PolicyError`s naming the step; malformed input is an `InputError`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.dsse import pae
from sscli.attest.identity import (
    FulcioClaims,
    IdentityMatch,
    IdentitySpec,
    certificate_extensions,
    match_identity,
    read_claims,
)
from sscli.attest.sigstore_bundle import (
    ARTIFACT_HASHES,
    Artifact,
    SigstoreBundle,
    parse_bundle,
    read_bundle_file,
)
from sscli.attest.statement import Statement, parse_statement
from sscli.attest.tlog import (
    LogEntryInfo,
    SignedContent,
    Signer,
    VerifiedTime,
    check_entry_body,
    check_log_entry,
    recorded_hash_algorithm,
)
from sscli.attest.trustroot import Authority, TrustRoot
from sscli.errors import InputError, PolicyError, UsageError
from sscli.fsutil import read_bytes_limited

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

CLOCK_SKEW = timedelta(minutes=5)  # a signed time later than now by more is refused
MAX_BUNDLES = 1024  # in one JSON Lines file


_ED25519_MESSAGE_LIMIT = 256 * 1024 * 1024


@dataclass(frozen=True)
class BundleVerification:
    """A bundle that verified, and what it proved."""

    origin: str
    media_type: str
    trusted_root: str
    signer: str  # the certificate's subject, or "key <id>"
    times: tuple[VerifiedTime, ...]
    log_entries: tuple[LogEntryInfo, ...]
    statement: Statement | None = None
    payload_type: str | None = None
    claims: FulcioClaims | None = None
    identity: IdentityMatch | None = None
    key_id: str | None = None

    @property
    def signing_time(self) -> datetime:
        return min(t.time for t in self.times)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "bundle": self.origin,
            "mediaType": self.media_type,
            "trustedRoot": self.trusted_root,
            "signer": self.signer,
            "signingTime": self.signing_time.isoformat(),
            "verifiedTimes": [t.to_dict() for t in self.times],
            "tlogEntries": [e.to_dict() for e in self.log_entries],
        }
        if self.key_id is not None:
            data["keyId"] = self.key_id
        if self.claims is not None:
            data["certificate"] = self.claims.to_dict()
        if self.identity is not None:
            data["identity"] = self.identity.to_dict()
        if self.statement is not None:
            data["predicateType"] = self.statement.predicate_type
            data["statement"] = self.statement.to_dict()
        return data


def verify_bundle(
    bundle: SigstoreBundle,
    roots: Sequence[TrustRoot],
    *,
    artifact: Artifact | None,
    identity: IdentitySpec | None = None,
    keys: Sequence[Any] = (),
    predicate_type: str | None = None,
    now: datetime | None = None,
) -> BundleVerification:
    """Verify `bundle` against the first of `roots` it verifies under (see the module's steps).

    A keyless bundle needs `identity`; a bundle signed with a key needs the trusted `keys`
    (cryptography public keys). `predicate_type` (or the identity's) is the statement type
    required. A `PolicyError` names, for each root tried, why it did not verify.

    `artifact` None is allowed for a DSSE bundle only, and then the statement's subjects are
    NOT checked: the caller must match them to the artifact before trusting the statement.
    """
    if artifact is None and not bundle.is_dsse:
        raise InputError(f"{bundle.origin}: a message signature is verified over its artifact")
    if not roots:
        raise InputError("no trusted root to verify against")
    if bundle.key_hint is not None and not keys:
        raise UsageError(
            f"{bundle.origin}: signed with a key (hint {bundle.key_hint or 'none'}), and no "
            "trusted key was given",
            hint="pass --key PUB.pem with the public key that signs these bundles",
        )
    if bundle.key_hint is None and identity is None:
        raise UsageError(
            f"{bundle.origin}: signed keyless (with a certificate), and no signer identity was "
            "given" + ("; --key verifies bundles signed with a key" if keys else ""),
            hint="pass --cert-identity and --cert-oidc-issuer, or --owner/--repo",
        )
    if bundle.key_hint is not None and identity is not None:
        raise PolicyError(
            f"{bundle.origin}: signed with a key, which carries no identity for the identity "
            "options to check"
        )
    moment = now or datetime.now(tz=UTC)
    candidates = _candidate_roots(bundle, roots)
    failures: list[str] = []
    for root in candidates:
        try:
            verified = _verify(
                bundle, root=root, artifact=artifact, identity=identity, keys=keys, now=moment
            )
        except PolicyError as exc:
            failures.append(
                exc.message if len(candidates) == 1 else f"[{root.source}] {exc.message}"
            )
            continue
        wanted = predicate_type if identity is None else None
        if wanted is not None and (
            verified.statement is None or verified.statement.predicate_type != wanted
        ):
            found = (
                verified.statement.predicate_type if verified.statement else "a message signature"
            )
            raise PolicyError(f"{bundle.origin} verified, but it is {found}, not {wanted}")
        return verified
    raise PolicyError(f"{bundle.origin} does not verify: " + "; ".join(failures))


def _candidate_roots(bundle: SigstoreBundle, roots: Sequence[TrustRoot]) -> list[TrustRoot]:
    """The roots worth trying, so that a refusal names the relevant one: for a certificate,
    those with an authority whose subject issued it; for a key, those listing the bundle's
    logs. Unverified hints only narrow the search: every candidate is fully verified, and
    when no root matches a hint, all are tried."""
    material = bundle.inner.verification_material
    log_ids = {bytes(e.log_id.key_id) for e in material.tlog_entries}
    if bundle.key_hint is None:
        try:
            issuer = leaf_certificate(bundle).issuer
        except (InputError, PolicyError):
            return list(roots)
        matching = [
            root
            for root in roots
            if any(
                c.subject == issuer for a in root.certificate_authorities for c in a.certificates
            )
        ]
    else:
        matching = [root for root in roots if log_ids and all(root.tlog(i) for i in log_ids)]
    return matching or list(roots)


def _verify(
    bundle: SigstoreBundle,
    *,
    root: TrustRoot,
    artifact: Artifact | None,
    identity: IdentitySpec | None,
    keys: Sequence[Any],
    now: datetime,
) -> BundleVerification:
    content = _content(bundle)
    target = artifact or Artifact({})  # DSSE checks never read it; the subject check needs it
    material = bundle.inner.verification_material
    entries = [
        check_log_entry(entry, index, root, needs_promise=bundle.version == (0, 1))
        for index, entry in enumerate(material.tlog_entries)
    ]
    times = [
        VerifiedTime("transparency log", e.integrated_time, e.log)
        for e in entries
        if e.integrated_time is not None
    ]
    times += _check_timestamps(bundle, root, content.signature)
    if root.tlogs and not entries:
        raise PolicyError(
            "no transparency log entry: the trusted root "
            f"({root.source}) has transparency logs, and one of them must have recorded the "
            "signature"
        )
    if not times:
        raise PolicyError(
            "no verified time: the bundle has no signed entry timestamp and no signed "
            "timestamp from a trusted timestamp authority"
        )
    for verified in times:
        if verified.time > now + CLOCK_SKEW:
            raise PolicyError(
                f"the {verified.source} time {verified.time.isoformat()} is in the future"
            )
    for info in entries:
        _check_log_key_validity(info, times)
    claims: FulcioClaims | None = None
    matched: IdentityMatch | None = None
    key_id: str | None = None
    if bundle.key_hint is None:
        certificate = leaf_certificate(bundle)
        _check_certificate(certificate, root, times)
        signer = Signer(certificate.public_key(), certificate)
        claims = read_claims(certificate)
        _verify_signature(bundle, content, signer, target)
    else:
        signer = _trusted_key(bundle, content, keys, target)
        key_id = hashlib.sha256(signer.der()).hexdigest()
    for index, entry in enumerate(bundle.inner.verification_material.tlog_entries):
        check_entry_body(entry, index, content, signer, target)
    statement = None
    payload_type = None
    if content.envelope is not None:
        payload_type = content.envelope.payload_type
        statement = _statement(content.envelope)
        if artifact is not None:
            _check_statement_subject(statement, artifact)
    if claims is not None:
        assert identity is not None
        matched = match_identity(claims, identity, statement.predicate_type if statement else None)
        subject = ", ".join(claims.subject) or "(no subject)"
    else:
        subject = f"key {key_id}"
    return BundleVerification(
        origin=bundle.origin,
        media_type=bundle.media_type,
        trusted_root=root.source,
        signer=subject,
        times=tuple(times),
        log_entries=tuple(entries),
        statement=statement,
        payload_type=payload_type,
        claims=claims,
        identity=matched,
        key_id=key_id,
    )


def _check_log_key_validity(info: LogEntryInfo, times: Sequence[VerifiedTime]) -> None:
    """The log's key was valid (closed interval) when it recorded the entry: at the entry's own
    integrated time, or (Rekor v2 has none) at the timestamp authorities' times."""
    log = info.instance
    assert log is not None  # check_log_entry names the log it verified against
    moments = (
        [info.integrated_time]
        if info.integrated_time is not None
        else [t.time for t in times if t.source == "timestamp authority"]
    )
    for moment in moments:
        if not log.valid_at(moment):
            raise PolicyError(
                f"the key of log {log.base_url} was not valid at {moment.isoformat()} "
                f"(valid {log.validity.describe() if log.validity else 'always'})"
            )


def _content(bundle: SigstoreBundle) -> SignedContent:
    envelope = bundle.inner.dsse_envelope
    if envelope is not None:
        return SignedContent(
            signature=bytes(envelope.signatures[0].sig),
            envelope=envelope,
            pae=pae(envelope.payload_type, bytes(envelope.payload)),
        )
    message = bundle.inner.message_signature
    return SignedContent(signature=bytes(message.signature), message_digest=message.message_digest)


def _check_timestamps(
    bundle: SigstoreBundle, root: TrustRoot, signature: bytes
) -> list[VerifiedTime]:
    from rfc3161_client import decode_timestamp_response

    stamps = bundle.inner.verification_material.timestamp_verification_data
    raw = [bytes(s.signed_timestamp) for s in (stamps.rfc3161_timestamps if stamps else [])]
    if len(set(raw)) != len(raw):
        raise PolicyError("the bundle carries the same signed timestamp twice")
    if raw and not root.timestamp_authorities:
        raise PolicyError(
            f"the bundle has signed timestamps, and the trusted root ({root.source}) lists no "
            "timestamp authority"
        )
    times = []
    for index, data in enumerate(raw):
        try:
            response = decode_timestamp_response(data)
        except ValueError as exc:
            raise InputError(
                f"signed timestamp {index} is malformed: {exc}", path=bundle.origin
            ) from exc
        verified = _verify_timestamp(response, signature, root.timestamp_authorities)
        if verified is None:
            raise PolicyError(
                f"signed timestamp {index} does not verify against a timestamp authority of the "
                f"trusted root ({root.source}) valid at its time (or it stamps another signature)"
            )
        times.append(verified)
    return times


def _verify_timestamp(
    response: Any, signature: bytes, authorities: Sequence[Authority]
) -> VerifiedTime | None:
    from rfc3161_client import VerificationError, VerifierBuilder

    moment = response.tst_info.gen_time
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    for authority in authorities:
        certificates = authority.certificates
        if len(certificates) < 2 or not authority.validity.covers(moment):
            continue  # a TSA's validity is a closed interval: its end is still valid
        builder = VerifierBuilder().tsa_certificate(certificates[0])
        for intermediate in certificates[1:-1]:
            builder = builder.add_intermediate_certificate(intermediate)
        builder = builder.add_root_certificate(certificates[-1])
        try:
            builder.build().verify_message(response, signature)
        except (VerificationError, ValueError):  # ValueError: malformed signed data
            continue
        return VerifiedTime("timestamp authority", moment, authority.name)
    return None


def leaf_certificate(bundle: SigstoreBundle) -> Certificate:
    from cryptography.x509 import load_der_x509_certificate

    material = bundle.inner.verification_material
    raw = (
        [material.certificate]
        if material.certificate is not None
        else list(material.x509_certificate_chain.certificates)
    )
    try:
        certificates = [load_der_x509_certificate(bytes(c.raw_bytes)) for c in raw]
    except ValueError as exc:
        raise InputError(
            f"a certificate in the bundle is malformed: {exc}", path=bundle.origin
        ) from exc
    for certificate in certificates:
        certificate_extensions(certificate)  # duplicated or malformed extensions: refused here
    for certificate in certificates[1:]:
        if _is_root_ca(certificate):
            raise PolicyError(
                "the bundle's certificate chain includes a root certificate; trust comes from "
                "the trusted root, never from the bundle"
            )
    return certificates[0]


def _is_root_ca(certificate: Certificate) -> bool:
    from cryptography import x509

    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
    except x509.ExtensionNotFound:
        return certificate.issuer == certificate.subject
    except ValueError as exc:
        raise InputError(f"a certificate in the bundle is malformed: {exc}") from exc
    return bool(constraints.value.ca) and certificate.issuer == certificate.subject


def _check_certificate(
    certificate: Certificate, root: TrustRoot, times: Sequence[VerifiedTime]
) -> None:
    """The certificate chains to one of the root's certificate authorities at every verified
    time, that authority was valid then (the trusted root's interval), the certificate was
    valid then, it is a code-signing leaf, and (where the root has CT logs) it has an SCT."""
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    if not root.certificate_authorities:
        raise PolicyError(f"the trusted root ({root.source}) lists no certificate authority")
    chain: list[Certificate] = []
    for moment in times:
        if not (certificate.not_valid_before_utc <= moment.time <= certificate.not_valid_after_utc):
            raise PolicyError(
                f"the signing certificate was not valid at the {moment.source} time "
                f"{moment.time.isoformat()} (valid {certificate.not_valid_before_utc.isoformat()}"
                f" to {certificate.not_valid_after_utc.isoformat()})"
            )
        chain = _chain_at(certificate, root, moment.time)
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
        extended = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound as exc:
        raise PolicyError(f"the signing certificate lacks an extension: {exc}") from exc
    except ValueError as exc:
        raise InputError(f"the signing certificate is malformed: {exc}") from exc
    if not usage.digital_signature or ExtendedKeyUsageOID.CODE_SIGNING not in extended:
        raise PolicyError("the signing certificate is not for code signing")
    if root.ctlogs:
        _check_sct(certificate, chain, root)


def _chain_at(certificate: Certificate, root: TrustRoot, moment: datetime) -> list[Certificate]:
    from cryptography.x509 import ExtendedKeyUsage, UnsupportedGeneralNameType
    from cryptography.x509.verification import (
        Criticality,
        ExtensionPolicy,
        PolicyBuilder,
        Store,
    )
    from cryptography.x509.verification import VerificationError as ChainError

    # Fulcio leaves carry code signing, not the client-auth usage webpki expects: accept any
    # extended key usage here (code signing is checked on its own), keep every other default.
    ca_policy = ExtensionPolicy.webpki_defaults_ca().may_be_present(
        ExtendedKeyUsage, Criticality.NON_CRITICAL, None
    )
    ee_policy = ExtensionPolicy.webpki_defaults_ee().may_be_present(
        ExtendedKeyUsage, Criticality.NON_CRITICAL, None
    )
    reasons = []
    for authority in root.certificate_authorities:
        if not authority.validity.covers(moment):
            reasons.append(f"{authority.name} valid {authority.validity.describe()}")
            continue
        anchors = [c for c in authority.certificates if c.issuer == c.subject] or [
            authority.certificates[-1]
        ]
        intermediates = [c for c in authority.certificates if c not in anchors]
        verifier = (
            PolicyBuilder()
            .store(Store(anchors))
            .time(moment)
            .extension_policies(ca_policy=ca_policy, ee_policy=ee_policy)
            .build_client_verifier()
        )
        try:
            return list(verifier.verify(certificate, intermediates).chain[1:])
        except (ChainError, UnsupportedGeneralNameType, ValueError) as exc:
            reasons.append(f"{authority.name}: {exc}")
    raise PolicyError(
        "the signing certificate does not chain to a certificate authority of the trusted "
        f"root ({root.source}) valid at {moment.isoformat()}: " + "; ".join(reasons)
    )


def _check_sct(certificate: Certificate, chain: list[Certificate], root: TrustRoot) -> None:
    from sigstore._internal.sct import verify_sct
    from sigstore._internal.trust import CTKeyring, Keyring
    from sigstore.errors import VerificationError

    keyring = CTKeyring(Keyring([log.key for log in root.ctlogs]))
    try:
        verify_sct(certificate, chain, keyring)
    except VerificationError as exc:
        raise PolicyError(f"the signing certificate's SCT does not verify: {exc}") from exc
    except ValueError as exc:  # malformed SCT list or extensions
        raise InputError(f"the signing certificate's SCT is malformed: {exc}") from exc


def _trusted_key(
    bundle: SigstoreBundle, content: SignedContent, keys: Sequence[Any], artifact: Artifact
) -> Signer:
    """The trusted key whose signature this is; the bundle's hint only orders the tries."""
    failures = []
    for key in keys:
        signer = Signer(key)
        try:
            _verify_signature(bundle, content, signer, artifact)
        except PolicyError as exc:
            failures.append(exc.message)
            continue
        return signer
    raise PolicyError(
        f"the signature does not verify with the trusted key{'s' if len(keys) > 1 else ''}: "
        + "; ".join(dict.fromkeys(failures))
    )


def _verify_signature(
    bundle: SigstoreBundle, content: SignedContent, signer: Signer, artifact: Artifact
) -> None:
    if content.envelope is not None:
        if not _signature_valid(signer.key, content.signature, content.pae, None):
            raise PolicyError("the DSSE envelope's signature does not verify")
        return
    algorithm = _message_algorithm(bundle, content, artifact)
    digest = artifact.digests[algorithm]
    if content.message_digest is not None and bytes(content.message_digest.digest) != digest:
        raise PolicyError(
            "the bundle's message digest is not the artifact's: the bundle is about another "
            "artifact"
        )
    if not _signature_valid(signer.key, content.signature, digest, algorithm, artifact):
        raise PolicyError(f"the signature does not verify over {artifact.describe()}")


def _message_algorithm(bundle: SigstoreBundle, content: SignedContent, artifact: Artifact) -> str:
    """The hash the message signature covers: the bundle's message digest's algorithm, else
    the one its log entry records, else SHA-256."""
    name = "SHA2_256"
    if content.message_digest is not None:
        name = str(content.message_digest.algorithm.value)
    else:
        for entry in bundle.inner.verification_material.tlog_entries:
            recorded = recorded_hash_algorithm(entry)
            if recorded is not None:
                name = recorded
                break
    algorithm = ARTIFACT_HASHES.get(name)
    if algorithm is None:
        raise PolicyError(f"unsupported message digest algorithm {name}")
    if algorithm not in artifact.digests:
        raise PolicyError(
            f"the bundle signs a {algorithm} digest; the given digest is "
            f"{', '.join(artifact.digests)}"
        )
    return algorithm


def _signature_valid(
    key: Any,
    signature: bytes,
    data: bytes,
    prehashed: str | None,
    artifact: Artifact | None = None,
) -> bool:
    """Whether `signature` by `key` covers `data` (the bytes, or with `prehashed` the digest of
    that algorithm), under the schemes Sigstore clients sign with."""
    from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa, utils

    algorithms = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            if prehashed is not None:
                key.verify(signature, data, ec.ECDSA(utils.Prehashed(algorithms[prehashed])))
                return True
            curve_hash = {256: "sha256", 384: "sha384", 521: "sha512"}.get(key.curve.key_size)
            for name in dict.fromkeys((curve_hash or "sha256", "sha256")):
                try:
                    key.verify(signature, data, ec.ECDSA(algorithms[name]))
                    return True
                except InvalidSignature:
                    continue
            return False
        if isinstance(key, rsa.RSAPublicKey):
            algorithm: Any = (
                utils.Prehashed(algorithms[prehashed]) if prehashed else hashes.SHA256()
            )
            inner = algorithms[prehashed] if prehashed else hashes.SHA256()
            for scheme in (
                padding.PKCS1v15(),
                padding.PSS(mgf=padding.MGF1(inner), salt_length=padding.PSS.AUTO),
            ):
                try:
                    key.verify(signature, data, scheme, algorithm)
                    return True
                except InvalidSignature:
                    continue
            return False
        if isinstance(key, ed25519.Ed25519PublicKey):
            message = data
            if prehashed is not None:  # Ed25519 signs the message itself, not its digest
                if artifact is None or artifact.path is None:
                    return False
                message = read_bytes_limited(artifact.path, _ED25519_MESSAGE_LIMIT)
            key.verify(signature, message)
            return True
    except (InvalidSignature, UnsupportedAlgorithm, ValueError):
        return False
    return False


def _statement(envelope: Any) -> Statement:
    if envelope.payload_type != PAYLOAD_TYPE:
        raise PolicyError(f"the DSSE payloadType is {envelope.payload_type!r}, not in-toto")
    try:
        return parse_statement(bytes(envelope.payload), accept_v01=True)
    except InputError as exc:
        raise PolicyError(f"the signed payload is not an in-toto statement: {exc.message}") from exc


def _check_statement_subject(statement: Statement, artifact: Artifact) -> None:
    """A subject names the artifact: it lists one of the artifact's digests, and every digest
    it lists that can be compared is equal (sigstore-python's `verify_dsse` skips this)."""
    for subject in statement.subjects:
        comparable = [a for a in artifact.digests if a in subject.digest]
        if comparable and all(subject.digest[a] == artifact.digests[a].hex() for a in comparable):
            return
    listed = ", ".join(_describe_subject(s) for s in statement.subjects)
    raise PolicyError(
        f"the statement is about another artifact: no subject matches the digest of "
        f"{artifact.describe()} (it covers: {listed})"
    )


def _describe_subject(subject: Any) -> str:
    digests = ",".join(f"{k}:{v[:16]}" for k, v in sorted(subject.digest.items()))
    return f"{subject.name or '(unnamed)'} [{digests}]"


@dataclass(frozen=True)
class FileVerification:
    """The bundles of one file: those that verified and, for the others, why not."""

    artifact: str
    verified: tuple[BundleVerification, ...]
    rejected: tuple[tuple[str, str], ...]
    development: tuple[str, ...] = ()  # origins of verified bundles signed with a development key

    def to_dict(self) -> dict[str, Any]:
        return {
            "verified": bool(self.verified),
            "artifact": self.artifact,
            "bundles": [v.to_dict() for v in self.verified],
            "rejected": [{"bundle": origin, "reason": reason} for origin, reason in self.rejected],
            "development": list(self.development),
        }


def verify_bundle_file(
    path: Path,
    roots: Sequence[TrustRoot],
    *,
    artifact: Artifact,
    identity: IdentitySpec | None = None,
    keys: Sequence[Any] = (),
    predicate_type: str | None = None,
) -> FileVerification:
    """Verify every bundle of `path` (one, or JSON Lines) against `artifact`, as
    `gh attestation verify --bundle` does: the file passes when at least one bundle verifies
    for the expected signer; each other one is reported with its reason. Every line must be a
    well-formed bundle (`InputError` otherwise); when none verifies, a `PolicyError` gives
    every reason."""
    found = read_bundle_file(path)
    if len(found) > MAX_BUNDLES:
        raise InputError(f"more than {MAX_BUNDLES} bundles in one file", path=path)
    bundles = [parse_bundle(data, origin=origin) for origin, data in found]
    verified: list[BundleVerification] = []
    rejected: list[tuple[str, str]] = []
    for bundle in bundles:
        try:
            verified.append(
                verify_bundle(
                    bundle,
                    roots,
                    artifact=artifact,
                    identity=identity,
                    keys=keys,
                    predicate_type=predicate_type,
                )
            )
        except PolicyError as exc:
            rejected.append((bundle.origin, exc.message))
    if not verified:
        reasons = "; ".join(reason for _, reason in rejected)
        raise PolicyError(
            reasons
            if len(rejected) == 1
            else f"none of the {len(rejected)} bundles verifies: {reasons}"
        )
    return FileVerification(artifact.describe(), tuple(verified), tuple(rejected))


DEVELOPMENT_REFUSED = (
    "signed with a development key, which is never for production (--allow-development-keys "
    "accepts it for local runs)"
)


def key_id(public: Any) -> str:
    """The id a verified key-signed bundle's `key_id` gives its key: sha256 of its DER
    SubjectPublicKeyInfo."""
    return hashlib.sha256(Signer(public).der()).hexdigest()


def refuse_development(
    outcome: FileVerification, trusted: Sequence[Any], *, allow: bool
) -> FileVerification:
    """`outcome` with every bundle signed with a development key (one of the `trusted`
    SSlibKeys labelled as one, or a statement labelled so) moved to the rejected ones, as a
    production deploy policy refuses them; or, with `allow`, kept and listed. None left: a
    `PolicyError`."""
    from sscli.attest.keys import crypto_public_key, is_development_key
    from sscli.attest.verify import development_signed

    labelled = {key_id(crypto_public_key(k)) for k in trusted if is_development_key(k)}
    development = tuple(
        v.origin
        for v in outcome.verified
        if v.key_id in labelled or development_signed(v.statement)
    )
    if allow or not development:
        return FileVerification(outcome.artifact, outcome.verified, outcome.rejected, development)
    kept = tuple(v for v in outcome.verified if v.origin not in development)
    rejected = outcome.rejected + tuple((origin, DEVELOPMENT_REFUSED) for origin in development)
    if not kept:
        raise PolicyError("; ".join(f"{origin}: {reason}" for origin, reason in rejected))
    return FileVerification(outcome.artifact, kept, rejected)


def bundle_summary(verification: BundleVerification) -> str:
    """One line for people: what verified, by whom, when."""
    kind = verification.statement.predicate_type if verification.statement else "message"
    return (
        f"{kind}, signed by {verification.signer} at {verification.signing_time.isoformat()} "
        f"({verification.trusted_root})"
    )

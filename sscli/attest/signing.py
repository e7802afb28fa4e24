"""Signing: envelopes by local keys or KMS/HSM keys (securesystemslib), or keyless (Sigstore).

Local and KMS keys produce DSSE envelopes with one signature per key (multi-signature for
threshold verification). Sigstore keyless signing produces a Sigstore bundle v0.3 whose DSSE
envelope carries the statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.dsse import Envelope, EnvelopeSignature
from sscli.attest.dsse import pae as dsse_pae
from sscli.attest.keys import load_private_key, load_public_key, passphrase_from_env
from sscli.attest.statement import Statement
from sscli.errors import EnvironmentFailure, InputError, UsageError

if TYPE_CHECKING:
    from securesystemslib.signer import Signature, Signer  # type: ignore[attr-defined]  # re-exported without `as`

# securesystemslib URI schemes of keys held by a KMS or an HSM (the `kms` extra installs them).
KMS_SCHEMES = frozenset({"gcpkms", "awskms", "azurekms", "hsm"})


@dataclass(frozen=True)
class KeySpec:
    """Which key signs: a PEM file path, or a KMS/HSM URI with the file of its public key."""

    reference: str
    public_key: Path | None = None
    passphrase_env: str | None = None

    @property
    def is_kms(self) -> bool:
        scheme, sep, _ = self.reference.partition(":")
        return bool(sep) and scheme in KMS_SCHEMES


def key_specs(
    references: Sequence[str], public_keys: Sequence[Path], passphrase_env: str | None
) -> list[KeySpec]:
    """One KeySpec per `--key`; KMS/HSM keys take the `--public-key` files in order."""
    specs = [KeySpec(reference, passphrase_env=passphrase_env) for reference in references]
    kms = [i for i, spec in enumerate(specs) if spec.is_kms]
    if len(public_keys) > len(kms):
        raise UsageError(f"{len(public_keys)} --public-key file(s) for {len(kms)} KMS/HSM key(s)")
    for index, public_key in zip(kms, public_keys, strict=False):
        specs[index] = KeySpec(references[index], public_key, passphrase_env)
    return specs


def load_signer(spec: KeySpec) -> Signer:
    """A securesystemslib `Signer` for `spec`; a missing KMS/HSM library is an environment error."""
    if not spec.is_kms:
        return load_private_key(Path(spec.reference), passphrase_from_env(spec.passphrase_env))
    from securesystemslib.exceptions import UnsupportedLibraryError
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]  # re-exported without `as`

    if spec.public_key is None:
        raise InputError(
            f"a {spec.reference.partition(':')[0]} key needs its public key",
            field="--key",
            hint="pass --public-key PUB.pem (exported from the KMS or HSM)",
        )
    public = load_public_key(spec.public_key)
    scheme = spec.reference.partition(":")[0]
    try:
        return Signer.from_priv_key_uri(spec.reference, public)
    except UnsupportedLibraryError as exc:
        raise EnvironmentFailure(
            f"{scheme} keys need an optional library that is not installed ({exc})",
            hint="install sscli with the kms extra: pip install 'sscli[kms]'",
        ) from exc
    except ValueError as exc:
        raise InputError(f"unusable key URI: {exc}", field="--key") from exc


def sign_statement(statement: Statement, signers: Sequence[Signer]) -> Envelope:
    """A DSSE envelope of `statement` with one signature from each signer (distinct keys)."""
    return sign_payload(statement.to_json_bytes(), PAYLOAD_TYPE, signers)


def sign_payload(payload: bytes, payload_type: str, signers: Sequence[Signer]) -> Envelope:
    """Sign `pae(payload_type, payload)` with every signer."""
    if not signers:
        raise InputError("no signing key given", field="--key")
    keyids = [signer.public_key.keyid for signer in signers]
    if len(set(keyids)) != len(keyids):
        raise InputError("the same key was given twice", field="--key")
    pae = dsse_pae(payload_type, payload)
    signatures = []
    for signer in signers:
        signature = _sign(signer, pae)
        signatures.append(EnvelopeSignature(signature.keyid, bytes.fromhex(signature.signature)))
    return Envelope(payload, payload_type, tuple(signatures))


def _sign(signer: Signer, pae: bytes) -> Signature:
    try:
        return signer.sign(pae)
    except Exception as exc:  # KMS and HSM clients raise their own error types
        raise EnvironmentFailure(
            f"signing with key {signer.public_key.keyid[:12]} failed: {exc}"
        ) from exc


# --- Sigstore keyless ---------------------------------------------------------------------


class KeylessSigner(Protocol):
    """Signs a statement keylessly and returns a Sigstore bundle (JSON text)."""

    def sign_statement(self, statement: Statement) -> str: ...


def identity_token(explicit: str | None) -> str:
    """The OIDC token to sign with: `--oidc-token`, else ambient CI credentials."""
    if explicit:
        return explicit
    from sigstore.oidc import IdentityError, detect_credential

    try:
        ambient = detect_credential()
    except IdentityError as exc:
        raise EnvironmentFailure(f"ambient OIDC credentials are unusable: {exc}") from exc
    if not ambient:
        raise InputError(
            "no OIDC identity token for Sigstore",
            field="--sigstore",
            hint="pass --oidc-token TOKEN, or run in CI with OIDC enabled "
            "(GitHub Actions: permissions: id-token: write)",
        )
    return ambient


class SigstoreSigner:
    """Keyless signing with sigstore-python against the public-good (or staging) instance."""

    def __init__(self, token: str, *, staging: bool = False) -> None:
        self._token = token
        self._staging = staging

    def sign_statement(self, statement: Statement) -> str:
        """Fulcio certificate for the token's identity, DSSE signature, Rekor entry: a bundle."""
        from sigstore.dsse import Statement as SigstoreStatement
        from sigstore.errors import Error as SigstoreError
        from sigstore.models import ClientTrustConfig
        from sigstore.oidc import IdentityError, IdentityToken
        from sigstore.sign import SigningContext

        try:
            token = IdentityToken(self._token)
        except IdentityError as exc:
            raise InputError(f"the OIDC token is not usable: {exc}", field="--oidc-token") from exc
        try:
            config = (
                ClientTrustConfig.staging() if self._staging else ClientTrustConfig.production()
            )
            context = SigningContext.from_trust_config(config)
            with context.signer(token, cache=False) as signer:
                bundle = signer.sign_dsse(SigstoreStatement(statement.to_json_bytes()))
        except SigstoreError as exc:
            raise EnvironmentFailure(f"Sigstore signing failed: {exc}") from exc
        return bundle.to_json()


__all__ = [
    "KMS_SCHEMES",
    "KeySpec",
    "KeylessSigner",
    "SigstoreSigner",
    "identity_token",
    "key_specs",
    "load_signer",
    "sign_payload",
    "sign_statement",
]

"""Signing: envelopes by local keys or KMS/HSM keys (securesystemslib), or keyless (Sigstore).

Local and KMS keys produce DSSE envelopes with one signature per key (multi-signature for
threshold verification). Sigstore keyless signing produces a Sigstore bundle v0.3 whose DSSE
envelope carries the statement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.dsse import Envelope, EnvelopeSignature
from sscli.attest.dsse import pae as dsse_pae
from sscli.attest.keys import (
    is_development_key,
    key_type_of,
    load_private_key,
    load_public_key,
    passphrase_from_env,
)
from sscli.attest.statement import SIGNING_KEY_ANNOTATION, Statement
from sscli.errors import EnvironmentFailure, InputError, UsageError
from sscli.keyrefs import kms_scheme

if TYPE_CHECKING:
    from securesystemslib.signer import Signature, Signer, SSlibKey  # type: ignore[attr-defined]  # re-exported without `as`

    from sscli.attest.publickey import PublicKey

_KMS_EXTRA_HINT = "install sscli with the kms extra: pip install 'sscli[kms]'"


@dataclass(frozen=True)
class KeySpec:
    """Which key signs: a PEM file path, or a KMS/HSM URI with the file of its public key."""

    reference: str
    public_key: Path | None = None
    passphrase_env: str | None = None

    @property
    def is_kms(self) -> bool:
        return kms_scheme(self.reference) is not None


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
    public = load_public_key(spec.public_key).to_sslib()
    scheme = spec.reference.partition(":")[0]
    try:
        return Signer.from_priv_key_uri(
            spec.reference, public, secrets_handler=_pin_from_env(spec.passphrase_env)
        )
    except UnsupportedLibraryError as exc:
        raise EnvironmentFailure(
            f"{scheme} keys need an optional library that is not installed ({exc})",
            hint=_KMS_EXTRA_HINT,
        ) from exc
    except ValueError as exc:
        raise InputError(f"unusable key URI: {exc}", field="--key") from exc


def _pin_from_env(variable: str | None) -> Callable[[str], str] | None:
    """An HSM asks for its user PIN through a secrets handler: here, `--passphrase-env`."""
    if variable is None:
        return None

    def handler(_message: str) -> str:
        passphrase = passphrase_from_env(variable)
        assert passphrase is not None
        return passphrase.decode("utf-8")

    return handler


@cache
def kms_public_key(uri: str) -> SSlibKey:
    """The public key of the KMS/HSM key `uri`, fetched from the KMS (as `cosign verify --key
    awskms://...` does), so a policy can name the key instead of shipping its PEM. Unreachable
    services and missing credentials are environment errors: nothing is trusted by default."""
    from securesystemslib.exceptions import UnsupportedLibraryError

    scheme = kms_scheme(uri)
    rest = uri.partition(":")[2]
    if scheme is None or not rest:
        raise InputError(f"not a KMS/HSM key URI: {uri!r}")
    try:
        key = _import_kms_key(scheme, rest)
    except UnsupportedLibraryError as exc:
        raise EnvironmentFailure(
            f"{scheme} keys need an optional library that is not installed ({exc})",
            hint=_KMS_EXTRA_HINT,
        ) from exc
    except (ValueError, KeyError) as exc:
        raise InputError(f"unusable key URI {uri}: {exc}") from exc
    except Exception as exc:  # each cloud SDK raises its own types (auth, network, not found)
        raise EnvironmentFailure(
            f"cannot read the public key of {uri} from the KMS: {exc}",
            hint="check the KMS credentials and that the key exists and allows GetPublicKey",
        ) from exc
    key_type_of(key)
    return key


def load_trusted_key(reference: Path | str) -> PublicKey | SSlibKey:
    """A public key trusted for verification: a PEM file, or fetched from the KMS that a key
    URI (a str with a KMS/HSM scheme) names."""
    if isinstance(reference, str) and kms_scheme(reference):
        return kms_public_key(reference)
    return load_public_key(Path(reference))


def _import_kms_key(scheme: str, rest: str) -> SSlibKey:
    from urllib.parse import parse_qsl, urlsplit

    from securesystemslib.signer import (  # type: ignore[attr-defined]
        AWSSigner,
        AzureSigner,
        GCPSigner,
        HSMSigner,
    )

    if scheme == "awskms":
        return AWSSigner.import_(rest.removeprefix("//"))[1]
    if scheme == "gcpkms":
        return GCPSigner.import_(rest.removeprefix("//"))[1]
    if scheme == "azurekms":  # azurekms://VAULT.vault.azure.net/keys/NAME[/VERSION]
        parts = urlsplit("https:" + rest)
        segments = parts.path.strip("/").split("/")
        if not parts.hostname or len(segments) < 2 or segments[0] != "keys":
            raise ValueError("expected azurekms://VAULT.vault.azure.net/keys/NAME")
        return AzureSigner.import_(parts.hostname.split(".")[0], segments[1])[1]
    parts = urlsplit("hsm:" + rest)  # hsm:KEYID?label=TOKEN
    label = dict(parse_qsl(parts.query)).get("label")
    return HSMSigner.import_(int(parts.path) if parts.path else None, label)[1]


def sign_statement(statement: Statement, signers: Sequence[Signer]) -> Envelope:
    """A DSSE envelope of `statement` with one signature from each signer (distinct keys).
    Signed with a development key, the statement says so in its subjects' annotations."""
    if any(is_development_key(signer.public_key) for signer in signers):
        statement = statement.annotated(SIGNING_KEY_ANNOTATION, "development")
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
    "KeySpec",
    "KeylessSigner",
    "SigstoreSigner",
    "identity_token",
    "key_specs",
    "kms_public_key",
    "load_signer",
    "load_trusted_key",
    "sign_payload",
    "sign_statement",
]

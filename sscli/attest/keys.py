"""Local signing keys: generation, PEM files, and the public keys verification trusts.

Signing keys are securesystemslib's (`CryptoSigner`); a trusted public key read from a PEM file
is a `sscli.attest.publickey.PublicKey`, described as securesystemslib's `SSlibKey` is (the key
ids in-toto layouts and securesystemslib's own verification use: sha256 of the canonical key
dict) and checked without importing securesystemslib's signer package.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError
from sscli.fsutil import atomic_write_bytes, read_bytes_limited

if TYPE_CHECKING:
    from securesystemslib.signer import CryptoSigner, SSlibKey  # type: ignore[attr-defined]  # re-exported without `as`

    from sscli.attest.publickey import PublicKey

_MAX_KEY_BYTES = 1024 * 1024
MIN_RSA_BITS = 2048

# A development key says so in its PEM files' explanatory text (RFC 7468 lets text precede the
# key; OpenSSL and cryptography skip it), so the label travels with the key to every command
# that signs with it, and `sign_statement` labels what it signs.
DEVELOPMENT_LABEL = "sscli development key: for local runs and demos only, never for production"
_DEVELOPMENT_MARK = b"sscli development key"
# Where a loaded key carries the label: an extra field securesystemslib keeps, outside the key id.
DEVELOPMENT_FIELD = "x-sscli-development"


class KeyType(StrEnum):
    ECDSA_P256 = "ecdsa-p256"
    ED25519 = "ed25519"
    RSA = "rsa"


_TYPE_OF_SCHEME = {
    ("ecdsa", "ecdsa-sha2-nistp256"): KeyType.ECDSA_P256,
    ("ecdsa-sha2-nistp256", "ecdsa-sha2-nistp256"): KeyType.ECDSA_P256,
    ("ed25519", "ed25519"): KeyType.ED25519,
    ("rsa", "rsassa-pss-sha256"): KeyType.RSA,
}


@dataclass(frozen=True)
class KeyInfo:
    """What `sscli key show` prints about a key."""

    key_type: KeyType
    keyid: str
    scheme: str
    development: bool = False


def key_info(key: SSlibKey | PublicKey) -> KeyInfo:
    """Type, key id and signature scheme of a supported public key."""
    return KeyInfo(key_type_of(key), key.keyid, key.scheme, is_development_key(key))


def is_development_key(key: Any) -> bool:
    """Whether `key` (an SSlibKey) was read from a PEM file labelled as a development key."""
    return bool(getattr(key, "unrecognized_fields", {}).get(DEVELOPMENT_FIELD))


def _labelled_development(pem: bytes) -> bool:
    return _DEVELOPMENT_MARK in pem.split(b"-----BEGIN", 1)[0]


def key_type_of(key: SSlibKey | PublicKey) -> KeyType:
    """The sscli key type of `key`; other algorithms and curves are refused."""
    found = _TYPE_OF_SCHEME.get((key.keytype, key.scheme))
    if found is None:
        raise InputError(
            f"unsupported key algorithm {key.keytype}/{key.scheme} "
            f"(supported: {', '.join(t.value for t in KeyType)})"
        )
    return found


def generate_key_pair(
    key_type: KeyType,
    out: Path,
    *,
    passphrase: bytes | None = None,
    overwrite: bool = False,
    development: bool = False,
) -> KeyInfo:
    """Write a new private key to `out` (PKCS#8 PEM, mode 0600, encrypted when a passphrase is
    given) and its public key to `out`.pub (SubjectPublicKeyInfo PEM); a development key is
    labelled as one in both files."""
    from cryptography.hazmat.primitives import serialization

    out = Path(out)
    public_path = public_key_path(out)
    if not overwrite:
        for path in (out, public_path):
            if path.exists():
                raise InputError("already exists (pass --force to replace it)", path=path)
    if passphrase is not None and not passphrase:
        raise InputError("the passphrase is empty")
    signer = _generate(key_type)
    private_key: Any = signer._private_key  # securesystemslib exposes only unencrypted PEM
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    private_pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    label = f"{DEVELOPMENT_LABEL}\n".encode() if development else b""
    atomic_write_bytes(out, label + private_pem, mode=0o600)
    atomic_write_bytes(public_path, label + public_pem)
    return KeyInfo(
        key_type_of(signer.public_key),
        signer.public_key.keyid,
        signer.public_key.scheme,
        development,
    )


def _generate(key_type: KeyType) -> CryptoSigner:
    from securesystemslib.signer import CryptoSigner  # type: ignore[attr-defined]  # re-exported without `as`

    if key_type is KeyType.ED25519:
        return CryptoSigner.generate_ed25519()
    if key_type is KeyType.ECDSA_P256:
        return CryptoSigner.generate_ecdsa()
    return CryptoSigner.generate_rsa()


def public_key_path(private_path: Path) -> Path:
    """Where the public key of a private key file lives: PATH.pub."""
    return private_path.with_name(private_path.name + ".pub")


def load_public_key(path: Path) -> PublicKey:
    """A PEM public key file as a trusted `PublicKey`; a private key is refused (trust is given
    to public keys only)."""
    data, public = _read_public_pem(path)
    return _public_key(public, path, development=_labelled_development(data))


def _public_key(public: Any, path: Path, *, development: bool) -> PublicKey:
    """The `PublicKey` of a cryptography public key read from `path`: RSA of at least 2048
    bits, and one of sscli's key types."""
    from sscli.attest.publickey import from_crypto

    _check_rsa_size(public, path)
    fields = {DEVELOPMENT_FIELD: True} if development else {}
    try:
        key = from_crypto(public, unrecognized_fields=fields)
    except ValueError as exc:
        raise InputError(f"unsupported key algorithm: {exc}", path=path) from exc
    try:
        key_type_of(key)
    except InputError as exc:
        raise InputError(exc.message, path=path) from None
    return key


def _read_public_pem(path: Path) -> tuple[bytes, Any]:
    """The bytes of a PEM public key file and the cryptography key they hold."""
    from sscli.attest.publickey import pem_loader

    data = read_bytes_limited(path, _MAX_KEY_BYTES)
    if b"PRIVATE KEY" in data:
        raise InputError("is a private key; give its public key (PATH.pub)", path=path)
    try:
        return data, pem_loader()(data)
    except (ValueError, TypeError) as exc:
        raise InputError(f"not a PEM public key: {exc}", path=path) from exc
    except Exception as exc:  # cryptography's UnsupportedAlgorithm
        raise InputError(f"unsupported public key: {exc}", path=path) from exc


def _check_rsa_size(public: Any, path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa

    if isinstance(public, rsa.RSAPublicKey) and public.key_size < MIN_RSA_BITS:
        raise InputError(f"RSA key of {public.key_size} bits is too small", path=path)


def load_verification_key(path: Path) -> Any:
    """A PEM public key as the cryptography key a Sigstore bundle signed with a key (cosign
    `--key`) is verified with: ECDSA P-256/P-384/P-521, RSA of at least 2048 bits, Ed25519."""
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    public = _read_public_pem(path)[1]
    _check_rsa_size(public, path)
    if isinstance(public, ec.EllipticCurvePublicKey) and public.curve.name not in (
        "secp256r1",
        "secp384r1",
        "secp521r1",
    ):
        raise InputError(f"unsupported elliptic curve {public.curve.name}", path=path)
    if not isinstance(
        public, ec.EllipticCurvePublicKey | rsa.RSAPublicKey | ed25519.Ed25519PublicKey
    ):
        raise InputError(f"unsupported key type {type(public).__name__}", path=path)
    return public


def crypto_public_key(key: Any) -> Any:
    """The cryptography public key of a trusted key (a PEM file's `PublicKey`, or a KMS key's
    `SSlibKey`), which a Sigstore bundle signed with a key is verified with; one
    securesystemslib cannot turn into a key is an `InputError`."""
    from sscli.attest.publickey import PublicKey

    if isinstance(key, PublicKey):
        return key.crypto
    try:
        return key._crypto_key()
    except Exception as exc:  # securesystemslib raises ValueError and its own errors here
        raise InputError(f"key {key.keyid[:12]} cannot verify Sigstore bundles: {exc}") from exc


def load_private_key(path: Path, passphrase: bytes | None) -> CryptoSigner:
    """A PEM private key as a securesystemslib `CryptoSigner` (wrong passphrase: `InputError`)."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    from securesystemslib.signer import CryptoSigner  # type: ignore[attr-defined]  # re-exported without `as`

    data = read_bytes_limited(path, _MAX_KEY_BYTES)
    if b"PRIVATE KEY" not in data:
        raise InputError("not a PEM private key", path=path)
    encrypted = b"ENCRYPTED" in data
    if encrypted and passphrase is None:
        raise InputError(
            "the private key is encrypted", path=path, hint="pass --passphrase-env VAR"
        )
    try:
        # One passphrase serves every encrypted key of a multi-signature run.
        private_key = load_pem_private_key(data, passphrase if encrypted else None)
    except TypeError as exc:
        raise InputError(f"not a usable private key: {exc}", path=path) from exc
    except ValueError as exc:
        if passphrase is not None:
            raise InputError("wrong passphrase (or a corrupt key)", path=path) from exc
        raise InputError(f"not a usable private key: {exc}", path=path) from exc
    except Exception as exc:  # cryptography's UnsupportedAlgorithm and friends
        raise InputError(f"unsupported private key: {exc}", path=path) from exc
    development = _labelled_development(data)
    public = _public_key(private_key.public_key(), path, development=development).to_sslib()
    return CryptoSigner(private_key, public)


def passphrase_from_env(variable: str | None) -> bytes | None:
    """The passphrase held by environment variable `variable` (never given on the command line)."""
    if variable is None:
        return None
    value = os.environ.get(variable)
    if value is None:
        raise InputError(f"environment variable {variable} is not set", field="--passphrase-env")
    if not value:
        raise InputError(f"environment variable {variable} is empty", field="--passphrase-env")
    return value.encode("utf-8")

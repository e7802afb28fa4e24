"""Trusted public keys from PEM files, checked with cryptography's primitives directly.

A key here is what securesystemslib's `SSlibKey.from_crypto` makes of the same key (key id,
key type, scheme, key value: in-toto layouts and securesystemslib compute the same key id),
and a signature verifies exactly when `SSlibKey.verify_signature` accepts it; the tests hold
both to securesystemslib itself. The deploy gate checks every attestation with these keys, and
importing securesystemslib's signer package costs more than the rest of the gate's start-up
(it imports every signer it ships, GPG's and Sigstore's included, and cryptography's whole
serialization package). KMS and HSM keys, and every signature sscli makes, stay
securesystemslib's (`to_sslib`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class PublicKey:
    """A public key trusted for verification: securesystemslib's description of it, and the
    cryptography key its signatures are checked with."""

    keyid: str
    keytype: str
    scheme: str
    keyval: dict[str, str]
    crypto: Any = field(repr=False, compare=False)
    unrecognized_fields: dict[str, Any] = field(default_factory=dict)

    def verifies(self, signature: bytes, data: bytes) -> bool:
        """Whether `signature` over `data` verifies with this key under its scheme; anything
        the library raises (a malformed signature, an unsupported scheme) is a no."""
        try:
            _verify(self, signature, data)
        except Exception:  # cryptography's InvalidSignature, ValueError, TypeError, ...
            return False
        return True

    def verify_signature(self, signature: Any, data: bytes) -> None:
        """securesystemslib's `Key.verify_signature` (a `Signature` with a hex signature), for
        the libraries that take a key (securesystemslib's DSSE, in-toto): raises its
        `UnverifiedSignatureError` unless the signature verifies."""
        from securesystemslib.exceptions import UnverifiedSignatureError, VerificationError

        if signature.keyid != self.keyid:
            raise VerificationError(f"keyid mismatch: {self.keyid} != {signature.keyid}")
        try:
            raw = bytes.fromhex(signature.signature)
        except (TypeError, ValueError) as exc:
            raise VerificationError(f"Unknown failure to verify signature by {self.keyid}") from exc
        if not self.verifies(raw, data):
            raise UnverifiedSignatureError(f"Failed to verify signature by {self.keyid}")

    def to_dict(self) -> dict[str, Any]:
        """The key's serialization, as `SSlibKey.to_dict` gives it (in-toto layouts hold it)."""
        return {
            "keytype": self.keytype,
            "scheme": self.scheme,
            "keyval": dict(self.keyval),
            **self.unrecognized_fields,
        }

    def to_sslib(self) -> Any:
        """This key as a securesystemslib `SSlibKey` (for a signer, or for in-toto)."""
        from securesystemslib.signer import SSlibKey  # type: ignore[attr-defined]  # re-exported without `as`

        return SSlibKey(
            self.keyid, self.keytype, self.scheme, dict(self.keyval), dict(self.unrecognized_fields)
        )


def from_crypto(public: Any, *, unrecognized_fields: dict[str, Any] | None = None) -> PublicKey:
    """The key `SSlibKey.from_crypto(public)` describes (ValueError for an unsupported key)."""
    from cryptography.hazmat.primitives._serialization import Encoding, PublicFormat
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    def pem() -> str:
        return str(public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode())

    if isinstance(public, rsa.RSAPublicKey):
        keytype, scheme, value = "rsa", "rsassa-pss-sha256", pem()
    elif isinstance(public, ec.EllipticCurvePublicKey):
        curves = {ec.SECP256R1: "256", ec.SECP384R1: "384", ec.SECP521R1: "521"}
        bits = next((b for c, b in curves.items() if isinstance(public.curve, c)), None)
        if bits is None:
            raise ValueError(f"unsupported curve '{public.curve.name}'")
        keytype, scheme, value = "ecdsa", f"ecdsa-sha2-nistp{bits}", pem()
    elif isinstance(public, ed25519.Ed25519PublicKey):
        raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
        keytype, scheme, value = "ed25519", "ed25519", raw
    else:
        raise ValueError(f"unsupported key '{type(public)}'")
    keyval = {"public": value}
    return PublicKey(
        default_keyid(keytype, scheme, keyval), keytype, scheme, keyval, public,
        dict(unrecognized_fields or {}),
    )  # fmt: skip


def default_keyid(keytype: str, scheme: str, keyval: dict[str, str]) -> str:
    """securesystemslib's `compute_default_keyid`: the sha256 of the key's canonical JSON."""
    document = {"keytype": keytype, "scheme": scheme, "keyval": keyval}
    return hashlib.sha256(_canonical(document).encode("utf-8")).hexdigest()


def _canonical(value: Any) -> str:
    """OLPC canonical JSON (securesystemslib's `encode_canonical`) of strings and objects: only
    `\\` and `"` are escaped in a string; object keys sorted."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, dict):
        items = sorted(value.items())
        return "{" + ",".join(f"{_canonical(k)}:{_canonical(v)}" for k, v in items) + "}"
    raise TypeError(f"not a string or an object of strings: {type(value).__name__}")


def pem_loader() -> Callable[[bytes], Any]:
    """cryptography's `load_pem_public_key`, without importing its serialization package (its
    ssh module and every cipher): the binding function that package re-exports, when it is."""
    try:
        from cryptography.hazmat.bindings._rust import openssl

        loader: Callable[..., Any] = openssl.keys.load_pem_public_key
    except (ImportError, AttributeError):  # another cryptography: its public import
        from cryptography.hazmat.primitives.serialization import load_pem_public_key

        loader = load_pem_public_key
    return loader


def _verify(key: PublicKey, signature: bytes, data: bytes) -> None:
    """Raise unless `signature` verifies, as `SSlibKey._verify` does for sscli's schemes."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

    public = key.crypto
    if (key.keytype, key.scheme) == ("ed25519", "ed25519"):
        if not isinstance(public, ed25519.Ed25519PublicKey):
            raise ValueError("bad key for ed25519")
        public.verify(signature, data)
    elif key.keytype in ("ecdsa", "ecdsa-sha2-nistp256") and key.scheme == "ecdsa-sha2-nistp256":
        if not isinstance(public, ec.EllipticCurvePublicKey) or not isinstance(
            public.curve, ec.SECP256R1
        ):
            raise ValueError("bad key for ecdsa-sha2-nistp256")
        public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    elif (key.keytype, key.scheme) == ("rsa", "rsassa-pss-sha256"):
        if not isinstance(public, rsa.RSAPublicKey):
            raise ValueError("bad key for rsassa-pss-sha256")
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.AUTO)
        public.verify(signature, data, pss, hashes.SHA256())
    else:
        raise ValueError(f"unsupported public key {key.keytype}/{key.scheme}")

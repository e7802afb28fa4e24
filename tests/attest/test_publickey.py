"""`PublicKey` against securesystemslib itself: the same key ids, types and schemes as
`SSlibKey.from_crypto`, and a signature verifies exactly when `SSlibKey.verify_signature`
accepts it, over real keys of every scheme sscli trusts and signatures mutated every way."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from securesystemslib.exceptions import UnverifiedSignatureError, VerificationError
from securesystemslib.signer import CryptoSigner, Signature, SSlibKey

from sscli.attest import publickey
from sscli.attest.keys import DEVELOPMENT_LABEL, KeyType, generate_key_pair, load_public_key
from sscli.errors import InputError

P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def _private(kind: str) -> Any:
    if kind == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    if kind == "ecdsa":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module", params=["ed25519", "ecdsa", "rsa"])
def pair(request: pytest.FixtureRequest) -> tuple[CryptoSigner, publickey.PublicKey, SSlibKey]:
    private = _private(request.param)
    sslib = SSlibKey.from_crypto(private.public_key())
    return CryptoSigner(private, sslib), publickey.from_crypto(private.public_key()), sslib


def _sslib_accepts(key: SSlibKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify_signature(Signature(key.keyid, signature.hex()), data)
    except (UnverifiedSignatureError, VerificationError):
        return False
    return True


def test_the_key_is_described_as_securesystemslib_describes_it(pair: Any) -> None:
    _signer, ours, theirs = pair
    assert (ours.keyid, ours.keytype, ours.scheme) == (theirs.keyid, theirs.keytype, theirs.scheme)
    assert ours.keyval == theirs.keyval
    assert ours.to_dict() == theirs.to_dict()
    assert ours.to_sslib() == theirs


@pytest.mark.parametrize("curve", [ec.SECP384R1(), ec.SECP521R1()])
def test_other_curves_are_described_too(curve: ec.EllipticCurve) -> None:
    public = ec.generate_private_key(curve).public_key()
    ours, theirs = publickey.from_crypto(public), SSlibKey.from_crypto(public)
    assert (ours.keyid, ours.scheme, ours.keyval) == (theirs.keyid, theirs.scheme, theirs.keyval)


def test_a_curve_securesystemslib_refuses_is_refused() -> None:
    public = ec.generate_private_key(ec.SECP256K1()).public_key()
    with pytest.raises(ValueError, match="unsupported curve"):
        SSlibKey.from_crypto(public)
    with pytest.raises(ValueError, match="unsupported curve"):
        publickey.from_crypto(public)


def _mutations(signature: bytes, other: bytes) -> list[bytes]:
    flipped = [
        bytes([signature[0] ^ 1]) + signature[1:],
        signature[:-1] + bytes([signature[-1] ^ 0x80]),
    ]
    found = [signature, *flipped, signature[:-1], signature + b"\0", b"", b"\0" * len(signature),
             other, signature[::-1]]  # fmt: skip
    try:
        r, s = decode_dss_signature(signature)
    except ValueError:
        return found
    raw = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    # the same signature with s' = n - s (high S), raw r||s, and a DER with a leading zero pad
    found += [encode_dss_signature(r, P256_ORDER - s), raw, encode_dss_signature(r, s + P256_ORDER)]
    return found


@pytest.mark.parametrize("data", [b"", b"payload", bytes(range(256)) * 40])
def test_verification_agrees_with_securesystemslib_on_every_mutation(
    pair: Any, data: bytes
) -> None:
    signer, ours, theirs = pair
    signature = bytes.fromhex(signer.sign(data).signature)
    other = bytes.fromhex(signer.sign(data + b"x").signature)
    for candidate in _mutations(signature, other):
        for payload in (data, data + b"x", data[:-1]):
            expected = _sslib_accepts(theirs, candidate, payload)
            assert ours.verifies(candidate, payload) is expected, (candidate.hex(), payload[:8])
    assert ours.verifies(signature, data)


def test_a_key_under_another_scheme_verifies_nothing(pair: Any) -> None:
    signer, ours, theirs = pair
    signature = bytes.fromhex(signer.sign(b"data").signature)
    for keytype, scheme in [("ed25519", "ed25519"), ("ecdsa", "ecdsa-sha2-nistp256"),
                            ("rsa", "rsassa-pss-sha256"), ("rsa", "rsa-pkcs1v15-sha256"),
                            ("ecdsa", "ecdsa-sha2-nistp384"), ("x", "y")]:  # fmt: skip
        if (keytype, scheme) == (theirs.keytype, theirs.scheme):
            continue
        changed = dataclasses.replace(ours, keytype=keytype, scheme=scheme)
        assert not changed.verifies(signature, b"data")
        assert not _sslib_accepts(
            SSlibKey(theirs.keyid, keytype, scheme, theirs.keyval), signature, b"data"
        ), (keytype, scheme)


def test_the_pem_loader_is_cryptographys_own() -> None:
    from cryptography.hazmat.primitives import serialization

    assert publickey.pem_loader() is serialization.load_pem_public_key


def test_a_labelled_development_key_keeps_its_label(tmp_path: Path) -> None:
    info = generate_key_pair(KeyType.ED25519, tmp_path / "dev.pem", development=True)
    key = load_public_key(tmp_path / "dev.pem.pub")
    assert key.keyid == info.keyid
    assert key.unrecognized_fields == {"x-sscli-development": True}
    assert key.to_sslib().unrecognized_fields == {"x-sscli-development": True}
    assert DEVELOPMENT_LABEL in (tmp_path / "dev.pem.pub").read_text()


def test_hostile_key_files_are_input_errors(tmp_path: Path) -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    from cryptography.hazmat.primitives import serialization

    pem = small.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    cases = {
        "small.pub": (pem, "too small"),
        "garbage.pub": (b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "PEM"),
        "empty.pub": (b"", "PEM"),
        "k1.pub": (_ec_pem(ec.SECP256K1()), "unsupported"),
        "p384.pub": (_ec_pem(ec.SECP384R1()), "unsupported key algorithm"),
    }
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InputError, match=message):
            load_public_key(tmp_path / name)


def test_libraries_that_take_a_key_verify_with_it(pair: Any) -> None:
    signer, ours, _theirs = pair
    good = signer.sign(b"data")
    ours.verify_signature(good, b"data")
    for signature, data in [(good, b"other"), (Signature("0" * 64, good.signature), b"data"),
                            (Signature(ours.keyid, "zz"), b"data")]:  # fmt: skip
        with pytest.raises((UnverifiedSignatureError, VerificationError)):
            ours.verify_signature(signature, data)


def _ec_pem(curve: ec.EllipticCurve) -> bytes:
    """A new public key on `curve`, as a PEM file holds it."""
    from cryptography.hazmat.primitives import serialization

    return (
        ec.generate_private_key(curve)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )

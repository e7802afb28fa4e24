"""Sealed state files (sscli/sealed.py): a body comes back only from its own seal, key and
context; anything else is None, never an exception."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from sscli.sealed import sealed, unsealed

KEY = b"k" * 32


def test_a_sealed_body_comes_back_exactly() -> None:
    for body in (b"", b"{}\n", b"line one\nline two\n", bytes(range(256))):
        assert unsealed(KEY, "memo abc", sealed(KEY, "memo abc", body)) == body


def test_the_seal_is_an_hmac_of_the_context_and_the_body() -> None:
    data = sealed(KEY, "name", b"body")
    expected = hmac.new(KEY, b"name\0body", hashlib.sha256).hexdigest().encode()
    assert data == expected + b"\nbody"


@pytest.mark.parametrize(
    "forged",
    [
        sealed(b"o" * 32, "memo abc", b"{}"),  # another key
        sealed(KEY, "memo abd", b"{}"),  # another file's seal
        sealed(KEY, "manifest abc", b"{}"),  # another kind of file
        sealed(KEY, "memo abc", b"{}")[:-1] + b"]",  # the body edited
        sealed(KEY, "memo abc", b"{}") + b" ",  # something appended
        hashlib.sha256(b"{}").hexdigest().encode() + b"\n{}",  # a plain digest
        sealed(KEY, "memo abc", b"{}").replace(b"\n", b""),  # no line break
        b"",
        b"\n",
        b"\xff" * 100,
    ],
)
def test_anything_else_is_refused(forged: bytes) -> None:
    assert unsealed(KEY, "memo abc", forged) is None

"""Reading Sigstore bundles for display: the DSSE envelope inside and the certificate's claimed
identity. Nothing here verifies anything; `verify.verify_sigstore_bundle` does."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sscli.attest.dsse import Envelope, parse_envelope
from sscli.errors import InputError
from sscli.fsutil import read_bytes_limited

BUNDLE_LIMIT = 16 * 1024 * 1024


@dataclass(frozen=True)
class BundleContents:
    """What a bundle claims: its envelope (None for a message signature) and signer identity."""

    envelope: Envelope | None
    identity: str


def is_bundle_file(path: Path) -> bool:
    """True when `path` holds one JSON object with a Sigstore bundle media type."""
    head = read_bytes_limited(path, BUNDLE_LIMIT).lstrip()[:4096]
    return head.startswith(b"{") and b"application/vnd.dev.sigstore.bundle" in head


def load_bundle(path: Path) -> Any:
    """A sigstore-python `Bundle` parsed from `path` (malformed: `InputError`)."""
    from sigstore.models import Bundle

    data = read_bytes_limited(path, BUNDLE_LIMIT)
    try:
        return Bundle.from_json(data)
    except Exception as exc:  # InvalidBundle, pydantic, x509 and base64 errors share no base
        raise InputError(f"not a Sigstore bundle: {exc}", path=path) from exc


def certificate_identities(bundle: Any, path: Path) -> list[str]:
    """The subject alternative names of a loaded bundle's signing certificate, unverified (the
    verification that may follow is what confirms one). A certificate that cannot be read, or
    has two SAN extensions, is an `InputError`."""
    from cryptography import x509

    try:
        names = bundle.signing_certificate.extensions.get_extension_for_class(
            x509.SubjectAlternativeName
        ).value
    except x509.ExtensionNotFound:
        return []
    except Exception as exc:  # x509.DuplicateExtension, and parse errors of hostile DER
        raise InputError(f"unusable signing certificate: {exc}", path=path) from exc
    return [str(name.value) for name in names]


def read_bundle(path: Path) -> BundleContents:
    """The unverified contents of a bundle, for `attest inspect`."""
    bundle = load_bundle(path)
    identity = ", ".join(certificate_identities(bundle, path)) or "(no subject alternative name)"
    inner = json.loads(bundle.to_json()).get("dsseEnvelope")
    if inner is None:
        return BundleContents(None, identity)
    return BundleContents(parse_envelope(inner, path=path), identity)

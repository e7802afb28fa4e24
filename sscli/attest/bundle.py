"""Reading Sigstore bundles for display: the DSSE envelope inside and the signer each claims.
Nothing here verifies anything; `bundle_verify` does."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sscli.attest.bundle_media import is_bundle_data
from sscli.attest.dsse import Envelope, EnvelopeSignature
from sscli.attest.sigstore_bundle import (
    BUNDLE_LIMIT,
    SigstoreBundle,
    parse_bundle,
    read_bundle_file,
)
from sscli.errors import InputError
from sscli.fsutil import read_bytes_limited


@dataclass(frozen=True)
class BundleContents:
    """What a bundle claims: its envelope (None for a message signature) and its signer: the
    certificate's subject names, or the key hint of a bundle signed with a key."""

    envelope: Envelope | None
    identity: str
    origin: str = ""


def is_bundle_file(path: Path) -> bool:
    """True when `path` holds Sigstore bundles (one, or JSON Lines of them)."""
    return is_bundle_data(read_bytes_limited(path, BUNDLE_LIMIT)[:65536])


def read_bundles(path: Path) -> list[BundleContents]:
    """The unverified contents of every bundle in `path`, for `attest inspect`."""
    return [_contents(parse_bundle(data, origin=origin)) for origin, data in read_bundle_file(path)]


def read_bundle(path: Path) -> BundleContents:
    """The unverified contents of the one bundle in `path`."""
    found = read_bundles(path)
    if len(found) != 1:
        raise InputError(f"holds {len(found)} bundles, expected one", path=path)
    return found[0]


def _contents(bundle: SigstoreBundle) -> BundleContents:
    from sscli.attest.bundle_verify import leaf_certificate
    from sscli.attest.identity import read_claims

    if bundle.key_hint is not None:
        identity = f"a key (hint {bundle.key_hint or 'none'})"
    else:
        names = read_claims(leaf_certificate(bundle)).subject
        identity = ", ".join(names) if names else "(no subject alternative name)"
    inner = bundle.inner.dsse_envelope
    if inner is None:
        return BundleContents(None, identity, bundle.origin)
    signatures = tuple(EnvelopeSignature(s.keyid or "", bytes(s.sig)) for s in inner.signatures)
    envelope = Envelope(bytes(inner.payload), inner.payload_type, signatures)
    return BundleContents(envelope, identity, bundle.origin)

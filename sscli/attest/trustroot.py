"""Sigstore trusted roots: what a bundle is verified against, loaded strictly and offline.

A trusted root (`trusted_root.json`, protobuf-specs `TrustedRoot`) names one Sigstore instance's
certificate authorities, transparency logs, CT logs and timestamp authorities, each with a
closed validity interval. `gh attestation trusted-root` prints several, one JSON document a
line (the public-good instance and GitHub's): each line is one root, never merged, because
what a bundle must carry depends on its instance (GitHub's has no transparency log).

Roots come from a file (`--trusted-root`), from the state directory where `sscli trust update`
keeps the TUF-verified copies, or from the copy bundled with sigstore-python; nothing here goes
online.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.attest._models import describe_error
from sscli.errors import InputError
from sscli.fsutil import read_bytes_limited

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

MAX_ROOT_BYTES = 8 * 1024 * 1024
PUBLIC_GOOD_TUF_URL = "https://tuf-repo-cdn.sigstore.dev"


@dataclass(frozen=True)
class Validity:
    """A closed interval [start, end]; `end` None is open-ended (protobuf-specs TimeRange)."""

    start: datetime
    end: datetime | None = None

    def covers(self, moment: datetime) -> bool:
        return self.start <= moment and (self.end is None or moment <= self.end)

    def describe(self) -> str:
        end = self.end.isoformat() if self.end else "no end"
        return f"{self.start.isoformat()} to {end}"


@dataclass(frozen=True)
class Authority:
    """A certificate authority or timestamp authority: its chain (as listed) and validity."""

    name: str
    certificates: tuple[Certificate, ...]
    validity: Validity


@dataclass(frozen=True)
class LogInstance:
    """A transparency log (Rekor) or certificate transparency log and its key."""

    base_url: str
    log_id: bytes
    key: Any  # sigstore_models PublicKey (raw DER, key details, validity)
    validity: Validity | None

    def valid_at(self, moment: datetime) -> bool:
        return self.validity is None or self.validity.covers(moment)


@dataclass(frozen=True)
class TrustRoot:
    """One Sigstore instance's trusted material, named for messages (`source`)."""

    source: str
    certificate_authorities: tuple[Authority, ...]
    timestamp_authorities: tuple[Authority, ...]
    tlogs: tuple[LogInstance, ...]
    ctlogs: tuple[LogInstance, ...]

    @property
    def instance(self) -> str:
        """The instance's name for people: its first certificate authority's URI."""
        names = [a.name for a in self.certificate_authorities] or [t.base_url for t in self.tlogs]
        return names[0] if names else self.source

    def tlog(self, log_id: bytes) -> LogInstance | None:
        return next((t for t in self.tlogs if t.log_id == log_id), None)

    def expiry(self) -> datetime | None:
        """When the last of its open material stops being valid (None: some never does)."""
        ends = [a.validity.end for a in self.certificate_authorities]
        if not ends or None in ends:
            return None
        return max(end for end in ends if end is not None)

    def to_dict(self) -> dict[str, Any]:
        """What `sscli trust show` prints: every piece of material and its validity."""

        def span(validity: Validity | None) -> dict[str, str | None]:
            if validity is None:
                return {"start": None, "end": None}
            return {
                "start": validity.start.isoformat(),
                "end": validity.end.isoformat() if validity.end else None,
            }

        return {
            "source": self.source,
            "certificateAuthorities": [
                {"uri": a.name, **span(a.validity)} for a in self.certificate_authorities
            ],
            "timestampAuthorities": [
                {"uri": a.name, **span(a.validity)} for a in self.timestamp_authorities
            ],
            "tlogs": [
                {"baseUrl": t.base_url, "logId": t.log_id.hex(), **span(t.validity)}
                for t in self.tlogs
            ],
            "ctlogs": [
                {"baseUrl": t.base_url, "logId": t.log_id.hex(), **span(t.validity)}
                for t in self.ctlogs
            ],
        }


def parse_trust_roots(data: bytes, *, source: str) -> list[TrustRoot]:
    """Every trusted root in `data`: one JSON document, or JSON Lines of them (the output of
    `gh attestation trusted-root`). Anything malformed, unknown or incomplete is an
    `InputError`; a root with a validity interval missing its start is malformed, never taken
    as unbounded."""
    text = data.strip()
    if not text:
        raise InputError("no trusted root in file", path=source)
    if text.startswith(b"{") and b"\n{" not in text:
        return [_parse_one(text, source)]
    lines = [line for line in data.split(b"\n") if line.strip()]
    return [
        _parse_one(line, f"{source}:{number}" if len(lines) > 1 else source)
        for number, line in enumerate(lines, start=1)
    ]


def load_trust_roots(path: Path) -> list[TrustRoot]:
    """`parse_trust_roots` of a file (read without blocking, size-limited)."""
    return parse_trust_roots(read_bytes_limited(path, MAX_ROOT_BYTES), source=str(path))


def bundled_public_good() -> TrustRoot:
    """The public-good root that ships inside the installed sigstore-python (offline)."""
    resource = _bundled_store().joinpath("trusted_root.json")
    return _parse_one(resource.read_bytes(), "public-good (bundled with sigstore-python)")


def bundled_public_good_tuf_root() -> bytes:
    """The TUF root.json that sigstore-python ships for the public-good TUF repository."""
    return bytes(_bundled_store().joinpath("root.json").read_bytes())


def _bundled_store() -> Any:
    # `Verifier.production(offline=True)` would read the user's TUF cache, which another process
    # may refresh: the copy inside the installed package is fixed.
    return files("sigstore._store").joinpath("https%3A%2F%2Ftuf-repo-cdn.sigstore.dev")


def _parse_one(data: bytes, source: str) -> TrustRoot:
    from sigstore_models.trustroot.v1 import TrustedRoot

    from sscli.attest._json import loads_strict

    try:
        document = loads_strict(data)  # duplicate keys are refused before pydantic picks one
        if isinstance(document, dict):
            # protobuf JSON leaves empty lists out (GitHub's root has no tlogs, no ctlogs)
            for key in ("tlogs", "ctlogs", "certificateAuthorities", "timestampAuthorities"):
                document.setdefault(key, [])
        inner = TrustedRoot.from_json(json.dumps(document))
    except Exception as exc:  # pydantic's ValidationError, JSON errors
        raise InputError(
            f"not a usable Sigstore trusted root: {describe_error(exc)}", path=source
        ) from exc
    try:
        return TrustRoot(
            source=source,
            certificate_authorities=tuple(_authority(a) for a in inner.certificate_authorities),
            timestamp_authorities=tuple(_authority(a) for a in inner.timestamp_authorities),
            tlogs=tuple(_log(t) for t in inner.tlogs),
            ctlogs=tuple(_log(t) for t in inner.ctlogs),
        )
    except ValueError as exc:
        raise InputError(f"not a usable Sigstore trusted root: {exc}", path=source) from exc


def _authority(authority: Any) -> Authority:
    from cryptography.x509 import load_der_x509_certificate

    certificates = tuple(
        load_der_x509_certificate(c.raw_bytes) for c in authority.cert_chain.certificates
    )
    if not certificates:
        raise ValueError(f"authority {authority.uri or authority.subject} has no certificates")
    name = authority.uri or f"{authority.subject.organization} {authority.subject.common_name}"
    return Authority(name, certificates, _validity(authority.valid_for))


def _log(instance: Any) -> LogInstance:
    key = instance.public_key
    if not key.raw_bytes:
        raise ValueError(f"log {instance.base_url} has no public key")
    validity = _validity(key.valid_for) if key.valid_for is not None else None
    return LogInstance(instance.base_url, bytes(instance.log_id.key_id), key, validity)


def _validity(span: Any) -> Validity:
    return Validity(_utc(span.start), _utc(span.end) if span.end is not None else None)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def describe_roots(roots: Sequence[TrustRoot]) -> str:
    return ", ".join(root.instance for root in roots)

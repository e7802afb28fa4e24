"""DSSE envelopes: the model, PAE, and strict parsing of untrusted envelope JSON.

Spec: https://github.com/secure-systems-lab/dsse/blob/master/envelope.md and protocol.md.
An envelope is parsed into bytes exactly once; signatures are always checked over
`pae(payload_type, payload)` of those bytes, never over a re-serialisation.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sscli.attest._json import loads_strict
from sscli.errors import InputError
from sscli.fsutil import read_bytes_limited

MAX_ENVELOPE_BYTES = 64 * 1024 * 1024
_ENVELOPE_FIELDS = frozenset({"payload", "payloadType", "signatures"})
_SIGNATURE_FIELDS = frozenset({"keyid", "sig"})


@dataclass(frozen=True)
class EnvelopeSignature:
    """One signature of an envelope; `keyid` is an unauthenticated hint (may be empty)."""

    keyid: str
    sig: bytes


@dataclass(frozen=True)
class Envelope:
    """A DSSE envelope: the payload bytes, their type, and zero or more signatures."""

    payload: bytes
    payload_type: str
    signatures: tuple[EnvelopeSignature, ...] = ()

    def pae(self) -> bytes:
        """The bytes every signature covers."""
        return pae(self.payload_type, self.payload)

    def with_signature(self, signature: EnvelopeSignature) -> Envelope:
        """A copy with `signature` appended."""
        return Envelope(self.payload, self.payload_type, (*self.signatures, signature))

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (standard base64)."""
        return {
            "payload": _b64encode(self.payload),
            "payloadType": self.payload_type,
            "signatures": [{"keyid": s.keyid, "sig": _b64encode(s.sig)} for s in self.signatures],
        }

    def to_json_line(self) -> bytes:
        """Compact JSON without newlines: one line of a `.intoto.jsonl` file (as `to_dict`)."""
        # Written out by hand: this is on the path of every signature, and only the two
        # strings that may hold arbitrary text go through the JSON encoder.
        signatures = ",".join(
            f'{{"keyid":{json.dumps(s.keyid)},"sig":"{_b64encode(s.sig)}"}}'
            for s in self.signatures
        )
        line = (
            f'{{"payload":"{_b64encode(self.payload)}",'
            f'"payloadType":{json.dumps(self.payload_type)},"signatures":[{signatures}]}}'
        )
        return line.encode("ascii")


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSEv1 Pre-Authentication Encoding: lengths are byte counts in ASCII decimal."""
    type_bytes = payload_type.encode("utf-8")
    return b"DSSEv1 %d %b %d %b" % (len(type_bytes), type_bytes, len(payload), payload)


def parse_envelope(
    data: Any, *, path: Path | str | None = None, line: int | None = None
) -> Envelope:
    """Validate a parsed JSON value as a DSSE envelope; raise `InputError` naming the field."""

    def fail(message: str, field: str | None = None) -> InputError:
        return InputError(message, path=path, line=line, field=field)

    if not isinstance(data, dict):
        raise fail("not a DSSE envelope: expected a JSON object")
    if not _ENVELOPE_FIELDS.issuperset(data):
        unknown = set(data) - _ENVELOPE_FIELDS
        raise fail(f"unknown envelope field(s): {', '.join(sorted(unknown))}")
    payload_type = data.get("payloadType")
    if not isinstance(payload_type, str) or not payload_type:
        raise fail("missing or not a string", "payloadType")
    payload = _b64decode(data.get("payload"), fail, "payload")
    signatures = data.get("signatures")
    if not isinstance(signatures, list):
        raise fail("missing or not a list", "signatures")
    parsed = []
    for index, entry in enumerate(signatures):
        if not isinstance(entry, dict) or not _SIGNATURE_FIELDS.issuperset(entry):
            raise fail("must be an object with only keyid and sig", f"signatures[{index}]")
        keyid = entry.get("keyid", "")
        if not isinstance(keyid, str):
            raise fail("must be a string", f"signatures[{index}].keyid")
        sig = _b64decode(entry.get("sig"), fail, "signatures[%d].sig", index)
        if not sig:
            raise fail("empty signature", f"signatures[{index}].sig")
        parsed.append(EnvelopeSignature(keyid, sig))
    return Envelope(payload, payload_type, tuple(parsed))


def loads_envelope(
    text: str | bytes, *, path: Path | str | None = None, line: int | None = None
) -> Envelope:
    """Parse one envelope from JSON text."""
    try:
        data = loads_strict(text)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"not valid JSON: {exc}", path=path, line=line) from exc
    return parse_envelope(data, path=path, line=line)


def read_envelopes(path: Path) -> list[Envelope]:
    """All envelopes of a `.intoto.jsonl` file (or of a file holding one pretty-printed envelope).

    Every non-blank line must be one complete envelope: a truncated or non-JSON line is an
    error naming its line number, never skipped.
    """
    raw = read_bytes_limited(path, MAX_ENVELOPE_BYTES)
    stripped = raw.strip()
    if not stripped:
        raise InputError("no envelopes in file", path=path)
    if stripped.split(b"\n", 1)[0].strip() == b"{":
        return [loads_envelope(stripped, path=path)]  # one pretty-printed envelope
    return [
        loads_envelope(line, path=path, line=number)
        for number, line in enumerate(raw.split(b"\n"), start=1)
        if line.strip()
    ]


def _b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64decode(value: Any, fail: Any, field: str, index: int | None = None) -> bytes:
    if index is not None:
        field = field % index
    if not isinstance(value, str):
        raise fail("missing or not a base64 string", field)
    # DSSE allows standard or URL-safe base64, padded or not; anything else is rejected.
    text = value.replace("-", "+").replace("_", "/") if "-" in value or "_" in value else value
    if len(text) % 4:
        text += "=" * (-len(text) % 4)
    try:
        # Strict mode refuses what b64decode(validate=True) refuses (characters outside the
        # alphabet, misplaced padding), without its per-call regular expression.
        return binascii.a2b_base64(text, strict_mode=True)
    except (binascii.Error, ValueError) as exc:
        raise fail("not valid base64", field) from exc

"""`sscli verify vsa`: check a verification summary as slsa-verifier's `verify-vsa` does, in the
order of the VSA spec's "How to verify": the DSSE signature by a trusted key, the predicate
type, every expected subject digest among the subjects, the verifier id, the resourceUri, the
result PASSED, and the verified levels (a SLSA track level at least the one required, any other
level exactly).

A file or a registry may hold several summaries of one artifact (the gate ran again). Of those
whose signature, type, subject, verifier and resource match, the latest `timeVerified` is the
verifier's verdict: a later FAILED is not hidden by an earlier PASSED.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.dsse import Envelope
from sscli.attest.predicates import PredicateType, validate_predicate
from sscli.attest.statement import Statement, parse_statement
from sscli.errors import InputError, PolicyError

_LEVEL = re.compile(r"^SLSA_([A-Z0-9]+)_LEVEL_([0-9]+)\Z")
_DIGEST = re.compile(r"^([A-Za-z0-9_-]+):(\S+)\Z")


@dataclass(frozen=True)
class Expectations:
    """What the summary must say (slsa-verifier's --subject-digest, --verifier-id,
    --resource-uri and --verified-level)."""

    digests: tuple[tuple[str, str], ...]  # (algorithm, value), all must be subjects
    verifier_id: str
    resource_uri: str
    levels: tuple[str, ...] = ()


@dataclass
class VsaResult:
    """The summary that decided (if one matched) and why each other one did not."""

    statement: Statement | None = None
    source: str = ""
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)

    @property
    def verified(self) -> bool:
        return self.statement is not None


def parse_digest(text: str) -> tuple[str, str]:
    """`sha256:HEX` (slsa-verifier's <digest type>:<digest value>) as (algorithm, value)."""
    match = _DIGEST.match(text.strip())
    if match is None:
        raise InputError(
            f"{text!r} is not <algorithm>:<value>", field="--subject-digest", hint="sha256:HEX"
        )
    return match.group(1), match.group(2).lower()


def check_levels(wanted: Sequence[str], verified: Sequence[str]) -> str | None:
    """Why `verified` does not meet `wanted` (None when it does): each SLSA_<TRACK>_LEVEL_<n>
    needs that track at n or above; any other level must be listed as is."""
    have: dict[str, int] = {}
    for level in verified:
        match = _LEVEL.match(level)
        if match:
            have[match.group(1)] = max(have.get(match.group(1), 0), int(match.group(2)))
    for level in wanted:
        match = _LEVEL.match(level)
        if match:
            track, minimum = match.group(1), int(match.group(2))
            if track not in have:
                return f"no SLSA {track} level was verified (wanted {level})"
            if have[track] < minimum:
                return f"SLSA {track} level {have[track]} was verified, below {level}"
        elif level.startswith("SLSA_"):
            raise InputError(f"malformed SLSA level {level!r}", field="--verified-level")
        elif level not in verified:
            return f"{level} is not among the verified levels"
    return None


def check_vsa(
    envelopes: Sequence[tuple[str, Envelope]], keys: Sequence[Any], expected: Expectations
) -> VsaResult:
    """The decision on the summaries `envelopes` (source, envelope) under `expected`."""
    if not expected.digests:
        raise InputError("no subject digest to check", field="--subject-digest")
    result = VsaResult()
    candidates: list[tuple[datetime, str, Statement]] = []
    for source, envelope in envelopes:
        try:
            statement = _matching(envelope, keys, expected)
            when = _time_verified(statement)
        except PolicyError as refused:
            result.rejected.append((source, refused.message))
            continue
        candidates.append((when, source, statement))
    if not candidates:
        return result
    when, source, statement = max(candidates, key=lambda c: c[0])
    reason = _verdict_problem(statement, expected)
    if reason is not None:
        result.rejected.append((source, f"the latest summary ({_iso(when)}): {reason}"))
        return result
    result.statement, result.source = statement, source
    return result


def _matching(envelope: Envelope, keys: Sequence[Any], expected: Expectations) -> Statement:
    """The statement if it is a signed VSA about the expected subject, by the expected
    verifier, of the expected resource (whatever its verdict); else PolicyError."""
    if envelope.payload_type != PAYLOAD_TYPE:
        raise PolicyError(f"payloadType is {envelope.payload_type!r}, not {PAYLOAD_TYPE!r}")
    if not signed_by(envelope, keys):
        raise PolicyError("no signature verifies with the given key(s)")
    try:
        statement = parse_statement(envelope.payload)
    except InputError as exc:
        raise PolicyError(f"signed, but not an in-toto statement: {exc.message}") from exc
    if statement.predicate_type != PredicateType.SLSA_VSA_V1:
        raise PolicyError(f"predicateType is {statement.predicate_type}, not a VSA")
    try:
        validate_predicate(statement.predicate_type, dict(statement.predicate))
    except InputError as exc:
        raise PolicyError(exc.message) from exc
    present = {(a, v) for s in statement.subjects for a, v in s.digest.items()}
    for algorithm, value in expected.digests:
        if (algorithm, value) not in present:
            raise PolicyError(f"no subject has the digest {algorithm}:{value}")
    predicate = statement.predicate
    verifier = predicate["verifier"]["id"]
    if verifier != expected.verifier_id:
        raise PolicyError(f"verifier.id is {verifier!r}, not {expected.verifier_id!r}")
    if predicate["resourceUri"] != expected.resource_uri:
        raise PolicyError(
            f"resourceUri is {predicate['resourceUri']!r}, not {expected.resource_uri!r}"
        )
    return statement


def signed_by(envelope: Envelope, keys: Sequence[Any]) -> bool:
    """Whether a signature of `envelope` verifies with one of `keys`, whatever key id it
    claims: the keys are the ones the user named (slsa-verifier's --public-key-path), and
    other signers' key ids (`keystore://...`) are theirs. ECDSA signatures are DER, or the raw
    r||s (IEEE P1363) that Google's and others' VSAs carry."""
    from sscli.attest.verify import signature_verifies

    pae = envelope.pae()
    return any(
        signature_verifies(key, encoded, pae)
        for signature in envelope.signatures
        for key in keys
        for encoded in _encodings(signature.sig, key)
    )


def _encodings(sig: bytes, key: Any) -> list[bytes]:
    if key.keytype != "ecdsa" or len(sig) not in (64, 96, 132):  # P-256, P-384, P-521
        return [sig]
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    half = len(sig) // 2
    r, s = int.from_bytes(sig[:half], "big"), int.from_bytes(sig[half:], "big")
    return [sig, encode_dss_signature(r, s)]


def _verdict_problem(statement: Statement, expected: Expectations) -> str | None:
    predicate = statement.predicate
    if predicate["verificationResult"] != "PASSED":
        return f"verificationResult is {predicate['verificationResult']}"
    return check_levels(expected.levels, predicate["verifiedLevels"])


def _time_verified(statement: Statement) -> datetime:
    """When the verifier decided (optional in the spec: without it, the oldest possible)."""
    text = statement.predicate.get("timeVerified")
    if text is None:
        return datetime.min.replace(tzinfo=UTC)
    try:
        when = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        raise PolicyError(f"timeVerified {text!r} is not a date-time") from None
    if when.tzinfo is None:
        raise PolicyError(f"timeVerified {text!r} has no time zone")
    return when


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds").replace("+00:00", "Z")

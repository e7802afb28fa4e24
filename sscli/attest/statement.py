"""The in-toto Statement v1 model, parsed and validated by the attestation framework's rules.

Spec: https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md and
resource_descriptor.md. Parsing ignores unknown fields, as the spec requires of consumers;
everything sscli writes is built from these models, so it never emits fields of its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, TypeVar

from sscli.attest._json import loads_strict
from sscli.errors import InputError
from sscli.schemas import is_uri

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
# Read, never written: v0.1 has the same fields (npm and GitHub provenance of 2023 use it).
STATEMENT_V01 = "https://in-toto.io/Statement/v0.1"
# The subject annotation that labels a Statement signed with a development key.
SIGNING_KEY_ANNOTATION = "sscli.dev/signing-key"

# Hex lengths of the hash algorithms the attestation framework names (digest_set.md).
HEX_DIGEST_LENGTHS: Mapping[str, int] = {
    "sha1": 40,
    "sha224": 56,
    "sha256": 64,
    "sha384": 96,
    "sha512": 128,
    "sha512_224": 56,
    "sha512_256": 64,
    "sha3_224": 56,
    "sha3_256": 64,
    "sha3_384": 96,
    "sha3_512": 128,
    "blake2b": 128,
    "blake2s": 64,
    "md5": 32,
    "gitCommit": 40,
    "gitTree": 40,
    "gitBlob": 40,
}
_GIT_DIGESTS = frozenset({"gitCommit", "gitTree", "gitBlob", "gitTag"})
_HEX = re.compile(r"^[0-9a-f]+\Z")
_Model = TypeVar("_Model")
# json.dumps with arguments builds an encoder per call; statements are encoded per signature.
_COMPACT = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)
_ALGORITHM = re.compile(r"^[A-Za-z0-9_\-]+\Z")


@dataclass(frozen=True)
class ResourceDescriptor:
    """An artifact a Statement speaks about: a name and its digests (at least one)."""

    digest: Mapping[str, str]
    name: str = ""
    uri: str = ""
    annotations: Mapping[str, Any] = field(default_factory=dict)
    media_type: str = ""  # the spec's `mediaType`, e.g. an OCI manifest's

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, with unset fields left out."""
        data: dict[str, Any] = {}
        if self.name:
            data["name"] = self.name
        if self.uri:
            data["uri"] = self.uri
        data["digest"] = dict(self.digest)
        if self.media_type:
            data["mediaType"] = self.media_type
        if self.annotations:
            data["annotations"] = dict(self.annotations)
        return data


@dataclass(frozen=True)
class Statement:
    """An in-toto Statement v1: subjects, a predicate type (URI) and the predicate object.

    Construction validates the framework's field rules, so no invalid Statement exists.
    """

    subjects: tuple[ResourceDescriptor, ...]
    predicate_type: str
    predicate: Mapping[str, Any] = field(default_factory=dict)
    statement_type: str = STATEMENT_TYPE

    def __post_init__(self) -> None:
        if self.statement_type not in (STATEMENT_TYPE, STATEMENT_V01):
            raise InputError(f"unsupported statement type {self.statement_type!r}", field="_type")
        if not isinstance(self.predicate_type, str) or not _is_uri(self.predicate_type):
            raise InputError("must be an absolute URI", field="predicateType")
        if not isinstance(self.predicate, dict) and not isinstance(self.predicate, Mapping):
            raise InputError("must be a JSON object", field="predicate")
        if not self.subjects:
            raise InputError("must be a non-empty list", field="subject")
        for index, subject in enumerate(self.subjects):
            _check_subject(subject, index)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, field order as in the spec."""
        data: dict[str, Any] = {
            "_type": self.statement_type,
            "subject": [s.to_dict() for s in self.subjects],
            "predicateType": self.predicate_type,
        }
        if self.predicate:
            data["predicate"] = dict(self.predicate)
        return data

    def annotated(self, key: str, value: Any) -> Statement:
        """The same Statement with `key: value` added to every subject's annotations."""
        subjects = tuple(
            replace(s, annotations={**s.annotations, key: value}) for s in self.subjects
        )
        return replace(self, subjects=subjects)

    def annotation(self, key: str) -> Any:
        """The value of annotation `key` on any subject (None when no subject has it)."""
        return next((s.annotations[key] for s in self.subjects if key in s.annotations), None)

    def to_json_bytes(self) -> bytes:
        """Compact UTF-8 JSON: the bytes that go into a DSSE payload."""
        return _COMPACT.encode(self.to_dict()).encode()


def parse_statement(payload: bytes, *, accept_v01: bool = False) -> Statement:
    """Parse and validate a Statement from DSSE payload bytes (raises `InputError`);
    `accept_v01` also reads in-toto Statement v0.1 (signed by others, e.g. npm provenance)."""
    try:
        data = loads_strict(payload)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"payload is not a JSON statement: {exc}", field="payload") from exc
    return statement_from_dict(data, accept_v01=accept_v01)


def statement_from_dict(data: Any, *, accept_v01: bool = False) -> Statement:
    """A Statement from its parsed JSON form; shapes are checked here, rules by the model."""
    if not isinstance(data, dict):
        raise InputError("a statement must be a JSON object", field="payload")
    if data.get("_type") not in (
        (STATEMENT_TYPE, STATEMENT_V01) if accept_v01 else (STATEMENT_TYPE,)
    ):
        raise InputError(
            f"unsupported statement type {data.get('_type')!r} (expected {STATEMENT_TYPE})",
            field="_type",
        )
    predicate = data.get("predicate")
    if predicate is not None and not isinstance(predicate, dict):
        raise InputError("must be a JSON object", field="predicate")
    subjects = data.get("subject")
    if not isinstance(subjects, list):
        raise InputError("must be a non-empty list", field="subject")
    statement = _built(
        Statement,
        {
            "subjects": tuple([_subject_from_dict(s, i) for i, s in enumerate(subjects)]),
            "predicate_type": data.get("predicateType"),  # checked by the model
            "predicate": predicate or {},
            "statement_type": data["_type"],
        },
    )
    statement.__post_init__()  # the model's rules, as its __init__ would check them
    return statement


def _built(cls: type[_Model], fields: dict[str, Any]) -> _Model:
    """An instance of a frozen dataclass from all its fields in one step: its __init__ sets
    each through object.__setattr__, microseconds on the path of every signature check.
    (tests/attest/test_models.py checks that parsing sets every field of both models.)"""
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance


def _subject_from_dict(subject: Any, index: int) -> ResourceDescriptor:
    if not isinstance(subject, dict):
        raise InputError("must be a JSON object", field=f"subject[{index}]")
    digest = subject.get("digest")
    if not isinstance(digest, dict):
        raise InputError("a subject needs a non-empty digest set", field=f"subject[{index}].digest")
    annotations = subject.get("annotations")
    if annotations is not None and not isinstance(annotations, dict):
        raise InputError("must be a JSON object", field=f"subject[{index}].annotations")
    return _built(
        ResourceDescriptor,
        {
            "digest": digest,
            "name": subject.get("name") or "",
            "uri": subject.get("uri") or "",
            "annotations": annotations or {},
            "media_type": subject.get("mediaType") or "",
        },
    )


# Every statement names its predicate type: the few distinct ones are checked once each.
_is_uri = lru_cache(maxsize=256)(is_uri)


def _check_subject(subject: ResourceDescriptor, index: int) -> None:
    # Field names are built only for an error: this runs for every subject of every statement.
    if not _strings(subject.name, subject.uri, subject.media_type):
        for key in ("name", "uri", "media_type"):
            if not isinstance(getattr(subject, key), str):
                raise InputError("must be a string", field=f"subject[{index}].{key}")
    if not subject.digest:
        raise InputError("a subject needs a non-empty digest set", field=f"subject[{index}].digest")
    for algorithm, value in subject.digest.items():
        problem = _digest_problem(algorithm, value)
        if problem is not None:
            raise InputError(problem, field=f"subject[{index}].digest.{algorithm}")


def _strings(*values: Any) -> bool:
    return isinstance(values[0], str) and isinstance(values[1], str) and isinstance(values[2], str)


def _digest_problem(algorithm: Any, value: Any) -> str | None:
    if algorithm not in HEX_DIGEST_LENGTHS and (
        not isinstance(algorithm, str) or not _ALGORITHM.match(algorithm)
    ):
        return "malformed digest algorithm name"
    if not isinstance(value, str) or not value:
        return "a digest must be a non-empty string"
    if algorithm in _GIT_DIGESTS:  # a SHA-1 or a SHA-256 repository's object id
        if len(value) not in (40, 64) or not _HEX.match(value):
            return "must be 40 or 64 lowercase hex characters"
        return None
    expected = HEX_DIGEST_LENGTHS.get(algorithm)
    if expected is not None and (len(value) != expected or not _HEX.match(value)):
        return f"must be {expected} lowercase hex characters"
    return None

"""Statement, DSSE envelope and predicate models: the spec's field rules and strict parsing."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

import pytest

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.dsse import Envelope, EnvelopeSignature, loads_envelope, pae
from sscli.attest.predicates import (
    PredicateType,
    ingest_record,
    slsa_provenance,
    validate_predicate,
    vulns_predicate,
)
from sscli.attest.statement import ResourceDescriptor, Statement, parse_statement
from sscli.errors import InputError

from .conftest import SLSA_PREDICATE

GOOD: dict[str, Any] = {
    "_type": "https://in-toto.io/Statement/v1",
    "subject": [{"name": "a.whl", "digest": {"sha256": "ab" * 32}}],
    "predicateType": "https://slsa.dev/provenance/v1",
    "predicate": SLSA_PREDICATE,
}


def _with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    target = data
    for part in path[:-1]:
        target = target[part]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()


def test_dsse_spec_pae_vector() -> None:
    # The test vector of the DSSE protocol spec.
    assert pae("http://example.com/HelloWorld", b"hello world") == (
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    )


def test_pae_counts_bytes_not_characters() -> None:
    assert pae("t\u00e9", "\u00e9".encode()) == b"DSSEv1 3 t\xc3\xa9 2 \xc3\xa9"


def test_statement_round_trip() -> None:
    statement = parse_statement(json.dumps(GOOD).encode())
    assert statement.to_dict() == GOOD
    assert parse_statement(statement.to_json_bytes()) == statement


def test_statement_ignores_unknown_fields_as_the_spec_requires() -> None:
    data = _with(("extension",), {"x": 1})
    assert "extension" not in parse_statement(json.dumps(data).encode()).to_dict()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (_with(("_type",), "https://in-toto.io/Statement/v0.1"), "_type"),
        (_with(("_type",), _DELETE), "_type"),
        (_with(("predicateType",), "not a uri"), "predicateType"),
        (_with(("predicateType",), _DELETE), "predicateType"),
        (_with(("predicate",), ["a list"]), "predicate"),
        (_with(("subject",), []), "subject"),
        (_with(("subject", 0, "digest"), {}), "subject[0].digest"),
        (_with(("subject", 0, "digest"), _DELETE), "subject[0].digest"),
        (_with(("subject", 0, "digest", "sha256"), "AB" * 32), "subject[0].digest.sha256"),
        (_with(("subject", 0, "digest", "sha256"), "ab" * 31), "subject[0].digest.sha256"),
        (_with(("subject", 0, "digest", "sha256"), 5), "subject[0].digest.sha256"),
        (_with(("subject", 0, "name"), 5), "subject[0].name"),
        (_with(("subject", 0), "a.whl"), "subject[0]"),
    ],
)
def test_statement_field_rules(data: dict[str, Any], field: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_statement(json.dumps(data).encode())
    assert caught.value.field == field


def test_statement_with_duplicate_keys_is_rejected() -> None:
    text = json.dumps(GOOD)[:-1] + ', "predicateType": "https://example.org/other"}'
    with pytest.raises(InputError, match="duplicate key"):
        parse_statement(text.encode())


def test_a_parsed_statement_has_every_field_of_the_models() -> None:
    """Parsing builds the models without their __init__ (sscli/attest/statement.py): every
    field must be set, and the result equal to the model built the ordinary way."""
    import dataclasses

    built = Statement(
        (ResourceDescriptor(digest={"sha256": "a" * 64}, name="x.whl"),),
        "https://slsa.dev/provenance/v1",
        {"a": 1},
    )
    parsed = parse_statement(built.to_json_bytes())
    assert parsed == built
    for model, instance in ((Statement, parsed), (ResourceDescriptor, parsed.subjects[0])):
        assert set(vars(instance)) == {f.name for f in dataclasses.fields(model)}
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.predicate_type = "x"  # type: ignore[misc]


def test_statement_bytes_are_compact_utf8_json() -> None:
    statement = Statement(
        (ResourceDescriptor(digest={"sha256": "a" * 64}, name="é.whl"),),
        "https://slsa.dev/provenance/v1",
        {"x": [1, 2.5, None, True, "ü"]},
    )
    expected = json.dumps(statement.to_dict(), separators=(",", ":"), ensure_ascii=False)
    assert statement.to_json_bytes() == expected.encode("utf-8")


def test_statement_model_refuses_to_build_an_invalid_statement() -> None:
    with pytest.raises(InputError):
        Statement((ResourceDescriptor(digest={"sha256": "x"}),), "https://example.org/p")


def _envelope_json(**changes: Any) -> str:
    data: dict[str, Any] = {
        "payload": base64.b64encode(b'{"a":1}').decode(),
        "payloadType": PAYLOAD_TYPE,
        "signatures": [{"keyid": "k", "sig": base64.b64encode(b"sig").decode()}],
    }
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[]", "expected a JSON object"),
        ('{"payload": "', "not valid JSON"),
        (_envelope_json(payload="not base64!"), "payload"),
        (_envelope_json(payload=5), "payload"),
        (_envelope_json(payloadType=""), "payloadType"),
        (_envelope_json(signatures={}), "signatures"),
        (_envelope_json(signatures=[{"sig": ""}]), "empty signature"),
        (_envelope_json(signatures=[{"keyid": 1, "sig": "c2ln"}]), "keyid"),
        (_envelope_json(signatures=[{"sig": "c2ln", "cert": "x"}]), "only keyid and sig"),
        (_envelope_json(extra=1), "unknown envelope field"),
        ('{"payload":"e30=","payload":"e30=","payloadType":"t","signatures":[]}', "duplicate"),
    ],
)
def test_hostile_envelopes_are_rejected(text: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        loads_envelope(text, path="x.intoto.jsonl", line=3)


@pytest.mark.parametrize(
    "value", ["ab=c", "a===", "YQ===", "ab\ncd", "ab cd", "YQ==YQ==", "é", "a.b="]
)
def test_malformed_base64_is_refused_naming_the_field(value: str) -> None:
    """What b64decode(validate=True) refuses, the strict decoder refuses too; the field of a
    signature is named with its index."""
    with pytest.raises(InputError, match="not valid base64") as payload:
        loads_envelope(_envelope_json(payload=value))
    assert payload.value.field == "payload"
    signatures = [{"keyid": "k", "sig": "c2ln"}, {"keyid": "k", "sig": value}]
    with pytest.raises(InputError, match="not valid base64") as signature:
        loads_envelope(_envelope_json(signatures=signatures))
    assert signature.value.field == "signatures[1].sig"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"]
)
def test_strict_json_reads_bytes_as_json_loads_does(encoding: str) -> None:
    from sscli.attest._json import loads_strict

    for document in ('{"a": "é", "b": [1, {"c": null}]}', "{}", '["x"]', '"s"'):
        assert loads_strict(document.encode(encoding)) == json.loads(document.encode(encoding))
    with pytest.raises(ValueError, match="duplicate key"):
        loads_strict('{"a": 1, "a": 2}'.encode(encoding))


def test_envelope_accepts_url_safe_unpadded_base64() -> None:
    payload = b"\xfb\xff\xfe"
    text = _envelope_json(payload=base64.urlsafe_b64encode(payload).decode().rstrip("="))
    assert loads_envelope(text).payload == payload


def test_envelope_serialisation_round_trip() -> None:
    envelope = Envelope(b"{}", PAYLOAD_TYPE, (EnvelopeSignature("", b"\x00\x01"),))
    line = envelope.to_json_line()
    assert b"\n" not in line
    assert loads_envelope(line) == envelope


def test_builders_produce_valid_predicates() -> None:
    provenance = slsa_provenance(
        build_type="https://sscli.dev/build/wheel/v1",
        builder_id="https://sscli.dev/builder/local",
        external_parameters={"source": "."},
        started_on="2026-01-01T00:00:00Z",
    )
    assert provenance["runDetails"]["metadata"] == {"startedOn": "2026-01-01T00:00:00Z"}
    vulns = vulns_predicate(
        scanner_uri="pkg:pypi/sscli@0.1",
        scanner_version="0.1",
        results=[{"id": "GHSA-xxxx", "severity": [{"method": "CVSSv3", "score": "7.5"}]}],
        db_uri="https://osv.dev",
        started_on="2026-01-01T00:00:00Z",
        finished_on="2026-01-01T00:00:01Z",
    )
    assert vulns["scanner"]["result"][0]["id"] == "GHSA-xxxx"
    record = ingest_record(
        package={"name": "hello", "version": "1.0", "purl": "pkg:pypi/hello@1.0"},
        source={"index": "https://pypi.org/simple/"},
        artifact={"filename": "hello-1.0.tar.gz", "digest": {"sha256": "0" * 64}, "size": 3},
        checks=[{"name": "archive", "result": "pass"}],
        decision="allow",
        reasons=[],
        ingested_on="2026-01-01T00:00:00Z",
    )
    assert record["policy"]["decision"] == "allow"


@pytest.mark.parametrize(
    ("predicate_type", "predicate", "where"),
    [
        (PredicateType.SLSA_PROVENANCE_V1, {"runDetails": {}}, "buildDefinition"),
        (
            PredicateType.SLSA_PROVENANCE_V1,
            {**SLSA_PREDICATE, "runDetails": {"builder": {"id": "no uri"}}},
            "/runDetails/builder/id",
        ),
        (PredicateType.VULNS_V01, {"scanner": {"result": []}}, "uri"),
        (PredicateType.SSCLI_INGEST_V1, {"package": {"name": "Bad_Name"}}, "required"),
        (PredicateType.CYCLONEDX, {"bomFormat": "SPDX"}, "bomFormat"),
        (PredicateType.CYCLONEDX, {"bomFormat": "CycloneDX", "specVersion": "9.9"}, "specVersion"),
        (
            PredicateType.CYCLONEDX,
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"name": "x"}]},
            "components",
        ),
    ],
)
def test_invalid_predicates_are_rejected_naming_the_field(
    predicate_type: str, predicate: dict[str, Any], where: str
) -> None:
    with pytest.raises(InputError, match=where):
        validate_predicate(predicate_type, predicate)


def test_unknown_predicate_types_need_only_be_objects() -> None:
    validate_predicate("https://example.org/custom/v1", {"anything": True})
    with pytest.raises(InputError):
        validate_predicate("https://example.org/custom/v1", ["not", "an", "object"])

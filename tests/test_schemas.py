from __future__ import annotations

import json
from pathlib import Path

import pytest

from sscli.cyclonedx_schema import json_violations
from sscli.schemas import (
    build_validator,
    is_date_time,
    is_email,
    is_iri_reference,
    is_uri,
    violations,
)
from tests.conftest import Cli


@pytest.mark.parametrize(
    "value",
    [
        "https://example.org/a?b=c#d",
        "pkg:pypi/x@1",
        "file.whl",
        "",
        "https://b\u00fccher.example/x",
        "a%20b",
    ],
)
def test_iri_references_accepted(value: str) -> None:
    assert is_iri_reference(value)


@pytest.mark.parametrize(
    "value", ["has space", "https://x/<script>", "a%zz", "1http://x", "tab\there", 'q"uote']
)
def test_iri_references_rejected(value: str) -> None:
    assert not is_iri_reference(value)


def test_other_formats() -> None:
    assert (
        is_uri("https://x.org")
        and not is_uri("relative/path")
        and not is_uri("https://b\u00fccher.de")
    )
    assert is_date_time("2024-10-10T12:00:00Z") and is_date_time("2024-10-10T12:00:00.5+02:00")
    assert not is_date_time("2024-13-10T12:00:00Z") and not is_date_time("yesterday")
    assert is_email("a@b.org") and not is_email("a@b") and not is_email("no at")


@pytest.mark.parametrize(
    ("value", "check"),
    [
        ("\u0662\u0660\u0669\u0669-01-01", "date"),  # Arabic-Indic: re's \d, strptime take them
        ("\uff12\uff10\uff19\uff19-01-01", "date"),  # fullwidth
        ("2099-01-01\n", "date"),
        ("\u0662\u0660\u0669\u0669-01-01T00:00:00Z", "date-time"),
        ("2099-01-01T00:00:0\u0661Z", "date-time"),
        ("2099-01-01T00:00:00Z\n", "date-time"),
    ],
)
def test_dates_and_times_are_ascii_digits_only(value: str, check: str) -> None:
    """RFC 3339 digits are ASCII: a date the format passes must be one date.fromisoformat (what
    the policy model calls on `expires`) reads."""
    from sscli.schemas import FORMAT_CHECKS

    assert not FORMAT_CHECKS[check](value)


def test_unique_items_is_checked_with_json_equality() -> None:
    validator = build_validator(
        {"$schema": "http://json-schema.org/draft-07/schema#", "type": "array", "uniqueItems": True}
    )
    assert violations(validator, [{"a": 1}, {"a": 2}]) == []
    assert violations(
        validator, [{"a": 1, "b": [1]}, {"b": [1.0], "a": 1}]
    )  # 1 == 1.0, key order ignored
    assert violations(validator, [1, 2, 1])


def test_duplicate_components_violate_the_cyclonedx_schema() -> None:
    component = {"type": "library", "name": "x", "version": "1"}
    document = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "components": [component, dict(component)],
    }
    problems = json_violations(document, "1.6")
    assert problems and problems[0].pointer == "/components"


def test_a_format_applies_to_strings_only() -> None:
    """A non-string where the schema wants a formatted string is a type violation: jsonschema
    called sscli's format checks with the number and raised TypeError (a traceback)."""
    document = {"bomFormat": "CycloneDX", "specVersion": "1.6", "metadata": {"timestamp": 5}}
    problems = json_violations(document, "1.6")
    assert [str(p) for p in problems] == ["/metadata/timestamp: 5 is not of type 'string'"]


def test_cli_refuses_a_cyclonedx_document_with_a_numeric_timestamp(
    cli: Cli, tmp_path: Path
) -> None:
    source = tmp_path / "in.cdx.json"
    document = {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                "metadata": {"timestamp": 1700000000}, "components": []}  # fmt: skip
    source.write_text(json.dumps(document))
    result = cli("sbom", "convert", source, "--format", "spdx-json", expect=2)
    assert "/metadata/timestamp: 1700000000 is not of type 'string'" in result.stderr


def test_resource_bytes_are_the_shipped_file() -> None:
    from importlib.resources import files

    from sscli.schemas import resource_bytes

    name = "spdx.SNAPSHOT.schema.json"
    expected = files("cyclonedx.schema._res").joinpath(name).read_bytes()
    assert resource_bytes("cyclonedx.schema._res", name) == expected


def test_jsonschema_fallback_refuses_what_it_cannot_walk_or_quote() -> None:
    """Where a schema is not compiled, jsonschema checks it: a document nested past its stack,
    or quoting an integer str() refuses, is a violation (as with the compiled validators),
    never a RecursionError or ValueError."""
    from sscli.schemas import build_validator, violations

    validator = build_validator(
        {"$schema": "http://json-schema.org/draft-07/schema#", "items": {"$ref": "#"}, "maximum": 1}
    )
    deep: list[object] = []
    for _ in range(5000):
        deep = [deep]
    assert [v.message for v in violations(validator, deep)] == [
        "the document is nested too deeply to validate"
    ]
    assert [v.message for v in violations(validator, [16**5000])] == [
        "the document holds a number too large to validate"
    ]

"""The compiled JSON Schema validators find exactly what jsonschema (the oracle) finds: the same
violations, at the same places, worded the same, on real SBOMs (sscli's of real locks, other
tools' documents committed under tests/data) and on hundreds of mutations of them shaped like
the mistakes real documents carry (a field removed, the wrong type, an unknown key, a bad date,
a bad enum value, a duplicate list item)."""

from __future__ import annotations

import copy
import json
import random
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from sscli import cyclonedx_schema, schemas_compiled, spdx_schema
from sscli.inventory import load_inventory
from sscli.sbom import SbomFormat, create_sbom
from sscli.schema_compiler import (
    CompiledValidator,
    UnsupportedSchema,
    compile_schema,
    load_compiled,
)
from sscli.schemas import build_validator, ecma_regex
from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
DRAFT7 = "http://json-schema.org/draft-07/schema#"


def _small(document: dict[str, Any], count: int) -> dict[str, Any]:
    """`document` with its first `count` components or packages (jsonschema, the oracle, is
    slow on whole documents; the mutations reach every kind of field all the same)."""
    smaller = copy.deepcopy(document)
    for name in ("components", "packages", "files"):
        if isinstance(smaller.get(name), list):
            smaller[name] = smaller[name][:count]
    for name in ("dependencies", "relationships"):
        if isinstance(smaller.get(name), list):
            smaller[name] = smaller[name][: count * 2]
    return smaller


@cache
def _documents() -> dict[str, tuple[str, dict[str, Any]]]:
    """name -> (schema: a CycloneDX spec or "spdx-2.3", document)."""
    mcp = load_inventory(DATA / "locks" / "mcp" / "uv.lock")
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for spec in ("1.6", "1.5"):
        found[f"sscli cyclonedx {spec}"] = (spec, json.loads(create_sbom(mcp, spec=spec)))
    for spec in ("1.4", "1.6"):
        path = DATA / "cyclonedx" / f"cyclonedx-py-rich-poetry.cdx-{spec}.json"
        found[f"cyclonedx-py {spec}"] = (spec, json.loads(path.read_text()))
    found["sscli spdx"] = ("spdx-2.3", json.loads(create_sbom(mcp, SbomFormat.SPDX_JSON)))
    for name in (
        "SPDXJSONExample-v2.3.spdx.json",
        "syft-TestSPDXJSONDirectoryEncoder.golden.spdx.json",
    ):
        found[name] = ("spdx-2.3", json.loads((DATA / "spdx" / name).read_text()))
    return {name: (schema, _small(document, 4)) for name, (schema, document) in found.items()}


def _validators(schema: str) -> tuple[CompiledValidator, Any]:
    if schema == "spdx-2.3":
        compiled = spdx_schema.spdx2_compiled()
        oracle = spdx_schema.spdx2_validator()
    else:
        compiled = cyclonedx_schema.compiled_validator(schema)
        oracle = cyclonedx_schema.json_validator(schema)
    assert compiled is not None, f"the {schema} schema did not compile"
    return compiled, oracle


def _compare(compiled: CompiledValidator, oracle: Any, document: Any) -> list[Any]:
    expected = sorted(
        ((tuple(e.absolute_path), e.message) for e in oracle.iter_errors(document)), key=repr
    )
    assert sorted(compiled.errors(document), key=repr) == expected
    return expected


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


def _replace(new: Any) -> Callable[[Any], Any]:
    return lambda old: new


def _with_unknown_key(old: Any) -> Any:
    return {**old, "x-unknown": True} if isinstance(old, dict) else {"x-unknown": True}


def _duplicated(old: Any) -> Any:
    return [*old, copy.deepcopy(old[0])] if isinstance(old, list) and old else [old, old]


def _shouted(old: Any) -> Any:
    return old.upper() if isinstance(old, str) and old.upper() != old else "NOT-AN-ENUM"


REMOVE = object()
MUTATIONS: dict[str, Callable[[Any], Any]] = {
    "removed": _replace(REMOVE),
    "integer": _replace(7),
    "float equal to an integer": _replace(1.0),
    "fraction": _replace(1.5),
    "text with a space and <": _replace("not <valid> here"),
    "empty string": _replace(""),
    "null": _replace(None),
    "boolean": _replace(True),
    "empty list": _replace([]),
    "object": _replace({"name": "x"}),
    "unknown key": _with_unknown_key,
    "duplicate item": _duplicated,
    "bad date": _replace("2024-13-45T25:61:00Z"),
    "date without zone": _replace("2024-10-10T12:00:00"),
    "enum case": _shouted,
    "bad percent escape": _replace("https://example.org/a%zz"),
}


def _mutated(document: Any, path: tuple[Any, ...], mutation: Callable[[Any], Any]) -> Any:
    changed = copy.deepcopy(document)
    if not path:
        return mutation(changed)
    parent = changed
    for part in path[:-1]:
        parent = parent[part]
    new = mutation(parent[path[-1]])
    if new is REMOVE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return changed


@pytest.mark.parametrize("name", list(_documents()))
def test_real_documents_are_valid_to_both(name: str) -> None:
    schema, document = _documents()[name]
    assert _compare(*_validators(schema), document) == []


@pytest.mark.parametrize("name", list(_documents()))
def test_mutations_find_the_same_violations_as_jsonschema(name: str) -> None:
    schema, document = _documents()[name]
    compiled, oracle = _validators(schema)
    paths = list(_paths(document))
    rng = random.Random(f"{name}-12")  # the same cases every run
    cases = [(path, label) for path in paths for label in MUTATIONS]
    invalid = 0
    for path, label in rng.sample(cases, min(len(cases), 160)):
        mutated = _mutated(document, path, MUTATIONS[label])
        try:
            invalid += bool(_compare(compiled, oracle, mutated))
        except AssertionError as error:
            raise AssertionError(f"{label} at {'/'.join(map(str, path))}: {error}") from None
    assert invalid > 60  # the mutations bite: most break the document


@pytest.mark.parametrize(
    ("schema", "instances"),
    [
        ({"const": {"a": [1]}}, [{"a": [1.0]}, {"a": [True]}, {"a": [1], "b": 2}, 1]),
        ({"enum": [1, "a", None, [True]]}, [1.0, True, "a", None, [1], [True], {}]),
        ({"not": {"type": "string"}}, ["x", 1]),
        (
            {"if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": {"maxProperties": 0}},
            [{"a": 1}, {"a": 1, "b": 1}, {"c": 1}, {}, []],
        ),
        ({"if": {"type": "string"}, "else": {"type": "integer"}}, ["x", 1, 1.5]),
        (
            {"items": [{"type": "string"}, {"type": "integer"}], "additionalItems": False},
            [["a", 1], ["a", "b"], ["a", 1, 2, 3], [], "no list"],
        ),
        (
            {"items": [{"type": "string"}], "additionalItems": {"type": "null"}},
            [["a", None], ["a", 1]],
        ),
        (
            {"minProperties": 2, "maxProperties": 3},
            [{}, {"a": 1, "b": 2}, {str(i): i for i in range(5)}],
        ),
        ({"exclusiveMinimum": 0, "exclusiveMaximum": 10, "minimum": 1}, [0, 0.5, 1, 10, True, "5"]),
        ({"type": ["integer", "null"]}, [1, 1.0, 1.5, None, True, "1"]),
        ({"oneOf": [{"type": "integer"}, {"minimum": 0}]}, [1, -1, 0.5, -0.5, "x"]),
        ({"anyOf": [{"type": "integer"}, {"minimum": 0}]}, [1, -0.5, "x"]),
        (
            {"allOf": [{"minLength": 2}, {"maxLength": 3}, {"pattern": "^a"}]},
            ["a", "ab", "abcd", "ba"],
        ),
        (
            {"additionalProperties": {"type": "integer"}, "properties": {"a": {}}},
            [{"a": "x", "b": 1, "c": "y"}],
        ),
        ({"properties": {"a/b~c": {"type": "integer"}}}, [{"a/b~c": "x"}]),
        ({"uniqueItems": True}, [[1, 1.0], [1, True], [{"a": 1}, {"a": 1}], [[1], [2]]]),
        ({"format": "date-time"}, ["2024-10-10T12:00:00Z", "2024-10-10", 5]),
        ({"minItems": 1, "maxItems": 0}, [[], [1]]),
        (
            {"definitions": {"n": {"type": "integer"}}, "items": {"$ref": "#/definitions/n"}},
            [[1, "x"]],
        ),
    ],
)
def test_keywords_mean_what_they_mean_to_jsonschema(
    schema: dict[str, Any], instances: list[Any]
) -> None:
    schema = {"$schema": DRAFT7, **schema}
    compiled, oracle = compile_schema(schema), build_validator(schema)
    for instance in instances:
        _compare(compiled, oracle, instance)


def test_a_false_schema_rejects_at_the_value() -> None:
    """jsonschema places a false subschema's error at the parent (its descend drops the path
    there); the compiled validator places it at the value itself."""
    schema = {"$schema": DRAFT7, "properties": {"a": False, "b": True}}
    compiled, oracle = compile_schema(schema), build_validator(schema)
    assert compiled.errors({"a": 1}) == [(("a",), "False schema does not allow 1")]
    assert not oracle.is_valid({"a": 1})
    assert compiled.errors({"b": 1}) == [] and oracle.is_valid({"b": 1})


def test_a_reference_reaches_another_resource_by_its_id() -> None:
    other = {
        "$schema": DRAFT7,
        "$id": "http://example.org/other.json",
        "definitions": {"n": {"type": "integer"}},
    }
    schema = {
        "$schema": DRAFT7,
        "$id": "http://example.org/main.json",
        "items": {"$ref": "other.json#/definitions/n"},
    }
    compiled = compile_schema(schema, {"http://example.org/other.json": other})
    _compare(compiled, build_validator(schema, {"http://example.org/other.json": other}), [1, "x"])


@pytest.mark.parametrize(
    "schema",
    [
        {"patternProperties": {"^x": {}}},  # a keyword the compiler does not know
        {"$ref": "http://example.org/elsewhere.json"},  # never fetched
        {"$ref": "#/definitions/missing"},
        {"type": "bogus"},
        {"$schema": "http://json-schema.org/draft-04/schema#"},
    ],
)
def test_what_cannot_be_compiled_is_refused(schema: dict[str, Any]) -> None:
    with pytest.raises(UnsupportedSchema):
        compile_schema({"$schema": DRAFT7, **schema})


def test_a_schema_that_does_not_compile_is_checked_by_jsonschema(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*_: Any) -> CompiledValidator:
        raise UnsupportedSchema("as if a new schema used a keyword the compiler does not know")

    schema, document = _documents()["sscli cyclonedx 1.6"]
    document = {**document, "serialNumber": "not-a-urn"}
    monkeypatch.setattr(cyclonedx_schema, "load_compiled", refuse)
    cyclonedx_schema.compiled_validator.cache_clear()
    try:
        problems = cyclonedx_schema.json_violations(document, schema)
    finally:
        cyclonedx_schema.compiled_validator.cache_clear()
    assert [p.pointer for p in problems] == ["/serialNumber"]


@pytest.mark.parametrize("name", list(schemas_compiled.modules()))
def test_the_committed_modules_are_what_the_schemas_compile_to(name: str) -> None:
    """Each module of sscli/schemas_compiled is regenerated from the official schema files
    (cyclonedx-python-lib's, sscli's copy of SPDX 2.3's) by the current compiler; it is used
    only while its digest matches the installed schema files."""
    committed = Path(schemas_compiled.__file__).with_name(f"{name}.py").read_text("utf-8")
    assert committed == schemas_compiled.module_text(name), (
        f"sscli/schemas_compiled/{name}.py is stale: run python -m sscli.schemas_compiled"
    )
    _origin, digest, _schemas = schemas_compiled.modules()[name]
    assert f'SCHEMA_DIGEST = "{digest}"' in committed


def test_a_module_generated_from_other_schema_files_is_not_used() -> None:
    schema, document = _documents()["sscli cyclonedx 1.6"]
    compiled = load_compiled("cyclonedx_1_6", "0" * 64, lambda: cyclonedx_schema._schema(schema))
    assert compiled.source  # compiled now, not imported
    assert compiled.errors({**document, "version": "one"}) == [
        (("version",), "'one' is not of type 'integer'")
    ]
    committed = cyclonedx_schema.compiled_validator(schema)
    assert committed is not None and committed.source == ""  # imported


@pytest.mark.parametrize("spec", ["1.4", "1.6"])
def test_cli_reads_another_tools_cyclonedx_and_refuses_a_broken_one(
    cli: Cli, tmp_path: Path, spec: str
) -> None:
    """Through the real CLI: cyclonedx-py's documents pass the compiled schema; one wrong enum
    value is refused (exit 2) with its place and what is wrong, and nothing is converted."""
    original = DATA / "cyclonedx" / f"cyclonedx-py-rich-poetry.cdx-{spec}.json"
    good = tmp_path / "good.cdx.json"
    good.write_bytes(original.read_bytes())
    shown = cli("sbom", "show", good)
    assert "28 components" in shown.stdout + shown.stderr
    document = json.loads(original.read_text())
    document["components"][3]["type"] = "Library"
    bad = tmp_path / "bad.cdx.json"
    bad.write_text(json.dumps(document))
    out = tmp_path / "out.spdx.json"
    result = cli("sbom", "convert", bad, "--format", "spdx-json", "-o", out, expect=2)
    assert f"invalid CycloneDX {spec}: /components/3/type: 'Library' is not one of" in result.stderr
    assert not out.exists()


DRAFT2020 = "https://json-schema.org/draft/2020-12/schema"


def _own_documents() -> dict[str, tuple[str, Any]]:
    """sscli's own schemas with a document each: the shipped default policy, a policy with
    sources and exceptions, and the predicates the gate reads (as the gate's tests build them)."""
    from sscli.own_schemas import POLICY
    from sscli.policy import default_policy_text
    from sscli.yamlsafe import parse_yaml
    from tests.verify.conftest import provenance, vulns

    rich = parse_yaml(
        b"version: 1\ningest:\n  min_age: 3d\n  licenses: {deny: [GPL-3.0-only], unknown: warn}\n"
        b"  exceptions:\n    - package: x\n      rules: [min_age]\n"
        b"      reason: urgent security fix, reviewed\n      expires: 2999-01-01\n",
        path=Path("policy.yaml"),
    )
    return {
        "default policy": (POLICY, parse_yaml(default_policy_text().encode(), path=Path("p"))),
        "policy with exceptions": (POLICY, rich),
        "provenance": ("sscli_slsa_provenance_v1", provenance()),
        "vulns": ("sscli_vulns_v0_1", vulns()),
    }


@pytest.mark.parametrize(
    "name", ["default policy", "policy with exceptions", "provenance", "vulns"]
)
def test_own_schemas_compiled_find_what_jsonschema_finds(name: str) -> None:
    """sscli's own (draft 2020-12) schemas, compiled: the same violations as jsonschema's
    Draft202012Validator on the document and on its mutations."""
    from sscli.own_schemas import compiled, schemas

    module, document = _own_documents()[name]
    validator = compiled(module)
    assert validator is not None and not validator.source  # imported from sscli.schemas_compiled
    oracle = build_validator(*schemas(module))
    assert _compare(validator, oracle, document) == []
    rng = random.Random(f"{name}-18")
    cases = [(path, label) for path in _paths(document) for label in MUTATIONS]
    invalid = 0
    for path, label in rng.sample(cases, min(len(cases), 160)):
        mutated = _mutated(document, path, MUTATIONS[label])
        try:
            invalid += bool(_compare(validator, oracle, mutated))
        except AssertionError as error:
            raise AssertionError(f"{label} at {'/'.join(map(str, path))}: {error}") from None
    assert invalid > 20


def test_in_2020_12_a_reference_applies_beside_its_siblings() -> None:
    schema = {
        "$schema": DRAFT2020,
        "$defs": {"n": {"type": "integer"}},
        "items": {"$ref": "#/$defs/n", "minimum": 3},
    }
    _compare(compile_schema(schema), build_validator(schema), [1, 5, "x"])
    assert compile_schema(schema).errors([1]) == [((0,), "1 is less than the minimum of 3")]


@pytest.mark.parametrize(
    "schema",
    [
        {"items": [{"type": "string"}]},  # 2019-09's array items: prefixItems in 2020-12
        {"additionalItems": False},
        {"dependencies": {"a": ["b"]}},
        {"prefixItems": [{}]},
    ],
)
def test_what_2020_12_changed_is_refused(schema: dict[str, Any]) -> None:
    with pytest.raises(UnsupportedSchema):
        compile_schema({"$schema": DRAFT2020, **schema})


def test_a_number_too_large_to_print_is_a_violation_not_a_crash() -> None:
    """A violation's message quotes the value, and str() refuses an integer past 4,300 digits
    (a YAML hex literal is read whole): the document is refused, never a ValueError."""
    schema = {"$schema": DRAFT7, "properties": {"n": {"maximum": 1}}}
    assert compile_schema(schema).errors({"n": 16**5000}) == [
        ((), "the document holds a number too large to validate")
    ]
    assert compile_schema(schema).errors({"n": 16**50}) != []


@pytest.mark.parametrize(
    ("pattern", "instance", "matches"),
    [
        # ECMA-262 (JSON Schema's dialect): `$` is the end of the input, never before a final
        # newline as Python's is
        ("^[0-9a-f]{64}$", "a" * 64, True),
        ("^[0-9a-f]{64}$", "a" * 64 + "\n", False),
        ("^refs/[^\\s]+$", "refs/heads/main\n", False),
        ("^a$|^b$", "b\n", False),
        ("^[$]x", "$x", True),  # literal inside a class
        ("^\\$x$", "$x", True),
        # \d and \w are ASCII in ECMA-262; Python's take any Unicode digit or letter
        ("^\\d+$", "\u0661\u0662", False),
        ("^\\d+$", "12", True),
        ("^[\\d-]+$", "1-\u0662", False),
        ("^\\w+$", "caf\u00e9", False),
        ("^\\W$", "\u00e9", True),
        ("^\\D$", "\u0661", True),
    ],
)
def test_patterns_mean_what_ecma_262_means(pattern: str, instance: str, matches: bool) -> None:
    """Both validators read `pattern` as ECMA-262 does: a digest with a newline after it, or
    an Arabic-Indic digit where a schema asks for digits, is a violation."""
    schema = {"$schema": DRAFT7, "type": "string", "pattern": pattern}
    compiled, oracle = compile_schema(schema), build_validator(schema)
    assert (compiled.errors(instance) == []) is matches
    assert oracle.is_valid(instance) is matches


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_ecma_regex_agrees_with_a_javascript_engine() -> None:
    """node's RegExp is the oracle: every schema pattern sscli ships or reads (CycloneDX,
    SPDX, its own) and the tricky ones above, on instances built to tell the dialects apart."""
    patterns = sorted(_schema_patterns() | {"^\\d+$", "^[\\w.-]+$", "^a$|^b$", "^\\W$"})
    instances = ["", "a", "a\n", "1", "\u0661", "caf\u00e9", "refs/x", "refs/x\n", "a" * 64,
                 "a" * 64 + "\n", "SPDXRef-a", "SPDXRef-a\n", "1.0", "x y", "\u00a0"]  # fmt: skip
    script = (
        "const [ps, xs] = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "process.stdout.write(JSON.stringify(ps.map(p => xs.map(x => new RegExp(p, 'u').test(x)))));"
    )
    answer = subprocess.run(
        ["node", "-e", script], input=json.dumps([patterns, instances]), capture_output=True,
        text=True, check=True, timeout=60,
    )  # fmt: skip
    expected = json.loads(answer.stdout)
    for pattern, row in zip(patterns, expected, strict=True):
        search = re.compile(ecma_regex(pattern)).search
        assert [bool(search(x)) for x in instances] == row, pattern


def _schema_patterns() -> set[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                found.add(node["pattern"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for _origin, _digest, schemas in schemas_compiled.modules().values():
        schema, resources = schemas()
        walk(schema)
        walk(resources)
    return found


@pytest.mark.parametrize("pattern", ["^[\\D]$", "^[]$", "^[^]$"])
def test_a_pattern_without_a_python_spelling_fails_closed(pattern: str) -> None:
    """ECMA-262 classes Python spells otherwise (a negated class inside brackets; `[]` matches
    nothing there and `[^]` anything) are refused by the compiler and a violation to the
    jsonschema fallback: never read with Python's meaning."""
    schema = {"$schema": DRAFT7, "type": "string", "pattern": pattern}
    with pytest.raises(UnsupportedSchema):
        compile_schema(schema)
    assert not build_validator(schema).is_valid("x")


def test_a_real_sbom_hash_with_a_newline_after_it_is_refused() -> None:
    schema, document = _documents()["sscli cyclonedx 1.6"]
    document["components"][0]["hashes"] = [{"alg": "SHA-256", "content": "a" * 64 + "\n"}]
    problems = cyclonedx_schema.json_violations(document, schema)
    assert [p.pointer for p in problems] == ["/components/0/hashes/0/content"]
    document["components"][0]["hashes"][0]["content"] = "a" * 64
    assert cyclonedx_schema.json_violations(document, schema) == []

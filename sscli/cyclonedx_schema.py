"""CycloneDX schema validation (JSON Schema and XSD), validators built once per process.

Shared by the SBOM writer (`sscli.sbom`) and the SBOM reader (`sscli.inventory`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError
from sscli.schemas import (
    SchemaViolation,
    build_validator,
    canonical_json,
    load_json_resource,
    violations,
)

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

SPEC_VERSIONS = ("1.6", "1.5")  # written
READABLE_SPEC_VERSIONS = ("1.6", "1.5", "1.4")  # read
_SCHEMA_PACKAGE = "cyclonedx.schema._res"  # the schemas cyclonedx-python-lib ships


@cache
def json_validator(spec: str) -> Validator:
    """The (strict) JSON Schema validator of CycloneDX `spec`, built once."""
    if spec not in READABLE_SPEC_VERSIONS:
        raise InputError(
            f"unsupported CycloneDX spec version {spec!r} "
            f"(sscli reads {', '.join(READABLE_SPEC_VERSIONS)})"
        )
    schema = load_json_resource(_SCHEMA_PACKAGE, f"bom-{spec}.SNAPSHOT.schema.json")
    # bom-1.x refers to its companions by file name, relative to its own $id
    resources = {
        f"http://cyclonedx.org/schema/{name}": load_json_resource(_SCHEMA_PACKAGE, name)
        for name in ("spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json")
    }
    return build_validator(schema, resources)


def json_violations(document: Any, spec: str) -> list[SchemaViolation]:
    """Schema violations of a parsed CycloneDX JSON document (up to 20, by location).

    The items of the top-level lists (components, dependencies, services, ...) are checked one
    by one against the schema's definition of an item, each distinct item once per process
    (the SBOMs of one batch of artifacts share most of theirs); the rest of the document is
    checked without them, and the lists' `uniqueItems` as the schema states it: the same
    violations as validating the whole document at once."""
    lists = _item_lists(spec)
    split = {
        name: value
        for name, value in (document.items() if isinstance(document, dict) else ())
        if name in lists and isinstance(value, list) and value
    }
    if not split:
        return violations(json_validator(spec), document)
    found = violations(json_validator(spec), {**document, **{name: [] for name in split}})
    for name, items in split.items():
        definition, unique = lists[name]
        keys = [canonical_json(item) for item in items]
        if unique and len(set(keys)) < len(keys):
            found.append(SchemaViolation(f"/{name}", f"{items!r:.200} has non-unique elements"))
        for index, (key, item) in enumerate(zip(keys, items, strict=True)):
            if len(found) >= _LIMIT:
                break
            found += (
                SchemaViolation(f"/{name}/{index}{v.pointer}", v.message)
                for v in _item_violations(spec, definition, key, item)
            )
    return sorted(found[:_LIMIT], key=lambda v: v.pointer)


_LIMIT = 20
_ITEMS: dict[tuple[str, str, str], tuple[SchemaViolation, ...]] = {}


@cache
def _item_lists(spec: str) -> dict[str, tuple[str, bool]]:
    """Top-level properties that are plain lists of one definition: name -> (definition's
    reference, whether the items must be unique)."""
    schema = load_json_resource(_SCHEMA_PACKAGE, f"bom-{spec}.SNAPSHOT.schema.json")
    found = {}
    for name, rule in schema.get("properties", {}).items():
        items = rule.get("items")
        constraints = set(rule) - {"title", "description", "examples", "$comment"}
        if (
            rule.get("type") == "array"
            and isinstance(items, dict)
            and set(items) == {"$ref"}
            and constraints <= {"type", "items", "uniqueItems", "additionalItems"}
        ):
            found[name] = (items["$ref"], bool(rule.get("uniqueItems")))
    return found


def _item_violations(
    spec: str, definition: str, key: str, item: Any
) -> tuple[SchemaViolation, ...]:
    known = _ITEMS.get((spec, definition, key))
    if known is None:
        if len(_ITEMS) > 100_000:
            _ITEMS.clear()
        known = tuple(violations(_item_validator(spec, definition), item, limit=_LIMIT))
        _ITEMS[spec, definition, key] = known
    return known


@cache
def _item_validator(spec: str, definition: str) -> Validator:
    """A validator of one item: the schema's `definition` (a `#/definitions/...` reference)."""
    json_validator(spec)  # the spec version is checked there
    schema = load_json_resource(_SCHEMA_PACKAGE, f"bom-{spec}.SNAPSHOT.schema.json")
    resources = {
        f"http://cyclonedx.org/schema/{name}": load_json_resource(_SCHEMA_PACKAGE, name)
        for name in ("spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json")
    }
    resources[schema["$id"]] = schema
    return build_validator(
        {"$schema": schema["$schema"], "$ref": schema["$id"] + definition}, resources
    )


def xml_violations(text: str, spec: str) -> list[SchemaViolation]:
    """XSD violations of a CycloneDX XML document (lxml, no network, no entities)."""
    from cyclonedx.schema import SchemaVersion

    version = SchemaVersion.from_version(spec)
    error = _xml_validator(version).validate_str(text)
    if error is None:
        return []
    return [SchemaViolation("", str(error.data)[:300])]


@cache
def _xml_validator(version: Any) -> Any:
    from cyclonedx.validation.xml import XmlValidator

    return XmlValidator(version)

"""CycloneDX schema validation (JSON Schema and XSD), validators built once per process.

Shared by the SBOM writer (`sscli.sbom`) and the SBOM reader (`sscli.inventory`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError
from sscli.schema_compiler import (
    CompiledValidator,
    UnsupportedSchema,
    load_compiled,
    schema_digest,
)
from sscli.schemas import (
    SchemaViolation,
    build_validator,
    load_json_resource,
    resource_bytes,
    violations,
)

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

SPEC_VERSIONS = ("1.6", "1.5")  # written
READABLE_SPEC_VERSIONS = ("1.6", "1.5", "1.4")  # read
_SCHEMA_PACKAGE = "cyclonedx.schema._res"  # the schemas cyclonedx-python-lib ships
_COMPANIONS = ("spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json")


@cache
def json_validator(spec: str) -> Validator:
    """jsonschema's (interpreting) validator of CycloneDX `spec`, built once: the fallback
    where the schema cannot be compiled, and the tests' oracle for the compiled one."""
    schema, resources = _schema(spec)
    return build_validator(schema, resources)


@cache
def compiled_validator(spec: str) -> CompiledValidator | None:
    """The CycloneDX `spec` schema compiled to Python (None: it cannot be; use jsonschema):
    the module generated from it in sscli.schemas_compiled while it matches the schema files
    cyclonedx-python-lib ships, else compiled now."""
    _schema_names(spec)  # the spec version is checked there
    try:
        return load_compiled(_module(spec), _digest(spec), lambda: _schema(spec))
    except UnsupportedSchema:
        return None


def generated_modules() -> dict[str, tuple[str, str, Callable[[], Any]]]:
    """The modules of sscli.schemas_compiled generated from CycloneDX schemas: name ->
    (what it is generated from, the schemas' digest, () -> (schema, resources))."""
    return {
        _module(spec): (
            f"CycloneDX {spec}: {', '.join(_schema_names(spec))} of cyclonedx-python-lib",
            _digest(spec),
            partial(_schema, spec),
        )
        for spec in READABLE_SPEC_VERSIONS
    }


def _module(spec: str) -> str:
    return f"cyclonedx_{spec.replace('.', '_')}"


def _schema_names(spec: str) -> tuple[str, ...]:
    if spec not in READABLE_SPEC_VERSIONS:
        raise InputError(
            f"unsupported CycloneDX spec version {spec!r} "
            f"(sscli reads {', '.join(READABLE_SPEC_VERSIONS)})"
        )
    return (f"bom-{spec}.SNAPSHOT.schema.json", *_COMPANIONS)


def _digest(spec: str) -> str:
    names = _schema_names(spec)
    return schema_digest((name, resource_bytes(_SCHEMA_PACKAGE, name)) for name in names)


def json_violations(document: Any, spec: str) -> list[SchemaViolation]:
    """Schema violations of a parsed CycloneDX JSON document (up to 20, by location)."""
    compiled = compiled_validator(spec)
    if compiled is None:
        return violations(json_validator(spec), document)
    return compiled.violations(document)


def _schema(spec: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The official schema of `spec` and the companions it refers to (absolute URI -> schema)."""
    main, *companions = _schema_names(spec)
    schema = load_json_resource(_SCHEMA_PACKAGE, main)
    # bom-1.x refers to its companions by file name, relative to its own $id
    resources = {
        f"http://cyclonedx.org/schema/{name}": load_json_resource(_SCHEMA_PACKAGE, name)
        for name in companions
    }
    return schema, resources


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

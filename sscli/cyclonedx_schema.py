"""CycloneDX schema validation (JSON Schema and XSD), validators built once per process.

Shared by the SBOM writer (`sscli.sbom`) and the SBOM reader (`sscli.inventory`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError
from sscli.schemas import SchemaViolation, build_validator, load_json_resource, violations

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
    """Schema violations of a parsed CycloneDX JSON document."""
    return violations(json_validator(spec), document)


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

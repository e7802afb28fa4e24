"""sscli's own JSON Schemas (the policy, and the predicates it writes and reads: SLSA
provenance and VSA, vulns, ingest, source scan) compiled to Python like the SBOM schemas
(sscli.schemas_compiled): a run validates a policy or a predicate without importing jsonschema
(~50 ms of the deploy gate). A schema the compiler refuses is checked by jsonschema instead."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from sscli.schemas import load_json_resource, resource_bytes

if TYPE_CHECKING:
    from sscli.schema_compiler import CompiledValidator

POLICY = "sscli_policy_v1"  # modules named sscli_*: generated (pyproject excludes them)
# module -> (package, schema file, resources' files in the same package)
SCHEMAS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    POLICY: ("sscli.policy", "policy.schema.json", ("source.schema.json",)),
    "sscli_slsa_provenance_v1": ("sscli.attest.schemas", "slsa-provenance-v1.schema.json", ()),
    "sscli_slsa_vsa_v1": ("sscli.attest.schemas", "slsa-vsa-v1.schema.json", ()),
    "sscli_vulns_v0_1": ("sscli.attest.schemas", "vulns-v0.1.schema.json", ()),
    "sscli_ingest_v1": ("sscli.attest.schemas", "ingest-v1.schema.json", ()),
    "sscli_source_scan_v1": ("sscli.attest.schemas", "source-scan-v1.schema.json", ()),
}
PREDICATE_MODULES = {schema: module for module, (_, schema, _r) in SCHEMAS.items()}


def schemas(module: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(schema, resources by $id) of a module's schema files."""
    package, name, others = SCHEMAS[module]
    resources = {}
    for other in others:
        resource = load_json_resource(package, other)
        resources[str(resource["$id"])] = resource
    return load_json_resource(package, name), resources


def generated_modules() -> dict[str, tuple[str, str, Callable[[], Any]]]:
    """The modules of sscli.schemas_compiled generated from sscli's own schemas (see
    `sscli.cyclonedx_schema.generated_modules`)."""
    from sscli.schema_compiler import schema_digest

    found: dict[str, tuple[str, str, Callable[[], Any]]] = {}
    for module, (package, name, others) in SCHEMAS.items():
        files = [(n, resource_bytes(package, n)) for n in (name, *others)]
        origin = f"sscli's {', '.join(n for n, _ in files)}"
        found[module] = (origin, schema_digest(files), partial(schemas, module))
    return found


@cache
def compiled(module: str) -> CompiledValidator | None:
    """The compiled validator of one of sscli's schemas, None where it cannot be compiled."""
    from sscli.schema_compiler import UnsupportedSchema, load_compiled, schema_digest

    package, name, others = SCHEMAS[module]
    files = [(n, resource_bytes(package, n)) for n in (name, *others)]
    try:
        return load_compiled(module, schema_digest(files), partial(schemas, module))
    except UnsupportedSchema:
        return None

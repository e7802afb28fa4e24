"""JSON Schemas compiled to Python by sscli.schema_compiler, one module a schema (CycloneDX
1.4-1.6, SPDX 2.3, sscli's own policy and predicates: sscli_*), committed so that a run imports
them from their .pyc instead of compiling the schema again (about 0.1 s a schema). Generated,
never edited: `python -m sscli.schemas_compiled` regenerates them, and a test fails while any
differs from what the schemas and the compiler give. Each records the digest of its schema
files; a module that does not match the installed schemas is not used (the schema is compiled
at run time instead)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def modules() -> dict[str, tuple[str, str, Callable[[], Any]]]:
    """name -> (what it is generated from, the schemas' digest, () -> (schema, resources))."""
    from sscli import cyclonedx_schema, own_schemas, spdx_schema

    return {
        **cyclonedx_schema.generated_modules(),
        **spdx_schema.generated_modules(),
        **own_schemas.generated_modules(),
    }


def module_text(name: str) -> str:
    """What the module `name` must contain, generated now."""
    from sscli.schema_compiler import module_source

    origin, digest, schemas = modules()[name]
    header = (
        f'"""{origin} compiled by sscli.schema_compiler: generated, do not edit\n'
        '(regenerate: python -m sscli.schemas_compiled)."""\n'
        "# mypy: ignore-errors\n"
        f'SCHEMA_DIGEST = "{digest}"\n'
    )
    return module_source(*schemas(), header=header)

"""Load a policy file: YAML (strict: no duplicate keys, dates stay text, aliases bounded),
size-limited, validated against the JSON Schema shipped with sscli, every violation listed."""

from __future__ import annotations

import contextlib
import hashlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError
from sscli.fsutil import read_bytes_limited
from sscli.schemas import SchemaViolation, build_validator, load_json_resource, violations
from sscli.yamlsafe import parse_yaml

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

MAX_POLICY_BYTES = 1024 * 1024


@cache
def policy_validator() -> Validator:
    source = load_json_resource("sscli.policy", "source.schema.json")
    return build_validator(
        load_json_resource("sscli.policy", "policy.schema.json"), {source["$id"]: source}
    )


def policy_violations(document: Any) -> list[SchemaViolation]:
    return violations(policy_validator(), document)


def load_policy_document(path: Path, cache: Path | None = None) -> tuple[dict[str, Any], str]:
    """The validated policy document and the sha256 of the file's bytes.

    With `cache` (a directory under the state dir), a policy whose exact bytes were validated
    before against this exact schema is not validated again: building the validator costs
    more than the rest of a warm `sscli ingest`.
    """
    data = read_bytes_limited(path, MAX_POLICY_BYTES)
    digest = hashlib.sha256(data).hexdigest()
    document = parse_yaml(data, path=path)
    if not isinstance(document, dict):
        raise InputError("a policy is a YAML mapping with a `version` key", path=path)
    marker = cache / f"{digest}-{_schema_digest()[:16]}.valid" if cache is not None else None
    if marker is not None and marker.is_file():
        return document, digest
    problems = policy_violations(document)
    if problems:
        listed = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise InputError(f"invalid policy: {listed}{more}", path=path)
    if marker is not None:
        with contextlib.suppress(OSError):  # a read-only state dir only costs speed
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
    return document, digest


@cache
def _schema_digest() -> str:
    from importlib.resources import files

    digest = hashlib.sha256()
    for name in ("policy.schema.json", "source.schema.json"):
        digest.update(files("sscli.policy").joinpath(name).read_bytes())
    return digest.hexdigest()

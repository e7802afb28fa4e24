"""Load a policy file: YAML (strict: no duplicate keys, dates stay text, aliases bounded),
size-limited, validated against the JSON Schema shipped with sscli, every violation listed."""

from __future__ import annotations

import contextlib
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli import __version__
from sscli.errors import InputError
from sscli.fsutil import atomic_write_text, read_bytes_limited
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
    from sscli.own_schemas import POLICY, compiled

    validator = compiled(POLICY)  # jsonschema only where the schema cannot be compiled
    return (
        violations(policy_validator(), document)
        if validator is None
        else validator.violations(document)
    )


def load_policy_document(path: Path, cache: Path | None = None) -> tuple[dict[str, Any], str]:
    """The validated policy document and the sha256 of the file's bytes.

    With `cache` (a directory under the state dir), a policy whose exact bytes were parsed and
    validated before, by this sscli against this exact schema, is read back from the JSON
    document kept then instead of being parsed and validated again: the YAML parser's import
    and the validator cost more than the rest of a warm `sscli ingest`. Only documents JSON
    keeps exactly are kept (YAML's non-string keys, say, are parsed every time). The state
    directory is trusted as it is for the re-ingest manifest, whose key it holds.
    """
    data = read_bytes_limited(path, MAX_POLICY_BYTES)
    digest = hashlib.sha256(data).hexdigest()
    kept = cache / f"{digest}-{_cache_tag()}.json" if cache is not None else None
    if kept is not None:
        document = _kept_document(kept)
        if document is not None:
            return document, digest
    document = parse_yaml(data, path=path)
    if not isinstance(document, dict):
        raise InputError("a policy is a YAML mapping with a `version` key", path=path)
    problems = policy_violations(document)
    if problems:
        listed = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise InputError(f"invalid policy: {listed}{more}", path=path)
    if kept is not None:
        _keep_document(kept, document)
    return document, digest


def _kept_document(kept: Path) -> dict[str, Any] | None:
    """The document kept at `kept` when there is one, else None (then the policy is parsed)."""
    try:
        text = read_bytes_limited(kept, 8 * MAX_POLICY_BYTES)
        document = json.loads(text)
    except (OSError, InputError, ValueError, RecursionError):
        return None
    return document if isinstance(document, dict) else None


def _keep_document(kept: Path, document: dict[str, Any]) -> None:
    """Keep the validated `document` at `kept`, if JSON reads it back exactly as parsed."""
    try:
        text = json.dumps(document, allow_nan=False)  # in order: the model may read it so
    except (TypeError, ValueError, RecursionError):
        return
    if not _same(json.loads(text), document):
        return
    with contextlib.suppress(OSError):  # a read-only state dir only costs speed
        kept.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(kept, text + "\n", durable=False)


def _same(left: Any, right: Any) -> bool:
    """Equal with the same types throughout (`==` alone takes True for 1 and 1.0 for 1)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(_same(v, right[k]) for k, v in left.items())
    if isinstance(left, list):
        return len(left) == len(right) and all(map(_same, left, right))
    return bool(left == right)


@cache
def _cache_tag() -> str:
    """What a kept document depends on: the schemas, and this sscli (its YAML parsing)."""
    return hashlib.sha256(f"{__version__}\0{_schema_digest()}".encode()).hexdigest()[:16]


@cache
def _schema_digest() -> str:
    from importlib.resources import files

    digest = hashlib.sha256()
    for name in ("policy.schema.json", "source.schema.json"):
        digest.update(files("sscli.policy").joinpath(name).read_bytes())
    return digest.hexdigest()

"""Load a policy file: YAML (strict: no duplicate keys, dates stay text, aliases bounded),
size-limited, validated against the JSON Schema shipped with sscli, every violation listed."""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sscli import __version__
from sscli.errors import InputError
from sscli.fsutil import atomic_write_text, read_bytes_limited, state_key
from sscli.sealed import sealed, unsealed
from sscli.yamlsafe import parse_yaml

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any

    from jsonschema.protocols import Validator

    from sscli.schemas import SchemaViolation

MAX_POLICY_BYTES = 1024 * 1024


@dataclass(frozen=True)
class PolicyCache:
    """Where validated policies are kept (a directory of the state dir) and the key sealing
    them: a kept document is read back only under a seal this key made when sscli wrote it."""

    directory: Path
    key: bytes

    @classmethod
    def in_state_dir(cls, state_dir: Path) -> PolicyCache | None:
        """The state directory's cache (None, no caching, when its key cannot be had)."""
        key = state_key(state_dir / "keys" / "policy-cache.key")
        return None if key is None else cls(state_dir / "cache" / "policies", key)


@cache
def policy_validator() -> Validator:
    from sscli.schemas import build_validator, load_json_resource

    source = load_json_resource("sscli.policy", "source.schema.json")
    return build_validator(
        load_json_resource("sscli.policy", "policy.schema.json"), {source["$id"]: source}
    )


def policy_violations(document: Any) -> list[SchemaViolation]:
    from sscli.own_schemas import POLICY, compiled
    from sscli.schemas import violations

    validator = compiled(POLICY)  # jsonschema only where the schema cannot be compiled
    return (
        violations(policy_validator(), document)
        if validator is None
        else validator.violations(document)
    )


def load_policy_document(
    path: Path, cache: PolicyCache | None = None
) -> tuple[dict[str, Any], str]:
    """The validated policy document and the sha256 of the file's bytes.

    With `cache`, a policy whose exact bytes were parsed and validated before, by this sscli
    against this exact schema, is read back from the JSON document kept then instead of being
    parsed and validated again: the YAML parser's import and the validator cost more than the
    rest of a warm `sscli ingest`. Only documents JSON keeps exactly are kept (YAML's non-string
    keys, say, are parsed every time). A kept document is sealed with an HMAC under the cache's
    key over its name (the policy's digest, the schema and sscli) and its text: one edited,
    copied from another policy's or written by anyone without the key is not read (the policy
    is parsed and validated again), so a cache can never loosen or break a policy.
    """
    data = read_bytes_limited(path, MAX_POLICY_BYTES)
    digest = hashlib.sha256(data).hexdigest()
    name = f"{digest}-{_cache_tag()}"
    if cache is not None:
        document = _kept_document(cache, name)
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
    document = _whole_numbers(document)
    if cache is not None:
        _keep_document(cache, name, document)
    return document, digest


def _kept_document(cache: PolicyCache, name: str) -> dict[str, Any] | None:
    """The document kept under `name` when there is one sealed by the cache's key, else None
    (then the policy is parsed)."""
    try:
        data = read_bytes_limited(cache.directory / f"{name}.json", 8 * MAX_POLICY_BYTES)
    except (OSError, InputError):
        return None
    text = unsealed(cache.key, name, data)
    if text is None:
        return None
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return document if isinstance(document, dict) else None


def _whole_numbers(value: Any) -> Any:
    """`value` with whole floats as ints: JSON Schema's `integer` takes YAML's `6.0` (and
    `1.0e+3`), which the model would otherwise hand on as a float (`git log --max-count=6.0`)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _whole_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_whole_numbers(item) for item in value]
    return value


def _keep_document(cache: PolicyCache, name: str, document: dict[str, Any]) -> None:
    """Keep the validated `document` under `name`, if JSON reads it back exactly as parsed."""
    try:
        text = json.dumps(document, allow_nan=False)  # in order: the model may read it so
    except (TypeError, ValueError, RecursionError):
        return
    if not _same(json.loads(text), document):
        return
    body = (text + "\n").encode()
    with contextlib.suppress(OSError):  # a read-only state dir only costs speed
        cache.directory.mkdir(parents=True, exist_ok=True)
        kept = sealed(cache.key, name, body)
        atomic_write_text(cache.directory / f"{name}.json", kept.decode(), durable=False)


def _same(left: Any, right: Any) -> bool:
    """Equal with the same types throughout (`==` alone takes True for 1 and 1.0 for 1)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(_same(v, right[k]) for k, v in left.items())
    if isinstance(left, list):
        return len(left) == len(right) and all(map(_same, left, right))
    return bool(left == right)


# What decides what a kept document holds: the schemas, the YAML parser, the formats and the
# validator (compiled, and the compiler behind it). A fix to any of them under an unchanged
# version string (a development install) must not leave documents it would now refuse kept.
_DECIDING = (
    ("sscli.policy", "policy.schema.json"),
    ("sscli.policy", "source.schema.json"),
    ("sscli", "yamlsafe.py"),
    ("sscli", "schemas.py"),
    ("sscli", "schema_compiler.py"),
    ("sscli.schemas_compiled", "sscli_policy_v1.py"),
    ("sscli.policy", "load.py"),
)


@cache
def _cache_tag() -> str:
    """What a kept document depends on: the schemas, this sscli and the code deciding it."""
    return hashlib.sha256(f"{__version__}\0{_schema_digest()}".encode()).hexdigest()[:16]


@cache
def _schema_digest() -> str:
    digest = hashlib.sha256()
    for package, name in _DECIDING:
        digest.update(hashlib.sha256(_shipped_bytes(package, name)).digest())
    return digest.hexdigest()


def _shipped_bytes(package: str, name: str) -> bytes:
    """`sscli.schemas.resource_bytes` for a package of sscli, read from sscli's directory
    without importing the package (or sscli.schemas) to find it."""
    path = Path(__file__).parents[1].joinpath(*package.split(".")[1:], name)
    try:
        return path.read_bytes()
    except OSError:  # not installed as files: through importlib.resources
        from sscli.schemas import resource_bytes

        return resource_bytes(package, name)

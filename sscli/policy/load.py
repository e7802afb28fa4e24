"""Load a policy file: YAML (strict: no duplicate keys, dates stay text), size-limited, validated
against the JSON Schema shipped with sscli, every violation listed."""

from __future__ import annotations

import contextlib
import hashlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError
from sscli.fsutil import read_bytes_limited
from sscli.schemas import SchemaViolation, build_validator, load_json_resource, violations

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

MAX_POLICY_BYTES = 1024 * 1024


def _strict_loader() -> type:
    import yaml

    class StrictLoader(yaml.SafeLoader):
        """SafeLoader that refuses duplicate keys and keeps timestamps as strings."""

        def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
            keys = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in keys:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r}", key_node.start_mark
                    )
                keys.add(key)
            return super().construct_mapping(node, deep=deep)

    timestamp_as_text = yaml.SafeLoader.construct_yaml_str
    StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", timestamp_as_text)  # type: ignore[type-var]
    return StrictLoader


def parse_yaml(data: bytes, *, path: Path) -> Any:
    """Parse YAML strictly; a syntax error names the file and line."""
    import yaml

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte offset {exc.start})", path=path) from exc
    try:
        return yaml.load(text, Loader=_strict_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise InputError(f"invalid YAML: {exc.problem or exc}", path=path, line=line) from exc
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", path=path) from exc


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

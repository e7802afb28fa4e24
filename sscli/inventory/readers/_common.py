"""Helpers the lock-file readers share: safe TOML loading and typed field access."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.fsutil import read_text_limited
from sscli.inventory.model import Artifact
from sscli.inventory.versions import CANONICAL

try:  # tomli's compiled parser reads a 1.5 MB uv.lock about 2.5 times faster than tomllib's
    import tomli as tomllib
except ImportError:  # pragma: no cover - tomli is a dependency; tomllib has the same API
    import tomllib  # type: ignore[no-redef]

MAX_LOCK_BYTES = 64 * 1024 * 1024
ALLOWED_HASHES = ("sha256", "sha384", "sha512", "blake2b")


def load_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; a syntax error names the file and line."""
    text = read_text_limited(path, MAX_LOCK_BYTES)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        message = str(exc).split(" (at line")[0]
        raise InputError(f"invalid TOML: {message}", path=path, line=line) from exc
    except RecursionError as exc:
        raise InputError("invalid TOML: nested too deeply", path=path) from exc


def load_json(path: Path, limit: int = MAX_LOCK_BYTES) -> Any:
    """Parse a JSON file; a syntax error names the file and line."""
    text = read_text_limited(path, limit)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno) from exc
    except RecursionError as exc:
        raise InputError("invalid JSON: nested too deeply", path=path) from exc


def table(value: object, *, path: Path, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InputError(f"expected a table, got {type(value).__name__}", path=path, field=field)
    return value


def array(value: object, *, path: Path, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f"expected an array, got {type(value).__name__}", path=path, field=field)
    return value


def string(value: object, *, path: Path, field: str, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value):
        raise InputError("expected a non-empty string", path=path, field=field)
    return value


def canonical_version(text: str, *, path: Path, field: str) -> str:
    """PEP 440 canonical form of `text`; an invalid version is an input error."""
    if CANONICAL.fullmatch(text):  # the common case, without packaging (inventory/versions.py)
        return text
    from packaging.version import Version

    try:
        return str(Version(text))
    except ValueError as exc:  # InvalidVersion, or more digits than int() takes
        raise InputError(f"invalid version {text!r} (not PEP 440)", path=path, field=field) from exc


def parse_hash(text: str, *, path: Path, field: str) -> tuple[str, str]:
    """`sha256:<hex>` to (algorithm, lowercase hex), checked."""
    algorithm, sep, digest = text.partition(":")
    return check_hash(algorithm if sep else "", digest, path=path, field=field)


def check_hash(algorithm: str, digest: object, *, path: Path, field: str) -> tuple[str, str]:
    algorithm = algorithm.lower()
    if algorithm not in ALLOWED_HASHES:
        raise InputError(f"unsupported hash algorithm {algorithm!r}", path=path, field=field)
    if not isinstance(digest, str):
        raise InputError("hash digest must be a string", path=path, field=field)
    digest = digest.lower()
    try:
        raw = bytes.fromhex(digest)
    except ValueError as exc:
        raise InputError(f"malformed {algorithm} digest", path=path, field=field) from exc
    if algorithm == "sha256" and len(raw) != 32:
        raise InputError("a sha256 digest has 64 hex digits", path=path, field=field)
    return algorithm, digest


def local_path(text: str) -> str:
    """A local path from a lock, as an SBOM may show it: a relative path as written (POSIX
    separators); an absolute one is a machine path, so only its last component is kept."""
    cleaned = text.replace("\\", "/")
    if cleaned.startswith("/") or (len(cleaned) > 1 and cleaned[1] == ":"):
        return cleaned.rstrip("/").rsplit("/", 1)[-1] or "."
    if cleaned.startswith("file://"):
        return local_path(cleaned[len("file://") :])
    return cleaned or "."


def artifact_from_url(
    url: str | None, hashes: Mapping[str, str], size: object, filename: str | None = None
) -> Artifact:
    name = filename or (url.rsplit("/", 1)[-1].split("#")[0] if url else None)
    return Artifact(
        filename=name or None,
        hashes=dict(hashes),
        size=size if isinstance(size, int) and not isinstance(size, bool) else None,
        url=url,
    )

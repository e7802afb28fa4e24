"""Pipfile.lock (pipenv), read as `pipenv sync` installs it.

The `default` category is the runtime; `--group dev` (or `develop`) adds the `develop` category
and `--group NAME` any other category, as `pipenv sync --categories` does. Markers are evaluated
for the target. The lock has no dependency graph, so the inventory has no edges.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name

from sscli.errors import InputError
from sscli.inventory.model import (
    Artifact,
    Inventory,
    Origin,
    OriginKind,
    Package,
    Scope,
    normalize_name,
    strip_credentials,
)
from sscli.inventory.readers import detect
from sscli.inventory.readers._common import (
    canonical_version,
    load_json,
    local_path,
    parse_hash,
)
from sscli.inventory.readers.interface import Reader, ReadOptions

RUNTIME = "default"


class PipfileLockReader(Reader):
    kind = "pipfile"
    description = "pipenv lock file (Pipfile.lock)"

    def matches(self, path: Path) -> bool:
        return detect.pipfile_name(path)

    def sniff(self, head: str) -> bool:
        return detect.pipfile_head(head)

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        document = _load(path)
        meta = _mapping(document.get("_meta", {}), path, "_meta")
        sources = meta.get("sources", [])
        if not isinstance(sources, list):
            raise InputError("sources must be a list", path=path, field="_meta.sources")
        indexes = {
            str(s.get("name")): strip_credentials(str(s.get("url")))
            for s in sources
            if isinstance(s, Mapping) and isinstance(s.get("url"), str)
        }
        categories = [k for k in document if k != "_meta"]
        named = {_group_name(c): c for c in categories if c != RUNTIME}
        selection = options.selection
        selection.check_known(groups=named, extras=(), where=path)
        wanted = [RUNTIME, *(named[g] for g in sorted(selection.wanted_groups(named)))]
        packages: dict[str, Package] = {}
        for category in wanted:
            entries = _mapping(document.get(category, {}), path, category)
            for raw_name, raw in entries.items():
                where = f"{category}.{raw_name}"
                entry = _mapping(raw, path, where)
                marker = entry.get("markers")
                if marker is not None and not isinstance(marker, str):
                    raise InputError(
                        "markers must be a string", path=path, field=f"{where}.markers"
                    )
                if not any(
                    s.holds(marker, where=f"{where}.markers", path=path) for s in selection.scopes()
                ):
                    continue
                package = _package(str(raw_name), entry, path, where, indexes, options)
                if selection.universal and marker:
                    package = replace(package, properties=(("sscli:marker", marker),))
                if not selection.runtime_only:
                    package = replace(
                        package, scope=Scope.REQUIRED if category == RUNTIME else Scope.OPTIONAL
                    )
                packages.setdefault(package.name, package)
        return Inventory(
            packages=tuple(packages.values()), source_kind=self.kind, source_path=str(path)
        )


def _group_name(category: str) -> str:
    """pipenv's `develop` category is what `--dev` installs: the `dev` group."""
    return "dev" if category == "develop" else canonicalize_name(category)


def _load(path: Path) -> dict[str, Any]:
    document = load_json(path)
    if not isinstance(document, dict) or "_meta" not in document:
        raise InputError("not a Pipfile.lock (no _meta)", path=path)
    return document


def _mapping(value: object, path: Path, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InputError(f"expected an object, got {type(value).__name__}", path=path, field=field)
    return value


def _package(  # noqa: PLR0917
    raw_name: str,
    entry: Mapping[str, Any],
    path: Path,
    where: str,
    indexes: Mapping[str, str],
    options: ReadOptions,
) -> Package:
    name = normalize_name(raw_name)
    version_text = entry.get("version")
    version = None
    if isinstance(version_text, str):
        pinned = version_text.removeprefix("===").removeprefix("==")
        if pinned == version_text:
            raise InputError(
                f"version {version_text[:50]!r} is not a pin", path=path, field=f"{where}.version"
            )
        version = canonical_version(pinned, path=path, field=f"{where}.version")
    hashes = entry.get("hashes", [])
    if not isinstance(hashes, list):
        raise InputError("hashes must be a list", path=path, field=f"{where}.hashes")
    artifacts = tuple(
        Artifact(hashes=dict([parse_hash(str(h), path=path, field=f"{where}.hashes[{n}]")]))
        for n, h in enumerate(hashes)
    )
    index = entry.get("index")
    return Package(
        name=name,
        version=version,
        display_name=raw_name if raw_name != name else None,
        artifacts=artifacts,
        index_url=indexes.get(index) if isinstance(index, str) else None,
        location=options.location(path),
        origin=_origin(entry),
    )


def _origin(entry: Mapping[str, Any]) -> Origin | None:
    for vcs in ("git", "hg", "svn", "bzr"):
        url = entry.get(vcs)
        if isinstance(url, str):
            ref = entry.get("ref")
            subdirectory = entry.get("subdirectory")
            return Origin(
                OriginKind.GIT,
                url=strip_credentials(url.removeprefix(f"{vcs}+")),
                commit=ref if isinstance(ref, str) else None,
                subdirectory=subdirectory if isinstance(subdirectory, str) else None,
            )
    for key in ("path", "file"):
        value = entry.get(key)
        if isinstance(value, str):
            if value.startswith(("https://", "http://")):
                return Origin(OriginKind.URL, url=strip_credentials(value))
            return Origin(
                OriginKind.PATH, path=local_path(value), editable=entry.get("editable") is True
            )
    return None

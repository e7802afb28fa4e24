"""uv.lock (uv's universal lock file, versions 1 and later)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from packaging.markers import InvalidMarker, Marker

from sscli.errors import InputError
from sscli.inventory.model import Artifact, Inventory, Location, Package, Problem, normalize_name
from sscli.inventory.readers._common import (
    array,
    artifact_from_url,
    canonical_version,
    load_toml,
    parse_hash,
    string,
    table,
)
from sscli.inventory.readers.interface import Reader, ReadOptions

_LOCAL_SOURCES = ("editable", "virtual", "directory", "path")


class UvLockReader(Reader):
    kind = "uv-lock"
    description = "uv lock file (uv.lock)"

    def matches(self, path: Path) -> bool:
        return path.name == "uv.lock"

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        document = load_toml(path)
        version = document.get("version")
        if not isinstance(version, int) or version < 1:
            raise InputError(f"unsupported uv.lock version {version!r}", path=path, field="version")
        entries = [
            table(raw, path=path, field=f"package[{n}]")
            for n, raw in enumerate(array(document.get("package"), path=path, field="package"))
        ]
        parsed = [_Entry.parse(entry, path, f"package[{n}]") for n, entry in enumerate(entries)]
        versions: dict[str, list[str]] = {}
        for item in parsed:
            if item.version:
                versions.setdefault(item.name, []).append(item.version)
        reachable = _reachable(parsed, options)
        packages: list[Package] = []
        problems: list[Problem] = []
        root: Package | None = None
        for item in parsed:
            if (item.name, item.version) not in reachable:
                continue
            dependencies = tuple(
                _dependency_key(dep, versions) for dep in item.active_deps(options)
            )
            if item.is_local:
                if item.source.get("editable") == "." or item.source.get("virtual") == ".":
                    root = Package(name=item.name, version=item.version, dependencies=dependencies)
                else:
                    problems.append(
                        Problem(
                            f"{item.name} is a local path dependency",
                            Location(str(path)),
                            item.name,
                        )
                    )
                continue
            if item.version is None:
                problems.append(
                    Problem(f"{item.name} has no version", Location(str(path)), item.name)
                )
                continue
            packages.append(
                Package(
                    name=item.name,
                    version=item.version,
                    display_name=item.display if item.display != item.name else None,
                    artifacts=item.artifacts,
                    dependencies=dependencies,
                    index_url=item.source.get("registry"),
                    location=Location(str(path)),
                )
            )
        return Inventory(
            packages=tuple(packages),
            root=root,
            source_kind=self.kind,
            source_path=str(path),
            problems=tuple(problems),
        )


class _Entry:
    def __init__(self, entry: Any, path: Path, where: str) -> None:
        self.path = path
        self.where = where
        display = string(entry.get("name"), path=path, field=f"{where}.name")
        assert display is not None
        self.display = display
        self.name = normalize_name(display)
        source = entry.get("source", {})
        self.source: dict[str, Any] = dict(table(source, path=path, field=f"{where}.source"))
        self.is_local = any(key in self.source for key in _LOCAL_SOURCES)
        raw_version = string(
            entry.get("version"), path=path, field=f"{where}.version", required=False
        )
        self.version = (
            canonical_version(raw_version, path=path, field=f"{where}.version")
            if raw_version
            else None
        )
        self.deps: list[dict[str, Any]] = [
            dict(table(d, path=path, field=f"{where}.dependencies"))
            for d in array(entry.get("dependencies"), path=path, field=f"{where}.dependencies")
        ]
        artifacts: list[Artifact] = []
        if "sdist" in entry:
            artifacts.append(self._file(entry["sdist"], f"{where}.sdist"))
        for n, wheel in enumerate(array(entry.get("wheels"), path=path, field=f"{where}.wheels")):
            artifacts.append(self._file(wheel, f"{where}.wheels[{n}]"))
        self.artifacts = tuple(artifacts)

    @classmethod
    def parse(cls, entry: Any, path: Path, where: str) -> _Entry:
        return cls(entry, path, where)

    def _file(self, raw: object, field: str) -> Artifact:
        entry = table(raw, path=self.path, field=field)
        hashes: dict[str, str] = {}
        if "hash" in entry:
            text = string(entry["hash"], path=self.path, field=f"{field}.hash")
            assert text is not None
            algorithm, digest = parse_hash(text, path=self.path, field=f"{field}.hash")
            hashes[algorithm] = digest
        url = string(entry.get("url"), path=self.path, field=f"{field}.url", required=False)
        local = string(entry.get("path"), path=self.path, field=f"{field}.path", required=False)
        return artifact_from_url(url or local, hashes, entry.get("size"))

    def active_deps(self, options: ReadOptions) -> list[dict[str, Any]]:
        active = []
        for dep in self.deps:
            marker = dep.get("marker")
            if isinstance(marker, str):
                try:
                    if not Marker(marker).evaluate({**options.environment, "extra": ""}):
                        continue
                except InvalidMarker as exc:
                    raise InputError(
                        f"invalid marker {marker!r}",
                        path=self.path,
                        field=f"{self.where}.dependencies",
                    ) from exc
            if not isinstance(dep.get("name"), str):
                raise InputError(
                    "dependency without a name", path=self.path, field=f"{self.where}.dependencies"
                )
            active.append(dep)
        return active


def _dependency_key(dep: dict[str, Any], versions: dict[str, list[str]]) -> str:
    name = normalize_name(dep["name"])
    version = dep.get("version")
    if isinstance(version, str) and len(versions.get(name, ())) > 1:
        return f"{name}=={version}"
    return name


def _reachable(parsed: list[_Entry], options: ReadOptions) -> set[tuple[str, str | None]]:
    """Packages reachable from the workspace roots in the target environment.

    uv.lock is universal (all platforms); walking from the project with markers evaluated gives
    the packages that environment installs. A lock without a local root keeps everything.
    """
    by_name: dict[str, list[_Entry]] = {}
    for item in parsed:
        by_name.setdefault(item.name, []).append(item)
    roots = [item for item in parsed if item.is_local]
    if not roots:
        return {(item.name, item.version) for item in parsed}
    seen: set[tuple[str, str | None]] = set()
    stack = list(roots)
    while stack:
        item = stack.pop()
        key = (item.name, item.version)
        if key in seen:
            continue
        seen.add(key)
        for dep in item.active_deps(options):
            candidates = by_name.get(normalize_name(dep["name"]), [])
            wanted = dep.get("version")
            if isinstance(wanted, str):
                candidates = [
                    c
                    for c in candidates
                    if c.version
                    == canonical_version(wanted, path=item.path, field=f"{item.where}.dependencies")
                ]
            stack.extend(candidates)
    return seen

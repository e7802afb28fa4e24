"""pylock.toml (PEP 751), read as an installer does.

A package is installed when its marker holds, evaluated in the lock-file context: the target
environment plus `extras` (those asked for) and `dependency_groups` (those asked for, else the
lock's `default-groups`). VCS, directory and archive packages keep their origin.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.inventory.markers import MarkerScope
from sscli.inventory.model import (
    Artifact,
    Inventory,
    Location,
    Origin,
    OriginKind,
    Package,
    Problem,
    Scope,
    normalize_name,
    strip_credentials,
)
from sscli.inventory.model import canonical_name as canonicalize_name
from sscli.inventory.readers import detect
from sscli.inventory.readers._common import (
    array,
    artifact_from_url,
    canonical_version,
    check_hash,
    load_toml,
    local_path,
    string,
    table,
)
from sscli.inventory.readers.interface import Reader, ReadOptions


class PylockReader(Reader):
    kind = "pylock"
    description = "PEP 751 lock file (pylock.toml)"

    def matches(self, path: Path) -> bool:
        return detect.pylock_name(path)

    def sniff(self, head: str) -> bool:
        return detect.pylock_head(head)

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        document = load_toml(path)
        lock_version = document.get("lock-version")
        if not isinstance(lock_version, str) or not lock_version.startswith("1."):
            raise InputError(
                f"unsupported lock-version {lock_version!r} (sscli reads 1.x)",
                path=path,
                field="lock-version",
            )
        selection = options.selection
        extras = _names(document, "extras", path)
        groups = _names(document, "dependency-groups", path)
        selection.check_known(groups=groups, extras=extras, where=path)
        wanted_groups = selection.wanted_groups(groups) or _names(document, "default-groups", path)
        full = [
            MarkerScope(s.environment, selection.wanted_extras(extras), wanted_groups)
            for s in selection.scopes()
        ]
        runtime = [
            MarkerScope(s.environment, frozenset(), _names(document, "default-groups", path))
            for s in selection.scopes()
        ]
        packages: dict[str, Package] = {}
        problems: list[Problem] = []
        location = options.location(path)  # every package's, and computed once
        universal, runtime_only = selection.universal, selection.runtime_only
        for number, raw in enumerate(array(document.get("packages"), path=path, field="packages")):
            where = f"packages[{number}]"
            entry = raw if type(raw) is dict else table(raw, path=path, field=where)
            marker = entry.get("marker")
            if marker is None:  # installed for every scope (`holds(None)`)
                if not full:
                    continue
            else:
                marker = string(marker, path=path, field=f"{where}.marker", required=False)
                if not any(scope.holds(marker, where=f"{where}.marker", path=path)
                           for scope in full):  # fmt: skip
                    continue
            package = _package(entry, path=path, where=where, location=location)
            if package is None:
                continue
            if universal and marker:
                package = _with_marker(package, marker)
            if not runtime_only:
                required = any(scope.holds(marker) for scope in runtime)
                package = _with_scope(package, Scope.REQUIRED if required else Scope.OPTIONAL)
            if package.key in packages:
                problems.append(
                    Problem(
                        f"{package.key} is listed twice; the first entry is used",
                        options.location(path),
                    )
                )
                continue
            packages[package.key] = package
        return Inventory(
            packages=tuple(packages.values()),
            source_kind=self.kind,
            source_path=str(path),
            problems=tuple(problems),
        )


def _with_marker(package: Package, marker: str) -> Package:
    """In universal mode the marker is kept, not evaluated: it says where the package goes."""
    from dataclasses import replace

    return replace(package, properties=(*package.properties, ("sscli:marker", marker)))


def _with_scope(package: Package, scope: Scope) -> Package:
    from dataclasses import replace

    return replace(package, scope=scope)


def _names(document: Any, key: str, path: Path) -> frozenset[str]:
    return frozenset(
        canonicalize_name(string(n, path=path, field=key) or "")
        for n in array(document.get(key), path=path, field=key)
    )


def _package(entry: Any, *, path: Path, where: str, location: Location) -> Package | None:
    display = entry.get("name")
    if type(display) is not str or not display:
        display = string(display, path=path, field=f"{where}.name")
        assert display is not None
    name = normalize_name(display)
    origin = _origin(entry, path, where) if _ORIGINS.intersection(entry) else None
    if origin is not None and origin.kind is OriginKind.PATH and origin.path in (".", "./"):
        return None  # the locked project itself, described by its pyproject.toml
    version_text = entry.get("version")
    if version_text is not None and type(version_text) is not str:
        string(version_text, path=path, field=f"{where}.version", required=False)
    version = (
        canonical_version(version_text, path=path, field=f"{where}.version")
        if version_text
        else None
    )
    artifacts: list[Artifact] = []
    sdist = entry.get("sdist")
    if sdist is not None:
        artifacts.append(
            _file(table(sdist, path=path, field=f"{where}.sdist"), path, f"{where}.sdist")
        )
    wheels = entry.get("wheels")
    if wheels is not None:
        for number, wheel in enumerate(array(wheels, path=path, field=f"{where}.wheels")):
            field = f"{where}.wheels[{number}]"
            artifacts.append(_file(table(wheel, path=path, field=field), path, field))
    if "archive" in entry:
        archive = table(entry["archive"], path=path, field=f"{where}.archive")
        artifacts.append(_file(archive, path, f"{where}.archive"))
    dependencies: tuple[str, ...] = ()
    listed = entry.get("dependencies")
    if listed is not None:
        field = f"{where}.dependencies"
        names = (normalize_name(str(table(d, path=path, field=field).get("name", "")))
                 for d in array(listed, path=path, field=field))  # fmt: skip
        dependencies = tuple(d for d in names if d)
    index = entry.get("index")
    if index is not None:
        index = string(index, path=path, field=f"{where}.index", required=False)
    return Package(
        name=name,
        version=version,
        display_name=display if display != name else None,
        artifacts=tuple(artifacts),
        dependencies=dependencies,
        index_url=strip_credentials(index) if index else None,
        location=location,
        origin=origin,
    )


_ORIGINS = frozenset(("vcs", "directory", "archive"))  # the keys `_origin` reads


def _origin(entry: Any, path: Path, where: str) -> Origin | None:
    if "vcs" in entry:
        vcs = table(entry["vcs"], path=path, field=f"{where}.vcs")
        url = string(vcs.get("url"), path=path, field=f"{where}.vcs.url", required=False)
        local = string(vcs.get("path"), path=path, field=f"{where}.vcs.path", required=False)
        commit = string(
            vcs.get("commit-id"), path=path, field=f"{where}.vcs.commit-id", required=False
        )
        ref = string(
            vcs.get("requested-revision"),
            path=path,
            field=f"{where}.vcs.requested-revision",
            required=False,
        )
        subdirectory = string(
            vcs.get("subdirectory"), path=path, field=f"{where}.vcs.subdirectory", required=False
        )
        if url:
            return Origin(
                OriginKind.GIT,
                url=strip_credentials(url),
                commit=commit,
                ref=ref,
                subdirectory=subdirectory,
            )
        return Origin(OriginKind.PATH, path=local_path(local or "."), commit=commit)
    if "directory" in entry:
        directory = table(entry["directory"], path=path, field=f"{where}.directory")
        local = string(directory.get("path"), path=path, field=f"{where}.directory.path") or "."
        return Origin(
            OriginKind.PATH, path=local_path(local), editable=directory.get("editable") is True
        )
    if "archive" in entry:
        archive = table(entry["archive"], path=path, field=f"{where}.archive")
        url = string(archive.get("url"), path=path, field=f"{where}.archive.url", required=False)
        if url:
            return Origin(OriginKind.URL, url=strip_credentials(url))
        local = string(
            archive.get("path"), path=path, field=f"{where}.archive.path", required=False
        )
        return Origin(OriginKind.PATH, path=local_path(local or "."))
    return None


def _file(entry: Any, path: Path, field: str) -> Artifact:
    url = string(entry.get("url"), path=path, field=f"{field}.url", required=False)
    local = string(entry.get("path"), path=path, field=f"{field}.path", required=False)
    hashes_table = table(entry.get("hashes", {}), path=path, field=f"{field}.hashes")
    if not hashes_table:
        raise InputError("a file entry needs at least one hash", path=path, field=f"{field}.hashes")
    hashes = dict(
        check_hash(algorithm, digest, path=path, field=f"{field}.hashes.{algorithm}")
        for algorithm, digest in hashes_table.items()
    )
    filename = string(entry.get("name"), path=path, field=f"{field}.name", required=False)
    if url:
        return artifact_from_url(strip_credentials(url), hashes, entry.get("size"), filename)
    return artifact_from_url(
        None,
        hashes,
        entry.get("size"),
        filename or (local_path(local).rsplit("/", 1)[-1] if local else None),
    )

"""poetry.lock (every lock-version: pre-1.0 `metadata.hashes`, 1.1 `metadata.files`, 1.2+ and
2.x per-package `files`), read as `poetry install` installs it.

The walk starts at the project's dependencies from the pyproject.toml beside the lock
(`[tool.poetry]` or `[project]`, see `poetry_project`), with the groups and extras asked for,
follows each package's dependencies whose markers hold for the target, and activates optional
dependencies only through extras. Without a pyproject.toml, the lock's own labels decide
(`category`/`groups`, `optional`, per-package `markers`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name

from sscli.errors import InputError
from sscli.inventory.graph import Dep, LockGraph, Node, walk
from sscli.inventory.model import (
    Artifact,
    Inventory,
    Origin,
    OriginKind,
    Package,
    normalize_name,
    strip_credentials,
)
from sscli.inventory.readers import detect
from sscli.inventory.readers._common import (
    array,
    artifact_from_url,
    canonical_version,
    check_hash,
    load_toml,
    local_path,
    parse_hash,
    string,
    table,
)
from sscli.inventory.readers.interface import Reader, ReadOptions
from sscli.inventory.readers.poetry_project import (
    PoetryManifest,
    constraint_predicate,
    python_marker,
    read_manifest,
    requirement_head,
)


class PoetryLockReader(Reader):
    kind = "poetry-lock"
    description = "Poetry lock file (poetry.lock)"

    def matches(self, path: Path) -> bool:
        return detect.poetry_name(path)

    def sniff(self, head: str) -> bool:
        return detect.poetry_head(head)

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        document = load_toml(path)
        metadata = table(document.get("metadata", {}), path=path, field="metadata")
        entries = array(document.get("package"), path=path, field="package")
        if not entries and "metadata" not in document:
            raise InputError("no [[package]] or [metadata] table: not a poetry.lock", path=path)
        legacy_files = table(metadata.get("files", {}), path=path, field="metadata.files")
        legacy_hashes = table(metadata.get("hashes", {}), path=path, field="metadata.hashes")
        nodes = [
            _node(
                table(raw, path=path, field=f"package[{n}]"),
                path,
                f"package[{n}]",
                legacy_files,
                legacy_hashes,
                options,
            )
            for n, raw in enumerate(entries)
        ]
        pyproject = (options.project_dir or path.parent) / "pyproject.toml"
        project = _root_node(pyproject, path, options) if pyproject.is_file() else None
        if project is not None and not _has_group_markers(entries):
            result = walk(LockGraph(path=path, nodes=[project, *nodes], root=0), options.selection)
            packages, root = result.packages, result.root
        else:
            packages, root = _labelled(entries, nodes, project, path, options)
        return Inventory(
            packages=tuple(packages),
            root=root,
            source_kind=self.kind,
            source_path=str(path),
        )


def _root_node(pyproject: Path, lock: Path, options: ReadOptions) -> Node:
    """The project as Poetry sees it; a broken pyproject.toml is named, as read for the lock."""
    try:
        document = load_toml(pyproject)
        manifest = read_manifest(document, pyproject)
        from sscli.inventory.readers.project import read_project  # lazy: beside a lock

        package = read_project(pyproject, options)
    except InputError as exc:
        raise InputError(
            f"cannot read the project beside the lock: {exc.message}",
            path=lock,
            hint="poetry.lock is read with the pyproject.toml of its project",
        ) from exc
    return _project_node(package, manifest)


def _project_node(package: Package, manifest: PoetryManifest) -> Node:
    return Node(
        package=package,
        deps=manifest.deps,
        optional=manifest.optional,
        groups=manifest.groups,
        project=True,
    )


def _has_group_markers(entries: list[Any]) -> bool:
    """Lock-version 2.1 records, per package, the groups that install it and under which
    markers; Poetry then installs from those labels instead of walking the graph."""
    return bool(entries) and all(isinstance(e, Mapping) and "groups" in e for e in entries)


def _labelled(
    entries: list[Any], nodes: list[Node], project: Node | None, path: Path, options: ReadOptions
) -> tuple[list[Package], Package | None]:
    """Packages chosen by the lock's own labels (groups and their markers, evaluated with the
    project extras asked for), with the lock's edges between them."""
    labels = _labelled_root(entries, nodes, project)
    bare = [Node(node.package) for node in nodes]
    result = walk(LockGraph(path=path, nodes=[labels, *bare], root=0), options.selection)
    chosen = {p.name for p in result.packages}
    extras = frozenset(options.selection.extras)
    scopes = [s.with_extras(extras) for s in options.selection.scopes()]
    packages = []
    by_name = {node.package.name: node for node in nodes}
    for package in result.packages:
        node = by_name[package.name]
        edges = [*node.deps, *(d for deps in node.optional.values() for d in deps)]
        names = sorted(
            {d.name for d in edges if d.name in chosen and any(s.holds(d.marker) for s in scopes)}
            - {package.name}
        )
        packages.append(replace(package, dependencies=tuple(names)))
    root = None
    if project is not None:
        selection = options.selection
        direct = [*project.deps]
        direct += [
            d for e in selection.wanted_extras(project.optional) for d in project.optional[e]
        ]
        direct += [d for g in selection.wanted_groups(project.groups) for d in project.groups[g]]
        root = replace(
            project.package,
            dependencies=tuple(dict.fromkeys(d.name for d in direct if d.name in chosen)),
        )
    return packages, root


def _labelled_root(entries: list[Any], nodes: list[Node], project: Node | None) -> Node:
    """Every package the lock labels as main (and not optional, in locks before 2.1) is a
    direct dependency, under its main-group marker; other groups likewise."""
    main: list[Dep] = []
    groups: dict[str, list[Dep]] = {}
    for entry, node in zip(entries, nodes, strict=True):
        labels = entry.get("groups") or [entry.get("category", "main")]
        markers = entry.get("markers")
        for label in labels if isinstance(labels, list) else []:
            marker = markers.get(label) if isinstance(markers, Mapping) else markers
            dep = Dep(
                node.package.name,
                marker=marker if isinstance(marker, str) else None,
                version=node.package.version,
            )
            if label == "main":
                if not entry.get("optional") or "groups" in entry:
                    main.append(dep)
            else:
                groups.setdefault(canonicalize_name(str(label)), []).append(dep)
    package = (
        project.package if project is not None else Package(name="poetry-project", version=None)
    )
    optional = dict(project.optional) if project is not None else {}
    return Node(
        package,
        deps=tuple(main),
        optional={k: () for k in optional},
        groups={k: tuple(v) for k, v in groups.items()},
        project=True,
    )


def _node(  # noqa: PLR0917
    entry: Any,
    path: Path,
    where: str,
    legacy_files: Mapping[str, Any],
    legacy_hashes: Mapping[str, Any],
    options: ReadOptions,
) -> Node:
    display = string(entry.get("name"), path=path, field=f"{where}.name")
    assert display is not None
    name = normalize_name(display)
    version_text = string(entry.get("version"), path=path, field=f"{where}.version")
    assert version_text is not None
    source = table(entry.get("source", {}), path=path, field=f"{where}.source")
    origin = _origin(source, path, f"{where}.source")
    index_url = source.get("url") if source.get("type") == "legacy" else None
    deps, optional_deps = _dependencies(entry, path, where)
    optional: dict[str, tuple[Dep, ...]] = {}
    for extra, requirements in table(
        entry.get("extras", {}), path=path, field=f"{where}.extras"
    ).items():
        wanted = []
        for text in array(requirements, path=path, field=f"{where}.extras.{extra}"):
            head = requirement_head(str(text))
            if head is None:
                continue
            dep_name, dep_extras = normalize_name(head[0]), head[1]
            wanted += [
                Dep(d.name, d.marker, d.extras | dep_extras, d.version, d.accepts)
                for d in optional_deps.get(dep_name, [Dep(dep_name)])
            ]
        optional[canonicalize_name(str(extra))] = tuple(wanted)
    package = Package(
        name=name,
        version=canonical_version(version_text, path=path, field=f"{where}.version"),
        display_name=display if display != name else None,
        artifacts=_artifacts(entry, display, name, path, where, legacy_files, legacy_hashes),
        description=string(
            entry.get("description"), path=path, field=f"{where}.description", required=False
        )
        or None,
        index_url=strip_credentials(index_url) if isinstance(index_url, str) else None,
        location=options.location(path),
        origin=origin,
    )
    return Node(package, deps=tuple(deps), optional=optional)


def _dependencies(entry: Any, path: Path, where: str) -> tuple[list[Dep], dict[str, list[Dep]]]:
    """(required edges, optional edges by target name) of one locked package."""
    table_ = table(entry.get("dependencies", {}), path=path, field=f"{where}.dependencies")
    required: list[Dep] = []
    optional: dict[str, list[Dep]] = {}
    for raw_name, constraint in table_.items():
        name = normalize_name(str(raw_name))
        field = f"{where}.dependencies.{raw_name}"
        for spec in constraint if isinstance(constraint, list) else [constraint]:
            if isinstance(spec, str):
                required.append(Dep(name, accepts=constraint_predicate(spec)))
                continue
            spec_table = table(spec, path=path, field=field)
            markers = [
                m
                for m in (
                    string(
                        spec_table.get("markers"),
                        path=path,
                        field=f"{field}.markers",
                        required=False,
                    ),
                    python_marker(spec_table.get("python")),
                )
                if m
            ]
            dep = Dep(
                name,
                marker=" and ".join(f"({m})" for m in markers) if markers else None,
                extras=frozenset(
                    canonicalize_name(str(e))
                    for e in array(spec_table.get("extras"), path=path, field=f"{field}.extras")
                ),
                accepts=constraint_predicate(spec_table.get("version")),
            )
            if spec_table.get("optional"):
                optional.setdefault(name, []).append(dep)
            else:
                required.append(dep)
    return required, optional


def _origin(source: Mapping[str, Any], path: Path, field: str) -> Origin | None:
    kind = source.get("type")
    url = source.get("url")
    if kind is None or kind == "legacy":
        return None
    if not isinstance(url, str):
        raise InputError("a package source needs a url", path=path, field=f"{field}.url")
    if kind == "git":
        resolved = source.get("resolved_reference")
        reference = source.get("reference")
        subdirectory = source.get("subdirectory")
        return Origin(
            OriginKind.GIT,
            url=strip_credentials(url),
            commit=resolved if isinstance(resolved, str) else None,
            ref=reference if isinstance(reference, str) else None,
            subdirectory=subdirectory if isinstance(subdirectory, str) else None,
        )
    if kind == "url":
        return Origin(OriginKind.URL, url=strip_credentials(url))
    if kind in ("directory", "file"):
        return Origin(OriginKind.PATH, path=local_path(url))
    raise InputError(
        f"unknown package source type {str(kind)[:40]!r}", path=path, field=f"{field}.type"
    )


def _artifacts(  # noqa: PLR0917
    entry: Any,
    display: str,
    name: str,
    path: Path,
    where: str,
    legacy_files: Mapping[str, Any],
    legacy_hashes: Mapping[str, Any],
) -> tuple[Artifact, ...]:
    files = entry.get("files")
    if files is None:
        files = legacy_files.get(display, legacy_files.get(name))
    if files is None:
        digests = legacy_hashes.get(display, legacy_hashes.get(name, []))
        hashes = []
        for n, digest in enumerate(array(digests, path=path, field=f"metadata.hashes.{display}")):
            algorithm, value = check_hash(
                "sha256", digest, path=path, field=f"metadata.hashes.{display}[{n}]"
            )
            hashes.append(Artifact(hashes={algorithm: value}))
        return tuple(hashes)
    return tuple(
        _file(f, path, f"{where}.files[{n}]")
        for n, f in enumerate(array(files, path=path, field=f"{where}.files"))
    )


def _file(raw: object, path: Path, field: str) -> Artifact:
    entry = table(raw, path=path, field=field)
    filename = string(entry.get("file"), path=path, field=f"{field}.file")
    text = string(entry.get("hash"), path=path, field=f"{field}.hash")
    assert text is not None
    algorithm, digest = parse_hash(text, path=path, field=f"{field}.hash")
    url = string(entry.get("url"), path=path, field=f"{field}.url", required=False)
    return artifact_from_url(
        strip_credentials(url) if url else None, {algorithm: digest}, entry.get("size"), filename
    )

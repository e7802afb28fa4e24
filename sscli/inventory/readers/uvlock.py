"""uv.lock (uv's universal lock file, versions 1 and later), read as `uv sync` installs it.

The walk starts at the workspace root project (or `--package`, or every member with
`--all-packages`; every member when the root is not a project), follows `extra = [...]` on
edges into the target's `optional-dependencies`, evaluates markers for the target (uv's
conflict markers included), and lists the members it reaches as components. Git, URL and path
sources keep their real origin.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from packaging.utils import canonicalize_name

from sscli.errors import InputError
from sscli.inventory.graph import Dep, LockGraph, Node, walk
from sscli.inventory.model import (
    Artifact,
    Inventory,
    Origin,
    OriginKind,
    Package,
    Problem,
    normalize_name,
    strip_credentials,
)
from sscli.inventory.readers import detect
from sscli.inventory.readers._common import (
    array,
    artifact_from_url,
    canonical_version,
    load_toml,
    local_path,
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
        return detect.uv_lock_name(path)

    def sniff(self, head: str) -> bool:
        return detect.uv_lock_head(head)

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        document = load_toml(path)
        version = document.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise InputError(f"unsupported uv.lock version {version!r}", path=path, field="version")
        manifest = table(document.get("manifest", {}), path=path, field="manifest")
        members = {
            normalize_name(string(m, path=path, field="manifest.members") or "")
            for m in array(manifest.get("members"), path=path, field="manifest.members")
        }
        entries = array(document.get("package"), path=path, field="package")
        nodes: list[Node] = []
        root: int | None = None
        for number, raw in enumerate(entries):
            where = f"package[{number}]"
            node, is_root = _node(table(raw, path=path, field=where), path, where, members, options)
            if is_root:
                root = len(nodes)
            nodes.append(node)
        if not any(node.project for node in nodes) and "requirements" in manifest:
            # a script's lock (`uv lock --script`): its requirements are the root's edges
            script = _manifest_groups(
                {"dependency-groups": {"script": manifest["requirements"]}}, path
            )
            root = len(nodes)
            nodes.append(
                Node(
                    Package(name="script", version=None),
                    deps=script["script"],
                    project=True,
                    virtual=True,
                )
            )
        elif not any(node.project for node in nodes) and nodes:
            raise InputError(
                "no project in this uv.lock (no package with an editable, virtual or "
                "workspace source)",
                path=path,
            )
        graph = LockGraph(
            path=path,
            nodes=nodes,
            root=root,
            context=_conflict_context if "conflicts" in document else None,
            virtual_groups=_manifest_groups(manifest, path) if root is None else {},
        )
        result = walk(graph, options.selection)
        return Inventory(
            packages=tuple(result.packages),
            root=result.root,
            source_kind=self.kind,
            source_path=str(path),
            problems=tuple(result.problems) + _versionless(result.packages, path, options),
        )


def _versionless(packages: list[Package], path: Path, options: ReadOptions) -> tuple[Problem, ...]:
    return tuple(
        Problem(f"{p.name} has no version in the lock", options.location(path), p.name)
        for p in packages
        if p.version is None and (p.origin is None or p.origin.kind is not OriginKind.WORKSPACE)
    )


def _conflict_context(active: set[tuple[str, str, str]]) -> frozenset[str]:
    """uv's encoding of active extras and groups in conflict markers:
    `extra-<len(package)>-<package>-<extra>` and `group-<len(package)>-<package>-<group>`."""
    return frozenset(f"{kind}-{len(name)}-{name}-{item}" for name, kind, item in active if name)


def _node(
    entry: Any, path: Path, where: str, members: set[str], options: ReadOptions
) -> tuple[Node, bool]:
    display = string(entry.get("name"), path=path, field=f"{where}.name")
    assert display is not None
    name = normalize_name(display)
    source = dict(table(entry.get("source", {}), path=path, field=f"{where}.source"))
    raw_version = string(entry.get("version"), path=path, field=f"{where}.version", required=False)
    version = (
        canonical_version(raw_version, path=path, field=f"{where}.version") if raw_version else None
    )
    local = next((k for k in _LOCAL_SOURCES if k in source), None)
    is_root = local in ("editable", "virtual") and source.get(local) in (".", "./")
    project = name in members or (not members and local in ("editable", "virtual"))
    origin = _origin(source, path, where, project=project)
    artifacts: list[Artifact] = []
    if "sdist" in entry:
        artifacts.append(_file(entry["sdist"], path, f"{where}.sdist"))
    for n, wheel in enumerate(array(entry.get("wheels"), path=path, field=f"{where}.wheels")):
        artifacts.append(_file(wheel, path, f"{where}.wheels[{n}]"))
    registry = source.get("registry")
    package = Package(
        name=name,
        version=version,
        display_name=display if display != name else None,
        artifacts=tuple(artifacts),
        index_url=strip_credentials(registry) if isinstance(registry, str) else None,
        location=options.location(path),
        origin=origin,
    )
    return (
        Node(
            package=package,
            deps=_deps(entry.get("dependencies"), path, f"{where}.dependencies"),
            optional=_dep_tables(
                entry.get("optional-dependencies"), path, f"{where}.optional-dependencies"
            ),
            groups=_dep_tables(entry.get("dev-dependencies"), path, f"{where}.dev-dependencies"),
            project=project,
            virtual=local == "virtual",
        ),
        is_root,
    )


def _origin(source: dict[str, Any], path: Path, where: str, *, project: bool) -> Origin | None:
    field = f"{where}.source"
    if "git" in source:
        return git_origin(string(source["git"], path=path, field=field) or "")
    if "url" in source:
        url = string(source["url"], path=path, field=field) or ""
        return Origin(OriginKind.URL, url=strip_credentials(url))
    for key in _LOCAL_SOURCES:
        if key in source:
            location = local_path(string(source[key], path=path, field=f"{field}.{key}") or "")
            kind = OriginKind.WORKSPACE if project else OriginKind.PATH
            return Origin(kind, path=location, editable=key == "editable")
    return None


def git_origin(text: str) -> Origin:
    """uv's `git = "https://host/repo?rev=v1&subdirectory=x#<commit>"`."""
    base, _, commit = text.partition("#")
    parts = urlsplit(base)
    query = parse_qs(parts.query)
    ref = next((query[k][0] for k in ("rev", "tag", "branch") if query.get(k)), None)
    subdirectory = query.get("subdirectory", [None])[0]
    url = strip_credentials(parts._replace(query="").geturl())
    return Origin(
        OriginKind.GIT, url=url, commit=commit or None, ref=ref, subdirectory=subdirectory
    )


def _deps(raw: object, path: Path, field: str) -> tuple[Dep, ...]:
    deps = []
    for n, item in enumerate(array(raw, path=path, field=field)):
        entry = table(item, path=path, field=f"{field}[{n}]")
        name = normalize_name(
            string(entry.get("name"), path=path, field=f"{field}[{n}].name") or ""
        )
        marker = string(
            entry.get("marker"), path=path, field=f"{field}[{n}].marker", required=False
        )
        version = string(
            entry.get("version"), path=path, field=f"{field}[{n}].version", required=False
        )
        extras = frozenset(
            canonicalize_name(string(e, path=path, field=f"{field}[{n}].extra") or "")
            for e in array(entry.get("extra"), path=path, field=f"{field}[{n}].extra")
        )
        deps.append(
            Dep(
                name=name,
                marker=marker,
                extras=extras,
                version=canonical_version(version, path=path, field=f"{field}[{n}].version")
                if version
                else None,
            )
        )
    return tuple(deps)


def _dep_tables(raw: object, path: Path, field: str) -> dict[str, tuple[Dep, ...]]:
    tables = table(raw if raw is not None else {}, path=path, field=field)
    return {
        canonicalize_name(str(key)): _deps(value, path, f"{field}.{key}")
        for key, value in tables.items()
    }


def _manifest_groups(manifest: Any, path: Path) -> dict[str, tuple[Dep, ...]]:
    """The dependency groups of a workspace root that is not a project (`[manifest]`)."""
    groups = table(
        manifest.get("dependency-groups", {}), path=path, field="manifest.dependency-groups"
    )
    result: dict[str, tuple[Dep, ...]] = {}
    for group, items in groups.items():
        field = f"manifest.dependency-groups.{group}"
        deps = []
        for n, item in enumerate(array(items, path=path, field=field)):
            entry = table(item, path=path, field=f"{field}[{n}]")
            name = string(entry.get("name"), path=path, field=f"{field}[{n}].name") or ""
            marker = string(
                entry.get("marker"), path=path, field=f"{field}[{n}].marker", required=False
            )
            extras = frozenset(
                canonicalize_name(str(e))
                for e in array(entry.get("extras"), path=path, field=f"{field}[{n}].extras")
            )
            deps.append(Dep(name=normalize_name(name), marker=marker, extras=extras))
        result[canonicalize_name(str(group))] = tuple(deps)
    return result


def _file(raw: object, path: Path, field: str) -> Artifact:
    entry = table(raw, path=path, field=field)
    hashes: dict[str, str] = {}
    if "hash" in entry:
        text = string(entry["hash"], path=path, field=f"{field}.hash")
        assert text is not None
        algorithm, digest = parse_hash(text, path=path, field=f"{field}.hash")
        hashes[algorithm] = digest
    url = string(entry.get("url"), path=path, field=f"{field}.url", required=False)
    local = string(entry.get("path"), path=path, field=f"{field}.path", required=False)
    if url:
        return artifact_from_url(strip_credentials(url), hashes, entry.get("size"))
    filename = local_path(local).rsplit("/", 1)[-1] if local else None
    return artifact_from_url(None, hashes, entry.get("size"), filename)

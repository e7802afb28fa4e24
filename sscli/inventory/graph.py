"""A lock's dependency graph and the one walk that applies a `Selection` to it.

Readers of graph locks (uv.lock, poetry.lock, pdm.lock without per-package groups) translate
their format into `LockGraph`; `walk` then decides what is installed, the same way for all of
them: start at the selected projects (their groups and extras as asked), follow each edge whose
marker holds for the target (with the extras active on the dependent), activate the extras an
edge names on its target, and keep only edges of the lock. Components that a group or extra
brought, and that the plain runtime does not install, get the `optional` scope.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from packaging.version import Version

from sscli.errors import InputError
from sscli.inventory.markers import MarkerScope
from sscli.inventory.model import Package, Problem, Scope
from sscli.inventory.selection import Selection

MAX_CONTEXT_ROUNDS = 8


@dataclass(frozen=True)
class Dep:
    """One edge as the lock states it: the target's name, the marker under which it applies,
    the target's extras it activates, and (when the lock has several versions) which one."""

    name: str
    marker: str | None = None
    extras: frozenset[str] = frozenset()
    version: str | None = None
    accepts: Callable[[str], bool] | None = None  # a version constraint, for locks without pins
    constraint: str | None = None  # the constraint as declared (for inventories of ranges)


@dataclass
class Node:
    """One locked package (or project) and its outgoing edges."""

    package: Package
    deps: tuple[Dep, ...] = ()
    optional: Mapping[str, tuple[Dep, ...]] = field(default_factory=dict)  # extra -> edges
    groups: Mapping[str, tuple[Dep, ...]] = field(default_factory=dict)  # group -> edges
    marker: str | None = None  # the package's own marker, where the lock has one
    project: bool = False  # a project of the workspace (groups and extras are asked of these)
    virtual: bool = False  # walked, but not installed itself (uv's virtual workspace members)


@dataclass
class LockGraph:
    """The nodes of a lock and where a walk starts.

    `default_projects` are the projects installed without --package/--all-packages (the root
    project, or every member of a workspace without one). `context` maps the active
    (package, extra) and (project, group) pairs to extra names markers may test (uv's conflict
    encoding); None when the format has no such markers.
    """

    path: Path
    nodes: list[Node]
    root: int | None  # the project at the root of the workspace, if it is one
    context: Callable[[set[tuple[str, str, str]]], frozenset[str]] | None = None
    virtual_groups: Mapping[str, tuple[Dep, ...]] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for index, node in enumerate(self.nodes):
            self.by_name.setdefault(node.package.name, []).append(index)

    def projects(self) -> list[int]:
        return [i for i, node in enumerate(self.nodes) if node.project]

    @property
    def default_projects(self) -> tuple[int, ...]:
        """The root project, or every project of a workspace whose root is not one."""
        return (self.root,) if self.root is not None else tuple(self.projects())


@dataclass
class WalkResult:
    """What a walk of a lock's graph installs, its root project, and the problems met on the way."""

    packages: list[Package]
    root: Package | None
    problems: list[Problem]


@dataclass
class _Reach:
    """What one walk reached: the nodes and edges taken, the groups and extras activated, and the
    version constraints met."""

    nodes: set[int] = field(default_factory=set)
    edges: dict[int, set[int]] = field(default_factory=dict)
    active: set[tuple[str, str, str]] = field(default_factory=set)
    constraints: dict[str, list[Dep]] = field(default_factory=dict)


def walk(graph: LockGraph, selection: Selection) -> WalkResult:
    """The packages `selection` installs from `graph`, with their edges, scope and root."""
    starts = _start_projects(graph, selection)
    _check_names(graph, starts, selection)
    full = _union(graph, starts, selection, runtime=False)
    required = full if selection.runtime_only else _union(graph, starts, selection, runtime=True)
    root_index = starts[0] if len(starts) == 1 else graph.root if graph.root in starts else None
    packages: list[Package] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    root: Package | None = None
    keys = _keys(graph, full.nodes)
    for index in sorted(full.nodes, key=lambda i: keys[i]):
        node = graph.nodes[index]
        dependencies = tuple(sorted({keys[t] for t in full.edges.get(index, ())}))
        package = replace(node.package, dependencies=dependencies)
        if index == root_index:
            root = package
            continue
        if node.virtual:
            continue
        if package.key in seen:  # one name and version from two sources: keep the first
            problems.append(Problem(f"{package.key} is locked twice (two sources); one is listed"))
            continue
        seen.add(package.key)
        if not selection.runtime_only:
            scope = Scope.REQUIRED if index in required.nodes else Scope.OPTIONAL
            package = replace(package, scope=scope)
        packages.append(package)
    return WalkResult(packages, root, problems)


def _keys(graph: LockGraph, nodes: set[int]) -> dict[int, str]:
    """`name`, or `name==version` where the lock holds several versions of the name."""
    keys = {}
    for index in nodes:
        package = graph.nodes[index].package
        several = len(graph.by_name.get(package.name, ())) > 1
        keys[index] = package.key if several else package.name
    return keys


def _start_projects(graph: LockGraph, selection: Selection) -> list[int]:
    projects = graph.projects()
    if selection.all_packages:
        first = [graph.root] if graph.root is not None else []
        return first + [p for p in projects if p != graph.root]
    if selection.packages:
        starts = []
        names = {graph.nodes[p].package.name: p for p in projects}
        for name in selection.packages:
            if name not in names:
                known = ", ".join(sorted(names)) or "none"
                raise InputError(
                    f"--package {name}: not a project of this workspace (projects: {known})",
                    path=graph.path,
                )
            starts.append(names[name])
        return starts
    return list(graph.default_projects)


def _check_names(graph: LockGraph, starts: Sequence[int], selection: Selection) -> None:
    groups = set(graph.virtual_groups)
    extras: set[str] = set()
    for index in starts:
        groups.update(graph.nodes[index].groups)
        extras.update(graph.nodes[index].optional)
    selection.check_known(groups=groups, extras=extras, where=graph.path)


def _union(
    graph: LockGraph, starts: Sequence[int], selection: Selection, *, runtime: bool
) -> _Reach:
    total = _Reach()
    for scope in selection.scopes():
        reach = _settle(graph, starts, selection, scope, runtime=runtime)
        total.nodes |= reach.nodes
        for source, targets in reach.edges.items():
            total.edges.setdefault(source, set()).update(targets)
    return total


def _settle(
    graph: LockGraph,
    starts: Sequence[int],
    selection: Selection,
    scope: MarkerScope,
    *,
    runtime: bool,
) -> _Reach:
    """Walk until the markers' extra context (uv's conflict encoding) stops changing.

    uv's conflict markers test which extras the whole selection activates, and the edge that
    activates an extra may itself be conditioned on it. So the first pass takes those tests as
    unknown (it follows both forks) to learn which extras the selection can reach; the next
    passes evaluate them exactly against what the previous pass activated."""
    if graph.context is None:
        return _unified(graph, starts, selection, scope, runtime=runtime)
    optimistic = MarkerScope(scope.environment, scope.extras, scope.groups, optimistic=True)
    reach = _walk_once(graph, starts, selection, optimistic, runtime=runtime)
    context = graph.context(reach.active)
    for _ in range(MAX_CONTEXT_ROUNDS):
        reach = _walk_once(graph, starts, selection, scope.exact(context), runtime=runtime)
        new_context = graph.context(reach.active)
        if new_context == context:
            return reach
        context = new_context
    return reach


def _unified(
    graph: LockGraph,
    starts: Sequence[int],
    selection: Selection,
    scope: MarkerScope,
    *,
    runtime: bool,
) -> _Reach:
    """A walk in which each name has one version, as a resolver installs it: where edges with
    version constraints reached several locked versions of a name, the newest version that
    every such edge accepts is taken, and the walk is done again."""
    preferred: dict[str, int] = {}
    reach = _walk_once(graph, starts, selection, scope, runtime=runtime, preferred=preferred)
    for _ in range(MAX_CONTEXT_ROUNDS):
        choices = _common_versions(graph, reach)
        if not choices or all(preferred.get(k) == v for k, v in choices.items()):
            return reach
        preferred.update(choices)
        reach = _walk_once(graph, starts, selection, scope, runtime=runtime, preferred=preferred)
    return reach


def _common_versions(graph: LockGraph, reach: _Reach) -> dict[str, int]:
    reached: dict[str, list[int]] = {}
    for index in reach.nodes:
        reached.setdefault(graph.nodes[index].package.name, []).append(index)
    choices = {}
    for name, indexes in reached.items():
        if len(indexes) < 2:
            continue
        accepted = set(indexes)
        for dep in reach.constraints.get(name, ()):
            accepted &= {
                i
                for i in indexes
                if dep.version == graph.nodes[i].package.version
                or (
                    dep.version is None
                    and (dep.accepts is None or dep.accepts(graph.nodes[i].package.version or ""))
                )
            }
        if accepted:
            choices[name] = max(
                accepted, key=lambda i: _version_key(graph.nodes[i].package.version)
            )
    return choices


def _walk_once(
    graph: LockGraph,
    starts: Sequence[int],
    selection: Selection,
    scope: MarkerScope,
    *,
    runtime: bool,
    preferred: Mapping[str, int] | None = None,
) -> _Reach:
    reach = _Reach()
    stack: list[tuple[int, frozenset[str], tuple[Dep, ...]]] = []
    for index in starts:
        node = graph.nodes[index]
        extras = frozenset() if runtime else selection.wanted_extras(node.optional)
        groups = frozenset() if runtime else selection.wanted_groups(node.groups)
        deps = [dep for group in sorted(groups) for dep in node.groups[group]]
        if index == starts[0] and not runtime:
            virtual = selection.wanted_groups(graph.virtual_groups)
            deps += [dep for group in sorted(virtual) for dep in graph.virtual_groups[group]]
            reach.active |= {("", "group", g) for g in virtual}
        reach.active |= {(node.package.name, "group", g) for g in groups}
        reach.nodes.add(index)
        stack.append((index, extras, tuple(deps)))
    seen_extras: dict[int, set[str]] = {}
    while stack:
        index, extras, pending = stack.pop()
        node = graph.nodes[index]
        done = seen_extras.get(index)
        if done is None:
            done = seen_extras[index] = set()
            new_extras = set(extras)
            deps = list(node.deps) + list(pending)
        else:
            new_extras = set(extras) - done
            deps = list(pending)
        done |= new_extras
        for extra in sorted(new_extras):
            deps.extend(node.optional.get(extra, ()))
            reach.active.add((node.package.name, "extra", extra))
        node_scope = scope.with_extras(frozenset(done))
        for dep in deps:
            if not node_scope.holds(dep.marker, where=f"{node.package.name} -> {dep.name}"):
                continue
            reach.constraints.setdefault(dep.name, []).append(dep)
            for target in _targets(graph, dep, scope, preferred or {}):
                reach.edges.setdefault(index, set()).add(target)
                known = seen_extras.get(target)
                if target in reach.nodes and known is not None and dep.extras <= known:
                    continue
                reach.nodes.add(target)
                stack.append((target, dep.extras, ()))
    return reach


def _targets(
    graph: LockGraph, dep: Dep, scope: MarkerScope, preferred: Mapping[str, int]
) -> list[int]:
    candidates = graph.by_name.get(dep.name, [])
    if dep.version is not None:
        candidates = [c for c in candidates if graph.nodes[c].package.version == dep.version]
    elif len(candidates) > 1 and dep.accepts is not None:
        accepts = dep.accepts
        candidates = [
            c
            for c in candidates
            if graph.nodes[c].package.version is not None
            and accepts(graph.nodes[c].package.version or "")
        ]
    candidates = [c for c in candidates if scope.holds(graph.nodes[c].marker)]
    if dep.version is None and preferred.get(dep.name) in candidates:
        return [preferred[dep.name]]
    if len(candidates) > 1 and dep.version is None:
        # a constraint several locked versions satisfy: the resolver takes the newest, as
        # Poetry's solver does over its locked repository
        return [max(candidates, key=lambda c: _version_key(graph.nodes[c].package.version))]
    return candidates


def _version_key(version: str | None) -> Version:
    try:
        return Version(version or "0")
    except ValueError:  # InvalidVersion, or more digits than int() takes
        return Version("0")

"""A Poetry project's pyproject.toml: its dependencies, groups and extras, as Poetry reads them.

Poetry keeps them in `[tool.poetry.dependencies]`, `[tool.poetry.group.<g>.dependencies]`,
`[tool.poetry.dev-dependencies]` (the legacy `dev` group) and `[tool.poetry.extras]`, or (Poetry
2) in `[project]` and `[project.optional-dependencies]`, with `[dependency-groups]` too. Version
constraints use Poetry's syntax (`^1.2`, `~1.2`, `1.2.*`, `>=1 <2`, `||`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from sscli.errors import InputError
from sscli.inventory.graph import Dep
from sscli.inventory.model import normalize_name

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_PLAIN_VERSION = re.compile(r"^v?\d+(\.\d+)*([a-zA-Z0-9.+-]*)?$")


@dataclass
class PoetryManifest:
    """The root project's edges: runtime dependencies, groups and extras."""

    deps: tuple[Dep, ...] = ()
    groups: dict[str, tuple[Dep, ...]] = field(default_factory=dict)
    optional: dict[str, tuple[Dep, ...]] = field(default_factory=dict)


def read_manifest(document: Mapping[str, Any], path: Path) -> PoetryManifest:
    """The dependency edges of the project described by a parsed pyproject.toml."""
    tool = _table(_table(document.get("tool"), path, "tool").get("poetry"), path, "tool.poetry")
    project = _table(document.get("project"), path, "project")
    poetry_deps = _table(tool.get("dependencies"), path, "tool.poetry.dependencies")
    optional_names: set[str] = set()
    main: list[Dep] = []
    if "dependencies" in project:
        main += _pep508_deps(project["dependencies"], path, "project.dependencies")
    else:
        for name, value in poetry_deps.items():
            if canonicalize_name(str(name)) == "python":
                continue
            deps = _poetry_deps(str(name), value, path, f"tool.poetry.dependencies.{name}")
            if any(optional for _dep, optional in deps):
                optional_names.add(normalize_name(str(name)))
            main += [dep for dep, optional in deps if not optional]
    manifest = PoetryManifest(deps=tuple(main))
    for extra, names in _table(tool.get("extras"), path, "tool.poetry.extras").items():
        wanted = {
            normalize_name(_requirement_name(str(n), path, "tool.poetry.extras"))
            for n in names or []
        }
        extra_deps = [
            dep
            for name, value in poetry_deps.items()
            if normalize_name(str(name)) in wanted
            for dep, _opt in _poetry_deps(
                str(name), value, path, f"tool.poetry.dependencies.{name}"
            )
        ]
        manifest.optional[canonicalize_name(str(extra))] = tuple(extra_deps)
    optional_table = _table(
        project.get("optional-dependencies"), path, "project.optional-dependencies"
    )
    for extra, items in optional_table.items():
        field_name = f"project.optional-dependencies.{extra}"
        manifest.optional[canonicalize_name(str(extra))] = tuple(
            _pep508_deps(items, path, field_name)
        )
    groups = _table(tool.get("group"), path, "tool.poetry.group")
    for group, body in groups.items():
        table_ = _table(
            _table(body, path, f"tool.poetry.group.{group}").get("dependencies"),
            path,
            f"tool.poetry.group.{group}.dependencies",
        )
        manifest.groups[canonicalize_name(str(group))] = tuple(
            dep
            for name, value in table_.items()
            if canonicalize_name(str(name)) != "python"
            for dep, _opt in _poetry_deps(
                str(name), value, path, f"tool.poetry.group.{group}.dependencies.{name}"
            )
        )
    legacy = _table(tool.get("dev-dependencies"), path, "tool.poetry.dev-dependencies")
    if legacy:
        manifest.groups.setdefault("dev", ())
        manifest.groups["dev"] += tuple(
            dep
            for name, value in legacy.items()
            for dep, _opt in _poetry_deps(
                str(name), value, path, f"tool.poetry.dev-dependencies.{name}"
            )
        )
    for group, items in _table(
        document.get("dependency-groups"), path, "dependency-groups"
    ).items():
        strings = [i for i in items or [] if isinstance(i, str)]
        key = canonicalize_name(str(group))
        manifest.groups[key] = manifest.groups.get(key, ()) + tuple(
            _pep508_deps(strings, path, f"dependency-groups.{group}")
        )
    return manifest


def _table(value: object, path: Path, field_name: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InputError(
            f"expected a table, got {type(value).__name__}", path=path, field=field_name
        )
    return value


def _pep508_deps(items: object, path: Path, field_name: str) -> list[Dep]:
    if not isinstance(items, list):
        raise InputError("expected an array of requirements", path=path, field=field_name)
    deps = []
    for number, text in enumerate(items):
        try:
            requirement = Requirement(str(text))
        except InvalidRequirement as exc:
            raise InputError(
                f"invalid requirement {str(text)[:200]!r}",
                path=path,
                field=f"{field_name}[{number}]",
            ) from exc
        specifier = requirement.specifier
        deps.append(
            Dep(
                name=normalize_name(requirement.name),
                marker=str(requirement.marker) if requirement.marker else None,
                extras=frozenset(canonicalize_name(e) for e in requirement.extras),
                accepts=_specifier_test(specifier) if specifier else None,
                constraint=str(specifier) or None,
            )
        )
    return deps


def _specifier_test(specifier: SpecifierSet) -> Callable[[str], bool]:
    def accepts(version: str) -> bool:
        return specifier.contains(version, prereleases=True)

    return accepts


def _poetry_deps(name: str, value: object, path: Path, field_name: str) -> list[tuple[Dep, bool]]:
    """(edge, optional) for each constraint of one `[tool.poetry.dependencies]` entry."""
    values = value if isinstance(value, list) else [value]
    result = []
    for item in values:
        if isinstance(item, str):
            dep = Dep(normalize_name(name), accepts=constraint_predicate(item), constraint=item)
            result.append((dep, False))
            continue
        if not isinstance(item, Mapping):
            raise InputError("expected a version string or a table", path=path, field=field_name)
        markers = [
            m
            for m in (
                _marker_text(item.get("markers")),
                python_marker(item.get("python")),
                _platform_marker(item.get("platform")),
            )
            if m
        ]
        version = item.get("version")
        result.append(
            (
                Dep(
                    normalize_name(name),
                    marker=" and ".join(f"({m})" for m in markers) if markers else None,
                    extras=frozenset(
                        canonicalize_name(str(e)) for e in item.get("extras", []) or []
                    ),
                    accepts=constraint_predicate(version) if isinstance(version, str) else None,
                    constraint=_declared(item),
                ),
                bool(item.get("optional")),
            )
        )
    return result


def _declared(item: Mapping[str, Any]) -> str | None:
    for key in ("version", "git", "url", "path"):
        value = item.get(key)
        if isinstance(value, str):
            return value if key == "version" else f"{key} {value}"
    return None


def _marker_text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _platform_marker(value: object) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    return " or ".join(f'sys_platform == "{p.strip()}"' for p in value.split("||") if p.strip())


def python_marker(value: object) -> str | None:
    """Poetry's `python = "^3.8"` as a PEP 508 marker on python_full_version."""
    if not isinstance(value, str) or value.strip() in ("", "*"):
        return None
    alternatives = []
    for specifiers in constraint_specifiers(value):
        atoms = [f'python_full_version {s.operator} "{s.version}"' for s in specifiers]
        alternatives.append(" and ".join(atoms) if atoms else 'python_full_version >= "0"')
    if len(alternatives) == 1:
        return alternatives[0]
    return " or ".join(f"({a})" for a in alternatives)


def constraint_predicate(text: object) -> Callable[[str], bool] | None:
    """A version test for a Poetry constraint, or None when it accepts anything."""
    if not isinstance(text, str) or text.strip() in ("", "*"):
        return None
    try:
        alternatives = constraint_specifiers(text)
    except InputError:
        return None

    def accepts(version: str) -> bool:
        try:
            parsed = Version(version)
        except ValueError:  # InvalidVersion, or more digits than int() takes
            return False
        return any(s.contains(parsed, prereleases=True) for s in alternatives)

    return accepts


def constraint_specifiers(text: str) -> list[SpecifierSet]:
    """Poetry constraint syntax to PEP 440 specifier sets (one per `||` alternative)."""
    alternatives = []
    for alternative in text.split("||"):
        parts = [p for p in re.split(r"\s*,\s*|\s+(?=[<>=!^~])", alternative.strip()) if p]
        specifiers = [s for part in parts for s in _one(part.replace(" ", ""))]
        try:
            alternatives.append(SpecifierSet(",".join(specifiers)))
        except InvalidSpecifier as exc:
            raise InputError(f"invalid version constraint {text[:100]!r}") from exc
    return alternatives


def _one(part: str) -> list[str]:
    if part in ("*", ""):
        return []
    if part.startswith("^"):
        return _caret(part[1:])
    if part.startswith("~") and not part.startswith("~="):
        return _tilde(part[1:])
    if part.startswith(("==", "!=", ">=", "<=", "~=", ">", "<", "===")):
        return [part]
    if part.startswith("="):
        return ["==" + part[1:]]
    if part.endswith(".*") or _PLAIN_VERSION.match(part):
        return ["==" + part]
    raise InputError(f"invalid version constraint {part[:100]!r}")


def _release(text: str) -> list[int]:
    try:
        return list(Version(text).release)
    except ValueError as exc:  # InvalidVersion, or more digits than int() takes
        raise InputError(f"invalid version {text[:100]!r}") from exc


def _caret(text: str) -> list[str]:
    release = _release(text)
    index = next((i for i, part in enumerate(release) if part != 0), len(release) - 1)
    index = min(index, len(release) - 1)
    upper = [*release[:index], release[index] + 1]
    return [f">={text}", f"<{'.'.join(map(str, upper))}"]


def _tilde(text: str) -> list[str]:
    release = _release(text)
    upper = [release[0] + 1] if len(release) == 1 else [release[0], release[1] + 1]
    return [f">={text}", f"<{'.'.join(map(str, upper))}"]


def _requirement_name(text: str, path: Path, field_name: str) -> str:
    match = _NAME.match(text)
    if match is None:
        raise InputError(f"invalid requirement {text[:100]!r}", path=path, field=field_name)
    return match.group(1)


def requirement_head(text: str) -> tuple[str, frozenset[str]] | None:
    """Name and extras of a Poetry requirement string such as `PySocks (>=1.5.6,!=1.5.7)`."""
    match = _NAME.match(text)
    if match is None:
        return None
    extras = frozenset(
        canonicalize_name(e.strip()) for e in (match.group(2) or "").split(",") if e.strip()
    )
    return match.group(1), extras

"""The project itself, from pyproject.toml (`[project]`, PEP 621, or Poetry's `[tool.poetry]`) or
setup.cfg: the root component of an inventory, and, for a project without a lock, the
dependencies it declares (names with version ranges, marked unresolved)."""

from __future__ import annotations

import configparser
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement

from sscli.errors import InputError
from sscli.fsutil import read_text_limited
from sscli.inventory.graph import Dep
from sscli.inventory.licenses import is_spdx_expression, spdx_id
from sscli.inventory.metadata import _external_refs, _one_line
from sscli.inventory.model import (
    ExternalRef,
    Inventory,
    Location,
    Package,
    Problem,
    RefType,
    normalize_name,
)
from sscli.inventory.readers._common import canonical_version, load_toml, table
from sscli.inventory.readers.interface import ReadOptions
from sscli.inventory.readers.poetry_project import read_manifest

_POETRY_URLS = {
    "homepage": RefType.WEBSITE,
    "repository": RefType.VCS,
    "documentation": RefType.DOCUMENTATION,
}


def read_project(pyproject: Path, options: ReadOptions) -> Package:
    """The root Package a pyproject.toml describes, from `[project]` or `[tool.poetry]`."""
    document = load_toml(pyproject)
    project = table(document.get("project", {}), path=pyproject, field="project")
    poetry = table(
        table(document.get("tool", {}), path=pyproject, field="tool").get("poetry", {}),
        path=pyproject,
        field="tool.poetry",
    )
    name = project.get("name") or poetry.get("name")
    if not isinstance(name, str) or not name:
        raise InputError(
            "no project name ([project] or [tool.poetry] has none)",
            path=pyproject,
            field="project.name",
        )
    version = project.get("version") if "version" in project else poetry.get("version")
    described = project if "name" in project else poetry
    expression, names = _license(described.get("license"), described.get("classifiers", []))
    scope = options.selection.scopes()[0]
    dependencies = tuple(
        dict.fromkeys(
            d.name for d in read_manifest(document, pyproject).deps if scope.holds(d.marker)
        )
    )
    return Package(
        name=normalize_name(name),
        version=canonical_version(version, path=pyproject, field="project.version")
        if isinstance(version, str)
        else None,
        display_name=name if name != normalize_name(name) else None,
        dependencies=dependencies,
        license_expression=expression,
        license_names=names,
        author=_people(described.get("authors")),
        supplier=_people(described.get("maintainers")),
        description=_one_line(described.get("description"))
        if isinstance(described.get("description"), str)
        else None,
        external_refs=_refs(project, poetry),
        location=options.location(pyproject),
    )


def declared_inventory(directory: Path, options: ReadOptions) -> Inventory:
    """A project without a lock: its declared dependencies (and the groups and extras asked
    for), with version ranges, marked unresolved. Nothing is resolved or guessed."""
    pyproject = directory / "pyproject.toml"
    if pyproject.is_file():
        root = read_project(pyproject, options)
        manifest = read_manifest(load_toml(pyproject), pyproject)
        source = pyproject
    else:
        source = directory / "setup.cfg"
        root, manifest = _setup_cfg(source, options)
    options.selection.check_known(groups=manifest.groups, extras=manifest.optional, where=source)
    deps = list(manifest.deps)
    deps += [
        d
        for g in sorted(options.selection.wanted_groups(manifest.groups))
        for d in manifest.groups[g]
    ]
    deps += [
        d
        for e in sorted(options.selection.wanted_extras(manifest.optional))
        for d in manifest.optional[e]
    ]
    packages: dict[str, Package] = {}
    for dep in deps:
        if not any(scope.holds(dep.marker) for scope in options.selection.scopes()):
            continue
        packages.setdefault(
            dep.name,
            Package(
                name=dep.name,
                version=None,
                location=options.location(source),
                properties=(
                    ("sscli:unresolved", "true"),
                    ("sscli:version-range", dep.constraint or "*"),
                ),
            ),
        )
    root = replace(root, dependencies=tuple(packages))
    problem = Problem(
        f"no lock file: {len(packages)} declared dependencies with version ranges, not pinned "
        "versions (lock the project for an exact inventory)",
        options.location(source),
    )
    return Inventory(
        packages=tuple(packages.values()),
        root=root,
        source_kind="declared",
        source_path=str(source),
        problems=(problem,),
        unresolved=True,
    )


def _setup_cfg(path: Path, options: ReadOptions) -> tuple[Package, Any]:
    from sscli.inventory.readers.poetry_project import PoetryManifest

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(read_text_limited(path, 4 * 1024 * 1024), source=path.name)
    except configparser.Error as exc:
        raise InputError(f"invalid setup.cfg: {str(exc).splitlines()[0]}", path=path) from exc
    name = parser.get("metadata", "name", fallback=None)
    if not name:
        raise InputError("[metadata] has no name", path=path, field="metadata.name")
    deps = _requirements(
        parser.get("options", "install_requires", fallback=""), path, "options.install_requires"
    )
    optional = {}
    if parser.has_section("options.extras_require"):
        for extra, text in parser.items("options.extras_require"):
            optional[normalize_name(extra)] = tuple(
                _requirements(text, path, f"options.extras_require.{extra}")
            )
    version = parser.get("metadata", "version", fallback=None)
    root = Package(
        name=normalize_name(name),
        version=canonical_version(version, path=path, field="metadata.version")
        if version and not version.startswith(("attr:", "file:"))
        else None,
        location=options.location(path),
    )
    return root, PoetryManifest(deps=tuple(deps), optional=optional)


def _requirements(text: str, path: Path, field: str) -> list[Dep]:
    deps = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            requirement = Requirement(line)
        except InvalidRequirement as exc:
            raise InputError(f"invalid requirement {line[:200]!r}", path=path, field=field) from exc
        deps.append(
            Dep(
                normalize_name(requirement.name),
                marker=str(requirement.marker) if requirement.marker else None,
                constraint=str(requirement.specifier) or None,
            )
        )
    return deps


def _refs(project: Mapping[str, Any], poetry: Mapping[str, Any]) -> tuple[ExternalRef, ...]:
    urls = project.get("urls") if isinstance(project.get("urls"), dict) else {}
    refs = list(_external_refs(None, urls or {}))
    for key, kind in _POETRY_URLS.items():
        value = poetry.get(key)
        if isinstance(value, str) and value.startswith(("https://", "http://")):
            refs.append(ExternalRef(kind, value, comment=key))
    poetry_urls = poetry.get("urls")
    if isinstance(poetry_urls, dict):
        refs += _external_refs(None, {str(k): str(v) for k, v in poetry_urls.items()})
    return tuple({(r.type, r.url): r for r in refs}.values())


def _license(value: Any, classifiers: Any) -> tuple[str | None, tuple[str, ...]]:
    from sscli.inventory.licenses import resolve_licenses

    classifier_list = [str(c) for c in classifiers] if isinstance(classifiers, list) else []
    if isinstance(value, str):  # PEP 639 expression, or Poetry's license string
        if is_spdx_expression(value):
            return value, ()
        return None, (value,)
    text = value.get("text") if isinstance(value, dict) else None
    if isinstance(text, str) and spdx_id(text):
        return spdx_id(text), ()
    return resolve_licenses(None, text if isinstance(text, str) else None, classifier_list)


def _people(value: Any) -> str | None:
    if not isinstance(value, list):
        return None
    rendered = []
    for person in value:
        if isinstance(person, dict):
            name, email = person.get("name"), person.get("email")
            rendered.append(f"{name} <{email}>" if name and email else str(name or email or ""))
        elif isinstance(person, str):  # Poetry: "Name <email>"
            rendered.append(person)
    return ", ".join(r for r in rendered if r) or None


__all__ = ["Location", "declared_inventory", "read_project"]

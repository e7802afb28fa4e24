"""The project itself, from pyproject.toml: the root component of an inventory."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement

from sscli.errors import InputError
from sscli.inventory.licenses import is_spdx_expression, spdx_id
from sscli.inventory.metadata import _external_refs, _one_line, active_dependencies
from sscli.inventory.model import Location, Package, normalize_name
from sscli.inventory.readers._common import canonical_version, load_toml, table


def read_project(pyproject: Path, environment: Mapping[str, str]) -> Package:
    """The root Package described by `[project]` of a pyproject.toml (PEP 621)."""
    document = load_toml(pyproject)
    project = table(document.get("project", {}), path=pyproject, field="project")
    name = project.get("name")
    if not isinstance(name, str) or not name:
        raise InputError("[project] has no name", path=pyproject, field="project.name")
    version = project.get("version")
    requirements = []
    for number, text in enumerate(project.get("dependencies", []) or []):
        try:
            requirements.append(Requirement(str(text)))
        except InvalidRequirement as exc:
            raise InputError(
                f"invalid dependency {text!r}: {exc}",
                path=pyproject,
                field=f"project.dependencies[{number}]",
            ) from exc
    expression, names = _license(project.get("license"), project.get("classifiers", []))
    urls = project.get("urls", {})
    return Package(
        name=normalize_name(name),
        version=canonical_version(version, path=pyproject, field="project.version")
        if isinstance(version, str)
        else None,
        display_name=name if name != normalize_name(name) else None,
        dependencies=active_dependencies(tuple(requirements), environment),
        license_expression=expression,
        license_names=names,
        author=_people(project.get("authors")),
        supplier=_people(project.get("maintainers")),
        description=_one_line(project.get("description"))
        if isinstance(project.get("description"), str)
        else None,
        external_refs=_external_refs(None, urls if isinstance(urls, dict) else {}),
        location=Location(str(pyproject)),
    )


def _license(value: Any, classifiers: Any) -> tuple[str | None, tuple[str, ...]]:
    from sscli.inventory.licenses import resolve_licenses

    classifier_list = [str(c) for c in classifiers] if isinstance(classifiers, list) else []
    if isinstance(value, str):  # PEP 639 expression
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
    return ", ".join(r for r in rendered if r) or None

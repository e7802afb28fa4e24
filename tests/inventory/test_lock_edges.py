"""Property, exhaustive over every lock in tests/data and examples: each dependency edge of the
inventory (and so of the SBOM) is an edge the lock states, or, for the root, a dependency the
project declares. An SBOM never invents an edge.

The lock's edges are read here straight from the files (no markers, no selection): every
dependency any package lists, in any of its tables."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from sscli.inventory import load_inventory
from sscli.inventory.selection import Selection

DATA = Path(__file__).parents[1] / "data" / "locks"
EXAMPLES = Path(__file__).parents[2] / "examples"
LOCK_NAMES = (
    "uv.lock",
    "poetry.lock",
    "pdm.lock",
    "pylock.toml",
    "Pipfile.lock",
    "requirements.lock",
    "requirements-dev.lock",
    "requirements.txt",
)
LOCKS = sorted(p for root in (DATA, EXAMPLES) for name in LOCK_NAMES for p in root.rglob(name))
SELECTIONS = {
    "runtime": {},
    "everything": {"all_groups": True, "all_extras": True},
    "universal": {"all_groups": True, "all_extras": True, "universal": True},
    "windows": {"platforms": ["windows"], "python_version": "3.10"},
}


def _name(text: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
    assert match, text
    return canonicalize_name(match.group(1))


def _dependency_tables(value: Any) -> Iterator[str]:
    """Names in any dependency-like table or list of a TOML/JSON document."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in (
                "dependencies",
                "dev-dependencies",
                "optional-dependencies",
                "dependency-groups",
                "requires-dist",
                "packages",
                "dev-packages",
                "extras",
            ):
                yield from _names_in(item)
            yield from _dependency_tables(item)
    elif isinstance(value, list):
        for item in value:
            yield from _dependency_tables(item)


def _is_constraint(item: Any) -> bool:
    """A Poetry/Pipfile constraint: a string, a table of version/markers/..., or a list of
    such tables (one per marker)."""
    keys = {"version", "git", "path", "url", "markers", "optional", "extras", "python", "ref"}
    if isinstance(item, dict):
        return bool(keys & set(item))
    if isinstance(item, list):
        return bool(item) and all(isinstance(i, dict) and keys & set(i) for i in item)
    return True


def _names_in(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if not _is_constraint(item):
                yield from _names_in(item)  # a table of groups or extras
            else:
                yield canonicalize_name(str(key))
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                yield _name(item)
            elif isinstance(item, dict) and isinstance(item.get("name"), str):
                yield canonicalize_name(item["name"])
            else:
                yield from _names_in(item)


def lock_edges(lock: Path) -> set[tuple[str, str]]:
    """(dependent, dependency) pairs the lock states; "" stands for the project itself."""
    edges: set[tuple[str, str]] = set()
    project = lock.parent / "pyproject.toml"
    if project.is_file():
        document = tomllib.loads(project.read_text())
        edges |= {("", n) for n in _dependency_tables(document)}
    pipfile = lock.parent / "Pipfile"
    if pipfile.is_file():
        edges |= {("", n) for n in _dependency_tables(tomllib.loads(pipfile.read_text()))}
    if lock.name == "Pipfile.lock":
        return edges  # no graph in the lock itself
    if lock.suffix in (".txt", ".lock") and lock.name.startswith("requirements"):
        current = None
        for line in lock.read_text().splitlines():
            if line and not line.startswith((" ", "#", "-")):
                current = _name(Requirement(line.split(" \\")[0].split(";")[0].strip()).name)
            via = re.match(r"^\s*#\s+(?:via\s+)?([A-Za-z0-9][\w.-]*)\s*$", line)
            if via and current and via.group(1) != "via":
                edges.add((canonicalize_name(via.group(1)), current))
        return edges
    document = tomllib.loads(lock.read_text())
    for package in document.get("package", document.get("packages", [])):
        name = canonicalize_name(package["name"])
        for target in _dependency_tables({"x": package}):
            edges.add((name, target))
        if (
            package.get("source", {}).get("editable") == "."
            or package.get("source", {}).get("virtual") == "."
        ):
            edges |= {("", t) for t in _dependency_tables({"x": package})}
    return edges


@pytest.mark.parametrize("selection", sorted(SELECTIONS))
@pytest.mark.parametrize("lock", LOCKS, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_every_edge_is_an_edge_of_the_lock(lock: Path, selection: str) -> None:
    inventory = load_inventory(lock, selection=Selection.create(**SELECTIONS[selection]))
    stated = lock_edges(lock)
    root = inventory.root
    for dependent, dependency in inventory.edges():
        source = "" if dependent is root else dependent.name
        assert (source, dependency.name) in stated, f"{source or 'the root'} -> {dependency.name}"


def test_the_property_covers_every_format() -> None:
    kinds = {load_inventory(lock).source_kind for lock in LOCKS}
    assert kinds >= {"uv-lock", "poetry-lock", "pdm", "pylock", "pipfile", "requirements"}

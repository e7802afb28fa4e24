"""Real locks of public projects, read by sscli and by their own package managers: the package
sets must be the same for each target, groups, extras and workspace packages."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sscli.inventory import Inventory, load_inventory
from sscli.inventory.selection import Selection
from tests.inventory.oracles import (
    LINUX_312,
    WINDOWS_312,
    Entry,
    copy_project,
    installed,
    pdm_export,
    pip_requirements,
    pipenv_requirements,
    poetry_export,
    poetry_install,
    tool,
    uv_export,
)

TARGETS = {"linux": LINUX_312, "windows": WINDOWS_312}


@pytest.fixture(scope="session")
def projects(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies of tests/data/locks: the tools may write caches and venvs beside a project."""
    return tmp_path_factory.mktemp("projects")


def read(path: Path, target: str, **options: Any) -> Inventory:
    return load_inventory(
        path, selection=Selection.create(python_version="3.12", platforms=[target], **options)
    )


def names(inventory: Inventory) -> set[tuple[str, str | None]]:
    packages = {(p.name, p.version) for p in inventory.packages}
    if inventory.root is not None:
        packages.add((inventory.root.name, inventory.root.version))
    return packages


def like(
    got: set[tuple[str, str | None]], expected: set[tuple[str, str | None]]
) -> set[tuple[str, str | None]]:
    """`got`, without the versions of the packages the oracle names without one (the exports
    give git, URL and local packages as `name @ url` or a directory, with no version)."""
    unversioned = {name for name, version in expected if version is None}
    return {(n, None if n in unversioned else v) for n, v in got}


UV_CASES = [
    ("pydantic-ai", ["--no-default-groups"], {}),
    (
        "pydantic-ai",
        ["--no-default-groups", "--extra", "bedrock", "--extra", "temporal"],
        {"extras": ["bedrock", "temporal"]},
    ),
    ("pydantic-ai", ["--no-default-groups", "--group", "lint"], {"groups": ["lint"]}),
    (
        "pydantic-ai",
        ["--no-default-groups", "--package", "pydantic-graph"],
        {"packages": ["pydantic-graph"]},
    ),
    ("pydantic-ai", ["--no-default-groups", "--all-packages"], {"all_packages": True}),
    ("pydantic-ai", ["--no-default-groups", "--all-extras"], {"all_extras": True}),
    ("mcp", ["--no-default-groups"], {}),
    (
        "mcp",
        ["--no-default-groups", "--extra", "cli", "--extra", "rich"],
        {"extras": ["cli", "rich"]},
    ),
    ("mcp", ["--no-default-groups", "--group", "docs"], {"groups": ["docs"]}),
    ("mcp", ["--no-default-groups", "--all-packages"], {"all_packages": True}),
    ("git-sources/uv", ["--no-default-groups"], {}),
    ("jwt-extra", ["--no-default-groups"], {}),
]


@pytest.mark.parametrize(("project", "args", "options"), UV_CASES)
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_uv_lock_is_what_uv_exports(
    projects: Path, project: str, args: list[str], options: dict[str, Any], target: str
) -> None:
    directory = copy_project(project, projects)
    expected = installed(uv_export(directory, *args), TARGETS[target])
    inventory = read(directory, target, **options)
    got = names(inventory)
    if inventory.root is not None and inventory.root.name not in {n for n, _v in expected}:
        got.discard(
            (inventory.root.name, inventory.root.version)
        )  # a virtual root installs nothing
    assert like(got, expected) == expected


POETRY_CASES = [
    ("rich", [], {}),
    ("rich", ["--with", "dev"], {"groups": ["dev"]}),
    ("rich", ["-E", "jupyter"], {"extras": ["jupyter"]}),
    ("rich-2020", [], {}),
    ("rich-2020", ["-E", "jupyter"], {"extras": ["jupyter"]}),
    ("poetry", [], {}),
    ("poetry", ["--all-groups"], {"all_groups": True}),
    ("git-sources/poetry", [], {}),
]


@pytest.mark.parametrize(("project", "args", "options"), POETRY_CASES)
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_poetry_lock_is_what_poetry_exports(
    projects: Path, project: str, args: list[str], options: dict[str, Any], target: str
) -> None:
    directory = copy_project(project, projects)
    extras = frozenset(options.get("extras", ()))
    expected = installed(poetry_export(directory, *args), TARGETS[target], extras=extras)
    inventory = read(directory, target, **options)
    assert like({(p.name, p.version) for p in inventory.packages}, expected) == expected


INSTALL_CASES = [
    # poetry-plugin-export stops on these ("Dependency walk failed"; "not compatible with the
    # current version of Poetry"): the oracle is `poetry install --dry-run` for this machine
    ("poetry-2019", "poetry1", ["--only", "main"], {}),
    ("docling-2025", "poetry", ["--only", "main"], {}),
    ("docling-2025", "poetry", ["--only", "main", "--all-extras"], {"all_extras": True}),
    ("docling-2025", "poetry", ["--only", "main,dev"], {"groups": ["dev"]}),
]


@pytest.mark.parametrize(("project", "venv", "args", "options"), INSTALL_CASES)
def test_poetry_lock_is_what_poetry_installs(
    projects: Path, project: str, venv: str, args: list[str], options: dict[str, Any]
) -> None:
    directory = copy_project(project, projects)
    expected = poetry_install(directory, venv, *args)
    inventory = load_inventory(directory, selection=Selection.create(**options))
    got = {(p.name, p.version) for p in inventory.packages}
    # Poetry keeps what the venv already has (pip, setuptools) and says so
    seeded = {n for n, _v in expected} & {"pip", "setuptools", "wheel"}
    assert {(n, v) for n, v in got if n not in seeded} == {
        (n, v) for n, v in expected if n not in seeded
    }


PDM_CASES = [  # pdm calls extras and dependency groups both "groups"
    (["--prod"], {}),
    (["--prod", "-G", "keyring"], {"extras": ["keyring"]}),
    (["-G", "test"], {"groups": ["test"]}),
    (["-G", ":all"], {"all_groups": True, "all_extras": True}),
    (["-G", "keyring", "-G", "doc"], {"extras": ["keyring"], "groups": ["doc"]}),
]


@pytest.mark.parametrize(("args", "options"), PDM_CASES)
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_pdm_lock_is_what_pdm_exports(
    projects: Path, args: list[str], options: dict[str, Any], target: str
) -> None:
    directory = copy_project("pdm", projects)
    expected = installed(pdm_export(directory, *args), TARGETS[target])
    inventory = read(directory, target, **options)
    assert like({(p.name, p.version) for p in inventory.packages}, expected) == expected


@pytest.mark.parametrize(("args", "options"), [([], {}), (["--dev"], {"groups": ["dev"]})])
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_pipfile_lock_is_what_pipenv_exports(
    projects: Path, args: list[str], options: dict[str, Any], target: str
) -> None:
    directory = copy_project("pipenv", projects)
    expected = installed(pipenv_requirements(directory, *args), TARGETS[target])
    inventory = read(directory / "Pipfile.lock", target, **options)
    assert like({(p.name, p.version) for p in inventory.packages}, expected) == expected


UV_PLATFORMS = {"linux": "x86_64-unknown-linux-gnu", "windows": "x86_64-pc-windows-msvc"}


@pytest.fixture(scope="session")
def empty_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("empty-venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(target)], check=True)
    return target / "bin" / "python"


@pytest.mark.parametrize(("args", "options"), [([], {}), (["--group", "dev"], {"groups": ["dev"]})])
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_pipenv_pylock_is_what_uv_installs_from_it(
    projects: Path, empty_venv: Path, args: list[str], options: dict[str, Any], target: str
) -> None:
    directory = copy_project("pipenv", projects)
    # uv refuses the `environments = []` pipenv writes (PEP 751 leaves an empty list undefined);
    # the oracle reads a copy without that one line
    oracle_lock = directory / "oracle" / "pylock.toml"
    oracle_lock.parent.mkdir(exist_ok=True)
    text = (directory / "pylock.toml").read_text()
    oracle_lock.write_text(text.replace("environments = []\n", ""))
    result = subprocess.run(
        [
            str(tool("uv")),
            "pip",
            "install",
            "--dry-run",
            "--offline",
            "--python",
            str(empty_venv),
            "-r",
            str(oracle_lock),
            "--python-version",
            "3.12",
            "--python-platform",
            UV_PLATFORMS[target],
            *args,
        ],
        capture_output=True,
        text=True,
        check=True,
        env={"UV_NO_CONFIG": "1", "PATH": "/usr/bin:/bin", "HOME": str(directory)},
    )
    expected = set()
    for line in result.stderr.splitlines():
        match = re.match(r"^ \+ (\S+)==(\S+)$", line)
        if match:
            expected.add((match.group(1), match.group(2)))
    assert expected, result.stderr
    inventory = read(directory / "pylock.toml", target, **options)
    assert like({(p.name, p.version) for p in inventory.packages}, expected) == expected


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-dev.lock"])
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_rye_lock_is_what_pip_reads(projects: Path, lock: str, target: str) -> None:
    directory = copy_project("rye", projects)
    expected = installed(pip_requirements(directory / lock), TARGETS[target])
    inventory = read(directory / lock, target)
    assert like({(p.name, p.version) for p in inventory.packages}, expected) == expected


def entries_names(entries: list[Entry]) -> set[str]:
    return {e.name for e in entries}

"""Pick the reader for an input and produce its Inventory."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from packaging.markers import default_environment

from sscli.errors import InputError
from sscli.inventory.model import Inventory
from sscli.inventory.readers.cyclonedx import CycloneDxReader
from sscli.inventory.readers.distribution import DistributionReader
from sscli.inventory.readers.environment import read_environment
from sscli.inventory.readers.interface import Reader, ReadOptions
from sscli.inventory.readers.poetry import PoetryLockReader
from sscli.inventory.readers.project import read_project
from sscli.inventory.readers.pylock import PylockReader
from sscli.inventory.readers.requirements import RequirementsReader
from sscli.inventory.readers.uvlock import UvLockReader

READERS: tuple[Reader, ...] = (
    PylockReader(),
    UvLockReader(),
    PoetryLockReader(),
    CycloneDxReader(),
    DistributionReader(),
    RequirementsReader(),
)
# In a project directory, the lock files looked for, richest first (uv.lock has the graph,
# which uv's pylock.toml export leaves out).
PROJECT_LOCKS = ("uv.lock", "pylock.toml", "poetry.lock", "requirements.txt")
_LOCKS = {"pylock", "uv-lock", "poetry-lock", "requirements"}


def reader_for(path: Path) -> Reader:
    """The reader for `path`: by file name, else by a look at its first bytes."""
    for reader in READERS:
        if reader.matches(path):
            return reader
    head = _head(path).lstrip()
    if (head.startswith("{") and path.suffix == ".json") or (
        head.startswith("<") and "cyclonedx.org" in head
    ):
        return _by_kind("cyclonedx")  # it checks bomFormat and the schema, and says what is wrong
    if "lock-version" in head and "[[packages]]" in head:
        return _by_kind("pylock")
    if path.suffix in (".txt", ".in"):
        return _by_kind("requirements")
    raise InputError(
        "unrecognised input",
        path=path,
        hint="give a lock file (requirements.txt, pylock.toml, uv.lock, poetry.lock), a wheel or "
        "sdist, a CycloneDX SBOM, a project directory, or --python for an environment",
    )


def load_inventory(
    path: Path | None = None,
    *,
    python: Path | None = None,
) -> Inventory:
    """The Inventory of a lock file, distribution, SBOM, project directory or environment.

    With `python`, packages come from that interpreter's environment (and markers are evaluated
    for it); a project directory given alongside supplies the root component.
    """
    if path is not None and not path.exists():
        raise InputError("no such file or directory", path=path)
    if python is not None:
        inventory = read_environment(python)
        if path is not None:
            pyproject = (path if path.is_dir() else path.parent) / "pyproject.toml"
            if pyproject.is_file():
                root = read_project(pyproject, inventory.marker_environment)
                inventory = replace(inventory, root=root)
        return inventory
    if path is None:
        raise InputError("nothing to read", hint="give a file or directory, or --python")
    environment: dict[str, str] = dict(default_environment())  # type: ignore[arg-type]
    options = ReadOptions(environment=environment)
    if path.is_dir():
        return _read_project_dir(path, options)
    reader = reader_for(path)
    inventory = reader.read(path, options)
    if reader.kind in _LOCKS:
        inventory = _with_project_root(inventory, path.parent, options)
        inventory = replace(inventory, marker_environment=environment)
    return inventory


def project_lock(directory: Path) -> Path | None:
    """The lock file a project directory is read from: the first of PROJECT_LOCKS it has."""
    return next((directory / n for n in PROJECT_LOCKS if (directory / n).is_file()), None)


def _read_project_dir(directory: Path, options: ReadOptions) -> Inventory:
    lock = project_lock(directory)
    if lock is not None:
        inventory = reader_for(lock).read(lock, options)
        inventory = replace(inventory, marker_environment=dict(options.environment))
        return _with_project_root(inventory, directory, options)
    raise InputError(
        f"no lock file here (looked for {', '.join(PROJECT_LOCKS)})",
        path=directory,
        hint="lock the project first (e.g. `uv lock` or `pip-compile --generate-hashes`), "
        "or use --python for an installed environment",
    )


def _with_project_root(inventory: Inventory, directory: Path, options: ReadOptions) -> Inventory:
    pyproject = directory / "pyproject.toml"
    if not pyproject.is_file():
        return inventory
    project = read_project(pyproject, options.environment)
    if inventory.root is not None and inventory.root.name != project.name:
        return inventory  # the lock describes another project; keep what it says
    if inventory.root is not None and inventory.root.dependencies:
        project = replace(project, dependencies=inventory.root.dependencies)
    return replace(inventory, root=project)


def _by_kind(kind: str) -> Reader:
    return next(reader for reader in READERS if reader.kind == kind)


def _head(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return handle.read(4096).decode("utf-8", "replace")
    except IsADirectoryError:
        return ""
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from exc

"""Pick the reader for an input and produce its Inventory, for a `Selection`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sscli.errors import InputError, UsageError
from sscli.fsutil import open_regular
from sscli.inventory.model import Inventory, Problem
from sscli.inventory.readers.detect import DETECTORS
from sscli.inventory.readers.interface import Reader, ReadOptions
from sscli.inventory.selection import Selection


class _Deferred(Reader):
    """A reader that recognises its input without its module (sscli/inventory/readers/detect.py)
    and imports it to read: a scan of a pylock.toml imports no other reader, nor their tarfile,
    zipfile and graph code."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._target, self._name, self._head = DETECTORS[kind]
        self._real: Reader | None = None

    @property
    def real(self) -> Reader:
        if self._real is None:
            import importlib

            module, name = self._target.split(":")
            reader = getattr(importlib.import_module(f"sscli.inventory.readers.{module}"), name)()
            assert reader.kind == self.kind, self._target
            self._real = reader
        return self._real

    @property
    def description(self) -> str:  # type: ignore[override]
        return self.real.description

    def matches(self, path: Path) -> bool:
        return self._name(path)

    def sniff(self, head: str) -> bool:
        return self._head(head)

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        return self.real.read(path, options)


READERS: tuple[Reader, ...] = tuple(_Deferred(kind) for kind in DETECTORS)

# --input-format names (the readers' kinds, and the short names users type)
INPUT_FORMATS = {
    "requirements": "requirements",
    "uv-lock": "uv-lock",
    "poetry": "poetry-lock",
    "poetry-lock": "poetry-lock",
    "pylock": "pylock",
    "pipfile": "pipfile",
    "pdm": "pdm",
    "cyclonedx": "cyclonedx",
    "spdx": "spdx",
}
# In a project directory, the lock files looked for, richest first (uv.lock has the graph,
# which uv's pylock.toml export leaves out).
PROJECT_LOCKS = (
    "uv.lock",
    "poetry.lock",
    "pdm.lock",
    "pylock.toml",
    "Pipfile.lock",
    "requirements.lock",
    "requirements.txt",
)
_LOCKS = {"pylock", "uv-lock", "poetry-lock", "requirements", "pipfile", "pdm"}
_SELECTING = {"uv-lock", "poetry-lock", "pylock", "pipfile", "pdm"}


def reader_for(path: Path, input_format: str | None = None) -> Reader:
    """The reader for `path`: the one `input_format` names, else by file name, else by content."""
    if input_format is not None:
        kind = INPUT_FORMATS.get(input_format)
        if kind is None:
            raise UsageError(
                f"unknown --input-format {input_format!r} "
                f"(one of {', '.join(sorted(INPUT_FORMATS))})"
            )
        return _by_kind(kind)
    for reader in READERS:
        if reader.matches(path):
            return reader
    head = _head(path).lstrip("\ufeff \t\r\n")
    for reader in READERS:
        if reader.sniff(head):
            return reader
    if path.suffix in (".txt", ".in", ".lock"):
        return _by_kind("requirements")
    raise InputError(
        "unrecognised input",
        path=path,
        hint="give a lock file (uv.lock, poetry.lock, pylock.toml, Pipfile.lock, pdm.lock, "
        "requirements.txt), a wheel or sdist, a CycloneDX or SPDX SBOM, a project directory, "
        "or --python for an environment; --input-format forces a reader",
    )


def load_inventory(
    path: Path | None = None,
    *,
    python: Path | None = None,
    selection: Selection | None = None,
    input_format: str | None = None,
) -> Inventory:
    """The Inventory of a lock file, distribution, SBOM, project directory or environment, for
    `selection` (the runtime for the running interpreter by default).

    With `python`, packages come from that interpreter's environment (markers are evaluated for
    it); a project directory given alongside supplies the root component. A lock file together
    with `python` is a usage error: which of the two would describe the project?
    """
    selection = selection or Selection()
    if path is not None and not path.exists():
        raise InputError("no such file or directory", path=path)
    if python is not None:
        return _environment_inventory(path, python, input_format)
    if path is None:
        raise InputError("nothing to read", hint="give a file or directory, or --python")
    if path.is_dir():
        return _read_project_dir(path, selection, input_format)
    reader = reader_for(path, input_format)
    _check_selection(reader, selection, path)
    options = ReadOptions(selection=selection, project_dir=path.parent)
    inventory = _finish(_read(reader, path, options), reader, selection, path)
    if reader.kind in _LOCKS:
        inventory = _with_project_root(inventory, path.parent, options)
    return inventory


def _environment_inventory(path: Path | None, python: Path, input_format: str | None) -> Inventory:
    if (path is not None and not path.is_dir()) or input_format is not None:
        raise UsageError(
            "--python describes an installed environment: give either it or a lock file, not both",
            hint="for a lock's packages on another Python, use --python-version and --platform",
        )
    from sscli.inventory.readers.environment import read_environment  # lazy: few need it
    from sscli.inventory.readers.project import read_project

    inventory = read_environment(python)
    if path is not None:
        pyproject = path / "pyproject.toml"
        if pyproject.is_file():
            options = ReadOptions.for_environment(inventory.marker_environment)
            options = replace(options, project_dir=path)
            inventory = replace(inventory, root=read_project(pyproject, options))
    return inventory


def project_lock(directory: Path) -> Path | None:
    """The lock file a project directory is read from: the first of PROJECT_LOCKS it has."""
    return next((directory / n for n in PROJECT_LOCKS if (directory / n).is_file()), None)


def _read_project_dir(directory: Path, selection: Selection, input_format: str | None) -> Inventory:
    options = ReadOptions(selection=selection, project_dir=directory)
    lock = project_lock(directory)
    if lock is not None:
        reader = reader_for(lock, input_format)
        _check_selection(reader, selection, lock)
        try:
            inventory = _read(reader, lock, options)
        except InputError as exc:
            if exc.path == str(lock):
                raise
            raise InputError(
                f"found {lock.name}, which cannot be read: {exc.message}", path=directory
            ) from exc
        inventory = _finish(inventory, reader, selection, lock)
        return _with_project_root(inventory, directory, options)
    if (directory / "pyproject.toml").is_file() or (directory / "setup.cfg").is_file():
        from sscli.inventory.readers.project import declared_inventory

        inventory = declared_inventory(directory, options)
        return replace(
            inventory, metadata_properties=(*selection.properties(), ("sscli:unresolved", "true"))
        )
    raise InputError(
        f"no lock file here (looked for {', '.join(PROJECT_LOCKS)}) and no pyproject.toml "
        "or setup.cfg",
        path=directory,
        hint="lock the project first (e.g. `uv lock`), or use --python for an installed "
        "environment",
    )


def _read(reader: Reader, path: Path, options: ReadOptions) -> Inventory:
    """`reader.read`, with every input error naming the file it is about."""
    try:
        return reader.read(path, options)
    except InputError as exc:
        if exc.path is None:
            raise InputError(exc.message, path=path, hint=exc.hint) from exc
        raise


def _check_selection(reader: Reader, selection: Selection, path: Path) -> None:
    """Groups, extras and packages mean something only to lock formats that have them."""
    asks = selection.groups or selection.extras or selection.packages
    if asks and reader.kind not in _SELECTING:
        raise UsageError(
            f"--group/--extra/--package select parts of a lock; {path.name} is read as "
            f"{reader.description}, which has none",
        )


def _finish(inventory: Inventory, reader: Reader, selection: Selection, path: Path) -> Inventory:
    if reader.kind == "requirements":
        inventory = _check_pinned(inventory, selection, path)
    if reader.kind in _LOCKS:
        environment = {} if selection.universal else dict(selection.environments()[0])
        inventory = replace(
            inventory,
            marker_environment=environment,
            metadata_properties=(*inventory.metadata_properties, *selection.properties()),
        )
    return inventory


def _check_pinned(inventory: Inventory, selection: Selection, path: Path) -> Inventory:
    """A requirements file that pins nothing is not a lock: refuse it unless allowed."""
    unpinned = [p for p in inventory.problems if p.requirement and "not pinned" in p.message]
    if inventory.packages or not unpinned:
        return inventory
    if selection.allow_unpinned:
        warning = Problem(f"{path.name} pins no package: the inventory is empty (--allow-unpinned)")
        return replace(inventory, problems=(*inventory.problems, warning))
    lines = "; ".join(str(p) for p in unpinned[:10])
    more = f" (and {len(unpinned) - 10} more)" if len(unpinned) > 10 else ""
    raise InputError(
        f"pins no package, so it is not a lock: {lines}{more}",
        path=path,
        hint="pin with `uv pip compile --generate-hashes` or `pip-compile`, or pass "
        "--allow-unpinned for an empty inventory",
    )


def _with_project_root(inventory: Inventory, directory: Path, options: ReadOptions) -> Inventory:
    pyproject = directory / "pyproject.toml"
    if not pyproject.is_file():
        return inventory
    from sscli.inventory.readers.project import read_project  # lazy: a lock file needs none

    try:
        project = read_project(pyproject, options)
    except InputError as exc:
        if inventory.root is not None:
            return inventory  # the lock said what the project is; its pyproject adds nothing
        problem = Problem(f"the project's pyproject.toml gives no root: {exc.message}")
        return replace(inventory, problems=(*inventory.problems, problem))
    if inventory.root is not None and inventory.root.name != project.name:
        return inventory  # the lock describes another project; keep what it says
    if inventory.root is not None:
        project = replace(
            project,
            dependencies=inventory.root.dependencies,
            version=inventory.root.version or project.version,
        )
    else:  # the project's declared dependencies that the lock holds are the root's edges
        names = {p.name for p in inventory.packages}
        project = replace(
            project, dependencies=tuple(d for d in project.dependencies if d in names)
        )
    return replace(inventory, root=project)


def _by_kind(kind: str) -> Reader:
    return next(reader for reader in READERS if reader.kind == kind)


def _head(path: Path) -> str:
    try:
        with open_regular(path) as handle:
            return handle.read(4096).decode("utf-8", "replace")
    except InputError:
        if path.is_dir():
            return ""
        raise
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from exc

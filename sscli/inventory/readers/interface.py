"""The reader interface: one module per input format, each turning a file into an Inventory."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sscli.inventory.model import Inventory, Location
from sscli.inventory.selection import Selection


@dataclass(frozen=True)
class ReadOptions:
    """What a reader needs beyond the file itself.

    `selection` says which groups, extras, workspace packages and targets to describe (the
    runtime for the running interpreter by default). `project_dir` is the project root: the
    locations an inventory records are relative to it, so that an SBOM names no machine path.
    """

    selection: Selection = field(default_factory=Selection)
    project_dir: Path | None = None

    @classmethod
    def for_environment(cls, environment: Mapping[str, str]) -> ReadOptions:
        """Options for one explicit marker environment (tests, environments)."""
        return cls(selection=Selection.for_environment(environment))

    @property
    def environment(self) -> Mapping[str, str]:
        """The first target's marker environment."""
        return self.selection.environments()[0]

    def location(self, path: Path, line: int | None = None) -> Location:
        """Where something was declared, relative to the project root."""
        return Location(self.relative(path), line)

    def relative(self, path: Path) -> str:
        base = self.project_dir if self.project_dir is not None else path.parent
        return _relative(str(path), str(base), os.getcwd())  # noqa: PTH109 - the cheap one


@lru_cache(maxsize=4096)
def _relative(path: str, base: str, cwd: str) -> str:
    """`path` relative to `base`, once per file: a lock's every package is declared in it."""
    try:
        return Path(os.path.relpath(Path(path).absolute(), Path(base).absolute())).as_posix()
    except ValueError:
        return Path(path).name


class Reader(ABC):
    """Turns one kind of input into an `Inventory`."""

    kind: str  # short identifier, also recorded as Inventory.source_kind
    description: str

    @abstractmethod
    def matches(self, path: Path) -> bool:
        """True if `path` looks like this reader's input, by its name."""

    def sniff(self, head: str) -> bool:
        """True if the first 4 KiB of a file (decoded) look like this reader's input."""
        return False

    @abstractmethod
    def read(self, path: Path, options: ReadOptions) -> Inventory:
        """Read `path`; malformed input raises `InputError` naming the file and line/field."""

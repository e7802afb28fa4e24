"""The reader interface: one module per input format, each turning a file into an Inventory."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sscli.inventory.model import Inventory


@dataclass(frozen=True)
class ReadOptions:
    """What a reader needs beyond the file itself.

    `environment` is the PEP 508 marker environment of the target: markers are evaluated
    against it, and packages whose markers do not hold there are left out.
    """

    environment: Mapping[str, str]


class Reader(ABC):
    """Turns one kind of input into an `Inventory`."""

    kind: str  # short identifier, also recorded as Inventory.source_kind
    description: str

    @abstractmethod
    def matches(self, path: Path) -> bool:
        """True if `path` looks like this reader's input (by name and, cheaply, by content)."""

    @abstractmethod
    def read(self, path: Path, options: ReadOptions) -> Inventory:
        """Read `path`; malformed input raises `InputError` naming the file and line/field."""

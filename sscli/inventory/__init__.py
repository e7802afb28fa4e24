"""The hub: one model for every input, and the readers that produce it.

The readers load on first use of `load_inventory` or `reader_for` (PEP 562): a command that
needs only the model (the deploy gate, the policy) does not import every lock-file reader."""

from __future__ import annotations

from sscli.inventory.model import (
    Artifact,
    ExternalRef,
    Inventory,
    Location,
    Package,
    Problem,
    RefType,
    normalize_name,
    pypi_purl,
)

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any

    from sscli.inventory.load import load_inventory, reader_for

__all__ = [
    "Artifact",
    "ExternalRef",
    "Inventory",
    "Location",
    "Package",
    "Problem",
    "RefType",
    "load_inventory",
    "normalize_name",
    "pypi_purl",
    "reader_for",
]


def __getattr__(name: str) -> Any:
    if name in ("load_inventory", "reader_for"):
        from sscli.inventory import load

        return getattr(load, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

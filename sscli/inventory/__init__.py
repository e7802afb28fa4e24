"""The hub: one model for every input, and the readers that produce it."""

from sscli.inventory.load import load_inventory, reader_for
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

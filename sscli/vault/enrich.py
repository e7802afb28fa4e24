"""Fill in what lock files do not say (licenses, authors, links, summaries) from the metadata of
the exact files in the vault: matched by sha256, read without running anything."""

from __future__ import annotations

from dataclasses import replace

from sscli.errors import InputError
from sscli.inventory.model import Inventory, Package
from sscli.inventory.readers.distribution import read_sdist_metadata, read_wheel_metadata
from sscli.vault.store import Vault, VaultEntry


def enrich_from_vault(inventory: Inventory, vault: Vault) -> tuple[Inventory, int]:
    """The inventory with metadata from vaulted files; returns it and how many packages gained."""
    by_sha: dict[str, VaultEntry] = {}
    for entry in vault.entries():
        by_sha.setdefault(entry.sha256, entry)
    packages = []
    enriched = 0
    for package in inventory.packages:
        entries = [by_sha[d] for d in package.sha256_hashes if d in by_sha]
        entries.sort(key=lambda e: not e.filename.endswith(".whl"))  # wheels first
        updated = _enrich(package, vault, entries[0]) if entries else package
        enriched += updated is not package
        packages.append(updated)
    return replace(inventory, packages=tuple(packages)), enriched


def _enrich(package: Package, vault: Vault, entry: VaultEntry) -> Package:
    path = vault.file_path(entry.project, entry.filename)
    try:
        if entry.filename.endswith(".whl"):
            metadata = read_wheel_metadata(path)
        else:
            metadata = read_sdist_metadata(path)
    except InputError:
        return package
    found = metadata.package
    return replace(
        package,
        license_expression=package.license_expression or found.license_expression,
        license_names=package.license_names or found.license_names,
        author=package.author or found.author,
        supplier=package.supplier or found.supplier,
        description=package.description or found.description,
        external_refs=package.external_refs or found.external_refs,
    )

"""What changed between two inventories (usually two SBOMs): components, versions, hashes,
licenses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sscli.inventory.model import Inventory, Package


@dataclass(frozen=True)
class ComponentChange:
    """A component in both inventories whose facts differ, and how each changed."""

    name: str
    before: Package
    after: Package
    changes: dict[str, tuple[Any, Any]]  # field -> (before, after)


@dataclass(frozen=True)
class SbomDiff:
    """What changed between two inventories: components added, removed and changed."""

    added: tuple[Package, ...] = ()
    removed: tuple[Package, ...] = ()
    changed: tuple[ComponentChange, ...] = ()
    unchanged: int = 0
    notes: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [_brief(p) for p in self.added],
            "removed": [_brief(p) for p in self.removed],
            "changed": [
                {
                    "name": c.name,
                    "changes": {k: {"before": v[0], "after": v[1]} for k, v in c.changes.items()},
                }
                for c in self.changed
            ],
            "unchanged": self.unchanged,
        }


def _brief(package: Package) -> dict[str, Any]:
    return {"name": package.name, "version": package.version, "purl": package.package_url}


def _facts(package: Package) -> dict[str, Any]:
    return {
        "version": package.version,
        "sha256": sorted(set(package.sha256_hashes)),
        "license": package.license_expression or " / ".join(package.license_names) or None,
        "purl": package.package_url,
        "dependencies": sorted(package.dependencies),
    }


def diff_inventories(before: Inventory, after: Inventory) -> SbomDiff:
    """Components matched by name; a name present at several versions is matched by version."""
    old = _index(before)
    new = _index(after)
    added = [new[k] for k in sorted(new.keys() - old.keys())]
    removed = [old[k] for k in sorted(old.keys() - new.keys())]
    changed: list[ComponentChange] = []
    unchanged = 0
    for key in sorted(old.keys() & new.keys()):
        a, b = _facts(old[key]), _facts(new[key])
        delta = {name: (a[name], b[name]) for name in a if a[name] != b[name]}
        if delta:
            changed.append(ComponentChange(key, old[key], new[key], delta))
        else:
            unchanged += 1
    return SbomDiff(tuple(added), tuple(removed), tuple(changed), unchanged)


def _index(inventory: Inventory) -> dict[str, Package]:
    counts: dict[str, int] = {}
    components = list(inventory.components())
    for package in components:
        counts[package.name] = counts.get(package.name, 0) + 1
    return {(p.name if counts[p.name] == 1 else p.key): p for p in components}

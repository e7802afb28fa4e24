"""SPDX 2.2/2.3 JSON documents back into an Inventory: packages (by their purl where they have
one), checksums, and `DEPENDS_ON`/`DEPENDENCY_OF` relationships; the described package is the
root."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from packageurl import PackageURL

from sscli.errors import InputError
from sscli.inventory.model import Artifact, Inventory, Package, Problem, normalize_name
from sscli.inventory.readers._common import load_json
from sscli.inventory.readers.interface import Reader, ReadOptions

MAX_SPDX_BYTES = 256 * 1024 * 1024
_CHECKSUMS = {"SHA256": "sha256", "SHA384": "sha384", "SHA512": "sha512"}


class SpdxReader(Reader):
    kind = "spdx"
    description = "SPDX 2.x JSON document"

    def matches(self, path: Path) -> bool:
        return path.name.lower().endswith((".spdx.json", "spdx.json"))

    def sniff(self, head: str) -> bool:
        return head.startswith("{") and '"spdxVersion"' in head

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        document = load_json(path, MAX_SPDX_BYTES)
        if not isinstance(document, dict) or not str(document.get("spdxVersion", "")).startswith(
            "SPDX-2."
        ):
            raise InputError(
                "not an SPDX 2.x JSON document (spdxVersion)", path=path, field="spdxVersion"
            )
        raw_packages = document.get("packages", [])
        if not isinstance(raw_packages, list):
            raise InputError("packages must be a list", path=path, field="packages")
        by_id: dict[str, Package] = {}
        problems: list[Problem] = []
        for number, raw in enumerate(raw_packages):
            if not isinstance(raw, Mapping):
                raise InputError(
                    "a package must be an object", path=path, field=f"packages[{number}]"
                )
            package = _package(raw, path, f"packages[{number}]")
            spdx_id = raw.get("SPDXID")
            if package is None or not isinstance(spdx_id, str):
                problems.append(Problem(f"packages[{number}] is not a PyPI package; left out"))
                continue
            by_id[spdx_id] = package
        edges = _relationships(document.get("relationships", []), path)
        described = [d for d in document.get("documentDescribes", []) or [] if d in by_id]
        described += [t for s, kind, t in edges if kind == "DESCRIBES" and t in by_id]
        root_id = described[0] if described else None
        packages: dict[str, Package] = {}
        for spdx_id, package in by_id.items():
            deps = {
                by_id[t].name
                for s, kind, t in edges
                if s == spdx_id and kind == "DEPENDS_ON" and t in by_id
            }
            deps |= {
                by_id[s].name
                for s, kind, t in edges
                if t == spdx_id and kind == "DEPENDENCY_OF" and s in by_id
            }
            from dataclasses import replace

            by_id[spdx_id] = replace(package, dependencies=tuple(sorted(deps)))
            if spdx_id != root_id:
                packages.setdefault(package.key, by_id[spdx_id])
        return Inventory(
            packages=tuple(packages.values()),
            root=by_id.get(root_id) if root_id else None,
            source_kind=self.kind,
            source_path=str(path),
            problems=tuple(problems),
        )


def _relationships(raw: object, path: Path) -> list[tuple[str, str, str]]:
    if not isinstance(raw, list):
        raise InputError("relationships must be a list", path=path, field="relationships")
    edges = []
    for item in raw:
        if isinstance(item, Mapping):
            edges.append(
                (
                    str(item.get("spdxElementId")),
                    str(item.get("relationshipType")),
                    str(item.get("relatedSpdxElement")),
                )
            )
    return edges


def _package(raw: Mapping[str, Any], path: Path, where: str) -> Package | None:
    for key in ("externalRefs", "checksums"):
        if not isinstance(raw.get(key, []), list):
            raise InputError(f"{key} must be a list", path=path, field=f"{where}.{key}")
    purl = next(
        (
            ref.get("referenceLocator")
            for ref in raw.get("externalRefs", []) or []
            if isinstance(ref, Mapping) and ref.get("referenceType") == "purl"
        ),
        None,
    )
    name, version = raw.get("name"), raw.get("versionInfo")
    if isinstance(purl, str):
        try:
            parsed = PackageURL.from_string(purl)
        except ValueError as exc:
            raise InputError(f"invalid purl {purl[:200]!r}", path=path, field=where) from exc
        if parsed.type != "pypi":
            return None
        name, version = parsed.name, parsed.version or version
    if not isinstance(name, str) or not name:
        return None
    hashes = {
        _CHECKSUMS[c["algorithm"]]: str(c.get("checksumValue", "")).lower()
        for c in raw.get("checksums", []) or []
        if isinstance(c, Mapping) and c.get("algorithm") in _CHECKSUMS
    }
    return Package(
        name=normalize_name(name),
        version=version if isinstance(version, str) and version else None,
        artifacts=(Artifact(hashes=hashes),) if hashes else (),
        purl=purl if isinstance(purl, str) else None,
    )

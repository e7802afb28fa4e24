"""Inventory -> SPDX 2.3 document (the JSON form, as a dict; the tag-value form is rendered from
it by `sscli.sbom.spdx_tagvalue`).

Each package is an SPDX package with its purl (`PACKAGE-MANAGER`/`purl`), declared license as
an SPDX expression (names that map to no SPDX id become `LicenseRef-` entries with their text),
supplier and originator. A package with one distribution file carries that file's name and
checksums; one with several (a lock lists every wheel and the sdist) gets one SPDX package per
file, named by the file, linked by `DISTRIBUTION_ARTIFACT` (which SPDX 3 calls
`hasDistributionArtifact`). The lock's graph becomes `DEPENDS_ON`; the document `DESCRIBES` the
root (or, without one, every package nothing depends on). `licenseConcluded` is NOASSERTION:
sscli reads what packages declare and concludes nothing about their files.

The document is built here rather than through spdx-tools' model: building and converting that
model costs seconds for a few hundred packages (benchmarks/sbom_formats.py). It is validated by
`sscli.spdx_schema` (the official schema and the semantic rules) before anyone sees it, and the
tests parse and validate every document with spdx-tools.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import sscli
from sscli.inventory.model import Artifact, Inventory, OriginKind, Package, RefType
from sscli.sbom.reproducible import document_time, document_uuid

NAMESPACE_BASE = "https://sscli.dev/spdxdocs"
CHECKSUMS = {"sha1": "SHA1", "sha224": "SHA224", "sha256": "SHA256", "sha384": "SHA384",
             "sha512": "SHA512", "md5": "MD5", "blake2b": "BLAKE2b-512"}  # fmt: skip
_NOT_ID = re.compile(r"[^A-Za-z0-9.\-]+")
_NOT_LOCATOR = re.compile(r"\s")
_REF_TYPES = {kind: kind.value for kind in RefType}  # (an enum's .value is a slow property)
PROPERTY_PREFIX = "sscli:"


def build_spdx2(inventory: Inventory) -> dict[str, Any]:
    """The SPDX 2.3 JSON document of `inventory` (not yet validated: see `render_spdx2`)."""
    ids = _Ids()
    refs = _LicenseRefs()
    packages: list[dict[str, Any]] = []
    relationships: list[dict[str, str]] = []
    nodes = [*([inventory.root] if inventory.root is not None else []), *inventory.packages]
    id_of: dict[int, str] = {}
    for package in nodes:
        is_root = package is inventory.root
        spdx_id = ids.new(package, root=is_root)
        id_of[id(package)] = spdx_id
        packages.append(_package(package, spdx_id, refs, root=is_root))
        if len(package.artifacts) > 1:
            for number, artifact in enumerate(package.artifacts):
                file_id = ids.file(spdx_id, number)
                packages.append(_file_package(package, artifact, file_id, number))
                relationships.append(_relationship(spdx_id, "DISTRIBUTION_ARTIFACT", file_id))
    by_key = {p.key: id_of[id(p)] for p in inventory.packages}
    dependents: set[str] = set()
    for dependent, dependency in inventory.edges():
        target = by_key[dependency.key]
        dependents.add(target)
        relationships.append(_relationship(id_of[id(dependent)], "DEPENDS_ON", target))
    if inventory.root is not None:
        described = [id_of[id(inventory.root)]]
    else:
        tops = [by_key[p.key] for p in inventory.packages if by_key[p.key] not in dependents]
        described = tops or list(by_key.values())
    describes = [_relationship("SPDXRef-DOCUMENT", "DESCRIBES", d) for d in described]
    name = _document_name(inventory)
    namespace = f"{NAMESPACE_BASE}/{_NOT_ID.sub('-', name)}-{document_uuid(inventory)}"
    document: dict[str, Any] = {
        "spdxVersion": "SPDX-2.3",
        "dataLicense": "CC0-1.0",
        "SPDXID": "SPDXRef-DOCUMENT",
        "name": name,
        "documentNamespace": namespace,
        "creationInfo": _creation_info(inventory),
        "packages": packages,
        "relationships": describes + relationships,
    }
    if refs.entries:
        document["hasExtractedLicensingInfos"] = refs.entries
    return document


def _creation_info(inventory: Inventory) -> dict[str, Any]:
    info: dict[str, Any] = {
        "created": document_time().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "creators": [f"Tool: sscli-{sscli.__version__}"],
    }
    if inventory.metadata_properties:
        info["comment"] = "\n".join(f"{k}={v}" for k, v in inventory.metadata_properties)
    return info


def _document_name(inventory: Inventory) -> str:
    root = inventory.root
    if root is not None:
        return f"{root.display_name or root.name}-{root.version}" if root.version else root.name
    return f"sscli-{inventory.source_kind}"


class _Ids:
    """SPDX ids from package keys: readable, unique, and only the characters SPDX allows."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def new(self, package: Package, *, root: bool) -> str:
        stem = "SPDXRef-Root" if root else "SPDXRef-Package"
        text = _NOT_ID.sub("-", f"{package.name}-{package.version or ''}".strip("-"))
        candidate = f"{stem}-{text}"
        if candidate in self.used:  # two versions that only differ in characters SPDX forbids
            digest = hashlib.sha256(package.key.encode()).hexdigest()[:8]
            candidate = f"{candidate}-{digest}"
        self.used.add(candidate)
        return candidate

    def file(self, package_id: str, number: int) -> str:
        candidate = f"{package_id}-file-{number}"
        self.used.add(candidate)
        return candidate


class _LicenseRefs:
    """License names that map to no SPDX id, as `hasExtractedLicensingInfos` entries."""

    def __init__(self) -> None:
        self.entries: list[dict[str, str]] = []
        self.by_name: dict[str, str] = {}

    def ref(self, name: str) -> str:
        if name not in self.by_name:
            slug = _NOT_ID.sub("-", name).strip("-")[:40] or "license"
            digest = hashlib.sha256(name.encode()).hexdigest()[:8]
            license_id = f"LicenseRef-{slug}-{digest}"
            self.by_name[name] = license_id
            self.entries.append({"licenseId": license_id, "name": name, "extractedText": name})
        return self.by_name[name]


def _package(package: Package, spdx_id: str, refs: _LicenseRefs, *, root: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "SPDXID": spdx_id,
        "name": package.display_name or package.name,
    }
    if package.version:
        entry["versionInfo"] = package.version
    single = package.artifacts[0] if len(package.artifacts) == 1 else None
    if single is not None and single.filename:
        entry["packageFileName"] = single.filename
    if package.supplier:
        entry["supplier"] = f"Organization: {_one_line(package.supplier)}"
    if package.author:
        entry["originator"] = f"Person: {_one_line(package.author)}"
    entry["downloadLocation"] = _download_location(package, single)
    entry["filesAnalyzed"] = False
    if single is not None and single.hashes:
        entry["checksums"] = _checksums(single)
    homepage = next((r.url for r in package.external_refs if r.type is RefType.WEBSITE), None)
    if homepage and _is_locator(homepage):
        entry["homepage"] = homepage
    if package.origin is not None and package.origin.kind is OriginKind.GIT:
        entry["sourceInfo"] = f"built from {package.origin.describe()}"
    entry["licenseConcluded"] = "NOASSERTION"
    entry["licenseDeclared"] = _declared(package, refs)
    entry["copyrightText"] = "NOASSERTION"
    if package.description:
        entry["summary"] = _one_line(package.description)[:1000]
    comment = package_comment(package)
    if single is not None and single.size is not None:
        comment = "\n".join(filter(None, [comment, f"{PROPERTY_PREFIX}size={single.size}"]))
    if comment:
        entry["comment"] = comment
    external = _external_refs(package)
    if external:
        entry["externalRefs"] = external
    entry["primaryPackagePurpose"] = "APPLICATION" if root else "LIBRARY"
    return entry


def _file_package(
    package: Package, artifact: Artifact, spdx_id: str, number: int
) -> dict[str, Any]:
    name = artifact.filename or f"{package.name}-{package.version} distribution file {number + 1}"
    entry: dict[str, Any] = {"SPDXID": spdx_id, "name": name}
    if package.version:
        entry["versionInfo"] = package.version
    if artifact.filename:
        entry["packageFileName"] = artifact.filename
    entry["downloadLocation"] = (
        artifact.url if artifact.url and _is_locator(artifact.url) else "NOASSERTION"
    )
    entry["filesAnalyzed"] = False
    if artifact.hashes:
        entry["checksums"] = _checksums(artifact)
    if artifact.size is not None:
        entry["comment"] = f"{PROPERTY_PREFIX}size={artifact.size}"
    entry["licenseConcluded"] = "NOASSERTION"
    entry["licenseDeclared"] = "NOASSERTION"
    entry["copyrightText"] = "NOASSERTION"
    entry["primaryPackagePurpose"] = "INSTALL" if artifact.kind == "wheel" else "ARCHIVE"
    return entry


def _checksums(artifact: Artifact) -> list[dict[str, str]]:
    return [
        {"algorithm": CHECKSUMS[algorithm], "checksumValue": digest.lower()}
        for algorithm, digest in sorted(artifact.hashes.items())
        if algorithm in CHECKSUMS
    ]


def _download_location(package: Package, single: Artifact | None) -> str:
    origin = package.origin
    if origin is not None and origin.kind is OriginKind.GIT and origin.vcs_url:
        location = origin.vcs_url
    elif origin is not None and origin.kind is OriginKind.URL and origin.url:
        location = origin.url
    elif single is not None and single.url:
        location = single.url
    else:
        return "NOASSERTION"
    return location if _is_locator(location) else "NOASSERTION"


def _declared(package: Package, refs: _LicenseRefs) -> str:
    if package.license_expression:
        return package.license_expression
    if package.license_names:
        ids = [refs.ref(name) for name in package.license_names]
        return " AND ".join(ids)
    return "NOASSERTION"


def _external_refs(package: Package) -> list[dict[str, str]]:
    found = []
    if package.version or package.origin is not None:
        found.append(
            {
                "referenceCategory": "PACKAGE-MANAGER",
                "referenceType": "purl",
                "referenceLocator": package.package_url,
            }
        )
    for ref in package.external_refs:  # the homepage too: `homepage` cannot hold its comment
        if _is_locator(ref.url):
            entry = {"referenceCategory": "OTHER", "referenceType": _REF_TYPES[ref.type],
                     "referenceLocator": ref.url}  # fmt: skip
            if ref.comment:
                entry["comment"] = _one_line(ref.comment)
            found.append(entry)
    return found


def package_comment(package: Package) -> str | None:
    """What SPDX has no field for, as `sscli:key=value` lines the SPDX reader reads back."""
    lines = [f"{k}={v}" for k, v in package.properties]
    if package.index_url:
        lines.append(f"{PROPERTY_PREFIX}index-url={package.index_url}")
    if package.location is not None:
        where = package.location.path
        if package.location.line is not None:
            where += f":{package.location.line}"
        lines.append(f"{PROPERTY_PREFIX}declared-in={where}")
    if package.display_name:
        lines.append(f"{PROPERTY_PREFIX}name={package.name}")
    if package.scope is not None:
        lines.append(f"{PROPERTY_PREFIX}scope={package.scope.value}")
    if package.license_expression and package.license_names:
        lines += [f"{PROPERTY_PREFIX}license-name={n}" for n in package.license_names]
    lines = [_one_line(line) for line in lines]
    return "\n".join(lines) if lines else None


def _relationship(source: str, kind: str, target: str) -> dict[str, str]:
    return {"spdxElementId": source, "relationshipType": kind, "relatedSpdxElement": target}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _is_locator(url: str) -> bool:
    return "://" in url and not _NOT_LOCATOR.search(url)

"""Inventory -> SPDX 3.0.1 JSON-LD (the serialization the SPDX 3 spec defines: the published
context, one `@graph`, compact property names).

The mapping follows the SPDX 2.3 one (`sscli.sbom.spdx2`) in SPDX 3 terms: `software_Package`
with `software_packageUrl` and `verifiedUsing` hashes; a package with several distribution files
`hasDistributionArtifact` one `software_File` each; declared licenses are
`simplelicensing_LicenseExpression` elements linked by `hasDeclaredLicense` (names that map to no
SPDX id are `LicenseRef-` ids resolved through `simplelicensing_customIdToUri` to
`simplelicensing_SimpleLicensingText` elements); suppliers are `Organization`s, authors
`Person`s; the graph is `dependsOn`; the `software_Sbom`'s root element is the project.

spdx-tools writes SPDX 3 only in a pre-release form of the model (its context maps `core:` to
https://spdx.org/rdf/Core/, not the 3.0.1 namespaces), so the document is written here and the
tests read every one back with the SPDX project's spdx-python-model bindings for 3.0.1.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import sscli
from sscli.inventory.model import Artifact, Inventory, OriginKind, Package, RefType
from sscli.sbom.reproducible import document_time, document_uuid
from sscli.sbom.spdx2 import NAMESPACE_BASE, PROPERTY_PREFIX, package_comment
from sscli.spdx_schema import SPDX3_CONTEXT

HASHES = {"sha1": "sha1", "sha224": "sha224", "sha256": "sha256", "sha384": "sha384",
          "sha512": "sha512", "md5": "md5", "blake2b": "blake2b512"}  # fmt: skip
_NOT_ID = re.compile(r"[^A-Za-z0-9.\-]+")
_CREATION = "_:creationinfo"


class _Graph:
    def __init__(self, namespace: str) -> None:
        self.namespace = namespace
        self.elements: list[dict[str, Any]] = []
        self.used: set[str] = set()
        self.agents: dict[tuple[str, str], str] = {}
        self.licenses: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        self.relationships = 0

    def iri(self, local: str) -> str:
        candidate = f"{self.namespace}#{_NOT_ID.sub('-', local)}"
        if candidate in self.used:
            candidate += "-" + hashlib.sha256(local.encode()).hexdigest()[:8]
        self.used.add(candidate)
        return candidate

    def add(self, kind: str, local: str, **properties: Any) -> str:
        spdx_id = self.iri(local)
        element = {"type": kind, "spdxId": spdx_id, "creationInfo": _CREATION}
        element.update({k: v for k, v in properties.items() if v not in (None, [], "")})
        self.elements.append(element)
        return spdx_id

    def agent(self, kind: str, name: str) -> str:
        key = (kind, " ".join(name.split()))
        if key not in self.agents:
            self.agents[key] = self.add(kind, f"{kind}-{key[1]}", name=key[1])
        return self.agents[key]

    def relate(self, source: str, kind: str, targets: list[str]) -> None:
        if targets:
            self.relationships += 1
            self.add(
                "Relationship",
                f"Relationship-{self.relationships}",
                **{"from": source, "to": targets, "relationshipType": kind},
            )

    def license(self, package: Package) -> str | None:
        if package.license_expression:
            expression, custom = package.license_expression, []
        elif package.license_names:
            custom = [(self._text_ref(name), name) for name in package.license_names]
            expression = " AND ".join(ref for ref, _ in custom)
        else:
            return None
        if expression not in self.licenses:
            self.licenses[expression] = self.add(
                "simplelicensing_LicenseExpression",
                f"License-{len(self.licenses) + 1}",
                simplelicensing_licenseExpression=expression,
                simplelicensing_customIdToUri=[
                    {"type": "DictionaryEntry", "key": ref, "value": self.texts[name]}
                    for ref, name in custom
                ],
            )
        return self.licenses[expression]

    def _text_ref(self, name: str) -> str:
        slug = _NOT_ID.sub("-", name).strip("-")[:40] or "license"
        ref = f"LicenseRef-{slug}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"
        if name not in self.texts:
            self.texts[name] = self.add(
                "simplelicensing_SimpleLicensingText",
                ref,
                name=name,
                simplelicensing_licenseText=name,
            )
        return ref


def build_spdx3(inventory: Inventory) -> dict[str, Any]:
    """The SPDX 3.0.1 JSON-LD document of `inventory` (validated by `render_spdx3`)."""
    root = inventory.root
    title = (root.display_name or root.name) if root else f"sscli-{inventory.source_kind}"
    if root is not None and root.version:
        title += f"-{root.version}"
    graph = _Graph(f"{NAMESPACE_BASE}/{_NOT_ID.sub('-', title)}-{document_uuid(inventory)}")
    agent = graph.add("SoftwareAgent", "sscli", name="sscli")
    tool = graph.add("Tool", f"sscli-{sscli.__version__}", name=f"sscli-{sscli.__version__}")
    creation: dict[str, Any] = {
        "type": "CreationInfo",
        "@id": _CREATION,
        "specVersion": "3.0.1",
        "created": document_time().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "createdBy": [agent],
        "createdUsing": [tool],
    }
    nodes = [*([root] if root is not None else []), *inventory.packages]
    id_of = {id(p): _package(graph, p, is_root=p is root) for p in nodes}
    targets: dict[str, list[str]] = {}
    for dependent, dependency in inventory.edges():
        targets.setdefault(id_of[id(dependent)], []).append(id_of[id(dependency)])
    for source, found in targets.items():
        graph.relate(source, "dependsOn", found)
    depended = {t for found in targets.values() for t in found}
    if root is not None:
        roots = [id_of[id(root)]]
    else:
        ids = [id_of[id(p)] for p in inventory.packages]
        roots = [i for i in ids if i not in depended] or ids
    contents = [e["spdxId"] for e in graph.elements]
    sbom = graph.add("software_Sbom", "SBOM", rootElement=roots, element=contents)
    comment = "\n".join(f"{k}={v}" for k, v in inventory.metadata_properties)
    document = {
        "type": "SpdxDocument",
        "spdxId": f"{graph.namespace}#SPDXRef-DOCUMENT",
        "creationInfo": _CREATION,
        "name": title,
        "profileConformance": ["core", "software", "simpleLicensing"],
        "rootElement": [sbom],
        "element": [*contents, sbom],
    }
    if comment:
        document["comment"] = comment
    return {"@context": SPDX3_CONTEXT, "@graph": [creation, document, *graph.elements]}


def _package(graph: _Graph, package: Package, *, is_root: bool) -> str:
    single = package.artifacts[0] if len(package.artifacts) == 1 else None
    homepage = next((r.url for r in package.external_refs if r.type is RefType.WEBSITE), None)
    origin = package.origin
    spdx_id = graph.add(
        "software_Package",
        f"SPDXRef-{'Root' if is_root else 'Package'}-{package.name}-{package.version or ''}",
        name=package.display_name or package.name,
        software_packageVersion=package.version,
        software_packageUrl=package.package_url if package.version or origin else None,
        software_downloadLocation=_download_location(package, single),
        software_homePage=homepage,
        software_primaryPurpose="application" if is_root else "library",
        software_sourceInfo=f"built from {origin.describe()}"
        if origin is not None and origin.kind is OriginKind.GIT
        else None,
        summary=" ".join(package.description.split())[:1000] if package.description else None,
        comment=_comment(package, single),
        verifiedUsing=_hashes(single) if single is not None else [],
        externalRef=[
            {
                "type": "ExternalRef",
                "externalRefType": _ref_type(r.type),
                "locator": [r.url],
                **({"comment": r.comment} if r.comment else {}),
            }
            for r in package.external_refs
        ],
        suppliedBy=graph.agent("Organization", package.supplier) if package.supplier else None,
        originatedBy=[graph.agent("Person", package.author)] if package.author else [],
    )
    license_id = graph.license(package)
    if license_id is not None:
        graph.relate(spdx_id, "hasDeclaredLicense", [license_id])
    if len(package.artifacts) > 1:
        files = [
            _file(graph, spdx_id, artifact, number)
            for number, artifact in enumerate(package.artifacts)
        ]
        graph.relate(spdx_id, "hasDistributionArtifact", files)
    return spdx_id


def _file(graph: _Graph, package_id: str, artifact: Artifact, number: int) -> str:
    local = package_id.rsplit("#", 1)[1]
    return graph.add(
        "software_File",
        f"{local}-file-{number}",
        name=artifact.filename or f"distribution file {number + 1}",
        verifiedUsing=_hashes(artifact),
        software_primaryPurpose="install" if artifact.kind == "wheel" else "archive",
        externalRef=[
            {
                "type": "ExternalRef",
                "externalRefType": "altDownloadLocation",
                "locator": [artifact.url],
            }
        ]
        if artifact.url
        else [],
        comment=f"{PROPERTY_PREFIX}size={artifact.size}" if artifact.size is not None else None,
    )


def _comment(package: Package, single: Artifact | None) -> str | None:
    lines = [package_comment(package) or ""]
    if single is not None and single.filename:
        lines.append(f"{PROPERTY_PREFIX}filename={single.filename}")
    if single is not None and single.size is not None:
        lines.append(f"{PROPERTY_PREFIX}size={single.size}")
    text = "\n".join(line for line in lines if line)
    return text or None


def _hashes(artifact: Artifact) -> list[dict[str, str]]:
    return [
        {"type": "Hash", "algorithm": HASHES[algorithm], "hashValue": digest.lower()}
        for algorithm, digest in sorted(artifact.hashes.items())
        if algorithm in HASHES
    ]


def _ref_type(kind: RefType) -> str:
    return {
        RefType.WEBSITE: "altWebPage",
        RefType.VCS: "vcs",
        RefType.DOCUMENTATION: "documentation",
        RefType.ISSUE_TRACKER: "issueTracker",
        RefType.RELEASE_NOTES: "releaseNotes",
        RefType.DISTRIBUTION: "altDownloadLocation",
    }.get(kind, "other")


def _download_location(package: Package, single: Artifact | None) -> str | None:
    origin = package.origin
    if origin is not None and origin.kind is OriginKind.GIT and origin.vcs_url:
        return origin.vcs_url
    if origin is not None and origin.kind is OriginKind.URL and origin.url:
        return origin.url
    if single is not None and single.url:
        return single.url
    return None

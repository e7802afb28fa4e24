"""Inventory -> CycloneDX `Bom` (cyclonedx-python-lib's model)."""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

import sscli
from sscli.inventory.model import Artifact, Inventory, OriginKind, Package, RefType
from sscli.sbom.reproducible import document_time, document_uuid

if TYPE_CHECKING:
    from cyclonedx.model import ExternalReference, HashType, Property
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component
    from cyclonedx.model.license import DisjunctiveLicense, LicenseExpression

PROPERTY_PREFIX = "sscli:"
_HASH_NAMES = {
    "sha256": "SHA-256",
    "sha384": "SHA-384",
    "sha512": "SHA-512",
    "blake2b": "BLAKE2b-512",
}


def build_bom(inventory: Inventory, spec: str = "1.6") -> Bom:
    """A CycloneDX Bom describing `inventory`: components, dependency graph, metadata.

    The serial number and timestamp are derived from SOURCE_DATE_EPOCH when it is set, so the
    same inventory gives a byte-identical SBOM in reproducible builds.
    """
    from cyclonedx.model import Property
    from cyclonedx.model.bom import Bom, BomMetaData
    from cyclonedx.model.component import Component, ComponentType

    components: dict[str, Component] = {}
    for package in inventory.packages:
        components[package.key] = _component(package, spec=spec)
    root = (
        _component(inventory.root, kind=ComponentType.APPLICATION, spec=spec)
        if inventory.root
        else None
    )
    tool = Component(
        type=ComponentType.APPLICATION,
        name="sscli",
        version=sscli.__version__,
        group="sscli",
    )
    metadata = BomMetaData(
        component=root,
        timestamp=_timestamp(),
        properties=[Property(name=k, value=v) for k, v in inventory.metadata_properties],
    )
    metadata.tools.components.add(tool)
    bom = Bom(
        components=list(components.values()),
        metadata=metadata,
        serial_number=_serial(inventory),
    )
    _register_dependencies(bom, inventory, components, root)
    return bom


def _register_dependencies(
    bom: Bom, inventory: Inventory, components: dict[str, Component], root: Component | None
) -> None:
    targets: dict[str, list[Component]] = {}
    for dependent, dependency in inventory.edges():
        targets.setdefault(dependent.key, []).append(components[dependency.key])
    for package in inventory.packages:
        bom.register_dependency(components[package.key], targets.get(package.key, []))
    if root is not None and inventory.root is not None:
        # only the edges the input states: an SBOM never guesses what the root depends on
        bom.register_dependency(root, targets.get(inventory.root.key, []))


def _component(package: Package, kind: object = None, *, spec: str = "1.6") -> Component:
    from cyclonedx.model.bom_ref import BomRef
    from cyclonedx.model.component import Component, ComponentScope, ComponentType
    from cyclonedx.model.contact import OrganizationalContact, OrganizationalEntity
    from packageurl import PackageURL

    with warnings.catch_warnings():
        # CycloneDX 1.6 deprecates a component's `author` for `authors`, which 1.5 lacks
        warnings.filterwarnings("ignore", message=".*author.* is deprecated")
        return Component(
            type=kind or ComponentType.LIBRARY,  # type: ignore[arg-type]
            name=package.display_name or package.name,
            version=package.version,
            purl=PackageURL.from_string(package.package_url)
            if package.version or package.origin
            else None,
            scope=ComponentScope(package.scope.value) if package.scope else None,
            bom_ref=BomRef(
                package.bom_ref
                or (package.package_url if package.version or package.origin else package.name)
            ),
            description=package.description,
            author=package.author if spec == "1.5" else None,
            authors=[OrganizationalContact(name=package.author)]
            if package.author and spec != "1.5"
            else None,
            supplier=OrganizationalEntity(name=package.supplier) if package.supplier else None,
            licenses=_licenses(package),
            hashes=_component_hashes(package.artifacts),
            external_references=[
                *_refs(package),
                *_origin_refs(package),
                *_distribution_refs(package.artifacts),
            ],
            properties=_properties(package),
        )


def _origin_refs(package: Package) -> list[ExternalReference]:
    """A git source as a `vcs` reference (at its commit), a direct URL as `distribution`."""
    from cyclonedx.model import ExternalReference, ExternalReferenceType, XsUri

    origin = package.origin
    if origin is None or not origin.url:
        return []
    if origin.kind is OriginKind.GIT:
        comment = f"commit {origin.commit}" if origin.commit else f"ref {origin.ref or 'HEAD'}"
        if origin.subdirectory:
            comment += f", subdirectory {origin.subdirectory}"
        return [
            ExternalReference(
                type=ExternalReferenceType.VCS, url=XsUri(origin.url), comment=comment
            )
        ]
    return [
        ExternalReference(
            type=ExternalReferenceType.DISTRIBUTION, url=XsUri(origin.url), comment="direct URL"
        )
    ]


def _properties(package: Package) -> list[Property]:
    from cyclonedx.model import Property

    properties = [Property(name=k, value=v) for k, v in package.properties]
    if package.origin is not None:
        properties.append(Property(name=f"{PROPERTY_PREFIX}origin", value=package.origin.kind))
        if package.origin.path:
            properties.append(
                Property(name=f"{PROPERTY_PREFIX}local-path", value=package.origin.path)
            )
    if package.index_url:
        properties.append(Property(name=f"{PROPERTY_PREFIX}index-url", value=package.index_url))
    if package.location is not None:
        where = package.location.path
        if package.location.line is not None:
            where += f":{package.location.line}"
        properties.append(Property(name=f"{PROPERTY_PREFIX}declared-in", value=where))
    if package.display_name:
        properties.append(Property(name=f"{PROPERTY_PREFIX}name", value=package.name))
    if package.license_expression and package.license_names:
        properties.extend(
            Property(name=f"{PROPERTY_PREFIX}license-name", value=n) for n in package.license_names
        )
    return properties


def _licenses(package: Package) -> list[LicenseExpression | DisjunctiveLicense]:
    from cyclonedx.model.license import DisjunctiveLicense, LicenseExpression

    if package.license_expression:
        return [LicenseExpression(package.license_expression)]
    return [DisjunctiveLicense(name=name) for name in package.license_names]


def _hashes(hashes: dict[str, str] | Iterable[tuple[str, str]]) -> list[HashType]:
    from cyclonedx.model import HashAlgorithm, HashType

    items = hashes.items() if isinstance(hashes, dict) else hashes
    return [
        HashType(alg=HashAlgorithm(_HASH_NAMES[algorithm]), content=digest)
        for algorithm, digest in sorted(items)
        if algorithm in _HASH_NAMES
    ]


def _component_hashes(artifacts: tuple[Artifact, ...]) -> list[HashType]:
    """The component's own hashes: those of its one file, or hashes known without a file."""
    if len(artifacts) == 1:
        return _hashes(dict(artifacts[0].hashes))
    return _hashes(
        [
            (a, d)
            for artifact in artifacts
            if not artifact.filename
            for a, d in artifact.hashes.items()
        ]
    )


def _distribution_refs(artifacts: tuple[Artifact, ...]) -> list[ExternalReference]:
    from cyclonedx.model import ExternalReference, ExternalReferenceType, XsUri

    refs = []
    for artifact in artifacts:
        target = artifact.url or artifact.filename
        if not target:
            continue
        refs.append(
            ExternalReference(
                type=ExternalReferenceType.DISTRIBUTION,
                url=XsUri(target),
                comment=_file_comment(artifact),
                hashes=_hashes(dict(artifact.hashes)),
            )
        )
    return refs


def _file_comment(artifact: Artifact) -> str | None:
    if not artifact.filename:
        return None
    size = f" ({artifact.size} bytes)" if artifact.size is not None else ""
    return f"file {artifact.filename}{size}"


def _refs(package: Package) -> list[ExternalReference]:
    from cyclonedx.model import ExternalReference, ExternalReferenceType, XsUri

    kinds = {
        RefType.WEBSITE: ExternalReferenceType.WEBSITE,
        RefType.VCS: ExternalReferenceType.VCS,
        RefType.DOCUMENTATION: ExternalReferenceType.DOCUMENTATION,
        RefType.ISSUE_TRACKER: ExternalReferenceType.ISSUE_TRACKER,
        RefType.RELEASE_NOTES: ExternalReferenceType.RELEASE_NOTES,
        RefType.DISTRIBUTION: ExternalReferenceType.DISTRIBUTION,
        RefType.OTHER: ExternalReferenceType.OTHER,
    }
    return [
        ExternalReference(type=kinds[ref.type], url=XsUri(ref.url), comment=ref.comment)
        for ref in package.external_refs
    ]


def _timestamp() -> datetime:
    return document_time()


def _serial(inventory: Inventory) -> uuid.UUID:
    return document_uuid(inventory)

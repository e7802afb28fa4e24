"""CycloneDX SBOMs (JSON and XML, spec 1.4-1.6) back into an Inventory.

The document is schema-validated first, so that errors name the field that is wrong; then
cyclonedx-python-lib deserializes it (XML through defusedxml) and the Bom becomes an Inventory.
Reading what `sscli sbom create` wrote gives back the same Inventory (round trip).
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packageurl import PackageURL

from sscli.errors import InputError
from sscli.fsutil import read_text_limited
from sscli.inventory.model import (
    Artifact,
    ExternalRef,
    Inventory,
    Location,
    Package,
    RefType,
    Scope,
    normalize_name,
)
from sscli.inventory.readers import detect
from sscli.inventory.readers.interface import Reader, ReadOptions

if TYPE_CHECKING:
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component

MAX_SBOM_BYTES = 256 * 1024 * 1024
PREFIX = "sscli:"
_XML_SPEC = re.compile(r"http://cyclonedx\.org/schema/bom/(1\.\d)")
_HASH_KEYS = {
    "SHA-256": "sha256",
    "SHA-384": "sha384",
    "SHA-512": "sha512",
    "BLAKE2b-512": "blake2b",
}
_FILE_COMMENT = re.compile(r"^file (\S+)(?: \((\d+) bytes\))?$")
_REF_TYPES = {t.value: t for t in RefType}


class CycloneDxReader(Reader):
    kind = "cyclonedx"
    description = "CycloneDX SBOM (JSON or XML)"

    def matches(self, path: Path) -> bool:
        return detect.cyclonedx_name(path)

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        return inventory_from_bom(load_bom(path), path)


def load_bom(path: Path) -> Bom:
    """Parse and schema-validate a CycloneDX JSON or XML file."""
    from sscli.cyclonedx_schema import READABLE_SPEC_VERSIONS, json_violations, xml_violations

    text = read_text_limited(path, MAX_SBOM_BYTES)
    stripped = text.lstrip()
    if stripped.startswith("<"):
        if "<!DOCTYPE" in text or "<!ENTITY" in text:
            raise InputError("XML with a DOCTYPE or entities is refused", path=path)
        match = _XML_SPEC.search(text[:4096])
        if match is not None and match.group(1) not in READABLE_SPEC_VERSIONS:
            raise InputError(f"unsupported CycloneDX spec version {match.group(1)!r}", path=path)
        if match is None:
            raise InputError("not a CycloneDX XML document (no bom namespace)", path=path)
        problems = xml_violations(text, match.group(1))
        if problems:
            raise InputError(f"invalid CycloneDX {match.group(1)}: {problems[0]}", path=path)
        return _deserialize(path, lambda bom: bom.from_xml(io.StringIO(text)))
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno) from exc
    except RecursionError as exc:
        raise InputError("invalid JSON: nested too deeply", path=path) from exc
    if not isinstance(document, dict) or document.get("bomFormat") != "CycloneDX":
        raise InputError("not a CycloneDX document (bomFormat is not CycloneDX)", path=path)
    spec = document.get("specVersion")
    if spec not in READABLE_SPEC_VERSIONS:
        raise InputError(
            f"unsupported CycloneDX spec version {spec!r} "
            f"(sscli reads {', '.join(READABLE_SPEC_VERSIONS)})",
            path=path,
            field="specVersion",
        )
    problems = json_violations(document, str(spec))
    if problems:
        raise InputError(f"invalid CycloneDX {spec}: {problems[0]}", path=path)
    return _deserialize(path, lambda bom: bom.from_json(document))


def _deserialize(path: Path, parse: Any) -> Bom:
    from cyclonedx.model.bom import Bom

    try:
        bom = parse(Bom)
    except InputError:
        raise
    except Exception as exc:  # the library raises many types on unexpected but valid data
        raise InputError(f"cannot read CycloneDX document: {exc}", path=path) from exc
    if bom is None:
        raise InputError("cannot read CycloneDX document", path=path)
    return bom  # type: ignore[no-any-return]


def inventory_from_bom(bom: Bom, path: Path) -> Inventory:
    """Convert a Bom: components -> packages, metadata.component -> root, dependencies -> edges."""
    packages: list[Package] = []
    by_ref: dict[str, Package] = {}
    for component in _all_components(bom.components):
        package = _package(component, path)
        if package is None:
            continue
        if any(p.key == package.key for p in packages):
            continue
        packages.append(package)
        by_ref[str(component.bom_ref)] = package
    root_component = bom.metadata.component
    root = _package(root_component, path) if root_component is not None else None
    if root is not None and root_component is not None:
        by_ref[str(root_component.bom_ref)] = root
    edges: dict[str, list[str]] = {}
    for dependency in bom.dependencies:
        source = by_ref.get(str(dependency.ref))
        if source is None:
            continue
        edges[str(dependency.ref)] = [
            _dep_key(by_ref[str(d.ref)], packages)
            for d in dependency.dependencies
            if str(d.ref) in by_ref
        ]

    def with_deps(package: Package, ref: str) -> Package:
        from dataclasses import replace

        return replace(package, dependencies=tuple(edges.get(ref, ())))

    ref_of = {id(p): ref for ref, p in by_ref.items()}
    packages = [with_deps(p, ref_of[id(p)]) for p in packages]
    if root is not None:
        root = with_deps(root, ref_of[id(root)])
    return Inventory(
        packages=tuple(packages),
        root=root,
        source_kind="cyclonedx",
        source_path=str(path),
        metadata_properties=tuple((p.name, p.value) for p in bom.metadata.properties),
    )


def _dep_key(target: Package, packages: list[Package]) -> str:
    same_name = [p for p in packages if p.name == target.name]
    return target.key if len(same_name) > 1 else target.name


def _all_components(components: Any) -> list[Component]:
    result: list[Component] = []
    for component in components:
        result.append(component)
        result.extend(_all_components(component.components))
    return result


def _package(component: Component, path: Path) -> Package | None:
    properties = [(p.name, p.value) for p in component.properties]
    own = {k.removeprefix(PREFIX): v for k, v in properties if k.startswith(PREFIX)}
    purl = component.purl
    if purl is not None and (purl.type != "pypi" or purl.qualifiers):
        purl_text: str | None = purl.to_string()  # kept: a VCS or URL origin lives in it
    else:
        purl_text = None
    name = purl.name if purl is not None and purl.type == "pypi" else component.name
    try:
        normalized = normalize_name(own.get("name") or name)
    except Exception as exc:  # packaging rejects nothing, but be explicit about hostile names
        raise InputError(f"unusable component name {component.name!r}", path=path) from exc
    display = component.name if component.name != normalized else None
    license_expression, license_names = _licenses(component)
    license_names = license_names or tuple(v for k, v in properties if k == f"{PREFIX}license-name")
    declared = own.get("declared-in")
    return Package(
        name=normalized,
        version=component.version or None,
        display_name=display,
        artifacts=_artifacts(component),
        license_expression=license_expression,
        license_names=license_names,
        author=", ".join(a.name for a in component.authors if a.name) or component.author,
        supplier=component.supplier.name if component.supplier else None,
        description=component.description,
        external_refs=tuple(
            ExternalRef(_REF_TYPES.get(str(r.type.value), RefType.OTHER), str(r.url), r.comment)
            for r in component.external_references
            if r.type.value != "distribution"
        ),
        index_url=own.get("index-url"),
        location=_location(declared) if declared else Location(str(path)),
        purl=purl_text,
        properties=tuple(
            (k, v)
            for k, v in properties
            if k
            not in {f"{PREFIX}{n}" for n in ("index-url", "declared-in", "name", "license-name")}
        ),
        bom_ref=None if _is_default_ref(component, purl) else str(component.bom_ref),
        scope=_scope(component),
    )


def _scope(component: Component) -> Scope | None:
    value = getattr(component.scope, "value", None)
    return Scope(value) if value in ("required", "optional") else None


def _is_default_ref(component: Component, purl: PackageURL | None) -> bool:
    ref = str(component.bom_ref)
    return ref == (purl.to_string() if purl is not None else component.name)


def _location(text: str) -> Location:
    path, sep, line = text.rpartition(":")
    if sep and line.isdigit():
        return Location(path, int(line))
    return Location(text)


def _licenses(component: Component) -> tuple[str | None, tuple[str, ...]]:
    from cyclonedx.model.license import DisjunctiveLicense, LicenseExpression

    expression: str | None = None
    names: list[str] = []
    for entry in component.licenses:
        if isinstance(entry, LicenseExpression):
            expression = entry.value
        elif isinstance(entry, DisjunctiveLicense):
            if entry.id:
                names.append(entry.id)
            elif entry.name:
                names.append(entry.name)
    if expression is None and len(names) == 1 and component.licenses:
        only = next(iter(component.licenses))
        if isinstance(only, DisjunctiveLicense) and only.id:
            return only.id, ()
    return expression, tuple(names)


def _artifacts(component: Component) -> tuple[Artifact, ...]:
    artifacts: list[Artifact] = []
    covered: set[tuple[str, str]] = set()
    for ref in component.external_references:
        if ref.type.value != "distribution":
            continue
        hashes = {
            _HASH_KEYS[h.alg.value]: h.content for h in ref.hashes if h.alg.value in _HASH_KEYS
        }
        covered.update(hashes.items())
        url = str(ref.url)
        match = _FILE_COMMENT.match(ref.comment or "")
        filename = match.group(1) if match else None
        size = int(match.group(2)) if match and match.group(2) else None
        artifacts.append(
            Artifact(
                filename=filename or url.rsplit("/", 1)[-1] or None,
                hashes=hashes,
                size=size,
                url=url if "://" in url else None,
            )
        )
    for h in component.hashes:
        key = _HASH_KEYS.get(h.alg.value)
        if key and (key, h.content) not in covered:
            artifacts.append(Artifact(hashes={key: h.content}))
    return tuple(artifacts)

"""SPDX 3.0 JSON-LD (`@context` and `@graph`, compact names as the spec serializes them) -> an
Inventory: `software_Package`s with a PyPI `software_packageUrl` (or `packageUrl` external
identifier), their `verifiedUsing` hashes, distribution files (`hasDistributionArtifact`),
declared (else concluded) licenses, supplier and originators, and `dependsOn` edges; the root is
the package the SBOM's `rootElement` names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.inventory.licenses import is_spdx_expression
from sscli.inventory.model import (
    Artifact,
    ExternalRef,
    Inventory,
    Location,
    Package,
    Problem,
    RefType,
    normalize_name,
)
from sscli.inventory.readers.spdx import (
    PREFIX,
    assemble,
    comment_properties,
    distribution_artifact,
    is_root_id,
    location,
    purl_of,
)

_HASHES = {"sha256": "sha256", "sha384": "sha384", "sha512": "sha512", "blake2b512": "blake2b"}
_REFS = {"altWebPage": RefType.WEBSITE, "vcs": RefType.VCS, "documentation": RefType.DOCUMENTATION,
         "issueTracker": RefType.ISSUE_TRACKER, "releaseNotes": RefType.RELEASE_NOTES}  # fmt: skip
_CONTEXT_PREFIX = "https://spdx.org/rdf/3.0."
_SKIP_KEYS = {"index-url", "declared-in", "name", "license-name", "scope", "size", "filename"}


def inventory_from_spdx3(document: Mapping[str, Any], path: Path) -> Inventory:
    """The Inventory of a parsed SPDX 3.0 JSON-LD document."""
    context = document.get("@context")
    contexts = context if isinstance(context, list) else [context]
    if not any(isinstance(c, str) and c.startswith(_CONTEXT_PREFIX) for c in contexts):
        raise InputError("not an SPDX 3.0 JSON-LD document (@context)", path=path)
    graph = document.get("@graph")
    if not isinstance(graph, list):
        raise InputError("@graph must be a list", path=path, field="@graph")
    elements: dict[str, Mapping[str, Any]] = {}
    for number, element in enumerate(graph):
        if not isinstance(element, Mapping):
            raise InputError("an element must be an object", path=path, field=f"@graph[{number}]")
        identifier = element.get("spdxId", element.get("@id"))
        if isinstance(identifier, str):
            elements[identifier] = element
    edges = _edges(graph)
    files = {t for s, kind, t in edges if kind == "hasDistributionArtifact"}
    root_id = _root(graph, elements)
    tools = [
        str(e.get("name")) for e in graph if isinstance(e, Mapping) and e.get("type") == "Tool"
    ]
    creation = {"creators": [f"Tool: {name}" for name in tools]}
    if root_id is not None and not is_root_id(root_id, creation):
        root_id = None
    by_id: dict[str, Package] = {}
    problems: list[Problem] = []
    for identifier, element in elements.items():
        if element.get("type") != "software_Package" or identifier in files:
            continue
        package, problem = _package(
            element, elements, edges, identifier, path, is_root=identifier == root_id
        )
        if package is None:
            name = str(element.get("name", identifier))[:100]
            problems.append(Problem(f"{name}: {problem}; left out"))
        else:
            by_id[identifier] = package
    spdx_document: Mapping[str, Any] = next(
        (e for e in graph if e.get("type") == "SpdxDocument"), {}
    )
    metadata = tuple(
        (f"{PREFIX}{k}", v) for k, v in comment_properties(spdx_document.get("comment"))
    )
    return assemble(
        by_id, edges, root_id, path=path, source_kind="spdx", problems=problems, metadata=metadata
    )


def _edges(graph: list[Any]) -> list[tuple[str, str, str]]:
    edges = []
    for element in graph:
        if element.get("type") not in ("Relationship", "LifecycleScopedRelationship"):
            continue
        source, kind, targets = (
            element.get("from"),
            element.get("relationshipType"),
            element.get("to"),
        )
        if isinstance(source, str) and isinstance(kind, str) and isinstance(targets, list):
            edges += [(source, kind, t) for t in targets if isinstance(t, str)]
    return edges


def _root(graph: list[Any], elements: Mapping[str, Mapping[str, Any]]) -> str | None:
    roots: list[str] = []
    for element in graph:
        if element.get("type") == "software_Sbom":
            roots += [r for r in element.get("rootElement") or [] if isinstance(r, str)]
    if not roots:
        for element in graph:
            if element.get("type") == "SpdxDocument":
                roots += [r for r in element.get("rootElement") or [] if isinstance(r, str)]
    packages = [r for r in roots if elements.get(r, {}).get("type") == "software_Package"]
    return packages[0] if len(packages) == 1 else None


def _package(
    element: Mapping[str, Any],
    elements: Mapping[str, Mapping[str, Any]],
    edges: list[tuple[str, str, str]],
    identifier: str,
    path: Path,
    *,
    is_root: bool,
) -> tuple[Package | None, str]:
    locator = element.get("software_packageUrl")
    for ext in element.get("externalIdentifier") or []:
        if isinstance(ext, Mapping) and ext.get("externalIdentifierType") == "packageUrl":
            locator = locator or ext.get("identifier")
    name, version = element.get("name"), element.get("software_packageVersion")
    purl: str | None = None
    try:
        name, version, purl = purl_of(locator, name, version)
    except ValueError as exc:
        if not is_root or locator is not None:
            return None, str(exc)
    try:
        normalized = normalize_name(str(name))
    except InputError:
        return None, f"{str(name)[:100]!r} is not a Python project name"
    own = dict(comment_properties(element.get("comment")))
    own_list = comment_properties(element.get("comment"))
    expression, names = _licenses(element, elements, edges, identifier)
    display = element.get("name") if element.get("name") != normalized else None
    artifacts = _artifacts(element, own)
    files = [
        _file(elements[t]) for s, kind, t in edges
        if s == identifier and kind == "hasDistributionArtifact" and t in elements
    ]  # fmt: skip
    package = Package(
        name=normalize_name(own.get("name") or normalized),
        version=version if isinstance(version, str) and version else None,
        display_name=display if isinstance(display, str) and display else None,
        artifacts=(*artifacts, *files),
        license_expression=expression,
        license_names=names or tuple(v for k, v in own_list if k == "license-name"),
        author=", ".join(_agent(elements, a) or "" for a in element.get("originatedBy") or [])
        or None,
        supplier=_agent(elements, element.get("suppliedBy")),
        description=_text(element.get("summary")) or _text(element.get("description")),
        external_refs=_refs(element),
        index_url=own.get("index-url"),
        location=location(own["declared-in"]) if "declared-in" in own else Location(str(path)),
        purl=purl,
        properties=tuple((f"{PREFIX}{k}", v) for k, v in own_list if k not in _SKIP_KEYS),
    )
    scope = own.get("scope")
    if scope in ("required", "optional"):
        from sscli.inventory.model import Scope

        package = replace(package, scope=Scope(scope))
    return package, ""


def _licenses(
    element: Mapping[str, Any],
    elements: Mapping[str, Mapping[str, Any]],
    edges: list[tuple[str, str, str]],
    identifier: str,
) -> tuple[str | None, tuple[str, ...]]:
    for kind in ("hasDeclaredLicense", "hasConcludedLicense"):
        for source, relation, target in edges:
            if source != identifier or relation != kind or target not in elements:
                continue
            license_ = elements[target]
            expression = license_.get("simplelicensing_licenseExpression")
            if not isinstance(expression, str):
                expression = (
                    license_.get("name") if "License" in str(license_.get("type")) else None
                )
            if not isinstance(expression, str) or expression in ("NOASSERTION", "NONE", ""):
                continue
            custom = {
                str(e.get("key")): elements.get(str(e.get("value")), {})
                for e in license_.get("simplelicensing_customIdToUri") or []
                if isinstance(e, Mapping)
            }
            parts = [p.strip("() ") for p in expression.split(" AND ")]
            if all(p.startswith("LicenseRef-") for p in parts):
                return None, tuple(
                    str(
                        custom.get(p, {}).get("name")
                        or custom.get(p, {}).get("simplelicensing_licenseText")
                        or p
                    )[:200]
                    for p in parts
                )
            if is_spdx_expression(expression):
                return expression, ()
            return None, (expression[:200],)
    return None, ()


def _hashes(element: Mapping[str, Any]) -> dict[str, str]:
    return {
        _HASHES[str(h.get("algorithm"))]: str(h.get("hashValue", "")).lower()
        for h in element.get("verifiedUsing") or []
        if isinstance(h, Mapping) and h.get("type") == "Hash" and h.get("algorithm") in _HASHES
    }


def _artifacts(element: Mapping[str, Any], own: Mapping[str, str]) -> tuple[Artifact, ...]:
    hashes = _hashes(element)
    filename = own.get("filename")
    if not hashes and not filename:
        return ()
    return (
        distribution_artifact(
            filename, hashes, element.get("software_downloadLocation"), own.get("size")
        ),
    )


def _file(element: Mapping[str, Any]) -> Artifact:
    url = next(
        (
            r["locator"][0]
            for r in element.get("externalRef") or []
            if isinstance(r, Mapping)
            and r.get("externalRefType") == "altDownloadLocation"
            and isinstance(r.get("locator"), list)
            and r["locator"]
        ),
        None,
    )
    size = dict(comment_properties(element.get("comment"))).get("size")
    name = element.get("name")
    return Artifact(
        filename=name
        if isinstance(name, str) and not name.startswith("distribution file")
        else None,
        hashes=_hashes(element),
        url=url if isinstance(url, str) else None,
        size=int(size) if size and size.isdigit() else None,
    )


def _agent(elements: Mapping[str, Mapping[str, Any]], reference: object) -> str | None:
    if not isinstance(reference, str):
        return None
    name = elements.get(reference, {}).get("name")
    return name if isinstance(name, str) and name else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() not in ("NOASSERTION", "") else None


def _refs(element: Mapping[str, Any]) -> tuple[ExternalRef, ...]:
    found = []
    for ref in element.get("externalRef") or []:
        if not isinstance(ref, Mapping):
            continue
        kind = _REFS.get(str(ref.get("externalRefType")), RefType.OTHER)
        comment = ref.get("comment")
        for locator in ref.get("locator") or []:
            if isinstance(locator, str):
                found.append(
                    ExternalRef(kind, locator, comment if isinstance(comment, str) else None)
                )
    homepage = element.get("software_homePage")
    if isinstance(homepage, str) and homepage not in {r.url for r in found}:
        found.insert(0, ExternalRef(RefType.WEBSITE, homepage))
    return tuple(found)

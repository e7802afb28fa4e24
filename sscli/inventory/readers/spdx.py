"""SPDX SBOMs back into an Inventory: SPDX 2.2/2.3 JSON and tag-value, and SPDX 3.0 JSON-LD
(`spdx3.py`). One reader, so that a file is read by what it holds, whatever it is called.

PyPI packages are those with a `pkg:pypi` purl; the others (and packages without a purl, whose
ecosystem is unknown) are left out and reported. Checksums, distribution files (the packages a
package names as its `DISTRIBUTION_ARTIFACT`s, as `sscli sbom create` writes them), declared
licenses (`LicenseRef-`s resolved to their names), supplier, originator, homepage, references
and `DEPENDS_ON`/`DEPENDENCY_OF` edges are read; the package the document `DESCRIBES` (when it
describes one) is the root. Documents other tools write often break the schema in small ways
(2.2 spellings, extra fields): the reader is strict about the fields it uses, not the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from packageurl import PackageURL

from sscli.errors import InputError
from sscli.fsutil import read_text_limited
from sscli.inventory.licenses import is_spdx_expression
from sscli.inventory.model import (
    Artifact,
    ExternalRef,
    Inventory,
    Location,
    Package,
    Problem,
    RefType,
    Scope,
    distribution_filename,
    normalize_name,
)
from sscli.inventory.readers import detect
from sscli.inventory.readers.interface import Reader, ReadOptions

MAX_SPDX_BYTES = 256 * 1024 * 1024
CHECKSUMS = {"SHA256": "sha256", "SHA384": "sha384", "SHA512": "sha512", "BLAKE2b-512": "blake2b"}
PREFIX = "sscli:"
NOT_PYPI = "not a PyPI package"  # the reason a package of another ecosystem is left out
_NONE = ("NONE", "NOASSERTION", "")
_REF_TYPES = {t.value: t for t in RefType}


class SpdxReader(Reader):
    kind = "spdx"
    description = "SPDX SBOM (2.3 JSON or tag-value, 3.0 JSON-LD)"

    def matches(self, path: Path) -> bool:
        return detect.spdx_name(path)

    def sniff(self, head: str) -> bool:
        return detect.spdx_head(head)

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        text = read_text_limited(path, MAX_SPDX_BYTES).lstrip("\ufeff \t\r\n")
        if not text.startswith("{"):
            from sscli.inventory.readers.spdx_tagvalue import parse_tag_value

            return inventory_from_spdx2(parse_tag_value(text, path), path)
        document = _json(text, path)
        if "@context" in document:
            from sscli.inventory.readers.spdx3 import inventory_from_spdx3

            return inventory_from_spdx3(document, path)
        return inventory_from_spdx2(document, path)


def _json(text: str, path: Path) -> dict[str, Any]:
    import json

    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno) from exc
    except RecursionError as exc:
        raise InputError("invalid JSON: nested too deeply", path=path) from exc
    if not isinstance(document, dict):
        raise InputError("an SPDX document must be a JSON object", path=path)
    return document


def inventory_from_spdx2(document: Mapping[str, Any], path: Path) -> Inventory:
    """The Inventory of a parsed SPDX 2.x document (JSON shape)."""
    if not str(document.get("spdxVersion", "")).startswith("SPDX-2."):
        raise InputError("not an SPDX 2.x document (spdxVersion)", path=path, field="spdxVersion")
    raw_packages = _list(document.get("packages"), path, "packages")
    edges = _relationships(document.get("relationships"), path)
    raw_by_id: dict[str, Mapping[str, Any]] = {}
    for number, raw in enumerate(raw_packages):
        if not isinstance(raw, Mapping):
            raise InputError("a package must be an object", path=path, field=f"packages[{number}]")
        for key in ("externalRefs", "checksums"):
            _list(raw.get(key), path, f"packages[{number}].{key}")
        spdx_id = raw.get("SPDXID")
        if isinstance(spdx_id, str):
            raw_by_id[spdx_id] = raw
    files = _distribution_files(edges, raw_by_id)
    license_names = _extracted_licenses(document.get("hasExtractedLicensingInfos"), path)
    described = [
        str(d) for d in _list(document.get("documentDescribes"), path, "documentDescribes")
    ]
    described += [t for s, kind, t in edges if s == "SPDXRef-DOCUMENT" and kind == "DESCRIBES"]
    root_id = described[0] if len(set(described)) == 1 else None
    if root_id is not None and not is_root_id(root_id, document.get("creationInfo")):
        root_id = None
    by_id: dict[str, Package] = {}
    problems: list[Problem] = []
    for number, raw in enumerate(raw_packages):
        spdx_id = str(raw.get("SPDXID"))
        if spdx_id in files.values() and spdx_id not in files:
            continue  # a distribution file of another package
        where = f"packages[{number}]"
        package, problem = _package(raw, path, where, license_names, root=spdx_id == root_id)
        if package is None:
            problems.append(Problem(f"{where} ({_label(raw)}): {problem}; left out"))
            continue
        artifacts = [_file_artifact(raw_by_id[f]) for f in files.get_all(spdx_id)]
        if artifacts:
            package = replace(package, artifacts=(*package.artifacts, *artifacts))
        by_id[spdx_id] = package
    return assemble(
        by_id,
        edges,
        root_id,
        path=path,
        source_kind="spdx",
        problems=problems,
        metadata=_metadata(document.get("creationInfo")),
    )


class _Files:
    """package SPDX id -> the SPDX ids of its distribution files."""

    def __init__(self) -> None:
        self.by_package: dict[str, list[str]] = {}

    def add(self, package: str, file: str) -> None:
        self.by_package.setdefault(package, []).append(file)

    def get_all(self, package: str) -> list[str]:
        return self.by_package.get(package, [])

    def values(self) -> set[str]:
        return {f for found in self.by_package.values() for f in found}

    def __contains__(self, package: object) -> bool:
        return package in self.by_package


def _distribution_files(
    edges: Iterable[tuple[str, str, str]], raw_by_id: Mapping[str, Mapping[str, Any]]
) -> _Files:
    files = _Files()
    for source, kind, target in edges:
        if kind == "DISTRIBUTION_ARTIFACT" and source in raw_by_id and target in raw_by_id:
            files.add(source, target)
    return files


def assemble(
    by_id: Mapping[str, Package],
    edges: Iterable[tuple[str, str, str]],
    root_id: str | None,
    *,
    path: Path,
    source_kind: str,
    problems: list[Problem],
    metadata: tuple[tuple[str, str], ...],
) -> Inventory:
    """Packages with their dependency edges (`DEPENDS_ON` and its inverse), and the root."""
    names: dict[str, int] = {}
    for spdx_id, package in by_id.items():
        if spdx_id != root_id:
            names[package.name] = names.get(package.name, 0) + 1

    def ref(package: Package) -> str:
        return package.key if names.get(package.name, 0) > 1 else package.name

    deps: dict[str, list[str]] = {}
    for source, kind, target in edges:
        if kind in ("DEPENDS_ON", "dependsOn") and source in by_id and target in by_id:
            deps.setdefault(source, []).append(ref(by_id[target]))
        elif kind == "DEPENDENCY_OF" and source in by_id and target in by_id:
            deps.setdefault(target, []).append(ref(by_id[source]))
    packages: dict[str, Package] = {}
    root = None
    for spdx_id, read in by_id.items():
        package = replace(read, dependencies=tuple(dict.fromkeys(deps.get(spdx_id, ()))))
        if spdx_id == root_id:
            root = package
        elif package.key in packages:
            problems.append(Problem(f"{package.key} is listed twice; read once"))
        else:
            packages[package.key] = package
    return Inventory(
        packages=tuple(packages.values()),
        root=root,
        source_kind=source_kind,
        source_path=str(path),
        problems=tuple(problems),
        metadata_properties=metadata,
    )


def is_root_id(spdx_id: str, creation: object) -> bool:
    """Whether the one element a document describes is its root. Documents sscli writes name the
    root `SPDXRef-Root-...`: without a root they describe the packages nothing depends on, and a
    single such package is a package, not the project (it must still be scanned)."""
    creators = creation.get("creators") if isinstance(creation, Mapping) else None
    by_sscli = any(str(c).startswith("Tool: sscli-") for c in creators or [])
    return not by_sscli or spdx_id.rsplit("#", 1)[-1].startswith("SPDXRef-Root-")


def _list(value: object, path: Path, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f"{field} must be a list", path=path, field=field)
    return value


def _relationships(raw: object, path: Path) -> list[tuple[str, str, str]]:
    edges = []
    for item in _list(raw, path, "relationships"):
        if isinstance(item, Mapping):
            edges.append(
                (
                    str(item.get("spdxElementId")),
                    str(item.get("relationshipType")),
                    str(item.get("relatedSpdxElement")),
                )
            )
    return edges


def _extracted_licenses(raw: object, path: Path) -> dict[str, str]:
    names = {}
    for item in _list(raw, path, "hasExtractedLicensingInfos"):
        if isinstance(item, Mapping) and isinstance(item.get("licenseId"), str):
            name = item.get("name") or item.get("extractedText")
            if isinstance(name, str) and name not in _NONE:
                names[item["licenseId"]] = " ".join(name.split())[:200]
    return names


def _label(raw: Mapping[str, Any]) -> str:
    name, version = raw.get("name"), raw.get("versionInfo")
    return " ".join(str(v)[:100] for v in (name, version) if isinstance(v, str))


def purl_of(locator: object, name: object, version: object) -> tuple[str, str | None, str | None]:
    """(name, version, purl kept on the package or None) from a purl; ValueError if it is not a
    PyPI purl."""
    if not isinstance(locator, str):
        raise ValueError("no purl: its ecosystem is unknown")
    try:
        parsed = PackageURL.from_string(locator)
    except ValueError:
        raise ValueError(f"invalid purl {locator[:200]!r}") from None
    if parsed.type != "pypi":
        raise ValueError(f"{NOT_PYPI} ({locator[:200]})")
    kept = locator if parsed.qualifiers else None  # a VCS or URL origin lives in it
    found = parsed.version or (version if isinstance(version, str) else None)
    return parsed.name, found, kept


def _package(
    raw: Mapping[str, Any], path: Path, where: str, license_names: Mapping[str, str], *, root: bool
) -> tuple[Package | None, str]:
    locator = next(
        (
            ref.get("referenceLocator")
            for ref in raw.get("externalRefs") or []
            if isinstance(ref, Mapping) and ref.get("referenceType") == "purl"
        ),
        None,
    )
    name, version = raw.get("name"), raw.get("versionInfo")
    purl: str | None = None
    try:
        name, version, purl = purl_of(locator, name, version)
    except ValueError as exc:
        if not root or locator is not None:
            return None, str(exc)
    if not isinstance(name, str) or not name:
        return None, "no name"
    try:
        normalized = normalize_name(name)
    except InputError:
        return None, f"{name[:100]!r} is not a Python project name"
    own = comment_properties(raw.get("comment"))
    display = raw.get("name") if raw.get("name") != normalized else None
    expression, names = licenses(
        raw.get("licenseDeclared"), raw.get("licenseConcluded"), license_names
    )
    extra_names = tuple(v for k, v in own if k == "license-name")
    declared = dict(own).get("declared-in")
    package = Package(
        name=normalize_name(dict(own).get("name") or normalized),
        version=version if isinstance(version, str) and version else None,
        display_name=str(display) if isinstance(display, str) and display else None,
        artifacts=_own_artifacts(raw),
        license_expression=expression,
        license_names=names or extra_names,
        author=agent_name(raw.get("originator")),
        supplier=agent_name(raw.get("supplier")),
        description=_text(raw.get("summary")) or _text(raw.get("description")),
        external_refs=_refs(raw),
        index_url=dict(own).get("index-url"),
        location=location(declared) if declared else Location(str(path)),
        purl=purl,
        properties=tuple((f"{PREFIX}{k}", v) for k, v in own if k not in _OWN_KEYS),
        scope=_scope(dict(own).get("scope")),
    )
    return package, ""


_OWN_KEYS = {"index-url", "declared-in", "name", "license-name", "scope", "size", "filename"}


def comment_properties(comment: object) -> list[tuple[str, str]]:
    """The `sscli:key=value` lines sscli writes into a comment, without the prefix; the rest of
    a comment (another tool's text) is ignored."""
    found = []
    for line in str(comment).splitlines() if isinstance(comment, str) else []:
        key, sep, value = line.partition("=")
        if sep and key.startswith(PREFIX):
            found.append((key.removeprefix(PREFIX), value))
    return found


def location(text: str) -> Location:
    where, sep, line = text.rpartition(":")
    if sep and line.isdigit():
        return Location(where, int(line))
    return Location(text)


def _scope(value: str | None) -> Scope | None:
    return Scope(value) if value in ("required", "optional") else None


def licenses(
    declared: object, concluded: object, names: Mapping[str, str]
) -> tuple[str | None, tuple[str, ...]]:
    """(SPDX expression, license names) from a declared (else concluded) license: an expression
    made only of `LicenseRef-`s joined by AND is the list of their names."""
    for value in (declared, concluded):
        if not isinstance(value, str) or value.strip() in _NONE:
            continue
        text = value.strip()
        parts = [p.strip("() ") for p in text.split(" AND ")]
        if all(p.startswith("LicenseRef-") for p in parts):
            return None, tuple(names.get(p, p) for p in parts)
        if is_spdx_expression(text):
            return text, ()
        return None, (text[:200],)
    return None, ()


def agent_name(value: object) -> str | None:
    """`Organization: X` or `Person: X (email)` -> X; NOASSERTION -> None."""
    if not isinstance(value, str) or value.strip() in _NONE:
        return None
    _, sep, name = value.partition(":")
    text = (name if sep else value).strip()
    return text or None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() not in _NONE else None


def _checksums(raw: Mapping[str, Any]) -> dict[str, str]:
    return {
        CHECKSUMS[c["algorithm"]]: str(c.get("checksumValue", "")).lower()
        for c in raw.get("checksums") or []
        if isinstance(c, Mapping) and c.get("algorithm") in CHECKSUMS
    }


def _own_artifacts(raw: Mapping[str, Any]) -> tuple[Artifact, ...]:
    hashes = _checksums(raw)
    filename = raw.get("packageFileName")
    if not isinstance(filename, str) or distribution_filename(filename) is None:
        filename = None  # some tools name the lock file here
    if not hashes and filename is None:
        return ()
    size = dict(comment_properties(raw.get("comment"))).get("size")
    return (distribution_artifact(filename, hashes, raw.get("downloadLocation"), size),)


def distribution_artifact(
    filename: str | None, hashes: dict[str, str], url: Any, size: str | None
) -> Artifact:
    """The package's own distribution file as an SPDX package (2 or 3) describes it: its
    download location kept only when it names that very file, its size only when a number."""
    if not (isinstance(url, str) and filename and url.endswith("/" + filename)):
        url = None
    return Artifact(
        filename=filename,
        hashes=hashes,
        url=url,
        size=int(size) if size and size.isdigit() else None,
    )


def _file_artifact(raw: Mapping[str, Any]) -> Artifact:
    filename = raw.get("packageFileName")
    url = raw.get("downloadLocation")
    size = dict(comment_properties(raw.get("comment"))).get("size")
    return Artifact(
        filename=filename if isinstance(filename, str) and filename else None,
        hashes=_checksums(raw),
        size=int(size) if size and size.isdigit() else None,
        url=url if isinstance(url, str) and "://" in url else None,
    )


def _refs(raw: Mapping[str, Any]) -> tuple[ExternalRef, ...]:
    found = []
    for ref in raw.get("externalRefs") or []:
        if not isinstance(ref, Mapping) or ref.get("referenceCategory") != "OTHER":
            continue
        kind = _REF_TYPES.get(str(ref.get("referenceType")))
        locator = ref.get("referenceLocator")
        comment = ref.get("comment")
        if kind is not None and isinstance(locator, str):
            found.append(ExternalRef(kind, locator, comment if isinstance(comment, str) else None))
    homepage = raw.get("homepage")
    if isinstance(homepage, str) and "://" in homepage and homepage not in {r.url for r in found}:
        found.insert(0, ExternalRef(RefType.WEBSITE, homepage))
    return tuple(found)


def _metadata(info: object) -> tuple[tuple[str, str], ...]:
    comment = info.get("comment") if isinstance(info, Mapping) else None
    return tuple((f"{PREFIX}{k}", v) for k, v in comment_properties(comment))

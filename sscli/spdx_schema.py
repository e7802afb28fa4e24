"""SPDX validation: SPDX 2.3 JSON against the official JSON Schema (compiled to Python once per
process, `sscli.schema_compiler`)
plus the semantic rules the schema cannot say, and SPDX 3.0.1 JSON-LD against the rules of its
model that sscli's documents use. Shared by the SBOM writer, the SPDX readers and the gate.

spdx-tools' own validator checks the same semantic rules but costs seconds for a few hundred
packages (see benchmarks/sbom_formats.py); the tests run it on every document sscli writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from sscli.schema_compiler import (
    CompiledValidator,
    UnsupportedSchema,
    load_compiled,
    schema_digest,
)
from sscli.schemas import (
    SchemaViolation,
    build_validator,
    load_json_resource,
    resource_bytes,
    violations,
)

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

SPDX2_VERSIONS = ("SPDX-2.3", "SPDX-2.2")  # read; written: SPDX-2.3
SPDX3_CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"
_SPDX_ID = re.compile(r"^SPDXRef-[A-Za-z0-9.\-]+\Z")
_REF_ID = re.compile(r"^(DocumentRef-[A-Za-z0-9.\-]+:)?SPDXRef-[A-Za-z0-9.\-]+\Z")
_LICENSE_REF = re.compile(r"LicenseRef-[A-Za-z0-9.\-]+")
_CREATOR = re.compile(r"^(Tool|Organization|Person): \S")
_CREATED = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\Z")
_DIGEST_LENGTHS = {"SHA1": 40, "SHA224": 56, "SHA256": 64, "SHA384": 96, "SHA512": 128,
                   "MD5": 32, "BLAKE2b-256": 64, "BLAKE2b-384": 96, "BLAKE2b-512": 128,
                   "SHA3-256": 64, "SHA3-384": 96, "SHA3-512": 128}  # fmt: skip
_HEX = re.compile(r"^[0-9a-f]+\Z")
_NONE = ("NONE", "NOASSERTION")
_PLAIN_PYPI_PURL = re.compile(r"pkg:pypi/[A-Za-z0-9._-]+(@[A-Za-z0-9.+!_-]+)?\Z")
_SCHEMA_PACKAGE, _SCHEMA = "sscli.spdx_schemas", "spdx-2.3.schema.json"


@cache
def spdx2_validator() -> Validator:
    """jsonschema's validator of the official SPDX 2.3 JSON Schema: the fallback where the
    schema cannot be compiled, and the tests' oracle for the compiled one."""
    return build_validator(load_json_resource(_SCHEMA_PACKAGE, _SCHEMA))


@cache
def spdx2_compiled() -> CompiledValidator | None:
    """The official SPDX 2.3 JSON Schema compiled to Python (None: use jsonschema): the module
    generated from it in sscli.schemas_compiled while it matches the schema file."""
    module, (_, digest, schemas) = next(iter(generated_modules().items()))
    try:
        return load_compiled(module, digest, schemas)
    except UnsupportedSchema:
        return None


def generated_modules() -> dict[str, tuple[str, str, Callable[[], Any]]]:
    """The module of sscli.schemas_compiled generated from the SPDX 2.3 schema (see
    `sscli.cyclonedx_schema.generated_modules`)."""

    def schemas() -> tuple[dict[str, Any], dict[str, Any]]:
        return load_json_resource(_SCHEMA_PACKAGE, _SCHEMA), {}

    text = resource_bytes(_SCHEMA_PACKAGE, _SCHEMA)
    return {"spdx_2_3": (f"SPDX 2.3: {_SCHEMA}", schema_digest([(_SCHEMA, text)]), schemas)}


def spdx2_violations(document: Any) -> list[SchemaViolation]:
    """Schema and semantic violations of a parsed SPDX 2.x JSON document (empty: valid)."""
    if not isinstance(document, dict):
        return [SchemaViolation("", "an SPDX document must be a JSON object")]
    if document.get("spdxVersion") not in SPDX2_VERSIONS:
        versions = ", ".join(SPDX2_VERSIONS)
        return [SchemaViolation("/spdxVersion", f"must be one of {versions}")]
    compiled = spdx2_compiled()
    if compiled is None:
        found = violations(spdx2_validator(), document)
    else:
        found = compiled.violations(document)
    return found or _spdx2_semantics(document)


def _spdx2_semantics(document: Mapping[str, Any]) -> list[SchemaViolation]:
    """What spdx-tools' validator checks beyond the schema: identifiers, references, the
    described element, creators, dates, digests, purls and license expressions."""
    problems: list[SchemaViolation] = []
    if document.get("SPDXID") != "SPDXRef-DOCUMENT":
        problems.append(SchemaViolation("/SPDXID", "must be SPDXRef-DOCUMENT"))
    if document.get("dataLicense") != "CC0-1.0":
        problems.append(SchemaViolation("/dataLicense", "must be CC0-1.0"))
    namespace = str(document.get("documentNamespace", ""))
    if "://" not in namespace or "#" in namespace:
        problems.append(SchemaViolation("/documentNamespace", "must be a URI without #"))
    problems += _creation(document.get("creationInfo", {}))
    ids = {"SPDXRef-DOCUMENT"}
    declared_refs = {
        str(e.get("licenseId")) for e in document.get("hasExtractedLicensingInfos", []) or []
    }
    for number, package in enumerate(document.get("packages", []) or []):
        where = f"/packages/{number}"
        spdx_id = str(package.get("SPDXID"))
        if not _SPDX_ID.match(spdx_id):
            problems.append(SchemaViolation(f"{where}/SPDXID", f"invalid SPDX id {spdx_id!r}"))
        elif spdx_id in ids:
            problems.append(SchemaViolation(f"{where}/SPDXID", f"duplicate SPDX id {spdx_id}"))
        ids.add(spdx_id)
        problems += _package(package, where, declared_refs)
    for element in [*(document.get("files") or []), *(document.get("snippets") or [])]:
        ids.add(str(element.get("SPDXID")))
    problems += _relationships(document, ids)
    return problems


def _creation(info: Mapping[str, Any]) -> list[SchemaViolation]:
    problems = []
    if not _CREATED.match(str(info.get("created", ""))):
        problems.append(SchemaViolation("/creationInfo/created", "must be YYYY-MM-DDThh:mm:ssZ"))
    for number, creator in enumerate(info.get("creators", []) or []):
        if not _CREATOR.match(str(creator)):
            where = f"/creationInfo/creators/{number}"
            problems.append(
                SchemaViolation(where, "must start with Tool:, Organization: or Person:")
            )
    if not info.get("creators"):
        problems.append(SchemaViolation("/creationInfo/creators", "needs at least one creator"))
    return problems


def is_purl(text: str) -> bool:
    """Whether packageurl-python parses `text` as a package URL. The plain PyPI purls sscli
    writes (`pkg:pypi/name@version`) are recognised by a pattern, which the library parses
    without fail (a test checks that); anything else is parsed by the library."""
    if _PLAIN_PYPI_PURL.match(text):
        return True
    from packageurl import PackageURL

    try:
        PackageURL.from_string(text)
    except ValueError:
        return False
    return True


def _package(package: Mapping[str, Any], where: str, refs: set[str]) -> list[SchemaViolation]:
    problems = []
    for number, checksum in enumerate(package.get("checksums", []) or []):
        length = _DIGEST_LENGTHS.get(str(checksum.get("algorithm")))
        value = str(checksum.get("checksumValue", ""))
        if length is not None and (len(value) != length or not _HEX.match(value)):
            problems.append(
                SchemaViolation(f"{where}/checksums/{number}", f"not a {length}-digit hex digest")
            )
    for number, ref in enumerate(package.get("externalRefs", []) or []):
        locator = str(ref.get("referenceLocator", ""))
        if " " in locator:
            problems.append(SchemaViolation(f"{where}/externalRefs/{number}", "space in locator"))
        if ref.get("referenceType") == "purl" and not is_purl(locator):
            problems.append(
                SchemaViolation(f"{where}/externalRefs/{number}", f"invalid purl {locator!r}")
            )
    for key in ("licenseDeclared", "licenseConcluded"):
        expression = package.get(key)
        if isinstance(expression, str) and expression not in _NONE:
            problem = license_problem(expression, refs)
            if problem:
                problems.append(SchemaViolation(f"{where}/{key}", problem))
    if package.get("filesAnalyzed") is True and not package.get("packageVerificationCode"):
        problems.append(SchemaViolation(where, "filesAnalyzed needs a packageVerificationCode"))
    return problems


def license_problem(expression: str, declared_refs: Iterable[str] = ()) -> str | None:
    """Why `expression` is not a valid SPDX license expression here, or None. LicenseRef-ids
    must be declared in the document."""
    known = set(declared_refs)
    unknown_refs = [ref for ref in _LICENSE_REF.findall(expression) if ref not in known]
    if unknown_refs:
        return f"{unknown_refs[0]} is not declared in hasExtractedLicensingInfos"
    placeholder = _LICENSE_REF.sub("MIT", expression)  # the refs are checked; parse the rest
    if not _is_expression(placeholder):
        return f"{expression[:200]!r} is not a valid SPDX license expression"
    return None


@lru_cache(maxsize=4096)
def _is_expression(expression: str) -> bool:
    """Parsed once per process: a document repeats its few expressions (each package's
    declared and concluded license, the same license across packages)."""
    from sscli.inventory.licenses import is_spdx_expression

    return is_spdx_expression(expression)


def _relationships(document: Mapping[str, Any], ids: set[str]) -> list[SchemaViolation]:
    problems = []
    describes = list(document.get("documentDescribes", []) or [])
    for number, relationship in enumerate(document.get("relationships", []) or []):
        where = f"/relationships/{number}"
        source = str(relationship.get("spdxElementId"))
        target = str(relationship.get("relatedSpdxElement"))
        for end, value in (("spdxElementId", source), ("relatedSpdxElement", target)):
            local = ":" not in value
            if value in _NONE and end == "relatedSpdxElement":
                continue
            if not _REF_ID.match(value) and value != "SPDXRef-DOCUMENT":
                problems.append(SchemaViolation(f"{where}/{end}", f"invalid SPDX id {value!r}"))
            elif local and value not in ids:
                problems.append(
                    SchemaViolation(f"{where}/{end}", f"{value} is not in the document")
                )
        if source == "SPDXRef-DOCUMENT" and relationship.get("relationshipType") == "DESCRIBES":
            describes.append(target)
    if not describes:
        problems.append(SchemaViolation("/relationships", "the document DESCRIBES no element"))
    return problems


# --- SPDX 3.0.1 JSON-LD ----------------------------------------------------------------------

# The element types of SPDX 3.0.1 sscli reads and writes, and the properties each must have.
_SPDX3_REQUIRED: Mapping[str, tuple[str, ...]] = {
    "SpdxDocument": ("spdxId", "creationInfo"),
    "software_Sbom": ("spdxId", "creationInfo"),
    "software_Package": ("spdxId", "creationInfo", "name"),
    "software_File": ("spdxId", "creationInfo", "name"),
    "Relationship": ("spdxId", "creationInfo", "from", "to", "relationshipType"),
    "LifecycleScopedRelationship": ("spdxId", "creationInfo", "from", "to", "relationshipType"),
    "simplelicensing_LicenseExpression": (
        "spdxId",
        "creationInfo",
        "simplelicensing_licenseExpression",
    ),
    "Tool": ("spdxId", "creationInfo", "name"),
    "SoftwareAgent": ("spdxId", "creationInfo", "name"),
    "simplelicensing_SimpleLicensingText": (
        "spdxId",
        "creationInfo",
        "simplelicensing_licenseText",
    ),
    "Organization": ("spdxId", "creationInfo", "name"),
    "Person": ("spdxId", "creationInfo", "name"),
    "CreationInfo": ("created", "createdBy", "specVersion"),
}
_SPDX3_HASHES = {"sha1": 40, "sha224": 56, "sha256": 64, "sha384": 96, "sha512": 128,
                 "md5": 32, "blake2b256": 64, "blake2b384": 96, "blake2b512": 128,
                 "sha3_256": 64, "sha3_384": 96, "sha3_512": 128}  # fmt: skip
_SPDX3_RELATIONSHIPS = frozenset(
    (
        "affects",
        "amendedBy",
        "ancestorOf",
        "availableFrom",
        "configures",
        "contains",
        "coordinatedBy",
        "copiedTo",
        "delegatedTo",
        "dependsOn",
        "descendantOf",
        "describes",
        "doesNotAffect",
        "expandsTo",
        "exploitCreatedBy",
        "fixedBy",
        "fixedIn",
        "foundBy",
        "generates",
        "hasAddedFile",
        "hasAssessmentFor",
        "hasAssociatedVulnerability",
        "hasConcludedLicense",
        "hasDataFile",
        "hasDeclaredLicense",
        "hasDeletedFile",
        "hasDependencyManifest",
        "hasDistributionArtifact",
        "hasDocumentation",
        "hasDynamicLink",
        "hasEvidence",
        "hasExample",
        "hasHost",
        "hasInput",
        "hasMetadata",
        "hasOptionalComponent",
        "hasOptionalDependency",
        "hasOutput",
        "hasPrerequisite",
        "hasProvidedDependency",
        "hasRequirement",
        "hasSpecification",
        "hasStaticLink",
        "hasTest",
        "hasTestCase",
        "hasVariant",
        "invokedBy",
        "modifiedBy",
        "other",
        "packagedBy",
        "patchedBy",
        "publishedBy",
        "reportedBy",
        "republishedBy",
        "serializedInArtifact",
        "testedOn",
        "trainedOn",
        "underInvestigationFor",
        "usesTool",
    )
)


def spdx3_violations(document: Any) -> list[SchemaViolation]:
    """Violations of SPDX 3.0.1 JSON-LD rules in a parsed document: the context, known element
    types with their required properties, unique ids, references that resolve, relationship
    types, digests, purls and license expressions."""
    if not isinstance(document, dict) or document.get("@context") != SPDX3_CONTEXT:
        return [SchemaViolation("/@context", f"must be {SPDX3_CONTEXT}")]
    graph = document.get("@graph")
    if not isinstance(graph, list) or not graph:
        return [SchemaViolation("/@graph", "must be a non-empty list")]
    problems: list[SchemaViolation] = []
    ids: set[str] = set()
    for number, element in enumerate(graph):
        if not isinstance(element, dict):
            problems.append(SchemaViolation(f"/@graph/{number}", "must be an object"))
            continue
        identifier = element.get("spdxId", element.get("@id"))
        if isinstance(identifier, str):
            if identifier in ids:
                problems.append(SchemaViolation(f"/@graph/{number}", f"duplicate id {identifier}"))
            ids.add(identifier)
    for number, element in enumerate(graph):
        if isinstance(element, dict):
            problems += _spdx3_element(element, f"/@graph/{number}", ids)
    if not any(isinstance(e, dict) and e.get("type") == "SpdxDocument" for e in graph):
        problems.append(SchemaViolation("/@graph", "has no SpdxDocument"))
    return problems


def _spdx3_element(element: Mapping[str, Any], where: str, ids: set[str]) -> list[SchemaViolation]:
    kind = element.get("type")
    required = _SPDX3_REQUIRED.get(str(kind))
    if required is None:
        return []  # other SPDX 3 types (annotations, vulnerabilities...) are left to their readers
    problems = [
        SchemaViolation(f"{where}/{name}", f"{kind} needs {name}")
        for name in required
        if element.get(name) in (None, "", [])
    ]
    spdx_id = element.get("spdxId")
    if kind != "CreationInfo" and isinstance(spdx_id, str) and ":" not in spdx_id:
        problems.append(SchemaViolation(f"{where}/spdxId", "must be an IRI"))
    for name in ("creationInfo", "from"):
        problems += _resolves(element.get(name), f"{where}/{name}", ids)
    for name in ("to", "element", "rootElement", "createdBy", "createdUsing"):
        for number, value in enumerate(element.get(name, []) or []):
            problems += _resolves(value, f"{where}/{name}/{number}", ids)
    relationship = kind in ("Relationship", "LifecycleScopedRelationship")
    if relationship and element.get("relationshipType") not in _SPDX3_RELATIONSHIPS:
        problems.append(
            SchemaViolation(f"{where}/relationshipType", "not an SPDX 3 relationship type")
        )
    problems += _spdx3_hashes(element.get("verifiedUsing", []) or [], where)
    purl = element.get("software_packageUrl")
    if isinstance(purl, str) and not is_purl(purl):
        problems.append(SchemaViolation(f"{where}/software_packageUrl", "invalid purl"))
    expression = element.get("simplelicensing_licenseExpression")
    if isinstance(expression, str):
        problem = license_problem(expression, _LICENSE_REF.findall(expression))
        if problem:
            problems.append(SchemaViolation(f"{where}/simplelicensing_licenseExpression", problem))
    return problems


def _resolves(value: Any, where: str, ids: set[str]) -> list[SchemaViolation]:
    if isinstance(value, dict):  # an inline object
        return []
    if value is None or (isinstance(value, str) and value in ids):
        return []
    if isinstance(value, str) and not value.startswith("_:") and "://" in value:
        return []  # an element of another document, by its IRI
    return [SchemaViolation(where, f"{value!r} is not an element of the document")]


def _spdx3_hashes(hashes: Any, where: str) -> list[SchemaViolation]:
    problems = []
    for number, entry in enumerate(hashes if isinstance(hashes, list) else []):
        if not isinstance(entry, dict) or entry.get("type") != "Hash":
            continue
        length = _SPDX3_HASHES.get(str(entry.get("algorithm")))
        value = str(entry.get("hashValue", ""))
        if length is None or len(value) != length or not _HEX.match(value):
            problems.append(SchemaViolation(f"{where}/verifiedUsing/{number}", "invalid Hash"))
    return problems

"""Predicate types sscli writes, their builders, and the check each kind's predicate must pass.

Predicate type URIs are those of the specs themselves:
- SLSA provenance v1: https://slsa.dev/spec/v1.0/provenance
- CycloneDX: https://cyclonedx.org/bom (the predicate is the BOM document)
- SPDX: https://spdx.dev/Document (in-toto's SPDX predicate, SPDX 2.x; also its versioned form
  https://spdx.dev/Document/v2.3) and https://spdx.dev/Document/v3.0 for SPDX 3.0 JSON-LD
- vulnerability scan: https://github.com/in-toto/attestation/blob/main/spec/predicates/vulns_02.md
  (type URI https://in-toto.io/attestation/vulns/v0.1)
- SLSA verification summary v1 (https://slsa.dev/verification_summary/v1), as the source
  stage writes it for a commit (a Source VSA, SLSA v1.2 source track)
- sscli's source scan: https://sscli.dev/attestation/source-scan/v1, documented by
  `schemas/source-scan-v1.schema.json`
- sscli's ingest record: https://sscli.dev/attestation/ingest/v1, documented by its JSON Schema
  in `schemas/ingest-v1.schema.json` beside this module: what `sscli ingest` decided about one
  downloaded distribution file (package, source, file digest, each check's result, the policy
  decision and its reasons).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError
from sscli.schemas import SchemaViolation, build_validator, load_json_resource, violations

if TYPE_CHECKING:
    from jsonschema.protocols import Validator


class PredicateType(StrEnum):
    SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1"
    CYCLONEDX = "https://cyclonedx.org/bom"
    VULNS_V01 = "https://in-toto.io/attestation/vulns/v0.1"
    SSCLI_INGEST_V1 = "https://sscli.dev/attestation/ingest/v1"
    SLSA_VSA_V1 = "https://slsa.dev/verification_summary/v1"
    SSCLI_SOURCE_SCAN_V1 = "https://sscli.dev/attestation/source-scan/v1"
    SPDX = "https://spdx.dev/Document"  # SPDX 2.x (in-toto's SPDX predicate; cosign's URI)
    SPDX_V23 = "https://spdx.dev/Document/v2.3"  # the same, versioned (GitHub's attest-sbom)
    SPDX3 = "https://spdx.dev/Document/v3.0"  # SPDX 3.0 JSON-LD


KIND_TO_TYPE: Mapping[str, PredicateType] = {
    "provenance": PredicateType.SLSA_PROVENANCE_V1,
    "sbom": PredicateType.CYCLONEDX,
    "vulns": PredicateType.VULNS_V01,
    "ingest": PredicateType.SSCLI_INGEST_V1,
}


def sbom_predicate_type(document: Mapping[str, Any]) -> PredicateType:
    """The predicate type of an SBOM document, from what it is: CycloneDX, SPDX 2 or SPDX 3."""
    if document.get("bomFormat") == "CycloneDX":
        return PredicateType.CYCLONEDX
    if str(document.get("spdxVersion", "")).startswith("SPDX-2."):
        return PredicateType.SPDX
    if "@context" in document:
        return PredicateType.SPDX3
    raise InputError(
        "not an SBOM: neither CycloneDX (bomFormat) nor SPDX (spdxVersion, @context)",
        field="predicate",
    )


def validate_predicate(predicate_type: str, predicate: Any) -> None:
    """Check `predicate` against the rules of its type; unknown types need only be objects.

    Raises `InputError` naming the first problem (the field path inside the predicate).
    """
    if not isinstance(predicate, dict):
        raise InputError("a predicate must be a JSON object", field="predicate")
    check = _CHECKS.get(predicate_type)
    if check is None:
        return
    problems = check(predicate)
    if problems:
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise InputError(
            f"not a valid {predicate_type} predicate: {shown}{more}", field="predicate"
        )


def slsa_provenance(
    *,
    build_type: str,
    builder_id: str,
    external_parameters: Mapping[str, Any],
    internal_parameters: Mapping[str, Any] | None = None,
    resolved_dependencies: Sequence[Mapping[str, Any]] = (),
    invocation_id: str | None = None,
    started_on: str | None = None,
    finished_on: str | None = None,
    byproducts: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """A SLSA provenance v1 predicate; the result is validated before it is returned."""
    build_definition: dict[str, Any] = {
        "buildType": build_type,
        "externalParameters": dict(external_parameters),
    }
    if internal_parameters:
        build_definition["internalParameters"] = dict(internal_parameters)
    if resolved_dependencies:
        build_definition["resolvedDependencies"] = [dict(d) for d in resolved_dependencies]
    metadata = {
        key: value
        for key, value in (
            ("invocationId", invocation_id),
            ("startedOn", started_on),
            ("finishedOn", finished_on),
        )
        if value
    }
    run_details: dict[str, Any] = {"builder": {"id": builder_id}}
    if metadata:
        run_details["metadata"] = metadata
    if byproducts:
        run_details["byproducts"] = [dict(b) for b in byproducts]
    predicate = {"buildDefinition": build_definition, "runDetails": run_details}
    validate_predicate(PredicateType.SLSA_PROVENANCE_V1, predicate)
    return predicate


def vulns_predicate(
    *,
    scanner_uri: str,
    scanner_version: str,
    results: Sequence[Mapping[str, Any]],
    db_uri: str | None = None,
    db_version: str | None = None,
    db_last_update: str | None = None,
    started_on: str,
    finished_on: str,
) -> dict[str, Any]:
    """A vulns v0.1 predicate: `results` items are {"id": ..., "severity": [...]}."""
    database = {
        key: value
        for key, value in (("uri", db_uri), ("version", db_version), ("lastUpdate", db_last_update))
        if value
    }
    scanner: dict[str, Any] = {
        "uri": scanner_uri,
        "version": scanner_version,
        "result": [dict(r) for r in results],
    }
    if database:
        scanner["db"] = database
    predicate = {
        "scanner": scanner,
        "metadata": {"scanStartedOn": started_on, "scanFinishedOn": finished_on},
    }
    validate_predicate(PredicateType.VULNS_V01, predicate)
    return predicate


def ingest_record(
    *,
    package: Mapping[str, Any],
    source: Mapping[str, Any],
    artifact: Mapping[str, Any],
    checks: Sequence[Mapping[str, Any]],
    decision: str,
    reasons: Sequence[str],
    ingested_on: str,
) -> dict[str, Any]:
    """An sscli ingest record (https://sscli.dev/attestation/ingest/v1), validated."""
    predicate = {
        "package": dict(package),
        "source": dict(source),
        "artifact": dict(artifact),
        "checks": [dict(c) for c in checks],
        "policy": {"decision": decision, "reasons": list(reasons)},
        "ingestedOn": ingested_on,
    }
    validate_predicate(PredicateType.SSCLI_INGEST_V1, predicate)
    return predicate


def summarize(predicate_type: str, predicate: Mapping[str, Any]) -> str:
    """One line saying what a predicate is about (for `attest inspect`)."""
    try:
        if predicate_type == PredicateType.SLSA_PROVENANCE_V1:
            return (
                f"builder {predicate['runDetails']['builder']['id']}, "
                f"buildType {predicate['buildDefinition']['buildType']}"
            )
        if predicate_type == PredicateType.CYCLONEDX:
            return (
                f"CycloneDX {predicate.get('specVersion')}, "
                f"{len(predicate.get('components') or [])} components"
            )
        if predicate_type in (PredicateType.SPDX, PredicateType.SPDX_V23):
            return (
                f"{predicate.get('spdxVersion')}, {len(predicate.get('packages') or [])} packages"
            )
        if predicate_type == PredicateType.SPDX3:
            graph = predicate.get("@graph") or []
            packages = [e for e in graph if e.get("type") == "software_Package"]
            return f"SPDX 3.0, {len(packages)} packages"
        if predicate_type == PredicateType.VULNS_V01:
            scanner = predicate["scanner"]
            return f"scanner {scanner['uri']}, {len(scanner.get('result') or [])} findings"
        if predicate_type == PredicateType.SLSA_VSA_V1:
            return (
                f"{predicate['resourceUri']}: {predicate['verificationResult']} "
                f"{', '.join(predicate['verifiedLevels'])}"
            )
        if predicate_type == PredicateType.SSCLI_INGEST_V1:
            package = predicate["package"]
            return (
                f"{package['name']} {package.get('version', '')}: {predicate['policy']['decision']}"
            )
    except (KeyError, TypeError):
        pass
    return f"fields: {', '.join(sorted(predicate)) or '(empty)'}"


# --- checks -------------------------------------------------------------------------------


def _schema_check(schema_name: str) -> Callable[[dict[str, Any]], list[SchemaViolation]]:
    def check(predicate: dict[str, Any]) -> list[SchemaViolation]:
        from sscli.own_schemas import PREDICATE_MODULES, compiled

        validator = compiled(PREDICATE_MODULES[schema_name])  # else jsonschema
        if validator is None:
            return violations(_validator(schema_name), predicate)
        return validator.violations(predicate)

    return check


def _check_cyclonedx(predicate: dict[str, Any]) -> list[SchemaViolation]:
    from sscli.cyclonedx_schema import READABLE_SPEC_VERSIONS, json_violations

    if predicate.get("bomFormat") != "CycloneDX":
        return [SchemaViolation("/bomFormat", "must be 'CycloneDX'")]
    spec = predicate.get("specVersion")
    if spec not in READABLE_SPEC_VERSIONS:
        return [
            SchemaViolation(
                "/specVersion",
                f"unsupported {spec!r} (one of {', '.join(READABLE_SPEC_VERSIONS)})",
            )
        ]
    return json_violations(predicate, str(spec))


def _check_spdx2(predicate: dict[str, Any]) -> list[SchemaViolation]:
    from sscli.spdx_schema import spdx2_violations

    return spdx2_violations(predicate)


def _check_spdx3(predicate: dict[str, Any]) -> list[SchemaViolation]:
    from sscli.spdx_schema import spdx3_violations

    return spdx3_violations(predicate)


_CHECKS: Mapping[str, Callable[[dict[str, Any]], list[SchemaViolation]]] = {
    PredicateType.SLSA_PROVENANCE_V1: _schema_check("slsa-provenance-v1.schema.json"),
    PredicateType.CYCLONEDX: _check_cyclonedx,
    PredicateType.SPDX: _check_spdx2,
    PredicateType.SPDX_V23: _check_spdx2,
    PredicateType.SPDX3: _check_spdx3,
    PredicateType.VULNS_V01: _schema_check("vulns-v0.1.schema.json"),
    PredicateType.SSCLI_INGEST_V1: _schema_check("ingest-v1.schema.json"),
    PredicateType.SLSA_VSA_V1: _schema_check("slsa-vsa-v1.schema.json"),
    PredicateType.SSCLI_SOURCE_SCAN_V1: _schema_check("source-scan-v1.schema.json"),
}


@cache
def _validator(name: str) -> Validator:
    return build_validator(load_json_resource("sscli.attest.schemas", name))

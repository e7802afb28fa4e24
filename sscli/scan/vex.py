"""VEX: statements that a vulnerability does not affect (or was fixed in) a product.

Two formats are read: OpenVEX JSON (https://github.com/openvex/spec, v0.0.1 and v0.2.0) and the
`vulnerabilities` of a CycloneDX document with `analysis` (CycloneDX VEX). Products are package
URLs (`pkg:pypi/name@version`; without a version, every version). Neither format defines an
expiry, so sscli reads one as an extension: an `expires` timestamp on an OpenVEX statement, and
a `sscli:vex:expires` property on a CycloneDX vulnerability. An expired or malformed statement is
an `InputError`: a VEX file never silently stops applying.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.fsutil import read_text_limited
from sscli.inventory.model import canonical_name as canonicalize_name
from sscli.scan.findings import Finding, Status, VexAssessment

OPENVEX_JUSTIFICATIONS = frozenset(
    {
        "component_not_present",
        "vulnerable_code_not_present",
        "vulnerable_code_not_in_execute_path",
        "vulnerable_code_cannot_be_controlled_by_adversary",
        "inline_mitigations_already_exist",
    }
)
CYCLONEDX_STATES = {
    "not_affected": Status.NOT_AFFECTED,
    "false_positive": Status.NOT_AFFECTED,
    "resolved": Status.FIXED,
    "resolved_with_pedigree": Status.FIXED,
    "exploitable": Status.AFFECTED,
    "in_triage": Status.UNDER_INVESTIGATION,
}
EXPIRES_PROPERTY = "sscli:vex:expires"


@dataclass(frozen=True)
class ProductRef:
    """A PyPI package, at one version or (version None) at all of them."""

    name: str
    version: str | None

    def matches(self, purl: str) -> bool:
        from packageurl import PackageURL

        try:
            other = PackageURL.from_string(purl)
        except ValueError:
            return False
        if other.type != "pypi" or canonicalize_name(other.name) != self.name:
            return False
        return self.version is None or self.version == other.version


@dataclass(frozen=True)
class VexStatement:
    """One VEX statement: the vulnerabilities and products it covers, its status and where it
    was read from."""

    vulnerabilities: frozenset[str]
    products: tuple[ProductRef, ...]
    status: Status
    justification: str | None
    detail: str | None
    timestamp: datetime | None
    source: str

    def applies_to(self, finding: Finding) -> bool:
        return bool(self.vulnerabilities & finding.ids) and any(
            p.matches(finding.purl) for p in self.products
        )


def load_vex(path: Path, *, now: datetime | None = None) -> list[VexStatement]:
    """The statements of an OpenVEX or CycloneDX VEX file; malformed or expired is an error."""
    try:
        document = json.loads(read_text_limited(path))
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at line {exc.lineno})", path=path) from None
    if not isinstance(document, dict):
        raise InputError("a VEX document must be a JSON object", path=path)
    when = now or datetime.now(UTC)
    context = document.get("@context")
    if isinstance(context, str) and context.startswith("https://openvex.dev/ns"):
        return _openvex(document, path, when)
    if document.get("bomFormat") == "CycloneDX":
        return _cyclonedx(document, path, when)
    raise InputError(
        "neither OpenVEX (@context https://openvex.dev/ns/...) nor CycloneDX (bomFormat)",
        path=path,
    )


def _fail(path: Path, field: str, message: str) -> InputError:
    return InputError(message, path=path, field=field)


def _time(value: object, path: Path, field: str) -> datetime:
    if not isinstance(value, str):
        raise _fail(path, field, "must be an RFC 3339 timestamp")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _fail(path, field, f"{value!r} is not an RFC 3339 timestamp") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _check_expiry(value: object, path: Path, field: str, now: datetime) -> None:
    if value is None:
        return
    expires = _time(value, path, field)
    if expires <= now:
        raise _fail(path, field, f"VEX statement expired on {expires.isoformat()}")


def _product(ref: object, path: Path, field: str) -> ProductRef:
    if not isinstance(ref, str) or not ref.startswith("pkg:"):
        raise _fail(path, field, f"{ref!r} is not a package URL")
    from packageurl import PackageURL

    try:
        purl = PackageURL.from_string(ref)
    except ValueError as exc:
        raise _fail(path, field, f"{ref!r} is not a valid package URL ({exc})") from None
    return ProductRef(canonicalize_name(purl.name), purl.version)


def _openvex(document: Mapping[str, Any], path: Path, now: datetime) -> list[VexStatement]:
    statements = document.get("statements")
    if not isinstance(statements, list) or not statements:
        raise _fail(path, "statements", "must be a non-empty array")
    default_time = document.get("timestamp")
    return [
        _openvex_statement(item, f"statements[{i}]", path, now, default_time)
        for i, item in enumerate(statements)
    ]


def _openvex_statement(
    item: object, field: str, path: Path, now: datetime, default_time: object
) -> VexStatement:
    if not isinstance(item, dict):
        raise _fail(path, field, "must be an object")
    vulnerability = item.get("vulnerability")
    if isinstance(vulnerability, dict):
        names = [vulnerability.get("name"), *vulnerability.get("aliases", [])]
    else:
        names = [vulnerability]
    if not names or not all(isinstance(n, str) and n for n in names):
        raise _fail(path, f"{field}.vulnerability", "must name a vulnerability")
    try:
        status = Status(str(item.get("status")))
    except ValueError:
        raise _fail(path, f"{field}.status", f"must be one of {', '.join(Status)}") from None
    justification = item.get("justification")
    if justification is not None and justification not in OPENVEX_JUSTIFICATIONS:
        raise _fail(path, f"{field}.justification", f"unknown justification {justification!r}")
    if status is Status.NOT_AFFECTED and not (justification or item.get("impact_statement")):
        raise _fail(path, field, "not_affected needs a justification or an impact_statement")
    products = item.get("products")
    if not isinstance(products, list) or not products:
        raise _fail(path, f"{field}.products", "must be a non-empty array")
    refs = [
        _product(ref, path, f"{field}.products[{i}]")
        for i, product in enumerate(products)
        for ref in _openvex_ids(product, path, f"{field}.products[{i}]")
    ]
    _check_expiry(item.get("expires"), path, f"{field}.expires", now)
    stamp = item.get("timestamp", default_time)
    return VexStatement(
        vulnerabilities=frozenset(names),
        products=tuple(refs),
        status=status,
        justification=justification,
        detail=item.get("impact_statement") or item.get("status_notes"),
        timestamp=_time(stamp, path, f"{field}.timestamp") if stamp is not None else None,
        source=str(path),
    )


def _openvex_ids(product: object, path: Path, field: str) -> list[object]:
    """A product's package URLs: its `@id` (or the string itself), its `identifiers.purl` and
    those of its `subcomponents`."""
    if isinstance(product, str):
        return [product]
    if not isinstance(product, dict):
        raise _fail(path, field, "must be a string or an object")
    ids: list[object] = []
    identifiers = product.get("identifiers")
    if isinstance(identifiers, dict) and "purl" in identifiers:
        ids.append(identifiers["purl"])
    elif "@id" in product:
        ids.append(product["@id"])
    for i, sub in enumerate(product.get("subcomponents", [])):
        ids.extend(_openvex_ids(sub, path, f"{field}.subcomponents[{i}]"))
    if not ids:
        raise _fail(path, field, "names no product (@id or identifiers.purl)")
    return ids


def _cyclonedx(document: Mapping[str, Any], path: Path, now: datetime) -> list[VexStatement]:
    vulnerabilities = document.get("vulnerabilities")
    if not isinstance(vulnerabilities, list) or not vulnerabilities:
        raise _fail(path, "vulnerabilities", "must be a non-empty array")
    refs = dict(_bom_refs(document.get("components", [])))
    return [
        _cyclonedx_statement(item, f"vulnerabilities[{i}]", path, now, refs)
        for i, item in enumerate(vulnerabilities)
    ]


def _bom_refs(components: object) -> Iterable[tuple[str, str]]:
    if not isinstance(components, list):
        return
    for component in components:
        if isinstance(component, dict):
            if isinstance(component.get("bom-ref"), str) and isinstance(component.get("purl"), str):
                yield component["bom-ref"], component["purl"]
            yield from _bom_refs(component.get("components"))


def _cyclonedx_statement(
    item: object, field: str, path: Path, now: datetime, refs: Mapping[str, str]
) -> VexStatement:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        raise _fail(path, f"{field}.id", "must be a vulnerability id")
    analysis = item.get("analysis")
    if not isinstance(analysis, dict) or analysis.get("state") not in CYCLONEDX_STATES:
        raise _fail(
            path, f"{field}.analysis.state", f"must be one of {', '.join(CYCLONEDX_STATES)}"
        )
    affects = item.get("affects")
    if not isinstance(affects, list) or not affects:
        raise _fail(path, f"{field}.affects", "must be a non-empty array")
    products = []
    for i, affect in enumerate(affects):
        ref = affect.get("ref") if isinstance(affect, dict) else None
        if not isinstance(ref, str):
            raise _fail(path, f"{field}.affects[{i}].ref", "must be a string")
        products.append(_product(refs.get(ref, ref), path, f"{field}.affects[{i}].ref"))
    aliases = [r.get("id") for r in item.get("references", []) if isinstance(r, dict)]
    for prop in item.get("properties", []):
        if isinstance(prop, dict) and prop.get("name") == EXPIRES_PROPERTY:
            _check_expiry(prop.get("value"), path, f"{field}.properties.{EXPIRES_PROPERTY}", now)
    updated = analysis.get("lastUpdated") or analysis.get("firstIssued")
    return VexStatement(
        vulnerabilities=frozenset([item["id"], *(a for a in aliases if isinstance(a, str))]),
        products=tuple(products),
        status=CYCLONEDX_STATES[analysis["state"]],
        justification=analysis.get("justification"),
        detail=analysis.get("detail"),
        timestamp=_time(updated, path, f"{field}.analysis.lastUpdated") if updated else None,
        source=str(path),
    )


def apply_vex(findings: Sequence[Finding], statements: Sequence[VexStatement]) -> list[Finding]:
    """Findings with the status of the latest statement that applies to each (by timestamp,
    then by order: a later statement overrides an earlier one, as OpenVEX specifies)."""
    if not statements:
        return list(findings)
    ordered = sorted(
        enumerate(statements),
        key=lambda s: (s[1].timestamp or datetime.min.replace(tzinfo=UTC), s[0]),
    )
    result = []
    for finding in findings:
        applicable = [s for _, s in ordered if s.applies_to(finding)]
        if not applicable:
            result.append(finding)
            continue
        last = applicable[-1]
        vex = VexAssessment(last.status, last.source, last.justification, last.detail)
        result.append(replace(finding, vex=vex))
    return result

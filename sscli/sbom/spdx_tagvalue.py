"""An SPDX 2.3 JSON document (validated) -> its tag-value form (SPDX 2.3 clause 5 and annexes).

The two forms hold the same fields; free text goes inside `<text>...</text>`, which the tag-value
grammar cannot escape, so a `</text>` inside a value is broken up rather than ending it early.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_DOCUMENT = (
    ("SPDXVersion", "spdxVersion", False),
    ("DataLicense", "dataLicense", False),
    ("SPDXID", "SPDXID", False),
    ("DocumentName", "name", False),
    ("DocumentNamespace", "documentNamespace", False),
    ("DocumentComment", "comment", True),
)
_PACKAGE = (
    ("PackageName", "name", False),
    ("SPDXID", "SPDXID", False),
    ("PackageVersion", "versionInfo", False),
    ("PackageFileName", "packageFileName", False),
    ("PackageSupplier", "supplier", False),
    ("PackageOriginator", "originator", False),
    ("PackageDownloadLocation", "downloadLocation", False),
    ("FilesAnalyzed", "filesAnalyzed", False),
    ("PackageHomePage", "homepage", False),
    ("PackageSourceInfo", "sourceInfo", True),
    ("PackageLicenseConcluded", "licenseConcluded", False),
    ("PackageLicenseDeclared", "licenseDeclared", False),
    ("PackageLicenseComments", "licenseComments", True),
    ("PackageCopyrightText", "copyrightText", True),
    ("PackageSummary", "summary", True),
    ("PackageDescription", "description", True),
    ("PackageComment", "comment", True),
)


def render_tag_value(document: Mapping[str, Any]) -> str:
    """The tag-value text of `document`, in the order the spec lists the fields."""
    lines: list[str] = []
    _fields(lines, document, _DOCUMENT)
    info = document.get("creationInfo", {})
    for creator in info.get("creators", []):
        lines.append(f"Creator: {creator}")
    lines.append(f"Created: {info['created']}")
    if info.get("comment"):
        lines.append(f"CreatorComment: {_text(info['comment'])}")
    for package in document.get("packages", []):
        lines += ["", "## Package"]
        _fields(lines, package, _PACKAGE[:7])
        for checksum in package.get("checksums", []):
            lines.append(f"PackageChecksum: {checksum['algorithm']}: {checksum['checksumValue']}")
        _fields(lines, package, _PACKAGE[7:])
        for ref in package.get("externalRefs", []):
            lines.append(
                f"ExternalRef: {ref['referenceCategory']} {ref['referenceType']} "
                f"{ref['referenceLocator']}"
            )
            if ref.get("comment"):
                lines.append(f"ExternalRefComment: {_text(ref['comment'])}")
        if package.get("primaryPackagePurpose"):
            lines.append(f"PrimaryPackagePurpose: {package['primaryPackagePurpose']}")
    if document.get("relationships"):
        lines += ["", "## Relationships"]
    for relationship in document.get("relationships", []):
        lines.append(
            f"Relationship: {relationship['spdxElementId']} {relationship['relationshipType']} "
            f"{relationship['relatedSpdxElement']}"
        )
    for extracted in document.get("hasExtractedLicensingInfos", []):
        lines += ["", f"LicenseID: {extracted['licenseId']}"]
        lines.append(f"ExtractedText: {_text(extracted['extractedText'])}")
        if extracted.get("name"):
            lines.append(f"LicenseName: {_one_line(extracted['name'])}")
    return "\n".join(lines) + "\n"


def _fields(
    lines: list[str], source: Mapping[str, Any], fields: tuple[tuple[str, str, bool], ...]
) -> None:
    for tag, key, is_text in fields:
        value = source.get(key)
        if value is None:
            continue
        if isinstance(value, bool):
            shown = "true" if value else "false"
        else:
            text = str(value)
            shown = (
                _text(text) if is_text and text not in ("NONE", "NOASSERTION") else _one_line(text)
            )
        lines.append(f"{tag}: {shown}")


def _text(value: str) -> str:
    return "<text>" + value.replace("</text>", "</ text>") + "</text>"


def _one_line(value: str) -> str:
    return " ".join(value.split())

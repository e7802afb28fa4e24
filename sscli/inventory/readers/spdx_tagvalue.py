"""SPDX 2.x tag-value text -> the JSON shape of the same document (the fields the SPDX reader
uses), so that one function turns both forms into an Inventory.

`Tag: value` lines; a value that starts with `<text>` runs to the next `</text>`, across lines.
A `PackageName:` starts a package, `FileName:` or `SnippetSPDXID:` a file or snippet (whose
fields are not read), `LicenseID:` an extracted license; `Relationship:` lines may come anywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sscli.errors import InputError

_DOCUMENT = {
    "SPDXVersion": "spdxVersion",
    "DataLicense": "dataLicense",
    "DocumentName": "name",
    "DocumentNamespace": "documentNamespace",
    "DocumentComment": "comment",
}
_PACKAGE = {
    "SPDXID": "SPDXID",
    "PackageVersion": "versionInfo",
    "PackageFileName": "packageFileName",
    "PackageSupplier": "supplier",
    "PackageOriginator": "originator",
    "PackageDownloadLocation": "downloadLocation",
    "PackageHomePage": "homepage",
    "PackageSourceInfo": "sourceInfo",
    "PackageLicenseConcluded": "licenseConcluded",
    "PackageLicenseDeclared": "licenseDeclared",
    "PackageCopyrightText": "copyrightText",
    "PackageSummary": "summary",
    "PackageDescription": "description",
    "PackageComment": "comment",
    "PrimaryPackagePurpose": "primaryPackagePurpose",
}
_LICENSE = {"LicenseID": "licenseId", "ExtractedText": "extractedText", "LicenseName": "name"}
_MAX_LINES = 5_000_000


def parse_tag_value(text: str, path: Path) -> dict[str, Any]:
    """The document's fields in the JSON form's names; malformed lines are input errors naming
    their line."""
    document: dict[str, Any] = {"packages": [], "relationships": [],
                                "hasExtractedLicensingInfos": []}  # fmt: skip
    info: dict[str, Any] = {"creators": []}
    document["creationInfo"] = info
    section: dict[str, Any] = document
    kind = "document"
    for line_number, tag, value in _pairs(text, path):
        if tag == "PackageName":
            section, kind = {"name": value, "externalRefs": [], "checksums": []}, "package"
            document["packages"].append(section)
        elif tag in ("FileName", "SnippetSPDXID"):
            section, kind = {}, "other"
        elif tag == "LicenseID":
            section, kind = {"licenseId": value}, "license"
            document["hasExtractedLicensingInfos"].append(section)
        elif tag == "Relationship":
            document["relationships"].append(_relationship(value, path, line_number))
        elif kind == "document":
            _document_field(document, info, tag, value)
        elif kind == "package":
            _package_field(section, tag, value, path, line_number)
        elif kind == "license" and tag in _LICENSE:
            section[_LICENSE[tag]] = value
    if "spdxVersion" not in document:
        raise InputError("not an SPDX tag-value document (no SPDXVersion)", path=path)
    return document


def _pairs(text: str, path: Path) -> list[tuple[int, str, str]]:
    pairs: list[tuple[int, str, str]] = []
    lines = text.splitlines()
    if len(lines) > _MAX_LINES:
        raise InputError("too many lines for an SPDX document", path=path)
    number = 0
    while number < len(lines):
        line = lines[number]
        number += 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        tag, sep, value = line.partition(":")
        if not sep or not tag.strip() or " " in tag.strip():
            raise InputError(f"not a `Tag: value` line: {line[:80]!r}", path=path, line=number)
        start = number
        value = value.strip()
        if value.startswith("<text>"):
            body = value[len("<text>") :]
            while "</text>" not in body:
                if number >= len(lines):
                    raise InputError("<text> is never closed", path=path, line=start)
                body += "\n" + lines[number]
                number += 1
            value = body[: body.index("</text>")]
        pairs.append((start, tag.strip(), value))
    return pairs


def _document_field(document: dict[str, Any], info: dict[str, Any], tag: str, value: str) -> None:
    if tag in _DOCUMENT:
        document[_DOCUMENT[tag]] = value
    elif tag == "SPDXID":
        document["SPDXID"] = value
    elif tag == "Creator":
        info["creators"].append(value)
    elif tag == "Created":
        info["created"] = value
    elif tag == "CreatorComment":
        info["comment"] = value


def _package_field(package: dict[str, Any], tag: str, value: str, path: Path, line: int) -> None:
    if tag in _PACKAGE:
        package[_PACKAGE[tag]] = value
    elif tag == "FilesAnalyzed":
        package["filesAnalyzed"] = value.lower() == "true"
    elif tag == "PackageChecksum":
        algorithm, sep, digest = value.partition(":")
        if not sep:
            raise InputError("PackageChecksum needs `ALGORITHM: digest`", path=path, line=line)
        package["checksums"].append(
            {"algorithm": algorithm.strip(), "checksumValue": digest.strip()}
        )
    elif tag == "ExternalRefComment" and package["externalRefs"]:
        package["externalRefs"][-1]["comment"] = value
    elif tag == "ExternalRef":
        parts = value.split(None, 2)
        if len(parts) != 3:
            raise InputError("ExternalRef needs `CATEGORY TYPE LOCATOR`", path=path, line=line)
        category, kind, locator = parts
        package["externalRefs"].append(
            {
                "referenceCategory": category.replace("_", "-"),
                "referenceType": kind,
                "referenceLocator": locator,
            }
        )


def _relationship(value: str, path: Path, line: int) -> dict[str, str]:
    parts = value.split()
    if len(parts) != 3:
        raise InputError("Relationship needs `ELEMENT TYPE ELEMENT`", path=path, line=line)
    return {"spdxElementId": parts[0], "relationshipType": parts[1],
            "relatedSpdxElement": parts[2]}  # fmt: skip

"""SPDX documents of an Inventory as text, validated before anyone sees them: SPDX 2.3 JSON and
tag-value, SPDX 3.0.1 JSON-LD."""

from __future__ import annotations

from typing import Any

from sscli.errors import InputError
from sscli.inventory.model import Inventory
from sscli.schemas import SchemaViolation


class InvalidSpdxError(InputError):
    """The SPDX document sscli produced breaks the spec; it is never written."""


def render_spdx2_json(inventory: Inventory) -> str:
    """An SPDX 2.3 JSON document, valid against the official schema and the semantic rules."""
    return _dump(_valid_spdx2(inventory))


def render_spdx2_tag_value(inventory: Inventory) -> str:
    """The same SPDX 2.3 document in tag-value form."""
    from sscli.sbom.spdx_tagvalue import render_tag_value

    return render_tag_value(_valid_spdx2(inventory))


def render_spdx3_json(inventory: Inventory) -> str:
    """An SPDX 3.0.1 JSON-LD document."""
    from sscli.sbom.spdx3 import build_spdx3
    from sscli.spdx_schema import spdx3_violations

    document = build_spdx3(inventory)
    _refuse(spdx3_violations(document), "SPDX 3.0.1")
    return _dump(document)


def _valid_spdx2(inventory: Inventory) -> dict[str, Any]:
    from sscli.sbom.spdx2 import build_spdx2
    from sscli.spdx_schema import spdx2_violations

    document = build_spdx2(inventory)
    _refuse(spdx2_violations(document), "SPDX 2.3")
    return document


def _refuse(problems: list[SchemaViolation], what: str) -> None:
    if problems:
        listed = "; ".join(str(p) for p in problems[:5])
        raise InvalidSpdxError(
            f"the generated SBOM is not valid {what}: {listed}",
            hint="nothing was written; report this with the input that caused it",
        )


def _dump(document: dict[str, Any]) -> str:
    from sscli.sbom.jsontext import pretty_json

    return pretty_json(document, ensure_ascii=False) + "\n"

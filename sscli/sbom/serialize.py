"""CycloneDX Bom -> JSON or XML text, validated against the schema before anyone sees it."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING

from sscli.cyclonedx_schema import SPEC_VERSIONS, json_violations, xml_violations
from sscli.errors import InputError

if TYPE_CHECKING:
    from cyclonedx.model.bom import Bom


class SbomFormat(StrEnum):
    JSON = "cyclonedx-json"
    XML = "cyclonedx-xml"
    SPDX_JSON = "spdx-json"  # SPDX 2.3
    SPDX_TAG_VALUE = "spdx-tag-value"  # SPDX 2.3
    SPDX3_JSON = "spdx3-json"  # SPDX 3.0.1 JSON-LD

    @property
    def suffix(self) -> str:
        return _SUFFIXES[self]

    @property
    def is_cyclonedx(self) -> bool:
        return self in (SbomFormat.JSON, SbomFormat.XML)

    @property
    def display_name(self) -> str:
        """How a person names it: CycloneDX, SPDX 2.3, SPDX 3.0."""
        if self.is_cyclonedx:
            return "CycloneDX"
        return "SPDX 3.0.1" if self is SbomFormat.SPDX3_JSON else "SPDX 2.3"


_SUFFIXES = {
    SbomFormat.JSON: ".cdx.json",
    SbomFormat.XML: ".cdx.xml",
    SbomFormat.SPDX_JSON: ".spdx.json",
    SbomFormat.SPDX_TAG_VALUE: ".spdx",
    SbomFormat.SPDX3_JSON: ".spdx3.json",
}


class InvalidSbomError(InputError):
    """The SBOM sscli produced breaks the CycloneDX schema; it is never written."""


def render_bom(bom: Bom, fmt: SbomFormat = SbomFormat.JSON, spec: str = "1.6") -> str:
    """Serialize `bom` and validate the text; raise `InvalidSbomError` instead of returning an
    invalid document."""
    from cyclonedx.output import make_outputter
    from cyclonedx.schema import OutputFormat, SchemaVersion

    from sscli.sbom.jsontext import pretty_json

    if not fmt.is_cyclonedx:
        raise ValueError(f"{fmt} is not a CycloneDX format")
    if spec not in SPEC_VERSIONS:
        raise InputError(f"unsupported CycloneDX spec {spec!r} (choose {', '.join(SPEC_VERSIONS)})")
    output_format = OutputFormat.JSON if fmt is SbomFormat.JSON else OutputFormat.XML
    outputter = make_outputter(bom, output_format, SchemaVersion.from_version(spec))
    if fmt is SbomFormat.JSON:
        # compact (the C encoder), parsed for the schema check, then indented as
        # output_as_string(indent=2) indents it (the pure-Python encoder: several times slower)
        document = json.loads(outputter.output_as_string())
        problems = json_violations(document, spec)
        text = pretty_json(document)
    else:
        text = outputter.output_as_string(indent=2)
        problems = xml_violations(text, spec)
    if problems:
        listed = "; ".join(str(p) for p in problems[:5])
        raise InvalidSbomError(
            f"the generated SBOM is not valid CycloneDX {spec}: {listed}",
            hint="nothing was written; report this with the input that caused it",
        )
    return text if text.endswith("\n") else text + "\n"

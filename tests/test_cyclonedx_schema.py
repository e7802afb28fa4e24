"""CycloneDX validation with the compiled schema (`json_violations`) finds exactly the
violations jsonschema finds validating the whole document, on SBOMs of real locks and on broken
variants of them (tests/test_schema_compiler.py mutates many more)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sscli.cyclonedx_schema import json_validator, json_violations
from sscli.inventory import load_inventory
from sscli.sbom import create_sbom
from sscli.schemas import violations

LOCKS = Path(__file__).parent / "data" / "locks"


@pytest.fixture(scope="module")
def sbom() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(create_sbom(load_inventory(LOCKS / "mcp" / "uv.lock")))
    assert len(document["components"]) > 20
    return document


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target = document
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _duplicate(document: dict[str, Any]) -> None:
    document["components"].append(copy.deepcopy(document["components"][3]))


def _nest(document: dict[str, Any]) -> None:
    document["components"][1]["components"] = [{"type": "nonsense", "name": 5}]


BREAKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "valid": lambda d: None,
    "bad component type": _set(["components", 2, "type"], "not-a-type"),
    "unknown component field": _set(["components", 5, "surprise"], True),
    "component not an object": _set(["components", 0], "a string"),
    "bad top-level field": _set(["serialNumber"], "not-a-urn"),
    "top-level and component": lambda d: (
        _set(["version"], "one")(d),
        _set(["components", 4, "purl"], 7)(d),
    ),
    "duplicate component": _duplicate,
    "invalid nested component": _nest,
    "float equal to an integer": _set(["version"], 1.0),
    "bad dependency": _set(["dependencies", 1, "dependsOn"], "not-a-list"),
    "duplicate dependency": lambda d: d["dependencies"].append(d["dependencies"][0]),
    "components not a list": _set(["components"], {"name": "x"}),
    "bad external reference": _set(["externalReferences"], [{"url": "x"}]),
}


@pytest.mark.parametrize("name", BREAKS)
def test_compiled_validation_finds_what_jsonschema_finds(sbom: dict[str, Any], name: str) -> None:
    document = copy.deepcopy(sbom)
    BREAKS[name](document)
    spec = document["specVersion"]
    whole = violations(json_validator(spec), document)
    assert json_violations(document, spec) == whole
    assert (name == "valid" or name.startswith("float")) == (whole == []), whole

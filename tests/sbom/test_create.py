from __future__ import annotations

import json
from pathlib import Path

import pytest
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
from cyclonedx.validation.xml import XmlValidator

from sscli.inventory import Artifact, Inventory, Package, load_inventory
from sscli.sbom import InvalidSbomError, SbomFormat, create_sbom
from tests.builders import build_wheel, sha256

SPECS = {"1.6": SchemaVersion.V1_6, "1.5": SchemaVersion.V1_5}


def assert_valid_json(text: str, spec: str = "1.6") -> dict:  # type: ignore[type-arg]
    """An independent oracle: cyclonedx-python-lib's own validator."""
    assert JsonStrictValidator(SPECS[spec]).validate_str(text) is None
    return json.loads(text)  # type: ignore[no-any-return]


@pytest.mark.parametrize("spec", ["1.6", "1.5"])
def test_lock_sbom_is_valid_with_hashes_and_graph(hello_dir: Path, spec: str) -> None:
    document = assert_valid_json(
        create_sbom(load_inventory(hello_dir / "uv.lock"), spec=spec), spec
    )
    assert document["specVersion"] == spec
    components = {c["name"]: c for c in document["components"]}
    assert set(components) == {"click", "markdown-it-py", "mdurl", "pygments", "rich"}
    rich = components["rich"]
    assert rich["purl"] == "pkg:pypi/rich@13.8.1"
    dist = {r["comment"]: r for r in rich["externalReferences"] if r["type"] == "distribution"}
    wheel = dist["file rich-13.8.1-py3-none-any.whl (241608 bytes)"]
    assert wheel["hashes"] == [
        {
            "alg": "SHA-256",
            "content": "1760a3c0848469b97b558fc61c85233e3dafb69c7a071b4d60c38099d3cd4c06",
        }
    ]
    graph = {d["ref"]: set(d.get("dependsOn", [])) for d in document["dependencies"]}
    assert graph["pkg:pypi/rich@13.8.1"] == {
        "pkg:pypi/markdown-it-py@3.0.0",
        "pkg:pypi/pygments@2.18.0",
    }
    root = document["metadata"]["component"]
    assert (root["name"], root["version"], root["type"]) == ("sscli-hello", "1.0.0", "application")
    assert root["licenses"] == [{"expression": "MIT"}]
    assert graph[root["bom-ref"]] == {"pkg:pypi/click@8.1.7", "pkg:pypi/rich@13.8.1"}
    tools = document["metadata"]["tools"]
    assert tools["components"][0]["name"] == "sscli" if spec == "1.6" else tools


def test_xml_sbom_is_valid(hello_dir: Path) -> None:
    text = create_sbom(load_inventory(hello_dir / "pylock.toml"), SbomFormat.XML)
    assert XmlValidator(SchemaVersion.V1_6).validate_str(text) is None
    assert "<purl>pkg:pypi/pygments@2.18.0</purl>" in text


def test_wheel_sbom_has_the_file_hash_and_license(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path, "demo", "1.0", license_expression="MIT OR Apache-2.0")
    document = assert_valid_json(create_sbom(load_inventory(wheel)))
    root = document["metadata"]["component"]
    assert {"alg": "SHA-256", "content": sha256(wheel)} in root["hashes"]
    assert root["licenses"] == [{"expression": "MIT OR Apache-2.0"}]


def test_requirements_hashes_without_filenames_go_to_component_hashes(hello_dir: Path) -> None:
    document = assert_valid_json(create_sbom(load_inventory(hello_dir / "requirements.txt")))
    mdurl = next(c for c in document["components"] if c["name"] == "mdurl")
    assert len(mdurl["hashes"]) == 2
    assert "declared-in" in json.dumps(mdurl["properties"])


def test_reproducible_with_source_date_epoch(
    hello_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    inventory = load_inventory(hello_dir / "uv.lock")
    first, second = create_sbom(inventory), create_sbom(inventory)
    assert first == second
    assert json.loads(first)["metadata"]["timestamp"].startswith("2023-11-14T22:13:20")


def test_invalid_sbom_is_an_error_not_a_document() -> None:
    bad = Package(name="bad", version="1.0", artifacts=(Artifact(hashes={"sha256": "not-hex"}),))
    with pytest.raises(InvalidSbomError, match="not valid CycloneDX"):
        create_sbom(Inventory(packages=(bad,)))


def test_round_trip_sbom_inventory_sbom(
    hello_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    wheel = build_wheel(
        tmp_path,
        "extra-pkg",
        "0.1",
        license_field="Some Custom License",
        urls=[("Tracker", "https://example.org/issues")],
    )
    original = load_inventory(hello_dir / "uv.lock")
    sources = [original, load_inventory(hello_dir / "requirements.txt"), load_inventory(wheel)]
    for inventory in sources:
        for fmt in SbomFormat:
            first = create_sbom(inventory, fmt)
            path = tmp_path / f"first{fmt.suffix}"
            path.write_text(first)
            again = load_inventory(path)
            assert _comparable(again) == _comparable(inventory)
            second_path = tmp_path / f"second{fmt.suffix}"
            second_path.write_text(create_sbom(again, fmt))
            assert _comparable(load_inventory(second_path)) == _comparable(again)


def _comparable(inventory: Inventory) -> object:
    def package(p: Package | None) -> object:
        if p is None:
            return None
        return (
            p.name, p.version, p.display_name, p.package_url,
            sorted((a.filename, a.size, a.url, tuple(sorted(a.hashes.items()))) for a in p.artifacts),
            sorted(p.dependencies), p.license_expression, p.license_names, p.author, p.supplier,
            p.description, sorted((r.type, r.url, r.comment) for r in p.external_refs),
            p.index_url, p.location, sorted(p.properties),
        )  # fmt: skip

    return (package(inventory.root), sorted(map(package, inventory.packages), key=repr))  # type: ignore[arg-type]

"""SPDX documents written by other tools (tests/data/spdx/README.md names their origin) read
into the Inventory: sbom4python's 2.3 JSON and tag-value, the SPDX project's 2.3 and 3.0.1
examples, and syft's 2.3 and 3.0.1 encoders' snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest

from sscli.errors import InputError
from sscli.inventory import load_inventory

DATA = Path(__file__).parents[1] / "data" / "spdx"


def test_sbom4python_json_environment() -> None:
    inventory = load_inventory(DATA / "sbom4python-sbom4python.spdx.json")
    assert inventory.root is not None
    assert (inventory.root.name, inventory.root.version) == ("sbom4python", "0.12.0")
    packages = {p.name: p for p in inventory.packages}
    assert len(packages) == 14
    requests = packages["requests"]
    assert requests.version == "2.31.0"
    assert requests.sha256_hashes == (
        "58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f",
    )
    assert requests.license_expression == "Apache-2.0"
    assert requests.supplier == "Kenneth Reitz (me@kennethreitz.org)"
    assert set(requests.dependencies) == {"charset-normalizer", "idna", "urllib3", "certifi"}
    assert {"lib4package", "sbom2dot", "toml"} <= set(inventory.root.dependencies)
    assert inventory.problems == ()


def test_sbom4python_tag_value() -> None:
    inventory = load_inventory(DATA / "sbom4python-pip.spdx")
    assert inventory.root is not None
    root = inventory.root
    assert (root.name, root.version, root.license_expression) == ("pip", "22.3", "MIT")
    assert root.sha256_hashes == (
        "1daab4b8d3b97d1d763caeb01a4640a2250a0ea899e257b1e44b9eded91e15ab",
    )
    assert root.supplier == "The pip developers (distutils-sig@python.org)"
    # a root with its file's hash is a component that scans and SBOMs include
    assert [p.key for p in inventory.components()] == ["pip==22.3"]


def test_a_json_document_named_like_tag_value_is_read_by_its_content() -> None:
    inventory = load_inventory(DATA / "sbom4python-sbom4python_requirements.spdx")
    assert {p.name for p in inventory.packages} >= {"lib4sbom"}


@pytest.mark.parametrize("name", ["SPDXJSONExample-v2.3.spdx.json", "SPDXTagExample-v2.3.spdx"])
def test_spdx_project_examples_hold_no_pypi_package(name: str) -> None:
    inventory = load_inventory(DATA / name)
    assert inventory.packages == ()
    reasons = [str(p) for p in inventory.problems]
    assert any("glibc" in r and "no purl" in r for r in reasons)
    assert any("pkg:maven/org.apache.jena/apache-jena@3.12.0" in r for r in reasons)


def test_spdx_project_3_0_1_example() -> None:
    inventory = load_inventory(DATA / "spdx-spec-3.0.1-package_sbom.spdx3.json")
    assert inventory.root is not None
    assert (inventory.root.name, inventory.root.version) == ("my-package", "1.0.0")
    assert inventory.root.author == "Joshua Watt"


@pytest.mark.parametrize(
    "name",
    [
        "syft-TestSPDXJSONDirectoryEncoder.golden.spdx.json",
        "syft-TestSPDX3JSONDirectoryEncoder.golden.spdx3.json",
    ],
)
def test_syft_documents_leave_out_what_cannot_be_identified(name: str) -> None:
    inventory = load_inventory(DATA / name)
    assert inventory.packages == ()
    reasons = " | ".join(str(p) for p in inventory.problems)
    assert "invalid purl 'a-purl-2'" in reasons
    assert "not a PyPI package (pkg:deb/debian/package-2@2.0.1)" in reasons


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SPDXVersion: SPDX-2.3\nPackageName: x\nPackageComment: <text>open\n", "never closed"),
        ("SPDXVersion: SPDX-2.3\nthis is not a tag line\n", "Tag: value"),
        ("SPDXVersion: SPDX-2.3\nRelationship: a DEPENDS_ON\n", "Relationship needs"),
        ('{"@context": "https://example.org/ctx", "@graph": []}', "not an SPDX 3.0"),
        ('{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": 3}', "@graph"),
        ('{"spdxVersion": "SPDX-1.2", "packages": []}', "not an SPDX 2.x"),
    ],
)
def test_malformed_documents_are_input_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.spdx"
    path.write_text(text)
    with pytest.raises(InputError, match=message):
        load_inventory(path)

"""SPDX output: every document sscli writes is parsed and validated by the SPDX project's own
libraries (spdx-tools for 2.3 JSON and tag-value, spdx-python-model for 3.0.1 JSON-LD), reads
back into the same inventory, and survives CycloneDX -> SPDX -> CycloneDX without losing a
package, hash, license or edge."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sscli import spdx_schema
from sscli.inventory import Inventory, Package, load_inventory
from sscli.sbom import SbomFormat, create_sbom
from sscli.sbom.spdx import InvalidSpdxError
from sscli.sbom.spdx2 import build_spdx2
from sscli.spdx_schema import spdx2_violations, spdx3_violations
from tests.builders import build_wheel

SPDX_FORMATS = (SbomFormat.SPDX_JSON, SbomFormat.SPDX_TAG_VALUE, SbomFormat.SPDX3_JSON)


def spdx_tools_messages(path: Path) -> list[str]:
    """spdx-tools parses the file (by its extension) and validates the whole document."""
    from spdx_tools.spdx.parser.parse_anything import parse_file
    from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document

    document = parse_file(str(path))
    return [m.validation_message for m in validate_full_spdx_document(document)]


def spdx3_model_objects(text: str) -> int:
    """spdx-python-model (3.0.1 bindings) reads the JSON-LD, links every reference and writes it
    again, which checks each property's type and cardinality."""
    from spdx_python_model import v3_0_1 as model

    objects = model.SHACLObjectSet()
    model.JSONLDDeserializer().read(io.BytesIO(text.encode()), objects)
    assert objects.link() == set()  # every reference resolves inside the document
    model.JSONLDSerializer().write(objects, io.BytesIO())
    return len(objects.objects)


def _inputs(hello_dir: Path, tmp_path: Path) -> list[Inventory]:
    wheel = build_wheel(tmp_path, "extra-pkg", "0.1", license_field="Some Custom License")
    return [
        load_inventory(hello_dir / "uv.lock"),
        load_inventory(hello_dir / "pylock.toml"),
        load_inventory(hello_dir / "requirements.txt"),
        load_inventory(wheel),
    ]


@pytest.mark.parametrize("fmt", SPDX_FORMATS)
def test_spdx_projects_libraries_accept_every_document(
    fmt: SbomFormat, hello_dir: Path, tmp_path: Path
) -> None:
    for number, inventory in enumerate(_inputs(hello_dir, tmp_path)):
        text = create_sbom(inventory, fmt)
        path = tmp_path / f"doc{number}{fmt.suffix}"
        path.write_text(text)
        if fmt is SbomFormat.SPDX3_JSON:
            assert spdx3_model_objects(text) > len(inventory.packages)
        else:
            assert spdx_tools_messages(path) == []


def test_spdx2_json_content(hello_dir: Path) -> None:
    document = json.loads(create_sbom(load_inventory(hello_dir / "uv.lock"), SbomFormat.SPDX_JSON))
    assert document["spdxVersion"] == "SPDX-2.3"
    packages = {p["SPDXID"]: p for p in document["packages"]}
    rich = packages["SPDXRef-Package-rich-13.8.1"]
    assert {
        "referenceCategory": "PACKAGE-MANAGER",
        "referenceType": "purl",
        "referenceLocator": "pkg:pypi/rich@13.8.1",
    } in rich["externalRefs"]
    files = {
        packages[r["relatedSpdxElement"]]["packageFileName"]: packages[r["relatedSpdxElement"]]
        for r in document["relationships"]
        if r["spdxElementId"] == rich["SPDXID"] and r["relationshipType"] == "DISTRIBUTION_ARTIFACT"
    }
    assert files["rich-13.8.1-py3-none-any.whl"]["checksums"] == [
        {
            "algorithm": "SHA256",
            "checksumValue": "1760a3c0848469b97b558fc61c85233e3dafb69c7a071b4d60c38099d3cd4c06",
        }
    ]
    assert "rich-13.8.1.tar.gz" in files
    depends = {
        (r["spdxElementId"], r["relatedSpdxElement"])
        for r in document["relationships"]
        if r["relationshipType"] == "DEPENDS_ON"
    }
    assert ("SPDXRef-Package-rich-13.8.1", "SPDXRef-Package-pygments-2.18.0") in depends
    assert ("SPDXRef-Root-sscli-hello-1.0.0", "SPDXRef-Package-click-8.1.7") in depends
    describes = [r for r in document["relationships"] if r["relationshipType"] == "DESCRIBES"]
    assert describes == [
        {
            "spdxElementId": "SPDXRef-DOCUMENT",
            "relationshipType": "DESCRIBES",
            "relatedSpdxElement": "SPDXRef-Root-sscli-hello-1.0.0",
        }
    ]
    root = packages["SPDXRef-Root-sscli-hello-1.0.0"]
    assert (root["licenseDeclared"], root["primaryPackagePurpose"]) == ("MIT", "APPLICATION")


def test_unmapped_license_names_become_declared_license_refs(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path, "extra-pkg", "0.1", license_field="Some Custom License")
    document = build_spdx2(load_inventory(wheel))
    (root,) = document["packages"]
    (extracted,) = document["hasExtractedLicensingInfos"]
    assert root["licenseDeclared"] == extracted["licenseId"]
    assert extracted["extractedText"] == "Some Custom License"
    assert spdx2_violations(document) == []


def test_creation_info_comes_from_source_date_epoch(
    hello_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    inventory = load_inventory(hello_dir / "uv.lock")
    for fmt in SPDX_FORMATS:
        assert create_sbom(inventory, fmt) == create_sbom(inventory, fmt)
    document = json.loads(create_sbom(inventory, SbomFormat.SPDX_JSON))
    assert document["creationInfo"]["created"] == "2023-11-14T22:13:20Z"
    graph = json.loads(create_sbom(inventory, SbomFormat.SPDX3_JSON))["@graph"]
    assert graph[0]["created"] == "2023-11-14T22:13:20Z"


def test_cyclonedx_to_spdx_to_cyclonedx_loses_nothing(hello_dir: Path, tmp_path: Path) -> None:
    original = load_inventory(hello_dir / "uv.lock")
    current = original
    for number, fmt in enumerate(
        (
            SbomFormat.JSON,
            SbomFormat.SPDX_JSON,
            SbomFormat.SPDX_TAG_VALUE,
            SbomFormat.SPDX3_JSON,
            SbomFormat.JSON,
        )
    ):
        path = tmp_path / f"step{number}{fmt.suffix}"
        path.write_text(create_sbom(current, fmt))
        current = load_inventory(path)
        assert _facts(current) == _facts(original), fmt


def _facts(inventory: Inventory) -> object:
    def one(p: Package) -> object:
        files = sorted((a.filename, a.url, tuple(sorted(a.hashes.items()))) for a in p.artifacts)
        return (p.key, p.package_url, files, p.license_expression, p.license_names)

    components = sorted(map(one, inventory.components()), key=repr)
    root = one(inventory.root) if inventory.root else None
    edges = sorted((a.key, b.key) for a, b in inventory.edges())
    return root, components, edges


def test_an_invalid_document_is_never_returned(hello_dir: Path) -> None:
    inventory = load_inventory(hello_dir / "uv.lock")
    bad = Package(name="bad", version="1.0", license_expression="MIT ANDOR GPL")
    broken = Inventory(packages=(*inventory.packages, bad), root=inventory.root)
    for fmt in SPDX_FORMATS:
        with pytest.raises(InvalidSpdxError, match="license expression"):
            create_sbom(broken, fmt)


def test_semantic_checks_catch_what_the_schema_allows(hello_dir: Path) -> None:
    document = build_spdx2(load_inventory(hello_dir / "uv.lock"))
    assert spdx2_violations(document) == []
    cases = {
        "dangling relationship": lambda d: d["relationships"].append(
            {
                "spdxElementId": "SPDXRef-DOCUMENT",
                "relationshipType": "DESCRIBES",
                "relatedSpdxElement": "SPDXRef-missing",
            }
        ),
        "duplicate id": lambda d: d["packages"].append(copy.deepcopy(d["packages"][1])),
        "short digest": lambda d: d["packages"][2].update(
            checksums=[{"algorithm": "SHA256", "checksumValue": "abc"}]
        ),
        "bad purl": lambda d: d["packages"][1]["externalRefs"][0].update(referenceLocator="x"),
        "no describes": lambda d: d.update(
            relationships=[r for r in d["relationships"] if r["relationshipType"] != "DESCRIBES"]
        ),
        "bad creator": lambda d: d["creationInfo"].update(creators=["sscli"]),
        "undeclared ref": lambda d: d["packages"][1].update(licenseDeclared="LicenseRef-x"),
        "schema": lambda d: d["packages"][1].update(filesAnalyzed="no"),
    }
    for name, mutate in cases.items():
        broken = copy.deepcopy(document)
        mutate(broken)
        assert spdx2_violations(broken), name


def test_spdx3_checks(hello_dir: Path) -> None:
    document = json.loads(create_sbom(load_inventory(hello_dir / "uv.lock"), SbomFormat.SPDX3_JSON))
    assert spdx3_violations(document) == []
    dangling = copy.deepcopy(document)
    relationship = next(e for e in dangling["@graph"] if e["type"] == "Relationship")
    relationship["to"] = ["_:nowhere"]
    assert spdx3_violations(dangling)
    wrong_type = copy.deepcopy(document)
    next(e for e in wrong_type["@graph"] if e["type"] == "Relationship")["relationshipType"] = "x"
    assert spdx3_violations(wrong_type)
    assert spdx3_violations({**document, "@context": "https://spdx.org/rdf/3.0.0/x"})


def test_cli_writes_each_spdx_format(cli, hello_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for fmt in SPDX_FORMATS:
        out = tmp_path / f"sbom{fmt.suffix}"
        result = cli("sbom", "create", hello_dir / "uv.lock", "--format", fmt.value, "-o", out)
        assert fmt.display_name in result.stderr
        shown = json.loads(cli("sbom", "show", out, "--format", "json").stdout)
        assert {c["name"] for c in shown} >= {"rich", "click", "pygments"}


def test_a_single_package_without_a_root_stays_a_package(tmp_path: Path) -> None:
    """Without a root the document describes its top packages; read back, the only one must
    stay a package (scanned, license-checked), not become the project."""
    inventory = Inventory(packages=(Package(name="requests", version="2.19.1"),))
    for fmt in SPDX_FORMATS:
        path = tmp_path / f"one{fmt.suffix}"
        path.write_text(create_sbom(inventory, fmt))
        again = load_inventory(path)
        assert (again.root, [p.key for p in again.packages]) == (None, ["requests==2.19.1"])


@given(st.from_regex(spdx_schema._PLAIN_PYPI_PURL, fullmatch=True))
def test_what_the_plain_purl_pattern_accepts_packageurl_parses(text: str) -> None:
    from packageurl import PackageURL

    assert spdx_schema.is_purl(text)
    PackageURL.from_string(text)  # raises if the pattern let through what the library refuses


@pytest.mark.parametrize(
    "text", ["pkg:pypi/", "pkg:/x@1", "pypi/x@1", "pkg:pypi/x@1?a", "pkg:pypi/x@", "pkg:pypi/x y@1"]
)
def test_other_purls_are_parsed_by_packageurl(text: str) -> None:
    from packageurl import PackageURL

    try:
        PackageURL.from_string(text)
        valid = True
    except ValueError:
        valid = False
    assert spdx_schema.is_purl(text) is valid

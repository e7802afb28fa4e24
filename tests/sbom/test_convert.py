"""`sbom convert`: between every pair of formats, with what the target cannot hold reported."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from sscli.inventory import load_inventory
from sscli.sbom import SbomFormat, create_sbom
from sscli.sbom.convert import convert
from tests.conftest import Cli


def test_every_pair_of_formats_converts_without_loss(hello_dir: Path, tmp_path: Path) -> None:
    inventory = load_inventory(hello_dir / "uv.lock")
    for source in SbomFormat:
        path = tmp_path / f"source{source.suffix}"
        path.write_text(create_sbom(inventory, source))
        read = load_inventory(path)
        for target in SbomFormat:
            result = convert(read, target)
            assert result.losses == (), (source, target)


def test_what_the_target_cannot_hold_is_reported(hello_dir: Path) -> None:
    inventory = load_inventory(hello_dir / "uv.lock")
    rich = next(p for p in inventory.packages if p.name == "rich")
    foreign = replace(rich, properties=(("cdx:reachability", "unknown"),))
    changed = replace(
        inventory, packages=tuple(foreign if p is rich else p for p in inventory.packages)
    )
    losses = convert(changed, SbomFormat.SPDX_JSON).losses
    assert [(loss.field, loss.packages) for loss in losses] == [("properties", ("rich==13.8.1",))]
    assert convert(changed, SbomFormat.JSON).losses == ()  # CycloneDX keeps any property


def test_cli_converts_a_real_spdx_document(cli: Cli, tmp_path: Path) -> None:
    source = Path(__file__).parents[1] / "data" / "spdx" / "sbom4python-sbom4python.spdx.json"
    out = tmp_path / "sbom.cdx.json"
    result = cli("sbom", "convert", source, "--format", "cyclonedx-json", "-o", out)
    assert "14 components converted" in result.stderr  # and the root, sbom4python itself
    components = {c["name"]: c for c in json.loads(out.read_text())["components"]}
    requests = components["requests"]
    assert requests["purl"] == "pkg:pypi/requests@2.31.0"
    assert requests["licenses"] == [{"expression": "Apache-2.0"}]


def test_cli_strict_fails_on_loss(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "in.cdx.json"
    document = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "components": [
            {
                "type": "library",
                "name": "rich",
                "version": "13.8.1",
                "purl": "pkg:pypi/rich@13.8.1",
                "bom-ref": "pkg:pypi/rich@13.8.1",
                "properties": [{"name": "cdx:reachability", "value": "unknown"}],
            }
        ],
    }
    source.write_text(json.dumps(document))
    result = cli("sbom", "convert", source, "--format", "spdx-json", "--strict", expect=1)
    assert "not kept by spdx-json: properties: rich==13.8.1" in result.stderr
    assert json.loads(result.stdout)["spdxVersion"] == "SPDX-2.3"

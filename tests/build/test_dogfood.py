"""sscli builds itself: the pins of its build-requirements.txt satisfy its own
[build-system].requires, and the build from those vault inputs alone (offline, the real
flit_core wheel from PyPI in tests/data/wheels) reads its PEP 639 metadata and is
reproducible. flit_core 3.9.0, the pin before, refused `license = "Apache-2.0"`."""

from __future__ import annotations

import json
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import sscli
from tests.conftest import REPO, Cli


def test_the_build_lock_satisfies_the_build_system_requirements() -> None:
    from sscli.inventory import load_inventory

    requires = tomllib.loads((REPO / "pyproject.toml").read_text())["build-system"]["requires"]
    pinned = {p.name: p for p in load_inventory(REPO / "build-requirements.txt").packages}
    for text in requires:
        requirement = Requirement(text)
        package = pinned.get(canonicalize_name(requirement.name))
        assert package is not None, f"{requirement.name} is not pinned"
        assert requirement.specifier.contains(package.version or "", prereleases=True), text
        assert package.sha256_hashes, f"{package.name} is pinned without a hash"


def test_sscli_builds_itself_from_its_own_vault_inputs(
    cli: Cli, tmp_path: Path, build_vault: Path
) -> None:
    out = tmp_path / "dist"
    cli("build", REPO, "--vault", build_vault, "--out", out)
    version = sscli.__version__
    wheel = out / f"sscli-{version}-py3-none-any.whl"
    assert wheel.is_file() and (out / f"sscli-{version}.tar.gz").is_file()
    with zipfile.ZipFile(wheel) as archive:
        metadata = Parser().parsestr(archive.read(f"sscli-{version}.dist-info/METADATA").decode())
        names = archive.namelist()
    assert metadata["License-Expression"] == "Apache-2.0"
    assert "sscli/cli/app.py" in names and not any(n.startswith(("out/", ".venv/")) for n in names)
    report = json.loads((out / "build-report.json").read_text())
    assert report["reproducible"] is True
    assert [d["filename"] for d in report["dependencies"]] == ["flit_core-3.12.0-py3-none-any.whl"]
    internal = json.loads((out / "provenance.predicate.json").read_text())["buildDefinition"][
        "internalParameters"
    ]
    assert internal["SOURCE_DATE_EPOCH_from"] == "git-commit"

"""`sscli rebuild`: published sdist rebuilt in the sandbox, compared with the published wheel."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.build.conftest import write_project
from tests.conftest import Cli
from tests.servers import pypiserver


@pytest.fixture
def published(cli: Cli, tmp_path: Path, build_vault: Path) -> Path:
    """A directory served as an index: demo 1.0 (sdist + wheel) built by sscli itself."""
    project = write_project(tmp_path / "project", "flit")
    cli(
        "build",
        project,
        "--vault",
        build_vault,
        "--out",
        tmp_path / "dist",
        "--source-date-epoch",
        "1700000000",
    )
    directory = tmp_path / "index"
    directory.mkdir()
    for built in (tmp_path / "dist").glob("demo-1.0*"):
        shutil.copy(built, directory)
    return directory


def test_rebuild_of_a_reproducible_package(cli: Cli, published: Path, build_vault: Path) -> None:
    with pypiserver(published) as url:
        result = cli(
            "rebuild", "demo==1.0", "--index-url", url, "--vault", build_vault, "--format", "json"
        )
    data = json.loads(result.stdout)
    assert data["verdict"] == "reproducible" and data["wheel"] == "demo-1.0-py3-none-any.whl"
    assert [d["filename"] for d in data["dependencies"]] == ["flit_core-3.9.0-py3-none-any.whl"]


def test_rebuild_detects_a_wheel_that_is_not_from_its_sdist(
    cli: Cli, published: Path, build_vault: Path
) -> None:
    wheel = published / "demo-1.0-py3-none-any.whl"
    altered = published / "altered.whl"
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(altered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "demo/__init__.py":
                data += b"import os  # something the sdist does not contain\n"
            target.writestr(info, data)
    altered.replace(wheel)
    with pypiserver(published) as url:
        result = cli("rebuild", "demo==1.0", "--index-url", url, "--vault", build_vault, expect=1)
    assert "differs" in result.stderr and "content: demo/__init__.py" in result.stderr


def test_rebuild_without_its_build_backend_is_not_buildable_offline(
    cli: Cli, published: Path, tmp_path: Path
) -> None:
    empty_vault = tmp_path / "empty"
    (empty_vault / "simple").mkdir(parents=True)
    (empty_vault / "simple" / "index.html").write_text("<html></html>")
    with pypiserver(published) as url:
        result = cli(
            "rebuild",
            "demo==1.0",
            "--index-url",
            url,
            "--vault",
            empty_vault,
            "--format",
            "json",
            expect=1,
        )
    assert json.loads(result.stdout)["verdict"] == "not-buildable"

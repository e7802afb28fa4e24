"""Real builds of real projects in the sandbox, twice, compared; from vault inputs only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import Result

from tests.build.conftest import write_project
from tests.conftest import Cli

EPOCH = "1700000000"


def _build(
    cli: Cli, project: Path, vault: Path, out: Path, *extra: str | Path, expect: int = 0
) -> Result:
    """`sscli build` of `project` from `vault` into `out` at the fixed EPOCH."""
    command: list[str | Path] = ["build", project, "--vault", vault, "--out", out]
    command += ["--source-date-epoch", EPOCH]
    return cli(*command, *extra, expect=expect)


@pytest.mark.parametrize("backend", ["flit", "hatchling", "setuptools"])
def test_projects_build_reproducibly(
    cli: Cli, tmp_path: Path, build_vault: Path, backend: str
) -> None:
    project = write_project(tmp_path / "project", backend)
    out = tmp_path / "dist"
    result = _build(
        cli,
        project,
        build_vault,
        out,
        "--format",
        "json",
    )
    report = json.loads(result.stdout)
    verdicts = {o["filename"]: o["verdict"] for o in report["outputs"]}
    assert sorted(verdicts) == ["demo-1.0-py3-none-any.whl", "demo-1.0.tar.gz"]
    assert verdicts["demo-1.0-py3-none-any.whl"] == "identical"
    # setuptools stamps its sdist's generated files and gzip header with the wall clock: the two
    # builds are equivalent, and identical once normalized (recorded in the provenance)
    assert verdicts["demo-1.0.tar.gz"] == "identical"
    assert report["reproducible"] is True and report["equivalent"] is True
    assert (out / "demo-1.0-py3-none-any.whl").is_file() and (out / "demo-1.0.tar.gz").is_file()
    used = {d["filename"].split("-")[0] for d in report["dependencies"]}
    expected = {
        "flit": {"flit_core"},
        "hatchling": {"hatchling", "packaging", "pathspec", "pluggy", "trove_classifiers"},
        "setuptools": {"setuptools"},
    }[backend]
    assert used == expected
    predicate = json.loads((out / "provenance.predicate.json").read_text())
    internal = predicate["buildDefinition"]["internalParameters"]
    assert internal["sandbox"] == "bubblewrap" and internal["SOURCE_DATE_EPOCH"] == int(EPOCH)
    assert internal["normalized"] == (["demo-1.0.tar.gz"] if backend == "setuptools" else [])
    resolved = {d.get("name") for d in predicate["buildDefinition"]["resolvedDependencies"]}
    assert {d["filename"] for d in report["dependencies"]} <= resolved
    assert predicate["runDetails"]["byproducts"][0]["annotations"]["equivalent"] is True


def test_example_project_builds_with_git_epoch(
    cli: Cli, tmp_path: Path, build_vault: Path, hello_dir: Path
) -> None:
    project = tmp_path / "hello"
    shutil.copytree(hello_dir, project, ignore=shutil.ignore_patterns("dist"))
    result = cli("build", project, "--vault", build_vault, "--out", tmp_path / "dist", expect=2)
    assert "no SOURCE_DATE_EPOCH" in result.stderr  # a copy outside git must be told
    cli("build", hello_dir, "--vault", build_vault, "--out", tmp_path / "dist")
    predicate = json.loads((tmp_path / "dist" / "provenance.predicate.json").read_text())
    external = predicate["buildDefinition"]["externalParameters"]
    assert external["path"] == "examples/hello" and len(external["source"]["commit"]) == 40


UNREPRODUCIBLE = """
import time
from pathlib import Path
from setuptools import setup

Path("src/demo/_stamp.py").write_text(f"BUILT_AT = {time.time_ns()!r}\\n")
setup()
"""


def test_unreproducible_build_is_caught_and_explained(
    cli: Cli, tmp_path: Path, build_vault: Path
) -> None:
    project = write_project(tmp_path / "project", "setuptools", extra_setup=UNREPRODUCIBLE)
    out = tmp_path / "dist"
    result = _build(
        cli,
        project,
        build_vault,
        out,
        expect=1,
    )
    assert "not reproducible" in result.stderr
    assert "content: demo/_stamp.py" in result.stderr  # the member that differs is named
    report = json.loads((out / "build-report.json").read_text())
    wheel = next(c for c in report["comparisons"] if c["filename"].endswith(".whl"))
    assert wheel["verdict"] == "different"
    diff = next(d for d in wheel["differences"] if d.get("member") == "demo/_stamp.py")
    assert any(line.startswith("+BUILT_AT") for line in diff["diff"])
    _build(
        cli,
        project,
        build_vault,
        out,
        "--allow-unreproducible",
    )


def test_missing_build_dependency_fails_clearly_offline(
    cli: Cli, tmp_path: Path, build_vault: Path
) -> None:
    project = write_project(tmp_path / "project", "flit")
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace(
            '"flit_core==3.9.0"', '"flit_core==3.9.0", "not-in-vault==1.0"'
        )
    )
    result = _build(
        cli,
        project,
        build_vault,
        tmp_path / "dist",
        expect=2,
    )
    assert "the build failed" in result.stderr and "ingest it first" in result.stderr
    assert not (tmp_path / "dist").exists() or not list((tmp_path / "dist").glob("*.whl"))


def test_no_sandbox_is_recorded(cli: Cli, tmp_path: Path, build_vault: Path) -> None:
    project = write_project(tmp_path / "project", "flit")
    out = tmp_path / "dist"
    result = _build(
        cli,
        project,
        build_vault,
        out,
        "--no-sandbox",
    )
    assert "without a sandbox" in result.stderr
    internal = json.loads((out / "provenance.predicate.json").read_text())["buildDefinition"][
        "internalParameters"
    ]
    assert internal["sandbox"] == "none" and internal["sandboxed"] is False


def test_signed_provenance_beside_each_artifact(
    cli: Cli, tmp_path: Path, build_vault: Path
) -> None:
    key = tmp_path / "builder.pem"
    cli("key", "generate", "--type", "ecdsa-p256", "--out", key)
    project = write_project(tmp_path / "project", "flit")
    out = tmp_path / "dist"
    _build(
        cli,
        project,
        build_vault,
        out,
        "--key",
        key,
    )
    for artifact in (out / "demo-1.0-py3-none-any.whl", out / "demo-1.0.tar.gz"):
        attestations = artifact.with_name(artifact.name + ".intoto.jsonl")
        cli("attest", "verify", attestations, "--key", f"{key}.pub", "--artifact", artifact)
    tampered = out / "demo-1.0-py3-none-any.whl"
    tampered.write_bytes(tampered.read_bytes() + b"\0")
    cli(
        "attest",
        "verify",
        out / "demo-1.0-py3-none-any.whl.intoto.jsonl",
        "--key",
        f"{key}.pub",
        "--artifact",
        tampered,
        expect=1,
    )


EVIL_BACKEND = '''"""A flit_core wrapper that erases pip's log, to hide what it was installed from."""
import os

from flit_core.buildapi import *  # noqa: F403

with open(os.environ["PIP_LOG"], "w"):
    pass
'''


def test_a_backend_cannot_erase_what_pip_logged(
    cli: Cli, tmp_path: Path, build_vault: Path
) -> None:
    project = write_project(tmp_path / "project", "flit")
    (project / "evil_backend.py").write_text(EVIL_BACKEND)
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace(
            'build-backend = "flit_core.buildapi"',
            'build-backend = "evil_backend"\nbackend-path = ["."]',
        )
    )
    out = tmp_path / "dist"
    _build(cli, project, build_vault, out)
    predicate = json.loads((out / "provenance.predicate.json").read_text())
    dependencies = predicate["buildDefinition"]["resolvedDependencies"]
    assert any(d.get("name") == "flit_core-3.9.0-py3-none-any.whl" for d in dependencies)

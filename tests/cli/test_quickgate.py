"""`sscli verify artifact` read without Typer (sscli/cli/quickgate.py) must be the command Typer
runs: the same keywords for what it reads, Typer itself for everything else, and the same exit
code and output through the real entry point."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sscli.cli import context, gate, quickgate
from sscli.cli.app import app
from sscli.cli.overview import _RICH_SETTINGS
from tests.verify.conftest import World, world  # noqa: F401  (the fixture)

_READ_ENV = ("SSCLI_VULNDB", "SSCLI_STATE_DIR")
_LEFT_ENV = ("SSCLI_DEBUG", "SSCLI_REGISTRY_USERNAME", "SSCLI_REGISTRY_PASSWORD",
             "SSCLI_REGISTRY_TOKEN", "SSCLI_ALLOW_INSECURE_REGISTRY")  # fmt: skip
_ENV = (*_READ_ENV, *_LEFT_ENV)
_GATE = ["verify", "artifact"]

READ = [
    [*_GATE, "a.whl", "--policy", "p.yaml"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "--format", "json", "-o", "out.json", "--db", "x.db"],
    ["--state-dir", "st", *_GATE, "a.whl", "b.whl", "--policy=p.yaml", "--format=markdown",
     "--output=o.md"],
    ["--state-dir=st", *_GATE, "--policy", "p.yaml", "a.whl", "--attestations", "e1",
     "--attestations", "oci://r.example/x", "b.whl", "--trusted-root", "t1.json",
     "--trusted-root", "t2.json", "--vault", "v", "--summary", "s.md", "--format", "text"],
    [*_GATE, "oci://r.example/x@sha256:" + "0" * 64, "--policy", "p.yaml"],
]  # fmt: skip
LEFT = [
    [*_GATE, "--help"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "-h"],
    [*_GATE, "--policy", "p.yaml"],
    [*_GATE, "a.whl"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "--format", "yaml"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "--format", "JSON"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "-oout.json"],
    [*_GATE, "a.whl", "--policy"],
    [*_GATE, "a.whl", "--policy", "--format", "json"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "--", "-b.whl"],
    [*_GATE, "-", "--policy", "p.yaml"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "--vsa", "vsa.jsonl"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "--key", "k.pem"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "--resource-uri", "pkg:pypi/a@1"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "--allow-insecure-registry"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "--nope", "x"],
    [*_GATE, "a.whl", "--policy", "p.yaml", "--policy", "q.yaml"],
    [*_GATE, "a.whl", "--policy", ""],
    ["--debug", *_GATE, "a.whl", "--policy", "p.yaml"],
    ["--state-dir", *_GATE, "a.whl", "--policy", "p.yaml"],
    ["--state-dir", "", *_GATE, "a.whl", "--policy", "p.yaml"],
    ["verify", "--help"],
    ["verify", "rules"],
]


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(context, "STATE_DIR", context.STATE_DIR)  # the root callback sets it


def _through_typer(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], env: dict[str, str]
) -> dict[str, Any]:
    """The keywords Typer hands the gate for `argv` (and the state directory it sets)."""
    calls: list[dict[str, Any]] = []

    def record(artifacts: list[str], policy: Path, **keywords: Any) -> bool:
        calls.append({"artifacts": artifacts, "policy": policy, **keywords,
                      "state_dir": context.STATE_DIR})  # fmt: skip
        return True

    monkeypatch.setattr(gate, "verify_artifacts", record)
    result = CliRunner().invoke(app, argv, env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (call,) = calls
    return call


def _filled(found: dict[str, Any]) -> dict[str, Any]:
    defaults = {
        name: parameter.default
        for name, parameter in inspect.signature(gate.verify_artifacts).parameters.items()
        if parameter.default is not inspect.Parameter.empty
    }
    return {"state_dir": Path(".sscli"), **defaults, **found}


@pytest.mark.parametrize("argv", READ)
@pytest.mark.parametrize(
    "env", [{}, {"SSCLI_VULNDB": "env.db", "SSCLI_STATE_DIR": "env-state"}], ids=["", "env"]
)
def test_what_it_reads_is_what_typer_gives_the_gate(
    argv: list[str], env: dict[str, str], clean_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = quickgate.parse(argv, env)
    assert found is not None
    assert _filled(found) == _through_typer(monkeypatch, argv, env)


@pytest.mark.parametrize("argv", LEFT)
def test_anything_else_is_left_to_typer(argv: list[str]) -> None:
    assert quickgate.parse(argv, {}) is None


@pytest.mark.parametrize("name", _LEFT_ENV)
def test_an_environment_variable_it_does_not_read_leaves_the_command_to_typer(name: str) -> None:
    argv = [*_GATE, "a.whl", "--policy", "p.yaml"]
    assert quickgate.parse(argv, {}) is not None
    assert quickgate.parse(argv, {name: "1"}) is None


@pytest.mark.parametrize("name", _READ_ENV)
def test_an_empty_variable_is_unset_as_to_typer(
    name: str, clean_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = [*_GATE, "a.whl", "--policy", "p.yaml"]
    found = quickgate.parse(argv, {name: ""})
    assert found == quickgate.parse(argv, {})
    assert found is not None and _filled(found) == _through_typer(monkeypatch, argv, {name: ""})


def _entry(root: Path, *argv: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in (*_RICH_SETTINGS, *_ENV)}
    probe = "import sys; from sscli.cli.entry import main; main()"
    return subprocess.run([sys.executable, "-c", probe, *map(str, argv)], capture_output=True,
                          text=True, check=False, cwd=root, env=env)  # fmt: skip


@pytest.mark.parametrize("case", ["allow", "deny", "no policy", "json to stdout", "markdown"])
def test_the_entry_point_reports_as_typer_does(
    case: str,
    world: World,  # noqa: F811
    tmp_path: Path,
    clean_env: None,
) -> None:
    good = world.good()
    world.write(*(good[:2] if case == "deny" else good))  # deny: no vulnerability scan
    argv: list[str | Path] = [*_GATE, world.artifact, "--policy", world.policy]
    if case == "no policy":
        argv[-1] = tmp_path / "missing.yaml"
    elif case == "json to stdout":
        argv += ["--format", "json"]
    elif case == "markdown":
        argv += ["--format", "markdown", "-o", tmp_path / "report.md"]
    state = tmp_path / "state"
    assert quickgate.parse([str(a) for a in ["--state-dir", state, *argv]], {}) is not None
    quick = _entry(tmp_path, "--state-dir", state, *argv)
    typer_run = CliRunner().invoke(app, ["--state-dir", str(state), *map(str, argv)])
    expected = {"allow": 0, "deny": 1, "no policy": 2, "json to stdout": 0, "markdown": 0}[case]
    assert quick.returncode == typer_run.exit_code == expected, quick.stderr
    assert quick.stdout == typer_run.stdout
    assert quick.stderr == typer_run.stderr

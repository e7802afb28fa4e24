"""The factory's own links (from `ingest --key` and `build --key`) verify against the layout
in pipelines/layout-steps.yaml; a build that used something ingest did not vet does not."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from sscli.attest.keys import KeyType, generate_key_pair
from tests.build.conftest import WHEELS, write_project
from tests.builders import sha256
from tests.conftest import REPO, Cli


def _steps(tmp_path: Path) -> Path:
    document = yaml.safe_load((REPO / "pipelines" / "layout-steps.yaml").read_text())
    for step in document["steps"]:
        step["functionaries"] = [f"{step['name']}.pem.pub"]
    path = tmp_path / "steps.yaml"
    path.write_text(yaml.safe_dump(document))
    return path


def _ingest(cli: Cli, tmp_path: Path, wheel: str) -> None:
    lock = tmp_path / "build-requirements.txt"
    name, version = wheel.split("-")[:2]
    lock.write_text(f"{name}=={version} --hash=sha256:{sha256(WHEELS / wheel)}\n")
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n"
    )
    cli(
        "ingest",
        lock,
        "--index-url",
        WHEELS.as_uri(),
        "--vault",
        tmp_path / "vault",
        "--policy",
        policy,
        "--key",
        tmp_path / "ingest.pem",
        "--links-dir",
        tmp_path / "links",
    )


def _build_and_verify(cli: Cli, tmp_path: Path, expect: int) -> dict:  # type: ignore[type-arg]
    project = write_project(tmp_path / "project", "flit")
    cli(
        "build",
        project,
        "--vault",
        tmp_path / "vault",
        "--out",
        tmp_path / "dist",
        "--source-date-epoch",
        "1700000000",
        "--key",
        tmp_path / "build.pem",
        "--links-dir",
        tmp_path / "links",
    )
    cli(
        "layout",
        "create",
        "--steps",
        _steps(tmp_path),
        "--owner-key",
        tmp_path / "owner.pem",
        "-o",
        tmp_path / "root.layout",
    )
    result = cli(
        "verify",
        "layout",
        "--layout",
        tmp_path / "root.layout",
        "--layout-key",
        tmp_path / "owner.pem.pub",
        "--links",
        tmp_path / "links",
        "--strict",
        "--format",
        "json",
        expect=expect,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _keys(tmp_path: Path) -> None:
    for name in ("owner", "ingest", "build"):
        generate_key_pair(KeyType.ED25519, tmp_path / f"{name}.pem")


def test_factory_links_verify(cli: Cli, tmp_path: Path) -> None:
    _keys(tmp_path)
    _ingest(cli, tmp_path, "flit_core-3.9.0-py3-none-any.whl")
    report = _build_and_verify(cli, tmp_path, 0)
    assert [s["name"] for s in report["steps"]] == ["ingest", "build"] and report[
        "decision"
    ] == "allow"


def test_build_input_that_ingest_did_not_vet_fails(cli: Cli, tmp_path: Path) -> None:
    _keys(tmp_path)
    _ingest(cli, tmp_path, "flit_core-3.9.0-py3-none-any.whl")
    # a later ingest (of something else) is the one the layout's MATCH rule sees
    _ingest(cli, tmp_path, "setuptools-75.1.0-py3-none-any.whl")
    report = _build_and_verify(cli, tmp_path, 1)
    assert (
        "flit" in report["failure"] and "DISALLOW" in report["failure"]
    ) or "disallow" in report["failure"].lower()


def test_gate_requires_ingest_records_for_every_build_dependency(cli: Cli, tmp_path: Path) -> None:
    _keys(tmp_path)
    _ingest(cli, tmp_path, "flit_core-3.9.0-py3-none-any.whl")
    _build_and_verify(cli, tmp_path, 0)
    policy = tmp_path / "deploy.yaml"
    policy.write_text(
        "version: 1\ndeploy:\n  signers:\n    - {name: builder, keys: [build.pem.pub], predicates: [provenance]}\n"
        "    - {name: ingester, keys: [ingest.pem.pub], predicates: [ingest]}\n"
        "  require: [provenance, ingest]\n  vulnerabilities: {rescan: false}\n"
    )
    wheel = next((tmp_path / "dist").glob("*.whl"))
    args = ["verify", "artifact", wheel, "--policy", policy, "--format", "json"]
    report = json.loads(cli(*args, "--vault", tmp_path / "vault").stdout)
    assert any(r["rule"] == "dependencies" and r["status"] == "pass" for r in report["rules"])
    denied = json.loads(cli(*args, expect=1).stdout)  # without the vault's records
    reason = next(r["reason"] for r in denied["rules"] if r["rule"] == "dependencies")
    assert "flit_core-3.9.0-py3-none-any.whl" in reason

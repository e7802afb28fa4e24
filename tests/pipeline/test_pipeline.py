"""`sscli pipeline run`: the whole factory offline on a test project, resumability, and the
deploy gate catching an artifact tampered with between two runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.build.conftest import WHEELS, write_project
from tests.builders import sha256
from tests.conftest import REPO, Cli

PIPELINE = """version: 1
vars:
  key: "{{out}}/dev-key.pem"
  index: "{index}"
  osv: "{osv}"
  policy: "{policy}"
  deploy: "{deploy}"
steps:
  - name: db
    run: [db, import, "{{osv}}"]
    inputs: ["{{osv}}"]
    outputs: ["{{state}}/vulndb/osv.sqlite"]
  - name: key
    run: [key, generate, --type, ed25519, --out, "{{key}}"]
    outputs: ["{{key}}"]
  - name: ingest
    run: [ingest, "{{project}}/build-requirements.txt", --index-url, "{{index}}", --policy, "{{policy}}", --key, "{{key}}"]
    inputs: ["{{project}}/build-requirements.txt", "{{policy}}"]
  - name: scan
    run: [scan, "{{project}}/build-requirements.txt", --max-age, "100000", --format, in-toto, -o, "{{out}}/vulns.json"]
    inputs: ["{{project}}/build-requirements.txt"]
    outputs: ["{{out}}/vulns.json"]
  - name: sbom
    run: [sbom, create, "{{project}}/build-requirements.txt", --vault, "{{state}}/vault", -o, "{{out}}/sbom.cdx.json"]
    inputs: ["{{project}}/build-requirements.txt"]
    outputs: ["{{out}}/sbom.cdx.json"]
  - name: build
    run: [build, "{{project}}", --out, "{{out}}/dist", --key, "{{key}}", --source-date-epoch, "1700000000", --builder-id, "https://sscli.dev/builders/development"]
    inputs: ["{{project}}/src/**", "{{project}}/pyproject.toml"]
    outputs: ["{{out}}/dist/*.whl"]
    clean: ["{{out}}/dist/*.intoto.jsonl"]
  - name: attest-sbom
    each: "{{out}}/dist/*.whl"
    run: [attest, sbom, --subject, "{{each}}", --predicate, "{{out}}/sbom.cdx.json", --key, "{{key}}"]
    inputs: ["{{out}}/sbom.cdx.json", "{{out}}/dist/provenance.predicate.json"]
  - name: attest-vulns
    each: "{{out}}/dist/*.whl"
    run: [attest, vulns, --subject, "{{each}}", --predicate, "{{out}}/vulns.json", --key, "{{key}}"]
    inputs: ["{{out}}/vulns.json", "{{out}}/dist/provenance.predicate.json"]
  - name: deploy-policy
    copy: ["{{deploy}}", "{{out}}/deploy.yaml"]
    inputs: ["{{deploy}}"]
    outputs: ["{{out}}/deploy.yaml"]
  - name: verify
    always: true
    each: "{{out}}/dist/*.whl"
    run: [verify, artifact, "{{each}}", --policy, "{{out}}/deploy.yaml", --format, json, -o, "{{out}}/verify.json"]
"""


@pytest.fixture
def factory(tmp_path: Path, shared_data: Path) -> tuple[Path, Path]:
    project = write_project(tmp_path / "project", "flit")
    wheel = WHEELS / "flit_core-3.9.0-py3-none-any.whl"
    (project / "build-requirements.txt").write_text(
        f"flit_core==3.9.0 --hash=sha256:{sha256(wheel)}\n"
    )
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: high}\n"
    )
    deploy = tmp_path / "deploy.yaml"
    deploy.write_text(
        (REPO / "pipelines" / "demo-deploy.yaml")
        .read_text()
        .replace('subject_names: ["sscli_hello-*"]', 'subject_names: ["demo-*"]')
    )
    pipeline = tmp_path / "factory.yaml"
    pipeline.write_text(
        PIPELINE.format(
            index=WHEELS.as_uri(),
            osv=shared_data / "osv-pypi-2024-10-10.zip",
            policy=policy,
            deploy=deploy,
        )
    )
    return pipeline, project


def _run(cli: Cli, factory: tuple[Path, Path], out: Path, expect: int) -> dict:  # type: ignore[type-arg]
    pipeline, project = factory
    result = cli(
        "pipeline", "run", pipeline, "--project", project, "--out", out, "--json", expect=expect
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_factory_runs_resumes_and_catches_tampering(
    cli: Cli, tmp_path: Path, factory: tuple[Path, Path]
) -> None:
    out = tmp_path / "out"
    first = _run(cli, factory, out, 0)
    assert first["ok"] and all(s["status"] == "ran" for s in first["steps"])
    assert json.loads((out / "verify.json").read_text())["decision"] == "allow"
    assert {p.name.split(".")[0] for p in (cli.state_dir / "links").glob("*.link")} == {
        "build",
        "ingest",
    }

    second = _run(cli, factory, out, 0)
    statuses = {s["name"]: s["status"] for s in second["steps"]}
    assert statuses.pop("verify") == "ran" and set(statuses.values()) == {"skipped"}

    wheel = next((out / "dist").glob("*.whl"))
    wheel.write_bytes(wheel.read_bytes() + b"\0")  # tampered between two runs
    third = _run(cli, factory, out, 1)
    assert third["failed_step"] == "verify"
    assert json.loads((out / "verify.json").read_text())["decision"] == "deny"


def test_a_changed_input_reruns_its_step(
    cli: Cli, tmp_path: Path, factory: tuple[Path, Path]
) -> None:
    out = tmp_path / "out"
    _run(cli, factory, out, 0)
    _pipeline, project = factory
    (project / "src" / "demo" / "__init__.py").write_text('"""Changed."""\n\n__version__ = "1.0"\n')
    statuses = {s["name"]: s["status"] for s in _run(cli, factory, out, 0)["steps"]}
    assert (
        statuses["build"] == "ran"
        and statuses["attest-sbom"] == "ran"
        and statuses["ingest"] == "skipped"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: 2\n", "version: 1"),
        ("version: 1\nsteps:\n  - name: x\n    run: [a]\n    bogus: 1\n", "unknown key(s): bogus"),
        ('version: 1\nsteps:\n  - name: x\n    run: ["{nope}"]\n', "unknown variable {nope}"),
        ("version: 1\nsteps:\n  - name: x\n", "either `run` or `copy`"),
    ],
)
def test_bad_pipeline_files(cli: Cli, tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(text)
    assert message in cli("pipeline", "run", path, "--out", tmp_path / "out", expect=2).stderr


def test_shipped_production_policy_refuses_a_development_build(
    cli: Cli, tmp_path: Path, factory: tuple[Path, Path]
) -> None:
    out = tmp_path / "out"
    _run(cli, factory, out, 0)
    wheel = next((out / "dist").glob("*.whl"))
    result = cli(
        "verify",
        "artifact",
        wheel,
        "--policy",
        REPO / "policies" / "deploy.yaml",
        "--format",
        "json",
        expect=1,
    )
    assert json.loads(result.stdout)["decision"] == "deny"

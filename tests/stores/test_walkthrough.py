"""Issue 14's "done when", through the real CLI against loopback servers: a factory run
(pipelines/factory.yaml with a registry) pushes its wheel, attestations and signed verification
summary; a separate deploy target with only the registry URL, the policy and the key verifies
and allows it, and denies a tampered copy; the DB round-trips through the registry; the vault
round-trips through a bucket and pip installs from it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sscli.stores.oci.attestations import artifact_manifest
from sscli.stores.oci.manifests import descriptor_of
from sscli.stores.s3 import s3_client
from tests.conftest import EXAMPLES, WHEELS, Cli, run_factory
from tests.servers import S3_ENV, moto_s3

LOCAL_GATE = "https://sscli.dev/deploy-gate/local"


@pytest.fixture
def factory(
    registry: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, str, Cli]:
    """examples/fetch through the factory, pushing to oci://REGISTRY/walk/fetch."""
    monkeypatch.setenv("SSCLI_ALLOW_INSECURE_REGISTRY", "1")
    project = tmp_path / "ci" / "fetch"
    shutil.copytree(EXAMPLES / "fetch", project)
    repo = f"oci://{registry}/walk/fetch"
    ci = Cli(tmp_path / "ci" / "state")
    summary = run_factory(ci, project, tmp_path / "ci" / "out", "--var=push=true",
                          f"--var=registry={repo}")  # fmt: skip
    assert summary["ok"], summary
    steps = {s["name"] for s in summary["steps"] if s.get("status") != "skipped"}
    assert {"push", "verify-push"} <= steps and "verify" not in steps
    return tmp_path / "ci" / "out", repo, ci


def test_a_factory_run_is_verified_by_a_deploy_target_from_the_registry_alone(
    factory: tuple[Path, str, Cli], registry: str, tmp_path: Path
) -> None:
    out, repo, ci = factory
    [wheel] = sorted((out / "dist").glob("*.whl"))
    reference = f"{repo}@{descriptor_of(artifact_manifest(wheel)).digest}"
    summary = json.loads((out / "verify.json").read_text())
    assert summary["decision"] == "allow"
    # CI also publishes the vulnerability database it scanned with
    db = f"oci://{registry}/walk/vulndb:latest"
    ci("db", "push", db, "--key", out / "dev-key.pem")

    # the deploy target: the registry's URL, the policy and the key; a state of its own
    target = tmp_path / "target"
    target.mkdir()
    for name in ("deploy.yaml", "dev-key.pem.pub"):
        shutil.copyfile(out / name, target / name)
    deploy = Cli(target / "state")
    policy, key = target / "deploy.yaml", target / "dev-key.pem.pub"
    deploy("db", "pull", db, "--trusted-key", key, "--db", target / "osv.sqlite")
    allowed = deploy("verify", "artifact", reference, "--policy", policy,
                     "--db", target / "osv.sqlite", "--format", "json")  # fmt: skip
    assert json.loads(allowed.stdout)["decision"] == "allow"
    verified = deploy("verify", "vsa", reference, "--key", key, "--verifier-id", LOCAL_GATE,
                      "--resource-uri", reference, "--verified-level", "SLSA_BUILD_LEVEL_1")  # fmt: skip
    assert "PASSED" in verified.stderr

    deploy("attest", "pull", reference, "--into", target)  # the wheel and its evidence
    copy = target / wheel.name
    copy.write_bytes(copy.read_bytes() + b"tampered")
    denied = deploy("verify", "artifact", copy, "--policy", policy, "--db", target / "osv.sqlite",
                    "--attestations", repo, "--format", "json", expect=1)  # fmt: skip
    assert json.loads(denied.stdout)["decision"] == "deny"
    deploy("verify", "vsa", repo, "--artifact", copy, "--key", key, "--verifier-id", LOCAL_GATE,
           "--resource-uri", reference, expect=1)  # fmt: skip


def test_the_factory_default_run_pushes_nothing(tmp_path: Path) -> None:
    from sscli.pipeline.definition import load_pipeline

    pipeline = load_pipeline(EXAMPLES.parent / "pipelines" / "factory.yaml",
                             project=EXAMPLES / "hello", out=tmp_path, state=tmp_path / "s")  # fmt: skip
    enabled = {s.name for s in pipeline.steps if s.when}
    assert "verify" in enabled and not {"push", "verify-push"} & enabled


def test_the_vault_round_trips_through_a_bucket_and_pip_installs_from_it(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, snapshot_db: Path
) -> None:
    for name, value in S3_ENV.items():
        monkeypatch.setenv(name, value)
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\ningest:\n  licenses: {unknown: allow}\n"
                      "  vulnerabilities: {fail_on: critical}\n")  # fmt: skip
    with moto_s3() as s3:
        client = s3_client(s3)
        client.create_bucket(Bucket="vault")
        public = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
                  "Action": "s3:GetObject", "Resource": "arn:aws:s3:::vault/*"}]}  # fmt: skip
        client.put_bucket_policy(Bucket="vault", Policy=json.dumps(public))
        env = {"SSCLI_S3_ENDPOINT": s3, "SSCLI_INDEX_URL": WHEELS.as_uri()}
        project = EXAMPLES / "fetch"
        for lock in ("requirements.txt", "requirements-build.txt"):  # as the factory ingests
            cli("ingest", project / lock, "--vault", "s3://vault/team", "--policy", policy,
                "--db", snapshot_db, env=env)  # fmt: skip
        listed = json.loads(cli("vault", "ls", "--vault", "s3://vault/team", "--format", "json",
                                env=env).stdout)  # fmt: skip
        names = {e["project"] for e in listed}
        assert {"urllib3", "hatchling", "trove-classifiers"} <= names

        pip_env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
        for variable in ("PIP_FIND_LINKS", "PIP_NO_INDEX", "PIP_INDEX_URL"):
            pip_env.pop(variable, None)
        for requirement in ("urllib3==1.26.17", "trove-classifiers", "Trove_Classifiers"):
            site = tmp_path / "site" / requirement
            subprocess.run(
                [sys.executable, "-m", "pip", "install", "--isolated", "--no-deps",
                 "--no-cache-dir", "--target", str(site), "--index-url",
                 f"{s3}/vault/team/simple/", requirement],
                check=True, capture_output=True, env=pip_env, timeout=120,
            )  # fmt: skip
            assert any(site.glob("*.dist-info")), requirement

        runner = tmp_path / "runner-vault"
        cli("vault", "pull", "s3://vault/team", "--lock", project / "requirements.txt",
            "--into", runner, env=env)  # fmt: skip
        cli("vault", "verify", "--vault", runner)
        assert [p.name for p in (runner / "files").rglob("*.whl")] == [
            "urllib3-1.26.17-py2.py3-none-any.whl"
        ]

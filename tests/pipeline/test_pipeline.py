"""`sscli pipeline run`: the whole factory offline on a test project, resumability, and the
deploy gate catching an artifact tampered with between two runs."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.build.conftest import WHEELS, write_project
from tests.builders import sha256
from tests.conftest import REPO, Cli

FACTORY = REPO / "pipelines" / "factory.yaml"


def _write_lock(project: Path) -> None:
    """A uv.lock naming one dependency that the test index (tests/data/wheels) serves."""
    wheel = WHEELS / "packaging-24.1-py3-none-any.whl"
    (project / "uv.lock").write_text(
        f"""version = 1
requires-python = ">=3.9"

[[package]]
name = "demo"
version = "1.0"
source = {{ editable = "." }}
dependencies = [{{ name = "packaging" }}]

[[package]]
name = "packaging"
version = "24.1"
source = {{ registry = "https://pypi.org/simple" }}
wheels = [
    {{ url = "https://files.pythonhosted.org/packages/p/packaging-24.1-py3-none-any.whl", hash = "sha256:{sha256(wheel)}", size = {wheel.stat().st_size} }},
]
"""
    )


@dataclass
class Factory:
    """The shipped pipelines/factory.yaml, run offline on a small project: the test index
    (tests/data/wheels) instead of PyPI, the shared OSV snapshot, a lenient ingest policy."""

    project: Path
    overrides: list[str]

    def run(self, cli: Cli, out: Path, expect: int, pipeline: Path = FACTORY) -> dict:  # type: ignore[type-arg]
        result = cli(
            "pipeline",
            "run",
            pipeline,
            "--project",
            self.project,
            "--out",
            out,
            *self.overrides,
            "--json",
            expect=expect,
        )
        return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.fixture
def factory(tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> Factory:
    project = write_project(tmp_path / "project", "flit")
    wheel = WHEELS / "flit_core-3.9.0-py3-none-any.whl"
    (project / "build-requirements.txt").write_text(
        f"flit_core==3.9.0 --hash=sha256:{sha256(wheel)}\n"
    )
    _write_lock(project)
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: high}\n"
    )
    monkeypatch.setenv("SSCLI_INDEX_URL", WHEELS.as_uri())
    # the project is not a git checkout: its "last commit" was a minute ago (the SBOM's timestamp
    # follows it too, and the deploy policy wants attestations younger than 7 days)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(time.time()) - 60))
    overrides = {
        "osv": shared_data / "osv-pypi-2024-10-10.zip",
        "policy": policy,
    }
    return Factory(project, [f"--var={k}={v}" for k, v in overrides.items()])


def test_factory_runs_resumes_and_catches_tampering(
    cli: Cli, tmp_path: Path, factory: Factory
) -> None:
    out = tmp_path / "out"
    first = factory.run(cli, out, 0)
    conditional = {"ephemeral-key", "sign-provenance", "sign-sbom", "sign-vulns"}
    conditional |= {"source-verify", "source-scan", "sign-source", "sign-source-scan"}
    conditional |= {"verify-with-source", "report-with-source"}
    conditional |= {"push", "verify-push", "verify-push-with-source"}
    assert first["ok"] and {s["name"]: s["status"] for s in first["steps"]} == {
        s["name"]: "skipped" if s["name"] in conditional else "ran" for s in first["steps"]
    }
    assert json.loads((out / "verify.json").read_text())["decision"] == "allow"
    assert (out / "report.html").is_file()

    second = factory.run(cli, out, 0)
    statuses = {s["name"]: s["status"] for s in second["steps"]}
    always = {"verify", "verify-layout", "report"}
    assert {statuses.pop(name) for name in always} == {"ran"}
    assert set(statuses.values()) == {"skipped"}

    wheel = next((out / "dist").glob("*.whl"))
    wheel.write_bytes(wheel.read_bytes() + b"\0")  # tampered between two runs
    third = factory.run(cli, out, 1)
    assert third["failed_step"] == "verify"
    assert json.loads((out / "verify.json").read_text())["decision"] == "deny"


def test_every_step_has_a_link_and_the_run_verifies_against_the_factory_layout(
    cli: Cli, tmp_path: Path, factory: Factory
) -> None:
    out = tmp_path / "out"
    results = factory.run(cli, out, 0)
    unlinked = {"key", "layout-steps", "layout", "verify", "verify-layout", "report"}
    unlinked |= {"ephemeral-key", "sign-provenance", "sign-sbom", "sign-vulns"}
    unlinked |= {"source-verify", "source-scan", "sign-source", "sign-source-scan"}
    unlinked |= {"verify-with-source", "report-with-source"}  # source=false
    unlinked |= {"push", "verify-push", "verify-push-with-source"}  # push=false
    linked = {s["name"] for s in results["steps"]} - unlinked
    assert {p.name.split(".")[0] for p in (out / "links").glob("*.link")} == linked
    report = json.loads((out / "layout-verify.json").read_text())
    assert report["decision"] == "allow"
    assert "Supply chain (in-toto layout)" in (out / "report.html").read_text()
    assert {s["name"] for s in report["steps"]} == {
        "ingest",
        "ingest-build-deps",
        "scan",
        "sbom",
        "build",
        "attest-sbom",
        "attest-vulns",
    }
    # the build's materials are named as ingest named its products: the MATCH rule held
    build = json.loads(next((out / "links").glob("build.*.link")).read_text())["signed"]
    ingested = json.loads(next((out / "links").glob("ingest-build-deps.*.link")).read_text())
    assert "vault/files/flit-core/flit_core-3.9.0-py3-none-any.whl" in build["materials"]
    assert set(ingested["signed"]["products"]) <= set(build["materials"])
    scan = json.loads(next((out / "links").glob("scan.*.link")).read_text())["signed"]
    assert set(scan["materials"]) == {"uv.lock", "vulndb/osv.sqlite"}
    # one scan step writes the three reports (-o FORMAT=PATH), one sbom step the three SBOMs
    assert set(scan["products"]) == {"vulns.predicate.json", "scan.json", "scan.sarif"}
    sbom = json.loads(next((out / "links").glob("sbom.*.link")).read_text())["signed"]
    assert set(sbom["products"]) == {"sbom.cdx.json", "sbom.cdx.xml", "sbom.spdx.json"}
    assert json.loads((out / "sbom.spdx.json").read_text())["spdxVersion"] == "SPDX-2.3"


def test_an_output_changed_after_its_step_fails_the_layout_verification(
    cli: Cli, tmp_path: Path, factory: Factory
) -> None:
    out = tmp_path / "out"
    factory.run(cli, out, 0)
    sbom = out / "sbom.cdx.json"
    sbom.write_text(sbom.read_text().replace('"demo"', '"evil"'))
    results = factory.run(cli, out, 1)
    assert results["failed_step"] == "verify-layout"
    report = json.loads((out / "layout-verify.json").read_text())
    assert report["decision"] == "deny" and "sbom.cdx.json" in report["failure"]
    assert {s["name"]: s["status"] for s in report["steps"]}["sbom"] == "fail"


def test_a_removed_link_or_a_new_key_reruns_the_linked_steps(
    cli: Cli, tmp_path: Path, factory: Factory
) -> None:
    out = tmp_path / "out"
    factory.run(cli, out, 0)
    next((out / "links").glob("sbom.*.link")).unlink()
    statuses = {s["name"]: s["status"] for s in factory.run(cli, out, 0)["steps"]}
    assert statuses["sbom"] == "ran" and statuses["scan"] == "skipped"
    # a new key: every linked step is recorded again, so the layout (which names the new key)
    # finds its links; skipping them would leave links by the old key only
    for path in out.glob("dev-key.pem*"):
        path.unlink()
    results = factory.run(cli, out, 0)
    statuses = {s["name"]: s["status"] for s in results["steps"]}
    assert statuses["key"] == statuses["scan"] == statuses["build"] == "ran"
    assert json.loads((out / "layout-verify.json").read_text())["decision"] == "allow"


def test_the_demo_key_labels_everything_it_signs(
    cli: Cli, tmp_path: Path, factory: Factory
) -> None:
    from sscli.attest.dsse import read_envelopes
    from sscli.attest.statement import SIGNING_KEY_ANNOTATION, parse_statement

    out = tmp_path / "out"
    factory.run(cli, out, 0)
    assert (out / "dev-key.pem.pub").read_text().startswith("sscli development key")
    envelopes = [
        e
        for f in [*out.glob("dist/*.intoto.jsonl"), *cli.state_dir.rglob("*.intoto.jsonl")]
        for e in read_envelopes(f)
    ]
    types = set()
    for envelope in envelopes:
        statement = parse_statement(envelope.payload)
        assert statement.annotation(SIGNING_KEY_ANNOTATION) == "development"
        types.add(statement.predicate_type)
    assert types == {
        "https://slsa.dev/provenance/v1",
        "https://cyclonedx.org/bom",
        "https://in-toto.io/attestation/vulns/v0.1",
        "https://sscli.dev/attestation/ingest/v1",
    }
    rules = {r["rule"]: r for r in json.loads((out / "verify.json").read_text())["rules"]}
    assert "development keys allowed here" in rules["development_keys"]["reason"]


def test_a_changed_input_reruns_its_step(cli: Cli, tmp_path: Path, factory: Factory) -> None:
    out = tmp_path / "out"
    factory.run(cli, out, 0)
    (factory.project / "src" / "demo" / "__init__.py").write_text(
        '"""Changed."""\n\n__version__ = "1.0"\n'
    )
    statuses = {s["name"]: s["status"] for s in factory.run(cli, out, 0)["steps"]}
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
        ("version: 1\nsteps:\n  - name: x\n    run: [a]\n    link: maybe\n", "`link` is true"),
        ("version: 1\nsteps:\n  - name: a/b\n    run: [a]\n", "letters, digits"),
        ("version: 1\nlinks: {key: k}\nsteps:\n  - name: x\n    run: [a]\n", "a key and a dir"),
        ("version: 1\nlinks: {key: k, dir: d, x: y}\nsteps:\n  - {name: x, run: [a]}\n", "x"),
    ],
)
def test_bad_pipeline_files(cli: Cli, tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(text)
    assert message in cli("pipeline", "run", path, "--out", tmp_path / "out", expect=2).stderr


def test_shipped_production_policy_refuses_a_development_build(
    cli: Cli, tmp_path: Path, factory: Factory
) -> None:
    out = tmp_path / "out"
    factory.run(cli, out, 0)
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


LINKED = """version: 1
links: {{key: "{{out}}/k.pem", dir: "{{out}}/links"}}
steps:
  - name: show
    run: [key, show, "{key}"]
    link: {link}
"""


def test_link_problems_stop_the_pipeline_with_the_reason(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shown = tmp_path / "shown.pem"
    cli("key", "generate", "--type", "ed25519", "--out", shown)
    pipeline = tmp_path / "p.yaml"
    pipeline.write_text(LINKED.format(key=f"{shown}.pub", link="true"))
    result = cli("pipeline", "run", pipeline, "--out", out, expect=2)
    assert "the links' key does not exist" in result.stderr  # never an unsigned link
    cli("key", "generate", "--type", "ed25519", "--out", out / "k.pem")
    pipeline.write_text(LINKED.format(key=f"{shown}.pub", link="command"))
    result = cli("pipeline", "run", pipeline, "--out", out, expect=2)
    assert "marked `link: command` but its command wrote no link" in result.stderr
    pipeline.write_text(LINKED.format(key=f"{shown}.pub", link="true"))
    cli("pipeline", "run", pipeline, "--out", out)
    link = json.loads(next((out / "links").glob("show.*.link")).read_text())["signed"]
    assert link["name"] == "show" and link["materials"] == {} and link["products"] == {}


SIGNED_EXAMPLE = REPO / "pipelines" / "shell" / "signed-example.sh"


def _signed_history(factory: Factory, base: Path) -> tuple[Factory, Path]:
    """What `make demo` does: the project's own git repository, its commit signed with a dev
    SSH key by pipelines/shell/signed-example.sh, and the factory's source stage switched on."""
    import subprocess

    subprocess.run(["sh", SIGNED_EXAMPLE, factory.project, base], check=True, capture_output=True)
    repo = base / factory.project.name
    overrides = [
        "--var=source=true",
        f"--var=source_policy={base / 'source-policy.yaml'}",
        "--var=layout={pipeline_dir}/factory-source-layout.yaml",
        "--var=deploy={pipeline_dir}/demo-source-deploy.yaml",
    ]
    return Factory(repo, [*factory.overrides, *overrides]), repo


def _git(repo: Path, *args: str, key: Path | None = None) -> str:
    import os
    import subprocess

    signing = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={key}"] if key else []
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    done = subprocess.run(
        ["git", "-C", str(repo), *signing, *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_source_stage_verifies_the_signed_history_and_the_gate_requires_it(
    cli: Cli, tmp_path: Path, factory: Factory
) -> None:
    source, repo = _signed_history(factory, tmp_path / "source")
    key = tmp_path / "source" / "dev-ssh-key"
    out = tmp_path / "out"
    results = source.run(cli, out, 0)
    statuses = {s["name"]: s["status"] for s in results["steps"]}
    assert statuses["source-verify"] == statuses["source-scan"] == "ran"
    assert statuses["verify"] == "skipped" and statuses["verify-with-source"] == "ran"
    head = _git(repo, "rev-parse", "HEAD")
    verified = json.loads((out / "source-verify.json").read_text())
    assert (verified["result"], verified["commit"]) == ("pass", head)
    assert verified["level"] == "SLSA_SOURCE_LEVEL_3"
    decision = json.loads((out / "verify.json").read_text())
    rules = {r["rule"]: r for r in decision["rules"]}
    assert decision["decision"] == "allow" and rules["source"]["status"] == "pass"
    assert head[:12] in rules["source"]["reason"]
    layout = json.loads((out / "layout-verify.json").read_text())
    assert layout["decision"] == "allow"
    assert {"source-verify", "source-scan"} <= {s["name"] for s in layout["steps"]}
    # the build's sources are what source-verify hashed: the layout's MATCH held
    links = out / "links"
    build = json.loads(next(links.glob("build.*.link")).read_text())["signed"]["materials"]
    checked = json.loads(next(links.glob("source-verify.*.link")).read_text())["signed"]
    assert build["pyproject.toml"] == checked["materials"]["pyproject.toml"]
    report = (out / "report.html").read_text()
    assert "Source" in report and head[:12] in report

    # a planted secret, in a commit signed by the trusted key: the scan stops the factory
    planted = repo / "src" / "settings.py"
    planted.write_text('AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n')
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-S", "-s", "-m", "settings", key=key)
    stopped = source.run(cli, out, 1)
    assert stopped["failed_step"] == "source-scan"
    assert "failing the policy" in stopped["steps"][-1]["reason"]

    # history rewritten behind the factory's back: the verified tip is gone (a force-push)
    _git(repo, "reset", "-q", "--hard", "HEAD~1")
    planted.unlink(missing_ok=True)
    _git(repo, "commit", "-q", "-S", "-s", "--amend", "-m", "rewritten", key=key)
    stopped = source.run(cli, out, 1)
    assert stopped["failed_step"] == "source-verify"
    assert "history was rewritten" in stopped["steps"][-1]["reason"]


def test_an_unsigned_commit_a_dirty_tree_or_a_replaced_object_stops_the_factory(
    cli: Cli, tmp_path: Path, factory: Factory
) -> None:
    source, repo = _signed_history(factory, tmp_path / "source")
    out = tmp_path / "out"
    (repo / "README.md").write_text("changed by someone without the key\n")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.email=demo@sscli.invalid", "commit", "-q", "-s", "-m", "unsigned")
    stopped = source.run(cli, out, 1)
    assert stopped["failed_step"] == "source-verify"
    assert "not signed" in stopped["steps"][-1]["reason"]

    # the signed commit again, but a file the commit does not hold: the build refuses it
    _git(repo, "reset", "-q", "--hard", "HEAD~1")
    (repo / "src" / "extra.py").write_text("print('not in any verified commit')\n")
    stopped = source.run(cli, out, 1)
    assert stopped["failed_step"] == "build"
    assert "uncommitted or untracked changes" in stopped["steps"][-1]["reason"]

    # an object of the signed commit's tree replaced in the object store
    import zlib

    (repo / "src" / "extra.py").unlink()
    blob = _git(repo, "rev-parse", "HEAD:pyproject.toml")
    stored = repo / ".git" / "objects" / blob[:2] / blob[2:]
    stored.chmod(0o644)
    evil = b"[project]\nname = 'evil'\n"
    stored.write_bytes(zlib.compress(b"blob %d\0" % len(evil) + evil))
    stopped = source.run(cli, out, 1)
    assert stopped["failed_step"] == "source-verify"
    assert "does not hash to its id" in " ".join(stopped["steps"][-1]["reason"].split())

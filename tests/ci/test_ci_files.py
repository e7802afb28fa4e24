"""The CI integrations: YAML that parses, actions pinned by commit SHA, least privilege with the
permissions keyless signing and code scanning need, and pipeline files sscli accepts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
ACTION = REPO / "action.yml"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def _uses(document: Any) -> list[str]:
    found: list[str] = []
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "uses" and isinstance(value, str):
                found.append(value)
            else:
                found += _uses(value)
    elif isinstance(document, list):
        for item in document:
            found += _uses(item)
    return found


@pytest.mark.parametrize("path", [*WORKFLOWS, ACTION], ids=lambda p: p.name)
def test_actions_are_pinned_by_commit(path: Path) -> None:
    document = yaml.safe_load(path.read_text())
    uses = _uses(document)
    assert uses, "no steps use an action?"
    for reference in uses:
        assert reference.startswith("./") or PINNED.match(reference), (
            f"{path.name}: {reference} is not pinned by SHA"
        )


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_default_to_read_only(path: Path) -> None:
    document = yaml.safe_load(path.read_text())
    assert document["permissions"] == {"contents": "read"}
    for job in document["jobs"].values():
        for permission, level in (job.get("permissions") or {}).items():
            assert level in ("read", "write", "none") and (
                level != "write" or permission in {"id-token", "security-events"}
            )


@pytest.mark.parametrize("name", ["release.yml", "sscli-factory.yml"])
def test_signing_workflows_can_mint_an_oidc_token(name: str) -> None:
    document = yaml.safe_load((REPO / ".github" / "workflows" / name).read_text())
    (job,) = document["jobs"].values()
    assert (
        job["permissions"]["id-token"] == "write"
        and job["permissions"]["security-events"] == "write"
    )


def test_ci_runs_the_readme_commands() -> None:
    ci = yaml.safe_load((REPO / ".github" / "workflows" / "ci.yml").read_text())
    runs = [step.get("run", "") for job in ci["jobs"].values() for step in job["steps"]]
    assert any("make test" in run for run in runs) and any("make lint" in run for run in runs)
    matrix = ci["jobs"]["test"]["strategy"]["matrix"]["python"]
    assert matrix == ["3.11", "3.12", "3.13"]


def test_composite_action_gates_and_uploads() -> None:
    action = yaml.safe_load(ACTION.read_text())
    assert action["runs"]["using"] == "composite"
    text = ACTION.read_text()
    assert (
        "sscli pipeline run" in text
        and "sscli verify artifact" in text
        and "GITHUB_STEP_SUMMARY" in text
    )
    assert "upload-sarif" in text and "upload-artifact" in text and "actions/cache" in text


def test_gitlab_template_signs_keyless_and_keeps_artifacts() -> None:
    template = yaml.safe_load((REPO / "pipelines" / "gitlab" / "sscli.gitlab-ci.yml").read_text())
    job = template["sscli-factory"]
    assert job["id_tokens"]["SIGSTORE_ID_TOKEN"]["aud"] == "sigstore"
    assert any("sscli verify artifact" in line for line in job["script"])
    assert job["artifacts"]["when"] == "always"


def test_the_shipped_factory_loads_for_the_example(tmp_path: Path) -> None:
    from sscli.pipeline.definition import load_pipeline

    pipeline = load_pipeline(
        REPO / "pipelines" / "factory.yaml",
        project=REPO / "examples" / "hello",
        out=tmp_path,
        state=tmp_path / "s",
    )
    assert {"key", "db", "ingest", "build"} <= {s.name for s in pipeline.steps}
    # files named relative to the pipeline file exist wherever the pipeline is run from
    for name in ("policy", "layout", "deploy"):
        assert Path(pipeline.variables[name]).is_file(), name


def _var_flags(text: str) -> dict[str, str]:
    """The --var NAME=VALUE settings of the command lines in a CI file."""
    values = re.findall(r"""--var\s+(?:"([^"]*)"|'([^']*)'|([^\s"']+))""", text)
    return dict("".join(v).replace("$", "").split("=", 1) for v in values)


@pytest.mark.parametrize(
    "source", ["action.yml", "pipelines/gitlab/sscli.gitlab-ci.yml", "pipelines/shell/factory.sh"]
)
def test_ci_runs_the_same_factory_keyless_with_a_key_made_for_the_run(
    source: str, tmp_path: Path
) -> None:
    """CI runs pipelines/factory.yaml, the file `make demo` and `make dogfood` run, with the
    settings that turn the development key off and keyless signing on."""
    from sscli.pipeline.definition import load_pipeline

    text = (REPO / source).read_text()
    assert "pipelines/factory.yaml" in text and "github/factory" not in text
    flags = _var_flags(text)
    if source.endswith(".sh"):  # its keyless branch
        flags |= _var_flags(text.split("else", 1)[1].split("fi", 1)[0])
    assert flags["development"] == "false" and flags["keyless"] == "true"
    pipeline = load_pipeline(
        REPO / "pipelines" / "factory.yaml",
        project=REPO,
        out=tmp_path,
        state=tmp_path / "s",
        overrides={k: v for k, v in flags.items() if "{" not in v or k == "key"},
    )
    enabled = {s.name for s in pipeline.steps if s.when}
    assert {"ephemeral-key", "sign-provenance", "sign-sbom", "sign-vulns"} <= enabled
    assert "key" not in enabled  # no development key in CI
    assert pipeline.variables["key"] == f"{tmp_path / 's'}/ephemeral-key.pem"


@pytest.mark.parametrize("name", ["factory-layout.yaml", "factory-source-layout.yaml"])
def test_every_step_of_the_factory_layout_is_a_linked_step_of_the_factory(
    tmp_path: Path, name: str
) -> None:
    from sscli.pipeline.definition import NO_LINK, load_pipeline
    from sscli.policy.load import parse_yaml

    pipeline = load_pipeline(
        REPO / "pipelines" / "factory.yaml", project=REPO, out=tmp_path, state=tmp_path / "s"
    )
    assert pipeline.links is not None
    linked = {s.name for s in pipeline.steps if s.link != NO_LINK}
    path = REPO / "pipelines" / name
    layout = parse_yaml(path.read_bytes(), path=path)
    assert {step["name"] for step in layout["steps"]} <= linked


@pytest.mark.parametrize("name", ["factory.sh", "signed-example.sh"])
def test_shell_pipeline_is_valid_sh(name: str) -> None:
    subprocess.run(["sh", "-n", str(REPO / "pipelines" / "shell" / name)], check=True)


@pytest.mark.parametrize("source", ["action.yml", "pipelines/gitlab/sscli.gitlab-ci.yml"])
def test_ci_runs_the_source_stage_on_the_pushed_range_when_given_a_source_policy(
    source: str,
) -> None:
    text = (REPO / source).read_text()
    flags = _var_flags(text)
    assert (
        flags["source"] == "true" and flags["layout"] == "{pipeline_dir}/factory-source-layout.yaml"
    )
    assert flags["source_range"] == "range" and ".." in text.split("range=HEAD", 1)[1]
    gate = text[text.index("sscli verify artifact") - 300 :]
    assert "source-attestations" in gate  # the gate reads the source attestations


@pytest.mark.skipif(shutil.which("actionlint") is None, reason="actionlint is not installed")
def test_actionlint() -> None:
    subprocess.run(["actionlint", *map(str, WORKFLOWS)], check=True)


def test_shipped_policies_are_valid() -> None:
    from sscli.policy import load_policy

    for policy in (REPO / "policies").glob("*.yaml"):
        load_policy(policy)
    load_policy(REPO / "pipelines" / "demo-deploy.yaml")
    assert load_policy(REPO / "pipelines" / "demo-source-deploy.yaml").deploy.source_rules  # type: ignore[union-attr]


def test_the_suite_collects_every_test_directory() -> None:
    """pytest skips directories named `build` unless told otherwise: tests/build went uncollected
    (and unrun by .ci/run) until pyproject.toml set norecursedirs."""
    listed = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-m", ""],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    collected = {line.split("/")[1] for line in listed.splitlines() if line.startswith("tests/")}
    present = {p.parent.name for p in (REPO / "tests").glob("*/test_*.py")}
    assert present <= collected

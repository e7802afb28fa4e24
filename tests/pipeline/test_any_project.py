"""The one shipped factory on projects unlike examples/hello: what it needs (the lock, the build
backend's lock, the wheel name, the sources) is read from the project, or given with --var."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sscli.errors import InputError
from tests.conftest import EXAMPLES, REPO


def _project(directory: Path, pyproject: str, files: dict[str, str]) -> Path:
    directory.mkdir()
    (directory / "pyproject.toml").write_text(pyproject)
    for name, text in files.items():
        (directory / name).write_text(text)
    return directory


def _load(project: Path, tmp_path: Path, **overrides: str):  # type: ignore[no-untyped-def]
    from sscli.pipeline.definition import load_pipeline

    return load_pipeline(
        REPO / "pipelines" / "factory.yaml",
        project=project,
        out=tmp_path / "out",
        state=tmp_path / "state",
        overrides=overrides,
    )


def test_a_pip_tools_project_with_a_flat_layout_runs_through_the_factory(
    fetch_factory: Path,
) -> None:
    out = fetch_factory
    assert [p.name for p in (out / "dist").glob("*.whl")] == ["sscli_fetch-1.0.0-py3-none-any.whl"]
    assert json.loads((out / "verify.json").read_text())["decision"] == "allow"
    assert json.loads((out / "layout-verify.json").read_text())["decision"] == "allow"
    links = out / "links"
    ingest = json.loads(next(links.glob("ingest.*.link")).read_text())["signed"]
    build_deps = json.loads(next(links.glob("ingest-build-deps.*.link")).read_text())["signed"]
    assert set(ingest["materials"]) == {"requirements.txt"}
    assert set(build_deps["materials"]) == {"requirements-build.txt"}
    assert "vault/files/hatchling/hatchling-1.25.0-py3-none-any.whl" in build_deps["products"]
    build = json.loads(next(links.glob("build.*.link")).read_text())["signed"]
    assert "sscli_fetch/__init__.py" in build["materials"]  # the flat layout's package
    layout = (out / "layout-steps.yaml").read_text()
    assert '[MATCH, "requirements.txt", WITH, MATERIALS, FROM, ingest]' in layout
    scan = json.loads((out / "scan.json").read_text())
    assert [f["id"] for f in scan["findings"]] == ["PYSEC-2023-212"]


def test_a_poetry_project_runs_through_the_factory(poetry_factory: Path) -> None:
    out = poetry_factory
    assert [p.name for p in (out / "dist").glob("*.whl")] == [
        "sscli_poetry_demo-1.0.0-py3-none-any.whl"
    ]
    assert json.loads((out / "verify.json").read_text())["decision"] == "allow"
    links = out / "links"
    ingest = json.loads(next(links.glob("ingest.*.link")).read_text())["signed"]
    assert set(ingest["materials"]) == {"poetry.lock"}
    # Only the main group is installed (as `poetry install --only main`): packaging is dev-only.
    assert "vault/files/pluggy/pluggy-1.5.0-py3-none-any.whl" in ingest["products"]
    assert not any("packaging" in product for product in ingest["products"])
    build = json.loads(next(links.glob("build.*.link")).read_text())["signed"]
    assert "src/sscli_poetry_demo/__init__.py" in build["materials"]
    sbom = json.loads((out / "sbom.cdx.json").read_text())
    assert sbom["metadata"]["component"]["name"] == "sscli-poetry-demo"
    assert [c["name"] for c in sbom["components"]] == ["pluggy"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"uv.lock": ""}, "uv.lock"),
        ({"poetry.lock": "", "requirements.txt": ""}, "poetry.lock"),
        ({"pylock.toml": ""}, "pylock.toml"),
        ({"requirements.txt": ""}, "requirements.txt"),
    ],
)
def test_the_lock_is_detected(tmp_path: Path, files: dict[str, str], expected: str) -> None:
    project = _project(
        tmp_path / "p", '[project]\nname = "My.Project"\n', {"build-requirements.txt": "", **files}
    )
    variables = _load(project, tmp_path).variables
    assert variables["lock"] == str(project / expected)
    assert variables["lock_name"] == expected
    assert variables["dist_name"] == "my_project"


def test_a_poetry_project_is_named_from_tool_poetry(tmp_path: Path) -> None:
    pyproject = (
        '[tool.poetry]\nname = "poetry-demo"\nversion = "0.1.0"\n\n'
        '[build-system]\nrequires = ["poetry-core>=1.0.0"]\n'
        'build-backend = "poetry.core.masonry.api"\n'
    )
    project = _project(tmp_path / "p", pyproject, {"poetry.lock": "", "requirements-build.txt": ""})
    variables = _load(project, tmp_path).variables
    assert variables["lock_name"] == "poetry.lock"
    assert variables["build_lock_name"] == "requirements-build.txt"
    assert variables["dist_name"] == "poetry_demo"


def test_what_is_not_found_is_an_error_that_says_how_to_give_it(tmp_path: Path) -> None:
    project = _project(
        tmp_path / "p",
        '[project]\nname = "x"\n[build-system]\nrequires = ["flit_core>=3.12,<4"]\n',
        {"uv.lock": ""},
    )
    with pytest.raises(InputError) as raised:
        _load(project, tmp_path)
    assert "no hashed lock of the build backend" in raised.value.message
    assert "'flit_core>=3.12,<4' | uv pip compile --generate-hashes" in (raised.value.hint or "")
    (project / "uv.lock").unlink()
    with pytest.raises(InputError, match="no lock file in the project"):
        _load(project, tmp_path, build_lock="b.txt")


def test_var_overrides_win_and_name_the_lock_as_the_links_do(tmp_path: Path) -> None:
    variables = _load(
        EXAMPLES / "hello", tmp_path, lock=str(EXAMPLES / "hello" / "pylock.toml")
    ).variables
    assert variables["lock_name"] == "pylock.toml"
    elsewhere = tmp_path / "locks" / "prod.txt"
    variables = _load(EXAMPLES / "hello", tmp_path, lock=str(elsewhere)).variables
    assert variables["lock_name"] == "prod.txt"  # outside the project: by its file name


def test_conditions_are_true_or_false_never_guessed(tmp_path: Path) -> None:
    pipeline = _load(EXAMPLES / "hello", tmp_path)
    enabled = {s.name: s.when for s in pipeline.steps}
    assert enabled["key"] and not enabled["ephemeral-key"] and not enabled["sign-provenance"]
    with pytest.raises(InputError, match="`when` needs true or false"):
        _load(EXAMPLES / "hello", tmp_path, keyless="maybe")


def test_a_list_of_conditions_holds_only_when_all_do(tmp_path: Path) -> None:
    def enabled(**overrides: str) -> dict[str, bool]:
        return {s.name: s.when for s in _load(EXAMPLES / "hello", tmp_path, **overrides).steps}

    assert not enabled(keyless="true")["sign-source"]  # the source stage is off
    assert not enabled(source="true")["sign-source"]  # signing with the key, not keyless
    both = enabled(source="true", keyless="true")
    assert both["sign-source"] and both["sign-source-scan"] and not both["verify"]
    with pytest.raises(InputError, match="`when` needs true or false"):
        _load(EXAMPLES / "hello", tmp_path, source="perhaps")

"""Fixtures every test area shares: paths, the shared real data, and the CLI runner."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


def shared_data_dir() -> Path:
    """`../shared/data` beside the checkout (SSCLI_SHARED_DATA overrides)."""
    override = os.environ.get("SSCLI_SHARED_DATA")
    return Path(override) if override else REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    directory = shared_data_dir()
    if not (directory / "osv-pypi-2024-10-10.zip").is_file():
        pytest.fail(f"the shared test data is missing: {directory}/osv-pypi-2024-10-10.zip")
    return directory


@pytest.fixture(scope="session")
def snapshot_db(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """The shared OSV snapshot imported once per session (tests must not modify it)."""
    from tests.vulndb.snapshot import import_snapshot

    return import_snapshot(shared_data, tmp_path_factory.mktemp("snapshot") / "osv.sqlite")


@pytest.fixture(scope="session")
def hello_dir() -> Path:
    return EXAMPLES / "hello"


class Cli:
    """Runs the real `sscli` app in-process; stdout and stderr are kept apart."""

    def __init__(self, state_dir: Path) -> None:
        self.runner = CliRunner()
        self.state_dir = state_dir

    def __call__(
        self,
        *args: str | os.PathLike[str],
        expect: int | None = 0,
        env: dict[str, str] | None = None,
    ) -> Result:
        from sscli.cli.app import app

        argv: Sequence[str] = ["--state-dir", str(self.state_dir), *map(str, args)]
        result = self.runner.invoke(app, argv, env=env, catch_exceptions=False)
        if expect is not None and result.exit_code != expect:
            raise AssertionError(
                f"sscli {' '.join(argv)} exited {result.exit_code}, expected {expect}\n"
                f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
            )
        return result


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "state")


WHEELS = REPO / "tests" / "data" / "wheels"
LENIENT_INGEST = (
    "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: high}\n"
)


def run_factory(cli: Cli, project: Path, out: Path, *overrides: str, expect: int = 0) -> dict:  # type: ignore[type-arg]
    """The shipped pipelines/factory.yaml on `project`, offline: the recorded wheels
    (tests/data/wheels) as the index, the shared OSV snapshot, an ingest policy without
    min_age (a directory index has no upload times), the project's last change a minute ago."""
    import json
    import time

    policy = out.parent / "ingest-policy.yaml"
    policy.write_text(LENIENT_INGEST)
    result = cli(
        "pipeline", "run", REPO / "pipelines" / "factory.yaml", "--project", project,
        "--out", out, f"--var=osv={shared_data_dir() / 'osv-pypi-2024-10-10.zip'}",
        f"--var=policy={policy}", *overrides, "--json",
        expect=expect,
        env={"SSCLI_INDEX_URL": WHEELS.as_uri(), "SOURCE_DATE_EPOCH": str(int(time.time()) - 60)},
    )  # fmt: skip
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def fetch_factory(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """The factory's output directory after a run on a copy of examples/fetch: a pip-tools
    project (requirements.txt, requirements-build.txt), flat layout, hatchling, and one
    dependency with a known advisory."""
    import shutil

    root = tmp_path_factory.mktemp("fetch-factory")
    project = root / "fetch"
    shutil.copytree(EXAMPLES / "fetch", project)
    out = root / "out"
    summary = run_factory(Cli(root / "state"), project, out)
    assert summary["ok"], summary
    return out


@pytest.fixture(scope="session")
def poetry_factory(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """The factory's output directory after a run on a copy of examples/poetry-app: a Poetry
    project ([tool.poetry], no [project] table), its poetry.lock with a dev group, poetry-core."""
    import shutil

    root = tmp_path_factory.mktemp("poetry-factory")
    project = root / "poetry-app"
    shutil.copytree(EXAMPLES / "poetry-app", project)
    out = root / "out"
    summary = run_factory(Cli(root / "state"), project, out)
    assert summary["ok"], summary
    return out

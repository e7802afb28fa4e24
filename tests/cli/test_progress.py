"""Progress bars for the long commands: drawn on stderr when it is a terminal (a pty here),
nothing when it is not (a pipe, as in CI logs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO, shared_data_dir
from tests.ingest.conftest import write_lock
from tests.terminal import BAR
from tests.terminal import sscli as _sscli

WHEELS = REPO / "tests" / "data" / "wheels"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("progress")
    lock = write_lock(root / "requirements.txt", [WHEELS / "packaging-24.1-py3-none-any.whl"])
    policy = root / "policy.yaml"
    policy.write_text(
        "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n"
    )
    code, stderr = _sscli(
        "ingest", lock, "--index-url", WHEELS.as_uri(), "--vault", root / "vault",
        "--policy", policy, tty=True, state=root / "state",
    )  # fmt: skip
    assert code == 0, stderr
    assert "ingesting 1 package(s)" in stderr and BAR in stderr  # ingest on a terminal
    return root / "vault"


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "pipe"])
def test_vault_verify(vault: Path, tmp_path: Path, tty: bool) -> None:
    code, stderr = _sscli("vault", "verify", "--vault", vault, tty=tty, state=tmp_path)
    assert code == 0 and "vault ok" in stderr
    assert ("verifying the vault" in stderr and BAR in stderr) is tty


def test_ingest_into_a_pipe_draws_nothing(vault: Path, tmp_path: Path) -> None:
    lock = write_lock(tmp_path / "r.txt", [WHEELS / "packaging-24.1-py3-none-any.whl"])
    policy = tmp_path / "p.yaml"
    policy.write_text(
        "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n"
    )
    code, stderr = _sscli(
        "ingest", lock, "--index-url", WHEELS.as_uri(), "--vault", vault, "--policy", policy,
        tty=False, state=tmp_path,
    )  # fmt: skip
    assert code == 0 and "ingesting" not in stderr and BAR not in stderr


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "pipe"])
def test_db_import(tmp_path: Path, tty: bool) -> None:
    snapshot = shared_data_dir() / "osv-pypi-2024-10-10.zip"
    code, stderr = _sscli(
        "db", "import", snapshot, "--db", tmp_path / "osv.sqlite", tty=tty, state=tmp_path
    )
    assert code == 0 and "2661 added" in " ".join(stderr.split())
    assert ("importing OSV records" in stderr) is tty

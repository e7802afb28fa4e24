"""Progress of builds and rebuilds: a bar on a terminal, nothing in a pipe; each stage heard."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.build.conftest import write_project
from tests.terminal import BAR, sscli


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "pipe"])
def test_build(build_vault: Path, tmp_path: Path, tty: bool) -> None:
    project = write_project(tmp_path / "project", "flit")
    code, stderr = sscli(
        "build", project, "--vault", build_vault, "--out", tmp_path / "dist",
        "--source-date-epoch", "1700000000", tty=tty, state=tmp_path,
    )  # fmt: skip
    assert code == 0, stderr
    assert ("building twice in the sandbox" in stderr and BAR in stderr) is tty


def test_a_rebuild_reports_each_stage(tmp_path: Path, build_vault: Path) -> None:
    """The rebuild's stages, as the bar hears them, from finding the release to comparing."""
    import shutil

    from sscli.build.rebuild import rebuild
    from sscli.build.sandbox import find_sandbox
    from sscli.index.client import IndexClient, IndexSettings
    from sscli.vault.store import Vault
    from tests.conftest import Cli
    from tests.servers import pypiserver

    project = write_project(tmp_path / "project", "flit")
    Cli(tmp_path / "state")("build", project, "--vault", build_vault, "--out", tmp_path / "dist",
                            "--source-date-epoch", "1700000000")  # fmt: skip
    index = tmp_path / "index"
    index.mkdir()
    for built in (tmp_path / "dist").glob("demo-1.0*"):
        shutil.copy(built, index)
    heard: list[tuple[int, int | None, str]] = []
    with pypiserver(index) as url:
        client = IndexClient(IndexSettings(url))
        result = rebuild("demo", "1.0", client, Vault(build_vault), find_sandbox(),
                         lambda done, total=None, what="": heard.append((done, total, what)))  # fmt: skip
    assert result.verdict == "reproducible"
    assert [done for done, _, _ in heard] == [0, 1, 2, 3] and {t for _, t, _ in heard} == {4}
    assert "comparing with the published wheel" in heard[-1][2]

"""The uv workspace members sscli fix copies beside a uv.lock before uv re-locks it."""

from __future__ import annotations

from pathlib import Path

from sscli.fix.uvlock import workspace_members
from tests.conftest import REPO

LOCKS = REPO / "tests" / "data" / "locks"


def test_the_members_of_a_real_workspace_are_the_project_files_it_ships() -> None:
    """modelcontextprotocol/python-sdk: 16 members by glob and by uv.lock's editable sources."""
    project = LOCKS / "mcp"
    shipped = {p.parent.relative_to(project) for p in project.rglob("pyproject.toml")}
    assert set(workspace_members(project)) == shipped - {Path()}


def test_members_outside_the_project_or_excluded_are_not_copied(tmp_path: Path) -> None:
    project = tmp_path / "root"
    for member in ("packages/a", "packages/b", "packages/skip"):
        (project / member).mkdir(parents=True)
        (project / member / "pyproject.toml").write_text("[project]\n")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "pyproject.toml").write_text("[project]\n")
    (project / "pyproject.toml").write_text(
        '[tool.uv.workspace]\nmembers = ["packages/*", "../outside", "/etc"]\n'
        'exclude = ["packages/skip"]\n'
    )
    (project / "uv.lock").write_text(
        'version = 1\n[[package]]\nname = "o"\nversion = "1"\nsource = { editable = "../outside" }\n'
    )
    assert workspace_members(project) == [Path("packages/a"), Path("packages/b")]

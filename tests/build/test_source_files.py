"""What a build starts from: the project's files as git lists them, or (outside git) all but
caches and earlier output; never the run's own output or vault inside the project."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sscli.build.source import source_files


def _tree(root: Path, files: list[str]) -> Path:
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(name)
    return root


FILES = [
    "pyproject.toml",
    "src/pkg/__init__.py",
    "src/pkg/build/__init__.py",  # a subpackage named build (pypa/build has src/build)
    "out/.sscli/vault/files/x/x-1.0-py3-none-any.whl",
    "out/dist/pkg-1.0-py3-none-any.whl",
    ".venv/lib/site.py",
    "src/pkg/__pycache__/m.cpython-311.pyc",
    "dist/pkg-1.0.tar.gz",
    "pkg.egg-info/PKG-INFO",
]
SOURCES = [Path("pyproject.toml"), Path("src/pkg/__init__.py"), Path("src/pkg/build/__init__.py")]


def test_outside_git_caches_earlier_builds_and_the_run_s_own_directories_stay_out(
    tmp_path: Path,
) -> None:
    project = _tree(tmp_path / "p", FILES)
    assert source_files(project, exclude=(project / "out",)) == SOURCES
    assert Path("out/dist/pkg-1.0-py3-none-any.whl") in source_files(project)


def test_in_git_what_gitignore_names_stays_out_and_new_files_come_in(tmp_path: Path) -> None:
    project = _tree(tmp_path / "p", [*FILES, "NOTES.md"])
    (project / ".gitignore").write_text("/out/\n/dist/\n.venv/\n__pycache__/\n*.egg-info/\n")
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    subprocess.run(
        ["git", "-C", str(project), "add", "pyproject.toml", "src", ".gitignore"], check=True
    )
    assert source_files(project) == sorted([*SOURCES, Path(".gitignore"), Path("NOTES.md")])


def test_a_build_keeps_a_build_subpackage_and_leaves_its_own_output_out(
    cli: object, tmp_path: Path, build_vault: Path
) -> None:
    """A package directory named build was dropped from the source copy, and an output
    directory inside the project was copied in (and listed as the build's materials)."""
    import json
    import zipfile

    from tests.build.conftest import write_project
    from tests.conftest import Cli

    assert isinstance(cli, Cli)
    project = write_project(tmp_path / "project", "flit")
    _tree(project, ["src/demo/build/__init__.py", "out/.sscli/vault/junk.txt"])
    key = tmp_path / "k.pem"
    cli("key", "generate", "--type", "ed25519", "--out", key)
    out = project / "out" / "dist"
    cli("build", project, "--vault", build_vault, "--out", out, "--source-date-epoch", "1700000000",
        "--key", key, "--links-dir", tmp_path / "links")  # fmt: skip
    with zipfile.ZipFile(out / "demo-1.0-py3-none-any.whl") as wheel:
        assert "demo/build/__init__.py" in wheel.namelist()
    link = json.loads(next((tmp_path / "links").glob("build.*.link")).read_text())["signed"]
    assert "src/demo/build/__init__.py" in link["materials"]
    assert not [m for m in link["materials"] if m.startswith("out/")]

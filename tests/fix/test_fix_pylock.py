"""`sscli fix` of pylock.toml through the tool that wrote it: pylocks written in the test by the
real uv (`uv export`, `uv pip compile`) and the real pip (`pip lock`) against a pypiserver on
loopback, with real vulnerable pins from the OSV snapshot (pyyaml 5.3, urllib3 1.24.1; see
test_fix.py); the fixed lock is re-scanned, keeps its hashes and is ingested. The refusals use
the pylock pipenv wrote (tests/data/locks/pipenv) and locks whose producer is not known."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.builders import build_wheel, sha256
from tests.conftest import REPO, Cli
from tests.servers import pypiserver

RELEASES = {
    "pyyaml": ["5.3", "5.3.1", "5.4", "6.0.1"],
    "urllib3": ["1.24.1", "1.24.3", "1.26.17", "1.26.18", "1.26.19", "2.2.3"],
}
UV = Path(sys.executable).with_name("uv")
PIPENV_PYLOCK = REPO / "tests" / "data" / "locks" / "pipenv" / "pylock.toml"
STRICT_INGEST = (
    "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: any}\n"
)


@pytest.fixture
def index(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    files = tmp_path / "index"
    files.mkdir()
    for name, versions in RELEASES.items():
        for version in versions:
            build_wheel(files, name, version)
    with pypiserver(files) as url:
        yield url, files


def _run(argv: list[str | Path], cwd: Path) -> None:
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def _uv_project(tmp_path: Path, url: str) -> Path:
    """A uv project locked at pyyaml 5.3 and urllib3 1.24.1, exported by uv to pylock.toml."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        '[project]\nname = "app"\nversion = "1.0"\nrequires-python = ">=3.11"\n'
        'dependencies = ["pyyaml>=5.1", "urllib3"]\n\n[tool.uv]\npackage = false\n'
    )
    _run([UV, "lock", "--index-url", url, "--no-config", "--upgrade-package", "pyyaml==5.3",
          "--upgrade-package", "urllib3==1.24.1"], project)  # fmt: skip
    _run([UV, "export", "--format", "pylock.toml", "-o", "pylock.toml", "--no-dev"], project)
    return project


def _versions(lock: Path) -> dict[str, str]:
    document = tomllib.loads(lock.read_text())
    return {p["name"]: p["version"] for p in document["packages"] if "version" in p}


def _wheel_hash(lock: Path, name: str) -> str:
    document = tomllib.loads(lock.read_text())
    (entry,) = [p for p in document["packages"] if p["name"] == name]
    (wheel,) = entry["wheels"]
    return str(wheel["hashes"]["sha256"])


def _scan_and_ingest(cli: Cli, lock: Path, url: str, db: Path, tmp_path: Path) -> None:
    """Nothing left for the next scan, and ingest (failing on any vulnerability) passes."""
    scan = json.loads(cli("scan", lock, "--db", db, "--format", "json").stdout)
    assert scan["findings"] == []
    policy = tmp_path / "strict.yaml"
    policy.write_text(STRICT_INGEST)
    report = json.loads(
        cli("ingest", lock, "--index-url", url, "--vault", tmp_path / "vault", "--policy", policy,
            "--db", db, "--format", "json").stdout
    )  # fmt: skip
    assert report["ok"]


def test_a_uv_export_is_exported_again_from_the_fixed_uv_lock(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, files = index
    project = _uv_project(tmp_path, url)
    lock = project / "pylock.toml"
    header = lock.read_text().splitlines()[:2]
    policy = tmp_path / "strict.yaml"
    policy.write_text(STRICT_INGEST)
    # the vulnerable lock does not pass ingest
    cli("ingest", lock, "--index-url", url, "--vault", tmp_path / "before", "--policy", policy,
        "--db", snapshot_db, expect=1)  # fmt: skip
    result = cli("fix", lock, "--index-url", url, "--db", snapshot_db, "--format", "json")
    report = json.loads(result.stdout)
    assert {c["package"]: c["to"] for c in report["changes"]} == {
        "pyyaml": "5.4",
        "urllib3": "1.26.18",
    }
    assert report["kind"] == "pylock" and report["written"] and report["remaining"] == []
    assert sorted(Path(f).name for f in report["files"]) == ["pylock.toml", "uv.lock"]
    assert _versions(lock) == {"pyyaml": "5.4", "urllib3": "1.26.18"}
    assert lock.read_text().splitlines()[:2] == header  # the same command, re-run
    assert _wheel_hash(lock, "pyyaml") == sha256(files / "pyyaml-5.4-py3-none-any.whl")
    assert 'name = "pyyaml"\nversion = "5.4"' in (project / "uv.lock").read_text()
    _scan_and_ingest(cli, lock, url, snapshot_db, tmp_path)


def test_dry_run_shows_both_diffs_and_writes_nothing(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, _ = index
    project = _uv_project(tmp_path, url)
    before = {name: (project / name).read_text() for name in ("pylock.toml", "uv.lock")}
    result = cli("fix", project / "pylock.toml", "--index-url", url, "--db", snapshot_db,
                 "--dry-run")  # fmt: skip
    assert {name: (project / name).read_text() for name in before} == before
    assert "--- a/pylock.toml" in result.stdout and "--- a/uv.lock" in result.stdout
    assert '-version = "5.3"\n+version = "5.4"' in result.stdout
    assert "would write" in result.stderr and "uv.lock" in result.stderr


def test_a_uv_pip_compile_lock_is_compiled_again_from_its_inputs(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, files = index
    project = tmp_path / "app"
    (project / "requirements").mkdir(parents=True)
    (project / "requirements" / "main.in").write_text("pyyaml>=5.1\nurllib3\n")
    (project / "pins.txt").write_text("pyyaml==5.3\nurllib3==1.24.1\n")
    _run([UV, "pip", "compile", "requirements/main.in", "-c", "pins.txt", "--index-url", url,
          "--no-config", "--python-version", "3.11", "-o", "pylock.toml"], project)  # fmt: skip
    (project / "pins.txt").write_text("")  # the pins were for the first lock only
    lock = project / "pylock.toml"
    header = lock.read_text().splitlines()[:2]
    result = cli("fix", project / "pylock.toml", "--index-url", url, "--db", snapshot_db,
                 "--fail-on", "high")  # fmt: skip
    assert "1 upgrade(s), 0 finding(s) left" in result.stderr
    # urllib3 raised to the smallest release clean at >= high; pyyaml kept (uv's preferences)
    assert _versions(lock) == {"pyyaml": "5.3", "urllib3": "1.26.17"}
    assert lock.read_text().splitlines()[:2] == header
    assert _wheel_hash(lock, "urllib3") == sha256(files / "urllib3-1.26.17-py3-none-any.whl")
    cli("fix", lock, "--index-url", url, "--db", snapshot_db)
    assert _versions(lock) == {"pyyaml": "5.4", "urllib3": "1.26.18"}
    _scan_and_ingest(cli, lock, url, snapshot_db, tmp_path)


def test_a_pip_lock_is_locked_again_by_pip(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, files = index
    project = tmp_path / "app"
    project.mkdir()
    (project / "requirements.txt").write_text("pyyaml==5.3\nurllib3==1.24.1\n")
    _run([sys.executable, "-m", "pip", "lock", "--isolated", "-q", "--index-url", url,
          "-r", "requirements.txt", "-o", "pylock.toml"], project)  # fmt: skip
    lock = project / "pylock.toml"
    assert 'created-by = "pip"' in lock.read_text()
    result = cli("fix", lock, "--index-url", url, "--db", snapshot_db, "--format", "json")
    assert json.loads(result.stdout)["remaining"] == []
    assert _versions(lock) == {"pyyaml": "5.4", "urllib3": "1.26.18"}
    assert 'created-by = "pip"' in lock.read_text()
    assert _wheel_hash(lock, "pyyaml") == sha256(files / "pyyaml-5.4-py3-none-any.whl")
    _scan_and_ingest(cli, lock, url, snapshot_db, tmp_path)


def test_the_pylock_pipenv_wrote_is_refused_with_the_reason(
    cli: Cli, tmp_path: Path, snapshot_db: Path
) -> None:
    lock = tmp_path / "pylock.toml"
    lock.write_bytes(PIPENV_PYLOCK.read_bytes())
    before = lock.read_bytes()
    result = cli("fix", lock, "--db", snapshot_db, "--index-url", "http://127.0.0.1:9/simple/",
                 expect=2)  # fmt: skip
    assert "written by 'pipenv' (its created-by)" in result.stderr
    assert "pipenv update" in result.stderr
    assert lock.read_bytes() == before


@pytest.mark.parametrize(
    ("head", "message"),
    [
        ('created-by = "hand"\n', "written by 'hand'"),
        ("", "names no producer (created-by)"),
        ('created-by = "uv"\n', "records no command (written with --no-header)"),
        (
            "# This file was autogenerated by uv via the following command:\n#    make lock\n"
            'created-by = "uv"\n',
            "records the command `make lock`",
        ),
        (
            "# This file was autogenerated by uv via the following command:\n"
            '#    uv export --format pylock.toml --project ../other\ncreated-by = "uv"\n',
            "uses --project",
        ),
        (
            "# This file was autogenerated by uv via the following command:\n"
            '#    uv export --format pylock.toml\ncreated-by = "uv"\n',
            "there is no pyproject.toml beside it",
        ),
        (
            "# This file was autogenerated by uv via the following command:\n"
            '#    uv pip compile requirements.in -o pylock.toml\ncreated-by = "uv"\n',
            "compiled from requirements.in, which is not there",
        ),
    ],
)
def test_what_cannot_be_regenerated_is_refused_with_the_reason(
    cli: Cli,
    tmp_path: Path,
    index: tuple[str, Path],
    snapshot_db: Path,
    head: str,
    message: str,
) -> None:
    url, _ = index
    lock = tmp_path / "pylock.toml"
    lock.write_text(
        f'{head}lock-version = "1.0"\n\n[[packages]]\nname = "pyyaml"\nversion = "5.3"\n'
        f'index = "{url}"\n'
    )
    before = lock.read_text()
    result = cli("fix", lock, "--db", snapshot_db, "--index-url", url, expect=2)
    assert message in " ".join(result.stderr.split())
    assert lock.read_text() == before


def test_a_pylock_naming_another_index_is_refused(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, _ = index
    project = _uv_project(tmp_path, url)
    result = cli("fix", project / "pylock.toml", "--db", snapshot_db, expect=2)
    stderr = " ".join(result.stderr.split())
    assert f"names the index {url}" in stderr and f"--index-url {url}" in stderr


def _pip_pylock(tmp_path: Path, url: str) -> Path:
    project = tmp_path / "app"
    project.mkdir()
    (project / "requirements.txt").write_text("pyyaml==5.3\nurllib3==1.24.1\n")
    _run([sys.executable, "-m", "pip", "lock", "--isolated", "-q", "--index-url", url,
          "-r", "requirements.txt", "-o", "pylock.toml"], project)  # fmt: skip
    return project / "pylock.toml"


def test_a_new_dependency_of_the_fixed_release_is_locked_by_pip_with_its_hash(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, files = index
    lock = _pip_pylock(tmp_path, url)
    (files / "urllib3-1.26.18-py3-none-any.whl").unlink()
    build_wheel(files, "urllib3", "1.26.18", requires=["idna>=3"])
    build_wheel(files, "idna", "3.7")
    cli("fix", lock, "--index-url", url, "--db", snapshot_db)
    assert _versions(lock) == {"pyyaml": "5.4", "urllib3": "1.26.18", "idna": "3.7"}
    assert _wheel_hash(lock, "idna") == sha256(files / "idna-3.7-py3-none-any.whl")
    _scan_and_ingest(cli, lock, url, snapshot_db, tmp_path)


def test_a_fixed_release_pip_cannot_install_is_not_written(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, files = index
    lock = _pip_pylock(tmp_path, url)
    before = lock.read_text()
    (files / "urllib3-1.26.18-py3-none-any.whl").unlink()
    build_wheel(files, "urllib3", "1.26.18", requires=["brotli>=99"])  # not on the index
    result = cli("fix", lock, "--index-url", url, "--db", snapshot_db, expect=1)
    assert "pip could not apply the fix" in result.stderr
    assert "nothing was written" in " ".join(result.stderr.split())
    assert lock.read_text() == before


def test_a_uv_export_held_back_by_the_project_is_not_written(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, _ = index
    project = _uv_project(tmp_path, url)
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"urllib3"', '"urllib3<1.25"'))
    _run([UV, "lock", "--index-url", url, "--no-config"], project)
    _run([UV, "export", "--format", "pylock.toml", "-o", "pylock.toml", "--no-dev"], project)
    before = {name: (project / name).read_text() for name in ("pylock.toml", "uv.lock")}
    result = cli("fix", project / "pylock.toml", "--index-url", url, "--db", snapshot_db,
                 expect=1)  # fmt: skip
    assert "uv" in result.stderr and "nothing was written" in " ".join(result.stderr.split())
    assert {name: (project / name).read_text() for name in before} == before


def test_a_lock_that_names_no_index_is_not_moved_to_another_one(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    """A uv pip compile (or pip) lock names no `index`: fixed against another index, every
    package would come from wherever that one serves it (a private name from a public index)."""
    url, files = index
    project = tmp_path / "app"
    project.mkdir()
    (project / "requirements.in").write_text("pyyaml==5.3\n")
    _run([UV, "pip", "compile", "requirements.in", "--index-url", url, "--no-config",
          "--python-version", "3.11", "-o", "pylock.toml"], project)  # fmt: skip
    (project / "requirements.in").write_text("pyyaml>=5.1\n")
    before = (project / "pylock.toml").read_text()
    assert "index =" not in before
    with pypiserver(files) as other:
        result = cli("fix", project / "pylock.toml", "--index-url", other, "--db", snapshot_db,
                     expect=2)  # fmt: skip
    stderr = " ".join(result.stderr.split())
    assert "the regenerated lock takes pyyaml from 127.0.0.1:" in stderr
    assert (project / "pylock.toml").read_text() == before


def _pip_locked_project(tmp_path: Path, url: str, files: Path, requirement: str) -> Path:
    """`pip lock .` of a flit project (flit_core from tests/data/wheels on the index), pyyaml
    held at 5.3 for the first lock."""
    import shutil

    shutil.copy2(REPO / "tests" / "data" / "wheels" / "flit_core-3.9.0-py3-none-any.whl", files)
    project = tmp_path / "app"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["flit_core==3.9.0"]\nbuild-backend = "flit_core.buildapi"\n'
        f'[project]\nname = "app"\nversion = "1.0"\ndescription = "x"\n'
        f'dependencies = ["{requirement}"]\n'
    )
    (project / "app.py").write_text('"""The app."""\n')
    (project / "first.txt").write_text("pyyaml==5.3\n")
    _run([sys.executable, "-m", "pip", "lock", "--isolated", "-q", "--index-url", url, ".",
          "-c", "first.txt", "-o", "pylock.toml"], project)  # fmt: skip
    return project / "pylock.toml"


def test_a_pip_lock_of_a_local_project_is_locked_again_from_the_project(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, files = index
    lock = _pip_locked_project(tmp_path, url, files, "pyyaml>=5.1")
    assert 'path = "."' in lock.read_text()
    cli("fix", lock, "--index-url", url, "--db", snapshot_db)
    document = tomllib.loads(lock.read_text())
    assert [p.get("directory") for p in document["packages"] if p["name"] == "app"] == [
        {"path": "."}
    ]
    assert _versions(lock) == {"pyyaml": "5.4"}
    assert _wheel_hash(lock, "pyyaml") == sha256(files / "pyyaml-5.4-py3-none-any.whl")
    _scan_and_ingest(cli, lock, url, snapshot_db, tmp_path)


def test_a_local_project_that_holds_the_pin_back_is_not_written(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, files = index
    lock = _pip_locked_project(tmp_path, url, files, "pyyaml<5.4")
    before = lock.read_text()
    result = cli("fix", lock, "--index-url", url, "--db", snapshot_db, expect=1)
    assert "pip could not apply the fix" in result.stderr
    assert lock.read_text() == before


def test_a_pip_lock_naming_a_project_outside_its_directory_is_refused(
    cli: Cli, tmp_path: Path, index: tuple[str, Path], snapshot_db: Path
) -> None:
    url, _ = index
    lock = tmp_path / "lock" / "pylock.toml"
    lock.parent.mkdir()
    (tmp_path / "elsewhere").mkdir()
    lock.write_text(
        'lock-version = "1.0"\ncreated-by = "pip"\n\n[[packages]]\nname = "other"\n'
        'directory = { path = "../elsewhere" }\n\n[[packages]]\nname = "pyyaml"\n'
        'version = "5.3"\n'
    )
    result = cli("fix", lock, "--index-url", url, "--db", snapshot_db, expect=2)
    assert "outside the lock's directory" in " ".join(result.stderr.split())

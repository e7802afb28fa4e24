"""Release age from a metadata source when the download index has no upload times: a real
pypiserver (no PEP 700) serves real wheels from PyPI, and a loopback JSON API serves PyPI's own
recorded project JSON for them (tests/data/pypi-json)."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, Cli
from tests.ingest.conftest import ingest, write_lock
from tests.servers import JsonApi, json_api, pypiserver

WHEELS = REPO / "tests" / "data" / "wheels"
RECORDED = REPO / "tests" / "data" / "pypi-json"
FILES = ["flit_core-3.12.0-py3-none-any.whl", "pluggy-1.5.0-py3-none-any.whl"]
MIN_AGE = "version: 1\ningest:\n  min_age: {age}\n  licenses: {{unknown: allow}}\n  vulnerabilities: {{fail_on: none}}\n"


@pytest.fixture(scope="module")
def mirror(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A private mirror: pypiserver with the two real wheels, no upload times."""
    directory = tmp_path_factory.mktemp("mirror")
    for name in FILES:
        shutil.copy(WHEELS / name, directory)
    with pypiserver(directory) as url:
        yield url, directory


@pytest.fixture
def api() -> Iterator[tuple[str, JsonApi]]:
    recorded = JsonApi(RECORDED)
    with json_api(recorded) as url:
        yield url, recorded


def _policy(tmp_path: Path, age: str = "3d") -> Path:
    path = tmp_path / f"policy-{age}.yaml"
    path.write_text(MIN_AGE.format(age=age))
    return path


def _age_checks(result_stdout: str) -> dict[str, dict[str, str]]:
    report = json.loads(result_stdout)
    return {
        f["filename"]: next(c for c in f["checks"] if c["rule"] == "min_age")
        for f in report["files"]
    }


def test_the_age_comes_from_the_metadata_source_and_says_so(
    cli: Cli, tmp_path: Path, mirror: tuple[str, Path], api: tuple[str, JsonApi]
) -> None:
    index, directory = mirror
    base, recorded = api
    lock = write_lock(tmp_path / "requirements.txt", [directory / n for n in FILES])
    result = ingest(
        cli, index, lock, tmp_path / "vault", _policy(tmp_path), "--metadata-index", base,
        "--format", "json",
    )  # fmt: skip
    checks = _age_checks(result.stdout)
    flit = checks["flit_core-3.12.0-py3-none-any.whl"]
    assert flit["status"] == "pass"
    assert f"(upload time from {base}flit-core/json)" in flit["message"]
    assert sorted(recorded.requests) == ["/pypi/flit-core/json", "/pypi/pluggy/json"]
    # PyPI's time, not a default: flit_core 3.12.0 went up on 2025-03-25
    young = ingest(
        cli, index, lock, tmp_path / "vault2", _policy(tmp_path, "5000d"), "--metadata-index",
        base, "--format", "json", expect=1,
    )  # fmt: skip
    message = _age_checks(young.stdout)["flit_core-3.12.0-py3-none-any.whl"]["message"]
    assert "younger than the policy's 5000 days" in message and base in message


def test_answers_are_cached_under_the_state_directory(
    cli: Cli, tmp_path: Path, mirror: tuple[str, Path]
) -> None:
    index, directory = mirror
    lock = write_lock(tmp_path / "requirements.txt", [directory / n for n in FILES])
    with json_api(JsonApi(RECORDED)) as base:
        ingest(cli, index, lock, tmp_path / "v1", _policy(tmp_path), "--metadata-index", base)
    cached = json.loads((cli.state_dir / "cache" / "metadata" / "flit-core.json").read_text())
    assert cached["files"]["flit_core-3.12.0-py3-none-any.whl"]["upload_time"].startswith(
        "2025-03-25"
    )
    # the source is gone: the cache still knows these files
    ingest(cli, index, lock, tmp_path / "v2", _policy(tmp_path), "--metadata-index", base)


def test_unknown_only_when_no_source_knows_it(
    cli: Cli, tmp_path: Path, mirror: tuple[str, Path], api: tuple[str, JsonApi]
) -> None:
    index, directory = mirror
    lock = write_lock(tmp_path / "requirements.txt", [directory / FILES[0]])
    refused = ingest(
        cli, index, lock, tmp_path / "v", _policy(tmp_path), "--metadata-index", "none",
        "--format", "json", expect=1,
    )  # fmt: skip
    message = _age_checks(refused.stdout)[FILES[0]]["message"]
    assert "no upload time" in message and "no metadata source" in message
    empty = tmp_path / "empty"
    empty.mkdir()
    with json_api(JsonApi(empty)) as nowhere:  # a private project PyPI does not have
        refused = ingest(
            cli, index, lock, tmp_path / "v", _policy(tmp_path), "--metadata-index", nowhere,
            "--format", "json", expect=1,
        )  # fmt: skip
    assert "404" in _age_checks(refused.stdout)[FILES[0]]["message"]


def test_a_mirror_file_that_is_not_pypis_gets_no_age_from_pypi(
    cli: Cli, tmp_path: Path, api: tuple[str, JsonApi]
) -> None:
    """Same name, other bytes (a rebuild or a substitution on the mirror): PyPI's upload time
    is about PyPI's file, so the age is unknown and the file refused."""
    base, _ = api
    directory = tmp_path / "mirror"
    directory.mkdir()
    original, forged = WHEELS / FILES[1], directory / FILES[1]
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(forged, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("pluggy/_extra.py", "")  # not in RECORD: the archive check flags it too
    lock = write_lock(tmp_path / "requirements.txt", [forged])
    with pypiserver(directory) as index:
        result = ingest(
            cli, index, lock, tmp_path / "v", _policy(tmp_path), "--metadata-index", base,
            "--format", "json", expect=1,
        )  # fmt: skip
    message = _age_checks(result.stdout)[FILES[1]]["message"]
    assert "differs from the file" in message and "so the release age is unknown" in message


def test_an_index_time_without_a_zone_is_utc() -> None:
    """A naive upload-time (PyPI's `upload_time` has none) compares with now, never crashes."""
    from datetime import UTC, datetime

    from sscli.index.simple import parse_json_page

    page = parse_json_page(
        b'{"meta": {"api-version": "1.1"}, "files": [{"filename": "x-1.0.tar.gz", "url": "x",'
        b' "hashes": {}, "upload-time": "2024-01-02T03:04:05"}]}',
        url="https://example.invalid/simple/x/",
        name="x",
    )
    assert page.files[0].upload_time == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)

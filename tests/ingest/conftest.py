from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from tests.builders import build_sdist, build_wheel, sha256
from tests.servers import pypiserver

GOOD = [
    ("alpha", "1.0.0", {"requires": ["beta>=2"], "license_expression": "MIT"}),
    ("beta", "2.0.0", {"classifiers": ["License :: OSI Approved :: Apache Software License"]}),
    ("gamma", "0.3", {"license_expression": "BSD-3-Clause"}),
]
NO_MIN_AGE = (
    "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n"
)


def write_lock(path: Path, files: list[Path]) -> Path:
    """A requirements.txt pinning each file's project at its version with its sha256."""
    from tests.servers import project_of

    lines = []
    for file in files:
        version = file.name.split("-")[1].removesuffix(".tar.gz")
        lines.append(f"{project_of(file.name)}=={version} --hash=sha256:{sha256(file)}")
    path.write_text("\n".join(lines) + "\n")
    return path


def ingest(
    cli: Any,
    index_url: str,
    lock: Path,
    vault: Path,
    policy: Path,
    *extra: str | Path,
    expect: int | None = 0,
    env: dict[str, str] | None = None,
) -> Result:
    """`sscli ingest LOCK` from `index_url` into `vault` under `policy`, plus `extra` options."""
    command = ["ingest", lock, "--index-url", index_url, "--vault", vault, "--policy", policy]
    return cli(*command, *extra, expect=expect, env=env)  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def good_packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("packages")
    for name, version, options in GOOD:
        build_wheel(directory, name, version, **options)  # type: ignore[arg-type]
    build_sdist(directory, "gamma", "0.3", license_expression="BSD-3-Clause")
    return directory


@pytest.fixture(scope="session")
def pypi(good_packages: Path) -> Iterator[str]:
    with pypiserver(good_packages) as url:
        yield url


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(NO_MIN_AGE)
    return path

"""Publishing the vault to a real devpi-server with twine: uploads what the index lacks, skips
what it holds with the same sha256, and refuses (uploading nothing) a different file under a
name it already holds, even on a volatile index that would let the upload overwrite it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.builders import build_wheel, sha256
from tests.conftest import Cli
from tests.ingest.conftest import NO_MIN_AGE, write_lock
from tests.servers import devpi

PASSWORD = "devpi-secret"


@pytest.fixture(scope="session")
def devpi_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with devpi(tmp_path_factory.mktemp("devpi") / "server", PASSWORD, ("dev", "taken")) as url:
        yield url


@pytest.fixture(scope="session")
def vetted_vault(tmp_path_factory: pytest.TempPathFactory, pypi: str, good_packages: Path) -> Path:
    """A local vault holding the ingested good packages."""
    root = tmp_path_factory.mktemp("published")
    policy = root / "policy.yaml"
    policy.write_text(NO_MIN_AGE)
    lock = write_lock(root / "requirements.txt", sorted(good_packages.glob("*.whl")))
    Cli(root / "state")("ingest", lock, "--index-url", pypi, "--vault", root / "vault",
                        "--policy", policy)  # fmt: skip
    return root / "vault"


def twine_env() -> dict[str, str]:
    return {"TWINE_USERNAME": "root", "TWINE_PASSWORD": PASSWORD}


def test_publish_uploads_then_skips_what_is_there(
    cli: Cli, devpi_server: str, vetted_vault: Path, good_packages: Path, tmp_path: Path
) -> None:
    target = f"{devpi_server}/root/dev/"
    result = cli("vault", "publish", "--to", target, "--vault", vetted_vault, env=twine_env())
    assert "3 uploaded" in result.stderr
    again = cli("vault", "publish", "--to", target, "--vault", vetted_vault, env=twine_env())
    assert "0 uploaded, 3 already on the index" in again.stderr
    downloaded = tmp_path / "pip"
    environment = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
    environment.pop("PIP_FIND_LINKS", None)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-cache-dir", "-d",
         str(downloaded), "--index-url", f"{target}+simple/", "alpha==1.0.0"],
        check=True, capture_output=True, timeout=120, env=environment,
    )  # fmt: skip
    [wheel] = downloaded.iterdir()
    assert sha256(wheel) == sha256(good_packages / wheel.name)


def test_a_different_file_under_a_known_name_is_a_conflict(
    cli: Cli, devpi_server: str, vetted_vault: Path, tmp_path: Path
) -> None:
    target = f"{devpi_server}/root/taken/"
    impostor = build_wheel(tmp_path, "alpha", "1.0.0", summary="someone else's alpha")
    subprocess.run(
        [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar",
         "--repository-url", target, str(impostor)],
        check=True, capture_output=True, timeout=120, env={**os.environ, **twine_env()},
    )  # fmt: skip
    result = cli("vault", "publish", "--to", target, "--vault", vetted_vault,
                 env=twine_env(), expect=1)  # fmt: skip
    assert "other content" in result.stderr and "nothing was uploaded" in result.stderr
    from sscli.index.client import IndexClient, IndexSettings

    page = IndexClient(IndexSettings(url=f"{target}+simple/")).project("alpha")
    assert [f.hashes["sha256"] for f in page.files] == [sha256(impostor)]  # not overwritten
    from sscli.errors import InputError

    with pytest.raises(InputError, match="not on the index"):  # nothing else went up either
        IndexClient(IndexSettings(url=f"{target}+simple/")).project("beta")


def test_publish_through_a_pypirc_repository(
    cli: Cli, devpi_server: str, vetted_vault: Path, good_packages: Path, tmp_path: Path
) -> None:
    pypirc = tmp_path / "pypirc"
    pypirc.write_text(
        "[distutils]\nindex-servers = internal\n\n[internal]\n"
        f"repository = {devpi_server}/root/dev/\nusername = root\npassword = {PASSWORD}\n"
    )
    alpha = good_packages / "alpha-1.0.0-py3-none-any.whl"
    lock = write_lock(tmp_path / "alpha.txt", [alpha])
    result = cli("vault", "publish", "--repository", "internal", "--config-file", pypirc,
                 "--lock", lock, "--vault", vetted_vault)  # fmt: skip
    assert "already on the index" in result.stderr

"""The vault in an S3 bucket (moto's server on loopback, through boto3): ingest writes it with
conditional writes, concurrent ingests lose nothing, pip and uv install from the bucket over
plain HTTP, and `vault pull` copies exactly a lock's files into a local vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sscli.stores.s3 import BucketVault, parse_location, s3_client
from sscli.vault.store import VaultConflictError, VaultEntry
from tests.builders import build_wheel, sha256
from tests.conftest import Cli
from tests.ingest.conftest import NO_MIN_AGE, write_lock
from tests.servers import S3_ENV, moto_s3, pypiserver


@pytest.fixture(scope="session")
def s3() -> Iterator[str]:
    with moto_s3() as url:
        yield url


@pytest.fixture
def bucket(s3: str, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> str:
    """A fresh public-read bucket (as a static HTTP front would serve it); yields s3://B/team."""
    for name, value in S3_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SSCLI_S3_ENDPOINT", s3)
    name = "".join(c if c.isalnum() else "-" for c in request.node.name.lower())[:50].strip("-")
    client = s3_client(s3)
    client.create_bucket(Bucket=name)
    policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
              "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{name}/*"}]}  # fmt: skip
    client.put_bucket_policy(Bucket=name, Policy=json.dumps(policy))
    return f"s3://{name}/team"


def vault_of(location: str, endpoint: str) -> BucketVault:
    return BucketVault(parse_location(location), s3_client(endpoint))


@pytest.fixture
def policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(NO_MIN_AGE)
    return path


def test_ingest_into_a_bucket_then_pip_and_uv_install_from_it(
    cli: Cli, pypi: str, good_packages: Path, bucket: str, s3: str, policy: Path, tmp_path: Path
) -> None:
    lock = write_lock(tmp_path / "requirements.txt", sorted(good_packages.glob("*.whl")))
    cli("ingest", lock, "--index-url", pypi, "--vault", bucket, "--policy", policy)
    listed = json.loads(cli("vault", "ls", "--vault", bucket, "--format", "json").stdout)
    assert sorted(e["filename"] for e in listed) == sorted(
        p.name for p in good_packages.glob("*.whl")
    )

    name, prefix = bucket.removeprefix("s3://").split("/", 1)
    index = f"{s3}/{name}/{prefix}/simple/"
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_NO_INDEX": "", "UV_NO_CONFIG": "1"}
    env.pop("PIP_FIND_LINKS", None)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-cache-dir", "--target",
         str(tmp_path / "pip"), "--index-url", index, "alpha==1.0.0"],
        check=True, capture_output=True, env=env, timeout=120,
    )  # fmt: skip
    assert (tmp_path / "pip" / "alpha").is_dir()
    uv = Path(sys.executable).with_name("uv")
    subprocess.run(
        [str(uv), "pip", "install", "--no-deps", "--no-cache", "--target", str(tmp_path / "uv"),
         "--index-url", index, "beta==2.0.0", "--python", sys.executable],
        check=True, capture_output=True, env=env, timeout=120,
    )  # fmt: skip
    assert (tmp_path / "uv" / "beta").is_dir()
    page = json.loads(vault_of(bucket, s3)._get("simple/alpha/index.json", 1 << 20) or b"{}")
    assert page["files"][0]["hashes"]["sha256"] == sha256(
        good_packages / "alpha-1.0.0-py3-none-any.whl"
    )


def entry_for(path: Path) -> VaultEntry:
    name, version = path.name.split("-")[:2]
    return VaultEntry(name, version, path.name, sha256(path), path.stat().st_size)


def test_write_once_by_conditional_writes(bucket: str, s3: str, tmp_path: Path) -> None:
    vault = vault_of(bucket, s3)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = build_wheel(tmp_path / "a", "delta", "1.0")
    other = build_wheel(tmp_path / "b", "delta", "1.0", summary="different bytes, same name")
    assert sha256(first) != sha256(other)
    copy = tmp_path / "copy.whl"
    copy.write_bytes(first.read_bytes())
    stored, added = vault.add(copy, entry_for(first))
    assert added
    again = tmp_path / "again.whl"
    again.write_bytes(first.read_bytes())
    existing, added = vault.add(again, entry_for(first))  # 412, same sha256: a no-op
    assert not added and existing.sha256 == stored.sha256 and not again.exists()
    conflicting = tmp_path / "conflicting.whl"
    conflicting.write_bytes(other.read_bytes())
    with pytest.raises(VaultConflictError, match="refusing different content"):
        vault.add(conflicting, entry_for(other))
    assert vault.get("delta", first.name).sha256 == sha256(first)  # type: ignore[union-attr]
    downloaded = tmp_path / "downloaded.whl"
    vault.download(vault.entries()[0], downloaded, 1 << 30)
    assert downloaded.read_bytes() == first.read_bytes()


def test_vault_pull_copies_exactly_the_locked_files(
    cli: Cli, pypi: str, good_packages: Path, bucket: str, s3: str, policy: Path, tmp_path: Path
) -> None:
    everything = write_lock(tmp_path / "all.txt", sorted(good_packages.glob("*.whl")))
    cli("ingest", everything, "--index-url", pypi, "--vault", bucket, "--policy", policy)
    alpha = good_packages / "alpha-1.0.0-py3-none-any.whl"
    lock = write_lock(tmp_path / "alpha.txt", [alpha])
    local = tmp_path / "local-vault"
    cli("vault", "pull", bucket, "--lock", lock, "--into", local)
    listed = json.loads(cli("vault", "ls", "--vault", local, "--format", "json").stdout)
    assert [e["filename"] for e in listed] == [alpha.name]
    cli("vault", "verify", "--vault", local)
    assert (local / "simple" / "alpha" / "index.html").is_file()

    missing = write_lock(tmp_path / "missing.txt", [build_wheel(tmp_path, "omega", "9.0")])
    result = cli("vault", "pull", bucket, "--lock", missing, "--into", local, expect=1)
    assert "omega" in result.stderr

    # someone with write access to the bucket swaps the bytes: the pull refuses them
    name, prefix = bucket.removeprefix("s3://").split("/", 1)
    beta = good_packages / "beta-2.0.0-py3-none-any.whl"
    s3_client(s3).put_object(
        Bucket=name, Key=f"{prefix}/files/beta/{beta.name}", Body=b"x" * beta.stat().st_size
    )
    swapped = cli("vault", "pull", bucket, "--lock", write_lock(tmp_path / "b.txt", [beta]),
                  "--into", tmp_path / "other", expect=1)  # fmt: skip
    assert "does not match" in swapped.stderr


def test_a_directory_only_command_refuses_a_bucket(cli: Cli, bucket: str) -> None:
    result = cli("vault", "verify", "--vault", bucket, expect=2)
    assert "local vault directory" in result.stderr


@pytest.fixture(scope="session")
def many_packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("many")
    for number in range(8):
        build_wheel(directory, f"pkg{number}", "1.0")
    build_wheel(directory, "shared", "1.0")
    return directory


def test_eight_concurrent_ingests_into_one_bucket_lose_nothing(
    many_packages: Path, bucket: str, s3: str, policy: Path, tmp_path: Path
) -> None:
    shared = many_packages / "shared-1.0-py3-none-any.whl"
    sscli = str(Path(sys.executable).with_name("sscli"))
    env: dict[str, Any] = {**os.environ, **S3_ENV, "SSCLI_S3_ENDPOINT": s3}
    with pypiserver(many_packages) as index:
        processes = []
        for number in range(8):
            mine = many_packages / f"pkg{number}-1.0-py3-none-any.whl"
            lock = write_lock(tmp_path / f"lock{number}.txt", [mine, shared])
            processes.append(subprocess.Popen(
                [sscli, "--state-dir", str(tmp_path / f"state{number}"), "ingest", str(lock),
                 "--index-url", index, "--vault", bucket, "--policy", str(policy), "-j", "2"],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
            ))  # fmt: skip
        for process in processes:
            _, err = process.communicate(timeout=240)
            assert process.returncode == 0, err.decode()
    vault = vault_of(bucket, s3)
    names = sorted(e.filename for e in vault.entries())
    assert names == sorted(p.name for p in many_packages.glob("*.whl"))
    root = json.loads(vault._get("simple/index.json", 1 << 20) or b"{}")
    assert sorted(p["name"] for p in root["projects"]) == sorted({n.split("-")[0] for n in names})
    for name in names:
        project = name.split("-")[0]
        page = json.loads(vault._get(f"simple/{project}/index.json", 1 << 20) or b"{}")
        assert [f["filename"] for f in page["files"]] == [name]
    assert vault.index_is_current()


def test_a_page_rendered_before_another_writer_commits_never_overwrites_it(
    bucket: str, s3: str, tmp_path: Path
) -> None:
    """The race the conditional writes are for, made deterministic: writer A renders its pages,
    then B commits a file and publishes, then A writes. A's write must fail its If-Match and
    A must render again, or B's file vanishes from the index."""
    first, second = (build_wheel(tmp_path, name, "1.0") for name in ("early", "late"))
    a, b = vault_of(bucket, s3), vault_of(bucket, s3)
    copy = tmp_path / "a.whl"
    copy.write_bytes(first.read_bytes())
    a.add(copy, entry_for(first))
    render = a._render_pages
    interleaved = []

    def render_then_b_commits() -> dict[str, tuple[bytes, str]]:
        pages = render()
        if not interleaved:
            interleaved.append(True)
            other = tmp_path / "b.whl"
            other.write_bytes(second.read_bytes())
            b.add(other, entry_for(second))
            b.rebuild_index()
        return pages

    a._render_pages = render_then_b_commits  # type: ignore[method-assign]
    a.rebuild_index()
    root = json.loads(a._get("simple/index.json", 1 << 20) or b"{}")
    assert sorted(p["name"] for p in root["projects"]) == ["early", "late"]
    assert a.index_is_current()

"""Ingest from a real pypiserver on loopback, into a vault that pip installs from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.ingest.conftest import ingest, write_lock


def _wheels(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.whl"))


def test_ingest_fills_a_vault_that_pip_installs_from(
    cli: Cli, tmp_path: Path, good_packages: Path, pypi: str, policy_file: Path
) -> None:
    lock = write_lock(tmp_path / "requirements.txt", _wheels(good_packages))
    vault = tmp_path / "vault"
    result = ingest(
        cli,
        pypi,
        lock,
        vault,
        policy_file,
        "--format",
        "json",
    )
    report = json.loads(result.stdout)
    assert report["ok"] and report["counts"] == {"stored": 3}
    listed = json.loads(cli("vault", "ls", "--vault", vault, "--format", "json").stdout)
    assert sorted(e["filename"] for e in listed) == sorted(p.name for p in _wheels(good_packages))
    assert all(e["policy_sha256"] and e["checks"] for e in listed)
    for stored in (vault / "files").rglob("*.whl"):
        assert stored.stat().st_mode & 0o222 == 0  # write-once: read-only for everyone
        assert stored.stat().st_nlink == 2  # the content-addressed blob and its name

    # pip, isolated from the machine's own configuration, installs only from the vault
    target = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(target)], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--isolated",
            "--python",
            str(target / "bin" / "python"),
            "install",
            "-q",
            "--no-cache-dir",
            "--index-url",
            (vault / "simple").as_uri(),
            "alpha",
        ],
        check=True,
        env=env,
    )
    installed = subprocess.run(
        [str(target / "bin" / "python"), "-c", "import alpha, beta; print('ok')"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert installed.stdout.strip() == "ok"

    # uv installs from it too
    uv = Path(sys.executable).parent / "uv"
    subprocess.run(
        [
            str(uv),
            "pip",
            "install",
            "--python",
            str(target / "bin" / "python"),
            "--no-cache",
            "--index-url",
            (vault / "simple").as_uri(),
            "gamma",
        ],
        check=True,
        env={**env, "UV_NO_CONFIG": "1"},
        capture_output=True,
    )


def test_reingest_is_a_no_op(
    cli: Cli, tmp_path: Path, good_packages: Path, pypi: str, policy_file: Path
) -> None:
    lock = write_lock(tmp_path / "requirements.txt", _wheels(good_packages))
    vault = tmp_path / "vault"
    ingest(cli, pypi, lock, vault, policy_file)
    again = json.loads(
        ingest(
            cli,
            "http://127.0.0.1:9/simple/",
            lock,
            vault,
            policy_file,
            "--format",
            "json",
        ).stdout
    )
    assert again["counts"] == {"already-vaulted": 3}  # nothing fetched: the index URL is dead


def test_sdist_when_asked(
    cli: Cli, tmp_path: Path, good_packages: Path, pypi: str, policy_file: Path
) -> None:
    lock = write_lock(tmp_path / "requirements.txt", sorted(good_packages.glob("gamma*")))
    vault = tmp_path / "vault"
    report = json.loads(
        ingest(
            cli,
            pypi,
            lock,
            vault,
            policy_file,
            "--sdist",
            "--format",
            "json",
        ).stdout
    )
    assert sorted(f["filename"] for f in report["files"]) == [
        "gamma-0.3-py3-none-any.whl",
        "gamma-0.3.tar.gz",
    ]


def test_unhashed_lock_needs_pin(
    cli: Cli, tmp_path: Path, pypi: str, policy_file: Path, good_packages: Path
) -> None:
    lock = tmp_path / "requirements.txt"
    lock.write_text("alpha==1.0.0\nbeta==2.0.0\n")
    vault = tmp_path / "vault"
    result = cli(
        "ingest", lock, "--index-url", pypi, "--vault", vault, "--policy", policy_file, expect=2
    )
    assert "no hash in the lock" in result.stderr and "--pin" in result.stderr
    cli("ingest", lock, "--index-url", pypi, "--vault", vault, "--policy", policy_file, "--pin")
    hashed = (tmp_path / "requirements.hashed.txt").read_text()
    from tests.builders import sha256

    for wheel in good_packages.glob("[ab]*.whl"):
        assert f"--hash=sha256:{sha256(wheel)}" in hashed
    # the hashed lock is itself ingestable (and already vaulted)
    report = json.loads(
        ingest(
            cli,
            pypi,
            tmp_path / "requirements.hashed.txt",
            vault,
            policy_file,
            "--format",
            "json",
        ).stdout
    )
    assert report["counts"] == {"already-vaulted": 2}


def test_sbom_of_a_lock_takes_licenses_from_the_vault(
    cli: Cli, tmp_path: Path, good_packages: Path, pypi: str, policy_file: Path
) -> None:
    lock = write_lock(tmp_path / "requirements.txt", _wheels(good_packages))
    vault = tmp_path / "vault"
    ingest(cli, pypi, lock, vault, policy_file)
    plain = json.loads(cli("sbom", "create", lock).stdout)
    assert all("licenses" not in c for c in plain["components"])
    result = cli("sbom", "create", lock, "--vault", vault)
    licenses = {c["name"]: c["licenses"] for c in json.loads(result.stdout)["components"]}
    assert licenses == {
        "alpha": [{"expression": "MIT"}],
        "beta": [{"expression": "Apache-2.0"}],
        "gamma": [{"expression": "BSD-3-Clause"}],
    }
    assert "3 component(s) described from vaulted files" in result.stderr


@pytest.mark.network
def test_ingest_a_small_real_lock_from_pypi(cli: Cli, tmp_path: Path, policy_file: Path) -> None:
    lock = tmp_path / "requirements.txt"
    lock.write_text(
        "idna==3.10 --hash=sha256:946d195a0d259cbba61165e88e65941f16e9b36ea6ddb97f00452bae8b1287d3\n"
    )
    report = json.loads(
        cli(
            "ingest",
            lock,
            "--vault",
            tmp_path / "vault",
            "--policy",
            policy_file,
            "--format",
            "json",
        ).stdout
    )
    assert report["counts"] == {"stored": 1}


def test_ingest_signs_an_attestation_per_file(
    cli: Cli, tmp_path: Path, good_packages: Path, pypi: str, policy_file: Path
) -> None:
    key = tmp_path / "ingest.pem"
    cli("key", "generate", "--type", "ed25519", "--out", key)
    lock = write_lock(tmp_path / "requirements.txt", _wheels(good_packages))
    vault = tmp_path / "vault"
    cli(
        "ingest", lock, "--index-url", pypi, "--vault", vault, "--policy", policy_file, "--key", key
    )
    entries = json.loads(cli("vault", "ls", "--vault", vault, "--format", "json").stdout)
    for entry in entries:
        attestation = vault / entry["attestation"]
        artifact = vault / "files" / entry["project"] / entry["filename"]
        cli("attest", "verify", attestation, "--key", f"{key}.pub", "--artifact", artifact)
        statement = json.loads(cli("attest", "inspect", attestation, "--format", "json").stdout)
        text = json.dumps(statement)
        assert "https://sscli.dev/attestation/ingest/v1" in text and entry["sha256"] in text
    # another file's attestation does not verify for this artifact
    first, second = entries[0], entries[1]
    cli(
        "attest",
        "verify",
        vault / first["attestation"],
        "--key",
        f"{key}.pub",
        "--artifact",
        vault / "files" / second["project"] / second["filename"],
        expect=1,
    )

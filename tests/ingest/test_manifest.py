"""The re-ingest manifest: an unchanged lock re-ingested under the same policy is answered by
statting the vault (no index, no download, no inspection, no re-hash), and every change a stat
can see sends the package through the full check, which re-hashes the vault's copy. The work is
counted, never timed."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sscli.ingest import manifest
from sscli.vault.store import Vault, VaultEntry
from tests.builders import build_wheel, sha256
from tests.conftest import Cli
from tests.ingest.conftest import NO_MIN_AGE, ingest, write_lock
from tests.ingest.sealing import body_of, keep_seal, reseal, unkeyed_seal
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
    before = written.read_bytes()
    report = _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json"))
    assert report["counts"] == {"already-vaulted": 3}
    assert work == Work()  # no re-hash, no scan of the entries, no download, no inspection
    assert written.read_bytes() == before  # nothing changed: nothing rewritten


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


def _edit_entry(vault: Path, item: dict[str, Any], change: Any) -> None:
    """Make the manifest vouch for another record than the vault's (the sha256 of the record,
    changed, as the vault would write it)."""
    record = vault / "entries" / item["project"] / f"{item['filename']}.json"
    entry = json.loads(record.read_text())
    change(entry)
    text = json.dumps(entry, indent=2, sort_keys=True) + "\n"
    item["record_sha256"] = hashlib.sha256(text.encode()).hexdigest()


def _tamper_record(path: Path) -> None:
    body = body_of(path)
    _edit_entry(path.parents[1], body["packages"]["alpha==1.0.0"][0], lambda e: e.update(checks=[]))
    keep_seal(path, body)


def _tamper_and_reseal(path: Path) -> None:
    """An identity forged and an unkeyed digest put in place of the seal: not read at all."""
    body = body_of(path)
    body["packages"]["alpha==1.0.0"][0]["file"][3] += 1
    unkeyed_seal(path, body)


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path: Path) -> None:
    path.write_bytes(b"\xff\x00[[[" * 1000)


@pytest.mark.parametrize(
    ("damage", "rehashed"),
    [(_tamper_record, 3), (_truncate, 3), (_garbage, 3), (_tamper_and_reseal, 3)],
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
    assert manifest.load(vault, "0" * 64, b"k" * 32, 1 << 20).records == {}  # none yet
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
        manifest.save(vault, f"{n:064x}", [], None, None, key=b"k" * 32)
    yield vault.root / manifest.DIRECTORY


def test_old_manifests_are_pruned(many_manifests: Path) -> None:
    kept = sorted(p.name for p in many_manifests.glob("*.json"))
    assert len(kept) == manifest.KEEP
    assert f"{manifest.KEEP + 4:064x}.json" in kept and f"{0:064x}.json" not in kept


def test_pruning_removes_only_sscli_manifests_and_never_through_a_link(tmp_path: Path) -> None:
    """A vault writer who links the manifests directory to another directory gets none of its
    files deleted, touched or written; in the real directory, other files are left alone."""
    victims = tmp_path / "victims"
    victims.mkdir()
    for n in range(manifest.KEEP + 8):
        (victims / f"{n:064x}.json").write_text("{}")
    before = {p.name: p.stat().st_mtime_ns for p in victims.iterdir()}
    vault = Vault(tmp_path / "vault")
    vault.root.mkdir()
    (vault.root / manifest.DIRECTORY).symlink_to(victims)
    manifest.save(vault, "f" * 64, [], None, None, key=b"k" * 32)
    assert manifest.load(vault, f"{0:064x}", b"k" * 32, 1 << 20).records == {}
    assert {p.name: p.stat().st_mtime_ns for p in victims.iterdir()} == before
    (vault.root / manifest.DIRECTORY).unlink()
    own = vault.root / manifest.DIRECTORY
    own.mkdir()
    (own / "notes.json").write_text("{}")
    (own / f"{'a' * 64}.json.tmp").write_text("")
    for n in range(manifest.KEEP + 3):
        manifest.save(vault, f"{n:064x}", [], None, None, key=b"k" * 32)
    assert (own / "notes.json").exists() and (own / f"{'a' * 64}.json.tmp").exists()
    assert len(list(own.glob("*.json"))) == manifest.KEEP + 1


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


# Attacks from an independent review (2026-12-07). The attacker can write the vault directory
# (it may be shared storage) but not the state directory, where the key sealing manifests is.

STRICT = NO_MIN_AGE + "  archive: {max_members: 2}\n"  # every test wheel has more members


def _key(cli: Cli) -> bytes:
    key = manifest.manifest_key(cli.state_dir / "keys" / "manifest.key")
    assert key is not None
    return key


def _reseal(path: Path, body: dict[str, Any], key: bytes) -> None:
    reseal(path, "manifest", body, key)


def _statuses(report: dict[str, Any]) -> dict[str, str]:
    return {f["package"]: f["status"] for f in report["files"]}


def test_a_manifest_sealed_without_the_key_is_not_read(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, work: Work
) -> None:
    """The vault writer replaces alpha and reseals the manifest with the identity of the new
    bytes, under an unkeyed digest (all one can compute without the key): the full check runs
    and refuses it, as it does with no manifest."""
    lock, vault = filled
    path = _manifest(vault)
    _replace_same_size(_alpha(vault))
    body = body_of(path)
    body["packages"]["alpha==1.0.0"][0]["file"] = list(manifest.identity(_alpha(vault)) or ())
    unkeyed_seal(path, body)
    report = _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json", expect=1))
    assert _statuses(report)["alpha"] == "refused"
    assert len(work.hashed) == 3  # nothing vouched for


def test_without_the_key_there_is_no_fast_path(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, work: Work
) -> None:
    """A state directory whose key is gone (another machine sharing the vault): the manifest
    written under the old key vouches for nothing; the run rewrites it under the new key."""
    lock, vault = filled
    (cli.state_dir / "keys" / "manifest.key").unlink()
    assert _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json"))["ok"]
    assert len(work.hashed) == 3
    work.reset()
    ingest(cli, DEAD, lock, vault, policy_file)
    assert work == Work()


def test_a_manifest_copy_of_an_entry_must_be_the_vault_record(
    cli: Cli, filled: tuple[Path, Path], pypi: str, policy_file: Path, tmp_path: Path, work: Work
) -> None:
    """Even sealed with the key, a manifest that claims the tightened policy vetted the files
    (their vault records say the loose one did) vouches for nothing: they are inspected again
    and refused, as a cold ingest refuses them."""
    lock, vault = filled
    loose = body_of(_manifest(vault))
    strict = tmp_path / "strict.yaml"
    strict.write_text(STRICT)
    ingest(cli, DEAD, lock, vault, strict, expect=None)  # writes the new request's manifest name
    forged_path = next(
        p for p in (vault / "manifests").glob("*.json") if body_of(p)["policy"] != loose["policy"]
    )
    body = body_of(forged_path)
    for items in loose["packages"].values():
        for item in items:
            _edit_entry(vault, item, lambda e: e.update(policy_sha256=body["policy"]))
    body["packages"] = loose["packages"]
    body["generation"] = list(manifest.identity(vault / "simple" / ".generation") or ())
    _reseal(forged_path, body, _key(cli))
    work.reset()
    report = _report(ingest(cli, pypi, lock, vault, strict, "--format", "json", expect=1))
    assert report["counts"] == {"refused": 3}
    assert len(work.inspected) == 3


def test_a_manifest_copy_cannot_hide_an_expired_waiver(
    cli: Cli, tmp_path: Path, work: Work, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime, timedelta

    import sscli.policy.model
    from tests.ingest.test_ingest_hostile import POLICY, _one
    from tests.servers import scripted_index

    index, lock, policy = _one(tmp_path, uploaded=datetime.now(tz=UTC) - timedelta(hours=5))
    policy.write_text(
        POLICY + "  exceptions:\n    - package: solid\n      rules: [min_age]\n"
        "      reason: urgent security fix, reviewed\n      expires: 2999-01-01\n"
    )
    vault = tmp_path / "vault"
    with scripted_index(index) as url:
        assert _report(ingest(cli, url, lock, vault, policy, "--format", "json"))["ok"]

    class Later(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Later:
            return cls(3000, 1, 1, tzinfo=tz)

    monkeypatch.setattr(sscli.policy.model, "datetime", Later)
    path = _manifest(vault)
    body = body_of(path)
    for items in body["packages"].values():
        for item in items:
            _edit_entry(vault, item, lambda e: e.update(checks=[]))
    _reseal(path, body, _key(cli))
    forged = _report(ingest(cli, DEAD, lock, vault, policy, "--format", "json", expect=1))
    assert forged["counts"] == {"refused": 1}


def test_a_run_killed_before_the_index_rebuild_is_repaired_by_a_fast_re_ingest(
    cli: Cli, filled: tuple[Path, Path], good_packages: Path, policy_file: Path
) -> None:
    """Another ingest killed after its vault add, before the index rebuild: the next re-ingest
    of an unchanged lock, answered from its manifest, still finishes the job."""
    lock, vault = filled
    store = Vault(vault)
    sdist = next(good_packages.glob("gamma-*.tar.gz"))
    staged = vault / "tmp" / sdist.name
    staged.parent.mkdir(exist_ok=True)
    shutil.copy(sdist, staged)
    entry = VaultEntry("gamma", "0.3", sdist.name, sha256(sdist), sdist.stat().st_size)
    with store.locked():
        store.add(staged, entry)
    assert not store.index_is_current()
    report = _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json"))
    assert report["counts"] == {"already-vaulted": 3}
    assert store.index_is_current()
    assert sdist.name in (vault / "simple" / "gamma" / "index.html").read_text()


def test_new_inspection_code_under_the_same_version_inspects_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The manifest's name covers the inspection's code and data, not only sscli's version."""
    from sscli.inventory.model import Package

    packages = [Package("alpha", "1.0.0")]
    before = manifest.request_digest(packages, "p", {})
    manifest.inspection_digest.cache_clear()
    monkeypatch.setattr(manifest, "inspection_digest", lambda: "other rules")
    assert manifest.request_digest(packages, "p", {}) != before


def test_the_fast_path_reports_the_standing_checks(
    cli: Cli, filled: tuple[Path, Path], pypi: str, policy_file: Path, tmp_path: Path
) -> None:
    lock, vault = filled
    warm = _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json"))
    warm_rules = {c["rule"] for f in warm["files"] for c in f["checks"]}
    assert "hashes" in warm_rules and len(warm_rules) > 1


def _confusions(vault: Path, body: dict[str, Any]) -> list[dict[str, Any]]:
    """Bodies resealed with wrong JSON types or hostile values."""
    out = []

    def variant(change: Any) -> None:
        copy = json.loads(json.dumps(body))
        change(copy)
        out.append(copy)

    def items(b: dict[str, Any]) -> list[dict[str, Any]]:
        return b["packages"]["alpha==1.0.0"]  # type: ignore[no-any-return]

    variant(lambda b: b.update(packages=[1, 2]))
    variant(lambda b: b.update(packages={"alpha==1.0.0": {"record_sha256": 1}}))
    variant(lambda b: b.update(packages={"alpha==1.0.0": "abc"}))
    for key in ("project", "filename", "record_sha256"):
        for value in (1, None, ["x"], "", "../../etc", ".hidden", "x" * 64):
            variant(lambda b, key=key, value=value: items(b)[0].update({key: value}))
        variant(lambda b, key=key: items(b)[0].pop(key))
    variant(lambda b: items(b)[0].update(entry={}))  # format 1's copy of the entry
    for change in (
        {"sha256": ["x"]},
        {"project": 7},
        {"project": "../../etc"},
        {"filename": "../../../../etc/passwd"},
        {"filename": ".hidden"},
        {"checks": [1, "x", None]},
        {"size": "1"},
        {"extra": 1},
    ):
        variant(
            lambda b, change=change: _edit_entry(vault, items(b)[0], lambda e: e.update(change))
        )
    variant(lambda b: items(b)[0].update(file=[1.0, 2, 3, 4, 5]))
    variant(lambda b: items(b)[0].update(file=[True, 2, 3, 4, 5]))
    variant(lambda b: b.update(generation="x"))
    variant(lambda b: b.update(generation=[1, 2]))
    variant(lambda b: b.update(format="1"))
    return out


def test_type_confusion_in_a_sealed_manifest_falls_back_cleanly(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path
) -> None:
    lock, vault = filled
    path = _manifest(vault)
    body = body_of(path)
    for number, hostile in enumerate(_confusions(vault, body)):
        _reseal(path, hostile, _key(cli))
        result = ingest(cli, DEAD, lock, vault, policy_file, "--format", "json", expect=None)
        assert result.exit_code == 0, (number, result.stdout[-3000:], result.stderr[-3000:])
        assert _report(result)["counts"] == {"already-vaulted": 3}


def test_a_manifest_replaced_by_a_fifo_or_symlink_does_not_hang(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, tmp_path: Path
) -> None:
    lock, vault = filled
    path = _manifest(vault)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    path.unlink()
    path.symlink_to(fifo)
    signal.alarm(60)
    try:
        result = ingest(cli, DEAD, lock, vault, policy_file, "--format", "json", expect=None)
    finally:
        signal.alarm(0)
    assert result.exit_code == 0 and _report(result)["counts"] == {"already-vaulted": 3}


def test_a_vault_file_swapped_for_a_symlink_or_hard_link_is_seen(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, tmp_path: Path
) -> None:
    lock, vault = filled
    target = _alpha(vault)
    evil = tmp_path / "evil.whl"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    evil.write_bytes(bytes(data))
    target.unlink()
    target.symlink_to(evil)
    report = _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json", expect=1))
    assert _statuses(report)["alpha"] == "refused"
    target.unlink()
    os.link(evil, target)  # a hard link to other bytes: another inode
    report = _report(ingest(cli, DEAD, lock, vault, policy_file, "--format", "json", expect=1))
    assert _statuses(report)["alpha"] == "refused"


def test_a_changed_lock_or_target_does_not_reuse_the_manifest(
    cli: Cli, filled: tuple[Path, Path], policy_file: Path, work: Work
) -> None:
    lock, vault = filled
    text = lock.read_text()
    lines = text.splitlines()
    lines[0] += " --hash=sha256:" + "0" * 64  # an added hash
    lock.write_text("\n".join(lines) + "\n")
    ingest(cli, DEAD, lock, vault, policy_file, expect=None)
    assert work.scans > 0
    lock.write_text(text)
    work.reset()
    ingest(cli, DEAD, lock, vault, policy_file, "--platform", "linux", expect=None)
    assert work.scans > 0


def test_an_entry_is_read_only_from_the_very_record_bytes_vouched_for(tmp_path: Path) -> None:
    from sscli.ingest.manifest import _held_entry
    from sscli.vault.store import VaultEntry

    entry = VaultEntry(project="alpha", version="1.0", filename="alpha-1.0.tar.gz",
                       sha256="a" * 64, size=1)  # fmt: skip
    record = tmp_path / "entry.json"
    text = entry.to_json()
    record.write_text(text)
    found = manifest.identity(record)
    assert found is not None
    assert _held_entry(record, found, hashlib.sha256(text.encode()).hexdigest()) == entry
    # the same JSON value in other bytes, a longer or shorter record, another value: refused
    for other in (json.dumps(json.loads(text)), text + " ", text[:-1], text.replace("1.0", "2.0")):
        assert _held_entry(record, found, hashlib.sha256(other.encode()).hexdigest()) is None
    record.write_text(json.dumps(json.loads(text)))  # rewritten: its identity differs
    assert _held_entry(record, found, hashlib.sha256(text.encode()).hexdigest()) is None
    garbage = b"\xff{"
    record.write_bytes(garbage)
    found = manifest.identity(record)
    assert found is not None
    assert _held_entry(record, found, hashlib.sha256(garbage).hexdigest()) is None  # no crash

"""The vault: write-once, verify, export/import, serve, concurrency and crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tarfile
import threading
import time
from pathlib import Path
from urllib.request import Request, urlopen

import pytest

from sscli.vault.store import Vault, VaultConflictError, VaultEntry
from tests.builders import build_wheel, sha256
from tests.conftest import Cli
from tests.ingest.conftest import ingest, write_lock
from tests.servers import Fault, ScriptedIndex, scripted_index


@pytest.fixture
def filled(cli: Cli, tmp_path: Path, good_packages: Path, pypi: str, policy_file: Path) -> Path:
    lock = write_lock(tmp_path / "requirements.txt", sorted(good_packages.glob("*.whl")))
    vault = tmp_path / "vault"
    ingest(cli, pypi, lock, vault, policy_file)
    return vault


def test_index_generation_tracks_entries(filled: Path) -> None:
    from sscli.vault.pages import index_is_current

    vault = Vault(filled)
    assert index_is_current(vault)
    (filled / "files" / "gamma").joinpath(
        next((filled / "files" / "gamma").iterdir()).name
    ).unlink()
    assert not index_is_current(vault)


def test_verify_detects_a_flipped_byte(cli: Cli, filled: Path) -> None:
    assert "3 file(s) match" in cli("vault", "verify", "--vault", filled).stderr
    target = next((filled / "files" / "beta").iterdir())
    target.chmod(0o644)
    data = bytearray(target.read_bytes())
    data[100] ^= 0x01
    target.write_bytes(bytes(data))  # writes through the hard link: the blob changes too
    result = cli("vault", "verify", "--vault", filled, "--format", "json", expect=1)
    report = json.loads(result.stdout)
    assert not report["ok"]
    problems = [(p["path"], p["problem"]) for p in report["problems"]]
    assert any("content changed" in problem for path, problem in problems if "beta" in path)
    assert any("writable" in problem for _, problem in problems)


def test_write_once(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    one = build_wheel(tmp_path, "same", "1.0")
    entry = VaultEntry(
        project="same",
        version="1.0",
        filename=one.name,
        sha256=sha256(one),
        size=one.stat().st_size,
    )
    copy = tmp_path / "copy"
    copy.write_bytes(one.read_bytes())
    with vault.locked():
        assert vault.add(copy, entry)[1] is True
        again = tmp_path / "again"
        again.write_bytes(one.read_bytes())
        assert vault.add(again, entry)[1] is False  # identical: a no-op
        other = tmp_path / "other"
        other.write_bytes(b"different")
        with pytest.raises(VaultConflictError, match="refusing different content"):
            vault.add(other, VaultEntry(**{**entry.__dict__, "sha256": "0" * 64}))


def test_export_import_round_trip_and_tamper(cli: Cli, tmp_path: Path, filled: Path) -> None:
    export = tmp_path / "vault.tar.gz"
    cli("vault", "export", export, "--vault", filled)
    copy = tmp_path / "copy"
    assert "imported 3 file(s)" in cli("vault", "import", export, "--vault", copy).stderr
    assert "0 file(s); 3 already present" in cli("vault", "import", export, "--vault", copy).stderr
    cli("vault", "verify", "--vault", copy)
    assert (copy / "simple" / "alpha" / "index.html").is_file()

    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(export) as source, tarfile.open(tampered, "w:gz") as target:
        for member in source:
            data = source.extractfile(member).read()  # type: ignore[union-attr]
            if member.name.endswith(".whl") and "beta" in member.name:
                data = data[:-1] + bytes([data[-1] ^ 1])
            import io

            target.addfile(member, io.BytesIO(data))
    result = cli("vault", "import", tampered, "--vault", tmp_path / "third", expect=1)
    assert "does not match the export's manifest" in result.stderr
    assert not (tmp_path / "third" / "files").exists()


def test_serve_negotiates_pep691_and_pip_installs_over_http(filled: Path, tmp_path: Path) -> None:
    from sscli.vault.serve import make_server

    server = make_server(filled, "127.0.0.1", 0)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        request = Request(
            f"{base}/simple/alpha/", headers={"Accept": "application/vnd.pypi.simple.v1+json"}
        )
        with urlopen(request) as response:
            assert response.headers["Content-Type"] == "application/vnd.pypi.simple.v1+json"
            page = json.loads(response.read())
        assert page["files"][0]["filename"] == "alpha-1.0.0-py3-none-any.whl"
        with urlopen(f"{base}/simple/alpha/") as response:
            assert b"alpha-1.0.0-py3-none-any.whl" in response.read()
        for forbidden in ("/entries/alpha/", "/.lock", "/blobs/", "/simple/../entries/"):
            with pytest.raises(OSError):
                urlopen(base + forbidden)
        target = tmp_path / "venv"
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(target)], check=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
        subprocess.run(
            [sys.executable, "-m", "pip", "--isolated", "--python", str(target / "bin" / "python"), "install",
             "-q", "--no-cache-dir", "--index-url", f"{base}/simple/", "alpha"],
            check=True, env=env,
        )  # fmt: skip
    finally:
        server.shutdown()
        server.server_close()


def _ingest_process(
    lock: Path, url: str, vault: Path, policy: Path, state: Path
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "sscli", "--state-dir", str(state), "ingest", str(lock), "--index-url", url,
         "--vault", str(vault), "--policy", str(policy), "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def _many(directory: Path, count: int) -> list[Path]:
    directory.mkdir(exist_ok=True)
    return [
        build_wheel(directory, f"pkg{i:02d}", "1.0", license_expression="MIT") for i in range(count)
    ]


def test_concurrent_ingests_of_overlapping_locks(
    cli: Cli, tmp_path: Path, policy_file: Path
) -> None:
    wheels = _many(tmp_path / "packages", 12)
    index = ScriptedIndex()
    for wheel in wheels:
        index.add(wheel)
    first = write_lock(tmp_path / "a.txt", wheels[:8])
    second = write_lock(tmp_path / "b.txt", wheels[4:])
    vault = tmp_path / "vault"
    with scripted_index(index) as url:
        runs = [
            _ingest_process(lock, url, vault, policy_file, tmp_path / "state")
            for lock in (first, second)
        ]
        results = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], results
    cli("vault", "verify", "--vault", vault)
    listed = json.loads(cli("vault", "ls", "--vault", vault, "--format", "json").stdout)
    assert sorted(e["filename"] for e in listed) == sorted(w.name for w in wheels)
    assert (
        len(list((vault / "blobs").rglob("*.whl"))) == 0
        and len([p for p in (vault / "blobs").rglob("*") if p.is_file()]) == 12
    )


def test_sigkill_during_ingest_leaves_the_vault_consistent(
    cli: Cli, tmp_path: Path, policy_file: Path
) -> None:
    wheels = _many(tmp_path / "packages", 10)
    index = ScriptedIndex(faults=[Fault(".whl", "slow")])
    for wheel in wheels:
        index.add(wheel)
    lock = write_lock(tmp_path / "requirements.txt", wheels)
    vault = tmp_path / "vault"
    with scripted_index(index) as url:
        run = _ingest_process(lock, url, vault, policy_file, tmp_path / "state")
        deadline = time.monotonic() + 60
        while not list((vault / "files").glob("*/*.whl")) if (vault / "files").exists() else True:
            assert time.monotonic() < deadline and run.poll() is None
            time.sleep(0.05)
        run.send_signal(signal.SIGKILL)
        run.wait()
        stored = len(list((vault / "files").glob("*/*.whl")))
        assert 0 < stored < 10
        cli("vault", "verify", "--vault", vault)  # consistent after the kill
        index.faults.clear()
        report = json.loads(cli("ingest", lock, "--index-url", url, "--vault", vault, "--policy", policy_file,
                                "--format", "json").stdout)  # fmt: skip
    assert report["ok"] and len(report["files"]) == 10
    cli("vault", "verify", "--vault", vault)
    assert not list((vault / "tmp").iterdir())


def test_tidy_leaves_live_workspaces_and_removes_dead_ones(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    with vault.workspace() as live:
        (live / "download.part").write_bytes(b"in flight")
        dead = vault.tmp_dir / "run-999999-dead"
        dead.mkdir()
        (dead / ".lock").touch()  # its run was killed: nobody holds the lock
        (dead / "download.part").write_bytes(b"left behind")
        with vault.locked():
            removed = vault.tidy()
        assert (live / "download.part").exists()
        assert not dead.exists() and any("run-999999-dead" in r for r in removed)
    assert not live.exists()


def test_a_file_is_durable_before_the_link_commits_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One barrier per add, after the blob and the entry are in place, before the link."""
    import sscli.vault.store as store

    vault = Vault(tmp_path / "vault")
    wheel = build_wheel(tmp_path, "demo", "1.0")
    entry = VaultEntry(
        project="demo", version="1.0", filename=wheel.name, sha256=sha256(wheel),
        size=wheel.stat().st_size,
    )  # fmt: skip
    seen: list[tuple[bool, bool, bool]] = []

    def barrier(path: Path) -> None:
        seen.append((
            vault.blob_path(entry.sha256).is_file(),
            vault.entry_path("demo", wheel.name).is_file(),
            vault.file_path("demo", wheel.name).exists(),
        ))  # fmt: skip

    monkeypatch.setattr(store, "sync_filesystem", barrier)
    with vault.locked():
        vault.add(wheel, entry)
    assert seen == [(True, True, False)]
    assert vault.get("demo", wheel.name) == entry

"""The quick re-ingest (sscli/cli/quickingest.py, sscli/ingest/reingest.py): `sscli ingest` of
an unchanged lock answered from the memo of the last full run, before Typer is loaded, with the
full path's very report; every change to what the answer rests on (the memo, the vault, the
lock, the policy, sscli's code, the database, the options) answers nothing here, and the full
path runs and decides. The work is counted, never timed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sscli.cli import quickingest
from sscli.ingest import manifest, reingest
from tests.builders import build_wheel
from tests.conftest import Cli
from tests.ingest.conftest import NO_MIN_AGE, ingest, write_lock
from tests.ingest.sealing import body_of, keep_seal, reseal, unkeyed_seal
from tests.ingest.test_manifest import (  # noqa: F401  (fixtures)
    DEAD,
    Work,
    _alpha,
    _replace_same_size,
    _rewrite_in_place,
    filled,
    work,
)
from tests.servers import ScriptedIndex, scripted_index
from tests.vulndb.snapshot import snapshot_record


@pytest.fixture(autouse=True)
def _no_sscli_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick path leaves a run with any other SSCLI_* variable to the full CLI."""
    for name in list(os.environ):
        if name.startswith("SSCLI_"):
            monkeypatch.delenv(name)


def _argv(
    cli: Cli, index: str, lock: Path, vault: Path, policy: Path, *extra: str | Path
) -> list[str]:
    command = ["ingest", lock, "--index-url", index, "--vault", vault, "--policy", policy, *extra]
    return ["--state-dir", str(cli.state_dir), *map(str, command)]


def quick(
    capsys: pytest.CaptureFixture[str],
    cli: Cli,
    index: str,
    lock: Path,
    vault: Path,
    policy: Path,
    *extra: Any,
) -> tuple[int | None, str, str]:
    """(exit code or None, stdout, stderr) of the quick path for `sscli ingest ...` (its index
    URL is part of the request: the full run that left the memo named the same)."""
    capsys.readouterr()
    code = quickingest.run(_argv(cli, index, lock, vault, policy, *extra))
    out = capsys.readouterr()
    if code is None:
        assert out.out == "" and out.err == ""  # nothing printed unless answered
    return code, out.out, out.err


def test_an_unchanged_lock_is_answered_with_the_full_paths_report(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    work: Work,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    lock, vault = filled
    code, out, err = quick(capsys, cli, pypi, lock, vault, policy_file)
    assert code == 0 and out == ""
    assert "all files accepted: 3 already-vaulted" in err
    assert work == Work()  # no scan of the entries, no re-hash, no download, no inspection
    code, out, _err = quick(capsys, cli, pypi, lock, vault, policy_file, "--format", "json")
    assert code == 0
    full = ingest(cli, pypi, lock, vault, policy_file, "--format", "json").stdout
    assert json.loads(out) == json.loads(full)


def test_the_console_script_answers_without_typer_or_the_lock_reader(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    tmp_path: Path,
) -> None:
    lock, vault = filled
    out = tmp_path / "modules.json"
    probe = (  # the modules listed at exit: a quick answer ends the process after atexit's
        "import atexit, json, sys\n"
        "sys.argv = ['sscli', *json.loads(sys.argv[1])]\n"
        f"atexit.register(lambda: open({str(out)!r}, 'w').write(json.dumps(sorted(sys.modules))))\n"
        "from sscli.cli.entry import main\n"
        "main()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SSCLI_")}
    argv = json.dumps(_argv(cli, pypi, lock, vault, policy_file))
    result = subprocess.run(
        [sys.executable, "-c", probe, argv], capture_output=True, text=True, env=env, check=False
    )
    modules = json.loads(out.read_text())
    assert result.returncode == 0, result.stderr
    assert "all files accepted: 3 already-vaulted" in result.stderr
    heavy = ("typer", "rich", "sscli.cli.app", "sscli.inventory.load", "sscli.ingest.run",
             "sscli.index.client", "sscli.ingest.inspect", "packaging.tags", "yaml", "jsonschema",
             "typing", "sscli.schemas")  # fmt: skip
    assert not {m for m in modules for h in heavy if m == h or m.startswith(h + ".")}


def _memo(cli: Cli) -> Path:
    (path,) = cli.state_dir.joinpath(*reingest.DIRECTORY).glob("*.json")
    return path


def _key(cli: Cli) -> bytes:
    key = manifest.manifest_key(cli.state_dir / "keys" / "manifest.key")
    assert key is not None
    return key


def _drop_a_package(path: Path) -> None:
    """A package left out of the memo, the seal kept: a lock of two would pass."""
    body = body_of(path)
    body["packages"] = body["packages"][1:]
    keep_seal(path, body)


def _unkeyed_seal(path: Path) -> None:
    body = body_of(path)
    body["packages"] = body["packages"][1:]
    unkeyed_seal(path, body)


def _garbage(path: Path) -> None:
    path.write_bytes(b"\xff[[[" * 100)


@pytest.mark.parametrize("damage", [_drop_a_package, _unkeyed_seal, _garbage])
def test_a_tampered_memo_answers_nothing(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    capsys: pytest.CaptureFixture[str],
    damage: Any,
) -> None:
    lock, vault = filled
    damage(_memo(cli))
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None
    report = json.loads(ingest(cli, pypi, lock, vault, policy_file, "--format", "json").stdout)
    assert report["counts"] == {"already-vaulted": 3}


def test_the_memo_of_another_request_under_this_name_answers_nothing(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The memo of a lock of two packages copied over the name of the lock of three."""
    lock, vault = filled
    mine = _memo(cli)
    text = lock.read_text()
    lock.write_text("\n".join(text.splitlines()[1:]) + "\n")
    ingest(cli, pypi, lock, vault, policy_file)
    (other,) = [p for p in mine.parent.glob("*.json") if p != mine]
    lock.write_text(text)
    mine.write_bytes(other.read_bytes())
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None


def test_a_memo_resealed_with_the_key_must_still_name_this_request(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lock, vault = filled
    path = _memo(cli)
    body = body_of(path)
    body["name"] = "f" * 64
    reseal(path, "memo", body, _key(cli))
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None


@pytest.mark.parametrize("change", [_rewrite_in_place, _replace_same_size])
def test_a_changed_vault_file_answers_nothing_and_the_full_path_refuses(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    capsys: pytest.CaptureFixture[str],
    change: Any,
) -> None:
    lock, vault = filled
    change(_alpha(vault))
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None
    report = json.loads(
        ingest(cli, pypi, lock, vault, policy_file, "--format", "json", expect=1).stdout
    )
    assert {f["package"]: f["status"] for f in report["files"]}["alpha"] == "refused"
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None  # never vouched for again


def test_a_changed_lock_answers_nothing(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lock, vault = filled
    text = lock.read_text()
    lines = text.splitlines()
    lock.write_text("\n".join(lines[1:]) + "\n")  # a package fewer
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None
    lock.write_text(text + "# a comment\n")  # the same pins, other bytes
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None
    ingest(cli, pypi, lock, vault, policy_file)  # the full path leaves a memo for these bytes
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] == 0


def test_a_changed_policy_answers_nothing(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lock, vault = filled
    policy_file.write_text(NO_MIN_AGE + "  typosquat: {enabled: false}\n")
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None


def test_changed_code_answers_nothing(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lock, vault = filled
    monkeypatch.setattr(reingest, "code_identity", lambda: "another sscli")
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None


def test_the_code_identity_sees_a_rewrite_that_keeps_size_and_mtime(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    module = tmp_path / "pkg" / "rules.py"
    module.write_text("FAIL = True\n")
    before = reingest.tree_identity([tmp_path])
    status = module.stat()
    module.write_text("FAIL = No!!\n")
    os.utime(module, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert module.stat().st_size == status.st_size
    assert reingest.tree_identity([tmp_path]) != before  # its ctime moved


def test_a_moved_index_generation_answers_nothing(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lock, vault = filled
    (vault / "simple" / ".generation").unlink()  # as Vault.add leaves it
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None
    ingest(cli, pypi, lock, vault, policy_file)  # rebuilds the index
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] == 0


def test_without_the_key_nothing_is_answered(
    cli: Cli,
    filled: tuple[Path, Path],  # noqa: F811
    pypi: str,
    policy_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lock, vault = filled
    (cli.state_dir / "keys" / "manifest.key").unlink()
    assert quick(capsys, cli, pypi, lock, vault, policy_file)[0] is None
    assert not (cli.state_dir / "keys" / "manifest.key").exists()  # nor made here


@pytest.fixture
def databases(tmp_path: Path, shared_data: Path) -> dict[str, Path]:
    """A database that knows nothing of requests 2.19.1, and one that knows PYSEC-2018-28."""
    from sscli.vulndb import import_records

    advisory = snapshot_record(shared_data, "PYSEC-2018-28")
    unrelated = json.loads(json.dumps(advisory))
    unrelated["id"] = "TEST-0001"
    unrelated.pop("aliases", None)
    for affected in unrelated["affected"]:
        affected["package"]["name"] = "not-requests"
    found = {}
    for label, record in (("before", unrelated), ("after", advisory)):
        archive = tmp_path / f"{label}.zip"
        with zipfile.ZipFile(archive, "w") as out:
            out.writestr(f"{record['id']}.json", json.dumps(record))
        import_records(tmp_path / f"{label}.sqlite", str(archive))
        found[label] = tmp_path / f"{label}.sqlite"
    return found


@pytest.fixture
def vulnerable(cli: Cli, tmp_path: Path, databases: dict[str, Path]) -> Iterator[tuple[Any, ...]]:
    packages = tmp_path / "packages"
    packages.mkdir()
    wheel = build_wheel(packages, "requests", "2.19.1", license_expression="Apache-2.0")
    index = ScriptedIndex()
    index.add(wheel)
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\ningest:\n  vulnerabilities: {fail_on: any}\n")
    lock = write_lock(tmp_path / "requirements.txt", [wheel])
    vault = tmp_path / "vault"
    db = tmp_path / "osv.sqlite"
    db.write_bytes(databases["before"].read_bytes())
    with scripted_index(index) as url:
        ingest(cli, url, lock, vault, policy, "--db", db)
    yield url, lock, vault, policy, db  # the index is gone: nothing is fetched from here on


def test_a_changed_database_is_read_again_and_the_full_path_refuses(
    cli: Cli,
    vulnerable: tuple[Any, ...],
    databases: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    work: Work,  # noqa: F811
) -> None:
    url, lock, vault, policy, db = vulnerable
    work.reset()
    assert quick(capsys, cli, url, lock, vault, policy, "--db", db)[0] == 0
    db.write_bytes(databases["after"].read_bytes())  # the same path: the memo does not cover it
    assert quick(capsys, cli, url, lock, vault, policy, "--db", db)[0] is None  # a refusal
    result = ingest(cli, url, lock, vault, policy, "--db", db, "--format", "json", expect=1)
    (outcome,) = json.loads(result.stdout)["files"]
    assert any("PYSEC-2018-28" in c["message"] for c in outcome["checks"])
    assert work == Work()  # the full path answered from the manifest too
    db.unlink()
    assert quick(capsys, cli, url, lock, vault, policy, "--db", db)[0] is None  # exit 3 there
    ingest(cli, url, lock, vault, policy, "--db", db, expect=3)


def test_an_expired_waiver_answers_nothing_and_the_full_path_refuses(
    cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sscli.policy.model
    from tests.ingest.test_ingest_hostile import POLICY, _one

    index, lock, policy = _one(tmp_path, uploaded=datetime.now(tz=UTC) - timedelta(hours=5))
    policy.write_text(
        POLICY + "  exceptions:\n    - package: solid\n      rules: [min_age]\n"
        "      reason: urgent security fix, reviewed\n      expires: 2999-01-01\n"
    )
    vault = tmp_path / "vault"
    with scripted_index(index) as url:
        ingest(cli, url, lock, vault, policy)
    assert quick(capsys, cli, url, lock, vault, policy)[0] == 0

    class Later(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Later:
            return cls(3000, 1, 1, tzinfo=tz)

    monkeypatch.setattr(sscli.policy.model, "datetime", Later)
    assert quick(capsys, cli, url, lock, vault, policy)[0] is None
    ingest(cli, url, lock, vault, policy, expect=1)


@pytest.mark.parametrize(
    "text",
    [
        "-r other.txt\n",
        "alpha==1.0 --hash=sha256:00\n  -c constraints.txt\n",
        "alpha==1.0\r-r other.txt\n",  # a line break the reader splits on
        "--index-url https://elsewhere/simple/\nalpha==1.0\n",
        "-e .\n",
        "alpha==${VERSION}\n",
        "alpha==1.0 # caf\u00e9\n",
        "alpha==1.0\x0c-r other.txt\n",
    ],
)
def test_a_lock_that_reads_more_than_its_bytes_has_no_memo(text: str) -> None:
    assert not reingest._self_contained(text.encode())


def test_a_hashed_lock_with_continuations_can_have_a_memo() -> None:
    text = "alpha==1.0 \\\n    --hash=sha256:00\r\n# via beta\nbeta==2.0 --hash=sha256:11\n"
    assert reingest._self_contained(text.encode())


def test_an_included_lock_leaves_no_memo(
    cli: Cli, tmp_path: Path, good_packages: Path, pypi: str, policy_file: Path
) -> None:
    wheels = sorted(good_packages.glob("*.whl"))
    write_lock(tmp_path / "requirements-base.txt", wheels)
    lock = tmp_path / "requirements.txt"
    lock.write_text("-r requirements-base.txt\n")
    ingest(cli, pypi, lock, tmp_path / "vault", policy_file)
    assert not list(cli.state_dir.joinpath(*reingest.DIRECTORY).glob("*.json"))


def test_a_run_with_other_options_leaves_no_memo(
    cli: Cli, tmp_path: Path, good_packages: Path, pypi: str, policy_file: Path
) -> None:
    lock = write_lock(tmp_path / "requirements.txt", sorted(good_packages.glob("*.whl")))
    ingest(cli, pypi, lock, tmp_path / "vault", policy_file, "--python-version", "3.11")
    assert not list(cli.state_dir.joinpath(*reingest.DIRECTORY).glob("*.json"))


@pytest.mark.parametrize(
    "extra",
    [
        ["--platform", "linux"],
        ["--python-version", "3.11"],
        ["--sdist"],
        ["--key", "k.pem"],
        ["--output", "out.json"],
        ["--policy", "other.yaml"],  # given twice
        ["--jobs", "0"],
        ["-j4"],
        ["--format", "JSON"],
        ["--"],
        ["--help"],
        ["second-lock.txt"],
        ["--vault=-x"],
        ["--db="],
    ],
)
def test_other_command_lines_are_left_to_the_full_cli(extra: list[str]) -> None:
    base = ["--state-dir", "s", "ingest", "lock.txt", "--policy", "p.yaml"]
    assert quickingest._parse(base) is not None
    assert quickingest._parse([*base, *extra]) is None
    assert quickingest._parse(["--debug", *base]) is None
    assert quickingest._parse(["ingest", "--state-dir", "s", "lock.txt"]) is None


def test_environment_variables_are_read_as_click_reads_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = ["ingest", "lock.txt"]
    monkeypatch.setenv("SSCLI_VAULT", "/shared/vault")
    monkeypatch.setenv("SSCLI_STATE_DIR", "/state")
    values = quickingest._parse(base)
    assert values is not None
    assert (values["--vault"], values["state_dir"]) == ("/shared/vault", "/state")
    values = quickingest._parse([*base, "--vault", "/mine"])
    assert values is not None and values["--vault"] == "/mine"
    monkeypatch.setenv("SSCLI_VAULT", "")
    values = quickingest._parse(base)  # an empty variable is unset to Click
    assert values is not None and values["--vault"] is None
    monkeypatch.delenv("SSCLI_VAULT")
    monkeypatch.setenv("SSCLI_INDEX_TIMEOUT", "x")  # the full path refuses it (exit 2)
    assert quickingest._parse(base) is None

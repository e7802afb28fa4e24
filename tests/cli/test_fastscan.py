"""`sscli scan`'s fast path (sscli/cli/fastscan.py) against Typer: every argument list it takes,
under every environment, gives the command exactly the values (and state directory) that the
Typer app gives it; everything else it leaves to Typer. End to end, both paths write the same
report and exit alike."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sscli.cli import context, fastscan, scanning

# Tokens an argument list is made of: the options the fast path reads, options it leaves to
# Typer, values of every shape (empty, dash-led, FORMAT=PATH, with `=`), positionals.
_OPTIONS = ["--python", "--service", "--service-url", "--format", "--fail-on", "--vex",
            "--output", "-o", "--db", "--require-fresh-db", "--wide", "--max-age", "--group",
            "--all-groups", "--universal", "--input-format", "--help", "-h", "--", "-",
            "--db=x.sqlite", "-ojson=a.json", "--debug", "--state-dir", "--unknown"]  # fmt: skip
_VALUES = ["lock.toml", "", "json", "sarif", "table", "high", "any", "nope", "json=a.json",
           "a=b.json", "./a=b", "-x", "3", "x.sqlite", "osv-db", "vex.json", "dir/"]  # fmt: skip
_ENVIRONMENTS: list[dict[str, str]] = [
    {},
    {"SSCLI_VULNDB": "env.sqlite"},
    {"SSCLI_VULNDB": ""},
    {"SSCLI_STATE_DIR": "state"},
    {"SSCLI_STATE_DIR": ""},
    {"SSCLI_SCAN_SERVICE_URL": "http://mirror"},
    {"SSCLI_DB_MAX_AGE_DAYS": "30"},
    {"SSCLI_DEBUG": "1"},
]
_READ = ("SSCLI_VULNDB", "SSCLI_STATE_DIR", "SSCLI_SCAN_SERVICE_URL", "SSCLI_DB_MAX_AGE_DAYS",
         "SSCLI_DEBUG", "_SSCLI_COMPLETE")  # fmt: skip


def _argument_lists(count: int) -> list[list[str]]:
    rng = random.Random(18)
    lists = [
        [],
        ["lock.toml"],
        ["lock.toml", "--db", "x.sqlite", "--format", "json", "-o", "out.json"],
        ["--format", "json", "lock.toml", "-o", "json=a.json", "-o", "sarif=b.sarif"],
        ["lock.toml", "--db", "a", "--db", "b", "--fail-on", "high", "--fail-on", "low"],
        ["lock.toml", "--vex", "a.json", "--vex", "b.json", "--wide", "--require-fresh-db"],
        ["lock.toml", "--format"],
        ["a", "b"],
    ]
    for _ in range(count):
        tokens: list[str] = []
        for _ in range(rng.randint(0, 7)):
            pool = _OPTIONS if rng.random() < 0.55 else _VALUES
            tokens.append(rng.choice(pool))
        lists.append(tokens)
    return lists


def _typer_values(arguments: list[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any] | None:
    """What the Typer app passes to `scanning.run` for `sscli scan ARGUMENTS`, with the state
    directory; None if it refuses them (or prints help) before running the command."""
    import typer.main

    from sscli.cli.app import app

    seen: dict[str, Any] = {}

    def capture(**values: Any) -> int:
        seen.update(values, state_dir=context.STATE_DIR)
        return 0

    monkeypatch.setattr(scanning, "run", capture)
    command = typer.main.get_command(app)
    try:
        command.main(args=["scan", *arguments], prog_name="sscli", standalone_mode=False)
    except Exception:  # Click's usage errors, whatever their class: Typer refused them
        return None
    except SystemExit:
        return None
    return seen or None


def _fast_values(arguments: list[str], environ: dict[str, str]) -> dict[str, Any] | None:
    parsed = fastscan.parse(arguments, environ)
    if parsed is None:
        return None
    state_dir, values = parsed
    return {
        **values,
        "selection": fastscan.default_selection(),
        "input_format": None,
        "state_dir": state_dir,
    }


@pytest.mark.parametrize("environment", _ENVIRONMENTS, ids=lambda e: ",".join(e) or "none")
def test_every_argument_list_the_fast_path_takes_means_what_it_means_to_typer(
    environment: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in _READ:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(context, "STATE_DIR", Path(".sscli"))
    taken = 0
    for arguments in _argument_lists(400):
        fast = _fast_values(arguments, environment)
        if fast is None:
            continue
        taken += 1
        assert _typer_values(arguments, monkeypatch) == fast, arguments
    declined = any(environment.get(n) for n in ("SSCLI_DB_MAX_AGE_DAYS", "SSCLI_DEBUG"))
    assert taken == 0 if declined else taken > 40


def test_the_fast_path_declines_what_it_does_not_read() -> None:
    for arguments in (["--help"], ["-h"], ["x", "--group", "dev"], ["x", "--db=-y"], ["x", "-"],
                      ["x", "--max-age", "3"], ["x", "--db", "-y"], ["x", "--"], ["a", "b"],
                      ["x", "--db"]):  # fmt: skip
        assert fastscan.parse(arguments, {}) is None, arguments
    assert fastscan.parse(["x"], {"SSCLI_DEBUG": "1"}) is None
    assert fastscan.parse(["x"], {"_SSCLI_COMPLETE": "bash_complete"}) is None


def _sscli(*arguments: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-c", "from sscli.cli.entry import main; main()"]
    return subprocess.run(
        [*argv, *map(str, arguments)], capture_output=True, text=True, check=False, cwd=cwd
    )


def test_both_paths_write_the_same_report_and_exit_alike(tmp_path: Path, snapshot_db: Path) -> None:
    lock = tmp_path / "requirements.txt"
    lock.write_text("requests==2.19.1\nurllib3==1.24.1\nidna==2.7\n")
    for extra in ([], ["--fail-on", "high"], ["--fail-on", "bogus"], ["--format", "nope"]):
        runs = []
        for db_option in (["--db", str(snapshot_db)], [f"--db={snapshot_db}"]):  # fast, Typer
            result = _sscli("scan", lock, *db_option, "--format", "json", *extra, cwd=tmp_path)
            out = json.loads(result.stdout) if result.stdout else {}
            for key in ("started", "finished"):
                out.pop(key, None)
            runs.append((result.returncode, out, result.stderr))
        assert runs[0] == runs[1], extra
    missing = [_sscli("scan", tmp_path / "nope.txt", *o, cwd=tmp_path)
               for o in (["--db", "x"], ["--db=x"])]  # fmt: skip
    assert missing[0].returncode == missing[1].returncode == 2
    assert missing[0].stderr == missing[1].stderr

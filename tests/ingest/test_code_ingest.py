"""Code inspection through the real CLI: `sscli inspect`, ingest refusing a crafted .pth or
setup.py with the rule named in its report and record, per-rule expiring waivers, and
`vault import` inspecting what it imports."""

from __future__ import annotations

import json
from pathlib import Path

from sscli.vault.store import Vault, VaultEntry
from tests.builders import build_sdist, build_wheel, sha256
from tests.conftest import REPO, Cli
from tests.ingest.conftest import ingest, write_lock
from tests.servers import ScriptedIndex, scripted_index

PTH = b"import os, subprocess, sys; subprocess.Popen([sys.executable, '-c', \"import base64; exec(base64.b64decode('cHJpbnQoMSk='))\"])\n"
POLICY = "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n  allow_sdist_only: [setupy]\n"
WAIVER = (
    '  exceptions:\n    - package: pthy\n      rules: ["code:exec-decoded", "code:process-spawn"]\n'
    "      reason: reviewed start-up hook, TICKET-9\n      expires: {}\n"
)


def _pth_wheel(directory: Path) -> Path:
    return build_wheel(directory, "pthy", "1.0", extra_members=[("pthy_init.pth", PTH)])


def test_inspect_lists_findings_and_exits_by_policy(cli: Cli, tmp_path: Path) -> None:
    bad = _pth_wheel(tmp_path)
    good = REPO / "tests" / "data" / "code-corpus" / "benign" / "coverage-7.18.0-py3-none-any.whl"
    result = cli("inspect", bad, good, "--format", "json", expect=1)
    report = json.loads(result.stdout)
    assert report["ok"] is False
    refused, accepted = report["files"]
    assert refused["refused"] and not accepted["refused"]
    (code,) = [c for c in refused["checks"] if c["rule"] == "code"]
    denied = {
        (f["rule"], f["file"], f["line"], f["when"])
        for f in code["findings"]
        if f["decision"] == "deny"
    }
    assert ("exec-decoded", "pthy_init.pth", 1, "start-up") in denied
    assert ("process-spawn", "pthy_init.pth", 1, "start-up") in denied
    cli("inspect", good)
    text = cli("inspect", bad, expect=1).stderr
    assert "exec-decoded" in text and "pthy_init.pth:1" in text
    assert "exec-decoded" in cli("inspect", "--list-rules").stderr
    assert "no such file" in cli("inspect", tmp_path / "missing.whl", expect=2).stderr


def test_waivers_are_per_rule_and_expire(cli: Cli, tmp_path: Path) -> None:
    bad = _pth_wheel(tmp_path)
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY + WAIVER.format("2999-01-01"))
    report = json.loads(cli("inspect", bad, "--policy", policy, "--format", "json").stdout)
    (code,) = [c for c in report["files"][0]["checks"] if c["rule"] == "code"]
    assert code["status"] == "excepted" and "TICKET-9" in code["message"]
    policy.write_text(POLICY + WAIVER.format("2020-01-01"))
    report = json.loads(
        cli("inspect", bad, "--policy", policy, "--format", "json", expect=1).stdout
    )
    (code,) = [c for c in report["files"][0]["checks"] if c["rule"] == "code"]
    assert code["status"] == "fail" and "expired 2020-01-01" in code["message"]
    partial = POLICY + WAIVER.format("2999-01-01").replace(', "code:process-spawn"', "")
    policy.write_text(partial)
    cli("inspect", bad, "--policy", policy, expect=1)  # one rule waived, the other still denies
    stricter = policy.with_name("strict.yaml")
    stricter.write_text(POLICY + "  code: {deny: [medium, high, critical], warn: [low]}\n")
    coverage = (
        REPO / "tests" / "data" / "code-corpus" / "benign" / "coverage-7.18.0-py3-none-any.whl"
    )
    cli("inspect", coverage, "--policy", stricter)


def test_ingest_refuses_a_crafted_pth_and_setup_py_naming_the_rule(
    cli: Cli, tmp_path: Path
) -> None:
    packages = tmp_path / "packages"
    packages.mkdir()
    wheel = _pth_wheel(packages)
    setup = b"import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"
    sdist = build_sdist(packages, "setupy", "1.0", extra=[("setupy-1.0/setup.py", setup)])
    index = ScriptedIndex()
    index.add(wheel)
    index.add(sdist)
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    lock = write_lock(tmp_path / "requirements.txt", [wheel, sdist])
    vault = tmp_path / "vault"
    with scripted_index(index) as url:
        result = ingest(cli, url, lock, vault, policy, "--sdist", "--format", "json", expect=1)
    outcomes = {o["filename"]: o for o in json.loads(result.stdout)["files"]}
    for name, where in ((wheel.name, "pthy_init.pth"), (sdist.name, "setup.py")):
        outcome = outcomes[name]
        assert outcome["status"] == "refused"
        (code,) = [c for c in outcome["checks"] if c["rule"] == "code"]
        assert code["status"] == "fail" and f"exec-decoded at {where}" in code["message"]
    assert not (vault / "files").exists() or not any((vault / "files").rglob("*.whl"))
    # waived: stored, and the record keeps every finding
    policy.write_text(POLICY + WAIVER.format("2999-01-01"))
    lock = write_lock(tmp_path / "requirements.txt", [wheel])
    with scripted_index(index) as url:
        ingest(cli, url, lock, vault, policy)
    (entry,) = Vault(vault).entries()
    (code,) = [c for c in entry.checks if c["rule"] == "code"]
    assert code["status"] == "excepted"
    assert {"exec-decoded", "process-spawn", "pth-exec"} <= {f["rule"] for f in code["findings"]}


def test_vault_import_inspects_code(cli: Cli, tmp_path: Path) -> None:
    source = Vault(tmp_path / "source")
    wheel = _pth_wheel(tmp_path)
    entry = VaultEntry("pthy", "1.0", wheel.name, sha256(wheel), wheel.stat().st_size)
    copy = tmp_path / "copy.whl"
    copy.write_bytes(wheel.read_bytes())
    with source.locked():
        source.add(copy, entry)
    export = tmp_path / "export.tar.gz"
    cli("vault", "export", export, "--vault", source.root)
    result = cli("vault", "import", export, "--vault", tmp_path / "target", expect=1)
    assert "fails inspection: code: refused:" in result.stderr
    assert "exec-decoded at pthy_init.pth:1" in result.stderr
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY + WAIVER.format("2999-01-01"))
    cli("vault", "import", export, "--vault", tmp_path / "target", "--policy", policy)

"""`sscli source scan` with detect-secrets and bandit as the oracles: planted secrets and a
shell injection are found, gated by the policy, waived only with a reason and a date, and a
secret's value is never printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.source.conftest import Keys, Repo

AWS_KEY = "AKIA" + "Q3EGRIQZ7J4LKXTB"  # shaped like an AWS access key id; not a real one
PRIVATE_KEY = (
    "-----BEGIN OPENSSH "
    + "PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
)
SHELL = (
    "import subprocess\nimport sys\n\n\ndef run():\n    subprocess.run(sys.argv[1], shell=True)\n"
)


@pytest.fixture
def project(tmp_path: Path, keys: Keys) -> Repo:
    repo = Repo(tmp_path / "app", keys)
    repo.commit(
        "code",
        signer=keys.alice,
        files={
            "app/settings.py": f'AWS_ACCESS_KEY_ID = "{AWS_KEY}"\n',
            "deploy/id_ed25519": PRIVATE_KEY,
            "app/run.py": SHELL,
            "app/ok.py": "x = 1\n",
        },
    )
    return repo


def scan(cli, path: Path, *args: str, expect: int = 1):  # type: ignore[no-untyped-def]
    result = cli("source", "scan", path, "--format", "json", *args, expect=expect)
    return json.loads(result.stdout), result


def test_planted_secrets_and_shell_injection_fail(cli, project) -> None:
    report, result = scan(cli, project.path)
    found = {(f["kind"], f["id"], f["path"], f["status"]) for f in report["findings"]}
    assert ("secret", "AWS Access Key", "app/settings.py", "fail") in found
    assert ("secret", "Private Key", "deploy/id_ed25519", "fail") in found
    assert ("code", "B602", "app/run.py", "fail") in found
    assert AWS_KEY not in result.stdout + result.stderr
    assert "b3BlbnNzaC1rZXktdjEAAAAA" not in result.stdout + result.stderr


def test_thresholds_and_waivers(cli, project, tmp_path, write_policy) -> None:
    policy = write_policy(
        "  secrets: warn\n  code:\n    fail_on: high\n  exceptions:\n"
        "    - rule: B602\n      paths: [app/run.py]\n      reason: argv comes from our own CI job only\n      expires: 2999-01-01\n"
    )
    report, _ = scan(cli, project.path, "--policy", policy, expect=0)
    statuses = {f["id"]: f["status"] for f in report["findings"]}
    assert statuses["B602"] == "waived" and statuses["AWS Access Key"] == "warn"
    expired = write_policy(
        "  exceptions:\n    - rule: code\n      paths: [app/]\n      reason: argv comes from CI only\n      expires: 2020-01-01\n"
    )
    report, _ = scan(cli, project.path, "--policy", expired)
    assert any(f["id"] == "B602" and f["status"] == "fail" for f in report["findings"])


def test_inline_suppressions_do_not_hide_findings_by_default(cli, tmp_path, write_policy) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.py").write_text(
        f'KEY = "{AWS_KEY}"  # pragma: allowlist secret\nimport subprocess, sys\nsubprocess.run(sys.argv[1], shell=True)  # nosec\n'
    )
    report, _ = scan(cli, tmp_path / "src")
    assert {f["id"] for f in report["findings"] if f["status"] == "fail"} >= {
        "AWS Access Key",
        "B602",
    }
    report, _ = scan(
        cli,
        tmp_path / "src",
        "--policy",
        write_policy("  secrets: allow\n  code:\n    honor_nosec: true\n"),
        expect=0,
    )
    assert [f["status"] for f in report["findings"] if f["id"] == "B602"] == ["nosec"]


def test_baseline_accepts_known_findings_and_refuses_plugins_from_the_repo(cli, project) -> None:
    import subprocess
    import sys

    baseline = subprocess.run(
        [Path(sys.executable).parent / "detect-secrets", "scan", "--all-files"],
        cwd=project.path, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    (project.path / ".secrets.baseline").write_text(baseline)
    report, _ = scan(cli, project.path)
    assert {f["status"] for f in report["findings"] if f["kind"] == "secret"} == {"baseline"}
    data = json.loads(baseline)
    data["plugins_used"].append({"name": "Evil", "path": "file://evil.py"})
    (project.path / ".secrets.baseline").write_text(json.dumps(data))
    result = cli("source", "scan", project.path, expect=2)
    assert "plugin outside detect-secrets" in result.stderr


def test_history_finds_a_secret_deleted_later(cli, project, keys) -> None:
    (project.path / "app" / "settings.py").write_text("AWS_ACCESS_KEY_ID = None\n")
    project.git("rm", "-q", "deploy/id_ed25519")
    project.commit(
        "remove the key",
        signer=keys.alice,
        files={"app/settings.py": "AWS_ACCESS_KEY_ID = None\n", "app/run.py": "x = 2\n"},
    )
    report, _ = scan(cli, project.path, "--rev", "HEAD", expect=0)
    assert not [f for f in report["findings"] if f["status"] == "fail"]
    report, _ = scan(cli, project.path, "--history")
    added = [f for f in report["findings"] if f["commit"]]
    assert {f["id"] for f in added} >= {"AWS Access Key", "Private Key"}


def test_sarif_locates_findings(cli, project, tmp_path) -> None:
    out = tmp_path / "source.sarif"
    cli("source", "scan", project.path, "--format", "sarif", "-o", out, expect=1)
    log = json.loads(out.read_text())
    results = log["runs"][0]["results"]
    location = next(r for r in results if r["ruleId"] == "code/B602")["locations"][0][
        "physicalLocation"
    ]
    assert location == {
        "artifactLocation": {"uri": "app/run.py", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 6},
    }
    assert AWS_KEY not in out.read_text()


def test_signed_scan_attestation_names_the_commit(cli, project, tmp_path, write_policy) -> None:
    from sscli.attest.dsse import read_envelopes
    from sscli.attest.statement import parse_statement

    cli("key", "generate", "--type", "ed25519", "--out", tmp_path / "k.key")
    out = tmp_path / "source.intoto.jsonl"
    cli(
        "source",
        "scan",
        project.path,
        "--policy",
        write_policy(),
        "--key",
        tmp_path / "k.key",
        "--attestation",
        out,
        expect=1,
    )
    statement = parse_statement(read_envelopes(out)[0].payload)
    assert statement.subjects[0].digest["gitCommit"] == project.git("rev-parse", "HEAD")
    assert statement.predicate["result"] == "FAILED"
    assert AWS_KEY not in out.read_text()


def test_symlinks_are_not_followed(cli, tmp_path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "creds.py").write_text(f'KEY = "{AWS_KEY}"\n')
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "link.py").symlink_to(outside / "creds.py")
    report, _ = scan(cli, tree, expect=0)
    assert report["findings"] == []


def test_hashes_in_python_lock_files_are_not_secrets_but_credentials_in_them_are(
    cli, tmp_path
) -> None:
    # detect-secrets skips the lock files it knows (poetry.lock, Pipfile.lock); pylock.toml and
    # uv.lock are lists of sha256 hashes too, each one a "Hex High Entropy String"
    from tests.conftest import REPO

    tree = tmp_path / "tree"
    tree.mkdir()
    for name in ("pylock.toml", "uv.lock"):
        (tree / name).write_bytes((REPO / "examples" / "hello" / name).read_bytes())
    (tree / "pylock.dev.toml").write_bytes(
        (REPO / "examples" / "hello" / "pylock.toml").read_bytes()
    )
    report, _ = scan(cli, tree, expect=0)
    assert report["findings"] == []
    leaked = "https://ci:s3cr3tT0ken@pypi.internal.example/simple"
    (tree / "pylock.toml").write_text(f'[[packages]]\nname = "x"\nindex = "{leaked}"\n')
    report, _ = scan(cli, tree)
    assert [(f["id"], f["path"]) for f in report["findings"]] == [
        ("Basic Auth Credentials", "pylock.toml")
    ]


def test_a_bad_bandit_configuration_is_an_input_error_from_the_parallel_scan(
    cli, tmp_path, write_policy
) -> None:
    # bandit runs in a forked child beside detect-secrets: its errors still reach the user
    (tmp_path / "tree").mkdir()
    (tmp_path / "tree" / "a.py").write_text("x = 1\n")
    (tmp_path / "tree" / "bandit.yaml").write_text("tests: [B101\n")
    policy = write_policy("  code:\n    config: bandit.yaml\n")
    result = cli("source", "scan", tmp_path / "tree", "--policy", policy, expect=2)
    assert "bandit cannot read its configuration" in result.stderr
    assert "Traceback" not in result.stderr

"""Source stage speed: verify 1,000 SSH-signed commits, beside `git verify-commit` looped over the
same commits by a shell; scan a 50,000-line tree, beside `detect-secrets scan` and `bandit -r` run
alone. Wall time, interpreter start-up included. Goals: verification within 1.5x of git's loop,
scanning within 1.2x of the two tools together.

    .venv/bin/python benchmarks/source.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
ENV = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
COMMITS, FILES, LINES = 1000, 500, 100


def run(*args: str | Path, cwd: Path | None = None, check: bool = True) -> None:
    subprocess.run([str(a) for a in args], cwd=cwd, env=ENV, check=check, capture_output=True)


def timed(*args: str | Path, cwd: Path | None = None, check: bool = True) -> float:
    start = time.perf_counter()
    run(*args, cwd=cwd, check=check)
    return time.perf_counter() - start


def signed_repo(base: Path) -> tuple[Path, Path]:
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", base / "key")
    repo = base / "repo"
    run("git", "init", "-q", "-b", "main", repo)
    settings = [
        "-c",
        "user.name=Bench",
        "-c",
        "user.email=bench@example.com",
        "-c",
        "gpg.format=ssh",
    ]
    settings += ["-c", f"user.signingkey={base / 'key'}"]
    for i in range(COMMITS):
        run("git", *settings, "commit", "-q", "-S", "--allow-empty", "-m", f"commit {i}", cwd=repo)
    line = " ".join((base / "key.pub").read_text().split()[:2])
    policy = base / "policy.yaml"
    policy.write_text(
        "version: 1\nsource:\n  repository: git+https://example.com/bench\n  signers:\n"
        f'    - name: bench\n      emails: [bench@example.com]\n      ssh: ["{line}"]\n'
        f"  history:\n    max_commits: {COMMITS + 10}\n"
    )
    (base / "allowed").write_text(f'bench namespaces="git" {line}\n')
    return repo, policy


def tree(base: Path) -> Path:
    root = base / "tree"
    for i in range(FILES):
        package = root / f"pkg{i % 20}"
        package.mkdir(parents=True, exist_ok=True)
        body = [
            f"def function_{i}_{n}(value):\n    return value * {n} + {i}\n"
            for n in range(LINES // 2)
        ]
        (package / f"module{i}.py").write_text("".join(body))
    return root


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        base = Path(directory)
        repo, policy = signed_repo(base)
        state = base / "state"
        ours = timed(
            BIN / "sscli",
            "--state-dir",
            state,
            "source",
            "verify",
            repo,
            "--policy",
            policy,
            "--no-record",
        )
        loop = (
            f"for c in $(git rev-list HEAD); do git -c gpg.ssh.allowedSignersFile={base / 'allowed'} "
            "verify-commit $c 2>/dev/null || exit 1; done"
        )
        theirs = timed("sh", "-c", loop, cwd=repo)
        print(
            f"verify {COMMITS} SSH-signed commits: sscli {ours:.2f} s ({COMMITS / ours:.0f} commits/s), "
            f"git verify-commit loop {theirs:.2f} s ({COMMITS / theirs:.0f} commits/s): "
            f"ratio {ours / theirs:.2f} (goal <= 1.5)"
        )
        root = tree(base)
        ours = timed(
            BIN / "sscli",
            "--state-dir",
            state,
            "source",
            "scan",
            root,
            "--format",
            "json",
            check=False,
        )
        # detect-secrets skips files outside its working directory: run it in the tree
        secrets = timed(BIN / "detect-secrets", "scan", "--all-files", ".", cwd=root)
        bandit = timed(BIN / "bandit", "-r", "-q", root, check=False)
        print(
            f"scan {FILES * LINES} lines: sscli {ours:.2f} s, detect-secrets {secrets:.2f} s + "
            f"bandit {bandit:.2f} s = {secrets + bandit:.2f} s: ratio {ours / (secrets + bandit):.2f} "
            "(goal <= 1.2)"
        )


if __name__ == "__main__":
    main()

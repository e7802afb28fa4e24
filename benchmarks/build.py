"""Build cost: plain `python -m build` of examples/hello (once, unsandboxed, build dependencies
from the same vault) against `sscli build` (sandboxed, twice concurrently, compared), in one run.
Goal: sscli within 1.5x of the plain build."""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
WHEELS = REPO / "tests" / "data" / "wheels"


def timed(argv: list[str], env: dict[str, str] | None = None, repeat: int = 3) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        wheel = WHEELS / "flit_core-3.9.0-py3-none-any.whl"
        lock = root / "build-requirements.txt"
        lock.write_text(
            f"flit_core==3.9.0 --hash=sha256:{hashlib.sha256(wheel.read_bytes()).hexdigest()}\n"
        )
        policy = root / "policy.yaml"
        policy.write_text(
            "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n"
        )
        vault = root / "vault"
        subprocess.run(
            [
                str(BIN / "sscli"),
                "--state-dir",
                str(root / "state"),
                "ingest",
                str(lock),
                "--index-url",
                WHEELS.as_uri(),
                "--vault",
                str(vault),
                "--policy",
                str(policy),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
        env.update(
            PIP_INDEX_URL=(vault / "simple").as_uri(),
            PIP_CONFIG_FILE="/dev/null",
            PIP_NO_CACHE_DIR="1",
        )
        plain = timed(
            [
                sys.executable,
                "-m",
                "build",
                "--outdir",
                str(root / "plain"),
                str(REPO / "examples" / "hello"),
            ],
            env,
        )
        sscli = timed(
            [
                str(BIN / "sscli"),
                "build",
                str(REPO / "examples" / "hello"),
                "--vault",
                str(vault),
                "--out",
                str(root / "sscli"),
            ]
        )
    print(f"python -m build (once, no sandbox): {plain:.2f} s")
    print(f"sscli build (sandboxed, twice, compared): {sscli:.2f} s")
    print(f"ratio: {sscli / plain:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main()

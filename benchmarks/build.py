"""Build cost: plain `python -m build` of examples/hello (once, unsandboxed, build dependencies
from the same vault) against `sscli build` (sandboxed, twice, compared), in one run: medians of 5
interleaved runs. Wall time only: bubblewrap takes its sandbox's exit status through a pipe and
does not reap it, so the CPU time of what runs in the sandbox never reaches sscli's rusage (the
CPU printed for sscli is its own, outside the sandbox).
Goal (issue 18): sscli within 1.3x of the plain build."""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._timing import compile_sources, goal_row

REPO = Path(__file__).resolve().parents[1]
REPEAT = 5
BIN = Path(sys.executable).parent
WHEELS = REPO / "tests" / "data" / "wheels"


def timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one successful run (the child's rusage covers its children)."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), argv)
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    compile_sources(REPO / "sscli")
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
        plain_argv = [
            sys.executable, "-m", "build", "--outdir", str(root / "plain"),
            str(REPO / "examples" / "hello"),
        ]  # fmt: skip
        sscli_argv = [
            str(BIN / "sscli"), "build", str(REPO / "examples" / "hello"),
            "--vault", str(vault), "--out", str(root / "sscli"),
        ]  # fmt: skip
        plain, sscli = [], []
        for _ in range(REPEAT):
            plain.append(timed(plain_argv, env))
            sscli.append(timed(sscli_argv))
            shutil.rmtree(root / "plain", ignore_errors=True)
            shutil.rmtree(root / "sscli", ignore_errors=True)
    plain_wall, plain_cpu = (statistics.median(s[i] for s in plain) for i in (0, 1))
    sscli_wall, sscli_cpu = (statistics.median(s[i] for s in sscli) for i in (0, 1))
    print(f"medians of {REPEAT} runs, interleaved")
    print(f"python -m build (once, no sandbox): {plain_wall:.2f} s (CPU {plain_cpu:.2f} s)")
    print(
        f"sscli build (sandboxed, twice, compared): {sscli_wall:.2f} s "
        f"(CPU outside the sandbox {sscli_cpu:.2f} s)"
    )
    goal_row(
        "build twice in the sandbox, compare",
        f"{sscli_wall / plain_wall:.2f}x",
        "python -m build, once",
        "<= 1.3x",
        sscli_wall / plain_wall <= 1.3,
    )


if __name__ == "__main__":
    main()

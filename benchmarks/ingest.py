"""Ingest throughput: a lock of 60 packages from a loopback pypiserver into a cold vault, then
again into the warm vault (content addressing: nothing is fetched), against `pip download
--require-hashes` of the same lock from the same server, all in one run: medians of 5 runs,
interleaved (a fresh vault and a fresh pip directory for each cold run), wall and CPU time.

The packages are real-shaped wheels built here (0.2-2 MB each, RECORD and all), so the run needs
no internet.
"""

from __future__ import annotations

import hashlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._timing import compile_sources, goal_row
from tests.builders import build_wheel
from tests.servers import pypiserver

BIN = Path(sys.executable).parent
COUNT = 60
REPEAT = 5


def build_packages(directory: Path) -> list[Path]:
    rng = random.Random(7)
    wheels = []
    for i in range(COUNT):
        payload = rng.randbytes(rng.randint(200_000, 2_000_000))
        wheels.append(
            build_wheel(
                directory,
                f"bench-pkg-{i:02d}",
                "1.0.0",
                license_expression="MIT",
                extra_members=[(f"bench_pkg_{i:02d}/data.bin", payload)],
            )
        )
    return wheels


def timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, the child's own rusage) of one successful run."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), argv)
    return wall, usage.ru_utime + usage.ru_stime


def median(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def main() -> None:
    compile_sources(Path(__file__).resolve().parents[1] / "sscli")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        packages = root / "packages"
        packages.mkdir()
        wheels = build_packages(packages)
        total = sum(w.stat().st_size for w in wheels)
        lock = root / "requirements.txt"
        lock.write_text(
            "".join(
                f"bench-pkg-{i:02d}==1.0.0 --hash=sha256:{hashlib.sha256(w.read_bytes()).hexdigest()}\n"
                for i, w in enumerate(wheels)
            )
        )
        policy = root / "policy.yaml"
        policy.write_text(
            "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n  typosquat: {enabled: false}\n"
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
        cold: list[tuple[float, float]] = []
        warm: list[tuple[float, float]] = []
        pip: list[tuple[float, float]] = []
        start_up: list[tuple[float, float]] = []  # the floor of any sscli command
        with pypiserver(packages) as url:
            ingest = [
                str(BIN / "sscli"),
                "--state-dir",
                str(root / "state"),
                "ingest",
                str(lock),
                "--index-url",
                url,
                "--policy",
                str(policy),
                "--vault",
            ]
            for run in range(REPEAT):
                vault = root / f"vault-{run}"
                cold.append(timed([*ingest, str(vault)]))
                warm.append(timed([*ingest, str(vault)]))
                start_up.append(timed([str(BIN / "sscli"), "--help"]))
                pip.append(
                    timed(
                        [
                            sys.executable,
                            "-m",
                            "pip",
                            "--isolated",
                            "download",
                            "-q",
                            "--no-deps",
                            "--no-cache-dir",
                            "--require-hashes",
                            "-r",
                            str(lock),
                            "--index-url",
                            url,
                            "-d",
                            str(root / f"pip-{run}"),
                        ],
                        env,
                    )
                )
    (cold_wall, cold_cpu), (warm_wall, warm_cpu), (pip_wall, pip_cpu) = (
        median(cold),
        median(warm),
        median(pip),
    )
    help_wall, help_cpu = median(start_up)
    mb = total / 1e6
    print(f"lock: {COUNT} packages, {mb:.1f} MB; medians of {REPEAT} runs (wall, CPU)")
    print(
        f"sscli ingest, cold vault: {cold_wall:.2f} s (CPU {cold_cpu:.2f} s) = "
        f"{mb / cold_wall:.1f} MB/s verified, {1000 * cold_wall / COUNT:.0f} ms/package"
    )
    print(
        f"sscli ingest, warm vault: {warm_wall:.2f} s (CPU {warm_cpu:.2f} s); "
        f"sscli --help: {help_wall:.2f} s (CPU {help_cpu:.2f} s), so the re-ingest itself is "
        f"{1000 * (warm_wall - help_wall):.0f} ms (CPU {1000 * (warm_cpu - help_cpu):.0f} ms) "
        "above start-up"
    )
    print(f"pip download --require-hashes: {pip_wall:.2f} s (CPU {pip_cpu:.2f} s)")
    goal_row(
        "re-ingest of an unchanged lock",
        f"{cold_wall / warm_wall:.1f}x faster (CPU {cold_cpu / warm_cpu:.1f}x)",
        "the cold ingest",
        ">= 20x",
        cold_wall / warm_wall >= 20,
    )
    goal_row(
        "cold ingest (also inspects, checks RECORD)",
        f"{cold_wall / pip_wall:.2f}x (CPU {cold_cpu / pip_cpu:.2f}x)",
        "pip download --require-hashes",
        "<= 1.5x",
        cold_wall / pip_wall <= 1.5,
    )


if __name__ == "__main__":
    main()

"""Shared timing helpers for the benchmark scripts (not tests: they print figures)."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path


def time_command(argv: Sequence[str], *, repeat: int = 3) -> float:
    """Median wall time in seconds of running `argv` `repeat` times; it must succeed."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def cpu_commands(commands: dict[str, Sequence[str]], *, repeat: int = 5) -> dict[str, float]:
    """Median CPU time (user + system) in seconds of each command, run `repeat` times each,
    interleaved so that a change in the machine's load affects every command alike; each
    must succeed. CPU time, unlike wall time, is not stretched by waiting for a core."""
    import resource

    samples: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(repeat):
        for label, argv in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            samples[label].append(
                after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            )
    return {label: statistics.median(values) for label, values in samples.items()}


def compile_sources(package: Path) -> None:
    """Byte-compile `package` as an installation does, so that start-up is measured with its
    .pyc files even where PYTHONDONTWRITEBYTECODE keeps the interpreter from writing them."""
    import sys

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def goal_row(label: str, figure: str, peer: str, goal: str, met: bool) -> None:
    """One row of a benchmark's table: the figure, its peer in the same run, the goal."""
    print(f"{label:<44} {figure:<26} vs {peer:<40} goal {goal:<22} {'ok' if met else 'missed'}")

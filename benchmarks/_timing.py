"""Shared timing helpers for the benchmark scripts (not tests: they print figures)."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


def time_command(argv: Sequence[str], *, repeat: int = 3) -> float:
    """Median wall time in seconds of running `argv` `repeat` times; it must succeed."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


@dataclass(frozen=True)
class Stats:
    cpu: float  # median CPU seconds (user + system)
    peak_mib: float  # the largest peak resident set of any run
    wall: float = 0.0  # median wall seconds (stretched when the machine is loaded)


def run_stats(commands: dict[str, Sequence[str]], *, repeat: int = 5) -> dict[str, Stats]:
    """Each command run `repeat` times, interleaved so that a change in the machine's load
    affects every command alike; each must succeed. CPU time, unlike wall time, is not
    stretched by waiting for a core; each run's own rusage (wait4) gives its peak memory."""
    cpu: dict[str, list[float]] = {label: [] for label in commands}
    wall: dict[str, list[float]] = {label: [] for label in commands}
    peak: dict[str, float] = dict.fromkeys(commands, 0.0)
    for _ in range(repeat):
        for label, argv in commands.items():
            start = time.perf_counter()
            child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _pid, status, usage = os.wait4(child.pid, 0)
            wall[label].append(time.perf_counter() - start)
            child.returncode = os.waitstatus_to_exitcode(status)
            if child.returncode != 0:
                raise subprocess.CalledProcessError(child.returncode, list(argv))
            cpu[label].append(usage.ru_utime + usage.ru_stime)
            peak[label] = max(peak[label], usage.ru_maxrss / 1024)
    return {
        label: Stats(statistics.median(cpu[label]), peak[label], statistics.median(wall[label]))
        for label in commands
    }


def cpu_commands(commands: dict[str, Sequence[str]], *, repeat: int = 5) -> dict[str, float]:
    """Median CPU seconds of each command (see `run_stats`)."""
    return {label: stats.cpu for label, stats in run_stats(commands, repeat=repeat).items()}


def fit_exponent(sizes: Sequence[float], costs: Sequence[float]) -> float:
    """The exponent k of the least-squares fit cost = c * size**k (1.0: linear)."""
    import math

    xs = [math.log(s) for s in sizes]
    ys = [math.log(c) for c in costs]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    num = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return num / sum((x - mean_x) ** 2 for x in xs)


def compile_sources(package: Path) -> None:
    """Byte-compile `package` as an installation does, so that start-up is measured with its
    .pyc files even where PYTHONDONTWRITEBYTECODE keeps the interpreter from writing them."""
    import sys

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def goal_row(label: str, figure: str, peer: str, goal: str, met: bool) -> None:
    """One row of a benchmark's table: the figure, its peer in the same run, the goal."""
    print(f"{label:<44} {figure:<26} vs {peer:<40} goal {goal:<22} {'ok' if met else 'missed'}")

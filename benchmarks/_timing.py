"""Shared timing helpers for the benchmark scripts (not tests: they print figures)."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Sequence


def time_command(argv: Sequence[str], *, repeat: int = 3) -> float:
    """Median wall time in seconds of running `argv` `repeat` times; it must succeed."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)

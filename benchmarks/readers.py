"""Lock readers on the largest real locks in tests/data/locks: `sscli sbom show` (reading the
lock) and `sscli sbom create` (wall time including start-up and the SBOM's schema validation) on
pydantic-ai's uv.lock and docling's poetry.lock, side by side with `cyclonedx-py poetry` on the
same poetry project, in one run.

Goal: reading each lock (`sbom show`, start-up included) under 1 s. cyclonedx-py is capped (CAP seconds); past the cap the ratio is
printed as a lower bound.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import time_command

BIN = Path(sys.executable).parent
LOCKS = Path(__file__).parents[1] / "tests" / "data" / "locks"
CAP = 120.0
CASES = (("pydantic-ai", "uv.lock"), ("docling-2025", "poetry.lock"))


def sscli_run(project: Path, out: Path) -> tuple[float, float, int]:
    """(seconds to read the lock and summarize it, seconds for the validated SBOM, components)."""
    read = time_command([str(BIN / "sscli"), "sbom", "show", str(project)])
    seconds = time_command([str(BIN / "sscli"), "sbom", "create", str(project), "-o", str(out)])
    return read, seconds, len(json.loads(out.read_text())["components"])


def cyclonedx_py(project: Path, out: Path) -> tuple[float | None, int | None]:
    """`cyclonedx-py poetry` on the project, or (None, None) past the cap."""
    start = time.perf_counter()
    try:
        subprocess.run(
            [str(BIN / "cyclonedx-py"), "poetry", str(project), "-o", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=CAP,
        )
    except subprocess.TimeoutExpired:
        return None, None
    seconds = time.perf_counter() - start
    return seconds, len(json.loads(out.read_text()).get("components", []))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "sbom.json"
        times = {}
        for project, lock in CASES:
            seconds, count = sscli_run(LOCKS / project, out)
            times[project] = seconds
            verdict = "ok" if seconds < 1.0 else "over the 1 s goal"
            print(
                f"sscli sbom create {project}/{lock}: {seconds:.2f} s, {count} components ({verdict})"
            )
        peer, peer_count = cyclonedx_py(LOCKS / "docling-2025", out)
    sscli_time = times["docling-2025"]
    if peer is None:
        print(f"cyclonedx-py poetry docling-2025: > {CAP:.0f} s (stopped at the cap)")
        print(f"ratio: sscli is > {CAP / sscli_time:.0f}x faster on the same poetry lock")
    else:
        print(f"cyclonedx-py poetry docling-2025: {peer:.2f} s, {peer_count} components")
        print(f"ratio: sscli is {peer / sscli_time:.1f}x faster on the same poetry lock")


if __name__ == "__main__":
    main()

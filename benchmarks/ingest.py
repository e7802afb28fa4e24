"""Ingest throughput: a lock of 60 packages from a loopback pypiserver into a cold vault, then
again into the warm vault (content addressing: nothing is fetched), against `pip download
--require-hashes` of the same lock from the same server, all in one run.

The packages are real-shaped wheels built here (0.2-2 MB each, RECORD and all), so the run needs
no internet.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.builders import build_wheel
from tests.servers import pypiserver

BIN = Path(sys.executable).parent
COUNT = 60


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


def timed(argv: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
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
        with pypiserver(packages) as url:
            ingest = [
                str(BIN / "sscli"),
                "--state-dir",
                str(root / "state"),
                "ingest",
                str(lock),
                "--index-url",
                url,
                "--vault",
                str(root / "vault"),
                "--policy",
                str(policy),
            ]
            cold = timed(ingest)
            warm = timed(ingest)
            env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
            pip = timed(
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
                    str(root / "pip"),
                ],
                env,
            )
    mb = total / 1e6
    print(f"lock: {COUNT} packages, {mb:.1f} MB")
    print(
        f"sscli ingest, cold vault: {cold:.2f} s = {mb / cold:.1f} MB/s verified, {1000 * cold / COUNT:.0f} ms/package"
    )
    print(
        f"sscli ingest, warm vault: {warm:.2f} s; re-ingest is {cold / warm:.0f}x faster (goal >= 20x)"
    )
    print(
        f"pip download --require-hashes: {pip:.2f} s; sscli cold / pip = {cold / pip:.2f}x "
        "(sscli also inspects every archive, checks RECORD hashes and policy)"
    )


if __name__ == "__main__":
    main()

"""SBOM of an installed environment: `sscli sbom create --python` against `cyclonedx-py
environment`, both validating their output against the CycloneDX schema, in one run.

Builds a venv with at least 75 distributions (sscli's own dependency set, installed from the
configured index; where the index is unreachable, the project's .venv is measured instead), then
prints the median wall times and the ratio. Also times `sscli --help` (goal < 0.3 s).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _timing import time_command

BIN = Path(sys.executable).parent


def build_venv(directory: Path) -> Path:
    target = directory / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(target)], check=True)
    freeze = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    requirements = directory / "requirements.txt"
    requirements.write_text(freeze)
    try:
        subprocess.run(
            [
                str(target / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "-q",
                "--no-deps",
                "-r",
                str(requirements),
            ],
            check=True,
            timeout=600,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
        print("index unreachable: measuring the running environment instead")
        return Path(sys.executable)
    return target / "bin" / "python"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        python = build_venv(Path(tmp))
        out = Path(tmp) / "sbom.json"
        sscli = time_command(
            [str(BIN / "sscli"), "sbom", "create", "--python", str(python), "-o", str(out)]
        )
        count = len(json.loads(out.read_text())["components"])
        peer = time_command(
            [str(BIN / "cyclonedx-py"), "environment", str(python), "-o", str(out)], repeat=2
        )
        peer_count = len(json.loads(out.read_text())["components"])
        help_time = time_command([str(BIN / "sscli"), "--help"], repeat=5)
    print(f"components: sscli {count}, cyclonedx-py {peer_count} (goal >= 75)")
    print(f"cyclonedx-py environment (validating): {peer:.2f} s")
    print(f"sscli sbom create --python (validating): {sscli:.2f} s")
    print(f"ratio: sscli is {peer / sscli:.1f}x faster (goal >= 14x)")
    print(f"sscli --help: {help_time:.3f} s (goal < 0.3 s)")


if __name__ == "__main__":
    main()

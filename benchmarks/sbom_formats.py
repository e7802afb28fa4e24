"""SBOM formats: one `sscli sbom create` of an installed environment writing CycloneDX JSON and
SPDX JSON together (`-o FORMAT=PATH`), against two separate runs, and sscli's validated SPDX
writer against spdx-tools' validating writer on the same document, all in one run.

The environment is the running interpreter's (the project's .venv: over 130 distributions once
bootstrapped). Goals: both formats in one run <= 1.3x one format; sscli's validated SPDX write
>= 10x faster than spdx-tools' (`write_document_to_stream(validate=True)`).
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _timing import time_command

SSCLI = str(Path(sys.executable).with_name("sscli"))


def _median(function: object, repeat: int = 3) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    from sscli.inventory import load_inventory
    from sscli.sbom import SbomFormat, create_sbom

    inventory = load_inventory(python=Path(sys.executable))
    print(f"environment: {len(inventory.packages)} distributions")
    with tempfile.TemporaryDirectory() as tmp:
        base = [SSCLI, "--state-dir", f"{tmp}/state", "sbom", "create", "--python", sys.executable]
        cdx, spdx = f"{tmp}/sbom.cdx.json", f"{tmp}/sbom.spdx.json"
        one = time_command([*base, "-o", cdx])
        both = time_command([*base, "-o", f"cyclonedx-json={cdx}", "-o", f"spdx-json={spdx}"])
        separate = one + time_command([*base, "--format", "spdx-json", "-o", spdx])
        print(f"one format:             {one:6.2f} s")
        print(
            f"both, one run:          {both:6.2f} s  ({both / one:.2f}x one format; goal <= 1.3x)"
        )
        print(f"both, two runs:         {separate:6.2f} s  ({separate / both:.2f}x the single run)")

        sscli_spdx = _median(lambda: create_sbom(inventory, SbomFormat.SPDX_JSON))
        from spdx_tools.spdx.parser.parse_anything import parse_file
        from spdx_tools.spdx.writer.json.json_writer import write_document_to_stream

        document = parse_file(spdx)
        spdx_tools = _median(
            lambda: write_document_to_stream(document, io.StringIO(), validate=True)
        )
        print(f"sscli SPDX (validated): {sscli_spdx:6.2f} s")
        print(
            f"spdx-tools write+validate: {spdx_tools:6.2f} s  "
            f"({spdx_tools / sscli_spdx:.1f}x sscli; goal >= 10x)"
        )


if __name__ == "__main__":
    main()

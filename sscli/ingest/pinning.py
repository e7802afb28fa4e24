"""`--pin`: write the hashes ingest saw back as a hashed requirements file."""

from __future__ import annotations

from pathlib import Path

from sscli.fsutil import atomic_write_text
from sscli.inventory.model import Inventory


def write_hashed_requirements(
    inventory: Inventory, pinned: dict[str, list[str]], path: Path, *, built: bool = False
) -> None:
    """One `name==version --hash=...` entry per package, for `pip install --require-hashes`;
    `built`: some wheels were built here, and the file is for installing from the vault."""
    lines = (
        [
            "# Written by `sscli ingest --build-from-source`: the lock's digests, and those of the",
            "# wheels built here from their sdists, which only the vault serves. Install with",
            "# pip install --require-hashes -r THIS --index-url file:///VAULT/simple/",
        ]
        if built
        else [
            "# Written by `sscli ingest --pin`: the sha256 of each file the index served and",
            "# sscli inspected and accepted. Review before trusting it.",
        ]
    )
    for package in sorted(inventory.packages, key=lambda p: p.name):
        digests = sorted(set(pinned.get(package.key, ())) | set(package.sha256_hashes))
        if not digests:
            continue
        hashes = "".join(f" \\\n    --hash=sha256:{d}" for d in digests)
        lines.append(f"{package.display_name or package.name}=={package.version}{hashes}")
    atomic_write_text(path, "\n".join(lines) + "\n")

"""The in-toto link of each pipeline step, so `sscli verify layout` covers the whole run.

The runner records a step as in-toto-run would: its declared inputs (and the files `each` runs
over) hashed before the step are the materials, its declared outputs hashed after are the
products. Artifact names are relative to the project, the output or the state directory,
whichever holds the file, so they read like the names ingest and build give in their own links
(`uv.lock`, `vault/files/...`, `dist/...`) and the layout's MATCH rules can connect the steps.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sscli.errors import InputError
from sscli.fsutil import hash_file
from sscli.keyrefs import kms_scheme
from sscli.pipeline.definition import LinkSettings

if TYPE_CHECKING:
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]


class StepLinker:
    """Signs the runner's links with the pipeline's functionary key (loaded on first use: the
    pipeline may generate the key in an earlier step)."""

    def __init__(self, settings: LinkSettings, bases: Sequence[Path]) -> None:
        self.settings = settings
        self.directory = Path(settings.directory)
        self._bases = list(bases)  # the vault inside the state directory names files vault/...
        self._signer: Signer | None = None

    def digests(self, files: Sequence[Path]) -> dict[str, str]:
        from sscli.attest.links import artifact_name

        return {artifact_name(f, self._bases): hash_file(f)["sha256"] for f in files}

    def identity(self) -> str:
        """What signs the links: the key reference, its file's digest when it is a file, and
        where the links go."""
        key = Path(self.settings.key)
        digest = hash_file(key)["sha256"] if key.is_file() else ""
        return f"{self.settings.key}:{digest}:{self.settings.directory}"

    def existing(self, step: str) -> list[Path]:
        """The link files already written for `step` (one per functionary key)."""
        return sorted(self.directory.glob(f"{step}.????????.link"))

    def written_since(self, step: str, started: float) -> bool:
        """Whether a link for `step` was written at or after `started` (a wall-clock time)."""
        return any(p.stat().st_mtime >= started for p in self.existing(step))

    def record(self, step: str, materials: dict[str, str], products: dict[str, str]) -> Path:
        from sscli.attest.links import write_step_link

        self.directory.mkdir(parents=True, exist_ok=True)
        [path] = write_step_link(step, materials, products, [self._load()], self.directory)
        return path

    def _load(self) -> Signer:
        if self._signer is None:
            from sscli.attest.signing import KeySpec, load_signer

            if kms_scheme(self.settings.key) is None and not Path(self.settings.key).exists():
                raise InputError(
                    "the links' key does not exist (yet)",
                    path=Path(self.settings.key),
                    hint="generate it in a step before the first linked step, or mark the "
                    "steps before it `link: false`",
                )
            public = Path(self.settings.public_key) if self.settings.public_key else None
            self._signer = load_signer(
                KeySpec(self.settings.key, public, self.settings.passphrase_env)
            )
        return self._signer


def wall_clock() -> float:
    """Now, comparable with file modification times (a step's own link is newer)."""
    return time.time() - 1.0  # coarse file-system timestamps: allow a second of slack

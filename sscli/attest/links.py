"""`sign-link`: run one supply-chain step like `in-toto-run` and write its signed in-toto link.

in-toto's own runlib records the step (materials hashed before, products after, stdout,
stderr and return value as byproducts), so layouts verified by `in_toto_verify` accept the
link as they would one written by in-toto-run.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.errors import EnvironmentFailure, InputError
from sscli.fsutil import atomic_write_text

if TYPE_CHECKING:
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]  # re-exported without `as`

DEFAULT_TIMEOUT = 3600


def artifact_name(path: Path, bases: Sequence[Path]) -> str:
    """A file's name in a link: relative to the innermost of `bases` that holds it, else its
    file name. The factory's runner and the commands that write their own links (ingest,
    build) name files this way, so a layout's MATCH rules connect their steps."""
    resolved = path.resolve()
    for base in sorted({b.resolve() for b in bases}, key=lambda b: len(b.parts), reverse=True):
        if resolved.is_relative_to(base):
            return resolved.relative_to(base).as_posix()
    return path.name


@dataclass(frozen=True)
class LinkRecord:
    """Where the link was written and what the step's command returned."""

    path: Path
    keyid: str
    return_value: int | None


def sign_link(
    name: str,
    command: Sequence[str],
    signer: Signer,
    *,
    materials: Sequence[str] = (),
    products: Sequence[str] = (),
    exclude: Sequence[str] = (),
    base_path: Path | None = None,
    out_dir: Path = Path(),
    timeout: int = DEFAULT_TIMEOUT,
) -> LinkRecord:
    """Run `command` (no shell) as step `name` and write `<name>.<keyid[:8]>.link` in `out_dir`."""
    from in_toto.models.link import FILENAME_FORMAT
    from in_toto.runlib import in_toto_run

    if not name or "/" in name or name.startswith("."):
        raise InputError("a step name must be a plain name", field="--name")
    try:
        # Unsigned here and signed below: given a signer, in_toto_run also dumps the link into
        # the current directory, non-atomically.
        metablock = in_toto_run(
            name,
            list(materials),
            list(products),
            list(command),
            record_streams=True,
            exclude_patterns=list(exclude) or None,
            base_path=str(base_path) if base_path else None,
            timeout=timeout,
        )
        metablock.create_signature(signer)
    except (FileNotFoundError, PermissionError) as exc:
        raise InputError(f"cannot run the step's command: {exc}", field="command") from exc
    except subprocess.TimeoutExpired as exc:
        raise EnvironmentFailure(
            f"the step's command ran over {timeout} s and was stopped"
        ) from exc
    keyid = str(signer.public_key.keyid)
    path = Path(out_dir) / FILENAME_FORMAT.format(step_name=name, keyid=keyid)
    atomic_write_text(path, json.dumps(metablock.to_dict(), indent=1, sort_keys=True) + "\n")
    byproducts = metablock.signed.byproducts
    return_value = byproducts.get("return-value") if command else None
    return LinkRecord(path, keyid, return_value)


def write_step_link(
    name: str,
    materials: dict[str, str],
    products: dict[str, str],
    signers: Sequence[Signer],
    out_dir: Path,
    *,
    byproducts: dict[str, Any] | None = None,
) -> list[Path]:
    """Record a step sscli performed itself (no command to wrap) as an in-toto link: artifact
    path -> sha256 for its materials and products, one link per signer (`NAME.KEYID8.link`), as
    `in_toto_verify` expects of a step's functionaries."""
    from in_toto.models.link import FILENAME_FORMAT, Link
    from in_toto.models.metadata import Metablock

    if not name or "/" in name or name.startswith("."):
        raise InputError("a step name must be a plain name", field="--name")
    written = []
    for signer in signers:
        link = Link(
            name=name,
            materials={path: {"sha256": digest} for path, digest in sorted(materials.items())},
            products={path: {"sha256": digest} for path, digest in sorted(products.items())},
            byproducts=byproducts or {},
            command=[],
            environment={},
        )
        metablock = Metablock(signed=link)
        metablock.create_signature(signer)
        path = Path(out_dir) / FILENAME_FORMAT.format(step_name=name, keyid=signer.public_key.keyid)
        atomic_write_text(path, json.dumps(metablock.to_dict(), indent=1, sort_keys=True) + "\n")
        written.append(path)
    return written

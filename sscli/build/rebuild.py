"""Rebuild a published package from its sdist, in the sandbox with build dependencies only from
the vault, and compare the result with the published wheel (the OSS Rebuild idea).

SOURCE_DATE_EPOCH is taken from the published wheel itself (its newest member time), as a
rebuilder must; nothing else about the original build is known.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sscli.build.compare import FileComparison, compare_outputs
from sscli.build.run import build_environment, clamp_mtimes, run_build, vault_files_used
from sscli.build.sandbox import Sandbox
from sscli.build.sdist import inspect_sdist, newest_member_time, unpack
from sscli.errors import InputError
from sscli.index.client import IndexClient
from sscli.index.models import IndexFile
from sscli.ingest.select import Target
from sscli.inventory.model import distribution_filename
from sscli.progress import Progress, silent
from sscli.vault.store import Vault, VaultEntry


@dataclass
class RebuildResult:
    """A release rebuilt from its sdist and compared with its published wheel: the verdict, and what
    it rests on."""

    name: str
    version: str
    verdict: str  # reproducible | equivalent | differs | not-buildable
    sdist: str | None = None
    wheel: str | None = None
    comparison: FileComparison | None = None
    dependencies: list[VaultEntry] = field(default_factory=list)
    log_tail: str = ""


def rebuild(  # noqa: PLR0917 - what to rebuild, from where, into what, and who watches
    name: str,
    version: str,
    client: IndexClient,
    vault: Vault,
    sandbox: Sandbox,
    progress: Progress = silent,
) -> RebuildResult:
    """Rebuild `name` `version`'s wheel from its sdist and compare it with the published one;
    `progress` hears of each stage (finding, downloading, building, comparing)."""
    stages = 4
    progress(0, stages, f"finding {name} {version} on {client.base_url}")
    page = client.project(name)
    files = [f for f in page.files if _version_of(f.filename) == version]
    sdist = next((f for f in files if f.filename.endswith((".tar.gz", ".zip"))), None)
    target = Target()
    wheels = sorted(
        (f for f in files if f.filename.endswith(".whl") and target.accepts_wheel(f.filename)),
        key=lambda f: target.rank(f.filename) or 0,
    )
    if sdist is None or not wheels:
        missing = "sdist" if sdist is None else "wheel for this platform"
        raise InputError(f"{name} {version} has no {missing} on {client.base_url}")
    wheel = wheels[0]
    with tempfile.TemporaryDirectory(prefix="sscli-rebuild-") as tmp:
        root = Path(tmp)
        progress(1, stages, f"downloading {wheel.filename} and {sdist.filename}")
        published = _download(client, wheel, root / "published")
        source = _download(client, sdist, root / "sdist")
        inspect_sdist(source)
        epoch = newest_member_time(published)
        unpack(source, root / "work" / "src")
        clamp_mtimes(root / "work" / "src", epoch)
        (root / "work" / "out").mkdir()
        progress(2, stages, "building the wheel from the sdist in the sandbox")
        result = run_build(
            sandbox, vault, root / "work", build_environment(epoch), ("--wheel",), 900.0
        )
        used = vault_files_used(vault, [result.pip_log])
        if result.returncode != 0:
            tail = "\n".join(result.output.strip().splitlines()[-12:])
            return RebuildResult(
                name, version, "not-buildable", sdist.filename, wheel.filename, None, used, tail
            )
        produced = next(
            (p for p in (root / "work" / "out").iterdir() if p.name == wheel.filename), None
        )
        if produced is None:
            names = ", ".join(p.name for p in (root / "work" / "out").iterdir())
            return RebuildResult(
                name,
                version,
                "differs",
                sdist.filename,
                wheel.filename,
                None,
                used,
                f"the rebuild produced {names}, not {wheel.filename}",
            )
        progress(3, stages, "comparing with the published wheel")
        (root / "compare").mkdir()
        produced.rename(root / "compare" / produced.name)
        comparison = compare_outputs(root / "published", root / "compare")[0]
    verdict = verdict_of(comparison)
    return RebuildResult(name, version, verdict, sdist.filename, wheel.filename, comparison, used)


def verdict_of(comparison: FileComparison) -> str:
    """A rebuilt wheel against the published one: reproducible (the same bytes), equivalent
    (the same members, contents and modes) or differs."""
    return {"identical": "reproducible", "equivalent": "equivalent"}.get(
        comparison.verdict, "differs"
    )


def _download(client: IndexClient, file: IndexFile, directory: Path) -> Path:
    directory.mkdir(parents=True)
    download = client.download(file, directory, expected_sha256=file.hashes.get("sha256"))
    target = directory / file.filename
    download.path.rename(target)
    return target


def _version_of(filename: str) -> str | None:
    parsed = distribution_filename(filename)
    return parsed[1] if parsed else None

"""Rebuild a published package from its sdist, in the sandbox with build dependencies only from
the vault, and compare the result with the published wheel (the OSS Rebuild idea).

SOURCE_DATE_EPOCH is taken from the published wheel itself (its newest member time), as a
rebuilder must; nothing else about the original build is known.
"""

from __future__ import annotations

import tarfile
import tempfile
import zipfile
from calendar import timegm
from dataclasses import dataclass, field
from pathlib import Path

from sscli.build.compare import FileComparison, compare_outputs
from sscli.build.run import build_environment, clamp_mtimes, run_build, vault_files_used
from sscli.build.sandbox import Sandbox
from sscli.errors import InputError
from sscli.fsutil import open_regular
from sscli.index.client import IndexClient
from sscli.index.models import IndexFile
from sscli.ingest.inspect import inspect_archive
from sscli.ingest.select import Target
from sscli.inventory.model import distribution_filename
from sscli.policy.model import ArchiveLimits
from sscli.vault.store import Vault, VaultEntry


@dataclass
class RebuildResult:
    name: str
    version: str
    verdict: str  # reproducible | equivalent | differs | not-buildable
    sdist: str | None = None
    wheel: str | None = None
    comparison: FileComparison | None = None
    dependencies: list[VaultEntry] = field(default_factory=list)
    log_tail: str = ""


def rebuild(
    name: str, version: str, client: IndexClient, vault: Vault, sandbox: Sandbox
) -> RebuildResult:
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
        published = _download(client, wheel, root / "published")
        source = _download(client, sdist, root / "sdist")
        checks, _ = inspect_archive(source, ArchiveLimits(), sdist.filename)
        refused = [c for c in checks if c.status.value == "fail"]
        if refused:
            raise InputError(
                f"the sdist fails inspection: {refused[0].message}", path=sdist.filename
            )
        epoch = _newest_member_time(published)
        _unpack(source, root / "work" / "src")
        clamp_mtimes(root / "work" / "src", epoch)
        (root / "work" / "out").mkdir()
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
        (root / "compare").mkdir()
        produced.rename(root / "compare" / produced.name)
        comparison = compare_outputs(root / "published", root / "compare")[0]
    verdict = {"identical": "reproducible", "equivalent": "equivalent"}.get(
        comparison.verdict, "differs"
    )
    return RebuildResult(name, version, verdict, sdist.filename, wheel.filename, comparison, used)


def _download(client: IndexClient, file: IndexFile, directory: Path) -> Path:
    directory.mkdir(parents=True)
    download = client.download(file, directory, expected_sha256=file.hashes.get("sha256"))
    target = directory / file.filename
    download.path.rename(target)
    return target


def _newest_member_time(wheel: Path) -> int:
    with open_regular(wheel) as raw, zipfile.ZipFile(raw) as archive:
        times = [timegm((*info.date_time, 0, 0, 0)) for info in archive.infolist()]
    return max(times) if times else 315532800


def _unpack(sdist: Path, destination: Path) -> None:
    """Extract an sdist that already passed inspection, stripping its top-level directory."""
    destination.mkdir(parents=True)
    if sdist.name.endswith(".zip"):
        with open_regular(sdist) as raw, zipfile.ZipFile(raw) as archive:
            for info in archive.infolist():
                relative = info.filename.split("/", 1)[1] if "/" in info.filename else ""
                if relative and not info.is_dir():
                    target = destination / relative
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(info))
        return
    with open_regular(sdist) as raw, tarfile.open(fileobj=raw, mode="r:*") as archive:
        for member in archive:
            relative = member.name.split("/", 1)[1] if "/" in member.name else ""
            if not relative or not (member.isfile() or member.isdir()):
                continue  # links and specials are not needed to build
            target = destination / relative
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            handle = archive.extractfile(member)
            target.write_bytes(handle.read() if handle else b"")


def _version_of(filename: str) -> str | None:
    parsed = distribution_filename(filename)
    return parsed[1] if parsed else None

"""The quick re-ingest: `sscli ingest` of a lock it ingested before, answered without the lock
reader, the index client, the inspection or the build stage being imported.

A full run of `sscli ingest` over a plain requirements file (sscli/cli/ingest.py) leaves a memo
in the state directory, `cache/reingest/<name>.json`: the packages its reader found and the name
of the re-ingest manifest (`sscli.ingest.manifest`) that the run's request has. The memo's
`name` is an HMAC, under the manifest key, of everything the reading depended on: the bytes of
the lock, of the policy file and of the pyproject.toml beside the lock (or its absence), the
command's options and the working directory, the interpreter (its markers), and the identity of
sscli's code and of `packaging` (the stat of every file: an edit moves its ctime). The memo's
body is sealed with the same key. It is only written for a lock whose reading depends on nothing
else: no `-r`/`-c` include, no other option line, no `${VAR}`, ASCII text; and only when the
packages it records read back equal to what the reader produced.

A later run with the same name reads the memo instead of the lock, then does what the full
path does for an unchanged lock: the manifest vouches for every package (or nothing is
answered here), standing (malicious names, typosquats, vulnerabilities, expired waivers) is
checked again from the policy and the database, and the report is the one the full path gives.
Anything unusual (no memo, a package not vouched for, the index's generation marker moved, a
refusal to report) answers nothing, and the full path runs from the start.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sscli import __version__
from sscli.errors import InputError
from sscli.fsutil import atomic_write_text, read_bytes_limited
from sscli.ingest import manifest
from sscli.ingest.outcomes import IngestReport, Known, VulnerabilityLookup, vaulted
from sscli.inventory.model import Artifact, Location, Package
from sscli.policy.model import Policy
from sscli.sealed import sealed, unsealed
from sscli.vault.store import Vault

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any

FORMAT = 2  # 2: sealed over the bytes (sscli.sealed)
DIRECTORY = ("cache", "reingest")
KEEP = 32  # memos kept (the most recently written)
MAX_LOCK_BYTES = 16 * 1024 * 1024  # as the requirements reader
MAX_SIDE_BYTES = 1024 * 1024  # the policy file (its own limit) and the pyproject.toml


@dataclass(frozen=True)
class Request:
    """What `sscli ingest` was asked for, in the options the quick path understands (every
    other option has its default)."""

    state_dir: Path
    lock: Path
    policy: Path | None
    vault: str | None
    index_url: str
    metadata_index: str
    db: Path | None

    def fields(self) -> dict[str, Any]:
        return {
            "state_dir": str(self.state_dir),
            "lock": str(self.lock),
            "policy": None if self.policy is None else str(self.policy),
            "vault": self.vault,
            "index_url": self.index_url,
            "metadata_index": self.metadata_index,
            "db": None if self.db is None else str(self.db),
        }

    @property
    def vault_dir(self) -> Path:
        return self.state_dir / "vault" if self.vault is None else Path(self.vault)

    @property
    def key_path(self) -> Path:
        return self.state_dir / "keys" / "manifest.key"


@dataclass(frozen=True)
class Inputs:
    """The sha256 of each file the reading depends on ("builtin": no --policy; "absent": no
    pyproject.toml beside the lock)."""

    lock: str
    policy: str
    pyproject: str


def inputs(request: Request) -> Inputs | None:
    """The files' digests, or None when the lock is not one whose reading depends on its bytes
    alone (or a file cannot be read: the full path then says why)."""
    try:
        data = read_bytes_limited(request.lock, MAX_LOCK_BYTES)
        if not _self_contained(data):
            return None
        policy = (
            "builtin"
            if request.policy is None
            else _sha256(read_bytes_limited(request.policy, MAX_SIDE_BYTES))
        )
        beside = request.lock.parent / "pyproject.toml"
        pyproject = (
            _sha256(read_bytes_limited(beside, MAX_SIDE_BYTES)) if beside.exists() else "absent"
        )
    except (OSError, InputError):
        return None
    return Inputs(_sha256(data), policy, pyproject)


def _self_contained(data: bytes) -> bool:
    """True for a requirements file whose reading uses nothing but its bytes: printable ASCII
    lines, no `${VAR}` to expand, and no line starting with an option other than a `--hash`
    continuation (an include, an index, an editable project all take the full path)."""
    data = data.replace(b"\r\n", b"\n")
    if data.translate(None, _PLAIN) or b"${" in data:
        return False
    for line in data.split(b"\n"):
        start = line.lstrip(b" \t")
        if start.startswith(b"-") and not start.startswith((b"--hash=", b"--hash ", b"--hash\t")):
            return False
    return True


_PLAIN = bytes(range(0x20, 0x7F)) + b"\n\t"  # no other line break, control or non-ASCII byte


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@cache
def code_identity() -> str:
    """The stat identity (path, size, mtime, ctime, inode) of every file of sscli and of
    `packaging` (the lock reader's parser): a changed file, or another install, differs."""
    import packaging

    return tree_identity([Path(__file__).parents[1], Path(packaging.__file__).parent])


def tree_identity(roots: Sequence[Path]) -> str:
    found: list[tuple[Any, ...]] = []
    for root in roots:
        _walk(str(root), found)
    found.sort()  # by path: each is there once
    return hashlib.sha256(repr(found).encode()).hexdigest()


def _walk(directory: str, found: list[tuple[Any, ...]]) -> None:
    with os.scandir(directory) as entries:
        for entry in entries:
            if entry.name == "__pycache__":
                continue
            if entry.is_dir(follow_symlinks=False):
                found.append((entry.path, "directory"))
                _walk(entry.path, found)
                continue
            status = entry.stat(follow_symlinks=False)
            found.append((entry.path, status.st_size, status.st_mtime_ns, status.st_ctime_ns,
                          status.st_ino))  # fmt: skip


def _interpreter() -> list[Any]:
    """What the default target's markers are evaluated from (packaging's default_environment)."""
    implementation = sys.implementation
    return [
        sys.executable,
        sys.version,
        sys.platform,
        os.name,
        implementation.name,
        list(implementation.version),
        list(os.uname()),
    ]


def memo_name(request: Request, found: Inputs, key: bytes) -> str | None:
    try:
        cwd = str(Path.cwd())
    except OSError:
        return None
    document = {
        "format": FORMAT,
        "sscli": __version__,
        "code": code_identity(),
        "python": _interpreter(),
        "cwd": cwd,
        "request": request.fields(),
        "inputs": [found.lock, found.policy, found.pyproject],
    }
    text = json.dumps(document, sort_keys=True)
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def _memo_path(request: Request, name: str) -> Path:
    return request.state_dir.joinpath(*DIRECTORY, f"{name}.json")


def remember(
    request: Request,
    before: Inputs,
    packages: Sequence[Package],
    digest: str,
    key: bytes,
) -> None:
    """Write the memo of a full run that read `packages` from the inputs `before` (taken
    before the lock was read) and whose request digest is `digest`; nothing when an input
    changed meanwhile or the packages do not read back equal."""
    encoded = [_encode(p) for p in packages]
    if inputs(request) != before or _decode_all(encoded) != list(packages):
        return
    name = memo_name(request, before, key)
    if name is None:
        return
    body = {"format": FORMAT, "name": name, "request": digest, "packages": encoded}
    path = _memo_path(request, name)
    with contextlib.suppress(OSError):  # a read-only state dir only costs speed
        path.parent.mkdir(parents=True, exist_ok=True)
        data = sealed(key, f"memo {name}", json.dumps(body).encode() + b"\n")
        atomic_write_text(path, data.decode(), durable=False)
        manifest.prune(path.parent, KEEP)


def recall(request: Request, key: bytes) -> tuple[list[Package], str] | None:
    """(the packages, the request digest) a memo holds for this very request, or None."""
    found = inputs(request)
    name = memo_name(request, found, key) if found is not None else None
    if name is None:
        return None
    try:
        limit = 64 * 1024 + 4 * request.lock.stat().st_size
        text = unsealed(key, f"memo {name}", read_bytes_limited(_memo_path(request, name), limit))
        if text is None:
            return None
        body = json.loads(text)
        if body["format"] != FORMAT or body["name"] != name or not isinstance(body["request"], str):
            return None
        packages = _decode_all(body["packages"])
    except (OSError, InputError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None
    if packages is None or not packages:
        return None
    return packages, body["request"]


def _encode(package: Package) -> list[Any]:
    location = package.location
    return [
        package.name,
        package.version,
        package.display_name,
        [dict(a.hashes) for a in package.artifacts],
        list(package.dependencies),
        None if location is None else [location.path, location.line],
    ]


def _decode_all(items: Any) -> list[Package] | None:
    if not isinstance(items, list):
        return None
    packages = [_decode(item) for item in items]
    return None if any(p is None for p in packages) else packages  # type: ignore[return-value]


def _decode(item: Any) -> Package | None:
    """A package as the requirements reader makes it; None for anything else."""
    if not isinstance(item, list) or len(item) != 6:
        return None
    name, version, display, hashes, dependencies, location = item
    if not (
        isinstance(name, str)
        and isinstance(version, str)
        and (display is None or isinstance(display, str))
        and isinstance(hashes, list)
        and all(isinstance(h, dict) and all(isinstance(v, str) for v in h.values()) for h in hashes)
        and isinstance(dependencies, list)
        and all(isinstance(d, str) for d in dependencies)
        and (location is None or _is_location(location))
    ):
        return None
    return Package(
        name=name,
        version=version,
        display_name=display,
        artifacts=tuple(Artifact(hashes=dict(h)) for h in hashes),
        dependencies=tuple(dependencies),
        location=None if location is None else Location(location[0], location[1]),
    )


def _is_location(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], str)
        and (value[1] is None or type(value[1]) is int)
    )


def answer(  # noqa: PLR0917 - what the full path's options hold for it
    vault: Vault,
    packages: Sequence[Package],
    digest: str,
    policy: Policy,
    key: bytes,
    vulnerabilities: VulnerabilityLookup | None,
) -> IngestReport | None:
    """The report of the full path for an unchanged lock, if the manifest named `digest`
    vouches for every package and the index is as that run left it; else None."""
    if not packages or any(not p.sha256_hashes for p in packages):
        return None
    loaded = manifest.load(vault, digest, key, manifest.size_limit(len(packages)))
    found = []
    for package in packages:
        entries = manifest.vouched(vault, package, loaded.records.get(package.key), policy.sha256)
        if entries is None:
            return None
        found.append((package, entries))
    generation = manifest.identity(vault.simple_dir / ".generation")
    if generation is None or generation != loaded.generation:
        return None  # the full path rebuilds the index
    if vulnerabilities is not None:
        # one query for the whole lock, as the full path makes it
        vulnerabilities = Known(vulnerabilities(packages))
    report = IngestReport()
    for package, entries in found:
        report.outcomes.extend(vaulted(package, entries, policy, vulnerabilities))
    for outcome in report.outcomes:
        if outcome.sha256 and outcome.status != "refused":
            report.pinned.setdefault(outcome.package.key, []).append(outcome.sha256)
    return report

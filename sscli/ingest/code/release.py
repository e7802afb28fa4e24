"""The layout of one release's archive, as the `layout` rules compare it with the previous
release of the same project: what it installs (top-level names, modules, .pth files, native
binaries), what runs when it is built (setup.py, the build backend and its hooks) and how big
it is. Pure functions of the archive's members; nothing is run."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sscli.ingest.code import kinds
from sscli.ingest.code.members import Archive, UnreadableArchive, read_archive
from sscli.ingest.code.model import Phase
from sscli.ingest.code.placement import Layout, place, sdist_layout

# extension modules carry their ABI in the name (x.cpython-312-x86_64-linux-gnu.so, x.abi3.so,
# x.cp312-win_amd64.pyd), libraries that auditwheel/delocate vendor a content hash
# (libz-a1b2c3d4.so.1.2): neither is a new binary from one release to the next
_ABI = re.compile(r"\.(?:cpython|cp\d+|abi\d|pypy\d*|graalpy)[^/]*?(\.(?:so|pyd|dylib))$")
_HASHED = re.compile(r"-[0-9a-f]{8,}(?=\.(?:so|dylib|dll)\b)")
_VERSIONED_LIB = re.compile(r"(\.(?:so|dylib))(?:\.\d+)+$")
_DIST_INFO = re.compile(r"^[^/]+\.(dist-info|data)/")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\Z")


@dataclass(frozen=True)
class ReleaseLayout:
    """What one archive of a release installs and runs, in names comparable across versions."""

    kind: str  # "wheel" or "sdist"
    filename: str
    files: frozenset[str]  # member paths, the versioned .dist-info/.data prefix made generic
    modules: frozenset[str]  # dotted names of the Python modules it installs
    top_level: dict[str, str]  # importable top-level names it installs -> a member path
    pth: dict[str, str]  # installed .pth file names -> member path
    pth_exec: frozenset[str]  # those of them with a line that `site` executes
    binaries: dict[str, str]  # executables and shared objects, ABI tags and hashes removed,
    # -> member path
    install_hooks: frozenset[str]  # what runs at build/install time: setup.py, hooks
    backend: str | None  # the sdist's PEP 517 build-backend
    size: int  # bytes, uncompressed

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "filename": self.filename,
            "files": len(self.files),
            "modules": len(self.modules),
            "top_level": sorted(self.top_level),
            "size": self.size,
        }


def read_release(path: Path, filename: str) -> ReleaseLayout:
    """The layout of the archive at `path` (`UnreadableArchive` when it cannot be read)."""
    return release_layout(read_archive(path, filename))


def release_layout(archive: Archive) -> ReleaseLayout:
    layout = sdist_layout(archive) if archive.kind == "sdist" else Layout()
    files: set[str] = set()
    modules: set[str] = set()
    top: dict[str, str] = {}
    pth: dict[str, str] = {}
    pth_exec: set[str] = set()
    binaries: dict[str, str] = {}
    for member in archive.members:
        path = member.path
        files.add(_generic(path))
        placement = place(path, archive, layout)
        installed = placement.phase is not Phase.NOT_INSTALLED and not _metadata(path)
        if placement.module is not None and installed and placement.phase is not Phase.INSTALL:
            modules.add(placement.module)
            top.setdefault(placement.module.split(".", 1)[0], path)
        name = path.rsplit("/", 1)[-1]
        if path.lower().endswith(".pth") and placement.phase is Phase.STARTUP:
            pth[name] = path
            if not member.complete or _executes(member.data):
                pth_exec.add(name)
        if kinds.sniff(member.data[:64])[0] == kinds.EXECUTABLE:
            binaries.setdefault(binary_name(_generic(path)), path)
            extension = _extension_top(path, archive.kind)
            if extension is not None and installed:
                top.setdefault(extension, path)
    hooks = set(layout.hooks)
    if archive.kind == "sdist" and archive.get("setup.py") is not None:
        hooks.add("setup.py")
    return ReleaseLayout(
        kind=archive.kind,
        filename=archive.filename,
        files=frozenset(files),
        modules=frozenset(modules),
        top_level=top,
        pth=pth,
        pth_exec=frozenset(pth_exec),
        binaries=binaries,
        install_hooks=frozenset(hooks),
        backend=_backend(archive) if archive.kind == "sdist" else None,
        size=sum(m.size for m in archive.members),
    )


def binary_name(path: str) -> str:
    """A binary's path without the ABI tag, vendoring hash or library version in its name."""
    path = _ABI.sub(r"\1", path)
    path = _HASHED.sub("", path)
    return _VERSIONED_LIB.sub(r"\1", path)


def _generic(path: str) -> str:
    match = _DIST_INFO.match(path)
    if match is None:
        return path
    return f"<{match.group(1)}>/{path[match.end() :]}"


def _metadata(path: str) -> bool:
    head = path.split("/", 1)[0]
    return head.endswith(".dist-info") or head == "EGG-INFO" or head.endswith(".egg-info")


def _extension_top(path: str, kind: str) -> str | None:
    """The top-level name of a native extension module installed at the root (x.so)."""
    parts = path.split("/")
    if kind == "wheel" and len(parts) >= 3 and parts[0].endswith(".data"):
        parts = parts[2:] if parts[1] in ("purelib", "platlib") else []
    if kind == "sdist" and parts and parts[0] == "src":
        parts = parts[1:]
    if len(parts) != 1 or not parts[0].lower().endswith((".so", ".pyd")):
        return None
    stem = parts[0].split(".", 1)[0]
    return stem if _IDENT.match(stem) else None


def _executes(data: bytes) -> bool:
    """A .pth line that `site` executes: one that starts with `import` and a space or tab."""
    return any(
        line.startswith(("import ", "import\t"))
        for line in data.decode("utf-8", "replace").splitlines()
    )


def _backend(archive: Archive) -> str | None:
    member = archive.get("pyproject.toml")
    if member is None or not member.complete:
        return None
    try:
        document = tomllib.loads(member.data.decode("utf-8", "replace"))
    except tomllib.TOMLDecodeError:
        return None
    system = document.get("build-system")
    backend = system.get("build-backend") if isinstance(system, dict) else None
    return backend.strip() if isinstance(backend, str) else None


__all__ = ["ReleaseLayout", "UnreadableArchive", "binary_name", "read_release", "release_layout"]

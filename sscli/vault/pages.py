"""The vault's static simple index: PEP 503 HTML and PEP 691 JSON pages, derived from its
entries and rewritten atomically, so that pip and uv install from `file://…/simple/` and any
static web server can serve it."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from html import escape
from pathlib import Path
from urllib.parse import quote

from sscli.errors import InputError
from sscli.fsutil import atomic_write_text, read_text_limited, sync_filesystem
from sscli.vault.store import Vault, VaultEntry

API_VERSION = "1.1"


GENERATION = ".generation"  # digest of the entries the pages were built from


def served(entries: list[VaultEntry]) -> list[VaultEntry]:
    """What the index lists: every entry, except that a release with a wheel built here
    (`ingest --build-from-source`) is served as its built wheels and its sdists only; the
    wheels its index published are not offered for it."""
    built = {(e.project, e.version) for e in entries if e.built is not None}
    return [
        e
        for e in entries
        if (e.project, e.version) not in built
        or e.built is not None
        or not e.filename.endswith(".whl")
    ]


def generation(entries: list[VaultEntry]) -> str:
    """A digest of what the pages show: equal digests, equal pages."""
    lines = sorted(
        f"{e.project} {e.filename} {e.sha256} {e.requires_python}" for e in served(entries)
    )
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def index_is_current(vault: Vault) -> bool:
    """True if the pages were built from exactly the vault's current entries."""
    marker = vault.simple_dir / GENERATION
    if not marker.is_file():
        return False
    return read_text_limited(marker, 4096).strip() == generation(vault.entries())


def _write(path: Path, text: str) -> None:
    """Write a page only when its content changes: adding one package to a vault of
    thousands rewrites that project's two pages (and the root's when the project is new).
    Atomic, not yet durable: `rebuild_index` makes all its pages durable at once."""
    try:
        if path.is_file() and read_text_limited(path, len(text.encode()) + 1) == text:
            return
    except (OSError, InputError):
        pass  # unreadable or oversized: rewrite it
    atomic_write_text(path, text, durable=False)


def rebuild_index(vault: Vault) -> int:
    """Bring every page up to date with the entries (those `served`), writing only the pages
    whose content changes; returns the number of projects."""
    entries = vault.entries()
    by_project: dict[str, list[VaultEntry]] = defaultdict(list)
    for entry in served(entries):
        by_project[entry.project].append(entry)
    simple = vault.simple_dir
    for project, files in sorted(by_project.items()):
        directory = simple / project
        _write(directory / "index.html", project_html(project, files))
        _write(directory / "index.json", project_json(project, files))
    for stale in simple.iterdir() if simple.is_dir() else []:
        if stale.is_dir() and stale.name not in by_project:
            for page in stale.iterdir():
                page.unlink()
            stale.rmdir()
    _write(simple / "index.html", root_html(sorted(by_project)))
    _write(simple / "index.json", root_json(sorted(by_project)))
    # one barrier for every page written, instead of two fsyncs each; only then the marker
    # that says the pages are current (a crash before it leaves them to be rewritten)
    sync_filesystem(simple)
    atomic_write_text(simple / GENERATION, generation(entries) + "\n")
    return len(by_project)


def _href(entry: VaultEntry) -> str:
    return f"../../files/{quote(entry.project)}/{quote(entry.filename)}"


def project_html(project: str, entries: list[VaultEntry]) -> str:
    links = []
    for entry in sorted(entries, key=lambda e: e.filename):
        requires = (
            f' data-requires-python="{escape(entry.requires_python)}"'
            if entry.requires_python
            else ""
        )
        href = f"{_href(entry)}#sha256={entry.sha256}"
        links.append(f'<a href="{href}"{requires}>{escape(entry.filename)}</a><br>')
    return (
        '<!DOCTYPE html>\n<html><head><meta name="pypi:repository-version" content="1.1">'
        f"<title>Links for {escape(project)}</title></head><body>\n"
        f"<h1>Links for {escape(project)}</h1>\n" + "\n".join(links) + "\n</body></html>\n"
    )


def project_json(project: str, entries: list[VaultEntry]) -> str:
    files = [
        {
            "filename": entry.filename,
            "url": _href(entry),
            "hashes": {"sha256": entry.sha256},
            "requires-python": entry.requires_python,
            "size": entry.size,
            "upload-time": entry.ingested_at,
            "yanked": False,
        }
        for entry in sorted(entries, key=lambda e: e.filename)
    ]
    versions = sorted({entry.version for entry in entries})
    document = {
        "meta": {"api-version": API_VERSION},
        "name": project,
        "versions": versions,
        "files": files,
    }
    return json.dumps(document, indent=1) + "\n"


def root_html(projects: list[str]) -> str:
    links = "\n".join(f'<a href="{quote(p)}/">{escape(p)}</a><br>' for p in projects)
    return (
        '<!DOCTYPE html>\n<html><head><meta name="pypi:repository-version" content="1.1">'
        f"<title>sscli vault</title></head><body>\n{links}\n</body></html>\n"
    )


def root_json(projects: list[str]) -> str:
    document = {"meta": {"api-version": API_VERSION}, "projects": [{"name": p} for p in projects]}
    return json.dumps(document, indent=1) + "\n"

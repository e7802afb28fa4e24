"""The vault's static index: adding a package rewrites that project's two pages (and the
root's only when the project is new), however many projects the vault holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import sscli.vault.pages as pages
from sscli.vault.store import Vault, VaultEntry
from tests.builders import build_wheel, sha256


def _add(vault: Vault, directory: Path, name: str, version: str) -> None:
    directory.mkdir(exist_ok=True)
    wheel = build_wheel(directory, name, version)
    entry = VaultEntry(
        project=name, version=version, filename=wheel.name, sha256=sha256(wheel),
        size=wheel.stat().st_size,
    )  # fmt: skip
    with vault.locked():
        vault.add(wheel, entry)


def _writes(monkeypatch: pytest.MonkeyPatch, vault: Vault) -> list[str]:
    written: list[str] = []
    original = pages.atomic_write_text

    def counted(path: Path, text: str, **kwargs: Any) -> None:
        written.append(path.relative_to(vault.simple_dir).as_posix())
        original(path, text, **kwargs)

    monkeypatch.setattr(pages, "atomic_write_text", counted)
    return written


def test_adding_one_package_rewrites_only_its_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = Vault(tmp_path / "vault")
    for i in range(30):
        _add(vault, tmp_path / "wheels", f"project-{i:02d}", "1.0")
    assert vault.rebuild_index() == 30
    before = {p: p.read_text() for p in vault.simple_dir.rglob("index.*")}
    written = _writes(monkeypatch, vault)

    assert vault.rebuild_index() == 30
    assert written == [pages.GENERATION]  # nothing changed: no page is rewritten

    written.clear()
    _add(vault, tmp_path / "wheels", "project-07", "2.0")
    vault.rebuild_index()
    assert sorted(written) == sorted(
        ["project-07/index.html", "project-07/index.json", pages.GENERATION]
    )
    assert "project_07-2.0" in (vault.simple_dir / "project-07" / "index.html").read_text()

    written.clear()
    _add(vault, tmp_path / "wheels", "brand-new", "1.0")
    vault.rebuild_index()
    assert sorted(written) == sorted(
        ["brand-new/index.html", "brand-new/index.json", "index.html", "index.json",
         pages.GENERATION]
    )  # fmt: skip
    unchanged = [p for p in before if "project-07" not in str(p) and p.parent != vault.simple_dir]
    assert all(p.read_text() == before[p] for p in unchanged)
    assert pages.index_is_current(vault)


def test_the_pages_are_made_durable_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sixty-two pages, one file-system barrier, then the marker's own two syncs (not two
    syncs a page); the marker is written only after the barrier."""
    import os

    from sscli import fsutil

    vault = Vault(tmp_path / "vault")
    for i in range(30):
        _add(vault, tmp_path / "wheels", f"project-{i:02d}", "1.0")
    events: list[str] = []
    original_sync, original_fsync = fsutil.sync_filesystem, os.fsync
    monkeypatch.setattr(
        pages, "sync_filesystem", lambda path: (events.append("barrier"), original_sync(path))
    )
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), original_fsync(fd)))
    written = _writes(monkeypatch, vault)
    vault.rebuild_index()
    assert len(written) == 30 * 2 + 2 + 1
    assert events == ["barrier", "fsync", "fsync"]  # the marker, then its directory
    assert pages.index_is_current(vault)

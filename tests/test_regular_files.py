"""Readers outside the deploy gate that used to open paths blocking: a FIFO planted where they
expect a file (an archive to import, a vault file to serve, a build output, a record) is bad
input or a refusal, never a hang. Each call runs in a thread with a deadline, so a reader that
blocks fails its test instead of the suite."""

from __future__ import annotations

import os
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sscli.errors import InputError

DEADLINE = 20


def finishes(call: Callable[[], Any]) -> tuple[Any, BaseException | None]:
    """(result, exception) of `call`, which must finish within the deadline."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = call()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(DEADLINE)
    assert not thread.is_alive(), "the reader blocked on a FIFO"
    return outcome.get("result"), outcome.get("error")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "planted"
    os.mkfifo(path)
    return path


def test_an_osv_export_that_is_a_fifo(fifo: Path) -> None:
    from sscli.vulndb.sources import iter_zip

    _, error = finishes(lambda: list(iter_zip(fifo)))
    assert isinstance(error, InputError)


def test_a_vault_export_that_is_a_fifo(fifo: Path, tmp_path: Path) -> None:
    from sscli.vault.store import Vault
    from sscli.vault.transfer import import_vault

    _, error = finishes(lambda: import_vault(Vault(tmp_path / "vault"), fifo))
    assert isinstance(error, InputError)


def test_an_archive_to_inspect_that_is_a_fifo(tmp_path: Path) -> None:
    from sscli.ingest.inspect import inspect_archive
    from sscli.policy.model import ArchiveLimits

    wheel = tmp_path / "demo-1.0-py3-none-any.whl"
    os.mkfifo(wheel)
    results, error = finishes(lambda: inspect_archive(wheel, ArchiveLimits()))
    assert error is None and any(r.status == "fail" for r in results[0])


def test_build_outputs_that_are_fifos(tmp_path: Path) -> None:
    from sscli.build.compare import compare_outputs

    for side in ("a", "b"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "demo-1.0-py3-none-any.whl").write_bytes(b"PK")
    os.mkfifo(tmp_path / "a" / "demo-1.0.tar.gz")
    os.mkfifo(tmp_path / "b" / "demo-1.0.tar.gz")
    _, error = finishes(lambda: compare_outputs(tmp_path / "a", tmp_path / "b"))
    assert error is None or isinstance(error, InputError)


def test_appending_to_a_fifo_nobody_reads(fifo: Path) -> None:
    from sscli.fsutil import append_text, atomic_append_line

    _, error = finishes(lambda: append_text(fifo, "summary\n"))
    assert isinstance(error, InputError)
    _, error = finishes(lambda: atomic_append_line(fifo, b"{}"))
    assert isinstance(error, InputError)


def test_the_vault_server_does_not_serve_a_fifo(tmp_path: Path) -> None:
    from sscli.vault.serve import make_server

    (tmp_path / "files" / "demo").mkdir(parents=True)
    os.mkfifo(tmp_path / "files" / "demo" / "demo-1.0-py3-none-any.whl")
    (tmp_path / "files" / "demo" / "demo-1.1-py3-none-any.whl").write_bytes(b"wheel")
    server = make_server(tmp_path)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/files/demo/"
    try:
        with urllib.request.urlopen(base + "demo-1.1-py3-none-any.whl", timeout=10) as response:
            assert response.read() == b"wheel"
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(base + "demo-1.0-py3-none-any.whl", timeout=10)
        assert refused.value.code == 404
    finally:
        server.shutdown()
        server.server_close()

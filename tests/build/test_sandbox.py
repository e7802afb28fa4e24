"""The sandbox really isolates: no network, no $HOME, no writes outside the output."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

from sscli.build.sandbox import Bind, SandboxRun, find_sandbox

PROBE = "import sys; exec(sys.argv[1])"


def run(code: str, out: Path) -> tuple[int, str]:
    sandbox = find_sandbox()
    spec = SandboxRun(
        [sys.executable, "-c", PROBE, code],
        binds=[Bind(out, "/build/out", writable=True)],
        env={"HOME": "/build/home", "PATH": "/usr/bin:/bin"},
        cwd="/build/out",
        timeout=60,
    )
    result = sandbox.run(spec)
    return result.returncode, result.output


def test_bubblewrap_is_used() -> None:
    assert find_sandbox().kind == "bubblewrap"


def test_no_network(tmp_path: Path) -> None:
    code, output = run(
        "import socket; socket.create_connection(('1.1.1.1', 443), timeout=3)", tmp_path
    )
    assert code != 0 and ("unreachable" in output or "Errno" in output)
    code, output = run("import socket; s = socket.socket(); s.connect(('127.0.0.1', 22))", tmp_path)
    assert code != 0  # not even the host's loopback


def test_no_home(tmp_path: Path) -> None:
    secret = Path.home() / f".sscli-test-secret-{uuid.uuid4().hex}"
    secret.write_text("private")
    try:
        code, output = run(f"print(open({str(secret)!r}).read())", tmp_path)
        assert code != 0 and "private" not in output
        code, output = run(
            "import os; print(os.environ['HOME'], os.listdir(os.environ['HOME']))", tmp_path
        )
        assert code == 0 and "/build/home []" in output
    finally:
        secret.unlink()


@pytest.mark.parametrize("target", ["/usr/lib/evil", "/etc/evil", "{host}/evil"])
def test_no_writes_outside_the_output(tmp_path: Path, target: str) -> None:
    host = tmp_path / "host"
    host.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    path = target.format(host=host)
    code, _ = run(f"open({path!r}, 'w').write('x')", out)
    assert code != 0 and not Path(path).exists()
    code, _ = run("open('/build/out/ok', 'w').write('x')", out)
    assert code == 0 and (out / "ok").read_text() == "x"


def test_environment_is_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "leak")
    code, output = run("import os; print(sorted(os.environ))", tmp_path)
    assert code == 0 and "AWS_SECRET_ACCESS_KEY" not in output

"""The README's commands for verifying what others sign work as written (the recorded
attestations are in the repository; `trust update` needs the network and is exercised against
a loopback TUF repository in test_trust.py)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from tests.conftest import REPO

SECTION = "## Verifying what others sign"


def _commands() -> list[list[str]]:
    text = (REPO / "README.md").read_text()
    block = text[text.index(SECTION) :].split("```sh\n", 1)[1].split("```", 1)[0]
    commands, current = [], ""
    for raw in block.splitlines():
        line = raw.split("  #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        current += " " + line.rstrip("\\").strip()
        if not line.endswith("\\"):
            commands.append(shlex.split(current))
            current = ""
    return commands


def test_the_section_shows_what_the_issue_asks_for() -> None:
    joined = [" ".join(c) for c in _commands()]
    assert any("--bundle" in c and "--owner" in c and "--signer-workflow" in c for c in joined)
    assert any("--key" in c and "managed-key" in c for c in joined)
    assert "sscli trust update" in joined
    assert any(c.startswith("sscli verify artifact") and "--policy" in c for c in joined)


@pytest.mark.parametrize(
    "command",
    [c for c in _commands() if c[1] in ("attest", "verify") or c[1:3] == ["trust", "show"]],
    ids=lambda c: " ".join(c[1:4]),
)
def test_readme_command_works(cli, command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(REPO)
    assert command[0] == "sscli"
    result = cli(*command[1:])
    assert "verified" in result.stderr or "ALLOW" in result.stderr or command[1] == "trust"
    for argument in command:
        if argument.startswith("tests/"):
            assert Path(REPO / argument).exists()

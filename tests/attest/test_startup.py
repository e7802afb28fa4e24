"""`sscli --help` stays fast: it never imports sigstore, cryptography or securesystemslib."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("sigstore", "cryptography", "securesystemslib", "in_toto")


@pytest.mark.parametrize("argv", [["--help"], ["attest", "--help"], ["key", "--help"]])
def test_help_imports_no_crypto_library(argv: list[str]) -> None:
    code = (
        "import sys\n"
        "from sscli.cli.app import app\n"
        f"try:\n    app({argv!r}, prog_name='sscli')\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "Usage" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1] == "[]"


def test_help_through_the_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "sscli", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if "|" in line
    }
    assert "sscli" in imported
    assert not imported & set(HEAVY)

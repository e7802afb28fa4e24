"""Scan fixtures (the imported snapshot, `snapshot_db`, comes from tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def lock(tmp_path: Path) -> Path:
    """A requirements.txt of real pins, one a line (line numbers are asserted)."""
    path = tmp_path / "requirements.txt"
    path.write_text("\n".join(PINS) + "\n")
    return path


PINS = [
    "requests==2.19.1",
    "urllib3==1.24.1",
    "jinja2==2.10",
    "flask==0.12",
    "pyyaml==5.3",
    "django==3.2.0",
    "cryptography==3.2",
    "aiohttp==3.8.4",
    "pillow==9.0.0",
    "setuptools==65.5.0",
    "py==1.11.0",
    "click==8.1.7",
]

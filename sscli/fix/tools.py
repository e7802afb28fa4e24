"""The package managers `sscli fix` writes locks with, run as subprocesses: a failure is the
tool's own message (its last lines), never a traceback, and nothing is written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from sscli.errors import EnvironmentFailure, PolicyError

_TIMEOUT = 600


def uv(args: list[str], cwd: Path, env: Mapping[str, str] | None = None) -> str:
    """Run uv (the one on PATH, else the one beside sscli's interpreter); its stdout."""
    found = shutil.which("uv") or str(Path(sys.executable).with_name("uv"))
    if not Path(found).is_file():
        raise EnvironmentFailure("uv is not installed", hint="pip install uv")
    return run([found, *args], cwd, "uv", env)


def run(argv: list[str], cwd: Path, tool: str, env: Mapping[str, str] | None = None) -> str:
    """Run `argv` in `cwd` with `env` added to the environment; its stdout, or PolicyError with
    the tool's last lines of stderr when it fails."""
    try:
        done = subprocess.run(
            argv,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            check=False,
            env={**os.environ, **env} if env else None,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EnvironmentFailure(f"{tool} failed to run: {exc}") from exc
    if done.returncode != 0:
        tail = " ".join(done.stderr.strip().splitlines()[-3:])[:600]
        raise PolicyError(f"{tool} could not apply the fix: {tail}; nothing was written")
    return done.stdout

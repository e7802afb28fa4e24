"""Run a command with no network, a read-only view of the system, a private /tmp and HOME, a
clean environment, and only the inputs it is given.

bubblewrap is used when present (`--unshare-all`, all capabilities dropped, a new session, the
environment cleared); else `unshare` gives at least a network namespace with a scrubbed
environment; else there is no sandbox and the caller must refuse or record `--no-sandbox`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sscli.errors import EnvironmentFailure

SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/etc/alternatives")
# Variables a build may see; everything else is dropped.
ENV_ALLOW = (
    "PATH",
    "SOURCE_DATE_EPOCH",
    "TZ",
    "LC_ALL",
    "LANG",
    "PYTHONHASHSEED",
    "HOME",
    "TMPDIR",
)


@dataclass(frozen=True)
class Bind:
    """A host path mounted into the sandbox, read-only unless it says otherwise."""

    source: Path
    target: str
    writable: bool = False


@dataclass(frozen=True)
class SandboxRun:
    """A command to run in the sandbox, with the only files and environment it gets."""

    argv: list[str]
    binds: list[Bind] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    cwd: str = "/"
    timeout: float = 900.0


@dataclass(frozen=True)
class SandboxResult:
    """How a sandboxed command ended, and what it printed."""

    returncode: int
    output: str  # stdout and stderr, interleaved


class Sandbox:
    """A way of isolating a command; `kind` is recorded in provenance."""

    kind = "none"

    def run(self, spec: SandboxRun) -> SandboxResult:
        raise NotImplementedError

    def _execute(self, argv: list[str], env: dict[str, str], timeout: float) -> SandboxResult:
        try:
            done = subprocess.run(
                argv,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            return SandboxResult(
                124, (exc.output or b"").decode("utf-8", "replace") + "\n[timed out]"
            )
        except OSError as exc:
            raise EnvironmentFailure(f"cannot start the {self.kind} sandbox: {exc}") from exc
        return SandboxResult(done.returncode, done.stdout.decode("utf-8", "replace"))


def interpreter_binds() -> list[Bind]:
    """What the running interpreter needs to run inside: its prefix and base prefix, read-only."""
    paths = {
        Path(sys.prefix).resolve(),
        Path(sys.base_prefix).resolve(),
        Path(sys.executable).resolve().parent,
    }
    return [Bind(p, str(p)) for p in sorted(paths)]


class BubblewrapSandbox(Sandbox):
    kind = "bubblewrap"

    def __init__(self, executable: str) -> None:
        self.executable = executable

    def argv(self, spec: SandboxRun) -> list[str]:
        argv = [
            self.executable,
            "--unshare-all",
            "--unshare-user",
            "--disable-userns",  # the build cannot make namespaces of its own to climb out
            "--die-with-parent",
            "--new-session",
            "--cap-drop",
            "ALL",
            "--clearenv",
            "--proc",
            "/proc",
            "--dev",
            "/dev",
            "--tmpfs",
            "/tmp",  # noqa: S108 - a fresh tmpfs inside the sandbox
            "--tmpfs",
            "/build",
            "--dir",
            "/build/home",
        ]
        for directory in SYSTEM_DIRS:
            if Path(directory).exists():
                argv += ["--ro-bind", directory, directory]
        for bind in [*interpreter_binds(), *spec.binds]:
            argv += ["--bind" if bind.writable else "--ro-bind", str(bind.source), bind.target]
        argv += ["--remount-ro", "/"]  # the sandbox's own root too: writes go to binds and tmpfs
        for key, value in sorted(spec.env.items()):
            argv += ["--setenv", key, value]
        argv += [
            "--chdir",
            spec.cwd,
            "--",
            "/bin/sh",
            "-c",
            'umask 022 && exec "$@"',
            "sh",
            *spec.argv,
        ]
        return argv

    def run(self, spec: SandboxRun) -> SandboxResult:
        return self._execute(self.argv(spec), {}, spec.timeout)


def _unmapped(spec: SandboxRun) -> tuple[list[str], dict[str, str], str]:
    """argv, env and cwd with the sandbox paths replaced by the real ones, for the fallbacks
    that cannot remap the file system."""
    pairs = sorted(((b.target, str(b.source)) for b in spec.binds), key=lambda p: -len(p[0]))

    def real(text: str) -> str:
        for target, source in pairs:
            text = text.replace(target, source)
        return text

    return [real(a) for a in spec.argv], {k: real(v) for k, v in spec.env.items()}, real(spec.cwd)


class UnshareSandbox(Sandbox):
    """Fallback: a network namespace (loopback down) and a scrubbed environment. The file system
    is not hidden; builds run in the given directories."""

    kind = "unshare"

    def run(self, spec: SandboxRun) -> SandboxResult:
        args, env, cwd = _unmapped(spec)
        argv = [
            "unshare",
            "--net",
            "--map-root-user",
            "--",
            "/bin/sh",
            "-c",
            'umask 022 && cd "$0" && exec "$@"',
            cwd,
            *args,
        ]
        return self._execute(argv, env, spec.timeout)


class NoSandbox(Sandbox):
    kind = "none"

    def run(self, spec: SandboxRun) -> SandboxResult:
        args, env, cwd = _unmapped(spec)
        return self._execute(
            ["/bin/sh", "-c", 'umask 022 && cd "$0" && exec "$@"', cwd, *args],
            env,
            spec.timeout,
        )


def _works(argv: list[str]) -> bool:
    try:
        return subprocess.run(argv, capture_output=True, timeout=20, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def find_sandbox(*, allow_none: bool = False) -> Sandbox:
    """The strongest sandbox that works here; exit 3 when there is none and `allow_none` is
    False (the CLI's `--no-sandbox`)."""
    if allow_none:
        return NoSandbox()
    bwrap = shutil.which("bwrap")
    if bwrap and _works([bwrap, "--unshare-all", "--ro-bind", "/", "/", "--", "/bin/true"]):
        return BubblewrapSandbox(bwrap)
    if shutil.which("unshare") and _works(
        ["unshare", "--net", "--map-root-user", "--", "/bin/true"]
    ):
        return UnshareSandbox()
    raise EnvironmentFailure(
        "no build sandbox is available (bubblewrap missing, user namespaces not permitted)",
        hint="install bubblewrap (apt-get install bubblewrap), or pass --no-sandbox: the "
        "provenance then records an unsandboxed build, which isolation policies refuse",
    )

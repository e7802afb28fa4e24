"""One error hierarchy for the whole tool.

Every expected failure is an `SscliError`: it carries the exit code the CLI returns, a one-line
message naming what failed (file, line, field) and an optional hint saying how to fix it. The CLI
prints `diagnostics()` without a traceback; `--debug` shows the traceback too.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    POLICY = 1  # policy violation, vulnerabilities over threshold, verification failed
    INPUT = 2  # usage or input error
    ENVIRONMENT = 3  # no sandbox, network down, DB missing


class SscliError(Exception):
    """Base of every expected error."""

    exit_code: ExitCode = ExitCode.INPUT

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def diagnostics(self) -> str:
        """The human explanation: the message, then the hint on its own line."""
        if self.hint:
            return f"{self.message}\nhint: {self.hint}"
        return self.message


class InputError(SscliError):
    """A file or argument the user gave is malformed, hostile or unsupported (exit 2)."""

    exit_code = ExitCode.INPUT

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        super().__init__(_locate(message, self.path, line, field), hint=hint)


class UsageError(InputError):
    """Options that contradict each other or lack a value (exit 2)."""


class PolicyError(SscliError):
    """A policy was violated or verification failed (exit 1)."""

    exit_code = ExitCode.POLICY


class EnvironmentFailure(SscliError):
    """Something the tool needs from its surroundings is missing (exit 3)."""

    exit_code = ExitCode.ENVIRONMENT


def _locate(message: str, path: str | None, line: int | None, field: str | None) -> str:
    where = path or ""
    if path and line is not None:
        where = f"{path}:{line}"
    if field:
        where = f"{where} ({field})" if where else field
    return f"{where}: {message}" if where else message

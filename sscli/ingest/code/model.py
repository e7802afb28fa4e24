"""What code inspection reports: rules (id, family, severity by when the code runs) and the
findings they produce (rule, severity, file, line, escaped snippet, when it runs)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Phase(StrEnum):
    """When a piece of code runs, from the most to the least exposed."""

    INSTALL = "install-time"  # setup.py, in-tree build backends and hooks, cmdclass overrides
    STARTUP = "start-up"  # .pth lines and what they import: every interpreter start
    IMPORT = "import-time"  # module top level of an installed package, and what it calls
    RUNTIME = "runtime"  # only when a function is called
    NOT_INSTALLED = "not-installed"  # tests, docs, examples, CI files inside an sdist

    @property
    def automatic(self) -> bool:
        """Runs without anyone calling the package's code."""
        return self in (Phase.INSTALL, Phase.STARTUP, Phase.IMPORT)


PHASE_RANK = {
    Phase.NOT_INSTALLED: 0,
    Phase.RUNTIME: 1,
    Phase.IMPORT: 2,
    Phase.STARTUP: 3,
    Phase.INSTALL: 4,
}

SEVERITIES = ("low", "medium", "high", "critical")


def earliest(a: Phase, b: Phase) -> Phase:
    """The more exposed of two phases."""
    return a if PHASE_RANK[a] >= PHASE_RANK[b] else b


@dataclass(frozen=True)
class Rule:
    """One detection. `severity` maps when the code runs to how bad it is (None: no finding)."""

    id: str
    family: str
    title: str
    install: str | None
    startup: str | None
    import_: str | None
    runtime: str | None
    not_installed: str | None = "low"

    def severity(self, phase: Phase) -> str | None:
        return {
            Phase.INSTALL: self.install,
            Phase.STARTUP: self.startup,
            Phase.IMPORT: self.import_,
            Phase.RUNTIME: self.runtime,
            Phase.NOT_INSTALLED: self.not_installed if self.runtime else None,
        }[phase]


def rule(
    id: str,
    family: str,
    title: str,
    auto: str | None,
    runtime: str | None,
    *,
    install: str | None = "",
    startup: str | None = "",
    not_installed: str | None = "low",
) -> Rule:
    """A rule with one severity for code that runs by itself (`auto`) unless overridden."""
    return Rule(
        id,
        family,
        title,
        auto if install == "" else install,
        auto if startup == "" else startup,
        auto,
        runtime,
        not_installed,
    )


MAX_SNIPPET = 160


def escape_snippet(text: str) -> str:
    """Source text made safe to print: control and non-ASCII characters escaped, shortened."""
    out = []
    for char in text[: MAX_SNIPPET * 2]:
        if char == "\\":
            out.append("\\\\")
        elif 32 <= ord(char) < 127:
            out.append(char)
        elif char == "\t":
            out.append(" ")
        else:
            out.append(char.encode("unicode_escape").decode("ascii"))
    joined = "".join(out)
    return joined if len(joined) <= MAX_SNIPPET else joined[: MAX_SNIPPET - 3] + "..."


@dataclass(frozen=True)
class Finding:
    """One thing a rule found in the archive's code: where, when it runs, and how severe."""

    rule: str
    severity: str
    file: str  # the member path inside the archive
    line: int  # 1-based; 0 when the finding is about the whole file
    phase: Phase
    message: str
    snippet: str = ""  # escaped

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "file": self.file,
            "line": self.line,
            "when": self.phase.value,
            "message": self.message,
            "snippet": self.snippet,
        }

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

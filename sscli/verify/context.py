"""What every rule of the gate reads: the artifact's digests, the evidence, the policy, the
time, and the services some rules need (the re-scan, the VEX statements)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from sscli.policy.deploy import DeployPolicy
from sscli.verify.dependencies import DependencyEvidence
from sscli.verify.evidence import Evidence


@dataclass(frozen=True)
class RescanResult:
    """What today's database says about an SBOM: (package, advisory id, level) of every
    finding, and (component, why) of every component it cannot judge (from git or a URL, not
    a PyPI package, no usable version)."""

    findings: list[tuple[str, str, str]]
    unscannable: list[tuple[str, str]] = field(default_factory=list)


# A re-scan of an SBOM document.
Rescan = Callable[[dict[str, Any]], RescanResult]


@dataclass
class GateContext:
    """Everything a gate rule reads about one artifact: its digests, the policy, the evidence."""

    artifact: Path
    digests: Mapping[str, str]  # of the one read of the artifact every subject is checked on
    policy: DeployPolicy
    now: datetime
    evidence: Evidence
    dependencies: DependencyEvidence | None  # None when the policy does not require ingest
    rescan: Rescan | None = None

    @cached_property
    def vex(self) -> list[Any]:
        """The policy's VEX statements (loaded on first use; malformed: `InputError`)."""
        from sscli.scan import load_vex

        return [s for path in self.policy.vex for s in load_vex(path, now=self.now)]

"""What a vulnerability backend does: turn pinned packages into findings."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from sscli.inventory import Package
from sscli.scan.findings import DatabaseInfo, Finding, SkippedPackage


@dataclass(frozen=True)
class ServiceResult:
    """What a backend answers: findings, and the packages it could not check."""

    findings: tuple[Finding, ...]
    skipped: tuple[SkippedPackage, ...]


class VulnerabilityService(ABC):
    """A source of advisories for pinned PyPI packages."""

    name: str

    @abstractmethod
    def query(self, packages: Sequence[Package]) -> ServiceResult:
        """Findings for `packages`, which all have PEP 440 versions; never raises for a
        package it cannot check, it lists it in `skipped` instead."""

    @abstractmethod
    def database(self) -> DatabaseInfo:
        """The data the answers came from."""

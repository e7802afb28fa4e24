"""Scan an Inventory: pick the backend, query it, merge aliases, apply VEX."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sscli.errors import InputError, UsageError
from sscli.inventory import Inventory, Package
from sscli.scan.findings import ScanReport, SkippedPackage
from sscli.scan.merge import merge_aliases
from sscli.scan.services.interface import VulnerabilityService
from sscli.vulndb.order import text_order_key

if TYPE_CHECKING:
    from sscli.scan.vex import VexStatement


class ServiceName(StrEnum):
    OSV_DB = "osv-db"
    PIP_AUDIT_PYPI = "pip-audit-pypi"
    PIP_AUDIT_OSV = "pip-audit-osv"


def open_service(
    name: str, *, db_path: Path, cache_dir: Path, base_url: str | None = None
) -> VulnerabilityService:
    """The backend called `name`; `base_url` points the online ones at a mirror."""
    try:
        service = ServiceName(name)
    except ValueError:
        choices = ", ".join(s.value for s in ServiceName)
        raise UsageError(f"unknown service {name!r} (one of {choices})") from None
    if service is ServiceName.OSV_DB:
        if base_url is not None:
            raise UsageError("--service-url applies to the pip-audit services only")
        from sscli.scan.services.osv_db import OsvDbService
        from sscli.vulndb import VulnDb

        return OsvDbService(VulnDb(db_path))
    from sscli.scan.services.pip_audit import PipAuditService

    kind = "pypi" if service is ServiceName.PIP_AUDIT_PYPI else "osv"
    return PipAuditService(kind, cache_dir=cache_dir, base_url=base_url)


def scannable(inventory: Inventory) -> tuple[list[Package], list[SkippedPackage]]:
    """The inventory's components with PEP 440 versions, and the others with the reason."""
    packages: list[Package] = []
    skipped: list[SkippedPackage] = []
    for package in inventory.components():
        if not package.from_index:
            where = package.origin.describe() if package.origin else package.package_url
            reason = f"comes from {where}, not an index release: advisories cannot be matched"
            skipped.append(SkippedPackage(package.name, package.version, reason))
        elif package.version is None:
            skipped.append(SkippedPackage(package.name, None, "no pinned version"))
        elif text_order_key(package.version) is None:  # parsed once, cached for the match
            where = ""
            if package.location:
                line = f":{package.location.line}" if package.location.line else ""
                where = f" ({package.location.path}{line})"
            reason = f"version {package.version!r} is not PEP 440{where}"
            skipped.append(SkippedPackage(package.name, package.version, reason))
        else:
            packages.append(package)
    return packages, skipped


def scan_inventory(
    inventory: Inventory,
    service: VulnerabilityService,
    *,
    vex: Sequence[VexStatement] = (),
) -> ScanReport:
    """Findings for every pinned component of `inventory`, merged by alias, with VEX applied,
    sorted by package, version and advisory id."""
    if inventory.unresolved:
        raise InputError(
            "cannot scan version ranges: the project has no lock, so no installed version is "
            f"known ({len(inventory.packages)} declared dependencies)",
            path=inventory.source_path,
            hint="lock the project (e.g. `uv lock`, `poetry lock`) and scan the lock",
        )
    started = datetime.now(UTC)
    packages, skipped = scannable(inventory)
    result = service.query(packages)
    findings = merge_aliases(result.findings)
    if vex:
        from sscli.scan.vex import apply_vex

        findings = apply_vex(findings, vex)
    findings.sort(key=lambda f: (f.package, text_order_key(f.version) or "", f.advisory_id))
    return ScanReport(
        findings=tuple(findings),
        scanned=len(packages),
        service=service.name,
        database=service.database(),
        started=started,
        finished=datetime.now(UTC),
        input_path=inventory.source_path,
        skipped=tuple(skipped) + result.skipped,
        warnings=tuple(str(p) for p in inventory.problems),
    )


@contextlib.contextmanager
def without_cycle_collection() -> Iterator[None]:
    """The block runs with the cyclic garbage collector paused. A scan builds tens of thousands
    of findings and the tuples, dicts and strings they hold, none of them in a cycle, and each
    collection of the oldest generation walks all of them again: a fifth of a 10,000-pin scan's
    CPU. Reference counting still frees everything as it goes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def with_warning(report: ScanReport, message: str) -> ScanReport:
    return replace(report, warnings=(*report.warnings, message))

"""Online backends: pip-audit's PyPI and OSV vulnerability services, with live data.

pip-audit's `OsvService` takes its endpoint as an argument. Its `PyPIService` builds
`https://pypi.org/pypi/<name>/<version>/json` itself, so a mirror (or a test server) is reached
through a requests transport adapter mounted for that prefix, which rebases the URL: the
service's own request and response handling stay untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from packaging.version import Version

from sscli.errors import EnvironmentFailure
from sscli.inventory import Package
from sscli.scan.findings import DatabaseInfo, Finding, SkippedPackage
from sscli.scan.services.interface import ServiceResult, VulnerabilityService
from sscli.scan.severity import Level, Severity

PYPI_BASE = "https://pypi.org"
OSV_BASE = "https://api.osv.dev"
_TIMEOUT_SECONDS = 30


def _rebasing_adapter(prefix: str, base: str) -> Any:
    from requests.adapters import HTTPAdapter

    class RebasingAdapter(HTTPAdapter):
        """Sends requests for `prefix...` to `base...` instead."""

        def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
            if request.url.startswith(prefix):
                request.url = base.rstrip("/") + "/" + request.url[len(prefix) :]
            return super().send(request, *args, **kwargs)

    return RebasingAdapter()


class PipAuditService(VulnerabilityService):
    """Delegates to pip-audit's `PyPIService` (`kind="pypi"`) or `OsvService` (`kind="osv"`)."""

    def __init__(self, kind: str, *, cache_dir: Path, base_url: str | None = None) -> None:
        from pip_audit._service import OsvService, PyPIService

        self.name = f"pip-audit-{kind}"
        if kind == "pypi":
            self._base = base_url or PYPI_BASE
            self._service: Any = PyPIService(cache_dir=cache_dir, timeout=_TIMEOUT_SECONDS)
            if self._base.rstrip("/") != PYPI_BASE:
                prefix = PYPI_BASE + "/"
                self._service.session.mount(prefix, _rebasing_adapter(prefix, self._base))
        elif kind == "osv":
            self._base = base_url or OSV_BASE
            self._service = OsvService(
                cache_dir=cache_dir,
                timeout=_TIMEOUT_SECONDS,
                osv_url=self._base.rstrip("/") + "/v1/query",
            )
        else:
            raise ValueError(f"unknown pip-audit service {kind!r}")

    def database(self) -> DatabaseInfo:
        return DatabaseInfo(uri=self._base)

    def query(self, packages: Sequence[Package]) -> ServiceResult:
        from pip_audit._service import ResolvedDependency, ServiceError

        findings: list[Finding] = []
        skipped: list[SkippedPackage] = []
        for package in packages:
            version = package.parsed_version
            assert version is not None
            spec = ResolvedDependency(name=package.name, version=version)
            try:
                result_spec, results = self._service.query(spec)
            except (ServiceError, ConnectionError, OSError) as exc:
                reason = str(exc) or type(exc).__name__
                raise EnvironmentFailure(
                    f"{self.name}: query for {package.key} at {self._base} failed: {reason}",
                    hint="check the network, or scan offline with --service osv-db",
                ) from exc
            except (ValueError, KeyError, TypeError) as exc:
                # pip-audit reads the response without guarding against malformed fields
                raise EnvironmentFailure(
                    f"{self.name}: unreadable answer for {package.key} from {self._base}: "
                    f"{type(exc).__name__}: {exc}",
                    hint="pip-audit cannot parse the answer; retry, or use --service osv-db",
                ) from exc
            if result_spec.is_skipped():
                skipped.append(
                    SkippedPackage(package.name, package.version, result_spec.skip_reason)
                )
                continue
            findings.extend(_finding(package, version, result) for result in results)
        return ServiceResult(tuple(findings), tuple(skipped))


def _finding(package: Package, version: Version, result: Any) -> Finding:
    fixes = sorted(result.fix_versions)
    upgrades = [f for f in fixes if f > version]
    return Finding(
        advisory_id=result.id,
        aliases=tuple(sorted(result.aliases)),
        summary=result.description,
        severity=Severity(Level.UNKNOWN),  # pip-audit's results carry no severity
        package=package.name,
        version=str(package.version),
        purl=package.package_url,
        location=package.location,
        fixed_versions=tuple(str(f) for f in fixes),
        smallest_fix=str(upgrades[0]) if upgrades else None,
        published=result.published.isoformat() if result.published else None,
    )

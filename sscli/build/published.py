"""The published wheel a wheel built from source is compared with: the lock's wheel of the same
tag, downloaded from the index hash-checked against the lock and inspected, never vaulted; and
the check that says how the two compare (`rebuild`'s verdicts)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sscli.build.compare import FileComparison, compare_outputs
from sscli.build.rebuild import verdict_of
from sscli.errors import SscliError
from sscli.index.client import IntegrityError
from sscli.ingest.checks import CheckResult, Status, passed
from sscli.ingest.inspect import inspect_archive
from sscli.ingest.run import IngestOptions
from sscli.ingest.select import Target, Wanted, select_files
from sscli.inventory.model import Package


def published_wheels(package: Package, options: IngestOptions) -> list[Wanted]:
    """The lock's published wheels of `package` this interpreter can install, best first."""
    try:
        page = options.client.project(package.name)
    except SscliError:
        return []
    wanted, problem = select_files(package, page, Target())
    here = Target()
    wheels = [
        w
        for w in ([] if problem else wanted)
        if w.listing.filename.endswith(".whl") and here.accepts_wheel(w.listing.filename)
    ]
    return sorted(wheels, key=lambda w: here.rank(w.listing.filename) or 0)


def fetch_published(
    wanted: Wanted, options: IngestOptions, workspace: Path, checks: list[CheckResult]
) -> Path | None:
    """The published wheel, hash-checked against the lock and inspected, for the comparison
    only (it never enters the vault); None, with a warning in `checks`, when it cannot be."""
    directory = workspace / "published" / wanted.listing.filename
    directory.mkdir(parents=True)
    try:
        download = options.client.download(
            wanted.listing, directory, expected_sha256=wanted.expected_sha256
        )
    except IntegrityError as exc:
        checks.append(
            CheckResult("rebuild", Status.WARN, f"the published wheel is not the lock's: {exc}")
        )
        return None
    except SscliError as exc:
        checks.append(CheckResult("rebuild", Status.WARN, f"no published wheel: {exc.message}"))
        return None
    target = directory / wanted.listing.filename
    download.path.rename(target)
    results, _ = inspect_archive(target, options.policy.ingest.archive, target.name)
    refused = next((c for c in results if c.status is Status.FAIL), None)
    if refused is not None:
        checks.append(
            CheckResult(
                "rebuild", Status.WARN, f"the published wheel fails inspection: {refused.message}"
            )
        )
        return None
    return target


def compare_with_published(published: Path, wheel: Path, workspace: Path) -> FileComparison:
    built = workspace / "compare"
    built.mkdir()
    shutil.copyfile(wheel, built / published.name)
    return compare_outputs(published.parent, built)[0]


_DIFFERING = frozenset({"content", "permissions", "added", "removed"})


def verdict_check(comparison: FileComparison | None, name: str) -> CheckResult:
    if comparison is None:
        return CheckResult(
            "rebuild", Status.SKIP, f"no published wheel {name} to compare the built one with"
        )
    verdict = verdict_of(comparison)
    if verdict == "reproducible":
        return passed("rebuild", f"reproducible: identical to the published {name}")
    if verdict == "equivalent":
        return passed(
            "rebuild", f"equivalent to the published {name}: only archive metadata differs"
        )
    # what makes it differ (member times alone make it equivalent at most)
    members = sorted(
        {
            f"{d['member']} ({d['kind']})"
            for d in comparison.differences
            if d.get("member") and d.get("kind") in _DIFFERING
        }
    ) or [str(d.get("kind")) for d in comparison.differences]
    listed = ", ".join(members[:5]) + (" ..." if len(members) > 5 else "")
    return CheckResult("rebuild", Status.WARN, f"differs from the published {name}: {listed}")

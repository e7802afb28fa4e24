"""Wheels built from source at ingest (`sscli ingest --build-from-source`, the policy's
`ingest.build_from_source`).

For each package ingest vaulted the sdist of (hash-checked against the lock and inspected), the
wheel is built twice in the sandbox with build dependencies only from the vault, as `sscli build`
builds, and the two builds are compared. The wheel goes into the vault with the record of its
build (`VaultEntry.built`), its SLSA provenance (`builds/<sha256>/`, and signed in
`attestations/<sha256>.intoto.jsonl` with the ingest record when there are signers) and the
verdict against the published wheel of the same tag (`rebuild`'s: reproducible, equivalent,
differs). From then on the vault's index serves the built wheel for that release, never the
published one, which is downloaded (hash-checked against the lock) only to be compared with.

SOURCE_DATE_EPOCH is the published wheel's newest member time when there is one (as a rebuilder
must, to have a chance of reproducing it), else the sdist's.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.build.compare import FileComparison
from sscli.build.provenance import LOCAL_BUILDER, provenance_predicate
from sscli.build.published import (
    compare_with_published,
    fetch_published,
    published_wheels,
    verdict_check,
)
from sscli.build.rebuild import verdict_of
from sscli.build.requirements import missing_build_requirements
from sscli.build.run import BuildRequest, BuildResult, build_twice
from sscli.build.sandbox import Sandbox
from sscli.build.sdist import inspect_sdist, newest_member_time, unpack
from sscli.build.source import SdistSource, SourceDate, SourceInfo
from sscli.errors import SscliError, UsageError
from sscli.fsutil import atomic_write_text, hash_file
from sscli.ingest.checks import CheckResult, Status, failed, passed
from sscli.ingest.inspect import inspect_archive
from sscli.ingest.run import FileOutcome, IngestOptions, IngestReport
from sscli.inventory.model import Inventory, Package
from sscli.policy.model import NameSelection
from sscli.progress import Progress, silent
from sscli.vault.store import Vault, VaultEntry

if TYPE_CHECKING:
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]

CHECK = "build_from_source"
_BUCKET_HINT = "build into a directory vault (--vault DIR), then sscli vault publish or export it"


@dataclass(frozen=True)
class SourceBuildOptions:
    """How ingest builds wheels from sdists: with the ingest's own options, in which sandbox,
    as which builder."""

    ingest: IngestOptions  # the index, the vault (a directory), the policy, the signers
    sandbox: Sandbox
    builder: str = LOCAL_BUILDER
    timeout: float = 900.0


def build_ingested(
    report: IngestReport,
    packages: Sequence[Package],
    options: SourceBuildOptions,
    progress: Progress = silent,
) -> list[FileOutcome]:
    """Build the wheel of each of `packages` whose sdist `report` accepted, in order; one
    outcome per package built (built, already-built, or refused with the reason). The vault's
    index is rebuilt after each stored wheel, so that a later build can use it."""
    vault = options.ingest.vault
    if not isinstance(vault, Vault):
        raise UsageError(
            "wheels are built from source into a directory vault only, not a bucket",
            hint=_BUCKET_HINT,
        )
    outcomes = []
    for done, package in enumerate(packages):
        progress(done, len(packages), f"building {package.key} from its sdist")
        sdist = _vaulted_sdist(report, package)
        if sdist is not None:
            outcomes.append(_build_package(package, sdist, vault, options))
    progress(len(packages), len(packages))
    return outcomes


def _vaulted_sdist(report: IngestReport, package: Package) -> VaultEntry | None:
    """The sdist of `package` that this ingest accepted (None: refused, the report says why)."""
    for outcome in report.outcomes:
        if (
            outcome.package.key == package.key
            and not outcome.refused
            and outcome.entry is not None
            and not outcome.entry.filename.endswith(".whl")
        ):
            return outcome.entry
    return None


def _already_built(vault: Vault, sdist: VaultEntry) -> VaultEntry | None:
    """A wheel this vault built from this very sdist (content addressing: not built again)."""
    for entry in vault.entries():
        if entry.project == sdist.project and _built_from(entry) == sdist.sha256:
            return entry
    return None


def _built_from(entry: VaultEntry) -> str | None:
    """The sha256 of the sdist a vault entry says its wheel was built from (None: not built
    here, or a record that does not say it in the expected shape)."""
    source = (entry.built or {}).get("sdist")
    digest = source.get("digest") if isinstance(source, dict) else None
    value = digest.get("sha256") if isinstance(digest, dict) else None
    return value if isinstance(value, str) else None


def _build_package(
    package: Package, sdist: VaultEntry, vault: Vault, options: SourceBuildOptions
) -> FileOutcome:
    existing = _already_built(vault, sdist)
    if existing is not None:
        message = f"built here from {sdist.filename} (sha256 {sdist.sha256}) by an earlier run"
        return FileOutcome(
            package,
            existing.filename,
            existing.sha256,
            [passed(CHECK, message)],
            "already-built",
            existing,
            _report_record(existing.built or {}, package),
        )
    # outside the vault: a build copies no file from under the vault's root
    with tempfile.TemporaryDirectory(prefix="sscli-from-source-") as workspace:
        try:
            return _build_in(package, sdist, vault, options, Path(workspace))
        except SscliError as exc:  # a failed build, an unusable sdist: this package is refused
            message = exc.message.replace(f"{workspace}/sdist/", "")  # a temporary copy's path
            return _refused(package, sdist, failed(CHECK, message))
        except OSError as exc:  # the vault's file gone, a disk full: refused, and why
            return _refused(package, sdist, failed(CHECK, f"cannot build it here: {exc}"))


def _build_in(
    package: Package,
    sdist: VaultEntry,
    vault: Vault,
    options: SourceBuildOptions,
    workspace: Path,
) -> FileOutcome:
    source_file = workspace / "sdist" / sdist.filename
    source_file.parent.mkdir()
    shutil.copyfile(vault.file_path(sdist.project, sdist.filename), source_file)
    if hash_file(source_file)["sha256"] != sdist.sha256:
        return _refused(package, sdist, failed(CHECK, "the vaulted sdist changed since ingest"))
    inspect_sdist(source_file)  # as ingest did; the vault's copy is checked, not trusted
    published = published_wheels(package, options.ingest)
    checks: list[CheckResult] = []
    reference = (
        fetch_published(published[0], options.ingest, workspace, checks) if published else None
    )
    newest = newest_member_time(source_file)
    date = (
        SourceDate(newest_member_time(reference), "published-wheel")
        if reference is not None
        else SourceDate(newest, "sdist")
    )
    tree = workspace / "src"
    unpack(source_file, tree)
    missing = missing_build_requirements(tree, vault)
    if missing:
        return _refused(
            package,
            sdist,
            failed(
                CHECK,
                f"its build needs {', '.join(missing)}, which the vault does not hold: "
                "ingest the build dependencies first (the sandbox has no network)",
            ),
        )
    source = SourceInfo(tree, sdist=SdistSource(sdist.filename, sdist.sha256, newest))
    result = build_twice(
        BuildRequest(
            tree, vault, workspace / "out", source, date.epoch, options.sandbox, options.timeout
        )
    )
    wheels = [o for o in result.outputs if o.name.endswith(".whl")]
    if len(wheels) != 1:
        names = ", ".join(o.name for o in result.outputs) or "nothing"
        return _refused(package, sdist, failed(CHECK, f"the build produced {names}, not a wheel"))
    if not result.equivalent:
        differing = ", ".join(c.filename for c in result.comparisons if c.verdict != "identical")
        return _refused(
            package,
            sdist,
            failed(CHECK, f"the two builds in the sandbox differ ({differing}): not reproducible"),
        )
    wheel = wheels[0]
    target = options.ingest.target
    if target.is_explicit and not target.accepts_wheel(wheel.name):
        return _refused(
            package,
            sdist,
            failed(CHECK, f"the wheel built here, {wheel.name}, does not install on the target"),
        )
    checks[:0] = [
        passed(
            CHECK,
            f"built twice in the {result.sandbox_kind} sandbox from {sdist.filename} "
            f"(sha256 {sdist.sha256}): {'identical' if result.reproducible else 'equivalent'}",
        ),
        *_inspect_built(wheel, package, options.ingest),
    ]
    if any(c.status is Status.FAIL for c in checks):
        return FileOutcome(package, wheel.name, hash_file(wheel)["sha256"], checks, "refused")
    if reference is None or reference.name != wheel.name:
        same_tag = next((w for w in published if w.listing.filename == wheel.name), None)
        reference = (
            fetch_published(same_tag, options.ingest, workspace, checks) if same_tag else None
        )
    comparison = (
        compare_with_published(reference, wheel, workspace) if reference is not None else None
    )
    checks.append(verdict_check(comparison, wheel.name))
    predicate = provenance_predicate(result, source, date, builder=options.builder)
    return _store(package, sdist, wheel, result, predicate, comparison, checks, vault, options)


def _inspect_built(wheel: Path, package: Package, options: IngestOptions) -> list[CheckResult]:
    """The built wheel inspected as ingest inspects what an index serves."""
    checks, metadata = inspect_archive(wheel, options.policy.ingest.archive, wheel.name)
    if metadata is not None and (metadata.package.name, metadata.version) != (
        package.name,
        package.version,
    ):
        checks.append(
            failed(
                "metadata",
                f"the built wheel is {metadata.package.name} {metadata.version}, "
                f"not the locked {package.key}",
            )
        )
    return checks


def _store(  # noqa: PLR0917 - what was built, from what, how it compares, and where it goes
    package: Package,
    sdist: VaultEntry,
    wheel: Path,
    result: BuildResult,
    predicate: dict[str, Any],
    comparison: FileComparison | None,
    checks: list[CheckResult],
    vault: Vault,
    options: SourceBuildOptions,
) -> FileOutcome:
    """Commit the built wheel, its build records and its signed statements to the vault."""
    from sscli.build.run import write_build_records

    digest = hash_file(wheel)["sha256"]
    built: dict[str, Any] = {
        "sdist": {"filename": sdist.filename, "digest": {"sha256": sdist.sha256}},
        "builder": options.builder,
        "sandbox": result.sandbox_kind,
        "builds": "identical" if result.reproducible else "equivalent",
        "published": None
        if comparison is None
        else {
            "filename": comparison.filename,
            "digest": {"sha256": comparison.sha256_a},
            "verdict": verdict_of(comparison),
        },
        "provenance": f"builds/{digest}/provenance.predicate.json",
    }
    ingest = options.ingest
    entry = VaultEntry(
        project=package.name,
        version=package.version or "",
        filename=wheel.name,
        sha256=digest,
        size=wheel.stat().st_size,
        requires_python=sdist.requires_python,
        ingested_at=ingest.now().isoformat(timespec="seconds"),
        policy_sha256=ingest.policy.sha256,
        checks=[c.to_json() for c in checks],
        built=built,
    )
    with vault.locked():
        # staged under the lock, on the vault's file system: no other run's tidy removes it
        vault.tmp_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="built-", dir=vault.tmp_dir)) / wheel.name
        shutil.copyfile(wheel, staging)
        held = vault.get(package.name, wheel.name)
        if held is not None and held.built is None:
            if held.sha256 != digest:
                shutil.rmtree(staging.parent, ignore_errors=True)
                return _refused(
                    package,
                    sdist,
                    failed(
                        CHECK,
                        f"the vault already holds the published {wheel.name} (sha256 "
                        f"{held.sha256}), and a vault serves one file per name",
                    ),
                )
            # the published wheel is the very file built here: its record now says so
            atomic_write_text(
                vault.entry_path(package.name, wheel.name),
                replace(entry, attestation=held.attestation).to_json(),
            )
        stored, _ = vault.add(staging, entry)
        shutil.rmtree(staging.parent, ignore_errors=True)
        write_build_records(result, predicate, vault.root / "builds" / digest)
        if ingest.signers:
            stored = _sign(stored, package, checks, predicate, vault, ingest, ingest.signers)
        vault.rebuild_index()
    return FileOutcome(
        package, wheel.name, digest, checks, "built", stored, _report_record(built, package)
    )


def _sign(  # noqa: PLR0917 - the file, its checks, its provenance, where, and who signs
    entry: VaultEntry,
    package: Package,
    checks: list[CheckResult],
    predicate: dict[str, Any],
    vault: Vault,
    options: IngestOptions,
    signers: Sequence[Signer],
) -> VaultEntry:
    """The ingest record (with its `build`) and the SLSA provenance, signed, beside the file."""
    from sscli.attest.predicates import PredicateType
    from sscli.attest.signing import sign_statement
    from sscli.attest.statement import ResourceDescriptor, Statement
    from sscli.ingest.attestation import ingest_predicate, sign_ingest

    record = ingest_predicate(
        entry, package, checks, options.policy, options.client.base_url, build=entry.built
    )
    entry = vault.record_attestation(entry, sign_ingest(entry, record, signers))
    subject = ResourceDescriptor(name=entry.filename, digest={"sha256": entry.sha256})
    statement = Statement((subject,), PredicateType.SLSA_PROVENANCE_V1, predicate)
    return vault.record_attestation(entry, sign_statement(statement, signers).to_json_line())


def _report_record(built: dict[str, Any], package: Package) -> dict[str, Any]:
    """The record of the build as the ingest report shows it, with the lock's digests beside
    the built wheel's: they differ whenever the built wheel is not the published one."""
    return {**built, "lock": {"sha256": sorted(package.sha256_hashes)}}


def _refused(package: Package, sdist: VaultEntry, check: CheckResult) -> FileOutcome:
    return FileOutcome(package, f"(wheel from {sdist.filename})", None, [check], "refused")


def ingest_from_source(
    inventory: Inventory,
    options: IngestOptions,
    chosen: NameSelection,
    *,
    builder: str = LOCAL_BUILDER,
    progress: tuple[Progress, Progress] = (silent, silent),
) -> IngestReport:
    """`ingest`, with the wheels of the `chosen` packages built here from their sdists: their
    sdists are ingested (their published wheels are not), then built in order (`build_ingested`)
    and the built wheels added to the report; `report.pinned` then holds each built wheel's
    digest beside the lock's. Refuses a bucket vault (exit 2) and, with nothing to build in, a
    machine with no sandbox (exit 3), before anything is fetched."""
    from sscli.build.sandbox import find_sandbox
    from sscli.ingest.run import ingest

    names = frozenset(p.name for p in inventory.packages if p.name in chosen)
    if not names:
        return ingest(inventory, options, progress[0])
    if not isinstance(options.vault, Vault):
        raise UsageError(
            "--build-from-source needs a directory vault: wheels are built in the sandbox from "
            "the vault's files, and an s3:// vault is not mounted there",
            hint=_BUCKET_HINT,
        )
    sandbox = find_sandbox()
    options = replace(options, built_here=names)
    report = ingest(inventory, options, progress[0])
    packages = [p for p in inventory.packages if p.name in names]
    built = build_ingested(
        report, packages, SourceBuildOptions(options, sandbox, builder), progress[1]
    )
    report.outcomes.extend(built)
    for outcome in built:
        if outcome.sha256 and not outcome.refused:
            report.pinned.setdefault(outcome.package.key, []).append(outcome.sha256)
    return report

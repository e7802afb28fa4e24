"""Ingest: every pinned package of an inventory, downloaded hash-checked, inspected without
running it, checked against the policy, and only then stored in the vault with its record.

Downloads and inspections run in a few threads outside the vault lock; each accepted file is
committed under the lock, so concurrent ingests into one vault are safe.

A lock ingested again under the same policy is answered from the re-ingest manifest
(`sscli.ingest.manifest`) for every package whose vault files stat as they did when sscli last
hashed them; the others take the full path, which re-hashes the vault's copy of a file already
there. Standing (malicious names, typosquats, vulnerabilities, expired exceptions) is re-checked
on every run, for every package.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sscli.errors import InputError, SscliError
from sscli.index.client import IndexClient, IntegrityError
from sscli.index.metadata import MetadataSource, UploadTime
from sscli.index.models import ProjectPage
from sscli.ingest import manifest
from sscli.ingest.checks import CheckResult, Status, failed, passed
from sscli.ingest.outcomes import (
    FileOutcome,
    IngestReport,
    Known,
    VulnerabilityLookup,
    apply_exceptions,
    package_checks,
    vaulted,
)
from sscli.ingest.select import Target, Wanted, select_files
from sscli.ingest.trust import check_age, check_license, check_yanked
from sscli.inventory.model import Inventory, Package
from sscli.policy.model import Policy
from sscli.progress import Progress, silent
from sscli.vault.store import Vault, VaultEntry, VaultStore

if TYPE_CHECKING:
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]

    from sscli.ingest.code import Finding
    from sscli.ingest.previous import PreviousReleases
    from sscli.inventory.metadata import CoreMetadata


@dataclass(frozen=True)
class IngestOptions:
    """What an ingest works with (index, vault, policy, signers) and how it goes about it."""

    client: IndexClient
    vault: VaultStore  # a directory, or a bucket (sscli.stores.s3)
    policy: Policy
    target: Target = field(default_factory=Target)
    pin: bool = False
    jobs: int = 4
    vulnerabilities: VulnerabilityLookup | None = None
    signers: Sequence[Signer] = ()  # sign an ingest attestation for each stored file
    now: Callable[[], datetime] = lambda: datetime.now(tz=UTC)
    metadata: MetadataSource | None = None  # upload times the index does not give
    # packages whose wheels are built here from their sdists (sscli.build.ingested): only the
    # sdist is ingested for them, and having no wheel is no reason to refuse it
    built_here: frozenset[str] = frozenset()
    previous: PreviousReleases | None = None  # set by `ingest`: earlier releases to compare
    # seals the re-ingest manifests (sscli.ingest.manifest.manifest_key; kept outside the
    # vault); None: no manifest is read or written, every package gets the full check
    manifest_key: bytes | None = None


def ingest(
    inventory: Inventory, options: IngestOptions, progress: Progress = silent
) -> IngestReport:
    """Ingest every pinned package of `inventory` into the vault. Never raises for a refused
    file (see the report); raises for unusable input (no pins, no hashes without --pin)."""
    packages = list(inventory.packages)
    if not packages:
        raise InputError("nothing to ingest: the inventory has no pinned packages")
    unhashed = [p.key for p in packages if not p.sha256_hashes]
    if unhashed and not options.pin:
        raise InputError(
            f"{len(unhashed)} package(s) have no hash in the lock ({', '.join(unhashed[:3])}"
            f"{', ...' if len(unhashed) > 3 else ''})",
            hint="lock with hashes, or pass --pin to record the hashes the index serves",
        )
    report = IngestReport()
    if options.vulnerabilities is not None:
        # one query for the whole lock, in this thread (the database is not shared across threads)
        known = options.vulnerabilities(packages)
        options = replace(options, vulnerabilities=Known(known))
    vault = options.vault if isinstance(options.vault, Vault) else None
    digest = request_digest_of(packages, options) if vault is not None else None
    loaded = (
        manifest.load(vault, digest, options.manifest_key, manifest.size_limit(len(packages)))
        if vault is not None and digest is not None
        else manifest.Manifest({})
    )
    results: list[list[FileOutcome] | None] = []
    for package in packages:
        found = (
            manifest.vouched(vault, package, loaded.records.get(package.key), options.policy.sha256)
            if vault is not None and package.name not in options.built_here
            else None
        )
        results.append(None if found is None else _vaulted(package, found, options))
    missing = [p for p, r in zip(packages, results, strict=True) if r is None]
    progress(0, len(packages))
    with contextlib.ExitStack() as stack:
        fetched: Iterator[list[FileOutcome]] = iter(())
        if missing:
            from sscli.ingest.previous import PreviousReleases

            with options.vault.locked():
                options.vault.tidy()
            vaulted: dict[str, list[VaultEntry]] = {}
            entries = options.vault.entries()
            for entry in entries:
                vaulted.setdefault(entry.sha256, []).append(entry)
            workspace = stack.enter_context(options.vault.workspace())
            pool = stack.enter_context(ThreadPoolExecutor(max_workers=max(1, options.jobs)))
            previous = PreviousReleases(
                options.vault,
                entries,
                workspace / "previous",
                options.policy.ingest.previous_release,
                options.client,
                options.policy.ingest.archive.max_file_bytes,
            )
            fetching = replace(options, previous=previous)
            fetched = pool.map(lambda p: _package(p, fetching, vaulted, workspace), missing)
        for done, package in enumerate(packages, 1):
            answered = results[done - 1]
            outcomes = next(fetched) if answered is None else answered  # in order, as each ends
            results[done - 1] = outcomes
            report.outcomes.extend(outcomes)
            progress(done, len(packages), package.key)
    for outcome in report.outcomes:
        if outcome.sha256 and outcome.status != "refused":
            report.pinned.setdefault(outcome.package.key, []).append(outcome.sha256)
    generation = manifest.identity(vault.simple_dir / ".generation") if vault is not None else None
    if missing or generation is None or generation != loaded.generation:
        with options.vault.locked():
            if (
                any(o.status == "stored" for o in report.outcomes)
                or not options.vault.index_is_current()
            ):
                options.vault.rebuild_index()
            if vault is not None and digest is not None and options.manifest_key is not None:
                _save_manifest(vault, digest, packages, results, options, key=options.manifest_key)
    return report


def request_digest_of(packages: Sequence[Package], options: IngestOptions) -> str:
    target = options.target
    return manifest.request_digest(
        packages,
        options.policy.sha256,
        {
            "platforms": list(target.platforms),
            "python": target.python_version,
            # without explicit targets the running interpreter's tags choose the wheels
            "interpreter": None
            if target.is_explicit
            else [sys.version, sys.platform, os.uname().machine],
            "sdist": target.include_sdist,
            "built_here": sorted(options.built_here),
            "pin": options.pin,
        },
    )


def _save_manifest(
    vault: Vault,
    digest: str,
    packages: Sequence[Package],
    results: Sequence[list[FileOutcome] | None],
    options: IngestOptions,
    *,
    key: bytes,
) -> None:
    """Record every package whose files are all in the vault with the identity sscli hashed,
    also one refused for its standing alone (standing is re-checked on every run anyway); a
    file refused for what it is never has a vault entry, so its package is left out."""
    recorded = []
    for package, outcomes in zip(packages, results, strict=True):
        if not outcomes or package.name in options.built_here:
            continue
        files = [(o.entry, o.identity) for o in outcomes if o.entry and o.identity]
        if len(files) == len(outcomes):
            recorded.append((package.key, files))
    generation = manifest.identity(vault.simple_dir / ".generation")
    manifest.save(vault, digest, recorded, options.policy.sha256, generation, key=key)


def _vaulted(
    package: Package,
    found: Sequence[tuple[VaultEntry, manifest.Identity | None]],
    options: IngestOptions,
) -> list[FileOutcome]:
    return vaulted(package, found, options.policy, options.vulnerabilities)


__all__ = ["FileOutcome", "IngestOptions", "IngestReport", "ingest"]


def _package(
    package: Package,
    options: IngestOptions,
    vaulted: dict[str, list[VaultEntry]],
    workspace: Path,
) -> list[FileOutcome]:
    fast = _already_vaulted(package, vaulted, options.policy.sha256)
    if fast is not None:
        if not isinstance(options.vault, Vault):
            return _vaulted(package, [(e, None) for e in fast], options)
        found = []
        for entry in fast:
            # no manifest vouches for this copy: hash it before trusting it again
            path = options.vault.file_path(entry.project, entry.filename)
            identity = manifest.hashed_identity(path, entry.sha256)
            if identity is None:
                return [
                    _refusal(
                        package,
                        entry.filename,
                        failed(
                            "hashes",
                            f"the vault's copy of {entry.filename} is not the file recorded with "
                            f"sha256 {entry.sha256}: the vault was altered (sscli vault verify)",
                        ),
                    )
                ]
            found.append((entry, identity))
        return _vaulted(package, found, options)
    try:
        page = options.client.project(package.name)
    except SscliError as exc:
        return [_refusal(package, None, failed("index", exc.message))]
    built_here = package.name in options.built_here
    target = replace(options.target, include_sdist=True) if built_here else options.target
    wanted, problem = select_files(package, page, target)
    if problem is not None:
        return [_refusal(package, None, failed("hashes", problem))]
    if built_here:
        # the wheel is built here from the sdist; the published one is only compared with it
        wanted = [w for w in wanted if not w.listing.filename.endswith(".whl")]
        if not wanted:
            return [_refusal(package, None, failed("build_from_source", _NO_SDIST))]
    standing = package_checks(
        package, wanted, options.policy, options.vulnerabilities, options.built_here
    )
    outcomes = []
    for item in wanted:
        outcomes.append(_file(item, page, standing, options, workspace))
    return outcomes


_NO_SDIST = (
    "no sdist on the index has a digest the lock pins (the lock pins none, or the index's was "
    "altered), so no wheel can be built from source"
)


def _already_vaulted(
    package: Package, vaulted: dict[str, list[VaultEntry]], policy_sha256: str | None
) -> list[VaultEntry] | None:
    """Content addressing: if every locked file is already in the vault, vetted under the same
    policy, nothing is fetched."""
    artifacts = [a for a in package.artifacts if a.sha256]
    if not artifacts:
        return None
    entries = []
    for artifact in artifacts:
        matches = [
            e
            for e in vaulted.get(artifact.sha256 or "", [])
            if e.project == package.name and e.policy_sha256 == policy_sha256
        ]
        if not matches:
            return None
        entries.append(matches[0])
    return entries


def _file(
    item: Wanted,
    page: ProjectPage,
    standing: list[CheckResult],
    options: IngestOptions,
    workspace: Path,
) -> FileOutcome:
    from sscli.ingest.attestation import ingest_predicate, sign_ingest
    from sscli.ingest.inspect import inspect_archive
    from sscli.ingest.provenance import check_provenance

    package, listing = item.package, item.listing
    vault = options.vault
    try:
        download = options.client.download(listing, workspace, expected_sha256=item.expected_sha256)
    except IntegrityError as exc:
        return _refusal(package, listing.filename, failed("hashes", exc.message))
    except SscliError as exc:
        return _refusal(package, listing.filename, failed("download", exc.message))
    with _removing(download.path):
        hash_check = (
            passed("hashes", f"sha256 {download.sha256} is pinned in the lock")
            if item.expected_sha256
            else CheckResult(
                "hashes", Status.WARN, f"not in the lock; pinned now to sha256 {download.sha256}"
            )
        )
        archive_checks, metadata = inspect_archive(
            download.path, options.policy.ingest.archive, listing.filename
        )
        checks = [hash_check, *archive_checks, check_yanked(listing, options.policy.ingest)]
        provenance, publisher = None, None
        if package.name in options.policy.ingest.require_provenance:
            expected = options.policy.ingest.require_provenance[package.name]
            provenance, publisher = check_provenance(
                listing, download.sha256, expected, options.client
            )
        if all(c.status is not Status.FAIL for c in archive_checks):
            signer = _signer_finding(metadata, publisher, listing.filename)
            checks.append(
                _code_check(download.path, listing.filename, package, page, options, signer)
            )
        if metadata is not None and (metadata.package.name, metadata.version) != (
            package.name,
            package.version,
        ):
            checks.append(
                failed(
                    "metadata",
                    f"the file is {metadata.package.name} {metadata.version}, "
                    f"not the locked {package.key}",
                )
            )
        upload = _upload_time(item, download.sha256, options)
        checks.append(
            check_age(
                upload.time,
                options.policy.ingest,
                options.now(),
                source=upload.source,
                unknown=upload.reason,
            )
        )
        if metadata is not None:
            checks.append(
                check_license(
                    metadata.package.license_expression,
                    metadata.package.license_names,
                    options.policy.ingest,
                )
            )
        if provenance is not None:
            checks.append(provenance)
        checks.extend(standing)
        checks = [apply_exceptions(c, package, options.policy) for c in checks]
        if any(c.status is Status.FAIL for c in checks):
            return FileOutcome(package, listing.filename, download.sha256, checks, "refused")
        entry = VaultEntry(
            project=package.name,
            version=package.version or "",
            filename=listing.filename,
            sha256=download.sha256,
            size=download.size,
            source_url=listing.url,
            requires_python=listing.requires_python,
            ingested_at=options.now().isoformat(timespec="seconds"),
            policy_sha256=options.policy.sha256,
            checks=[c.to_json() for c in checks],
        )
        with vault.locked():
            downloaded = manifest.identity(download.path)
            stored, added = vault.add(download.path, entry)
            identity = _committed(vault, stored, downloaded) if added else None
            if added and options.signers:
                predicate = ingest_predicate(
                    stored, package, checks, options.policy, options.client.base_url
                )
                stored = vault.record_attestation(
                    stored, sign_ingest(stored, predicate, options.signers)
                )
        status = "stored" if added else "already-vaulted"
        return FileOutcome(
            package, listing.filename, download.sha256, checks, status, stored, identity=identity
        )


def _committed(
    vault: VaultStore, entry: VaultEntry, downloaded: manifest.Identity | None
) -> manifest.Identity | None:
    """The identity of a file just moved into the vault, if it is the very file downloaded and
    hashed (same inode, size and mtime; the move changes its ctime)."""
    if not isinstance(vault, Vault) or downloaded is None:
        return None
    committed = manifest.identity(vault.file_path(entry.project, entry.filename))
    if committed is None or (committed[0], committed[1], *committed[3:]) != (
        downloaded[0],
        downloaded[1],
        *downloaded[3:],
    ):
        return None
    return committed


def _code_check(  # noqa: PLR0917 - the file, its page, the run, a finding of the provenance
    path: Path,
    filename: str,
    package: Package,
    page: ProjectPage,
    options: IngestOptions,
    signer: Finding | None,
) -> CheckResult:
    """The code check, with the layout compared with the project's previous release."""
    from sscli.ingest.code import check_code

    found = options.previous.find(package.name, filename, page) if options.previous else None
    return check_code(
        path,
        filename,
        package,
        options.policy,
        previous=found.layout if found is not None else None,
        compared=found.note if found is not None else None,
        unreadable_previous=found.problem if found is not None else False,
        extra=(signer,) if signer is not None else (),
    )


def _signer_finding(
    metadata: CoreMetadata | None, publisher: str | None, filename: str
) -> Finding | None:
    """`repository-not-signer`: the provenance verified, signed from another repository than
    any the metadata names."""
    if metadata is None or publisher is None:
        return None
    from sscli.ingest.code.rules.metadata import signer_finding

    urls = [(ref.comment or "Home-page", ref.url) for ref in metadata.package.external_refs]
    member = "METADATA" if filename.endswith(".whl") else "PKG-INFO"
    return signer_finding(member, urls, publisher)


def _upload_time(item: Wanted, sha256: str, options: IngestOptions) -> UploadTime:
    """The index's upload time (PEP 700), else the metadata source's for this very file (only
    asked when the policy checks release age)."""
    if item.listing.upload_time is not None:
        return UploadTime(item.listing.upload_time, "the index")
    if options.policy.ingest.min_age is None:
        return UploadTime(None, "the index")
    if options.metadata is None:
        return UploadTime(None, "the index", "no metadata source is set (--metadata-index)")
    return options.metadata.upload_time(item.package.name, item.listing.filename, sha256)


def _refusal(package: Package, filename: str | None, check: CheckResult) -> FileOutcome:
    return FileOutcome(package, filename or "-", None, [check], "refused")


@contextlib.contextmanager
def _removing(path: Path) -> Iterator[None]:
    """Delete the temporary download unless the vault took it."""
    try:
        yield
    finally:
        path.unlink(missing_ok=True)

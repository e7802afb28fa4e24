"""The signed record of an ingest: an in-toto Statement about one vaulted file with sscli's
ingest predicate (https://sscli.dev/attestation/ingest/v1), in a DSSE envelope."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sscli.attest.predicates import PredicateType, ingest_record, validate_predicate
from sscli.attest.signing import sign_statement
from sscli.attest.statement import ResourceDescriptor, Statement
from sscli.ingest.checks import CheckResult, Status
from sscli.inventory.model import Package
from sscli.policy.model import Policy
from sscli.vault.store import VaultEntry

if TYPE_CHECKING:
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]

# The predicate knows pass, warn and fail; what sscli waived or skipped is a warning there, and
# the detail says which.
_RESULTS = {
    Status.PASS: "pass",
    Status.WARN: "warn",
    Status.FAIL: "fail",
    Status.EXCEPTED: "warn",
    Status.SKIP: "warn",
}


def ingest_predicate(  # noqa: PLR0917 - the file, what it is, what was checked, under what
    entry: VaultEntry,
    package: Package,
    checks: list[CheckResult],
    policy: Policy,
    index_url: str,
    build: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The validated ingest predicate of an accepted file; `build` says how sscli built it from
    source, for a wheel built here (see the schema's `build`)."""
    reasons = [
        f"{c.rule}: {c.message}"
        for c in checks
        if c.status in (Status.WARN, Status.EXCEPTED, Status.SKIP)
    ]
    policy_record: dict[str, Any] = {
        "decision": "allow",
        "reasons": reasons or ["every check passed"],
    }
    policy_record["policy"] = policy.name
    if policy.sha256:
        policy_record["policyDigest"] = {"sha256": policy.sha256}
    predicate = ingest_record(
        package={
            "name": package.name,
            "version": package.version or entry.version,
            "purl": package.package_url,
        },
        source={"index": index_url, **({"url": entry.source_url} if entry.source_url else {})},
        artifact={
            "filename": entry.filename,
            "digest": {"sha256": entry.sha256},
            "size": entry.size,
        },
        checks=[_check(c) for c in checks],
        decision="allow",
        reasons=policy_record["reasons"],
        ingested_on=(entry.ingested_at or "").replace("+00:00", "Z"),
    )
    predicate["policy"] = policy_record
    if build is not None:
        predicate["build"] = build
        validate_predicate(PredicateType.SSCLI_INGEST_V1, predicate)
    return predicate


def _check(check: CheckResult) -> dict[str, str]:
    detail = check.message
    if check.status is Status.EXCEPTED:
        detail = f"waived by a policy exception: {detail}"
    elif check.status is Status.SKIP:
        detail = f"skipped: {detail}"
    return {"name": check.rule, "result": _RESULTS[check.status], "detail": detail}


def sign_ingest(entry: VaultEntry, predicate: dict[str, Any], signers: Sequence[Signer]) -> bytes:
    """One DSSE envelope line: the ingest Statement about `entry`'s file, signed by `signers`."""
    subject = ResourceDescriptor(name=entry.filename, digest={"sha256": entry.sha256})
    statement = Statement((subject,), PredicateType.SSCLI_INGEST_V1, predicate)
    return sign_statement(statement, signers).to_json_line()

"""The SLSA provenance v1 predicate of an sscli build.

Build type https://sscli.dev/build/python-pep517/v1 (documented in docs/build-type.md):
externalParameters are what the user chose (source repository, ref, commit, project path, build
options); internalParameters are what sscli fixed (sandbox kind, environment, SOURCE_DATE_EPOCH);
resolvedDependencies are the source commit and every vault file the build installed; byproducts
carry the reproducibility verdict and the digest of the build log.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sscli
from sscli.build.run import BuildResult
from sscli.build.source import SourceDate, SourceInfo

if TYPE_CHECKING:
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]

BUILD_TYPE = "https://sscli.dev/build/python-pep517/v1"
LOCAL_BUILDER = "https://sscli.dev/builders/local"


def builder_id(explicit: str | None = None) -> str:
    """--builder-id, else SSCLI_BUILDER_ID, else the GitHub Actions workflow, else local."""
    if explicit:
        return explicit
    if os.environ.get("SSCLI_BUILDER_ID"):
        return os.environ["SSCLI_BUILDER_ID"]
    workflow = os.environ.get("GITHUB_WORKFLOW_REF")
    if os.environ.get("GITHUB_ACTIONS") == "true" and workflow:
        return f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/{workflow}"
    return LOCAL_BUILDER


def source_uri(source: SourceInfo) -> str | None:
    """The SLSA source URI: `git+` and the repository URL (see `repository_url`), `@ref`."""
    if source.repository is None:
        return None
    uri = source.repository if source.repository.startswith("git+") else f"git+{source.repository}"
    return uri + (f"@{source.ref}" if source.ref else "")


def provenance_predicate(
    result: BuildResult, source: SourceInfo, date: SourceDate, *, builder: str
) -> dict[str, Any]:
    """The validated SLSA v1 predicate for `result`."""
    from sscli.attest.predicates import slsa_provenance

    external: dict[str, Any] = {
        "source": {
            "uri": source_uri(source),
            "ref": source.ref,
            "commit": source.commit,
            "dirty": source.dirty,
        },
        "path": source.subdirectory or ".",
        "options": {
            "sdist": "--sdist" in result.targets,
            "wheel": "--wheel" in result.targets,
            "builds": 2,
        },
    }
    resolved: list[dict[str, Any]] = []
    if source.commit:
        resolved.append(
            {"uri": source_uri(source) or "git", "digest": {"gitCommit": source.commit}}
        )
    if source.sdist is not None:
        # the source's identity, as the commit is for a checkout (resolvedDependencies are what
        # the build installed, all from the vault)
        external["source"]["sdist"] = {
            "filename": source.sdist.filename,
            "sha256": source.sdist.sha256,
            "newestMemberTime": source.sdist.newest_time,
        }
    for entry in result.dependencies:
        resolved.append(
            {
                "name": entry.filename,
                "uri": f"pkg:pypi/{entry.project}@{entry.version}",
                "digest": {"sha256": entry.sha256},
                "annotations": {
                    "source": "vault",
                    "vaultPath": f"files/{entry.project}/{entry.filename}",
                },
            }
        )
    verdicts = {c.filename: c.verdict for c in result.comparisons}
    byproducts = [
        {
            "name": "reproducibility",
            "digest": {
                "sha256": hashlib.sha256(repr(sorted(verdicts.items())).encode()).hexdigest()
            },
            "annotations": {
                "reproducible": result.reproducible,
                "equivalent": result.equivalent,
                "verdicts": verdicts,
            },
        },
        {"name": "build.log", "digest": {"sha256": hashlib.sha256(result.log).hexdigest()}},
    ]
    return slsa_provenance(
        build_type=BUILD_TYPE,
        builder_id=builder,
        external_parameters=external,
        internal_parameters={
            "sandbox": result.sandbox_kind,
            "sandboxed": result.sandbox_kind != "none",
            "environment": result.environment,
            "SOURCE_DATE_EPOCH": date.epoch,
            "SOURCE_DATE_EPOCH_from": date.origin,
            "normalized": result.extra.get("normalized", []),
            "sscli": sscli.__version__,
        },
        resolved_dependencies=resolved,
        invocation_id=result.invocation_id,
        started_on=result.started.isoformat(timespec="seconds").replace("+00:00", "Z"),
        finished_on=result.finished.isoformat(timespec="seconds").replace("+00:00", "Z"),
        byproducts=byproducts,
    )


def sign_provenance(
    outputs: Sequence[Path], predicate: dict[str, Any], signers: Sequence[Signer]
) -> None:
    """Sign one Statement over all `outputs` and append it to each `<output>.intoto.jsonl`."""
    from sscli.attest.predicates import PredicateType
    from sscli.attest.record import append_envelope
    from sscli.attest.signing import sign_statement
    from sscli.attest.statement import Statement
    from sscli.attest.subjects import subjects_for_files

    statement = Statement(subjects_for_files(outputs), PredicateType.SLSA_PROVENANCE_V1, predicate)
    envelope = sign_statement(statement, signers)
    for output in outputs:
        append_envelope(output.with_name(output.name + ".intoto.jsonl"), envelope)

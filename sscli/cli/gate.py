"""The deploy gate's run, without Typer: `sscli verify artifact` calls it through Typer
(sscli/cli/verify.py), and `sscli.cli.quickgate` calls it directly for the common
invocations, so that the gate does not pay for building the command tree."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any


class ReportFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"


def verify_artifacts(
    artifacts: list[str],
    policy: Path,
    *,
    attestations: list[str] | None = None,
    fmt: ReportFormat = ReportFormat.TEXT,
    output: Path | None = None,
    db: Path | None = None,
    vault: Path | None = None,
    summary: Path | None = None,
    trusted_root: list[Path] | None = None,
    username: str | None = None,
    password: str | None = None,
    token: str | None = None,
    insecure: bool = False,
    vsa: Path | None = None,
    vsa_push: str | None = None,
    key: list[str] | None = None,
    public_key: list[Path] | None = None,
    passphrase_env: str | None = None,
    resource_uri: str | None = None,
    verifier_id: str | None = None,
    policy_uri: str | None = None,
) -> bool:
    """The gate on `artifacts`: decisions reported as asked; True when every one is allowed."""
    from sscli.cli import context as cli
    from sscli.cli.output import emit, emit_json
    from sscli.errors import InputError
    from sscli.policy import PolicyCache, load_policy
    from sscli.verify.artifact import find_attestations, verify_artifact
    from sscli.verify.decision import markdown_summary
    from sscli.verify.signers import key_signers

    loaded = load_policy(policy, cache=PolicyCache.in_state_dir(cli.STATE_DIR))  # as ingest
    if loaded.deploy is None:
        raise InputError("the policy has no deploy: section", path=policy)
    summaries = _summaries(vsa, vsa_push, key, public_key, passphrase_env,
                           artifacts=len(artifacts), resource_uri=resource_uri)  # fmt: skip
    described = {"resource_uri": resource_uri, "verifier_id": verifier_id,
                 "policy_uri": policy_uri, "pushed_to": summaries.target}  # fmt: skip
    rescan = _rescan(loaded.deploy, db)
    roots = _trust_roots(loaded.deploy, trusted_root or [])
    signers = key_signers(loaded.deploy)  # once for the batch
    ingest_records = [vault / "attestations"] if vault else []
    import functools

    @functools.cache
    def connect(registry: str) -> Any:  # the OCI client only for oci:// names
        from sscli.cli.registry import registry_options

        return registry_options(username, password, token, insecure).connect(registry)

    with contextlib.ExitStack() as stack:
        # summaries pushed as decisions are made would publish part of a run a failed fetch
        # then ends (exit 3), and share the registry client with the fetches' threads
        streaming = summaries.target is None
        paths, fetched = _from_registries(artifacts, attestations or [], connect, stack,
                                          streaming=streaming)  # fmt: skip
        given = [Path(a) for a in attestations or [] if not a.startswith("oci://")]
        decisions = []
        for name, path, evidence in zip(artifacts, paths, fetched, strict=True):
            decision = verify_artifact(
                path,
                find_attestations(path, [*given, *evidence]),
                loaded.deploy,
                rescan=rescan,
                dependency_attestations=ingest_records,
                trust_roots=roots,
                signers=signers,
            )
            decision.artifact = name
            decisions.append(decision)
            if summaries.enabled:
                from sscli.cli.vsa import summary_context

                context = summary_context(name, path, policy, described)
                summaries.add(decision, path, loaded.deploy, context, connect)
    summaries.finish()
    if fmt is ReportFormat.JSON:
        emit_json(
            {"decisions": [d.to_json() for d in decisions]}
            if len(decisions) > 1
            else decisions[0].to_json(),
            output,
        )
    elif fmt is ReportFormat.MARKDOWN:
        emit(markdown_summary(decisions), output)
    if summary is not None:
        from sscli.fsutil import append_text

        append_text(summary, markdown_summary(decisions) + "\n")
    _print(decisions)
    return all(d.allowed for d in decisions)


class _NoSummaries:
    """What `SummaryWriter` is when no summary is asked for (and no option needs it)."""

    enabled = False
    target = None

    def finish(self) -> None:
        pass


def _summaries(
    vsa: Path | None,
    vsa_push: str | None,
    key: list[str] | None,
    public_key: list[Path] | None,
    passphrase_env: str | None,
    *,
    artifacts: int,
    resource_uri: str | None,
) -> Any:
    """The verification summaries' writer; its module (and Typer's) only when an option asks."""
    if vsa is None and vsa_push is None and not key and resource_uri is None:
        return _NoSummaries()
    from sscli.cli.vsa import SummaryWriter

    return SummaryWriter(vsa, vsa_push, key, public_key, passphrase_env,
                         artifacts=artifacts, resource_uri=resource_uri)  # fmt: skip


def _from_registries(
    artifacts: list[str], attestations: list[str], connect: Any, stack: Any, *, streaming: bool
) -> tuple[list[Path], Iterator[list[Path]]]:
    """The local files to verify, and for each in turn the directories its registry
    attestations were fetched to: oci:// artifacts are pulled first (digest-checked), then the
    attestations of every artifact are fetched from each oci:// repository (and an oci://
    artifact's own), all into a private temporary directory that lives until the decisions
    are made. With `streaming` and one repository to fetch from, the fetches run ahead of the
    caller, which verifies one artifact while the next ones arrive; otherwise every fetch is
    done before the first decision (a client holds one registry token at a time, and
    repositories' tokens differ)."""
    nothing: Iterator[list[Path]] = iter([[] for _ in artifacts])
    if not any(_maybe_oci(a) for a in [*attestations, *artifacts]):
        return [Path(a) for a in artifacts], nothing  # the OCI modules only for oci:// names
    import tempfile

    from sscli.stores.oci.reference import is_oci, parse_reference

    repositories = [parse_reference(a) for a in attestations if is_oci(a)]
    if not repositories and not any(is_oci(a) for a in artifacts):
        return [Path(a) for a in artifacts], nothing
    from sscli.errors import UsageError
    from sscli.stores.oci.attestations import fetch_many, pull_artifact

    workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="sscli-verify-")))
    paths, own = [], []
    for number, name in enumerate(artifacts):
        if not is_oci(name):
            paths.append(Path(name))
            continue
        reference = parse_reference(name)
        if reference.digest is None:
            raise UsageError(f"{name}: name the artifact by digest (@sha256:...)")
        paths.append(pull_artifact(connect(reference.registry), reference, workdir / f"a{number}"))
        own.append((number, reference))
    sources = [(list(range(len(paths))), r) for r in repositories]
    sources += [([number], reference) for number, reference in own]
    streams = []
    for count, (numbers, repository) in enumerate(sources):
        client = connect(repository.registry)
        stream = fetch_many(client, repository.repository, [paths[n] for n in numbers],
                            workdir / f"evidence-{count}")  # fmt: skip
        streams.append((set(numbers), repository, stack.enter_context(contextlib.closing(stream))))
    in_turn = _in_turn(len(paths), streams)
    return paths, in_turn if streaming and len(streams) == 1 else iter(list(in_turn))


def _in_turn(count: int, streams: list[tuple[set[int], Any, Any]]) -> Iterator[list[Path]]:
    """For each artifact in order, the directories its sources' fetches wrote."""
    from sscli.cli.output import warn

    for number in range(count):
        directories = []
        for numbers, repository, stream in streams:
            if number in numbers:
                directory, skipped = next(stream)
                for reason in skipped:
                    warn(f"{repository}: skipped a referrer: {reason}")
                directories.append(directory)
        yield directories


def _maybe_oci(name: str) -> bool:
    return name.lower().startswith("oci:")  # wider than is_oci: only a shortcut past it


def _trust_roots(policy: Any, given: list[Path]) -> Any:
    """The Sigstore roots bundles are verified against, loaded once on first use: the given
    files, else the policy's, else those `sscli trust update` cached (else the bundled one)."""
    import functools

    @functools.cache
    def roots() -> Any:  # Sigstore's trust machinery only when a bundle is verified
        from sscli.attest.trust_store import default_trust_roots
        from sscli.attest.trustroot import load_trust_roots
        from sscli.cli import context
        from sscli.verify.artifact import policy_roots

        if given:
            return [r for path in given for r in load_trust_roots(path)]
        return policy_roots(policy, lambda: default_trust_roots(context.STATE_DIR))

    return roots


def _rescan(policy: Any, db: Path | None) -> Any:
    """The re-scan of attested SBOMs with the local database; None (the rule then denies,
    saying why) when the database is missing or unusable."""
    from sscli.cli import context
    from sscli.errors import EnvironmentFailure
    from sscli.verify.rescan import database_rescan

    if not policy.rescan:
        return None
    try:
        return database_rescan(context.db_path(db), policy.vex)
    except EnvironmentFailure as error:
        from sscli.cli.output import warn

        warn(error.diagnostics())
        return None


def _print(decisions: list[Any]) -> None:
    from sscli.cli.output import say_parts

    colors = {"pass": "green", "fail": "bold red", "skip": "dim", "waived": "yellow"}
    for decision in decisions:
        verdict = ("ALLOW", "bold green") if decision.allowed else ("DENY", "bold red")
        say_parts(verdict, (f" {decision.artifact} (sha256 {decision.sha256[:16]})", None))
        for rule in decision.rules:
            status = rule.status.value
            say_parts(
                ("  ", None),
                (f"{status:>6}", colors[status]),
                (f" {rule.rule}: {rule.reason}", None),
            )

"""`sscli verify`: the deploy gate."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from sscli.cli.attest import DenySelfHostedOpt, SourceDigestOpt, SourceRefOpt
from sscli.cli.db import DbOpt, db_path
from sscli.cli.output import console, emit, emit_json, escape, say_parts, warn
from sscli.cli.registry import (
    InsecureOpt,
    PasswordOpt,
    TokenOpt,
    UsernameOpt,
    registry_options,
)
from sscli.cli.signing import KeyOpt, PassphraseOpt, PublicKeyOpt
from sscli.cli.vsa import PolicyUriOpt, ResourceUriOpt, VerifierIdOpt, VsaOpt, VsaPushOpt
from sscli.cli.vsa import vsa as vsa_command

app = typer.Typer(
    help="Verify artifacts against a deploy policy (the deploy gate).", no_args_is_help=True
)


class ReportFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"


@app.command("artifact")
def artifact(
    artifacts: Annotated[
        list[str],
        typer.Argument(
            help="The artifacts to verify: files, or oci://REGISTRY/REPOSITORY@sha256:DIGEST "
            "(pulled first, digest-checked)."
        ),
    ],
    policy: Annotated[Path, typer.Option("--policy", help="Policy YAML with a deploy: section.")],
    attestations: Annotated[
        list[str] | None,
        typer.Option(
            "--attestations",
            help="More attestation files or directories, or oci://REGISTRY/REPOSITORY to fetch "
            "each artifact's attestations from (repeatable).",
        ),
    ] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.TEXT,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here.")
    ] = None,
    db: DbOpt = None,
    vault: Annotated[
        Path | None,
        typer.Option(
            "--vault", help="Vault whose ingest records vouch for the build's dependencies."
        ),
    ] = None,
    summary: Annotated[
        Path | None,
        typer.Option(
            "--summary", help="Append a Markdown summary here (e.g. $GITHUB_STEP_SUMMARY)."
        ),
    ] = None,
    trusted_root: Annotated[
        list[Path] | None,
        typer.Option(
            "--trusted-root",
            help="Sigstore trusted root JSON or JSON Lines (gh attestation trusted-root), "
            "repeatable; replaces the policy's trusted_root (default: the policy's, else the "
            "roots sscli trust update cached, else sigstore's bundled one).",
        ),
    ] = None,
    username: UsernameOpt = None,
    password: PasswordOpt = None,
    token: TokenOpt = None,
    insecure: InsecureOpt = False,
    vsa: VsaOpt = None,
    vsa_push: VsaPushOpt = None,
    key: KeyOpt = None,
    public_key: PublicKeyOpt = None,
    passphrase_env: PassphraseOpt = None,
    resource_uri: ResourceUriOpt = None,
    verifier_id: VerifierIdOpt = None,
    policy_uri: PolicyUriOpt = None,
) -> None:
    """Allow each ARTIFACT only if every rule of the policy holds (exit 0 allow, 1 deny).

    Attestations are DSSE envelopes (.intoto.jsonl) or Sigstore bundles, one or the JSON Lines
    gh attestation download writes, told apart by their content. With --vsa or --vsa-push, each
    decision is also a signed SLSA verification summary (PASSED or FAILED) for admission
    controllers and `sscli verify vsa`."""
    import contextlib

    from sscli.cli import context as cli
    from sscli.cli.vsa import SummaryWriter, summary_context
    from sscli.errors import InputError
    from sscli.policy import PolicyCache, load_policy
    from sscli.verify.artifact import find_attestations, verify_artifact
    from sscli.verify.decision import markdown_summary
    from sscli.verify.signers import key_signers

    loaded = load_policy(policy, cache=PolicyCache.in_state_dir(cli.STATE_DIR))  # as ingest
    if loaded.deploy is None:
        raise InputError("the policy has no deploy: section", path=policy)
    summaries = SummaryWriter(vsa, vsa_push, key, public_key, passphrase_env,
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
        return registry_options(username, password, token, insecure).connect(registry)

    with contextlib.ExitStack() as stack:
        paths, fetched = _from_registries(artifacts, attestations or [], connect, stack)
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
    if not all(d.allowed for d in decisions):
        raise typer.Exit(1)


def _from_registries(
    artifacts: list[str], attestations: list[str], connect: Any, stack: Any
) -> tuple[list[Path], list[list[Path]]]:
    """The local files to verify, and for each the directories its registry attestations were
    fetched to: oci:// artifacts are pulled first (digest-checked), then the attestations of
    every artifact are fetched from each oci:// repository (and an oci:// artifact's own), all
    into a private temporary directory that lives until the decisions are made."""
    import tempfile

    from sscli.stores.oci.reference import is_oci, parse_reference

    repositories = [parse_reference(a) for a in attestations if is_oci(a)]
    fetched: list[list[Path]] = [[] for _ in artifacts]
    if not repositories and not any(is_oci(a) for a in artifacts):
        return [Path(a) for a in artifacts], fetched
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
    for count, (numbers, repository) in enumerate(sources):
        client = connect(repository.registry)
        found = fetch_many(client, repository.repository, [paths[n] for n in numbers],
                           workdir / f"evidence-{count}")  # fmt: skip
        for number, (directory, skipped) in zip(numbers, found, strict=True):
            for reason in skipped:
                warn(f"{repository}: skipped a referrer: {reason}")
            fetched[number].append(directory)
    return paths, fetched


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
    from sscli.errors import EnvironmentFailure
    from sscli.verify.rescan import database_rescan

    if not policy.rescan:
        return None
    try:
        return database_rescan(db_path(db), policy.vex)
    except EnvironmentFailure as error:
        from sscli.cli.output import warn

        warn(error.diagnostics())
        return None


def _print(decisions: list[Any]) -> None:
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


app.command("vsa")(vsa_command)


@app.command("rules")
def rules(fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.TEXT) -> None:
    """List the deploy gate's rules: id (what policy exceptions name), severity, and when each
    passes."""
    from sscli.verify.rules import REGISTRY, rules_markdown

    if fmt is ReportFormat.JSON:
        emit_json(
            [{"rule": r.id, "severity": r.severity.value, "summary": r.summary} for r in REGISTRY],
            None,
        )
    elif fmt is ReportFormat.MARKDOWN:
        emit(rules_markdown(), None)
    else:
        for rule in REGISTRY:
            console().print(f"[bold]{rule.id}[/] ({rule.severity.value}): {escape(rule.summary)}")


@app.command("layout")
def layout(
    layout_file: Annotated[Path, typer.Option("--layout", help="The signed in-toto layout.")],
    layout_keys: Annotated[
        list[str],
        typer.Option(
            "--layout-key",
            help="Public key of the layout's owner: a PEM file or a KMS/HSM key URI (repeatable).",
        ),
    ],
    links: Annotated[Path, typer.Option("--links", help="Directory of the steps' link files.")],
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Deny layouts whose rule lists do not end in DISALLOW *."),
    ] = False,
    workdir: Annotated[
        Path | None,
        typer.Option(
            "--workdir",
            help="Also check that the final products found here still have the digests the "
            "links record (e.g. the output directory).",
        ),
    ] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.TEXT,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the JSON report here.")
    ] = None,
) -> None:
    """Verify a supply chain with in-toto: layout signature and expiry, step thresholds, artifact
    rules (exit 0 verified, 1 not)."""
    from sscli.verify.layout import verify_layout

    report = verify_layout(layout_file, layout_keys, links, strict=strict, workdir=workdir)
    if fmt is ReportFormat.JSON or output is not None:
        emit_json(report.to_json(), output)
    for warning in report.warnings:
        console().print(f"[yellow]warning:[/] {escape(warning)}")
    for step in report.steps:
        color = "green" if step.status == "pass" else "bold red"
        detail = f": {escape(step.reason)}" if step.reason else ""
        counts = f"{step.links} link(s), threshold {step.threshold}"
        console().print(f"  [{color}]{step.status}[/] step {escape(step.name)} ({counts}){detail}")
    if report.ok:
        console().print("[bold green]layout verified[/]")
    else:
        console().print(f"[bold red]layout verification failed[/]: {escape(report.failure or '')}")
        raise typer.Exit(1)


@app.command("pypi")
def pypi(
    dist: Annotated[Path, typer.Argument(help="A distribution file downloaded from PyPI.")],
    attestation: Annotated[
        Path,
        typer.Option("--attestation", help="PEP 740 provenance, attestation or Sigstore bundle."),
    ],
    publisher: Annotated[
        str,
        typer.Option(
            "--publisher",
            help="github:OWNER/REPO, gitlab:GROUP/PROJECT (each optionally followed by "
            "@WORKFLOW or @CI_FILE) or google:EMAIL.",
        ),
    ],
    source_ref: SourceRefOpt = None,
    source_digest: SourceDigestOpt = None,
    deny_self_hosted_runners: DenySelfHostedOpt = False,
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.TEXT,
) -> None:
    """Verify PEP 740 attestations of DIST against its expected trusted publisher, offline
    (exit 0 verified, 1 not)."""
    from sscli.attest.pypi import BuildExpectation, parse_publisher, verify_pypi_file

    build = BuildExpectation(source_ref, source_digest, deny_self_hosted_runners)
    result = verify_pypi_file(dist, attestation, parse_publisher(publisher), build)
    if fmt is ReportFormat.JSON:
        emit_json(
            {
                "verified": True,
                "publisher": result.publisher,
                "predicateType": result.predicate_type,
                "matched": list(result.matched),
            },
            None,
        )
    by = f"{escape(result.publisher)} ({escape(result.predicate_type)})"
    console().print(f"[bold green]verified[/] {escape(dist.name)}: published by {by}")

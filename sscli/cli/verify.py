"""`sscli verify`: the deploy gate."""

from pathlib import Path
from typing import Annotated

import typer

from sscli.cli.attest import DenySelfHostedOpt, SourceDigestOpt, SourceRefOpt
from sscli.cli.db import DbOpt
from sscli.cli.gate import ReportFormat
from sscli.cli.output import console, emit, emit_json, escape
from sscli.cli.registry import InsecureOpt, PasswordOpt, TokenOpt, UsernameOpt
from sscli.cli.signing import KeyOpt, PassphraseOpt, PublicKeyOpt
from sscli.cli.vsa import PolicyUriOpt, ResourceUriOpt, VerifierIdOpt, VsaOpt, VsaPushOpt
from sscli.cli.vsa import vsa as vsa_command

app = typer.Typer(
    help="Verify artifacts against a deploy policy (the deploy gate).", no_args_is_help=True
)


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
    from sscli.cli.gate import verify_artifacts

    allowed = verify_artifacts(
        artifacts,
        policy,
        attestations=attestations,
        fmt=fmt,
        output=output,
        db=db,
        vault=vault,
        summary=summary,
        trusted_root=trusted_root,
        username=username,
        password=password,
        token=token,
        insecure=insecure,
        vsa=vsa,
        vsa_push=vsa_push,
        key=key,
        public_key=public_key,
        passphrase_env=passphrase_env,
        resource_uri=resource_uri,
        verifier_id=verifier_id,
        policy_uri=policy_uri,
    )
    if not allowed:
        raise typer.Exit(1)


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

"""`sscli source`: the project's own source: signed commits and contribution rules (verify),
leaked secrets and code issues (scan), and their attestations."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sscli.cli.attest import OidcOpt, SigstoreOpt, StagingOpt
from sscli.cli.output import TextOrJson, console, emit, escape, warn
from sscli.cli.signing import KeyOpt, PassphraseOpt, PublicKeyOpt, sign_and_write

if TYPE_CHECKING:
    from sscli.policy import Policy

app = typer.Typer(
    help="First-party source: signed commits, contribution rules, secrets and code scans.",
    no_args_is_help=True,
)

PathArg = Annotated[Path, typer.Argument(help="The repository (or a directory in it).")]
PolicyOpt = Annotated[
    Path, typer.Option("--policy", help="Policy file with a source: section.", show_default=False)
]
RevOpt = Annotated[
    str | None,
    typer.Option("--rev", help="The commit to verify (default HEAD).", show_default=False),
]
RangeOpt = Annotated[
    str | None,
    typer.Option(
        "--range",
        help="Verify exactly the commits A..B (a lone REV, as git reads it: REV back to where "
        "--rev REV starts).",
        show_default=False,
    ),
]
SinceTagOpt = Annotated[
    str | None,
    typer.Option(
        "--since-tag",
        help="Verify from the newest tag matching this ref pattern, e.g. 'refs/tags/v*'.",
        show_default=False,
    ),
]
RefOpt = Annotated[
    str | None,
    typer.Option(
        "--ref",
        envvar="SSCLI_SOURCE_REF",
        help="The ref being built, e.g. refs/heads/main (default: the one --rev names; CI sets "
        "it for a detached checkout).",
        show_default=False,
    ),
]
RepositoryOpt = Annotated[
    str | None,
    typer.Option(
        "--repository",
        help="Repository URI for attestations when the policy names none (git+https://...).",
        show_default=False,
    ),
]


def _policy(path: Path) -> "Policy":
    from sscli.cli import context
    from sscli.policy import PolicyCache, load_policy

    return load_policy(path, cache=PolicyCache.in_state_dir(context.STATE_DIR))


@app.command("verify")
def verify(
    path: PathArg = Path(),
    policy: PolicyOpt = ...,  # type: ignore[assignment]
    rev: RevOpt = None,
    commit_range: RangeOpt = None,
    since_tag: SinceTagOpt = None,
    ref: RefOpt = None,
    repository: RepositoryOpt = None,
    fmt: Annotated[TextOrJson, typer.Option("--format", help="text or json.")] = TextOrJson.TEXT,
    report: Annotated[
        Path | None, typer.Option("--report", help="Also write the JSON report here.")
    ] = None,
    all_checks: Annotated[
        bool, typer.Option("--all", help="List every check, not only the failures.")
    ] = False,
    key: KeyOpt = None,
    public_key: PublicKeyOpt = None,
    passphrase_env: PassphraseOpt = None,
    sigstore: SigstoreOpt = False,
    oidc_token: OidcOpt = None,
    sigstore_staging: StagingOpt = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="With --key/--sigstore: where the Source VSA goes."),
    ] = None,
    verifier_id: Annotated[
        str | None, typer.Option("--verifier-id", help="The VSA's verifier.id URI.")
    ] = None,
    policy_uri: Annotated[
        str | None, typer.Option("--policy-uri", help="The VSA's policy.uri.")
    ] = None,
    no_record: Annotated[
        bool, typer.Option("--no-record", help="Do not remember the verified tip.")
    ] = False,
) -> None:
    """Verify the commits a build uses: signatures (by git), refs, history, contribution rules.

    Exits 1 when a rule fails. With --key or --sigstore, a passed verification is attested as a
    SLSA Source VSA whose subject is the commit.
    """
    import json

    from sscli.cli import context
    from sscli.errors import UsageError
    from sscli.source.formats.table import safe, verify_table
    from sscli.source.verify import RangeRequest, verify_source

    signing = bool(key) or sigstore
    if output is not None and not signing:
        raise UsageError("--output is where the signed VSA goes: give --key or --sigstore")
    result = verify_source(
        path,
        _policy(policy),
        RangeRequest(rev=rev, range=commit_range, since_tag=since_tag, ref=ref),
        state_dir=context.STATE_DIR,
        repository=repository,
        record=not no_record,
    )
    document = result.to_json()
    if report is not None:
        from sscli.fsutil import atomic_write_text

        atomic_write_text(report, json.dumps(document, indent=2) + "\n")
    if fmt is TextOrJson.JSON:
        emit("".join(json.dumps(c.to_json()) + "\n" for c in result.checks), None)
    if result.failures or all_checks:
        console().print(verify_table(result, all_checks=all_checks))
    verdict = "[green]passed[/]" if result.passed else "[bold red]failed[/]"
    console().print(
        f"{result.commits} commit(s) of {safe(result.ref or 'no ref')} "
        f"({safe(result.commit_range.description)}): {verdict}, "
        f"{len(result.failures)} failed check(s); level {result.level_name}"
    )
    if not result.passed:
        raise typer.Exit(1)
    if signing:
        from sscli.source.attestation import source_vsa

        statement = source_vsa(result, verifier=verifier_id, policy_uri=policy_uri)
        sign_and_write(statement, key, public_key, passphrase_env, sigstore=sigstore,
                       oidc_token=oidc_token, staging=sigstore_staging,
                       out=output or Path("source.intoto.jsonl"))  # fmt: skip


@app.command("scan")
def scan(
    path: PathArg = Path(),
    policy: Annotated[
        Path | None,
        typer.Option("--policy", help="Policy file (its source: section gates the findings)."),
    ] = None,
    rev: Annotated[
        str | None,
        typer.Option(
            "--rev",
            help="Scan this commit's tree instead of the working tree (HEAD when signing).",
            show_default=False,
        ),
    ] = None,
    history: Annotated[
        bool,
        typer.Option("--history", help="Also scan what each commit of the range added."),
    ] = False,
    commit_range: Annotated[
        str | None,
        typer.Option(
            "--range",
            help="With --history: the commits A..B (a lone REV: its whole history).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or sarif.")] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here.")
    ] = None,
    repository: RepositoryOpt = None,
    key: KeyOpt = None,
    public_key: PublicKeyOpt = None,
    passphrase_env: PassphraseOpt = None,
    sigstore: SigstoreOpt = False,
    oidc_token: OidcOpt = None,
    sigstore_staging: StagingOpt = False,
    attestation: Annotated[
        Path | None,
        typer.Option(
            "--attestation",
            help="With --key/--sigstore: append the signed scan result here "
            "(default source.intoto.jsonl).",
        ),
    ] = None,
) -> None:
    """Scan first-party code for leaked secrets (detect-secrets) and security issues (bandit).

    Exits 1 when a finding fails the policy (source.secrets, source.code.fail_on).
    """
    from sscli.errors import UsageError
    from sscli.source.formats import ScanFormat, scan_renderer
    from sscli.source.formats.table import scan_table
    from sscli.source.run import SourceScanRequest, run_source_scan

    try:
        output_format = ScanFormat(fmt)
    except ValueError:
        raise UsageError(f"unknown format {fmt!r} (one of table, json, sarif)") from None
    if output is not None and output_format is ScanFormat.TABLE:
        raise UsageError("--output needs --format json or sarif")
    signing = bool(key) or sigstore
    loaded = _policy(policy) if policy else None
    result = run_source_scan(
        path,
        loaded,
        SourceScanRequest(
            rev=rev or ("HEAD" if signing else None),
            history=history,
            range=commit_range,
            repository=repository,
        ),
    )
    for message in result.report.warnings:
        warn(message)
    if output_format is ScanFormat.TABLE:
        if result.report.findings:
            console().print(scan_table(result.report))
    else:
        emit(scan_renderer(output_format)(result.report), output)
    failing = result.report.failing
    console().print(
        f"{result.report.files} file(s) scanned"
        + (f" at {escape(result.report.commit[:12])}" if result.report.commit else "")
        + f": {len(result.report.findings)} finding(s), {len(failing)} failing the policy"
    )
    if signing:
        sign_and_write(result.statement(), key, public_key, passphrase_env, sigstore=sigstore,
                       oidc_token=oidc_token, staging=sigstore_staging,
                       out=attestation or Path("source.intoto.jsonl"))  # fmt: skip
    if failing:
        raise typer.Exit(1)

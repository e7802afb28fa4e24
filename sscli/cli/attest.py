"""`sscli attest`: sign statements (provenance, SBOM, vulns, ingest, custom), sign in-toto links,
inspect and verify envelopes and Sigstore bundles."""

from pathlib import Path
from typing import Annotated, Any

import typer

from sscli.cli.output import TextOrJson, console, emit_json, escape, warn

app = typer.Typer(
    help="Sign, inspect and verify in-toto attestations (DSSE, Sigstore).", no_args_is_help=True
)

SubjectOpt = Annotated[
    list[Path], typer.Option("--subject", help="A file the statement is about (repeatable).")
]
PredicateOpt = Annotated[Path, typer.Option("--predicate", help="The predicate, a JSON file.")]
KeyOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--key",
        help="Private key PEM file, or gcpkms:/awskms:/azurekms:/hsm: URI (repeat to multi-sign).",
    ),
]
PublicKeyOpt = Annotated[
    list[Path] | None,
    typer.Option("--public-key", help="Public key PEM of each KMS/HSM --key, in order."),
]
PassphraseOpt = Annotated[
    str | None,
    typer.Option("--passphrase-env", help="Env var holding the private keys' passphrase."),
]
SigstoreOpt = Annotated[
    bool, typer.Option("--sigstore", help="Sign keyless with Sigstore (writes a bundle v0.3).")
]
OidcOpt = Annotated[
    str | None,
    typer.Option(
        "--oidc-token",
        envvar="SSCLI_OIDC_TOKEN",
        help="OIDC identity token for --sigstore (default: ambient CI credentials).",
    ),
]
StagingOpt = Annotated[
    bool, typer.Option("--sigstore-staging", help="Use Sigstore's staging instance.", hidden=True)
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Append to this .intoto.jsonl (default: <first subject>.intoto.jsonl).",
    ),
]

# What gh attestation verify checks of the build, for Sigstore bundles and PEP 740 alike.
SourceRefOpt = Annotated[
    str | None, typer.Option("--source-ref", help="Full git ref built, e.g. refs/tags/v1.")
]
SourceDigestOpt = Annotated[
    str | None, typer.Option("--source-digest", help="Commit of the source built.")
]
DenySelfHostedOpt = Annotated[
    bool,
    typer.Option("--deny-self-hosted-runners", help="Refuse builds on self-hosted runners."),
]


def _attest(
    predicate_type: str,
    subject: list[Path],
    predicate: Path,
    key: list[str] | None,
    public_key: list[Path] | None,
    passphrase_env: str | None,
    sigstore: bool,
    oidc_token: str | None,
    staging: bool,
    output: Path | None,
) -> None:
    from sscli.attest.record import build_statement, default_output
    from sscli.cli.signing import sign_and_write
    from sscli.errors import UsageError

    if not subject:
        raise UsageError("at least one --subject is needed")
    if bool(key) == sigstore:
        raise UsageError("give either --key (one or more) or --sigstore")
    statement = build_statement(predicate_type, subject, predicate)
    out = output or default_output(subject[0], sigstore=sigstore)
    sign_and_write(
        statement,
        key,
        public_key,
        passphrase_env,
        sigstore=sigstore,
        oidc_token=oidc_token,
        staging=staging,
        out=out,
    )


def _kind_command(kind: str, doc: str) -> None:
    def command(
        subject: SubjectOpt,
        predicate: PredicateOpt,
        key: KeyOpt = None,
        public_key: PublicKeyOpt = None,
        passphrase_env: PassphraseOpt = None,
        sigstore: SigstoreOpt = False,
        oidc_token: OidcOpt = None,
        sigstore_staging: StagingOpt = False,
        output: OutputOpt = None,
    ) -> None:
        from sscli.attest.record import kind_predicate_type

        _attest(
            kind_predicate_type(kind, predicate),
            subject,
            predicate,
            key,
            public_key,
            passphrase_env,
            sigstore,
            oidc_token,
            sigstore_staging,
            output,
        )

    command.__doc__ = doc
    app.command(kind)(command)


_kind_command("provenance", "Sign a SLSA provenance v1 statement about the subjects.")
_kind_command(
    "sbom",
    "Sign an SBOM statement: CycloneDX (https://cyclonedx.org/bom), SPDX 2.3 "
    "(https://spdx.dev/Document) or SPDX 3.0 (https://spdx.dev/Document/v3.0), by what the "
    "predicate is; it must be a valid document.",
)
_kind_command("vulns", "Sign a vulnerability scan statement (in-toto vulns v0.1).")
_kind_command("ingest", "Sign an sscli ingest record (https://sscli.dev/attestation/ingest/v1).")


@app.command("custom")
def custom(
    subject: SubjectOpt,
    predicate: PredicateOpt,
    predicate_type: Annotated[
        str, typer.Option("--predicate-type", help="The predicate type URI.")
    ],
    key: KeyOpt = None,
    public_key: PublicKeyOpt = None,
    passphrase_env: PassphraseOpt = None,
    sigstore: SigstoreOpt = False,
    oidc_token: OidcOpt = None,
    sigstore_staging: StagingOpt = False,
    output: OutputOpt = None,
) -> None:
    """Sign a statement with any predicate type (known types are still validated)."""
    _attest(
        predicate_type,
        subject,
        predicate,
        key,
        public_key,
        passphrase_env,
        sigstore,
        oidc_token,
        sigstore_staging,
        output,
    )


@app.command(
    "sign-link", context_settings={"allow_extra_args": True, "ignore_unknown_options": True}
)
def sign_link(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help="The layout step this run performs.")],
    key: Annotated[str, typer.Option("--key", help="Private key PEM file or KMS/HSM URI.")],
    public_key: Annotated[
        Path | None, typer.Option("--public-key", help="Public key PEM of a KMS/HSM --key.")
    ] = None,
    passphrase_env: PassphraseOpt = None,
    materials: Annotated[
        list[str] | None, typer.Option("--materials", "-m", help="Paths hashed before the run.")
    ] = None,
    products: Annotated[
        list[str] | None, typer.Option("--products", "-p", help="Paths hashed after the run.")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Gitignore-style patterns to skip.")
    ] = None,
    base_path: Annotated[
        Path | None, typer.Option("--base-path", help="Record paths relative to this directory.")
    ] = None,
    out_dir: Annotated[
        Path, typer.Option("--out-dir", help="Where <name>.<keyid>.link is written.")
    ] = Path(),
) -> None:
    """Run `-- COMMAND...` as a supply-chain step and write its signed in-toto link."""
    from sscli.attest.links import sign_link as run_and_sign
    from sscli.attest.signing import KeySpec, load_signer

    command = list(ctx.args)
    signer = load_signer(KeySpec(key, public_key, passphrase_env))
    record = run_and_sign(
        name,
        command,
        signer,
        materials=materials or [],
        products=products or [],
        exclude=exclude or [],
        base_path=base_path,
        out_dir=out_dir,
    )
    console().print(f"link [bold]{escape(record.path)}[/] signed by {record.keyid[:12]}")
    if record.return_value not in (None, 0):
        warn(f"the step's command exited {record.return_value} (recorded in the link)")


@app.command("inspect")
def inspect(
    file: Annotated[
        Path, typer.Argument(help="A .intoto.jsonl, one DSSE envelope, or Sigstore bundles.")
    ],
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Show envelopes or Sigstore bundles: payload type, signers, subjects, predicate summary.

    Nothing is verified here: use `sscli attest verify`.
    """
    from sscli.attest.bundle import is_bundle_file, read_bundles
    from sscli.attest.dsse import read_envelopes
    from sscli.attest.predicates import summarize
    from sscli.attest.statement import parse_statement

    found: list[tuple[Any, str | None]]
    if is_bundle_file(file):
        found = [(b.envelope, b.identity) for b in read_bundles(file)]
    else:
        found = [(envelope, None) for envelope in read_envelopes(file)]
    items: list[dict[str, Any]] = []
    for envelope, signer in found:
        if envelope is None:
            console().print(
                f"Sigstore message signature, certificate for {escape(signer)} (unverified)"
            )
            items.append({"sigstoreIdentity": signer, "statement": None})
            continue
        statement = parse_statement(envelope.payload)
        items.append(
            {
                "payloadType": envelope.payload_type,
                "keyids": [s.keyid for s in envelope.signatures],
                "sigstoreIdentity": signer,
                "statement": statement.to_dict(),
            }
        )
        if fmt is TextOrJson.TEXT:
            summary = summarize(statement.predicate_type, statement.predicate)
            _print_statement(envelope, statement, summary, signer)
    if fmt is TextOrJson.JSON:
        emit_json(items, None)


def _print_statement(envelope: Any, statement: Any, summary: str, signer: str | None) -> None:
    from sscli.attest.statement import SIGNING_KEY_ANNOTATION

    out = console()
    out.print(f"[bold]{escape(statement.predicate_type)}[/]  ({escape(envelope.payload_type)})")
    if signer is not None:
        out.print(f"  Sigstore certificate for {escape(signer)} (unverified)")
    for signature in envelope.signatures:
        out.print(f"  signed by keyid {escape(signature.keyid or '(none)')}")
    if statement.annotation(SIGNING_KEY_ANNOTATION) == "development":
        out.print("  [bold yellow]signed with a development key[/] (never for production)")
    for subject in statement.subjects:
        digests = ", ".join(f"{k}:{v}" for k, v in sorted(subject.digest.items()))
        out.print(f"  subject {escape(subject.name or '(unnamed)')}  {escape(digests)}")
    out.print(f"  predicate: {escape(summary)}")


@app.command("verify")
def verify(
    file: Annotated[
        Path,
        typer.Argument(
            help="Attestations: a .intoto.jsonl, a Sigstore bundle, or JSON Lines of bundles "
            "(gh attestation download). With --bundle: the artifact, as gh attestation verify."
        ),
    ],
    bundle: Annotated[
        Path | None,
        typer.Option("--bundle", help="The Sigstore bundle or JSON Lines of bundles for FILE."),
    ] = None,
    key: Annotated[
        list[Path] | None,
        typer.Option(
            "--key",
            help="A trusted public key PEM (repeatable): for envelopes, or for Sigstore "
            "bundles signed with a key (cosign --key).",
        ),
    ] = None,
    threshold: Annotated[
        int, typer.Option("--threshold", help="Distinct trusted keys that must have signed.")
    ] = 1,
    artifact: Annotated[
        Path | None, typer.Option("--artifact", help="Check that a subject's digest matches it.")
    ] = None,
    artifact_digest: Annotated[
        str | None,
        typer.Option("--artifact-digest", help="Verify a bundle against ALG:HEX, not a file."),
    ] = None,
    identity: Annotated[
        str | None,
        typer.Option(
            "--cert-identity",
            "--sigstore-identity",
            help="Expected certificate identity (SAN), exactly.",
        ),
    ] = None,
    issuer: Annotated[
        str | None,
        typer.Option(
            "--cert-oidc-issuer",
            "--sigstore-issuer",
            help="Expected OIDC issuer (default with --owner/--repo: GitHub Actions').",
        ),
    ] = None,
    owner: Annotated[
        str | None, typer.Option("--owner", help="GitHub owner of the source repository.")
    ] = None,
    repo: Annotated[
        str | None, typer.Option("--repo", help="GitHub source repository, OWNER/REPO.")
    ] = None,
    signer_workflow: Annotated[
        str | None,
        typer.Option(
            "--signer-workflow",
            help="Workflow that signed: [HOST/]OWNER/REPO/PATH/TO/WORKFLOW, optionally @REF.",
        ),
    ] = None,
    signer_repo: Annotated[
        str | None,
        typer.Option("--signer-repo", help="Repository of the reusable workflow that signed."),
    ] = None,
    signer_digest: Annotated[
        str | None, typer.Option("--signer-digest", help="Commit of the signer workflow.")
    ] = None,
    source_ref: SourceRefOpt = None,
    source_digest: SourceDigestOpt = None,
    deny_self_hosted_runners: DenySelfHostedOpt = False,
    predicate_type: Annotated[
        str | None,
        typer.Option(
            "--predicate-type",
            help="Only statements of this type (default with --owner/--repo: SLSA provenance v1).",
        ),
    ] = None,
    hostname: Annotated[
        str | None, typer.Option("--hostname", help="GitHub host (default github.com).")
    ] = None,
    allow_development_keys: Annotated[
        bool,
        typer.Option(
            "--allow-development-keys",
            help="Accept statements signed with a development key (refused by default, as by "
            "a production deploy policy).",
        ),
    ] = False,
    trusted_root: Annotated[
        list[Path] | None,
        typer.Option(
            "--trusted-root",
            "--custom-trusted-root",
            help="Trusted root JSON or JSON Lines (gh attestation trusted-root), repeatable "
            "(default: the roots sscli trust update cached, else sigstore's bundled one).",
        ),
    ] = None,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Verify offline: envelopes against trusted keys, or Sigstore bundles against a signer
    identity (keyless, with the checks of gh attestation verify) or a trusted key.

    Exit 0 verified, 1 not verified, 2 bad input.
    """
    from sscli.attest.bundle_media import is_bundle_data
    from sscli.errors import UsageError
    from sscli.fsutil import read_bytes_limited

    if bundle is not None:
        if artifact is not None:
            raise UsageError("with --bundle, FILE is the artifact: drop --artifact")
        attestations, artifact = bundle, file
    else:
        attestations = file
    options = {
        "issuer": issuer,
        "identity": identity,
        "owner": owner,
        "repo": repo,
        "signer_workflow": signer_workflow,
        "signer_repo": signer_repo,
        "signer_digest": signer_digest,
        "source_ref": source_ref,
        "source_digest": source_digest,
        "deny_self_hosted_runners": deny_self_hosted_runners,
        "host": hostname,
    }
    wants_identity = any(value for value in options.values())
    if is_bundle_data(read_bytes_limited(attestations, 16 * 1024 * 1024)[:65536]):
        if threshold != 1:
            raise UsageError("--threshold applies to DSSE envelopes, not to Sigstore bundles")
        if artifact is not None and artifact_digest is not None:
            raise UsageError("give --artifact or --artifact-digest, not both")
        if artifact is None and artifact_digest is None:
            raise UsageError(
                "a Sigstore bundle is verified against its artifact: give --artifact FILE "
                "(or --artifact-digest ALG:HEX)"
            )
        spec = _identity_spec(options, predicate_type) if wants_identity else None
        _verify_bundles(
            attestations, artifact, artifact_digest, spec, key or [], predicate_type,
            trusted_root or [], fmt, allow_development_keys,
        )  # fmt: skip
        return
    if wants_identity or trusted_root or artifact_digest or predicate_type:
        raise UsageError(
            "the Sigstore options apply to Sigstore bundles; this file holds DSSE envelopes",
            hint="envelopes are verified with --key (trusted public keys) and --threshold",
        )
    if not key:
        raise UsageError(
            "give --key (trusted public keys), or a signer identity for a Sigstore bundle"
        )
    _verify_envelopes(attestations, key, threshold, artifact, fmt, allow_development_keys)


def _identity_spec(options: dict[str, Any], predicate_type: str | None) -> Any:
    from sscli.attest.identity import identity_spec

    return identity_spec(predicate_type=predicate_type, **options)


def _verify_envelopes(
    file: Path,
    keys: list[Path],
    threshold: int,
    artifact: Path | None,
    fmt: TextOrJson,
    allow_development: bool,
) -> None:
    from sscli.attest.dsse import read_envelopes
    from sscli.attest.keys import load_public_key
    from sscli.attest.verify import (
        artifact_digests,
        check_subject,
        development_signed,
        verify_envelope,
    )
    from sscli.errors import PolicyError

    trusted = [load_public_key(path) for path in keys]
    digests = artifact_digests(artifact) if artifact else None  # one read for every envelope
    report = []
    for number, envelope in enumerate(read_envelopes(file), start=1):
        try:
            verified = verify_envelope(envelope, trusted, threshold)
            subject = check_subject(verified.statement, artifact, digests) if artifact else None
            signing = [k for k in trusted if k.keyid in verified.keyids]
            development = development_signed(verified.statement, signing)
            if development and not allow_development:
                from sscli.attest.bundle_verify import DEVELOPMENT_REFUSED

                raise PolicyError(DEVELOPMENT_REFUSED)
        except PolicyError as error:
            raise PolicyError(f"{file}: envelope {number}: {error.message}") from error
        if development:
            warn(f"envelope {number} is signed with a development key (never for production)")
        report.append(
            {
                "envelope": number,
                "predicateType": verified.statement.predicate_type,
                "keyids": list(verified.keyids),
                "subject": subject.name if subject else None,
                "development": development,
            }
        )
        console().print(
            f"[green]verified[/] envelope {number}: {escape(verified.statement.predicate_type)}, "
            f"{len(verified.keyids)} of {threshold} required key(s)"
            + (f", subject {escape(subject.name)} matches {escape(artifact)}" if subject else "")
        )
    if fmt is TextOrJson.JSON:
        emit_json({"verified": True, "envelopes": report}, None)


def _verify_bundles(
    file: Path,
    artifact: Path | None,
    artifact_digest: str | None,
    spec: Any,
    keys: list[Path],
    predicate_type: str | None,
    trusted_roots: list[Path],
    fmt: TextOrJson,
    allow_development: bool,
) -> None:
    from sscli.attest.bundle_verify import refuse_development, verify_bundle_file
    from sscli.attest.keys import load_public_key, load_verification_key
    from sscli.attest.sigstore_bundle import Artifact
    from sscli.attest.trust_store import default_trust_roots
    from sscli.attest.trustroot import load_trust_roots
    from sscli.cli import context

    roots = (
        [root for path in trusted_roots for root in load_trust_roots(path)]
        if trusted_roots
        else default_trust_roots(context.STATE_DIR)
    )
    target = (
        Artifact.of_file(artifact)
        if artifact is not None
        else Artifact.of_digest(artifact_digest or "")
    )
    trusted = [load_verification_key(path) for path in keys]
    outcome = verify_bundle_file(
        file, roots, artifact=target, identity=spec, keys=trusted, predicate_type=predicate_type
    )
    labelled = [load_public_key(path) for path in keys]  # the PEM files' development labels
    outcome = refuse_development(outcome, labelled, allow=allow_development)
    out = console()
    for result in outcome.verified:
        kind = result.statement.predicate_type if result.statement else "message signature"
        matched = f"; matched: {', '.join(result.identity.names)}" if result.identity else ""
        out.print(
            f"[green]verified[/] {escape(result.origin)}: {escape(kind)} over "
            f"{escape(target.describe())}, signed by {escape(result.signer)} at "
            f"{result.signing_time.isoformat()} ({escape(result.trusted_root)}){escape(matched)}"
        )
    for origin in outcome.development:
        warn(f"{origin} is signed with a development key (never for production)")
    for origin, reason in outcome.rejected:
        warn(f"{origin}: not verified: {reason}")
    if fmt is TextOrJson.JSON:
        emit_json(outcome.to_dict(), None)


def _registry_commands() -> None:
    from sscli.cli import registry

    app.command("push")(registry.push)
    app.command("pull")(registry.pull)


_registry_commands()

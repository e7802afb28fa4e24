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
        from sscli.attest.predicates import KIND_TO_TYPE

        _attest(
            KIND_TO_TYPE[kind],
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
_kind_command("sbom", "Sign a CycloneDX SBOM statement (the predicate must be a valid SBOM).")
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
    file: Annotated[Path, typer.Argument(help="A .intoto.jsonl file or one DSSE envelope.")],
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Show envelopes or a Sigstore bundle: payload type, signers, subjects, predicate summary.

    Nothing is verified here: use `sscli attest verify`.
    """
    from sscli.attest.bundle import is_bundle_file, read_bundle
    from sscli.attest.dsse import read_envelopes
    from sscli.attest.predicates import summarize
    from sscli.attest.statement import parse_statement

    signer = None
    if is_bundle_file(file):
        contents = read_bundle(file)
        signer = contents.identity
        if contents.envelope is None:
            console().print(
                f"Sigstore message signature, certificate for {escape(signer)} (unverified)"
            )
            if fmt is TextOrJson.JSON:
                emit_json([{"sigstoreIdentity": signer, "statement": None}], None)
            return
        envelopes = [contents.envelope]
    else:
        envelopes = read_envelopes(file)
    items = []
    for envelope in envelopes:
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
    file: Annotated[Path, typer.Argument(help="A .intoto.jsonl file, or a Sigstore bundle.")],
    key: Annotated[
        list[Path] | None, typer.Option("--key", help="A trusted public key PEM (repeatable).")
    ] = None,
    threshold: Annotated[
        int, typer.Option("--threshold", help="Distinct trusted keys that must have signed.")
    ] = 1,
    artifact: Annotated[
        Path | None, typer.Option("--artifact", help="Check that a subject's digest matches it.")
    ] = None,
    sigstore_identity: Annotated[
        str | None, typer.Option("--sigstore-identity", help="Expected certificate identity (SAN).")
    ] = None,
    sigstore_issuer: Annotated[
        str | None, typer.Option("--sigstore-issuer", help="Expected OIDC issuer URL.")
    ] = None,
    trusted_root: Annotated[
        Path | None,
        typer.Option(
            "--trusted-root", help="Pinned Sigstore trusted_root.json (default: bundled)."
        ),
    ] = None,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Verify offline: envelopes against trusted keys, or a Sigstore bundle against an identity.

    Exit 0 verified, 1 not verified, 2 bad input.
    """
    from sscli.errors import UsageError

    if sigstore_identity or sigstore_issuer:
        if key or threshold != 1:
            raise UsageError("--key and --threshold do not apply to a Sigstore bundle")
        if not (sigstore_identity and sigstore_issuer and artifact):
            raise UsageError(
                "Sigstore verification needs --sigstore-identity, --sigstore-issuer and --artifact"
            )
        _verify_bundle(file, sigstore_identity, sigstore_issuer, artifact, trusted_root, fmt)
        return
    if trusted_root is not None:
        raise UsageError("--trusted-root applies to Sigstore bundles (--sigstore-identity)")
    if not key:
        raise UsageError(
            "give --key (trusted public keys) or --sigstore-identity and --sigstore-issuer"
        )
    _verify_envelopes(file, key, threshold, artifact, fmt)


def _verify_envelopes(
    file: Path, keys: list[Path], threshold: int, artifact: Path | None, fmt: TextOrJson
) -> None:
    from sscli.attest.dsse import read_envelopes
    from sscli.attest.keys import load_public_key
    from sscli.attest.verify import artifact_digests, check_subject, verify_envelope
    from sscli.errors import PolicyError

    trusted = [load_public_key(path) for path in keys]
    digests = artifact_digests(artifact) if artifact else None  # one read for every envelope
    report = []
    for number, envelope in enumerate(read_envelopes(file), start=1):
        try:
            verified = verify_envelope(envelope, trusted, threshold)
            subject = check_subject(verified.statement, artifact, digests) if artifact else None
        except PolicyError as error:
            raise PolicyError(f"{file}: envelope {number}: {error.message}") from error
        report.append(
            {
                "envelope": number,
                "predicateType": verified.statement.predicate_type,
                "keyids": list(verified.keyids),
                "subject": subject.name if subject else None,
            }
        )
        console().print(
            f"[green]verified[/] envelope {number}: {escape(verified.statement.predicate_type)}, "
            f"{len(verified.keyids)} of {threshold} required key(s)"
            + (f", subject {escape(subject.name)} matches {escape(artifact)}" if subject else "")
        )
    if fmt is TextOrJson.JSON:
        emit_json({"verified": True, "envelopes": report}, None)


def _verify_bundle(
    file: Path,
    identity: str,
    issuer: str,
    artifact: Path,
    trusted_root: Path | None,
    fmt: TextOrJson,
) -> None:
    from sscli.attest.verify import verify_sigstore_bundle

    result = verify_sigstore_bundle(
        file, identity=identity, issuer=issuer, artifact=artifact, trusted_root=trusted_root
    )
    kind = result.statement.predicate_type if result.statement else "message signature"
    console().print(
        f"[green]verified[/] Sigstore bundle ({escape(kind)}) signed by {escape(identity)} "
        f"({escape(issuer)}) over {escape(artifact)}"
    )
    if fmt is TextOrJson.JSON:
        emit_json({"verified": True, "identity": identity, "issuer": issuer, "kind": kind}, None)


def _registry_commands() -> None:
    from sscli.cli import registry

    app.command("push")(registry.push)
    app.command("pull")(registry.pull)


_registry_commands()

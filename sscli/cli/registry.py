"""Registry options shared by `attest push/pull`, `verify artifact` and `db push/pull`, and the
`attest push` and `attest pull` commands."""

from pathlib import Path
from typing import Annotated, Any

import typer

from sscli.cli.output import TextOrJson, console, emit_json, escape, warn

UsernameOpt = Annotated[
    str | None,
    typer.Option(
        "--registry-username", envvar="SSCLI_REGISTRY_USERNAME", help="Registry user name."
    ),
]
PasswordOpt = Annotated[
    str | None,
    typer.Option(
        "--registry-password",
        envvar="SSCLI_REGISTRY_PASSWORD",
        help="Registry password (prefer the environment variable).",
    ),
]
TokenOpt = Annotated[
    str | None,
    typer.Option("--registry-token", envvar="SSCLI_REGISTRY_TOKEN", help="Registry bearer token."),
]
InsecureOpt = Annotated[
    bool,
    typer.Option(
        "--allow-insecure-registry",
        envvar="SSCLI_ALLOW_INSECURE_REGISTRY",
        help="Allow plain HTTP to a loopback registry (tests and local walk-throughs only).",
    ),
]


def registry_options(
    username: str | None, password: str | None, token: str | None, insecure: bool
) -> Any:
    from sscli.stores.oci.client import RegistryOptions

    return RegistryOptions(username, password, token, insecure)


def push(
    artifacts: Annotated[list[Path], typer.Argument(help="Distribution files to push.")],
    to: Annotated[str, typer.Option("--to", help="oci://REGISTRY/REPOSITORY[:TAG]")],
    username: UsernameOpt = None,
    password: PasswordOpt = None,
    token: TokenOpt = None,
    insecure: InsecureOpt = False,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Push each ARTIFACT as an OCI artifact and attach its attestations as referrers: the
    envelopes of ARTIFACT.intoto.jsonl and its *.sigstore.json bundles (cosign's layout)."""
    from sscli.stores.oci.attestations import local_evidence, push_artifact
    from sscli.stores.oci.reference import parse_reference

    target = parse_reference(to)
    if target.digest:
        from sscli.errors import UsageError

        raise UsageError("--to names a repository (and optionally a tag), not a digest")
    client = registry_options(username, password, token, insecure).connect(target.registry)
    pushed = []
    for artifact in artifacts:
        evidence = local_evidence(artifact)
        reference = push_artifact(client, target, artifact, evidence)
        pushed.append({"artifact": str(artifact), "reference": str(reference),
                       "attestations": len(evidence)})  # fmt: skip
        console().print(
            f"pushed {escape(artifact.name)} with {len(evidence)} attestation(s): "
            f"[bold]{escape(reference)}[/]"
        )
    if fmt is TextOrJson.JSON:
        emit_json({"pushed": pushed}, None)


def pull(
    source: Annotated[
        str,
        typer.Argument(
            help="oci://REGISTRY/REPOSITORY@sha256:DIGEST, or a local distribution file "
            "(with --from)."
        ),
    ],
    from_: Annotated[
        str | None,
        typer.Option("--from", help="The repository to look in for a local file's attestations."),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into", help="Directory to write to.", show_default="beside the local file, or ."
        ),
    ] = None,
    username: UsernameOpt = None,
    password: PasswordOpt = None,
    token: TokenOpt = None,
    insecure: InsecureOpt = False,
) -> None:
    """Fetch an artifact's attestations (and, for a digest reference, the file itself) for
    offline use: ARTIFACT.intoto.jsonl and ARTIFACT.N.sigstore.json, where `verify` finds them."""
    from sscli.errors import InputError, UsageError
    from sscli.stores.oci.attestations import (
        artifact_manifest,
        pull_artifact,
        pull_evidence,
        write_evidence,
    )
    from sscli.stores.oci.manifests import descriptor_of
    from sscli.stores.oci.reference import is_oci, parse_reference

    options = registry_options(username, password, token, insecure)
    if is_oci(source):
        if from_ is not None:
            raise UsageError("--from is for a local file; an oci:// source names its repository")
        reference = parse_reference(source)
        if reference.digest is None:
            raise UsageError("name the artifact by digest: oci://REGISTRY/REPOSITORY@sha256:...")
        client = options.connect(reference.registry)
        directory = into or Path()
        artifact = pull_artifact(client, reference, directory)
        subject = reference.digest
    else:
        if from_ is None:
            raise UsageError("a local file needs --from oci://REGISTRY/REPOSITORY")
        reference = parse_reference(from_)
        artifact = Path(source)
        if not artifact.is_file():
            raise InputError("no such artifact", path=artifact)
        client = options.connect(reference.registry)
        directory = into or artifact.parent
        subject = descriptor_of(artifact_manifest(artifact)).digest
    pulled = pull_evidence(client, reference.repository, subject)
    for reason in pulled.skipped:
        warn(f"skipped a referrer: {reason}")
    written = write_evidence(directory, artifact.name, pulled.evidence)
    console().print(
        f"{escape(artifact)}: {len(pulled.evidence)} attestation(s) from "
        f"{escape(reference.with_digest(subject))}"
    )
    for path in written:
        console().print(f"  wrote {escape(path)}")

"""The gate's verification summaries: the options of `verify artifact --vsa` and the
`verify vsa` command (slsa-verifier's verify-vsa)."""

from pathlib import Path
from typing import Annotated, Any

import typer

from sscli.cli.output import TextOrJson, console, emit_json, escape, warn
from sscli.cli.registry import (
    InsecureOpt,
    PasswordOpt,
    TokenOpt,
    UsernameOpt,
    registry_options,
)

VsaOpt = Annotated[
    Path | None,
    typer.Option(
        "--vsa",
        help="Write a signed SLSA verification summary of each decision here (PASSED or "
        "FAILED, one DSSE envelope per artifact; needs --key).",
    ),
]
VsaPushOpt = Annotated[
    str | None,
    typer.Option(
        "--vsa-push",
        help="oci://REGISTRY/REPOSITORY: attach each summary to its artifact as a referrer.",
    ),
]
ResourceUriOpt = Annotated[
    str | None,
    typer.Option(
        "--resource-uri",
        help="The summary's resourceUri (one artifact).",
        show_default="the oci:// reference, or pkg:pypi/NAME@VERSION?file_name=FILE",
    ),
]
VerifierIdOpt = Annotated[
    str | None,
    typer.Option(
        "--verifier-id",
        help="The summary's verifier.id URI.",
        show_default="SSCLI_VERIFIER_ID, the CI workflow, or the local gate",
    ),
]
PolicyUriOpt = Annotated[
    str | None,
    typer.Option("--policy-uri", help="The summary's policy.uri.", show_default="the file's URI"),
]


class SummaryWriter:
    """Signs the summary of each decision and writes (and pushes) them: the key is loaded
    before anything is verified, so a bad key fails at once (exit 2), not after the gate."""

    def __init__(
        self,
        out: Path | None,
        push: str | None,
        keys: list[str] | None,
        public_keys: list[Path] | None,
        passphrase_env: str | None,
        *,
        artifacts: int = 1,
        resource_uri: str | None = None,
    ) -> None:
        from sscli.cli.signing import signers
        from sscli.errors import UsageError

        self.out, self.push, self.enabled = out, push, out is not None or push is not None
        self.target: Any = None
        if resource_uri is not None and artifacts > 1:
            raise UsageError("--resource-uri names one artifact: verify them one at a time")
        if not self.enabled:
            if keys:
                raise UsageError("--key signs the verification summary: give --vsa or --vsa-push")
            return
        if not keys:
            raise UsageError("--vsa and --vsa-push need --key: the summary is signed")
        if push is not None:
            from sscli.stores.oci.reference import parse_reference

            self.target = parse_reference(push)
            if self.target.digest or self.target.tag:
                raise UsageError("--vsa-push names a repository: oci://REGISTRY/REPOSITORY")
        self.signers = signers(keys, public_keys, passphrase_env)
        self.lines: list[bytes] = []

    def add(self, decision: Any, path: Path, policy: Any, context: Any, connect: Any) -> None:
        """Sign the summary of `decision` (about the file `path`) and push it if asked."""
        from sscli.attest.signing import sign_statement
        from sscli.verify.summary import verification_summary

        statement = verification_summary(decision, decision.evidence, policy, path, context)
        line = sign_statement(statement, self.signers).to_json_line()
        self.lines.append(line)
        if self.push is not None:
            from sscli.attest.predicates import PredicateType
            from sscli.stores.oci.attestations import Evidence, attach_evidence, push_artifact

            item = Evidence("dsse", line, PredicateType.SLSA_VSA_V1)
            client = connect(self.target.registry)
            # an allowed file is published with its summary; a denied one's bytes are not
            publish = push_artifact if decision.allowed else attach_evidence
            reference = publish(client, self.target, path, [item])
            verdict = "PASSED" if decision.allowed else "FAILED"
            console().print(
                f"{verdict} verification summary attached to [bold]{escape(reference)}[/]"
            )

    def finish(self) -> None:
        if self.out is not None and self.lines:
            from sscli.fsutil import atomic_write_bytes

            atomic_write_bytes(self.out, b"".join(line + b"\n" for line in self.lines))
            console().print(
                f"{len(self.lines)} signed verification summary(ies): [bold]{escape(self.out)}[/]"
            )


def summary_context(name: str, path: Path, policy: Path, options: dict[str, Any]) -> Any:
    """The verifier, resource and policy a summary names. Pushed with --vsa-push, the
    artifact's resource is where it now lives: oci://REGISTRY/REPOSITORY@sha256:MANIFEST."""
    from datetime import UTC, datetime

    from sscli.verify.summary import (
        SummaryContext,
        default_resource_uri,
        policy_identity,
        verifier_id,
    )

    uri, digest = policy_identity(policy, options["policy_uri"])
    return SummaryContext(
        verifier_id(options["verifier_id"]),
        options["resource_uri"] or default_resource_uri(name, path, options.get("pushed_to")),
        uri,
        digest,
        datetime.now(tz=UTC),
    )


def vsa(
    source: Annotated[
        str,
        typer.Argument(
            help="The summary: a file (.intoto.jsonl or one JSON envelope), or "
            "oci://REGISTRY/REPOSITORY (optionally @sha256:DIGEST) to read the artifact's "
            "referrers."
        ),
    ],
    key: Annotated[
        list[str],
        typer.Option(
            "--key", help="The verifier's public key: a PEM file or a KMS key URI (repeatable)."
        ),
    ],
    resource_uri: Annotated[
        str, typer.Option("--resource-uri", help="The resourceUri the summary must name.")
    ],
    verifier: Annotated[
        str, typer.Option("--verifier-id", help="The verifier.id the summary must name.")
    ],
    subject_digest: Annotated[
        list[str] | None,
        typer.Option(
            "--subject-digest",
            help="ALG:VALUE that a subject must have (repeatable; all must match).",
        ),
    ] = None,
    artifact: Annotated[
        Path | None,
        typer.Option("--artifact", help="The file the summary must be about (its sha256)."),
    ] = None,
    levels: Annotated[
        list[str] | None,
        typer.Option(
            "--verified-level",
            help="A level the summary must have verified, e.g. SLSA_BUILD_LEVEL_2 (a track "
            "level or higher; repeatable).",
        ),
    ] = None,
    print_attestation: Annotated[
        bool, typer.Option("--print-attestation", help="Print the verified statement (JSON).")
    ] = False,
    fmt: Annotated[
        TextOrJson, typer.Option("--format", help="json: the verdict and each refusal on stdout.")
    ] = TextOrJson.TEXT,
    username: UsernameOpt = None,
    password: PasswordOpt = None,
    token: TokenOpt = None,
    insecure: InsecureOpt = False,
) -> None:
    """Check a verification summary as slsa-verifier verify-vsa does: signature, predicate
    type, subject digests, verifier id, resourceUri, PASSED, levels (exit 0 verified, 1 not)."""
    from sscli.attest.signing import load_trusted_key
    from sscli.errors import UsageError
    from sscli.keyrefs import kms_scheme
    from sscli.verify.vsa import Expectations, check_vsa, parse_digest

    keys = [load_trusted_key(k if kms_scheme(k) else Path(k)) for k in key]
    digests = [parse_digest(d) for d in subject_digest or []]
    if artifact is not None:
        from sscli.attest.verify import artifact_digests

        digests.append(("sha256", artifact_digests(artifact)["sha256"]))
    options = registry_options(username, password, token, insecure)
    envelopes, digests = _summaries(source, artifact, digests, options)
    if not digests:
        raise UsageError("give --subject-digest ALG:VALUE or --artifact FILE")
    expected = Expectations(tuple(dict.fromkeys(digests)), verifier, resource_uri,
                            tuple(levels or ()))  # fmt: skip
    result = check_vsa(envelopes, keys, expected)
    for origin, reason in result.rejected:
        warn(f"{origin}: {reason}")
    if fmt is TextOrJson.JSON:
        emit_json(
            {
                "verified": result.verified,
                "source": result.source or None,
                "statement": result.statement.to_dict() if result.statement else None,
                "rejected": [{"source": o, "reason": r} for o, r in result.rejected],
            },
            None,
        )
    if result.statement is None:
        seen = f"{len(envelopes)} summary(ies) read" if envelopes else "no summary found"
        console().print(f"[bold red]not verified[/]: {escape(source)} ({seen})")
        raise typer.Exit(1)
    if print_attestation:
        emit_json(result.statement.to_dict(), None)
    predicate = result.statement.predicate
    console().print(
        f"[bold green]verified[/] {escape(result.source)}: {escape(predicate['resourceUri'])} "
        f"PASSED {escape(', '.join(predicate['verifiedLevels']))} by {escape(verifier)}"
    )


def _summaries(
    source: str, artifact: Path | None, digests: list[tuple[str, str]], options: Any
) -> tuple[list[tuple[str, Any]], list[tuple[str, str]]]:
    """The envelopes to judge, and the digests the subjects must have: a file's envelopes; or
    the DSSE referrers of the artifact a registry holds (named by digest, which a subject
    must then have too, or found from --artifact's file)."""
    from sscli.stores.oci.reference import is_oci, parse_reference

    if not is_oci(source):
        from sscli.attest.dsse import read_envelopes

        path = Path(source)
        return [(f"{path.name}:{n}", e) for n, e in enumerate(read_envelopes(path), 1)], digests
    from sscli.attest.dsse import loads_envelope
    from sscli.attest.predicates import PredicateType
    from sscli.errors import UsageError
    from sscli.stores.oci.attestations import artifact_manifest, pull_evidence
    from sscli.stores.oci.manifests import descriptor_of

    reference = parse_reference(source)
    subject = reference.digest
    if subject is None:
        if artifact is None:
            raise UsageError("name the artifact by digest (@sha256:...) or give --artifact FILE")
        subject = descriptor_of(artifact_manifest(artifact)).digest
    digests = [*digests, ("sha256", subject.removeprefix("sha256:"))]
    pulled = pull_evidence(options.connect(reference.registry), reference.repository, subject)
    for reason in pulled.skipped:
        warn(f"{reference}: skipped a referrer: {reason}")
    found = [
        (f"{reference.with_digest(subject)} referrer {n}", loads_envelope(item.data))
        for n, item in enumerate(pulled.evidence, 1)
        if item.kind == "dsse" and item.predicate_type in (None, PredicateType.SLSA_VSA_V1)
    ]
    return found, digests

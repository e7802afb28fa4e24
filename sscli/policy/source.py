"""The `source:` section of a policy: the project's trusted commit signers and what they may sign,
the ref, history and contribution rules of `sscli source verify`, and how `sscli source scan`
gates leaked secrets and code findings (with reasoned, expiring waivers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

DEFAULT_MAX_COMMITS = 50_000


@dataclass(frozen=True)
class SshKey:
    """An SSH public key a signer signs commits with, and the dates it is valid between."""

    key: str  # "ssh-ed25519 AAAA..." (type and base64, without the comment)
    valid_after: date | None = None
    valid_before: date | None = None


@dataclass(frozen=True)
class OpenPgpKey:
    """An OpenPGP key a signer signs commits with, and the file its public key is read from."""

    fingerprint: str  # of the primary key, uppercase hex
    key_file: Path


@dataclass(frozen=True)
class SourceSigner:
    """A person or robot trusted to sign commits, with the identities its commits carry."""

    name: str
    emails: frozenset[str]  # lowercased
    handles: frozenset[str] = frozenset()  # lowercased CODEOWNERS names
    ssh: tuple[SshKey, ...] = ()
    openpgp: tuple[OpenPgpKey, ...] = ()
    refs: tuple[str, ...] = ()  # empty: any ref the policy allows
    paths: tuple[str, ...] = ()  # empty: any path
    sign_for_others: bool = False


@dataclass(frozen=True)
class ReviewRule:
    """Whether commits need evidence of review, and which kinds of evidence count."""

    required: bool = False
    evidence: frozenset[str] = frozenset({"signed-merge", "trailer"})


@dataclass(frozen=True)
class ScanException:
    """A waiver of one scan rule (or one finding kind) for some paths, until a date."""

    rule: str
    paths: tuple[str, ...]
    reason: str
    expires: date

    def is_expired(self, today: date) -> bool:
        return today > self.expires


@dataclass(frozen=True)
class SourcePolicy:
    """A policy's `source:` section: trusted signers, ref, history and contribution rules, and
    how scans gate secrets and code findings."""

    repository: str | None = None
    signers: tuple[SourceSigner, ...] = ()
    allowed_refs: tuple[str, ...] = ()
    since: str | None = None
    linear: bool = False
    max_commits: int = DEFAULT_MAX_COMMITS
    dco: bool = False
    trailers: tuple[str, ...] = ()
    review: ReviewRule = field(default_factory=ReviewRule)
    codeowners: str | bool = False  # True: the usual places; str: that repository path
    secrets: str = "deny"
    secrets_baseline: str | None = None
    code_fail_on: str = "high"
    code_confidence: str = "low"
    code_config: str | None = None
    honor_nosec: bool = False
    exceptions: tuple[ScanException, ...] = ()

    @property
    def contribution_controls(self) -> tuple[str, ...]:
        """The technical controls beyond signatures this policy enforces (for the source level)."""
        controls = [
            name
            for name, enabled in (
                ("dco", self.dco),
                ("trailers", bool(self.trailers)),
                ("review", self.review.required),
                ("codeowners", bool(self.codeowners)),
                ("linear", self.linear),
            )
            if enabled
        ]
        return tuple(controls)


def _ssh_key(item: str | dict[str, Any]) -> SshKey:
    if isinstance(item, str):
        return SshKey(" ".join(item.split()[:2]))
    return SshKey(
        " ".join(item["key"].split()[:2]),
        date.fromisoformat(item["valid_after"]) if "valid_after" in item else None,
        date.fromisoformat(item["valid_before"]) if "valid_before" in item else None,
    )


def _signer(item: dict[str, Any], base: Path) -> SourceSigner:
    return SourceSigner(
        name=item["name"],
        emails=frozenset(e.lower() for e in item["emails"]),
        handles=frozenset(h.lower() for h in item.get("handles", ())),
        ssh=tuple(_ssh_key(k) for k in item.get("ssh", ())),
        openpgp=tuple(
            OpenPgpKey(k["fingerprint"].upper(), base / k["key"]) for k in item.get("openpgp", ())
        ),
        refs=tuple(item.get("refs", ())),
        paths=tuple(item.get("paths", ())),
        sign_for_others=item.get("sign_for_others", False),
    )


def _check_ref_patterns(section: dict[str, Any]) -> None:
    """Ref patterns are in the policy's pattern grammar (`sscli.policy.patterns`); `?`, `[` and
    `\\`, which git never allows in a ref name, would match nothing: refused, not ignored."""
    from sscli.errors import InputError
    from sscli.policy.patterns import PatternError, validate_pattern

    fields = [
        (f"source.refs.allow[{n}]", p)
        for n, p in enumerate(section.get("refs", {}).get("allow", ()))
    ]
    for i, signer in enumerate(section.get("signers", ())):
        fields += [
            (f"source.signers[{i}].refs[{n}]", p) for n, p in enumerate(signer.get("refs", ()))
        ]
    for name, pattern in fields:
        try:
            validate_pattern(pattern)
        except PatternError as exc:
            raise InputError(f"not a ref pattern sscli reads: {exc}", field=name) from None
        if any(c in pattern for c in "?[\\"):
            raise InputError(
                f"{pattern!r}: git allows no ?, [ or \\ in a ref name, so it would match none "
                "(* matches within a segment, ** across segments)",
                field=name,
            )


def source_from_document(section: dict[str, Any], base: Path) -> SourcePolicy:
    """Build the model from a schema-validated `source:` section; key files are relative to
    `base` (the policy file's directory). Ref patterns are checked against the grammar."""
    _check_ref_patterns(section)
    history = section.get("history", {})
    contribution = section.get("contribution", {})
    review = contribution.get("review", {})
    code = section.get("code", {})
    return SourcePolicy(
        repository=section.get("repository"),
        signers=tuple(_signer(s, base) for s in section.get("signers", ())),
        allowed_refs=tuple(section.get("refs", {}).get("allow", ())),
        since=history.get("since"),
        linear=history.get("linear", False),
        max_commits=history.get("max_commits", DEFAULT_MAX_COMMITS),
        dco=contribution.get("dco", False),
        trailers=tuple(contribution.get("trailers", ())),
        review=ReviewRule(
            required=review.get("required", False),
            evidence=frozenset(review.get("evidence", ("signed-merge", "trailer"))),
        ),
        codeowners=contribution.get("codeowners", False),
        secrets=section.get("secrets", "deny"),
        secrets_baseline=section.get("secrets_baseline"),
        code_fail_on=code.get("fail_on", "high"),
        code_confidence=code.get("confidence", "low"),
        code_config=code.get("config"),
        honor_nosec=code.get("honor_nosec", False),
        exceptions=tuple(
            ScanException(
                e["rule"], tuple(e["paths"]), e["reason"], date.fromisoformat(e["expires"])
            )
            for e in section.get("exceptions", ())
        ),
    )

"""The rules `sscli source verify` applies, one module per rule family, each listed once in
`REGISTRY` (from which the report and the docs name them). A rule reads the `VerifyContext`
and yields `Check`s: one per commit for per-commit rules, one for the range otherwise."""

from __future__ import annotations

import base64
import hashlib
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from types import ModuleType

from sscli.policy.source import SourcePolicy, SourceSigner
from sscli.source.git import Git
from sscli.source.history import Commit, CommitRange, brought_in_by


class Status(StrEnum):
    PASS = "pass"  # noqa: S105 - a status, not a password
    FAIL = "fail"
    SKIP = "skip"


@dataclass(frozen=True)
class Check:
    """One rule's verdict, on one commit or on the whole range."""

    rule: str
    status: Status
    message: str
    commit: str | None = None
    path: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "rule": self.rule,
            "status": self.status.value,
            "commit": self.commit,
            "path": self.path,
            "message": self.message,
        }


@dataclass(frozen=True)
class RuleInfo:
    """A rule's id and the one line the report and the docs describe it with."""

    id: str
    title: str


@dataclass
class VerifyContext:
    """What the rules read: the repository, the policy and the commits to verify; and what rules
    leave for the level computation."""

    git: Git
    policy: SourcePolicy
    object_format: str
    commits: list[Commit]  # newest first
    commit_range: CommitRange
    ref: str | None
    recorded_tip: str | None = None
    shallow: bool = False
    # set by the history rule, read by the level computation
    continuity: str | None = None
    review_evidence: dict[str, str] = field(default_factory=dict)

    @cached_property
    def signers_by_name(self) -> dict[str, SourceSigner]:
        return {signer.name: signer for signer in self.policy.signers}

    @cached_property
    def signers_by_fingerprint(self) -> dict[str, SourceSigner]:
        found: dict[str, SourceSigner] = {}
        for signer in self.policy.signers:
            for key in signer.ssh:
                found[ssh_fingerprint(key.key)] = signer
            for pgp in signer.openpgp:
                found[pgp.fingerprint] = signer
        return found

    def signer_of(self, commit: Commit) -> SourceSigner | None:
        """The policy signer whose key made the commit's good, trusted signature."""
        if commit.signature != "G":
            return None
        if commit.key_fingerprint.startswith("SHA256:"):
            signer = self.signers_by_name.get(commit.signer)
            by_key = self.signers_by_fingerprint.get(commit.key_fingerprint)
            return signer if signer is not None and signer is by_key else None
        return self.signers_by_fingerprint.get(commit.primary_fingerprint)

    @cached_property
    def merges_bringing_in(self) -> dict[str, list[Commit]]:
        """commit id -> the merges of the range that brought it in."""
        found: dict[str, list[Commit]] = {}
        for merge in self.commits:
            for oid in brought_in_by(self.git, merge):
                found.setdefault(oid, []).append(merge)
        return found


def ssh_fingerprint(key: str) -> str:
    """OpenSSH's SHA256 fingerprint of a public key line ("type base64")."""
    blob = base64.b64decode(key.split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


Rule = Callable[[VerifyContext], Iterator[Check]]

# Module names, in the order the rules run and the report lists them.
REGISTRY = ("integrity", "signatures", "refs", "history", "trailers", "review", "codeowners")


def rule_modules() -> list[ModuleType]:
    return [importlib.import_module(f"sscli.source.rules.{name}") for name in REGISTRY]


def run_rules(context: VerifyContext) -> list[Check]:
    checks: list[Check] = []
    for module in rule_modules():
        checks.extend(module.check(context))
    return checks


def rule_infos() -> list[RuleInfo]:
    """Every rule id with its title, in report order (for the README and `--help`)."""
    return [info for module in rule_modules() for info in module.RULES]

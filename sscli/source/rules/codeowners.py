"""CODEOWNERS: an owner of every path a commit changes is among its signers (the commit's own,
or that of a merge that brought it in). The owners are read from the commit's first parent, so
a commit cannot make itself the owner of what it changes."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.policy.source import SourceSigner
from sscli.source.codeowners import LOCATIONS, OwnerRule, owners_of, parse_codeowners
from sscli.source.git import read_objects
from sscli.source.history import Commit
from sscli.source.rules import Check, RuleInfo, Status, VerifyContext

RULES = (RuleInfo("codeowners", "a CODEOWNERS owner signed each change to their paths"),)


def check(context: VerifyContext) -> Iterator[Check]:
    setting = context.policy.codeowners
    if not setting:
        return
    locations = (setting,) if isinstance(setting, str) else LOCATIONS
    commits = [c for c in context.commits if not c.is_merge]
    files = _codeowners_at(
        context, [c.parents[0] if c.parents else c.oid for c in commits], locations
    )
    for commit in commits:
        rules = files.get(commit.parents[0] if commit.parents else commit.oid, ())
        signers = _approvers(context, commit)
        problem = _unapproved(rules, commit, signers)
        if problem is None:
            yield Check("codeowners", Status.PASS, "owners signed every owned path", commit.oid)
        else:
            path, rule = problem
            names = ", ".join(s.name for s in signers) or "nobody trusted"
            yield Check(
                "codeowners",
                Status.FAIL,
                f"{path} is owned by {' '.join(rule.owners)} (CODEOWNERS line {rule.line}); "
                f"signed by {names}",
                commit.oid,
                path,
            )


def _codeowners_at(
    context: VerifyContext, revisions: list[str], locations: tuple[str, ...]
) -> dict[str, tuple[OwnerRule, ...]]:
    unique = list(dict.fromkeys(revisions))
    names = [f"{rev}:{location}" for rev in unique for location in locations]
    found: dict[str, tuple[OwnerRule, ...]] = {}
    parsed: dict[str, tuple[OwnerRule, ...]] = {}
    objects = read_objects(context.git, names, context.object_format)
    for name, obj in zip(names, objects, strict=True):
        rev = name.partition(":")[0]
        if rev in found or obj is None or obj.kind != "blob":
            continue
        if obj.oid not in parsed:
            parsed[obj.oid] = parse_codeowners(obj.data.decode("utf-8", "replace"))
        found[rev] = parsed[obj.oid]
    return found


def _approvers(context: VerifyContext, commit: Commit) -> list[SourceSigner]:
    signers = [context.signer_of(commit)]
    signers += [context.signer_of(m) for m in context.merges_bringing_in.get(commit.oid, ())]
    return [s for s in dict.fromkeys(signers) if s is not None]


def _unapproved(
    rules: tuple[OwnerRule, ...], commit: Commit, signers: list[SourceSigner]
) -> tuple[str, OwnerRule] | None:
    for path in commit.paths:
        rule = owners_of(rules, path)
        if rule is None or not rule.owners:
            continue
        if not any(_owns(signer, rule.owners) for signer in signers):
            return path, rule
    return None


def _owns(signer: SourceSigner, owners: tuple[str, ...]) -> bool:
    return any(owner in signer.handles or owner in signer.emails for owner in owners)

"""Object integrity: every commit of the range, and every tree and blob of the tip, hashes to
its id. git trusts its object store; a repository handed to sscli may have a swapped loose
object or pack entry that shows other content (with another commit's valid signature) under a
commit id the build and the attestation will name."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.source.git import ObjectMismatch, is_object_id, read_objects
from sscli.source.rules import Check, RuleInfo, Status, VerifyContext

RULES = (RuleInfo("integrity", "commit objects and the tip's tree hash to their ids"),)


def check(context: VerifyContext) -> Iterator[Check]:
    commits = [c.oid for c in context.commits]
    tip = context.commit_range.tip
    try:
        objects = list(read_objects(context.git, commits, context.object_format))
        tree = _tree_objects(context, tip)
        list(read_objects(context.git, tree, context.object_format))
    except ObjectMismatch as exc:
        yield Check(
            "integrity",
            Status.FAIL,
            f"object {exc} does not hash to its id: the repository's object store was tampered "
            "with",
            commit=str(exc),
        )
        return
    missing = [oid for oid, obj in zip(commits, objects, strict=True) if obj is None]
    if missing:
        yield Check("integrity", Status.FAIL, "commit object missing", commit=missing[0])
        return
    yield Check(
        "integrity",
        Status.PASS,
        f"{len(commits)} commit object(s) and the tip's {len(tree)} tree and blob object(s) "
        "match their ids",
        commit=tip,
    )


def _tree_objects(context: VerifyContext, tip: str) -> list[str]:
    tip_tree = next(c.tree for c in context.commits if c.oid == tip)
    out = context.git.run("ls-tree", "-r", "-t", "-z", "--full-tree", tip).stdout
    ids = [tip_tree]
    for entry in out.split(b"\0"):
        meta = entry.partition(b"\t")[0].split(b" ")
        if len(meta) == 3 and meta[1] in (b"tree", b"blob"):
            oid = meta[2].decode("ascii", "replace")
            if is_object_id(oid):
                ids.append(oid)
    return ids

"""The commits a build uses: which range to verify, and each commit as git reports it, with
git's own signature verdict (`%G?`), the signer, the identities, the trailers and the paths it
changed (against its first parent).

One `git log` run reads the whole range: git checks every signature itself, and output is
parsed record by record between per-run random markers, so nothing a commit message or a file
name contains can forge a record.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from sscli.errors import InputError
from sscli.source.git import Git, is_object_id

# %G? letters (git-log(1)): G good, B bad, U good but untrusted key, X good but expired
# signature, Y good but made by an expired key, R good but made by a revoked key, E cannot be
# checked (no such key), N no signature.
SIGNATURE_STATES = frozenset("GBUXYREN")
_FIELDS: tuple[str, ...] = ("%H", "%P", "%T", "%G?", "%GF", "%GP", "%GS")
_FIELDS += ("%an", "%ae", "%cn", "%ce", "%ct", "%s", "%(trailers:only,unfold)")


@dataclass(frozen=True)
class Commit:
    """One commit of the range as git reports it, with git's verdict on its signature."""

    oid: str
    parents: tuple[str, ...]
    tree: str
    signature: str  # the %G? letter
    key_fingerprint: str  # %GF: the signing (sub)key; SSH: SHA256:...
    primary_fingerprint: str  # %GP: the OpenPGP primary key
    signer: str  # %GS: the SSH principal (the policy signer's name) or the OpenPGP user id
    author_name: str
    author_email: str
    committer_name: str
    committer_email: str
    commit_time: int
    subject: str
    trailers: tuple[tuple[str, str], ...] = ()
    paths: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_merge(self) -> bool:
        return len(self.parents) > 1

    def trailer_values(self, key: str) -> list[str]:
        """The values of trailer `key` (case-insensitive, as git matches trailer keys)."""
        wanted = key.lower()
        return [value for name, value in self.trailers if name.lower() == wanted]


@dataclass(frozen=True)
class CommitRange:
    """The commits reachable from `tip` and not from any of `excluded`."""

    tip: str
    excluded: tuple[str, ...] = ()
    description: str = ""

    def rev_args(self) -> list[str]:
        return [self.tip, *(f"^{oid}" for oid in self.excluded)]


def read_commits(git: Git, commit_range: CommitRange, *, limit: int) -> Iterator[Commit]:
    """Every commit of the range, newest first; more than `limit` is an `InputError`."""
    for oid in (commit_range.tip, *commit_range.excluded):
        if not is_object_id(oid):
            raise InputError(f"not a commit id: {oid!r}")
    nonce = secrets.token_hex(16)
    start, end = f"\0\0{nonce}\0".encode(), f"\0{nonce}end\0".encode()
    fmt = "%x00%x00" + nonce + "%x00" + "%x00".join(_FIELDS) + "%x00" + nonce + "end%x00"
    args = ["log", "--no-color", "--no-renames", "--raw", "-z", "--diff-merges=first-parent"]
    args += [f"--format={fmt}", f"--max-count={limit + 1}", *commit_range.rev_args(), "--"]
    for count, record in enumerate(_records(git.stream(*args), start), start=1):
        if count > limit:
            raise InputError(
                f"the range has more than {limit} commits",
                hint="set source.history.since in the policy (the first commit under it), or "
                "raise source.history.max_commits",
            )
        yield _parse(record, end)


def _records(chunks: Iterator[bytes], start: bytes) -> Iterator[bytes]:
    buffer = b""
    for chunk in chunks:
        buffer += chunk
        parts = buffer.split(start)
        buffer = parts.pop()
        yield from (p for p in parts if p)
    if buffer:
        yield buffer


def _parse(record: bytes, end: bytes) -> Commit:
    head, marker, raw = record.partition(end)
    fields = head.decode("utf-8", "surrogateescape").split("\0")
    if not marker or len(fields) != len(_FIELDS) or not is_object_id(fields[0]):
        raise InputError("git printed a commit record sscli cannot read (a malformed commit?)")
    oid, parents, tree, state, key, primary, signer = fields[:7]
    author_name, author_email, committer_name, committer_email, time, subject, trailers = fields[7:]
    return Commit(
        oid=oid,
        parents=tuple(parents.split()),
        tree=tree,
        signature=state if state in SIGNATURE_STATES else "E",
        key_fingerprint=key,
        primary_fingerprint=primary.upper(),
        signer=signer,
        author_name=author_name,
        author_email=author_email.lower(),
        committer_name=committer_name,
        committer_email=committer_email.lower(),
        commit_time=int(time) if time.isdigit() else 0,
        subject=subject,
        trailers=_trailers(trailers),
        paths=_raw_paths(raw),
    )


def _trailers(text: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            pairs.append((key.strip(), value.strip()))
    return tuple(pairs)


def _raw_paths(raw: bytes) -> tuple[str, ...]:
    tokens = raw.split(b"\0")
    paths = []
    index = 0
    while index < len(tokens):
        token = tokens[index].lstrip(b"\n")
        if token.startswith(b":") and index + 1 < len(tokens):
            paths.append(tokens[index + 1].decode("utf-8", "surrogateescape"))
            index += 2
        else:
            index += 1
    return tuple(paths)


def boundary(git: Git, commit_range: CommitRange) -> list[str]:
    """The commits just outside the range: parents of its commits that it excludes."""
    out = git.text("rev-list", "--boundary", *commit_range.rev_args(), "--")
    return [
        line[1:] for line in out.splitlines() if line.startswith("-") and is_object_id(line[1:])
    ]


def brought_in_by(git: Git, merge: Commit) -> set[str]:
    """The commits a merge brings in: reachable from its other parents, not its first."""
    if not merge.is_merge:
        return set()
    args = ["rev-list", *merge.parents[1:], f"^{merge.parents[0]}", "--"]
    return {line for line in git.text(*args).splitlines() if is_object_id(line)}


def newest_tag(git: Git, tip: str, matches: Sequence[str]) -> tuple[str, str] | None:
    """The newest tag (ref, commit) among `matches` whose commit is an ancestor of `tip`."""
    from sscli.policy.patterns import PatternError, matches_any, validate_pattern

    for pattern in matches:
        try:
            validate_pattern(pattern)
        except PatternError as exc:
            raise InputError(f"--since-tag {pattern!r}: {exc}") from None
    for name, commit in git.tags():
        if matches_any(matches, name) and git.is_ancestor(commit, tip):
            return name, commit
    return None

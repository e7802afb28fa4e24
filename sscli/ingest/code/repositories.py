"""Which source repositories a package's metadata names, and whether they agree: with each
other, with the project's name, and with the repository whose trusted publisher signed it.
Only code hosts whose URLs say owner and name (GitHub, GitLab, Bitbucket, Codeberg) and only
labels that point at the source (PEP 753's homepage, source, repository, issues... ) count:
documentation, funding and sponsor links name other repositories for good reasons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

_HOSTS = {"github.com", "gitlab.com", "bitbucket.org", "codeberg.org"}
# PEP 753 normalization (lowercase, no punctuation or spaces) of the labels naming the source
_SOURCE_LABELS = frozenset(
    {
        "homepage", "home", "source", "sourcecode", "repository", "repo", "code", "github",
        "gitlab", "git", "issues", "issuetracker", "tracker", "bugtracker", "bugs",
        "bugreports", "download",
    }
)  # fmt: skip
_NOT_OWNERS = frozenset({"sponsors", "orgs", "apps", "marketplace", "features", "topics"})
# words too common in repository names to tie one to a project
_GENERIC = frozenset(
    {"python", "py", "lib", "libs", "sdk", "api", "core", "client", "the", "for", "and",
     "plugin", "plugins", "tools", "utils", "project", "package", "official", "dev"}
)  # fmt: skip


@dataclass(frozen=True)
class Repository:
    """A source repository a package's metadata links to, and the label it does so under."""

    host: str
    owner: str  # lowercased; for GitLab, the group path
    name: str  # lowercased, without .git
    url: str
    label: str

    @property
    def slug(self) -> str:
        return f"{self.host}/{self.owner}/{self.name}"


def repository(label: str, url: str) -> Repository | None:
    """The repository a source-labelled URL on a known code host names, or None."""
    if re.sub(r"[^a-z]", "", label.lower()) not in _SOURCE_LABELS:
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    host = host.removeprefix("www.")
    if parts.scheme not in ("http", "https") or host not in _HOSTS:
        return None
    path = [p for p in parts.path.split("/") if p]
    if host == "gitlab.com" and "-" in path:
        path = path[: path.index("-")]
    elif host != "gitlab.com":
        path = path[:2]
    if len(path) < 2 or path[0].lower() in _NOT_OWNERS:
        return None
    name = path[-1].lower().removesuffix(".git")
    owner = "/".join(path[:-1]).lower()
    if host == "gitlab.com" and len(path) > 2 and path[-1] in ("issues", "tree", "blob"):
        return None
    return Repository(host, owner, name, url.strip(), label)


def repositories(urls: list[tuple[str, str]]) -> list[Repository]:
    found = [r for label, url in urls if (r := repository(label, url)) is not None]
    unique: dict[str, Repository] = {}
    for item in found:
        unique.setdefault(item.slug, item)
    return list(unique.values())


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9]+", text.lower()) if len(w) >= 3} - _GENERIC


def related(project: str, repo: Repository) -> bool:
    """Whether the repository's name (or owner) has anything to do with the project's name:
    one contains the other once separators are dropped, or they share a distinctive word."""
    mine = _compact(project)
    if not mine:
        return True
    for theirs in (repo.name, repo.owner.rsplit("/", 1)[-1]):
        compact = _compact(theirs)
        shorter = min(mine, compact, key=len)
        if compact and len(shorter) >= 3 and (mine in compact or compact in mine):
            return True
        if mine == compact or _words(project) & _words(theirs):
            return True
    return False


def judge(urls: list[tuple[str, str]], project: str) -> Iterator[tuple[str, str, str]]:
    """(rule id, message, snippet) for what the metadata's repositories say about themselves
    and about the project."""
    found = repositories(urls)
    if not found:
        return
    first = found[0]
    mine = [r for r in found if (r.host, r.owner) == (first.host, first.owner)]
    for other in found:
        if (other.host, other.owner) == (first.host, first.owner):
            continue  # one owner's repositories: issues kept in the main one, a monorepo
        same = next((r for r in mine if r.name == other.name), None)
        shown = same or first
        yield (
            "project-urls-moved" if same is not None else "project-urls-disagree",
            f"{shown.label} names {shown.slug}, {other.label} {other.slug}",
            other.url,
        )
    if project and not any(related(project, r) for r in found):
        yield (
            "repository-name-mismatch",
            f"{project} names the repository {first.slug}",
            first.url,
        )


def against_signer(urls: list[tuple[str, str]], publisher: str) -> str | None:
    """Why the metadata's repositories and the trusted publisher (`GitHub:owner/repo`,
    `GitLab:group/project`) disagree, or None when one of them is the publisher's (or the
    metadata names none, or the publisher is not a repository)."""
    kind, _, identity = publisher.partition(":")
    host = {"github": "github.com", "gitlab": "gitlab.com"}.get(kind.lower())
    if host is None or "/" not in identity:
        return None
    signed = f"{host}/{identity.lower()}"
    found = repositories(urls)
    if not found or any(r.slug == signed for r in found):
        return None
    named = ", ".join(r.slug for r in found[:3])
    return f"signed by the trusted publisher {signed}; the metadata names {named}"

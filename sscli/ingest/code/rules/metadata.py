"""The metadata's own signals: dependencies on direct URLs, on known-malicious names or on
typosquats of popular names; no project URLs at all, project URLs naming repositories that
disagree, a repository whose name has nothing to do with the project's (starjacking), and a
repository other than the one whose trusted publisher signed the file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from email.parser import HeaderParser

from sscli.ingest.code import repositories
from sscli.ingest.code.context import ArchiveContext
from sscli.ingest.code.model import Finding, Phase, rule

FAMILY = "metadata"
RULES = (
    rule("requires-url", FAMILY, "a dependency on a direct URL (fetched from outside the "
         "index)", "high", "high"),
    rule("dependency-malicious", FAMILY, "a dependency on a name known to carry malware",
         "high", "high"),
    rule("dependency-typosquat", FAMILY, "a dependency one typo away from a popular project",
         "medium", "medium"),
    rule("no-project-urls", FAMILY, "no homepage or project URLs", "low", "low"),
    rule("project-urls-disagree", FAMILY, "the homepage and project URLs name different "
         "repositories (another owner and another name)", "medium", "medium"),
    rule("project-urls-moved", FAMILY, "the project URLs name a repository of the same name "
         "under different owners (a fork, or a move not updated everywhere)", "low", "low"),
    rule("repository-name-mismatch", FAMILY, "the repository's name has nothing in common with "
         "the project's (a popular repository claimed by another package)", "low", "low"),
    rule("repository-not-signer", FAMILY, "the metadata names repositories, none of them the "
         "one whose trusted publisher signed the file's provenance", "medium", "medium"),
)  # fmt: skip

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def scan(context: ArchiveContext) -> None:
    archive = context.archive
    member = None
    if archive.kind == "wheel" and archive.dist_info:
        member = archive.get(f"{archive.dist_info}/METADATA")
    elif archive.kind == "sdist":
        member = archive.get("PKG-INFO")
    if member is None or not member.complete:
        return
    from sscli.ingest.trust import edit_distance, malicious_names, popular_names
    from sscli.inventory.model import normalize_name

    headers = HeaderParser().parsestr(member.data.decode("utf-8", "replace"))
    popular = popular_names()
    malicious = malicious_names()
    for requirement in headers.get_all("Requires-Dist") or []:
        match = _NAME.match(requirement)
        if match is None:
            continue
        name = normalize_name(match.group(1))
        spec = requirement.split(";", 1)[0]
        if "@" in spec and "://" in spec:
            context.add(
                "requires-url",
                member.path,
                0,
                Phase.INSTALL,
                f"Requires-Dist: {requirement[:120]}",
                requirement,
            )
        if name in malicious:
            context.add(
                "dependency-malicious",
                member.path,
                0,
                Phase.INSTALL,
                f"depends on {name}",
                requirement,
            )
        elif name not in popular and name != context.project:
            near = [
                p
                for p in popular
                if abs(len(p) - len(name)) <= 1 and edit_distance(name, p, 1) <= 1
            ]
            if near:
                context.add(
                    "dependency-typosquat",
                    member.path,
                    0,
                    Phase.INSTALL,
                    f"depends on {name}, one typo from {near[0]}",
                    requirement,
                )
    if not headers.get("Home-page") and not headers.get_all("Project-URL"):
        context.add(
            "no-project-urls", member.path, 0, Phase.RUNTIME, "no Home-page or Project-URL", ""
        )
    urls = labelled_urls(headers.get("Home-page"), headers.get_all("Project-URL") or [])
    project = context.project or headers.get("Name") or ""
    for rule_id, message, snippet in repositories.judge(urls, normalize_name(project)):
        context.add(rule_id, member.path, 0, Phase.RUNTIME, message, snippet)


def labelled_urls(home_page: str | None, project_urls: Iterable[str]) -> list[tuple[str, str]]:
    """(label, URL) pairs of the core metadata: Home-page, then each `Project-URL: label, url`."""
    pairs = [("Home-page", home_page.strip())] if home_page and home_page.strip() else []
    for value in project_urls:
        label, _, url = value.partition(",")
        if url.strip():
            pairs.append((label.strip(), url.strip()))
    return pairs


def signer_finding(file: str, urls: list[tuple[str, str]], publisher: str) -> Finding | None:
    """`repository-not-signer` when the metadata's repositories exclude the trusted publisher's
    (`publisher` as verified, e.g. `GitHub:owner/repo`); None when they agree or name none."""
    from sscli.ingest.code.registry import rules

    message = repositories.against_signer(urls, publisher)
    if message is None:
        return None
    found = rules()["repository-not-signer"]
    severity = found.severity(Phase.RUNTIME) or "medium"
    return Finding(found.id, severity, file, 0, Phase.RUNTIME, message)

"""The metadata's own signals: dependencies on direct URLs, on known-malicious names or on
typosquats of popular names, and no project URLs at all."""

from __future__ import annotations

import re
from email.parser import HeaderParser

from sscli.ingest.code.context import ArchiveContext
from sscli.ingest.code.model import Phase, rule

FAMILY = "metadata"
RULES = (
    rule("requires-url", FAMILY, "a dependency on a direct URL (fetched from outside the "
         "index)", "high", "high"),
    rule("dependency-malicious", FAMILY, "a dependency on a name known to carry malware",
         "high", "high"),
    rule("dependency-typosquat", FAMILY, "a dependency one typo away from a popular project",
         "medium", "medium"),
    rule("no-project-urls", FAMILY, "no homepage or project URLs", "low", "low"),
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

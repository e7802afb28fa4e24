"""Credential stores read by code that runs by itself: SSH keys, cloud and registry
credentials, browser profiles, keychains, wallets, the clipboard, the screen."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.ingest.code import vocabulary as v
from sscli.ingest.code.flow import Event
from sscli.ingest.code.model import rule

FAMILY = "credentials"
RULES = (
    rule("credential-read", FAMILY, "reads a credential store (~/.ssh, ~/.aws, "
         ".git-credentials, browser profiles, keychains, wallets)", "high", None,
         not_installed=None),
)  # fmt: skip


def judge(event: Event, context: object) -> Iterator[tuple[str, str]]:
    if event.kind == "read":
        yield "credential-read", f"{event.callee} of a credential store"
    elif event.kind == "process" and v.CREDENTIAL_COMMAND.search(" ".join(event.strings)):
        yield "credential-read", f"{event.callee} runs a credential-dumping command"

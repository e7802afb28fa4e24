"""Persistence: shell start-up files, crontabs, authorized_keys, systemd units, autostart
entries, registry Run keys, sitecustomize, and .pth files written into site-packages;
downloads written to disk and made executable."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.ingest.code import vocabulary as v
from sscli.ingest.code.flow import Event
from sscli.ingest.code.model import rule

FAMILY = "persistence"
RULES = (
    rule("persistence-write", FAMILY, "writes a shell profile, crontab, authorized_keys, "
         "systemd unit, autostart entry, git hook or sitecustomize", "high", "medium"),
    rule("pth-write", FAMILY, "writes a .pth file (code run at every interpreter start)",
         "high", "medium"),
    rule("registry-run", FAMILY, "writes a Windows registry value (Run keys start programs at "
         "logon)", "high", "medium"),
    rule("download-write", FAMILY, "writes downloaded or decoded data to a file", "high",
         "low"),
)  # fmt: skip


def judge(event: Event, context: object) -> Iterator[tuple[str, str]]:
    if event.kind == "registry":
        yield "registry-run", f"{event.callee}"
        return
    if event.kind != "write":
        return
    if event.target & {v.PERSISTPATH}:
        yield "persistence-write", f"{event.callee} to a persistence location"
    if v.PTHPATH in event.target and event.callee != "os.chmod":
        yield "pth-write", f"{event.callee} of a .pth file"
    if event.labels & {v.NETWORK, v.DECODED}:
        yield "download-write", f"{event.callee} of downloaded or decoded data"

"""Processes: spawned at install, start-up or import, downloading and piping to a shell,
detached into the background, or fed decoded data."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.ingest.code import vocabulary as v
from sscli.ingest.code.flow import Event
from sscli.ingest.code.model import rule

FAMILY = "process"
RULES = (
    rule("process-spawn", FAMILY, "spawns a process", "medium", None, startup="high",
         not_installed=None),
    rule("process-download", FAMILY, "runs a command that downloads, decodes or pipes into a "
         "shell (curl, wget, powershell -enc, | sh, certutil, /dev/tcp)", "high", "medium"),
    rule("process-background", FAMILY, "starts a detached background process or forks",
         "high", None, not_installed=None),
    rule("process-decoded", FAMILY, "spawns a process with decoded or downloaded data",
         "high", "high"),
    rule("process-persistence", FAMILY, "runs a command that installs persistence (crontab, "
         "schtasks, reg add ...\\Run, systemctl enable, launchctl load)", "high", "medium"),
)  # fmt: skip


def judge(event: Event, context: object) -> Iterator[tuple[str, str]]:
    if event.kind != "process":
        return
    command = " ".join(event.strings)
    shown = command[:80]
    if event.labels & {v.DECODED, v.NETWORK}:
        yield "process-decoded", f"{event.callee} with decoded or downloaded data"
    if v.DOWNLOAD_COMMAND.search(command) and event.code is None:
        yield "process-download", f"{event.callee}: {shown}"
    if v.PERSIST_COMMAND.search(command):
        yield "process-persistence", f"{event.callee}: {shown}"
    if event.detached:
        yield "process-background", f"{event.callee} detached from the installer or importer"
    yield "process-spawn", f"{event.callee}" + (f": {shown}" if shown else "")

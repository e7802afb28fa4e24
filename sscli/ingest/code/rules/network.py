"""The network: connections at install, start-up or import, exfiltration of credentials, the
environment or host identity (HTTP, sockets, SMTP, DNS names built from data, curl/wget), and
endpoints made for receiving stolen data (webhooks, paste sites, tunnels, dynamic DNS, raw IPs)."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.ingest.code import vocabulary as v
from sscli.ingest.code.flow import Event
from sscli.ingest.code.model import rule

FAMILY = "network"
RULES = (
    rule("network-call", FAMILY, "opens a network connection", "medium", None, startup="high",
         not_installed=None),
    rule("exfil-credentials", FAMILY, "sends credentials or the whole environment over the "
         "network", "high", "high"),
    rule("credentials-to-own-service", FAMILY, "sends credentials read from a service's store "
         "(~/.aws, ~/.pypirc, a keyring entry, ~/.docker/config.json) to that service only (an "
         "API client); run by itself it is still exfiltration", "high", "low"),
    rule("exfil-host", FAMILY, "sends host identity or secret environment variables over the "
         "network", "high", None, not_installed=None),
    rule("exfil-endpoint", FAMILY, "talks to an endpoint made for receiving data (webhook, "
         "paste site, tunnel, dynamic DNS, raw IP address)", "high", "low"),
)  # fmt: skip

_SEND = frozenset({"network", "process"})


def judge(event: Event, context: object) -> Iterator[tuple[str, str]]:
    if event.kind not in _SEND:
        return
    if event.kind == "process" and not v.DOWNLOAD_COMMAND.search(" ".join(event.strings)):
        return
    labels = event.labels | event.target
    if v.CRED in labels and not labels & {v.ENVDUMP, v.SECRETENV} and v.own_service(labels):
        yield "credentials-to-own-service", f"{event.callee} sends credentials to their service"
    elif labels & {v.CRED, v.ENVDUMP}:
        what = "credentials" if v.CRED in labels else "the environment"
        yield "exfil-credentials", f"{event.callee} sends {what}"
    elif labels & {v.HOST, v.SECRETENV}:
        what = "host identity" if v.HOST in labels else "secret environment variables"
        yield "exfil-host", f"{event.callee} sends {what}"
    if v.ENDPOINT in labels or any(v.ENDPOINT in v.string_labels(s) for s in event.strings):
        yield "exfil-endpoint", f"{event.callee} to an exfiltration-style endpoint"
    if event.kind == "network":
        yield "network-call", event.callee

"""`oci://REGISTRY/REPOSITORY[:TAG][@sha256:DIGEST]` references, validated by the grammar of the
OCI distribution spec, so that nothing from the command line reaches a URL unchecked."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from sscli.errors import UsageError

SCHEME = "oci://"
_COMPONENT = r"[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*"
REPOSITORY = re.compile(rf"{_COMPONENT}(?:/{_COMPONENT})*")
TAG = re.compile(r"[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}")
DIGEST = re.compile(r"sha256:[0-9a-f]{64}")
_HOST = re.compile(
    r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?\.)*[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
)


@dataclass(frozen=True)
class Reference:
    """A repository in a registry, optionally one tag or digest in it."""

    registry: str  # host or host:port, as it appears in Docker's config.json
    repository: str
    tag: str | None = None
    digest: str | None = None

    @property
    def host(self) -> str:
        return split_host(self.registry)[0]

    def with_digest(self, digest: str) -> Reference:
        return Reference(self.registry, self.repository, None, digest)

    def __str__(self) -> str:
        suffix = f":{self.tag}" if self.tag else ""
        suffix += f"@{self.digest}" if self.digest else ""
        return f"{SCHEME}{self.registry}/{self.repository}{suffix}"


def is_oci(text: str) -> bool:
    return text.startswith(SCHEME)


def parse_reference(text: str) -> Reference:
    """Parse and validate an `oci://` reference (malformed: `UsageError`, exit 2)."""
    if not is_oci(text):
        raise UsageError(f"not an oci:// reference: {text[:200]!r}")
    rest = text[len(SCHEME) :]
    registry, _, path = rest.partition("/")
    _check_registry(registry, text)
    digest = None
    if "@" in path:
        path, _, digest = path.partition("@")
        if not DIGEST.fullmatch(digest):
            raise UsageError(f"{text[:200]!r}: the digest must be sha256:<64 lowercase hex>")
    tag = None
    last = path.rsplit("/", 1)[-1]
    if ":" in last:
        path, _, tag = path.rpartition(":")
        if not TAG.fullmatch(tag):
            raise UsageError(f"{text[:200]!r}: {tag[:130]!r} is not a valid tag")
    if not REPOSITORY.fullmatch(path) or len(path) > 255:
        raise UsageError(
            f"{text[:200]!r}: {path[:100]!r} is not a repository name",
            hint="lowercase letters, digits and . _ - separated by /, e.g. oci://ghcr.io/org/app",
        )
    return Reference(registry, path, tag, digest)


def split_host(registry: str) -> tuple[str, int | None]:
    if registry.startswith("["):
        host, _, port = registry[1:].partition("]")
        return host, int(port[1:]) if port.startswith(":") else None
    host, _, port = registry.partition(":")
    return host, int(port) if port else None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_registry(registry: str, text: str) -> None:
    try:
        host, port = split_host(registry)
    except ValueError:
        host, port = "", None
    valid_host = bool(_HOST.fullmatch(host)) or _is_ip(host)
    if not valid_host or (port is not None and not 0 < port < 65536):
        raise UsageError(f"{text[:200]!r}: {registry[:100]!r} is not a registry host[:port]")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True

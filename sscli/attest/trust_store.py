"""The trusted roots in the state directory: refreshed through TUF, used offline.

`sscli trust update` runs the TUF client workflow (python-tuf, as sigstore-python and gh do)
against a Sigstore instance's TUF repository: root rotation from a pinned bootstrap root,
then timestamp, snapshot and targets, each signed, unexpired and never older than what was
seen before; then `trusted_root.json`, checked against the targets metadata. Verification
reads the verified copy from here and never goes online.

Layout: `STATE/trust/<instance>/{instance.json, metadata/, targets/trusted_root.json}`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sscli.attest.trustroot import (
    PUBLIC_GOOD_TUF_URL,
    TrustRoot,
    bundled_public_good,
    bundled_public_good_tuf_root,
    load_trust_roots,
)
from sscli.errors import EnvironmentFailure, InputError, PolicyError, UsageError
from sscli.fsutil import atomic_write_bytes, atomic_write_text, file_lock, read_bytes_limited

TRUSTED_ROOT_TARGET = "trusted_root.json"
GITHUB_TUF_URL = "https://tuf-repo.github.com"
_MAX_ROOT_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Instance:
    """A Sigstore instance's TUF repository and the root.json trust in it starts from."""

    name: str
    url: str
    bootstrap: Callable[[], bytes] | None = None


def _github_bootstrap() -> bytes:
    return files("sscli.attest").joinpath("tuf_roots", "tuf-repo.github.com.root.json").read_bytes()


KNOWN_INSTANCES = {
    "public-good": Instance("public-good", PUBLIC_GOOD_TUF_URL, bundled_public_good_tuf_root),
    "github": Instance("github", GITHUB_TUF_URL, _github_bootstrap),
}


def instance_for(spec: str) -> Instance:
    """`public-good`, `github`, or the https URL of another instance's TUF repository."""
    if spec in KNOWN_INSTANCES:
        return KNOWN_INSTANCES[spec]
    parts = urlsplit(spec)
    loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if (
        parts.scheme not in ("https", "http")
        or not parts.hostname
        or (parts.scheme == "http" and not loopback)
    ):
        raise UsageError(
            f"unknown instance {spec!r}",
            field="--instance",
            hint="public-good, github, or the https:// URL of a TUF repository",
        )
    port = f"_{parts.port}" if parts.port else ""
    name = re.sub(r"[^A-Za-z0-9.-]+", "_", f"{parts.hostname}{port}{parts.path}")
    return Instance(name.strip("_") or parts.hostname, spec.rstrip("/"))


@dataclass(frozen=True)
class TrustStatus:
    """What one cached instance trusts, and until when its TUF metadata vouches for it."""

    name: str
    url: str
    updated: datetime | None
    metadata_expires: datetime | None  # the timestamp role: the copy is current until then
    root_version: int | None
    roots: tuple[TrustRoot, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "instance": self.name,
            "url": self.url,
            "updated": self.updated.isoformat() if self.updated else None,
            "metadataExpires": self.metadata_expires.isoformat() if self.metadata_expires else None,
            "tufRootVersion": self.root_version,
            "trustedRoots": [root.to_dict() for root in self.roots],
        }

    def is_stale(self, now: datetime | None = None) -> bool:
        moment = now or datetime.now(tz=UTC)
        return self.metadata_expires is not None and self.metadata_expires < moment


def update_trust(
    state_dir: Path, spec: str, *, bootstrap_root: Path | None = None, fetcher: Any = None
) -> TrustStatus:
    """Refresh one instance's trusted root through TUF into `state_dir` (see the module).

    A repository that is unreachable is an `EnvironmentFailure`; metadata that does not verify,
    has expired or is older than the cached copy (a rollback) is a `PolicyError`, and the cached
    trusted root is left as it was.
    """
    from tuf.api import exceptions
    from tuf.ngclient import Updater, UpdaterConfig  # type: ignore[attr-defined]

    instance = instance_for(spec)
    directory = _instance_dir(state_dir, instance.name)
    metadata, targets = directory / "metadata", directory / "targets"
    bootstrap = _bootstrap(instance, directory, bootstrap_root)
    directory.mkdir(parents=True, exist_ok=True)
    with file_lock(directory / ".lock"):
        metadata.mkdir(exist_ok=True)
        targets.mkdir(exist_ok=True)
        staged = directory / ".download"
        staged.mkdir(exist_ok=True)
        try:
            updater = Updater(
                metadata_dir=str(metadata),
                metadata_base_url=instance.url,
                target_base_url=f"{instance.url}/targets/",
                target_dir=str(staged),
                fetcher=fetcher,
                config=UpdaterConfig(app_user_agent="sscli"),
                bootstrap=bootstrap,
            )
            updater.refresh()
            info = updater.get_targetinfo(TRUSTED_ROOT_TARGET)
            if info is None:
                raise PolicyError(f"{instance.url} has no {TRUSTED_ROOT_TARGET} target")
            downloaded = Path(updater.find_cached_target(info) or updater.download_target(info))
        except exceptions.DownloadError as exc:
            raise EnvironmentFailure(
                f"cannot refresh the trusted root from {instance.url}: {exc}",
                hint="check the network; verification keeps using the cached copy",
            ) from exc
        except exceptions.RepositoryError as exc:
            raise PolicyError(
                f"{instance.url}: the TUF metadata does not verify ({type(exc).__name__}: {exc}); "
                "the cached trusted root is unchanged"
            ) from exc
        except OSError as exc:
            raise EnvironmentFailure(f"cannot write the trust cache {directory}: {exc}") from exc
        data = read_bytes_limited(downloaded, 8 * 1024 * 1024)
        roots = tuple(_parse_roots(data, instance.url))
        atomic_write_bytes(targets / TRUSTED_ROOT_TARGET, data)
        downloaded.unlink(missing_ok=True)
        record = {"name": instance.name, "url": instance.url, "updated": _now().isoformat()}
        if instance.bootstrap is None:
            atomic_write_text(directory / "bootstrap-root.json", bootstrap.decode("utf-8"))
        atomic_write_text(directory / "instance.json", json.dumps(record, indent=2) + "\n")
    status = _status(directory)
    assert status is not None
    return TrustStatus(
        status.name, status.url, status.updated, status.metadata_expires, status.root_version, roots
    )


def _bootstrap(instance: Instance, directory: Path, given: Path | None) -> bytes:
    if given is not None:
        if instance.bootstrap is not None:
            raise UsageError(
                f"{instance.name} starts from the root.json sscli ships; --root is for other "
                "instances"
            )
        return read_bytes_limited(given, _MAX_ROOT_BYTES)
    if instance.bootstrap is not None:
        return instance.bootstrap()
    pinned = directory / "bootstrap-root.json"
    if pinned.is_file():
        return read_bytes_limited(pinned, _MAX_ROOT_BYTES)
    raise UsageError(
        f"the first update from {instance.url} needs the repository's initial root.json",
        field="--root",
        hint="pass --root ROOT.json, obtained from the instance's operator out of band",
    )


def _parse_roots(data: bytes, source: str) -> list[TrustRoot]:
    from sscli.attest.trustroot import parse_trust_roots

    try:
        return parse_trust_roots(data, source=source)
    except InputError as exc:
        raise PolicyError(
            f"the TUF-verified {TRUSTED_ROOT_TARGET} is unusable: {exc.message}"
        ) from exc


def _instance_dir(state_dir: Path, name: str) -> Path:
    return Path(state_dir) / "trust" / name


def _now() -> datetime:
    return datetime.now(tz=UTC)


def trust_status(state_dir: Path) -> list[TrustStatus]:
    """Every cached instance, by name."""
    base = Path(state_dir) / "trust"
    if not base.is_dir():
        return []
    found = [_status(directory) for directory in sorted(base.iterdir()) if directory.is_dir()]
    return [status for status in found if status is not None]


def _status(directory: Path) -> TrustStatus | None:
    record_path = directory / "instance.json"
    root_path = directory / "targets" / TRUSTED_ROOT_TARGET
    if not record_path.is_file() or not root_path.is_file():
        return None
    try:
        record = json.loads(read_bytes_limited(record_path, 64 * 1024))
        updated = datetime.fromisoformat(record["updated"])
        name, url = str(record["name"]), str(record["url"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"the trust cache record is damaged: {exc}", path=record_path) from exc
    return TrustStatus(
        name,
        url,
        updated,
        _expires(directory / "metadata" / "timestamp.json"),
        _root_version(directory / "metadata"),
        tuple(load_trust_roots(root_path)),
    )


def _expires(path: Path) -> datetime | None:
    try:
        signed = json.loads(read_bytes_limited(path, 1024 * 1024))["signed"]
        return datetime.fromisoformat(str(signed["expires"]).replace("Z", "+00:00"))
    except (InputError, KeyError, TypeError, ValueError):
        return None


def _root_version(metadata: Path) -> int | None:
    history = metadata / "root_history"
    versions = (
        [int(p.name.split(".")[0]) for p in history.glob("*.root.json") if p.name[0].isdigit()]
        if history.is_dir()
        else []
    )
    return max(versions) if versions else None


def default_trust_roots(state_dir: Path) -> list[TrustRoot]:
    """What verification trusts without `--trusted-root`: every instance `sscli trust update`
    cached, and the public-good root bundled with sigstore-python unless a refreshed copy of
    it is cached."""
    statuses = trust_status(state_dir)
    roots = [root for status in statuses for root in status.roots]
    if not any(status.name == "public-good" for status in statuses):
        roots.insert(0, bundled_public_good())
    return roots

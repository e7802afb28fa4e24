"""Registry credentials, looked up as cosign, oras and skopeo look them up: explicit flags first,
then `REGISTRY_AUTH_FILE` (podman/skopeo), then Docker's `config.json` (`DOCKER_CONFIG`, else
`~/.docker/config.json`): `credHelpers` for the host, then inline `auths`, then `credsStore`.

Credentials are bound to one registry host; the transport never sends them anywhere else."""

from __future__ import annotations

import base64
import binascii
import json
import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sscli.errors import EnvironmentFailure, InputError, UsageError
from sscli.fsutil import read_bytes_limited

_CONFIG_LIMIT = 1024 * 1024
_HELPER_TIMEOUT = 20


@dataclass(frozen=True)
class Credentials:
    """A username and password (or identity token) for one registry, or a bearer token."""

    username: str | None = None
    password: str | None = None
    token: str | None = None
    origin: str = "flags"  # where they came from, for error messages (never the secret)

    def __repr__(self) -> str:  # never print a secret
        return f"Credentials(username={self.username!r}, origin={self.origin!r})"


def explicit_credentials(
    username: str | None, password: str | None, token: str | None
) -> Credentials | None:
    """The credentials given as flags; `UsageError` when they are incomplete or contradict."""
    if token and (username or password):
        raise UsageError("give either --registry-token or --registry-username/--registry-password")
    if token:
        return Credentials(token=token)
    if bool(username) != bool(password):
        raise UsageError("--registry-username and --registry-password go together")
    if username and password:
        return Credentials(username=username, password=password)
    return None


def config_files(environ: Mapping[str, str] = os.environ) -> list[Path]:
    """The credential files to consult, in order."""
    files = []
    if environ.get("REGISTRY_AUTH_FILE"):
        files.append(Path(environ["REGISTRY_AUTH_FILE"]))
    docker = environ.get("DOCKER_CONFIG")
    files.append(
        Path(docker) / "config.json" if docker else Path.home() / ".docker" / "config.json"
    )
    return files


def configured_credentials(
    registry: str, environ: Mapping[str, str] = os.environ
) -> Credentials | None:
    """Credentials for `registry` from the first config file that has some, or None."""
    for path in config_files(environ):
        if not path.is_file():
            continue
        found = _from_config(_load(path), registry, path)
        if found is not None:
            return found
    return None


def _load(path: Path) -> dict[str, object]:
    try:
        data = json.loads(read_bytes_limited(path, _CONFIG_LIMIT))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"not a valid credentials file: {exc}", path=path) from exc
    if not isinstance(data, dict):
        raise InputError("not a valid credentials file: expected a JSON object", path=path)
    return data


def _from_config(config: dict[str, object], registry: str, path: Path) -> Credentials | None:
    helpers = config.get("credHelpers")
    if isinstance(helpers, dict) and isinstance(helpers.get(registry), str):
        return _from_helper(str(helpers[registry]), registry)
    auths = config.get("auths")
    if isinstance(auths, dict):
        for key in (registry, f"https://{registry}", f"http://{registry}"):
            entry = auths.get(key)
            if isinstance(entry, dict):
                found = _from_auth_entry(entry, path)
                if found is not None:
                    return found
    store = config.get("credsStore")
    if isinstance(store, str) and store:
        return _from_helper(store, registry, missing_ok=True)
    return None


def _from_auth_entry(entry: dict[str, object], path: Path) -> Credentials | None:
    origin = str(path)
    if isinstance(entry.get("identitytoken"), str) and entry["identitytoken"]:
        # an OAuth2 refresh token: Docker sends it as the password of the token request
        return Credentials("<token>", str(entry["identitytoken"]), origin=origin)
    if isinstance(entry.get("username"), str) and isinstance(entry.get("password"), str):
        return Credentials(str(entry["username"]), str(entry["password"]), origin=origin)
    encoded = entry.get("auth")
    if not isinstance(encoded, str) or not encoded:
        return None
    try:
        username, sep, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise InputError("an auths entry is not base64 of user:password", path=path) from exc
    if not sep:
        raise InputError("an auths entry is not base64 of user:password", path=path)
    return Credentials(username, password, origin=origin)


def _from_helper(helper: str, registry: str, *, missing_ok: bool = False) -> Credentials | None:
    """Ask `docker-credential-<helper>` (the Docker credential helper protocol)."""
    if not helper.replace("-", "").replace("_", "").isalnum():
        raise InputError(f"credential helper name {helper[:60]!r} is not a plain name")
    program = f"docker-credential-{helper}"
    try:
        done = subprocess.run(
            [program, "get"], input=registry.encode(), capture_output=True,
            timeout=_HELPER_TIMEOUT, check=False,
        )  # fmt: skip
    except FileNotFoundError:
        if missing_ok:
            return None
        raise EnvironmentFailure(
            f"the credential helper {program} configured for {registry} is not installed"
        ) from None
    except subprocess.TimeoutExpired:
        raise EnvironmentFailure(f"{program} did not answer in {_HELPER_TIMEOUT} s") from None
    if done.returncode != 0:
        if missing_ok or b"credentials not found" in done.stdout + done.stderr:
            return None
        message = (done.stderr or done.stdout).decode(errors="replace").strip()[:200]
        raise EnvironmentFailure(f"{program} failed for {registry}: {message}")
    try:
        answer = json.loads(done.stdout)
        username, secret = answer["Username"], answer["Secret"]
    except (ValueError, KeyError, TypeError) as exc:
        raise EnvironmentFailure(f"{program} gave no usable answer: {exc}") from exc
    if not isinstance(username, str) or not isinstance(secret, str):
        raise EnvironmentFailure(f"{program} gave no usable answer")
    origin = f"credential helper {program}"
    if username == "<token>":
        return Credentials("<token>", secret, origin=origin)
    return Credentials(username, secret, origin=origin)

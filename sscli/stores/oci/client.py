"""The registry transport: OCI distribution-spec calls over oras-py's session and token auth,
with what oras-py lacks for hostile registries.

- No retry loop: oras-py's `Registry.do_request` retries every exception (a refused
  credential among them) with 3 s to 83 s of sleep, minutes in all. This client takes only
  oras-py's token auth and never goes through `oras.provider`: a missing or refused
  credential is one `RegistryAuthError` (exit 3) at once.
- Every read is bounded (manifests and indexes 4 MiB, blobs by the caller's limit) and every
  manifest and blob is checked against its digest; media types are checked before parsing.
- Redirects are followed by hand, at most five, only to https (or loopback http when insecure
  registries are allowed), and credentials go to the registry's own host only: a redirect to
  a storage host (what Docker Hub, GHCR and ECR do for blobs) is followed without them.
- Plain HTTP only to loopback, and only when asked (`--allow-insecure-registry`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from sscli.errors import EnvironmentFailure, PolicyError, UsageError
from sscli.stores.oci.credentials import Credentials
from sscli.stores.oci.reference import DIGEST, is_loopback, split_host

if TYPE_CHECKING:
    import requests

MANIFEST_LIMIT = 4 * 1024 * 1024
MAX_REDIRECTS = 5
RETRIES = 3  # for 5xx answers only: never for refused credentials or bad content
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
_CHUNK = 1024 * 1024


class RegistryError(EnvironmentFailure):
    """The registry cannot be used: unreachable, failing, or refusing us (exit 3)."""


class RegistryServerError(RegistryError):
    """The registry failed (5xx) after the retries (exit 3)."""


class RegistryAuthError(RegistryError):
    """Credentials are missing or refused (exit 3, at once: never retried)."""


class RegistryContentError(PolicyError):
    """The registry served something that is not what was asked for (exit 1)."""


@dataclass(frozen=True)
class Manifest:
    """A manifest or index as the registry served it, its bytes checked against `digest`."""

    media_type: str
    body: bytes
    digest: str


def sha256_digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


class RegistryClient:
    """Calls on one registry. Not thread-safe (one per thread); connections are kept alive."""

    def __init__(
        self,
        registry: str,
        *,
        credentials: Credentials | None = None,
        insecure: bool = False,
        timeout: float = 30.0,
    ) -> None:

        host, _ = split_host(registry)
        if insecure and not is_loopback(host):
            raise UsageError(
                f"--allow-insecure-registry is for loopback registries only, not {registry}",
                hint="use TLS; a registry on another host over plain HTTP exposes every "
                "credential and lets anyone on the path change what is pulled",
            )
        self.registry = registry
        self.base = f"{'http' if insecure else 'https'}://{registry}"
        self.insecure = insecure
        self.timeout = timeout
        self.credentials = credentials
        from http.cookiejar import DefaultCookiePolicy

        self._session = _session_with_timeout(timeout)
        self._session.trust_env = False  # no proxies or netrc credentials sneaking in
        self._session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
        self._auth = _token_auth(self._session, insecure)
        if credentials is not None and credentials.token:
            self._auth.set_token_auth(credentials.token)
        elif credentials is not None and credentials.username is not None:
            self._auth.set_basic_auth(credentials.username, credentials.password or "")
        self._authorization: str | None = (
            f"Bearer {credentials.token}" if credentials and credentials.token else None
        )
        self.referrers_api: bool | None = None  # learnt on first use

    # -- manifests ---------------------------------------------------------------------------

    def get_manifest(
        self, repository: str, reference: str, accept: tuple[str, ...]
    ) -> Manifest | None:
        """The manifest at `reference` (a tag or digest), or None if there is none."""
        url = f"{self.base}/v2/{repository}/manifests/{reference}"
        with self._request("GET", url, headers={"Accept": ", ".join(accept)}) as response:
            if response.status_code == 404:
                return None
            self._expect(response, (200,), f"manifest {reference}")
            media_type = _media_type(response)
            body = _read(response, MANIFEST_LIMIT, f"manifest {reference}")
        digest = sha256_digest(body)
        if DIGEST.fullmatch(reference) and digest != reference:
            raise RegistryContentError(
                f"{self.registry}/{repository}: the manifest served for {reference} has "
                f"digest {digest}: the registry changed it or serves something else"
            )
        claimed = response.headers.get("Docker-Content-Digest")
        if claimed and claimed != digest:
            raise RegistryContentError(
                f"{self.registry}/{repository}: manifest {reference} has digest {digest}, "
                f"the registry says {claimed[:80]}"
            )
        if media_type not in accept:
            raise RegistryContentError(
                f"{self.registry}/{repository}: manifest {reference} is {media_type[:80]!r}, "
                f"expected {' or '.join(accept)}"
            )
        return Manifest(media_type, body, digest)

    def put_manifest(self, repository: str, reference: str, body: bytes, media_type: str) -> str:
        """Store a manifest under `reference` (its digest or a tag); returns its digest."""
        digest = sha256_digest(body)
        url = f"{self.base}/v2/{repository}/manifests/{reference}"
        headers = {"Content-Type": media_type}
        with self._request("PUT", url, headers=headers, data=body) as response:
            self._expect(response, (200, 201), f"pushing manifest {reference}")
            claimed = response.headers.get("Docker-Content-Digest")
            if claimed and claimed != digest:
                raise RegistryContentError(
                    f"{self.registry}/{repository}: stored manifest {digest} as {claimed[:80]}"
                )
            if response.headers.get("OCI-Subject"):
                self.referrers_api = True
        return digest

    # -- blobs -------------------------------------------------------------------------------

    def blob_exists(self, repository: str, digest: str) -> bool:
        url = f"{self.base}/v2/{repository}/blobs/{digest}"
        with self._request("HEAD", url) as response:
            if response.status_code == 404:
                return False
            self._expect(response, (200,), f"blob {digest}")
        return True

    def push_blob(self, repository: str, digest: str, content: bytes | Path) -> None:
        """Upload a blob (monolithic POST then PUT) unless the registry has it already. A
        registry failing (5xx) during the upload gets a new session, a few times: concurrent
        uploads of one blob make Distribution answer 500 now and then."""
        for attempt in range(RETRIES):
            try:
                self._push_blob_once(repository, digest, content)
                return
            except RegistryServerError:
                if attempt == RETRIES - 1:
                    raise
                _pause(attempt)

    def _push_blob_once(self, repository: str, digest: str, content: bytes | Path) -> None:
        if self.blob_exists(repository, digest):
            return
        url = f"{self.base}/v2/{repository}/blobs/uploads/"
        with self._request("POST", url, headers={"Content-Length": "0"}) as response:
            self._expect(response, (202,), "starting a blob upload")
            location = response.headers.get("Location")
        if not location:
            raise RegistryError(f"{self.registry}: the upload session has no Location")
        upload = urljoin(url, location)
        upload += ("&" if "?" in upload else "?") + f"digest={digest}"
        size = len(content) if isinstance(content, bytes) else content.stat().st_size
        headers = {"Content-Type": "application/octet-stream", "Content-Length": str(size)}
        if isinstance(content, bytes):
            with self._request("PUT", upload, headers=headers, data=content) as response:
                self._expect(response, (201,), f"uploading blob {digest}")
            return
        with (
            content.open("rb") as handle,
            self._request("PUT", upload, headers=headers, data=handle) as response,
        ):
            self._expect(response, (201,), f"uploading blob {digest}")

    def get_blob(self, repository: str, digest: str, limit: int) -> bytes:
        """A blob's bytes, at most `limit` of them, checked against `digest`."""
        url = f"{self.base}/v2/{repository}/blobs/{digest}"
        with self._request("GET", url) as response:
            self._expect(response, (200,), f"blob {digest}")
            data = _read(response, limit, f"blob {digest}")
        if sha256_digest(data) != digest:
            raise RegistryContentError(
                f"{self.registry}/{repository}: blob {digest} does not match its digest"
            )
        return data

    def download_blob(self, repository: str, digest: str, limit: int, target: Path) -> None:
        """Stream a blob into `target` (atomically), checked against `digest` and `limit`."""
        url = f"{self.base}/v2/{repository}/blobs/{digest}"
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        try:
            hasher = hashlib.sha256()
            with os.fdopen(handle, "wb") as out, self._request("GET", url) as response:
                self._expect(response, (200,), f"blob {digest}")
                for chunk in _chunks(response, limit, f"blob {digest}"):
                    hasher.update(chunk)
                    out.write(chunk)
            if "sha256:" + hasher.hexdigest() != digest:
                raise RegistryContentError(
                    f"{self.registry}/{repository}: blob {digest} does not match its digest"
                )
            Path(temporary).replace(target)
        finally:
            Path(temporary).unlink(missing_ok=True)

    # -- referrers ---------------------------------------------------------------------------

    def get_referrers(self, repository: str, digest: str) -> bytes | None:
        """The referrers API's index for `digest`, or None when the registry has no such API
        (the caller then reads the tag schema)."""
        if self.referrers_api is False:
            return None
        url = f"{self.base}/v2/{repository}/referrers/{digest}"
        with self._request("GET", url, headers={"Accept": OCI_INDEX}) as response:
            if response.status_code in (404, 405, 400) or (
                response.status_code == 200 and _media_type(response) != OCI_INDEX
            ):
                self.referrers_api = False
                return None
            self._expect(response, (200,), f"referrers of {digest}")
            self.referrers_api = True
            return _read(response, MANIFEST_LIMIT, f"referrers of {digest}")

    # -- transport ---------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        data: Any = None,
    ) -> _Closing:
        """Send one request: auth challenge answered once, redirects followed by hand."""
        import requests

        sent = dict(headers or {})
        try:
            response = self._send(method, url, sent, data)
            for attempt in range(RETRIES - 1):  # transient server errors, idempotent reads only
                if response.status_code < 500 or method not in ("GET", "HEAD"):
                    break
                response.close()
                _pause(attempt)
                response = self._send(method, url, sent, data)
            if response.status_code == 401:
                response.close()
                self._authenticate(response)
                if hasattr(data, "seek"):
                    data.seek(0)
                response = self._send(method, url, sent, data)
                if response.status_code == 401:
                    response.close()
                    raise self._refused()
            for _ in range(MAX_REDIRECTS):
                if response.status_code not in (301, 302, 303, 307, 308) or method not in (
                    "GET",
                    "HEAD",
                ):
                    return _Closing(response)
                location = response.headers.get("Location", "")
                response.close()
                url = urljoin(url, location)
                response = self._send(method, url, sent, None)
            response.close()
            raise RegistryError(f"{self.registry}: more than {MAX_REDIRECTS} redirects")
        except requests.RequestException as exc:
            raise RegistryError(
                f"cannot reach the registry {self.registry}: {type(exc).__name__}: {exc}",
                hint=None
                if self.insecure or not is_loopback(split_host(self.registry)[0])
                else "a loopback registry over plain HTTP needs --allow-insecure-registry",
            ) from exc

    def _send(self, method: str, url: str, headers: dict[str, str], data: Any) -> requests.Response:
        self._check_url(url)
        sending = dict(headers)
        if self._authorization and self._same_origin(url):
            sending["Authorization"] = self._authorization
        response: requests.Response = self._session.request(
            method, url, headers=sending, data=data, stream=True,
            allow_redirects=False, timeout=self.timeout,
        )  # fmt: skip
        return response

    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme == "https":
            return
        if parts.scheme == "http" and self.insecure and is_loopback(parts.hostname or ""):
            return
        raise RegistryContentError(
            f"{self.registry}: refusing to follow the registry to {url[:200]} "
            "(only https, or plain http on loopback with --allow-insecure-registry)"
        )

    def _same_origin(self, url: str) -> bool:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}" == self.base

    def _authenticate(self, challenge: requests.Response) -> None:
        """Answer a 401's WWW-Authenticate (Basic, or Bearer through oras-py's token flow)."""
        from oras.auth.utils import parse_auth_header

        header = challenge.headers.get("WWW-Authenticate", "")
        scheme = header.split(" ", 1)[0].lower()
        credentials = self.credentials
        if scheme == "basic":
            if credentials is None or credentials.username is None:
                raise self._refused()
            from oras.auth.utils import get_basic_auth

            self._authorization = "Basic " + get_basic_auth(
                credentials.username, credentials.password or ""
            )
            return
        if scheme != "bearer":
            raise RegistryAuthError(
                f"{self.registry} asks for authentication sscli does not speak: {header[:100]!r}"
            )
        if credentials is not None and credentials.token and self._authorization:
            raise self._refused()  # the given token was refused: nothing better to offer
        realm = parse_auth_header(header).realm or ""
        self._check_url(realm)  # never send the password to a plain-http or odd realm
        try:
            answered, changed = self._auth.authenticate_request(challenge, {}, refresh=True)
        except Exception as exc:  # oras-py raises whatever requests and json raise
            raise RegistryAuthError(
                f"{self.registry}: the token service {realm[:120]} failed: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        if not changed or "Authorization" not in answered:
            raise self._refused()
        self._authorization = str(answered["Authorization"])

    def _refused(self) -> RegistryAuthError:
        if self.credentials is None:
            return RegistryAuthError(
                f"the registry {self.registry} requires credentials and none were found",
                hint="pass --registry-username/--registry-password or --registry-token, or "
                "log in (docker login / skopeo login); DOCKER_CONFIG and REGISTRY_AUTH_FILE "
                "are read",
            )
        return RegistryAuthError(
            f"the registry {self.registry} refused the credentials from {self.credentials.origin}"
        )

    def _expect(self, response: requests.Response, ok: tuple[int, ...], what: str) -> None:
        if response.status_code in ok:
            return
        if response.status_code == 403:
            raise RegistryAuthError(f"{self.registry}: {what}: access denied (403)")
        detail = response.reason or ""
        raise (RegistryServerError if response.status_code >= 500 else RegistryContentError)(
            f"{self.registry}: {what}: HTTP {response.status_code} {detail[:100]}"
        )


def _session_with_timeout(timeout: float) -> requests.Session:
    """A session whose every request has a timeout, oras-py's token requests included (it
    sets none, so a token service that never answers would hang the run)."""
    import requests

    class Session(requests.Session):
        def request(self, *args: Any, **kwargs: Any) -> requests.Response:
            kwargs.setdefault("timeout", timeout)
            return super().request(*args, **kwargs)

    return Session()


def _token_auth(session: requests.Session, insecure: bool) -> Any:
    """oras-py's token auth backend on our session: the WWW-Authenticate challenge, the
    anonymous or Basic-authenticated token request. Taken without `oras.provider`, whose
    `Registry.do_request` retries every error (a refused credential too) for minutes, and
    whose import pulls jsonschema's format checkers (seconds of start-up)."""
    from oras.auth import get_auth_backend

    return get_auth_backend("token", session, insecure)


class _Closing:
    """A response as a context manager that always releases its connection."""

    def __init__(self, response: requests.Response) -> None:
        self.response = response

    def __enter__(self) -> requests.Response:
        return self.response

    def __exit__(self, *exc: object) -> None:
        self.response.close()


def _pause(attempt: int) -> None:
    import random
    import time

    time.sleep(0.2 * 2**attempt * (0.5 + random.random()))  # noqa: S311


def _media_type(response: requests.Response) -> str:
    return response.headers.get("Content-Type", "").split(";", 1)[0].strip()


def _read(response: requests.Response, limit: int, what: str) -> bytes:
    return b"".join(_chunks(response, limit, what))


def _chunks(response: requests.Response, limit: int, what: str) -> Iterator[bytes]:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise RegistryContentError(f"{what} is {declared} bytes, over the limit of {limit}")
    total = 0
    for chunk in response.iter_content(_CHUNK):
        total += len(chunk)
        if total > limit:
            raise RegistryContentError(f"{what} is over the limit of {limit} bytes")
        yield chunk


@dataclass(frozen=True)
class RegistryOptions:
    """What the command line says about reaching registries."""

    username: str | None = None
    password: str | None = None
    token: str | None = None
    allow_insecure: bool = False

    def connect(self, registry: str) -> RegistryClient:
        """A client for `registry` with the credentials that apply to it: the flags, else the
        ones configured for that host (none: anonymous, as public registries allow)."""
        from sscli.stores.oci.credentials import configured_credentials, explicit_credentials

        credentials = explicit_credentials(self.username, self.password, self.token)
        if credentials is None:
            credentials = configured_credentials(registry)
        return RegistryClient(registry, credentials=credentials, insecure=self.allow_insecure)

"""A package index client: project pages (PEP 691 JSON, PEP 503 HTML fallback) and streaming,
hash-verified downloads, over http(s) or from file:// directories.

Downloads are written to a temporary file beside their destination while the sha256 is computed;
a file whose digest differs from the expected one, that is truncated, or that passes the size cap
is deleted and never reaches its destination. Transient failures (connection resets, timeouts,
5xx, 429) are retried with exponential backoff; then the client fails cleanly.
"""

from __future__ import annotations

import hashlib
import netrc
import os
import tempfile
import threading
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from sscli.errors import EnvironmentFailure, InputError, PolicyError
from sscli.fsutil import hash_file, open_regular, read_bytes_limited
from sscli.index.models import IndexFile, ProjectPage
from sscli.inventory.model import distribution_filename, normalize_name

if TYPE_CHECKING:
    import urllib3

PYPI_SIMPLE = "https://pypi.org/simple/"
_RETRY_STATUS = {429, 500, 502, 503, 504}
_CHUNK = 256 * 1024
MAX_PAGE_BYTES = 64 * 1024 * 1024  # a file:// index page


class IntegrityError(PolicyError):
    """A downloaded file is not the file that was pinned (exit 1)."""


@dataclass(frozen=True)
class IndexSettings:
    """How the client reaches an index: where, how patiently, and how much it downloads at most."""

    url: str = PYPI_SIMPLE
    timeout: float = 30.0
    retries: int = 4
    backoff: float = 0.5
    max_bytes: int = 512 * 1024 * 1024

    @classmethod
    def from_environment(cls, url: str, max_bytes: int | None = None) -> IndexSettings:
        """Settings for `url`, tuned by SSCLI_INDEX_TIMEOUT, _RETRIES and _BACKOFF (seconds)."""
        try:
            return cls(
                url=url,
                timeout=float(os.environ.get("SSCLI_INDEX_TIMEOUT", cls.timeout)),
                retries=max(0, int(os.environ.get("SSCLI_INDEX_RETRIES", cls.retries))),
                backoff=float(os.environ.get("SSCLI_INDEX_BACKOFF", cls.backoff)),
                max_bytes=max_bytes or cls.max_bytes,
            )
        except ValueError as exc:
            raise InputError(f"bad SSCLI_INDEX_* setting: {exc}") from exc


@dataclass(frozen=True)
class Download:
    """A download whose digest checked out, still in its temporary file (the caller renames it)."""

    path: Path
    sha256: str
    size: int


def redact(url: str) -> str:
    """The URL without credentials, for messages and records."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class IndexClient:
    """Reads one index; credentials go only to the index's own origin."""

    def __init__(
        self,
        settings: IndexSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        environment_credentials: bool = True,
    ):
        self.settings = settings
        base = settings.url if settings.url.endswith("/") else settings.url + "/"
        self.base_url = redact(base)
        self._origin = _origin(base)
        self._auth_header = _auth_header(base, environment=environment_credentials)
        self._sleep = sleep
        self._pool: urllib3.PoolManager | None = None
        self._pool_lock = threading.Lock()  # one pool for every thread: connections are reused

    # -- pages -------------------------------------------------------------------------------

    def project(self, name: str) -> ProjectPage:
        """The project's files as the index lists them."""
        from sscli.index.simple import (
            HTML_CONTENT_TYPE,
            JSON_CONTENT_TYPE,
            parse_html_page,
            parse_json_page,
        )

        normalized = normalize_name(name)
        url = f"{self.base_url}{quote(normalized)}/"
        if url.startswith("file://"):
            return self._file_project(normalized, url)
        status, headers, body = self._get(
            url, accept=f"{JSON_CONTENT_TYPE}, {HTML_CONTENT_TYPE};q=0.5, text/html;q=0.1"
        )
        if status == 404:
            raise InputError(f"{normalized} is not on the index {self.base_url}")
        if status != 200:
            raise EnvironmentFailure(f"index {self.base_url} answered {status} for {normalized}")
        content_type = headers.get("content-type", "").split(";")[0].strip()
        if content_type == JSON_CONTENT_TYPE:
            return parse_json_page(body, url=url, name=normalized)
        return parse_html_page(body, url=url, name=normalized)

    def _check_scheme(self, url: str) -> None:
        """A remote index may only send us to remote files, a file:// index to local ones: an
        http page listing file:///etc/... must not make sscli read local files."""
        local_index = self.base_url.startswith("file://")
        scheme = urlsplit(url).scheme
        if (scheme == "file") != local_index or scheme not in ("file", "http", "https"):
            raise InputError(
                f"the index at {self.base_url} links to {redact(url)}, which it may not"
            )

    def _file_project(self, name: str, url: str) -> ProjectPage:
        from sscli.index.simple import parse_html_page, parse_json_page

        directory = Path(unquote(urlsplit(url).path))
        if (directory / "index.json").is_file():
            page = read_bytes_limited(directory / "index.json", MAX_PAGE_BYTES)
            return parse_json_page(page, url=url, name=name)
        if (directory / "index.html").is_file():
            page = read_bytes_limited(directory / "index.html", MAX_PAGE_BYTES)
            return parse_html_page(page, url=url, name=name)
        flat = directory.parent  # a --find-links style directory of distribution files
        files = tuple(
            IndexFile(
                filename=p.name,
                url=p.resolve().as_uri(),
                hashes=hash_file(p),
                size=p.stat().st_size,
            )
            for p in sorted(flat.glob("*"))
            if p.is_file() and (parsed := distribution_filename(p.name)) and parsed[0] == name
        )
        if not files:
            raise InputError(f"{name} is not in {flat}")
        return ProjectPage(name=name, files=files, source=flat.as_uri())

    def fetch(self, url: str, *, limit: int = 8 * 1024 * 1024) -> bytes:
        """A small document the index links to (a PEP 740 provenance object)."""
        self._check_scheme(url)
        if url.startswith("file://"):
            from sscli.fsutil import read_bytes_limited

            return read_bytes_limited(Path(unquote(urlsplit(url).path)), limit)
        status, _headers, body = self._get(url, accept="application/json")
        return _document(url, status, body, limit)

    def fetch_if_present(self, url: str, *, limit: int = 8 * 1024 * 1024) -> bytes | None:
        """`fetch`, with None for a document that is not there (404, or no such file)."""
        if url.startswith("file://"):
            present = Path(unquote(urlsplit(url).path)).is_file()
            return self.fetch(url, limit=limit) if present else None
        self._check_scheme(url)
        status, _headers, body = self._get(url, accept="application/json")
        return None if status == 404 else _document(url, status, body, limit)

    # -- downloads ---------------------------------------------------------------------------

    def download(
        self, file: IndexFile, directory: Path, *, expected_sha256: str | Collection[str] | None
    ) -> Download:
        """Stream `file` into `directory` (as a temporary file), verifying its sha256.

        With `expected_sha256`, a different digest is an `IntegrityError` and nothing is kept.
        The index's own listed sha256 is checked too. The caller renames the temporary file.
        """
        self._check_scheme(file.url)
        for attempt in range(self.settings.retries + 1):
            try:
                return self._download_once(file, directory, expected_sha256)
            except _Transient as exc:
                if attempt == self.settings.retries:
                    raise EnvironmentFailure(
                        f"cannot download {file.filename} from {redact(file.url)}: {exc} "
                        f"(after {attempt + 1} attempts)"
                    ) from exc
                self._sleep(min(self.settings.backoff * 2**attempt, 8.0))
        raise AssertionError("unreachable")

    def _download_once(
        self, file: IndexFile, directory: Path, expected: str | Collection[str] | None
    ) -> Download:
        directory.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".download-", suffix=".part", dir=directory)
        temporary = Path(name)
        try:
            with os.fdopen(fd, "wb") as handle:
                # not synced: what is kept is made durable where it is kept (the vault's barrier)
                digest, size = self._stream(file, handle)
            _check_digest(file, digest, expected)
        except OSError as exc:  # disk full, file size limit, I/O error: nothing half-written stays
            temporary.unlink(missing_ok=True)
            reason = exc.strerror or str(exc)
            raise EnvironmentFailure(
                f"cannot store the download of {file.filename} in {directory}: {reason}"
            ) from exc
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return Download(temporary, digest, size)

    def _stream(self, file: IndexFile, handle: Any) -> tuple[str, int]:
        hasher = hashlib.sha256()
        size = 0
        for chunk in self._chunks(file):
            size += len(chunk)
            if size > self.settings.max_bytes:
                raise InputError(
                    f"{file.filename} is larger than the {self.settings.max_bytes} byte limit"
                )
            hasher.update(chunk)
            handle.write(chunk)
        if file.size is not None and size != file.size:
            raise _Transient(f"truncated: got {size} of {file.size} bytes")
        return hasher.hexdigest(), size

    def _chunks(self, file: IndexFile) -> Iterator[bytes]:
        if file.url.startswith("file://"):
            path = Path(unquote(urlsplit(file.url).path))
            try:
                with open_regular(path) as source:
                    while chunk := source.read(_CHUNK):
                        yield chunk
            except OSError as exc:
                raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
            return
        yield from self._http_chunks(file.url)

    def _http_chunks(self, url: str) -> Iterator[bytes]:
        import urllib3

        try:
            response = self._request(url, accept="*/*", preload=False)
        except urllib3.exceptions.HTTPError as exc:
            raise _Transient(str(exc)) from exc
        try:
            if response.status in _RETRY_STATUS:
                raise _Transient(f"HTTP {response.status}")
            if response.status != 200:
                raise EnvironmentFailure(f"{redact(url)} answered HTTP {response.status}")
            expected_length = response.headers.get("content-length")
            received = 0
            allowed = max(120.0, 10 * self.settings.timeout)  # a whole download, not one read
            deadline = time.monotonic() + allowed
            for chunk in response.stream(_CHUNK, decode_content=False):
                received += len(chunk)
                if time.monotonic() > deadline:
                    raise _Transient(f"too slow: {received} bytes in {allowed:.0f} s")
                yield chunk
            if expected_length is not None and received != int(expected_length):
                raise _Transient(f"truncated: got {received} of {expected_length} bytes")
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise _Transient(str(exc)) from exc
        finally:
            response.release_conn()

    # -- HTTP --------------------------------------------------------------------------------

    def _get(self, url: str, *, accept: str) -> tuple[int, dict[str, str], bytes]:
        import urllib3

        for attempt in range(self.settings.retries + 1):
            try:
                response = self._request(url, accept=accept, preload=True)
                if response.status not in _RETRY_STATUS:
                    if response.status in (401, 403):
                        raise EnvironmentFailure(
                            f"index {self.base_url} refused access ({response.status})",
                            hint="set SSCLI_INDEX_USERNAME/SSCLI_INDEX_PASSWORD or "
                            "SSCLI_INDEX_TOKEN, or add the host to ~/.netrc",
                        )
                    headers = {k.lower(): v for k, v in response.headers.items()}
                    return response.status, headers, response.data
                reason = f"HTTP {response.status}"
            except urllib3.exceptions.HTTPError as exc:
                reason = str(exc)
            if attempt == self.settings.retries:
                raise EnvironmentFailure(
                    f"index {self.base_url} unreachable: {reason} (after {attempt + 1} attempts)"
                )
            self._sleep(min(self.settings.backoff * 2**attempt, 8.0))
        raise AssertionError("unreachable")

    def _request(self, url: str, *, accept: str, preload: bool) -> urllib3.BaseHTTPResponse:
        import urllib3

        with self._pool_lock:
            if self._pool is None:
                self._pool = urllib3.PoolManager(
                    num_pools=8,
                    maxsize=4,
                    # sscli retries itself; urllib3 only follows redirects (dropping Authorization
                    # when one leaves the host)
                    retries=urllib3.Retry(
                        total=None, connect=0, read=0, status=0, other=0, redirect=5
                    ),
                    timeout=urllib3.Timeout(connect=10.0, read=self.settings.timeout),
                )
        headers = {"Accept": accept, "User-Agent": "sscli", "Accept-Encoding": "identity"}
        if self._auth_header and _origin(url) == self._origin:
            headers["Authorization"] = self._auth_header
        return self._pool.request(
            "GET", redact(url), headers=headers, preload_content=preload, redirect=True
        )


def _document(url: str, status: int, body: bytes, limit: int) -> bytes:
    if status != 200:
        raise EnvironmentFailure(f"{redact(url)} answered {status}")
    if len(body) > limit:
        raise InputError(f"{redact(url)} is larger than {limit} bytes")
    return body


class _Transient(Exception):
    """A failure worth retrying."""


def _check_digest(file: IndexFile, digest: str, expected: str | Collection[str] | None) -> None:
    listed = file.hashes.get("sha256")
    allowed = {expected} if isinstance(expected, str) else set(expected or ())
    if expected is not None and digest not in allowed:
        pinned = " or ".join(sorted(allowed)[:3]) or "nothing"
        raise IntegrityError(
            f"{file.filename}: sha256 {digest} does not match the pinned {pinned}",
            hint="the file on the index is not the one that was locked; nothing was stored",
        )
    if listed is not None and digest != listed:
        raise IntegrityError(f"{file.filename}: sha256 {digest} differs from the index's {listed}")


def _origin(url: str) -> tuple[str, str | None, int | None]:
    parts = urlsplit(url)
    return parts.scheme, parts.hostname, parts.port


def _auth_header(url: str, *, environment: bool = True) -> str | None:
    """Credentials: in the URL, then (with `environment`) SSCLI_INDEX_TOKEN /
    SSCLI_INDEX_USERNAME+PASSWORD, then ~/.netrc for the index host. Nothing from a keyring."""
    import base64

    parts = urlsplit(url)
    token = os.environ.get("SSCLI_INDEX_TOKEN") if environment else None
    user, password = parts.username, parts.password
    if user is None and token:
        return f"Bearer {token}"
    if user is None and environment and os.environ.get("SSCLI_INDEX_USERNAME"):
        user = os.environ["SSCLI_INDEX_USERNAME"]
        password = os.environ.get("SSCLI_INDEX_PASSWORD", "")
    if user is None and parts.hostname and parts.scheme in ("http", "https"):
        try:
            entry = netrc.netrc().authenticators(parts.hostname)
        except (FileNotFoundError, netrc.NetrcParseError, OSError):
            entry = None
        if entry:
            user, _, password = entry
    if user is None:
        return None
    raw = f"{unquote(user)}:{unquote(password or '')}".encode()
    return "Basic " + base64.b64encode(raw).decode()

"""The vault in an S3-compatible bucket (`s3://BUCKET/PREFIX`), laid out as the directory vault
is (files/, entries/, attestations/, simple/), so that any static HTTP front, a public-read
bucket or a bucket policy serves it to pip and uv as a PEP 503 index.

There is no lock across machines: writes are conditional instead.
- A file is written with `If-None-Match: *` (the commit point, as the directory vault's link
  is): a 412 means someone stored that name first; the same sha256 makes it a no-op, another
  is the vault's write-once conflict.
- An entry follows its file, also `If-None-Match: *`; the attestation log and the entry's
  pointer to it are appended with `If-Match` on their ETag and retried.
- Index pages are rendered from a listing taken *after* reading the page's ETag and written with
  `If-Match` on it (`If-None-Match: *` for a new page); a 412 re-lists and re-renders. A writer
  that lost the race therefore always renders again from a listing that includes the winner's
  files, and concurrent ingests lose nothing. After writing, a page is read back and rewritten if
  it lacks what this writer put in (a defence for servers, moto among them, that check the
  condition and write in two steps).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sscli.errors import EnvironmentFailure, InputError, UsageError
from sscli.index.simple import JSON_CONTENT_TYPE
from sscli.inventory.model import Inventory, normalize_name
from sscli.vault import pages
from sscli.vault.store import (
    Vault,
    VaultConflictError,
    VaultEntry,
    checked_filename,
    checked_project,
)

SCHEME = "s3://"
ATTEMPTS = 12
ENTRY_LIMIT = 4 * 1024 * 1024
ATTESTATION_LIMIT = 64 * 1024 * 1024
_HTML = "text/html; charset=utf-8"


def is_s3(text: str) -> bool:
    return text.startswith(SCHEME)


@dataclass(frozen=True)
class BucketLocation:
    """A vault in a bucket: the bucket and the key prefix its files are under."""

    bucket: str
    prefix: str  # without leading or trailing slash; may be empty

    def key(self, *parts: str) -> str:
        return "/".join(p for p in (self.prefix, *parts) if p)

    def __str__(self) -> str:
        return f"{SCHEME}{self.bucket}/{self.prefix}" if self.prefix else f"{SCHEME}{self.bucket}"


def parse_location(text: str) -> BucketLocation:
    import re

    if not is_s3(text):
        raise UsageError(f"not an s3:// location: {text[:200]!r}")
    bucket, _, prefix = text[len(SCHEME) :].partition("/")
    if not re.fullmatch(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", bucket):
        raise UsageError(f"{text[:200]!r}: {bucket[:70]!r} is not an S3 bucket name")
    prefix = prefix.strip("/")
    if any(part in ("", ".", "..") for part in prefix.split("/")) and prefix:
        raise UsageError(f"{text[:200]!r}: the prefix has empty or relative parts")
    return BucketLocation(bucket, prefix)


def s3_client(endpoint: str | None) -> Any:
    """A boto3 S3 client: `endpoint` if given, else boto3's own configuration
    (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, profiles), credentials as boto3 finds them."""
    try:
        import boto3
        from botocore.config import Config
    except ImportError:
        raise EnvironmentFailure(
            "the S3 vault needs boto3", hint="pip install 'sscli[s3]'"
        ) from None
    config = Config(retries={"max_attempts": 3, "mode": "standard"}, connect_timeout=10)
    return boto3.client("s3", endpoint_url=endpoint, config=config)


class BucketVault:
    """The vault's interface (see `sscli.vault.store.VaultStore`) over one bucket prefix."""

    def __init__(self, location: BucketLocation, client: Any) -> None:
        self.location = location
        self.client = client
        self.root = str(location)
        self._cache: dict[str, tuple[str, VaultEntry]] = {}  # entries/ key -> ETag, entry

    # -- the interface ingest uses ------------------------------------------------------------

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """No lock: every write below is conditional."""
        yield

    def tidy(self) -> list[str]:
        return []  # nothing is staged in the bucket: a crash leaves at most a file without entry

    @contextlib.contextmanager
    def workspace(self) -> Iterator[Path]:
        with tempfile.TemporaryDirectory(prefix="sscli-s3-vault-") as directory:
            yield Path(directory)

    def entries(self) -> list[VaultEntry]:
        """Every entry whose file exists, sorted by project and filename. Two listings; an
        entry is fetched again only when its ETag changed since this object last read it."""
        files = set(self._list("files/"))
        listed = {
            key: etag for key, etag in self._list_etags("entries/").items()
            if key.endswith(".json") and key.removesuffix(".json") in files
        }  # fmt: skip
        stale = [key for key, etag in listed.items() if self._cache.get(key, ("",))[0] != etag]
        with ThreadPoolExecutor(max_workers=8) as pool:
            for key, entry, etag in pool.map(self._fetch_entry, stale):
                if entry is not None:
                    self._cache[key] = (etag or "", entry)
        found = [self._cache[key][1] for key in listed if key in self._cache]
        return sorted(found, key=lambda e: (e.project, e.filename))

    def _fetch_entry(self, key: str) -> tuple[str, VaultEntry | None, str | None]:
        data, etag = self._get_with_etag(f"entries/{key}", ENTRY_LIMIT)
        return key, self._parse_entry(data, key) if data is not None else None, etag

    def get(self, project: str, filename: str) -> VaultEntry | None:
        project = checked_project(normalize_name(project))
        relative = f"{project}/{checked_filename(filename)}"
        if self._head(f"files/{relative}") is None:
            return None
        return self._read_entry(f"entries/{relative}.json")

    def add(self, temporary: Path, entry: VaultEntry) -> tuple[VaultEntry, bool]:
        """Store a verified temporary file and its entry, write-once (see the module doc)."""
        project = checked_project(normalize_name(entry.project))
        relative = f"{project}/{checked_filename(entry.filename)}"
        entry = VaultEntry(**{**asdict(entry), "project": project})
        try:
            with temporary.open("rb") as body:
                created = self._put(
                    f"files/{relative}", body, "application/octet-stream",
                    if_none_match=True, sha256=entry.sha256,
                )  # fmt: skip
        finally:
            temporary.unlink(missing_ok=True)
        if not created:
            existing = self._file_sha256(f"files/{relative}")
            if existing != entry.sha256:
                raise VaultConflictError(
                    f"the vault already holds {entry.filename} with sha256 {existing}; "
                    f"refusing different content ({entry.sha256})",
                    hint="files in the vault are write-once",
                )
        if not self._put(f"entries/{relative}.json", entry.to_json().encode(),
                         "application/json", if_none_match=True):  # fmt: skip
            current = self._read_entry(f"entries/{relative}.json")
            if current is not None and current.sha256 == entry.sha256:
                return current, False
            self._update(f"entries/{relative}.json", lambda _old: entry.to_json().encode())
        return entry, created

    def record_attestation(self, entry: VaultEntry, envelope_line: bytes) -> VaultEntry:
        relative = f"attestations/{entry.sha256}.intoto.jsonl"
        line = envelope_line.rstrip(b"\n") + b"\n"
        self._update(relative, lambda old: old if line in old.split(b"\n") else old + line)
        updated = VaultEntry(**{**asdict(entry), "attestation": relative})
        key = f"entries/{entry.project}/{entry.filename}.json"
        self._update(key, lambda _old: updated.to_json().encode())
        return updated

    def index_is_current(self) -> bool:
        marker = self._get(f"simple/{pages.GENERATION}", 1024)
        return marker is not None and marker.decode().strip() == pages.generation(self.entries())

    def rebuild_index(self) -> int:
        """Rewrite every page whose content changed; each page is conditional on its ETag."""
        return self._publish_pages()

    # -- beyond ingest ---------------------------------------------------------------------

    def read_attestation(self, entry: VaultEntry) -> bytes | None:
        if not entry.attestation:
            return None
        return self._get(f"attestations/{entry.sha256}.intoto.jsonl", ATTESTATION_LIMIT)

    def download(self, entry: VaultEntry, target: Path, limit: int) -> None:
        """Copy an entry's file to `target`, checking its size and sha256 against the entry."""
        key = self.location.key("files", entry.project, entry.filename)
        hasher = hashlib.sha256()
        size = 0
        with self._errors(), target.open("wb") as out:
            body = self.client.get_object(Bucket=self.location.bucket, Key=key)["Body"]
            for chunk in body.iter_chunks(1024 * 1024):
                size += len(chunk)
                if size > min(limit, entry.size):
                    raise InputError(f"{self.root}: {entry.filename} is larger than its entry")
                hasher.update(chunk)
                out.write(chunk)
        if hasher.hexdigest() != entry.sha256 or size != entry.size:
            from sscli.index.client import IntegrityError

            raise IntegrityError(
                f"{self.root}: {entry.filename} does not match its entry's sha256: "
                "the bucket was altered"
            )

    # -- index pages -------------------------------------------------------------------------

    def _publish_pages(self) -> int:
        """Rounds of: list the pages' ETags, then list the entries, render every page, and put
        each page that differs with `If-Match` on the ETag listed (`If-None-Match: *` when
        new). Done when a round finds nothing to write: the pages then show a listing taken
        after every file this writer committed."""
        for attempt in range(ATTEMPTS):
            etags = self._list_etags("simple/")
            wanted = self._render_pages()
            changed = False
            for key, (body, content_type) in wanted.items():
                etag = etags.get(key)
                if etag is not None and etag.strip('"') == hashlib.md5(body).hexdigest():  # noqa: S324
                    continue  # S3's ETag of a single PUT is the MD5 of its body
                changed = True
                if not self._put(f"simple/{key}", body, content_type,
                                 if_match=etag, if_none_match=etag is None):  # fmt: skip
                    break  # someone else wrote: start the round again
            if not changed:
                return sum(1 for key in wanted if key.endswith("/index.json"))
            _pause(attempt)
        raise EnvironmentFailure(
            f"{self.root}: the index pages kept changing under concurrent writers "
            f"({ATTEMPTS} rounds)",
            hint="run the ingest again: its files and entries are stored already",
        )

    def _render_pages(self) -> dict[str, tuple[bytes, str]]:
        """Every page, keyed relative to simple/. `<name>/` and `` are the keys a static
        front (a public bucket) serves for `.../simple/<name>/` and `.../simple/`."""
        entries = self.entries()
        grouped: dict[str, list[VaultEntry]] = {}
        for entry in pages.served(entries):  # a release built here: its built wheels only
            grouped.setdefault(entry.project, []).append(entry)
        rendered: dict[str, tuple[bytes, str]] = {}
        for project, files in sorted(grouped.items()):
            html = pages.project_html(project, files).encode()
            rendered[f"{project}/index.html"] = (html, _HTML)
            rendered[f"{project}/"] = (html, _HTML)
            rendered[f"{project}/index.json"] = (
                pages.project_json(project, files).encode(),
                JSON_CONTENT_TYPE,
            )
        root = pages.root_html(sorted(grouped)).encode()
        rendered["index.html"] = (root, _HTML)
        rendered[""] = (root, _HTML)
        rendered["index.json"] = (pages.root_json(sorted(grouped)).encode(), JSON_CONTENT_TYPE)
        rendered[pages.GENERATION] = ((pages.generation(entries) + "\n").encode(), "text/plain")
        return rendered

    # -- S3 calls ----------------------------------------------------------------------------

    def _list(self, relative: str) -> list[str]:
        """Keys under `relative` (relative to `relative`), every page of the listing."""
        base = self.location.key(relative.rstrip("/")) + "/"
        keys = []
        with self._errors():
            paginator = self.client.get_paginator("list_objects_v2")
            for page in paginator.paginate(Bucket=self.location.bucket, Prefix=base):
                keys += [item["Key"][len(base) :] for item in page.get("Contents", [])]
        return keys

    def _list_etags(self, relative: str) -> dict[str, str]:
        base = self.location.key(relative.rstrip("/")) + "/"
        found = {}
        with self._errors():
            paginator = self.client.get_paginator("list_objects_v2")
            for page in paginator.paginate(Bucket=self.location.bucket, Prefix=base):
                for item in page.get("Contents", []):
                    found[item["Key"][len(base) :]] = str(item.get("ETag", ""))
        return found

    def _head(self, relative: str) -> str | None:
        from botocore.exceptions import ClientError

        try:
            with self._errors():
                answer = self.client.head_object(
                    Bucket=self.location.bucket, Key=self.location.key(relative)
                )
        except ClientError as exc:
            if _status(exc) == 404:
                return None
            raise
        return str(answer["ETag"])

    def _get(self, relative: str, limit: int) -> bytes | None:
        data, _ = self._get_with_etag(relative, limit)
        return data

    def _get_with_etag(self, relative: str, limit: int) -> tuple[bytes | None, str | None]:
        from botocore.exceptions import ClientError

        try:
            with self._errors():
                answer = self.client.get_object(
                    Bucket=self.location.bucket, Key=self.location.key(relative)
                )
                if int(answer.get("ContentLength", 0)) > limit:
                    raise InputError(f"{self.root}/{relative} is over {limit} bytes")
                data = answer["Body"].read(limit + 1)
        except ClientError as exc:
            if _status(exc) == 404:
                return None, None
            raise
        if len(data) > limit:
            raise InputError(f"{self.root}/{relative} is over {limit} bytes")
        return data, str(answer["ETag"])

    def _put(
        self,
        relative: str,
        body: Any,
        content_type: str,
        *,
        if_none_match: bool = False,
        if_match: str | None = None,
        sha256: str | None = None,
    ) -> bool:
        """One PUT; False when its condition failed (412, or 409 for a concurrent one)."""
        from botocore.exceptions import ClientError

        arguments: dict[str, Any] = {
            "Bucket": self.location.bucket,
            "Key": self.location.key(relative),
            "Body": body,
            "ContentType": content_type,
        }
        if if_match is not None:
            arguments["IfMatch"] = if_match
        elif if_none_match:
            arguments["IfNoneMatch"] = "*"
        if sha256 is not None:  # the server checks the upload against it
            arguments["ChecksumSHA256"] = base64.b64encode(bytes.fromhex(sha256)).decode()
        try:
            with self._errors():
                self.client.put_object(**arguments)
        except ClientError as exc:
            if _status(exc) in (412, 409) or (_status(exc) == 404 and if_match is not None):
                return False
            raise
        return True

    def _update(self, relative: str, change: Callable[[bytes], bytes]) -> None:
        """Read-modify-write one object with `If-Match` on its ETag, retried."""
        for attempt in range(ATTEMPTS):
            old, etag = self._get_with_etag(relative, ATTESTATION_LIMIT)
            new = change(old or b"")
            if old is not None and new == old:
                return
            if self._put(relative, new, "application/octet-stream",
                         if_match=etag, if_none_match=etag is None):  # fmt: skip
                return
            _pause(attempt)
        raise EnvironmentFailure(f"{self.root}/{relative} kept changing ({ATTEMPTS} attempts)")

    def _read_entry(self, relative: str) -> VaultEntry | None:
        data = self._get(relative, ENTRY_LIMIT)
        return None if data is None else self._parse_entry(data, relative.removeprefix("entries/"))

    def _parse_entry(self, data: bytes, key: str) -> VaultEntry:
        origin = f"{self.root}/entries/{key}"
        entry = VaultEntry.from_json(data.decode("utf-8", "replace"), origin=origin)
        if f"{entry.project}/{entry.filename}.json" != key:
            raise InputError(f"{origin}: the entry names another file")
        return entry

    def _file_sha256(self, relative: str) -> str:
        hasher = hashlib.sha256()
        with self._errors():
            answer = self.client.get_object(
                Bucket=self.location.bucket, Key=self.location.key(relative)
            )
            for chunk in answer["Body"].iter_chunks(1024 * 1024):
                hasher.update(chunk)
        return hasher.hexdigest()

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """boto3's errors that mean the bucket cannot be used, as exit 3."""
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            EndpointConnectionError,
            NoCredentialsError,
        )

        try:
            yield
        except NoCredentialsError:
            raise EnvironmentFailure(
                f"no AWS credentials for {self.root}",
                hint="set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a role",
            ) from None
        except EndpointConnectionError as exc:
            raise EnvironmentFailure(
                f"cannot reach the S3 endpoint for {self.root}: {exc}"
            ) from exc
        except ClientError as exc:
            status = _status(exc)
            if status in (404, 409, 412):
                raise
            if _code(exc) == "NoSuchBucket":
                raise EnvironmentFailure(f"{self.root}: no such bucket") from exc
            if status == 403:
                raise EnvironmentFailure(f"{self.root}: access denied ({_code(exc)})") from exc
            raise EnvironmentFailure(f"{self.root}: {_code(exc)} (HTTP {status})") from exc
        except BotoCoreError as exc:
            raise EnvironmentFailure(f"{self.root}: {exc}") from exc


def _status(exc: Any) -> int:
    return int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0))


def _code(exc: Any) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def _pause(attempt: int) -> None:
    time.sleep(0.02 * (1 + attempt) * (0.5 + random.random()))  # noqa: S311


@dataclass
class Materialized:
    """What `materialize` did: files added or already there, and locked packages the bucket
    does not hold under any of the lock's hashes."""

    added: list[str]
    present: list[str]
    missing: list[str]


def materialize(
    source: BucketVault, inventory: Inventory, destination: Vault, limit: int = 1 << 30
) -> Materialized:
    """Copy exactly the files the lock pins (by sha256) from the bucket into a local vault,
    each hash-checked, with its entry and ingest attestation; then rebuild the local index."""
    by_sha: dict[str, list[VaultEntry]] = {}
    for entry in source.entries():
        by_sha.setdefault(entry.sha256, []).append(entry)
    result = Materialized([], [], [])
    wanted: list[VaultEntry] = []
    for package in inventory.packages:
        found = [e for digest in package.sha256_hashes for e in by_sha.get(digest, [])]
        if not found:
            result.missing.append(package.key)
        wanted += found
    with destination.workspace() as workspace:
        for entry in wanted:
            held = destination.get(entry.project, entry.filename)
            if held is not None and held.sha256 == entry.sha256:
                result.present.append(entry.filename)
                continue
            temporary = workspace / entry.filename
            source.download(entry, temporary, limit)
            with destination.locked():
                stored, added = destination.add(temporary, entry)
                attestation = source.read_attestation(entry) if added else None
                for line in (attestation or b"").splitlines():
                    if line.strip():
                        stored = destination.record_attestation(stored, line)
            (result.added if added else result.present).append(entry.filename)
    with destination.locked():
        destination.rebuild_index()
    return result

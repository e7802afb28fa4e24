"""Real servers on loopback for tests: pypiserver, and a scriptable simple index that can
answer with PEP 691 JSON (yanked files, upload times) and misbehave on purpose."""

from __future__ import annotations

import contextlib
import hashlib
import json
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.request import urlopen

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], name: str, seconds: float) -> None:
    """Poll `url` until it answers, or fail if `process` died or `seconds` passed."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"{name} did not start") from None
            time.sleep(0.1)


@contextlib.contextmanager
def pypiserver(directory: Path) -> Iterator[str]:
    """A real pypiserver on 127.0.0.1 serving `directory`; yields its simple index URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pypiserver", "run", "-p", str(port), "-i", "127.0.0.1", "-a", ".",
         "-P", ".", "--disable-fallback", "--hash-algo", "sha256", "--backend", "simple-dir",
         "--log-stream", "none", str(directory)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/simple/"
    try:
        wait_until_up(url, process, "pypiserver", 20)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def project_of(filename: str) -> str:
    if filename.endswith(".whl"):
        return canonicalize_name(parse_wheel_filename(filename)[0])
    return canonicalize_name(parse_sdist_filename(filename)[0])


@dataclass
class Fault:
    """Misbehaviour for requests whose path ends with `suffix`, the first `times` times."""

    suffix: str
    kind: str  # "500", "reset", "truncate", "swap", "slow"
    times: int = 1_000_000
    seen: int = 0


@dataclass
class ScriptedIndex:
    """What the scripted index serves: files, their yanked state and upload times, faults."""

    files: dict[str, Path] = field(default_factory=dict)
    yanked: dict[str, str] = field(default_factory=dict)
    uploaded: dict[str, datetime] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    credentials: str | None = None  # required Authorization header value, if any
    provenance: dict[str, Path] = field(default_factory=dict)  # filename -> PEP 740 provenance

    def add(
        self, path: Path, *, yanked: str | None = None, uploaded: datetime | None = None
    ) -> None:
        self.files[path.name] = path
        if yanked is not None:
            self.yanked[path.name] = yanked
        self.uploaded[path.name] = uploaded or datetime(2024, 1, 1, tzinfo=UTC)


class _Quiet(BaseHTTPRequestHandler):
    """HTTP/1.1, no access log on stderr."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass


def _handler(index: ScriptedIndex) -> type[BaseHTTPRequestHandler]:
    class Handler(_Quiet):
        def do_GET(self) -> None:
            index.requests.append((self.path, dict(self.headers.items())))
            if index.credentials and self.headers.get("Authorization") != index.credentials:
                self._send(401, b"unauthorized", "text/plain")
                return
            fault = next(
                (f for f in index.faults if self.path.endswith(f.suffix) and f.seen < f.times), None
            )
            if fault is not None:
                fault.seen += 1
                if self._fault(fault):
                    return
            parts = [p for p in self.path.split("?")[0].split("/") if p]
            if len(parts) == 2 and parts[0] == "simple":
                self._project(parts[1])
            elif len(parts) == 2 and parts[0] == "provenance" and parts[1] in index.provenance:
                self._send(200, index.provenance[parts[1]].read_bytes(), "application/json")
            elif len(parts) == 2 and parts[0] == "files" and parts[1] in index.files:
                self._send(200, index.files[parts[1]].read_bytes(), "application/octet-stream")
            else:
                self._send(404, b"not found", "text/plain")

        def _fault(self, fault: Fault) -> bool:
            if fault.kind == "500":
                self._send(500, b"boom", "text/plain")
            elif fault.kind == "reset":  # RST mid-download: linger 0, then close every handle
                name = self.path.rsplit("/", 1)[-1]
                data = index.files[name].read_bytes()
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data[: len(data) // 3])
                self.wfile.flush()
                linger = struct.pack("ii", 1, 0)
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                self._hang_up()
            elif fault.kind == "truncate":
                name = self.path.rsplit("/", 1)[-1]
                data = index.files[name].read_bytes()
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self._hang_up()
            elif fault.kind == "swap":  # same size, different bytes: a substituted file
                name = self.path.rsplit("/", 1)[-1]
                data = bytearray(index.files[name].read_bytes())
                data[len(data) // 2] ^= 0xFF
                self._send(200, bytes(data), "application/octet-stream")
            elif fault.kind == "slow":
                time.sleep(0.5)
                return False
            return True

        def _hang_up(self) -> None:
            self.close_connection = True
            self.rfile.close()
            self.wfile.close()
            self.connection.close()

        def _project(self, name: str) -> None:
            names = sorted(f for f in index.files if project_of(f) == canonicalize_name(name))
            if not names:
                self._send(404, b"not found", "text/plain")
                return
            files = []
            for filename in names:
                data = index.files[filename].read_bytes()
                files.append({
                    "filename": filename,
                    "url": f"/files/{filename}",
                    "hashes": {"sha256": hashlib.sha256(data).hexdigest()},
                    "size": len(data),
                    "yanked": index.yanked.get(filename, False) if filename in index.yanked else False,
                    "upload-time": index.uploaded[filename].isoformat().replace("+00:00", "Z"),
                    "provenance": f"/provenance/{filename}" if filename in index.provenance else None,
                })  # fmt: skip
            body = json.dumps(
                {"meta": {"api-version": "1.1"}, "name": name, "files": files}
            ).encode()
            self._send(200, body, "application/vnd.pypi.simple.v1+json")

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextlib.contextmanager
def scripted_index(index: ScriptedIndex) -> Iterator[str]:
    """Serve `index` on loopback; yields its simple index URL."""
    with _serving(_handler(index)) as base:
        yield f"{base}/simple/"


@contextlib.contextmanager
def _serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """`handler` on a loopback port in a thread; yields http://127.0.0.1:PORT."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def aws_kms(monkeypatch: Any) -> Iterator[Any]:
    """A real AWS KMS API on loopback (moto's server), with boto3 pointed at it through the
    environment, as `AWS_ENDPOINT_URL` points it at a private endpoint in production. Yields a
    boto3 KMS client for the test to create keys with."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        for name, value in {
            "AWS_ENDPOINT_URL": f"http://{host}:{port}",
            "AWS_ACCESS_KEY_ID": "loopback",
            "AWS_SECRET_ACCESS_KEY": "loopback",
            "AWS_DEFAULT_REGION": "us-east-1",
        }.items():
            monkeypatch.setenv(name, value)
        yield boto3.client("kms")
    finally:
        server.stop()


@contextlib.contextmanager
def static_files(directory: Path) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 serving `directory` as it is at each request; yields its
    base URL (no trailing slash). Files are read when requested, so a test can change them."""
    from http.server import SimpleHTTPRequestHandler

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(directory), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with _serving(Quiet) as base:
        yield base


@dataclass
class JsonApi:
    """A Warehouse-style JSON API on loopback: `/pypi/<project>/json` is `<directory>/<project>.json`
    (documents recorded from PyPI); `requests` counts what was asked."""

    directory: Path
    requests: list[str] = field(default_factory=list)


@contextlib.contextmanager
def json_api(api: JsonApi) -> Iterator[str]:
    """Serve `api`; yields its base URL (`.../pypi/`)."""

    class Handler(_Quiet):
        def do_GET(self) -> None:
            api.requests.append(self.path)
            parts = [p for p in self.path.split("?")[0].split("/") if p]
            document = api.directory / f"{parts[1]}.json" if len(parts) == 3 else None
            found = parts[:1] == ["pypi"] and parts[2:] == ["json"] and document is not None
            body = document.read_bytes() if found and document and document.is_file() else None
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

    with _serving(Handler) as base:
        yield f"{base}/pypi/"


@contextlib.contextmanager
def docker_registry(storage: Path) -> Iterator[str]:
    """A real CNCF Distribution registry (Debian's docker-registry) on 127.0.0.1, with its own
    config and its storage under `storage`; yields its host:port."""
    port = free_port()
    storage.mkdir(parents=True, exist_ok=True)
    config = storage / "config.yml"
    config.write_text(
        "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\n"
        f"storage:\n  filesystem:\n    rootdirectory: {storage / 'data'}\n"
        f"http:\n  addr: 127.0.0.1:{port}\n"
    )
    process = subprocess.Popen(
        ["docker-registry", "serve", str(config)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until_up(f"http://127.0.0.1:{port}/v2/", process, "docker-registry", 20)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"


@dataclass
class ScriptedRegistry:
    """An in-memory OCI registry that can speak the referrers API (which Distribution 2.x
    lacks), demand credentials, and misbehave on purpose. `faults` holds names of misdeeds:
    "wrong-manifest" (serves other bytes for a digest), "huge-blob" (an endless blob),
    "redirect-blob" (blobs redirect to `redirect_to`), "rewrite-tag-index" (every write of a
    referrers tag index is replaced by an index without the new entries), "drop-index-once"
    (the first write of a tag index is overwritten with the old content, as a concurrent
    writer that read before it would)."""

    referrers_api: bool = True
    basic: tuple[str, str] | None = None  # require this user and password (Basic)
    bearer: tuple[str, str] | None = None  # require a token from /token for this user, password
    faults: set[str] = field(default_factory=set)
    redirect_to: str = ""
    failing_blobs: int = 0  # this many blob requests answer 500 first
    realm: str = ""  # the token service the Bearer challenge names (default: its own /token)
    blobs: dict[str, bytes] = field(default_factory=dict)
    manifests: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # digest -> type, body
    tags: dict[str, str] = field(default_factory=dict)  # repo:tag -> digest
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_manifest(self, repo: str, body: bytes, media_type: str, tag: str | None = None) -> str:
        digest = "sha256:" + hashlib.sha256(body).hexdigest()
        self.manifests[digest] = (media_type, body)
        if tag:
            self.tags[f"{repo}:{tag}"] = digest
        return digest


def _registry_handler(registry: ScriptedRegistry) -> type[BaseHTTPRequestHandler]:
    import base64
    import re
    import secrets

    uploads: dict[str, bytes] = {}
    tokens: set[str] = set()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _send(
            self, status: int, body: bytes = b"", headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _authorized(self) -> bool:
            given = self.headers.get("Authorization", "")
            if registry.basic is not None:
                expected = "Basic " + base64.b64encode(":".join(registry.basic).encode()).decode()
                if given != expected:
                    self._send(401, b"{}", {"WWW-Authenticate": 'Basic realm="scripted"'})
                    return False
            if registry.bearer is not None and not (
                given.startswith("Bearer ") and given[7:] in tokens
            ):
                host = self.headers.get("Host")
                realm = registry.realm or f"http://{host}/token"
                challenge = f'Bearer realm="{realm}",service="scripted",scope="repository:x:pull"'
                self._send(401, b"{}", {"WWW-Authenticate": challenge})
                return False
            return True

        def _token(self) -> None:
            assert registry.bearer is not None
            expected = "Basic " + base64.b64encode(":".join(registry.bearer).encode()).decode()
            if self.headers.get("Authorization") != expected:
                self._send(401, b"{}")
                return
            token = secrets.token_hex(8)
            tokens.add(token)
            self._send(
                200, json.dumps({"token": token}).encode(), {"Content-Type": "application/json"}
            )

        def handle_one(self) -> None:
            self.seen_request()
            path = self.path.split("?")[0]
            if path == "/token":
                self._token()
                return
            if not self._authorized():
                self._body()
                return
            if path == "/v2/":
                self._send(200, b"{}")
                return
            match = re.fullmatch(r"/v2/(.+)/(blobs|manifests|referrers)/(.+)", path)
            if match is None or "/blobs/uploads" in path:
                self._upload(path)
                return
            repo, kind, ref = match.groups()
            getattr(self, f"_{kind}")(repo, ref)

        def seen_request(self) -> None:
            with registry.lock:
                registry.seen.append((self.command, self.path, dict(self.headers.items())))

        def _upload(self, path: str) -> None:
            if self.command == "POST" and path.endswith("/blobs/uploads/"):
                self._body()
                session = secrets.token_hex(8)
                uploads[session] = b""
                self._send(202, b"", {"Location": f"{path}{session}"})
            elif self.command == "PUT" and "/blobs/uploads/" in path:
                data = self._body()
                digest = self.path.split("digest=", 1)[1]
                if "sha256:" + hashlib.sha256(data).hexdigest() != digest:
                    self._send(400, b"digest mismatch")
                    return
                registry.blobs[digest] = data
                self._send(201, b"", {"Docker-Content-Digest": digest})
            else:
                self._send(404)

        def _blobs(self, repo: str, digest: str) -> None:
            if registry.failing_blobs > 0:  # as Distribution under concurrent uploads
                registry.failing_blobs -= 1
                self._send(500, b"{}")
                return
            if "redirect-blob" in registry.faults and self.command == "GET":
                self._send(307, b"", {"Location": f"{registry.redirect_to}/blob/{digest}"})
                return
            if "huge-blob" in registry.faults and self.command == "GET":
                self.send_response(200)
                self.end_headers()
                chunk = b"\0" * 65536
                with contextlib.suppress(OSError):
                    for _ in range(100_000):  # 6.5 GB unless the client stops reading
                        self.wfile.write(chunk)
                self.close_connection = True
                return
            data = registry.blobs.get(digest)
            if data is None:
                self._send(404)
            else:
                self._send(200, data, {"Content-Type": "application/octet-stream"})

        def _manifests(self, repo: str, ref: str) -> None:
            if self.command == "PUT":
                self._put_manifest(repo, ref)
                return
            digest = ref if ref.startswith("sha256:") else registry.tags.get(f"{repo}:{ref}")
            if digest is None or digest not in registry.manifests:
                self._send(404)
                return
            media_type, body = registry.manifests[digest]
            if (
                "wrong-manifest" in registry.faults
                and ref.startswith("sha256:")
                and media_type == OCI_MANIFEST
            ):
                body = body.replace(b'"size":', b'"size": ', 1)
            self._send(200, body, {"Content-Type": media_type, "Docker-Content-Digest": digest})

        def _put_manifest(self, repo: str, ref: str) -> None:
            body = self._body()
            media_type = self.headers.get("Content-Type", "")
            digest = "sha256:" + hashlib.sha256(body).hexdigest()
            if ref.startswith("sha256:") and ref != digest:
                self._send(400, b"digest mismatch")
                return
            headers = {"Docker-Content-Digest": digest}
            with registry.lock:
                key = f"{repo}:{ref}"
                previous = registry.tags.get(key)
                registry.manifests[digest] = (media_type, body)
                if not ref.startswith("sha256:"):
                    registry.tags[key] = digest
                    self._tamper_index(key, previous)
            if registry.referrers_api and b'"subject"' in body:
                headers["OCI-Subject"] = json.loads(body)["subject"]["digest"]
            self._send(201, b"", headers)

        def _tamper_index(self, key: str, previous: str | None) -> None:
            if not key.split(":", 1)[1].startswith("sha256-"):
                return
            if "rewrite-tag-index" in registry.faults or "drop-index-once" in registry.faults:
                registry.faults.discard("drop-index-once")
                if previous is None:
                    empty = json.dumps(
                        {"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": []}
                    ).encode()
                    previous = registry.add_manifest("", empty, OCI_INDEX)
                registry.tags[key] = previous

        def _referrers(self, repo: str, digest: str) -> None:
            if not registry.referrers_api:
                self._send(404, b'{"errors":[{"code":"NOT_FOUND"}]}')
                return
            listed = []
            for manifest_digest, (media_type, body) in sorted(registry.manifests.items()):
                if media_type != OCI_MANIFEST:
                    continue
                document = json.loads(body)
                if document.get("subject", {}).get("digest") == digest:
                    entry = {"mediaType": media_type, "digest": manifest_digest, "size": len(body)}
                    if "artifactType" in document:
                        entry["artifactType"] = document["artifactType"]
                    listed.append(entry)
            index = json.dumps({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": listed})
            self._send(200, index.encode(), {"Content-Type": OCI_INDEX})

        do_GET = do_HEAD = do_PUT = do_POST = handle_one

    return Handler


@contextlib.contextmanager
def scripted_registry(registry: ScriptedRegistry, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve `registry` on loopback; yields its host:port."""
    server = ThreadingHTTPServer((host, 0), _registry_handler(registry))
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


S3_ENV = {
    "AWS_ACCESS_KEY_ID": "loopback",
    "AWS_SECRET_ACCESS_KEY": "loopback",
    "AWS_DEFAULT_REGION": "us-east-1",
}


@contextlib.contextmanager
def moto_s3() -> Iterator[str]:
    """moto's S3 server (`moto_server`) as its own process on 127.0.0.1; yields its URL."""
    port = free_port()
    server = Path(sys.executable).with_name("moto_server")
    process = subprocess.Popen(
        [str(server), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/moto-api/", process, "moto_server", 30)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def devpi(serverdir: Path, password: str, indexes: tuple[str, ...]) -> Iterator[str]:
    """A real devpi-server on 127.0.0.1 (offline mode), with volatile indexes root/<name> made
    through its REST API; yields its base URL. devpi takes seconds to start."""
    import base64

    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "devpi-init"), "--serverdir", str(serverdir),
                    "--root-passwd", password], check=True, capture_output=True, timeout=120)  # fmt: skip
    port = free_port()
    process = subprocess.Popen(
        [str(bin_dir / "devpi-server"), "--serverdir", str(serverdir), "--host", "127.0.0.1",
         "--port", str(port), "--offline-mode"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/+api", process, "devpi-server", 120)

        def call(method: str, path: str, data: Any, headers: dict[str, str]) -> Any:
            from urllib.request import Request

            request = Request(f"{base}{path}", method=method, data=json.dumps(data).encode(),
                              headers={"Content-Type": "application/json",
                                       "Accept": "application/json", **headers})  # fmt: skip
            with urlopen(request, timeout=30) as answer:
                return json.loads(answer.read() or b"{}")

        token = call("POST", "/+login", {"user": "root", "password": password}, {})
        auth = base64.b64encode(f"root:{token['result']['password']}".encode()).decode()
        for name in indexes:
            call("PUT", f"/root/{name}", {"type": "stage", "bases": [], "volatile": True},
                 {"X-Devpi-Auth": auth})  # fmt: skip
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)

"""Real registries on loopback for the store tests: CNCF Distribution (Debian's
docker-registry) for the whole session, and the deploy gate's small world of keys and
signed attestations (tests/verify/conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ingest.conftest import good_packages, pypi  # noqa: F401 - ingest's index, reused
from tests.servers import docker_registry
from tests.verify.conftest import World, world  # noqa: F401 - the gate's fixture, reused

__all__ = ["World"]


@pytest.fixture(scope="session")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """host:port of a real Distribution registry (no referrers API: the tag schema)."""
    if shutil.which("docker-registry") is None:
        pytest.fail("docker-registry is not installed: run .ci/bootstrap as root")
    with docker_registry(tmp_path_factory.mktemp("registry")) as address:
        yield address


@pytest.fixture
def repo(registry: str, request: pytest.FixtureRequest) -> str:
    """A fresh repository per test: oci://host:port/tests/<test name>."""
    name = "".join(c if c.isalnum() else "-" for c in request.node.name.lower()).strip("-")
    return f"oci://{registry}/tests/{name[:60].strip('-')}"


def signed(gate: World) -> Path:
    """The world's artifact with its three good attestations beside it."""
    gate.write(*gate.good())
    return gate.artifact

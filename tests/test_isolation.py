"""The suite runs where only loopback is reachable (`make test` uses .ci/isolated)."""

from __future__ import annotations

import os
import socket

import pytest


@pytest.mark.skipif(
    not os.environ.get("SSCLI_NETWORK_ISOLATED"), reason="not run through .ci/isolated"
)
def test_only_loopback_is_reachable() -> None:
    with pytest.raises(OSError):
        socket.create_connection(("1.1.1.1", 443), timeout=2)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    client = socket.create_connection(server.getsockname(), timeout=2)
    client.close()
    server.close()

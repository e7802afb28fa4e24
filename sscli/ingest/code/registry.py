"""Every code-inspection rule, by id: the families' rule lists joined, for the engine, the
policy's waivers and the documentation."""

from __future__ import annotations

from functools import cache

from sscli.ingest.code.model import Rule
from sscli.ingest.code.rules import (
    autorun,
    credentials,
    execution,
    files,
    layout,
    metadata,
    native,
    network,
    obfuscation,
    persistence,
    process,
    startup,
)

FAMILIES = (
    execution,
    process,
    network,
    credentials,
    persistence,
    native,
    obfuscation,
    files,
    startup,
    autorun,
    metadata,
    layout,
)
# the families that judge data-flow events
EVENT_JUDGES = (execution.judge, process.judge, network.judge, credentials.judge,
                persistence.judge, native.judge)  # fmt: skip


@cache
def rules() -> dict[str, Rule]:
    out: dict[str, Rule] = {}
    for family in FAMILIES:
        for item in family.RULES:
            if item.id in out:
                raise RuntimeError(f"two code rules named {item.id}")
            out[item.id] = item
    return out

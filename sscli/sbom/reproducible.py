"""What makes two SBOMs of the same inventory identical: the creation time and the document's
unique id come from SOURCE_DATE_EPOCH when it is set."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime

from sscli.inventory.model import Inventory


def document_time() -> datetime:
    """SOURCE_DATE_EPOCH when set, else now (whole seconds, UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def document_uuid(inventory: Inventory) -> uuid.UUID:
    """Derived from the components under SOURCE_DATE_EPOCH, else random."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        keys = "\n".join(sorted(p.key for p in inventory.components()))
        # the kind of input, not its path: the same lock elsewhere gives the same SBOM
        return uuid.uuid5(uuid.NAMESPACE_URL, f"sscli:{inventory.source_kind}:{keys}")
    return uuid.uuid4()

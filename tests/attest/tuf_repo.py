"""A TUF repository the tests build with python-tuf's metadata API (real keys, real signatures,
consistent snapshots as Sigstore's and GitHub's repositories use), serving one target:
`trusted_root.json`. Tests publish new versions, expire metadata, rotate the root, roll back
or tamper with what is served, and check what `sscli trust update` makes of it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

ROLES = ("root", "targets", "snapshot", "timestamp")


class TufRepository:
    def __init__(self, directory: Path, trusted_root: bytes) -> None:
        self.dir = directory
        (directory / "targets").mkdir(parents=True)
        self.signers: dict[str, Any] = {role: CryptoSigner.generate_ecdsa() for role in ROLES}
        expires = datetime.now(tz=UTC).replace(microsecond=0) + timedelta(days=30)
        root = Root(expires=expires, consistent_snapshot=True)
        for role, signer in self.signers.items():
            root.add_key(signer.public_key, role)
        self.root = Metadata(root)
        self.targets = Metadata(Targets(expires=expires))
        self.snapshot = Metadata(Snapshot(expires=expires))
        self.timestamp = Metadata(Timestamp(expires=expires))
        self.set_target(trusted_root)
        self._write_root()
        self.publish(bump=False)

    @property
    def root_json(self) -> bytes:
        """The initial root.json a client starts from (version 1)."""
        return (self.dir / "1.root.json").read_bytes()

    def set_target(self, data: bytes) -> None:
        target = TargetFile.from_data("trusted_root.json", data, ["sha256"])
        (self.dir / "targets" / f"{target.hashes['sha256']}.trusted_root.json").write_bytes(data)
        self.targets.signed.targets["trusted_root.json"] = target

    def publish(self, *, bump: bool = True, expires: datetime | None = None) -> None:
        """Sign and write targets, snapshot and timestamp (new versions unless `bump` is off);
        `expires` sets the timestamp's expiry (in the past: an expired repository)."""
        if bump:
            for role in (self.targets, self.snapshot, self.timestamp):
                role.signed.version += 1
        if expires is not None:
            self.timestamp.signed.expires = expires
        self._sign(self.targets, "targets")
        self._save(self.targets, f"{self.targets.signed.version}.targets.json")
        self.snapshot.signed.meta["targets.json"] = MetaFile(version=self.targets.signed.version)
        self._sign(self.snapshot, "snapshot")
        self._save(self.snapshot, f"{self.snapshot.signed.version}.snapshot.json")
        self.timestamp.signed.snapshot_meta = MetaFile(version=self.snapshot.signed.version)
        self._sign(self.timestamp, "timestamp")
        self._save(self.timestamp, "timestamp.json")

    def rotate_timestamp_key(self) -> None:
        """A new root version that replaces the timestamp key, signed by the root key."""
        old = self.signers["timestamp"]
        self.root.signed.revoke_key(old.public_key.keyid, "timestamp")
        self.signers["timestamp"] = CryptoSigner.generate_ecdsa()
        self.root.signed.add_key(self.signers["timestamp"].public_key, "timestamp")
        self.root.signed.version += 1
        self._write_root()

    def save(self, name: str) -> Path:
        """A copy of the repository as now served (to serve again later: a rollback)."""
        copy = self.dir.parent / f"{self.dir.name}-{name}"
        shutil.copytree(self.dir, copy)
        return copy

    def serve(self, saved: Path) -> None:
        """Serve the saved copy instead of the current state."""
        shutil.rmtree(self.dir)
        shutil.copytree(saved, self.dir)

    def _write_root(self) -> None:
        self._sign(self.root, "root")
        self._save(self.root, f"{self.root.signed.version}.root.json")

    def _sign(self, metadata: Metadata[Any], role: str) -> None:
        metadata.signatures.clear()
        metadata.sign(self.signers[role], append=True)

    def _save(self, metadata: Metadata[Any], name: str) -> None:
        (self.dir / name).write_bytes(metadata.to_bytes(JSONSerializer(compact=False)))

"""Recording an attestation: a Statement from subject files and a predicate file, and the
`.intoto.jsonl` file it is appended to."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sscli.attest.dsse import Envelope
from sscli.attest.predicates import validate_predicate
from sscli.attest.statement import Statement
from sscli.attest.subjects import subjects_for_files
from sscli.errors import InputError
from sscli.fsutil import atomic_append_line, read_text_limited
from sscli.schemas import is_uri


def build_statement(
    predicate_type: str, subjects: Sequence[Path], predicate_file: Path
) -> Statement:
    """A Statement over `subjects` (hashed) with the predicate read from `predicate_file`,
    which must pass the checks of `predicate_type`."""
    if not is_uri(predicate_type):
        raise InputError(f"{predicate_type!r} is not an absolute URI", field="--predicate-type")
    predicate = load_predicate(predicate_file)
    validate_predicate(predicate_type, predicate)
    return Statement(subjects_for_files(subjects), predicate_type, predicate)


def kind_predicate_type(kind: str, predicate_file: Path) -> str:
    """The predicate type of `kind`; for an SBOM, the one its document's format has."""
    from sscli.attest.predicates import KIND_TO_TYPE, sbom_predicate_type

    if kind == "sbom":
        try:
            return sbom_predicate_type(load_predicate(predicate_file))
        except InputError as exc:
            raise InputError(exc.message, path=predicate_file) from exc
    return KIND_TO_TYPE[kind]


def load_predicate(path: Path) -> dict[str, Any]:
    """A predicate file: one JSON object."""
    text = read_text_limited(path)
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(f"not valid JSON: {exc}", path=path) from exc
    if not isinstance(data, dict):
        raise InputError("a predicate must be a JSON object", path=path)
    return data


def default_output(first_subject: Path, *, sigstore: bool) -> Path:
    """`<subject>.intoto.jsonl` beside the subject (`<subject>.sigstore.json` for a bundle)."""
    suffix = ".sigstore.json" if sigstore else ".intoto.jsonl"
    return first_subject.with_name(first_subject.name + suffix)


def append_envelope(path: Path, envelope: Envelope) -> None:
    """Append one envelope as one line; readers never see a torn line."""
    atomic_append_line(path, envelope.to_json_line())

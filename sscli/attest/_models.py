"""Readable messages for what the libraries under `attest` raise on hostile input."""

from __future__ import annotations


def describe_error(exc: BaseException) -> str:
    """One line naming what is wrong: a pydantic `ValidationError` as `field.path: message`
    for its first errors, anything else as its first line."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            found = errors()
        except Exception:  # not pydantic's after all
            found = None
        if isinstance(found, list) and found:
            parts = []
            for error in found[:3]:
                location = ".".join(str(part) for part in error.get("loc", ()))
                parts.append(f"{location}: {error.get('msg', 'invalid')}" if location else "")
            more = f" (and {len(found) - 3} more)" if len(found) > 3 else ""
            return "; ".join(p for p in parts if p) + more
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__

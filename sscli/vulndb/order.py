"""PEP 440 order as plain strings: `order_key(a) < order_key(b)` exactly when `a < b` as
`packaging.version.Version`s compare, and the keys are equal exactly when the versions are
(1.0 == 1.0.0). Bounds stored as keys are compared by `bisect` without parsing them again.

The key is built from the version's public parts, in the order PEP 440 sorts them: epoch,
release (trailing zeros dropped), pre/post/dev, then local segments. Numbers are written with
their length first, so a longer number is larger; each variable-length list (release, local)
ends with a character below any of its items, so a shorter list that is a prefix sorts first.
"""

from __future__ import annotations

from functools import lru_cache

from packaging.version import Version

_PRE_RANK = {"a": "\x01", "b": "\x02", "rc": "\x03"}
_DEV_ONLY = "\x00"  # 1.0.dev0 sorts before 1.0a0
_NO_PRE = "\x04"  # 1.0 sorts after 1.0rc9
_ITEM = "\x01"
_END = "\x00"
_LOCAL_TEXT = "\x01"  # local segments: text sorts before numbers (PEP 440)
_LOCAL_NUMBER = "\x02"


def _number(value: int) -> str:
    """A non-negative integer as its byte length (two characters) and big-endian bytes."""
    raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
    size = len(raw)
    return chr(size >> 8) + chr(size & 0xFF) + raw.decode("latin-1")


def order_key(version: Version) -> str:
    """The sort key of `version` (see the module docstring)."""
    release = version.release
    end = len(release)
    while end and release[end - 1] == 0:
        end -= 1
    parts = [_number(version.epoch)]
    parts += [_ITEM + _number(n) for n in release[:end]]
    parts.append(_END)
    pre, post, dev = version.pre, version.post, version.dev
    if pre is not None:
        parts += (_PRE_RANK[pre[0]], _number(pre[1]))
    else:
        parts += (_DEV_ONLY if post is None and dev is not None else _NO_PRE, _number(0))
    parts += ("\x00", _number(0)) if post is None else ("\x01", _number(post))
    parts += ("\x01", _number(0)) if dev is None else ("\x00", _number(dev))
    local = version.local
    if local is None:
        parts.append(_END)
    else:
        parts.append(_ITEM)
        for segment in local.split("."):
            if segment.isdigit():
                parts.append(_LOCAL_NUMBER + _number(int(segment)))
            else:
                parts.append(_LOCAL_TEXT + segment + _END)
        parts.append(_END)
    return "".join(parts)


@lru_cache(maxsize=1 << 17)
def text_order_key(text: str) -> str | None:
    """`order_key` of the version spelled `text`, or None if it is not PEP 440; cached, as a
    scan meets the same few thousand versions again and again."""
    try:
        return order_key(Version(text))
    except ValueError:  # InvalidVersion, or a number past int()'s digit limit
        return None

"""PEP 440 order as plain strings: `order_key(a) < order_key(b)` exactly when `a < b` as
`packaging.version.Version`s compare, and the keys are equal exactly when the versions are
(1.0 == 1.0.0). Bounds stored as keys are compared by `bisect` without parsing them again.

The key is built from the version's public parts, in the order PEP 440 sorts them: epoch,
release (trailing zeros dropped), pre/post/dev, then local segments. A number below 48,896 is
one character (U+0100 + n); a larger one is a character for its byte length (U+C000 + length)
and then its bytes, so a longer number is larger. Markers are ASCII characters below U+0100,
and each variable-length list (release, local) ends with one that sorts below any of its
items, so a shorter list that is a prefix sorts first. The keys are short and mostly
printable: stored as JSON, they need no escapes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sscli.inventory.versions import CANONICAL

if TYPE_CHECKING:
    from packaging.version import Version

_SMALL = 0xC000 - 0x100  # numbers written as one character
_END = "!"  # ends the release and the local segments; no local part
_LOCAL = "#"  # a local part follows
_LOCAL_TEXT = "$"  # local segments: text sorts before numbers (PEP 440)
_LOCAL_NUMBER = "%"
_PRE_RANK = {"a": "1", "b": "2", "rc": "3"}
_DEV_ONLY = "0"  # 1.0.dev0 sorts before 1.0a0
_NO_PRE = "4"  # 1.0 sorts after 1.0rc9
_ZERO = chr(0x100)


def _number(value: int) -> str:
    """A non-negative integer as characters that sort as the numbers do."""
    if value < _SMALL:
        return chr(0x100 + value)
    raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
    if len(raw) >= 0x1800:  # past U+D7FF; int() refuses such numbers long before
        raise ValueError("version number too large")
    return chr(0xC000 + len(raw)) + "".join(chr(0x100 + b) for b in raw)


def order_key(version: Version) -> str:
    """The sort key of `version` (see the module docstring)."""
    release = version.release
    end = len(release)
    while end and release[end - 1] == 0:
        end -= 1
    parts = [_number(version.epoch), *map(_number, release[:end]), _END]
    pre, post, dev = version.pre, version.post, version.dev
    if pre is not None:
        parts += (_PRE_RANK[pre[0]], _number(pre[1]))
    else:
        parts += (_DEV_ONLY if post is None and dev is not None else _NO_PRE, _ZERO)
    parts += ("0", _ZERO) if post is None else ("1", _number(post))
    parts += ("1", _ZERO) if dev is None else ("0", _number(dev))
    local = version.local
    if local is None:
        parts.append(_END)
    else:
        parts.append(_LOCAL)
        for segment in local.split("."):
            if segment.isdigit():
                parts += (_LOCAL_NUMBER, _number(int(segment)))
            else:
                parts += (_LOCAL_TEXT, segment, _END)
        parts.append(_END)
    return "".join(parts)


@lru_cache(maxsize=1 << 17)
def text_order_key(text: str) -> str | None:
    """`order_key` of the version spelled `text`, or None if it is not PEP 440; cached, as a
    scan meets the same few thousand versions again and again. A canonical spelling (nearly
    every pin) is keyed from its parts without packaging (`canonical_order_key`)."""
    match = CANONICAL.fullmatch(text)
    if match is not None:
        return canonical_order_key(*match.groups())
    from packaging.version import Version

    try:
        return order_key(Version(text))
    except ValueError:  # InvalidVersion, or a number past int()'s digit limit
        return None


def canonical_order_key(
    release: str, pre_kind: str | None, pre: str | None, post: str | None, dev: str | None
) -> str:
    """`order_key` of the canonical version with these parts (`CANONICAL`'s groups), built as
    `order_key` builds it from a `Version`: epoch 0, release without trailing zeros, then
    pre/post/dev, and no local part."""
    numbers = [int(n) for n in release.split(".")]
    end = len(numbers)
    while end and numbers[end - 1] == 0:
        end -= 1
    parts = [_ZERO, *map(_number, numbers[:end]), _END]
    if pre_kind is not None and pre is not None:
        parts += (_PRE_RANK[pre_kind], _number(int(pre)))
    else:
        parts += (_DEV_ONLY if post is None and dev is not None else _NO_PRE, _ZERO)
    parts += ("0", _ZERO) if post is None else ("1", _number(int(post)))
    parts += ("1", _ZERO) if dev is None else ("0", _number(int(dev)))
    parts.append(_END)
    return "".join(parts)

"""Map the license data of core metadata to SPDX, only where the mapping is unambiguous."""

from __future__ import annotations

from functools import cache

# Trove classifiers that name exactly one SPDX license. Ambiguous ones ("BSD License",
# "GNU General Public License (GPL)") are deliberately absent: they stay license names.
CLASSIFIER_TO_SPDX: dict[str, str] = {
    "License :: OSI Approved :: MIT License": "MIT",
    "License :: OSI Approved :: MIT No Attribution License (MIT-0)": "MIT-0",
    "License :: OSI Approved :: Apache Software License": "Apache-2.0",
    "License :: OSI Approved :: ISC License (ISCL)": "ISC",
    "License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)": "MPL-1.1",
    "License :: OSI Approved :: Python Software Foundation License": "PSF-2.0",
    "License :: OSI Approved :: The Unlicense (Unlicense)": "Unlicense",
    "License :: OSI Approved :: zlib/libpng License": "Zlib",
    "License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)": "BSL-1.0",
    "License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)": "EPL-2.0",
    "License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)": "EUPL-1.2",
    "License :: OSI Approved :: GNU Affero General Public License v3": "AGPL-3.0-only",
    "License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)": (
        "AGPL-3.0-or-later"
    ),
    "License :: OSI Approved :: GNU General Public License v2 (GPLv2)": "GPL-2.0-only",
    "License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)": (
        "GPL-2.0-or-later"
    ),
    "License :: OSI Approved :: GNU General Public License v3 (GPLv3)": "GPL-3.0-only",
    "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)": (
        "GPL-3.0-or-later"
    ),
    "License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)": "LGPL-2.0-only",
    "License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)": (
        "LGPL-2.0-or-later"
    ),
    "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
    "License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)": (
        "LGPL-3.0-or-later"
    ),
    "License :: OSI Approved :: Universal Permissive License (UPL)": "UPL-1.0",
    "License :: OSI Approved :: Zope Public License": "ZPL-2.1",
    "License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication": "CC0-1.0",
    "License :: OSI Approved :: Artistic License": "Artistic-2.0",
}

# Common free-text spellings in the License field that name one SPDX id.
_ALIASES: dict[str, str] = {
    "apache 2.0": "Apache-2.0",
    "apache-2": "Apache-2.0",
    "apache 2": "Apache-2.0",
    "apache license 2.0": "Apache-2.0",
    "apache license, version 2.0": "Apache-2.0",
    "apache software license": "Apache-2.0",
    "apache software license 2.0": "Apache-2.0",
    "mit license": "MIT",
    "the mit license": "MIT",
    "bsd-3": "BSD-3-Clause",
    "bsd 3-clause": "BSD-3-Clause",
    "3-clause bsd": "BSD-3-Clause",
    "bsd-2": "BSD-2-Clause",
    "bsd 2-clause": "BSD-2-Clause",
    "2-clause bsd": "BSD-2-Clause",
    "mpl 2.0": "MPL-2.0",
    "mpl-2": "MPL-2.0",
    "psf": "PSF-2.0",
    "isc license": "ISC",
}


@cache
def _spdx() -> tuple[object, object]:
    from cyclonedx.spdx import fixup_id, is_expression  # lazy: license_expression is slow

    return fixup_id, is_expression


def spdx_id(text: str) -> str | None:
    """The SPDX id that `text` names (case-insensitive, common aliases), else None."""
    fixup_id, _ = _spdx()
    cleaned = text.strip()
    if not cleaned or "\n" in cleaned:
        return None
    found = fixup_id(cleaned)  # type: ignore[operator]
    if isinstance(found, str):
        return found
    return _ALIASES.get(cleaned.lower())


def is_spdx_expression(text: str) -> bool:
    """True for a valid SPDX license expression with known ids (`MIT OR Apache-2.0`)."""
    _, is_expression = _spdx()
    cleaned = text.strip()
    if not cleaned or "\n" in cleaned or len(cleaned) > 1000:
        return False
    return bool(is_expression(cleaned))  # type: ignore[operator]


def resolve_licenses(
    expression: str | None, license_field: str | None, classifiers: list[str]
) -> tuple[str | None, tuple[str, ...]]:
    """(SPDX expression, unmapped license names) from core metadata.

    Order of trust: `License-Expression` (PEP 639); then the license classifiers, when they all
    map to one SPDX id and the `License` field does not contradict it; then the `License` field
    when it is itself an SPDX id or expression. Classifiers naming different licenses stay names:
    whether they mean OR or AND would be a guess.
    """
    if expression and is_spdx_expression(expression):
        return expression.strip(), ()
    names: list[str] = []
    if expression:
        names.append(expression.strip())
    license_classifiers = [c for c in classifiers if c.startswith("License ::")]
    mapped = {CLASSIFIER_TO_SPDX[c] for c in license_classifiers if c in CLASSIFIER_TO_SPDX}
    unmapped = [c for c in license_classifiers if c not in CLASSIFIER_TO_SPDX]
    field_text = (license_field or "").strip()
    field_id = spdx_id(field_text) if field_text else None
    if field_id is None and field_text and is_spdx_expression(field_text):
        field_id = field_text
    if len(mapped) == 1 and not unmapped:
        only = next(iter(mapped))
        if field_id in (None, only):
            return only, tuple(names)
    if field_id and not mapped:
        return field_id, tuple(names)
    names.extend(c.split(" :: ")[-1] for c in unmapped)
    if mapped:
        names.extend(sorted(mapped))
    if field_text and field_id is None and len(field_text) <= 200 and "\n" not in field_text:
        names.append(field_text)
    return None, tuple(dict.fromkeys(names))

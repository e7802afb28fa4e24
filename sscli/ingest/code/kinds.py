"""What a file is by its first bytes, whatever its name says."""

from __future__ import annotations

EXECUTABLE = "executable"  # ELF, PE, Mach-O
PYC = "pyc"
ARCHIVE = "archive"
IMAGE = "image"
TEXT = "text"
OTHER = "other"

_MAGIC = (
    (b"\x7fELF", EXECUTABLE, "ELF"),
    (b"MZ", EXECUTABLE, "PE"),
    (b"\xfe\xed\xfa\xce", EXECUTABLE, "Mach-O"),
    (b"\xfe\xed\xfa\xcf", EXECUTABLE, "Mach-O"),
    (b"\xce\xfa\xed\xfe", EXECUTABLE, "Mach-O"),
    (b"\xcf\xfa\xed\xfe", EXECUTABLE, "Mach-O"),
    (b"PK\x03\x04", ARCHIVE, "zip"),
    (b"\x1f\x8b", ARCHIVE, "gzip"),
    (b"7z\xbc\xaf", ARCHIVE, "7z"),
    (b"Rar!", ARCHIVE, "rar"),
    (b"BZh", ARCHIVE, "bzip2"),
    (b"\xfd7zXZ", ARCHIVE, "xz"),
    (b"\x89PNG", IMAGE, "PNG"),
    (b"\xff\xd8\xff", IMAGE, "JPEG"),
    (b"GIF8", IMAGE, "GIF"),
    (b"BM", IMAGE, "BMP"),
    (b"\x00\x00\x01\x00", IMAGE, "ICO"),
    (b"RIFF", IMAGE, "RIFF"),
)
BINARY_SUFFIXES = (".so", ".pyd", ".dll", ".dylib", ".exe", ".a", ".lib", ".o", ".node")
TEXT_SUFFIXES = (
    ".py", ".pyi", ".pth", ".txt", ".md", ".rst", ".json", ".yaml", ".yml", ".toml", ".cfg",
    ".ini", ".html", ".htm", ".css", ".js", ".csv", ".xml", ".sh", ".bat", ".ps1", ".typed",
    ".c", ".h", ".cpp", ".hpp", ".pyx", ".pxd", ".in", ".j2", ".jinja", ".tmpl",
)  # fmt: skip
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".webp")


def sniff(head: bytes) -> tuple[str, str]:
    """(kind, format) of content starting with `head`."""
    for magic, kind, name in _MAGIC:
        if head.startswith(magic):
            if name == "PE" and len(head) >= 2 and b"\x00" not in head[:64] and head[:64].isascii():
                return TEXT, "text"  # "MZ..." text, not an executable
            if name == "BMP" and head[:64].isascii() and b"\x00" not in head[:64]:
                return TEXT, "text"
            if name == "RIFF" and head[8:12] not in (b"WEBP", b"AVI ", b"WAVE"):
                return OTHER, "RIFF"
            return kind, name
    if (
        len(head) >= 4
        and head[2:4] == b"\r\n"
        and head[:2] != b"\r\n"
        and 3000 <= int.from_bytes(head[:2], "little") < 4000
    ):
        return PYC, "pyc"
    if b"\x00" in head:
        return OTHER, "binary"
    return TEXT, "text"


def expected_text(path: str) -> bool:
    return path.lower().endswith(TEXT_SUFFIXES)


def expected_image(path: str) -> bool:
    return path.lower().endswith(IMAGE_SUFFIXES)

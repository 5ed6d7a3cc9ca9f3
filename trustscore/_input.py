"""Reading input: size limit, binary detection, gzip, encoding, and HTML-or-text."""

from __future__ import annotations

import codecs
import hashlib
import re
import zlib
from dataclasses import dataclass

from trustscore.errors import EmptyInput, InputError, InputTooLarge, NotText

# Signatures of common binary formats (the first bytes of the file).
_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00", "binary data"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"wOFF", "font"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM media"),
)
_GZIP_MAGIC = b"\x1f\x8b"

# Share of control characters (other than tab, CR, LF, FF) in a sample above which input is
# binary. Real pages have almost none; 2% leaves room for stray bytes in legacy pages.
_MAX_CONTROL_SHARE = 0.02
_MIN_CONTROL_CHARS = 8  # a few stray control bytes in a short page do not make it binary
_SAMPLE = 8192

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
# Per the WHATWG encoding standard, these labels decode as windows-1252.
_WINDOWS_1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "ascii", "us-ascii"}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_MARKUP = re.compile(
    r"<(?:!doctype|html|head|body|meta|title|p|div|article|section|main|span|a|br|h[1-6]|"
    r"ul|ol|li|table|script|style|link|header|footer|nav|img|blockquote)\b[^>]{0,2000}>",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DecodedInput:
    """Input turned into text, with what is known about its bytes."""

    text: str
    kind: str
    size: int
    sha256: str
    encoding: str | None


def decode_input(source: str | bytes, *, max_bytes: int) -> DecodedInput:
    """Check and decode input: raise a typed error for empty, binary or oversized input."""
    if isinstance(source, str):
        size = len(source.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            raise InputTooLarge(size, max_bytes)
        raw = source.encode("utf-8", "replace")
        digest = hashlib.sha256(raw).hexdigest()
        text, encoding = source, None
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > max_bytes:
            raise InputTooLarge(len(data), max_bytes)
        size = len(data)
        digest = hashlib.sha256(data).hexdigest()
        if data.startswith(_GZIP_MAGIC):
            data = _gunzip(data, max_bytes)
        if not data.strip():
            raise EmptyInput("input is empty")
        _reject_binary_bytes(data)
        text, encoding = _decode_bytes(data)
    else:
        raise InputError(f"expected str or bytes, got {type(source).__name__}")
    if not text.strip():
        raise EmptyInput("input is empty or only whitespace")
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > max(_MIN_CONTROL_CHARS, _MAX_CONTROL_SHARE * len(sample)):
        raise NotText(f"input looks binary ({controls} control characters in {len(sample)})")
    kind = "html" if _MARKUP.search(text[:65536]) else "text"
    return DecodedInput(text=text, kind=kind, size=size, sha256=digest, encoding=encoding)


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing output over max_bytes (no decompression bombs)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise NotText(f"input is a damaged gzip stream: {exc}") from None
    if len(out) > max_bytes:
        raise InputTooLarge(len(out), max_bytes)
    return out


def _reject_binary_bytes(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic) and not _has_utf16_or_32_bom(data):
            raise NotText(f"input is binary ({what}), not HTML or text")


def _has_utf16_or_32_bom(data: bytes) -> bool:
    return any(data.startswith(bom) for bom, _ in _BOMS)


def _decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode with the BOM, then the declared charset, then strict UTF-8, then detection."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace"), name
    declared = _declared_charset(data[:4096])
    if declared is not None and declared != "utf-8" and _is_utf8_text(data):
        # Pages re-saved as UTF-8 often keep their old declaration; multibyte sequences that
        # are all valid UTF-8 almost never happen by chance in a legacy encoding.
        return data.decode("utf-8"), "utf-8"
    if declared is not None:
        return data.decode(declared, "replace"), declared
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    detected = _detect(data)
    return data.decode(detected, "replace"), detected


def _is_utf8_text(data: bytes) -> bool:
    """True when the bytes are valid UTF-8 and hold at least one multibyte character."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "ignore").lower()
    if label in _WINDOWS_1252_ALIASES:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page saved as UTF-8 that still declares UTF-16 is common; UTF-16 without a BOM is not.
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def _detect(data: bytes) -> str:
    """Guess an encoding with charset-normalizer; windows-1252 when it has no answer."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None or not best.encoding:
        return "cp1252"
    return str(best.encoding)

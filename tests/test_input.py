"""Reading input: typed errors, encodings, gzip, HTML-or-text."""

from __future__ import annotations

import gzip

import pytest

import trustscore
from trustscore.errors import EmptyInput, InputError, InputTooLarge, NotText, TrustscoreError

PAGE = "<html><head><title>T</title></head><body><p>{}</p></body></html>"


@pytest.mark.parametrize("source", ["", "   \n\t ", b"", b"  \r\n"])
def test_empty_input_is_typed(source: str | bytes) -> None:
    with pytest.raises(EmptyInput):
        trustscore.parse(source)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"PK\x03\x04" + bytes(range(40)),
        bytes(range(256)) * 8,
    ],
    ids=["png", "pdf", "zip", "control-bytes"],
)
def test_binary_input_is_not_text(data: bytes) -> None:
    with pytest.raises(NotText):
        trustscore.parse(data)


def test_errors_share_one_base() -> None:
    for cls in (EmptyInput, NotText, InputTooLarge, InputError):
        assert issubclass(cls, TrustscoreError)


def test_too_large_is_refused_before_parsing() -> None:
    with pytest.raises(InputTooLarge) as info:
        trustscore.parse(b"<p>" + b"x" * 2000 + b"</p>", max_bytes=1000)
    assert info.value.limit == 1000
    assert info.value.size > 1000


def test_limit_is_configurable_and_default_is_10_mib() -> None:
    from trustscore._options import DEFAULT_MAX_BYTES

    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024
    doc = trustscore.parse(PAGE.format("x" * 5000), max_bytes=20_000)
    assert doc.kind == "html"


def test_wrong_type_is_a_typed_error() -> None:
    with pytest.raises(InputError):
        trustscore.parse(12345)  # type: ignore[arg-type]


def test_utf8_bom_is_used_and_removed() -> None:
    doc = trustscore.parse(b"\xef\xbb\xbf" + PAGE.format("caf\u00e9").encode("utf-8"))
    assert doc.encoding == "utf-8"
    assert doc.blocks[0].text == "caf\u00e9"


def test_utf16_with_bom_is_decoded() -> None:
    doc = trustscore.parse(PAGE.format("gr\u00fc\u00dfe").encode("utf-16"))
    assert doc.blocks[0].text == "gr\u00fc\u00dfe"


def test_meta_charset_is_followed() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>{}</p></body></html>'
    doc = trustscore.parse(html.format("\u201cquoted\u201d \u2014 \u20ac5").encode("cp1252"))
    assert doc.blocks[0].text == "\u201cquoted\u201d \u2014 \u20ac5"


def test_http_equiv_charset_is_followed() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "</head><body><p>{}</p></body></html>"
    )
    # ISO-8859-1 labels decode as windows-1252 (WHATWG): 0x93/0x94 are curly quotes.
    doc = trustscore.parse(html.format("na\u00efve \u201cx\u201d").encode("cp1252"))
    assert doc.blocks[0].text == "na\u00efve \u201cx\u201d"


def test_valid_utf8_wins_over_a_stale_declaration() -> None:
    html = (
        '<html><head><meta charset="gb2312"></head><body><p>\u65b0\u95fb \u00e9</p></body></html>'
    )
    doc = trustscore.parse(html.encode("utf-8"))
    assert doc.blocks[0].text == "\u65b0\u95fb \u00e9"
    assert doc.encoding == "utf-8"


def test_undeclared_legacy_bytes_are_detected_without_crashing() -> None:
    text = "Le caf\u00e9 est ferm\u00e9. L'\u00e9t\u00e9 arrive bient\u00f4t, d\u00e9j\u00e0."
    doc = trustscore.parse(PAGE.format(text * 5).encode("latin-1"))
    assert "caf\u00e9" in doc.blocks[0].text


def test_invalid_utf8_never_crashes() -> None:
    doc = trustscore.parse(b"<html><body><p>caf\xc3 \xff\xfe ok \xed\xa0\x80</p></body></html>")
    assert "ok" in doc.blocks[0].text


def test_gzip_bytes_are_decompressed() -> None:
    doc = trustscore.parse(gzip.compress(PAGE.format("zipped text").encode()))
    assert doc.blocks[0].text == "zipped text"


def test_gzip_bomb_is_bounded() -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 5_000_000)
    with pytest.raises(InputTooLarge):
        trustscore.parse(bomb, max_bytes=1_000_000)


def test_damaged_gzip_is_typed() -> None:
    with pytest.raises(NotText):
        trustscore.parse(b"\x1f\x8b\x08\x00garbage-not-deflate" + b"\x00" * 10)


def test_markup_free_input_is_text() -> None:
    doc = trustscore.parse("Headline\n\nA paragraph. 3 < 4 and 5 > 2.")
    assert doc.kind == "text"


def test_markup_is_html() -> None:
    assert trustscore.parse("<p>hello</p>").kind == "html"


def test_a_few_stray_control_bytes_do_not_make_a_page_binary() -> None:
    doc = trustscore.parse(b"<html><body><p>a\x00b and some more text</p></body></html>")
    assert "more text" in doc.blocks[0].text


def test_sha256_and_size_describe_the_input_bytes() -> None:
    import hashlib

    data = PAGE.format("hash me").encode()
    doc = trustscore.parse(data)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.source_bytes == len(data)

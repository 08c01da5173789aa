"""Seed bytes -> NFC text, or a clear reason why the file cannot be a seed.

Scrapers save pages as UTF-8 (with or without BOM), UTF-16 or Windows-1258; everything else
(empty, binary, oversized) is refused with a message an editor can act on.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

MAX_SEED_BYTES = 2 * 1024 * 1024
MIN_LETTERS = 20

_VIETNAMESE_MARKS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


class SeedRefused(ValueError):
    """The file is not usable as a seed; the message says why and what to do."""


def _looks_utf16(raw: bytes) -> str | None:
    if raw.startswith(codecs.BOM_UTF16_LE):
        return "utf-16"
    if raw.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    sample = raw[:4000]
    if len(sample) >= 8:
        even_zeros = sample[1::2].count(0) / (len(sample) / 2)
        odd_zeros = sample[0::2].count(0) / (len(sample) / 2)
        if even_zeros > 0.3 and odd_zeros < 0.05:
            return "utf-16-le"
        if odd_zeros > 0.3 and even_zeros < 0.05:
            return "utf-16-be"
    return None


def _vietnamese_score(text: str) -> float:
    letters = sum(ch.isalpha() for ch in text) or 1
    return len(_VIETNAMESE_MARKS.findall(unicodedata.normalize("NFC", text))) / letters


def decode(raw: bytes) -> tuple[str, str]:
    """Return (NFC text, encoding name). Raises SeedRefused."""
    if not raw.strip():
        raise SeedRefused("the file is empty; put the article's text in it or delete it")
    if len(raw) > MAX_SEED_BYTES:
        raise SeedRefused(
            f"the file is {len(raw) // 1024} KiB, over the {MAX_SEED_BYTES // 2**20} MiB limit for one article; "
            "split it or cut the page furniture"
        )
    encoding = _looks_utf16(raw)
    if encoding:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            raise SeedRefused("the file looks like UTF-16 but does not decode; save it again as UTF-8") from None
    elif raw.startswith(codecs.BOM_UTF8):
        encoding, text = "utf-8-sig", raw.decode("utf-8-sig", errors="replace")
    else:
        try:
            encoding, text = "utf-8", raw.decode("utf-8")
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(raw)
    text = text.lstrip("\ufeff")
    if text.count("\x00") > 0 or len(_CONTROL.findall(text)) > max(8, len(text) // 200):
        raise SeedRefused("the file is binary, not text; save the article as a .txt file (UTF-8)")
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        raise SeedRefused("the file has almost no text; put the article's text in it or delete it")
    return clean_text(text), encoding


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    """Undecodable as UTF-8: Windows-1258 (Vietnamese) if it reads as Vietnamese, else UTF-8 with
    the damaged bytes replaced (they are flagged for the editor later)."""
    try:
        cp1258 = raw.decode("cp1258")
    except UnicodeDecodeError:
        cp1258 = ""
    lenient = raw.decode("utf-8", errors="replace")
    bad_utf8 = lenient.count("\ufffd")
    if cp1258 and (bad_utf8 > len(raw) // 500 + 2) and _vietnamese_score(cp1258) > 0.05:
        return cp1258, "cp1258"
    return lenient, "utf-8 (damaged bytes replaced)"


def clean_text(text: str) -> str:
    """NFC, Unix newlines, no invisible characters or stray controls; line text otherwise kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = text.replace("\u00a0", " ").replace("\t", " ")
    text = _CONTROL.sub("", text)
    text = _GLUED_URL.sub("", text)
    text = _SIGNED_AFTER_THE_END.sub("\n", text)
    return unicodedata.normalize("NFC", _caps_sign_off_on_its_line(text))


# `UBND xã Nhơn Trạchhttps://…/logo_1.png`: an address a scraper glued to the words before it
_GLUED_URL = re.compile(r"(?<=[^\W\d_])https?://\S+")
# `… văn minh./. Hoàng Thúy |`: a sign-off the scrape put on the last paragraph's line, after its end mark
_SIGNED_AFTER_THE_END = re.compile(r"(?<=\./\.)[ \t]+(?=[^\s|][^\n]{1,59}$)", re.M)
# `… vì trẻ em… T.PHÚC`: the writer's name in capitals, glued after the end mark of the text's last paragraph
_CAPS_SIGNED_LAST = re.compile(
    r"(?<=[^\n]{40}[.…!?”])[ \t]+(?P<name>[^\W\d_]\.\s?[^\W\d_]+|[^\W\d_]{2,}(?:\s[^\W\d_]{2,}){1,3})\s*\Z"
)


def _caps_sign_off_on_its_line(text: str) -> str:
    """The text with such a name on a line of its own, where the page's own sign-offs stand."""
    signed = _CAPS_SIGNED_LAST.search(text)
    if signed is None or not signed["name"].isupper():
        return text
    return f"{text[: signed.start()]}\n\n{signed['name']}\n"


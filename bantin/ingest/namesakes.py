"""A capitalised run that reads like a person's name but names a thing: a school, street or prize named after a
person, a village or border post, a term's number after `Khóa`, an organ named after a historical figure."""

from __future__ import annotations

import re

from ..textnorm import tone_key
from . import knowledge
from .tokens import Token

# words after which a person's name names an institution, a street or a prize
_NAMESAKE = frozenset(map(tone_key, ("trường", "thpt", "thcs", "ptdtbt", "ptdtnt", "đường", "giải", "quỹ")))
# `Sở Nông nghiệp và Môi trường Lê Ngọc Huấn`: `trường` closing another word is no school
_NOT_A_SCHOOL = frozenset(map(tone_key, ("môi", "thị", "chiến", "hiện", "lập", "thương")))
_TRUONG = tone_key("trường")
_KHOA = frozenset(map(tone_key, ("khóa", "khoá")))
_TERM_NUMBER = re.compile(r"^(?:[IVXL]+|\d{1,2})$")


def term_number_after(tokens: list[Token], last: int) -> bool:
    """Whether a name's last word is `Khóa` with a term's number after it."""
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return tokens[last].key in _KHOA and following is not None and bool(_TERM_NUMBER.match(following.text))


# a village, a neighbourhood or a border post named right before a capitalised run: the run is its name
_PLACE_WORDS = frozenset(
    tuple(map(tone_key, phrase.split()))
    for phrase in ("đồn", "ấp", "thôn", "khóm", "xóm", "buôn", "làng", "plei", "biên phòng", "khu phố", "dân phố")
)


_RURAL = (tone_key("nông"), tone_key("thôn"))  # `Bộ Nông nghiệp và Phát triển nông thôn A`: rural, no village


def after_a_place_word(tokens: list[Token], first: int) -> bool:
    """`khu phố Ninh Nghĩa`, `Đồn Biên phòng Cổ Chiên`, `thôn Lê Xá`: a place's name, not a person's."""
    before = [t.key for t in tokens[max(0, first - 2) : first]]
    if tuple(before) == _RURAL:
        return False
    return any(tuple(before[len(before) - size :]) in _PLACE_WORDS for size in (1, 2) if size <= len(before))


def named_after_namesake(tokens: list[Token], first: int) -> bool:
    """A run that follows a word for a school, a street or a prize, so a person's name there names the thing."""
    if not first or tokens[first - 1].key not in _NAMESAKE:
        return False
    return first < 2 or tokens[first - 2].key not in _NOT_A_SCHOOL or tokens[first - 1].key != _TRUONG


def organ_named_after(words: list[Token], tokens: list[Token], first: int) -> bool:
    """A historical figure's name run on into an organ's (`Hồ Chí Minh Sở`) or after an acronym (`TNCS`)."""
    historical = knowledge.historical_names()
    for size in range(2, min(len(words), 4) + 1):
        if " ".join(t.key for t in words[:size]) in historical:
            # (`Trần Phú Hà`: a person whose name opens like a historical figure's runs on into a given name)
            organ_after = len(words) > size and bool(knowledge.roles().terms.longest_at([t.key for t in words], size))
            return organ_after or (first > 0 and tokens[first - 1].upper and len(tokens[first - 1].text) > 1)
    return False

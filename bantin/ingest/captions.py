"""Lines that are a photo's caption or a byline, not a headline: what a picture shows (`Toàn cảnh …`), an office
and its holder's name, a person named first with their office, a byline in capitals."""

from __future__ import annotations

import re

from ..textnorm import tone_key
from . import knowledge

# what a photo of the room shows (`Toàn cảnh hội nghị`, `Quang cảnh buổi làm việc`): never a headline
# (`Các đại biểu tham dự hội nghị`: who the photo shows, and nothing of what happened)
SCENE_CAPTION = re.compile(
    r"^(?:(?:toàn|quang)\s+cảnh\s+\S|(?:các\s+)?(?:vị\s+)?đại\s+biểu\s+(?:tham\s+)?dự\s+(?:\S+\s*){1,3}$)", re.I
)


MAX_OFFICE_AND_NAME = 12


def office_and_name(text: str) -> bool:
    """`Bí thư Tỉnh ủy Nguyễn Văn A`: an office and its holder's name and nothing else, a photo's caption."""
    words = text.split()
    if not 3 <= len(words) <= MAX_OFFICE_AND_NAME or text.rstrip()[-1:] in ".:;,":
        return False
    keys = [tone_key(w) for w in words]
    if not knowledge.roles().starts_title(keys, 0):
        return False
    common, _ = knowledge.surnames()
    for size in (4, 3, 2):
        name, before = words[-size:], words[:-size]
        if before and keys[-size] in common and all(w[:1].isupper() for w in name):
            # (`… làm việc tại tỉnh Cao Bằng`: a verb before it, or a place's level word right before it)
            office = all(w[:1].isupper() or tone_key(w) in _OFFICE_WORDS for w in before)
            return office and tone_key(before[-1]) not in _LEVEL_WORDS
    return False


_OFFICE_WORDS = frozenset(map(tone_key, (
    "bí", "thư", "chủ", "tịch", "phó", "giám", "đốc", "trưởng", "ban", "ủy", "uỷ", "viên", "nước", "tỉnh", "huyện", "xã"
)))


_LEVEL_WORDS = frozenset(map(tone_key, ("tỉnh", "huyện", "xã", "phường", "quận", "phố", "trấn", "khu")))


# a byline in capitals on its own line: `MAI LÂM`, `THANH HUYỀN - VĨNH THÀNH`
BYLINE_CAPS = re.compile(r"^(?=[^a-zà-ỹđ]*$)(?:[A-ZĐÀ-Ỹ]+\s*(?:[-–&,]\s*)?){2,6}$")


# `Nguyễn Văn An`, `THANH HUYỀN - VĨNH THÀNH`: a byline, not a headline
PERSON_LINE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][^\s\d\-–&,]*\s*(?:[-–&,]\s*)?){2,8}$")


# `Đồng chí Phó Bí thư Thường trực Tỉnh ủy chúc tết …`: a headline names an office, with no name and no full stop
OFFICE_HEADLINE = re.compile(
    r"^(?:(?:đồng chí|ông|bà)\s+(?:phó\s+)?(?:bí thư|chủ tịch|trưởng|giám đốc)\b"
    # (`Bí thư Tỉnh ủy thăm, trao quà …`: an office and its organ, then a verb, not a person's name)
    r"|(?:phó\s+)?(?:bí thư|chủ tịch)\s+(?:tỉnh|thành|huyện|đảng)\s+(?:ủy|uỷ)\s+(?-i:[a-zà-ỹđ]))[^.]*$",
    re.I,
)


# `Đồng chí Nguyễn Thanh Hải, Bí thư Tỉnh ủy phát biểu …`: a photo's caption names its person first
PERSON_CAPTION = re.compile(r"^(?:đồng chí|đ/c|ông|bà)\s+(?:[A-ZĐÀ-Ỹ][^\s,]*\s+){1,4}[A-ZĐÀ-Ỹ][^\s,]*,", re.I)


PHOTO_POSITION = re.compile(
    r"\((?:người\s+)?thứ\s+\w+(?:\s*,)?\s+(?:từ\s+)?(?:bên\s+)?(?:trái|phải)[^()]*\)"
    r"|\((?:bên|đứng|bìa)\s+(?:trái|phải|giữa)[^()]*\)|\((?:giữa|ngoài cùng[^()]*)\)",
    re.I,
)


CAPTION_OPENERS = (
    "toàn cảnh",
    "quang cảnh",
    "các đại biểu",
    "đại biểu",
    "đồng chí",
    "lãnh đạo",
    "ảnh",
    "các đồng chí",
)


_CAPTION_VERBS = (
    " phát biểu",
    " trao ",
    " tặng ",
    " chụp ảnh",
    " kiểm tra",
    " thăm ",
    " tham quan",
    " dâng hương",
    " báo cáo",
    " chủ trì",
    " tham dự",
    " dự hội nghị",
    " kết luận",
    " khai mạc",
    " bế mạc",
    " biểu quyết",
)


def caption_like(text: str) -> bool:
    lowered = text.lower()
    return lowered.startswith(CAPTION_OPENERS) or any(verb in f" {lowered} " for verb in _CAPTION_VERBS)


# a photo's caption with its credit on the same line: `Quang cảnh hội nghị. Ảnh: Minh Hải`
INLINE_CREDIT = re.compile(  # (`… lĩnh vực đất đai (ảnh mang tính chất minh họa)`: an illustration's caption)
    r"(?:[.(–-]\s*|\s)(?:ảnh|photo)\s*:\s*[^\W\d_]|\(\s*ảnh(?: mang tính chất)? minh h(?:ọa|oạ)\s*\)\s*$"
    r"|\.\s*ảnh\s+(?-i:[A-ZĐ]{1,4})\s*$",  # (`… tại quận Cầu Giấy. Ảnh VT`: initials, no colon)
    re.I,
)

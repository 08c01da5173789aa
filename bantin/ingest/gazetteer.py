"""Offline gazetteer of Vietnam's administrative units, read from the vietnamadminunits package.

It knows the 63 provinces, their ~700 districts and ~10,000 communes as they were before the
July 2025 reorganisation, and the 34 provinces and their communes after it.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..textnorm import tone_key as _tone_key

_TYPE_TO_LEVEL = {
    "tỉnh": "tỉnh",
    "thành phố": "thành phố",
    "thị xã": "thị xã",
    "huyện": "huyện",
    "quận": "quận",
    "xã": "xã",
    "phường": "phường",
    "thị trấn": "thị trấn",
    "đặc khu": "đặc khu",  # island units of the July 2025 map (Côn Đảo, Phú Quốc, Lý Sơn, …)
}


COMMUNE_LEVELS = frozenset(("xã", "phường", "thị trấn", "đặc khu"))  # the units of the lowest tier
TIERS = ("commune", "district", "province")  # lowest first: a unit of a tier is held by one of the next
# each level word's tier (`thành phố` as a district's: a centrally governed city is told apart by its name)
TIER = {level: "commune" for level in COMMUNE_LEVELS} | {
    level: "district" for level in ("huyện", "quận", "thị xã", "thành phố")
} | {"tỉnh": "province"}


def tone_key(name: str) -> str:
    """Tone- and case-blind, and blind to the spaces around a hyphen (`Bà Rịa-Vũng Tàu`)."""
    return _tone_key(re.sub(r"\s*[-–]\s*", " - ", name))


@dataclass(frozen=True)
class Unit:
    level: str
    name: str
    province: str  # short name of the province it belonged to in that era
    era: str  # "legacy" (before July 2025) or "2025"


def _read(name: str) -> dict:
    # find the package's data without importing it: its __init__ pulls in shapely and geopy (~1 s)
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the vietnamadminunits package is missing; run: pip install -r requirements.txt")
    folder = Path(next(iter(spec.submodule_search_locations)))
    with (folder / "data" / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _level(full_name: object, short: object, unit_type: object) -> str | None:
    if not isinstance(full_name, str) or not isinstance(short, str):
        return None
    if isinstance(unit_type, str) and unit_type.strip().lower() in _TYPE_TO_LEVEL:
        return _TYPE_TO_LEVEL[unit_type.strip().lower()]
    prefix = full_name[: len(full_name) - len(short)].strip().lower()
    return _TYPE_TO_LEVEL.get(prefix)


@cache
def units() -> tuple[Unit, ...]:
    found: list[Unit] = []
    legacy = _read("parser_legacy.json")
    province_short = {}
    for key, info in legacy["DICT_PROVINCE"].items():
        short = info["provinceShort"]
        province_short[key] = short
        level = _level(info["province"], short, None) or "tỉnh"
        found.append(Unit(level, short, short, "legacy"))
    for pkey, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
        for info in districts.values():
            level = _level(info["district"], info["districtShort"], info.get("districtType"))
            if level:
                found.append(Unit(level, info["districtShort"], province_short[pkey], "legacy"))
    for pkey, districts in legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
        for wards in districts.values():
            for info in wards.values():
                level = _level(info["ward"], info["wardShort"], info.get("wardType"))
                if level:
                    found.append(Unit(level, info["wardShort"], province_short[pkey], "legacy"))
    modern = _read("parser_from_2025.json")
    modern_short = {}
    for key, info in modern["DICT_PROVINCE"].items():
        short = info["provinceShort"]
        modern_short[key] = short
        found.append(Unit(_level(info["province"], short, None) or "tỉnh", short, short, "2025"))
    for pkey, wards in modern["DICT_PROVINCE_WARD_NO_ACCENTED"].items():
        for info in wards.values():
            level = _level(info["ward"], info["wardShort"], info.get("wardType"))
            if level:
                found.append(Unit(level, info["wardShort"], modern_short[pkey], "2025"))
    return tuple(dict.fromkeys(found))


_NUMERAL = re.compile(r" (?:I{1,3}|IV)$")


@cache
def _by_name() -> dict[str, tuple[Unit, ...]]:
    index: dict[str, list[Unit]] = {}
    for unit in units():
        index.setdefault(tone_key(unit.name), []).append(unit)
    return {key: tuple(value) for key, value in index.items()}


def _squeezed(key: str) -> str:
    return re.sub(r"[\s'’-]+", "", key)


@cache
def _by_squeezed_name() -> dict[str, tuple[Unit, ...]]:
    """(Highland names run together or split otherwise in print: `EaKar` for Ea Kar, `Cư M'gar` for Cư M'Gar)"""
    index: dict[str, list[Unit]] = {}
    for key, found in _by_name().items():
        index.setdefault(_squeezed(key), []).extend(found)
    return {key: tuple(value) for key, value in index.items()}


# provinces' older spellings still in print, as the writer's spelling of today's name
OLD_SPELLINGS = {
    tone_key(old): new
    for old, new in (
        ("Đăk Lăk", "Đắk Lắk"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Đăk Nông", "Đắk Nông"),
        ("Đắc Nông", "Đắk Nông"),
    )
}


def lookup(name: str, level: str | None = None) -> tuple[Unit, ...]:
    """Units called `name` (tone- and case-blind, in an older spelling too), of `level` when given."""
    key = tone_key(name)
    found = _by_name().get(tone_key(OLD_SPELLINGS.get(key, name)), ())
    if not found and _NUMERAL.search(name):  # `phường Hải Châu I`: the package keeps some such units without it
        found = _by_name().get(tone_key(_NUMERAL.sub("", name)), ())
    if not found:
        found = _by_squeezed_name().get(_squeezed(key), ())
    return tuple(u for u in found if level is None or u.level == level)


@cache
def name_lengths() -> frozenset[int]:
    return frozenset(len(key.split(" ")) for key in _by_name())


def provinces_of(name: str, level: str, era: str | None = None, fall_back: bool = False) -> tuple[str, ...]:
    """The distinct provinces a unit of that name and level lies in on the map of `era` (both maps when None),
    sorted; `fall_back`: the other map's when that one lacks the unit."""
    units = lookup(name, level)
    on_map = [u for u in units if era is None or u.era == era] or (list(units) if fall_back else [])
    return tuple(sorted({u.province for u in on_map}))


def tier_rank(level: str) -> int:
    """Commune below district below province; -1 for a word that is no level."""
    tier = TIER.get(level)
    return TIERS.index(tier) if tier else -1


# Provinces renamed before July 2025 that texts still call by their old name; the package lists
# them under the new one.
RENAMED = {"Thừa Thiên Huế": ("Huế", "2025-01")}  # the old name, then the new one and the month it took effect
FORMER_NAMES = {tone_key(old): new for old, (new, _) in RENAMED.items()}


# provinces split or merged away before 2008 (1976–2008 map), still named in officials' careers
DISSOLVED_PROVINCES = frozenset(
    tone_key(name)
    for name in (
        "Hà Tây", "Hà Sơn Bình", "Hà Nam Ninh", "Nam Hà", "Hải Hưng", "Hà Bắc", "Vĩnh Phú", "Bắc Thái", "Cao Lạng",
        "Hoàng Liên Sơn", "Nghệ Tĩnh", "Bình Trị Thiên", "Nghĩa Bình", "Phú Khánh", "Thuận Hải", "Sông Bé",
        "Đồng Nai Thượng", "Minh Hải", "Cửu Long", "Gia Lai - Kon Tum", "Quảng Nam - Đà Nẵng",
    )
)


def is_former_province(name: str) -> bool:
    return tone_key(name) in DISSOLVED_PROVINCES or tone_key(name) in FORMER_NAMES


def is_province(name: str) -> bool:
    if tone_key(name) in FORMER_NAMES:
        return True
    return any(u.level in ("tỉnh", "thành phố") and u.province == u.name for u in lookup(name))


def province_level(province: str) -> str:
    """`thành phố` for a centrally governed city (Đà Nẵng), else `tỉnh`: the level of the map's entries for the
    province itself, written in any form (`an giang`)."""
    key = tone_key(province)
    levels = {u.level for u in lookup(province) if tone_key(u.province) == key == tone_key(u.name)}
    return "thành phố" if levels == {"thành phố"} else "tỉnh"


def same_province(written: str, provinces: list[str] | tuple[str, ...]) -> bool:
    """Whether a province as a text writes it is one of the gazetteer's province names."""
    key = tone_key(written)
    wanted = {key, tone_key(FORMER_NAMES.get(key, written)), tone_key(OLD_SPELLINGS.get(key, written))}
    return any(tone_key(p) in wanted for p in provinces)

"""Which province a pre-2025 province lies in today (after the July 2025 reorganisation).

One small wrapper around vietnamadminunits (offline data). A name it cannot match exactly
gives None: the site shows nothing rather than a guess.
"""

from __future__ import annotations

import contextlib
import io
from functools import lru_cache

from .textnorm import fold, nfc


def _squeeze(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


@lru_cache(maxsize=1024)
def province_today(old_province: str | None) -> str | None:
    """`Yên Bái` -> `tỉnh Lào Cai`, `Bắc Kạn` -> `tỉnh Thái Nguyên`; None when not recognised.

    The library matches loosely (it maps a bare district name to its province), so the result is
    kept only when the old province it matched is the name we asked about.
    """
    if not old_province or not old_province.strip():
        return None
    try:
        from vietnamadminunits import convert_address

        with contextlib.redirect_stdout(io.StringIO()):
            unit = convert_address(nfc(old_province.strip()))
    except Exception:  # the library raises its own errors for unknown text; treat all as unknown
        return None
    old = getattr(unit, "OldAdminUnit", None)
    matched = getattr(old, "short_province", None) if old is not None else None
    today = getattr(unit, "province", None)
    if not matched or not today or not _squeeze(old_province).endswith(_squeeze(matched)):
        return None
    return today[:1].lower() + today[1:]


_LEVEL_WORDS = ("tỉnh ", "thành phố ")


def without_level(province: str) -> str:
    """`tỉnh Lào Cai` -> `Lào Cai`: a province's name without the level word `province_today` writes."""
    return next((province[len(level) :] for level in _LEVEL_WORDS if province.startswith(level)), province)


def warm_up() -> None:
    """Import the library and load its data (about 0.4 s), e.g. while workers parse content."""
    province_today("Hà Nội")

"""Lines a site prints over every article's headline, none of them a headline: a portal's or paper's banner and
masthead, its English name, a motto or slogan, a portal's page title, an organ's or outlet's name alone."""

from __future__ import annotations

import re

from .tokens import tokenize
from .units import cut_units

SITE_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)"  # `baothanhhoa.vn`, `Tin90p.com`
# a portal's or paper's banner (`Cổng thông tin điện tử …`); a newspaper's masthead (`CƠ QUAN CỦA … TIẾNG NÓI CỦA …`)
BANNER = re.compile(
    r"^(?:cổng thông tin|trang thông tin|trang tin|trang điện tử|website|báo điện tử|chào mừng (?:quý vị|bạn))"
    r"|^(?:logo[\w-]*\s+)?cơ quan (?:của|ngôn luận|chủ quản)\b.*\btiếng nói của\b"
    # (the masthead over two lines: `Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh X` / `Tiếng nói của Đảng bộ, …`)
    r"|^cơ quan (?:của|ngôn luận của) (?:đảng bộ|tỉnh [uủ][ỷy]|thành [uủ][ỷy])\b"
    r"|^tiếng nói của (?:đảng bộ|chính quyền)\b"
    r"|^(?:báo|đài|cổng|tạp chí|trang)\s+(?:\S+\s+){0,4}điện tử\s*$"
    # a site named by its domain, then its tagline: `Vietnam.vn - Nền tảng quảng bá Việt Nam`
    rf"|^{SITE_DOMAIN}\s+[-–|]\s+(?:\S+\s*){{1,8}}$",
    re.I,
)


# a station's or paper's English name under its banner: `Thanh Hoa Radio and Television`
ENGLISH_BANNER = re.compile(
    r"^(?=[A-Za-z0-9 .,&'-]+$).*\b(?:radio|television|broadcasting|newspaper|news|online|portal|magazine)\b", re.I
)


# a portal's slogan over the headline: `Nhiệt liệt chào mừng Đại hội …`, or its motto (`Đảng bộ và nhân dân tỉnh X …
# đưa Nghị quyết … vào cuộc sống`)
SLOGAN = re.compile(
    r"^(?:nhiệt liệt chào mừng|chào mừng|chúc mừng năm mới|toàn đảng, toàn dân|mừng đảng|vì tổ quốc|vì nhân dân"
    r"|đảng bộ(?:, chính quyền)? và nhân dân"
    r"|chủ đề (?:công tác |hành động )?năm \d{4})\b",  # (`Chủ đề công tác năm 2020: "…"`: the year's motto)
    re.I,
)


# a portal's page title over every article: `Chi tiết bài viết - Xã … - …`
PORTAL_PAGE = re.compile(r"^chi tiết (?:bài viết|tin tức|tin)\s*[-–|:]", re.I)


# the site's owner named alone: `UBND xã Nhơn Trạch`, `Hội đồng nhân dân thành phố …`, `Hội Nông dân tỉnh Bình Định`
ORGAN_BANNER = re.compile(
    r"^(?:cổng thông tin điện tử\s+)?(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Đảng ủy|Đảng uỷ|"
    r"Đảng bộ|Huyện ủy|Tỉnh ủy|Thành ủy|Huyện uỷ|Tỉnh uỷ|Thành uỷ|"
    r"Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội LHPN|Hội Cựu chiến binh|Liên đoàn Lao động|Uỷ ban MTTQ(?: Việt Nam)?|"
    r"Ủy ban MTTQ(?: Việt Nam)?)?\s*"
    r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(?:[A-ZĐÀ-Ỹ][^\s\d]*\s*){1,4}$",
    re.I,
)


# an outlet's name alone: its kind, a capitalised name, at most eight words (`Đài Phát thanh và Truyền hình X`)
OUTLET_NAME = re.compile(
    r"(?:Báo|Đài|Tạp chí|Cổng thông tin|Trang thông tin)\s+[A-ZĐÀ-Ỹ][^\s\d:]*(?:\s+[^\s\d:]+){0,6}$"
)


_DEPARTMENT = re.compile(r"^(?:Sở|Ban|Văn phòng|Cục|Chi cục|Trung tâm|Bộ)\s", re.I)


def department_name_only(text: str) -> bool:
    """`Sở Lao động - Thương binh và Xã hội` alone on its line: the portal's owner, every word an organ's name or a
    capitalised one (a headline says what the department does)."""
    if not _DEPARTMENT.match(text):
        return False
    units = cut_units(tokenize(text))
    return all(u.kind in ("term", "cap") or (u.kind == "sep" and u.text in "-–") for u in units)


_CRUMBS = re.compile(r"^(?:trang chủ|home)", re.I)
_NUMBERED = re.compile(r"^\d{1,2}\.\s+(?=\S)")


def glued_crumbs(text: str, following: str) -> bool:
    """`Trang chủNewsThời sựKhánh thành …` over `Khánh thành …`: a breadcrumb glued onto the headline printed below."""
    said = following.strip().casefold()
    return bool(_CRUMBS.match(text)) and len(said.split()) >= 3 and text.casefold().endswith(said)


def last_crumb(text: str, following: str) -> bool:
    """`3. <headline>` over `<headline>`: a numbered breadcrumb's last item, which the next line prints again."""
    crumb = _NUMBERED.sub("", text, count=1).strip().casefold()
    return crumb != text.strip().casefold() and len(crumb.split()) >= 3 and following.strip().casefold() == crumb

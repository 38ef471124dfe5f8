"""Is one body's name a short form of another's, as an article writes them?

The press names a body in full once and then shortens it: by initials ("Cục NTBD" for "Cục Nghệ thuật Biểu
diễn", "Trung tâm KHXH&NV", "Trung tâm GDNN-GDTX"), without the level of its place ("Viện Kiểm sát nhân dân
Quảng Trị" for "… tỉnh Quảng Trị"), without "Trường" before "Đại học", or without the place it belongs to
("Viện Pasteur" after "Viện Pasteur Thành phố Hồ Chí Minh"). ``short_form_of`` reads a short name against a
full one word by word and says whether the first can be the second.
"""
from __future__ import annotations

import re
from functools import cache

from ..textnorm import fold

# words a name may carry or leave out without naming another body: a company's legal form and the joiners
# of its fields ("Quy hoạch - Kiến trúc", "Quy hoạch và Kiến trúc")
OPTIONAL_WORDS = frozenset({"cổ", "phần", "cp", "tnhh", "trách", "nhiệm", "hữu", "hạn", "mtv", "và", "&", "-", ","})
# the level written before a place's name ("tỉnh Quảng Trị", "thành phố Đà Nẵng", "TP. Huế")
LEVEL_WORDS = (("thành", "phố"), ("tỉnh",), ("tp",))
_TOKEN = re.compile(r"[^\s,.()\-–]+|[-–,]")
_INITIALS = re.compile(r"[A-ZĐ][A-ZĐ&]+")  # "NTBD", "KHXH&NV", "ĐSVN": initials, two or more


@cache
def words(name: str) -> tuple[tuple[str, str], ...]:
    """A name's words, each as written and folded for comparison."""
    return tuple((w, fold(w).replace("–", "-")) for w in _TOKEN.findall(name))


def short_form_of(short: str, full: str, places: dict, place_tail: bool) -> bool:
    """Can ``short`` be the article's short form of ``full``? ``place_tail``: may ``full`` end with a place
    ``short`` leaves out ("Cục Cải huấn" for "Cục Cải huấn Thái Lan")? ``places`` knows place names by key."""
    s, f = words(short), words(full)
    if not s or not f or [w for _, w in s] == [w for _, w in f]:
        return False
    start = 1 if f[0][1] == "trường" and s[0][1] != "trường" and len(f) > 1 and f[1][1] in ("đại", "cao") else 0
    if s[0][1] != f[start][1] and not _INITIALS.fullmatch(s[0][0]):
        return False  # another head: another kind of body
    return _matcher(s, f, places, place_tail)(0, start)


def _matcher(s, f, places: dict, place_tail: bool):
    @cache
    def go(i: int, j: int) -> bool:
        if i == len(s):
            return j == len(f) or all(w in OPTIONAL_WORDS for _, w in f[j:]) or _national(f[j:]) \
                or place_tail and j > 0 and _is_place(f[j:], places)
        written, w = s[i]
        if j < len(f) and w == f[j][1] and go(i + 1, j + 1):
            return True
        if w in OPTIONAL_WORDS and go(i + 1, j):
            return True
        if j < len(f) and f[j][1] in OPTIONAL_WORDS and go(i, j + 1):
            return True
        for level in LEVEL_WORDS:  # "Quảng Trị" for "tỉnh Quảng Trị"
            n = len(level)
            if tuple(x for _, x in f[j:j + n]) == level and j + n < len(f) and f[j + n][1] == w and go(i, j + n):
                return True
        if _INITIALS.fullmatch(written):
            return any(go(i + 1, end) for end in _spelled(written, f, j))
        return False
    return go


def _spelled(initials: str, f, j: int) -> list[int]:
    """Where in ``f`` the words end whose first letters, from word j on, spell ``initials`` ("&" for "và")."""
    ends, k = [], j
    for letter in initials:
        if letter == "&":
            if k < len(f) and f[k][1] in ("và", "&"):
                k += 1
            continue
        while k < len(f) and f[k][1] in ("và", "-"):
            k += 1  # "thông tin-TT" for "thông tin và Truyền thông"
        if k >= len(f) or fold(letter) != f[k][1][:1]:
            return ends
        k += 1
    ends.append(k)
    return ends


def _national(rest) -> bool:
    """Do these last words of a name say "Việt Nam", which a national body's short name leaves out?"""
    return [w for _, w in rest] == ["việt", "nam"]


def _is_place(rest, places: dict) -> bool:
    """Are these last words of a name a place, with or without its level ("tỉnh Thanh Hóa", "Nhật Bản")?"""
    folded = [w for _, w in rest]
    if folded[:1] == [","]:
        folded = folded[1:]  # "Viện Pasteur, thành phố Hồ Chí Minh"
    for level in LEVEL_WORDS:
        if tuple(folded[:len(level)]) == level:
            folded = folded[len(level):]
            break
    return bool(folded) and " ".join(folded) in places

"""The years an undated story can be told in, bounded by the terms of the office holders it names by their posts
("Chủ tịch nước Trần Đại Quang" is 2016–2018; with "Tổng thống Ấn Độ Ram Nath Kovind", 2017–2018; a holder the story
calls new in the post, "tân Bộ trưởng", the first year of the term)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..textnorm import fold

# a deputy's or an acting post says nothing of A's term ("Phó Thủ tướng A"); a former one ("nguyên Thủ tướng A")
# puts the story after it
_NOT_HELD = ("phó ", "quyền ")
_FORMER = ("nguyên ", "cựu ", "cố ")
_LAST_NEWS_YEAR = 2026


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, str, re.Pattern, re.Pattern, tuple[int, int]], ...]:
    out = []
    for term in lexicon.office_terms():
        posts = "|".join(re.escape(fold(p)) for p in term.posts)
        name = r"\s*-\s*".join(re.escape(fold(part)) for part in term.person.split("-"))
        # the post, perhaps its body or country in capitals ("Thủ tướng Chính phủ", "Tổng thống Mỹ"), then the name
        rx = re.compile(rf"(?<!\w)(?:{posts})((?:\s+\S+?){{0,4}}?)\s+{name}(?!\w)")
        new = re.compile(rf"(?<!\w)tân\s+(?:{posts})(?!\w)")  # "tân Bộ trưởng Quốc phòng Mỹ": new in the post
        probe = fold(term.person.split("-")[0].strip())  # the name, or its part before a hyphen, written as is
        out.append((f"{term.person}|{term.posts[0]}", probe, rx, new, (term.first, term.last)))
    return tuple(out)


def tenure_bounds(text: str) -> tuple[int, int] | None:
    """(first, last) year every office holder the text names by a post they hold was in that post at once;
    None when it names none, or names them in terms that never met (a story of history)."""
    folded = fold(text)
    held: dict[str, frozenset[int]] = {}
    for key, probe, rx, new, (first, last) in _patterns():
        if probe not in folded:
            continue  # the name is not in the text: no need to look for its post
        # a holder the story calls new in the post ("Tân bộ trưởng quốc phòng Mỹ thăm châu Á"): the term's first year
        current = range(first, (first if new.search(folded) else last) + 1)
        for m in rx.finditer(folded):
            before = folded[max(0, m.start() - 8):m.start()]
            if any(before.endswith(w) for w in _NOT_HELD) and not key.split("|")[1].lower().startswith("phó"):
                continue
            between = text[m.start(1):m.end(1)].split()
            if between and not between[0][:1].isupper() and between[0] != "nước":
                continue  # "Chủ tịch nước tiếp Thủ tướng A": another post is A's
            former = any(before.endswith(w) for w in _FORMER)
            years = frozenset(range(last, _LAST_NEWS_YEAR + 1) if former else current)
            held[key + ("|former" if former else "")] = held.get(key + ("|former" if former else ""), frozenset()) | years
    spans = list(held.values())
    if not spans:
        return None
    common = frozenset.intersection(*spans)
    return (min(common), max(common)) if common else None

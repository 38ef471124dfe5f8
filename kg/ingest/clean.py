"""Strip page furniture (players, share icons, counters, related-news tails) from article text."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load_furniture
from ..textnorm import clean_text, fold


def _any(patterns: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], re.Pattern | None, re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    found = load_furniture()
    cut_keys = frozenset(fold(c).rstrip(":").strip() for c in found["cut_after"])
    return (cut_keys, _any(found["drop_line"]), _any(found["cut_inline"]), _any(found["drop_prefix"]),
            _any(found["cut_widget"]))


@lru_cache(maxsize=1)
def _site_suffix() -> re.Pattern:
    names = "|".join(f"(?:{p})" for p in load_furniture()["title_site"]) or r"(?!)"
    return re.compile(rf"[ \t]+[-–|][ \t]+(?:{names})[ \t]*$", re.IGNORECASE)


def without_site_name(headline: str) -> str:
    """A headline without the site's name the page put after it: "Ùn ùn người xem … - VnExpress" → "Ùn ùn người xem
    …", "Lẩu gà … - Ngôi sao - Ngoisao.net" → "Lẩu gà …"."""
    while (m := _site_suffix().search(headline)) and m.start() > 0:
        headline = headline[:m.start()]
    return headline


# a photo credit run into the next sentence ("… Ảnh:VOV Ông Vương Bình Thạnh, …"): a line of its own, then dropped
_CREDIT_RUN_IN = re.compile(r"(Ảnh\s*:\s*(?:[A-Z]{2,}(?:/[A-Z]{2,})*|Reuters|Internet|Getty Images|Getty))[ \t]+"
                            r"(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")


# a related article's headline in square brackets between two sentences ("… lợi nhất cho người dân. [Thủ tướng
# Ireland quan ngại về …] Trước đó, …"): a link, not the story
_RELATED_LINK = re.compile(r"(?:(?<=[.!?\"”])|^)[ \t]*\[[^\[\]\n]{15,160}\](?=[ \t]+[A-ZĐ]|[ \t]*$)", re.MULTILINE)


# a "see also" link with its headline on one line ("Xem thêm > > > Xếp hạng 48/48, Bộ trưởng …"): dropped where the
# story goes on after it, and the end of the body in its last third (the related-news tail)
_SEE_ALSO = re.compile(r"(?:Xem thêm|Đọc thêm)\s*[:>»]\s*\S", re.IGNORECASE)  # "Xem thêm:" alone is a tail marker


# the reporter's byline closing the story, on a line of its own or after its last sentence: "… theo quy định.\nThu
# Hằng", "… Thủ tướng phát biểu./. Xuân Dần/VOV", "Hoàng Nam - Quốc Đoan", "Đỗ Thu Thoan (t/h)", "… tới. VnExpress"
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
_BYLINE_NAME = rf"[{_UPPER}]\w+(?:[ \t]+[{_UPPER}]\w+){{1,3}}"
_BYLINE = re.compile(rf"(?:^|(?<=[.!?”\"…]))[ \t]*(?:{_BYLINE_NAME}(?:[ \t]*[-–,&][ \t]*{_BYLINE_NAME})*"
                     rf"(?:[ \t]*/[ \t]*[\w.]+(?:[ \t]*-[ \t]*[\w \t]{{1,20}}?)?)?|[A-Z][a-z]*[A-Z]\w*)"
                     r"[ \t]*(?:\((?:t/h|th|tổng hợp|ghi|theo [^)]{1,40}|[A-Z][A-Z/.]+)\))?\s*\Z", re.MULTILINE)
# a photo credit in brackets inside the text: "(Ảnh: Đình Huệ/TTXVN)", "(Ảnh minh họa. Thái Hùng/TTXVN)" names who
# took the photo
_CREDIT_IN_BRACKETS = re.compile(r"[ \t]*\(\s*Ảnh(?:\s+(?:minh họa|minh hoạ|tư liệu))?\s*[:.][^()\n]{1,60}\)")


# a byline with the site after a slash needs no sentence end before it: "… Theo Reuters Mai Liên/VOV-Trung tâm Tin",
# "… Hoàng Thái - Lại Hoa/VOV-Trung tâm Tin" (the site's feed may repeat it)
_SITE_BYLINE = re.compile(rf"(?<=\s){_BYLINE_NAME}(?:[ \t]*[-–,&][ \t]*{_BYLINE_NAME})*[ \t]*/[ \t]*[\w.]+(?:[ \t]*-[ \t]*[\w \t]{{1,20}}?)?[ \t]*\Z")
_SOURCE_TAIL = re.compile(r"(?:(?<=[.!?”\"…])|^)[ \t]*Theo[ \t]+[\w.]+(?:[ \t]+[A-Z][\w.]*){0,2}[ \t]*\Z", re.MULTILINE)


def _without_byline(body: str) -> str:
    """The body without the bylines and source credits that close it ("… ./. Mai Liên/VOV-Trung tâm Tin Theo
    Reuters Mai Liên/VOV-Trung tâm Tin")."""
    for _ in range(4):
        m = _BYLINE.search(body, max(0, len(body) - 160)) or _SITE_BYLINE.search(body, max(0, len(body) - 80)) \
            or _SOURCE_TAIL.search(body, max(0, len(body) - 60))
        if not m or m.start() <= len(body) // 2:
            break
        body = body[:m.start()].rstrip()
    return body


def strip_furniture(text: str) -> str:
    """Return the article body: furniture lines dropped, everything after a tail marker cut."""
    cut_keys, drop, inline, prefix, widget = _rules()
    kept: list[str] = []
    text = clean_text(text)
    if widget is not None and (m := widget.search(text, len(text) // 4)):  # "Hiện chưa có bình luận nào …"
        text = text[:m.start()]  # a site's own widget after the story, however long its tail
    lines = _RELATED_LINK.sub("", _CREDIT_RUN_IN.sub(r"\1\n", _CREDIT_IN_BRACKETS.sub("", text))).split("\n")
    lines[0] = without_site_name(lines[0])  # the headline
    tail_from, offset = sum(len(line) + 1 for line in lines) * 2 // 3, 0
    for line in lines:
        offset += len(line) + 1
        stripped = line.strip()
        if _SEE_ALSO.match(stripped):
            if offset > tail_from:
                break
            continue
        if not stripped:
            kept.append("")
            continue
        if fold(stripped).rstrip(":").strip() in cut_keys:
            break
        if drop is not None and drop.fullmatch(stripped):
            continue
        lead = prefix.match(stripped) if prefix is not None else None
        if lead:  # "Liên hệ quảng cáo … Mới nhất Chiều nay (18/2), …": a masthead before the text
            stripped = stripped[lead.end():].strip()
        kept.append(stripped)
    body = "\n".join(kept)
    if inline is not None:  # a masthead run into the last paragraph: "… Bình luận (0) Tổng biên tập: …"
        m = inline.search(body, len(body) * 2 // 3)
        if m:
            body = body[:m.start()]
    return _without_byline(re.sub(r"\n{3,}", "\n\n", body).strip())

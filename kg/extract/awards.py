"""Honours: who received which order, medal or title, and who conferred it."""
from __future__ import annotations

import re

from .context import ArticleContext
from .model import ORG, PERSON, Award, Extraction

AWARD_RE = re.compile(
    r"(?<!\w)(?P<kind>Huân chương|Huy chương|Kỷ niệm chương|Huy hiệu|Danh hiệu|Giải thưởng|Bằng khen|Cờ thi đua|"
    r"Giấy khen|Huân Chương)(?P<rest>(?:\s+(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,.;:()]*|"
    r"hạng\s+\w+|\d+\s+năm\s+tuổi|động|lập|công|vụ|hùng|chí|minh|sự nghiệp|nghiệp)){0,8})(?P<of>\s+của\s+(?:[A-ZĐ][^\s,.;:()]*\s*){1,6})?")
_CLASS = re.compile(r"hạng\s+(nhất|nhì|ba|Nhất|Nhì|Ba)", re.IGNORECASE)
_RECEIVE_RE = re.compile(r"(?:được|vinh dự|đã)?\s*(?:nhận|đón nhận|được trao|được tặng|được tặng thưởng|được phong tặng)\s*$",
                         re.IGNORECASE)
_GIVE_RE = re.compile(r"(?<!\w)(?:trao|tặng|trao tặng|tặng thưởng|truy tặng|phong tặng|gắn)(?!\w)", re.IGNORECASE)


def _award_name(m: re.Match) -> str:
    text = (m.group("kind") + m.group("rest") + (m.group("of") or "")).strip()
    text = _CLASS.sub(lambda c: "hạng " + c.group(1).capitalize(), text)
    return " ".join(text.split())


def run(ctx: ArticleContext, ex: Extraction) -> None:
    for si, s in enumerate(ctx.sentences):
        sentence = ctx.text[s.start:s.end]
        for m in AWARD_RE.finditer(sentence):
            name = _award_name(m)
            if len(name.split()) < 3 and m.group("kind") not in ("Bằng khen", "Cờ thi đua", "Giấy khen"):
                continue
            start, end = s.start + m.start(), s.start + m.end()
            resolved = sorted(ctx.resolved[si].values(), key=lambda r: r.span.start)
            recipients = []
            tail = ctx.text[end:s.end]
            cho = re.match(r"\s*(?:,\s*)?cho\s+", tail)
            if cho:
                pos = end + cho.end()
                for r in resolved:
                    if r.span.start < pos:
                        continue
                    gap = ctx.text[pos:r.span.start]
                    if r.kind not in (PERSON, ORG) or len(gap) > 20 or re.search(r"[;.]", gap):
                        break
                    recipients.append(r)
                    pos = r.span.end
                    follow = re.match(r"\s*(?:[-–,]\s*[^,;]{0,60}?)?(?:,|và)\s*(?:(?:đồng chí|ông|bà)\s+)?", ctx.text[pos:s.end])
                    if not follow:
                        break
            else:
                before = [r for r in resolved if r.span.end <= start and r.kind == PERSON]
                if before and _RECEIVE_RE.search(ctx.text[before[-1].span.end:start]):
                    recipients.append(before[-1])
            giver = None
            give = _GIVE_RE.search(ctx.text[s.start:start])
            if give:
                people = [r for r in resolved if r.kind == PERSON and r.span.end <= s.start + give.start()]
                giver = people[-1].key if people else None
            for r in recipients:
                if r.key != giver:
                    ex.awards.append(Award(r.key, r.kind, name, ctx.evidence(si), giver))

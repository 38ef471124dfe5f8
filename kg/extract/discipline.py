"""Party and state discipline: who decided which measure on whom ("Ban Bí thư quyết định thi hành kỷ luật bằng hình
thức cảnh cáo đối với ông A", "Ông A bị cách chức", "Ủy ban Kiểm tra Trung ương quyết định khai trừ ra khỏi Đảng ông B")."""
from __future__ import annotations

import re

from .context import ArticleContext
from .entities import org_key
from .model import ORG, PERSON, Discipline, Extraction
from .spans import TITLE

# the measures of the Party's and the civil service's rules, longest first, as the press writes them
MEASURE_RE = re.compile(r"(?<!\w)(khai trừ (?:ra )?khỏi Đảng|khai trừ Đảng|khai trừ|cách (?:tất cả|hết) các chức vụ(?: trong Đảng)?|"
                        r"cách chức|giáng chức|cảnh cáo|khiển trách|hạ bậc lương|buộc thôi việc|"
                        r"(?:xóa|xoá) tư cách (?:chức vụ|đảng viên)[^,.;]{0,30}?(?=[,.;]|\s(?:đối với|ông|bà)))(?!\w)",
                        re.IGNORECASE)
# one measure, written several ways
SAME_MEASURE = {"khai trừ đảng": "khai trừ ra khỏi Đảng", "khai trừ khỏi đảng": "khai trừ ra khỏi Đảng",
                "khai trừ ra khỏi đảng": "khai trừ ra khỏi Đảng",
                "cách hết các chức vụ trong đảng": "cách tất cả các chức vụ trong Đảng",
                "cách tất cả các chức vụ trong đảng": "cách tất cả các chức vụ trong Đảng"}
# the words that make a measure a decided one, shortly before it: "quyết định …", "kỷ luật bằng hình thức …", "bị …"
# (not "Nga cảnh cáo Mỹ", a warning)
_DECIDED = re.compile(r"(?<!\w)(?:quyết định|kỷ luật|hình thức|xử lý|bị)(?!\w)", re.IGNORECASE)
_DECIDED_WITHIN = 40  # characters before the measure
_DECIDES = re.compile(r"(?<!\w)(?:quyết định|kỷ luật)(?!\w)", re.IGNORECASE)  # what the one who decides does
_NOT_DECIDED = re.compile(r"(?<!\w)(?:đề nghị|kiến nghị|đề xuất|xem xét|sẽ|có thể|chưa|không|nếu|dự kiến|phải)\s+(?:\S+\s+){0,3}?"
                          r"(?:thi hành kỷ luật|kỷ luật|khai trừ|cách chức|cảnh cáo|khiển trách)", re.IGNORECASE)
# between the measure and the one it falls on: "đối với", a form of address, a count of people
_ON_WHOM = re.compile(r"^[\s,]*(?:(?:đối với|với)\s+)?(?:(?:các|hai|ba|\d+)\s+)?(?:(?:ông|bà|đồng chí|các ông|các bà)\s+)?$",
                      re.IGNORECASE)
_NEXT_LISTED = re.compile(r"\s*(?:,|và|;)\s*(?:(?:ông|bà|đồng chí)\s+)?")  # between two of those it falls on
# the one it falls on, before "bị": "Ông A, nguyên Chủ tịch …, bị cách chức"
_SUFFERS = re.compile(r"(?<!\w)bị\s+(?:\S+\s+){0,4}?$", re.IGNORECASE)


def run(ctx: ArticleContext, ex: Extraction) -> None:
    for si, s in enumerate(ctx.sentences):
        text = ctx.text
        measures = [m for m in MEASURE_RE.finditer(text, s.start, s.end)
                    if _DECIDED.search(text, max(s.start, m.start() - _DECIDED_WITHIN), m.start())]
        if not measures or _NOT_DECIDED.search(text, s.start, s.end):
            continue  # (a proposal or a measure considered is no measure taken)
        resolved = sorted(ctx.resolved[si].values(), key=lambda r: r.span.start)
        people = [r for r in resolved if r.kind == PERSON]
        if not people:
            continue
        m = measures[0]
        measure = " ".join(m.group(1).split())
        measure = measure[0].lower() + measure[1:]  # "Cảnh cáo ông A": the measure, not the sentence's capital
        measure = SAME_MEASURE.get(measure.lower(), measure)
        on = _falls_on(text, m, people)
        # who decided: the body or person named last before the deciding verb, not one of those disciplined
        disciplined = {r.key for r in on}
        decider = next((r for r in reversed(resolved) if r.kind in (ORG, PERSON) and r.span.end <= m.start()
                        and r.key not in disciplined and _DECIDES.search(text, r.span.end, m.start())
                        and not _SUFFERS.search(text, r.span.end, m.start())), None)
        office = _office_deciding(ctx, ex, si, m.start(), decider)
        key, kind = (office, ORG) if office else (decider.key, decider.kind) if decider else (None, None)
        for person in on:
            ex.disciplines.append(Discipline(person.key, measure, key, kind if key else None, ctx.evidence(si)))
    decided = {(d.person, d.measure) for d in ex.disciplines if d.decided_by}
    # the same measure told again without who decided it ("Ông A bị khai trừ Đảng" in the headline): one fact
    ex.disciplines[:] = list(dict.fromkeys(d for d in ex.disciplines if d.decided_by or (d.person, d.measure) not in decided))


def _office_deciding(ctx: ArticleContext, ex: Extraction, si: int, before: int, decider) -> str | None:
    """A post that decides by its office, named with no holder before the deciding verb ("Thủ tướng vừa ký quyết
    định kỷ luật …", "Thủ tướng Chính phủ quyết định …"): the office as the body that decides (as it issues
    decisions), an entity of the article."""
    toks = ctx.sentences[si].tokens
    for sp in reversed(ctx.spans[si]):
        if sp.kind != TITLE or toks[sp.j - 1].end > before:
            continue
        office = OFFICES.get(sp.payload.base)
        holder = decider is not None and decider.kind == PERSON and decider.span.start >= toks[sp.j - 1].end
        if office is None or holder or not _DECIDES.search(ctx.text, toks[sp.j - 1].end, before):
            return None
        ex.entity(ORG, org_key(office), office, "GovernmentOrganization")
        return org_key(office)
    return None


OFFICES = {"Thủ tướng": "Thủ tướng Chính phủ"}  # posts that decide as offices, as they issue decisions


def _falls_on(text: str, m: re.Match, people: list) -> list:
    """Who the measure at ``m`` falls on: the people named right after it (and listed with the first), else the one
    named before "bị" and the measure."""
    after = [r for r in people if r.span.start >= m.end()]
    if after and _ON_WHOM.match(text[m.end():after[0].span.start]):
        out = [after[0]]
        for r in after[1:]:  # "… đối với ông A và ông B", "ông A, ông B"
            gap = text[out[-1].span.end:r.span.start]
            if _NEXT_LISTED.fullmatch(gap):
                out.append(r)
            else:
                break
        return out
    before = [r for r in people if r.span.end <= m.start()]
    if before and _SUFFERS.search(text, before[-1].span.end, m.start()):
        return [before[-1]]
    return []

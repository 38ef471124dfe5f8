"""Bare "ông"/"bà"/"đồng chí" as a subject: the person named just before ("Ông từng giữ chức …", "bà được
tặng …", "đồng chí được cử làm …")."""
from __future__ import annotations

import re

from .context import ArticleContext, ResolvedSpan
from .model import PERSON
from .spans import PERSON as S_PERSON
from .spans import Span

PRONOUNS = frozenset({"ông", "bà"})
PLURAL_WORDS = frozenset({"các", "những", "nhiều", "hai", "ba", "mấy"})
# how far back the person a pronoun stands for may be named: a biography's sentences name nobody else
BACK_SENTENCES = 6
# what a pronoun subject does before the posts it holds or the honours it is given: "Ông từng giữ chức …", "bà là …",
# "ông được bầu làm …", "ông từng kinh qua các vị trí …"
_PRONOUN_HOLDS = re.compile(r"\s*(?:(?:cũng|còn|đã|từng|hiện|đang|vẫn|nguyên|lại|chính|sau đó|trước đó|lần lượt|lên|tiếp tục|đồng thời|vinh dự)\s+)*"
                            r"(?:là|giữ|giữ chức|giữ các chức vụ|đảm nhiệm|đảm nhận|nắm giữ|kinh qua|trải qua|được|kiêm|làm|trở thành|"
                            r"(?:chuyển )?(?:sang|về) làm)(?!\w)", re.IGNORECASE)


def pronoun_subjects(ctx: ArticleContext, si: int, spans: list[Span], persons: dict) -> dict[int, ResolvedSpan]:
    """A bare "ông"/"bà" that holds posts or is given something ("Ông từng giữ chức Bộ trưởng …", "bà được
    tặng …") stands for the person last named before it: for "bà" a woman's name ("… Thị …"), for "ông" a man's."""
    toks = ctx.sentences[si].tokens
    covered = {k for s in spans for k in range(s.i, s.j)}
    comrade = {k: k + 2 for k in range(len(toks) - 1)
               if toks[k].lower == "đồng" and toks[k + 1].lower == "chí" and k not in covered
               and not (k > 0 and toks[k - 1].lower in PLURAL_WORDS)}  # "các đồng chí là Ủy viên …": many
    out = {}
    for k, t in enumerate(toks):
        end = comrade.get(k, k + 1)  # "đồng chí được cử làm …": a biography's word for its subject, either sex
        if not (k in comrade or (t.lower in PRONOUNS and k not in covered)) or (
                end < len(toks) and toks[end].text[:1].isupper()):
            continue
        if not _PRONOUN_HOLDS.match(ctx.text, toks[end - 1].end):
            continue
        antecedent = _last_person(ctx, si, k, persons, woman=t.lower == "bà", either=k in comrade)
        if antecedent is not None:
            fake = Span(k, end, t.start, toks[end - 1].end, S_PERSON, antecedent.name)
            out[k] = ResolvedSpan(fake, PERSON, antecedent.key, antecedent.name)
    return out


def _last_person(ctx: ArticleContext, si: int, k: int, persons: dict, woman: bool,
                 either: bool = False) -> ResolvedSpan | None:
    """The person named last before token k of sentence si, in it or in the nearest sentence before that names
    anyone (at most BACK_SENTENCES back)."""
    candidates = [p for i, p in persons.items() if i < k]
    for back in range(si - 1, max(-1, si - BACK_SENTENCES - 1), -1):
        if candidates:
            break
        candidates = [r for r in ctx.resolved[back].values() if r.kind == PERSON]
    fitting = candidates if either else [p for p in candidates if (" Thị " in f" {p.name} ") == woman]
    chosen = sorted(fitting or (candidates if not woman else []), key=lambda p: p.span.i)
    if len(chosen) > 1 and _WITH_ANOTHER.match(ctx.text, chosen[0].span.end):
        return chosen[0]  # "A cùng với B được phóng vào vũ trụ. Ông …": the subject, not the companion
    return chosen[-1] if chosen else None


_WITH_ANOTHER = re.compile(r"\s*(?:cùng với|cùng)\s", re.IGNORECASE)

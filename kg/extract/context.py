"""The per-article working state shared by the extraction steps (built fresh for every article)."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..document import AnnotatedDoc, Sentence
from .dates import (
    COMING,
    PLANNED,
    DateMention,
    anchor_dates,
    anniversary_year,
    document_dates,
    find_dates,
    lunar_new_year,
    month_years,
    plan_years,
    resolve,
    term_year,
    told_since,
    weekday_dates,
    weekday_year,
    years_in,
)
from .matcher import PhraseMatcher
from .model import Evidence
from .spans import Span, abbreviations_defined, scan_sentence
from .tenure import tenure_bounds


@dataclass
class ResolvedSpan:
    """A span with the entity key it was resolved to."""

    span: Span
    kind: str  # Person | Organization | Place
    key: str
    name: str


@dataclass
class ArticleContext:
    adoc: AnnotatedDoc
    spans: list[list[Span]] = field(default_factory=list)  # per sentence
    resolved: list[dict[int, ResolvedSpan]] = field(default_factory=list)  # per sentence: span.i -> entity
    context_years: list[int] = field(default_factory=list)
    anchor_dates: list[date] = field(default_factory=list)  # the full dates the text writes, for an undated article
    since: date | None = None  # an undated article: the latest month it tells as past
    org_counts: Counter = field(default_factory=Counter)  # canonical name -> mentions
    _dates: dict = field(default_factory=dict)  # sentence index -> its date mentions, found once
    sentence_starts: list[int] = field(default_factory=list)  # where each sentence starts, to find a date's
    memo: dict = field(default_factory=dict)  # what a step reads of a sentence more than once, read once

    @classmethod
    def build(cls, adoc: AnnotatedDoc) -> ArticleContext:
        text = adoc.text
        ctx = cls(adoc)
        ctx.spans = [scan_sentence(text, s) for s in adoc.sentences]
        ctx.sentence_starts = [s.start for s in adoc.sentences]
        defined = [d for s, sp in zip(adoc.sentences, ctx.spans) for d in abbreviations_defined(text, s, sp)]
        if defined:  # read the article again, now knowing its own abbreviations
            matcher = PhraseMatcher((abbr, hit) for abbr, hit in defined)
            ctx.spans = [scan_sentence(text, s, matcher) for s in adoc.sentences]
        ctx.resolved = [{} for _ in adoc.sentences]
        lede = adoc.sentences[:3]
        named = years_in(text)  # every year the story names, bar births, plans and history
        years = (years_in(text[lede[0].start:lede[-1].end]) if lede else Counter()) or named
        if lede and named and not years_in(text[lede[0].start:lede[-1].end], terms=False) and max(named) > max(years):
            years = named  # a lede naming only a term's first year ("nhiệm kỳ 2015-2020") of a story told years later
        ctx.context_years = list(years.elements())
        if not named and not adoc.doc.date:
            ahead = plan_years(text)
            if ahead:  # a story that names years only as ahead of it is told in the first, or late the year before;
                first, within = min(ahead)  # or, when that year is told as a later one, the year before
                ctx.context_years = [first - 1, first] if within else [first - 1]
        kept = anniversary_year(text) or (None if adoc.doc.date else term_year(text))
        if kept and named and max(named) > kept + 1 and not anniversary_year(text):
            kept = None  # "kỳ họp thứ 9 Quốc hội khóa XI" recalled in a story that names 2016: history
        if kept:  # the year an anniversary is kept, or a numbered session held, is the story's
            ctx.context_years = [kept]
        lunar = None if kept or adoc.doc.date else lunar_new_year(text)
        if lunar and named and max(named) > lunar[0]:
            lunar = None  # "Tết Mậu Tuất" recalled in a story that names a later year
        if lunar:  # "Xuân Kỷ Hợi": 2019, or the end of 2018 that prepares for its New Year
            kept = lunar[0]
            ctx.context_years = [kept - 1, kept] if lunar[1] else [kept]
        if not adoc.doc.date:
            ctx.anchor_dates = anchor_dates(text)
            ctx.since = told_since(text)
            if named or kept:  # a date years before the latest year the story names, or before the year an
                latest = max([*named, *([kept] if kept else [])])  # anniversary is kept, is history it recalls
                # (the year before the latest too, unless the story names its latest year again and again)
                ctx.anchor_dates = [a for a in ctx.anchor_dates if a.year >= latest - (named[latest] < 2)]
            tenure = None if kept else tenure_bounds(text)
            if tenure:  # the terms of the office holders it names bound the story's year
                lo, hi = tenure
                ctx.anchor_dates = [a for a in ctx.anchor_dates if lo <= a.year <= hi]
                # the years the text names all fall outside: the one nearest them; none named: the last, when
                # the terms pin the year down
                guess = [min(max(max(named), lo), hi)] if named else [hi] if hi - lo <= 2 else []
                ctx.context_years = [y for y in ctx.context_years if lo <= y <= hi] or guess
            if adoc.doc.period:  # the years the article's collection spans bound what the text suggests
                lo, hi = adoc.doc.period
                ctx.anchor_dates = [a for a in ctx.anchor_dates  # a last December may start a new year's story
                                    if lo <= a.year <= hi or (a.year == lo - 1 and a.month == 12)]
                ctx.context_years = [y for y in ctx.context_years if lo <= y <= hi] or [hi]
            if not ctx.anchor_dates and (told := ctx._weekday_told_year(tenure)) is not None:
                ctx.context_years = [told]  # "sáng thứ Hai, 22/10": the year 22 October was a Monday, near the guess
            if not ctx.anchor_dates and not ctx.context_years:
                bounds = tenure or adoc.doc.period
                cited = [d for d in document_dates(text) if not bounds or bounds[0] <= d.year <= bounds[1]]
                if cited:  # no year of its own: the story is told soon after the latest document it cites
                    ctx.anchor_dates = [max(cited)]
        return ctx

    def _weekday_told_year(self, tenure: tuple[int, int] | None) -> int | None:
        """The year the days the story names with their weekdays fall in: within two years of the year its other words
        suggest (and within the terms of the office holders it names), else within those terms when they are short."""
        days = weekday_dates(self.text)
        if not days:
            return None
        guess = resolve(DateMention(0, 0, days[0][0], days[0][1], None), None, self.context_years, (), False,
                        self.since) if self.context_years else None
        if guess is not None:
            lo, hi = int(guess[:4]) - 2, int(guess[:4]) + 2
        elif tenure is not None and tenure[1] - tenure[0] <= 6:
            lo, hi = tenure
        else:
            return None
        if tenure is not None:
            lo, hi = max(lo, tenure[0]), min(hi, tenure[1])
        if self.adoc.doc.period:
            lo, hi = max(lo, self.adoc.doc.period[0]), min(hi, self.adoc.doc.period[1])
        return weekday_year(days, lo, hi) if lo <= hi else None

    @property
    def text(self) -> str:
        return self.adoc.text

    @property
    def sentences(self) -> list[Sentence]:
        return self.adoc.sentences

    def evidence(self, sentence_index: int) -> Evidence:
        s = self.adoc.sentences[sentence_index]
        return Evidence(s.start, s.end)

    def sentence_text(self, si: int) -> str:
        s = self.adoc.sentences[si]
        return self.text[s.start:s.end]

    def resolve(self, d) -> str | None:
        """A date mention of this article as an ISO date (see ``dates.resolve``)."""
        planned = bool(PLANNED.search(self.text, max(0, d.start - 120), d.start) or COMING.match(self.text, d.end))
        if d.year is None and not self.adoc.doc.date:
            year = self._year_of_month_named_with(d)
            if year:
                return resolve(d, None, [year])
        return resolve(d, self.adoc.doc.date, self.context_years, self.anchor_dates, planned, self.since)

    def _year_of_month_named_with(self, d) -> int | None:
        """The year of a month its own sentence names next to a bare day ("Ngày 1/4, UBND tỉnh họp tháng
        3/2019"; "phiên họp thường kỳ tháng 12/2014 ngày 30/12")."""
        si = bisect_right(self.sentence_starts, d.start) - 1
        if si < 0:
            return None
        months = self.memo.get(("month years", si))
        if months is None:  # read once per sentence, however many bare days it writes
            s = self.adoc.sentences[si]
            months = self.memo[("month years", si)] = month_years(self.text, s.start, s.end)
        for month, year in months:
            for y in (year - 1, year, year + 1):
                if abs((y * 12 + d.month) - (year * 12 + month)) <= 1:
                    return y
        return None

    def dates(self, si: int):
        found = self._dates.get(si)
        if found is None:
            s = self.adoc.sentences[si]
            found = self._dates[si] = find_dates(self.text, s.start, s.end)
        return found

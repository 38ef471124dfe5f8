"""Dates in Vietnamese news ("sáng 29/12", "ngày 22/12/2024", "12-1", "ngày 5 tháng 3 năm 2024")."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from .. import lexicon

# the days of the week, Monday first ("thứ Hai" … "thứ Bảy", then "Chủ nhật")
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
# (not an ordinal: "Ngày hội nghị thứ hai (27-9)", "kỳ họp thứ sáu, ngày 22/10")
_WEEKDAY = (r"(?:(?<!nghị )(?<!họp )(?<!lần )(?<!phiên )(?<!khóa )(?<!khoá )(?<!đợt )(?<!ngày )(?<!vòng )(?<!tuần )"
            rf"(?<!Ngày )thứ\s+(?:{'|'.join(_WEEKDAYS)})|chủ\s+nhật)")
_CUE = (r"(?:(?:(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|rạng sáng|đầu giờ sáng|cuối giờ chiều)(?:\s+(?:nay|qua|mai))?\s*[,(]?\s*"
        rf"(?:{_WEEKDAY}\s*[,(]?\s*)?|{_WEEKDAY}\s*[,(]?\s*)(?:ngày\s+)?)")  # and "sáng thứ Ba 23/10", "thứ sáu, ngày 26/5"
DATE_RE = re.compile(
    rf"(?P<cue>{_CUE})?(?<![\d/.-])(?P<d>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<m>\d{{1,2}})"
    rf"(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d))?(?![\d/]|-[A-ZĐ])", re.IGNORECASE)
LONG_DATE_RE = re.compile(  # "ngày 5 tháng 3 năm 2024", "chiều 18 tháng 5": a time of day, or "ngày", before it
    r"(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:ngày\s+)?|ngày\s+)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"(?:\s+năm\s+(?P<y>(?:19|20)\d\d))?", re.IGNORECASE)
# "từ ngày 14 đến 16/01/2019", "từ 6 - 8/6/2017": a range names its first day by the month of the last
RANGE_RE = re.compile(
    r"(?:từ\s+(?:ngày\s+)?|ngày\s+|\()(?P<d>\d{1,2})\s*(?:đến|tới|-|–|và)\s*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?"
    r"\d{1,2}\s*(?P<sep>[/-])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d))?(?![\d/])", re.IGNORECASE)  # also "(20-21/10)", "từ 12 đến 16-6"
# "ngày 26 và 27 tháng 11 năm 2015": a range written out in words
LONG_RANGE_RE = re.compile(
    r"(?:từ\s+)?ngày\s+(?P<d>\d{1,2})\s*(?:đến|tới|-|–|và)\s*(?:ngày\s+)?\d{1,2}\s+tháng\s+(?P<m>\d{1,2})"
    r"(?:\s+năm\s+(?P<y>(?:19|20)\d\d))?", re.IGNORECASE)
YEAR_RE = re.compile(r"(?<![\d/.-])((?:19[5-9]|20[0-4])\d)(?![\d/])")
# years of plans and horizons ("đến năm 2030", "tầm nhìn 2045") say nothing about when the article happens
# (not "tính đến năm 2019", as of that year: a year the story is told in)
_FUTURE_BEFORE = re.compile(r"(?:(?<!tính )đến|(?<!tính )tới|tầm nhìn|hướng tới|mục tiêu|vào năm|trước năm|sau năm|"
                            r"nghị sự)\s*(?:năm\s*)?$",  # "Chương trình nghị sự 2030" of the UN
                            re.IGNORECASE)
# nor the years of the plans a year before sets ("Chương trình xây dựng luật, pháp lệnh năm 2016", adopted in 2015;
# "dự toán ngân sách nhà nước năm 2025")
_PLAN_OF_YEAR_BEFORE = re.compile(r"(?:chương trình xây dựng luật, pháp lệnh|dự toán ngân sách(?: nhà nước)?|"
                                  r"kế hoạch phát triển kinh tế - xã hội)\s*(?:năm\s*)?$", re.IGNORECASE)
# nor do decades ("thập niên 1980") or the years in the names of laws and treaties ("Luật Biển 1982")
_NOT_STORY_BEFORE = re.compile(r"(?:thập niên|thập kỷ|những năm|so với (?:cùng kỳ )?(?:cả )?năm|"
                               r"(?:Luật|Bộ luật|Hiến pháp|Công ước)[^,.;()]{0,30})\s*$")
# a date a relation or a body dates from is history the story recalls ("thiết lập quan hệ ngoại giao ngày 2/2/1950")
_HISTORY_BEFORE = re.compile(r"(?:thiết lập quan hệ|kể từ|từ năm|thành lập|ra đời)[^.;]{0,40}$", re.IGNORECASE)

# a birth year ("ông A (SN 1959)", "sinh năm 1962") says nothing about when the story happens
_BORN_BEFORE = re.compile(r"(?:\bSN|sinh(?: năm)?)\s*$", re.IGNORECASE)
# the end of a period ("nhiệm kỳ 2015 - 2020", "giai đoạn 2016-2020") is a horizon: its start is what happens
_PERIOD_START_BEFORE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*$")
# a full date right after a document's number is the document's ("Chỉ thị 07/CT-TTg ngày 21/3/2023"): the story
# comes after it, often long after, so it says little about the story's year
_DOCUMENT_BEFORE = re.compile(r"\d[\w/.-]*[/-][A-ZĐ][\w/.-]*\s*,?\s*$")
_SEASON = timedelta(days=92)
_NEAR_ENOUGH = timedelta(days=183)  # an undated "d/m" takes a written full date's year only within half a year


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int
    month: int
    year: int | None  # as written; None when the text leaves it out


# "ra mắt 28/10", "khai mạc vào 20/7": a verb of happening dates the bare day after it
_HAPPENED_BEFORE = re.compile(r"(?<!\w)(?:ra mắt|khai mạc|khai giảng|bế mạc|diễn ra|khánh thành|khởi công)(?:\s+(?:vào|từ|hôm))?\s*$",
                              re.IGNORECASE)


# an event's noun right before a bare "d/m" dates it ("phiên khai mạc đại hội 11-12", "tại hội nghị 5/9"), unless the
# numbers are a share of its members ("hội nghị 2/3 số đại biểu")
_EVENT_BEFORE = re.compile(r"(?<!\w)(?:đại hội|hội nghị|hội thảo|kỳ họp|phiên họp|cuộc họp|diễn đàn|họp báo|buổi lễ)\s*$",
                           re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s*(?:số|tổng số|đại biểu|thành viên|ủy viên|phiếu)(?!\w)", re.IGNORECASE)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    end = len(text) if end is None else end
    out: list[DateMention] = []
    for rx in (LONG_RANGE_RE, LONG_DATE_RE, RANGE_RE):
        if rx is LONG_RANGE_RE and "tháng" not in text[start:end]:
            continue  # a range in words names its month
        for m in rx.finditer(text, start, end):
            if not out or not any(d and d.start <= m.start() < d.end for d in out):
                out.append(_make(m))
    taken = [(d.start, d.end) for d in out if d]
    for m in DATE_RE.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in taken):
            continue
        # a bare "d/m" needs a cue word, a year or a verb of happening; "71/193 quốc gia" is not a date
        if not (m.group("cue") or m.group("y") or _HAPPENED_BEFORE.search(text, max(start, m.start() - 24), m.start())
                or (_EVENT_BEFORE.search(text, max(start, m.start() - 16), m.start())
                    and not _SHARE_AFTER.match(text, m.end()))):
            continue
        d = _make(m)
        if d:
            out.append(d)
    # a day of the lunar calendar ("tức ngày 1 tháng 11 năm Mậu Tuất", "mùng 10/3 âm lịch") is no day of the calendar
    return sorted((d for d in out if d and not _LUNAR_AFTER.match(text, d.end)), key=lambda d: d.start)


def _make(m: re.Match) -> DateMention | None:
    day, month = int(m.group("d")), int(m.group("m"))
    year = int(m.group("y")) if m.group("y") else None
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return DateMention(m.start(), m.end(), day, month, year)


_MONTH_YEAR_RE = re.compile(r"(?:tháng\s*|(?<![\d/.-]))(\d{1,2})\s*[/-]\s*((?:19|20)\d\d)(?![\d/])", re.IGNORECASE)


def month_years(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(month, year) of the months written with their year ("tháng 3/2019", "12-2014"), births ("sinh tháng
    5/1960") left out."""
    return [(int(m.group(1)), int(m.group(2)))
            for m in _MONTH_YEAR_RE.finditer(text, start, len(text) if end is None else end)
            if 1 <= int(m.group(1)) <= 12 and not _BORN_BEFORE.search(text, max(0, m.start() - 12), m.start())]


# a month the story tells as past: "khởi công vào tháng 11/2017", "hồi tháng 4/2023", "cuối năm 2016 vừa rồi"; a
# month with no such word is as often one of a plan ("tổ chức Diễn đàn vào tháng 9/2017")
PAST_MONTH_RE = re.compile(r"(?<!\w)(?:tháng\s*(\d{1,2})\s*[/-]\s*|(?<!tháng )cuối năm\s+|(?<!tháng )(?<!cuối )(?P<year>năm\s+))"
                            r"(?P<y>(?:19|20)\d\d)(?![\d/])", re.IGNORECASE)
PAST_BEFORE = re.compile(r"(?<!\w)(?:hồi|đã|vừa|khởi công|khánh thành|trước đó)(?!\w)[^.;,]{0,20}$", re.IGNORECASE)
PAST_AFTER = re.compile(r"\s*(?:vừa qua|vừa rồi|trước đó)(?!\w)", re.IGNORECASE)
_PLAN_BEFORE = re.compile(r"(?<!\w)(?:dự kiến|sẽ|kế hoạch|đến|tới|trước(?! đó)|hoàn thành|phấn đấu|chậm nhất|hạn)(?!\w)[^.;]{0,40}$",
                          re.IGNORECASE)


# a meeting held in a month of a year the story tells of: "tại Hội nghị Trung ương 9 cuối tháng 12/2018"
_EVENT_HELD_BEFORE = re.compile(r"(?<!\w)(?:tại|trong)\s+(?:hội nghị|kỳ họp|phiên họp|cuộc họp|đại hội)(?!\w)[^.;,]{0,40}?"
                                r"(?:cuối|đầu|giữa)?\s*$", re.IGNORECASE)


# a day named with its weekday ("thứ Ba, ngày 23/10", "sáng thứ hai 22/10", "(chủ nhật, 5/11)"): the weekday pins the
# year down among the few a story can be told in
_WEEKDAY_DATE_RE = re.compile(rf"(?<!\w)(?:thứ\s+(?P<wd>{'|'.join(_WEEKDAYS)})|(?P<sun>chủ\s+nhật))\s*[,(]?\s*(?:ngày\s+)?"
                              r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?!\s*[/.-]?\s*\d)(?!\s*(?:năm|tháng)\s)",
                              re.IGNORECASE)
# "kỳ họp thứ sáu, ngày 22/10", "lần thứ năm 15/3": an ordinal, not a weekday
_ORDINAL_BEFORE = re.compile(r"(?<!\w)(?:kỳ họp|kì họp|phiên|phiên họp|lần|hội nghị|khóa|khoá|đợt|tập|số|hạng|đứng|"
                             r"xếp|vòng|ngày|tuần|năm|tháng|quý)\s*$", re.IGNORECASE)


def weekday_dates(text: str) -> list[tuple[int, int, int]]:
    """(day, month, weekday) of each day the text names with its weekday, Monday 0 ("sáng thứ Ba 23/10" is
    (23, 10, 1)); not an ordinal's ("kỳ họp thứ sáu, ngày 22/10")."""
    return [(int(m.group("d")), int(m.group("m")), 6 if m.group("sun") else _WEEKDAYS[m.group("wd").lower()])
            for m in _WEEKDAY_DATE_RE.finditer(text) if not _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start())]


def weekday_year(days: list[tuple[int, int, int]], lo: int, hi: int) -> int | None:
    """The one year from lo to hi in which every one of ``days`` (weekday_dates) falls on its weekday; None when
    there are no days, or they fit no year, or more than one."""
    fits = None
    for day, month, weekday in days:
        years = set()
        for year in range(lo, hi + 1):
            try:
                if date(year, month, day).weekday() == weekday:
                    years.add(year)
            except ValueError:
                continue
        fits = years if fits is None else fits & years
    return fits.pop() if fits and len(fits) == 1 else None


def told_since(text: str) -> date | None:
    """The first day of the latest month the story tells as past: an undated day of the story falls after it
    ("Lễ thông xe … sáng 11/10" in a story of a bridge begun "vào tháng 11/2017" is 11/10/2018)."""
    latest = None
    for m in PAST_MONTH_RE.finditer(text):
        if m.group("year") and not PAST_AFTER.match(text, m.end()):
            continue  # a whole year is told as past only by the words after it: "năm 2016 vừa qua"
        if _PLAN_BEFORE.search(text, max(0, m.start() - 40), m.start()) or COMING.match(text, m.end()) or not (
                PAST_BEFORE.search(text, max(0, m.start() - 30), m.start()) or PAST_AFTER.match(text, m.end())
                or m.group(1) and _EVENT_HELD_BEFORE.search(text, max(0, m.start() - 60), m.start())):
            continue
        month = int(m.group(1)) if m.group(1) else 12
        if 1 <= month <= 12:
            start = date(int(m.group("y")), month, 1)
            latest = start if latest is None or start > latest else latest
    return latest


# "kỷ niệm 35 năm thành lập" with "thành lập năm 1982": the story happens in 2017
_ANNIVERSARY_RE = re.compile(r"kỷ niệm\s+(\d{1,3})\s+năm", re.IGNORECASE)
_FOUNDED_RE = re.compile(r"thành lập\s+(?:vào\s+)?(?:(?:năm|ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-])\s*)((?:19|20)\d\d)(?!\d)",
                         re.IGNORECASE)


def anniversary_year(text: str) -> int | None:
    """The year an anniversary is kept, when the text gives both its count and the founding year: the
    founding year written as such, else the one year the text names that the count brings to a year of news
    ("Lễ kỷ niệm 30 năm ngày tái lập tỉnh … ngày 30/6/1989" → 2019)."""
    n, founded = _ANNIVERSARY_RE.search(text), _FOUNDED_RE.search(text)
    if n is None:
        return None
    if founded:
        return int(founded.group(1)) + int(n.group(1))
    kept = {int(y) + int(n.group(1)) for y in _FOUNDING_YEAR_RE.findall(text)} & set(range(NEWS_YEARS[0], NEWS_YEARS[1] + 1))
    return kept.pop() if len(kept) == 1 else None


_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?!\d)")
_FOUNDING_YEAR_RE = re.compile(r"(?<![\d.])((?:18|19|20)\d\d)(?!\d)")  # "125 năm … (năm 1894)": a century before too
NEWS_YEARS = (1990, 2026)  # the years a news story of this corpus can be told in


# The year each National Assembly and each Party Central Committee began ("Quốc hội khóa XIV": 2016).
ASSEMBLY_ELECTED = {11: 2002, 12: 2007, 13: 2011, 14: 2016, 15: 2021, 16: 2026}
CONGRESS_HELD = {9: 2001, 10: 2006, 11: 2011, 12: 2016, 13: 2021, 14: 2026}
_ORDINAL = r"(?P<k>\d{1,2}|[IVX]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
_TERM = r"(?:khóa|khoá)\s+(?P<n>\d{1,2}|[IVX]+)(?![\w/])"
_CENTRAL = r"(?:Ban Chấp hành\s+)?(?:Trung ương|T\.?Ư|TW)(?: Đảng)?"
_SESSION_RES = [re.compile(rf"kỳ họp thứ {_ORDINAL},?\s+(?:của\s+)?Quốc hội\s+{_TERM}", re.IGNORECASE)]
# a numbered session of the UN General Assembly, which opens every September from 1946 ("khóa họp 72 Đại hội đồng
# Liên Hợp Quốc" is 2017)
_UNGA_RE = re.compile(r"(?:khóa|khoá|kỳ) họp(?: thứ)? (?P<n>\d{2}),?(?: của)? Đại hội đồng (?:Liên (?:hợp|hiệp) quốc|LHQ)",
                      re.IGNORECASE)
# a meeting of a numbered series (numbered_meetings.tsv), as the press names it: "Hội nghị Cấp cao ASEAN lần thứ 33",
# "Hội nghị Cấp cao Hiệp hội các quốc gia Đông Nam Á (ASEAN) lần thứ 31", "Hội nghị Cấp cao APEC lần thứ 25", "Đối thoại
# Shangri-La lần thứ 17", "Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10", "G20 lần thứ 14", "SEA Games 29"
_SUMMIT = r"Hội nghị (?:Cấp cao|Thượng đỉnh)"
_NUMBERED_MEETING_RES = {
    "asean": re.compile(rf"{_SUMMIT}(?: Hiệp hội các quốc gia Đông Nam Á)?\s*\(?ASEAN\)?(?: lần thứ)? (?P<n>\d{{1,2}})(?![\d/])",
                        re.IGNORECASE),
    "apec": re.compile(rf"{_SUMMIT}(?: Diễn đàn Hợp tác Kinh tế châu Á\s*-\s*Thái Bình Dương)?\s*\(?APEC\)?(?: lần thứ)? "
                       r"(?P<n>\d{1,2})(?![\d/])", re.IGNORECASE),
    "shangri-la": re.compile(r"Shangri\s*-?\s*La(?: lần thứ)? (?P<n>\d{1,2})(?![\d/])", re.IGNORECASE),
    "mekong-japan": re.compile(rf"{_SUMMIT} Mekong\s*-\s*Nhật Bản(?: lần thứ)? (?P<n>\d{{1,2}})(?![\d/])", re.IGNORECASE),
    "g20": re.compile(r"G-?20 lần thứ (?P<n>\d{1,2})(?![\d/])", re.IGNORECASE),
    "sea-games": re.compile(r"SEA Games(?: lần thứ)? (?P<n>\d{2})(?![\d/])", re.IGNORECASE),
}  # (and, ahead of the story, "phục vụ tổ chức SEA Games 31 vào năm 2021" is no year of its own)
# the election of a numbered National Assembly: "ứng viên đại biểu Quốc hội khóa XIV", "bầu cử Quốc hội khóa XV"
_ELECTION_RE = re.compile(rf"(?<!\w)(?:ứng cử viên|ứng viên|ứng cử|bầu cử)\s+(?:đại biểu\s+)?Quốc hội\s+{_TERM}",
                          re.IGNORECASE)
_PLENUM_RES = [re.compile(rf"Hội nghị(?: lần thứ)? {_ORDINAL}\s+{_CENTRAL}\s+{_TERM}", re.IGNORECASE),
               re.compile(rf"Hội nghị {_CENTRAL} (?:lần thứ )?{_ORDINAL}\s+{_TERM}", re.IGNORECASE)]
_BARE_PLENUM_RE = re.compile(rf"Hội nghị (?:Ban Chấp hành\s+)?(?:Trung ương|T\.?Ư|TW)(?: Đảng)? (?:lần thứ )?{_ORDINAL}(?!\w)")
_PARTY_TERM_RE = re.compile(rf"(?:Bộ Chính trị|Ban Bí thư|Trung ương(?: Đảng)?)\s+{_TERM}", re.IGNORECASE)
_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_ROMAN = {"I": 1, "V": 5, "X": 10}


def number_of(word: str) -> int | None:
    """A number written in digits, in words ("hai", "mười") or in Roman numerals."""
    if word.isdigit():
        return int(word)
    if word.lower() in _WORDS:
        return _WORDS[word.lower()]
    values = [_ROMAN[c] for c in word.upper() if c in _ROMAN]
    return sum(-v if n + 1 < len(values) and v < values[n + 1] else v for n, v in enumerate(values)) or None


def _numbered(text: str, patterns, started: dict[int, int]) -> tuple[int, int] | None:
    """(ordinal, year the term began) of the first numbered meeting of a numbered term the text names."""
    for rx in patterns:
        m = rx.search(text)
        if m and (k := number_of(m.group("k"))) and (start := started.get(number_of(m.group("n")) or 0)):
            return k, start
    return None


def term_year(text: str) -> int | None:
    """The year a numbered session of a numbered National Assembly is held (two a year: "kỳ họp thứ 2 Quốc
    hội khóa XIV" is 2016), or the Assembly is elected ("ứng viên đại biểu Quốc hội khóa XIV"), or a numbered session of
    the UN General Assembly opens ("khóa họp 72 Đại hội đồng Liên Hợp Quốc" is 2017), or a numbered meeting of a series
    is held (numbered_meetings.tsv: ASEAN and APEC summits, the Shangri-La Dialogue, the SEA Games …), or a numbered
    plenum of a Party Central Committee (about four the first year, two a year after: "Hội nghị Trung ương 5 khóa XII"
    is 2017)."""
    session = _numbered(text, _SESSION_RES, ASSEMBLY_ELECTED)
    if session:
        k, start = session
        return start + (k - 1) // 2
    if (unga := _UNGA_RE.search(text)) and 40 <= int(unga.group("n")) <= 90:
        return 1945 + int(unga.group("n"))
    for series, rx in _NUMBERED_MEETING_RES.items():
        for meeting in rx.finditer(text):
            if _PLANNED_AFTER.match(text, meeting.end()):
                continue  # "sẽ tiến hành Hội nghị cấp cao APEC lần thứ 27 tại Chile vào năm 2019": a year ahead of the story
                # (not "Thủ tướng sẽ tham dự Hội nghị Cấp cao ASEAN lần thứ 32 vào ngày 27-28/4": days ahead)
            if year := lexicon.numbered_meeting_years().get((series, int(meeting.group("n")))):
                return year
    if (election := _ELECTION_RE.search(text)) and (year := ASSEMBLY_ELECTED.get(number_of(election.group("n")) or 0)):
        return year  # its candidates meet voters, and it is held, in the spring of the year it is elected
    plenum = _numbered(text, _PLENUM_RES, CONGRESS_HELD) or _plenum_of_the_party_term(text)
    if plenum:
        k, start = plenum
        term = next(t for t, year in CONGRESS_HELD.items() if year == start)
        known = lexicon.party_plenum_years().get((term, k))
        return known or (start if k <= 4 else start + (k - 3) // 2)
    return None


# a lunar year named by its stem and branch ("Tết Kỷ Hợi", "Xuân Mậu Tuất", "năm Giáp Thìn"): one year in sixty, so
# one year of news (the stem is the Gregorian year's last digit, the branch its remainder by twelve)
_STEMS = {"canh": 0, "tân": 1, "nhâm": 2, "quý": 3, "giáp": 4, "ất": 5, "bính": 6, "đinh": 7, "mậu": 8, "kỷ": 9}
_BRANCHES = {"thân": 0, "dậu": 1, "tuất": 2, "hợi": 3, "tý": 4, "sửu": 5, "dần": 6, "mão": 7, "mẹo": 7, "thìn": 8,
             "tỵ": 9, "tị": 9, "ngọ": 10, "mùi": 11}
_LUNAR_YEAR_RE = re.compile(rf"(?<!\w)(?P<cue>Tết|Xuân|năm)(?: Nguyên [đĐ]án)? (?P<stem>{'|'.join(_STEMS)}) "
                            rf"(?P<branch>{'|'.join(_BRANCHES)})(?!\w)", re.IGNORECASE)
# after a day, the words that make it one of the lunar calendar ("… 1 tháng 11 năm Mậu Tuất", "10/3 âm lịch")
_LUNAR_AFTER = re.compile(rf"\s*(?:\(\s*)?(?:âm lịch|(?:năm )?(?:{'|'.join(_STEMS)}) (?:{'|'.join(_BRANCHES)})(?!\w))",
                          re.IGNORECASE)


def lunar_new_year(text: str) -> tuple[int, bool] | None:
    """The latest Gregorian year of news a lunar year the text names falls in ("Xuân Kỷ Hợi" is 2019), with whether
    it is named as its New Year ("Tết", "Xuân"), which the weeks before it, at the end of the year before, prepare
    for. None when the text names none, or only years of history ("Tết Mậu Thân" is 1968)."""
    found = []
    for m in _LUNAR_YEAR_RE.finditer(text):
        stem, branch = _STEMS[m.group("stem").lower()], _BRANCHES[m.group("branch").lower()]
        year = next((y for y in range(NEWS_YEARS[0], NEWS_YEARS[1] + 1) if y % 10 == stem and y % 12 == branch), None)
        if year is not None:
            found.append((year, m.group("cue").lower() != "năm"))
    return max(found) if found else None


# after a meeting's name, the words that put it a year ahead of the story: "SEA Games 31 vào năm 2021", "… tiếp theo"
_PLANNED_AFTER = re.compile(r"[^.;]{0,40}?(?<!\w)(?:vào năm|năm sau|tiếp theo)(?!\w)", re.IGNORECASE)


def _plenum_of_the_party_term(text: str) -> tuple[int, int] | None:
    """A plenum named without its term ("bế mạc Hội nghị Trung ương 5") in a story that names one Party term
    only ("Ủy viên Bộ Chính trị khoá XII"): (ordinal, year the term began)."""
    m = _BARE_PLENUM_RE.search(text)
    terms = {number_of(t.group("n")) for t in _PARTY_TERM_RE.finditer(text)}
    if m is None or len(terms) != 1 or not (k := number_of(m.group("k"))):
        return None
    start = CONGRESS_HELD.get(terms.pop() or 0)
    return (k, start) if start else None


def years_in(text: str, terms: bool = True) -> Counter:
    """Years the text names ("năm 2024", "tháng 12/2025"), leaving out the years of plans and horizons; with no
    other year, the first years of the terms it names, unless ``terms`` is False."""
    years, term_years = Counter(), Counter()
    for m in YEAR_RE.finditer(text):
        if _FUTURE_BEFORE.search(text[max(0, m.start() - 20):m.start()]) \
                or _PLAN_OF_YEAR_BEFORE.search(text[max(0, m.start() - 50):m.start()]) \
                or _BORN_BEFORE.search(text[max(0, m.start() - 12):m.start()]) \
                or _PERIOD_START_BEFORE.search(text[max(0, m.start() - 8):m.start()]) \
                or _NOT_STORY_BEFORE.search(text[max(0, m.start() - 45):m.start()]) \
                or _HISTORY_BEFORE.search(text[max(0, m.start() - 30):m.start()]) or _is_plan_year(text, m):
            continue
        (term_years if _TERM_BEFORE.search(text, max(0, m.start() - 12), m.start()) else years)[int(m.group(1))] += 1
    years.update(year for _, year in month_years(text))
    # "tăng 20% so với năm 2014": a story compares with the year before its own
    years.update(int(m.group(1)) + 1 for m in _COMPARED_WITH_RE.finditer(text))
    return years or (term_years if terms else Counter())  # "nhiệm kỳ 2020-2025": the term a story prepares, or is told in


# the first year of a term ("nhiệm kỳ 2020-2025") counts only when the story names no other year
_TERM_BEFORE = re.compile(r"(?<!\w)nhiệm kỳ\s*$", re.IGNORECASE)
# a year the words before or after it put ahead of the story
_AHEAD_BEFORE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|phấn đấu)(?!\w)[^.;,]{0,70}$", re.IGNORECASE)
_AHEAD_AFTER = re.compile(r"\s*(?:phải|cần|sẽ)(?!\w)")  # in lower case: not "năm 2018 Cần Thơ …"
_WITHIN_BEFORE = re.compile(r"(?<!\w)trong\s+năm\s*$", re.IGNORECASE)  # "trong năm 2019": the year things are done in


def _is_plan_year(text: str, m: re.Match) -> bool:
    """A year the words around it put ahead of the story ("sẽ thắng trong cuộc tổng tuyển cử năm 2018",
    "năm 2018 phải tiếp tục …")."""
    return bool(_AHEAD_BEFORE.search(text, max(0, m.start() - 90), m.start()) or _AHEAD_AFTER.match(text, m.end()))


def plan_years(text: str) -> list[tuple[int, bool]]:
    """The years the story names only as ahead of it, each with whether it is told as the year things are done
    within ("trong năm 2019", "năm 2021 phải …") rather than as a later year ("sẽ … trong cuộc tổng tuyển cử năm 2018")."""
    return [(int(m.group(1)), bool(_WITHIN_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                   or _AHEAD_AFTER.match(text, m.end())))
            for m in YEAR_RE.finditer(text) if _is_plan_year(text, m)]


_COMPARED_WITH_RE = re.compile(r"(?<!\w)so với (?:cùng kỳ )?(?:cả )?năm ((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def anchor_dates(text: str) -> list[date]:
    """The full dates an article writes ("ngày 27/11/2018"), births and documents' dates left out:
    what an undated "d/m" is near."""
    out = []
    for d in find_dates(text):
        before = text[max(0, d.start - 30):d.start]
        if d.year is not None and not _BORN_BEFORE.search(before[-12:]) and not _DOCUMENT_BEFORE.search(before) \
                and not _HISTORY_BEFORE.search(text[max(0, d.start - 60):d.start]):
            try:
                out.append(date(d.year, d.month, d.day))
            except ValueError:
                continue
    return out


def document_dates(text: str) -> list[date]:
    """The full dates written right after cited documents' numbers ("Tờ trình số 120-TTr/UBKTTW ngày
    6-7-2018"): a story that gives no year of its own happens soon after the documents it cites."""
    out = []
    for d in find_dates(text):
        if d.year is not None and _DOCUMENT_BEFORE.search(text[max(0, d.start - 30):d.start]):
            try:
                out.append(date(d.year, d.month, d.day))
            except ValueError:
                continue
    return out


def _nearest_year(d: DateMention, anchors: list[date], named: set[int] = frozenset()) -> int | None:
    """The year that puts day/month closest to one of the article's written full dates ("10/1" after
    "27/11/2018" is 10/1/2019), if that is within half a year; a year neither written in a full date nor
    named by the story only within a season of one ("8/3" before "12/9/2019" is 2019, not 2020)."""
    best = None
    written = {a.year for a in anchors} | set(named)
    for year in sorted({a.year + k for a in anchors for k in (-1, 0, 1)}):
        try:
            candidate = date(year, d.month, d.day)
        except ValueError:
            continue
        gap = min(abs(candidate - a) for a in anchors)
        near = _NEAR_ENOUGH if year in written else _SEASON
        if gap <= near and (best is None or gap <= best[0]):  # a tie goes to the later year
            best = (gap, year)
    return best[1] if best else None


def resolve(d: DateMention, doc_date: str | None, context_years: list[int],
            anchors: list[date] | tuple = (), planned: bool = False, since: date | None = None) -> str | None:
    """A full ISO date: the written year, else the article's date, else the year of the full dates the
    text writes nearest to it, else the years the text mentions."""
    year = d.year
    if year is None and doc_date:
        try:
            published = date.fromisoformat(doc_date[:10])
        except ValueError:
            published = None
        if published:
            year = published.year
            try:
                if date(year, d.month, d.day) > published + timedelta(days=14) and not planned:
                    year -= 1  # "29/12" in an article of 3 January is last December (unless planned ahead)
            except ValueError:
                return None
    if year is None and anchors:
        year = _nearest_year(d, anchors, set(context_years))
    if year is None and context_years:
        latest = max(context_years)
        told = context_years.count(latest), context_years.count(latest - 1)
        if told[1] and told[0] < 2 * told[1] + 1:
            # "tổng kết năm 2024, triển khai nhiệm vụ năm 2025": held late 2024 or early 2025; not when the
            # story is told mostly of its latest year
            year = latest - 1 if d.month >= 7 else latest
        else:
            year = latest  # the latest year the story names is the one it happens in
        try:
            if since and date(year, d.month, d.day) < since <= date(year + 1, d.month, d.day):
                year += 1  # a day before a month the story tells as past: the next year's
        except ValueError:
            return None
    if year is None:
        return None
    try:
        return date(year, d.month, d.day).isoformat()
    except ValueError:
        return None


# words that put a date ahead of the article ("dự kiến khai mạc ngày 20/7")
PLANNED = re.compile(r"(?<!\w)(?:dự kiến|sẽ|sắp)(?!\w)", re.IGNORECASE)
# "vào ngày 23/5 tới": a date the words after it put ahead of the article
COMING = re.compile(r"\s*(?:sắp )?tới(?!\w)(?!\s*(?:ngày\s*)?\d)", re.IGNORECASE)  # not "từ 1/4 tới 5/4"

# a time of day before a date says when something happened, not when a document was dated
TIME_OF_DAY = re.compile(r"(?i)\b(?:sáng|chiều|tối|trưa|đêm|hôm)\b")

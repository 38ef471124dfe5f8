"""Events: the conference, session, meeting or ceremony an article reports, with date, place,
organiser and the people who attend, chair, speak or are honoured there."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .. import lexicon
from ..annotate import SHORT_LEVELS
from ..textnorm import fold, name_key
from .context import ArticleContext
from .dates import PAST_AFTER, PAST_BEFORE, PAST_MONTH_RE, TIME_OF_DAY, month_years, number_of
from .entities import historical_person_keys, org_key, place_key
from .gazetteer import gazetteer
from .matcher import PhraseMatcher
from .model import LEGISLATION, ORG, PERSON, PLACE, EventFact, Evidence, Extraction, Participation
from .spans import DISTRICT_LEVELS, STOP_WORDS, TITLE, VENUE
from .spans import ORG as ORG_SPAN
from .spans import PERSON as PERSON_SPAN

FOREIGN_CITY = lexicon.FOREIGN_CITY

# Words that say a person took part, and how (checked on the folded sentence).
CUES = (
    ("chair", ("chủ trì", "chủ tọa", "điều hành")),
    ("speaker", ("phát biểu", "báo cáo", "trình bày", "tham luận", "kết luận", "khai mạc", "bế mạc",
                 "tiếp thu", "giải trình", "khẳng định", "cho rằng", "chia sẻ", "cho biết", "nhấn mạnh", "đề nghị",
                 "kiến nghị", "đề xuất", "bày tỏ", "đánh giá", "nói", "đặt vấn đề", "nhìn nhận",
                 # words said in a meeting's deliberation (not "cho hay", "nhận định": the press's words for any quote)
                 "nêu", "cho ý kiến", "lưu ý", "thay mặt",
                 "đăng đàn",  # a minister taking the floor to answer a questioning session
                 # words to the press: at a press conference, or words given on the sidelines ("bên hành lang")
                 "trả lời báo chí", "trả lời phỏng vấn", "trao đổi với báo chí",
                 # who reads out the decision a ceremony is held for ("Tại buổi lễ, ông A đã công bố quyết định …";
                 # not "hội nghị công bố quyết định", the event's own name)
                 "đã công bố quyết định", "đọc quyết định", "đã công bố các quyết định")),
    ("honoured", ("được trao", "được tặng", "đón nhận", "vinh dự nhận", "nhận giải", "nhận bằng khen",
                  "nhận huân chương", "nhận danh hiệu")),
    ("attendee", ("tham dự", "dự", "có mặt", "về phía", "tham quan", "trao", "tặng", "thăm", "tiếp",
                  "hội đàm", "gặp", "dẫn đầu", "làm việc", "đón", "chứng kiến", "cùng các đại biểu", "đến dự",
                  "điều hành", "tham gia đoàn", "tháp tùng", "cùng đi", "đi cùng", "thị sát", "đến kiểm tra", "góp mặt", "diễn giả")),
)
# compounds that contain a cue word but say nothing about attending ("dự án", "tiếp tục", "trao đổi", "trực tiếp"), and
# a task someone is put in charge of ("cơ quan chủ trì soạn thảo", "chủ trì, phối hợp với …"), no meeting chaired
NOT_CUES = fold(r"(?! án| kiến| thảo| báo| toán| trữ| phòng| định| luật| đoán| thi| tuyển| bị| khuyết| tục| nhận| cận| đổi| dò| gỡ| chung| riêng| khó| nạn| phải| sự cố| trục trặc| rủi ro| trở ngại|,? phối hợp| soạn thảo| tiếp thu| thẩm định| xây dựng| thực hiện)")
_CUE_RES = [(how, re.compile(r"(?<!\w)(?<!trực )(?<!gián )(?<!kế )(?<!theo )(?<!vai trò )(?:" + "|".join(re.escape(fold(w)) for w in words) + r")(?!\w)" + NOT_CUES))
            for how, words in CUES]
_CUE_OF = dict(_CUE_RES)  # each way of taking part, and the words that say it
_ORGANISED_RE = re.compile(r"^\s*(?:\([^)]{1,60}\)\s*|\s[-–]\s[^-–.;:]{1,80}\s[-–]\s*)?(?:(?:khóa|khoá|nhiệm kỳ)\s+[IVXLC\d][\w-]*\s+)?(?:(?:đã|vừa|sẽ|cũng|còn|tiếp tục|chính thức|long trọng|trang trọng|trọng thể|tưng bừng|cùng|đồng|lần đầu(?: tiên)?)\s+)*"
                           r"(?:phối hợp(?:\s+(?:với|cùng))?(?:\s+[^.;]{1,120}?)?\s+)?(?:tổ chức|khai mạc|bế mạc|họp báo|đăng cai|"
                           r"có (?:cuộc|buổi|phiên) họp|kỷ niệm \d+ năm (?:ngày )?(?:thành lập|truyền thống))", re.IGNORECASE)  # "… đăng cai tổ chức", "Bộ Y tế sẽ có cuộc họp …"
_LEVEL_WORDS = {"tỉnh", "thành", "phố", "tp", ".", "huyện", "quận", "thị", "xã", "phường"}
_BY_RE = re.compile(r"(?:do|của)\s*$", re.IGNORECASE)
# "Phiên họp thứ 10 Ủy ban Thường vụ Quốc hội", "Hội nghị lần thứ 4 Ban Chấp hành Đảng bộ …": the body's own meeting
_ORDINAL_RE = re.compile(r"(?<!\w)(?:lần )?thứ\s+(?:\d+|[IVXLC]+|\w+)\s*$", re.IGNORECASE)
_NAME_STOP = {",", ".", "(", ";", ":", "tại", "do", "vào", "ngày", "sáng", "chiều", "tối", "với", "theo", "đã", "được", "ảnh",
              "lúc", "từ", "là", "đến", "vừa", "sẽ", "cũng", "đang", "bắt", "diễn", "kéo", "có", "để", "vẫn",
              "dưới", "càng", "rất", "chưa", "đều"}  # "… kỳ họp thứ 38 | dưới sự chủ trì của …", "… | dưới hình
# thức trực tuyến"; and the adverbs of what is said of an event ("chuyến thăm | càng có ý nghĩa …")
LEDE_SENTENCES = 6
# events a visit or a conference day holds without dating them again: talks, ceremonies
SAME_DAY_KINDS = frozenset({"talks", "ceremony"})
# characters after an event's sentence beyond which a bare "tiếp", "gặp", "thăm" tells of another meeting
FAR_FROM_EVENT = 1500
_AT_AN_EVENT = re.compile(r"\s*tại (?:buổi lễ|lễ|hội nghị|buổi làm việc|buổi gặp|cuộc gặp|đại hội|kỳ họp|phiên họp)(?:\s+này)?\s*,")


@lru_cache(maxsize=1)
def _keywords() -> PhraseMatcher:
    return PhraseMatcher(lexicon.event_types().items())


def _participation(folded_sentence: str) -> str | None:
    for how, rx in _CUE_RES:
        if rx.search(folded_sentence):
            return how
    return None


def _cue_text(ctx: ArticleContext, si: int) -> str:
    """The sentence, folded, with the posts and bodies it names blanked out: a cue word inside a name says
    nothing about taking part ("Giám đốc điều hành", "Ban Chỉ đạo", "Ban Tiếp công dân"), and with the cues it
    denies blanked out too."""
    found = ctx.memo.get(("cue text", si))
    if found is not None:
        return found
    s = ctx.adoc.sentences[si]
    chars = list(fold(ctx.text[s.start:s.end]))
    for span in ctx.spans[si]:
        if span.kind in (TITLE, ORG_SPAN):
            chars[span.start - s.start:span.end - s.start] = " " * (span.end - span.start)
    # nor does a cue denied: "khi không tham dự hội nghị", "hủy kế hoạch tham dự", "vắng mặt"
    found = ctx.memo[("cue text", si)] = _ABSENT_RE.sub(lambda m: " " * len(m.group()), "".join(chars))
    return found


_MEETS_ITSELF = re.compile(r"\s*(?:(?:đã|vừa|sẽ|đang|tiếp tục|cũng)\s+){0,2}(?:họp|nhóm họp|tiến hành họp)(?!\s+báo)(?!\w)",
                           re.IGNORECASE)  # "Hội đồng trường đã họp phiên thứ nhất": the body holds its own meeting
_MET_RE = re.compile(r"^\s*(?:(?:khóa|khoá|nhiệm kỳ)\s+[IVXLC\d][\w-]*)?(?:,\s*[^,.;]{1,60}?)?\s*(?:(?:đã|vừa|sẽ|đang|tiếp tục|cũng)\s+){0,2}(?:họp|nhóm họp|tiến hành họp|tổ chức họp)(?!\s+báo)\b",
                     re.IGNORECASE)


def run(ctx: ArticleContext, ex: Extraction) -> None:
    ctx.memo["document ends"] = _document_ends(ex)
    _events(ctx, ex)
    _meetings_told_by_verb(ctx, ex)
    _airport_welcomes(ctx, ex)
    for event in ex.events:
        if event.location is None:
            event.location = _place_in_name(ex, event.name) or _voters_place(ctx, event) or _premises(ctx, ex, event) \
                or (_country_in_name(ex, event.name) if event.kind == "election" else None)
            if event.location is None:  # only the city the premises stand in was told: the city is where
                event.location, event.location_within = event.location_within, None
        elif (finer := _district_in_name(ex, event)) is not None:
            event.location, event.location_within = finer, event.location  # "Tiếp xúc cử tri quận Ba Đình" in Hà Nội
        if event.location and not event.location_within:
            venue = ex.entities.get((PLACE, event.location))
            within = _place_in_name(ex, venue.name) if venue is not None and venue.cls == "Place" else None
            # "Sân bay quốc tế Minsk": the city the venue is named after; else a foreign city's country
            event.location_within = within if within and within != event.location \
                else _country_of_city(ex, event.location)
            if event.location_within is None and venue is not None and venue.attrs.get("level") == VENUE \
                    and _wider_place(venue) is None:
                event.location_within = _story_city(ctx)  # "tại Trụ sở Quốc hội Nhật Bản" in a story told in Tokyo
        if event.kind == "visit" and (goes_to := _destinations_in_name(ex, event.name) or _destination_after_name(ctx, event)) \
                and not _within_any(ex, event.location, goes_to) and not _within_any(ex, event.location_within, goes_to):
            event.location, event.location_within = goes_to[0], None
        _hold_in_wider_places(ex, event.location_within or event.location)
        if event.organizer is None:
            _party_organizer(ex, event)
        if event.organizer is None and (event.kind == "session" or _oath_of_office(ctx, event)):
            _assembly_organizer(ctx, ex, event)  # who the Assembly elects swears the oath before it
        if event.organizer is None:
            event.organizer = _spokespersons_body(ex, event) or _chairs_body(ctx, event) or _delegation_body(ctx, event) \
                or _leaders_body(ctx, event) \
                or _body_named_in(ctx, event) or _host_said_of(ctx, event) or _shareholders_company(ctx, ex, event)
    legal_ends = _document_ends(ex)
    for si in range(len(ctx.sentences)):
        _body_deliberates(ctx, ex, si, legal_ends)
    _each_sentence_at_its_own_event(ex)
    _retold_events_share_what_they_know(ex)
    for event in ex.events:
        _chosen_there(ctx, event)
        event.name = tidy_name(event.name)
    _chosen_in_the_next_sentences(ctx, ex)


def _one_event_retold(a: EventFact, b: EventFact) -> bool:
    """Do two events of one kind and day name one event in other words ("Festival Trà Thái Nguyên lần thứ 2" in the
    headline, "Festival Trà Thái Nguyên - Việt Nam lần thứ hai" in the text): the shorter name's words, numbers read
    alike, all in the longer one, which starts with the same three words?"""
    if a.kind != b.kind or a.date is None or a.date != b.date:
        return False
    shorter, longer = sorted(([str(number_of(w) or w) for w in re.findall(r"\w+", name_key(e.name))] for e in (a, b)),
                             key=len)
    return len(shorter) >= 4 and shorter[:3] == longer[:3] and set(shorter) <= set(longer)


_OPENING_OR_CLOSING = frozenset({"lễ khai mạc", "lễ bế mạc", "phiên khai mạc", "phiên bế mạc"})


def _retold_events_share_what_they_know(ex: Extraction) -> None:
    """An event the article tells twice in other words has one organiser and one place: what one telling names, the
    other lacks; and so has the bare "Lễ khai mạc" of the event that opened that day."""
    for a in ex.events:
        for b in ex.events:
            if a is b or a.date is None or a.date != b.date:
                continue
            opening = name_key(a.name) in _OPENING_OR_CLOSING and name_key(b.name) not in _OPENING_OR_CLOSING
            # the headline's event, told again in the text: the first of its kind that day
            headline = a.evidence.start == 0 and b.evidence.start > 0 and a.kind == b.kind \
                and b is next(e for e in ex.events if e.evidence.start > 0 and e.kind == a.kind and e.date == a.date)
            if opening or headline or _one_event_retold(a, b):
                if a.organizer is None:
                    a.organizer = b.organizer
                if a.location is None and a.location_within is None:
                    a.location, a.location_within = b.location, b.location_within


# who an event's own sentence says is elected at it ("ông A tái đắc cử chức Bí thư"; not the object of "bầu", whom a
# session may elect in absence), or whom the decision a ceremony hands over appoints ("trao quyết định điều động bà
# A", "… bổ nhiệm Chánh văn phòng đối với ông A")
_ELECTED_AFTER = re.compile(r"\s*(?:[,–-][^.;]{0,120}?,\s*|[,–-][^.;]{1,120}?\s+(?=(?:đã |vừa )?(?:được bầu|tái|trúng))|"
                            r"\([^()]{1,60}\)\s*|,\s*)?"
                            r"(?:(?:tiếp tục|đã|vừa|chính thức)\s+)*(?:được bầu|tái đắc cử|tái cử|trúng cử|(?<=tục )giữ chức)"
                            r"(?!\w)", re.IGNORECASE)  # "ông A, Chủ tịch UBND được bầu …", "ông A (…) tiếp tục giữ chức Bí thư"
# "Các phó chủ tịch HĐND khóa mới được bầu gồm bà A và ông B": who is elected, named after the verb
_ELECTED_BEFORE = re.compile(r"(?<!\w)(?:được bầu|trúng cử|tái cử|được thông qua)[^.;]{0,60}?\s(?:gồm(?: có)?|là)\s+"
                             r"(?:(?:ông|bà|đồng chí)\s+)?$", re.IGNORECASE)
_APPOINTED_BEFORE = re.compile(r"(?<!\w)quyết định[^.;]{0,80}?(?:bổ nhiệm|điều động|luân chuyển|chỉ định|phân công|chuẩn y|"
                               r"phê chuẩn)(?:[^.;]{0,80}?(?:đối với|cho))?\s+(?:(?:ông|bà|đồng chí)\s+)?$", re.IGNORECASE)
_ELECTING_KINDS = frozenset({"congress", "session", "conference", "meeting", "plenum", "election"})


def _chosen_there(ctx: ArticleContext, event: EventFact) -> None:
    """Who the event's own sentence says is elected at it, or whom the decision the ceremony hands over appoints:
    they are there, honoured."""
    if event.kind not in _ELECTING_KINDS and event.kind != "ceremony":
        return
    si = _sentence_of(ctx, event.evidence)
    if si is None:
        return
    start, known = ctx.sentences[si].start, {p.person for p in event.participants}
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        if r.kind != PERSON or r.key in known:
            continue
        head = ctx.text[max(start, r.span.start - 200):r.span.start]
        chosen = _APPOINTED_BEFORE.search(head) if event.kind == "ceremony" else _elected_after(ctx, si, r)
        if chosen:
            event.participants.append(Participation(r.key, "honoured", event.evidence))
            known.add(r.key)


def _elected_after(ctx: ArticleContext, si: int, r) -> bool:
    """Do the words after person r say r is elected, past r's own posts and asides but no one else's name?"""
    m = _ELECTED_AFTER.match(ctx.text, r.span.end)
    return m is not None and not any(o.kind == PERSON and r.span.end <= o.span.start < m.end()
                                     for o in ctx.resolved[si].values())


_CONGRATULATED = re.compile(r"(?<!\w)chúc mừng(?!\w)", re.IGNORECASE)  # "chúc mừng ngài A vừa tái đắc cử": elected elsewhere
CHOSEN_WITHIN = 3  # sentences after an electing event's own that may go on telling whom it elected
# "Các ông A, B và bà C được bầu giữ chức Phó Bí thư": the names of a list before who is elected, its last the verb's
_LISTED_BEFORE = re.compile(r"\s*(?:,[^.;,]{1,60}?)?\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s+)?$", re.IGNORECASE)
# "… gồm bà A, ông B (Trưởng ban Nội chính) và ông C": the names listed after the first
_LISTED_AFTER = re.compile(r"\s*(?:\([^()]{1,60}\))?\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s+)?$", re.IGNORECASE)


def _chosen_in_the_next_sentences(ctx: ArticleContext, ex: Extraction) -> None:
    """"Tối cùng ngày, Ban Chấp hành họp phiên thứ nhất. Ông A tái đắc cử Bí thư Tỉnh ủy. Các ông B, C được bầu giữ
    chức Phó Bí thư.": who the sentences right after an electing event's own say is elected, with no other event told
    between, was elected at it, and is there."""
    told = sorted(((si, e) for e in ex.events if (si := _sentence_of(ctx, e.evidence)) is not None), key=lambda t: t[0])
    event_sentences = {si for si, _ in told}
    for si, event in told:
        if event.kind not in _ELECTING_KINDS or event.kind == "election":
            continue  # (a people's vote: who wins it is no delegate at it)
        known = {p.person for p in event.participants}
        for sj in range(si + 1, min(si + 1 + CHOSEN_WITHIN, len(ctx.sentences))):
            if sj in event_sentences or (event.date and _another_day(ctx, sj, event.date)):
                break  # another event, or another day: what follows is about that
            people = sorted((r for r in ctx.resolved[sj].values() if r.kind == PERSON), key=lambda r: r.span.start)
            start = ctx.sentences[sj].start
            congratulated = [r for r in people if _CONGRATULATED.search(ctx.text, start, r.span.start)]
            chosen = []
            for n, r in enumerate(people):
                if r in congratulated:
                    continue
                if _elected_after(ctx, sj, r):  # and the names listed before the elected one
                    k = n
                    while k > 0 and _LISTED_BEFORE.fullmatch(ctx.text, people[k - 1].span.end, people[k].span.start):
                        k -= 1
                    chosen += people[k:n + 1]
                elif _ELECTED_BEFORE.search(ctx.text, start, r.span.start):  # and the names listed after it
                    k = n
                    while k + 1 < len(people) and _LISTED_AFTER.fullmatch(ctx.text, people[k].span.end, people[k + 1].span.start):
                        k += 1
                    chosen += people[n:k + 1]
            for r in chosen:
                if r.key not in known:
                    event.participants.append(Participation(r.key, "honoured", ctx.evidence(sj)))
                    known.add(r.key)


def _each_sentence_at_its_own_event(ex: Extraction) -> None:
    """A person an event's own sentence puts at it on its day ("Ngày 8/6, Thủ tướng tiếp ông A") is not also at an
    event of another day by that same sentence alone."""
    own = {(e.evidence, p.person): e for e in ex.events for p in e.participants if p.evidence == e.evidence}
    for e in ex.events:
        e.participants = [p for p in e.participants if (o := own.get((p.evidence, p.person))) is None or o is e
                          or not (o.date and e.date and o.date != e.date)]


def _events(ctx: ArticleContext, ex: Extraction) -> None:
    """The article's main event, then the others it names or dates."""
    found = _main_event(ctx)
    if found is None or found[0] >= LEDE_SENTENCES:
        met = _meeting(ctx)  # "Bộ Chính trị, Ban Bí thư đã họp …": a meeting without the word for one
        if met is not None:
            si, org = met
            event = EventFact(key=f"{ex.doc_id}#event-1", name=f"Cuộc họp của {org.name}", kind="meeting",
                              evidence=ctx.evidence(si), organizer=org.key)
            event.date = _date(ctx, ex, si)
            event.location, event.location_within = _location(ctx, si)
            _participants(ctx, event)
            ex.events.append(event)
            return
    told = _told_by_verb(ctx)  # "Chiều 15/6, Bí thư Thành ủy X đã đến thăm Thông tấn xã Việt Nam"
    topic = found is not None and _topic_of_words(ctx, found[0], found[1])
    # "… lên đường thăm chính thức Nhật Bản và dự Hội nghị Tương lai châu Á": the visit, then the event inside it
    if told is not None and (found is None or told[0] < found[0] or told[0] == found[0] and topic
                             or told[0] == found[0] and told[1] == "visit" and found[3] != "visit"):
        si, kind, name = told
        event = EventFact(key=f"{ex.doc_id}#event-1", name=name, kind=kind, evidence=ctx.evidence(si))
        event.date = _date(ctx, ex, si)
        event.location, event.location_within = _location(ctx, si)
        _participants(ctx, event)
        if not event.participants:  # "Sáng 24/5, A đặt vòng hoa tại …": who does what the verb tells
            event.participants = [Participation(key, "attendee", ctx.evidence(si)) for key in _who_meet(ctx, si)]
        elif kind == "session":  # "Chiều 31/10, Bộ trưởng A trả lời chất vấn trước Quốc hội": A speaks at the sitting
            taking_part = {p.person for p in event.participants}
            event.participants[:0] = [Participation(key, "speaker", ctx.evidence(si)) for key in _who_meet(ctx, si)
                                      if key not in taking_part]
        ex.events.append(event)
    if not ex.events and (found is None or found[0] >= LEDE_SENTENCES) and (announced := _announcement(ctx) or _rite(ctx)):
        si, name, verb = announced  # "Sáng 10/5, các quyết định về công tác cán bộ đã được công bố tại TP.HCM"
        event = EventFact(key=f"{ex.doc_id}#event-1", name=name, kind="ceremony", evidence=ctx.evidence(si))
        event.date = _date(ctx, ex, si)
        event.organizer = _announcer(ctx, si, verb)
        event.location, event.location_within = _location(ctx, si)
        _participants(ctx, event)
        ex.events.append(event)
    if found is None:
        return
    si, k, j, kind = found
    toks = ctx.sentences[si].tokens
    end = _name_end(toks, k, j)
    name = _name_before(ctx, toks, k, end, _closing_day(ctx.dates(si), toks, j, end))
    name = name[0].upper() + name[1:]
    event = EventFact(key=f"{ex.doc_id}#event-{len(ex.events) + 1}", name=name, kind=kind, evidence=ctx.evidence(si))
    event.date = _date(ctx, ex, si, toks[j - 1].end, toks[end - 1].end if end > j else None, topic)
    event.organizer = _body_in_name(ctx, si, k, j, kind, end) or _organizer(ctx, si, toks[k].start) \
        or _deliberating_body(ctx, si, kind) or _ceremony_owner(ctx, si, k, kind) or _host_told_at(ctx, si, k)
    event.location, event.location_within = _location(ctx, si)
    _participants(ctx, event)
    if not (ex.events and ex.events[0].date == event.date and not ctx.dates(si)):
        ex.events.append(event)  # else "Tại buổi tiếp, …" after "Sáng 7/6, X tiếp Y": the visit told already
        if kind == "visit" and _FRAMING.fullmatch(ctx.text, ctx.sentences[si].start, toks[k].start):
            _framed_day(ctx, ex, si, end, event)
        _closed_after_days(ctx, ex, si, event)
    elif ex.events[0].kind != kind and not _AT_AN_EVENT.match(fold(ctx.sentence_text(si))) \
            and (_named_event(toks, k, j, end) or _described_event(toks, k, j, end, kind)):
        # "Chính phủ sẽ tổ chức một hội nghị về …" after the day's working session: another event, of its own day
        # (which the text does not give) and its own sentence's people
        event.date = None
        _participants(ctx, event, only={si})
        ex.events.append(event)
    _other_dated_events(ctx, ex, si, event)


# "Trong khuôn khổ chuyến thăm …, chiều 9/7, Thủ tướng đã có các cuộc tiếp …": the visit frames the day's event
_FRAMING = re.compile(r"\s*(?:trong khuôn khổ|nhân|nhân dịp|trong|tiếp tục (?:chương trình|các hoạt động)(?: trong)?)\s+",
                      re.IGNORECASE)


def _framed_day(ctx: ArticleContext, ex: Extraction, si: int, name_end: int, visit: EventFact) -> None:
    """The events a sentence framed by a visit dates after its name: they take the day; the visit, which spans
    several, keeps none."""
    told = len(ex.events)
    legal_ends = _document_ends(ex)
    toks = ctx.sentences[si].tokens
    for k in _keyword_starts(toks):
        if k >= name_end:
            _event_at(ctx, ex, si, k, legal_ends)
    day_after = visit.date and any(d.start >= toks[name_end - 1].end for d in ctx.dates(si))
    for event in ex.events[told:]:
        if day_after and event.date is None:
            event.date = visit.date  # "…, hai bên đã ký kết … ngày 27-3 tại Hà Nội": the day written after it
    if day_after and ex.events[told:]:
        visit.date = None


# the Party's own meetings, named for it: "Hội nghị Trung ương 4" is its Central Committee's plenum, "Đại hội Đảng
# lần thứ XII" its congress
_NUMBER = r"\w+"  # "lần thứ 13", "lần thứ XII", "lần thứ năm"
_ORDINAL = r"(?:\d+|[ivxlc]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: \w+)?)(?!\w)"  # "Hội nghị Trung ương lần thứ năm"
_PARTY_MEETINGS = ((re.compile(rf"hội nghị (?:lần thứ {_NUMBER} )?(?:ban chấp hành )?trung ương(?: đảng)?"
                               rf"(?: (?:lần thứ )?{_ORDINAL})?(?: \(?khóa [ivxlc\d]+\)?)?"), "Ban Chấp hành Trung ương Đảng"),
                   (re.compile(rf"đại hội (?:đại biểu toàn quốc )?(?:lần thứ {_NUMBER} )?(?:của )?đảng(?: cộng sản việt nam)?"
                               r"(?: toàn quốc)?(?: (?:lần thứ )?(?:\d+|[ivxlc]+))?(?: \(?khóa [ivxlc\d]+\)?)?"),
                    "Đảng Cộng sản Việt Nam"))


def _party_organizer(ex: Extraction, event: EventFact) -> None:
    """The organiser a Party meeting's own name gives, when the text names no other."""
    folded = fold(event.name)
    for pattern, body in _PARTY_MEETINGS:
        m = pattern.match(folded)
        if m is None or re.match(r"\w| (?:bộ|ủy|uỷ|viên)\b", folded[m.end():]):
            continue  # "Đại hội Đảng bộ tỉnh …": a local committee's congress, not the Party's
        if event.name[m.end():].strip()[:1].isupper():
            continue  # "Hội nghị Trung ương | Hội Nông dân": another body's
        key, info = org_key(body), gazetteer().org_index.get(org_key(body))
        ex.entity(ORG, key, info.name if info else body, info.cls if info else "Organization")
        event.organizer = key
        return


# "với cử tri quận Ba Đình", "cử tri các huyện Gia Lâm": the voters of a place
_VOTERS_OF = re.compile(r"(?<!\w)cử tri\s+(?:(?:các\s+)?(?:quận|huyện|thị xã|thành phố|TP\.?|tỉnh|phường|xã)\s+)?$",
                        re.IGNORECASE)


def _voters_place(ctx: ArticleContext, event: EventFact) -> str | None:
    """A meeting with a place's voters ("cuộc tiếp xúc của Tổng Bí thư với cử tri quận Ba Đình") is held in that
    place, when its own sentence names the voters' place."""
    if "tiếp xúc" not in event.name.lower() or (si := _sentence_of(ctx, event.evidence)) is None:
        return None
    start = ctx.sentences[si].start
    return next((r.key for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.start)
                 if r.kind == PLACE and _VOTERS_OF.search(ctx.text, max(start, r.span.start - 30), r.span.start)), None)


SPOKESPERSON_POSTS = frozenset({"Người phát ngôn", "Phát ngôn viên"})


def _spokespersons_body(ex: Extraction, event: EventFact) -> str | None:
    """A press conference where a body's spokesperson speaks ("ông Bình nói trong cuộc họp báo hôm qua", of the
    Foreign Ministry's spokesman Lê Hải Bình): that body's regular briefing."""
    if event.kind != "press conference":
        return None
    speaking = {p.person for p in event.participants if p.how in ("speaker", "chair")}
    return next((m.org for m in ex.memberships if m.person in speaking and m.role in SPOKESPERSON_POSTS
                 and m.status == "current"), None)


def _country_in_name(ex: Extraction, name: str) -> str | None:
    """The country an election's name names ("Tổng tuyển cử Anh", "Cuộc bầu cử ở Đức", "bầu cử Tổng thống Mỹ"): the
    country that votes, where the election is held."""
    found = [(name.find(form), e.key) for e in ex.of_kind(PLACE) if e.cls == "Country"
             for form in (e.name, *e.alt_names) if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", name)]
    return min(found)[1] if found else None


def _place_in_name(ex: Extraction, name: str) -> str | None:
    """A province, city or district the event's own name ends with or names with its level ("Lễ hội chọi trâu Đồ
    Sơn", "Cuộc tiếp xúc cử tri tỉnh Bình Định"): where it is held. Countries are where a visit goes or what a
    summit is about, not where it is held."""
    found = []
    bodies = [form for o in ex.of_kind(ORG) for form in (o.name, *o.alt_names) if form in name]
    for e in ex.of_kind(PLACE):
        if e.cls not in ("AdministrativeArea", "City"):
            continue
        for form in (e.name, *e.alt_names):
            if re.search(rf"(?:(?<!\w){re.escape(form)}$|(?<!\w)(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã) "
                         rf"{re.escape(form)}(?!\w))", name) or (
                    # "Lễ hội chọi trâu Đồ Sơn trái quy định …": the place's name, then the name goes on in lower case;
                    # not inside a body's name ("Hội nghị Thành ủy Hải Phòng về …")
                    e.attrs.get("level") in NAMED_PLACE_LEVELS and " " in form
                    and re.search(rf"(?<!\w){re.escape(form)}(?=\s+[a-zà-ỹđ])", name)
                    and not any(form in body for body in bodies)):
                at = name.find(form)
                if _TOPIC_BEFORE.search(name, 0, at):
                    continue  # "Hội thảo khoa học về Chiến thắng Điện Biên Phủ": what it is about, not where
                found.append((len(form), e.key))
    return max(found)[1] if found else None


_TOPIC_BEFORE = re.compile(r"(?<!\w)về(?!\w)", re.IGNORECASE)
_TOPIC_RIGHT_BEFORE = re.compile(r"(?<!\w)về(?:\s+[^\s,.;]+){0,3}\s+$", re.IGNORECASE)


NAMED_PLACE_LEVELS = frozenset({"tỉnh", "thành phố", "thành phố thuộc tỉnh", *DISTRICT_LEVELS})


def _district_in_name(ex: Extraction, event: EventFact) -> str | None:
    """A district or town the event's own name gives, inside the province or city its sentence gives as where it is
    held ("Tiếp xúc cử tri quận Ba Đình và Tây Hồ" told in Hà Nội, "Lễ hội chọi trâu Đồ Sơn" in Hải Phòng)."""
    named = _place_in_name(ex, event.name)
    place = ex.entities.get((PLACE, named)) if named and named != event.location else None
    where = ex.entities.get((PLACE, event.location))
    if place is None or where is None or place.attrs.get("level") not in DISTRICT_LEVELS:
        return None
    wider = _wider_place(place)
    return named if wider is not None and name_key(wider[0]) == name_key(where.name) else None


WIDER_PLACE_LEVELS = 3  # a venue in a city, in a province, in a country


def _hold_in_wider_places(ex: Extraction, key: str | None) -> None:
    """Record, as each place's "within", the wider places the lexicons know hold it: a venue's city ("Phủ Chủ tịch"
    in Hà Nội), a district's province, a province's country, a foreign city's country. An event held at the
    place is held in them too."""
    for _ in range(WIDER_PLACE_LEVELS):
        place = ex.entities.get((PLACE, key)) if key else None
        if place is None or place.attrs.get("within"):
            return
        wider = _wider_place(place)
        if wider is None:
            return
        name, cls = wider
        key = place.attrs["within"] = place_key(name)
        ex.entity(PLACE, key, name, cls).attrs.setdefault("level", _LEVEL_OF_CLASS[cls])


_LEVEL_OF_CLASS = {"Country": "quốc gia", "City": "thành phố", "AdministrativeArea": "tỉnh"}


def _wider_place(place) -> tuple[str, str] | None:
    """The wider place a place is in, by the lexicons, and its class."""
    level = place.attrs.get("level")
    if level == VENUE:
        city = _venue_cities().get(name_key(place.name))  # "Phủ chủ tịch" as the press writes it too
        if city is None:
            return None
        return city, "AdministrativeArea" if city in _province_names() else "City"
    if level in (FOREIGN_CITY, lexicon.FOREIGN_STATE):
        country = lexicon.foreign_place_countries().get(place.name)
        return (country, "Country") if country else None
    city_of = place.name.removeprefix("Thành phố ")
    if city_of != place.name and city_of in _province_names():  # "TP Sơn La", the province's own city
        return city_of, "AdministrativeArea"
    if place.name in _province_names():
        return "Việt Nam", "Country"
    province = lexicon.district_provinces().get(place.name)  # a district or a provincial city ("Buôn Ma Thuột")
    if province:
        return province, "AdministrativeArea"
    return ("Việt Nam", "Country") if level == "thành phố thuộc tỉnh" else None


@lru_cache(maxsize=1)
def _venue_cities() -> dict[str, str]:
    return {name_key(venue): city for venue, city in lexicon.venue_cities().items()}


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    return frozenset(p.name for p in lexicon.provinces())


def _country_of_city(ex: Extraction, place: str) -> str | None:
    """The country a foreign city is in ("hội đàm tại Bắc Kinh": in Trung Quốc too), as a place of the article."""
    city = ex.entities.get((PLACE, place))
    country = lexicon.foreign_place_countries().get(city.name) if city else None
    if country is None:
        return None
    key = place_key(country)
    ex.entity(PLACE, key, country, "Country")
    return key


ASSEMBLY = "Quốc hội"
_SWEARING_IN = re.compile(r"(?<!\w)tuyên thệ(?!\w)", re.IGNORECASE)
# the oath of office: "tuyên thệ nhậm chức", "… trung thành với Tổ quốc, với Nhân dân, với Hiến pháp"
_OATH_OF_OFFICE = re.compile(r"(?<!\w)(?:nhậm chức|với Hiến pháp)(?!\w)", re.IGNORECASE)
# "tuyên thệ nhậm chức trước Toà án Tối cao": sworn before another body, which the sentence names
_SWORN_BEFORE_ANOTHER = re.compile(r"(?<!\w)tuyên thệ(?: nhậm chức)? trước (?!Quốc hội|QH)[A-ZĐ]")


def _oath_of_office(ctx: ArticleContext, event: EventFact) -> bool:
    """Is the event an oath of office ("Lễ tuyên thệ …" in a story of "tuyên thệ nhậm chức"), sworn before no body
    its sentence names?"""
    return bool(_SWEARING_IN.search(event.name) and _OATH_OF_OFFICE.search(ctx.text)) \
        and not _SWORN_BEFORE_ANOTHER.search(ctx.text, event.evidence.start, event.evidence.end)


OTHER_SITTING_BODIES = ("Hội đồng nhân dân", "Ủy ban Kiểm tra", "Quốc hội ", "Đảng bộ", "Ban Chấp hành")


def _assembly_organizer(ctx: ArticleContext, ex: Extraction, event: EventFact) -> None:
    """A sitting named by no body ("phiên chất vấn", "kỳ họp", "thảo luận tại tổ") in a story about the National
    Assembly and no other body that sits, or in a sentence that names the Assembly and no other: the Assembly's."""
    names = {e.name: e.key for e in ex.of_kind(ORG)}
    if ASSEMBLY not in names:
        return
    told = ctx.text[event.evidence.start:event.evidence.end]
    if not any(n.startswith(OTHER_SITTING_BODIES) for n in names) or (
            _NAMES_ASSEMBLY.search(told) and not _NAMES_OTHER_SITTING.search(_without_posts(ctx, event.evidence))):
        event.organizer = names[ASSEMBLY]


def _sentence_of(ctx: ArticleContext, evidence) -> int | None:
    """The index of the sentence a piece of evidence is."""
    return next((k for k, s in enumerate(ctx.sentences) if s.start == evidence.start), None)


def _without_posts(ctx: ArticleContext, evidence) -> str:
    """An event's sentence with the bodies of people's posts blanked out ("chủ tịch HĐND TP. HCM Nguyễn Thị A
    … tại phiên thảo luận ở tổ": a post's body, not a body that sits)."""
    si = _sentence_of(ctx, evidence)
    chars = list(ctx.text[evidence.start:evidence.end])
    spans = sorted(ctx.spans[si], key=lambda sp: sp.start)
    for prev, sp in zip(spans, spans[1:]):
        if prev.kind == TITLE and sp.kind == ORG_SPAN and sp.start - prev.end <= 1:
            chars[sp.start - evidence.start:sp.end - evidence.start] = " " * (sp.end - sp.start)
    return "".join(chars)


_NAMES_ASSEMBLY = re.compile(r"(?<!\w)(?:Quốc hội|QH|ĐBQH)(?!\w)")
_NAMES_OTHER_SITTING = re.compile(r"(?<!\w)(?:HĐND|Hội đồng nhân dân|Hội đồng Nhân dân|Ủy ban Thường vụ|Uỷ ban Thường vụ|"
                                  r"UBTVQH|Đảng bộ|Ban Chấp hành|Quốc hội (?!khóa|khoá)[A-ZĐ]\w+)")


# "Đoàn công tác của Bộ GD-ĐT do Bộ trưởng A dẫn đầu": the words before the body that sends a delegation
_DELEGATION_OF = re.compile(r"(?<!\w)đoàn(?: công tác| kiểm tra| giám sát| khảo sát| thanh tra| đại biểu| cán bộ)?"
                            r"(?: liên ngành)?(?: của)?\s*$", re.IGNORECASE)


def _delegation_body(ctx: ArticleContext, event: EventFact) -> str | None:
    """The body whose delegation the event's sentence says goes to it ("Đoàn công tác của Bộ GD-ĐT do Bộ trưởng
    A dẫn đầu đã có buổi làm việc với …", "Đoàn kiểm tra Thành ủy đến thăm …"): the host of its visit or work."""
    si = _sentence_of(ctx, event.evidence)
    if si is None or event.kind not in ("visit", "meeting"):
        return None  # not a conference the delegation goes to: that is another body's
    sent = _delegation_subject(ctx, si)
    return sent.key if sent is not None else None


_OPENS_CLAUSE = re.compile(r"(?:^|[,.:;]|\scùng)\s*$")


def _leaders_body(ctx: ArticleContext, event: EventFact) -> str | None:
    """A working visit or session its sentence opens with who goes ("Sáng 7/2, Bí thư Thành ủy TPHCM A đã có buổi
    làm việc tại Quận 2"): the body of the post that person is named with."""
    si = _sentence_of(ctx, event.evidence)
    announces = event.kind == "ceremony" and event.name.startswith("Lễ công bố")
    if si is None or not (event.kind in ("visit", "meeting") or announces):
        return None
    people = sorted((r for r in ctx.resolved[si].values() if r.kind == PERSON), key=lambda r: r.span.i)
    if not people or not (_ANNOUNCES if announces else _GOES_TO_WORK).match(ctx.text, people[0].span.end):
        return None  # "Chánh Thanh tra TP Đà Nẵng A công bố kết luận …": A's body announces
    return _post_body(ctx, si, people[0].key)


_ANNOUNCES = re.compile(r"\s*(?:(?:đã|vừa|chính thức)\s+)*công bố(?!\w)", re.IGNORECASE)


# what a person does who goes on a working visit: "… đã có buổi làm việc với", "… đến thăm và kiểm tra"
_GOES_TO_WORK = re.compile(r"\s*(?:(?:đã|vừa|cùng|sẽ|cũng)\s+)*(?:có (?:buổi|chuyến) (?:làm việc|thăm|kiểm tra)|làm việc|"
                           r"(?:đến |đi )?(?:thăm|kiểm tra|khảo sát)|dẫn đầu)(?!\w)", re.IGNORECASE)


def _post_body(ctx: ArticleContext, si: int, person_key: str) -> str | None:
    """The body of the post sentence si names a person with, before the name ("Giám đốc Sở Y tế A") or after it
    ("ông A - Chủ tịch HĐQT X")."""
    spans = ctx.spans[si]
    person = next((r for r in ctx.resolved[si].values() if r.kind == PERSON and r.key == person_key), None)
    if person is None:
        return None
    toks = ctx.sentences[si].tokens
    title_ends = {s.j for s in spans if s.kind == "TITLE"}
    orgs = {r.span.i: r for r in ctx.resolved[si].values() if r.kind == ORG}
    before = next((r for r in orgs.values() if r.span.j == person.span.i and r.span.i in title_ends), None)
    after = None
    if person.span.j + 1 < len(toks) and toks[person.span.j].text in (",", "-", "–"):  # "ông A - Chủ tịch HĐQT X"
        title = next((s for s in spans if s.kind == "TITLE" and s.i == person.span.j + 1), None)
        after = orgs.get(title.j) if title is not None else None
    body = before or after
    return body.key if body is not None else None


def _host_said_of(ctx: ArticleContext, event: EventFact) -> str | None:
    """A sentence that opens with the event's name and says who holds it ("Hội nghị Tương lai châu Á là sự kiện được
    tổ chức thường niên bởi Nikkei", "ARDEX 13 là cuộc diễn tập lớn …, do Việt Nam đăng cai tổ chức")."""
    words = event.name.split()
    if len(words) < 3:
        return None  # "Hội nghị": any meeting's
    opening = fold(" ".join(words[:4]))
    for si in range(len(ctx.sentences)):
        s = ctx.sentences[si]
        if not fold(ctx.text[s.start:s.start + len(opening) + 2]).startswith(opening):
            continue
        for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
            if r.kind == ORG and (_HOSTED_BY.search(ctx.text, s.start, r.span.start)
                                  and not re.search(r"[.;]", ctx.text[s.start:r.span.start])
                                  or _BY_BODY.search(ctx.text, s.start, r.span.start) and _HOSTS.match(ctx.text, r.span.end)):
                return r.key
    return None


_HOSTED_BY = re.compile(r"(?<!\w)(?:được\s+)?tổ chức(?:\s+(?:thường niên|hằng năm|hàng năm|định kỳ))?\s+bởi\s*$", re.IGNORECASE)
_BY_BODY = re.compile(r"(?<!\w)do\s*$", re.IGNORECASE)
_HOSTS = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:đăng cai\s+)?(?:tổ chức|chủ trì|đăng cai)(?!\w)", re.IGNORECASE)


# words before a body in a meeting's name that make it a guest or a subject, not the meeting's own body
_NOT_OWN_BODY = frozenset({"với", "giữa", "tại", "ở", "cho", "về", "tới", "đến", "thăm", "và"})


def _name_written(ctx: ArticleContext, event: EventFact) -> tuple[int, int, int] | None:
    """Where the event's name stands in its own sentence: the sentence, and the name's start and end in the text."""
    si = _sentence_of(ctx, event.evidence)
    if si is None:
        return None
    at = fold(ctx.sentence_text(si)).find(fold(event.name))
    if at < 0:
        return None
    start = ctx.sentences[si].start + at
    return si, start, start + len(event.name)


def _body_named_in(ctx: ArticleContext, event: EventFact) -> str | None:
    """A meeting whose name, as its sentence writes it, names a body after its topic ("Hội nghị khoa học Hội Hô hấp
    Việt Nam", "Cuộc họp Ban Chỉ đạo về …"): that body holds it, when nothing else says who does."""
    if event.kind not in OWN_MEETING_KINDS:
        return None
    written = _name_written(ctx, event)
    if written is None:
        return None
    si, start, end = written
    toks = ctx.sentences[si].tokens
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        if r.span.start < start or r.span.i == 0:
            continue
        if r.span.end > end or r.kind != ORG:
            return None
        if toks[r.span.i - 1].lower in _NOT_OWN_BODY or _names_document(ctx.text[start:r.span.start], _DOCUMENT_OF) \
                or _QUESTIONED.search(ctx.text, max(start, r.span.start - 30), r.span.start):
            return None  # (nor "Phiên chất vấn các thành viên Chính phủ": the body questioned)
        return r.key
    return None


_SHAREHOLDERS = re.compile(r"(?<!\w)(?:cổ đông|ĐHĐCĐ)(?!\w)", re.IGNORECASE)


def _shareholders_company(ctx: ArticleContext, ex: Extraction, event: EventFact) -> str | None:
    """A shareholders' meeting ("Đại hội đồng cổ đông thường niên", "cuộc họp ĐHĐCĐ") is held by the company its
    sentence names first, else the one the story names most."""
    si = _sentence_of(ctx, event.evidence)
    if si is None or not _SHAREHOLDERS.search(event.name + " " + ctx.sentence_text(si)):
        return None
    companies = {key for (kind, key), e in ex.entities.items() if kind == ORG and e.cls == "Corporation"}
    named = [r.key for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i) if r.key in companies]
    if named:
        return named[0]
    most = [org_key(n) for n, _ in ctx.org_counts.most_common() if org_key(n) in companies]
    return most[0] if most else None


def _chairs_body(ctx: ArticleContext, event: EventFact) -> str | None:
    """The body whose post its chair is named with ("Phó Chủ tịch UBND TP.HCM Võ Văn Hoan chủ trì cuộc họp",
    "ông A, Giám đốc Sở Y tế, chủ trì"), or, with no chair, the one who opens it ("Phát biểu khai mạc, ông A, Tổng
    giám đốc PV GAS …"): the host, when the text names no other. The last chair named hosts."""
    chairs = [p for p in event.participants if p.how == "chair"]
    openers = [p for p in event.participants if p.how == "speaker"
               and _OPENS.search(ctx.text, p.evidence.start, p.evidence.end)]  # "Phát biểu khai mạc, ông A, …"
    # at a press conference, who briefs the press speaks for the body holding it ("trong buổi họp báo thường kỳ,
    # Thứ trưởng Bộ Nội vụ A cho biết …")
    briefers = [p for p in event.participants if p.how == "speaker"] if event.kind == "press conference" else []
    for p in [*reversed(chairs), *openers, *briefers]:
        si = _sentence_of(ctx, p.evidence)
        body = _post_body(ctx, si, p.person) if si is not None else None
        if body is not None:
            return body
    return None


_OPENS = re.compile(r"(?<!\w)(?:phát biểu khai mạc|khai mạc hội nghị|khai mạc hội thảo|khai mạc diễn đàn)(?!\w)",
                    re.IGNORECASE)


def _other_dated_events(ctx: ArticleContext, ex: Extraction, main_si: int, main: EventFact) -> None:
    """Further events the article dates explicitly ("Chiều 25/5, Ban Bí thư họp …", "Ngày 1/10, hội nghị …"),
    each with the people of its own sentence; and those the main event's own sentence names after it ("Buổi họp
    báo về chương trình Kỳ họp thứ 3 Quốc hội khóa XIV")."""
    legal_ends = _document_ends(ex)
    main_toks = ctx.sentences[main_si].tokens
    main_k = next((k for k in _keyword_starts(main_toks) if main.name.lower().startswith(main_toks[k].lower)), None)
    for k in _keyword_starts(main_toks):
        if main_k is not None and k > main_k:
            _event_at(ctx, ex, main_si, k, legal_ends, inside=True)
    for si in range(main_si + 1, len(ctx.sentences)):
        for k in _keyword_starts(ctx.sentences[si].tokens):
            _event_at(ctx, ex, si, k, legal_ends)


# bodies that sit and deliberate: "Chiều 11/9, Ủy ban Thường vụ Quốc hội cho ý kiến …" is one of its sessions
DELIBERATING = ("Ủy ban Thường vụ Quốc hội", "Bộ Chính trị", "Ban Bí thư", "Chính phủ", "Ban Chấp hành Trung ương",
                "Quốc hội", "Hội đồng nhân dân", "Ban Thường vụ", "Ủy ban Kiểm tra", "Thường trực", "Hạ viện",
                "Thượng viện")
_DELIBERATES = re.compile(r"\s*(?:(?:khóa|khoá)\s+[IVXLC\d]+\s*)?(?:,?\s*nhiệm kỳ\s+\d{4}\s*-\s*\d{4}\s*)?"  # "HĐND tỉnh A khóa XVII"
                          r"(?:(?:đã|vừa|sẽ|tiếp tục|chiều nay|sáng nay)\s+)*"
                          r"(?:(?:chia thành|chia|làm việc tại|làm việc theo) (?:các )?tổ(?: để)?\s+)?"  # "Quốc hội chia thành các tổ thảo luận"
                          r"(?:họp|cho ý kiến|xem xét|thảo luận|"
                          r"nghe báo cáo|biểu quyết|bỏ phiếu|thông qua|bầu|phê chuẩn)(?!\w)", re.IGNORECASE)


def _body_deliberates(ctx: ArticleContext, ex: Extraction, si: int, legal_ends: list[int]) -> None:
    """A dated sentence where a deliberating body meets or gives its views ("Chiều 11/9, Ủy ban Thường vụ
    Quốc hội cho ý kiến …"): that body's session that day, unless an event of that day is told already."""
    own = [d for d in ctx.dates(si) if not _document_date(ctx.text, d, legal_ends)]
    same_day = None
    if not own and _SAME_DAY_RE.match(ctx.sentence_text(si)):  # "Cùng ngày, HĐND tỉnh B bầu …": the day told before
        same_day = next((e.date for e in reversed(ex.events) if e.date), None)
    if not own and same_day is None:
        return
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        if r.kind != ORG or not (r.name.startswith(DELIBERATING) or _MEETS_ITSELF.match(ctx.text, r.span.end)):
            continue  # (any body that "đã họp" sits: "Ngày 7/4, Hội đồng trường Trường ĐH X đã họp phiên thứ nhất")
        # "Chiều 24/5, … trình Quốc hội …"; or the day after it: "… trình Quốc hội sáng 22/10"
        day = same_day or (own[0] if r.span.start > own[0].start else next(
            (d for d in own if 0 < d.start - r.span.end < 80 and TIME_OF_DAY.search(ctx.text[max(0, d.start - 8):d.end])
             and not re.search(r"[.;]", ctx.text[r.span.end:d.start])), None))
        if day is None:
            continue
        presented = _PRESENTS_TO.search(ctx.text, max(ctx.sentences[si].start, r.span.start - 12), r.span.start) \
            or _ANSWERS.search(ctx.text, max(ctx.sentences[si].start, r.span.start - 40), r.span.start)
        if not _DELIBERATES.match(ctx.text, r.span.end) and not presented:
            continue
        if presented and presented.re is _ANSWERS and _IN_WRITING_BEFORE.search(
                ctx.text, max(0, presented.start() - 30), presented.start()):
            continue  # "Thủ tướng vừa có văn bản trả lời chất vấn của đại biểu Quốc hội": answers in writing
        iso = same_day or ctx.resolve(day)
        borrowed = [e for e in ex.events if e.date == iso and iso and _date_borrowed(ctx, e)]
        if any(e.date == iso and (iso and not _another_bodys_sitting(ex, e, r.key, ctx.evidence(si)) or e.organizer == r.key)
               for e in ex.events if e not in borrowed):
            return  # that day's event told already (not another council's sitting); with no year to be had, that body's
        for e in borrowed:  # "… trình Quốc hội tại kỳ họp 6 (tháng 10)" far below: not held the day the lede tells,
            e.date = None   # and its people are those of its own sentence; the story's are the sitting's
            _participants(ctx, e, only={_sentence_of(ctx, e.evidence)})
        questioned = presented is not None and presented.re is _ANSWERS
        event = EventFact(key=f"{ex.doc_id}#event-{len(ex.events) + 1}",
                          name=f"Phiên chất vấn của {r.name}" if questioned else f"Phiên họp của {r.name}",
                          kind="session" if questioned else "meeting", evidence=ctx.evidence(si), date=iso,
                          organizer=r.key)
        event.location, event.location_within = _location(ctx, si)
        # the story's own event when its lede tells it and names no other: its people are all the story's
        _participants(ctx, event, only=None if (borrowed or not ex.events) and si < LEDE_SENTENCES else {si})
        if presented:  # "Bộ trưởng A trình Quốc hội dự án Luật …": A presents it at the session
            known = {p.person for p in event.participants}
            event.participants += [Participation(p.key, "speaker", ctx.evidence(si)) for p in ctx.resolved[si].values()
                                   if p.kind == PERSON and p.span.end <= presented.start() and p.key not in known]
        ex.events.append(event)
        return


def _another_bodys_sitting(ex: Extraction, event: EventFact, body: str, told: Evidence) -> bool:
    """Is the event a sitting another deliberating body holds, told in another sentence ("kỳ họp thứ nhất HĐND tỉnh
    Lạng Sơn", where "Cùng ngày, HĐND tỉnh Thanh Hóa bầu …" tells a sitting of its own)?"""
    held_by = ex.entities.get((ORG, event.organizer)) if event.organizer else None
    return event.kind in SITTING_KINDS and event.organizer != body and held_by is not None \
        and held_by.name.startswith(DELIBERATING) and event.evidence != told


def _date_borrowed(ctx: ArticleContext, event: EventFact) -> bool:
    """Did an event named far into the story, in a sentence with no date of its own, take its date from the lede?"""
    si = _sentence_of(ctx, event.evidence)
    return si is not None and si >= LEDE_SENTENCES and not ctx.dates(si)


# "trình Quốc hội", "trình Ủy ban Thường vụ Quốc hội": a bill or report presented to a body in session
_PRESENTS_TO = re.compile(r"(?<!\w)(?:đã |sẽ )?trình\s+$", re.IGNORECASE)
# "Bộ trưởng A trả lời chất vấn của các đại biểu Quốc hội": the Assembly's question time, A answering
_ANSWERS = re.compile(r"(?<!\w)trả lời chất vấn(?: của)?(?: các)?(?: vị)?(?: đại biểu)?\s*$", re.IGNORECASE)


# "kỳ họp này … khai mạc vào thứ ba, ngày 20/7": a verb that says when the event named before it is held
_HELD_WHEN = re.compile(r"(?<!\w)(?:khai mạc|diễn ra|được tổ chức|tổ chức vào|bắt đầu|kéo dài)(?!\w)", re.IGNORECASE)


_HELD_ON = re.compile(r"(?<!\w)vào\s+(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+)?(?:(?:mai|nay)\s+)?(?:ngày\s+)?"
                      r"(?:(?:sáng|chiều|tối|trưa)\s+)?$", re.IGNORECASE)
_DAYS_SPAN = re.compile(r"(?:(?:trong|suốt|kéo dài)\s+(?:hai|ba|bốn|năm|\d+)(?:\s+ngày)?\s*\(?|từ(?:\s+ngày)?)\s*$",
                        re.IGNORECASE)  # "trong hai ngày 5-6/6", "kéo dài 2 ngày (20-21/10)", "từ 6 - 8/6"
_RANGE_WRITTEN = re.compile(r"từ\s|(?:ngày\s+)?\d{1,2}\s*(?:đến|tới|và)\s", re.IGNORECASE)  # "từ ngày 9 đến 15/9"


def _span_of_days(text: str, d) -> bool:
    """A date written as the span of days an event is held over: "trong hai ngày 22 và 23/4", "từ ngày 9 đến 15/9"."""
    return bool(_DAYS_SPAN.search(text, max(0, d.start - 30), d.start) or _RANGE_WRITTEN.match(text, d.start, d.end))


_CLOCK = r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*phút)?)?"  # "9h15", "11 giờ 30 phút"
# what may stand between an event's name and its day: "từ 9h15 - 11h00 ngày 13/4", "lúc 8h sáng 3/4"
_RIGHT_AFTER = re.compile(rf"\s*(?:\([^()]{{1,30}}\)\s*,?\s*)?(?:(?:từ|lúc|vào)\s+)?(?:{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?\s*,?\s*)?"
                          r"(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+)?(?:ngày\s+)?", re.IGNORECASE)
MONTH_AFTER_NAME_CHARS = 24  # "kỳ họp thứ 5 (tháng 5/2018)": a month written right after an event's name
RIGHT_AFTER_CHARS = 32  # how far after a name its own day may be written (after the place it is in: "ở Munich (Đức)")


def _held_when(text: str, after: int, dates: list) -> list:
    """The dates a verb of holding gives an event named just before them ("… khai mạc ngày 20/7")."""
    return [d for d in dates if 0 < d.start - after < 120 and _HELD_WHEN.search(text, after, d.start)]


def _name_end(toks, k: int, j: int) -> int:
    """Where the name of the event whose keyword spans tokens [k, j) ends: at a stop word, after 18 tokens, or where
    a caption runs into the text ("… ra mắt đại hội Ông A, …")."""
    end = j
    if j < len(toks) and toks[j].lower == "với" and toks[j - 1].lower in _MEETS_WITH:
        end += 1  # "cuộc gặp với các doanh nghiệp Hà Lan", "buổi làm việc với …": whom the meeting is with names it
    while end < len(toks) and end - k < 18 and (toks[end].lower not in _NAME_STOP or _forum_holding(toks, j, end)
                                                 or _abbreviation_dot(toks, end)) \
            and toks[end].text not in ("Ông", "Bà") \
            and not (end + 1 < len(toks) and _stops_name(f"{toks[end].text} {toks[end + 1].text}", end > j)) \
            and toks[end].text != "…":
        end += 1
    if end > k and (toks[end - 1].text in ("-", "–") or end - k >= 18 and toks[end - 1].text[:1].isupper()):
        # "… cao tốc Bắc - | Nam", "nhiệm kỳ 2021- | 2026", "… TP. HCM - Cần | Thơ": a name cut at a dash or inside
        # a capitalised name goes on to that name's end
        more = end
        while more < len(toks) and more - end < 4 and (toks[more].text[:1].isupper() or toks[more].text.isdigit()):
            more += 1
        end = more
    return _past_closing_quote(toks, k, end)


_OPENING_QUOTES = {"“": "”", '"': '"', "«": "»"}
# what a name cut short may end with: a dash or bracket left open, a photo's caption ("… - Ảnh:")
_DANGLING_END = re.compile(r"(?:\s*[-–]?\s*Ảnh\s*:?|\s*[-–,:;(/]|\s+(?:và|của|với))+\s*$")  # not "nội các", "phản đối"


def tidy_name(name: str) -> str:
    """An event's name without what its cut left dangling: "Hội nghị kiểm điểm … cao tốc Bắc -", "Hội nghị)" (the
    keyword inside brackets), "Kỳ họp không giấy”", "Giao ban … phê bình và"."""
    if ")" in name and name.index(")") < (name.index("(") if "(" in name else len(name)):
        name = name[:name.index(")")]  # "Kỳ họp bất thường) của HĐND …": the keyword was inside brackets
    name = _DANGLING_END.sub("", name)
    for opening, closing in (("(", ")"), ("“", "”")):
        if name.endswith(closing) and name.count(closing) > name.count(opening):
            name = _DANGLING_END.sub("", name[:-1])
    return name or "Sự kiện"


def _past_closing_quote(toks, k: int, end: int) -> int:
    """A name that opens a quoted title ("Hội thảo “Xã hội không tiền mặt: …”") runs to the quote's close, when the
    sentence closes it soon enough; else it ends where it did."""
    words = [t.text for t in toks[k:end]]
    for opening, closing in _OPENING_QUOTES.items():
        opened = words.count(opening) - words.count(closing) if opening != closing else words.count(opening) % 2
        if opened > 0:
            close = next((m for m in range(end, min(len(toks), end + 30)) if toks[m].text == closing), None)
            if close is not None and not any(t.text == ";" or t.text == "." and not _abbreviation_dot(toks, m)
                                             for m, t in enumerate(toks[end:close], start=end)):
                return close + 1
    return end


def _abbreviation_dot(toks, at: int) -> bool:
    """The dot of "TP. HCM" or "Q. 1" inside a name ("Hội nghị xúc tiến đầu tư TP. HCM"), not a sentence's end."""
    return toks[at].text == "." and at > 0 and at + 1 < len(toks) and toks[at + 1].text[:1].isupper() \
        and (toks[at - 1].text in SHORT_LEVELS or len(toks[at - 1].text) == 1 and toks[at - 1].text.isupper()) \
        and toks[at].start == toks[at - 1].end


def _forum_holding(toks, j: int, at: int) -> bool:
    """"Hội nghị cấp cao | Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương": the forum whose meeting the keyword
    names, right after it, goes on the name (elsewhere "diễn ra" ends it, and "… và dự Diễn đàn …" names another)."""
    return toks[at].text == "Diễn" and at + 1 < len(toks) and toks[at + 1].lower == "đàn" \
        and _BEFORE_BODY.match(" " + " ".join(t.text for t in toks[j:at]) + " ") is not None


_MEETS_WITH = frozenset({"gặp", "việc", "mặt", "thoại"})  # the last words of "cuộc gặp", "buổi làm việc", "gặp mặt", …


def _stops_name(pair: str, past_keyword: bool) -> bool:
    """Whether two words tell what an event does, so its name ends before them: "Hội nghị Tương lai châu Á lần thứ
    23 | khai mạc tại Tokyo", "Hội nghị | dự kiến kết thúc …" (but "Lễ khai mạc" is a ceremony's own name)."""
    return pair in _DOES_WORDS or (past_keyword and pair.lower() in _OPENS_OR_CLOSES)


# as written, in lower case ("Hội nghị Ban Tổ chức Trung ương" is a body's meeting)
# (not "Ban chỉ đạo"; and "Dự hội nghị | về phía Chính phủ có …": for whom they attend, no topic of the meeting)
_DOES_WORDS = frozenset({"dự kiến", "đánh dấu", "tổ chức", "thời gian", "yêu cầu", "cho biết", "về phía"})
_OPENS_OR_CLOSES = frozenset({"khai mạc", "bế mạc", "kết thúc"})


def _keyword_starts(toks) -> list[int]:
    """Where the event keywords of a sentence start, none inside another."""
    out, k = [], 0
    while k < len(toks):
        m = _keyword_at(toks, k)
        if m:
            out.append(k)
            k = m[0][0]
        else:
            k += 1
    return out


def _event_at(ctx: ArticleContext, ex: Extraction, si: int, k: int, legal_ends: list[int], inside: bool = False) -> None:
    """The event a keyword at token k of sentence si names, if the sentence dates it, or it is held the day of
    the event told just before it."""
    toks = ctx.sentences[si].tokens
    if _body_of_a_meeting(ctx, si, k):
        return
    own = [d for d in ctx.dates(si) if not _document_date(ctx.text, d, legal_ends)]
    # "Ngày 25/9, Đại hội …", or a sentence that opens with its event: "Lễ an táng lúc 7h00 ngày 14/4/2021"
    j, kind = _keyword_at(toks, k)[0]
    held = _held_when(ctx.text, toks[k].end, own)
    # "trong cuộc họp báo sáng 10/9": a date right after the event's keyword, a time of day between
    right_after = [d for d in own if 0 <= d.start - toks[j - 1].end < RIGHT_AFTER_CHARS
                   and _RIGHT_AFTER.fullmatch(ctx.text, toks[j - 1].end, d.start)]
    # "… sẽ chủ trì lễ đón chính thức Thủ tướng A vào sáng 15/3": the day the clause says it is held on
    held_on = [d for d in own if 0 < d.start - toks[j - 1].end < 150 and _HELD_ON.search(ctx.text, toks[j - 1].end, d.start)
               and not re.search(r"[.;]", ctx.text[toks[j - 1].end:d.start])]
    end = _name_end(toks, k, j)
    # "tại Hội nghị thượng đỉnh … lần thứ nhất ngày 12/6/2018", "trong cuộc gặp báo chí sáng 23/7": the date
    # written right after the event's whole name is its own, whatever else the sentence dates
    after_name = [d for d in own if end > j and 0 <= d.start - toks[end - 1].end < RIGHT_AFTER_CHARS
                  and _RIGHT_AFTER.fullmatch(ctx.text, toks[end - 1].end, d.start)]
    closing = _closing_day(own, toks, j, end)
    found = [d for d in held if _span_of_days(ctx.text, d)] or after_name or closing \
        or ([d for d in own if d.start < toks[k].start] or (own if k <= 1 else []) if not inside else []) \
        or held or right_after or held_on  # ``inside`` the main event's sentence, whose date is the main event's
    if _election_by_body(toks, k, kind) or _PREPARED.search(ctx.text, max(0, toks[k].start - 40), toks[k].start) \
            or _topic_of_words(ctx, si, k):
        # "… chuẩn bị bầu cử Quốc hội", "cho ý kiến việc chuẩn bị nội dung kỳ họp cuối năm", "trả lời báo chí về Hội
        # nghị …": the sentence's day is the work for the event or the words about it, not the event's
        found = after_name or closing
    iso = ctx.resolve(found[0]) if found else None
    if iso is None and not own and _SAME_DAY_RE.search(ctx.text, ctx.sentences[si].start, toks[k].start):
        iso = next((e.date for e in reversed(ex.events) if e.date), None)  # "Cùng ngày, tại cuộc tiếp …"
    if iso is None and not own:
        iso = _framing_events_day(ctx, ex, si, k)  # "Trong khuôn khổ triển lãm, Bộ GD-ĐT và FPT đã ký kết …"
    if iso is None and not own:
        iso = _day_of_the_many(ctx, si, ctx.text[toks[k].start:toks[j - 1].end])
    if iso is None and not own and kind in SAME_DAY_KINDS and ex.events and ex.events[-1].date \
            and (kind == "talks" or any(r.kind == PERSON for r in ctx.resolved[si].values())) \
            and _participation(_cue_text(ctx, si)):
        iso = ex.events[-1].date  # "Sau Lễ đón, hai nhà lãnh đạo đã hội đàm": the talks, that same day
    attended = iso is None and not found and _attended_undated(ctx, ex, si, toks, k, j, end, kind)
    if iso is None and not found and not _named_event(toks, k, j, end) and not attended \
            and not _described_event(toks, k, j, end, kind) and not _election_by_body(toks, k, kind):
        return  # an undated event counts only when named as one, or dated by a day with no year to be had
    name = _name_before(ctx, toks, k, end, closing)
    told = next((e for e in ex.events if (e.date == iso or iso is None) and _same_event(e.name, name)), None)
    if told is not None:  # the same day's event told again; another congress that day is another event
        if told.location is None and told.location_within is None:  # where the retelling says it was held
            told.location, told.location_within = _location(ctx, si)
        if told.organizer is None:  # and who held it
            told.organizer = _body_in_name(ctx, si, k, j, kind, end) or _organizer_in(ctx, si)
        return
    event = EventFact(key=f"{ex.doc_id}#event-{len(ex.events) + 1}", name=name[0].upper() + name[1:], kind=kind,
                      evidence=ctx.evidence(si), date=iso)
    event.organizer = _body_in_name(ctx, si, k, j, kind, end) or _organizer_in(ctx, si) \
        or _deliberating_body(ctx, si, kind) or _ceremony_owner(ctx, si, k, kind) or _host_told_at(ctx, si, k) \
        or _owner_in_name(ctx, si, k, end, kind, legal_ends)
    event.location, event.location_within = _location(ctx, si)
    if iso is not None or attended or _PRESENT_RE.search(fold(ctx.sentence_text(si))) \
            or _HAD_IT.search(ctx.text, ctx.sentences[si].start, toks[k].start):
        # an undated event named in passing has no attendees unless the sentence puts people at it
        _participants(ctx, event, only=_told_of(ctx, si, ctx.text[toks[k].start:toks[j - 1].end], name))
    _guests_in_name(ctx, event, si, toks, j, end)
    ex.events.append(event)
    _closed_after_days(ctx, ex, si, event)


# "Sau hai ngày làm việc, Hội nghị … bế mạc chiều 28/6", "… hoàn thành chương trình sau 4 ngày làm việc"
_RAN_FOR_DAYS = re.compile(r"(?<!\w)[Ss]au\s+(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+ngày\s+"
                           r"(?:làm việc|họp|thảo luận)(?!\w)")
_CLOSES = re.compile(r"(?<!\w)(?:bế mạc|kết thúc|hoàn thành|khép lại)(?!\w)", re.IGNORECASE)
_MULTI_DAY_KINDS = frozenset({"conference", "plenum", "congress", "session", "meeting", "summit", "forum", "workshop"})


def _closed_after_days(ctx: ArticleContext, ex: Extraction, si: int, event: EventFact) -> None:
    """A meeting the sentence says closed on its day after N days of work: it opened N - 1 days before, and its
    closing session is held that day ("Sau hai ngày làm việc, Hội nghị lần thứ 10 … bế mạc chiều 28/6")."""
    if event.kind not in _MULTI_DAY_KINDS or event.date is None:
        return
    sentence = ctx.sentence_text(si)
    ran = _RAN_FOR_DAYS.search(sentence)
    if not ran or not _CLOSES.search(sentence):
        return
    days = number_of(ran.group(1)) or 0
    if not 2 <= days <= 15:
        return
    closed = event.date
    event.date = (date.fromisoformat(closed) - timedelta(days=days - 1)).isoformat()
    session = EventFact(key=f"{ex.doc_id}#event-{len(ex.events) + 1}", name=f"Phiên bế mạc {event.name}", kind="session",
                        evidence=event.evidence, date=closed, organizer=event.organizer, location=event.location,
                        location_within=event.location_within, participants=list(event.participants))
    ex.events.append(session)


_FRAMED_BY = re.compile(r"\s*(?:Trong khuôn khổ|Bên lề|Nhân dịp|Trong dịp|(?P<at>Cũng tại|Tại)|(?P<after>Sau))"
                        r"(?:\s+(?:buổi|cuộc|phiên))?\s+", re.IGNORECASE)
# what an event told at or after another is: held there ("Cũng tại diễn đàn, UBND tỉnh đã tổ chức lễ ký kết …")
_HOLDS_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:tổ chức|diễn ra|chứng kiến|tiến hành)\s+(?:(?:các|những|một|cuộc|buổi)\s+)?$",
                                 re.IGNORECASE)
# events that end the day they are held, so that what is told "after" one is told of that day
_OVER_IN_A_DAY = frozenset({"ceremony", "meeting", "talks", "conference", "workshop", "forum", "press conference"})


def _framing_events_day(ctx: ArticleContext, ex: Extraction, si: int, k: int) -> str | None:
    """The day of a dated event told already that opens sentence si as its frame ("Trong khuôn khổ triển lãm, …
    đã ký kết …", "Bên lề Hội nghị X, …", "Cũng tại diễn đàn, …", "Sau buổi lễ kỷ niệm, … tổ chức Hội nghị …"):
    the day of what the sentence tells at its keyword k. A frame told by its keyword alone ("diễn đàn") is the
    last dated event whose name it starts."""
    toks = ctx.sentences[si].tokens
    frame = _FRAMED_BY.match(ctx.text, ctx.sentences[si].start)
    at = next((m for m in range(len(toks)) if toks[m].start >= frame.end()), None) if frame else None
    if at is None or at >= k or not (m := _keyword_at(toks, at)):
        return None
    told_at = frame.group("at") or frame.group("after")
    if told_at and not _HOLDS_RIGHT_BEFORE.search(ctx.text, toks[at].end, toks[k].start):
        return None  # "Tại hội thảo, A khẳng định đây là chuyến thăm …": an event spoken of there, not held there
    name = ctx.text[toks[at].start:toks[_name_end(toks, at, m[0][0]) - 1].end]
    # (the last one told so: "Sau hội đàm, …" follows the talks told just before)
    day = next((e.date for e in (reversed(ex.events) if told_at else ex.events) if e.date and _same_event(e.name, name)),
               None)
    if day is not None or not told_at:
        return day
    keyword = ctx.text[toks[at].start:toks[m[0][0] - 1].end]
    told = next((e for e in reversed(ex.events) if e.date and _same_event(e.name, keyword)), None)
    if told is None or (frame.group("after") and told.kind not in _OVER_IN_A_DAY):
        return None  # "Sau Đại hội, …": what follows a congress of days may be told of any day after it
    return told.date


MANY_LOOKBACK = 40  # sentences: how far back a story's "các cuộc tiếp …" may be told


def _day_of_the_many(ctx: ArticleContext, si: int, keyword: str) -> str | None:
    """The day of a sentence before si that tells several events of this keyword's kind at once ("Chiều 9/7, Thủ
    tướng đã có các cuộc tiếp A, B và C"), for one of them told on its own ("Tại cuộc tiếp B, …")."""
    many = re.compile(r"(?<!\w)(?:các|những) " + re.escape(keyword.lower()) + r"(?!\w)")
    for before in range(si - 1, max(-1, si - 1 - MANY_LOOKBACK), -1):
        if many.search(ctx.sentence_text(before).lower()):
            own = ctx.dates(before)
            return ctx.resolve(own[0]) if own else None
    return None


def _topic_of_words(ctx: ArticleContext, si: int, k: int) -> bool:
    """Is the event named at token k of sentence si what the sentence's words are about ("trả lời báo chí về …")?"""
    start = ctx.sentences[si].tokens[k].start
    return _TOPIC_OF_WORDS.search(ctx.text, max(0, start - 40), start) is not None


# "trả lời báo chí về Hội nghị cấp cao ASEAN", "bài phân tích về chuyến thăm này": the event is what the sentence's
# words are about, not what happens the day the sentence tells
_TOPIC_OF_WORDS = re.compile(r"(?<!\w)về(?:\s+(?:kết quả|nội dung|việc tổ chức|công tác chuẩn bị))?(?:\s+(?:các|những))?\s*$",
                             re.IGNORECASE)
_PREPARED = re.compile(r"(?<!\w)chuẩn bị(?:\s+(?:cho|nội dung|tổ chức|công tác|các điều kiện))*(?:\s+(?:các|một))?\s*$",
                       re.IGNORECASE)


def _election_by_body(toks, k: int, kind: str) -> bool:
    """An election the press names by the body elected, with no word for "an election" ("bầu cử đại biểu Quốc hội
    khóa XV", "bầu cử Quốc hội"): one event, undated unless a day follows its name, and never a story's main one."""
    return kind == "election" and toks[k].lower == "bầu"


def _closing_day(dates, toks, j: int, end: int) -> list:
    """"trong lễ khai giảng 5/9", "Lễ đón Tổng thống A hôm 18/6": the day that closes an event's name, its own."""
    return [d for d in dates if end > j and toks[j - 1].end <= d.start and d.end == toks[end - 1].end]


def _body_of_a_meeting(ctx: ArticleContext, si: int, k: int) -> bool:
    """Is the forum keyword at token k the name of a body whose meeting the keyword before it names ("Hội nghị cấp cao |
    Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương", "Hội nghị thường niên lần thứ 49 | Diễn đàn Kinh tế thế
    giới")? Then it is that meeting's organiser, no event of its own."""
    toks = ctx.sentences[si].tokens
    if _keyword_at(toks, k)[0][1] != "forum" or not any(r.kind == ORG and r.span.i == k for r in ctx.resolved[si].values()):
        return False  # (not "phiên họp của Đại hội đồng Liên Hợp Quốc lần thứ 73": the Assembly's session is its own event)
    for p in range(max(0, k - 8), k):
        m = _keyword_at(toks, p)
        if m and m[0][1] in OWN_MEETING_KINDS and m[0][0] <= k \
                and _BEFORE_BODY.match(ctx.text[toks[m[0][0] - 1].end:toks[k].start]):
            return True
    return False


def _name_before(ctx: ArticleContext, toks, k: int, end: int, closing: list) -> str:
    """The event's name from its keyword at k to ``end``, without the day that closes it."""
    if closing:
        return _DAY_WORDS_BEFORE.sub("", ctx.text[toks[k].start:closing[0].start])
    return ctx.text[toks[k].start:toks[end - 1].end]


_DAY_WORDS_BEFORE = re.compile(r"\s*(?:(?:vào|hôm|ngày|sáng|chiều|tối|trưa)\s+)*$", re.IGNORECASE)


def _guests_in_name(ctx: ArticleContext, event: EventFact, si: int, toks, j: int, end: int) -> None:
    """"Lễ đón chính thức Chủ tịch Triều Tiên Kim Jong-un", "Buổi tiếp ông A": the guest the event's name holds
    is at it."""
    published = ctx.adoc.doc.date
    if event.kind not in _GUEST_KINDS or end <= j or (published and event.date and event.date > published[:10]):
        return  # not an event the article announces: nobody has attended it yet
    if _MOURNING.search(event.name):
        return  # "Lễ viếng Chủ tịch nước A", "Lễ an táng di hài …": whom the ceremony mourns is not at it
    known = {p.person for p in event.participants}
    event.participants += [
        Participation(r.key, "attendee", ctx.evidence(si)) for r in ctx.resolved[si].values()
        if r.kind == PERSON and toks[j - 1].end <= r.span.start and r.span.end <= toks[end - 1].end
        and r.key not in known and r.key not in historical_person_keys()]


# ceremonies for the dead, named after whom they mourn
_MOURNING = re.compile(r"(?<!\w)(?:[Tt]ang|[Qq]uốc tang|[Vv]iếng|[Tt]ưởng niệm|[Aa]n táng|[Tt]ruy điệu|[Dd]i hài|[Mm]ặc niệm|"
                       r"cố(?= [A-ZĐ]))(?!\w)")  # "cố Thủ tướng A", not "cố đô", "cố gắng"
# events named after the guest they receive ("Lễ đón …", "Buổi tiếp …", "Chuyến thăm của …")
_GUEST_KINDS = frozenset({"ceremony", "meeting", "talks", "visit"})


# "Sau đó, …", "Tiếp đó, …": what a day's story tells next
_NEXT_THING = re.compile(r"\s*(?:Sau đó|Tiếp đó|Ngay sau đó|Tiếp theo|Ngay sau)\s*,", re.IGNORECASE)
# "Cùng ngày", "Chiều cùng ngày", "Cũng trong ngày": the day of the event told just before
_SAME_DAY_RE = re.compile(r"(?<!\w)(?:cùng ngày|cũng trong ngày|trong cùng ngày)(?!\w)", re.IGNORECASE)


def _attended_undated(ctx: ArticleContext, ex: Extraction, si: int, toks, k: int, j: int, end: int, kind: str) -> bool:
    """An undated talk, ceremony, press conference, meeting or visit the sentence's people take part in ("hai
    nhà lãnh đạo đã hội đàm", "chứng kiến lễ ký kết các văn kiện"): one event, not a kind of many nor one
    referred back to, nor the same people's event of that kind told already."""
    if _counted(toks, k):
        return False
    if kind not in UNDATED_KINDS and not (kind in DESCRIBED_KINDS and _opens_at(toks) == k - 1):
        return False  # "Tại phiên thảo luận ở tổ, đại biểu A cho rằng …": the sitting A is at
    if any(_refers(toks, m, end) for m in range(j, end)):
        return False
    people = {r.key for r in ctx.resolved[si].values() if r.kind == PERSON}
    if not people:
        return False
    if any(e.kind == kind and people <= {p.person for p in e.participants} for e in ex.events):
        return False  # "Chuyến thăm" after the visit was told, by the same people: that visit again
    return bool(_participation(_cue_text(ctx, si))) or _opens_at(toks) == k - 1


# the parts of a visit or a working day the press tells without a date or a name of their own
UNDATED_KINDS = frozenset({"talks", "ceremony", "press conference", "meeting", "visit"})
COUNTING_WORDS = frozenset({"các", "những", "nhiều", "mỗi", "một", "hai", "ba"})  # "các hội nghị": a kind of many
REFERRING_WORDS = frozenset({"này", "đó", "ấy", "trên", "tới", "nói trên"})


def _counted(toks, k: int) -> bool:
    """A keyword counted as one of a kind ("các hội nghị", "một cuộc họp"), unless the one is where someone is
    ("nói tại một cuộc họp báo", "trong một buổi làm việc") or what a body holds ("sẽ tổ chức một hội nghị về
    …"): a single event the story does not name."""
    if k == 0 or toks[k - 1].lower not in COUNTING_WORDS:
        return False
    return not (toks[k - 1].lower == "một" and k > 1 and toks[k - 2].lower in ("tại", "trong", "ở", "chức"))  # "tổ chức"


def _described_event(toks, k: int, j: int, end: int, kind: str) -> bool:
    """An undated meeting, sitting, congress, ceremony, visit or talks the text describes by its own words: a
    topic, an ordinal or a body after its keyword ("Hội nghị hiệp thương lần 1", "Lễ truy điệu các anh hùng liệt
    sĩ", "Phiên họp thứ 22 của Ủy ban Thường vụ Quốc hội"). Not a bare keyword ("Cuộc họp"), one referred back to
    ("hội nghị hôm nay", "chuyến thăm này"), a kind of many ("các hội nghị"), nor the subject of a clause ("Chuyến
    thăm góp phần …", "Cuộc họp thì …")."""
    if kind not in DESCRIBED_KINDS or _counted(toks, k):
        return False
    if end - j < (2 if j < end and toks[j].lower == "thứ" else 3) or not toks[end - 1].text.isalnum() \
            or toks[end - 1].lower in _NOT_LAST:
        return False  # "Phiên họp thứ 2" is one sitting
    if toks[j].lower in _NOT_FIRST and not _picks_one(toks, j, end) or toks[end - 1].lower == "cùng":
        return False
    return not any(_refers(toks, m, end) or toks[m].lower in _CLAUSE_WORDS or toks[m].text in ('"', "”")
                   for m in range(j, end))


def _picks_one(toks, j: int, end: int) -> bool:
    """Words after a keyword that pick out one event, though the first of them may also place it in time: "đầu
    tiên", "cuối cùng" ("Kỳ họp đầu tiên của Quốc hội khóa XV"), or "giữa" two named sides ("Cuộc họp giữa Thủ
    tướng Ấn Độ và Thủ tướng Trung Quốc"; not "hội nghị giữa kỳ")."""
    if " ".join(t.lower for t in toks[j:j + 2]) in ("đầu tiên", "cuối cùng"):
        return True
    return toks[j].lower == "giữa" and j + 1 < end and toks[j + 1].text[:1].isupper()


def _refers(toks, m: int, end: int) -> bool:
    """Does token m refer back or ahead to an event ("hội nghị này", "kỳ họp tới") rather than go on naming it
    ("chuyến thăm của Tổng Bí thư tới Anh": where the visit goes)?"""
    if toks[m].lower != "tới":
        return toks[m].lower in REFERRING_WORDS
    if m > 0 and toks[m - 1].lower == "sắp" and m + 1 < len(toks) and toks[m + 1].lower == "của":
        return False  # "chuyến thăm chính thức Hoa Kỳ sắp tới của Đoàn …": an upcoming event, named by whose it is
    return m == end - 1 or toks[m + 1].lower == "đây" or not toks[m + 1].text[:1].isupper()


DESCRIBED_KINDS = UNDATED_KINDS | {"conference", "session", "congress", "workshop", "forum", "summit", "exhibition",
                                   "fair", "festival", "competition", "plenum", "exercise", "election"}
# words right after a keyword that refer to an event or place it, not a name ("hội nghị cuối năm", "cuộc họp kín")
_NOT_FIRST = frozenset({"những", "cách", "nghiêm", "này", "đó", "ở", "và", "trực", "kín", "giữa", "đầu", "cuối", "mới",
                        "trên", "trong"})
# words that make the words after a keyword a clause about it ("… thì ngồi …", "… vẫn giữ …", "… hôm nay")
_CLAUSE_WORDS = frozenset({"nay", "nào", "như", "thì", "vẫn", "mà", "góp", "hôm", "suốt", "nhằm", "không", "rất", "hơn",
                           "khi", "kể", "điều", "ưu", "áp", "tiếp", "gây", "trừ", "nhắc", "sao", "tràn", "nắm"})
_NOT_LAST = frozenset({"của", "và", "các", "những", "thể", "với", "cho", "về"})


def _named_event(toks, k: int, j: int, end: int) -> bool:
    """An undated event the text names as one event: a capitalised name right after its keyword ("Diễn đàn
    Doanh nghiệp Việt Nam - Đức", "Kỳ họp thứ 7 Quốc hội"), not a kind of many ("các hội nghị") nor an event
    referred back to ("Kỳ họp Quốc hội lần này")."""
    if k > 0 and toks[k - 1].lower in COUNTING_WORDS:
        return False
    if j >= end or not (toks[j].text[0].isupper() or toks[j].text.isdigit()):
        return False
    return not any(_refers(toks, m, end) for m in range(j, end))


def _names_this_event(ctx: ArticleContext, si: int, event: EventFact) -> bool:
    """Does sentence si name an event of this one's kind that may be this one: by its name, bare ("tại hội nghị")
    or referred back to ("kỳ họp này"), not another of its kind by a name of its own ("tại kỳ họp 11")?"""
    toks = ctx.sentences[si].tokens
    for k in range(len(toks)):
        m = _keyword_at(toks, k)
        if not m or m[0][1] != event.kind:
            continue
        j = m[0][0]
        end = _name_end(toks, k, j)
        if end <= j or _same_event(ctx.text[toks[k].start:toks[end - 1].end], event.name) \
                or any(_refers(toks, x, end) for x in range(j, end)):
            return True
    return False


_AT_WORDS = frozenset({"tại", "trong", "ở"})


def _opens_at_another_kind(ctx: ArticleContext, si: int, event: EventFact) -> bool:
    """Does sentence si open at an event of another kind than this one ("Tại cuộc gặp với Tổng thống A, …" in a
    story of a conference, "Trong chuyến thăm Nhật Bản, …")? Its people are at that one."""
    toks = ctx.sentences[si].tokens
    at = _opens_at(toks)
    if at is None or at + 1 >= len(toks):
        return False
    m = _keyword_at(toks, at + 1)
    return bool(m) and m[0][1] != event.kind and {m[0][1], event.kind} != _TALKS_OR_MEETING


def _opens_at(toks) -> int | None:
    """The token of "tại", "trong" or "ở" that opens a sentence ("Tại …", "Trước đó, trong …"), if one does."""
    at = next((p for p in range(min(len(toks), 4)) if toks[p].lower in _AT_WORDS), None)
    if at is None or any(t.text not in ("Trước", "đó", ",", "Sau", "Còn") for t in toks[:at]):
        return None
    return at


_TALKS_OR_MEETING = {"talks", "meeting"}  # "cuộc gặp giữa A và B" may be the talks told again


def _told_of(ctx: ArticleContext, si: int, keyword: str, name: str) -> set[int]:
    """The sentence of a dated event and the undated ones after it that name it again ("Sáng 7/6, … chủ trì Lễ
    đón …. Tham dự Lễ đón có …"), up to the next sentence with a date of its own."""
    out = {si}
    word = keyword.lower()
    # "Lễ khai mạc …. Đêm khai mạc có sự tham dự của …": the ceremony told again by its night or its session
    again = re.compile(r"(?<!\w)(?:lễ|đêm|buổi) " + re.escape(word[3:]) + r"(?!\w)") if word.startswith("lễ ") else None
    for later in range(si + 1, len(ctx.sentences)):
        if ctx.dates(later):
            break
        told = ctx.sentence_text(later).lower()
        if (word in told or again and again.search(told)) and not _names_another_event(ctx, later, name):
            out.add(later)
    return out


def _names_another_event(ctx: ArticleContext, si: int, name: str) -> bool:
    """Does sentence si name an event other than the one called ``name``, by a keyword and a capitalised name
    ("Tại cuộc gặp Ngoại trưởng Na Uy …" after "Cuộc gặp Ngoại trưởng New Zealand …")?"""
    toks = ctx.sentences[si].tokens
    for k in _keyword_starts(toks):
        j = _keyword_at(toks, k)[0][0]
        if j >= len(toks) or not toks[j].text[0].isupper():
            continue
        end = _name_end(toks, k, j)
        if not _same_event(name, ctx.text[toks[k].start:toks[end - 1].end]):
            return True
    return False


def _same_event(a: str, b: str) -> bool:
    """Do two names of events held the same day name one event ("Hội nghị" and "Hội nghị tổng kết …")?"""
    a, b = name_key(a), name_key(b)
    return a.startswith(b) or b.startswith(a)


# meetings a body holds of its own: "Phiên họp Chính phủ thường kỳ", "Kỳ họp thứ 3, Quốc hội khóa XIV",
# "phiên họp thứ 55 của Ủy ban Thường vụ Quốc hội", "Đại hội Hội Sinh viên TP Hà Nội"
OWN_MEETING_KINDS = frozenset({"conference", "congress", "session", "meeting", "plenum", "summit", "press conference"})
# "phiên họp thứ 36 của", "phiên họp chiều 16/10 của": words between a sitting's keyword and its body
_BEFORE_BODY = re.compile(r"^\s*(?:(?:thường niên|toàn thể)\s+)?(?:(?:lần\s+)?thứ\s+[\w]+\s*,?\s*)?(?:thường kỳ\s+)?"
                          r"(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?\s+(?=của|do))?"
                          r"(?:(?:của|do)\s+)?$", re.IGNORECASE)


def _body_in_name(ctx: ArticleContext, si: int, k: int, j: int, kind: str, end: int | None = None) -> str | None:
    """The body whose own meeting the event's name says it is: inside the keyword or right after it."""
    if kind not in OWN_MEETING_KINDS:
        return None
    toks = ctx.sentences[si].tokens
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        if r.kind != ORG or r.span.i < k:
            continue
        between = ctx.text[toks[j - 1].end:r.span.start]
        if toks[j - 1].lower == "thứ":  # "Kỳ họp thứ | 3, Quốc hội khóa XIV": the keyword took the ordinal's word
            between = "thứ" + between
        if r.span.i < j or _BEFORE_BODY.match(between):
            return r.key
        if r.name.startswith(DELIBERATING) and (_AFTER_COMMA.match(between) or (
                end is not None and r.span.i >= end and ctx.text[toks[end - 1].end:r.span.start].strip() == ","
                and _DELIBERATES_OR_DECIDES.match(ctx.text, r.span.end))):
            # "Kỳ họp thứ 3, Quốc hội khóa XIV", "Tại kỳ họp cuối tháng 6, HĐND tỉnh Lào Cai đã thông qua …"
            return r.key
        break
    return None


_AT_THE_EVENT = re.compile(r"\s*(?:phát biểu |trả lời |báo cáo )?tại\s*$", re.IGNORECASE)
_HOST_VERBS = re.compile(r"\s*(?:(?:đã|vừa|cũng)\s+)*(?:cho biết|thông tin|thông báo|công bố|báo cáo|khẳng định|đánh giá|"
                         r"yêu cầu|đề nghị|nhấn mạnh|tổng kết|triển khai)(?!\w)", re.IGNORECASE)


def _host_told_at(ctx: ArticleContext, si: int, k: int) -> str | None:
    """'Tại hội nghị tổng kết … chiều 26/9, Bộ Giáo dục và Đào tạo cho biết …': the body that speaks first at the
    event the sentence opens with is its host."""
    s, toks = ctx.sentences[si], ctx.sentences[si].tokens
    if not _AT_THE_EVENT.fullmatch(ctx.text, s.start, toks[k].start):
        return None
    comma = next((m for m in range(k, len(toks)) if toks[m].text == ","), None)
    if comma is None:
        return None
    first = next((r for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i) if r.span.i > comma), None)
    if first is None or first.kind != ORG or first.span.i != comma + 1 or not _HOST_VERBS.match(ctx.text, first.span.end):
        return None
    return first.key


def _ceremony_owner(ctx: ArticleContext, si: int, k: int, kind: str) -> str | None:
    """The body a ceremony is of, named after "của" in the ceremony's own phrase ("lễ đón nhận Huân chương Quân
    công và kỷ niệm 65 năm ngày truyền thống (25/10/1951) của Học viện Chính trị"): its organiser."""
    if kind != "ceremony":
        return None
    toks = ctx.sentences[si].tokens
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        if r.kind != ORG or r.span.i <= k:
            continue
        # "Lễ kỷ niệm 60 năm Ngày truyền thống Viện 78", "… 70 năm thành lập Bộ Nội vụ": the body whose day it is
        founded = r.span.i >= 2 and " ".join(t.lower for t in toks[r.span.i - 2:r.span.i]) in _ANNIVERSARY_OF \
            and "kỷ niệm" in " ".join(t.lower for t in toks[k:r.span.i])
        if r.span.i - k > 25 or (toks[r.span.i - 1].lower != "của" and not founded) or any(
                t.text in (",", ";", ".") or t.lower in ("cho", "tới", "tặng") for t in toks[k:r.span.i]):
            return None
        return r.key
    return None


_ANNIVERSARY_OF = frozenset({"truyền thống", "thành lập"})


def _owner_in_name(ctx: ArticleContext, si: int, k: int, end: int, kind: str, legal_ends: list[int]) -> str | None:
    """The body a meeting's own name says it is of, after its topic ("Hội nghị triển khai công tác năm 2017 của Sở
    Thông tin và Truyền thông"); not a document's issuer ("Hội nghị quán triệt Nghị quyết 18 của Bộ Chính trị")."""
    if kind not in OWN_MEETING_KINDS:
        return None
    toks = ctx.sentences[si].tokens
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        if r.kind != ORG or r.span.i <= k:
            continue
        if r.span.i >= end or toks[r.span.i - 1].lower != "của" \
                or any(toks[k].start < e <= r.span.start for e in legal_ends) \
                or _names_document(ctx.text[toks[k].start:r.span.start], _DOCUMENT_OF):
            return None
        return r.key
    return None


def _names_document(text: str, kinds: frozenset[str]) -> bool:
    """Whether a stretch of a meeting's name cites a document or an order ("hội nghị quán triệt Nghị quyết của …"),
    which a body named after it issued rather than holds the meeting."""
    words = re.findall(r"\w+", fold(text))
    return any(" ".join(words[m:m + 2]) in kinds for m in range(len(words) - 1))


# words of a document or an order that "của" after them belongs to ("quán triệt Kết luận của Bộ Chính trị")
_DOCUMENT_OF = frozenset(fold(w) for w in ("quyết định", "nghị quyết", "chỉ thị", "kết luận", "thông báo", "chỉ đạo",
                                            "chủ trương", "văn bản", "kế hoạch", "chương trình", "ý kiến", "đề án"))
# of those, a document's own kinds: "Hội nghị triển khai kế hoạch năm 2015 của Tổng công ty X" is still X's
_LEGAL_OF = frozenset(fold(w) for w in ("quyết định", "nghị quyết", "chỉ thị", "kết luận", "thông báo", "văn bản"))


_DELIBERATES_OR_DECIDES = re.compile(r"\s*(?:(?:đã|vừa|sẽ|cũng)\s+)*(?:thông qua|biểu quyết|bầu|quyết định|xem xét|"
                                     r"thảo luận|cho ý kiến|miễn nhiệm|kết luận)(?!\w)", re.IGNORECASE)


_AFTER_COMMA = re.compile(r"^\s*(?:(?:lần\s+)?thứ\s+[\w]+\s*)?,\s*$", re.IGNORECASE)


def _organizer_in(ctx: ArticleContext, si: int) -> str | None:
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        if r.kind == ORG and _ORGANISED_RE.match(ctx.text[r.span.end:ctx.sentences[si].end]):
            return r.key
    return None


SITTING_KINDS = frozenset({"session", "meeting", "plenum"})


def _deliberating_body(ctx: ArticleContext, si: int, kind: str) -> str | None:
    """A session or meeting whose sentence has a deliberating body act in it ("Tại kỳ họp bất thường, HĐND TP.
    HCM đã miễn nhiệm …", "Ủy ban Kiểm tra Trung ương vừa thông báo nội dung kỳ họp thứ 19"): that body's own
    sitting. Bodies of people's posts ("Phó Thủ tướng Chính phủ") do not count."""
    if kind not in SITTING_KINDS:
        return None
    owned = {s.j for s in ctx.spans[si] if s.kind == "TITLE"}
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        if r.kind == ORG and r.span.i not in owned and r.name.startswith(DELIBERATING) \
                and not _QUESTIONED.search(ctx.text, max(0, r.span.start - 30), r.span.start):
            return r.key  # (not "phiên chất vấn các thành viên Chính phủ": the body questioned, not the one sitting)
    return None


_QUESTIONED = re.compile(r"(?<!\w)chất vấn(?:\s+(?:các|những))?(?:\s+thành viên)?\s*$", re.IGNORECASE)


def _keyword_at(tokens, k: int):
    """An event keyword at token k; a one-word keyword ("Giải", "lễ") needs a capitalised name after it: not the
    start of another word ("Giải quyết", "Giải khát"), nor a ceremony told already ("Dự lễ có …")."""
    m = _keywords().matches_at(tokens, k)
    if m and k > 0 and tokens[k].text[0].islower() and tokens[k - 1].lower in PURPOSE_WORDS:
        return None  # "để đối thoại hai chiều", "giải quyết bằng đối thoại": the word as a verb or a means, no event
    if m and k > 0 and tokens[k].text[0].islower() and tokens[k - 1].lower == "quốc" and tokens[k].lower == "hội":
        return None  # "Quốc hội thảo luận …", "đại biểu quốc hội kiến nghị": the "hội" of "Quốc hội", then a verb
    if m and k > 1 and tokens[k - 2].lower == "trung" and tokens[k - 1].lower == "tâm":
        return None  # "tại Trung tâm Hội nghị tỉnh Bình Dương": a venue, no conference
    if m and m[0][0] == k + 1 and tokens[k].lower in ONE_WORD_KEYWORDS:  # "giải quyết", "giải pháp" are no prize
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if tokens[k].lower == "lễ" and k > 1 and tokens[k - 2].lower == "nhà" and tokens[k - 1].lower == "tang":
            return None  # "Nhà tang lễ Quốc gia": a funeral home, no ceremony
        attended = tokens[k].lower == "lễ" and k > 0 and tokens[k - 1].lower in ("dự", "chức", "trì", "ra", "hành") \
            and nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in NOT_A_CEREMONY \
            and nxt.lower not in STOP_WORDS
        if attended:
            return m  # "dự lễ khai bút đầu xuân", "tổ chức lễ mít tinh", "diễn ra lễ bế giảng": a ceremony attended or held
        if nxt is None or not nxt.text[0].isupper() or (k > 0 and tokens[k - 1].lower == "nước"):
            return None  # "Nước giải khát Sài Gòn"; "Dự lễ có …": the ceremony told already
        if tokens[k].lower == "giải" and (len(nxt.text) == 1 or nxt.lower in PRIZE_WORDS):
            return None  # "Giải A", "Giải Khuyến khích", "Giải Nobel": a prize, no tournament; "Giải Phóng"
    if m and tokens[m[0][0] - 1].lower == "thăm" and m[0][0] < len(tokens) and tokens[m[0][0]].lower == "dò":
        return None  # "chuyến thăm dò": a sounding out, no visit
    if m and k > 0 and tokens[k - 1].lower == "đăng" and tokens[k].lower == "ký":
        return None  # "đăng ký kết hôn": the "ký" of registering, no signing
    return m


PURPOSE_WORDS = frozenset({"để", "nhằm", "bằng"})
NOT_A_CEREMONY = frozenset({"này", "đó", "ấy", "hôm", "sáng", "chiều", "tối", "ngày", "còn", "cùng"})


ONE_WORD_KEYWORDS = {"giải", "lễ", "tiệc"}
# words after "Giải" that make it a prize or another word, not a tournament ("Giải Nhất", "Giải Phóng")
PRIZE_WORDS = frozenset(fold(w) for w in ("nhất", "nhì", "ba", "tư", "khuyến", "đặc", "vàng", "bạc", "đồng", "nobel",
                                          "oscar", "pulitzer", "phóng", "thưởng"))


# Verbs that report a visit or a reception without naming it ("X đã đến thăm …", "Thủ tướng tiếp Đại sứ …"),
# and the name such an event takes.
_VISIT_VERBS = re.compile(r"(?<!\w)(?<!trực )(?<!gián )(?<!kế )(?:(?:đã|vừa|có)\s+)*(?:(?P<visit>(?:đến |tới |về )?thăm(?! hỏi)(?: và làm việc| và chúc mừng)?)|"
                          r"(?P<reception>tiếp(?: xã giao| thân mật| và làm việc với)?|hội kiến|điện đàm|gặp gỡ|gặp mặt)|(?P<work>làm việc (?:với|tại))|"
                          r"(?:đến |về )?(?P<inspect>thị sát|kiểm tra)|(?:đến |tới |vào )?(?P<tribute>đặt vòng hoa|dâng hương|dâng hoa|viếng)|"
                          r"(?P<award>trao(?: tặng)?|gắn)(?= (?:[Hh]uy hiệu|[Hh]uân chương|[Hh]uy chương|[Bb]ằng khen|[Kk]ỷ niệm chương|"
                          r"danh hiệu|[Gg]iải thưởng|các quyết định|quyết định))|"
                          r"(?:(?:đến )?(?:tham )?dự (?:lễ )?|cắt băng )(?P<rite>khánh thành|khởi công|động thổ|ra mắt)|"
                          r"(?P<press>trả lời (?:báo chí|báo giới|phỏng vấn)|trao đổi với (?:báo chí|báo giới|phóng viên))|"
                          r"(?P<questions>(?:(?:tiếp tục|tham gia|đăng đàn|lần đầu(?: tiên)?)\s+)*trả lời chất vấn))(?!\w)"
                          r"(?! (?:tục|nhận|thu|cận|xúc|sức|theo|diễn|tế|giáp|viên|nối|tân|quản|vận|thị|sóng|tay|nghị))")


# a sentence that opens with words given to the press, before who gives them
_PRESS_LEAD = re.compile(r"\s*(?P<press>(?:Trả lời|Trao đổi với) (?:báo chí|báo giới|phóng viên|PV)|Trả lời phỏng vấn)(?!\w)")


# the verbs a visit is told with after "thăm": "thăm, động viên và tặng quà …", "thăm và trao tặng …"
_VISIT_CHAIN = re.compile(r"(?:\s*(?:,|và)\s*(?:động viên|chúc mừng|chúc Tết|thăm hỏi|trao tặng|tặng quà|trao|tặng|"
                          r"khảo sát|kiểm tra|làm việc))*")


# the day the article is told: "Chủ tịch nước hôm nay đón tiếp Tổng thống …"
# (and "đang diễn ra": an event under way as the article is told)
_TODAY_RE = re.compile(r"(?<!\w)(?:hôm nay|sáng nay|chiều nay|tối nay|trưa nay|đang diễn ra)(?!\w)", re.IGNORECASE)


def _told_by_verb(ctx: ArticleContext) -> tuple[int, str, str] | None:
    """A lede sentence dated on its own (or told as today's) that reports a person visiting or receiving, with
    no word naming the event: the visit or the reception it tells of."""
    for si in range(min(len(ctx.sentences), LEDE_SENTENCES)):
        if not ctx.dates(si) and not _TODAY_RE.search(ctx.sentence_text(si)) \
                and not _YESTERDAY_RE.search(ctx.sentence_text(si)):
            continue  # "Thủ tướng hôm qua đã tiếp …": the day before the article's
        found = _verb_event_in(ctx, si)
        if found is not None:
            return si, *found
    return None


def _verb_event_in(ctx: ArticleContext, si: int, verbs: re.Pattern | None = None) -> tuple[str, str] | None:
    """The visit, reception, inspection or ceremony a sentence tells by its verb after a person ("Thủ tướng
    A đã tiếp Đại sứ …", "X đến thăm …"): its kind and a name for it."""
    people = sorted((r for r in ctx.resolved[si].values() if r.kind == PERSON), key=lambda r: r.span.i)
    subject = people[0] if people else _delegation_subject(ctx, si) or _working_body(ctx, si)
    if subject is None:
        return None
    s = ctx.sentences[si]
    m = (verbs or _VISIT_VERBS).search(ctx.text, subject.span.end, s.end)
    if (m is None or m.groupdict().get("questions")) and verbs is None and (lead := _PRESS_LEAD.match(ctx.text, s.start)) \
            and lead.end() <= subject.span.start:  # (not "… khi Bộ trưởng A trả lời chất vấn": the sitting it recalls)
        press = lead.group("press")  # "Trao đổi với báo chí chiều 25/11, ông A …": A's words to the press
        return "interview", f"Cuộc {press[0].lower()}{press[1:]}"
    if m is None and verbs is None and _QUESTIONS_LEAD.search(ctx.text, s.start, subject.span.start):
        return "session", "Phiên trả lời chất vấn"  # "Chiều 13/6, trả lời chất vấn của các đại biểu, Phó Thủ tướng A …"
    if m is None or re.search(r"[.;:]", ctx.text[subject.span.end:m.start()]) \
            or _NOUN_OF_VERB.search(ctx.text, max(0, m.start() - 25), m.start()) \
            or _WISHED.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # not "… bài phân tích về chuyến thăm này": what words are about, not what happened; not
        # "bày tỏ mong muốn đón tiếp Chủ tịch A": a wish
    # "X, Phó Trưởng ban Chỉ đạo … làm trưởng đoàn đã làm việc với …": the gap counts after the posts told of X
    told = max((sp.end for sp in ctx.spans[si] if subject.span.end <= sp.start and sp.end <= m.start()),
               default=subject.span.end)
    if m.start() - told > 60:
        return None
    verb = {name: said for name, said in m.groupdict().items() if said}  # the kind of verb that matched
    if "questions" in verb and (_IN_WRITING_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
                                or _IN_WRITING_AFTER.match(ctx.text, m.end())):
        return None  # "Thủ tướng vừa có văn bản trả lời chất vấn …": answers in writing, at no sitting
    rest, chain = ctx.text[m.end():s.end], ""
    if verb.get("reception", "").startswith("tiếp") and not _receives_someone(rest):
        return None  # "… tiếp yêu cầu bằng văn bản …", "tiếp ký …": "tiếp" as "go on", no one received
    if "visit" in verb:  # "đến thăm, động viên và tặng quà các lực lượng …": the object comes after them all
        verbs_end = _VISIT_CHAIN.match(rest).end()
        chain, rest = rest[:verbs_end], rest[verbs_end:]
    what = re.split(r"[,.;(]| nhân dịp | nhân kỷ niệm | tại | và (?!làm|chúc)", rest, maxsplit=1)[0].strip() \
        if "tribute" not in verb else re.split(r"[,.;(]| nhân dịp | nhân kỷ niệm ", rest, maxsplit=1)[0].strip()  # "… tại Lăng"
    if not what and chain and re.match(r"\s+(?:tại|ở)\s", rest):
        what = re.split(r"[,.;(]", rest, maxsplit=1)[0].strip()  # "thăm, làm việc tại Tổng cục II": where
    if not what and not verb.get("reception", "tiếp").startswith("tiếp") \
            and sum(1 for r in people if r.span.end <= m.start()) >= 2:
        # "A và B gặp gỡ tại Điện Kremlin": the two meet each other
        return "meeting", MEETING_NAMES.get(verb["reception"].split()[0], "Cuộc gặp")
    if not what and "questions" not in verb:
        return None
    words = what.split()[:12]
    if "tribute" in verb:  # "Chủ tịch Kim Jong-un đặt vòng hoa tại Đài tưởng niệm …": a ceremony of homage
        return "ceremony", f"Lễ {verb['tribute']} {' '.join(words)}".strip()
    if "rite" in verb:  # "… đã đến tham dự khánh thành dự án X": the opening ceremony
        return "ceremony", f"Lễ {verb['rite']} {' '.join(words)}"
    if "press" in verb:  # "Chiều 1/11, bên hành lang Quốc hội, A đã trả lời báo chí về …": A's words to the press
        return "interview", f"Cuộc {verb['press']}"
    if "questions" in verb:  # "Sáng 15/6, Phó Thủ tướng A đã tham gia trả lời chất vấn trước Quốc hội": the sitting,
        before = _QUESTIONS_NAME_ENDS.split(what, maxsplit=1)[0].split()  # and before whom, not when nor about what
        return "session", " ".join(["Phiên trả lời chất vấn", *before[:8]])
    if "award" in verb:  # "Ngày 20/6, Thủ tướng A đã trao Huy hiệu 50 năm tuổi Đảng cho B": the ceremony
        return "ceremony", f"Lễ trao {' '.join(words).split(' cho ')[0]}"
    kind, head = ("visit", "Chuyến thăm") if "visit" in verb else ("meeting", f"Buổi {verb['work']}") \
        if "work" in verb else ("visit", f"Chuyến {verb['inspect']}") if "inspect" in verb \
        else ("meeting", MEETING_NAMES.get(verb["reception"].split()[0], "Buổi tiếp"))
    return kind, f"{head}{chain.rstrip()} {' '.join(words)}"


# question time told before who answers: "Trước đó, chiều 13/6, trả lời chất vấn của các đại biểu, Phó Thủ tướng A …"
_QUESTIONS_LEAD = re.compile(r"(?:^|,)\s*trả lời chất vấn(?:\s+(?:của|về)\s[^,.;]{1,60})?\s*,[^,.;]{0,40}$", re.IGNORECASE)
_QUESTIONS_NAME_ENDS = re.compile(r"(?:^|\s)(?:về|với|trong|sau|trước khi|sáng|chiều|tối|trưa|ngày|hôm|nhóm|khi|do|để|nay|là|"
                                  r"lần|liên quan)(?!\w)|\s\d|\s[-–]", re.IGNORECASE)
_IN_WRITING_BEFORE = re.compile(r"(?<!\w)(?:văn bản|báo cáo)\s+$", re.IGNORECASE)
_IN_WRITING_AFTER = re.compile(r"\s+(?:[^\s,.;]+\s+){0,8}?bằng văn bản(?!\w)", re.IGNORECASE)
_WISHED = re.compile(r"(?<!\w)(?:mong muốn|mong|hy vọng|hi vọng|sẵn sàng|mời)\s+(?:được\s+)?(?:đón\s+)?$", re.IGNORECASE)
_NOUN_OF_VERB = re.compile(r"(?<!\w)về\s+(?:các\s+|những\s+)?(?:chuyến|cuộc|buổi)\s+$", re.IGNORECASE)


def _delegation_subject(ctx: ArticleContext, si: int):
    """The body whose delegation opens a clause of sentence si ("Ngày 6-5, đoàn công tác của Bộ GD-ĐT đã làm việc
    với …"; not "X tiếp đoàn …"): who goes, in a visit or a working session."""
    start = ctx.sentences[si].start
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        m = _DELEGATION_OF.search(ctx.text, max(start, r.span.start - 40), r.span.start) if r.kind == ORG else None
        if m and _OPENS_CLAUSE.search(ctx.text, start, m.start()):
            return r
    return None


_MEETS_BODY = re.compile(r"\s*(?:(?:đã|vừa|sẽ)\s+)?(?:có (?:buổi|cuộc)\s+)?làm việc với\s", re.IGNORECASE)


def _working_body(ctx: ArticleContext, si: int):
    """A body that opens a clause of sentence si and works with another ("Chiều 12/5, Bộ Chính trị làm việc với
    Ban Thường vụ Tỉnh ủy Thanh Hóa"): who holds the working session."""
    start = ctx.sentences[si].start
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        if r.kind == ORG and _OPENS_CLAUSE.search(ctx.text, start, r.span.start) \
                and _MEETS_BODY.match(ctx.text, r.span.end):
            return r
    return None


# lower-case words that open whom "tiếp" receives: "tiếp đoàn đại biểu …", "tiếp các doanh nghiệp", "tiếp cử tri"
RECEIVED_WORDS = frozenset({"đoàn", "các", "những", "lãnh đạo", "đại diện", "ông", "bà", "ngài", "cán bộ", "cử tri",
                            "công dân", "đồng chí", "nguyên", "cựu", "tân", "phái", "người", "gia", "thân", "bạn", "đại",
                            "bộ", "thứ", "chủ", "tổng", "phó", "giám", "hiệu", "trưởng", "thủ", "doanh", "hai",
                            "ba", "một", "nhiều", "lực", "đội", "nhà", "giáo", "học", "sinh", "thanh", "phu", "vợ"})


def _receives_someone(rest: str) -> bool:
    """Does the text after "tiếp" open with whom it receives (a name, a title, "đoàn", "các", …)?"""
    words = rest.split(maxsplit=2)
    if not words:
        return False
    first = words[0].strip("“\"'(")
    two = " ".join(words[:2]).lower()  # "tiếp công dân", "tiếp lãnh đạo …"
    return bool(first) and (first[0].isupper() or first.lower() in RECEIVED_WORDS or two in RECEIVED_WORDS
                            or first[0].isdigit())


# the name of a meeting told by its verb: "hội kiến" a "Cuộc hội kiến", "gặp gỡ" a "Cuộc gặp"
MEETING_NAMES = {"hội": "Cuộc hội kiến", "điện": "Cuộc điện đàm", "gặp": "Cuộc gặp", "chào": "Cuộc chào xã giao"}


# the meetings a visit's later paragraphs tell by their verb: "Cùng ngày, Thủ tướng đã gặp gỡ cán bộ đại sứ quán …"
_MEETING_VERBS = re.compile(r"(?<!\w)(?:(?:đã|vừa|cũng|sẽ)\s+)*(?:(?P<visit>(?:đến |tới )?thăm(?! hỏi)(?: và làm việc)?)|"
                            r"(?:đến |tới |vào )?(?P<tribute>đặt vòng hoa|dâng hương|dâng hoa|viếng)|"
                            r"(?P<reception>tiếp(?: xã giao| thân mật| và làm việc với)?|hội kiến|điện đàm|gặp gỡ|chào xã giao|"
                            r"gặp(?= (?:[A-ZĐ]|các |những |lãnh đạo |đại diện ))))(?!\w)"
                            r"(?! (?:tục|nhận|thu|cận|xúc|sức|theo|diễn|tế|giáp|viên|nối|tân|quản|vận|thị|sóng|tay|nghị))")


def _meetings_told_by_verb(ctx: ArticleContext, ex: Extraction) -> None:
    """Later sentences that tell a meeting or a visit by its verb, with no word naming an event ("Cùng ngày, Thủ
    tướng đã gặp gỡ cán bộ đại sứ quán"): each an event of that day, or of no day the text gives."""
    told = {e.evidence for e in ex.events}
    for si in range(1, len(ctx.sentences)):
        if ctx.evidence(si) in told:
            continue
        found = _verb_event_in(ctx, si, _MEETING_VERBS)
        if found is not None and found[0] != "meeting" and _keyword_starts(ctx.sentences[si].tokens):
            continue  # "Chuyến thăm … lần này": the visit its keyword names; but "Thủ tướng tiếp A bên lề Hội nghị B"
        if found is None and (ctx.dates(si) or _SAME_DAY_RE.search(ctx.sentence_text(si))):
            # a dated sentence tells its own working visit, inspection or award: "Chiều cùng ngày, Thủ tướng làm
            # việc với lãnh đạo tỉnh …", "Sáng 7/6, Bộ trưởng A đến kiểm tra …"
            found = _verb_event_in(ctx, si)
        if found is None:
            continue
        kind, name = found
        own = ctx.dates(si)
        iso = ctx.resolve(own[0]) if own else None
        if iso is None and not own and (_SAME_DAY_RE.search(ctx.sentence_text(si))
                                        or _NEXT_THING.match(ctx.sentence_text(si))):
            # "Sau đó, Thủ tướng tiếp Chủ tịch Tập đoàn Toyota": what a day's story tells next, on that day
            iso = next((e.date for e in reversed(ex.events) if e.date), None)
        event = EventFact(key=f"{ex.doc_id}#event-{len(ex.events) + 1}", name=name, kind=kind,
                          evidence=ctx.evidence(si), date=iso)
        event.location, event.location_within = _location(ctx, si)
        _participants(ctx, event, only={si})
        if not event.participants:  # "Thủ tướng đã gặp gỡ cán bộ đại sứ quán": the one who meets, and whom
            event.participants = [Participation(key, "attendee", ctx.evidence(si)) for key in _who_meet(ctx, si)]
        people = {p.person for p in event.participants}
        if not people or any(e.kind == kind and e.date == iso and people <= {p.person for p in e.participants}
                             and (len(people) > 1 or kind != "meeting" or _same_words(e.name, name))
                             for e in ex.events):
            # the same people's meeting that day, told again; but "Cùng ngày, Thủ tướng tiếp lãnh đạo Liên minh
            # …" after "Thủ tướng tiếp Chủ tịch Tập đoàn …": one host, whom he receives named otherwise
            continue
        ex.events.append(event)


def _same_words(a: str, b: str) -> bool:
    """Do two events' names share all the words of the shorter one ("Buổi tiếp đoàn" and "Buổi tiếp đoàn Hà Nội")?"""
    x, y = set(fold(a).split()), set(fold(b).split())
    return x <= y or y <= x


# a welcome at an airport: "… đến sân bay quân sự St. Andrews, trước sự đón tiếp của …", "Ra đón Chủ tịch nước tại
# Sân bay quốc tế Minsk có …", "… được đón tại sân bay …"
_WELCOME_RE = re.compile(r"(?<!\w)(?:trước sự đón tiếp của|ra đón|đón tiếp|được đón|có mặt (?:tại sân bay )?để đón|"
                         r"đón(?= [^.;]{0,60}?tại sân bay))(?!\w)", re.IGNORECASE)
_AIRPORT_RE = re.compile(r"(?<!\w)[Ss]ân bay(?: quân sự| quốc tế)?\s+[A-ZĐ](?:[^,.;()]|\.(?=\s*[A-Z][a-z]))*")


def _airport_welcomes(ctx: ArticleContext, ex: Extraction) -> None:
    """A visitor's welcome at the airport, told with who welcomes them ("Thủ tướng chiều 30/5 đến sân bay quân sự St.
    Andrews, trước sự đón tiếp của Đại sứ …"): an event of its own, on its sentence's day or the day the sentence
    before tells the arrival."""
    for si in range(len(ctx.sentences)):
        text = ctx.sentence_text(si)
        if not _WELCOME_RE.search(text):
            continue
        airport, people, told = _AIRPORT_RE.search(text), _who_meet(ctx, si), si
        if airport is None and si > 0 and (airport := _AIRPORT_RE.search(ctx.sentence_text(si - 1))) is not None:
            # "Tối 29/5, Thủ tướng A đến sân bay John F. Kennedy. Ra đón Thủ tướng có …": who arrived, then who welcomes
            people, told = list(dict.fromkeys(_who_meet(ctx, si - 1) + people)), si - 1
        if airport is None or len(people) < 2:
            continue  # a welcome has one who arrives and one who welcomes
        own = ctx.dates(si) or (ctx.dates(si - 1) if si > 0 else [])
        iso = ctx.resolve(own[0]) if own else None
        where = re.split(r"\s+(?:có|trước|và|cùng|của|để|ở|tại)\s", airport.group(0).strip(), maxsplit=1)[0]
        event = EventFact(key=f"{ex.doc_id}#event-{len(ex.events) + 1}", name=f"Lễ đón tại {where}", kind="ceremony",
                          evidence=ctx.evidence(si), date=iso)
        start = ctx.sentences[told].start
        places = sorted((r for r in ctx.resolved[told].values() if r.kind == PLACE), key=lambda r: r.span.start)
        # the airport, if the lexicons know it, else the city written right after it ("…, New York")
        event.location = next((r.key for r in places if start + airport.start() <= r.span.start < start + airport.end() + 4),
                              None)
        event.participants = [Participation(key, "attendee", ctx.evidence(si)) for key in people]
        ex.events.append(event)


def _who_meet(ctx: ArticleContext, si: int) -> list[str]:
    """The people a meeting's sentence names, but not those it cites or quotes."""
    s = ctx.sentences[si]
    people = {r.key: r for r in ctx.resolved[si].values() if r.kind == PERSON}
    return [key for key, r in people.items() if not _cited(ctx, si, r) and key not in historical_person_keys()
            and not _quoted(ctx.text, s.start, s.end, r.span)]


_ANNOUNCED_RE = re.compile(r"(?<!\w)(?:công bố|trao|trao các) (?:các )?(?:quyết định|nghị quyết)(?!\w)|"
                           r"(?<!\w)công bố (?:các )?kết luận (?:thanh tra|kiểm tra)(?!\w)|"
                           r"(?<!\w)(?:các )?(?:quyết định|nghị quyết)(?: [^,.;]{1,60})? (?:đã |vừa )?được (?:công bố|trao)(?!\w)",
                           re.IGNORECASE)


def _announcement(ctx: ArticleContext) -> tuple[int, str, int] | None:
    """A lede sentence dated on its own that tells of decisions announced or handed over ("Chiều 27-6, Thanh
    tra Chính phủ đã công bố Quyết định …", "Sáng 10/5, các quyết định về công tác cán bộ đã được công bố"):
    the announcement, as an event: its sentence, its name and where its verb starts in the text."""
    for si in range(min(len(ctx.sentences), LEDE_SENTENCES)):
        if not ctx.dates(si):
            continue
        m = _ANNOUNCED_RE.search(ctx.sentence_text(si))
        if m:
            what = re.split(r"[,.;(]| tại | cho ", ctx.sentence_text(si)[m.start():], maxsplit=1)[0].strip()
            passive = re.match(r"(.*?)\s+(?:đã |vừa )?được (công bố|trao)\b", what)
            if passive:  # "các quyết định … đã được công bố": "Lễ công bố các quyết định …"
                what = f"{passive.group(2)} {passive.group(1)}"
            return si, "Lễ " + " ".join(what.split()[:12]), ctx.sentences[si].start + m.start()
    return None


# a body's rite told by its verb: "UBND tỉnh Cà Mau tổ chức khánh thành đền thờ …", "… ra mắt bộ sách …"
_RITE_RE = re.compile(r"(?<!\w)(?:tổ chức\s+)?(?P<rite>khánh thành|khởi công|động thổ|ra mắt|khai trương|thông xe)(?!\w)", re.IGNORECASE)


def _rite(ctx: ArticleContext) -> tuple[int, str, int] | None:
    """A lede sentence dated on its own whose body opens, breaks ground for or launches something, told by the verb
    ("Sáng 5/6, UBND tỉnh Cà Mau tổ chức khánh thành đền thờ …"): the ceremony, named for what is done."""
    for si in range(min(len(ctx.sentences), LEDE_SENTENCES)):
        if not ctx.dates(si):
            continue
        s = ctx.sentences[si]
        for m in _RITE_RE.finditer(ctx.text, s.start, s.end):
            if _announcer(ctx, si, m.start()) is None:
                continue  # the rite of a body that holds it, not "dự án khởi công năm 2020"
            what = re.split(r"[,.;(]| tại | cho | vào | với ", ctx.text[m.end():s.end], maxsplit=1)[0].split()[:12]
            if what:
                return si, f"Lễ {m.group('rite').lower()} {' '.join(what)}", m.start()
    return None


def _announcer(ctx: ArticleContext, si: int, verb: int) -> str | None:
    """The body that announces: named right before the verb at ``verb`` ("Thanh tra Chính phủ đã công bố …")."""
    before = [r for r in ctx.resolved[si].values() if r.kind == ORG and r.span.end <= verb
              and re.fullmatch(r"\s*(?:(?:đã|vừa|chính thức)\s+)*", ctx.text[r.span.end:verb])]
    return before[-1].key if before else None


_SOURCE_BEFORE = re.compile(r"(?<!\w)(?:tin từ|nguồn tin từ|theo tin từ|theo thông tin từ)(?:\s+(?:cổng thông tin|trang tin)"
                            r"(?: điện tử)?(?: của)?)?\s*$", re.IGNORECASE)


def _meeting(ctx: ArticleContext):
    """A lede sentence where a body meets ("Bộ Chính trị, Ban Bí thư đã họp …"): the first body of the list before
    the verb; not the body the news comes from ("tin từ Cổng thông tin Chính phủ, Ban Bí thư vừa họp …")."""
    for si in range(min(len(ctx.sentences), LEDE_SENTENCES)):
        bodies = sorted((r for r in ctx.resolved[si].values() if r.kind == ORG), key=lambda r: r.span.i)
        for r in bodies:
            met = _MET_RE.match(ctx.text[r.span.end:ctx.sentences[si].end])
            if met is None:
                continue
            if _SOURCE_BEFORE.search(ctx.text, max(0, r.span.start - 40), r.span.start):
                continue  # "tin từ Cổng thông tin Chính phủ, Ban Bí thư vừa họp": where the news is from
            return si, r
    return None


def _main_event(ctx: ArticleContext) -> tuple[int, int, int, str] | None:
    first = None
    for si, s in enumerate(ctx.sentences):
        for k in range(len(s.tokens)):
            m = _keyword_at(s.tokens, k)
            if m and (_many_of_a_kind(s.tokens, k) or _listed_trade(s.tokens, k, m[0][0]) or _in_quoted_words(ctx, si, k)
                      or _election_by_body(s.tokens, k, m[0][1])
                      or _PREPARED.search(ctx.text, max(0, s.tokens[k].start - 40), s.tokens[k].start)):
                continue  # nor "… sắp tới là bầu cử Quốc hội": an election the story names in passing, nor one
                # prepared for ("cho ý kiến việc chuẩn bị nội dung kỳ họp cuối năm")
            if m:
                hit = (si, k, m[0][0], m[0][1])
                if si < LEDE_SENTENCES:
                    return hit
                first = first or hit
                break
    return first


# "Bộ trưởng Văn hóa: 'Đã không còn lễ hội chém lợn'": a quotation opened after a colon, still open
_QUOTED_WORDS = re.compile(r":\s*['‘“\"][^'’”\"]*$")


def _in_quoted_words(ctx: ArticleContext, si: int, k: int) -> bool:
    """Is the k-th token of the headline inside words quoted after a colon ("A: '…'"), which say what someone said,
    not what the story reports? (In the body, quoted words may well tell of the sitting the story is about.)"""
    return si == 0 and bool(_QUOTED_WORDS.search(ctx.text, ctx.sentences[si].start, ctx.sentences[si].tokens[k].start))


def _listed_trade(toks, k: int, j: int) -> bool:
    """A bare lower-case keyword listed among trades or services ("du lịch sinh thái; hội nghị, triển lãm quốc tế"):
    a kind of business, no event."""
    if not (0 < k and toks[k].text.islower() and toks[k - 1].text in (",", ";", ":")):
        return False
    end = j
    while end < len(toks) and end - j < 3 and toks[end].text.isalpha() and toks[end].text.islower() \
            and toks[end].text != "và":
        end += 1  # "triển lãm quốc tế, …": the trade's own lower-case words
    return end < len(toks) and toks[end].text in (",", ";", "và")


def _many_of_a_kind(toks, k: int) -> bool:
    """A keyword that names no one event: many of a kind ("các hội nghị", "sau các cuộc hội đàm này")."""
    return _counted(toks, k) or k > 1 and toks[k - 1].lower in ("cuộc", "buổi") and _counted(toks, k - 1)


def _date(ctx: ArticleContext, ex: Extraction, event_si: int, named_end: int | None = None,
          name_end: int | None = None, topic: bool = False) -> str | None:
    """The event's date: its sentence's first, unless a span of days it is held over follows its keyword
    ("tối 23/4, X phát biểu tại Hội nghị Y, được tổ chức trong hai ngày 22 và 23/4") or a date is written right
    after its whole name ("tại cuộc họp về X chiều 15/2"); else the lede's. An event the sentence's words are
    about (``topic``) has only the dates written with its name."""
    legal_ends = _document_ends(ex)
    order = [event_si] + [i for i in range(min(len(ctx.sentences), LEDE_SENTENCES)) if i != event_si]
    for si in order:
        own = [d for d in ctx.dates(si) if not _document_date(ctx.text, d, legal_ends)  # not a cited document's,
               and not _BACKGROUND_BEFORE.search(ctx.text, max(0, d.start - 30), d.start)]  # nor the background's
        if si == event_si and named_end is not None:
            own = [d for d in _held_when(ctx.text, named_end, own)
                   if _span_of_days(ctx.text, d)] + [
                d for d in own if name_end is not None and 0 <= d.start - name_end < RIGHT_AFTER_CHARS
                and _RIGHT_AFTER.fullmatch(ctx.text, name_end, d.start)] + ([] if topic else own)
        elif topic:
            break
        for d in own:
            iso = ctx.resolve(d)
            if iso:
                return iso
        if own and si == event_si:
            return None  # the event's own date, with no year to be had: not some other sentence's date
        if si == event_si and not own and not topic and (told := _told_day(ctx, si)):
            return told  # "Chủ tịch nước hôm nay đón tiếp …": the day the article is told
        if si == event_si and not own and named_end is not None and month_years(ctx.text, named_end, min(
                ctx.sentences[si].end, (name_end or named_end) + MONTH_AFTER_NAME_CHARS)):
            return None  # "tại kỳ họp HĐND thành phố cuối tháng 12/2018": held that month, on no day the lede tells
    return None


# "Buổi làm việc này diễn ra trong bối cảnh ngày 22.9 Chính phủ ban hành Kế hoạch 130": the day of what set the scene
_BACKGROUND_BEFORE = re.compile(r"(?<!\w)bối cảnh(?:\s+(?:là|khi|mà))?(?:\s+(?:vào|hôm))?(?:\s+ngày)?\s*$", re.IGNORECASE)
_YESTERDAY_RE = re.compile(r"(?<!\w)(?:hôm qua|sáng qua|chiều qua|tối qua|trưa qua)(?!\w)", re.IGNORECASE)


def _told_day(ctx: ArticleContext, si: int) -> str | None:
    """'hôm nay', 'sáng nay' in a sentence of a dated article: the article's day; 'hôm qua': the day before."""
    published = ctx.adoc.doc.date
    if not published:
        return None
    text = ctx.sentence_text(si)
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    if _TODAY_RE.search(text):
        return day.isoformat()
    if _YESTERDAY_RE.search(text):
        return (day - timedelta(days=1)).isoformat()
    return None


def _document_ends(ex: Extraction) -> list[int]:
    """Where the cited documents with a number end: a date right after one is the document's."""
    return [m.end for m in ex.mentions if m.kind == LEGISLATION and not m.key.startswith(("luật", "bộ luật"))]


def _document_date(text: str, d, legal_ends: list[int]) -> bool:
    """A date written right after a cited document is its date ("Nghị quyết 57 ngày 22/12"), unless a time
    of day says it is when something happened ("… theo Nghị quyết 98, sáng 15/12"). The ends of a span of
    years ("92 năm Ngày Báo chí (21/6/1925 - 21/6/2017)") are no event's date either."""
    if _SPAN_AFTER.match(text, d.end) or _SPAN_BEFORE.search(text[max(0, d.start - 16):d.start]):
        return True
    return any(0 <= d.start - e <= 14 and not TIME_OF_DAY.search(text[e:d.end]) for e in legal_ends)


_SPAN_AFTER = re.compile(r"\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d")
_SPAN_BEFORE = re.compile(r"\d[/.-](?:19|20)\d\d\s*[-–]\s*$")


def _organizer(ctx: ArticleContext, event_si: int, event_start: int) -> str | None:
    for si in range(0, min(len(ctx.sentences), max(event_si + 2, 3))):
        toks = ctx.sentences[si].tokens
        for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
            if r.kind != ORG:
                continue
            end = r.span.end
            place = next((p for p in ctx.resolved[si].values() if p.kind == PLACE and p.span.i >= r.span.j
                          and all(t.lower in _LEVEL_WORDS for t in toks[r.span.j:p.span.i])), None)
            if place is None and r.span.j < len(toks) and toks[r.span.j].text == ",":
                place = next((p for p in ctx.resolved[si].values() if p.kind == PLACE and p.span.i > r.span.j
                              and p.span.payload.kind in ("tỉnh", "thành phố")
                              and all(t.lower in _LEVEL_WORDS for t in toks[r.span.j + 1:p.span.i])), None)
            if place is not None:  # "Ban Chấp hành Đảng bộ | thành phố Hà Nội | tổ chức …": the place completes the name
                end = place.span.end
            after = ctx.text[end:ctx.sentences[si].end]
            if _ORGANISED_RE.match(after) or _MET_RE.match(after):  # a body that meets holds its own session
                return _first_of_list(ctx, si, r).key
            before = ctx.text[max(ctx.sentences[si].start, r.span.start - 16):r.span.start]
            between = ctx.text[event_start:r.span.start]
            if si == event_si and r.span.start > event_start and (_BY_RE.search(before) or _ORDINAL_RE.search(before)) \
                    and len(between) < 120 and not re.search(r"[,.;:]", between) and not _names_document(between, _LEGAL_OF):
                return r.key
    return None


# "A, B và C tổ chức …"; "Viện 78 - Tổng cục II - Bộ Quốc phòng tổ chức …": a unit, then the bodies above it
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:,|và|,\s*và|\s[-–])\s*")


def _first_of_list(ctx: ArticleContext, si: int, last):
    """The first of the bodies listed before a verb they share ("A (…), B, C đã phối hợp tổ chức …"): the
    organiser named first."""
    orgs = sorted((r for r in ctx.resolved[si].values() if r.kind == ORG and r.span.end <= last.span.start),
                  key=lambda r: r.span.start)
    first = last
    for r in reversed(orgs):
        if _AT_PLACE.search(ctx.text, max(0, r.span.start - 6), r.span.start):
            break  # "tại Học viện X, Bộ Tài chính tổ chức …": where the event is held, not who holds it
        if _LIST_GAP.fullmatch(ctx.text, r.span.end, first.span.start):
            first = r
        elif _WORKS_WITH.fullmatch(ctx.text, r.span.end, first.span.start):
            return _first_of_list(ctx, si, r)  # "A phối hợp với B, C tổ chức …": A leads, B and C take part
        else:
            break
    return first


_AT_PLACE = re.compile(r"(?<!\w)(?:tại|ở)\s+$", re.IGNORECASE)
_WORKS_WITH = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:(?:đã|vừa|sẽ)\s+)?(?:phối hợp|cùng|kết hợp)(?:\s+với)?\s+", re.IGNORECASE)


def _location(ctx: ArticleContext, event_si: int) -> tuple[str | None, str | None]:
    """The place after "tại" in the event's sentence (else in the lede), and, when that place is a venue,
    the wider place written right after it ("tại Nhà Quốc hội ở Hà Nội", "tại Hội trường Thống Nhất, TP HCM")."""
    body = _premises_in(ctx, event_si)
    for si in [event_si] + list(range(min(len(ctx.sentences), LEDE_SENTENCES))):
        if si != event_si and body is not None:
            break  # "… hội kiến Thủ tướng tại Văn phòng Chính phủ": held on the body's premises, not in the lede's city
        toks = ctx.sentences[si].tokens
        places = sorted((r for r in ctx.resolved[si].values() if r.kind == PLACE
                         and r.span.payload.kind != lexicon.REGION and r.key != _HOME), key=lambda r: r.span.i)
        # (not "châu Á"; nor Vietnam, which holds every event its press reports and says no more where one was)
        for r in places if si == event_si and body is not None else ():
            if body.span.j <= r.span.i and all(t.lower in _WIDER_GAP for t in toks[body.span.j:r.span.i]):
                return None, r.key  # "tại Câu lạc bộ Bạch Đằng (Hải Phòng)": the body's premises, in that city
        for n, r in enumerate(places):
            window = [t.lower for t in toks[max(0, r.span.i - 6):r.span.i]]
            if "tại" in window:
                # not "tại điểm cầu …", nor a birthplace ("sinh năm 1970 tại Thái Thụy") or a home ("trú tại ấp
                # Chợ"), nor where an envoy is
                # posted ("Đại sứ Pháp tại Việt Nam", "các đại sứ quán tại Hà Nội")
                held_at = "cầu" not in window[window.index("tại"):] \
                    and not NOT_HELD_AT.intersection(window[:window.index("tại")]) \
                    and not any(sp.kind == TITLE and sp.j == r.span.i for sp in ctx.spans[si]) \
                    and not _POSTED_AT.search(" ".join(t.lower for t in toks[max(0, r.span.i - 9):r.span.i]))
            else:  # "ở" says where of a building or a foreign city ("ở thủ đô Matxcơva"), not of a province ("ở Hà
                # Nội" is vaguer)
                at = r.span.i - (2 if [t.lower for t in toks[max(0, r.span.i - 2):r.span.i]] == ["thủ", "đô"] else 0)
                held_at = at > 0 and toks[at - 1].lower == "ở" and (
                    r.span.payload.kind in (VENUE, FOREIGN_CITY)  # (but "tổ chức ngày 29-5 ở TP.HCM": held there)
                    or _HELD_BEFORE.search(" ".join(t.lower for t in toks[max(0, at - 7):at - 1])) is not None)
            if held_at:
                wider = _venue_city(places, n, toks) if r.span.payload.kind == VENUE else None
                if r.span.payload.kind != VENUE and (venue := _lede_venue_in(ctx, r.key, event_si)) is not None:
                    return venue, r.key  # "… diễn ra tại Hà Nội" after the lede's "tại khách sạn Marriott, Hà Nội"
                return r.key, wider
    return _place_named_in(ctx, event_si), None


_HOME = place_key("Việt Nam")
# a verb of holding an event just before "ở" and its place: "… tổ chức ngày 29-5 ở TP.HCM", "diễn ra ở Đà Nẵng"
_HELD_BEFORE = re.compile(r"(?<!\w)(?:tổ chức|diễn ra|khai mạc|bế mạc|khai trương|khánh thành|khởi công)(?!\w)")
_WIDER_GAP = frozenset({"(", ",", "ở", "thuộc", "tại"})  # between a body and the place it stands in
NOT_HELD_AT = frozenset({"sinh", "trú", "ngụ", "sống", "quê"})  # where someone was born or lives, before "tại"


def _venue_city(places: list, n: int, toks) -> str | None:
    """The city written right after the venue places[n] ("tại Nhà Quốc hội ở Hà Nội", "tại Hội trường Thống Nhất,
    TP HCM"), if any."""
    if n + 1 >= len(places):
        return None
    nxt = places[n + 1]
    gap = [t.lower for t in toks[places[n].span.j:nxt.span.i]]
    if nxt.span.payload.kind != VENUE and gap in (["ở"], [","], ["tại"], ["thuộc"], [",", "thủ", "đô"], ["("]):
        return nxt.key
    return None


def _lede_venue_in(ctx: ArticleContext, city: str, event_si: int) -> str | None:
    """A venue the lede says something is held at ("tại khách sạn Marriott, Hà Nội") in the city an event's own
    sentence names: the event's more exact place."""
    for si in range(min(len(ctx.sentences), LEDE_SENTENCES)):
        if si == event_si:
            continue
        toks = ctx.sentences[si].tokens
        places = sorted((r for r in ctx.resolved[si].values() if r.kind == PLACE), key=lambda r: r.span.i)
        for n, r in enumerate(places):
            if r.span.payload.kind == VENUE and r.span.i > 0 and toks[r.span.i - 1].lower == "tại" \
                    and _venue_city(places, n, toks) == city:
                return r.key
    return None


def _story_city(ctx: ArticleContext) -> str | None:
    """The one city or province the lede says the story happens in ("Sáng 6/6, tại Tokyo, Nhật Bản, …"), if it
    names one and no other after "tại"."""
    found = set()
    for si in range(min(len(ctx.sentences), LEDE_SENTENCES)):
        toks = ctx.sentences[si].tokens
        for r in ctx.resolved[si].values():
            if r.kind == PLACE and r.span.i > 0 and toks[r.span.i - 1].lower == "tại" \
                    and r.span.payload.kind in (FOREIGN_CITY, "tỉnh", "thành phố", "thành phố thuộc tỉnh"):
                found.add(r.key)
    return found.pop() if len(found) == 1 else None


def _premises(ctx: ArticleContext, ex: Extraction, event: EventFact) -> str | None:
    """A body named right after "tại" in the event's sentence, when no place is ("Chiều 27/4, tại Ban Tuyên giáo
    Trung ương diễn ra Hội nghị …", "… kiểm tra tại Bệnh viện Phổi Đà Nẵng"), or the body a visit goes to ("thăm
    Đại học Wageningen"): the event is held on its premises, a place of the body's name."""
    si = _sentence_of(ctx, event.evidence)
    r = _premises_in(ctx, si, event.name, event.kind == "visit") if si is not None else None
    if r is None:
        return None
    body = ex.entities[(ORG, r.key)]
    place = ex.entity(PLACE, r.key, body.name, "Place")
    place.alt_names |= body.alt_names
    place.attrs["premises_of"] = r.key
    return r.key


def _premises_in(ctx: ArticleContext, si: int, name: str = "", visit: bool = False):
    """The body sentence si holds its event at ("tại Văn phòng Chính phủ"), or a visit goes to, if any."""
    toks, start = ctx.sentences[si].tokens, ctx.sentences[si].start
    for r in sorted(ctx.resolved[si].values(), key=lambda r: r.span.i):
        visited = visit and r.kind == ORG and r.span.i > 0 and toks[r.span.i - 1].lower == "thăm"
        if not visited and (r.kind != ORG or r.span.i == 0 or toks[r.span.i - 1].lower != "tại"
                            or _POSTED_AT.search(" ".join(t.lower for t in toks[max(0, r.span.i - 11):r.span.i]))):
            continue  # "Phái đoàn Đại diện thường trực Việt Nam tại Liên hợp quốc": where an envoy serves
        before = ctx.text[start:toks[r.span.i - 1].start].rstrip()
        if not (visited or not before or before.endswith(",") or (name and before.endswith(name[1:]))
                or _HELD_THERE.search(before)):
            continue  # "sinh hoạt tại Đảng bộ phường 13", "tài sản … tại Công ty X": not where the event is
        return r
    return None


# verbs of an event held or a visit made at a place: "… đến kiểm tra công tác phòng dịch tại Bệnh viện X"
_HELD_THERE = re.compile(r"(?<!\w)(?:làm việc|kiểm tra|diễn ra|tổ chức|khai mạc|bế mạc|họp|thăm|dự|tiếp|hội đàm|hội kiến|gặp|"
                         r"phát biểu|công bố)(?:\s+[^\s,.;]+){0,8}$", re.IGNORECASE)


def _place_named_in(ctx: ArticleContext, si: int) -> str | None:
    """A venue or a city the event's own sentence names without "tại" ("Khai mạc Festival trà ở Trung tâm …",
    "Quy Nhơn: khai mạc …"), when no place is said to hold it: the first, unless an envoy is posted there."""
    toks = ctx.sentences[si].tokens
    for r in sorted((r for r in ctx.resolved[si].values() if r.kind == PLACE), key=lambda r: r.span.i):
        if r.span.payload.kind in _NAMED_HOLDERS and not _POSTED_AT.search(
                " ".join(t.lower for t in toks[max(0, r.span.i - 9):r.span.i])) \
                and not _TOPIC_RIGHT_BEFORE.search(ctx.text, max(0, r.span.start - 30), r.span.start) \
                and not (r.span.i > 0 and toks[r.span.i - 1].lower in _LEFT_FROM):
            return r.key  # not what the event is about: "hội thảo về Chiến thắng Điện Biên Phủ"; not where one
            # leaves from ("rời Hà Nội, lên đường sang Thượng Hải tham dự …")
    return None


_LEFT_FROM = frozenset({"rời", "từ", "khỏi"})
_NAMED_HOLDERS = frozenset({VENUE, FOREIGN_CITY, "thành phố", "thành phố thuộc tỉnh"})


# an envoy's posting before "tại": the place is where they serve, not where the event is
# (matched on tokens' folded text: "phái đòan")
_POSTED_AT = re.compile(fold(r"(?<!\w)(?:đại sứ|đại sứ quán|tổng lãnh sự|lãnh sự quán|trưởng đại diện|văn phòng đại diện|"
                             r"cơ quan đại diện|phái đoàn|tùy viên|các nước)(?:\s+(?!diễn ra|tổ chức|khai mạc|họp)[^\s]+){0,6}"
                             r"\s+tại$"))  # not "… các nước thành viên UNCLOS diễn ra tại New York": held there


_VISIT_WORDS = frozenset({"chính", "thức", "cấp", "nhà", "nước", "hữu", "nghị", "làm", "việc", "đến", "tới", "tại",
                          "sang", "thăm", "và", "song", "phương"})


_VISIT_KIND = "|".join(sorted(_VISIT_WORDS - {"tại"}))
_VISIT_THEN_PLACE = re.compile(rf"(?<!\w)(?:thăm|công du)(?:\s+(?:{_VISIT_KIND}))*\s+", re.IGNORECASE)


def _destinations_in_name(ex: Extraction, name: str) -> list[str]:
    """The countries or cities a visit's own name says it goes to ("Chuyến thăm chính thức Hoa Kỳ", "chuyến thăm
    Belarus và Liên bang Nga"), first named first."""
    forms = sorted(((form, e.key) for e in ex.of_kind(PLACE) if e.cls in ("Country", "City", "AdministrativeArea")
                    for form in (e.name, *e.alt_names)), key=lambda f: -len(f[0]))
    found, starts = [], [m.end() for m in _VISIT_THEN_PLACE.finditer(name)]
    while starts:
        at = starts.pop()
        for form, key in forms:
            if name.startswith(form, at) and not name[at + len(form):at + len(form) + 1].isalnum():
                found.append((at, key))
                if (more := _AND_RE.match(name, at + len(form))) is not None:
                    starts.append(more.end())  # "Belarus | và Liên bang Nga"
                break
    return [key for _, key in sorted(found)]


_AND_RE = re.compile(r"\s*(?:,|và)\s*")
_GOES_TO = re.compile(r"\s+(?:đến|tới|sang)\s+", re.IGNORECASE)


def _destination_after_name(ctx: ArticleContext, event: EventFact) -> list[str]:
    """The country or city written right after a visit's name in its sentence, after "đến"/"tới" ("trong khuôn khổ
    chuyến thăm cấp nhà nước | đến Ấn Độ"): where the visit goes."""
    written = _name_written(ctx, event)
    if written is None or not (m := _GOES_TO.match(ctx.text, written[2])):
        return []
    si = written[0]
    return [r.key for r in ctx.resolved[si].values() if r.kind == PLACE and r.span.start == m.end()
            and getattr(r.span.payload, "kind", "") in ("quốc gia", "thành phố", "tỉnh")][:1]


def _within_any(ex: Extraction, key: str | None, places: list[str]) -> bool:
    """Whether a place is one of the given places or, by what the lexicons know, inside one ("Saint Petersburg" in
    a visit to "Belarus và Liên bang Nga")."""
    _hold_in_wider_places(ex, key)
    for _ in range(WIDER_PLACE_LEVELS + 1):
        if key is None:
            return False
        if key in places:
            return True
        place = ex.entities.get((PLACE, key))
        key = place.attrs.get("within") if place is not None else None
    return False


# "Thủ tướng đã có cuộc tiếp lãnh đạo tập đoàn A": the subject held the event the sentence names (not "sẽ có")
_HAD_IT = re.compile(r"(?<!sẽ )(?<!sắp )(?<!\w)(?:đã |vừa |cũng )?có\s+$", re.IGNORECASE)
_PRESENT_RE = re.compile(fold(r"(?<!\w)(?:tham dự|dự|chủ trì|chủ tọa|có mặt|đến dự)(?!\w)(?! án| kiến| thảo| báo| toán)"))
_DISCIPLINE_RE = re.compile(r"(?<!\w)(?:kỷ luật|khiển trách|cảnh cáo|cách chức|khai trừ|vi phạm|khởi tố|bắt giam|miễn nhiệm|bãi nhiệm)(?!\w)")
_ELECTS_RE = re.compile(r"(?<!\w)(?:bầu|bổ nhiệm|điều động|phê chuẩn)(?!\w)", re.IGNORECASE)
_SUBJECT_OF_PASSIVE = re.compile(r"\s*(?:(?:đã|vừa|tiếp tục)\s+)*được(?!\w)", re.IGNORECASE)  # "X được bầu": a new clause
# "Trước đó, …" opens words from before the event; not "Trước đó, ở phần chất vấn …", an earlier part of it
_SENDS_WORDS_RE = re.compile(fold(r"(?<!\w)gửi lời(?!\w)"))
_MESSAGE_SENT_RE = re.compile(fold(r"(?<!\w)(?:gửi (?:thư|điện|thông điệp|lẵng hoa|lãng hoa)|điện mừng|thư chúc mừng|"
                                   r"điện chúc mừng|thư mừng)(?!\w)"))
# a sentence that opens on the day of the event told before it tells another event ("Chiều cùng ngày, …")
_ANOTHER_THE_SAME_DAY = re.compile(r"\s*(?:(?:sáng|chiều|trưa|tối|đêm)\s+)?" + _SAME_DAY_RE.pattern)
_EARLIER_RE = re.compile(r"\s*(?:trước đó|trước đấy)\s*,(?!\s*(?:ở|tại|trong) (?:phần|phiên))")
# a reaction to what an event decided or announced, anywhere in the sentence: "Nhận xét về kết luận này, ông A …",
# "Bình luận về quyết định trên, …", "… nhận xét: “Qua thông báo của Ủy ban Kiểm tra …”"
_REACTION_RE = re.compile(r"(?<!\w)(?:(?:nhận xét|bình luận|phản hồi|bày tỏ quan điểm)\s+(?:về|trước)\s+(?:các |những )?"
                          r"(?:kết luận|quyết định|thông báo|việc kỷ luật|hình thức kỷ luật)|"
                          r"qua (?:các |những )?(?:thông báo|kết luận)(?!\w))")
_PLANNED_RE = re.compile(r"(?<!\w)dự kiến (?:sẽ )?(?:hội kiến|hội đàm|gặp|thăm|tiếp|làm việc|dự)(?!\w)")
# "Như lời chủ tịch A từng nhấn mạnh": words said once, before this event
_ONCE_RE = re.compile(r"(?<!\w)(?:đã )?từng (?:nhấn mạnh|nói|phát biểu|cho biết|khẳng định|chia sẻ|tham dự|dự|thăm|gặp|tiếp)(?!\w)")
_CHAIRS_RE = re.compile(r"(?<!\w)(?:(?:đã|vừa|sẽ|cùng)\s+)*(?:chủ trì|chủ tọa)(?!\w)")
# "Thủ tướng giao Phó Thủ tướng X …", "mặc niệm nguyên Tổng Bí thư X", "tình cảm dành cho Chủ tịch nước X"
CITED_BEFORE = ("của", "thay mặt", "gửi", "tới", "tư tưởng", "giao", "phân công", "dành cho", "viếng", "mặc niệm",
                "tưởng niệm", "tiễn đưa", "cố", "tri ân", "đối với", "theo", "dưới thời", "chính quyền", "yêu cầu",
                "về", "việc")
PRESENT_OF = ("chủ trì của", "tham dự của", "chứng kiến của", "có mặt của", "điều hành của",
              "dự của", "tham gia của", "góp mặt của",
              "câu hỏi của", "chất vấn của")  # "trả lời câu hỏi của đại biểu A": A asks, in the room


def _own_dates(ctx: ArticleContext, si: int) -> list:
    """The days sentence si names as its own: no cited document's date, no day a count runs to."""
    return [d for d in ctx.dates(si) if not _document_date(ctx.text, d, ctx.memo.get("document ends", ()))
            and not _CUT_OFF.search(ctx.text, max(0, d.start - 30), d.start)]


def _dated_elsewhere(ctx: ArticleContext, si: int) -> bool:
    """Does sentence si name a day of its own?"""
    return bool(_own_dates(ctx, si))


def _another_day(ctx: ArticleContext, si: int, day: str) -> bool:
    """Does the sentence date itself, and only to days other than this one, or else only to past months other
    than this one's ("… trong cuộc gặp giữa A và B hồi tháng 8-2017" in a story of 5/3/2018)?"""
    # (not the date of a document cited: "theo Nghị quyết số 77/NQ-CP ngày 24/10/2014, …")
    days = {ctx.resolve(d) for d in _own_dates(ctx, si)}
    if days - {None}:
        return day not in days
    s = ctx.sentences[si]
    months = {(int(m.group("y")), int(m.group(1))) for m in PAST_MONTH_RE.finditer(ctx.text, s.start, s.end)
              if m.group(1) and (PAST_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
                                 or PAST_AFTER.match(ctx.text, m.end())
                                 or _OPENS_WITH_ITS_TIME.fullmatch(ctx.text, s.start, m.start())
                                 and ctx.text[m.end():m.end() + 1] == ",")  # "Tháng 9-2017, Thủ tướng A đã …"
              and not _CUT_OFF.search(ctx.text, max(0, m.start() - 30), m.start())}
    return bool(months) and (int(day[:4]), int(day[5:7])) not in months



_OPENS_WITH_ITS_TIME = re.compile(r"\s*(?:(?:vào|hồi|trong|cuối|đầu|giữa)\s+)?", re.IGNORECASE)


# the day a count runs to, no day anything happened on: "tính đến thời điểm 11-2018, … đã xử lý 844 vụ", "lũy kế
# đến hết ngày 30/11"
_CUT_OFF = re.compile(r"(?<!\w)(?:(?:tính|lũy kế|luỹ kế|cộng dồn)\s+(?:đến|tới)|đến hết|tới hết)(?:\s+hết)?"
                      r"(?:\s+(?:thời điểm|ngày|tháng|năm|cuối|đầu|giữa))*\s*$", re.IGNORECASE)


def _cited(ctx: ArticleContext, si: int, r) -> bool:
    """'theo chỉ đạo của Tổng Bí thư X', 'thay mặt Chủ tịch nước': a person named, not present."""
    toks = ctx.sentences[si].tokens
    start = r.span.i
    posts = {sp.j: sp for sp in ctx.spans[si] if sp.kind in ("TITLE", "ORG", "HONORIFIC", "PLACE")}
    titles = {sp.i: sp for sp in ctx.spans[si] if sp.kind == "TITLE"}
    while start in posts or (start in titles and toks[start - 1].text == "," and start - 1 in posts
                             and posts[start - 1].kind == "TITLE"):  # over the person's posts and bodies
        start = posts[start].i if start in posts else posts[start - 1].i  # "của Tổng Bí thư, Chủ tịch nước X"
    before = " ".join(t.lower for t in toks[max(0, start - 5):start])
    if before.endswith(PRESENT_OF):  # "dưới sự chủ trì của Tổng Bí thư X": present after all
        return False
    if before.endswith(" và") or before == "và":  # "… dành cho A và Chủ tịch nước B": as A is
        first = max((p for p in ctx.resolved[si].values() if p.kind == PERSON and p.span.j <= start - 1),
                    key=lambda p: p.span.i, default=None)
        return first is not None and start - first.span.j <= 2 and _cited(ctx, si, first)
    return before.endswith(CITED_BEFORE)


_TO_THE_PRESS_RE = re.compile(r"(?<!\w)(?:trả lời (?:phỏng vấn|báo chí|báo giới|phóng viên|pv)|(?:trao đổi|xác nhận) với (?:báo chí|báo giới|phóng viên|pv)"
                              r"|nói với (?:báo chí|báo giới|phóng viên|pv)|(?:phát biểu|chia sẻ) (?:trước|với) (?:báo chí|báo giới|phóng viên)"
                              r"|trên trang cá nhân|trên (?:twitter|facebook|mạng xã hội|tài khoản)|(?:bài|cuộc) phỏng vấn"
                              r"|(?<!theo )thông cáo|với (?:các )?(?:phóng viên|nhà báo)|bên hành lang"
                              # words written, not said there: "Trong bức điện, Tổng thống X nhấn mạnh …"
                              r"|trong (?:bức |lá )?(?:điện|thư|thông điệp|điện mừng|thư chúc mừng|bài viết|bài báo)"
                              # words another paper printed: "Thông tin trên báo Pháp luật TP.HCM, ông X cho biết …"
                              r"|trên (?:báo|tờ|tờ báo|trang|tạp chí))(?!\w)")


@lru_cache(maxsize=1)
def _to_an_outlet_re() -> re.Pattern:
    """'Trao đổi với Tuổi Trẻ, …', 'nói với báo Thanh Niên': words given to a newspaper the lexicon knows."""
    names = set()
    for o in lexicon.organizations():
        if o.cls != "NewsMediaOrganization":
            continue
        for form in (o.name, *o.aliases):
            names.add(fold(form))
            if form.startswith("Báo ") and len(form.split()) > 2:
                names.add(fold(form[4:]))  # "Báo Tuổi Trẻ" is told to as "Tuổi Trẻ"
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:trả lời|trao đổi|nói|chia sẻ|xác nhận|cho biết|thông tin) với "
                      r"(?:(?:báo|tờ|kênh|đài|phóng viên|pv)\s+)*(?:" + alternatives + r")(?!\w)")


# verbs that report what someone said: who is named after them is what was said, not who said it
_REPORTING_RE = re.compile(r"(?<!\w)(?:cho biết|cho hay|cho rằng|khẳng định|nhấn mạnh|chia sẻ|bày tỏ|nói|đánh giá)(?!\w)")


def _said_by(ctx: ArticleContext, si: int, folded: str, people) -> int | None:
    """Where the report of a person's words starts in sentence si ("Ông A cho biết | …"): the end of the first
    reporting verb with a person named before it, else None."""
    start = ctx.sentences[si].start
    for m in _REPORTING_RE.finditer(folded):
        if any(r.span.end <= start + m.start() for r in people):
            return start + m.end()
    return None


def _quoted(text: str, start: int, end: int, span) -> bool:
    """Is a name inside quoted words of its sentence, opened before it or closed after it?"""
    marks_before = re.findall(r'[“”"]', text[start:span.start])
    marks_after = re.findall(r'[“”"]', text[span.end:end])
    if len(marks_before) % 2:
        return True  # a quote opened before the name is still open
    if len(marks_after) % 2 == 0:
        return False
    # a quote opened in an earlier sentence closes after the name: a closing mark, or a straight one the
    # speaker's attribution follows ("… với đồng chí X ", ông Y nói.")
    close = text.find(marks_after[0], span.end, end)
    return marks_after[0] == "”" or text[close + 1:close + 3].lstrip()[:1] in (",", "-", "–")


# "Theo ông A, …", "Cũng theo Thứ trưởng A, …": words attributed to A; not "Theo quy định của …"
# "Tại hội nghị, theo ông A, …": after where the words were said
_ACCORDING_TO = re.compile(r"\s*(?P<at>tại\s+(?:buổi|cuộc|phiên|lễ|hội)[^,.;]{0,40},\s*)?(?:(?:cũng|còn|nhưng|tuy nhiên,?)\s+)?"
                           r"theo\s+", re.IGNORECASE)


_CHAIN_JOINERS = re.compile(r",\s*kiêm(?: phụ trách)?\s")  # "Thứ trưởng GTVT, kiêm phụ trách HĐTV Tổng công ty …"
_POST_CHAIN_GOES_ON = re.compile(r",\s*(?:kiêm\s+)?\S")


def _next_word_start(text: str, at: int) -> int:
    """Where the first word after position ``at`` (a comma) starts."""
    k = at + 1
    while k < len(text) and text[k].isspace():
        k += 1
    return k


def _according_to(ctx: ArticleContext, si: int, people) -> object | None:
    """The person a sentence opens by attributing its words to ("Theo Giám đốc Sở Y tế A, …"): named before the
    sentence's first comma, after "theo" and the person's posts only."""
    s = ctx.sentences[si]
    m = _ACCORDING_TO.match(ctx.text, s.start, s.end)
    if m is None:
        return None
    first = min(people, key=lambda r: r.span.start)
    titles = {sp.start for sp in ctx.spans[si] if sp.kind == TITLE}
    comma = ctx.text.find(",", m.end() if m.group("at") else s.start, s.end)
    while 0 <= comma < first.span.start and _POST_CHAIN_GOES_ON.match(ctx.text, comma) \
            and (ctx.text[comma + 1:comma + 6].lstrip().startswith("kiêm") or _next_word_start(ctx.text, comma) in titles):
        comma = ctx.text.find(",", comma + 1, s.end)  # "Theo Thứ trưởng GTVT, kiêm phụ trách HĐTV … A, …": A's chain
    if comma < 0:
        return None
    if first.span.end > comma or not ctx.text[first.span.end:comma].strip(" ()") == "" \
            and not re.fullmatch(r"\s*(?:\([^()]*\)|[-–,][^,]*)?\s*", ctx.text[first.span.end:comma]):
        return None
    between = [sp for sp in ctx.spans[si] if m.end() <= sp.start and sp.end <= first.span.start]
    covered = sum(sp.end - sp.start for sp in between)
    joiners = sum(len(j) for j in _CHAIN_JOINERS.findall(ctx.text, m.end(), first.span.start))
    if len(ctx.text[m.end():first.span.start].strip()) > covered + joiners + 6:
        return None  # "Theo quy định của Bộ, ông A …": the words are the rule's
    return first


def _subject_of_cue(cue_text: str, after: int) -> bool:
    """Does a cue word follow a person ending at ``after`` (the person is its subject: "Bộ trưởng A nhấn mạnh"), or
    open the sentence in a clause before them ("Phát biểu tại hội nghị, Bộ trưởng A …")?"""
    if any(rx.search(cue_text, after) for _, rx in _CUE_RES):
        return True
    comma = cue_text.find(",")
    return 0 <= comma < after and any(rx.search(cue_text, 0, comma) for _, rx in _CUE_RES)


_ABSENT_RE = re.compile(fold(r"(?<!\w)(?:(?:không|chưa|vắng|không thể|từ chối|hủy|huỷ)\s+(?:kế hoạch\s+)?"
                             r"(?:tham dự|dự|có mặt|đến dự|thăm)|vắng mặt)(?!\w)"))


def _speaks_of(cue_text: str, after: int, before: int) -> bool:
    """"Ông A, Phó Giám đốc Công an TP, cho biết đã xử lý các hành vi vi phạm": a person whose own verb of speaking
    follows them (past their posts and bodies, blanked in ``cue_text``) and comes before the breach speaks of it, and
    is at the event; whom a meeting disciplines is not."""
    if not 0 <= after < before:
        return False
    cue = _CUE_OF["speaker"].search(cue_text, after, before)
    return cue is not None and _BEFORE_OWN_CUE.fullmatch(cue_text[after:cue.start()]) is not None


def _speaks_after_a_clause(cue_text: str, breach: re.Match, start: int, end: int) -> bool:
    """"Là địa phương có nhiều vi phạm, ông A cho biết …": a breach named in a clause before the person, who then
    speaks, is what the words are about; the speaker is at the event."""
    return breach.end() <= start and "," in cue_text[breach.end():start] and _speaks_of(cue_text, end, len(cue_text))


# between a speaker and their own verb: their posts (blanked), an aside on where they are from ("cử tri A (Ba Đình)
# đặt vấn đề"), and a few adverbs
_BEFORE_OWN_CUE = re.compile(r"[\s,()–-]*(?:\([^()]{1,40}\)[\s,–-]*)?(?:(?:đã|cũng|thì)\s+)*")


_WHAT_IT_SAYS = re.compile(r"[^.;]*?(?:,\s*)?(?:trong đó|theo đó)\s[^.;]*$", re.IGNORECASE)


def _in_a_documents_words(ctx: ArticleContext, start: int, at: int) -> bool:
    """Is a person at ``at`` named in what a document cited before it in the sentence says ("… Thông báo số
    241/TB-VPCP của Văn phòng Chính phủ, trong đó Phó Thủ tướng A yêu cầu …")?"""
    ends = [e for e in ctx.memo.get("document ends", ()) if start <= e <= at]
    return bool(ends) and _WHAT_IT_SAYS.fullmatch(ctx.text, max(ends), at) is not None


def _participants(ctx: ArticleContext, event: EventFact, only: set[int] | None = None) -> None:
    published = ctx.adoc.doc.date
    if published and event.date and event.date > published[:10]:
        event.participants = []  # an event the article announces: nobody has attended it yet
        return
    seen: dict[str, Participation] = {}
    rank = {"chair": 0, "speaker": 1, "honoured": 2, "attendee": 3}
    mourning = _MOURNING.search(event.name) is not None
    told_in = _sentence_of(ctx, event.evidence)
    told_today = told_in is not None and _TODAY_RE.search(ctx.sentence_text(told_in)) is not None
    for si, s in enumerate(ctx.sentences):
        if only is not None and si not in only:
            continue
        people = [r for r in ctx.resolved[si].values() if r.kind == PERSON]
        if not people:
            continue
        if only is None and event.date and _another_day(ctx, si, event.date):
            continue  # "Ngày 24/2, đêm thơ … do MC Phan Đăng dẫn dắt": a sentence about another day's event
        if only is None and event.date is None and told_today and si != told_in and _dated_elsewhere(ctx, si):
            continue  # an undated event "sáng nay": not the day "hôm 24/5" that another sentence names
        folded = fold(ctx.sentence_text(si))
        cue_text = _cue_text(ctx, si)
        how = _participation(cue_text)
        names_kind = _names_this_event(ctx, si, event)
        if how is None and names_kind:
            how = "attendee"  # a sentence that names an event of this one's kind: its people are at it
        speaking = _according_to(ctx, si, people)  # "Theo Thứ trưởng A, …": A's words
        if how is None and speaking is not None and (names_kind or only is not None
                                                     or 0 <= s.start - event.evidence.start < FAR_FROM_EVENT):
            how = "speaker"  # not "Theo ông A, …" paragraphs away from an event the sentence does not name
        if how is None:
            continue
        at_an_event = bool(_AT_AN_EVENT.match(folded))  # "Tại buổi lễ, …": the event told again, by another word
        if how == "attendee" and not names_kind and not at_an_event and only is None \
                and s.start - event.evidence.start >= FAR_FROM_EVENT:
            continue  # "Bên lề …, Thủ tướng đã tiếp ông X" paragraphs later: another meeting, not this event
        if how == "speaker" and only is None and event.date is None and s.start < event.evidence.start \
                and not names_kind and speaking is None:
            continue  # words told before an undated event the story names later: not said at it
        if _EARLIER_RE.match(folded) and not names_kind and only is None:
            continue  # "Trước đó, Phó Thủ tướng X cho biết …": words from before this event, not at it
        if _ANOTHER_THE_SAME_DAY.match(folded) and si != told_in and not names_kind and only is None:
            continue  # "Cùng ngày, tại cuộc tiếp …, Thủ tướng A khẳng định …": A at another event that day
        if _REACTION_RE.search(folded) and only is None and not at_an_event:
            continue  # "Nhận xét về kết luận này, ông A cho rằng …": words on what the event decided, said elsewhere
        if only is None and not names_kind and _opens_at_another_kind(ctx, si, event):
            continue  # "Tại phiên thảo luận ở tổ, đại biểu A cho rằng …": A's words at another event
        if _PLANNED_RE.search(folded) or _ONCE_RE.search(folded):
            continue  # "… cũng dự kiến hội kiến Thủ tướng X": a plan, not this event
        if event.kind not in ("press conference", "interview") \
                and (_TO_THE_PRESS_RE.search(folded) or _to_an_outlet_re().search(folded)):
            continue  # "Trả lời báo chí, luật sư X cho rằng …": words given to reporters, not at this event
        attending = _CUE_OF["attendee"].search(cue_text) is not None  # "Tham dự lễ khai mạc có ông A": A is there
        if _MESSAGE_SENT_RE.search(folded) and not attending:
            continue  # "Tổng Bí thư gửi thư chúc mừng Đại hội …": who sends a message to an event is not at it
        absent = _ABSENT_RE.search(folded)
        # "… phê bình ông A khi không tham dự hội nghị": the person named last before the absence was not there
        away = max((r for r in people if r.span.end - s.start <= absent.start()), key=lambda r: r.span.end,
                   default=None) if absent else None
        away = away.key if away is not None else None
        discipline = _DISCIPLINE_RE.search(folded)
        elects = _ELECTS_RE.search(ctx.text, s.start, s.end)
        said = _said_by(ctx, si, folded, people)
        sent = _SENDS_WORDS_RE.search(folded)
        for r in people:
            if (_cited(ctx, si, r) and r is not speaking) or r.key in historical_person_keys():
                continue
            if speaking is not None and r is not speaking and how == "speaker" and r.span.start > speaking.span.end:
                continue  # "Theo ông A, ông B đã …": whom A speaks of
            if r.key == away or (mourning and r.name in event.name):
                continue  # who was not there; whom a funeral or a memorial mourns ("Lễ tang cố Thủ tướng A")
            if how == "speaker" and speaking is None and not names_kind and not attending \
                    and not _subject_of_cue(cue_text, r.span.end - s.start):
                continue  # "Kết luận của hội thảo khẳng định … có sự tham gia của Tổng thống A": the words are not A's
            if _quoted(ctx.text, s.start, s.end, r.span):
                continue  # "“… như vụ Trịnh Xuân Thanh” - cử tri Hoàn nói": whom a quote speaks of
            if _in_a_documents_words(ctx, s.start, r.span.start):
                continue  # "… Thông báo số 241/TB-VPCP ngày 10/8, trong đó Phó Thủ tướng A yêu cầu …": A's words in it
            if said is not None and r.span.start > said:
                continue  # "ông A nói ông B chỉ thiếu chứng chỉ …": whom a speaker speaks of, not who is there
            if discipline and not _CHAIRS_RE.search(fold(ctx.text[max(s.start, r.span.start - 40):r.span.start])) \
                    and not _CHAIRS_RE.match(fold(ctx.text[r.span.end:min(s.end, r.span.end + 20)]).strip()) \
                    and not (r.span.kind == PERSON_SPAN and _speaks_of(cue_text, r.span.end - s.start, discipline.start())) \
                    and not (_speaks_after_a_clause(cue_text, discipline, r.span.start - s.start, r.span.end - s.start)
                             and not any(discipline.end() <= o.span.start - s.start < r.span.start - s.start
                                         for o in people)):  # not "kỷ luật ông A, ông B cho rằng …"
                continue  # "thi hành kỷ luật đồng chí X": whom a meeting decides on, not who sits in it
            if elects and r.span.start > elects.end() and not _CHAIRS_RE.search(fold(ctx.text[r.span.end:s.end])) \
                    and not _SUBJECT_OF_PASSIVE.match(ctx.text, r.span.end):
                continue  # "Kỳ họp đã bầu ông X làm Chủ tịch": whom a session elects or appoints, not who sits in it
            if sent and r.span.start - s.start > sent.end():
                continue  # "gửi lời chia buồn … đến gia đình nạn nhân A": to whom words are sent, not who is there
            old = seen.get(r.key)
            if old is None or rank[how] < rank[old.how]:
                seen[r.key] = Participation(r.key, how, ctx.evidence(si))
    event.participants = list(seen.values())

"""Posts held: link titles ("Bộ trưởng Bộ Tài chính") to the persons they describe.

Vietnamese news writes posts in four shapes, all handled here:
  before the name      "Ủy viên Trung ương Đảng, Phó Thủ tướng Vũ Đức Đam"
  appositive chain     "Nguyễn Xuân Phúc, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ; …"
  shared by a list     "các Thứ trưởng: Phan Tâm, Phạm Anh Tuấn, …"
  bare, later          "Phó Thủ tướng nhấn mạnh" (refers to the person last named with that post)
A post without its organisation takes it from the lexicon (a Phó Thủ tướng belongs to
Chính phủ), from the sentence ("Về phía Bộ TT&TT có … các Thứ trưởng"), from the same
person's other mentions, or from the article's main body of that kind.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lexicon
from ..textnorm import fold, has_vietnamese_letters, name_key
from .context import ArticleContext, ResolvedSpan
from .entities import historical_person_keys, org_key, place_key
from .gazetteer import gazetteer
from .model import ORG, PERSON, PLACE, Extraction, Membership
from .pronouns import pronoun_subjects
from .spans import (
    BUSINESS_HEADS,
    CITY,
    COMMITTEES,
    COUNT_WORDS,
    HONORIFIC,
    LEVEL_SHORTHAND,
    NOT_MINISTRIES,
    PROVINCE,
    ROMAN_NUMERALS,
    TITLE,
    OrgHit,
    Span,
    TitleHit,
    committee_place,
)
from .spans import ORG as S_ORG
from .spans import PERSON as S_PERSON
from .spans import PLACE as S_PLACE

LOCAL_BODY_HEADS = ("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "ủy ban nhân dân", "hội đồng nhân dân")
# national bodies every state has: followed by a foreign country, they are that state's ("Bộ Ngoại giao Lào")
STATE_BODIES = {"Bộ Ngoại giao", "Chính phủ", "Quốc hội", "Bộ Quốc phòng", "Bộ Công an", "Bộ Tài chính",
                "Bộ Công Thương", "Bộ Kế hoạch và Đầu tư", "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Nội vụ"}
CHAIN_JOINERS = {",", "kiêm", "và", "-", "–", "rồi"}  # "… Giám đốc Công ty X rồi Phó Chủ tịch HĐQT …": a career
# A post right after these words is their object ("báo cáo với Thủ tướng …"), not the start of a name's posts.
PREPOSITIONS = {"của", "với", "theo", "cho", "tới", "đến", "gửi", "thay", "mặt", "lên", "trước", "quyền", "giữa"}  # "ủy quyền"; "giữa A và B": two parties
MAX_TAIL = 6  # tokens of unrecognised text allowed after a post inside a chain ("Bí thư Ban cán sự Đảng")
# a chain of posts ends at a verb: "A, Phó trưởng đoàn ĐBQH được bầu làm Phó bí thư" (the appointment follows)
CLAUSE_VERBS = frozenset(("được", "là", "làm", "giữ", "bầu", "tái", "thay", "trở",  # "… trở thành Hiệu trưởng"
                          "đã", "sẽ", "vừa", "đang"))  # "A, Phó Chủ tịch UBND đã trao quyết định bổ nhiệm …"


@dataclass
class Post:
    """A title with the organisation written next to it (if any), as token range [i, j)."""

    title: TitleHit
    org: str | None  # org key
    org_name: str | None
    i: int
    j: int
    title_span: Span
    state: str | None = None  # the foreign state the post's body belongs to ("Quốc hội Lào" → "Lào")
    state_title: str | None = None  # "Bộ trưởng Ngoại giao Mỹ": also the state's post "Bộ trưởng Ngoại giao"
    listed: bool = False  # shared by a list of holders ("Bảy phó ban gồm các ông A, …; B, …"): one body for all


_SPEAKS = re.compile(r"\s*(?:cho biết|cho hay|nói|khẳng định|nhấn mạnh|chia sẻ|thông tin|phát biểu|trả lời)(?!\w)")


def _speaks_after(ctx: ArticleContext, si: int, pspan: Span) -> bool:
    """Does the person named by ``pspan`` speak next ("…, Trịnh Hữu Tuấn cho biết")?"""
    toks = ctx.sentences[si].tokens
    return pspan.j < len(toks) and _SPEAKS.match(ctx.text, toks[pspan.j].start) is not None


def _named_body_follows(ctx: ArticleContext, ex: Extraction, si: int, toks, post: Post) -> bool:
    """Is a post without a known body followed by a capitalised word that no step read and no one's name holds
    (the name of a body the lexicons do not know: "Chủ tịch Hội đồng chuyên gia …", not "Thủ tướng May")?"""
    j = post.j
    if post.org is not None or j >= len(toks) or j in ctx.resolved[si] or any(sp.i == j for sp in ctx.spans[si]):
        return False
    word = toks[j].text
    if not (word[:1].isupper() and word.isalpha()):
        return False
    return not any(word in person.name.split() for person in ex.of_kind(PERSON))


def run(ctx: ArticleContext, ex: Extraction) -> None:
    pending: list[tuple[int, str, Post]] = []  # (sentence, person key, post)
    unheld: dict[str, Post] = {}  # base title -> a post written with its body but nobody's ("Đại sứ Italia trao …")
    row_person: str | None = None  # the person of a table row's name line, whose posts the next lines give
    bio_person: str | None = None  # the one person the sentence before named, whose career the next may list
    for si, spans in enumerate(ctx.spans):
        toks = ctx.sentences[si].tokens
        posts = _posts(ctx, si, spans)
        persons = {s.i: ctx.resolved[si][s.i] for s in spans if s.kind == S_PERSON and s.i in ctx.resolved[si]}
        linked: set[int] = set()
        if row_person and not persons and posts and posts[0].i == 0 and _line_of_posts(ctx, si):
            for post in posts:  # "2 | PGS. Huỳnh Quyết Thắng | Phó Bí thư Đảng ủy | Hiệu trưởng": a table's row
                pending.append((si, row_person, post))
                linked.add(id(post))
            continue
        row_person = _name_line(ctx, si, spans, persons)
        if not persons and bio_person:
            for post in _career_list(toks, posts, ctx, si):  # "…; Ủy viên Trung ương Đảng khóa V; nguyên Phó Chủ nhiệm …"
                pending.append((si, bio_person, post))
                linked.add(id(post))
        named = {p.key for p in persons.values()}
        bio_person = next(iter(named)) if len(named) == 1 else None
        persons.update(pronoun_subjects(ctx, si, spans, persons))
        # before the name, and lists sharing one post
        for p_index, post in enumerate(posts):
            target = _person_after(toks, spans, persons, post.j)
            if target is not None:
                _hold_chain(ctx, si, toks, posts, p_index, persons, target, pending, linked)
                several = post.title.plural or _counted(toks, post.i)
                if several or post.title.base.startswith(SHARED_POSTS):
                    # "các Thứ trưởng A, B", "2 đại biểu Quốc hội A, B", "Phó Chủ tịch Hội X A, B": a post several
                    # hold, then its holders
                    for extra in _list_after(toks, spans, persons, target, bare=not several):
                        pending.append((si, persons[extra].key, post))
            elif start := _list_start(toks, post.j, _counted(toks, post.i)):
                if post.org is None and post.title.base in MEMBER_POSTS:
                    # "Bộ Chính trị có 19 ủy viên. 11 uỷ viên còn lại gồm ông A, …": members of the body told before
                    post = _members_of_body_told(ctx, si, post.i, post) or post
                for extra in _list_members(toks, spans, persons, start):
                    pending.append((si, persons[extra].key, replace(post, listed=True)))
                    linked.add(id(post))
        # appositive chains after the name
        for person in persons.values():
            after = _chain_after(toks, spans, posts, persons, person.span)
            held = [_body_shared_forward(as_held, after) for as_held in _foreign(after, ctx, si)]
            for post, post_held, former in zip(after, held, _former_carried_on(held)):
                if id(post) not in linked:
                    pending.append((si, person.key, _as_former(post_held) if former else post_held))
                    linked.add(id(post))
            together, others = _held_by_both(toks, spans, posts, persons, person.span)
            for post in together:
                # "A và B, hai Phó Chủ tịch UBND tỉnh X", "A và B (cùng là Phó Chủ tịch …)": each of them holds it
                for other in others:
                    pending.append((si, persons[other].key, post))
                if id(post) not in linked:
                    pending.append((si, person.key, post))
                    linked.add(id(post))
        # "…, Bộ trưởng Ngoại giao Hàn Quốc, bà Kang Kyung-wha": a post nobody before holds, then its holder
        for post in posts:
            k = post.j
            # or a foreign name, with no honorific: "gửi điện tới Tổng thống Philippines, Benigno S. Aquino III"
            foreign = k + 1 in persons and not has_vietnamese_letters(persons[k + 1].name) \
                and toks[k + 1].text not in gazetteer().surnames and post.org is not None
            dash = k + 1 < len(toks) and toks[k].text in ("-", "–") and _skip_honorific(spans, k + 1) != k + 1
            if dash and id(post) not in linked and post.i == 0 and (target := _person_after(toks, spans, persons, k + 1)):
                pending.append((si, persons[target].key, post))  # "Tân Chủ tịch Ủy ban MTTQ TP Hà Nội – bà A vừa …"
                linked.add(id(post))
                continue
            opens = post.i == 0 and post.org is not None  # "Chủ tịch Tập đoàn BRG, bà Nguyễn Thị Nga cho biết"
            # "Phó Chủ tịch UBND quận Đống Đa, Trịnh Hữu Tuấn cho biết": a bare name, who speaks next
            speaks = post.org is not None and k + 1 in persons and _speaks_after(ctx, si, persons[k + 1].span)
            if id(post) not in linked and k + 1 < len(toks) and toks[k].text == "," and (post.i > 0 or opens) and (
                    foreign or (opens or toks[post.i - 1].text in (",", ";") or toks[post.i - 1].lower in _MEETS)
                    and (_skip_honorific(spans, k + 1) != k + 1 or speaks)) \
                    and (target := _person_after(toks, spans, persons, k + 1)):
                # "… là Bí thư Ban cán sự Đảng, Bộ trưởng Công Thương, ông A": the posts chained before it are A's too
                _hold_chain(ctx, si, toks, posts, posts.index(post), persons, target, pending, linked)
        # appointments: "X được bổ nhiệm Phó Thủ tướng", "X giữ chức Bộ trưởng Bộ Y"
        for post in posts:
            if id(post) in linked:
                continue
            if holders := _holders_after_copula(toks, spans, persons, post):
                for holder in holders:  # "Chủ tịch UBND phường là ông A": the post, then who holds it
                    pending.append((si, persons[holder].key, post))
                linked.add(id(post))
                continue
            conferred = _post_conferred_on(ctx, si, toks, spans, persons, post)
            if conferred is not None:  # "phê chuẩn chức vụ Chủ tịch UBND tỉnh Phú Yên đối với ông Hoàng Văn Trà"
                holder, end = conferred
                relieved = _RELIEVED.search(ctx.text[max(ctx.sentences[si].start, toks[post.i].start - 40):toks[post.i].start])
                for q in posts:  # "xóa tư cách nguyên Phó Chủ tịch …, nguyên Chủ tịch … đối với ông X": each of them
                    if post.i <= q.i < end and id(q) not in linked:
                        pending.append((si, persons[holder].key, _as_former(q) if relieved else q))
                        linked.add(id(q))
                continue
            subjects = _appointed(ctx, si, toks, persons, post)
            former = _former_copula(ctx, si, toks, post)
            # "bà A giữ các chức vụ Bí thư Đảng ủy, Giám đốc Công ty X, Chủ tịch HĐQT …": the whole chain is hers
            chain = _chained_from(ctx, si, posts, post) if subjects else []
            for q in chain:
                if id(q) in linked:
                    break
                for subject in subjects:
                    pending.append((si, persons[subject].key, _as_former(q) if former else q))
                linked.add(id(q))
            if chain and (now := _held_now_after(ctx, si, posts, chain[-1])) is not None and id(now) not in linked:
                for subject in subjects:  # "ông A là Chủ tịch UBND TP X (nay là Bí thư Thành ủy X)": A's post now
                    pending.append((si, persons[subject].key, now))
                linked.add(id(now))
        # bare posts refer back to the person last named with them
        for post in posts:
            if id(post) in linked or post.title.plural:
                continue
            if post.i > 0 and toks[post.i - 1].lower in ("của", "các", "những", "nguyên", "vị"):
                continue
            if _named_body_follows(ctx, ex, si, toks, post):
                continue  # "Chủ tịch Hội đồng chuyên gia Quỹ X, ông A": the post of a body we do not know, not a reference
            ref = _antecedent(ctx, ex, pending, si, post)
            if ref:
                ctx.resolved[si][post.i] = ResolvedSpan(post.title_span, PERSON, ref, ex.entities[(PERSON, ref)].name)
            elif post.org:
                unheld.setdefault(post.title.base, post)
    _emit(ctx, ex, pending, unheld)
    _academic_posts(ctx, ex)
    _professions_at_bodies(ctx, ex)
    _counterparts(ctx, ex)
    _states_as_bodies(ex)
    _one_state_each(ex)


# "Carl Thayer, giáo sư danh dự tại Đại học New South Wales", "Nick Bisley - giáo sư về quan hệ quốc tế tại Đại
# học La Trobe": a chair held at a university or an institute, after the holder's name
_CHAIR_AFTER = re.compile(r"\s*[,–-]\s*(?P<role>(?:phó\s+)?giáo sư(?:\s+danh dự)?)(?:\s+(?:về|ngành|khoa|chuyên ngành|"
                          r"môn)\s+[^,.;()]{1,50}?)?\s*,?\s*(?:tại|của|ở)?\s*$", re.IGNORECASE)
# "GS Hans Bachor (ĐH Quốc gia Úc)": a professor's title before the name, the institution in brackets after it
_CHAIR_BEFORE = re.compile(r"(?<!\w)(?P<role>GS|PGS|Giáo sư|Phó [Gg]iáo sư)\.?\s*$")
ACADEMIC_HEADS = ("Đại học", "Trường", "Học viện", "Viện", "Collège", "University", "Institute")


def _academic_posts(ctx: ArticleContext, ex: Extraction) -> None:
    """Professors' chairs: the university or institute a person is named a professor of, after the name or in
    brackets after it."""
    for si in range(len(ctx.sentences)):
        s = ctx.sentences[si]
        resolved = sorted(ctx.resolved[si].values(), key=lambda r: r.span.start)
        for n, person in enumerate(resolved):
            if person.kind != PERSON:
                continue
            body = next((r for r in resolved[n + 1:] if r.kind == ORG and r.span.start - person.span.end < 120), None)
            if body is None or not body.name.startswith(ACADEMIC_HEADS):
                continue
            between = ctx.text[person.span.end:body.span.start]
            m = _CHAIR_AFTER.fullmatch(between)
            before = _CHAIR_BEFORE.search(ctx.text, max(s.start, person.span.start - 16), person.span.start)
            if m is not None:
                role = " ".join(m.group("role").split())
            elif before is not None and re.fullmatch(r"\s*\(\s*", between):
                role = "Phó giáo sư" if before.group("role").lower().startswith("p") else "Giáo sư"
            else:
                continue
            role = role[0].upper() + role[1:].lower()
            ex.memberships.append(Membership(person.key, role, body.key, ctx.evidence(si)))


# a profession written before a name, and the bodies it is practised at: "luật sư A (Văn phòng luật sư B)", "bác sĩ C,
# hiện công tác tại Trung tâm Y tế huyện D"
_PROFESSION_BEFORE = re.compile(r"(?<!\w)(?P<role>[Ll]uật [Ss]ư|LS|[Bb]ác sĩ|BS)\.?\s*$")
PROFESSION_BODIES = {"Luật sư": ("văn phòng luật sư", "công ty luật", "đoàn luật sư", "hãng luật"),
                     "Bác sĩ": ("bệnh viện", "trung tâm y tế", "phòng khám", "khoa ")}
_PRACTISES_AT = re.compile(r"\s*(?:,\s*)?(?:\(\s*|[-–,]\s*(?:(?:hiện\s+)?(?:đang\s+)?(?:công tác|làm việc)\s+(?:tại|ở)\s+)?)")


def _professions_at_bodies(ctx: ArticleContext, ex: Extraction) -> None:
    """A lawyer or a doctor, and the law office or hospital named right after the name: where the profession is
    practised ("Theo luật sư A (Văn phòng luật sư B)", "Bác sĩ C - Bệnh viện D")."""
    for si in range(len(ctx.sentences)):
        s = ctx.sentences[si]
        resolved = sorted(ctx.resolved[si].values(), key=lambda r: r.span.start)
        for n, person in enumerate(resolved[:-1]):
            body = resolved[n + 1]
            if person.kind != PERSON or body.kind != ORG:
                continue
            before = _PROFESSION_BEFORE.search(ctx.text, max(s.start, person.span.start - 12), person.span.start)
            if before is None or not _PRACTISES_AT.fullmatch(ctx.text, person.span.end, body.span.start):
                continue
            role = "Luật sư" if before.group("role").lower() in ("luật sư", "ls") else "Bác sĩ"
            if body.name.lower().startswith(PROFESSION_BODIES[role]):
                ex.memberships.append(Membership(person.key, role, body.key, ctx.evidence(si)))


# "Tổng thống Thổ Nhĩ Kỳ A cùng người đồng cấp Pháp B": B heads the state or government the country after the words
COUNTERPART_POSTS = frozenset({"Tổng thống", "Thủ tướng"})
_COUNTERPART = re.compile(r"(?<!\w)người đồng cấp\s+$", re.IGNORECASE)


def _counterparts(ctx: ArticleContext, ex: Extraction) -> None:
    """A president's or prime minister's counterpart of a named country ("Tổng thống Thổ Nhĩ Kỳ A cùng người đồng
    cấp Pháp Emmanuel Macron"): the same post, in that country."""
    for si in range(len(ctx.sentences)):
        s = ctx.sentences[si]
        resolved = sorted(ctx.resolved[si].values(), key=lambda r: r.span.start)
        for country, person in zip(resolved, resolved[1:]):
            if country.kind != PLACE or person.kind != PERSON or getattr(country.span.payload, "kind", "") != "quốc gia" \
                    or country.name == "Việt Nam" or ctx.text[country.span.end:person.span.start].strip() \
                    or not _COUNTERPART.search(ctx.text, max(s.start, country.span.start - 20), country.span.start):
                continue
            before = {r.key for r in resolved if r.kind == PERSON and r.span.end <= country.span.start}
            held = [m for m in ex.memberships if m.evidence == ctx.evidence(si) and m.person in before
                    and m.role in COUNTERPART_POSTS and m.status == "current"]
            if not held:
                continue
            state = org_key(country.name)
            if (ORG, state) not in ex.entities:
                ex.entity(ORG, state, country.name, "GovernmentOrganization")
            ex.memberships.append(Membership(person.key, held[-1].role, state, ctx.evidence(si)))


def _posts(ctx: ArticleContext, si: int, spans: list[Span]) -> list[Post]:
    toks = ctx.sentences[si].tokens
    by_start = {s.i: s for s in spans}
    by_end = {s.j: s for s in spans}
    posts = []
    for s in spans:
        if s.kind != TITLE:
            continue
        if s.payload.org_before:  # "Tỉnh ủy viên": the committee first, then the post
            body = by_end.get(s.i)
            r = ctx.resolved[si].get(body.i) if body is not None else None
            if body is not None:  # "Thành ủy viên, Bí thư Quận ủy …": a member of a committee the story names
                start = body.i - 1 if s.payload.status == "former" else body.i  # "nguyên | tỉnh uỷ viên"
                known = r is not None and r.kind == ORG
                posts.append(Post(s.payload, r.key if known else None, r.name if known else body.payload.name,
                                  start, s.j, s))
            continue
        nxt = by_start.get(s.j)
        if nxt is None and s.j + 2 < len(toks) and toks[s.j].text == "Trung" and toks[s.j + 1].lower == "ương" \
                and (after := by_start.get(s.j + 2)) is not None and after.kind == S_ORG \
                and after.payload.name.startswith(MASS_ORGANISATIONS):
            nxt = after  # "Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam": the association's central level
        if nxt is None and s.j + 1 < len(toks) and toks[s.j].lower == "của" and not s.payload.implied_org \
                and (owner := by_start.get(s.j + 1)) is not None and owner.kind == S_ORG:
            nxt = owner  # "…, Phó Chủ tịch của Hiệp hội Du lịch Đà Nẵng": the body after "của"
        if nxt is None and s.j + 2 < len(toks) and toks[s.j].lower == "phụ" and toks[s.j + 1].lower == "trách" \
                and (run := by_start.get(s.j + 2)) is not None and run.kind == S_ORG:
            nxt = run  # "Phó Vụ trưởng phụ trách Vụ X": the deputy runs that body, and is its deputy head
        if nxt is None and s.payload.base in LOCAL_HEADS:  # "Thống đốc TP Saint Petersburg X": the city itself
            skip = 2 if toks[s.j:s.j + 2] and " ".join(t.lower for t in toks[s.j:s.j + 2]) == "thành phố" else \
                1 if s.j < len(toks) and toks[s.j].lower in ("tp", "tp.") else 0
            city = by_start.get(s.j + skip) if skip else None
            if city is not None and city.kind == S_PLACE and _foreign_locality(s.payload.base, city.payload):
                nxt = city
        org_key_, org_name, j, state = None, None, s.j, None
        if nxt is None and (bare := _bare_head_end(toks, s.j, s.payload.org_heads)) is not None \
                and (holder := by_start.get(bare)) is not None and holder.kind == S_PERSON \
                and (body := _body_of_head_told(ctx, si, ctx.text[toks[s.j].start:toks[bare - 1].end])) is not None:
            org_key_, org_name = body.key, body.name  # "Giám đốc Sở Nguyễn Văn An", "Chủ tịch HĐTV Tập đoàn A":
            j = bare  # the head alone stands for the body of that kind the story told of last
        if nxt is None and s.payload.base in LOCAL_HEADS and s.j + 1 < len(toks) and toks[s.j].lower in _LOCAL_LEVELS \
                and (place := by_start.get(s.j + 1)) is not None and place.kind == S_PLACE:
            org_name, j = ctx.text[toks[s.j].start:place.end], place.j  # "Thống đốc tỉnh Kanagawa X": the province
            org_name, org_key_ = org_name[0].upper() + org_name[1:], org_key(org_name)
        if nxt is None and s.j + 1 < len(toks) and toks[s.j].text == "," and not s.payload.implied_org \
                and (after := by_start.get(s.j + 1)) is not None and after.kind == S_ORG \
                and isinstance(after.payload, OrgHit) and s.payload.org_heads \
                and after.payload.name.startswith(tuple(h + " " for h in s.payload.org_heads)):
            nxt = after  # "Phó Tổng cục trưởng, Tổng cục Lâm nghiệp": the post, then its body set off by a comma
        if nxt is not None and nxt.kind == S_ORG and nxt.i in ctx.resolved[si]:
            r = ctx.resolved[si][nxt.i]
            org_key_, org_name, j = r.key, r.name, nxt.j
            if isinstance(nxt.payload, OrgHit) and nxt.payload.place and nxt.payload.place[1] == "quốc gia":
                state = nxt.payload.place[0]  # "Quốc hội Lào", "Bộ Ngoại giao Mỹ": a state's own body
            after = by_start.get(j)
            if after is None and j < len(toks) and toks[j].lower == "nước":
                after = by_start.get(j + 1)  # "Bộ trưởng Ngoại giao nước CHDCND Lào"
            if after is not None and after.kind == S_PLACE and after.payload.kind == "quốc gia":
                j = after.j  # "Chủ tịch HLG Việt Nam X", "Bộ trưởng Ngoại giao Lào X"
                country = after.payload.name
                if country != "Việt Nam" and (r.name in STATE_BODIES or r.name.startswith("Bộ ")):
                    # Laos's foreign ministry, not ours; "Bộ trưởng Thương mại Hoa Kỳ": the US department
                    org_name, state = f"{r.name} {country}", country
                    org_key_ = org_key(org_name)
        elif nxt is not None and nxt.kind == S_PLACE and nxt.payload.kind == "quốc gia" and nxt.payload.name == "Việt Nam" \
                and s.payload.implied_org == "Chính phủ":
            j = nxt.j  # "Thủ tướng Việt Nam X": our Government's head, whose body the post implies
        elif nxt is not None and nxt.kind == S_PLACE and nxt.payload.kind == "quốc gia":
            org_name, j = nxt.payload.name, nxt.j  # "Tổng thống Mỹ …": the state as the organisation
            org_key_, state = org_key(org_name), org_name
            posting = by_start.get(j + 1) if j < len(toks) and toks[j].lower == "tại" else None
            if posting is not None and posting.kind in (S_PLACE, S_ORG):
                j = posting.j  # "Đại sứ Italia tại Việt Nam X", "Đại sứ Mỹ tại Liên hợp quốc X": where posted
        elif nxt is not None and nxt.kind == S_PLACE and _foreign_locality(s.payload.base, nxt.payload) \
                and s.payload.base in LOCAL_HEADS:
            org_name, j = nxt.payload.name, nxt.j  # "Thị trưởng Bangkok X", "Thống đốc Saint Petersburg X": the city
            org_key_ = org_key(org_name)
        j = _over_portfolio(toks, spans, j) if state else j
        posts.append(Post(s.payload, org_key_, org_name, s.i, j, s, state,
                          _state_title(s.payload, nxt, org_name, state) if state else None))
    return _shared_by_kiem(toks, posts)


MEMBER_POSTS = frozenset({"Ủy viên", "Thành viên"})
# the boards whose members a story lists: the Politburo, a committee, a council, a presidium
BOARD_HEADS = ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành", "Ban Thường vụ", "Ủy ban", "Hội đồng", "Đoàn Chủ tịch")


def _members_of_body_told(ctx: ArticleContext, si: int, before: int, post: Post) -> Post | None:
    """The post of a member of the board the story names last, in this sentence before token ``before`` or in the
    two before it; not a board named as the body of someone's post ("Chủ nhiệm Ủy ban Kiểm tra Trung ương A")."""
    for back in range(si, max(-1, si - 3), -1):
        posts_end = {t.j for t in ctx.spans[back] if t.kind == TITLE}
        holders = {t.i for t in ctx.spans[back] if t.kind == S_PERSON}
        found = sorted((r for r in ctx.resolved[back].values() if r.kind == ORG and r.name.startswith(BOARD_HEADS)
                        and not (r.span.i in posts_end and r.span.j in holders) and (back < si or r.span.j <= before)),
                       key=lambda r: -r.span.i)
        if found:
            return replace(post, org=found[0].key, org_name=found[0].name)
    return None


def _body_of_head_told(ctx: ArticleContext, si: int, head: str) -> ResolvedSpan | None:
    """The body with this head word the article names last, up to sentence si ("Sở Y tế Hà Nội … Giám đốc Sở")."""
    for back in range(si, -1, -1):
        found = sorted((r for r in ctx.resolved[back].values() if r.kind == ORG and r.name.startswith(head + " ")),
                       key=lambda r: -r.span.i)
        if found:
            return found[0]
    return None


def _bare_head_end(toks, k: int, heads: tuple[str, ...]) -> int | None:
    """Where a body's head word written alone from token k ends ("Sở", "Tập đoàn"), if it is one of the post's."""
    for head in heads:
        words = head.split()
        if len(words) <= 2 and " ".join(t.text for t in toks[k:k + len(words)]) == head:
            return k + len(words)
    return None


def _over_portfolio(toks, spans: list[Span], j: int) -> int:
    """A state's post with its portfolio after it, then its holder ("Bộ trưởng Pháp phụ trách các vấn đề châu Âu |
    Nathalie Loiseau"): where the holder's name starts, so that the post is theirs."""
    if not (j + 2 < len(toks) and toks[j].lower == "phụ" and toks[j + 1].lower == "trách"):
        return j
    holder = next((sp for sp in spans if sp.kind == S_PERSON and j + 2 < sp.i <= j + 12), None)
    if holder is None or any(t.text in (",", ";", ".", "(", ")", ":") for t in toks[j:holder.i]):
        return j
    return holder.i


# the heads of a foreign city's or region's government, who hold their post of the place itself
LOCAL_HEADS = frozenset({"Thị trưởng", "Phó Thị trưởng", "Thống đốc", "Phó Thống đốc", "Thủ hiến", "Tỉnh trưởng"})
MAYORS = frozenset({"Thị trưởng", "Phó Thị trưởng"})  # no Vietnamese city has one


def _foreign_locality(post: str, place) -> bool:
    """Is the place after a local head's post a foreign city or state's whose head it is? A mayor's city always
    is, even one the lexicon does not know ("Thị trưởng thành phố Nam Kinh")."""
    return place.kind in FOREIGN_LOCALITIES or (post in MAYORS and place.kind in (CITY, ""))
FOREIGN_LOCALITIES = frozenset({lexicon.FOREIGN_CITY, lexicon.FOREIGN_STATE})
_LOCAL_LEVELS = frozenset({"tỉnh", "bang", "vùng", "hạt"})  # a foreign region's level word before its name


def _state_title(title: TitleHit, body: Span, body_name: str, state: str) -> str | None:
    """A foreign minister named by the ministry's field and the state ("Bộ trưởng Ngoại giao Mỹ", not
    "Bộ trưởng Bộ Ngoại giao Mỹ") holds the state's post "Bộ trưởng Ngoại giao" as well as the ministry's."""
    if title.base in ("Thủ tướng", "Phó Thủ tướng") and body_name == f"Chính phủ {state}":
        return title.label  # "Thủ tướng Chính phủ nước CHDCND Lào": the state's head of government
    if not body_name.startswith("Bộ ") or body.payload.surface.startswith("Bộ"):
        return None
    field = body_name[3:].removesuffix(" " + state)
    return f"{title.label} {field}" if field != body_name[3:] else None


def _name_line(ctx: ArticleContext, si: int, spans: list[Span], persons: dict) -> str | None:
    """The person a line names and nothing else ("GS. Lê Anh Tuấn", "Ông Phạm Quang Hưng"): a table's row."""
    s = ctx.sentences[si]
    if len(persons) != 1 or "\n" not in ctx.text[max(0, s.start - 1):s.start + 1] + ctx.text[s.end:s.end + 1]:
        return None
    covered = {k for sp in spans if sp.kind in (S_PERSON, HONORIFIC) for k in range(sp.i, sp.j)}
    if any(k not in covered and t.text not in ".:" for k, t in enumerate(s.tokens)):
        return None
    return next(iter(persons.values())).key


def _line_of_posts(ctx: ArticleContext, si: int) -> bool:
    """Is sentence si a line of its own (a table's cell)?"""
    s = ctx.sentences[si]
    return ctx.text[max(0, s.start - 1):s.start] == "\n" and ctx.text[s.end:s.end + 1] in ("\n", "")


def _career_list(toks, posts: list[Post], ctx, si: int) -> list[Post]:
    """Posts a sentence that names nobody lists as items between semicolons ("Thường trú tại …; cán bộ tiền khởi
    nghĩa; Ủy viên Ban Chấp hành Trung ương Đảng khóa V, VI; nguyên Phó Chủ nhiệm Tổng cục Chính trị"): an
    obituary's career, the posts of the one person the sentence before named."""
    if sum(t.text == ";" for t in toks) < 2 or any(t.lower == "gồm" for t in toks):
        return []  # not "4 vị trí thi tuyển gồm: Cục trưởng …; Hiệu trưởng …": posts to fill, nobody's
    out: list[Post] = []
    for post in posts:
        if any(post is q for q in out) or not (post.i > 0 and toks[post.i - 1].text == ";"):
            continue
        out.extend(_chained_from(ctx, si, posts, post))
    return out


def _hold_chain(ctx, si: int, toks, posts: list[Post], p_index: int, persons, target: int,
                pending: list, linked: set[int]) -> None:
    """The post before a name and the posts chained before it, all held by the person at token `target`."""
    written = _chain_back(toks, posts, p_index, {p.span.j for p in persons.values()})
    linked.update(id(q) for q in written)
    chain = _foreign(written, ctx, si)
    if chain[-1].title.status == "former":  # "nguyên Bộ trưởng, Chủ nhiệm VPCP X": both former
        chain = [_as_former(q) for q in chain]
    chain = [_body_shared_forward(q, chain) for q in chain]
    for n, q in enumerate(chain):
        if n and q.org is None and not q.title.implied_org and any(c.org for c in chain[:n]):
            continue  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ X": a rank, not a second post
        pending.append((si, persons[target].key, q))


def _body_shared_forward(post: Post, chain: list[Post]) -> Post:
    """A post written without its body shares the body of the next post of the chain when that body is of
    the post's kind: "Phó Chủ tịch, Tổng Thư ký HLG Việt Nam" (both of the association), "Bộ trưởng, Chủ nhiệm
    Văn phòng Chính phủ" (its minister); "Phó Bí thư, Chủ tịch UBND tỉnh" keeps its committee unnamed. A
    secretary of a Party committee written bare ("Bí thư Đảng ủy, Chủ tịch Tập đoàn Hóa chất Việt Nam") is the
    secretary of that body's Party committee."""
    if _bare_party_committee(post):
        later = _next_of_chain(post, chain)
        if later is not None and later.org_name and later.title.base not in PARTY_SECRETARIES:
            committee = party_committee_of(later.org_name)
            return replace(post, org=org_key(committee), org_name=committee)
        return post
    if post.org is not None or post.title.implied_org or not post.title.org_heads:
        return post
    ordered = sorted(chain, key=lambda c: c.i)
    after = ordered[ordered.index(post) + 1:]
    if post.title.base == "Bộ trưởng" and after and after[0].i == post.j + 1 and after[0].org \
            and after[0].title.base == "Chủ nhiệm":
        # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "…, Chủ nhiệm Ủy ban Dân tộc": the head of an agency of
        # ministerial rank is its minister
        return replace(post, org=after[0].org, org_name=after[0].org_name)
    # only posts written back to back ("Phó Chủ tịch, Tổng Thư ký"), not "Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự"
    if any(b.i != a.j + 1 for a, b in zip([post, *after], after)):
        return post
    later = next((c for c in after if c.org), None)
    heads = tuple(h.lower() + " " for h in post.title.org_heads)
    if later is None:
        return post
    if post.title.base in PARTY_SECRETARIES and (later.org_name or "").startswith("Ủy ban nhân dân ") \
            and (committee := party_committee_of(later.org_name)) != f"Đảng ủy {later.org_name}":
        # "Phó Bí thư, nguyên Chủ tịch UBND huyện Phước Long": the Party committee of that district
        return replace(post, org=org_key(committee), org_name=committee)
    known = gazetteer().canonical_org(later.org_name or "")
    brand = all(h.strip() in BUSINESS_BODIES for h in heads) and known is not None and known.cls == "Corporation"
    if not ((later.org_name or "").lower().startswith(heads) or brand):  # "Phó Chủ tịch HĐQT, Tổng Giám đốc Vinamilk"
        # "Phó Giám đốc, Thủ trưởng Cơ quan CSĐT Công an tỉnh Bình Dương": the local body the next one belongs to
        words = (later.org_name or "").split()
        for x in range(1, len(words) - 1):
            tail = " ".join(words[x:])
            # "Phó Tổng Thư ký, Chánh Văn phòng Hội Luật gia Việt Nam": the office's body, that holds both posts
            if (tail.lower() + " ").startswith(heads) and (_OF_A_PROVINCE.search(tail)
                                                          or x == 2 and words[:2] == ["Văn", "phòng"]):
                return replace(post, org=org_key(tail), org_name=tail)
        return post
    return replace(post, org=later.org, org_name=later.org_name)


def _bare_party_committee(post: Post) -> bool:
    """A Party secretary's post written with a bare "Đảng ủy" / "Đảng bộ", the committee named by no body."""
    return post.title.base in PARTY_SECRETARIES and post.org is not None and post.j - post.title_span.j == 2 \
        and (post.org_name or "").startswith(("Đảng ủy", "Đảng bộ"))


def _next_of_chain(post: Post, chain: list[Post]) -> Post | None:
    """The post written right after this one in its chain (after a comma), with a body, or None."""
    after = [c for c in chain if c.i == post.j + 1]
    return after[0] if after and after[0].org else None


_OF_A_PROVINCE = re.compile(r" (?:tỉnh|thành phố|TP\.?) \S")


def _shared_by_kiem(toks, posts: list[Post]) -> list[Post]:
    """'Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X': both posts are X's; a post with no body of its own
    takes the body of the post it is joined to by "kiêm"."""
    out = list(posts)
    for n in range(len(out) - 2, -1, -1):
        p, q = out[n], out[n + 1]
        if p.org is None and q.org and not p.title.implied_org and q.i == p.j + 1 and toks[p.j].lower == "kiêm":
            if p.title.base in PARTY_SECRETARIES and q.org_name:  # "bí thư kiêm chủ tịch UBND huyện X": Huyện ủy X's
                committee = party_committee_of(q.org_name)
                out[n] = Post(p.title, org_key(committee), committee, p.i, p.j, p.title_span)
            else:
                out[n] = Post(p.title, q.org, q.org_name, p.i, p.j, p.title_span, q.state)
    for n in range(len(out) - 1):  # "cựu Chủ tịch HĐQT kiêm Giám đốc Công ty X": both posts are former
        p, q = out[n], out[n + 1]
        if p.title.status == "former" and q.title.status == "current" and q.i == p.j + 1 \
                and toks[p.j].lower == "kiêm":
            out[n + 1] = _as_former(q)
    return out


PARTY_SECRETARIES = frozenset({"Bí thư", "Phó Bí thư"})
# the Party committee of a level of local government, by the level word after "Ủy ban nhân dân"
_COMMITTEE_OF_LEVEL = (("tỉnh ", "Tỉnh ủy "), ("thành phố ", "Thành ủy "), ("huyện ", "Huyện ủy "), ("quận ", "Quận ủy "),
                       ("thị xã ", "Thị ủy "), ("xã ", "Đảng ủy xã "), ("phường ", "Đảng ủy phường "),
                       ("thị trấn ", "Đảng ủy thị trấn "))


_COMMITTEE_NAMES = tuple(committee for _, committee in _COMMITTEE_OF_LEVEL)


def party_committee_of(body: str) -> str:
    """The Party committee a secretary of this body's Party organisation sits on: "Ủy ban nhân dân huyện Gia Lâm"
    → "Huyện ủy Gia Lâm"; another body's own "Đảng ủy" ("Đảng ủy Tập đoàn Hòa Phát")."""
    local = body.removeprefix("Ủy ban nhân dân ")
    if local != body:
        for level, committee in _COMMITTEE_OF_LEVEL:
            if local.startswith(level):
                return committee + local[len(level):]
    return f"Đảng ủy {body}"


def _foreign(chain: list[Post], ctx: ArticleContext, si: int) -> list[Post]:
    """'Phó Thủ tướng, Bộ trưởng Ngoại giao Lào X': a foreign state named in the chain is the body of every post
    in it that would otherwise take a Vietnamese body from the lexicon."""
    party = next((m.group(0) for p in chain if p.org_name and (m := _FOREIGN_PARTY.search(p.org_name))
                  and not p.org_name.endswith("Việt Nam")), None)
    if party:  # "Ủy viên Bộ Chính trị, …, Trưởng ban Đối ngoại Trung ương Đảng Cộng sản Pháp": that party's organs
        chain = [replace(p, org=org_key(f"{p.org_name} {party}"), org_name=f"{p.org_name} {party}")
                 if p.org_name in OUR_PARTY_ORGANS else p for p in chain]
    country = next((p.state for p in chain if p.state), None)
    if country is None:
        return chain
    return [Post(p.title, org_key(country), country, p.i, p.j, p.title_span, country)
            if p.org is None and p.title.implied_org else p for p in chain]


_FOREIGN_PARTY = re.compile(r"Đảng [A-ZĐ]\w*(?: [\wÀ-ỹ]+){0,6}$")
OUR_PARTY_ORGANS = frozenset({"Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng"})


def _as_former(post: Post) -> Post:
    t = post.title
    if t.status == "former":
        return post
    title = TitleHit("nguyên " + t.base, t.base, "former", t.implied_org, t.org_heads, t.plural)
    return Post(title, post.org, post.org_name, post.i, post.j, post.title_span, post.state,
                "nguyên " + post.state_title if post.state_title else None)


def _former_carried_on(chain: list[Post]) -> list[bool]:
    """Which posts of a chain after a name "nguyên" goes on over: those after a former one in the same body or its
    Party unit ("A, nguyên Bí thư Ban cán sự đảng, Bộ trưởng Bộ Kế hoạch và Đầu tư", "A, nguyên Đảng ủy viên, Bí
    thư Chi bộ, Vụ trưởng Vụ Y": the ministry's, the department's posts, all A's once); not a post in another
    body ("A, nguyên Thứ trưởng Bộ NN&PTNT, Chủ tịch Hội Thủy lợi": the chair A holds now)."""
    out, former_body = [], None
    for post in chain:
        body = post.org_name or ""
        if post.title.status == "former":
            former_body = body
            out.append(False)
            continue
        carried = former_body is not None and post.title.status == "current" and (
            not body or len(former_body.split()) <= 2 or body in former_body or former_body in body)
        out.append(carried)  # (a bare "Đảng ủy", "Chi bộ" is the unit of the body the chain goes on to name)
        former_body = (body or former_body) if carried else None
    return out


_BOTH = (("hai",), ("ba",), ("cùng", "là"))  # "A và B, hai Phó Chủ tịch …", "(cùng là …)" ("đều là": _COPULA, for a whole list)


def _held_by_both(toks, spans, posts: list[Post], persons, pspan: Span) -> tuple[list[Post], list[int]]:
    """The post written after the last of two or more people, set off and said to be theirs together ("A và B, hai
    Phó Chủ tịch UBND tỉnh X", "A và B (cùng là Phó Chủ tịch …)"), and the others who hold it, if any."""
    k = pspan.j
    others = _named_with(toks, spans, persons, pspan) if k < len(toks) and toks[k].text in (",", "(") else []
    words = [t.lower for t in toks[k + 1:k + 3]]
    both = next((b for b in _BOTH if tuple(words[:len(b)]) == b), None) if others else None
    if both is None:
        return [], []
    at = k + 1 + len(both)
    return [p for p in posts if p.i == at], others


def _named_with(toks, spans, persons, pspan: Span) -> list[int]:
    """The people named just before this one and joined to it by "và" ("ông A và ông B"): their starts."""
    start = _name_start(spans, pspan)
    if start < 2 or toks[start - 1].lower != "và":
        return []
    before = max((i for i in persons if persons[i].span.j <= start - 1), default=None)
    if before is None or persons[before].span.j != start - 1:
        return []
    return [before]


def _skip_honorific(spans: list[Span], k: int) -> int:
    for s in spans:
        if s.kind == HONORIFIC and s.i == k:
            return s.j
    return k


# between a post and its holder: when the story says it was held ("Chủ tịch UBND tỉnh lúc đó là ông A")
_AT_THE_TIME = (("khi", "đó"), ("lúc", "đó"), ("khi", "ấy"), ("lúc", "ấy"), ("lúc", "bấy", "giờ"), ("thời", "điểm", "đó"),
                ("hồi", "đó"), ("thời", "đó"))


def _person_after(toks, spans, persons, k: int) -> int | None:
    if k + 1 < len(toks) and toks[k].text in ("-", "–") and (k + 1 in persons or _skip_honorific(spans, k + 1) in persons):
        k += 1  # "Chủ tịch Ủy ban ATGT Quốc gia - Trương Hòa Bình", "Chủ tịch Đảng Công Minh - Ngài X"
    elif k + 3 < len(toks) and toks[k].text == "(" and (close := next(
            (m for m in range(k + 2, min(len(toks), k + 7)) if toks[m].text == ")"), None)) is not None \
            and close + 1 in persons and not any(m in persons for m in range(k + 1, close)):
        # "Tổng giám đốc Tổ chức Thương mại thế giới (WTO) Roberto Azevedo", "Bí thư Huyện ủy Thạch Thành (Thanh
        # Hóa) Bùi Thị Mười": the body's initials or province in brackets, then the holder
        k = close + 1
    if k + 2 < len(toks) and toks[k].lower == "đương" and toks[k + 1].lower in ("nhiệm", "chức"):
        k += 2  # "Ngoại trưởng Mỹ đương nhiệm John Kerry": the holder now
    then = next((len(w) for w in _AT_THE_TIME if tuple(t.lower for t in toks[k:k + len(w)]) == w), 0)
    if then and k + then + 1 < len(toks):
        k += then + (toks[k + then].lower == "là")  # "Tổng thống Mỹ khi đó là Bill Clinton": the holder then
    if k + 2 < len(toks) and toks[k].lower == "của":  # "Chủ tịch Tập đoàn Vamed của Austria Ernst Wastler"
        place = next((s for s in spans if s.kind == S_PLACE and s.i == k + 1), None)
        if place is not None and place.j in persons:
            k = place.j
    k = _skip_honorific(spans, k)
    return k if k in persons else None




def _counted(toks, i: int) -> bool:
    """The post is preceded by a count ("hai Phó Chủ tịch", "5 ủy viên", "các Thứ trưởng"): several holders follow."""
    return i > 0 and (toks[i - 1].lower in COUNT_WORDS or toks[i - 1].text.isdigit())


def _list_start(toks, k: int, counted: bool = False) -> int:
    """Where the list after a post starts: 'các Thứ trưởng: A, B', '5 ủy viên UBND, gồm: A, …', and after a
    counted post a few words may come first ('hai Phó Chủ tịch được bầu bổ sung gồm ông A và ông B'); 0 if none."""
    m = k + 1 if k < len(toks) and toks[k].text == "," else k
    m = _after_term(toks, m)  # "thành viên HĐQT nhiệm kỳ 2021 - 2025 gồm …": the term, then the list
    if counted:
        gap = next((x for x in range(m, min(m + 8, len(toks))) if toks[x].lower == "gồm"), None)
        if gap is not None and all(t.text[0].islower() for t in toks[m:gap]):
            m = gap
    if m < len(toks) and toks[m].lower == "gồm":
        m += 2 if m + 1 < len(toks) and toks[m + 1].lower == "có" else 1
        return m + 1 if m < len(toks) and toks[m].text == ":" else m
    if counted and m + 1 < len(toks) and toks[m].lower == "là" and toks[m + 1].lower in ("các", "ông", "bà"):
        return m + 1  # "hai Thứ trưởng Bộ Công an là ông A và ông B"
    if counted and m + 2 < len(toks) and toks[m].lower == "có" and toks[m + 1].lower == "tên":
        return m + 2  # "Trong 62 ủy viên, có tên ông A, …": the members it names
    return m + 1 if m < len(toks) and toks[m].text == ":" else 0


def _chain_back(toks, posts: list[Post], p_index: int, person_ends: set[int]) -> list[Post]:
    """The post before a name and the posts chained to it by ',' or 'kiêm' ("Ủy viên TW Đảng, Phó Thủ tướng X").
    A post right after "Name," belongs to that name ("A, Bí thư Quận ủy, Chủ tịch UBND quận B")."""
    chain = [posts[p_index]]
    q = p_index
    while q > 0:
        prev, cur = posts[q - 1], posts[q]
        gap = toks[prev.j:cur.i]
        after_name = prev.i > 1 and toks[prev.i - 1].text in (",", "-", "–") and (prev.i - 1) in person_ends
        # "tới Tổng Bí thư, Chủ tịch nước A": a post with a body of its own after a preposition still chains
        # (not "Thừa ủy quyền Thủ tướng, Bộ trưởng A", "Thay mặt Chủ tịch nước, B": whom A and B stand for)
        national = prev.org is None and prev.title.implied_org and gap and gap[0].text == "," \
            and toks[prev.i - 1].lower in ("của", "tới", "đến", "gửi", "theo") and toks[max(0, prev.i - 2)].lower not in ("quyền", "mặt")
        if _counted(toks, prev.i) and gap and gap[0].text == ",":
            break  # "… chất vấn của các đại biểu Quốc hội, Bộ trưởng A": many people's post, not A's
        if _two_states_leaders(prev, cur):
            break  # "Tổng thống Mỹ và Thủ tướng Canada Justin Trudeau": two leaders, the name only the second's
        if len(gap) == 1 and gap[0].lower == "và" and cur.org is None and prev.org is not None \
                and not cur.title.implied_org:
            break  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ và Thứ trưởng A": the minister and another, A
        if (len(gap) == 1 and gap[0].lower in CHAIN_JOINERS or len(gap) == 0) and not after_name and not (
                prev.i > 0 and (toks[prev.i - 1].lower in PREPOSITIONS and not national or (
                    toks[prev.i - 1].lower in _MEETS and gap and gap[0].text == ","))):
            # "…, Bộ trưởng Bộ Quốc phòng và | Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội B": B's posts start after "và"
            chain.append(prev)
            q -= 1
            continue
        break
    first = chain[-1]
    if first.i > 0 and toks[first.i - 1].lower in _MEETS:
        # "Tại cuộc tiếp Chủ tịch Tập đoàn X, Thủ tướng A …": whom A met, then, after the comma, A's own post
        commas = [c for c in chain[:-1] if c.i > 0 and toks[c.i - 1].text == ","]
        if commas:
            chain = chain[:chain.index(commas[-1]) + 1]
    return chain


SHARED_POSTS = ("Phó ", "Ủy viên", "Thứ trưởng")  # posts several people hold at once, whose holders may follow it as a list


def _list_after(toks, spans, persons, first: int, bare: bool = False) -> list[int]:
    """'các Thứ trưởng A, B và C': the names after the first; ``bare``: names without an honorific only."""
    out, k = [], persons[first].span.j
    while k < len(toks) and toks[k].lower in (",", "và"):
        nxt = k + 1 if bare else _skip_honorific(spans, k + 1)
        if nxt in persons and not _followed_by_post(toks, spans, persons[nxt].span.j):
            out.append(nxt)
            k = persons[nxt].span.j
        else:
            break
    return out


def _followed_by_post(toks, spans, k: int) -> bool:
    return any(s.kind == TITLE and s.i in (k, k + 1) and (s.i == k or toks[k].text in (",", "-", "–")) for s in spans)


LIST_FILLER = {",", ";", ":", "và", "các", "đồng", "chí", "ông", "bà", "cùng"}
MAX_ASIDE = 24  # tokens an item's bracketed posts may run to


def _list_members(toks, spans, persons, k: int) -> list[int]:
    """After 'các Thứ trưởng:' — every name of the list. Items may carry their own posts before or after
    the name ("…: Thủ tướng Chính phủ Nguyễn Xuân Phúc; các Phó Thủ tướng: A, B"); the list ends at the
    first word that is neither a name, a post, a body nor a separator."""
    covered = {}
    for s in spans:
        for m in range(s.i, s.j):
            covered[m] = s
    out, m, n = [], k, len(toks)
    after_person = False
    bare = None  # do the items come as bare names ("3 Phó Thủ tướng: A, B, C")?
    while m < n and toks[m].text != ".":
        span = covered.get(m)
        if span is not None and span.kind == S_PERSON and span.i in persons:
            if bare is None:
                bare = not any(s.kind == TITLE and k <= s.i and s.j <= span.i for s in spans)
            out.append(span.i)
            after_person = True
            m = span.j
            continue
        if span is not None and span.kind in (TITLE, S_ORG, HONORIFIC, S_PLACE):
            m = span.j
            continue
        counted = toks[m].text.isdigit() and m + 1 < n and covered.get(m + 1) is not None \
            and covered[m + 1].kind == TITLE and covered[m + 1].payload.plural is False  # "…; 3 Phó Thủ tướng: …"
        if toks[m].lower in LIST_FILLER or toks[m].text in ("-", "–") or counted:
            if toks[m].text == ";":
                after_person = False
                nxt = covered.get(m + 1)
                if bare and nxt is not None and nxt.kind == TITLE:
                    break  # "…: A, B, C; Bộ trưởng Quốc phòng D": an item with a post of its own ends a list of names
            m += 1
            continue
        if after_person and toks[m].text == "(" and (close := next(
                (x for x in range(m + 1, min(n, m + MAX_ASIDE)) if toks[x].text in (")", "(")), None)) is not None \
                and toks[close].text == ")":
            m = close + 1  # "ông A (Bộ trưởng Công an), ông B (Phó Thủ tướng)": an item's posts in brackets
            continue
        if after_person:  # an item's own posts may be followed by a few more words ("Bí thư Ban cán sự Đảng")
            nxt = next((x for x in range(m, n) if toks[x].text in (";", ".")), n)
            if nxt < n and toks[nxt].text == ";" and nxt - m <= MAX_TAIL:
                m = nxt
                continue
        break
    return out


# an opening clause whose comma ends it, not an apposition ("Cùng với việc bổ nhiệm ông A, | Thủ tướng …")
_INTRO_CLAUSE = re.compile(r"^(?:cùng với việc|với việc|bên cạnh việc|sau khi|trước khi|khi)(?!.*,)")


def _capacity_end(toks, k: int) -> int | None:
    """Where "với / trên cương vị (là)" or "khi đó là" starting at k ends: the capacity one acts or acted in, whose
    posts follow."""
    if k + 2 < len(toks) and toks[k].lower in ("với", "trên") and toks[k + 1].lower == "cương" \
            and toks[k + 2].lower == "vị":
        return k + 4 if k + 3 < len(toks) and toks[k + 3].lower == "là" else k + 3
    if k + 2 < len(toks) and toks[k].lower in ("khi", "lúc") and toks[k + 1].lower in ("đó", "ấy") \
            and toks[k + 2].lower == "là":
        return k + 3  # "ông A, khi đó là Phó Tổng giám đốc …": the post he held then
    return None


def _chain_after(toks, spans, posts: list[Post], persons, pspan: Span) -> list[Post]:
    """'X, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ' / 'X - nguyên Thứ trưởng …': posts of X."""
    k = pspan.j
    if k < len(toks) and toks[k].text == "(":  # "ông A (SN 1959), Ủy viên …": an aside before the posts
        close = next((m for m in range(k + 1, min(len(toks), k + 12)) if toks[m].text == ")"), None)
        if close is not None and close + 1 < len(toks) and not any(s.kind == TITLE and k < s.i < close for s in spans):
            if toks[close + 1].text in (",", "-", "–"):
                k = close + 1
            elif (age := _age_item_end(toks, close + 1)) is not None:
                k = age  # "A (tức Vũ “nhôm”) SN 1975, Chủ tịch …": an aside, then the year of birth
    if k < len(toks) and toks[k].text in ("(", ",") and (age := _age_item_end(toks, k + 1)) is not None:
        k = age  # "ông A (57 tuổi, cựu Chủ tịch HĐTV …)", "ông A, sinh năm 1970, Giám đốc …": the age, then the posts
    elif (age := _age_item_end(toks, k)) is not None:
        k = age  # "A SN 1975, Chủ tịch HĐQT …": no comma before the year of birth
    by_start = {p.i: p for p in posts}
    addressed = any(s.kind == HONORIFIC and s.j == pspan.i for s in spans)
    named_at = _name_start(spans, pspan)
    if named_at > 1 and toks[named_at - 1].lower in KIN_WORDS and toks[named_at - 2].text == ",":
        return []  # "Bà A, chị ông B, khi đó là Chủ tịch …": B named as A's kin, in an aside; the posts are A's
    if (capacity := _capacity_end(toks, k)) is not None:
        k = capacity - 1  # "ông A với cương vị Bí thư …": no comma before the capacity
    elif addressed and k < len(toks) and k in by_start and (toks[k].text[0].isupper() or toks[k].lower in ("nguyên", "cựu")):
        k -= 1  # "đồng chí Nguyễn Thiện Nhân Ủy viên Bộ Chính trị - Phó Thủ tướng", "ông A nguyên Bí thư …": no comma
    elif k >= len(toks) or toks[k].text not in (",", "-", "–", "("):
        return []
    if toks[k].text == "," and _INTRO_CLAUSE.match(" ".join(t.lower for t in toks[:pspan.i])):
        return []  # "Cùng với việc bổ nhiệm ông A, Thủ tướng …": the comma closes the opening clause
    out = []
    k += 1
    k = _capacity_end(toks, k) or k  # "ông A, với cương vị Tỉnh ủy viên, Bí thư Đảng ủy, …": the posts he acted in
    while k < len(toks):
        post = by_start.get(k)
        if post is None and toks[k].lower == "kiêm" and k + 1 in by_start:
            k += 1  # "A, Phó Bí thư Tỉnh ủy, kiêm Trưởng đoàn ĐBQH tỉnh": a post held as well, after the comma
            continue
        if post is None and out and toks[k - 1].lower == "và" and toks[k].lower == "là" and k + 1 in by_start:
            k += 1  # "A, Phó Bí thư Tỉnh ủy và là Chủ tịch HĐND tỉnh": the copula after the joiner
            continue
        if post is None and (rank := _rank_item_end(toks, k, persons)) is not None:
            k = rank  # "…, Đại tướng, Chủ nhiệm …", "…, Bác sĩ y khoa, Phó giám đốc …": a rank between posts
            continue
        if post is None and (delegation := _delegation_item_end(toks, k)) is not None:
            k = delegation  # "Đại biểu Quốc hội A, đoàn Hà Nội, Chủ tịch HĐQT …": the deputy's delegation between
            continue
        if post is None:
            break
        if _person_after(toks, spans, persons, post.j) is not None:
            nxt = post.i  # and so do the posts joined to it by a bare comma before it, after a person named as an object
            # ("lời mời của Ngoại trưởng Ri Yong Ho, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã …"; but "Ông A,
            # Bí thư Quận ủy, Chủ tịch UBND quận 9 B dự": the subject's first post is his own)
            while out and _named_as_an_object(toks, spans, pspan) and [t.text for t in toks[out[-1].j:nxt]] == [","]:
                nxt = out.pop().i
            break  # this post belongs to the next name
        if not addressed and post.j + 1 < len(toks) and toks[post.j].text == "," \
                and _skip_honorific(spans, post.j + 1) != post.j + 1 and _person_after(toks, spans, persons, post.j + 1):
            break  # "Phó Thủ tướng Phạm Bình Minh, Bộ trưởng Ngoại giao Hàn Quốc, bà Kang Kyung-wha": hers
        out.append(post)
        m = _after_term(toks, post.j)
        if (also := _also_serves(toks, m)) in by_start:  # "Chủ tịch UBND thị xã đồng thời là Chủ tịch …"
            k = also
            continue
        tail = 0
        while m < len(toks) and (toks[m].lower not in CHAIN_JOINERS or _in_number_range(toks, m)) \
                and toks[m].text not in (";", ".", ")", ":") and m not in by_start and tail < MAX_TAIL \
                and m not in persons and toks[m].lower not in CLAUSE_VERBS and toks[m].lower not in KIN_WORDS:
            m += 1
            tail += 1
        if m < len(toks) and toks[m].lower in CHAIN_JOINERS:
            k = m + 1
            continue
        if m in by_start:
            k = m
            continue
        break
    if out and out[0].j < len(toks) and toks[out[0].j].text.isalpha() and toks[out[0].j].text.islower() \
            and (len(out) == 1 and out[0].org is None and _according_to(toks, spans, pspan)
                 or _OBJECT_INTRO.match(" ".join(t.lower for t in toks[:_name_start(spans, pspan)]))):
        return []  # "Theo ông Phương, Bộ trưởng vẫn chủ yếu giải thích …": the comma closes whose words they are;
        # so too after an opening clause whose object the person is ("Qua Đại sứ A, Thủ tướng gửi lời chúc mừng …",
        # "Trao đổi với Bí thư A, Phó Thủ tướng Hà Lan cho rằng …"): the post is the next clause's subject's
    return out


def _named_as_an_object(toks, spans, pspan: Span) -> bool:
    """Is the person, with the posts, bodies and places written before the name, the object of "của", "với", "qua",
    "tiếp", "gặp" … ("lời mời của Bộ trưởng Ngoại giao Triều Tiên A", "hội đàm với Ngoại trưởng Ấn Độ A")?"""
    i = _name_start(spans, pspan)
    while i > 0 and (s := next((s for s in spans if s.j == i and s.kind in (TITLE, S_ORG, S_PLACE, HONORIFIC)), None)):
        i = s.i
    return i > 0 and toks[i - 1].lower in _GOVERNING_WORDS


_GOVERNING_WORDS = frozenset({"của", "với", "qua", "cho", "tới", "giữa", "tiếp", "gặp", "đón"})


# opening clauses whose object is a person: "Qua Đại sứ A, …", "Ghi nhận ý kiến của Đại sứ A, …"
_OBJECT_INTRO = re.compile(r"^(?:qua|thông qua|trao đổi với|ghi nhận|tán thành|hoan nghênh|cảm ơn|cám ơn|đáp lời|trả lời|"
                           r"tiếp thu|chia sẻ với|nhất trí với|đồng tình với|đánh giá cao|làm việc với|tiếp|giải đáp|"
                           r"nhận lời mời|theo lời mời|đáp lại|trước (?:các |những )?câu hỏi|theo đề nghị)(?!\w)(?!.*,)")


_DELEGATION_WORD = fold("đoàn")  # as tokens' lower-case forms write it ("đòan" too)


def _delegation_item_end(toks, k: int) -> int | None:
    """After "đoàn" and a province's name in capitals ("đoàn Hà Nội", "đoàn TP.HCM") and a comma or a dash: where the
    next item of a deputy's chain of posts starts."""
    if not (k + 1 < len(toks) and toks[k].lower == _DELEGATION_WORD and toks[k + 1].text[:1].isupper()):
        return None
    m = k + 1
    while m < len(toks) and m - k <= 5 and (toks[m].text[:1].isupper() or toks[m].text == "."):
        m += 1
    return m + 1 if m < len(toks) and toks[m].text in (",", "-", "–") else None


def _name_start(spans, pspan: Span) -> int:
    """Where a person's name starts with the honorifics before it ("ông A", "đồng chí A")."""
    i = pspan.i
    while i > 0 and any(s.kind == HONORIFIC and s.j == i for s in spans):
        i = next(s.i for s in spans if s.kind == HONORIFIC and s.j == i)
    return i


def _according_to(toks, spans, pspan: Span) -> bool:
    """Is the person named after "Theo" opening a clause ("Theo ông A, …", "Tuy nhiên, theo ông A, …")?"""
    i = _name_start(spans, pspan)
    return i >= 1 and toks[i - 1].lower == "theo" and (i == 1 or toks[i - 2].text == ",")


def _age_item_end(toks, m: int) -> int | None:
    """The comma after an age or a year of birth that opens an aside ("57 tuổi,", "SN 1959,", "sinh năm 1959,")."""
    words = [t.lower for t in toks[m:m + 4]]
    if len(words) >= 3 and words[0].isdigit() and words[1] == "tuổi" and words[2] == ",":
        return m + 2
    if len(words) >= 3 and words[0] == "sn" and words[1].isdigit() and words[2] == ",":
        return m + 2
    if len(words) >= 4 and words[:2] == ["sinh", "năm"] and words[2].isdigit() and words[3] == ",":
        return m + 3
    return None


_ALSO = ("đồng thời là", "đồng thời giữ chức", "đồng thời kiêm", "đồng thời")


def _also_serves(toks, m: int) -> int:
    """Past "(,) đồng thời (là)" between two posts of one person, else m."""
    k = m + 1 if m < len(toks) and toks[m].text == "," else m
    words = " ".join(t.lower for t in toks[k:k + 4])
    also = next((a for a in _ALSO if words.startswith(a + " ") or words == a), None)
    return k + len(also.split()) if also else m


def _after_term(toks, m: int) -> int:
    """Past the term a post was held and an aside after it: "Bí thư Tỉnh ủy | nhiệm kỳ 2010-2015 (đến tháng
    2/2015) |, Chủ tịch HĐND tỉnh …"."""
    n = len(toks)
    if m + 1 < n and " ".join(t.lower for t in toks[m:m + 2]) in ("nhiệm kỳ", "khóa", "khoá") or (
            m < n and toks[m].lower in ("khóa", "khoá")):
        m += 2 if toks[m].lower == "nhiệm" else 1
        while m < n and (toks[m].text.isdigit() or toks[m].text in ROMAN_NUMERALS or toks[m].text in ("-", "–")):
            m += 1
        if m < n and toks[m].text == "(":
            close = next((x for x in range(m + 1, min(n, m + 15)) if toks[x].text == ")"), None)
            if close is not None:
                m = close + 1
    return m


def _rank_item_end(toks, k: int, persons) -> int | None:
    """After an item of a chain of posts that is a rank or a profession ("Đại tướng,", "Bác sĩ y khoa,"): where
    the next item starts."""
    found = gazetteer().honorifics.matches_at(toks, k)
    if not found or not toks[k].text[0].isupper():
        return None
    m = found[0][0]
    while m < len(toks) and m - k < 6 and toks[m].text.isalpha() and toks[m].text.islower():
        m += 1
    if m + 1 >= len(toks) or toks[m].text not in (",", "-", "–") or m in persons:
        return None  # "A - Thanh tra viên cao cấp - Phó Cục trưởng …"
    return m + 1


# between chained posts: a joiner, perhaps after the terms the post was held ("… khoá 10, 11, 12; Ủy viên …")
_CHAIN_GAP = re.compile(r"\s*(?:(?:khóa|khoá|nhiệm kỳ)\s+[\dIVXLC]+(?:\s*(?:,|và|-|–)\s*[\dIVXLC]+)*\s*)?(?:,|kiêm|và|;)?\s*",
                        re.IGNORECASE)


def _chained_from(ctx, si: int, posts: list[Post], first: Post) -> list[Post]:
    """The post and the posts joined to it by ',' / 'kiêm' / 'và' that follow it ("Bí thư Đảng ủy, Giám đốc
    Công ty X, Chủ tịch HĐQT")."""
    out = [first]
    for q in posts[posts.index(first) + 1:]:
        if not _CHAIN_GAP.fullmatch(ctx.text[ctx.sentences[si].tokens[out[-1].j - 1].end:
                                             ctx.sentences[si].tokens[q.i].start]):
            break
        out.append(q)
    return out


_NOW_HELD = re.compile(r"\s*\(\s*(?:hiện nay|hiện|nay)\s+là\s*", re.IGNORECASE)


def _held_now_after(ctx, si: int, posts: list[Post], last: Post) -> Post | None:
    """The post written in brackets after a post, as the one its holder holds now: "(nay là Bí thư Thành ủy X)"."""
    toks = ctx.sentences[si].tokens
    nxt = next((q for q in posts if q.i >= last.j), None)
    if nxt is None or nxt.org is None:
        return None
    return nxt if _NOW_HELD.fullmatch(ctx.text, toks[last.j - 1].end, toks[nxt.i].start) else None


def _in_number_range(toks, m: int) -> bool:
    """The dash of "nhiệm kỳ 2020 - 2025": part of a post's tail, not a joiner of posts."""
    return toks[m].text in ("-", "–") and 0 < m < len(toks) - 1 and toks[m - 1].text.isdigit() \
        and toks[m + 1].text.isdigit()


_APPOINT_WORDS = ("bổ nhiệm", "bầu", "giữ chức", "giữ các chức", "đảm nhiệm", "nhận chức", "giữ cương vị", "kiêm nhiệm", "phê chuẩn",
                  "kinh qua", "trải qua", "đảm nhận", "chỉ định", "điều động", "luân chuyển", "tái đắc cử", "đắc cử", "tái cử", "trúng cử", "được cử", "trở thành",
                  # relieved of a post the person held: "A bị cảnh cáo và cho thôi chức Ủy viên Bộ Chính trị"
                  "thôi chức", "cách chức", "miễn nhiệm", "thôi giữ chức")
_ACTIVE_APPOINT = ("bổ nhiệm", "bầu", "phê chuẩn", "chỉ định", "điều động", "luân chuyển", "thôi chức", "cách chức",
                   "miễn nhiệm")
_PASSIVE = re.compile(r"(?<!\w)(?:được|(?<!thiết )(?<!chuẩn )(?<!dự )(?<!trang )bị)(?!\w)", re.IGNORECASE)  # not "chuẩn bị"
_MAY_BECOME = re.compile(r"(?<!\w)(?:có thể|muốn|mong muốn|hy vọng|để|nhằm|khả năng)\s*$")
_SOUGHT = re.compile(_MAY_BECOME.pattern.removesuffix(r"\s*$") + r"\s+được\s*$")  # "để được bầu": a post sought
_SERVES_AS = re.compile(r"^[^,;]{0,40}?(?<!\w)(?:được \w+ )?làm\s*$", re.IGNORECASE)  # "A (được bầu) làm Chủ tịch"
# "là giáo sư, tiến sĩ luật, Ủy viên Trung ương Đảng": degrees and ranks may come before the posts
_DEGREES = r"(?:phó giáo sư|giáo sư|tiến sĩ|thạc sĩ|kỹ sư|cử nhân|bác sĩ|dược sĩ|luật sư|đại tá|thiếu tướng|trung tướng|" \
           r"thượng tướng|đại tướng)(?:\s+(?!ủy|uỷ)[^\s,;.]+){0,2}"
# (after a deputy's delegation, perhaps: "Đại biểu A, đoàn Hà Nội, hiện là chủ tịch HĐQT Vietinbank")
_COPULA = re.compile(rf"^\s*(?:,\s*(?:đoàn|đòan)\s+[^\W\d][^,;()]{{0,24}})?(?:,\s*)?(?:(?:hiện|đang|nguyên|vẫn|cũng|đều|đã|từng|đồng thời|lại|chính)\s+){{0,2}}"
                     rf"là\s*(?:{_DEGREES}\s*,\s*)*$", re.IGNORECASE)


# a person's birth, age, home and degree, set off after the name: "(sinh năm 1970, quê xã A, huyện B)", ", 52 tuổi"
_PLACE_PART = r"(?:,\s*(?:xã|huyện|tỉnh|thành phố|TP\.?|phường|quận|thị xã|thị trấn)\s[^,;()]{1,30})"  # "…, huyện B"
_BIO_ASIDE = re.compile(rf"(?:\s*,?\s*\(?\s*(?:sinh năm\s+(?:19|20)\d\d|SN\s*(?:19|20)\d\d|\d{{2}}\s+tuổi|"
                        rf"quê(?:\s+quán)?(?:\s+ở)?\s+[^,;()]{{2,40}}{_PLACE_PART}*(?:\s*\([^()]{{1,40}}\))?|"
                        rf"là\s+(?:tiến sĩ|thạc sĩ|cử nhân|kỹ sư|bác sĩ)(?:\s+[^,;()]{{1,30}})?(?=\s*,))\s*\)?)*",
                        re.IGNORECASE)  # "…, là tiến sĩ Ngữ văn, từng là …": the degree too
# "A từng là Phó Tổng giám đốc Tập đoàn X (PVN), | Trưởng Ban Y": a chain of posts after the copula
_COPULA_CHAIN = re.compile(r"^\s*(?:,\s*)?(?:[(,]\s*)*(?:(?:hiện|đang|nguyên|vẫn|cũng|đều|đã|từng|nay|đồng thời|lại|chính)\s+){0,2}là[\s,]*"
                           r"(?:\([^()]{1,20}\)[\s,]*)*$",
                           re.IGNORECASE)
# "tiếp Tổng giám đốc Hãng X, ông Y": verbs of meeting whose object is a post, then its holder
_MEETS = frozenset({"tiếp", "gặp", "đón", "kiến", "thăm", "với", "và"})  # a syllable each: "kiến" of "hội kiến"
_REPORTED = re.compile(r"(?<!\w)(?:cho biết|cho rằng|nói|khẳng định|nhấn mạnh|đề nghị|thông tin)(?!\w)", re.IGNORECASE)


def _appointed(ctx, si, toks, persons, post: Post) -> list[int]:
    """Who an appointment or a copula gives this post to, within the clause:
    'X được bổ nhiệm Phó Thủ tướng', 'X đã được Bộ trưởng Y quyết định bổ nhiệm là Cục trưởng …',
    'Ông A, ông B là Phó Cục trưởng …'."""
    start = toks[post.i].start
    sentence_start = ctx.sentences[si].start
    before = sorted((p for p in persons.values() if p.span.j <= post.i), key=lambda p: p.span.i)
    if not before or _counted(toks, post.i):
        return []  # (not "… giữ chức Chủ tịch Quân ủy, và hai phó chủ tịch": others, counted)
    last = before[-1]
    if len(before) > 1 and _KIN_APPOSITION.match(ctx.text[before[-2].span.end:last.span.start]):
        last = before[-2]  # "ông A - con trai Phó bí thư B - làm Trưởng phòng": A's post, B is whose son he is
        before = before[:-1]
    between = ctx.text[last.span.end:start]
    own = _without(ctx.text, last.span.end, start, [(s.start, s.end) for s in ctx.spans[si] if s.kind in (TITLE, S_ORG)])
    # not the dot of "T.Ư"; the person's own chain of posts between does not count to the distance
    if ";" in between or re.search(r"\.(?:\s|$)", between) or len(own) > 140:
        return []
    if _REPORTED.search(own):
        return []  # "Chủ tịch Quốc hội X cho biết, việc phê chuẩn … Bộ trưởng": who speaks of the post, not who gets it
    if "," in between and _INTRO_CLAUSE.match(ctx.text[sentence_start:last.span.start].lower()):
        return []  # "Cùng với việc bổ nhiệm ông A, Thủ tướng …": the post opens the main clause
    # "Ông A, 52 tuổi, quê Hà Tĩnh, từng là …": an aside on the person's birth, age and home before the copula
    between, own = between[_BIO_ASIDE.match(between).end():], own[_BIO_ASIDE.match(own).end():]
    if _COPULA.match(between) or _SERVES_AS.search(between) or _SERVES_AS.search(own.lstrip(" ,")) \
            or _COPULA_CHAIN.match(own):  # "Ông A, ông B là Phó Cục trưởng …", "A làm Đại sứ", "A từng là X (PVN), Y"
        if re.match(r"^[\s,]*\(", between):
            return [last.span.i]  # "A cùng B (hiện là Trưởng ban …)": an aside on B alone
        return [p.span.i for p in _listed_with(ctx, si, before, last)]
    tail_start = max(sentence_start, start - 60)
    tail = ctx.text[tail_start:start].lower()
    if not any(w in tail for w in _APPOINT_WORDS):
        return []
    verb = max((tail.rfind(w), w) for w in _APPOINT_WORDS if w in tail)
    if verb[1] == "trở thành" and _MAY_BECOME.search(tail[:verb[0]]) or _SOUGHT.search(tail[:verb[0]]):
        return []  # "người có thể trở thành nữ Thủ tướng đầu tiên", "vận động để được bầu vào vị trí Ủy viên …": a post
        # one may get, not one held (but "điều động A … để giữ chức Phó Trưởng ban": the post A is moved to)
    if (passed := _FROM_OR_INSTEAD.search(tail, verb[0] + len(verb[1]))) and not _TO_THE_NEW_POST.search(tail, passed.end()):
        return []  # "tiếp nhận chức Chủ tịch APPF từ đại diện Chủ tịch Quốc hội Fiji": the post of whom it passes from
        # (but "bổ nhiệm A từ Phó Tổng Giám đốc lên Chủ tịch HĐTV và Bí thư Đảng ủy": the posts A rises to)
    if verb[1] in _ACTIVE_APPOINT and tail_start + verb[0] > last.span.end and not _PASSIVE.search(
            ctx.text[sentence_start:tail_start + verb[0]]):
        return []  # "Quốc hội bầu Chủ tịch nước", "Thủ tướng bổ nhiệm Thứ trưởng": the one named is who appoints
    # passive with an agent: the appointee is the subject before "được" / "bị"
    clause_start = sentence_start + ctx.text[sentence_start:start].rfind(";") + 1  # not "A được …; điều động B"
    text_before = ctx.text[clause_start:start]
    passive = max((m.start() for m in _PASSIVE.finditer(text_before)), default=-1)
    if passive >= 0 and clause_start + passive < last.span.start:
        subjects = [p for p in before if p.span.end <= clause_start + passive]
        return [subjects[-1].span.i] if subjects else []
    # "Ông A, bà B và ông C (Trưởng ban Nội chính) được bầu giữ chức Phó bí thư": each of them
    return [p.span.i for p in _listed_with(ctx, si, before, last)]


# after the post given, whom it passes from or whom the appointee replaces: "… từ …", "… thay ông …"
_FROM_OR_INSTEAD = re.compile(r"\s(?:từ|thay|thay thế)\s")
_TO_THE_NEW_POST = re.compile(r"\s(?:lên|sang|làm|thành)\s")


# a relative's place in an apposition: "(em rể Bí thư huyện)", "- con trai Phó bí thư Huyện ủy B -": whose relative
# one is, and that person's posts, are not one's own
KIN_WORDS = frozenset({"em", "con", "vợ", "chồng", "anh", "chị", "bố", "mẹ", "cha", "cháu"})
_KIN_APPOSITION = re.compile(r"^\s*[-–,(]\s*(?:là\s+)?(?:em|con|vợ|chồng|anh|chị|bố|mẹ|cha|cháu)(?:\s+(?:trai|gái|rể|dâu|ruột|"
                             r"họ|vợ|chồng))?\s+[^-–,()]{0,80}$", re.IGNORECASE)
_RELIEVED = re.compile(r"(?:miễn nhiệm|cách chức|cho thôi|thôi giữ|bãi nhiệm)[^,;.]*$", re.IGNORECASE)


# words of time between a post and the copula naming its holder: "Bí thư Tỉnh ủy (hiện nay / lúc đó) là ông A"
_COPULA_TIME = frozenset({"hiện", "nay", "lúc", "khi", "đó", "ấy", "bấy", "giờ", "đương", "nhiệm", "vẫn"})


def _holders_after_copula(toks, spans, persons, post: Post) -> list[int]:
    """'Chủ tịch UBND phường Hoàng Liệt là ông A', 'Giám đốc Điều hành của X hiện là bà B', 'Hai Phó Chủ tịch là
    ông A và B': the post, the copula, then its holders. An honorific must introduce the first holder, so that a
    definition ("Chủ tịch UBND là người đứng đầu …") or a post of a post is not read as a holder."""
    k, n = post.j, 0
    while k < len(toks) and toks[k].lower in _COPULA_TIME and n < 3:
        k, n = k + 1, n + 1
    if k + 1 >= len(toks) or toks[k].lower != "là":
        return []
    first = _skip_honorific(spans, k + 1)
    if first == k + 1 or first not in persons:
        return []
    return [first, *_list_after(toks, spans, persons, first)] if post.title.plural or _counted(toks, post.i) else [first]


def _post_conferred_on(ctx, si, toks, spans, persons, post: Post) -> tuple[int, int] | None:
    """'(bầu, bổ nhiệm, miễn nhiệm …) chức vụ <post> đối với ông X', 'trao quyết định bổ nhiệm <post> đối với ông
    X', 'xóa tư cách <post>, <post> nhiệm kỳ … đối với ông X': the person the posts are conferred on or taken from,
    and where "đối với" starts."""
    before = ctx.text[max(ctx.sentences[si].start, toks[post.i].start - 16):toks[post.i].start].lower()
    if not _CONFERS.search(before):
        return None
    named = {k for s in spans if s.kind in (TITLE, S_ORG, S_PLACE) for k in range(s.i, s.j)}
    for k in range(post.j, min(len(toks) - 1, post.j + 40)):
        if toks[k].lower == "đối" and toks[k + 1].lower == "với":
            holder = _person_after(toks, spans, persons, k + 2)
            return (holder, k) if holder is not None else None
        if not (k in named or toks[k].lower in _BETWEEN_POSTS or toks[k].text.isdigit() or toks[k].text in ROMAN_NUMERALS):
            return None  # only posts, their bodies and terms come between: "…, nguyên Chủ tịch UBND nhiệm kỳ 2010 - 2015"
    return None


_BETWEEN_POSTS = frozenset({",", "và", "-", "–", "nhiệm", "kỳ", "khóa", "khoá"})
_CONFERS = re.compile(r"(?:chức(?: vụ| danh)?|bổ nhiệm|bầu|phê chuẩn|miễn nhiệm|cách chức|xóa tư cách|xoá tư cách)\s*$")


_LIST_GAP = re.compile(r"^(?:\s*\([^()]{0,80}\))?\s*(?:,|và|cùng|\s)*\s*(?:ông|bà)?\s*$", re.IGNORECASE)


def _listed_with(ctx, si, before, last):
    """The persons listed together ending with ``last`` ("A, B và C"), in text order; each may carry
    its own posts ("ông A, Chủ tịch UBND và ông B, Phó trưởng đoàn ĐBQH được bầu làm …")."""
    out = [last]
    posts = [(s.start, s.end) for s in ctx.spans[si] if s.kind in (TITLE, S_ORG, S_PLACE)]
    for p in reversed(before[:-1]):
        raw = ctx.text[p.span.end:out[0].span.start]
        gap = _without(ctx.text, p.span.end, out[0].span.start, posts)
        if gap != raw and not re.search(r"(?<!\w)(?:và|cùng)(?!\w)", gap):
            break  # "Thay mặt A, Phó chủ tịch B": the post is B's, and A is not listed with B
        if gap.strip() and _LIST_GAP.match(gap):
            out.insert(0, p)
        else:
            break
    return out


def _without(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the given character spans left out."""
    out, k = [], start
    for a, b in sorted(spans):
        if b <= k or a >= end:
            continue
        out.append(text[k:max(a, k)])
        k = max(k, b)
    out.append(text[k:end])
    return " ".join(out)


def _former_copula(ctx, si, toks, post: Post) -> bool:
    """'X nguyên là Vụ trưởng …': a former post."""
    return ctx.text[max(ctx.sentences[si].start, toks[post.i].start - 12):toks[post.i].start].lower().rstrip().endswith(
        "nguyên là")


# "A từng là Giám đốc Sở X, Bí thư Huyện ủy Y", "ông từng giữ chức …": posts held once, a list of them after the verb
_ONCE_HELD = re.compile(r"(?<!\w)từng (?:là|làm|giữ|giữ(?: các)? chức(?: vụ)?|được bầu làm|đảm nhiệm|kinh qua(?: các)?"
                        r"(?: chức vụ| vị trí)?)(?!\w)", re.IGNORECASE)
# what ends the list of posts a "từng" leads: another clause, or the posts held now
_ONCE_HELD_ENDS = re.compile(r"[.;:!?]|(?<!\w)(?:hiện|nay|đang|sau đó|sau này|rồi|trước khi|khi|và là|được|trước đó)(?!\w)",
                             re.IGNORECASE)


def _held_once(ctx: ArticleContext, si: int, person: str, post: Post) -> bool:
    """Is a post one of those the sentence says its holder held once ("… từng là Phó Tổng giám đốc Tập đoàn X (PVN),
    Trưởng ban Y"), with no other person named nor another clause begun between "từng" and the post, and its holder
    named before "từng" or not in the sentence?"""
    start = ctx.sentences[si].tokens[post.i].start
    once = next(reversed(list(_ONCE_HELD.finditer(ctx.text, ctx.sentences[si].start, start))), None)  # the last one
    if once is None or _ONCE_HELD_ENDS.search(ctx.text, once.end(), start):
        return False
    named_after = [r for r in ctx.resolved[si].values() if r.kind == PERSON and r.span.start >= once.end()]
    # (nor is the holder named after "từng": "… từng là Thư ký của Thủ tướng Lý Hiển Long" is not Lee's post once)
    return not any(r.key == person or r.span.start < start for r in named_after)


def _antecedent(ctx, ex, pending, si: int, post: Post) -> str | None:
    """The person last given the post a bare title names, unless each is written with a different body ("Tổng
    thống Nga" after "Tổng thống Mỹ Barack Obama" is not Obama)."""
    for s_index, person, q in reversed(pending):
        if s_index <= si and q.title.base == post.title.base:
            if post.org and q.org and post.org != q.org:
                continue
            return person
    return None


def _emit(ctx: ArticleContext, ex: Extraction, pending: list[tuple[int, str, Post]], unheld: dict[str, Post]) -> None:
    known: dict[tuple[str, str], str] = {}  # (person, base title) -> org key
    for _, person, post in pending:
        if post.org:
            known.setdefault((person, post.title.base), post.org)
    gaz = gazetteer()
    for si, person, post in pending:
        org, org_name = post.org, post.org_name
        holder_state = _office_state(ex.entities[(PERSON, person)].name) if org is None else None
        if org is None and holder_state and (_state_post(post.title)
                                             or _holds_as_listed(ex.entities[(PERSON, person)].name, post.title.base)):
            org_name, org = holder_state, org_key(holder_state)  # "Thủ tướng Lý Hiển Long": Singapore's
        elif org is None and _state_post(post.title) and _foreign_name(ex.entities[(PERSON, person)].name, gaz):
            # "Thủ tướng Manmohan Singh" in a story about India: that state's post, not our government's
            org_name = _foreign_state(ctx, ex, si, person, known, post)
            org = org_key(org_name) if org_name else None
            if org is None and post.title.implied_org:
                continue
        party = _ruling_party_committee(ctx, ex, si, person, post, org, known) \
            if post.title.base in PARTY_LEADER_POSTS else None
        if party:  # "Tổng Bí thư Tập Cận Bình": the Central Committee of China's party, not ours
            org_name, org = party, org_key(party)
        if org is None and post.title.base in unheld and not post.title.implied_org \
                and (person, post.title.base) not in known \
                and ctx.text[post.title_span.start].isupper() and not _unknown_body_after(ctx, si, post):
            # (not "Bộ trưởng A" after "Bộ trưởng Bộ Công Thương A … Bộ trưởng Bộ NN-PTNT": A's own, told first)
            org, org_name = unheld[post.title.base].org, unheld[post.title.base].org_name  # "Đại sứ A" after "Đại sứ Italia"
        if org and not post.state and (_foreign_name(ex.entities[(PERSON, person)].name, gaz)
                                       or _appointed_by_a_state(ctx, si)):
            org, org_name = _foreign_ministry(ctx, ex, si, post, org, org_name)
            org, org_name = _foreign_state_body(ctx, ex, si, person, org, org_name)
            if known.get((person, post.title.base)) == post.org:
                known[(person, post.title.base)] = org  # "Bộ trưởng Mattis" later: the state's ministry, as first told
        elif org and (first := known.get((person, post.title.base))) not in (None, org) \
                and _same_body_of_a_state(ex, org, first):
            org, org_name = first, ex.entities[(ORG, first)].name  # "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị …
            # Bộ trưởng Ngoại giao Vương Nghị": the state's ministry the article first gave him
        if org and (ORG, org) not in ex.entities:
            ex.entity(ORG, org, org_name, "GovernmentOrganization")
            if (org_name or "").startswith(_COMMITTEE_NAMES):  # "Phó Bí thư, Chủ tịch UBND huyện X": the post names
                ex.mention(post.title_span.start, post.title_span.end, ORG, org)  # the district's Party committee
        if org is None and person in historical_person_keys() and not post.title.implied_org:
            continue  # "Khu lưu niệm Chủ tịch Tôn Đức Thắng": a form of address, not a post of this article's
        if org is None:
            org, org_name = _org_from_context(ctx, ex, si, person, post, known)
        if org is None:
            continue
        if post.title.status == "current" and _held_once(ctx, si, person, post):
            post = _as_former(post)
        label = post.title.label
        if post.title.base == "Đại biểu" and ex.entities[(ORG, org)].name == "Quốc hội":
            label += " Quốc hội"  # the post's own name, "Đại biểu Quốc hội", which the press shortens in its context
        if post.title.base == "Ủy viên Thường vụ" and ex.entities[(ORG, org)].name.startswith(TERRITORIAL_COMMITTEES):
            org, label = _standing_committee(ex, org, post), label.replace("Ủy viên Thường vụ", "Ủy viên")
        if not (post.state_title and post.state_title.endswith(FOREIGN_MINISTER_FIELD)):
            # "Bộ trưởng Ngoại giao Mỹ": a state's foreign minister, the state's post more than the ministry's
            ex.memberships.append(Membership(person, label, org, ctx.evidence(si), post.title.status))
        else:  # nor does the title name the ministry as a body the story tells of
            end = ctx.sentences[si].tokens[post.j - 1].end
            ex.mentions[:] = [m for m in ex.mentions if not (m.kind == ORG and m.key == org
                                                              and post.title_span.start <= m.start < end)]
        if post.state_title:
            state = org_key(post.state)
            if (ORG, state) not in ex.entities:
                ex.entity(ORG, state, post.state, "GovernmentOrganization")
            ex.memberships.append(Membership(person, post.state_title, state, ctx.evidence(si), post.title.status))


FOREIGN_MINISTER_FIELD = " Ngoại giao"
# bodies a bare post never takes from context: "Bộ …" that are no ministries, and the Party's boards, which have no
# "Trưởng ban" ("Phó Trưởng ban" in a story about the Central Committee is some commission's)
NOT_CONTEXT_BODIES = NOT_MINISTRIES + ("ban chấp hành", "ban thường vụ", "ban bí thư")
MASS_ORGANISATIONS = ("Hội ", "Hiệp hội ", "Liên hiệp ", "Đoàn ", "Liên đoàn ", "Mặt trận ")
TERRITORIAL_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy")
BUSINESS_BODIES = frozenset(h.lower() for h in BUSINESS_HEADS)  # the heads of a board's company, as posts list them
PARTY_LEADER_POSTS = frozenset({"Tổng Bí thư", "Bí thư thứ nhất"})


def _party_state_named(ctx, si: int) -> str | None:
    """The state whose ruling party the sentence names ("Đảng Cộng sản Cuba … bầu ông X làm Bí thư Thứ nhất")."""
    states = {party: state for state, party in lexicon.ruling_parties().items()}
    return next((states[r.name] for r in ctx.resolved[si].values() if r.kind == ORG and r.name in states), None)


def _ruling_party_committee(ctx, ex, si: int, person: str, post: Post, org: str | None, known) -> str | None:
    """A foreign party leader's post: the Central Committee of the party that rules the state the post names
    ("Tổng Bí thư Lào"), the holder serves (office_terms.tsv) or, for a foreign name, the story is about."""
    name = ex.entities[(PERSON, person)].name
    held = ex.entities.get((ORG, org)) if org else None
    if held is not None and _foreign_country(held.name):
        state = held.name
    elif held is None or held.name in OUR_PARTY_ORGANS:
        state = _office_state(name) or (_foreign_state(ctx, ex, si, person, known, post) or _story_state(ctx, si)
                                        or _party_state_named(ctx, si) if _foreign_name(name, gazetteer()) else None)
    else:
        return None
    party = lexicon.ruling_parties().get(state or "")
    return f"Ban Chấp hành Trung ương {party}" if party else None


def _standing_committee(ex: Extraction, org: str, post: Post) -> str:
    """'Ủy viên Thường vụ Tỉnh ủy X' sits on the committee's standing body, 'Ban Thường vụ Tỉnh ủy X', as
    'Ủy viên Ban Thường vụ Tỉnh ủy X' says in full: the key of that body."""
    board = f"Ban Thường vụ {ex.entities[(ORG, org)].name}"
    key = org_key(board)
    if (ORG, key) not in ex.entities:
        ex.entity(ORG, key, board, "GovernmentOrganization")
    ex.mention(post.title_span.start, post.title_span.end, ORG, key)
    return key


def _states_as_bodies(ex: Extraction) -> None:
    """A state whose posts people hold ("Tổng thống Nga") is an organisation where the article names it."""
    mentioned = {(m.kind, m.key) for m in ex.mentions}
    places = {}
    for m in ex.mentions:
        if m.kind == PLACE:
            places.setdefault(m.key, m)
    for ms in ex.memberships:
        if (ORG, ms.org) in ex.entities and (place := ex.entities.get((PLACE, place_key(ex.entities[(ORG, ms.org)].name)))):
            state = ex.entities[(ORG, ms.org)]
            state.alt_names.update(n for n in place.alt_names if n != state.name)  # "Saudi Arabia" for Ả Rập Xê Út
        if (ORG, ms.org) not in mentioned and (ORG, ms.org) in ex.entities:
            named = places.get(place_key(ex.entities[(ORG, ms.org)].name))
            if named is not None:
                ex.mention(named.start, named.end, ORG, ms.org)
                mentioned.add((ORG, ms.org))


def _org_from_context(ctx, ex, si, person, post: Post, known) -> tuple[str | None, str | None]:
    title = post.title
    gaz = gazetteer()
    if title.implied_org and (person, title.base) in known:
        return known[(person, title.base)], None  # "Chủ tịch nước Tập Cận Bình" after "Chủ tịch nước Trung Quốc …"
    if title.implied_org:
        info = gaz.org_index.get(org_key(title.implied_org))
        name = info.name if info else title.implied_org
        key = org_key(name)
        ex.entity(ORG, key, name, info.cls if info else "GovernmentOrganization")
        ex.mention(post.title_span.start, post.title_span.end, ORG, key)
        return key, name
    if (person, title.base) in known:
        return known[(person, title.base)], None
    if title.base == DEPUTY and (_deputy_of_a_province(ctx, si, person) or _assembly_story(ctx)):
        info = gaz.org_index.get(org_key(ASSEMBLY))
        key = org_key(info.name)
        ex.entity(ORG, key, info.name, info.cls)
        ex.mention(post.title_span.start, post.title_span.end, ORG, key)
        return key, info.name
    local = _province_committee(ctx, ex, si, post)
    if local:
        return local
    if any(p == person for p, _ in known) and not post.listed:
        return None, None  # the article names this person's body elsewhere under another post: do not guess
    heads = tuple(h.lower() for h in title.org_heads)
    if not heads or _unknown_body_after(ctx, si, post):
        return None, None
    ours = not _foreign_name(ex.entities[(PERSON, person)].name, gaz)  # not "Bộ Xây dựng Cuba" for "Thứ trưởng Lê Quang Hùng"
    # a body named on its own earlier in the sentence ("Về phía Bộ TT&TT có … các Thứ trưởng"),
    # not one that belongs to another person's post
    owned = {s.j for s in ctx.spans[si] if s.kind == TITLE}
    if (shared := _body_of_the_post_before(ctx, si, post)) is not None:
        return shared.key, shared.name
    before = [r for r in ctx.resolved[si].values() if r.kind == ORG and r.span.i < post.i and r.span.i not in owned]
    for r in sorted(before, key=lambda r: -r.span.i):
        if r.name.lower().startswith(heads) and not r.name.lower().startswith(NOT_CONTEXT_BODIES) \
                and not (ours and _of_a_foreign_state(r.name)):
            return r.key, r.name
    # a local body named in the last sentences ("Đại hội Đảng bộ tỉnh Cà Mau … Tỉnh ủy Cà Mau … được bầu
    # giữ chức Phó bí thư"): articles about several provinces take each post from its own paragraph
    for back in range(si - 1, max(-1, si - 3), -1):
        recent = sorted(ctx.resolved[back].values(), key=lambda r: -r.span.i)
        hit = next((r for r in recent if r.kind == ORG and r.name.lower().startswith(heads)
                    and not (ours and _of_a_foreign_state(r.name))
                    and (r.name.lower().startswith(LOCAL_BODY_HEADS)
                         or (back == si - 1 and not r.name.lower().startswith(NOT_CONTEXT_BODIES)))), None)
        if hit:
            return hit.key, hit.name
    # the article's main body of that kind, counting the mentions inside longer names ("Đảng ủy Bộ GD-ĐT");
    # a board's post, the article's main company whatever its name ("Thành viên HĐQT" of "Eximbank")
    board = all(h in BUSINESS_BODIES for h in heads)
    mentioned = Counter(m.key for m in ex.mentions if m.kind == ORG)
    for key, count in mentioned.most_common():
        entity = ex.entities.get((ORG, key))
        name = entity.name if entity else ""
        if count >= 2 and (name.lower().startswith(tuple(h + " " for h in heads)) or (board and entity.cls == "Corporation")) \
                and not name.lower().startswith(NOT_CONTEXT_BODIES) and not (board and entity.cls == "GovernmentOrganization") \
                and not (ours and _of_a_foreign_state(name)):
            return key, name
    return None, None


def _body_of_the_post_before(ctx, si: int, post: Post):
    """"Chủ tịch UBND tỉnh A Nguyễn Văn B và Phó Chủ tịch Lê Văn C": a bare post joined to the post, body and
    holder just before it, of the same office or its deputy's, is held in that body."""
    toks = ctx.sentences[si].tokens
    base = _office_of(post.title.base)
    titles = {s.j: s for s in ctx.spans[si] if s.kind == TITLE}
    people = {r.span.j: r for r in ctx.resolved[si].values() if r.kind == PERSON}
    k = post.i
    while k > 0 and toks[k - 1].lower in (",", "và", "cùng"):
        k -= 1
    holder = people.get(k)
    if holder is None or k == post.i:
        return None
    body = next((r for r in ctx.resolved[si].values() if r.kind == ORG and r.span.j == holder.span.i), None)
    title = titles.get(body.span.i) if body is not None else None
    if title is None or _office_of(title.payload.base) != base:
        return None
    return body


def _office_of(base: str) -> str:
    """The office a post is of, its deputy's post included ("Phó Chủ tịch" → "chủ tịch", "Thứ trưởng" → "bộ trưởng")."""
    office = base.removeprefix("Phó ").lower()
    return "bộ trưởng" if office == "thứ trưởng" else office


OUR_STATE = frozenset({"Chính phủ", "Việt Nam"})  # the bodies our state's posts imply
WHERE_WORDS = frozenset({"tại", "ở", "từ", "đến", "tới", "sang", "thăm", "("})
NOT_THE_STATE_WORDS = WHERE_WORDS | {"tiếng"}  # and a language: "giỏi tiếng Đức"
HEADS_OF_STATE = frozenset({"Tổng thống", "Phó Tổng thống", "Ngoại trưởng", "Quốc vương", "Nhà vua", "Nữ hoàng",
                            "Hoàng đế"})


_LEADS_A_STATE = frozenset({"Tổng thống", "Thủ tướng", "Chủ tịch nước", "Quốc vương", "Nhà vua", "Nữ hoàng", "Hoàng đế",
                            "Thủ tướng Chính phủ", "Chủ tịch"})


def _one_state_each(ex: Extraction) -> None:
    """No one leads two states: where the posts read make someone the head of two (the pronoun of "… phối hợp với
    Trump từ khi ông đắc cử Tổng thống Hoa Kỳ" read as the Japanese prime minister named before it), a Vietnamese
    name keeps Việt Nam's post and a foreign one the state written right before the name ("Thủ tướng Thụy Điển
    Stefan Löfven"), else the one it is told to lead most often, or earliest."""
    marks = sorted(ex.mentions, key=lambda m: m.start)
    written = {(ex.entities[(a.kind, a.key)].name, b.key) for a, b in zip(marks, marks[1:])
               if b.kind == PERSON and a.kind in (PLACE, ORG) and 0 <= b.start - a.end <= 1 and (a.kind, a.key) in ex.entities}
    led: dict[str, dict[str, list[int]]] = {}  # person -> state -> where each post of it is told
    for m in ex.memberships:
        state = ex.entities[(ORG, m.org)].name
        if m.role in _LEADS_A_STATE and m.status == "current" and (state == "Việt Nam" or _foreign_country(state)):
            led.setdefault(m.person, {}).setdefault(m.org, []).append(m.evidence.start)
    kept = {}
    for person, states in led.items():
        if len(states) > 1:
            ours = org_key("Việt Nam")
            foreign = _foreign_name(ex.entities[(PERSON, person)].name, gazetteer())
            kept[person] = ours if ours in states and not foreign else \
                min(states, key=lambda state: ((ex.entities[(ORG, state)].name, person) not in written,
                                               -len(states[state]), min(states[state])))
    if kept:
        ex.memberships[:] = [m for m in ex.memberships if m.person not in kept or m.role not in _LEADS_A_STATE
                             or m.status != "current" or m.org == kept[m.person] or m.org not in led[m.person]]


def _two_states_leaders(prev: Post, cur: Post) -> bool:
    """Are two chained posts each the head of a different state's state or government ("Tổng thống Mỹ và Thủ tướng
    Canada", "Tổng thống Mỹ và Thủ tướng Nguyễn Xuân Phúc"), which no one holds together?"""
    if prev.title.base not in _LEADS_A_STATE or cur.title.base not in _LEADS_A_STATE:
        return False
    states = [p.org_name if p.org_name and (p.org_name == "Việt Nam" or _foreign_country(p.org_name))
              else "Việt Nam" if p.org is None and p.title.implied_org in OUR_STATE else None for p in (prev, cur)]
    return None not in states and states[0] != states[1]


def _state_post(title: TitleHit) -> bool:
    return title.implied_org in OUR_STATE or title.base in HEADS_OF_STATE


def _of_a_foreign_state(body: str | None) -> bool:
    """Is a body named with a foreign country at its end ("Bộ Xây dựng Cuba", "Bộ Quốc phòng Mỹ")?"""
    words = (body or "").split()
    return any(_foreign_country(" ".join(words[-n:])) for n in (1, 2, 3) if n < len(words))


def _foreign_name(name: str, gaz) -> bool:
    """A name no Vietnamese surname starts and no Vietnamese letter is in ("Manmohan Singh", not the
    misspelt "Nguyên Xuân Phúc")."""
    return name.split()[0] not in gaz.surnames and not has_vietnamese_letters(name)


def _foreign_state(ctx, ex, si: int, person: str, known, post: Post) -> str | None:
    """The foreign state a foreign person's bare state post belongs to: the one their other posts name, else,
    for a post our state also has ("Thủ tướng"), the state the story is about."""
    for (p, _), org in known.items():
        held = ex.entities.get((ORG, org))
        if p == person and held is not None and _foreign_country(held.name):
            return held.name
    if not post.title.implied_org:
        return None  # "Tổng thống Donald Trump … vấn đề Triều Tiên": a head of state's country is written with it
    return _story_state(ctx, si)


@lru_cache(maxsize=1)
def _office_states() -> dict[str, str]:
    return {t.person: t.state for t in lexicon.office_terms() if t.state}


@lru_cache(maxsize=1)
def _office_states_by_surname() -> dict[str, str]:
    """The state of each foreign office holder's last name, for names in Latin letters, where no two holders of
    different states share it."""
    found: dict[str, set[str]] = {}
    for person, state in _office_states().items():
        if " " in person and not has_vietnamese_letters(person):  # "Biden", not "Long" of "Lý Hiển Long"
            found.setdefault(person.rsplit(" ", 1)[1], set()).add(state)
    return {last: states.pop() for last, states in found.items() if len(states) == 1}


def _office_state(name: str) -> str | None:
    """The foreign state a well-known office holder serves, whatever their name looks like ("Lý Hiển Long"),
    named in full or by the last name alone ("Tổng thống Biden")."""
    return _office_states().get(name) or (_office_states_by_surname().get(name) if " " not in name else None)


def _holds_as_listed(name: str, post: str) -> bool:
    """Is this a post office_terms.tsv lists the well-known holder in ("Chủ tịch Tập Cận Bình": China's)?"""
    return any(t.person == name and post in t.posts for t in lexicon.office_terms())


def _same_body_of_a_state(ex: Extraction, org: str, other: str) -> bool:
    """Is ``other`` the body ``org`` names, of a foreign state ("Bộ Ngoại giao Trung Quốc" for "Bộ Ngoại giao")?"""
    if (ORG, org) not in ex.entities or (ORG, other) not in ex.entities:
        return False
    name, longer = ex.entities[(ORG, org)].name, ex.entities[(ORG, other)].name
    return longer.startswith(name + " ") and _foreign_country(longer[len(name) + 1:])


_STATE_APPOINTS = re.compile(r"\s*(?:(?:đã|vừa|chính thức)\s+)*(?:bổ nhiệm|bầu|chỉ định|cách chức|miễn nhiệm)(?!\w)")


def _appointed_by_a_state(ctx, si: int) -> bool:
    """Does the sentence open with a foreign state appointing someone ("Trung Quốc bổ nhiệm tướng A làm Bộ trưởng
    Quốc phòng")? Then the posts it gives are that state's, however its people's names are written."""
    first = min((r for r in ctx.resolved[si].values()), key=lambda r: r.span.start, default=None)
    return first is not None and first.kind == PLACE and _foreign_country(first.name) \
        and not ctx.text[ctx.sentences[si].start:first.span.start].strip() \
        and _STATE_APPOINTS.match(ctx.text, first.span.end) is not None


def _foreign_country(name: str) -> bool:
    info = gazetteer().place_index.get(name_key(name))
    return info is not None and info.kind == "quốc gia" and info.name != "Việt Nam"


def _story_state(ctx, si: int) -> str | None:
    """The foreign state a sentence is about: the only foreign country it names as a state (not another's post,
    "Thủ tướng Singapore", nor where someone is or goes, "từ Brussels (Bỉ)", nor a language, "tiếng Đức"), else the
    one the article names most."""
    toks = ctx.sentences[si].tokens
    ends = {s.j for s in ctx.spans[si] if s.kind == TITLE}
    named = {r.name for r in ctx.resolved[si].values() if r.kind == PLACE and _foreign_country(r.name)
             and r.span.i not in ends and not (r.span.i > 0 and toks[r.span.i - 1].lower in NOT_THE_STATE_WORDS)}
    if len(named) == 1:
        return named.pop()
    counts = Counter(r.name for resolved in ctx.resolved for r in resolved.values()
                     if r.kind == PLACE and _foreign_country(r.name))
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _written_field(ctx, si: int, post: Post) -> str:
    """The words written after a post up to its end ("Bộ trưởng | Ngoại giao"), if any."""
    toks = ctx.sentences[si].tokens
    written = ctx.text[post.title_span.end:toks[post.j - 1].end] if post.j > post.title_span.j else ""
    return written.strip().rstrip(".,;:").strip()


def _foreign_ministry(ctx, ex, si: int, post: Post, org: str, org_name: str | None) -> tuple[str, str | None]:
    """'Bộ trưởng Công thương Chan Chun Sing' in a story about Singapore: that state's ministry, named as
    written with its state ("Bộ Công thương Singapore"), not ours of that field."""
    held = ex.entities.get((ORG, org))
    written = _written_field(ctx, si, post)
    if held is None or not held.name.startswith("Bộ ") or held.name.lower().startswith(NOT_MINISTRIES) or not written:
        return org, org_name
    if _of_a_foreign_state(held.name):
        return org, org_name  # "Bộ Quốc phòng Mỹ": a state's own ministry already
    start = ctx.text.find(written, post.title_span.end)
    end = start + len(written)
    if any(r.kind == PLACE and start <= r.span.start <= end + 1 for r in ctx.resolved[si].values()):
        return org, org_name  # "Bộ trưởng Quốc phòng Mỹ": its state written with it
    state = _story_state(ctx, si)
    if state is None:  # "Bộ trưởng Quốc phòng James Mattis" beside "Tổng thống Donald Trump": the one state whose
        served = {_office_state(p.name) for p in ex.of_kind(PERSON)} - {None}  # well-known holders the story names
        state = served.pop() if len(served) == 1 else None
    if state is None:
        return org, org_name
    name = f"{written if written.startswith('Bộ ') else 'Bộ ' + written} {state}"
    key = org_key(name)
    ex.mentions[:] = [m for m in ex.mentions if not (m.kind == ORG and m.key == org and m.start >= post.title_span.start
                                                      and m.end <= end)]
    ex.mention(start, end, ORG, key)
    return key, name


def _foreign_state_body(ctx, ex, si: int, person: str, org: str, org_name: str | None) -> tuple[str, str | None]:
    """'Chủ tịch Quốc hội Samdech Heng Samrin' in a story about Cambodia: that state's assembly or government, not
    ours, when a foreign name holds the post of a bare "Quốc hội" or "Chính phủ"."""
    held = ex.entities.get((ORG, org))
    if held is None or held.name not in ("Quốc hội", "Chính phủ"):
        return org, org_name
    state = _office_state(ex.entities[(PERSON, person)].name) or _story_state(ctx, si)
    if state is None or state == "Việt Nam":
        return org, org_name
    name = f"{held.name} {state}"
    return org_key(name), name


VILLAGE_WORDS = frozenset({"thôn", "xóm", "ấp", "bản", "buôn", "làng", "khóm"})  # below the commune, no body of its own


DEPUTY, ASSEMBLY = "Đại biểu", "Quốc hội"


_ASSEMBLY_WORDS = re.compile(r"(?<!\w)(?:Quốc hội|ĐBQH)(?!\w)")
_COUNCIL_WORDS = re.compile(r"(?<!\w)(?:HĐND|Hội đồng nhân dân|Hội đồng Nhân dân|hội đồng nhân dân)(?!\w)")


def _assembly_story(ctx) -> bool:
    """A story of the National Assembly and of no council (or one named in passing, against five times as many
    mentions of the Assembly): its bare "đại biểu X" sits in the Assembly."""
    assembly, councils = len(_ASSEMBLY_WORDS.findall(ctx.text)), len(_COUNCIL_WORDS.findall(ctx.text))
    return assembly >= 2 and (not councils or assembly >= 5 * councils)


def _deputy_of_a_province(ctx, si: int, person: str) -> bool:
    """'ĐB Hoàng Văn Cường (Hà Nội)': a deputy named with a province in brackets sits in the National Assembly for
    that province's delegation (a council's deputies are named with their district or unit)."""
    toks = ctx.sentences[si].tokens
    for r in ctx.resolved[si].values():
        if r.kind != PERSON or r.key != person or r.span.j + 2 >= len(toks) or toks[r.span.j].text != "(":
            continue
        place = next((s for s in ctx.spans[si] if s.kind == S_PLACE and s.i == r.span.j + 1), None)
        if place is not None and place.j < len(toks) and toks[place.j].text == ")" \
                and place.payload.kind in (PROVINCE, CITY):
            return True
        # "Đại biểu A (đoàn Đồng Tháp)": the province's delegation to the National Assembly
        body = next((s for s in ctx.spans[si] if s.kind == S_ORG and s.i == r.span.j + 1), None)
        if body is not None and body.j < len(toks) and toks[body.j].text == ")" \
                and body.payload.name.startswith("Đoàn đại biểu Quốc hội"):
            return True
    return False


def _unknown_body_after(ctx, si: int, post: Post) -> bool:
    """'Tổng giám đốc PMU 2': the post names a body, in capitals, that is not recognised; not the article's
    main body of that kind."""
    toks = ctx.sentences[si].tokens
    if post.j + 1 < len(toks) and toks[post.j].lower in VILLAGE_WORDS and toks[post.j + 1].is_capitalized:
        return True  # "Bí thư thôn Yên Cảnh": a village's, not a body the article names elsewhere
    if post.j >= len(toks) or not (toks[post.j].is_capitalized or toks[post.j].text.isupper()):
        return False
    heads = tuple(h.lower() for h in post.title.org_heads)
    written = ctx.text[toks[post.j].start:toks[post.j].start + 40].lower()
    if written.startswith(heads):
        # "nguyên Chủ tịch UBND huyện" of a district the text does not name: that district's, nobody else's; but
        # "Chủ tịch HĐQT kiêm Tổng giám đốc Công ty.": the body named before, by its kind
        return bool(_OF_A_LEVEL.match(written, len(next(h for h in heads if written.startswith(h)))))
    return not any(s.i == post.j for s in ctx.spans[si])


_OF_A_LEVEL = re.compile(r"\s+(?:tỉnh|thành phố|tp|huyện|quận|thị xã|xã|phường|thị trấn)(?!\w)")


def _province_committee(ctx, ex, si, post: Post) -> tuple[str, str] | None:
    """A bare Party or People's Committee post ("Phó bí thư", "Phó chủ tịch") in a sentence about one province
    or city ("HĐND tỉnh Lào Cai bầu ông A, Phó bí thư, Phó chủ tịch …"): that place's committee."""
    bodies = LEVEL_SHORTHAND.get(post.title.base)
    toks = ctx.sentences[si].tokens
    if not bodies or (post.j < len(toks) and toks[post.j].text[0].isupper()):
        return None  # "Chủ tịch Liên hiệp", "Chủ tịch HĐQT": a body is written, if not recognised
    places = set()
    for s in ctx.spans[si]:
        if s.kind == S_ORG and isinstance(s.payload, OrgHit) and s.payload.place:
            places.add(s.payload.place)
        elif s.kind == S_PLACE and s.payload.kind in (PROVINCE, CITY):
            places.add((s.payload.name, s.payload.kind))
    places = {(name, kind) for name, kind in places if kind in (PROVINCE, CITY)}
    if len(places) != 1:
        return None
    name, kind = places.pop()
    head = bodies[kind]
    gaz = gazetteer()
    full = f"{head} {committee_place(name, kind, gaz)}" if head.endswith(COMMITTEES) else f"{head} {kind} {name}"
    info = gaz.canonical_org(full)
    full = info.name if info else full
    key = org_key(full)
    if (ORG, key) not in ex.entities:
        ex.entity(ORG, key, full, info.cls if info else "GovernmentOrganization")
    ex.mention(post.title_span.start, post.title_span.end, ORG, key)  # the post names its body
    return key, full

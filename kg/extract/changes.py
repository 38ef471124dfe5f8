"""Organisational changes: mergers ("A, B hợp nhất thành C"), absorptions ("sáp nhập A vào B") and
renamings ("Bộ Công nghiệp (nay là Bộ Công Thương)", "A đổi tên thành B")."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..textnorm import fold, name_key
from .context import ArticleContext
from .entities import org_key, place_entity
from .gazetteer import gazetteer
from .model import ORG, PLACE, Change, Extraction
from .spans import CITY, DISTRICT_LEVELS, GENERIC_HEADS, JOINT_OFFICE, PROVINCE, PROVINCIAL_CITY

# administrative units merge as bodies do: "hợp nhất tỉnh Bình Dương, tỉnh Bà Rịa - Vũng Tàu và TP.HCM thành TP.HCM"
UNITS = frozenset({PROVINCE, CITY, PROVINCIAL_CITY, *DISTRICT_LEVELS})

_VERB = re.compile(r"(?<!\w)(hợp nhất|sáp nhập|nhập|sắp xếp)(?!\w)", re.IGNORECASE)  # "sắp xếp A và B thành C" (2025)
_PAREN = r"(?:\s*\([^()]{1,40}\))?"  # "Bộ Kế hoạch và Đầu tư (KH&ĐT) và Bộ Tài chính"
_LEVEL = r"(?:\s*(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn))?"  # "…, tỉnh | Bà Rịa - Vũng Tàu"
# "phường An Phú cũ và một phần phường Bình Chuẩn": the former unit, and part of another
_JOIN = re.compile(rf"^{_PAREN}(?:\s+cũ)?\s*(?:,|và|với|cùng)(?:\s+(?:một phần|toàn bộ))?{_LEVEL}\s*$", re.IGNORECASE)
# "Phường An Phú (sáp nhập phường An Phú cũ và …)": the unit before the bracket is what the merger made
_MADE_OF = re.compile(r"^\s*\(\s*(?:được\s+|trên cơ sở\s+)?$", re.IGNORECASE)
_BEFORE_VERB = re.compile(rf"^{_PAREN}\s*(?:(?:sẽ|được|đã|sẽ được|đang|dự kiến|tiến hành|thực hiện|chính thức|vừa|sau đó|sau này|"
                          rf"về sau|rồi)\s+)*$",
                          re.IGNORECASE)
_INTO = re.compile(rf"^{_PAREN}\s*,?\s*(?:thành|vào|lại thành|lại vào|lấy tên(?: là)?|mang tên|với tên(?: gọi)?(?: là)?)"
                   rf"(?:\s+(?:một|bộ|cơ quan|đơn vị)(?: mới)?)?\s*(?:là\s*)?{_LEVEL}\s*$", re.IGNORECASE)
_WITH = re.compile(rf"^{_PAREN}\s*(?:với|và){_LEVEL}\s*$", re.IGNORECASE)  # "tỉnh A hợp nhất với | tỉnh B thành …"
_WHERE = re.compile(r"(?<!\w)(?:tại|trụ sở)(?!\w)", re.IGNORECASE)  # "… đặt trụ sở tại Hà Nội": where a body sits


_TAKES_IN = re.compile(r"\s*(?:(?:đã|vừa|sẽ|chính thức)\s+)*nhận\s+", re.IGNORECASE)  # "A nhận sáp nhập B"
_BRACKETED = re.compile(r"\s*\(\s*")  # "A (PMU A)": the short name in brackets is A again, not another body
# "X được thành lập trên cơ sở hợp nhất A và B", "X được thành lập từ A, B", "X được hình thành từ việc hợp nhất A, B"
_ON_BASIS = re.compile(r"(?<!\w)(?:trên cơ sở(?: (?:tổ chức lại|hợp nhất|sáp nhập|nhập|nâng cấp))?|(?<=thành lập )từ|"
                       r"(?<=hình thành )từ(?: việc (?:hợp nhất|sáp nhập|nhập))?)(?!\w)", re.IGNORECASE)
_FOUNDED = re.compile(r"(?<!\w)(?:thành lập|hình thành)(?!\w)", re.IGNORECASE)
# what may open the list of merged bodies: "các", or a count and a noun ("3 ban quản lý:")
_LIST_OPENS = re.compile(rf"\s*(?:các\s+)?(?:(?:\d{{1,2}}|hai|ba|bốn|năm|sáu|bảy)\s+[^\W\d]+(?:\s+[^\W\d]+){{0,3}}\s*:\s*)?{_LEVEL}\s*",
                         re.IGNORECASE)  # "… trên cơ sở sáp nhập các phường Tân Phước Khánh, …"


def _unit_kind(r) -> str:
    """The level of an administrative unit the sentence names ("tỉnh", "phường"), or "" for a body."""
    return getattr(r.span.payload, "kind", "") if r.kind == PLACE else ""


_WRITTEN_LEVEL = re.compile(r"(?<!\w)(huyện|quận|thị xã|xã|phường|thị trấn)\s*$", re.IGNORECASE)  # a city's may be either tier


def _tier(r, text: str = "") -> int:
    """How high an administrative unit stands (0 a province, 1 a district, 2 a commune); bodies are 3. The level
    written before it wins over the gazetteer's ("phường Thái Hòa", though a town of that name exists)."""
    written = _WRITTEN_LEVEL.search(text, max(0, r.span.start - 12), r.span.start) if text and _unit_kind(r) else None
    kind = written.group(1).lower() if written else _unit_kind(r)
    return 0 if kind in (PROVINCE, CITY) else 1 if kind in ("huyện", "quận", "thị xã", PROVINCIAL_CITY) \
        else 2 if kind in ("xã", "phường", "thị trấn") else 3


def _founded_from(ctx: ArticleContext, ex: Extraction, si: int, orgs: list) -> None:
    """'X được thành lập trên cơ sở hợp nhất A và B', 'thành lập X trên cơ sở tổ chức lại A, B'."""
    text, s = ctx.text, ctx.sentences[si]
    for v in _ON_BASIS.finditer(text, s.start, s.end):
        right = [r for r in orgs if r.span.start >= v.end()]
        if not right or not _LIST_OPENS.fullmatch(text[v.end():right[0].span.start]):
            continue
        originals = [right[0]]
        for r in right[1:]:
            if _JOIN.match(text[originals[-1].span.end:r.span.start]):
                originals.append(r)
            else:
                break
        founded = list(_FOUNDED.finditer(text, s.start, v.start()))
        if not founded:
            continue
        f = founded[-1]
        after = [r for r in orgs if f.end() <= r.span.start < v.start()]
        before = [r for r in orgs if r.span.end <= f.start()]
        result = after[0] if after else (before[0] if before else None)
        if result is None or result in originals:
            continue
        keys = tuple(dict.fromkeys(o.key for o in originals))  # one body reorganised is renamed; more are merged
        ex.changes.append(Change(keys, result.key, "merger" if len(keys) > 1 else "renaming", ctx.evidence(si)))


# "Vụ Giáo dục Quốc phòng đổi tên thành Vụ Giáo dục Quốc phòng và An ninh", "A được chuyển đổi thành B"
_RENAMED_AS = re.compile(r"^\s*(?:,\s*(?:(?:đến|từ|vào|tới|sau)\s+)?(?:năm|tháng)\s+[\d/]{4,7}\s*,?\s*)?"  # ", đến năm 1944 …"
                         r"(?:(?:sau đó|sau này|về sau|rồi|sẽ|được|đã|vừa|chính thức)\s+)*"  # "sau đó được đổi tên là"
                         r"(?:đổi tên(?: gọi)?|đổi|chuyển đổi|chuyển|tổ chức lại|nâng cấp|trở)\s+"
                         r"(?:thành|là)\s*$", re.IGNORECASE)  # "Trường Cao đẳng A được nâng cấp thành Trường Đại học B",
# "Tủ sách Kim Đồng trở thành NXB Kim Đồng"
_RENAMES = re.compile(r"(?<!\w)(?:quyết định\s+)?đổi tên(?: gọi)?\s*$", re.IGNORECASE)
_INTO_NAME = re.compile(r"^\s*thành\s*$", re.IGNORECASE)
_NOW_CALLED = re.compile(r"^\s*(?:cũ\s*)?(?:\(|,|mà)\s*(?:(?:ngày|hiện)\s+)?(?:nay là|nay đổi tên (?:thành|là)|nay đã đổi tên thành|"
                         r"sau (?:này |đó )?(?:được )?đổi tên (?:thành|là)|"
                         r"(?:với\s+)?tên (?:gọi\s+)?mới là)\s*$", re.IGNORECASE)  # "(nay là B)", ", nay là B", "mà ngày nay là B",
# "A (với tên gọi mới là B)"
# "thay đổi tên công ty từ A sang B": who renames, from the old name to the new
_RENAMES_FROM = re.compile(r"(?<!\w)đổi tên(?:\s+[^\s,.;]+){0,3}?\s+từ\s*$", re.IGNORECASE)
_FROM_TO = re.compile(r"^\s*(?:sang|thành)\s*$", re.IGNORECASE)


# "Vụ Đông y, tiền thân của Cục Quản lý Y dược cổ truyền": the first body became the second
_FORERUNNER_OF = re.compile(r"^\s*(?:\(|,|-|–)?\s*(?:(?:là|chính là|vốn là)\s+)?tiền thân của\s*$", re.IGNORECASE)
# "Trường Đại học Sài Gòn (tiền thân là Trường Cao đẳng Sư phạm …)": the second body became the first
_FORERUNNER_WAS = re.compile(r"^\s*(?:\(|,|-|–)?\s*(?:(?:(?:có|với)\s+)?tiền thân (?:là|từ)|trước đây là|trước kia là|trước là|"
                             r"(?:có\s+)?tên (?:gọi\s+)?cũ (?:là\s+)?)\s*$",
                             re.IGNORECASE)  # "Cục Thuế (trước đây là Tổng cục Thuế)", "Ngân hàng A, tên cũ là B"


def _renamed(ctx: ArticleContext, ex: Extraction, si: int, orgs: list) -> None:
    """'Bộ Công nghiệp (nay là Bộ Công Thương)', 'A đổi tên thành B', 'A, tiền thân của B', 'B (tiền thân là A)':
    what a body became."""
    paired: set[int] = set()  # bodies of a list renamed one by one
    renamed_into: set[int] = set()  # bodies a renaming "A thành B" made, which a list of such pairs goes on from
    for n, (a, b) in enumerate(zip(orgs, orgs[1:])):
        if (a.kind == ORG) != (b.kind == ORG) or n in paired:
            continue  # a body becomes a body, a province a province ("Công ty Dược … Phú Yên (nay là Công ty X)")
        between = ctx.text[a.span.end:b.span.start]
        if a.key == b.key:
            if a.kind == ORG and _RENAMED_AS.match(between):
                _renamed_to_a_longer_name(ctx, ex, si, a, b)
            continue
        before, after = _lists_around(ctx, orgs, n) if _RENAMED_AS.match(between) else ([a], [b])
        if len(before) >= 2 and len(after) == len(before):
            for x, y in zip(before, after):  # "Tổng cục Thuế và Tổng cục Hải quan được tổ chức lại thành Cục Thuế
                ex.changes.append(Change((x.key,), y.key, "renaming", ctx.evidence(si)))  # và Cục Hải quan": each
            paired.update(range(n, n + len(after)))
        elif len(before) >= 2 and len(after) == 1:  # "A và B được tổ chức lại thành C": both became one
            ex.changes.append(Change(tuple(x.key for x in before), b.key, "merger", ctx.evidence(si)))
        elif _NOW_CALLED.match(between) or _FORERUNNER_OF.match(between) or _RENAMED_AS.match(between) or (
                _INTO_NAME.match(between) and (_RENAMES.search(ctx.text, ctx.sentences[si].start, a.span.start)
                                               or (_a_pairs_result(ctx, si, orgs, n - 1, renamed_into)
                                                   and _NEXT_PAIR.fullmatch(ctx.text, orgs[n - 1].span.end, a.span.start))
                                               or (n == 0 and ctx.memo.get("renaming list") == si - 1
                                                   and not ctx.text[ctx.sentences[si].start:a.span.start].strip()))):
            # (and "UBND tỉnh đổi tên Trường THPT Lê Lợi thành Trường THPT Nguyễn Huệ": who renames, then A; and the
            # pairs listed after it: "…; Trường THPT số 2 Ngô Gia Tự thành Trường THPT Ngô Gia Tự; …", even in the
            # sentences that follow: "… thành Trường THPT Nguyễn Trãi. Trường THPT số 2 Trần Phú thành …")
            ex.changes.append(Change((a.key,), b.key, "renaming", ctx.evidence(si)))
            if _INTO_NAME.match(between):
                renamed_into.add(n + 1)
                ctx.memo["renaming list"] = si  # a list of pairs may go on in the next sentence, with no verb
        elif _FROM_TO.match(between) and _RENAMES_FROM.search(ctx.text, max(ctx.sentences[si].start, a.span.start - 40),
                                                               a.span.start):
            ex.changes.append(Change((a.key,), b.key, "renaming", ctx.evidence(si)))
        elif _FORERUNNER_WAS.match(between):
            ex.changes.append(Change((b.key,), a.key, "renaming", ctx.evidence(si)))


_NEXT_PAIR = re.compile(r"\s*[;,]\s*(?:và\s+)?")  # between one "A thành B" of a list and the next
_INTO_BEFORE = re.compile(r"\sthành\s*$")
_LISTED = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _a_pairs_result(ctx: ArticleContext, si: int, orgs: list, n: int, renamed_into: set[int]) -> bool:
    """Is the n-th body the new name of a pair in a list of renamings: one read as such, or, in a sentence that
    goes on with such a list, one written after "thành" whose old name was not read ("Trường số 2 Trần Phú")?"""
    if n < 0:
        return False
    if n in renamed_into:
        return True
    start = orgs[n - 1].span.end if n > 0 else ctx.sentences[si].start
    return ctx.memo.get("renaming list") in (si, si - 1) and \
        _INTO_BEFORE.search(ctx.text, start, orgs[n].span.start) is not None


def _lists_around(ctx: ArticleContext, orgs: list, n: int) -> tuple[list, list]:
    """The bodies listed up to the n-th, and those listed from the one after it, at most as many: the two sides of
    a renaming's verb ("Tổng cục Thuế và Tổng cục Hải quan | được tổ chức lại thành | Cục Thuế và Cục Hải quan")."""
    k = n
    while k > 0 and _LISTED.fullmatch(ctx.text, orgs[k - 1].span.end, orgs[k].span.start):
        k -= 1
    before = orgs[k:n + 1]
    m = n + 1
    while m + 1 < len(orgs) and m - n < len(before) and _LISTED.fullmatch(ctx.text, orgs[m].span.end, orgs[m + 1].span.start):
        m += 1
    return before, orgs[n + 1:m + 1]


def _renamed_to_a_longer_name(ctx: ArticleContext, ex: Extraction, si: int, a, b) -> None:
    """"Vụ Giáo dục Quốc phòng đổi tên thành Vụ Giáo dục Quốc phòng và An ninh": the former name, which the article
    read as a short form of the new one, is a body of its own, renamed."""
    former = " ".join(ctx.text[a.span.start:a.span.end].split())
    key = org_key(former)
    if key == b.key:
        return
    new = ex.entities[(ORG, b.key)]
    ex.entity(ORG, key, former, new.cls)
    ex.mention(a.span.start, a.span.end, ORG, key)
    ex.changes.append(Change((key,), b.key, "renaming", ctx.evidence(si)))


@lru_cache(maxsize=1)
def _former_name() -> str:
    """A body's name the extractor may not know, for it is no longer in use: a capitalised head, then words up to
    punctuation ("Trường Sỹ quan kỹ thuật Vinhempich", "Bộ Quốc gia Giáo dục", "Đảng ủy Quân sự Trung ương")."""
    heads = sorted({h for h in (*GENERIC_HEADS, "Bộ", "Nha", "Tổng cục") if h[0].isupper()}, key=len, reverse=True)
    # and "trường Sỹ quan kỹ thuật Vinhempich": a school, its head in lower case
    patterns = [*map(re.escape, heads), "trường(?= [A-ZĐ])"]
    return rf"(?<![\w.])(?<!thị )(?:{'|'.join(patterns)})" \
           rf"(?:\s+(?!(?:mà|ngày|hiện|nay|được|đã|sẽ|vừa|chính thức|cũ)\s)[^\s,.;:()“”\"]+){{1,8}}"


# "Bí thư Đảng ủy trường Sỹ quan kỹ thuật Vinhempich (nay là …)": the Party committee of a body is not what was
# renamed; the body is
_PARTY_UNIT_OF = re.compile(r"^(?:Đảng [uủ][yỷ]|Đảng bộ|Chi bộ)\s+(?=[a-zđ])")


def _body_not_its_party_unit(written: str) -> tuple[str, int]:
    """The renamed body's name, capitalised, and how many characters of what is written come before it."""
    m = _PARTY_UNIT_OF.match(written)
    skip = m.end() if m else 0
    name = " ".join(written[skip:].split())
    return name[0].upper() + name[1:], skip


@lru_cache(maxsize=1)
def _former_before() -> re.Pattern:
    # "Trường Trung học Bảo hộ, nay là …", "… (nay là …)", "A được đổi tên thành …": the former name, then the cue
    return re.compile(rf"(?P<name>{_former_name()})\s*(?:\(\s*|,\s*)?(?:(?:mà\s+)?(?:ngày\s+|hiện\s+)?nay là|nay đổi tên (?:thành|là)|"
                      r"nay đã đổi tên thành|tên mới là|(?:(?:sẽ|được|đã|vừa|chính thức)\s+)*đổi tên(?: gọi)? thành)\s*$")


@lru_cache(maxsize=1)
def _former_after() -> re.Pattern:
    # "B (tiền thân là A)", "B, tiền thân là A": the cue, then the former name
    return re.compile(rf"\s*(?:\(|,|-|–)?\s*(?:(?:có|với)\s+)?tiền thân (?:là|từ)\s+(?P<name>{_former_name()})"
                      r"(?=\s*[),.;]|\s+(?:được|đã|và|ra đời|thành lập))")


@lru_cache(maxsize=1)
def _new_name_after() -> re.Pattern:
    # "Vinashin (nay là Tổng công ty công nghiệp tàu thủy)": the cue, then the body's name now
    return re.compile(rf"\s*(?:–|-)?\s*(?:\(|,)\s*(?:(?:ngày\s+|hiện\s+)?nay là|nay đổi tên (?:thành|là)|nay đã đổi tên thành|"
                      rf"tên mới là)\s+(?P<name>{_former_name()})(?=\s*[),.;])")


def _overlaps_beyond(a: int, e: int, start: int, end: int) -> bool:
    """Does the span [a, e) cover [start, end) or run past either of its ends (rather than lie inside it)?"""
    return (a <= start and e >= end) or a < start < e or a < end < e


def _former_names(ctx: ArticleContext, ex: Extraction, si: int, orgs: list) -> None:
    """A body renamed from a name the text gives only there, which no lexicon knows ("Trường Sỹ quan kỹ thuật
    Vinhempich (nay là Trường Đại học Trần Đại Nghĩa)"): the former name as a body of its own, and the renaming."""
    s = ctx.sentences[si]
    known = {(r.span.start, r.span.end) for r in orgs}
    for b in orgs:
        if b.kind != ORG:
            continue
        before = _former_before().search(ctx.text, s.start, b.span.start)
        after = _former_after().match(ctx.text, b.span.end, s.end)
        for m in (before, after):
            if m is None or any(_overlaps_beyond(a, e, m.start("name"), m.end("name")) for a, e in known):
                continue  # a body the sentence names already: the renaming is told by the bodies found (but not
                # "Công ty Dược | và vật tư y tế Phú Yên (nay là …)", a name the sentence read only parts of)
            name, skip = _body_not_its_party_unit(m.group("name"))
            if skip:  # the Party committee is named too, and is the body's own
                unit = f"{m.group('name')[:skip].strip()} {name}"
                ex.entity(ORG, org_key(unit), unit, "Organization").attrs.setdefault("parent", org_key(name))
                ex.mention(m.start("name"), m.end("name"), ORG, org_key(unit))
            key = org_key(name)
            ex.entity(ORG, key, name, "Organization")
            ex.mention(m.start("name") + skip, m.end("name"), ORG, key)
            ex.changes.append(Change((key,), b.key, "renaming", ctx.evidence(si)))  # the former name became b
        now = _new_name_after().match(ctx.text, b.span.end, s.end)
        if now is not None and not any(_overlaps_beyond(a, e, now.start("name"), now.end("name")) for a, e in known):
            name = " ".join(now.group("name").split())  # a body's name now, which no lexicon knows yet
            key = org_key(name)
            if key != b.key:
                ex.entity(ORG, key, name, ex.entities[(ORG, b.key)].cls)
                ex.mention(now.start("name"), now.end("name"), ORG, key)
                ex.changes.append(Change((b.key,), key, "renaming", ctx.evidence(si)))


# "hợp nhất ba văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân": offices named by one head
_OFFICE_BODY = r"(?:Đoàn (?:đại biểu Quốc hội|ĐBQH)|HĐND|Hội đồng nhân dân|UBND|[UỦ][yỷ] ban nhân dân)"
_OFFICES_MERGED = re.compile(rf"(?<!\w)(?:hợp nhất|sáp nhập)\s+(?:hai|ba|2|3)\s+văn phòng\s+(?P<bodies>{_OFFICE_BODY}"
                             rf"(?:\s*(?:,|và)\s*{_OFFICE_BODY}){{1,2}})", re.IGNORECASE)
_OFFICE_NAMES = (("đoàn", JOINT_OFFICE), ("hđnd", "Văn phòng Hội đồng nhân dân"),
                 ("hội đồng", "Văn phòng Hội đồng nhân dân"), ("ubnd", "Văn phòng Ủy ban nhân dân"),
                 ("ủy ban", "Văn phòng Ủy ban nhân dân"))  # by a body's folded first words


def _offices_merged(ctx: ArticleContext, ex: Extraction, si: int) -> None:
    """The offices of a province's delegation, council and committee merged into their joint office, which the
    article names ("Văn phòng Đoàn ĐBQH, HĐND và UBND thành phố Đà Nẵng"): each office of that place, and the merger."""
    s = ctx.sentences[si]
    m = _OFFICES_MERGED.search(ctx.text, s.start, s.end)
    if m is None:
        return
    joint = next((e for e in ex.of_kind(ORG) if e.name.startswith((f"{JOINT_OFFICE} và ", f"{JOINT_OFFICE}, "))), None)
    if joint is None:
        return
    place = joint.name.rsplit("nhân dân", 1)[1].strip()  # "thành phố Đà Nẵng"
    originals = []
    for body in re.finditer(_OFFICE_BODY, ctx.text[m.start("bodies"):m.end("bodies")], re.IGNORECASE):
        name = next(n for key, n in _OFFICE_NAMES if fold(body.group()).startswith(fold(key)))
        name = f"{name} {place}".strip()
        key = org_key(name)
        ex.entity(ORG, key, name, "GovernmentOrganization")
        ex.mention(m.start("bodies") + body.start(), m.start("bodies") + body.end(), ORG, key)
        originals.append(key)
    ex.changes.append(Change(tuple(dict.fromkeys(originals)), joint.key, "merger", ctx.evidence(si)))


# a unit the story names as no longer standing: "Bình Dương cũ", "Bộ KH&ĐT (cũ)", "Hà Tây trước đây"
_FORMER_AFTER = re.compile(r"\s*(?:\(\s*cũ\s*\)|cũ(?!\w)|trước đây(?!\w)|trước (?:khi )?(?:sáp nhập|hợp nhất)(?!\w))",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def _known_mergers() -> tuple[tuple[lexicon.KnownMerger, frozenset[str]], ...]:
    """Each merger of public record, with the keys its units (originals and result) take in an extraction."""
    return tuple((m, frozenset(name_key(o) for o in (m.result, *m.originals))) for m in lexicon.known_mergers())


def _story_year(ctx: ArticleContext) -> int | None:
    date = ctx.adoc.doc.date
    if date and date[:4].isdigit():
        return int(date[:4])
    return max([*ctx.context_years, *(d.year for d in ctx.anchor_dates)], default=None)


def _known_merger_named(ctx: ArticleContext, ex: Extraction, si: int, orgs: list, done: set) -> None:
    """A merger of public record the sentence refers to without spelling it out: one of its units named as former
    ("Phường An Phú, thành phố Thuận An, Bình Dương trước đây"), or two of them with a merging verb ("từ khi sáp
    nhập Bà Rịa - Vũng Tàu và Bình Dương"); only in a story told in the year it took effect or later."""
    year = _story_year(ctx)
    if year is None:
        return
    s, text = ctx.sentences[si], ctx.text
    merging = _VERB.search(text, s.start, s.end) is not None
    for merger, keys in _known_mergers():
        if merger.year > year or merger.result in done:
            continue
        named = [r for r in orgs if r.key in keys and (r.kind == ORG) == (merger.kind == "org")]
        former = [r for r in orgs if r in named or merger.kind == "place" and _place_of_body(r) in keys]
        if not (merging and len({r.key for r in named}) >= 2 or any(_FORMER_AFTER.match(text, r.span.end) for r in former)):
            continue
        units = [_known_unit(ex, name, merger.kind) for name in (merger.result, *merger.originals)]
        if None in units or any(c.result == units[0].key and {u.key for u in units[1:]} <= {*c.originals, c.result}
                                for c in ex.changes):
            continue  # or the story spells the merger out itself
        done.add(merger.result)
        ex.changes.append(Change(tuple(u.key for u in units[1:]), units[0].key, "merger", ctx.evidence(si)))


def _place_of_body(r) -> str | None:
    """The key of the province a local body's name ends with ("Sở Y tế Bình Dương": Bình Dương)."""
    place = getattr(r.span.payload, "place", None) if r.kind == ORG else None
    return name_key(place[0]) if place else None


def _known_unit(ex: Extraction, name: str, kind: str):
    """The entity of a unit a known merger names, which the story may not name itself."""
    gaz = gazetteer()
    if kind == "place":
        info = gaz.place_index.get(name_key(name))
        return place_entity(ex, info) if info else None
    info = gaz.canonical_org(name)
    return ex.entity(ORG, org_key(info.name), info.name, info.cls) if info else None


def run(ctx: ArticleContext, ex: Extraction) -> None:
    known: set[str] = set()  # the known mergers the story has referred to
    for si, s in enumerate(ctx.sentences):
        _offices_merged(ctx, ex, si)
        text = ctx.text
        orgs = sorted((r for r in ctx.resolved[si].values() if r.kind == ORG or _unit_kind(r) in UNITS),
                      key=lambda r: r.span.start)
        orgs = [r for n, r in enumerate(orgs) if not (n and _BRACKETED.fullmatch(text, orgs[n - 1].span.end, r.span.start)
                                                      and text[r.span.end:r.span.end + 1] == ")")]
        _founded_from(ctx, ex, si, orgs)
        _renamed(ctx, ex, si, orgs)
        _former_names(ctx, ex, si, orgs)
        for v in _VERB.finditer(text, s.start, s.end):
            left = [r for r in orgs if r.span.end <= v.start()]
            right = [r for r in orgs if r.span.start >= v.end()]
            if left and right and _TAKES_IN.fullmatch(text, left[-1].span.end, v.start()) \
                    and re.fullmatch(r"\s*", text[v.end():right[0].span.start]):
                # "Ngân hàng SHB nhận sáp nhập Ngân hàng Habubank": the second absorbed into the first
                ex.changes.append(Change((right[0].key, left[-1].key), left[-1].key, "absorption", ctx.evidence(si)))
                continue
            originals = []
            if left and _BEFORE_VERB.match(text[left[-1].span.end:v.start()]):
                originals = [left[-1]]
                for r in reversed(left[:-1]):
                    if _JOIN.match(text[r.span.end:originals[0].span.start]):
                        originals.insert(0, r)
                    else:
                        break
            result, kind = None, "merger"
            if left and right and _MADE_OF.match(text[left[-1].span.end:v.start()]) \
                    and re.fullmatch(rf"\s*(?:các\s+)?{_LEVEL}\s*", text[v.end():right[0].span.start], re.IGNORECASE):
                group = [right[0]]
                for r in right[1:]:
                    if not _JOIN.match(text[group[-1].span.end:r.span.start]) or _tier(r, text) < _tier(group[0], text):
                        break  # "…, phường B, thành phố Thuận An": where the wards were, not one of them
                    group.append(r)
                ex.changes.append(Change(tuple(dict.fromkeys(o.key for o in group)), left[-1].key, "merger",
                                         ctx.evidence(si)))
                continue
            if originals:
                if right and _INTO.match(text[v.end():right[0].span.start]):
                    result = right[0]
                elif len(right) >= 2 and _WITH.match(text[v.end():right[0].span.start]) and \
                        _INTO.match(text[right[0].span.end:right[1].span.start]):
                    originals.append(right[0])  # "A hợp nhất với B, lấy tên C"
                    result = right[1]
                else:
                    originals = []  # "Bộ GTVT sáp nhập A và B thành C": the body before the verb is who merges
            if not originals and right and not _WHERE.search(text, v.end(), right[0].span.start):
                # "hợp nhất A và B thành C" / "sáp nhập A vào B"; not "sau khi hợp nhất sẽ đặt trụ sở tại Hà Nội với
                # tên gọi C": where the merged body sits is no party to the merger
                group = [right[0]]
                for r in right[1:]:
                    between = text[group[-1].span.end:r.span.start]
                    if _JOIN.match(between):
                        group.append(r)
                    elif _INTO.match(between):
                        originals, result = group, r
                        break
                    else:
                        break
            if not originals or result is None:
                continue
            if v.group(1).lower() != "hợp nhất" and re.search(rf"(?<!\w)vào{_LEVEL}\s*$",
                                                              text[max(0, result.span.start - 20):result.span.start],
                                                              re.IGNORECASE):
                kind = "absorption"
                if result.key not in [o.key for o in originals]:
                    originals.append(result)
            ex.changes.append(Change(tuple(dict.fromkeys(o.key for o in originals)), result.key, kind,
                                     ctx.evidence(si)))
        _known_merger_named(ctx, ex, si, orgs, known)

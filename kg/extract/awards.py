"""Honours: who received which order, medal or title, and who conferred it."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .context import ArticleContext
from .model import ORG, PERSON, Award, Extraction
from .pronouns import pronoun_subjects

AWARD_RE = re.compile(
    r"(?<!\w)(?P<kind>[Hh]uân chương|[Hh]uy chương|Kỷ niệm chương|kỷ niệm chương(?=\s*:?\s*[“\"])|Huy hiệu|huy hiệu(?=\s+\d+\s+năm\s+tuổi)|Danh hiệu|[Gg]iải thưởng|Bằng khen|Cờ thi đua|"
    r"Giấy khen|Huân Chương|[Gg]iải(?= Nobel)|"
    # a prize won, named in capitals after a verb of winning ("đoạt giải Pulitzer", "nhận Giải Tạ Quang Bửu"); not a
    # place in a contest ("giải Nhất") nor the Liberation ("Quân Giải phóng")
    r"(?:(?<=đoạt )|(?<=giành )|(?<=nhận )|(?<=trao )|(?<=tặng ))[Gg]iải(?=\s+[A-ZĐ])(?!\s+(?:Nhất|Nhì|Ba|Tư|Khuyến khích|"
    r"Đặc biệt|[Pp]hóng|Vàng|Bạc|Đồng|[A-D]|Olympic)(?!\w))|danh hiệu(?=\s+Anh hùng\s+(?:nước\s+)?[A-ZĐ])(?!\s+Anh hùng\s+(?:Lao động|Lực lượng)))(?P<rest>(?:\s+(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,.;:()“”\"]*|"
    r"hạng\s+\w+|\d+\s+năm\s+tuổi|động|lập|công|vụ|hùng|chí|minh|nước|sự nghiệp|nghiệp)){0,8})(?P<of>\s+của\s+(?:[A-ZĐ][^\s,.;:()“”\"]*\s*){1,6})?")
# State honorary titles, conferred by the President ("phong tặng danh hiệu Nghệ sĩ Nhân dân cho …")
# the press's abbreviations of those titles before a holder's name ("NSND Trà Giang", "NGƯT Nguyễn Văn A")
TITLE_ABBREVIATIONS = {"NSND": "Nghệ sĩ Nhân dân", "NSƯT": "Nghệ sĩ Ưu tú", "NSUT": "Nghệ sĩ Ưu tú",
                       "NGND": "Nhà giáo Nhân dân", "NGƯT": "Nhà giáo Ưu tú", "NGUT": "Nhà giáo Ưu tú",
                       "TTND": "Thầy thuốc Nhân dân", "TTƯT": "Thầy thuốc Ưu tú", "TTUT": "Thầy thuốc Ưu tú",
                       "NNND": "Nghệ nhân Nhân dân", "NNƯT": "Nghệ nhân Ưu tú", "AHLĐ": "Anh hùng Lao động",
                       "AHLLVTND": "Anh hùng Lực lượng vũ trang nhân dân",
                       "Anh hùng LLVTND": "Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng LĐ": "Anh hùng Lao động"}
TITLE_RE = re.compile(r"(?<!\w)(?:danh hiệu\s+)?(?P<title>(?:Nghệ sĩ|Nhà giáo|Thầy thuốc|Nghệ nhân)\s+(?:Nhân dân|Ưu tú)|"
                      r"(?-i:" + "|".join(TITLE_ABBREVIATIONS) + r")|"
                      r"Anh hùng Lao động(?: (?:trong )?thời kỳ đổi mới)?|Anh hùng Lực lượng vũ trang(?: nhân dân)?|"
                      r"(?:Bà )?[Mm]ẹ Việt Nam Anh hùng|"
                      r"Chiến s[ĩỹ] thi đua(?: toàn quốc| cấp (?:cơ sở|bộ|Bộ|tỉnh|ngành|toàn quân|Trung ương))?)(?!\w)",
                      re.IGNORECASE)
_TITLE_LABELS = {name.lower(): name for name in (*TITLE_ABBREVIATIONS.values(), "Mẹ Việt Nam Anh hùng",
                                                  "Chiến sĩ thi đua toàn quốc")}


def _title_label(written: str) -> str:
    """An honorary title as the graph names it, however the press cased or shortened it ("NSƯT", "Nghệ sĩ nhân dân",
    "nghệ sĩ Nhân dân" are "Nghệ sĩ Ưu tú" and "Nghệ sĩ Nhân dân")."""
    name = TITLE_ABBREVIATIONS.get(written) or " ".join(written.split())
    return _TITLE_LABELS.get(name.lower()) or name[0].upper() + name[1:]


# "phong tặng", "được tặng", and with the giver between: "được Chính phủ tặng danh hiệu …"
_CONFERRED_RE = re.compile(r"(?<!\w)(?:phong tặng|truy tặng|được phong|được tặng|được trao|xét tặng|được công nhận|tặng danh hiệu|"
                           r"trao danh hiệu|đạt danh hiệu|"
                           r"được [^,.;]{1,40}? (?:tặng|phong tặng|trao tặng|truy tặng))(?!\w)", re.IGNORECASE)
_CLASS = re.compile(r"hạng\s+(nhất|nhì|ba|Nhất|Nhì|Ba)", re.IGNORECASE)
_RECEIVE_RE = re.compile(r"(?:được|vinh dự|đã)?\s*(?:nhận|đón nhận|được trao|được tặng|được tặng thưởng|được phong tặng|"
                         r"đoạt|đoạt được|giành|giành được|đạt|đạt được|chủ nhân|(?:cùng\s+)?chia nhau|"  # won: "đoạt giải Nobel …", "đạt danh hiệu …"
                         r"được trao tặng|được truy tặng|được phong|được nhận|được khen thưởng|được thưởng)\s*:?\s*$",
                         re.IGNORECASE)  # and "được khen thưởng: Huân chương …", the honours listed after a colon
# "A được Thủ tướng tặng Bằng khen": the receiver before "được", the giver between
# and other honours listed first: "được Đảng, Nhà nước tặng thưởng nhiều huân, huy chương cao quý, huy hiệu 30 năm …"
_OTHER_HONOURS_FIRST = r"(?:\s+(?:nhiều|các)\s+(?:huân|huy|phần thưởng|danh hiệu)[^.;]{0,40}?(?:,|\s(?:như|gồm|là)|:)" \
                       r"(?:[^.;]{1,100}?;)?)?"  # "… các danh hiệu như tiến sĩ danh dự trường A (1995); Giải thưởng …"
# (or "được tặng nhiều phần thưởng cao quý như Huân chương …": the honours it goes on to name)
_PASSIVE_AGENT_RE = re.compile(r"được\s+(?:[^.;]{1,60}?\s)?(?:trao tặng|tặng thưởng|truy tặng|phong tặng|trao|tặng|thưởng)"
                               + _OTHER_HONOURS_FIRST + r"\s*:?\s*$", re.IGNORECASE)
# "được Thủ tướng Chính phủ tặng": the giver of a certificate, named right before the verb
_PASSIVE_GIVER = re.compile(r"được\s+([A-ZĐ][^,.;:()]{2,50}?)\s+(?:(?:ra|ký|có)\s+quyết định\s+)?(?:trao tặng|tặng thưởng|tặng)\s*$")
_GIVE_RE = re.compile(r"(?<!\w)(?:trao|tặng|trao tặng|tặng thưởng|truy tặng|phong tặng|gắn)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _known_awards() -> re.Pattern:
    """The lexicon's award names, longest first, each optionally followed by its class."""
    names = sorted(lexicon.awards(), key=len, reverse=True)
    return re.compile(r"(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?P<cls>\s+hạng\s+(?:nhất|nhì|ba|[123]))?(?!\w)",
                      re.IGNORECASE)


# "Huy hiệu 45 năm và 50 năm tuổi Đảng": a badge for each term of membership written
_BADGES = re.compile(r"[Hh]uy hiệu\s+(\d{1,2})\s+năm((?:\s*(?:,|và)\s*\d{1,2}\s+năm)+)\s+tuổi\s+Đảng")


def _badges(sentence: str, at: int) -> tuple[list[str], int] | None:
    """The Party badges one phrase at ``at`` names for several terms, and its length."""
    m = _BADGES.match(sentence, at)
    if m is None:
        return None
    years = [m.group(1), *re.findall(r"\d{1,2}", m.group(2))]
    return [f"Huy hiệu {y} năm tuổi Đảng" for y in years], m.end() - at


CERTIFICATES = frozenset({"bằng khen", "giấy khen", "cờ thi đua"})
_OF = re.compile(r"\s+của\s+")


def _certificate_giver_end(ctx: ArticleContext, si: int, m: re.Match) -> int | None:
    """Where the giver of a certificate ends in the text: "Bằng khen của | Bộ trưởng | Bộ Xây dựng": the post the
    sentence reads after "của" and the body right after it (their names run in lower case, which the pattern's
    capitalised run stops at)."""
    if m.group("kind").lower() not in CERTIFICATES:
        return None
    start = ctx.sentences[si].start
    of = _OF.match(ctx.text, start + m.end("rest"))
    if of is None:
        return None
    toks = ctx.sentences[si].tokens
    spans = {toks[sp.i].start: (toks[sp.j - 1].end, sp.kind) for sp in ctx.spans[si] if sp.kind in ("TITLE", "ORG")}
    end, found = of.end(), None
    while end in spans or (found and ctx.text[end:end + 1] == " " and end + 1 in spans):
        end = end if end in spans else end + 1
        end, kind = spans[end]
        found = kind
        if kind == "ORG":
            break  # the body: its post, if any, came before it
    return end if found else None


# "Thủ tướng Phạm Minh Chính đã tặng | Bằng khen": the verb a certificate's giver gives it with
_GIVES_BEFORE = re.compile(r"\s+(?:(?:đã|vừa|cũng)\s+)*(?:trao tặng|tặng thưởng|tặng|trao)\s*$", re.IGNORECASE)


def _giving_post(ctx: ArticleContext, si: int, start: int) -> str | None:
    """The post (and body) of whoever gives a certificate, named before the verb right before it, by post and perhaps
    body and name ("Thủ tướng Chính phủ tặng Bằng khen cho …", "Chủ tịch UBND tỉnh Nguyễn Văn A trao Bằng khen")."""
    s = ctx.sentences[si]
    verb = _GIVES_BEFORE.search(ctx.text, s.start, start)
    if verb is None:
        return None
    toks = s.tokens
    spans = sorted((sp for sp in ctx.spans[si] if toks[sp.j - 1].end <= verb.start()), key=lambda sp: sp.i)
    for n in range(len(spans) - 1, -1, -1):
        if spans[n].kind != "TITLE":
            continue
        title, after = spans[n].payload, spans[n + 1:]
        body = after[0] if after and after[0].kind == "ORG" and after[0].i == spans[n].j else None
        rest = after[1:] if body else after
        if len(rest) > 1 or (rest and rest[0].kind != "PERSON") or title.plural or title.status == "former":
            return None  # another post or body between: not the giver's
        end = (rest or ([body] if body else [spans[n]]))[-1].j
        if ctx.text[toks[end - 1].end:verb.start()].strip():
            return None
        if body is not None:  # as the sentence writes them: "Chủ tịch UBND tỉnh Nghệ An"
            return " ".join(ctx.text[toks[spans[n].i].start:toks[body.j - 1].end].split())
        # a post alone gives in its own name only where it implies its body ("Thủ tướng"); a deputy hands over
        return f"{title.label} {title.implied_org}" if title.label in GIVES_IN_OWN_NAME else None
    return None


def _post_with_its_body(name: str) -> str:
    """"Bằng khen của Thủ tướng": the post's own body, which names it in full ("… của Thủ tướng Chính phủ")."""
    giver = name.split(" của ", 1)[1] if " của " in name else ""
    return f"{name} {_implied_body(giver)}" if giver in GIVES_IN_OWN_NAME else name


GIVES_IN_OWN_NAME = frozenset({"Thủ tướng"})  # posts whose certificates bear the post's body: "… Thủ tướng Chính phủ"


@lru_cache(maxsize=4)
def _implied_body(post: str) -> str:
    return next(t.implied_org for t in lexicon.titles() if t.label == post)


def _award_name(m: re.Match, text_at: str) -> tuple[str, int]:
    """The award's name and its length in the text: a lexicon name ("Huân chương Dũng cảm") where one
    is written, else the capitalised run the pattern found."""
    known = _known_awards().match(text_at)
    if known and len(known.group(0)) >= len((m.group("kind") + m.group("rest")).rstrip()):
        canonical = next(n for n in lexicon.awards() if n.lower() == known.group("name").lower())
        text = _CLASS.sub(lambda c: "hạng " + c.group(1).capitalize(), canonical + (known.group("cls") or ""))
        length = len(known.group(0))
        field = _PRIZE_FIELD.match(text_at, length) if canonical.lower().startswith("giải thưởng") else None
        if field:  # "Giải thưởng Hồ Chí Minh về văn học, nghệ thuật": the prize of that field, a name of its own
            text, length = f"{text} về {field.group(1).rstrip(', ')}", field.end(1)
        return " ".join(text.removeprefix("Danh hiệu ").split()), length
    quoted = _QUOTED_NAME.match(text_at, m.end() - m.start()) if not m.group("rest").strip() else None
    if quoted:  # "Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn”": the name in quotes
        return f"{m.group('kind').capitalize()} {' '.join(quoted.group(1).split())}", quoted.end()
    kind = "" if m.group("kind").lower() == "danh hiệu" else m.group("kind").capitalize()  # the title is its name
    text = (kind + m.group("rest") + (m.group("of") or "")).strip()
    text = _CLASS.sub(lambda c: "hạng " + c.group(1).capitalize(), text)
    return " ".join(text.split()), m.end() - m.start()


# the field a state prize is given in, in lower case after "về": "văn học, nghệ thuật", "khoa học và công nghệ",
# "âm nhạc"; up to a word that goes on the sentence
_PRIZE_FIELD = re.compile(r"\s+về\s+((?:(?!(?:cho|năm|đợt|của|được|lần|tại|vào|nhân|các|những|với|là|đã|việc|này|đó|ấy|kia)\b)"
                          r"[a-zđà-ỹ]+(?:\s*,\s*|\s+(?:và\s+)?|(?=[\s.;:()]|$))){1,6})")
_NOT_NAME_TAIL = frozenset("năm tháng ngày lần đợt cho của và tại từ đã sẽ đang được là có nhằm cũng vẫn không đều".split())
# the lower-case field after "Vì sự nghiệp", up to punctuation or a word that starts a new clause
_FIELD_RE = re.compile(r"\s+((?:(?!cho|của|tại|năm|nhân|được|đã|vì)[a-zđà-ỹ]+\s?){1,8})(?=[,.;:()]|$|\s(?:cho|của|tại|năm|nhân|được|đã))")
# medals named after a cause ("Vì …"), and the cause's words in either case up to what goes on the sentence
CAUSE_MEDALS = frozenset({"kỷ niệm chương", "huy chương"})
_CAUSE_RE = re.compile(r"\s+(Vì(?:\s+(?!cho\b|của\b|tại\b|năm\b|nhân dịp\b|nhân kỷ\b|được\b|đã\b|và\b)[^\s,.;:()“”\"]+){1,12})"
                       r"(?=[\s,.;:()]|$)")
_NOBEL_FIELD = re.compile(r"\s+(vật lý|hóa học|hoá học|y học|sinh lý học(?: và y khoa)?|văn học|hòa bình|hoà bình|kinh tế)"
                          r"(?:\s+((?:năm\s+)?(?:19|20)\d\d))?(?!\w)", re.IGNORECASE)
_QUOTED_NAME = re.compile(r"\s*:?\s*[“\"]([^”\"]{3,80})[”\"]")


# words allowed between the names of a list of recipients, besides their posts and bodies
_LIST_WORDS = {",", ";", ":", "và", "anh", "chị", "em", "cháu", "nguyên", "quyền", "-", "–", "đồng", "chí", "ông", "bà", "các"}


def _recipients(ctx: ArticleContext, si: int, pos: int, resolved) -> list:
    """The persons (or bodies) named after 'cho' / 'tặng': 'cho đồng chí A - nguyên Thứ trưởng …; B, …'."""
    toks = ctx.sentences[si].tokens
    spans = {t: sp for sp in ctx.spans[si] for t in range(sp.i, sp.j)}
    by_token = {r.span.i: r for r in resolved}
    out, k = [], next((t for t, tok in enumerate(toks) if tok.start >= pos), len(toks))
    skipped_words = 0
    while k < len(toks) and (toks[k].text != "." or (k > 0 and _academic_initials(toks[k - 1].text))):
        r = by_token.get(k)
        if r is not None and r.kind in (PERSON, ORG) and (r.kind == PERSON or not out or out[-1].kind == ORG):
            if r.kind == ORG and spans.get(k) is not None and _post_before(ctx, si, k):
                k = r.span.j  # the body of a recipient's post, not a recipient
                continue
            if r.kind == PERSON and r.span.j < len(toks) and (toks[r.span.j].lower in _CLAUSE_VERBS or (
                    out and toks[r.span.j].text.isalpha() and toks[r.span.j].text.islower()
                    and r.span.j not in spans and toks[r.span.j].lower not in ("và", "cùng"))):
                break  # "…; nguyên Thủ tướng A nhận Huy hiệu 45 năm", "…, Thủ tướng A nhấn mạnh": A's own clause
            out.append(r)
            k = r.span.j
            continue
        if out and toks[k - 1].text == ";":  # an item of a ';' list: its person, whatever words come first
            item_end = next((m for m in range(k, len(toks)) if toks[m].text in (";", ".")), len(toks))
            first = next((by_token[m] for m in range(k, item_end) if m in by_token and by_token[m].kind == PERSON),
                         None)
            item = ctx.text[toks[k].start:toks[item_end - 1].end] if item_end > k else ""
            if first is not None and not (_GIVE_RE.search(item) or AWARD_RE.search(item)):
                out.append(first)
                k = item_end
                continue
        sp = spans.get(k)
        if sp is not None and sp.kind in ("TITLE", "ORG", "HONORIFIC", "PLACE"):
            k = sp.j
            continue
        if out and toks[k].text == ",":  # "A, giảng viên cao cấp Học viện X; B": an item's own description
            semi = next((m for m in range(k + 1, min(len(toks), k + 25)) if toks[m].text in (";", ".")), None)
            if semi is not None and toks[semi].text == ";":
                k = semi + 1
                continue
        if toks[k].lower in _LIST_WORDS:
            k += 1
            continue
        if out and toks[k].text == "(":  # "A (Nhà hát Cải lương Việt Nam), B (…)": where each one works
            close = next((m for m in range(k + 1, min(len(toks), k + 30)) if toks[m].text == ")"), None)
            if close is not None:
                k = close + 1
                continue
        if out and _descriptor_before_name(toks, by_token, k):
            k += 1  # "…, đạo diễn Bùi Tuấn Dũng": an occupation before the next name
            continue
        if not out and skipped_words < 10:  # a descriptor first: "nhiều văn nghệ sĩ, trong đó có nhạc sĩ …"
            skipped_words += 1
            k += 1
            continue
        break
    return out


_CLAUSE_VERBS = {"nhận", "được", "đã", "vinh"}


def _descriptor_before_name(toks, by_token, k: int) -> bool:
    """At most four lower-case words or academic initials that lead to a person's name ("nhà thơ", "đạo diễn",
    "GS - viện sĩ", "PGS-TS")."""
    for m in range(k, min(len(toks), k + 5)):
        r = by_token.get(m)
        if r is not None and r.kind == PERSON:
            return m > k
        t = toks[m].text
        if toks[m].lower == "và" or not ((t.isalpha() and t.islower()) or _academic_initials(t) or t in ("-", "–")):
            return False
    return False


def _academic_initials(t: str) -> bool:
    """'GS', 'PGS', 'TS', 'ThS', 'TSKH': a degree or rank written before a name."""
    return t.isalpha() and (t in ("ThS", "TSKH") or (2 <= len(t) <= 4 and t.isupper()))


def _post_before(ctx: ArticleContext, si: int, k: int) -> bool:
    return any(sp.kind == "TITLE" and sp.j == k for sp in ctx.spans[si])


def _honorary_titles(ctx: ArticleContext, si: int, ex: Extraction, resolved: list) -> None:
    """'phong tặng danh hiệu Nghệ sĩ Nhân dân cho A, B', 'A được phong tặng danh hiệu Nhà giáo Ưu tú',
    'Quyết định phong tặng Nghệ sĩ Nhân dân có các nghệ sĩ như A, B'."""
    s = ctx.sentences[si]
    sentence = ctx.text[s.start:s.end]
    _titles_before_names(ctx, si, ex, resolved)
    label = _HONOURS_LABEL.match(sentence)  # "Thành tích: …; nhà giáo ưu tú năm 2021": a biography's honours
    if not (_CONFERRED_RE.search(sentence) or label):
        return
    carried = _subject_carried_over(ctx, si, resolved, s.start + label.end()) if label else []
    listed_end, listed_to = None, []
    for m in TITLE_RE.finditer(sentence):
        if _PROPOSED.search(sentence, max(0, m.start() - PROPOSAL_CHARS), m.start()):
            continue  # "NSƯT A được đề nghị phong tặng danh hiệu NSND": not yet hers
        name = _title_label(m.group("title"))
        receivers = _receivers(ctx, si, s.start + m.start(), s.start + m.end(), resolved, _TITLE_LEAD) \
            or _subject_carried_over(ctx, si, resolved, s.start + m.start(), s.start + m.end()) or carried
        if not receivers and listed_end is not None and _AWARD_LIST_GAP.fullmatch(ctx.text, listed_end, s.start + m.start()):
            receivers = listed_to  # "… danh hiệu Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động": both
        listed_end, listed_to = s.start + m.end(), receivers
        for r in receivers:
            if r.kind == PERSON:
                ex.awards.append(Award(r.key, r.kind, name, ctx.evidence(si), None))


def _titles_before_names(ctx: ArticleContext, si: int, ex: Extraction, resolved: list) -> None:
    """Honorary titles written before their holders' names, as the press addresses them ("Thầy thuốc nhân dân,
    Anh hùng lao động Nguyễn Thiện Thành", "hai mẹ Việt Nam anh hùng Phan Thị So và Lê Thị Truyền")."""
    if _CONFERRED_RE.search(ctx.sentence_text(si)):
        return  # a sentence that confers titles names their receivers its own way
    s = ctx.sentences[si]
    people = [r for r in resolved if r.kind == PERSON]
    titles = []  # the run of titles before the next name
    for m in TITLE_RE.finditer(ctx.text, s.start, s.end):
        if titles and not _AWARD_LIST_GAP.fullmatch(ctx.text, titles[-1].end(), m.start()):
            titles = []
        titles.append(m)
        holders = [r for r in people if r.span.start >= m.end() and _TITLE_TO_NAME.fullmatch(ctx.text, m.end(), r.span.start)]
        for k, r in enumerate(people):  # and the names listed right after the first ("Phan Thị So và Lê Thị Truyền")
            if holders and r.span.start > holders[-1].span.end and k and people[k - 1] is holders[-1] \
                    and _RECEIVER_LIST_GAP.match(ctx.text[holders[-1].span.end:r.span.start]):
                holders.append(r)
        for r in holders:
            for t in titles:
                ex.awards.append(Award(r.key, r.kind, _title_label(t.group("title")), ctx.evidence(si), None))
        if holders:
            titles = []
        # "GS.TS Nguyễn Văn A, Nhà giáo Nhân dân, nguyên Hiệu trưởng …": a title set off after its holder's name
        holder = next((r for r in reversed(people) if r.span.end <= m.start()
                       and _TITLE_AFTER_NAME.fullmatch(ctx.text, r.span.end, m.start())), None)
        if holder is not None and _TITLE_AFTER_END.match(ctx.text, m.end()):
            ex.awards.append(Award(holder.key, holder.kind, _title_label(m.group("title")), ctx.evidence(si), None))


# between a title and its holder's name: nothing, or a comma (or a dot) and the holder's degrees ("Thầy thuốc Ưu tú,
# BS.CKII A", "TTND.GS.TS A")
_TITLE_TO_NAME = re.compile(r"\s*(?:[,.]\s*(?=(?:GS|PGS|TS|ThS|BS|KTS|TSKH)\b))?(?:(?:GS|PGS|TS|ThS|BS|KTS|TSKH|CKI|CKII|BSCKI|BSCKII)"
                            r"\s*[.\-–]?\s*)*")
# between a holder's name and a title set off after it, and what closes that title
_TITLE_AFTER_NAME = re.compile(r"\s*(?:,|\(|-|–|(?:(?:cũng|đều|vốn)\s+)?là)\s*")  # "…, Nhà giáo Nhân dân", "A là Anh hùng Lao động"
_TITLE_AFTER_END = re.compile(r"\s*(?:[,;)]|-\s|–|\.\s*$|\.\s+[A-ZĐ])")


# the receivers a sentence names after its honour, as many of a kind: "cho các công trình", "cho 9 văn nghệ sĩ"
_GIVEN_TO_OTHERS = re.compile(r"(?<!\w)(?:dành )?cho\s+(?:các|những|nhiều|\d+)(?!\w)", re.IGNORECASE)
BIOGRAPHY_SENTENCES = 3  # how far back a list of honours may look for the person whose honours they are


def _subject_carried_over(ctx: ArticleContext, si: int, resolved: list, award_start: int,
                          award_end: int | None = None) -> list:
    """A sentence that names nobody and opens with its passive verb ("Năm 2008, được Chính phủ tặng danh hiệu
    …"), or with the honours themselves ("Huân chương Độc lập hạng nhất, Huân chương Quân công …": an obituary's
    list, not "Giải thưởng X nhằm tôn vinh …", which tells what the prize is), tells of the person the sentence
    before it named last."""
    s = ctx.sentences[si]
    opens_with_it = not _HONOURS_LABEL.sub("", ctx.text[s.start:award_start]).strip(" -–\n") \
        and (award_end is None or _LISTED_AFTER.match(ctx.text, award_end, s.end) is not None)  # "Thành tích: …"
    if si == 0 or any(r.kind == PERSON for r in resolved) or not (
            opens_with_it or _OPENS_PASSIVE.match(ctx.text, s.start, s.end)):
        return []
    if _GIVEN_TO_OTHERS.search(ctx.text, award_start, s.end):
        return []  # "Giải thưởng Hồ Chí Minh … được xét tặng cho các công trình …": the sentence names its receivers
    reach, back = BIOGRAPHY_SENTENCES if opens_with_it else 1, si - 1
    while back >= max(0, si - reach):
        before = sorted((r for r in ctx.resolved[back].values() if r.kind == PERSON), key=lambda r: r.span.start)
        if before:  # a biography's sentences in between name nobody else
            return before[-1:]
        if _BARE_PRONOUN.search(ctx.sentence_text(back)):
            reach = BIOGRAPHY_SENTENCES  # "Đêm 27/12/1972, ông bắn rơi …": still the same person's story
        back -= 1
    return []


# a body the story is about, called by its head word as the subject of receiving ("Dịp này, nhà trường vinh dự đón
# nhận Huân chương …", "Năm 2023, Tổng cục được tặng thưởng …"); "nhà trường" is a school, college or university
_HEAD_RECEIVES = re.compile(r"(?:^|[,:]\s*)(?P<head>[Nn]hà trường|[Tt]rường|Tổng cục|Cục|Tổng công ty|Công ty|Tập đoàn|"
                            r"Bệnh viện|Học viện|Viện|Ngân hàng|Hội)\s+(?:(?:đã|vừa|cũng|đều|vinh dự|tự hào)\s+)*"
                            r"(?:được\s+(?:[^\s,.;]+\s+){0,5}?(?:tặng thưởng|trao tặng|tặng|trao|phong tặng)|nhận|đón nhận)\s*$")
_HEADS_OF = {"nhà trường": ("Trường ", "Đại học ", "Học viện "), "trường": ("Trường ",)}


def _body_called_by_its_head(ctx: ArticleContext, ex: Extraction, si: int, start: int) -> list:
    """The body the article names most with the head word that a sentence receives an honour by."""
    m = _HEAD_RECEIVES.search(ctx.text, ctx.sentences[si].start, start)
    if m is None or m.end() != start:
        return []
    heads = _HEADS_OF.get(m.group("head").lower(), (m.group("head") + " ",))
    told = Counter(mn.key for mn in ex.mentions if mn.kind == ORG and mn.start < start)
    bodies = [e for e in ex.of_kind(ORG) if e.name.startswith(heads) and told[e.key]]
    if not bodies:
        return []
    best = max(bodies, key=lambda e: told[e.key])
    return [_Body(best.key)]


@dataclass(frozen=True)
class _Body:
    """A receiver found by its head word: a body's key, with no span of its own in the sentence."""
    key: str
    kind: str = ORG


_LISTED_AFTER = re.compile(r"\s*(?:[,;.:(]|và\s|năm\s|hạng\s|\d|$)")  # what follows an honour in a list of them
_BARE_PRONOUN = re.compile(r"(?:^|,\s*)(?:[ÔôOo]ng|[Bb]à)\s+(?![A-ZĐ])")


_HONOURS_LABEL = re.compile(r"^\s*(?:Thành tích|Khen thưởng|Danh hiệu|Phần thưởng)\s*:", re.IGNORECASE)
_TITLE_LEAD = re.compile(r"\s*(?:,\s*)?(?:cho|tặng|có|gồm(?: có)?:?|là|:(?=\s+[A-ZĐ])|(?:(?:đã|vừa)\s+)?được\s+(?:phong tặng|truy tặng|trao tặng|"
                         r"trao|tặng|công nhận)\s+cho)\s+")  # "Danh hiệu Nhà giáo Nhân dân được phong tặng cho A"
# "Năm 2008, được Chính phủ tặng …": after a phrase of time or cause, not "Bài hát cũng rất nổi tiếng, được …" (a subject)
_OPENS_PASSIVE = re.compile(r"(?:(?:năm|ngày|tháng|đến|sau|trước|cuối|đầu|giữa|từ|trong|với|nhờ|do|vì|bằng|nhân|qua|"
                            r"khi|cũng|đặc biệt|ngoài ra)(?!\w)[^,.;]{0,30},\s*)?được\s", re.IGNORECASE)
_AWARD_LEAD = re.compile(r"(?:\s+về(?:\s+(?:và\s+)?[a-zđà-ỹ]+,?){1,6}?)?"  # "Giải thưởng Hồ Chí Minh | về văn học nghệ thuật"
                         r"(?:\s+năm\s+(?:(?:19|20)\d\d|nay))?\s*(?:,\s*)?(?:cho|chúc mừng|tặng|trao cho|trao tặng|gồm(?: có)?:?|"
                         r"(?:(?:đã|sẽ|vừa)\s+)?được\s+(?:trao\s+cho|trao tặng(?:\s+cho)?|tặng(?:\s+cho)?|phong tặng(?:\s+cho)?|"
                         r"truy tặng(?:\s+cho)?)|do\s+(?:[^\s,.;]+\s+){1,5}?(?:truy tặng|trao tặng|tặng thưởng|phong tặng|tặng)"
                         r"(?:\s+cho)?)\s+")  # "… được trao cho A", "… được trao tặng Đại sứ A", "… do Chủ tịch nước truy tặng A"


# a speaker's verb right after them, and their words after it
_REPORTS = re.compile(r"\s*(?:(?:đã|cũng|còn)\s+)?(?:nhấn mạnh|cho biết|khẳng định|phát biểu|nói|chia sẻ|cho rằng|"
                      r"đánh giá|bày tỏ|cho hay)\s*[,:]", re.IGNORECASE)


def _receivers(ctx: ArticleContext, si: int, start: int, end: int, resolved, lead: re.Pattern) -> list:
    """Who receives the honour written at [start, end): the names after 'cho …' (``lead``), else the person
    just before a receiving verb ("Trần Bảng (tác giả …) được trao tặng …", "A được Thủ tướng tặng …")."""
    after = lead.match(ctx.text, end, ctx.sentences[si].end)
    if after and (named := _recipients(ctx, si, after.end(), resolved)):
        return named  # not "… cho những đóng góp": what it is given for, the receiver named before
    s = ctx.sentences[si]
    asides = [m.span() for m in _ASIDE.finditer(ctx.text, s.start, start)]
    # a person, or a body ("Tập đoàn X được Chủ tịch nước tặng Huân chương Lao động"), not "(tác giả sách A)"
    before = [r for r in resolved if r.span.end <= start and r.kind in (PERSON, ORG)
              and not (r.kind == ORG and _post_before(ctx, si, r.span.i))  # "A, Giám đốc Sở Y tế": A's post's body
              and not any(a <= r.span.start and r.span.end <= b for a, b in asides)]
    if len(before) >= 2 and _BY_AGENT.search(ctx.text[before[-2].span.end:before[-1].span.start]) \
            and _AGENT_GIVES.fullmatch(ctx.text[before[-1].span.end:start].strip()):
        before.pop()  # "A được Chủ tịch nước tặng …": the one named after "được" is the giver
    if not before:
        return []
    gap = re.sub(r"\s*danh hiệu\s*$", "", _gap(ctx, before[-1], start), flags=re.IGNORECASE)
    if before[-1].kind == ORG and not (_RECEIVE_RE.search(gap) or _PASSIVE_AGENT_RE.search(gap)) \
            and any(r.kind == PERSON for r in before):
        # a body in the honours listed first: "A được trao các danh hiệu như tiến sĩ danh dự trường B (1995); …"
        before = [r for r in before if r.kind == PERSON]
        gap = _gap(ctx, before[-1], start)
    if not (_RECEIVE_RE.search(gap) or _PASSIVE_AGENT_RE.search(gap)) or _CEREMONY_OF_RECEIVING.search(gap):
        return []  # "Thủ tướng A dự lễ đón nhận Huân chương …": a body receives it at the ceremony A attends
    if _OTHERS_RECEIVE.search(gap) or gap.count("“") > gap.count("”") or gap.count('"') % 2:
        return []  # "A gửi lời chúc mừng tới các tác giả được trao tặng …", "A trích lời: “Tôi … được phong tặng …”"
    if _PROPOSED.search(gap):
        return []  # "Bộ đã nhận được 31 hồ sơ đề nghị xét tặng …", "A được đề nghị tặng …": proposed, not given
    if _REPORTS.match(gap):
        return []  # "Chủ tịch nước A nhấn mạnh, hai công trình … được trao Giải thưởng …": whom A speaks of
    if before[-1].kind == ORG and (any(r.kind == PERSON for r in before) or not _BODY_RECEIVES.match(gap)):
        # a body receives only as the subject of the verb ("Tập đoàn X được Chủ tịch nước tặng …"); else it gives
        # ("A được Tổng LĐLĐ Việt Nam tặng …") or is a person's, and the person named before receives
        before = [r for r in before if r.kind == PERSON]
        if not before:
            return []
        gap = _gap(ctx, before[-1], start)
        if not (_RECEIVE_RE.search(gap) or _PASSIVE_AGENT_RE.search(gap)) or _OTHERS_RECEIVE.search(gap) \
                or gap.count("“") > gap.count("”") or gap.count('"') % 2:
            return []  # "A, đại diện cho Ngân hàng lên nhận giải đã chia sẻ: “Ngân hàng … nhận Giải thưởng …”"
    if before[-1].kind == PERSON and (_on_behalf(ctx, si, before[-1])
                                      or _GIVEN_TO_A_BODY.match(ctx.text, end, ctx.sentences[si].end)):
        return []  # "Thay mặt Đảng bộ …, Bí thư Tỉnh ủy A đón nhận …", "A đón nhận Huân chương … trao tặng thành phố"
    out = [before[-1]]  # and those listed with it: "A (…); đạo diễn B (…) được trao tặng …"
    for r in reversed(before[:-1]):
        if not _RECEIVER_LIST_GAP.match(ctx.text[r.span.end:out[0].span.start]):
            break
        out.insert(0, r)
    return out


_ASIDE = re.compile(r"\([^()]{0,120}\)")


def _gap(ctx: ArticleContext, receiver, start: int) -> str:
    """The words between a receiver and the honour at ``start``: asides left out, and the quote that opens the
    honour's name ("A được tặng “Giải thưởng …”")."""
    return re.sub(r"[“\"]\s*$", "", _ASIDE.sub(" ", ctx.text[receiver.span.end:start]))


# who receives on behalf of a body ("Thay mặt Đảng bộ, chính quyền và nhân dân tỉnh, …"), or an honour the words after it
# give to a body ("… do Chủ tịch nước trao tặng thành phố", "… trao tặng Bệnh viện"): the person receives nothing
_ON_BEHALF = re.compile(r"(?<!\w)(?:thay mặt|đại diện cho|thừa ủy quyền|thừa uỷ quyền)(?!\w)", re.IGNORECASE)
ON_BEHALF_CHARS = 100  # how far before the receiver "thay mặt …" may open the clause


def _on_behalf(ctx: ArticleContext, si: int, person) -> bool:
    """Does the clause the person is the subject of open with "thay mặt …" (and give nothing before the person:
    not "Thay mặt lãnh đạo Đảng, A trao … cho B - người đã đoạt …", where B receives for himself)?"""
    start = max(ctx.sentences[si].start, person.span.start - ON_BEHALF_CHARS)
    found = list(_ON_BEHALF.finditer(ctx.text, start, person.span.start))
    return bool(found) and not _GIVE_RE.search(ctx.text, found[-1].end(), person.span.start)


_GIVEN_TO_A_BODY = re.compile(r"(?:\s*(?:hạng\s+\w+|của\s+[^,.;]{1,40}?))?\s*(?:do\s+[^,.;]{1,60}?\s+)?(?:trao tặng|tặng|phong tặng)"
                              r"\s+(?:cho\s+)?(?:thành phố|tỉnh|huyện|quận|thị xã|Đảng bộ|nhân dân|tập thể|đơn vị|"
                              r"Bệnh viện|Trường|Công ty|Tập đoàn|Tổng công ty|Báo|Học viện|Viện|Sở|Bộ|Cục|Tổng cục|Hội|"
                              r"Ban|Ủy ban|Uỷ ban|Bộ đội|Công an|Quân|Lực lượng|lực lượng)(?!\w)")
# an honour proposed, under review, hoped for or denied is not given: "hồ sơ đề nghị xét tặng", "được đề nghị tặng",
# "đề nghị Chủ tịch nước truy tặng … cho ông A", "được kỳ vọng giành giải Nobel"
_PROPOSED = re.compile(r"(?<!\w)(?:đề nghị(?!\s+của)|đề xuất(?!\s+của)|xét tặng|hồ sơ|kỳ vọng|đề cử|đặt cược|ứng viên|"
                       r"xứng đáng|(?-i:không|chưa)(?!\s+(?:chỉ|những|ít|quân|gian|khí|phận)(?!\w)))(?!\w)",
                       re.IGNORECASE)  # (not "Theo đề nghị của Bộ trưởng …, Chủ tịch nước tặng …", given on it), or denied
# ("không có tên trong danh sách được trao …", "không trao Huân chương … cho ông A")
PROPOSAL_CHARS = 50  # how far before an honour the words proposing it may be
# between a person and a receiving verb, others the verb is of: a group addressed (or words quoted, left open)
# ("… tới các tác giả được trao …"), or praised ("Thủ tướng biểu dương, khen ngợi các vận động viên … giành được …")
_OTHERS_RECEIVE = re.compile(r"(?<!\w)(?:(?:tới|cho|đến|với|biểu dương|khen ngợi|tuyên dương|chúc mừng|động viên|gặp mặt|"
                             r"gặp)(?:\s*,?\s*[^\s,.;]+){0,3}?\s+(?:các|những|\d+)|[,:]\s*(?:các|những))\s+(?!(?:huân|huy|danh hiệu|"
                             r"phần thưởng|giải|bằng khen|năm)(?!\w))")  # and "Theo ông A, những cán bộ … nhận giải"; not
# "A được tặng nhiều huân chương, các danh hiệu …"
_CEREMONY_OF_RECEIVING = re.compile(r"(?<!\w)lễ\s+(?:(?:đón\s+)?nhận|trao tặng|trao|tặng|truy tặng|phong tặng)\s*$",
                                    re.IGNORECASE)  # and "phát biểu tại Lễ trao tặng …": who attends, not who receives
_BODY_RECEIVES = re.compile(r"\s*(?:(?:đã|vừa|cũng|đều|vinh dự)\s+)*(?:được|nhận|đón nhận)(?!\w)", re.IGNORECASE)
# what the giver named after "được" does: gives, perhaps by a decision or after another verb ("… ra quyết định tặng",
# "… vinh danh và trao tặng")
_AGENT_GIVES = re.compile(r"(?:(?:ra|ký|có)\s+quyết định\s+|(?:[a-zđà-ỹ]+\s+){1,3}và\s+)?(?:thưởng|"
                          + _GIVE_RE.pattern + ")", re.IGNORECASE)  # "A được Chủ tịch Hồ Chí Minh thưởng …"
_BY_AGENT = re.compile(r"(?<!\w)được\s+(?:[^\s,.;()]+\s+){0,4}$")  # "được | Thủ tướng | A tặng": A gives
# between honours given together, perhaps after the year of the first: "Huân chương Sao Vàng vào năm 1982 và …"
_AWARD_LIST_GAP = re.compile(r"(?:\s*(?:,|và)\s*(?:hạng\s+)?(?:Nhất|Nhì|Ba|nhất|nhì|ba)(?!\w))*"  # "… hạng Nhất và hạng Nhì, …"
                             r"(?:\s+(?:đợt|lần)\s+(?:thứ\s+)?\w+)?(?:\s+(?:vào\s+)?(?:năm\s+)?(?:19|20)\d\d|\s*\((?:năm\s+)?(?:19|20)\d\d\))?"
                             r"\s*(?:[,;]|và|,\s*và)\s*(?:(?:truy tặng|trao tặng|tặng thưởng|tặng)\s+)?")  # "… (1996); …", "… và truy tặng …"
_RECEIVER_LIST_GAP = re.compile(r"^\s*(?:\([^()]{0,120}\))?\s*(?:[,;]|và)\s*(?:[^\W\d_A-ZĐ]+\s+){0,3}$")


# an honour named in quotes: 'danh hiệu “Công dân Thủ đô ưu tú”', 'giải thưởng "Cống hiến"'
QUOTED_RE = re.compile(r"(?<!\w)(?P<kind>[Dd]anh hiệu|[Gg]iải thưởng|[Gg]iải)\s*[“\"](?P<name>[^”\"]{3,60})[”\"]")
# the people who received the honour just named, listed in a sentence of their own
_RECEIVED_LIST = re.compile(r"(?:nhận giải|được trao giải|được nhận giải|được tôn vinh|được vinh danh|được tặng thưởng|"
                            r"được tặng|được trao tặng)[^.;:]{0,60}?(?:gồm|là|có)(?: có)?\s*:?\s*", re.IGNORECASE)


def _quoted_awards(ctx: ArticleContext, si: int, ex: Extraction, resolved: list) -> str | None:
    """Honours named in quotes, given to whoever the sentence names as receiving them; the last one's name."""
    s = ctx.sentences[si]
    sentence = ctx.text[s.start:s.end]
    last = None
    for m in QUOTED_RE.finditer(sentence):
        name = m.group("name").strip()
        if m.group("kind").lower() != "danh hiệu":
            name = f"Giải thưởng {name}"
        last = name
        start, end = s.start + m.start(), s.start + m.end()
        for r in _receivers(ctx, si, start, end, resolved, _AWARD_LEAD):
            if r.kind == PERSON:
                ex.awards.append(Award(r.key, r.kind, name, ctx.evidence(si), None))
    return last


# "cho 9 văn nghệ sĩ", "cho 12 cá nhân": a number of people, named in the sentence after ("Đó là …")
_TO_MANY = re.compile(r"(?<!\w)cho\s+\d+\s+(?:[^\W\d_A-ZĐ]+\s*){1,3}\.?\s*$")
_NAMED_NEXT = re.compile(r"^\s*(?:Đó là|Họ là|Gồm|Bao gồm|Cụ thể là|Những người này là)\s*:?\s*")


def run(ctx: ArticleContext, ex: Extraction) -> None:
    last_award = None  # the honour the article named last, for a list of its receivers that follows
    given_to_many = None  # the honour the sentence before gave to a number of people it did not name
    for si, s in enumerate(ctx.sentences):
        sentence = ctx.text[s.start:s.end]
        persons = {r.span.i: r for r in ctx.resolved[si].values() if r.kind == PERSON}
        pronouns = pronoun_subjects(ctx, si, ctx.spans[si], persons)  # "Ông đã được tặng thưởng …"
        resolved = sorted([*ctx.resolved[si].values(), *pronouns.values()], key=lambda r: r.span.start)
        _honorary_titles(ctx, si, ex, resolved)
        quoted = _quoted_awards(ctx, si, ex, resolved)
        listed = _RECEIVED_LIST.search(sentence)
        if listed and (quoted or last_award) and not AWARD_RE.search(sentence):
            # "Thành đoàn trao giải thưởng Cống hiến … 9 cá nhân nhận giải gồm: A; B; …", "Các cá nhân khác được
            # tặng danh hiệu “Công dân Thủ đô ưu tú” năm 2020 còn có A, …; B, …"
            for r in _recipients(ctx, si, s.start + listed.end(), resolved):
                if r.kind == PERSON:
                    ex.awards.append(Award(r.key, r.kind, quoted or last_award, ctx.evidence(si), None))
        last_award = quoted or last_award
        named = _NAMED_NEXT.match(sentence)
        if named and given_to_many and not AWARD_RE.search(sentence):
            # "… tặng Giải thưởng Hồ Chí Minh cho 9 văn nghệ sĩ. Đó là nhà nghiên cứu A (…); nhạc sĩ B (…)"
            for r in _recipients(ctx, si, s.start + named.end(), resolved):
                if r.kind == PERSON:
                    ex.awards.append(Award(r.key, r.kind, given_to_many, ctx.evidence(si), None))
        given_to_many = None
        listed_end, listed_to = None, []  # the honour just given in this sentence, and to whom
        for m in AWARD_RE.finditer(sentence):
            name, length = _award_name(m, sentence[m.start():])
            if len(name.split()) == 3 and m.group("kind").lower() == "giải thưởng":
                tail = re.match(r"\s+([a-zđà-ỹ]+)(?=[\s,.;]|$)", sentence[m.start() + length:])
                if tail and tail.group(1) in _NOT_NAME_TAIL:
                    tail = None  # "Giải thưởng Fields | năm 2010": the year it was given, not its name
                if tail:  # "giải thưởng Cống hiến": a prize's one-word name, whose second syllable is lower-case
                    name, length = f"{name} {tail.group(1)}", length + tail.end()
            giver_named = next((r for r in resolved if r.kind == ORG and m.group("kind").lower() == "giải thưởng"
                                and ctx.text[s.start + m.end("kind"):r.span.start].strip() == ""
                                and r.span.end > s.start + m.start() + length), None)
            if giver_named is not None:  # "Giải thưởng Hội Nhà văn Việt Nam": a prize named after the body giving it
                name = f"Giải thưởng {ctx.text[giver_named.span.start:giver_named.span.end]}"
                length = giver_named.span.end - s.start - m.start()
            if (giver_end := _certificate_giver_end(ctx, si, m)) is not None and giver_end > s.start + m.start() + length:
                # "Bằng khen của Bộ trưởng Bộ Xây dựng", "… của Chủ tịch UBND tỉnh Nghệ An": the giver's post and body
                name = f"{m.group('kind').capitalize()} {' '.join(ctx.text[s.start + m.end('rest'):giver_end].split())}"
                length = giver_end - s.start - m.start()
            if name.endswith(" sự nghiệp") and (field := _FIELD_RE.match(sentence, m.start() + length)):
                # "Kỷ niệm chương Vì sự nghiệp giáo dục": the field the cause is of, in lower case
                name, length = f"{name} {' '.join(field.group(1).split())}", field.end() - m.start()
            elif (cause := _CAUSE_RE.match(sentence, m.end("kind"))) and m.group("kind").lower() in CAUSE_MEDALS \
                    and cause.end() - m.start() > length:
                # "Kỷ niệm chương Vì an ninh Tổ quốc", "… Vì sự nghiệp Giáo dục": a medal named after its cause, in
                # words of either case, up to punctuation or the words that go on the sentence
                name, length = " ".join(f"{m.group('kind').capitalize()} {cause.group(1)}".split()), cause.end() - m.start()
            if m.group("of") and " của " in name:  # "Bằng khen của Đảng | ủy Khối các cơ quan Trung ương"
                giver_at = s.start + m.start("of") + m.group("of").index("của") + 4
                giver_org = next((r for r in resolved if r.kind == ORG and r.span.start == giver_at
                                  and r.span.end > s.start + m.start() + length), None)
                if giver_org is not None:  # the giver's whole name, as the sentence resolved it
                    name = name[:name.index(" của ") + 5] + ctx.text[giver_org.span.start:giver_org.span.end]
                    length = giver_org.span.end - s.start - m.start()
            nobel = m.start() + m.group(0).find("Nobel") + len("Nobel")
            if name.startswith("Giải thưởng Nobel"):  # "giải thưởng Nobel vật lý": the Nobel prize, named as usual
                name, length = "Giải Nobel", nobel - m.start()
            if name.startswith("Giải Nobel") and (field := _NOBEL_FIELD.match(sentence, nobel)):
                # "giải Nobel vật lý năm 2012": the prize's field, perhaps in lower case, and its year
                field_name = field.group(1)[0].upper() + field.group(1)[1:].lower()
                name = " ".join(f"Giải Nobel {field_name} {field.group(2) or ''}".split())
                length = field.end() - m.start()
            badges = _badges(sentence, m.start())
            if badges is not None:
                name, length = badges[0][0], badges[1]
            if m.group("kind").lower() == "giải" and not name.startswith("Giải Nobel") \
                    and (tail := re.match(r"\s+([a-zđà-ỹ]+)", sentence[m.start() + length:])) \
                    and tail.group(1) not in _NOT_NAME_TAIL:
                continue  # "giải Giáo | viên toàn cầu": a prize's name the capitals cut short
            if len(name.split()) < (2 if m.group("kind").lower() == "giải" and name != "Giải Nobel" else 3) \
                    and m.group("kind") not in ("Bằng khen", "Cờ thi đua", "Giấy khen"):
                continue  # (a prize won may be named by one word, "giải Pulitzer"; a Nobel prize needs its field)
            if m.group("kind").lower() in ("huân chương", "huy chương") and not m.group("rest").strip() \
                    and not _known_awards().match(sentence[m.start():]):
                continue  # "huân chương của Chủ tịch nước": an order of some class, not one named
            if m.group("kind") == "Huy hiệu" and "năm" not in name and not _known_awards().match(sentence[m.start():]):
                continue  # "Huy hiệu Đảng" without its years names the kind of badge, not the honour given
            if sentence[m.start() + length:m.start() + length + 1] in ("”", '"'):
                length += 1  # "trao “Giải thưởng Hồ Chí Minh” cho …": the quote that closes the name, no part of it
            start, end = s.start + m.start(), s.start + m.start() + length
            if _PROPOSED.search(ctx.text, max(s.start, start - PROPOSAL_CHARS), start):
                continue
            if name in ("Bằng khen", "Giấy khen", "Cờ thi đua") and (agent := _PASSIVE_GIVER.search(ctx.text, s.start, start)):
                name = f"{name} của {agent.group(1)}"  # "được Thủ tướng Chính phủ tặng Bằng khen": whose it is
            elif name in ("Bằng khen", "Giấy khen", "Cờ thi đua") and (post := _giving_post(ctx, si, start)):
                name = f"{name} của {post}"  # "Thủ tướng Phạm Minh Chính tặng Bằng khen cho …": the post's
            name = _post_with_its_body(name)
            recipients = _receivers(ctx, si, start, end, resolved, _AWARD_LEAD)
            giver = None
            head = ctx.text[s.start:start]
            give = next((g for g in reversed(list(_GIVE_RE.finditer(head)))  # the verb nearest the honour
                         # "A trao tặng …" names a giver, "A được trao tặng" not
                         if not re.search(r"(?:được|được trao|được tặng)\s*$", head[:g.start()], re.IGNORECASE)), None)
            if give:
                people = [r for r in resolved if r.kind == PERSON and r.span.end <= s.start + give.start()]
                giver = people[-1].key if people else None
            recipients = recipients or _subject_carried_over(ctx, si, resolved, start, end) \
                or _body_called_by_its_head(ctx, ex, si, start) or _given_before_the_honour(ctx, resolved, give, s.start, start) \
                or _subject_receives_too(ctx, si, resolved, start)
            if not recipients and (among := _AMONG_THEM.match(ctx.text, end)) is not None:
                # "12 cá nhân được nhận Bằng khen của Bộ trưởng, trong đó có Đại tá A": the ones named among them
                recipients = [r for r in _recipients(ctx, si, among.end(), resolved) if r.kind == PERSON]
            if not recipients and listed_end is not None and _AWARD_LIST_GAP.fullmatch(ctx.text, listed_end, start):
                recipients = listed_to  # "… được tặng Huân chương Sao Vàng, Huân chương Hồ Chí Minh": each of them
            listed_end, listed_to = end, recipients
            if not recipients and given_to_many is None and _TO_MANY.search(sentence, m.end()):
                given_to_many = name
            if not m.group("kind").lower().startswith(("bằng", "cờ", "giấy")):
                last_award = name
            respective = badges is not None and len(recipients) == len(badges[0]) > 1
            if give and giver is not None:  # "Chủ tịch nước A trao giải thưởng cho …": A gives, receives nothing
                recipients = [r for r in recipients if r.key != giver or re.search(
                    r"(?<!\w)được(?!\w)", ctx.text[r.span.end:s.start + give.start()], re.IGNORECASE)]
            for n, r in enumerate(recipients):  # "A được Thủ tướng tặng …": A receives; the giver is not A
                # "Huy hiệu 50 năm, 45 năm và 30 năm tuổi Đảng cho các ông A, B và C": each their own, in turn
                names = [badges[0][n]] if respective else badges[0] if badges else \
                    _each_class(name, sentence, m.start() + length)
                for each in names:
                    ex.awards.append(Award(r.key, r.kind, each, ctx.evidence(si), giver if giver != r.key else None))


# "…, đồng thời đón nhận", "… và vinh dự đón nhận": a second verb of the sentence's subject, receiving
_RECEIVES_TOO = re.compile(r"(?:,|\svà)\s*(?:(?:đồng thời|cũng|còn|đã|vinh dự|long trọng)\s+)*(?:đón nhận|nhận|được (?:trao tặng|"
                           r"tặng thưởng|tặng|trao|nhận|phong tặng))\s*$", re.IGNORECASE)
# what may open a sentence before its subject: when ("Sáng 30-8, ", "Ngày 5/3/2019, ")
_WHEN_OPENS = re.compile(r"\s*(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Sáng nay|Chiều nay|Hôm nay)(?:\s+[\d/.-]+(?:\s*\([^()]{1,30}\))?)?"
                         r"\s*,\s*)?")


def _subject_receives_too(ctx: ArticleContext, si: int, resolved, start: int) -> list:
    """The body or person the sentence opens with, when its second verb receives the honour ("Sáng 30-8, Bệnh viện X
    tổ chức lễ kỷ niệm 125 năm thành lập, đồng thời đón nhận Huân chương …")."""
    s = ctx.sentences[si]
    if not _RECEIVES_TOO.search(ctx.text, s.start, start):
        return []
    opener = _WHEN_OPENS.match(ctx.text, s.start)
    first = next((r for r in resolved if r.span.start >= s.start), None)
    if first is None or first.kind not in (PERSON, ORG) or first.span.start != opener.end():
        return []
    return [first]


def _given_before_the_honour(ctx: ArticleContext, resolved, give: re.Match | None, base: int, start: int) -> list:
    """The receiver named between the verb and the honour, with their post ("Chủ tịch Raul Castro trao tặng Chủ tịch
    nước Trần Đại Quang Huân chương José Marti", "trao tặng ông A Huân chương …"), if one is."""
    if give is None:
        return []
    between = [r for r in resolved if base + give.end() <= r.span.start and r.span.end <= start]
    if not between or between[-1].kind != PERSON or ctx.text[between[-1].span.end:start].strip():
        return []
    lead = ctx.text[base + give.end():between[-1].span.start]
    return [between[-1]] if _POST_OR_HONORIFIC_ONLY.fullmatch(lead) else []


# what may stand between a verb of giving and its receiver's name: a post, capitalised or not, or a form of address
_POST_OR_HONORIFIC_ONLY = re.compile(r"\s*(?:(?:ông|bà|ngài|đồng chí|Ông|Bà|Ngài|Đồng chí)\s+|(?:[A-ZĐ][^\s,.;:()]*|nước|"
                                     r"tướng|trưởng|thư|tịch)\s+)*")


_AMONG_THEM = re.compile(r"\s*,\s*(?:trong đó có|trong số đó có|trong số này có)\s*:?\s*", re.IGNORECASE)
_MORE_CLASSES = re.compile(r"(?:\s*(?:,|và)\s*(?:hạng\s+)?(Nhất|Nhì|Ba)(?!\w))", re.IGNORECASE)


def _each_class(name: str, sentence: str, end: int) -> list[str]:
    """'Huân chương Lao động hạng Nhất, Nhì, Ba': one award per class written."""
    m = _CLASS.search(name)
    if not m or not name.endswith(m.group(0)):
        return [name]
    out, pos = [name], end
    while (more := _MORE_CLASSES.match(sentence, pos)) is not None:
        out.append(name[:m.start()] + "hạng " + more.group(1).capitalize())
        pos = more.end()
    return out

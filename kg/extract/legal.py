"""Legal documents: numbered ones in every Vietnamese numbering scheme, short back-references,
and laws named without a number.

    57-NQ/TW        Party resolution              1880/QĐ-TTg       Prime Minister's decision
    07/CT-TTg       Prime Minister's directive    13/2023/NĐ-CP     Government decree
    24/2023/QH15    law of the 15th National Assembly
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..textnorm import fold, name_key

_SEG = r"[A-ZĐƯ][A-Za-zĐđƯư]*\d*(?:\.[IVX]+(?![\w.]))?"  # "TƯ" as well as "TW"; "V.I", a department of VPCP
# a code's part set off by a space alone, in a code with a slash: "kết luận số 19 KL/TW", "1177/QĐ BGDĐT"
_SPACED = r"\s(?=[A-ZĐ]{2,}[A-ZĐ\d]*(?:[/-][A-ZĐ]|(?![\w/-])))"
CODE_RE = re.compile(
    rf"(?<![\w/.-])(?P<num>\d{{1,5}}(?:\s?[a-z](?=/))?)(?:\s?[/-]\s?(?P<year>(?:19|20)\d\d))?"
    rf"(?P<rest>(?:(?:\s?[-/]\s?|{_SPACED}){_SEG}){{1,4}})(?![\w/])")
TYPE_WORDS = (
    "Nghị quyết", "Chỉ thị", "Quyết định", "Nghị định", "Thông tư liên tịch", "Thông tư", "Kết luận",
    "Quy định", "Thông báo", "Tờ trình", "Hướng dẫn", "Kế hoạch", "Công điện", "Lệnh", "Luật", "Bộ luật",
    "Pháp lệnh", "Công văn", "Quy chế", "Đề án", "Chương trình", "Báo cáo", "Hiến pháp", "Văn bản",
)
_TYPE_ALT = "|".join(sorted(map(re.escape, TYPE_WORDS), key=len, reverse=True))
# "Thông báo kết luận số 45-TB/TW" is a Thông báo
TYPE_BEFORE_RE = re.compile(rf"(?:(?P<type>Thông báo) (?:kết luận|ý kiến)|(?P<written>{_TYPE_ALT}))"
                            rf"(?:\s+(?:khẩn|hỏa tốc|hoả tốc|mật))?(?:\s+(?:số|mới|liên tịch))?\s*$", re.IGNORECASE)
SHORT_REF_RE = re.compile(rf"(?<!\w)(?P<type>{_TYPE_ALT})\s+(?:số\s+)?(?P<num>\d{{1,5}})(?![\w/-])")
NAMED_LAW_RE = re.compile(r"(?<!\w)(?=(?P<kind>Bộ [Ll]uật|Luật|luật)\s+(?P<name>(?:[^\W\d_]+)"
                          r"(?:(?:,?[ ]|[ ][-–][ ](?=[^\W\d_A-ZĐ]))[^\W\d_]+){0,15}))")
# a dash before a lower-case word goes on with the name: "Luật Đơn vị hành chính - kinh tế đặc biệt"
# the charters, treaties and conventions between states, by their name: "Hiến chương Liên Hợp Quốc", "Hiệp ước
# Lisbon", "Công ước Liên Hợp Quốc về Luật Biển năm 1982" (not the "Hiệp ước" of "Tổ chức Hiệp ước Bắc Đại Tây Dương")
TREATY_RE = re.compile(r"(?<!\w)(?<!Tổ chức )(?P<kind>Hiến chương|Hiệp ước|Công ước|Hiệp định)"
                       r"(?:(?: (?:Liên [Hh]ợp [Qq]uốc|[A-ZĐ][\w-]*))+)"  # "Hiến chương Liên hợp quốc"
                       r"(?: về (?:[Ll]uật [Bb]iển|[A-ZĐ]\w*(?: [A-ZĐ]\w*)+|[A-ZĐ]\w*(?: [^\W\d_A-ZĐ]+){0,3}"
                       r"|[^\W\d_A-ZĐ]+(?: [^\W\d_A-ZĐ]+){0,3}))?(?!\w)"  # "… về chống tham nhũng", "… về biến đổi khí hậu"
                       # its name ends there: not "Công ước Liên | hợp quốc", "Hiệp ước Hữu | nghị" cut short
                       r"(?=\s*(?:[,.;:()\"”]|$)| \d| (?:và|của|năm|được|đã|là|có|với|do|cho|nhằm|để|trong|khi|sẽ|"
                       r"không|vẫn|cũng|mà|về|đến|từ|tại)(?!\w))")


@lru_cache(maxsize=1)
def _constitution() -> re.Pattern:
    """'Hiến pháp', and another state's with the state: 'Hiến pháp Trung Quốc', 'Hiến pháp nước Cộng hòa Liên bang
    Đức'. Ours is "Hiến pháp" as it stands, however its state is written after it."""
    from .. import lexicon
    names = sorted({n for c in lexicon.countries() if c.name != "Việt Nam" for n in (c.name, *c.aliases)},
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)Hiến pháp(?: (?:nước )?(?:" + "|".join(map(re.escape, names)) + r"))?(?!\w)")
# "Nghị quyết Trung ương 4 (khóa XII)": a plenum's resolution, named by the plenum
PLENUM_RESOLUTION_RE = re.compile(r"(?<!\w)Nghị quyết (?:Hội nghị )?Trung ương (?:lần thứ )?(?:\d{1,2}|[IVX]+)(?![\w/-])"
                                  r"(?:,?\s*\(?\s*(?:[Kk]hóa|[Kk]hoá)\s+(?:[IVX]+|\d{1,2})(?![\w/])\s*\)?)?")
CHARTER_RE = re.compile(r"(?<!\w)Điều lệ (?:Đảng(?: Cộng sản Việt Nam)?|Công đoàn Việt Nam|Đoàn Thanh niên Cộng sản Hồ Chí Minh)"
                        r"(?!\w)")
LAW_NAME_STOP = frozenset("""
để sau đã được và của có với theo về trong khi là này đó năm mới thì mà nhưng cũng đang sẽ
tại do bởi nên vì nhằm qua cùng không chưa rất cho như từ đến trên dưới các những một hai ba
vào vừa gồm ra nay đây ấy hiện còn luôn phải nhưng nếu thì ngày đều vẫn chỉ lại hay hoặc
""".split())
LAW_NAME_STOP_PHRASES = frozenset({"thông qua", "ban hành", "sửa đổi", "bổ sung", "quy định", "hướng dẫn",
                                   "thi hành", "hiện hành", "nói chung", "có hiệu lực", "đối với"})
# words that make "Luật" something else than a law's name: "Luật sư", "Luật cấm …" (the law forbids), "Luật sử đổi"
NOT_LAW = frozenset({"sư", "gia", "pháp", "lệ", "chơi", "sư trưởng", "sửa", "sử", "bổ", "mới", "này", "định", "số",
                     "cấm", "đạt"})
# "Luật Phòng, chống tham nhũng": a comma inside a law's name before these words
LAW_NAME_COMMA = ("chống", "sử dụng", "kiểm soát", "khai thác", "bảo vệ", "thương binh")


@dataclass
class LegalMention:
    start: int
    end: int
    key: str  # normalised identifier, or the law's name key
    identifier: str | None
    doc_type: str | None
    number: str | None = None
    issuer: str | None = None  # canonical org name
    issuer_from_code: str | None = None
    date: str | None = None  # ISO, filled in by the caller
    name: str | None = None
    short_ref: bool = False


@lru_cache(maxsize=1)
def _codes() -> tuple[dict[str, str], dict[str, str]]:
    return lexicon.legal_codes()


def normalise_identifier(ident: str) -> str:
    ident = re.sub(r"\s+", "", ident)
    return ident.replace("–", "-").replace("—", "-")


def identifier_key(ident: str) -> str:
    """One key for every way a number is written: "57-NQ/TƯ" is "57-NQ/TW"."""
    return _TU.sub("tw", fold(normalise_identifier(ident)).replace("đ", "d"))


_TU = re.compile(r"(?<=[/-])tư(?![^\W\d_])")  # "Trung ương" shortened as "TƯ", the same code as "TW"


def _issuer_for(segments: list[str], issuers: dict[str, str]) -> str | None:
    for seg in segments:
        base = re.sub(r"\d+$", "", seg)
        for cand in (seg, base):
            if cand in issuers and issuers[cand]:
                return issuers[cand]
    return None


def find_numbered(text: str, start: int = 0, end: int | None = None) -> list[LegalMention]:
    types, issuers = _codes()
    out = []
    for m in CODE_RE.finditer(text, start, len(text) if end is None else end):
        if "/" not in m.group(0) and re.search(r"\d\s[A-ZĐ]", m.group(0)):
            continue  # a space sets a code's part off only in a code with a slash, not "2 TP" in "Quận 2 TP.HCM"
        segments = [s for s in re.split(r"\s?[-/]\s?|\s", m.group("rest")) if s]
        doc_type = next((types[s] for s in segments if s in types), None)
        issuer = _issuer_for([s for s in segments if s not in types], issuers)
        before = TYPE_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()])
        written_type = _canonical_type(before.group("type") or before.group("written")) if before else None
        if doc_type is None and issuer is None and not (before and "số" in before.group(0).lower()):
            continue  # "12-1", "COVID-19" … are not document numbers; "văn bản số 6037/THKH" is one
        ident = normalise_identifier(m.group(0))
        legislature = _LEGISLATURE_SPLIT.match(text, m.end()) if ident.endswith("QH") else None
        end_at = legislature.end() if legislature else m.end()
        if legislature:  # "100/2015/QH 13": the legislature's number split off by a space
            ident += legislature.group(1)
        if doc_type is None and written_type is None:
            if any(re.fullmatch(r"QH\d+", s) for s in segments):
                doc_type = "Luật"  # "24/2023/QH15": a law of that National Assembly
            else:
                continue
        out.append(LegalMention(
            start=m.start() - (len(before.group(0)) if before else 0), end=end_at,
            key=identifier_key(ident), identifier=ident, doc_type=written_type or doc_type,
            number=m.group("num").lstrip("0") or "0", issuer_from_code=issuer))
    return out


_LEGISLATURE_SPLIT = re.compile(r"\s(\d{2})(?![\w/])")
# "Nghị định 210", "kết luận 49 của Bộ Chính trị", "văn bản số 6934": a document cited by its number alone
NUMBER_ONLY_RE = re.compile(r"(?<!\w)(?P<type>(?i:nghị quyết|nghị định|quyết định|kết luận|chỉ thị|thông tư|công văn|"
                            r"văn bản)|Quy định|Thông báo|Tờ trình|Luật(?=\s+số)|QĐ|NĐ|"
                            # "vi phạm quy định 47 về …": the verb's noun only with its document's number and subject
                            r"quy định(?=\s+(?:số\s+)?\d{2,5}\s+(?:về|của|ngày)(?!\w)))\s+(?P<so>số\s+)?"
                            r"(?P<num>\d{2,5}(?:[a-d](?!\w))?(?:/(?:19|20)\d\d(?![\d/-]))?)(?![\w/.,-]?\d)(?![/-])")
# "Nghị định 131/2018"; "Nghị quyết 30a", whose letter is part of its number


def find_number_only(text: str, taken: list[tuple[int, int]], start: int = 0,
                     end: int | None = None) -> list[LegalMention]:
    """Documents cited by type and number alone, where no coded form of the same number is cited:
    'Nghị định 210 của Chính phủ', 'văn bản số 6934 ngày 18/9/2008'."""
    out = []
    for m in NUMBER_ONLY_RE.finditer(text, start, len(text) if end is None else end):
        if any(s <= m.start() < e for s, e in taken):
            continue
        num = m.group("num")
        if "/" in num and m.group("type").lower() in ("văn bản", "công văn"):
            continue  # "văn bản 12/2019": not cited by a number of its own
        if not m.group("so") and re.fullmatch(r"(?:19|20)\d\d", num):
            continue  # "Nghị quyết 2023" is a year's resolution, not a number
        doc_type = _canonical_type(m.group("type"))
        out.append(LegalMention(m.start(), m.end(), identifier_key(f"{doc_type} {num}"), num,
                                doc_type, number=num.lstrip("0") or "0"))
    return out


_SHORT_TYPES = {"QĐ": "Quyết định", "NĐ": "Nghị định"}  # "QĐ 24 của Bộ GTVT", "NĐ 100"


def _canonical_type(word: str) -> str:
    if word in _SHORT_TYPES:
        return _SHORT_TYPES[word]
    for t in TYPE_WORDS:
        if t.lower() == word.lower():
            return t
    return word


def find_short_refs(text: str, numbered: list[LegalMention], start: int = 0,
                    end: int | None = None) -> list[LegalMention]:
    """'Nghị quyết 57' refers back to 'Nghị quyết số 57-NQ/TW' of the same article."""
    by_num = {}
    for lm in numbered:
        by_num.setdefault((lm.doc_type, lm.number), lm)
    taken = [(lm.start, lm.end) for lm in numbered]
    out = []
    for m in SHORT_REF_RE.finditer(text, start, len(text) if end is None else end):
        if any(s <= m.start() < e for s, e in taken):
            continue
        target = by_num.get((_canonical_type(m.group("type")), m.group("num").lstrip("0") or "0"))
        if target:
            out.append(LegalMention(m.start(), m.end(), target.key, target.identifier, target.doc_type,
                                    target.number, short_ref=True))
    return out


_CONVENTION_BEFORE = re.compile(r"Công ước(?: [^\W\d_]+){0,5} về\s+$")


_SCHOOL_BEFORE = re.compile(r"(?<!\w)(?:Đại học|ĐH|Trường|Khoa|Học viện|Viện|Tạp chí|Báo|[Cc]ử nhân|[Tt]iến sĩ|[Tt]hạc sĩ"
                            r"|ngành|[Cc]ông ty|Cty|Hãng)\s+$")  # and "Công ty Luật TNHH DTLAW", a law firm


def _common_noun_before(text: str, start: int) -> bool:
    """Does the word before "luật" at ``start`` make it a common noun ("kỷ luật", "pháp luật"), not a law's name?"""
    prev = text[max(0, start - 8):start].split()
    return bool(prev) and prev[-1].lower() in _LUAT_COMPOUNDS - _BEFORE_A_LAW


@lru_cache(maxsize=1)
def _known_titles() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern for "luật" (or "pháp lệnh") and a law's title in any case, longest titles first, and each folded title's name."""
    titles = {fold(t): t for t in lexicon.law_titles()}
    alternatives = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<kind>luật|pháp lệnh)\s+(?P<title>{alternatives})(?!\w)"), titles


@lru_cache(maxsize=1)
def _next_title() -> re.Pattern:
    """Another known title after one of a list that shares "các Luật" ("các Luật Xây dựng, Nhà ở, Quy hoạch đô thị")."""
    alternatives = "|".join(re.escape(t) for t in sorted(_known_titles()[1], key=len, reverse=True))
    return re.compile(rf"(?:\s*,\s*|\s+và\s+)(?P<title>{alternatives})(?!\w)")


def _titled_laws(text: str, start: int, end: int) -> list[LegalMention]:
    """Laws cited by a title the lexicon knows, in whatever case ("luật du lịch", "Luật Trách nhiệm bồi thường của
    Nhà nước"); not "kỷ luật …", "pháp luật …", a common noun."""
    pattern, titles = _known_titles()
    out = []
    folded = fold(text[start:end])  # as long as the text it folds
    for m in pattern.finditer(folded):
        m_start, m_end = start + m.start(), start + m.end()
        if _common_noun_before(text, m_start):
            continue
        nxt = re.match(r"[ ]([^\W\d_]+)(?:[ ]([^\W\d_]+))?", text[m_end:m_end + 30])
        if nxt and nxt.group(1).islower() and nxt.group(1) not in LAW_NAME_STOP \
                and f"{nxt.group(1)} {nxt.group(2)}" not in _law_ending_verbs() \
                and any(t.startswith(m.group("title") + " ") for t in titles):
            continue  # "Luật giáo dục | nghề": a title that others go on from, here with words of its own
        title = titles[m.group("title")]
        kind = "Luật" if m.group("kind") == "luật" else "Pháp lệnh"  # "Pháp lệnh phí và lệ phí": an ordinance
        name, end_pos = _with_year(text, f"{kind} {title[0].upper()}{title[1:]}", m_end)
        out.append(LegalMention(m_start, end_pos, fold(name), None, kind, name=name))
        if folded[max(0, m.start() - 4):m.start()] == "các ":  # "các Luật Xây dựng, Nhà ở, …": each a law of its own
            pos = m.end()
            while (n := _next_title().match(folded, pos)) is not None:
                listed = titles[n.group("title")]
                name = f"{kind} {listed[0].upper()}{listed[1:]}"
                out.append(LegalMention(start + n.start("title"), start + n.end(), fold(name), None, kind, name=name))
                pos = n.end()
    return out


@lru_cache(maxsize=1)
def _known_treaties() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern for every name the treaties lexicon gives, folded, longest first, and each name's treaty."""
    names = {fold(alias): name for name, aliases in lexicon.treaties().items() for alias in (name, *aliases)}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), names


@lru_cache(maxsize=1)
def _treaty_word() -> re.Pattern:
    """The first two words of every name the treaties lexicon gives ("Công ước", "Hiến chương", "UNCLOS")."""
    firsts = {" ".join(alias.split()[:2]) if " " in alias and not alias.split()[0].isupper() else alias.split()[0]
              for name, aliases in lexicon.treaties().items() for alias in (name, *aliases)}
    return re.compile("|".join(map(re.escape, sorted(firsts))), re.IGNORECASE)


def treaty_names(name: str) -> tuple[str, ...]:
    """Every name of a treaty the lexicon knows, for its node's alternate names."""
    return lexicon.treaties().get(name, ())


def _listed_treaties(text: str, start: int, end: int) -> list[LegalMention]:
    """Treaties cited by any name the lexicon knows ("Công ước Luật biển 1982", "UNCLOS"): one document each."""
    pattern, names = _known_treaties()
    out = []
    if not _treaty_word().search(text, start, end):
        return out  # most sentences name no treaty: fold none of them
    for m in pattern.finditer(fold(text[start:end])):
        name = names[m.group()]
        kind = " ".join(name.split()[:2])  # "Công ước", "Hiến chương", "Hiệp định": each a word of two syllables
        out.append(LegalMention(start + m.start(), start + m.end(), fold(name), None, kind, name=name))
    return out


def find_named_laws(text: str, start: int = 0, end: int | None = None) -> list[LegalMention]:
    """'Luật Viễn thông', 'Bộ luật Hình sự' — laws cited by name."""
    treaties = _listed_treaties(text, start, len(text) if end is None else end)
    out = _titled_laws(text, start, len(text) if end is None else end)
    out = [lm for lm in out if not any(t.start <= lm.start < t.end for t in treaties)] + treaties
    titled = {lm.start for lm in out}
    for m in NAMED_LAW_RE.finditer(text, start, len(text) if end is None else end):
        if m.start() in titled or any(t.start <= m.start() < t.end for t in treaties):
            continue  # read whole by its title, or inside a treaty's name ("Công ước Luật Biển")
        words = [w for w in m.group("name").replace(",", " ,").split(" ") if w]
        lower_kind = m.group("kind") == "luật"
        prev = text[max(0, m.start() - 8):m.start()].split()
        if lower_kind and (not words[0][:1].isupper() or _common_noun_before(text, m.start())):
            continue  # "luật" is also the common noun ("kỷ luật Đảng"): only "luật Đất đai" names a law
        if m.group("kind") == "Luật" and prev and prev[-1] in ("Bộ", "Pháp"):
            continue  # "Bộ Luật Dân sự": the code, matched as a whole; "Pháp Luật TP.HCM": a newspaper
        if _SCHOOL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Trường Đại học Luật Hà Nội", "Khoa Luật": a school of law, no law
        if _CONVENTION_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Công ước Liên hợp quốc về Luật Biển năm 1982": a treaty on the law of the sea, no law
        if words[0].lower() in NOT_LAW or (words[0].islower() and words[0] in LAW_NAME_STOP and words[0] != "các"):
            continue  # "Luật các tổ chức tín dụng" is a name
        keep, pos = [], m.start("name")
        for w_index, w in enumerate(words):
            pair = " ".join(words[w_index:w_index + 2]).lower()
            nxt = " ".join(words[w_index + 1:w_index + 3]).lower()
            paired = len(keep) >= 2 and w_index + 1 < len(words) and words[w_index + 1] == keep[-2]
            # "Luật Công chức, Viên chức.": a last short item, no document of its own, closes the name
            last_item = w == "," and 1 <= len(words) - w_index - 1 <= 2 and words[w_index + 1] not in _NEW_DOCUMENT \
                and "," not in words[w_index + 1:] and m.end("name") < len(text) and not text[m.end("name")].isalnum() \
                and all(x.isalpha() and x.lower() not in LAW_NAME_STOP for x in words[w_index + 1:]) \
                and not _named_elsewhere(" ".join(words[w_index + 1:]))
            if w == "," and not nxt.startswith(LAW_NAME_COMMA) and not _enumeration_goes_on(words, w_index + 1) \
                    and not paired and not last_item:  # "Luật Tạm giữ, tạm giam": two acts sharing a word
                break
            after_va = words[w_index + 1] if w_index + 1 < len(words) else ""
            if w == "và" and keep and after_va not in _NEW_DOCUMENT and (
                    "," in keep or (after_va[:1].isupper() and any(x[:1].isupper() for x in keep[-2:]))
                    or _short_closing_pair(words, w_index + 1, text, m.end("name"))):
                keep.append(w)  # "… vật liệu nổ và công cụ hỗ trợ", "… của Quốc hội và HĐND"
                pos += len(w) + 1
                continue
            if w == "của" and w_index + 1 < len(words) and words[w_index + 1][:1].isupper():
                keep.append(w)  # "Luật Trách nhiệm bồi thường của Nhà nước"
                pos += len(w) + 1
                continue
            if ((w.islower() and w in LAW_NAME_STOP and not _small_and_medium(words, w_index))
                    or pair in LAW_NAME_STOP_PHRASES or pair in _law_ending_verbs()
                    or (w == "số" and re.match(r"\s*\d", text[pos + 2:]))) and keep:
                break
            if not keep and (pair in _WHAT_A_LAW_DOES or (w.islower() and pair in _law_ending_verbs()
                                                          and _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]))):
                break  # "của Luật quy định …", "Luật khẳng định quyền …": the law the text speaks of, no law's name
            keep.append(w)
            pos += len(w) + 1
        # a law's name ends at the first capitalised word after a lower-case one ("Luật Báo chí Việt Nam" ok)
        code = m.group("kind").startswith("Bộ")  # "Bộ luật hình sự": a code, its name in any case
        if not keep or not (keep[0][0].isupper() or code or m.group("kind") == "Luật" and text[m.start()].isupper()):
            continue
        while keep and keep[-1] in (",", "của"):
            keep.pop()
        while keep and keep[-1] in ("-", "–", ","):
            keep.pop()  # "Luật Biểu tình | - một vấn đề lớn"
        if not keep:
            continue
        tail = " ".join(keep).replace(" ,", ",")
        kind = m.group("kind").capitalize() if lower_kind else m.group("kind").replace("Bộ Luật", "Bộ luật")
        name, end_pos = _with_year(text, f"{kind} {tail[0].upper()}{tail[1:]}", m.start("name") + len(tail))
        out.append(LegalMention(m.start(), end_pos, fold(name), None, kind, name=name))
    for rx, kind in ((_constitution(), "Hiến pháp"), (CHARTER_RE, "Điều lệ"), (PLENUM_RESOLUTION_RE, "Nghị quyết"),
                     (TREATY_RE, None)):
        for m in rx.finditer(text, start, len(text) if end is None else end):
            if any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in treaties):
                continue  # a treaty the lexicon knows, read by its own name
            name, end_pos = _with_year(text, m.group().rstrip(), m.start() + len(m.group().rstrip()))
            out.append(LegalMention(m.start(), end_pos, fold(name), None, kind or m.group("kind"), name=name))
    return out


_SENTENCE_START = re.compile(r"(?:^|[.!?\n])\s*$")  # "… . Luật khẳng định …": a law spoken of as the subject
_VERSION_YEAR = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d\d(?![\d/-])")


def _with_year(text: str, name: str, end: int) -> tuple[str, int]:
    """A law's version is part of its name when the year is written right after it: "Bộ luật Hình sự 2015",
    "Hiến pháp năm 2013" are not the codes and constitutions of other years."""
    m = _VERSION_YEAR.match(text, end)
    return (f"{name} {m.group().strip()}", m.end()) if m else (name, end)


def _named_elsewhere(words: str) -> bool:
    """A place or a body the lexicons know ("Hà Nội", "Chính phủ"): not the last item of a law's name."""
    from .gazetteer import gazetteer

    gaz = gazetteer()
    return name_key(words) in gaz.place_index or gaz.canonical_org(words) is not None


@lru_cache(maxsize=1)
def _law_ending_verbs() -> frozenset[str]:
    """Verbs that end a law's name ("Luật Biểu tình | tập trung hoàn thiện"): the two-syllable ones of the
    lexicon, but for "tổ chức", also a noun inside names ("Luật Các tổ chức tín dụng")."""
    return frozenset(v for v in lexicon.name_ending_verbs() if " " in v) - {"tổ chức"}


_WHAT_A_LAW_DOES = frozenset({"quy định", "nêu rõ", "ghi rõ", "cho phép", "yêu cầu", "nghiêm cấm"})
_LUAT_COMPOUNDS = {"kỷ", "pháp", "dự", "điều", "văn", "hiến", "bộ", "định", "quy", "thủ"}  # "kỷ luật", "pháp luật" …
_BEFORE_A_LAW = {"điều", "dự"}  # "một số điều luật Giáo dục", "dự luật Đất đai": the law's articles, its bill
_NEW_DOCUMENT = {"Luật", "Bộ", "Nghị", "Quyết", "Chỉ", "Thông", "Hiến", "Pháp", "luật"}


def _short_closing_pair(words: list[str], k: int, text: str, name_end: int) -> bool:
    """After "và": one to three lower-case words that close the name at a punctuation mark ("Luật Bảo vệ và
    phát triển rừng.", "Luật Phí và lệ phí,", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa;")."""
    rest = []
    for w in words[k:]:
        if w == ",":
            break
        rest.append(w)
    if rest and rest[-1] == "năm" and re.match(r"\s*(?:19|20)\d\d", text[name_end:]):
        rest.pop()  # "Luật Bảo vệ và phát triển rừng năm 2004": the version's year closes the name
    closes = len(rest) < len(words) - k or name_end >= len(text) or not text[name_end].isalnum()
    return closes and 1 <= len(rest) <= 3 and rest[0] not in _NOT_AFTER_VA and all(
        w.isalpha() and w.islower() and (w not in LAW_NAME_STOP or _small_and_medium(words, k + n))
        for n, w in enumerate(rest))


def _small_and_medium(words: list[str], k: int) -> bool:
    """"vừa" of "nhỏ và vừa" (small and medium) is part of a name, not the adverb "just"."""
    return words[k] == "vừa" and words[max(0, k - 2):k] == ["nhỏ", "và"]


_NOT_AFTER_VA = {"ngày", "điều", "khoản", "nghị", "quyết", "chỉ", "thông", "văn", "luật", "bộ"}  # another document


def _enumeration_goes_on(words: list[str], k: int) -> bool:
    """After a comma in a law's name: is this an enumeration closed by "và" ("Quản lý, sử dụng vũ khí,
    vật liệu nổ và công cụ hỗ trợ"), with no word that ends a name before the "và"?"""
    if k >= len(words) or not words[k].islower():
        return False  # "Luật Đất đai, Luật Nhà ở và …" lists laws: an enumeration inside a name is in lower case
    for w in words[k:k + 6]:
        if w == "và":
            return True
        if w == "," or (w.islower() and w in LAW_NAME_STOP):
            return w == ","
    return False


# ---------------------------------------------------------------- the extraction step

_OF_RE = re.compile(r"^\s*,?\s*(?:năm\s+(?:19|20)\d\d\s*)?của\s+", re.IGNORECASE)  # "Quyết định số 72 năm 2014 của …"
_ISSUED_BY_RE = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?(?:(?:khóa|khoá|nhiệm kỳ)\s+[IVXLC\d][\w-]*\s*)?,?\s*"
                           r"(?:(?:đã|vừa|mới|chính thức|đã chính thức|tiếp tục|cũng)\s+)*"
                           r"(?:ký(?:\s+(?:ban hành|thông qua|ra|công bố))?|ban hành|thông qua(?:\s+tại)?|ra|công bố|có)\s*$",
                           re.IGNORECASE)
# the tail of the same: where the words between an issuer and its document start ("UBND tỉnh | vừa ban hành …")
_ISSUED_BY_TAIL = re.compile(_ISSUED_BY_RE.pattern.removeprefix("^"), re.IGNORECASE)
# "Nghị quyết 71 vừa được Bộ Chính trị ban hành", "Quyết định 12 do UBND tỉnh ký": the issuer after, in the passive
_BY_RE = re.compile(r"^\s*,?\s*(?:về\s[^.;:()]{1,80}?\s)?(?:(?:đã|vừa|mới|cũng)\s+)*(?:được|do)\s+", re.IGNORECASE)
_PASSIVE_VERB_RE = re.compile(r"\s*(?:(?:đã|vừa)\s+)?(?:ký|ban hành|thông qua|công bố)(?!\w)", re.IGNORECASE)


def run(ctx, ex) -> None:
    """Add every legal document the article cites, with type, number, date and issuer."""
    from .entities import org_key
    from .gazetteer import gazetteer
    from .model import LEGISLATION, ORG

    gaz = gazetteer()
    text = ctx.text
    numbered: list[LegalMention] = []
    per_sentence: list[tuple[int, LegalMention]] = []
    for si, s in enumerate(ctx.sentences):
        found = find_numbered(text, s.start, s.end)
        for lm in found:
            _date_and_issuer(ctx, si, lm, gaz)
        _share_issuer(text, found)
        for lm in found:
            numbered.append(lm)
            per_sentence.append((si, lm))
    for si, s in enumerate(ctx.sentences):
        taken = [(o.start, o.end) for o in numbered if s.start <= o.start < s.end]
        for lm in find_short_refs(text, numbered, s.start, s.end):
            per_sentence.append((si, lm))
            taken.append((lm.start, lm.end))
        bare = find_number_only(text, taken, s.start, s.end)
        for lm in bare:
            _date_and_issuer(ctx, si, lm, gaz)
        _share_issuer(text, bare)
        for lm in bare:
            # which "Nghị định 210" is only known with its issuer: without one, the article's own
            lm.key += "@" + (org_key(lm.issuer) if lm.issuer else ex.doc_id)
            per_sentence.append((si, lm))
        for lm in find_named_laws(text, s.start, s.end):
            if not any(o.start <= lm.start < o.end for _, o in per_sentence):
                per_sentence.append((si, lm))
    _bare_to_version(per_sentence)
    _bare_to_issued(per_sentence, ex.doc_id)
    issuers: dict[str, tuple[str, str]] = {}  # document key -> (issuer, "text" or "code")
    for si, lm in per_sentence:
        if lm.identifier:
            name = f"{lm.doc_type} {lm.identifier}" if lm.doc_type else lm.identifier
            ent = ex.entity(LEGISLATION, lm.key, name, "Legislation")
            ent.attrs.setdefault("identifier", lm.identifier)
            if lm.identifier != ent.attrs["identifier"]:  # "54-NQ/TƯ" after "54-NQ/TW": the same, written otherwise
                ent.attrs.setdefault("other_identifiers", set()).add(lm.identifier)
            if lm.doc_type:
                ent.attrs.setdefault("type", lm.doc_type)
            if lm.date:
                ent.attrs.setdefault("date", lm.date)
            issuer = lm.issuer or _PARTY_ISSUER_OF_TYPE.get(lm.doc_type or "", {}).get(lm.issuer_from_code) \
                or lm.issuer_from_code or _ISSUER_OF_TYPE.get(lm.doc_type or "")
            # the first issuer the text names; one the code alone gives only when the text names none
            # ("Nghị quyết 57-NQ/TW … của Bộ Chính trị")
            if issuer and (lm.key not in issuers or (lm.issuer and issuers[lm.key][1] == "code")):
                issuers[lm.key] = (issuer, "text" if lm.issuer else "code")
        else:
            base = _VERSION_YEAR.sub("", lm.name)  # "Luật Đất đai năm 2013" is also just "Luật Đất đai"
            ent = ex.entity(LEGISLATION, lm.key, lm.name, "Legislation", alt=base if base != lm.name else None)
            ent.alt_names.update(treaty_names(lm.name))  # "Công ước Luật biển 1982", "UNCLOS"
            if (amended := _AMENDED_AFTER.match(ctx.text, lm.end)) is not None:
                ent.alt_names.add(f"{lm.name} {amended.group(1)}")  # "Luật Thủ đô (sửa đổi)": the bill amending it
            ent.attrs.setdefault("type", lm.doc_type)
        ent.attrs.setdefault("evidence", ctx.evidence(si))
        ex.mention(lm.start, lm.end, LEGISLATION, lm.key)
    for key, (issuer, _) in issuers.items():
        info = gaz.org_index.get(org_key(issuer)) or gaz.canonical_org(issuer)
        canonical = _local_issuer(ctx, info.name if info else issuer)
        if canonical == PROVINCIAL_PARTY_COMMITTEE:
            continue  # "/TU" with no provincial Party committee the article names: which one is not known
        ex.entity(ORG, org_key(canonical), canonical, info.cls if info else "GovernmentOrganization")
        ex.entities[(LEGISLATION, key)].attrs["issuer"] = org_key(canonical)


_LISTED = re.compile(r"\s*(?:,|và|;)\s*")
_AMENDED_AFTER = re.compile(r"\s*(\((?:sửa đổi|sửa đổi, bổ sung)\))")


def _share_issuer(text: str, mentions: list[LegalMention]) -> None:
    """'Quy định số 263 và Quy định số 181 của Bộ Chính trị': documents listed before one whose issuer the text
    names share it, when they name none of their own."""
    for lm, nxt in reversed(list(zip(mentions, mentions[1:]))):
        if lm.issuer is None and nxt.issuer and _LISTED.fullmatch(text, lm.end, nxt.start):
            lm.issuer = nxt.issuer


def _bare_to_issued(mentions: list[tuple[int, LegalMention]], doc_id: str) -> None:
    """'Quyết định số 72 năm 2014 của Thủ tướng …, Quyết định số 72 quy định …': a document named by its number
    alone is the one of that number the article gives an issuer, when it gives one."""
    own = "@" + doc_id
    issued: dict[str, set[str]] = {}
    for _, lm in mentions:
        if "@" in lm.key and not lm.key.endswith(own):
            issued.setdefault(lm.key.rsplit("@", 1)[0], set()).add(lm.key)
    for _, lm in mentions:
        keys = issued.get(lm.key.removesuffix(own)) if lm.key.endswith(own) else None
        if keys and len(keys) == 1:
            lm.key = next(iter(keys))


def _bare_to_version(mentions: list[tuple[int, LegalMention]]) -> None:
    """'Hiến pháp năm 2013 … Hiến pháp quy định': a law named without its year after the article has named
    one version of it is that version."""
    versions: dict[str, list[LegalMention]] = {}
    for _, lm in mentions:
        if lm.name and not lm.identifier and (base := _VERSION_YEAR.sub("", lm.name)) != lm.name:
            versions.setdefault(fold(base), []).append(lm)
    for _, lm in mentions:
        found = versions.get(lm.key) if lm.name and not lm.identifier else None
        if found and len({v.key for v in found}) == 1:
            lm.key, lm.name = found[0].key, found[0].name


PARTY_CENTRAL = "Ban Chấp hành Trung ương Đảng"  # the issuer a "/TW" code alone gives
# the one body that issues documents of a type, by law: a decree ("Nghị định 164/2016") is the Government's
_ISSUER_OF_TYPE = {"Nghị định": "Chính phủ"}
PARTY_ISSUERS = frozenset({"Bộ Chính trị", "Ban Bí thư", PARTY_CENTRAL})
# the Central Committee issues no directives: a "-CT/TW" the text names no issuer of is the Politburo's, which issues
# most (the Secretariat the rest)
_PARTY_ISSUER_OF_TYPE = {"Chỉ thị": {PARTY_CENTRAL: "Bộ Chính trị"}}


def _date_and_issuer(ctx, si: int, lm: LegalMention, gaz) -> None:
    """The date written right after a document ("… ngày 21/3/2023"; not "…, sáng 15/12", when something
    happened) and its issuer, after it ("của Thủ tướng Chính phủ") or before it ("Bộ Chính trị ban hành …")."""
    from .dates import TIME_OF_DAY

    date_m = next((d for d in ctx.dates(si) if lm.end <= d.start <= lm.end + 12
                   and not TIME_OF_DAY.search(ctx.text[lm.end:d.end])), None)
    signed_on = None if date_m else next((d for d in ctx.dates(si) if lm.end < d.start <= lm.end + 120
                                          and d.year is not None and _SIGNED_ON.match(ctx.text, lm.end, d.start)), None)
    if date_m or signed_on:
        lm.date = ctx.resolve(date_m or signed_on)
    elif (opening := _opening_date(ctx, si, lm)) is not None:
        lm.date = ctx.resolve(opening)  # "Ngày 7/12/2018, Chủ tịch UBND tỉnh đã ký Quyết định số 4914": signed that day
    after = date_m.end if date_m else lm.end
    lm.issuer = _issuer_after(ctx, si, after, gaz) or _issuer_before(ctx, si, lm.start, gaz)
    if lm.issuer is None and lm.issuer_from_code == PARTY_CENTRAL:
        # "… của Đảng và Bộ Chính trị về …, đặc biệt là Nghị quyết 57-NQ/TW": the Party body the sentence names
        named = [r for r in ctx.resolved[si].values() if r.kind == "Organization" and r.span.end <= lm.start
                 and r.name in PARTY_ISSUERS]
        if named:
            lm.issuer = max(named, key=lambda r: r.span.end).name


# the words of a clause that a date opens, before the date: "Ngày", "Đến ngày", "Cụ thể, ngày", "Chiều"
_CLAUSE_DATE_LEAD = re.compile(r"(?:^|[,:;])\s*(?:[^,.;:]{1,15},\s*)?(?:(?:đến|vào|tới|từ)\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?"
                               r"(?:ngày\s+)?\(?$", re.IGNORECASE)  # at the start of the sentence or of a clause
_SHORT_LEVEL_DOT = re.compile(r"(?<!\S)(?:TP|Tp|TX|Q|P)\.")  # "UBND TP. Hà Nội": no sentence's end


def _opening_date(ctx, si: int, lm: LegalMention):
    """The full date that opens the clause in which a body issues or signs the document ("Ngày 30/6/2014, UBND
    tỉnh Quảng Ninh ra Quyết định số 1386/QĐ-UBND …"), if the words before the document end with the verb."""
    s = ctx.sentences[si]
    before = [d for d in ctx.dates(si) if d.end <= lm.start and d.year is not None]
    if not before:
        return None
    d = before[-1]
    if not _CLAUSE_DATE_LEAD.search(ctx.text[s.start:d.start]) or lm.start - d.end > 140:
        return None
    between = _SHORT_LEVEL_DOT.sub("", ctx.text[d.end:lm.start])
    words = re.sub(r"(?:văn bản|công văn|tờ trình|thông báo|quyết định|nghị quyết|nghị định|chỉ thị|công điện|"
                   r"báo cáo|kết luận|quy định|thông tư)(?:\s+số)?\s*$", "", between, flags=re.IGNORECASE)
    return d if _ISSUED_BY_TAIL.search(words) and not re.search(r"[.;]", between) else None


PROVINCIAL_PARTY_COMMITTEE = "Tỉnh ủy"  # what "/TU" stands for: a province's or a city's Party committee


def _local_issuer(ctx, issuer: str) -> str:
    """'/QĐ-UBND' names a People's Committee, '/TU' a Party committee of a province or city, not which: the one
    the article names most, if it names one."""
    if issuer == PROVINCIAL_PARTY_COMMITTEE:
        heads = ("Tỉnh ủy ", "Thành ủy ")  # "03-CTr/TU" of Hà Nội is the Thành ủy's
    elif issuer in ("Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh"):
        heads = (issuer.removesuffix(" tỉnh") + " ",)
    else:
        return issuer
    local = [n for n, _ in ctx.org_counts.most_common() if n.startswith(heads) and n != issuer]
    return local[0] if local else issuer


def _issuer_after(ctx, si: int, pos: int, gaz) -> str | None:
    """'… ngày 21/3/2023 của Thủ tướng Chính phủ về …' → the issuer."""
    s = ctx.sentences[si]
    tail = ctx.text[pos:s.end]
    m = _OF_RE.match(tail)
    passive = None if m else _BY_RE.match(tail)
    if not (m or passive):
        return None
    if passive:
        start = pos + passive.end()
        for r in ctx.resolved[si].values():
            if r.kind == "Organization" and r.span.start == start and _PASSIVE_VERB_RE.match(ctx.text, r.span.end):
                return r.name
        # "Quyết định 367 … được nguyên Thủ tướng Võ Văn Kiệt ký": the body of the signer's post
        signer = next((r for r in ctx.resolved[si].values() if r.kind == "Person" and r.span.start > start
                       and r.span.start - start <= 40 and _PASSIVE_VERB_RE.match(ctx.text, r.span.end)), None)
        if signer is not None:
            if (body := _signers_body(ctx, si, signer, start)) is not None:
                return body  # "do Chủ tịch UBND tỉnh X Nguyễn Văn A ký": that body's
            post = name_key(_FORMER.sub("", ctx.text[start:signer.span.start]))
            info = gaz.issuer_only.get(post)
            return info.name if info is not None else None
        return None
    start = pos + m.end()
    if _BARE_CENTRAL.match(ctx.text, start, s.end):
        return PARTY_CENTRAL  # "Nghị quyết 19 của Trung ương về …": the Party's Central Committee
    if (minister := _MINISTER_OF.match(ctx.text, start, s.end)) is not None \
            and (ministry := _ministry_named(minister.group(1), gaz)) is not None:
        return ministry  # "Thông tư 15 của Bộ trưởng Văn hoá": the minister's ministry
    folded = fold(ctx.text[start:start + 80])
    best = None
    for form_key, info in gaz.issuer_only.items():
        if folded.startswith(form_key) and (best is None or len(form_key) > len(best[0])):
            best = (form_key, info)
    for r in ctx.resolved[si].values():
        if r.kind == "Organization" and r.span.start == start:
            span_len = r.span.end - r.span.start
            if best is None or span_len > len(best[0]):
                return r.name
    return best[1].name if best else None


# "Quyết định 367 … được nguyên Thủ tướng A ký ngày 4/6/1996": the day the passive clause after it signs it on
_SIGNED_ON = re.compile(r"[^.;]{0,100}?(?<!\w)(?:được|do)\s[^.;]{0,80}?(?<!\w)(?:ký|ban hành)\s+(?:vào\s+)?(?:ngày\s*)?$",
                        re.IGNORECASE)
_SIGNS = re.compile(r"(?<!\w)(?:ký|ban hành)(?!\w)", re.IGNORECASE)
_FORMER = re.compile(r"^\s*(?:nguyên|cựu)\s+", re.IGNORECASE)
_BARE_CENTRAL = re.compile(r"(?:Trung ương|TW|T\.Ư)(?=\s+[a-zđà-ỹ]|\s*[,.;:)]|$)")
_MINISTER_OF = re.compile(r"Bộ trưởng\s+((?:Bộ\s+)?[A-ZĐ][^,.;:()]{1,60})")


def _signers_body(ctx, si: int, signer, start: int = 0) -> str | None:
    """The body written right before a signer's name, after ``start``: the body of the post the signer signs in."""
    return next((r.name for r in ctx.resolved[si].values() if r.kind == "Organization" and r.span.start >= start
                 and 0 <= signer.span.start - r.span.end <= 1), None)


def _ministry_named(words: str, gaz) -> str | None:
    """The ministry a minister's field names ("Văn hoá", "Bộ Y tế về …"): the longest start of the words that
    the lexicon knows as a ministry."""
    words = words.removeprefix("Bộ ").split()
    for n in range(len(words), 0, -1):
        info = gaz.canonical_org("Bộ " + " ".join(words[:n]))
        if info is not None and info.name.startswith("Bộ "):
            return info.name
    return None


def _issuer_before(ctx, si: int, pos: int, gaz) -> str | None:
    """'Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW' → the issuer; 'Thủ tướng ban hành Quyết định 655' → the
    body a post names."""
    head = ctx.text[ctx.sentences[si].start:pos]
    window = head[-80:]
    tail = _ISSUED_BY_TAIL.search(window)
    if tail and tail.start() > 0:
        signed_at = len(head) - len(window) + tail.start()
        signer = next((r for r in ctx.resolved[si].values() if r.kind == "Person"
                       and r.span.end - ctx.sentences[si].start == len(head[:signed_at].rstrip())), None) \
            if _SIGNS.search(tail.group()) else None  # who signs or issues it; not who announces it ("công bố")
        if signer is not None:  # "Thủ tướng Phạm Minh Chính đã ký Quyết định …": the body of the signer's post
            signed_at = signer.span.start - ctx.sentences[si].start
            if (body := _signers_body(ctx, si, signer)) is not None:
                return body  # "Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung đã ký …": that body's
        post = _post_ending(name_key(head[:signed_at]), gaz)
        if post is not None:
            return post.name
    for r in sorted(ctx.resolved[si].values(), key=lambda r: -r.span.end):
        if r.kind == "Organization" and r.span.end <= pos and (_ISSUED_BY_RE.match(ctx.text[r.span.end:pos])
                                                               or _SAYS_IN.match(ctx.text[r.span.end:pos])
                                                               or _ISSUED_IN.match(ctx.text[r.span.end:pos])):
            post = _post_ending(name_key(ctx.text[ctx.sentences[si].start:r.span.end]), gaz)
            return post.name if post is not None else r.name  # "của Thủ tướng Chính phủ tại tờ trình …": the post's
    return None


def _post_ending(written: str, gaz):
    """The longest post that issues documents in its own name ("Thủ tướng Chính phủ") the folded text ends with."""
    posts = [(len(k), info) for k, info in gaz.issuer_only.items()
             if written.endswith(k) and (len(written) == len(k) or written[-len(k) - 1] == " ")]
    return max(posts, key=lambda p: p[0])[1] if posts else None


# "được Bộ GD-ĐT ban hành đầu năm ngoái, trong Thông tư 01/2024": what a body issued, told by the document it is in
_ISSUED_IN = re.compile(r"^\s*(?:(?:đã|vừa)\s+)?(?:ký\s+)?ban hành(?:\s+[^\W\d][^.;,()]{0,30}?)?\s*,?\s*(?:trong|tại|bằng)\s*$",
                        re.IGNORECASE)
# "Sở Nội vụ TP Hà Nội tại Tờ trình số 606 đề nghị …": a body speaking in its own document
_SAYS_IN = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?,?\s*tại\s*$", re.IGNORECASE)

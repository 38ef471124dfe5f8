"""Turn scanned spans into entities: canonical names for organisations, places and persons.

Resolves what the sentence's context decides: a local body named without its place
("Phó Chủ tịch UBND tỉnh" at "điểm cầu Lào Cai"), a unit named without its ministry
("Văn phòng Bộ"), a partial name ("ông Sơn"), and bodies nested in a longer name
("Văn phòng Bộ Tài chính" also mentions "Bộ Tài chính").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import lexicon
from ..textnorm import canonical_tones, fold, name_key
from .context import ArticleContext, ResolvedSpan
from .gazetteer import gazetteer, historical_person_keys
from .model import ORG, PERSON, PLACE, Entity, Extraction, Mention
from .short_forms import short_form_of
from .spans import (
    CHAMBERS,
    CITY,
    LOCAL_HEADS,
    PARTY_UNITS,
    PROVINCE,
    PROVINCIAL_CITY,
    VENUE,
    OrgHit,
    Span,
    committee_level,
    committee_place,
)
from .spans import ORG as S_ORG
from .spans import PERSON as S_PERSON
from .spans import PLACE as S_PLACE


def org_key(name: str) -> str:
    return name_key(name)


def person_key(name: str) -> str:
    return name_key(name)


def place_key(name: str) -> str:
    return name_key(name)


def place_entity(ex: Extraction, info) -> Entity:
    """The entity of a place the gazetteer knows, with its level and the names the press gives it."""
    cls = "Country" if info.kind == "quốc gia" else ("City" if info.kind.startswith("thành phố") else (
        "Place" if info.kind in (VENUE, lexicon.REGION) else "AdministrativeArea"))
    ent = ex.entity(PLACE, place_key(info.name), info.name, cls, alt=_with_level(info))
    ent.attrs.setdefault("level", info.kind)  # province, district, venue, foreign city …
    ent.alt_names.update(a for a in place_aliases().get(info.name, ()) if a != info.name)
    return ent


def run(ctx: ArticleContext, ex: Extraction) -> None:
    gaz = gazetteer()
    persons_seen: list[str] = []  # full names in order of appearance
    titled: dict[str, set[str]] = {}  # a name -> the posts written right before it ("thủ tướng")
    spelled: dict[str, str] = {}  # a transliterated name's key -> the name in its own spelling
    # pass 1: count organisations so that bare units can be completed with the article's main body
    counts: Counter = Counter()
    for spans in ctx.spans:
        for sp in spans:
            if sp.kind == S_ORG and not sp.payload.needs_place:
                counts[sp.payload.name] += 1
    ctx.org_counts = counts
    full_names = [sp.payload for spans in ctx.spans for sp in spans
                  if sp.kind == S_PERSON and re.search(r"\s", sp.payload)]  # the names written in full, in order
    last_places: list[tuple[str, str]] = []  # (name, kind) of recent places
    things = _named_as_things(ctx)
    for si, spans in enumerate(ctx.spans):
        party_units: list[Span] = []
        # places the sentence names, on their own or inside a local body ("HĐND tỉnh Lào Cai")
        sentence_places = [(_bare(sp.payload.name), sp.payload.kind) if sp.kind == S_PLACE else sp.payload.place
                           for sp in spans if sp.kind == S_PLACE or (sp.kind == S_ORG and sp.payload.place)]
        sentence_places += [p for sp in spans if sp.kind == S_ORG and not sp.payload.place
                            and (p := _place_in_name(sp.payload.name, gaz))]
        for sp in spans:
            if sp.kind == S_PLACE and (full := _person_called_by_a_state(ctx, sp, spans, persons_seen)):
                # "luật sư Đức" after "Luật sư Trương Thanh Đức", "ông Anh" after "Bộ trưởng Trần Tuấn Anh": the person
                key = person_key(full)
                person = Span(sp.i, sp.j, sp.start, sp.end, S_PERSON, full)
                ex.mention(sp.start, sp.end, PERSON, key)
                ctx.resolved[si][sp.i] = ResolvedSpan(person, PERSON, key, full)
                persons_seen.append(full)
            elif sp.kind == S_PLACE:
                info = sp.payload
                ent = place_entity(ex, info)
                key = ent.key
                surface = ctx.text[sp.start:sp.end]
                if info.kind == "quốc gia" and place_key(surface) != key:
                    ent.alt_names.add(surface)  # "Saudi Arabia", "Mỹ": how the article writes the state
                ex.mention(sp.start, sp.end, PLACE, key)
                ctx.resolved[si][sp.i] = ResolvedSpan(sp, PLACE, key, info.name)
                last_places.append((_bare(info.name), info.kind))
            elif sp.kind == S_ORG:
                hit: OrgHit = sp.payload
                if hit.needs_place and _generic(ctx.sentences[si].tokens, sp):
                    continue  # "các UBND tỉnh", "UBND cấp xã": many bodies, not one
                if hit.needs_place == "org:" + hit.name and hit.name in PARTY_UNITS and _post_follows(ctx, si, spans, sp):
                    party_units.append(sp)  # "Bí thư Đảng ủy, Giám đốc Sở X": the unit of the body of the next post
                    continue
                if hit.name == STANDING_COMMITTEE and _post_follows(ctx, si, spans, sp):
                    party_units.append(sp)  # "Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy X"
                    continue
                foreign = _foreign_state_body(hit, sp, spans, ctx.sentences[si].tokens)
                name = foreign or _complete(hit, sentence_places, last_places, counts)
                if name is None:
                    continue  # a generic "UBND tỉnh" that context does not name: not one body
                name = _front_committee_name(_party_committee_name(name))
                info = gaz.canonical_org(name) or _with_country_after(name, sp, spans, gaz)
                cls = info.cls if info else hit.cls
                name = info.name if info else canonical_tones(name)
                key = org_key(name)
                # (the bare word a foreign state's body was written as is no name of it: every state has one)
                ent = ex.entity(ORG, key, name, cls, alt=hit.surface if name_key(hit.surface) != key and not foreign else None)
                if hit.parent or (info and info.parent):
                    ent.attrs.setdefault("parent", org_key(hit.parent or info.parent))
                ex.mention(sp.start, sp.end, ORG, key)
                ctx.resolved[si][sp.i] = ResolvedSpan(sp, ORG, key, name)
                _nested(ctx, ex, si, sp, ent)
                if hit.place:
                    last_places.append(hit.place)
                elif inside := _place_in_name(name, gaz):  # "Ban cán sự đảng UBND tỉnh Đắk Nông": its province
                    last_places.append(inside)
            elif sp.kind == S_PERSON:
                name = sp.payload
                if person_key(name) in historical_person_keys() and name_key(name) in gaz.place_index and not any(
                        o.j == sp.i and o.kind in ("TITLE", "HONORIFIC", "ORG") for o in spans):
                    continue  # "vùng thông báo bay Hồ Chí Minh": a place's name too, and no post or honorific says whose
                if name_key(name) in things and not any(o.j == sp.i and o.kind in ("TITLE", "HONORIFIC", "ORG") for o in spans):
                    continue  # "ga Hà Nội, Giáp Bát" after "ga Giáp Bát": a place the article names as such
                title = _title_before(ctx, sp, spans)
                if not re.search(r"[\s.-]", name):
                    # "ông Sơn", "Thủ tướng Merkel": the one called so in full before, else after
                    # (of two named alike, "Thủ tướng Trudeau" is the one called "Thủ tướng" before, not his wife)
                    alike = [p for p in reversed(persons_seen) if p.split()[-1] == name]
                    full = next((p for p in alike if title is not None and title in titled.get(p, ())), None) \
                        or next(iter(alike), None) \
                        or next((p for p in full_names if p.split()[-1] == name), None) \
                        or next((p for p in full_names if _called_by(p, name)), None)
                    if full is None and not _after_title(sp, spans):
                        continue  # "ông Sơn" with nobody called Sơn: not enough to name a person
                    name = full or name
                elif " " not in name and "-" in name:
                    # "ông Diaz-Canel" after "Miguel Diaz-Canel": a double surname of someone named in full
                    name = next((p for p in reversed(persons_seen) if p.endswith(" " + name)), None) \
                        or next((p for p in full_names if p.endswith(" " + name)), name)
                elif name.count(" ") == 1:
                    # "bà Lan Hương" after "Nguyễn Lan Hương", "Thứ trưởng Kim Thoa" after "Hồ Thị Kim Thoa": the
                    # given names of someone named in full before
                    name = next((p for p in reversed(persons_seen) if p.endswith(" " + name) and p.count(" ") >= 2),
                                name)
                written = _spelled_out_after(ctx.text, sp.end)  # "Xa-bơ Chau-hơ-ry (Saber Chowdhury)"
                if written and name.split()[0] not in gaz.surnames:  # not "Đặng Thị Hoàng Yến (Maya …)"
                    spelled[person_key(name)] = written
                transliterated, name = name, spelled.get(person_key(name), name)
                key = person_key(name)
                ex.entity(PERSON, key, canonical_tones(name), "Person",
                          alt=transliterated if transliterated != name else None)
                ex.mention(sp.start, sp.end, PERSON, key)
                ctx.resolved[si][sp.i] = ResolvedSpan(sp, PERSON, key, name)
                persons_seen.append(name)
                if title is not None:
                    titled.setdefault(name, set()).add(title)
        for sp in party_units:  # once the sentence's other bodies are known
            body = _body_of_next_post(ctx, si, spans, sp)
            if body and sp.payload.name == STANDING_COMMITTEE:
                body = _committee_of(body)
            if body and body.name.startswith(sp.payload.name + " "):
                name = body.name  # "Bí thư Đảng ủy, … Đảng ủy Tập đoàn X": the unit is the body named already
            else:
                name = f"{sp.payload.name} {body.name}" if body else _complete(sp.payload, sentence_places, last_places,
                                                                               counts)
            if name is not None:
                key = org_key(name)
                ent = ex.entity(ORG, key, name, sp.payload.cls)
                if body and (ORG, body.key) in ex.entities:  # a parent the graph names
                    ent.attrs.setdefault("parent", body.key)
                ex.mention(sp.start, sp.end, ORG, key)
                ctx.resolved[si][sp.i] = ResolvedSpan(sp, ORG, key, name)
        last_places = last_places[-6:]
    _merge_national_short_names(ctx, ex)
    _merge_local_short_names(ctx, ex)
    _merge_variant_names(ctx, ex)
    _merge_short_forms(ctx, ex)
    _merge_given_names_told_first(ctx, ex)


def _called_by(full: str, word: str) -> bool:
    """Is a person named ``full`` called ``word`` alone: by the last word of the name ("ông Sơn", "Thủ tướng
    Merkel", "Ngoại trưởng Jubeir" for Adel al-Jubeir), or by the first of a foreign name of two or three words
    ("cựu Thủ tướng Thaksin" for Thaksin Shinawatra, "Tổng thống Moon" for Moon Jae-in)?"""
    words = full.split()
    if words[-1] == word or words[-1].split("-")[-1] == word and words[-1].lower().startswith(("al-", "el-")):
        return True
    return 2 <= len(words) <= 3 and words[0] == word and full.isascii()


def _person_called_by_a_state(ctx: ArticleContext, sp: Span, spans: list[Span], persons_seen: list[str]) -> str | None:
    """A state's one-word name right after a form of address ("ông Đức", "bà Nga", "TS Anh") that is the last
    word of a name the article has written in full before: that person, called by their given name."""
    surface = ctx.text[sp.start:sp.end]
    if sp.payload.kind != "quốc gia" or " " in surface \
            or not any(o.kind == "HONORIFIC" and o.j == sp.i for o in spans):
        return None
    return next((p for p in reversed(persons_seen) if p.count(" ") >= 1 and p.rsplit(" ", 1)[1] == surface), None)


def _merge_given_names_told_first(ctx: ArticleContext, ex: Extraction) -> None:
    """Given names written before the full name ("Thứ trưởng Kim Thoa …" in a title, "bà Hồ Thị Kim Thoa" in
    the text) are that person when one full name of the article ends with them; so is a foreign name written
    with the initial of its given name ("A. Lukashenko" beside "Alexander Lukashenko")."""
    people = list(ex.of_kind(PERSON))
    moved = {}
    for short in people:
        if short.name.count(" ") != 1:
            continue
        fulls = [p for p in people if p.name.count(" ") >= 2 and name_key(p.name).endswith(" " + name_key(short.name))]
        if len(fulls) == 1:
            moved[short.key] = fulls[0]
    for short in people:  # "A. Lukashenko", "V.Putin": the initial of the given name, then the surname
        initial = _INITIALLED.fullmatch(short.name)
        if initial is None or short.key in moved:
            continue
        fulls = [p for p in people if p is not short and p.key not in moved and " " in p.name and "." not in p.name
                 and p.name.split()[-1] == initial.group(2) and p.name[0] == initial.group(1)]
        if len(fulls) == 1:
            fulls[0].alt_names.add(short.name)
            moved[short.key] = fulls[0]
    _merge_into(ctx, ex, PERSON, moved)


_INITIALLED = re.compile(r"([A-Z])\.\s?(?:[A-Z]\.\s?)*(\S+)")
_OWN_SPELLING = re.compile(r"\s*\(\s*([A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){1,3})\s*\)")


def _spelled_out_after(text: str, end: int) -> str | None:
    """A foreign name in its own spelling, in brackets right after its Vietnamese transliteration."""
    m = _OWN_SPELLING.match(text, end)
    return m.group(1) if m else None


def _merge_national_short_names(ctx: ArticleContext, ex: Extraction) -> None:
    """A national body named once in full and elsewhere without "Việt Nam" ("Hội Luật gia" beside "Hội Luật
    gia Việt Nam") is one body: the short name becomes an alternate name of the full one."""
    orgs = {name_key(e.name): e for e in ex.of_kind(ORG)}
    moved = {}
    for short_key, short in orgs.items():
        full = orgs.get(short_key + " việt nam")
        if full is not None:
            full.alt_names.add(short.name)
            moved[short.key] = full
    _merge_into(ctx, ex, ORG, moved)


# words a body's name may carry or leave out without naming another body: a company's legal form, "Group"
# after a brand, the joiners of its fields ("Quy hoạch - Kiến trúc", "Quy hoạch và Kiến trúc"); not a place's
# level ("UBND thành phố Bắc Ninh" and "UBND tỉnh Bắc Ninh" are two bodies)
_OPTIONAL_WORDS = re.compile(r"(?<!\S)(?:cổ phần|cp|tnhh|trách nhiệm hữu hạn|một thành viên|mtv|group"
                             r"|và|&|-|–|,)(?!\S)")
BUSINESS_HEADS = tuple(fold(h) for h in ("công ty ", "tập đoàn ", "tổng công ty ", "ngân hàng "))  # as keys are


def _loose_key(name: str) -> str:
    return " ".join(_OPTIONAL_WORDS.sub(" ", name_key(name)).split())


def _merge_variant_names(ctx: ArticleContext, ex: Extraction) -> None:
    """Bodies an article names two ways are one: with and without their legal form or joiners
    ("Công ty TNHH Huy Long An", "Công ty Huy Long An"; "Sở Quy hoạch - Kiến trúc", "Sở Quy hoạch và Kiến
    trúc"); a company by its head and the last words of its name ("Công ty Điện Quang" after "Công ty cổ phần
    Bóng đèn Điện Quang"); a body by its head and its abbreviation ("Tập đoàn PVN", "Tổ chức Interpol"). The
    longer name is kept, the other becomes its alternate name."""
    orgs = sorted(ex.of_kind(ORG), key=lambda e: -len(e.name))
    if len(orgs) < 2:
        return
    places = gazetteer().place_index  # "Công ty Long An" is not "Công ty TNHH Huy Long An": a place is no brand
    keys = {e.key: name_key(e.name) for e in orgs}
    loose = {e.key: _loose_key(e.name) for e in orgs}

    alts: dict[str, frozenset[str]] = {}

    def alt_keys(entity) -> frozenset[str]:
        if entity.key not in alts:
            alts[entity.key] = frozenset(name_key(alt) for alt in entity.alt_names)
        return alts[entity.key]
    moved = {}
    for i, short in enumerate(orgs):
        short_key = keys[short.key]
        head = next((h for h in BUSINESS_HEADS if short_key.startswith(h)), None)
        fuller = []
        for full in orgs[:i]:
            if full.key in moved or full is short:
                continue
            full_key = keys[full.key]
            if loose[full.key] == loose[short.key]:
                fuller.append(full)
            elif head and full_key.startswith(head) and full_key.endswith(" " + short_key[len(head):]) \
                    and short_key != head.strip() and short_key[len(head):] not in places:
                fuller.append(full)
            elif " " in short_key and full_key.split(" ", 1)[0] == short_key.split(" ", 1)[0] \
                    and short_key.split(" ", 1)[1] in alt_keys(full):
                fuller.append(full)
        if len({f.key for f in fuller}) == 1:
            fuller[0].alt_names.add(short.name)
            fuller[0].alt_names.update(short.alt_names)
            alts.pop(fuller[0].key, None)
            moved[short.key] = fuller[0]
    _merge_into(ctx, ex, ORG, moved)


BRAND_HEADS = (*BUSINESS_HEADS, "tổ chức ", "hãng ")  # a brand's body: "Tổ chức Quacquarelli Symonds", "Hãng ITAR-TASS"


def _merge_short_forms(ctx: ArticleContext, ex: Extraction) -> None:
    """A body an article also names by a short form of its name is one body: by initials ("Cục NTBD", "Ban
    ATGT tỉnh Hưng Yên"), without its place's level ("Thanh tra Hà Tĩnh"), "Đại học Mở Hà Nội" for "Trường Đại
    học Mở Hà Nội", a brand alone ("Asanzo" for "Tập đoàn Điện tử Asanzo", not a brand the lexicon knows the
    body to be a part of, Samsung for "Tập đoàn Điện tử Samsung"); or, once the full name is told,
    without the place it ends with ("Viện Pasteur" after "Viện Pasteur Thành phố Hồ Chí Minh"; not a national
    body, "Bộ Tài chính" beside "Bộ Tài chính Nhật Bản", "Ủy ban Mặt trận Tổ quốc Việt Nam" beside its city's
    committee). Only when one body fits."""
    orgs = sorted(ex.of_kind(ORG), key=lambda e: -len(e.name))
    if len(orgs) < 2:
        return
    gaz = gazetteer()
    first_told: dict[str, int] = {}
    for m in ex.mentions:
        if m.kind == ORG:
            first_told[m.key] = min(first_told.get(m.key, m.start), m.start)
    moved: dict = {}
    for named in orgs:  # "Công ty FPT", "Ngân hàng BIDV": the brand the lexicon knows, with its head word
        brand = ex.entities.get((ORG, named.attrs.get("parent", "")))
        if brand is not None and name_key(named.name) in {h + name_key(brand.name) for h in BRAND_HEADS}:
            brand.alt_names.add(named.name)
            brand.alt_names.update(named.alt_names)
            moved[named.key] = brand
    for short in orgs:
        if short.key in moved:
            continue
        short_key = name_key(short.name)
        national = gaz.canonical_org(short.name) is not None or short_key.endswith(" việt nam")
        fuller = {full.key: full for full in orgs
                  if full is not short and full.key not in moved and len(full.name) > len(short.name)
                  and full.attrs.get("parent") != short.key  # "Tập đoàn Điện tử Samsung", a part of Samsung
                  and (short_form_of(short.name, full.name, gaz.place_index,
                                     place_tail=not national and first_told.get(full.key, 0) < first_told.get(short.key, 0))
                       or _brand_of(short_key, name_key(full.name)))}
        if len(fuller) == 1:
            [full] = fuller.values()
            full.alt_names.add(short.name)
            full.alt_names.update(short.alt_names)
            moved[short.key] = full
    _merge_into(ctx, ex, ORG, moved)


def _brand_of(brand: str, full: str) -> bool:
    """Is ``full`` (a key) a body of the brand ``brand`` (a key) by its head word: "Tổ chức Quacquarelli
    Symonds", or a business's name ending with a one-word brand ("Tập đoàn Điện tử Asanzo")?"""
    if not full.startswith(BRAND_HEADS):
        return False
    return any(full == h + brand for h in BRAND_HEADS) or " " not in brand and full.endswith(" " + brand)


LOCAL_DEPARTMENTS = ("Sở ", "Văn phòng ", "Công an ", "Chi cục ")  # a province's own, named with or without it
_LEVEL_OF_PLACE = re.compile(r"^(?:tỉnh|thành phố|tp\.?) ", re.IGNORECASE)


def _merge_local_short_names(ctx: ArticleContext, ex: Extraction) -> None:
    """A provincial department named once with its place and elsewhere without it ("Sở TN-MT" beside "Sở Tài
    nguyên và Môi trường tỉnh Thanh Hóa"), when the article names no other such department, is that one."""
    gaz = gazetteer()
    orgs = list(ex.of_kind(ORG))
    moved = {}
    for short in orgs:
        if not short.name.startswith(LOCAL_DEPARTMENTS) or _place_in_name(short.name, gaz):
            continue
        prefix = name_key(short.name) + " "
        fuller = [e for e in orgs if e is not short and name_key(e.name).startswith(prefix)
                  and (rest := e.name[len(short.name):].strip()) and gaz.place_index.get(name_key(_LEVEL_OF_PLACE.sub("", rest)))]
        if len(fuller) == 1:
            fuller[0].alt_names.add(short.name)
            moved[short.key] = fuller[0]
    _merge_into(ctx, ex, ORG, moved)


def _merge_into(ctx: ArticleContext, ex: Extraction, kind: str, moved: dict) -> None:
    """Drop the entities of ``kind`` whose keys ``moved`` maps to another entity, and point their mentions and
    resolved spans at that one."""
    if not moved:
        return
    for key in moved:
        del ex.entities[(kind, key)]
    ex.mentions = [Mention(m.start, m.end, m.kind, moved[m.key].key) if m.kind == kind and m.key in moved else m
                   for m in ex.mentions]
    for resolved in ctx.resolved:
        for i, r in resolved.items():
            if r.kind == kind and r.key in moved:
                resolved[i] = ResolvedSpan(r.span, kind, moved[r.key].key, moved[r.key].name)


LOCAL_BODIES = frozenset(LOCAL_HEADS.values())  # "Ủy ban nhân dân", "Tỉnh ủy" …: every place has one
_PLACE_AT_END = re.compile(r"(?:^|\s)(tỉnh|thành phố) (.+)$", re.IGNORECASE)


def _place_in_name(name: str, gaz) -> tuple[str, str] | None:
    """The province or city a known body's name ends with ("Ủy ban MTTQ tỉnh An Giang" → An Giang)."""
    m = _PLACE_AT_END.search(name)
    info = gaz.place_index.get(name_key(m.group(2))) if m else None
    if info is None and any(head in name for head in LOCAL_BODIES):
        words = name.split()  # "Liên đoàn Lao động Hà Nội": a local body's place written without its level
        info = next((found for n in (3, 2) if len(words) > n
                     and (found := gaz.place_index.get(name_key(" ".join(words[-n:])))) is not None), None)
    return (info.name, info.kind) if info is not None and info.kind in (PROVINCE, CITY) else None


@lru_cache(maxsize=1)
def place_aliases() -> dict[str, tuple[str, ...]]:
    """The other names the lexicons know a province or a city by ("TP.HCM", "Sài Gòn"; "Matxcơva" for Moscow):
    its alternate names."""
    return {p.name: p.aliases for p in (*lexicon.provinces(), *lexicon.cities(), *lexicon.world_cities(), *lexicon.world_states())
            if p.aliases}


def _bare(place: str) -> str:
    """A provincial city's name as bodies are named after it: "UBND thành phố | Thanh Hóa"."""
    return place[len("Thành phố "):] if place.startswith("Thành phố ") else place


def _with_level(info) -> str | None:
    """The place's name with its level word, as official texts write it ("Thành phố Hồ Chí Minh", "quận Ba
    Đình", "phường Phong Khê"): an alternate name."""
    if info.kind in (CITY, PROVINCIAL_CITY):
        return f"TP {info.name[len('Thành phố '):]}" if info.name.startswith("Thành phố ") else f"Thành phố {info.name}"
    if info.kind in ("tỉnh", "quận", "huyện", "thị xã", "phường", "xã", "thị trấn", "thôn", "bản", "ấp", "xóm"):
        return f"{info.kind} {info.name}"  # "tỉnh Nghệ An", "phường Phong Khê", "thôn Quan Nhân"
    return None


def _generic(toks, sp: Span) -> bool:
    """A body named for a kind of many ("các UBND tỉnh", "Chủ tịch UBND cấp xã"), not one body."""
    return (sp.i > 0 and toks[sp.i - 1].lower in ("các", "những")) or any(
        t.lower == "cấp" for t in toks[sp.i + 1:sp.j + 1])


def _post_follows(ctx: ArticleContext, si: int, spans: list[Span], unit: Span) -> Span | None:
    """The post written right after a Party unit in a chain of posts ("Bí thư Đảng ủy, Giám đốc …")."""
    toks = ctx.sentences[si].tokens
    if unit.j >= len(toks) or toks[unit.j].text not in (",", "kiêm"):
        return None
    return next((s for s in spans if s.i == unit.j + 1 and s.kind == "TITLE"), None)


def _body_of_next_post(ctx: ArticleContext, si: int, spans: list[Span], unit: Span) -> ResolvedSpan | None:
    """The body of the post written right after a bare Party unit in a chain of posts:
    "Phó Bí thư Đảng ủy, Quyền Giám đốc Học viện Báo chí và Tuyên truyền" → that Học viện."""
    title = _post_follows(ctx, si, spans, unit)
    toks = ctx.sentences[si].tokens
    while title is not None and title.j not in ctx.resolved[si] and title.j < len(toks) \
            and toks[title.j].lower == "kiêm":  # "Bí thư Đảng ủy, Chủ tịch kiêm Tổng giám đốc Tập đoàn X"
        title = next((s for s in spans if s.i == title.j + 1 and s.kind == "TITLE"), None)
    body = ctx.resolved[si].get(title.j) if title is not None else None
    return body if body is not None and body.kind == ORG else None


STANDING_COMMITTEE = "Ban Thường vụ"
_COMMITTEE_IN_NAME = re.compile(r"(?:^|\s)((?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy .+|Hội .+)$")


def _committee_of(body: ResolvedSpan) -> ResolvedSpan | None:
    """The committee or association a body belongs to, whose standing committee a post names before it:
    "Ban Tuyên giáo Tỉnh ủy Nghệ An" → "Tỉnh ủy Nghệ An", "Ban Nghiệp vụ Hội Nhà báo Việt Nam" → that Hội."""
    m = _COMMITTEE_IN_NAME.search(body.name)
    if m is None:
        return None
    name = m.group(1)
    return ResolvedSpan(body.span, ORG, org_key(name), name)


# nouns for places and facilities: the name after one is a place's or a thing's ("ga Giáp Bát", "cảng biển Trần Đề")
PLACE_NOUNS = ("ga", "nhà ga", "cảng", "cảng biển", "bến cảng", "mỏ", "mỏ sắt", "mỏ than", "cánh đồng", "nông trường",
               "khu di tích", "khu tái định cư", "khu đô thị", "khu công nghiệp", "phường", "xã", "thị trấn", "huyện",
               "quận", "thôn", "sân bay", "bệnh viện", "đèo", "đảo", "vịnh", "chợ", "làng", "cầu", "sông", "núi",
               "trường", "trường THPT", "trường THCS", "trường tiểu học", "trường mầm non", "ĐH", "đại học", "học viện",
               "đường", "tuyến đường", "phố", "đại lộ")


def _named_as_things(ctx: ArticleContext) -> set[str]:
    """Two- and three-syllable names the article never writes after a post, an honorific or a body, and writes
    at least once after a noun for a place or facility ("ga Giáp Bát"), or, with two syllables, before their
    province or district ("Lăng Cô (Thừa Thiên - Huế)"): places and things, wherever else they stand."""
    cued, names = set(), set()
    for spans in ctx.spans:
        for sp in spans:
            if sp.kind == S_PERSON:
                if any(o.j == sp.i and o.kind in ("TITLE", "HONORIFIC", "ORG") for o in spans):
                    cued.add(name_key(sp.payload))
                elif 1 <= sp.payload.count(" ") <= 2:
                    names.add(sp.payload)
    found = set()
    text = ctx.text
    for name in names:
        key = name_key(name)
        if key in cued:
            continue
        at = text.find(name)
        while at >= 0:
            before = text[max(0, at - 25):at]
            after = at + len(name)
            words_before = before.split()
            # "Lê | Văn Tân (Hà Nam)": the end of a longer name, whose province says nothing of it
            in_longer_name = before.endswith(" ") and bool(words_before) and words_before[-1][:1].isupper()
            whole_word = not (after < len(text) and text[after].isalnum()) and (at == 0 or not text[at - 1].isalnum())
            if whole_word and (_PLACE_NOUN_BEFORE.search(before) or (
                    name.count(" ") == 1 and not in_longer_name and _province_after().match(text, after))):
                found.add(key)
                break
            at = text.find(name, at + 1)
    return found


_PLACE_NOUN_BEFORE = re.compile(r"(?<!\S)(?<!nông )(?i:" + "|".join(sorted((re.escape(n) for n in PLACE_NOUNS), key=len,
                                                                              reverse=True)) + r") $")


@lru_cache(maxsize=1)
def _province_after() -> re.Pattern:
    """Right after a name, its province or district: " (Thừa Thiên - Huế)", ", Giao Thủy, …"."""
    names = {form for p in (*lexicon.provinces(), *lexicon.districts()) for form in (p.name, *p.aliases)}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?: \(|, )(?:" + alternatives + r")(?:\)|,|\.|$)")


def _title_before(ctx: ArticleContext, sp: Span, spans: list[Span]) -> str | None:
    """The post written right before a name, or before the state written before it ("Thủ tướng Canada A"), as
    lowercase words."""
    before = next((o for o in spans if o.j == sp.i and o.kind in ("TITLE", "PLACE")), None)
    if before is not None and before.kind == "PLACE":
        before = next((o for o in spans if o.j == before.i and o.kind == "TITLE"), None)
    return ctx.text[before.start:before.end].lower() if before is not None else None


def _after_title(sp: Span, spans: list[Span]) -> bool:
    """Does a post or a body come right before the name, or a post and its state ("Thủ tướng Hungary Orban")?"""
    return any(o.j == sp.i and (o.kind in ("TITLE", "ORG") or o.kind == "PLACE" and any(
        t.j == o.i and t.kind == "TITLE" for t in spans)) for o in spans)


NATIONAL_BODIES = ("Quốc hội", "Chính phủ")  # a state's legislature and government, ours unless told otherwise
# bodies with a Party committee of their own, which a story about them calls just "Đảng ủy"
INSTITUTIONS = ("Trường ", "Đại học ", "Học viện ", "Bệnh viện ", "Tập đoàn ", "Tổng công ty ")
_BOARD_OF = re.compile(r"^(?:Ban Chấp hành|Ban Thường vụ) (?=\S)")


def _foreign_state_body(hit: OrgHit, sp: Span, spans: list[Span], toks) -> str | None:
    """A bare "Chính phủ" / "Quốc hội" that the words after it give to a foreign state: "Chính phủ và nhân dân
    Lào", "Chính phủ, nhân dân Nga", "Chính phủ của Thủ tướng New Zealand Bill English". Not part of a post
    ("Thủ tướng Chính phủ"), and ours when the state is."""
    if hit.name not in NATIONAL_BODIES or hit.surface.lower() != hit.name.lower() \
            or any(o.kind == "TITLE" and o.i <= sp.i and o.j >= sp.i for o in spans):
        return None
    k = sp.j
    words = [t.lower for t in toks[k:k + 3]]
    if words[:3] == ["và", "nhân", "dân"] or words[:3] == [",", "nhân", "dân"]:
        k += 3
    elif words[:1] == ["của"]:
        post = next((o for o in spans if o.kind == "TITLE" and o.i == k + 1), None)
        if post is None:
            return None
        k = post.j
    else:
        return None
    state = next((o for o in spans if o.kind == S_PLACE and o.i == k and o.payload.kind == "quốc gia"), None)
    return f"{hit.name} {state.payload.name}" if state is not None and state.payload.name != "Việt Nam" else None


def _complete(hit: OrgHit, sentence_places, last_places, counts) -> str | None:
    """Fill in what a generic name leaves to context; None when context cannot tell."""
    if not hit.needs_place:
        return hit.name
    if hit.needs_place.startswith("org:"):
        head = hit.needs_place[4:]  # "Văn phòng Bộ" -> "Văn phòng Bộ Tài chính"
        # "Chủ tịch Hội" after "Ban Chấp hành Hội Sinh viên …": the body, not its board
        named = [form for n, _ in counts.most_common()
                 for form in ((n,) if head in PARTY_UNITS else (n, _BOARD_OF.sub("", n)))]
        main = [n for n in named if n.startswith(head + " ")]
        if main:
            return hit.name[: -len(head)] + main[0]
        if hit.name == head == "Đảng ủy" and counts and counts.most_common(1)[0][0].startswith(INSTITUTIONS):
            return f"{head} {counts.most_common(1)[0][0]}"  # "Bí thư Đảng ủy" in a story of one university: its own
        if hit.name == head and head in CHAMBERS:  # "tại Thượng viện": a chamber of the foreign state last named
            state = next((p for p, kind in [*sentence_places, *reversed(last_places)]
                          if kind == "quốc gia" and p != "Việt Nam"), None)
            return f"{head} {state}" if state else None
        return None if hit.name == head else hit.name  # a bare "Đảng ủy" nobody names in full: not one body
    if hit.needs_place == "suffix":  # "Ban Thường vụ Tỉnh ủy" + the province named in the sentence
        place = next(((p, kind) for p, kind in sentence_places if _fits(hit, kind)), None)
        if place and hit.name == STANDING_COMMITTEE:  # a bare "Ban Thường vụ": the province's Party committee's
            return f"{hit.name} {PARTY_COMMITTEE_OF[place[1]]} {committee_place(*place, gazetteer())}"
        if place and hit.name == EXECUTIVE_COMMITTEE and place[1] in PARTY_COMMITTEE_OF:
            # "Đại hội Đảng bộ tỉnh Bến Tre bầu Ban Chấp hành": the province's Party committee itself
            return f"{PARTY_COMMITTEE_OF[place[1]]} {committee_place(*place, gazetteer())}"
        return f"{hit.name} {place[0]}" if place else None
    # "UBND" with no level word: only a place in the same sentence decides; a bare "Tỉnh ủy" names its
    # level, so the province of the sentence, else the one last named, is its own
    fitting = [p for p in sentence_places if _fits(hit, p[1])]
    if sentence_places and not fitting and hit.head not in LOCAL_BODIES:
        return None  # "Ban Dự án thành phố thông minh - Gyeongsangbuk-do": not a body of a place named before
    candidates = fitting or list(reversed(last_places))  # "UBND tỉnh" beside districts only: the province before
    if hit.needs_place == "any" and not committee_level(hit.head) and not sentence_places:
        candidates = candidates[:1]  # "UBND" alone: only the place last named, if it is a province or city
    for place, kind in candidates:
        if _fits(hit, kind):
            if committee_level(hit.head):
                return f"{hit.head} {committee_place(place, kind, gazetteer())}"  # "Tỉnh ủy Lào Cai"
            level = CITY if kind == PROVINCIAL_CITY else kind
            if place.lower().startswith(level + " "):
                place = place[len(level) + 1:]  # a district named by its number: "Quận 2" -> "Công an quận 2"
            return f"{hit.head} {level} {place}"
    return None


_EXECUTIVE_COMMITTEE = re.compile(r"^Ban Chấp hành Đảng bộ (?:(?P<level>tỉnh|thành phố|TP\.?|huyện|quận|thị xã) )?"
                                  r"(?P<place>.+)$", re.IGNORECASE)
DISTRICT_COMMITTEE = {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy"}
PARTY_COMMITTEE_OF = {PROVINCE: "Tỉnh ủy", CITY: "Thành ủy", PROVINCIAL_CITY: "Thành ủy"}
EXECUTIVE_COMMITTEE = "Ban Chấp hành"  # a Party organisation's committee, which for a province is its Tỉnh ủy


_LOCAL_FRONT = re.compile(r"^Mặt trận Tổ quốc(?: Việt Nam)? (?=(?:tỉnh|thành phố|huyện|quận|Quận|thị xã|xã|phường|thị trấn) )")


def _front_committee_name(name: str) -> str:
    """A local chapter of the Fatherland Front acts through its committee: "MTTQ Việt Nam TP Hà Nội" is the "Ủy ban
    Mặt trận Tổ quốc Việt Nam thành phố Hà Nội"."""
    m = _LOCAL_FRONT.match(name)
    return f"Ủy ban Mặt trận Tổ quốc Việt Nam {name[m.end():]}" if m else name


def _party_committee_name(name: str) -> str:
    """The executive committee of a province's Party organisation is its Tỉnh ủy, a city's its Thành ủy:
    "Ban Chấp hành Đảng bộ tỉnh Nghệ An" is "Tỉnh ủy Nghệ An"."""
    m = _EXECUTIVE_COMMITTEE.match(name)
    if not m:
        return name
    level = (m.group("level") or "").lower()
    if level in DISTRICT_COMMITTEE:  # "Ban Chấp hành Đảng bộ huyện Như Xuân" is "Huyện ủy Như Xuân"
        return f"{DISTRICT_COMMITTEE[level]} {m.group('place')}"
    gaz = gazetteer()
    info = gaz.place_index.get(name_key(m.group("place")))
    if info is None or info.kind not in PARTY_COMMITTEE_OF:
        return name
    return f"{PARTY_COMMITTEE_OF[info.kind]} {committee_place(info.name, info.kind, gaz)}"


def _with_country_after(name: str, sp: Span, spans: list[Span], gaz):
    """'HLG | Việt Nam', where "Hội Luật gia (HLG) Việt Nam" was defined: the known body the two name together."""
    country = next((o for o in spans if o.i == sp.j and o.kind == S_PLACE and o.payload.kind == "quốc gia"), None)
    return gaz.canonical_org(f"{name} {country.payload.name}") if country is not None else None


def _fits(hit: OrgHit, kind: str) -> bool:
    """Can a body named without its place belong to a place of this kind? A Tỉnh ủy needs a province,
    a Thành ủy a city, "UBND tỉnh" a province, "UBND" alone a province or a centrally-governed city."""
    level = committee_level(hit.head)
    if level:  # (and a foreign province has its Tỉnh ủy: "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nậm Thà (Lào)")
        return kind == level or (level == CITY and kind == PROVINCIAL_CITY) or (level == PROVINCE
                                                                              and kind == lexicon.FOREIGN_STATE)
    if hit.needs_place in ("any", "cấp tỉnh", "suffix"):
        return kind in (PROVINCE, CITY)
    if hit.needs_place == CITY:
        return kind in (CITY, PROVINCIAL_CITY)
    return bool(kind) and kind == hit.needs_place


RANK_WORDS = frozenset({"Chính phủ"})  # bodies whose name closes another's to say at what level it works


GOVERNING_COMMITTEES = ("Ủy ban Trung ương ", "Bộ Chỉ huy ")  # a mass organisation's central committee, a force's command


def _nested(ctx: ArticleContext, ex: Extraction, si: int, sp: Span, outer) -> None:
    """Bodies named inside a longer name ("Văn phòng Bộ Tài chính" → "Bộ Tài chính")."""
    gaz = gazetteer()
    tokens = ctx.adoc.sentences[si].tokens
    for k in range(sp.i + 1, sp.j):  # a foreign body's name ("… Đảng Nhân dân Cách mạng Lào") holds none of ours
        country = gaz.places.matches_at(tokens, k)
        if country and country[0][1].kind == "quốc gia" and country[0][1].name != "Việt Nam" and country[0][0] <= sp.j:
            return
    for k in range(sp.i + 1, sp.j):
        if not tokens[k].is_capitalized and tokens[k].lower != "bộ":  # "Cơ quan CSĐT bộ Công an": the ministry
            continue
        found = gaz.orgs.matches_at(tokens, k)
        if found and found[0][0] <= sp.j:
            info = found[0][1][0]
            if info.name == outer.name or info.name.split()[-1] in ("tỉnh", "huyện", "xã", "quận", "phường"):
                continue  # "… UBND tỉnh Đắk Nông" holds that province's committee, not "UBND tỉnh" at large
            if info.name in RANK_WORDS:
                continue  # "Thanh tra Chính phủ", "Văn phòng Chính phủ": the body's rank, not the Government at work
            key = org_key(info.name)
            ex.entity(ORG, key, info.name, info.cls)
            if not outer.name.startswith(GOVERNING_COMMITTEES):
                # "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh": the Front,
                # the force, is its parent, not a body the article names on its own
                ex.mention(tokens[k].start, tokens[found[0][0] - 1].end, ORG, key)
            outer.attrs.setdefault("parent", key)
            return

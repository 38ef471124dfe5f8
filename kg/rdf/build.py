"""Facts of one article -> quads in that article's named graph.

Quads are built as pyoxigraph terms (cheap to make, bulk-loadable), from the
vocabulary constants in ``kg.rdf.vocab``.
"""
from __future__ import annotations

from functools import cache

import pyoxigraph as ox

from ..document import Document
from ..extract.model import EVENT, LEGISLATION, ORG, PERSON, PLACE, Evidence, Extraction
from ..lexicon import titles
from .iri import Minter
from .vocab import KGO, PROV, RDF, SDO, SKOS, XSD
from .vocab import ORG as W3ORG


class _V:
    """pyoxigraph NamedNodes for the terms used, made once."""

    def __getattr__(self, name: str) -> ox.NamedNode:
        prefix, _, local = name.partition("_")
        ns = {"sdo": SDO, "org": W3ORG, "prov": PROV, "skos": SKOS, "rdf": RDF, "kgo": KGO}[prefix]
        node = ox.NamedNode(str(ns[local]))
        setattr(self, name, node)
        return node


V = _V()
XSD_DATE = ox.NamedNode(str(XSD.date))
XSD_INT = ox.NamedNode(str(XSD.integer))
PARTICIPATION_PROPERTY = {"chair": "kgo_chair", "speaker": "kgo_speaker", "honoured": "kgo_honouree"}
STATUS = {"acting": "acting", "former": "former"}
FORMER_WORDS = {"nguyên": ("cựu",), "cựu": ("nguyên",), "cố": ("nguyên", "cựu")}  # a former post's other written forms
SHORT_ROLE_NAMES = {"Đại biểu Quốc hội": "Đại biểu",  # how the press names a post in its own context
                    "Thường trực Ban Bí thư": "Thường trực"}


@cache
def _title_aliases() -> dict[str, tuple[str, ...]]:
    """Other ways the press writes a post ("Cục phó" for "Phó Cục trưởng"), from the title lexicon."""
    return {t.label: t.aliases for t in titles() if t.aliases}


@cache
def _cls(name: str) -> ox.NamedNode:
    return getattr(V, "sdo_" + name)


def _lit(value: str) -> ox.Literal:
    return ox.Literal(value)


def _date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=XSD_DATE)


def article_quads(doc: Document, ex: Extraction, minter: Minter, content_hash: str | None = None) -> list[ox.Quad]:
    g = ox.NamedNode(minter.graph(doc.id))
    out: list[ox.Quad] = []

    def add(s, p, o):
        out.append(ox.Quad(s, p, o, g))

    art = ox.NamedNode(minter.article(doc.id))
    add(art, V.rdf_type, V.sdo_NewsArticle)
    add(art, V.sdo_identifier, _lit(doc.id))
    if doc.title:
        add(art, V.sdo_headline, _lit(doc.title))
    if doc.date:
        add(art, V.sdo_datePublished, _date(doc.date))
    if doc.url:
        add(art, V.sdo_url, ox.NamedNode(doc.url) if _is_iri(doc.url) else _lit(doc.url))
    if content_hash:
        add(art, V.kgo_contentHash, _lit(content_hash))

    nodes: dict[tuple[str, str], ox.NamedNode] = {}
    for (kind, key), ent in ex.entities.items():
        node = nodes[(kind, key)] = ox.NamedNode(minter.entity(kind, key, ent.name))
        _entity(add, node, ent)
    for (kind, key), ent in ex.entities.items():
        parent = ent.attrs.get("parent")
        if kind == ORG and parent and (ORG, parent) in nodes and parent != key:
            add(nodes[(kind, key)], V.org_subOrganizationOf, nodes[(ORG, parent)])
        body = ent.attrs.get("premises_of")  # a body's premises, where an event is held: the body is located there
        if kind == PLACE and body and (ORG, body) in nodes:
            add(nodes[(ORG, body)], V.sdo_location, nodes[(kind, key)])
        issuer = ent.attrs.get("issuer")
        if kind == LEGISLATION and issuer and (ORG, issuer) in nodes:
            add(nodes[(kind, key)], V.sdo_legislationPassedBy, nodes[(ORG, issuer)])

    def evidence(ev: Evidence) -> ox.NamedNode:
        node = ox.NamedNode(minter.evidence(doc.id, ev.start, ev.end))
        add(node, V.rdf_type, V.kgo_Evidence)
        add(node, V.kgo_inArticle, art)
        add(node, V.kgo_beginIndex, ox.Literal(str(ev.start), datatype=XSD_INT))
        add(node, V.kgo_endIndex, ox.Literal(str(ev.end), datatype=XSD_INT))
        add(node, V.kgo_quote, _lit(doc.text[ev.start:ev.end]))
        return node

    first_mention: dict[tuple[str, str], tuple[int, int]] = {}  # each entity's earliest mention in the text
    for m in sorted(ex.mentions, key=lambda m: (m.start, m.end)):
        first_mention.setdefault((m.kind, m.key), (m.start, m.end))
    for (kind, key), (start, end) in first_mention.items():
        if (kind, key) in nodes:
            add(art, V.sdo_mentions, nodes[(kind, key)])
            mention = ox.NamedNode(minter.evidence(doc.id, start, end))
            add(mention, V.rdf_type, V.kgo_Mention)
            add(mention, V.kgo_refersTo, nodes[(kind, key)])
            add(mention, V.kgo_inArticle, art)
            add(mention, V.kgo_beginIndex, ox.Literal(str(start), datatype=XSD_INT))
            add(mention, V.kgo_endIndex, ox.Literal(str(end), datatype=XSD_INT))
            add(mention, V.kgo_anchorOf, _lit(doc.text[start:end]))

    seen_roles: set[str] = set()
    for ms in dict.fromkeys(ex.memberships):
        person, org = nodes.get((PERSON, ms.person)), nodes.get((ORG, ms.org))
        if person is None or org is None:
            continue
        role = ox.NamedNode(minter.role(ms.role))
        if ms.role not in seen_roles:
            seen_roles.add(ms.role)
            add(role, V.rdf_type, V.org_Role)
            add(role, V.skos_prefLabel, _lit(ms.role))
            word, _, rest = ms.role.partition(" ")
            if ms.status == "former" and word in FORMER_WORDS and rest:  # "cựu", "nguyên", "cố" (late) say former
                for other in FORMER_WORDS[word]:
                    add(role, V.skos_altLabel, _lit(f"{other} {rest}"))
            for full, short in SHORT_ROLE_NAMES.items():
                if ms.role.endswith(full):
                    add(role, V.skos_altLabel, _lit(ms.role[:-len(full)] + short))
            base = ms.role.split(" ", 1)[1] if ms.status in STATUS else None
            for alias in _title_aliases().get(base or ms.role, ()):  # "nguyên Phó ban" for "nguyên Phó Trưởng ban"
                add(role, V.skos_altLabel, _lit(ms.role[:-len(base)] + alias if base else alias))
            if base:
                broader = ox.NamedNode(minter.role(base))
                add(role, V.skos_broader, broader)
                add(broader, V.rdf_type, V.org_Role)
                add(broader, V.skos_prefLabel, _lit(base))
        node = ox.NamedNode(minter.fact("membership", ms.person, ms.role.lower(), ms.org))
        add(node, V.rdf_type, V.org_Membership)
        add(node, V.org_member, person)
        add(node, V.org_organization, org)
        add(node, V.org_role, role)
        add(node, V.prov_wasDerivedFrom, art)
        add(node, V.kgo_evidence, evidence(ms.evidence))
        if ms.status in STATUS:
            add(node, V.kgo_status, _lit(STATUS[ms.status]))
        else:
            add(person, V.org_memberOf, org)

    for ev in ex.events:
        node = ox.NamedNode(minter.entity(EVENT, ev.key, ev.name))
        add(node, V.rdf_type, V.sdo_Event)
        add(node, V.sdo_name, _lit(ev.name))
        add(node, V.kgo_eventKind, _lit(ev.kind))
        add(node, V.prov_wasDerivedFrom, art)
        add(node, V.kgo_evidence, evidence(ev.evidence))
        add(art, V.sdo_mentions, node)
        if ev.date:
            add(node, V.sdo_startDate, _date(ev.date))
        if ev.organizer and (ORG, ev.organizer) in nodes:
            add(node, V.sdo_organizer, nodes[(ORG, ev.organizer)])
        if ev.location and (PLACE, ev.location) in nodes:
            add(node, V.sdo_location, nodes[(PLACE, ev.location)])
            inner = ev.location
            if ev.location_within and (PLACE, ev.location_within) in nodes:  # the venue, and the city it is in
                add(node, V.sdo_location, nodes[(PLACE, ev.location_within)])
                add(nodes[(PLACE, ev.location)], V.sdo_containedInPlace, nodes[(PLACE, ev.location_within)])
                inner = ev.location_within
            seen = {inner}
            # and the wider places that hold those: the city's province, the province's country
            while (outer := ex.entities[(PLACE, inner)].attrs.get("within")) and outer not in seen \
                    and (PLACE, outer) in nodes:
                add(node, V.sdo_location, nodes[(PLACE, outer)])
                add(nodes[(PLACE, inner)], V.sdo_containedInPlace, nodes[(PLACE, outer)])
                seen.add(outer)
                inner = outer
        for p in ev.participants:
            person = nodes.get((PERSON, p.person))
            if person is None:
                continue
            add(node, V.sdo_attendee, person)
            if p.how in PARTICIPATION_PROPERTY:
                add(node, getattr(V, PARTICIPATION_PROPERTY[p.how]), person)
            part = ox.NamedNode(minter.fact("participation", ev.key, p.person))
            add(part, V.rdf_type, V.kgo_Participation)
            add(part, V.kgo_event, node)
            add(part, V.kgo_participant, person)
            add(part, V.kgo_participantRole, _lit(p.how))
            add(part, V.kgo_evidence, evidence(p.evidence))

    for aw in dict.fromkeys(ex.awards):
        recipient = nodes.get((aw.recipient_kind, aw.recipient))
        if recipient is None:
            continue
        add(recipient, V.sdo_award, _lit(aw.award))
        node = ox.NamedNode(minter.fact("award", aw.recipient, aw.award.lower(), doc.id))
        add(node, V.rdf_type, V.kgo_AwardConferral)
        add(node, V.kgo_recipient, recipient)
        add(node, V.kgo_awardName, _lit(aw.award))
        if aw.conferrer and (PERSON, aw.conferrer) in nodes:
            add(node, V.kgo_conferredBy, nodes[(PERSON, aw.conferrer)])
        add(node, V.prov_wasDerivedFrom, art)
        add(node, V.kgo_evidence, evidence(aw.evidence))

    for d in dict.fromkeys(ex.disciplines):
        person = nodes.get((PERSON, d.person))
        if person is None:
            continue
        node = ox.NamedNode(minter.fact("discipline", d.person, d.measure.lower(), d.decided_by or "", doc.id))
        add(node, V.rdf_type, V.kgo_DisciplinaryMeasure)
        add(node, V.kgo_disciplined, person)
        add(node, V.kgo_measure, _lit(d.measure))
        if d.decided_by and (d.decided_by_kind, d.decided_by) in nodes:
            add(node, V.kgo_decidedBy, nodes[(d.decided_by_kind, d.decided_by)])
        add(node, V.prov_wasDerivedFrom, art)
        add(node, V.kgo_evidence, evidence(d.evidence))

    def unit(key):  # a body, or an administrative unit (a province merged into another)
        return nodes.get((ORG, key)) or nodes.get((PLACE, key))

    for ch in dict.fromkeys(ex.changes):
        if unit(ch.result) is None or any(unit(o) is None for o in ch.originals):
            continue
        node = ox.NamedNode(minter.fact("change", *ch.originals, "->", ch.result))
        add(node, V.rdf_type, V.org_ChangeEvent)
        add(node, V.kgo_changeKind, _lit(ch.kind))
        for o in ch.originals:
            add(node, V.org_originalOrganization, unit(o))
            add(unit(o), V.org_changedBy, node)
        add(node, V.org_resultingOrganization, unit(ch.result))
        add(unit(ch.result), V.org_resultedFrom, node)
        add(node, V.prov_wasDerivedFrom, art)
        add(node, V.kgo_evidence, evidence(ch.evidence))
    return out


_ORG_ROOT = {"GovernmentOrganization", "Organization", "Corporation", "NewsMediaOrganization",
             "EducationalOrganization", "NGO", "CollegeOrUniversity"}


def _entity(add, node, ent) -> None:
    if ent.kind == PERSON:
        add(node, V.rdf_type, V.sdo_Person)
    elif ent.kind == ORG:
        add(node, V.rdf_type, _cls(ent.cls if ent.cls in _ORG_ROOT else "Organization"))
        add(node, V.rdf_type, V.org_Organization)
    elif ent.kind == PLACE:
        add(node, V.rdf_type, _cls(ent.cls or "Place"))
        add(node, V.rdf_type, V.sdo_Place)
    elif ent.kind == LEGISLATION:
        add(node, V.rdf_type, V.sdo_Legislation)
        a = ent.attrs
        if a.get("identifier"):
            add(node, V.sdo_legislationIdentifier, _lit(a["identifier"]))
        for other in sorted(a.get("other_identifiers", ())):
            add(node, V.sdo_legislationIdentifier, _lit(other))
        if a.get("type"):
            add(node, V.sdo_legislationType, _lit(a["type"]))
        if a.get("date"):
            add(node, V.sdo_legislationDate, _date(a["date"]))
    add(node, V.sdo_name, _lit(ent.name))
    for alt in sorted(ent.alt_names):
        add(node, V.sdo_alternateName, _lit(alt))


def _is_iri(url: str) -> bool:
    return url.startswith(("http://", "https://")) and not any(c in url for c in ' <>"{}|\\^`')

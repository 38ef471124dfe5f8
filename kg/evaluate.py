"""Measure a graph against hand-made annotations in the ``kg-gold/1`` format.

Reads the graph through the contract's vocabulary only (schema.org, ORG, PROV, SKOS),
so it scores any graph, not just kg's. Names compare after NFC, case, dash, comma and
tone-placement folding. Entity F1 pools persons, organisations and legal documents;
relation F1 pools memberships, attendees, events, awards, changes and the attributes
(document type/date/issuer, event organiser/location).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from .rdf.vocab import ORG, PROV, RDF, RDFS, SDO, SKOS
from .textnorm import name_key

CLASSES = {
    "Person": {SDO.Person},
    "Organization": {SDO.Organization, SDO.GovernmentOrganization, SDO.Corporation, SDO.NewsMediaOrganization,
                     SDO.EducationalOrganization, SDO.CollegeOrUniversity, SDO.NGO, URIRef("https://schema.org/PoliticalParty"),
                     SDO.FundingScheme, SDO.ResearchOrganization, SDO.Project, ORG.Organization,
                     ORG.FormalOrganization, ORG.OrganizationalUnit},
    "Legislation": {SDO.Legislation, SDO.LegislationObject},
    "Event": {SDO.Event},
    "Place": {SDO.Place, SDO.AdministrativeArea, SDO.City, SDO.State, SDO.Country},
}
NAME_PROPS = (SDO.name, SDO.alternateName, RDFS.label, SKOS.prefLabel, SKOS.altLabel)
ENTITY_CATS = ("persons", "organizations", "legislation")
RELATION_CATS = ("memberships", "attendees", "events", "awards", "changes")


def id_key(text: str) -> str:
    t = unicodedata.normalize("NFC", str(text)).upper().replace("Đ", "D")
    return re.sub(r"[\s‐‑‒–—−]", lambda m: "" if m.group(0).isspace() else "-", t)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def __iadd__(self, other: Score) -> Score:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.errors += other.errors
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class GraphView:
    """The graph as plain Python indexes (subject -> predicate -> objects), union of all named graphs."""

    def __init__(self, store: ox.Store):
        self.out: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
        self.inv: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
        for q in store:
            s, p, o = _term(q.subject), q.predicate.value, _term(q.object)
            self.out[s][p].add(o)
            self.inv[o][p].add(s)
        self.types = {s: {str(t) for t in props.get(str(RDF.type), ())} for s, props in self.out.items()}
        self.kinds = {k: {str(c) for c in v} for k, v in CLASSES.items()}
        self.articles: dict[str, set[str]] = defaultdict(set)
        for s, ts in self.types.items():
            if str(SDO.NewsArticle) in ts or str(SDO.Article) in ts:
                for ident in self.out[s].get(str(SDO.identifier), ()):
                    self.articles[ident[1]].add(s)
                for url in self.out[s].get(str(SDO.url), ()):
                    self.articles[Path(url[1]).stem].add(s)

    def objs(self, s, p) -> set:
        return self.out.get(s, {}).get(str(p), set())

    def subs(self, p, o) -> set:
        return self.inv.get(o, {}).get(str(p), set())

    def is_a(self, node, kind: str) -> bool:
        return bool(self.types.get(node, set()) & self.kinds[kind])

    def names(self, node) -> set[str]:
        out = set()
        for p in NAME_PROPS:
            out |= {name_key(o[1]) for o in self.objs(node, p) if o[0] == "lit"}
        return out

    def mentioned(self, aid: str, kind: str) -> set:
        out = set()
        for a in self.articles.get(aid, ()):
            out |= {e for e in self.objs(a, SDO.mentions) if self.is_a(e, kind)}
            out |= {e for e in self.subs(PROV.wasDerivedFrom, a) if self.is_a(e, kind)}
        return out

    def derived(self, aid: str) -> set:
        out = set()
        for a in self.articles.get(aid, ()):
            out |= self.subs(PROV.wasDerivedFrom, a)
        return out

    def of_kind(self, kind: str) -> set:
        return {s for s in self.types if self.is_a(s, kind)}


def _term(t):
    if isinstance(t, ox.Literal):
        return ("lit", t.value)
    return t.value if isinstance(t, ox.NamedNode) else str(t)


def _aliases(gold: dict, name: str | None) -> set[str]:
    if not name:
        return set()
    return {name_key(name)} | {name_key(a) for a in gold["organizations"].get(name, [])}


def _match_named(view: GraphView, nodes: set, wanted: list[str], optional: list[str], forms, label: str) -> Score:
    sc, found = Score(), set()
    for node in nodes:
        names = view.names(node)
        hits = [w for w in wanted if names & forms(w)]
        if hits:
            sc.tp += 1
            found.update(hits)
        elif not any(names & forms(o) for o in optional):
            sc.fp += 1
            sc.errors.append(f"{label} extra: {sorted(names) or node}")
    extra = sc.tp - len(found)
    if extra > 0:  # several nodes for one gold entity: one counts, the rest are errors
        sc.tp -= extra
        sc.fp += extra
        sc.errors.append(f"{label}: {extra} duplicate node(s) within the article")
    for w in wanted:
        if w not in found:
            sc.fn += 1
            sc.errors.append(f"{label} missed: {w}")
    return sc


def evaluate_store(store: ox.Store, gold_path: str | Path) -> dict:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    view = GraphView(store)
    cats: dict[str, Score] = defaultdict(Score)
    attrs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    leaks, missing = [], []

    def attr(name: str, ok: bool) -> None:
        attrs[name][0] += int(ok)
        attrs[name][1] += 1

    for aid, art in gold["articles"].items():
        if aid not in view.articles:
            missing.append(aid)
        cats["persons"] += _match_named(view, view.mentioned(aid, "Person"), art["persons"],
                                        art.get("persons_optional", []), lambda n: {name_key(n)},
                                        f"[{aid}] person")
        prefixes = [name_key(p) for p in art.get("organizations_optional_prefixes", [])]
        orgs = {o for o in view.mentioned(aid, "Organization")
                if not any(n.startswith(p) for n in view.names(o) for p in prefixes)}
        cats["organizations"] += _match_named(view, orgs, art["organizations"],
                                              art.get("organizations_optional", []),
                                              lambda n: _aliases(gold, n), f"[{aid}] org")
        cats["legislation"] += _legislation(view, gold, aid, art, attr)
        ev, att = _events(view, gold, aid, art, attr)
        cats["events"] += ev
        cats["attendees"] += att
        cats["memberships"] += _memberships(view, gold, aid, art)
        forbidden = {name_key(f) for f in art.get("forbidden", [])}
        for kind in CLASSES:
            for node in view.mentioned(aid, kind) if forbidden else ():
                bad = view.names(node) & forbidden
                if bad:
                    leaks.append(f"[{aid}] {kind} from page furniture: {sorted(bad)}")
    cats["awards"] += _awards(view, gold)
    cats["changes"] += _changes(view, gold)
    duplicates = _duplicates(view, gold)

    entity, relation = Score(), Score()
    for k in ENTITY_CATS:
        entity += Score(cats[k].tp, cats[k].fp, cats[k].fn)
    for k in RELATION_CATS:
        relation += Score(cats[k].tp, cats[k].fp, cats[k].fn)
    for ok, total in attrs.values():
        relation += Score(ok, 0, total - ok)
    return {"categories": dict(cats), "attributes": dict(attrs), "duplicates": duplicates, "leaks": leaks,
            "missing_articles": missing, "entity_f1": entity.f1, "relation_f1": relation.f1,
            "entity": entity, "relation": relation}


def _legislation(view, gold, aid, art, attr) -> Score:
    sc, found = Score(), set()
    by_id = {id_key(x["identifier"]): x for x in art["legislation"]}
    by_name = {name_key(x["name"]): x for x in art.get("named_legislation", [])}
    optional = {name_key(n) for n in art.get("legislation_optional_names", [])}
    for node in view.mentioned(aid, "Legislation"):
        ids = {id_key(o[1]) for o in view.objs(node, SDO.legislationIdentifier)}
        names = view.names(node)
        hit = next((i for i in ids if i in by_id), None) or next((n for n in names if n in by_name), None)
        if hit is None:
            if not (names & optional or any(n.startswith(o) for n in names for o in optional)):
                sc.fp += 1
                sc.errors.append(f"[{aid}] legislation extra: {sorted(names | ids)}")
            continue
        if hit in found:
            sc.fp += 1
            sc.errors.append(f"[{aid}] legislation duplicate: {hit}")
            continue
        found.add(hit)
        sc.tp += 1
        g = by_id.get(hit)
        if g is None:
            continue
        attr("legislation.type", name_key(g["type"]) in {name_key(o[1]) for o in view.objs(node, SDO.legislationType)})
        if g["date"]:
            attr("legislation.date", g["date"] in {o[1][:10] for o in view.objs(node, SDO.legislationDate)})
        if g["issuer"]:
            issuers = set().union(*[view.names(o) for o in view.objs(node, SDO.legislationPassedBy)] or [set()])
            ok = bool(issuers & _aliases(gold, g["issuer"]))
            attr("legislation.issuer", ok)
            if not ok:
                sc.errors.append(f"[{aid}] issuer of {g['identifier']}: got {sorted(issuers)}")
    for key, g in list(by_id.items()) + list(by_name.items()):
        if key not in found:
            sc.fn += 1
            sc.errors.append(f"[{aid}] legislation missed: {g.get('identifier') or g.get('name')}")
    return sc


def _events(view, gold, aid, art, attr) -> tuple[Score, Score]:
    ev, att = Score(), Score()
    events = view.mentioned(aid, "Event") | {d for d in view.derived(aid) if view.is_a(d, "Event")}
    used = set()

    def attendee_names(e):
        return set().union(*[view.names(p) for p in view.objs(e, SDO.attendee)] or [set()])

    for g in art["events"]:
        want = {name_key(p) for p in g["attendees"]}
        cands = [e for e in events if e not in used and (
            g["date"] is None or g["date"] in {o[1][:10] for o in view.objs(e, SDO.startDate)})]
        if not cands:
            ev.fn += 1
            ev.errors.append(f"[{aid}] event missed: {g['date']}")
            att.fn += len(want)
            continue
        best = max(sorted(cands), key=lambda e: len(attendee_names(e) & want))
        used.add(best)
        ev.tp += 1
        for key, prop in (("organizer", SDO.organizer), ("location", SDO.location)):
            if g[key]:
                got = set().union(*[view.names(o) for o in view.objs(best, prop)] or [set()])
                forms = _aliases(gold, g[key]) if key == "organizer" else {name_key(g[key])}
                attr(f"event.{key}", bool(got & forms))
                if not got & forms:
                    ev.errors.append(f"[{aid}] {key}: got {sorted(got)}")
        for p in view.objs(best, SDO.attendee):
            if view.names(p) & want:
                att.tp += 1
            else:
                att.fp += 1
                att.errors.append(f"[{aid}] attendee extra: {sorted(view.names(p))}")
        for name in want - attendee_names(best):
            att.fn += 1
            att.errors.append(f"[{aid}] attendee missed: {name}")
    return ev, att


def _memberships(view, gold, aid, art) -> Score:
    sc = Score()

    def triple(m):
        return name_key(m["person"]), name_key(m["role"]), _aliases(gold, m["org"])

    want = [triple(m) for m in art["memberships"]]
    optional = [triple(m) for m in art.get("memberships_optional", [])]
    people = {name_key(p) for p in art["persons"]}
    hit = set()
    for m in view.derived(aid):
        if str(ORG.Membership) not in view.types.get(m, set()):
            continue
        pn = set().union(*[view.names(p) for p in view.objs(m, ORG.member)] or [set()])
        rn = set()
        for r in view.objs(m, ORG.role):
            rn |= {name_key(r[1])} if isinstance(r, tuple) else view.names(r)
        on = set().union(*[view.names(o) for o in view.objs(m, ORG.organization)] or [set()])

        def fits(t, pn=pn, rn=rn, on=on):
            return t[0] in pn and t[1] in rn and bool(t[2] & on)

        idx = next((i for i, t in enumerate(want) if fits(t)), None)
        if idx is not None:
            if idx not in hit:
                hit.add(idx)
                sc.tp += 1
        elif any(fits(t) for t in optional):
            continue
        elif pn & people or not pn:
            sc.fp += 1
            sc.errors.append(f"[{aid}] membership extra: {sorted(pn)} / {sorted(rn)} / {sorted(on)}")
    for i, m in enumerate(art["memberships"]):
        if i not in hit:
            sc.fn += 1
            sc.errors.append(f"[{aid}] membership missed: {m['person']} / {m['role']} / {m['org']}")
    return sc


def _awards(view, gold) -> Score:
    sc = Score()
    want = {(name_key(a["recipient"]), name_key(a["award"])) for art in gold["articles"].values() for a in art["awards"]}
    people = {name_key(p) for art in gold["articles"].values() for p in art["persons"]}
    got = set()
    for s, props in view.out.items():
        for o in props.get(str(SDO.award), ()):
            label = name_key(o[1]) if isinstance(o, tuple) else next(iter(view.names(o)), "")
            got |= {(n, label) for n in view.names(s) if n in people}
    for pair in got:
        if pair in want:
            sc.tp += 1
        else:
            sc.fp += 1
            sc.errors.append(f"award extra: {pair}")
    for pair in want - got:
        sc.fn += 1
        sc.errors.append(f"award missed: {pair}")
    return sc


def _changes(view, gold) -> Score:
    sc = Score()
    events = [s for s, ts in view.types.items() if str(ORG.ChangeEvent) in ts]
    for art in gold["articles"].values():
        for ch in art.get("changes", []):
            ok = False
            for e in events:
                originals = [view.names(o) for o in view.objs(e, ORG.originalOrganization)]
                result = set().union(*[view.names(o) for o in view.objs(e, ORG.resultingOrganization)] or [set()])
                if result & _aliases(gold, ch["resulting"]) and all(
                        any(n & _aliases(gold, w) for n in originals) for w in ch["original"]):
                    ok = True
            sc.tp += ok
            sc.fn += not ok
            if not ok:
                sc.errors.append(f"change missed: {ch}")
    return sc


def _duplicates(view, gold) -> list[str]:
    out = []
    for se in gold.get("same_entity", []):
        kind = se["class"]
        if kind == "Legislation":
            nodes = {n for n in view.of_kind(kind)
                     if id_key(se["name"]) in {id_key(o[1]) for o in view.objs(n, SDO.legislationIdentifier)}}
        else:
            forms = _aliases(gold, se["name"]) if kind == "Organization" else {name_key(se["name"])}
            nodes = {n for n in view.of_kind(kind) if view.names(n) & forms}
        if len(nodes) != 1:
            out.append(f"{kind} {se['name']}: {len(nodes)} nodes")
    return out


def format_report(result: dict, verbose: bool = False, as_json: bool = False) -> str:
    cats = result["categories"]
    if as_json:
        return json.dumps({
            "categories": {k: {"p": v.precision, "r": v.recall, "f1": v.f1, "tp": v.tp, "fp": v.fp, "fn": v.fn}
                           for k, v in cats.items()},
            "attributes": {k: {"correct": a, "total": t} for k, (a, t) in result["attributes"].items()},
            "duplicates": result["duplicates"], "leaks": result["leaks"],
            "missing_articles": result["missing_articles"],
            "entity_f1": result["entity_f1"], "relation_f1": result["relation_f1"]}, ensure_ascii=False, indent=1)
    lines = []
    if result["missing_articles"]:
        lines.append(f"articles not found in the graph (schema:identifier): {result['missing_articles']}")
    for k in (*ENTITY_CATS, *RELATION_CATS):
        v = cats.get(k, Score())
        lines.append(f"{k:<22} P={v.precision:.3f} R={v.recall:.3f} F1={v.f1:.3f}  (tp={v.tp} fp={v.fp} fn={v.fn})")
        if verbose:
            lines += [f"  {e}" for e in v.errors]
    for k, (ok, total) in sorted(result["attributes"].items()):
        lines.append(f"{k:<22} {ok}/{total} correct")
    lines += [f"duplicate: {d}" for d in result["duplicates"]] + [f"leak: {x}" for x in result["leaks"]]
    lines.append(f"overall: entity_f1={result['entity_f1']:.3f} relation_f1={result['relation_f1']:.3f} "
                 f"duplicates={len(result['duplicates'])} leaks={len(result['leaks'])}")
    return "\n".join(lines)

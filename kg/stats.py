"""Counts by kind and the most-mentioned entities: a quick look at what a graph holds."""
from __future__ import annotations

import pyoxigraph as ox

from .pipeline import entity_counts
from .query import with_prefixes
from .store import triples_count

TOP = """
SELECT ?name (COUNT(DISTINCT ?a) AS ?n) WHERE {{
  ?a schema:mentions ?x . ?x a {cls} ; schema:name ?name .
}} GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT {top}
"""


def graph_stats(store: ox.Store, top: int = 10) -> str:
    articles = int(next(iter(store.query(with_prefixes(
        "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"))))[0].value)
    memberships = int(next(iter(store.query(with_prefixes(
        "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a org:Membership }"))))[0].value)
    lines = [f"triples: {triples_count(store)}", f"articles: {articles}"]
    lines += [f"{k}: {v}" for k, v in entity_counts(store).items()]
    lines.append(f"memberships: {memberships}")
    for label, cls in (("people", "schema:Person"), ("organisations", "org:Organization")):
        lines.append(f"most-mentioned {label}:")
        for row in store.query(with_prefixes(TOP.format(cls=cls, top=top))):
            lines.append(f"  {int(row['n'].value):>6}  {row['name'].value}")
    return "\n".join(lines)

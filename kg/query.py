"""SPARQL over a store: results streamed as a table, CSV, TSV or JSON (or RDF for CONSTRUCT)."""
from __future__ import annotations

import io
import re
from typing import BinaryIO

import pyoxigraph as ox

from .rdf.vocab import PREFIXES

TABLE_SAMPLE = 200  # rows read to size the table's columns; later rows stream through


class QueryError(ValueError):
    pass


def with_prefixes(query: str) -> str:
    """Declare the project's usual prefixes unless the query declares them itself."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", query, re.IGNORECASE)}
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared)
    return head + query


def _position(message: str, query: str, offset_lines: int) -> str:
    m = re.search(r"(\d+):(\d+)", message)
    if not m:
        return message
    line, col = int(m.group(1)) - offset_lines, int(m.group(2))
    rest = message[m.end():].lstrip(" :")
    lines = query.splitlines() or [""]
    shown = lines[line - 1] if 0 < line <= len(lines) else ""
    return f"SPARQL syntax error at line {line}, column {col}: {rest}\n  {shown}\n  {' ' * max(col - 1, 0)}^"


def execute(store: ox.Store, query: str):
    full = with_prefixes(query)
    try:
        return store.query(full)
    except SyntaxError as exc:
        raise QueryError(_position(str(exc), query, full.count("\n") - query.count("\n"))) from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        value = term.value
        for p, iri in PREFIXES.items():
            if value.startswith(iri):
                return f"{p}:{value[len(iri):]}"
        return value
    return str(term)


def run_query(store: ox.Store, query: str, fmt: str, out: BinaryIO) -> int:
    """Write the results to ``out``; return the number of results."""
    result = execute(store, query)
    if isinstance(result, bool):
        out.write(b"true\n" if result else b"false\n")
        return 1
    if isinstance(result, ox.QueryTriples):
        counted = _Counting(result)
        ox.serialize(counted, out, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return counted.n
    if fmt in ("csv", "tsv", "json"):
        counting = _CountingWriter(out)
        rfmt = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                "json": ox.QueryResultsFormat.JSON}[fmt]
        result.serialize(counting, rfmt)
        return max(counting.lines - (0 if fmt == "json" else 1), 0) if fmt != "json" else counting.rows_hint
    return _table(result, out)


class _Counting:
    def __init__(self, it):
        self.it, self.n = it, 0

    def __iter__(self):
        for x in self.it:
            self.n += 1
            yield x


class _CountingWriter(io.RawIOBase):
    def __init__(self, out: BinaryIO):
        self.out, self.lines, self.rows_hint = out, 0, 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.lines += bytes(b).count(b"\n")
        self.rows_hint += bytes(b).count(b'{"')
        return self.out.write(b)


def _table(result: ox.QuerySolutions, out: BinaryIO) -> int:
    names = [v.value for v in result.variables]
    sample, n = [], 0
    it = iter(result)
    for row in it:
        sample.append([_cell(row[i]) for i in range(len(names))])
        if len(sample) >= TABLE_SAMPLE:
            break
    widths = [min(60, max([len(h)] + [len(r[i]) for r in sample])) for i, h in enumerate(names)]

    def line(cells):
        return ("  ".join(c[:60].ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n").encode("utf-8")

    out.write(line(names))
    out.write(line(["-" * w for w in widths]))
    for r in sample:
        out.write(line(r))
        n += 1
    for row in it:
        out.write(line([_cell(row[i]) for i in range(len(names))]))
        n += 1
    return n

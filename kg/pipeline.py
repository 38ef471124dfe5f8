"""The build: ingest → annotate → extract → graph → store, streamed article by article.

Workers turn one ``Document`` into N-Quads bytes (a pure function); the parent
bulk-loads them into the store. Nothing holds all articles or all triples in
Python objects, so memory stays flat as the corpus grows.
"""
from __future__ import annotations

import hashlib
import os
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import pyoxigraph as ox

from .document import Document
from .ingest import IngestError, prepare, read_documents
from .rdf.iri import DEFAULT_BASE, Minter
from .rdf.vocab import KGO
from .resources import resource_dir
from .store import triples_count

IN_FLIGHT_PER_JOB = 16  # articles queued per worker process
# N-Quads gathered per bulk load: the first batches are small, so that loading overlaps extraction early and
# the last load (which nothing overlaps) stays short on small builds; then they double up to the cap, as
# fewer, larger sorted runs cost RocksDB less merging on large ones (5k articles: 83 CPU-s at 96 MB, 89 at 32)
LOAD_BATCH_FIRST_BYTES = 12_000_000
LOAD_BATCH_MAX_BYTES = 96_000_000


@dataclass
class BuildReport:
    articles: int = 0
    unchanged: int = 0
    skipped: list[IngestError] = field(default_factory=list)
    triples: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self, target: str) -> str:
        ents = ", ".join(f"{n} {k}" for k, n in self.entities.items())
        parts = [f"{self.articles} articles"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return (f"built {', '.join(parts)} -> {target}: {self.triples} triples"
                f"{'; ' + ents if ents else ''} in {self.seconds:.1f} s")


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """Changes when the code version or a lexicon changes, so cached articles are re-extracted."""
    from . import __version__

    h = hashlib.sha1(__version__.encode())
    lex = resource_dir("data/lexicons")
    for p in sorted(lex.glob("*")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def content_hash(doc: Document) -> str:
    h = hashlib.sha1(pipeline_fingerprint().encode())
    for part in (doc.id, doc.title, doc.date or "", doc.url or "", doc.text):
        h.update(part.encode("utf-8", errors="surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


class ArticleQuads(NamedTuple):
    """One built article: its named graph as N-Quads, and the same triples as N-Triples for the union."""

    doc_id: str
    named: bytes
    union: bytes

    @property
    def nquads(self) -> bytes:
        """The whole contribution to the dataset (a line without a graph term goes to the default graph)."""
        return self.named + self.union


def process(doc: Document, base: str = DEFAULT_BASE, raw: bool = False) -> ArticleQuads | IngestError:
    """One article to RDF, or the reason it failed. Pure: safe in any process.

    ``raw=True``: the document is as read (``read_documents(clean=False)``) and is cleaned here,
    so that the cleaning runs in the worker; its content hash is taken before cleaning."""
    from .extract import extract
    from .rdf.build import article_quads

    try:
        digest = content_hash(doc)
        if raw:
            doc = prepare(doc)
            if isinstance(doc, IngestError):
                return doc
        ex = extract(doc)
        quads = article_quads(doc, ex, Minter(base), digest)
        # the article's named graph, and the same triples for the default graph (the union): every
        # N-Quads line ends with " <graph> .\n" (a literal's newlines are escaped), so dropping it is exact
        named = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        graph_end = f" {ox.NamedNode(Minter(base).graph(doc.id))} .\n".encode()
        return ArticleQuads(doc.id, named, named.replace(graph_end, b" .\n"))
    except RecursionError:
        return IngestError(doc.source, "text too deeply nested to process")
    except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the batch
        return IngestError(doc.source or doc.id, f"extraction failed: {exc.__class__.__name__}: {exc}")


def _already_built(store: ox.Store, doc: Document, minter: Minter) -> bool:
    g = ox.NamedNode(minter.graph(doc.id))
    art = ox.NamedNode(minter.article(doc.id))
    return any(True for _ in store.quads_for_pattern(art, ox.NamedNode(str(KGO.contentHash)),
                                                     ox.Literal(content_hash(doc)), g))


def build(paths: Iterable[str | os.PathLike], store: ox.Store, *, jobs: int = 1, base: str = DEFAULT_BASE,
          on_progress: Callable[[int], None] | None = None, on_skip: Callable[[IngestError], None] | None = None,
          ) -> BuildReport:
    """Build every article under ``paths`` into ``store``; one named graph per article."""
    report = BuildReport()
    start = time.perf_counter()
    minter = Minter(base)
    seen_graphs: set[str] = set()
    store_was_empty = next(iter(store), None) is None

    def todo() -> Iterator[Document]:
        for item in read_documents(paths, clean=False):  # cleaned in process(), in the workers
            if isinstance(item, IngestError):
                report.skipped.append(item)
                if on_skip:
                    on_skip(item)
                continue
            if item.id in seen_graphs:
                err = IngestError(item.source, f"duplicate article id {item.id!r}: an earlier article has it")
                report.skipped.append(err)
                if on_skip:
                    on_skip(err)
                continue
            seen_graphs.add(item.id)
            if not store_was_empty and _already_built(store, item, minter):
                report.unchanged += 1
                if on_progress:
                    on_progress(1)
                continue
            yield item

    def results():
        if jobs <= 1:
            for doc in todo():
                yield process(doc, base, raw=True)
            return
        import multiprocessing as mp
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

        ctx = mp.get_context("forkserver" if os.name == "posix" else "spawn")
        if os.name == "posix":  # workers are forked with the lexicons and models already loaded
            ctx.set_forkserver_preload(["kg.worker"])
        with ProcessPoolExecutor(jobs, mp_context=ctx) as pool:
            # a bounded window of articles in flight, taken as they finish: a long article never
            # holds up the others, and the input is never read far ahead (memory stays flat)
            pending: set = set()
            for doc in todo():
                pending.add(pool.submit(process, doc, base, True))
                if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in done:
                        yield f.result()
            for f in pending:
                yield f.result()

    batch: list[bytes] = []
    union: set[bytes] = set()  # the batch's union lines, each once: articles share many triples
    batch_size = 0
    batch_limit = LOAD_BATCH_FIRST_BYTES
    # a fresh store takes Oxigraph's bulk loader (no per-quad transaction); with worker processes it
    # runs on a thread of its own, so the workers keep extracting while a batch loads. --jobs 1 is
    # one core's work in order (extract, then load), the baseline the parallel speed-up is measured
    # against. An existing store takes a transaction per batch.
    loader = _BackgroundLoader(store) if store_was_empty and jobs > 1 else None

    def flush() -> None:
        nonlocal batch_size, batch_limit
        if batch:
            # named graphs and union apart: Oxigraph's bulk loader sorts each load's quads, and two
            # loads of one kind each index faster than one load mixing both (measured: 2.9 s vs 4.0 s)
            parts = (b"".join(batch), b"\n".join(union) + b"\n")
            batch.clear()
            union.clear()
            batch_size = 0
            batch_limit = min(2 * batch_limit, LOAD_BATCH_MAX_BYTES)
            for data in parts:
                if loader:
                    loader.put(data)
                elif store_was_empty:
                    store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)  # our own serializer wrote it
                else:
                    store.load(data, format=ox.RdfFormat.N_QUADS)

    try:
        for result in results():
            if isinstance(result, IngestError):
                report.skipped.append(result)
                if on_skip:
                    on_skip(result)
            else:
                if not store_was_empty:
                    flush()  # an earlier build of this article: replace it
                    remove_article_graph(store, ox.NamedNode(minter.graph(result.doc_id)))
                batch.append(result.named)
                union.update(result.union.splitlines())
                batch_size += len(result.named) + len(result.union)
                if batch_size > batch_limit:
                    flush()
                report.articles += 1
            if on_progress:
                on_progress(1)
        flush()
    except KeyboardInterrupt:
        flush()  # keep what was extracted: a rerun finds those articles built and skips them
        raise
    finally:
        if loader:  # waits for the batches already handed over: what was extracted is kept, even on Ctrl-C
            loader.close()
    report.seconds = time.perf_counter() - start
    report.triples = triples_count(store)
    report.entities = entity_counts(store)
    return report


class _BackgroundLoader:
    """Bulk-loads N-Quads batches on one thread (Oxigraph releases the GIL), one batch queued at most."""

    def __init__(self, store: ox.Store):
        self.store = store
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="kg-bulk-load", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (data := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)  # our own serializer wrote it
                except BaseException as exc:  # noqa: BLE001 - re-raised in the building thread
                    self.error = exc

    def put(self, data: bytes) -> None:
        self._raise()
        self.queue.put(data)

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        self._raise()

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error


ENTITY_CLASSES = (("persons", "Person"), ("organisations", "Organization"), ("legal documents", "Legislation"),
                  ("events", "Event"), ("places", "Place"))


def remove_article_graph(store: ox.Store, graph: ox.NamedNode) -> None:
    """Drop an article's graph, and from the union every triple that no other article supports."""
    default = ox.DefaultGraph()
    for q in list(store.quads_for_pattern(None, None, None, graph)):
        others = sum(1 for o in store.quads_for_pattern(q.subject, q.predicate, q.object, None)
                     if not isinstance(o.graph_name, ox.DefaultGraph) and o.graph_name != graph)
        if not others:
            store.remove(ox.Quad(q.subject, q.predicate, q.object, default))
    store.remove_graph(graph)


def entity_counts(store: ox.Store) -> dict[str, int]:
    from .rdf.vocab import ORG, SDO

    out = {}
    for label, cls in ENTITY_CLASSES:
        klass = ORG.Organization if cls == "Organization" else SDO[cls]
        q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{klass}> }}"
        out[label] = int(next(iter(store.query(q)))[0].value)
    return out


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))

"""The ``kg`` command. Subcommands import their heavy modules only when they run."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import click

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


class Progress:
    """A one-line counter on stderr for long runs (only when stderr is a terminal)."""

    def __init__(self, label: str, total: int | None = None, enabled: bool | None = None):
        self.label, self.total, self.n = label, total, 0
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._last = 0.0

    def __call__(self, k: int = 1) -> None:
        self.n += k
        now = time.monotonic()
        if self.enabled and now - self._last > 0.25:
            self._last = now
            total = f"/{self.total}" if self.total else ""
            click.echo(f"\r{self.label}: {self.n}{total}", nl=False, err=True)

    def close(self) -> None:
        if self.enabled and self.n:
            click.echo("\r" + " " * 60 + "\r", nl=False, err=True)


def fail(message: str, code: int = EXIT_FAIL) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build and use a knowledge graph of Vietnamese news: people, bodies, legal documents, events."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Graph file to write; the suffix picks the format: .ttl .nt .nq .trig .jsonld")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="On-disk SPARQL store folder to build into (created if missing; rebuilt incrementally).")
@click.option("-j", "--jobs", type=int, default=None, help="Worker processes (default: the machine's cores).")
@click.option("--base", default=None, help="Base IRI for minted nodes.")
@click.option("--strict", is_flag=True, help="Fail (write nothing) if any article cannot be read or processed.")
@click.option("-q", "--quiet", is_flag=True, help="Do not list skipped articles.")
def build(paths, output, store_dir, jobs, base, strict, quiet):
    """Build a graph from articles: .txt, .html, .jsonl, .jsonl.gz files or folders of them.

    Exit status: 0 all built, 3 built but some articles skipped, 1 nothing built or --strict failure.
    """
    from .pipeline import build as run_build
    from .pipeline import default_jobs
    from .rdf.iri import DEFAULT_BASE
    from .store import GraphFormatError, format_for, open_store, write_graph

    if output is None and store_dir is None:
        fail("give -o FILE and/or --store DIR", EXIT_USAGE)
    if output is not None:
        try:
            format_for(output)
        except GraphFormatError as exc:
            fail(str(exc), EXIT_USAGE)
    store = open_store(store_dir)
    progress = Progress("articles")

    def skipped(err):
        if not quiet:
            progress.close()
            click.echo(f"kg: skipped {err}", err=True)

    try:
        report = run_build(paths, store, jobs=jobs or default_jobs(), base=base or DEFAULT_BASE,
                           on_progress=progress, on_skip=skipped)
        progress.close()
        if strict and report.skipped:
            fail(f"{len(report.skipped)} article(s) could not be built (--strict): nothing written")
        if report.articles + report.unchanged == 0:
            fail("no article could be built" + (f" ({len(report.skipped)} skipped)" if report.skipped else ""))
        if output is not None:
            try:
                write_graph(store, output)
            except OSError as exc:
                fail(f"cannot write {output}: {exc.strerror or exc}; the previous file (if any) is unchanged")
        if store_dir is not None:
            store.flush()
    except KeyboardInterrupt:
        progress.close()
        fail("interrupted; no output file was written" + (
            " (the store keeps the articles finished so far; run again to continue)" if store_dir else ""), 130)
    del store  # closes an on-disk store now, so other commands can open it
    click.echo(report.summary(str(output or store_dir)))
    sys.exit(EXIT_PARTIAL if report.skipped else EXIT_OK)


def _open(graph: str):
    from .store import GraphFormatError, load_graph

    try:
        return load_graph(graph)
    except (FileNotFoundError, GraphFormatError) as exc:
        fail(str(exc), EXIT_USAGE)


@main.command()
@click.argument("graph", type=click.Path())
@click.argument("query")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True)
def query(graph, query, fmt):
    """Run a SPARQL query (text, or @file.rq) on a graph file or store folder."""
    from .query import QueryError, run_query

    if query.startswith("@"):
        try:
            query = Path(query[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            fail(f"cannot read query file {query[1:]}: {exc.strerror}", EXIT_USAGE)
    store = _open(graph)
    try:
        n = run_query(store, query, fmt, sys.stdout.buffer)
    except QueryError as exc:
        fail(str(exc), EXIT_USAGE)
    click.echo(f"{n} results", err=True)


@main.command()
@click.argument("graph", type=click.Path())
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="HTML file to write.")
@click.option("--limit", type=int, default=400, show_default=True, help="Most-connected nodes to draw.")
def viz(graph, output, limit):
    """Write an interactive HTML view of the graph (opens in any browser, works offline)."""
    from .viz import write_html

    store = _open(graph)
    nodes, edges = write_html(store, output, limit=limit)
    click.echo(f"wrote {output}: {nodes} nodes, {edges} edges")


@main.command()
@click.argument("graph", type=click.Path())
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="File to write: .ttl .nt .nq .trig .jsonld (RDF) or .graphml .gexf (Gephi, yEd).")
def export(graph, output):
    """Convert a graph to another RDF format, or to GraphML / GEXF for network tools."""
    from .store import GraphFormatError, write_graph

    store = _open(graph)
    suffix = output.suffix.lower()
    if suffix in (".graphml", ".gexf"):
        from .netgraph import write_network

        nodes, edges = write_network(store, output)
        click.echo(f"wrote {output}: {nodes} nodes, {edges} edges")
        return
    try:
        write_graph(store, output)
    except GraphFormatError as exc:
        fail(f"{exc} (or .graphml, .gexf)", EXIT_USAGE)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    click.echo(f"wrote {output}: {len(store)} quads")


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--shapes", type=click.Path(exists=True), help="SHACL shapes (default: ontology/shapes.ttl).")
def validate(graph, shapes):
    """Check a graph against the SHACL shapes of the graph contract."""
    from .validate import validate_store

    store = _open(graph)
    conforms, report = validate_store(store, shapes)
    if conforms:
        from .store import triples_count

        click.echo(f"valid: {triples_count(store)} triples conform to the shapes")
        return
    click.echo(report)
    fail("graph does not conform to the shapes")


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--top", type=int, default=10, show_default=True)
def stats(graph, top):
    """Counts by kind, and the most-mentioned people and organisations."""
    from .stats import graph_stats

    store = _open(graph)
    click.echo(graph_stats(store, top))


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--gold", type=click.Path(exists=True), required=True, help="Annotations in the kg-gold/1 format.")
@click.option("-v", "--verbose", is_flag=True, help="List every miss and extra.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary.")
def evaluate(graph, gold, verbose, as_json):
    """Precision, recall and F1 of a graph against hand-made annotations."""
    from .evaluate import evaluate_store, format_report

    store = _open(graph)
    result = evaluate_store(store, gold)
    click.echo(format_report(result, verbose=verbose, as_json=as_json))


if __name__ == "__main__":
    main()

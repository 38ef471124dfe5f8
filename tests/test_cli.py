"""The kg command, through click's CliRunner, with files under tmp_path."""
from __future__ import annotations

import json
import os
import stat
import subprocess

import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from kg.cli import main

ARTICLE = ("Hội nghị ngành Tư pháp\nNgày 15/3/2024, tại Hà Nội, Bộ Tư pháp tổ chức Hội nghị. "
           "Phó Thủ tướng Trần Lưu Quang dự và phát biểu chỉ đạo.")


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def sample_ttl(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    return out


def test_cli_build_prints_a_one_line_summary(sample_ttl, runner, tmp_path):
    out = tmp_path / "g.nq"
    result = runner.invoke(main, ["build", str(SAMPLES), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0
    line = result.output.strip()
    assert line.startswith("built ") and "articles" in line and "triples" in line and "persons" in line
    assert out.stat().st_size > 0


def test_cli_build_reports_skipped_articles_and_exits_3(runner, tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(tmp_path), "-o", str(out), "-j", "1"])
    assert result.exit_code == 3
    assert "empty.txt" in result.output and "1 skipped" in result.output
    assert out.exists()
    strict = runner.invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "s.ttl"), "--strict", "-j", "1"])
    assert strict.exit_code == 1 and not (tmp_path / "s.ttl").exists()


def test_cli_build_rejects_unknown_suffix_and_keeps_previous_output(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    bad = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g.xyz")])
    assert bad.exit_code == 2 and "unknown graph format" in bad.output


def test_cli_build_read_only_location(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ro = tmp_path / "ro"
    ro.mkdir()
    mounted = False
    if os.geteuid() == 0:  # root ignores permission bits: use a read-only file system instead
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(ro)],
                                 capture_output=True).returncode == 0
        if not mounted:
            pytest.skip("cannot mount a read-only file system here")
    else:
        ro.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(ro / "g.ttl"), "-j", "1"])
        assert result.exit_code == 1 and "cannot write" in result.output
    finally:
        if mounted:
            subprocess.run(["umount", str(ro)], check=False)


def test_cli_query_formats(runner, sample_ttl):
    q = "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n"
    table = runner.invoke(main, ["query", str(sample_ttl), q])
    assert table.exit_code == 0 and table.output.splitlines()[0].strip() == "n"
    as_json = runner.invoke(main, ["query", str(sample_ttl), q, "--format", "json"])
    data = json.loads(as_json.stdout)
    names = [b["n"]["value"] for b in data["results"]["bindings"]]
    assert names == sorted(names) and len(names) > 5
    csv = runner.invoke(main, ["query", str(sample_ttl), q, "-f", "csv"])
    assert csv.stdout.splitlines()[0] == "n" and len(csv.stdout.splitlines()) == len(names) + 1


def test_cli_query_from_file_and_syntax_error_with_position(runner, sample_ttl, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    ok = runner.invoke(main, ["query", str(sample_ttl), f"@{rq}", "-f", "csv"])
    assert ok.exit_code == 0 and int(ok.stdout.splitlines()[1]) > 100
    bad = runner.invoke(main, ["query", str(sample_ttl), "SELECT ?x WHERE {\n  ?x schema:name ?n \n"])
    assert bad.exit_code == 2
    assert "syntax error at line" in bad.output


def test_cli_viz_export_stats_validate(runner, sample_ttl, tmp_path):
    html = tmp_path / "g.html"
    viz = runner.invoke(main, ["viz", str(sample_ttl), "-o", str(html)])
    assert viz.exit_code == 0 and "nodes" in viz.output
    page = html.read_text(encoding="utf-8")
    assert "vis.DataSet" in page and "cdn.jsdelivr" not in page and "cdnjs" not in page
    for suffix in (".graphml", ".gexf", ".jsonld"):
        out = tmp_path / f"g{suffix}"
        res = runner.invoke(main, ["export", str(sample_ttl), "-o", str(out)])
        assert res.exit_code == 0 and out.stat().st_size > 100, res.output
    import networkx as nx
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert any(d.get("kind") == "person" for _, d in g.nodes(data=True))
    stats = runner.invoke(main, ["stats", str(sample_ttl)])
    assert stats.exit_code == 0 and "most-mentioned people" in stats.output
    valid = runner.invoke(main, ["validate", str(sample_ttl)])
    assert valid.exit_code == 0, valid.output


def test_cli_missing_graph_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["stats", str(tmp_path / "none.ttl")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_cli_store_is_queried_without_reloading(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "store"
    res = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "--store", str(store), "-j", "1"])
    assert res.exit_code == 0, res.output
    q = runner.invoke(main, ["query", str(store), "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }", "-f", "csv"])
    assert "Trần Lưu Quang" in q.stdout


def test_cli_help_for_every_command(runner):
    for cmd in ("build", "query", "viz", "export", "validate", "stats", "evaluate"):
        res = runner.invoke(main, [cmd, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output


def test_cli_output_files_get_the_usual_permissions(runner, sample_ttl, tmp_path):
    mask = os.umask(0)
    os.umask(mask)
    out = tmp_path / "g.html"
    runner.invoke(main, ["viz", str(sample_ttl), "-o", str(out)])
    assert stat.S_IMODE(sample_ttl.stat().st_mode) == 0o666 & ~mask
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask

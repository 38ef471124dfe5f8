"""Bad, big and hostile input: a clear message, the rest of the batch built, nothing already built lost."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from kg.document import Document
from kg.extract import extract
from kg.extract.model import PERSON
from kg.ingest import read_documents
from kg.pipeline import ArticleQuads, process
from kg.rdf.build import article_quads
from kg.rdf.iri import Minter
from kg.store import open_store, write_graph

ARTICLE = "Tiêu đề\nNgày 5/1/2024, Bộ Y tế tổ chức Hội nghị. Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì."
VIETNAMESE = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                                  "ABĐHNTVQ"))
WORDS = st.sampled_from(["Bộ trưởng", "Bộ Y tế", "Nguyễn Văn An", "UBND tỉnh", "Hà Nội", "57-NQ/TW", "ngày 5/1",
                         "Hội nghị", "các Thứ trưởng:", ",", ";", ".", "\n", "Luật", "ông", "nguyên", "Quyền",
                         "hợp nhất thành", "Huân chương", "cho", "<script>", "\"", "\\", "\u200b", "\x00", "Đức", "TP."])
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(WORDS, st.text(VIETNAMESE, max_size=8)),
                                                   max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_robustness_any_text_gives_a_valid_graph(text):
    result = process(Document("fuzz", text, title="t"))
    if isinstance(result, ArticleQuads):
        nquads = result.nquads
        ds = Dataset()
        ds.parse(data=nquads.decode("utf-8"), format="nquads")
        store = ox.Store()
        store.load(nquads, format=ox.RdfFormat.N_QUADS)
        turtle = ox.serialize(store.quads_for_pattern(None, None, None, None), format=ox.RdfFormat.N_QUADS)
        assert len(turtle) == len(nquads) or len(store) > 0
    else:  # an article that fails must say why, and never because extraction raised
        assert result.reason and not result.reason.startswith("extraction failed"), result.reason


def test_robustness_a_holder_named_after_a_city_word_at_the_end_of_a_sentence():
    # found by bench/fuzz.py: "TP. Nguyễn Văn An" closing a sentence read a place past the sentence's end
    result = process(Document("f", "Luật Đất đai TP. Nguyễn Văn An\nBộ Y tế", title="t"))
    assert isinstance(result, ArticleQuads)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_robustness_mentions_always_point_into_the_text(text):
    doc = Document("m", text)
    ex = extract(doc)
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= len(doc.text)


def test_robustness_control_and_zero_width_characters_inside_names(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Tiêu đề\nBộ trưởng Bộ Y tế Đào\u200b Hồng\u00ad Lan\x07 chủ trì hội nghị.", encoding="utf-8")
    [doc] = list(read_documents([p]))
    names = {e.name for e in extract(doc).of_kind(PERSON)}
    assert names == {"Đào Hồng Lan"}


@pytest.mark.slow
def test_robustness_huge_article_and_many_short_lines(tmp_path):
    big = tmp_path / "lon.txt"
    big.write_text("Tiêu đề\n" + (ARTICLE.split("\n")[1] + " ") * 900_000, encoding="utf-8")  # ~75 MB
    lines = tmp_path / "nhieu-dong.txt"
    lines.write_text("Tiêu đề\n" + "\n".join(f"Dòng {i}." for i in range(200_000)), encoding="utf-8")
    store = open_store()
    from kg.pipeline import build
    t = time.perf_counter()
    report = build([big, lines], store, jobs=1)
    assert report.articles == 2 and not report.skipped
    assert time.perf_counter() - t < 180


@pytest.mark.slow
def test_robustness_folder_of_ten_thousand_files(tmp_path):
    for i in range(10_000):
        (tmp_path / f"b{i:05d}.txt").write_text(f"Tin {i}\nNội dung {i}.", encoding="utf-8")
    docs = list(read_documents([tmp_path]))
    assert len(docs) == 10_000 and docs[0].id == "b00000" and docs[-1].id == "b09999"


def test_robustness_full_disk_keeps_the_previous_file(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        target = mnt / "g.nq"
        target.write_bytes(b"<urn:a> <urn:b> <urn:c> .\n")
        src = tmp_path / "a.txt"
        src.write_text(ARTICLE * 1, encoding="utf-8")
        store = open_store()
        from kg.pipeline import build
        build([src], store)
        for i in range(200):  # enough quads to overflow 64 KiB
            store.add(ox.Quad(ox.NamedNode(f"urn:x{i}"), ox.NamedNode("urn:p"), ox.Literal("x" * 500),
                              ox.NamedNode("urn:g")))
        with pytest.raises(OSError):
            write_graph(store, target)
        assert target.read_bytes() == b"<urn:a> <urn:b> <urn:c> .\n"
        assert [p.name for p in mnt.iterdir()] == ["g.nq"]
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


def _articles(path, n):
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"a{i}", "text": ARTICLE.replace("Đào Hồng Lan", f"Nguyễn Văn A{i % 7}")},
                                ensure_ascii=False) + "\n")


def test_robustness_interrupted_build_leaves_no_output_and_reruns(tmp_path):
    src = tmp_path / "many.jsonl"
    _articles(src, 6000)
    out = tmp_path / "g.ttl"
    store = tmp_path / "store"
    cmd = [sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out), "--store", str(store), "-j", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the build finished before the interrupt")
    assert proc.returncode == 130 and "interrupted" in err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".g.ttl")]
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert "unchanged" in again.stdout and out.exists()


def test_robustness_million_row_query_streams(tmp_path):
    code = f"""
import io, resource, sys
import pyoxigraph as ox
from kg.query import run_query
store = ox.Store()
for i in range(1500):
    store.add(ox.Quad(ox.NamedNode(f"urn:s{{i}}"), ox.NamedNode("urn:p"), ox.Literal(str(i))))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with open({str(tmp_path / 'rows.csv')!r}, "wb") as out:
    n = run_query(store, "SELECT ?a ?b WHERE {{ ?a <urn:p> ?x . ?b <urn:p> ?y }}", "csv", out)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(n, (after - before) // 1024)
"""
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    rows, grown_mb = map(int, res.stdout.split())
    assert rows == 1500 * 1500
    assert grown_mb < 100, f"memory grew {grown_mb} MB for {rows} rows"
    assert os.path.getsize(tmp_path / "rows.csv") > 40_000_000


def test_robustness_minter_and_quads_for_hostile_names():
    doc = Document("x", 'Bộ trưởng Bộ Y tế Nguyễn "A" <b> dự.\n\\')
    quads = article_quads(doc, extract(doc), Minter())
    nq = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode()
    Dataset().parse(data=nq, format="nquads")

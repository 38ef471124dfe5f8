"""The graph: contract vocabulary, stable IRIs, one named graph per article, evidence, round trips."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pyoxigraph as ox
import pytest
from conftest import SAMPLES
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.pipeline import build
from kg.rdf.iri import Minter, slug
from kg.store import load_graph, open_store, to_rdflib, write_graph

ARTICLE_A = ("Bài A\nSáng 5/1/2024, tại Hà Nội, Bộ Xây dựng tổ chức Hội nghị tổng kết. "
             "Phó Thủ tướng Trần Hồng Hà dự và phát biểu. Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị chủ trì.")
ARTICLE_B = ("Bài B\nNgày 10/1/2024, Bộ Tài chính tổ chức hội nghị. Phó Thủ tướng Trần Hồng Hà chỉ đạo "
             "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.")


def union(store) -> Graph:
    g = Graph()
    for s, p, o, _ in to_rdflib(store).quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def default_graph(store) -> Graph:
    g = Graph()
    nt = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    g.parse(data=nt.decode("utf-8"), format="nt")
    return g


def write_articles(tmp_path, order):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in order:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def built(paths, **kw):
    store = open_store()
    build(paths, store, **kw)
    return store


def test_graph_iris_are_a_pure_function_of_keys():
    m = Minter()
    assert m.entity("Person", "trần hồng hà") == Minter().entity("Person", "trần hồng hà")
    assert m.entity("Person", "trần hồng hà") != m.entity("Person", "trần hồng hả")
    assert slug("Nguyễn Mạnh Hùng") == "nguyen-manh-hung"


def test_graph_same_entity_across_articles_is_one_node_in_any_order(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(ARTICLE_A, encoding="utf-8")
    b.write_text(ARTICLE_B, encoding="utf-8")
    one, two = built([a, b]), built([b, a])
    assert isomorphic(union(one), union(two))
    assert isomorphic(default_graph(one), default_graph(two))
    people = {r["p"].value for r in one.query(
        "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p <https://schema.org/name> \"Trần Hồng Hà\" } }")}
    assert len(people) == 1


def test_graph_one_named_graph_per_article_with_evidence(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE_A, encoding="utf-8")
    store = built([a])
    graphs = {g.value for g in store.named_graphs()}
    assert graphs == {Minter().graph("a")}
    q = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX kgo: <https://example.org/kg/ontology#>
    SELECT ?quote ?b ?e WHERE { GRAPH ?g { ?m a org:Membership ; kgo:evidence ?ev .
      ?ev kgo:quote ?quote ; kgo:beginIndex ?b ; kgo:endIndex ?e } }"""
    rows = list(store.query(q))
    assert rows
    from kg.ingest import read_documents
    [doc] = list(read_documents([a]))
    for r in rows:
        assert doc.text[int(r["b"].value):int(r["e"].value)] == r["quote"].value


def test_graph_contract_shapes_for_people_posts_and_documents(tmp_path):
    b = tmp_path / "b.txt"
    b.write_text(ARTICLE_B, encoding="utf-8")
    store = built([b])
    q = """PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?role ?org WHERE { ?m a org:Membership ; org:member/schema:name "Trần Hồng Hà" ;
      org:role/skos:prefLabel ?role ; org:organization/schema:name ?org }"""
    assert {(r["role"].value, r["org"].value) for r in store.query(q)} == {
        ("Phó Thủ tướng", "Chính phủ")}
    q = """PREFIX schema: <https://schema.org/>
    SELECT ?type ?date ?issuer WHERE { ?d schema:legislationIdentifier "57-NQ/TW" ; schema:legislationType ?type ;
      schema:legislationDate ?date ; schema:legislationPassedBy/schema:name ?issuer }"""
    [row] = list(store.query(q))
    assert (row["type"].value, row["date"].value, row["issuer"].value) == ("Nghị quyết", "2024-12-22", "Bộ Chính trị")


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld"])
def test_graph_files_round_trip_in_every_format(sample_store, tmp_path, suffix):
    out = tmp_path / f"g{suffix}"
    write_graph(sample_store, out)
    again = load_graph(out)
    assert isomorphic(union(sample_store), union(again))
    if suffix in (".nq", ".trig", ".jsonld"):
        fmt = {".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}[suffix]
        ds = Dataset()
        ds.parse(out, format=fmt)  # rdflib reads what we wrote, too
        named = sum(1 for q in sample_store if not isinstance(q.graph_name, ox.DefaultGraph))
        assert len(list(ds.quads((None, None, None, None)))) == named


def test_graph_jobs_give_the_same_graph_as_one_process(tmp_path):
    one = built([SAMPLES], jobs=1)
    two = built([SAMPLES], jobs=2)
    assert isomorphic(union(one), union(two))
    assert {g.value for g in one.named_graphs()} == {g.value for g in two.named_graphs()}


STATES_ACTING_TWICE = ("Hai nước ký thỏa thuận\nNgày 3/4/2024, tại Tokyo, Nhật Bản cam kết hỗ trợ Việt Nam xây dựng "
                       "đường sắt tốc độ cao. Sau cuộc hội đàm, Việt Nam hoan nghênh đề nghị này. Nhật Bản cũng "
                       "khẳng định sẽ mở rộng đào tạo, còn Việt Nam đồng ý cử thêm kỹ sư sang học tập.")


def test_graph_is_the_same_whatever_the_hash_seed(tmp_path):
    """Python salts string hashes per process: nothing that reaches the graph may follow a set's order."""
    folder = write_articles(tmp_path, [("states", STATES_ACTING_TWICE), ("a", ARTICLE_A)])
    graphs = []
    for seed in ("1", "2", "3", "4", "5", "6"):
        out = tmp_path / f"seed{seed}.nt"
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(folder), "-o", str(out), "-q", "-j", "1"],
                       check=True, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True)
        graphs.append(Graph().parse(out, format="nt"))
    assert len(graphs[0]) > 0
    for other in graphs[1:]:
        assert set(other) == set(graphs[0])  # literally the same triples, mention offsets included


def test_graph_store_rebuild_is_incremental_and_isomorphic_to_a_clean_build(tmp_path):
    folder = write_articles(tmp_path, [("a", ARTICLE_A), ("b", ARTICLE_B)])
    store = open_store(tmp_path / "store")
    first = build([folder], store)
    assert (first.articles, first.unchanged) == (2, 0)
    again = build([folder], store)
    assert (again.articles, again.unchanged) == (0, 2)
    (folder / "b.txt").write_text(ARTICLE_B.replace("Bộ Tài chính", "Bộ Nội vụ"), encoding="utf-8")
    third = build([folder], store)
    assert (third.articles, third.unchanged) == (1, 1)
    clean = built([folder])
    assert isomorphic(union(store), union(clean))
    assert isomorphic(default_graph(store), default_graph(clean))  # the union view is kept exact too


def test_graph_untrusted_text_still_gives_valid_files(tmp_path):
    nasty = 'Bài "lạ" <b>\\\nBộ trưởng Bộ Y tế Nguyễn "Văn" <A> dự hội nghị.\nÔng Trần Văn \\B\\ phát biểu.'
    p = tmp_path / "x.txt"
    p.write_text(nasty, encoding="utf-8")
    store = built([p])
    for suffix, fmt in ((".ttl", "turtle"), (".nq", "nquads"), (".jsonld", "json-ld")):
        out = tmp_path / f"x{suffix}"
        write_graph(store, out)
        g = Dataset()
        g.parse(out, format=fmt)
        assert len(g) > 0
    json.loads((tmp_path / "x.jsonld").read_text(encoding="utf-8"))
    assert any(isinstance(t, ox.Literal) and "<b>" in t.value for q in store for t in (q.object,))


def role_labels(tmp_path, text):
    """(prefLabel, altLabel or None) of the role of every post held in one built article."""
    a = tmp_path / "a.txt"
    a.write_text("Tiêu đề\n" + text, encoding="utf-8")
    q = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX org: <http://www.w3.org/ns/org#>
    SELECT ?pref ?alt WHERE { ?m a org:Membership ; org:role ?r . ?r skos:prefLabel ?pref
    OPTIONAL { ?r skos:altLabel ?alt } }"""
    return {(r["pref"].value, r["alt"].value if r["alt"] else None) for r in built([a]).query(q)}


def test_graph_a_former_post_is_labelled_with_both_words_for_former(tmp_path):
    got = role_labels(tmp_path, "Ngày 25/5, cựu Thủ tướng Hy Lạp Lucas Papademos bị thương do bom thư. Nguyên Bộ "
                                "trưởng Bộ Y tế Nguyễn Quốc Triệu cũng lên tiếng.")
    assert got == {("cựu Thủ tướng", "nguyên Thủ tướng"), ("nguyên Bộ trưởng", "cựu Bộ trưởng")}


def test_graph_the_post_of_someone_late_is_labelled_former_both_ways(tmp_path):
    got = role_labels(tmp_path, "Bằng khen do cố Thủ tướng Phan Văn Khải tặng năm 1997 vẫn được treo trang trọng.")
    assert got == {("cố Thủ tướng", "nguyên Thủ tướng"), ("cố Thủ tướng", "cựu Thủ tướng")}


def test_graph_a_deputy_of_the_national_assembly_holds_that_post_also_labelled_as_the_press_shortens_it(tmp_path):
    got = role_labels(tmp_path, "Đại biểu Quốc hội Trương Trọng Nghĩa cho rằng cần giám sát dự án. Đại biểu HĐND tỉnh "
                                "Gia Lai Nguyễn Văn Hòa đồng tình.")
    assert got == {("Đại biểu Quốc hội", "Đại biểu"), ("Đại biểu Quốc hội", "ĐBQH"), ("Đại biểu Quốc hội", "Đại biểu QH"),
                   ("Đại biểu Quốc hội", "ĐB Quốc hội"), ("Đại biểu", "ĐB")}


def test_graph_the_standing_member_of_the_secretariat_is_also_labelled_its_standing_member(tmp_path):
    got = role_labels(tmp_path, "Thường trực Ban Bí thư Võ Văn Thưởng phát biểu tại hội nghị.")
    assert got == {("Thường trực Ban Bí thư", "Thường trực")}


def test_graph_a_post_is_also_labelled_the_other_ways_the_press_writes_it(tmp_path):
    got = role_labels(tmp_path, "Ông Nguyễn Hữu Trí, Cục phó Cục Đăng kiểm Việt Nam, cho biết. Nguyên Phó Trưởng ban "
                                "Ban Quản lý Khu công nghệ cao Đoàn Ngọc Hùng Anh bị khởi tố.")
    assert ("Phó Cục trưởng", "Cục phó") in got
    assert ("nguyên Phó Trưởng ban", "nguyên Phó ban") in got


def test_graph_provinces_merged_are_the_original_and_resulting_units_of_a_change(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Tiêu đề\nSáp nhập tỉnh Hà Giang vào tỉnh Tuyên Quang từ ngày 1/7/2025.", encoding="utf-8")
    q = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX schema: <https://schema.org/>
    SELECT ?from ?to WHERE { ?c a org:ChangeEvent ; org:originalOrganization ?o ; org:resultingOrganization ?r .
    ?o schema:name ?from . ?r schema:name ?to }"""
    got = {(r["from"].value, r["to"].value) for r in built([a]).query(q)}
    assert got == {("Hà Giang", "Tuyên Quang"), ("Tuyên Quang", "Tuyên Quang")}


def test_graph_an_event_held_at_a_bodys_premises_is_located_at_a_place_the_body_is_located_at(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Tiêu đề\nChiều 27/4, tại Ban Tuyên giáo Trung ương diễn ra Hội nghị triển khai Quyết định của Bộ Chính "
                 "trị về công tác cán bộ.", encoding="utf-8")
    q = """PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
    SELECT ?place ?body WHERE { ?e a schema:Event ; schema:location ?p . ?p a schema:Place ; schema:name ?place .
    OPTIONAL { ?b a org:Organization ; schema:location ?p ; schema:name ?body } }"""
    got = {(r["place"].value, r["body"].value if r["body"] else None) for r in built([a]).query(q)}
    assert got == {("Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Trung ương")}


def test_graph_an_event_is_located_in_the_wider_places_that_hold_its_venue_or_city(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Tiêu đề\nChiều 21/10/2013, tại Phủ Chủ tịch, Chủ tịch nước Trương Tấn Sang đã tiếp Đại sứ Nhật Bản.\n"
                 "Sáng 22/10/2013, Thủ tướng Nguyễn Tấn Dũng dự Hội nghị xúc tiến đầu tư tại huyện Cần Giờ.\n"
                 "Sáng 23/10/2013, Chủ tịch nước dự Lễ kỷ niệm tại Bắc Kinh.\n"
                 "Sáng 24/10/2013, Bí thư Tỉnh ủy dự Lễ khánh thành tại TP Sơn La.", encoding="utf-8")
    q = """PREFIX schema: <https://schema.org/>
    SELECT ?day ?place WHERE { ?e a schema:Event ; schema:startDate ?day ; schema:location/schema:name ?place }"""
    got = {(r["day"].value[5:], r["place"].value) for r in built([a]).query(q)}
    assert got == {("10-21", "Phủ Chủ tịch"), ("10-21", "Hà Nội"), ("10-21", "Việt Nam"),
                   ("10-22", "Cần Giờ"), ("10-22", "Hồ Chí Minh"), ("10-22", "Việt Nam"),
                   ("10-23", "Bắc Kinh"), ("10-23", "Trung Quốc"),
                   ("10-24", "Thành phố Sơn La"), ("10-24", "Sơn La"), ("10-24", "Việt Nam")}
    q = """PREFIX schema: <https://schema.org/>
    SELECT ?inner ?outer WHERE { ?a schema:containedInPlace ?b . ?a schema:name ?inner . ?b schema:name ?outer }"""
    got = {(r["inner"].value, r["outer"].value) for r in built([a]).query(q)}
    assert {("Phủ Chủ tịch", "Hà Nội"), ("Hà Nội", "Việt Nam"), ("Cần Giờ", "Hồ Chí Minh")} <= got


def test_graph_a_disciplinary_measure_links_who_decided_it_and_on_whom(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Tiêu đề\nỦy ban Kiểm tra Trung ương quyết định thi hành kỷ luật bằng hình thức khai trừ ra khỏi Đảng đối "
                 "với ông Chu Hảo. Thủ tướng vừa ký quyết định kỷ luật cảnh cáo đối với ông Huỳnh Đức Thơ, Chủ tịch UBND "
                 "thành phố Đà Nẵng.", encoding="utf-8")
    q = """PREFIX kgo: <https://example.org/kg/ontology#> PREFIX schema: <https://schema.org/>
    SELECT ?person ?measure ?by WHERE { ?d a kgo:DisciplinaryMeasure ; kgo:disciplined ?p ; kgo:measure ?measure ;
    kgo:decidedBy ?b ; kgo:evidence ?e . ?p schema:name ?person . ?b schema:name ?by }"""
    got = {(r["person"].value, r["measure"].value, r["by"].value) for r in built([a]).query(q)}
    assert got == {("Chu Hảo", "khai trừ ra khỏi Đảng", "Ủy ban Kiểm tra Trung ương"),
                   ("Huỳnh Đức Thơ", "cảnh cáo", "Thủ tướng Chính phủ")}

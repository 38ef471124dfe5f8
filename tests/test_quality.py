"""Extraction quality, measured: the bundled samples always, the seeds and the annotated corpus when present."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest
from conftest import CORPUS, ROOT, SAMPLES, SEEDS_GOLD, SHARED

from kg.evaluate import evaluate_store
from kg.pipeline import build
from kg.store import open_store, write_graph

GOLD = ROOT / "data" / "gold"


def test_quality_samples_meet_targets(sample_store):
    result = evaluate_store(sample_store, SAMPLES / "gold.json")
    assert result["entity_f1"] >= 0.90, result
    assert result["relation_f1"] >= 0.80, result
    assert not result["duplicates"] and not result["leaks"]


def test_quality_seeds_meet_targets(seeds_store):
    result = evaluate_store(seeds_store, SEEDS_GOLD)
    assert result["entity_f1"] >= 0.97
    assert result["relation_f1"] >= 0.92
    assert result["duplicates"] == [] and result["leaks"] == []


def test_quality_evaluate_agrees_with_the_shared_scorer(seeds_store, tmp_path):
    scorer = SHARED / "tools" / "score.py"
    if not scorer.exists():
        pytest.skip("../shared/tools/score.py not present")
    out = tmp_path / "seeds.nq"
    write_graph(seeds_store, out)
    res = subprocess.run([sys.executable, str(scorer), str(out), "--gold", str(SEEDS_GOLD), "--json"],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(res.stdout)
    ours = evaluate_store(seeds_store, SEEDS_GOLD)
    assert ours["entity_f1"] == pytest.approx(theirs["entity_f1"])
    assert ours["relation_f1"] == pytest.approx(theirs["relation_f1"])
    for cat, v in theirs["categories"].items():
        mine = ours["categories"][cat]
        assert (mine.tp, mine.fp, mine.fn) == (v["tp"], v["fp"], v["fn"]), cat


def _corpus_records(ids: set[str]) -> list[dict]:
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in ids:
                out.append(rec)
                if len(out) == len(ids):
                    break
    return out


def corpus_score(gold_file, tmp_path):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    path = tmp_path / f"{gold_file.stem}.jsonl"
    recs = _corpus_records(set(gold["articles"]))
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    store = open_store()
    build([path], store, jobs=1)
    return evaluate_store(store, gold_file)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus not present")
@pytest.mark.parametrize("name, floor", [("corpus_tune_a", (0.92, 0.82)), ("corpus_tune_b", (0.94, 0.88)),
                                         ("corpus_tune_c", (0.89, 0.85)), ("corpus_tune_d", (0.88, 0.74)),
                                         ("corpus_tune_e", (0.89, 0.69)), ("corpus_tune_f", (0.88, 0.78)),
                                         ("corpus_tune_g", (0.90, 0.83)), ("corpus_tune_h", (0.88, 0.71)),
                                         ("corpus_tune_i", (0.86, 0.66)), ("corpus_tune_j", (0.88, 0.83)),
                                         ("corpus_tune_k", (0.93, 0.78)), ("corpus_tune_l", (0.81, 0.47)),
                                         ("corpus_tune_m", (0.83, 0.75)), ("corpus_tune_n", (0.84, 0.71)),
                                         ("corpus_tune_o", (0.83, 0.72)), ("corpus_tune_p", (0.85, 0.78)),
                                         ("corpus_tune_q", (0.86, 0.71)), ("corpus_tune_r", (0.81, 0.76)),
                                         ("corpus_tune_s", (0.89, 0.64)), ("corpus_tune_t", (0.85, 0.61)),
                                         ("corpus_tune_u", (0.85, 0.60)), ("corpus_tune_v", (0.86, 0.78)),
                                         ("corpus_tune_w", (0.89, 0.71)), ("corpus_tune_x", (0.82, 0.83)),
                                         ("corpus_tune_y", (0.87, 0.86)), ("corpus_tune_z", (0.90, 0.86)),
                                         ("corpus_tune_za", (0.85, 0.78)), ("corpus_tune_zb", (0.87, 0.76)),
                                         ("corpus_tune_zc", (0.88, 0.81)), ("corpus_tune_zd", (0.86, 0.74)),
                                         ("corpus_tune_ze", (0.87, 0.83)), ("corpus_tune_zf", (0.87, 0.64)),
                                         ("corpus_tune_zg", (0.84, 0.74)), ("corpus_tune_zh", (0.74, 0.62)),
                                         ("corpus_tune_zi", (0.75, 0.52)), ("corpus_tune_zj", (0.83, 0.75)),
                                         ("corpus_tune_zk", (0.85, 0.68)), ("corpus_tune_zl", (0.87, 0.81)),
                                         ("corpus_tune_zm", (0.83, 0.75)), ("corpus_tune_zn", (0.91, 0.78)),
                                         ("corpus_tune_zo", (0.77, 0.61)), ("corpus_tune_zp", (0.86, 0.55)),
                                         ("corpus_tune_zq", (0.75, 0.68)), ("corpus_tune_zr", (0.83, 0.63)),
                                         ("corpus_tune_zs", (0.80, 0.69)), ("corpus_tune_zt", (0.79, 0.79)),
                                         ("corpus_tune_zu", (0.73, 0.67)), ("corpus_tune_zv", (0.89, 0.81)),
                                         ("corpus_tune_zw", (0.85, 0.80)), ("corpus_tune_zx", (0.82, 0.61)),
                                         ("corpus_tune_zy", (0.86, 0.72)), ("corpus_tune_zz", (0.79, 0.66)),
                                         ("corpus_tune_ya", (0.90, 0.83)), ("corpus_tune_yb", (0.89, 0.74)),
                                         ("corpus_tune_yc", (0.88, 0.79)), ("corpus_tune_yd", (0.90, 0.85)),
                                         ("corpus_tune_ye", (0.89, 0.74)), ("corpus_tune_yf", (0.83, 0.85)),
                                         ("corpus_tune_yg", (0.81, 0.71)), ("corpus_tune_yh", (0.86, 0.59)),
                                         ("corpus_tune_yi", (0.84, 0.52)), ("corpus_tune_yj", (0.89, 0.74)),
                                         ("corpus_tune_yk", (0.73, 0.62)), ("corpus_tune_yl", (0.86, 0.71)),
                                         ("corpus_tune_ym", (0.90, 0.75)), ("corpus_tune_yn", (0.87, 0.69)),
                                         ("corpus_tune_yo", (0.91, 0.59)), ("corpus_tune_yp", (0.94, 0.82)),
                                         ("corpus_tune_yq", (0.82, 0.52)), ("corpus_tune_yr", (0.84, 0.72)),
                                         ("corpus_tune_ys", (0.76, 0.72)), ("corpus_tune_yt", (0.90, 0.73)),
                                         ("corpus_tune_yu", (0.86, 0.66)), ("corpus_tune_yv", (0.93, 0.86)),
                                         ("corpus_tune_yw", (0.95, 0.80)), ("corpus_tune_yx", (0.86, 0.89)),
                                         ("corpus_tune_yy", (0.88, 0.49)), ("corpus_tune_yz", (0.89, 0.64)),
                                         ("corpus_tune_xa", (0.91, 0.78)), ("corpus_tune_xb", (0.86, 0.69)),
                                         ("corpus_tune_xc", (0.94, 0.74)), ("corpus_tune_xd", (0.85, 0.53)),
                                         ("corpus_tune_xe", (0.94, 0.76)), ("corpus_tune_xf", (0.84, 0.55)),
                                         ("corpus_tune_xg", (0.81, 0.72)), ("corpus_tune_xh", (0.92, 0.75)),
                                         ("corpus_tune_xi", (0.91, 0.73)), ("corpus_tune_xj", (0.95, 0.78)),
                                         ("corpus_tune_xk", (0.92, 0.84)), ("corpus_tune_xl", (0.85, 0.86)),
                                         ("corpus_tune_xm", (0.90, 0.74)), ("corpus_tune_xn", (0.88, 0.75)),
                                         ("corpus_tune_xo", (0.84, 0.67)), ("corpus_tune_xp", (0.94, 0.70)),
                                         ("corpus_tune_xq", (0.90, 0.67)), ("corpus_tune_xr", (0.85, 0.78)),
                                         ("corpus_tune_xs", (0.89, 0.76)), ("corpus_tune_xt", (0.91, 0.58)),
                                         ("corpus_tune_xu", (0.86, 0.72)), ("corpus_tune_xv", (0.92, 0.76)),
                                         ("corpus_tune_wa", (0.84, 0.47)), ("corpus_tune_wb", (0.90, 0.74)),
                                         ("corpus_tune_wc", (0.85, 0.59)), ("corpus_tune_wd", (0.82, 0.72)),
                                         ("corpus_tune_we", (0.88, 0.84)), ("corpus_tune_wf", (0.86, 0.66)),
                                         ("corpus_tune_wg", (0.88, 0.64)), ("corpus_tune_wh", (0.92, 0.85)),
                                         ("corpus_tune_wi", (0.78, 0.61)), ("corpus_tune_wj", (0.83, 0.71)),
                                         ("corpus_tune_wk", (0.83, 0.64)), ("corpus_tune_wl", (0.83, 0.84)),
                                         ("corpus_tune_va", (0.86, 0.84)), ("corpus_tune_vb", (0.86, 0.66)),
                                         ("corpus_tune_vc", (0.85, 0.59)), ("corpus_tune_vd", (0.92, 0.62)),
                                         ("corpus_tune_ve", (0.83, 0.74)), ("corpus_tune_vf", (0.84, 0.75)),
                                         ("corpus_tune_ua", (0.86, 0.64)), ("corpus_tune_ub", (0.87, 0.76)),
                                         ("corpus_tune_uc", (0.82, 0.63)), ("corpus_tune_ud", (0.91, 0.85)),
                                         ("corpus_tune_ue", (0.91, 0.78)), ("corpus_tune_uf", (0.86, 0.73)),
                                         ("corpus_tune_ta", (0.85, 0.81)), ("corpus_tune_tb", (0.89, 0.70)),
                                         ("corpus_tune_tc", (0.91, 0.74)), ("corpus_tune_td", (0.90, 0.73)),
                                         ("corpus_tune_te", (0.89, 0.61)), ("corpus_tune_tf", (0.92, 0.75)),
                                         ("corpus_tune_tg", (0.87, 0.82)), ("corpus_tune_th", (0.91, 0.86)),
                                         ("corpus_tune_ti", (0.85, 0.77)), ("corpus_tune_tj", (0.83, 0.65)),
                                         ("corpus_tune_tk", (0.82, 0.60)), ("corpus_tune_tl", (0.91, 0.78)),
                                         ("corpus_tune_tm", (0.93, 0.89)), ("corpus_tune_tn", (0.90, 0.80)),
                                         ("corpus_tune_to", (0.93, 0.82)), ("corpus_tune_tp", (0.85, 0.60)),
                                         ("corpus_tune_tq", (0.76, 0.80)), ("corpus_tune_tr", (0.84, 0.83)),
                                         ("corpus_tune_ts", (0.89, 0.69)), ("corpus_tune_tt", (0.88, 0.65)),
                                         ("corpus_tune_tu", (0.88, 0.63)), ("corpus_tune_tv", (0.85, 0.87)),
                                         ("corpus_tune_qa", (0.90, 0.65)), ("corpus_tune_qb", (0.90, 0.74)),
                                         ("corpus_tune_qc", (0.91, 0.73)), ("corpus_tune_qd", (0.90, 0.69)),
                                         ("corpus_tune_qe", (0.80, 0.80)), ("corpus_tune_qf", (0.90, 0.80)),
                                         ("corpus_heldout", (0.79, 0.70)), ("corpus_heldout_b", (0.87, 0.69)),
                                         ("corpus_heldout_c", (0.80, 0.61)), ("corpus_heldout_d", (0.88, 0.63)),
                                         ("corpus_heldout_e", (0.85, 0.82)), ("corpus_heldout_f", (0.85, 0.82)),
                                         ("corpus_heldout_g", (0.85, 0.86)), ("corpus_heldout_h", (0.84, 0.71)),
                                         ("corpus_heldout_i", (0.90, 0.68)), ("corpus_heldout_j", (0.79, 0.62)),
                                         ("corpus_heldout_k", (0.90, 0.60)), ("corpus_heldout_l", (0.85, 0.49)),
                                         ("corpus_heldout_m", (0.74, 0.65)), ("corpus_heldout_n", (0.91, 0.75)),
                                         ("corpus_heldout_o", (0.81, 0.67)), ("corpus_heldout_p", (0.79, 0.62)),
                                         ("corpus_heldout_q", (0.78, 0.65)),
                                         ("corpus_heldout_r", (0.90, 0.72)), ("corpus_heldout_s", (0.88, 0.86)),
                                         ("corpus_heldout_t", (0.89, 0.57)), ("corpus_heldout_u", (0.80, 0.85)),
                                         ("corpus_heldout_v", (0.85, 0.62)), ("corpus_heldout_w", (0.91, 0.82)),
                                         ("corpus_heldout_x", (0.83, 0.48)), ("corpus_heldout_y", (0.84, 0.69)),
                                         ("corpus_heldout_z", (0.85, 0.75)), ("corpus_heldout_za", (0.80, 0.69)),
                                         ("corpus_heldout_zb", (0.90, 0.68)), ("corpus_heldout_zc", (0.81, 0.74)),
                                         ("corpus_heldout_zd", (0.92, 0.73)), ("corpus_heldout_ze", (0.90, 0.70)),
                                         ("corpus_heldout_zf", (0.94, 0.87)), ("corpus_heldout_zg", (0.96, 0.86)),
                                         ("corpus_heldout_zh", (0.92, 0.92)), ("corpus_heldout_zi", (0.87, 0.53))])
def test_quality_annotated_corpus_articles(name, floor, tmp_path):
    gold_file = GOLD / f"{name}.json"
    if not gold_file.exists():
        pytest.skip(f"{gold_file.name} not written yet")
    result = corpus_score(gold_file, tmp_path)
    assert not result["missing_articles"]
    # floors just under the current figures, to catch regressions; targets and figures are in README.md
    # (rounded: 7/10 computes as 0.6999999999999998)
    assert round(result["entity_f1"], 9) >= floor[0], result["entity_f1"]
    assert round(result["relation_f1"], 9) >= floor[1], result["relation_f1"]

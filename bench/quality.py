#!/usr/bin/env python3
"""Extraction quality per category on every annotated set: seeds, samples, corpus tuning and held-out sets.

    python bench/quality.py [--corpus PATH] [--seeds DIR --seeds-gold FILE]

Builds each set (corpus articles are taken from the corpus file by id), scores it with
`kg evaluate`, and prints one Markdown table of precision / recall / F1 per category.
"""
from __future__ import annotations

import argparse
import gzip
import json
import tempfile
from pathlib import Path

from kg.evaluate import ENTITY_CATS, RELATION_CATS, evaluate_store
from kg.pipeline import build
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def merged_gold(files: list[Path], dest: Path) -> Path:
    gold = {"format": "kg-gold/1", "organizations": {}, "articles": {}, "same_entity": []}
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        for name, variants in g["organizations"].items():
            gold["organizations"].setdefault(name, [])
            gold["organizations"][name] = sorted(set(gold["organizations"][name]) | set(variants))
        gold["articles"].update(g["articles"])
    dest.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return dest


def corpus_subset(corpus: Path, ids: set[str], dest: Path) -> Path:
    with gzip.open(corpus, "rt", encoding="utf-8") as src, open(dest, "w", encoding="utf-8") as out:
        for line in src:
            if json.loads(line)["id"] in ids:
                out.write(line)
    return dest


def score(paths: list[Path], gold: Path) -> dict:
    store = open_store()
    build(paths, store, jobs=1)
    return evaluate_store(store, gold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "vn-news-30k.jsonl.gz")
    ap.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    ap.add_argument("--seeds-gold", type=Path, default=SHARED / "gold" / "seeds.json")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-quality-"))
    sets: list[tuple[str, dict]] = []
    if args.seeds.is_dir() and args.seeds_gold.exists():
        sets.append(("seeds", score(sorted(args.seeds.glob("*.txt")), args.seeds_gold)))
    sets.append(("samples", score([ROOT / "data" / "samples"], ROOT / "data" / "samples" / "gold.json")))
    if args.corpus.exists():
        gold_dir = ROOT / "data" / "gold"
        for label, files in (("corpus tuning", sorted(gold_dir.glob("corpus_tune_*.json"))),
                             ("corpus held out", sorted(gold_dir.glob("corpus_heldout*.json")))):
            gold = merged_gold(files, tmp / f"{len(sets)}.json")
            ids = set(json.loads(gold.read_text(encoding="utf-8"))["articles"])
            sets.append((label, score([corpus_subset(args.corpus, ids, tmp / f"{len(sets)}.jsonl")], gold)))
    head = "| category | " + " | ".join(name for name, _ in sets) + " |"
    lines = [head, "|---|" + "---|" * len(sets)]
    for cat in (*ENTITY_CATS, *RELATION_CATS):
        cells = []
        for _, r in sets:
            s = r["categories"].get(cat)
            cells.append(f"{s.precision:.2f} / {s.recall:.2f} / {s.f1:.2f}" if s and s.tp + s.fp + s.fn else "–")
        lines.append(f"| {cat} (P / R / F1) | " + " | ".join(cells) + " |")
    lines.append("| **entity F1** | " + " | ".join(f"**{r['entity_f1']:.3f}**" for _, r in sets) + " |")
    lines.append("| **relation F1** | " + " | ".join(f"**{r['relation_f1']:.3f}**" for _, r in sets) + " |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Fuzz ingest and extraction for a fixed time: random bytes and Vietnamese-like text in, no crash out.

    python bench/fuzz.py --minutes 10

Each example goes through the whole per-article path a user's input takes: bytes are
decoded and cleaned like a file, then annotated, extracted and turned into quads that
must parse back. Any exception is a crash (an article may be refused, with a reason).
Prints examples run and crashes; exits 1 on any crash.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback

import pyoxigraph as ox

from kg.document import Document
from kg.ingest.clean import strip_furniture
from kg.ingest.decode import DecodeError, decode
from kg.pipeline import ArticleQuads, process

PIECES = ["Bộ trưởng", "Bộ Y tế", "Nguyễn Văn An", "UBND tỉnh", "Hà Nội", "57-NQ/TW", "07/CT-TTg", "ngày 5/1",
          "Sáng 12-1", "Hội nghị", "các Thứ trưởng:", ",", ";", ".", "\n", "Luật Đất đai", "ông", "nguyên",
          "Quyền", "hợp nhất thành", "Huân chương Lao động hạng Nhì", "cho", "<script>", "\"", "\\", "\u200b",
          "\x00", "Đức", "Tin liên quan", "0:00 / 0:00", "(", ")", "TP.", "Phó Chủ tịch", "Thủ tướng",
          "Nghị quyết 57", "13/2023/NĐ-CP", "tại điểm cầu", "Ủy viên Bộ Chính trị", "-", "&", "Sở TT&TT"]


def random_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 80)))
    if kind < 0.8:
        return "".join(chr(rng.choice([rng.randint(32, 0x2FF), rng.randint(0x1EA0, 0x1EF9), rng.randint(0, 0x10FFFF)]))
                       for _ in range(rng.randint(0, 300)))
    return rng.randbytes(rng.randint(0, 400)).decode("utf-8", errors="replace")


def one(rng: random.Random) -> None:
    text = random_text(rng)
    raw = text.encode("utf-8", errors="surrogatepass") if rng.random() < 0.8 else rng.randbytes(rng.randint(0, 200))
    try:
        decoded, _ = decode(raw)
    except DecodeError:
        return
    body = strip_furniture(decoded)
    result = process(Document("fuzz", body or " ", title=body[:20]))
    if isinstance(result, ArticleQuads):
        store = ox.Store()
        store.load(result.nquads, format=ox.RdfFormat.N_QUADS)
    elif result.reason.startswith("extraction failed"):  # process() turns exceptions into reports: that is a crash
        raise AssertionError(result.reason)
    elif not result.reason:
        raise AssertionError("a refused article must say why")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    end = time.monotonic() + args.minutes * 60
    runs = crashes = 0
    while time.monotonic() < end:
        try:
            one(rng)
        except Exception:  # noqa: BLE001 - report every crash, keep fuzzing
            crashes += 1
            print(f"crash at run {runs}:\n{traceback.format_exc()}", file=sys.stderr)
        runs += 1
    print(f"fuzz: {runs} examples in {args.minutes:g} min, {crashes} crashes")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())

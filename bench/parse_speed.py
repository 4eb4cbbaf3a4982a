"""Benchmark: how fast `parse_text` reads the shared corpus, next to underthesea's NER pipeline.

Not a test. Run with `make bench` (or `.venv/bin/python bench/parse_speed.py`). It pins itself to one
CPU core, parses every corpus text once (after one warm-up parse that loads the agency registry), and
reports MB/s (UTF-8 bytes of input) and documents/s on the process's CPU time. Then it runs
`underthesea.ner` on the same texts, line by line, when underthesea is installed
(`pip install -e '.[bench]'`); by default on every 9th document only (`--underthesea-every K`),
because it is much slower.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_texts(corpus: Path) -> list[tuple[str, str]]:
    """(name, text) for every directive and every JSONL document of the corpus."""
    texts = []
    for path in sorted((corpus / "directives").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n", 2)  # line 1 SOURCE:, line 2 KIND:
        texts.append((path.name, lines[2] if len(lines) > 2 else ""))
    for path in sorted((corpus / "datasets").glob("*/documents.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    texts.append((f"{path.parent.name}:{number}", json.loads(line).get("text") or ""))
    return texts


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity here)"


def measure(texts: list[tuple[str, str]], run) -> dict:
    """Rates on CPU time of this process (steady on a busy machine); wall-clock time is given too."""
    size = sum(len(text.encode("utf-8")) for _, text in texts)
    started, cpu_started = time.perf_counter(), time.process_time()
    for _, text in texts:
        run(text)
    seconds = time.process_time() - cpu_started
    wall = time.perf_counter() - started
    return {"documents": len(texts), "megabytes": round(size / 1e6, 3), "cpu_seconds": round(seconds, 2),
            "wall_seconds": round(wall, 2),
            "mb_per_s": round(size / 1e6 / seconds, 4) if seconds else 0.0,
            "docs_per_s": round(len(texts) / seconds, 2) if seconds else 0.0}


def underthesea_runner():
    """`underthesea.ner` line by line, or None with the reason when it cannot run here."""
    try:
        import underthesea
    except ImportError:
        return None, "underthesea is not installed (pip install -e '.[bench]')"
    try:
        underthesea.ner("Sở Y tế kiểm tra an toàn thực phẩm.")
    except Exception as exc:  # its model may need a download that fails offline
        return None, f"underthesea.ner cannot run here: {type(exc).__name__}: {exc}"

    def run(text: str) -> None:
        for line in text.splitlines():
            if line.strip():
                underthesea.ner(line)

    return run, f"underthesea {underthesea.__version__}, ner() on each non-empty line"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--underthesea-every", type=int, default=9, metavar="K",
                        help="run underthesea on every K-th document (default 9: it is ~70 times slower; "
                             "1 runs it on all, about 13 minutes; 0 skips it)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    pinned = pin_one_core()
    texts = corpus_texts(args.corpus)
    from chidao.text.parse import parse_text

    parse_text("Sở Y tế kiểm tra.")  # warm-up: loads the registry and compiles the patterns
    results = {"machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {pinned}",
               "python": platform.python_version(), "chidao": measure(texts, parse_text)}
    run, label = underthesea_runner() if args.underthesea_every > 0 else (None, "underthesea skipped (K = 0)")
    results["underthesea_label"] = label
    if run is not None:
        subset = texts[:: max(1, args.underthesea_every)]
        results["underthesea"] = measure(subset, run)
        results["speedup"] = round(results["chidao"]["mb_per_s"] / results["underthesea"]["mb_per_s"], 2)
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

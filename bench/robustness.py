"""How the engine's accuracy holds when the same documents reach it laid out another way.

Not a test. Usage, from the repository root:

    .venv/bin/python bench/robustness.py                 # every layout below
    .venv/bin/python bench/robustness.py --layout wrap   # one of them

The gold records of `tests/text/gold` are scored (`bench/accuracy.py`) on the corpus as it is, then on
copies of it whose every text is rewritten one way, as other sources print the same documents:

- `wrap`: lines longer than 80 characters broken at a word, as a PDF's text or a hard-wrapped page prints them;
- `indent`: wrapped, and every line indented by four spaces, as a PDF's text laid out as on the page;
- `blank`: a blank line after every line, as some converters of PDFs and scans print each line as a paragraph;
- `nbsp`: one space in five a no-break space, as text copied from a web page or a word processor;
- `crlf`: Windows line ends;
- `pdf` (only when asked for, about five minutes): each line a justified paragraph of an A4 page printed to PDF
  by Chromium (`chromium` on the PATH), then read back by `chidao.text.readers`, as an uploaded PDF is.

Table rows (lines holding "|") are left as they are. The gold records are unchanged: the facts do not move.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import DEFAULT_CORPUS, DEFAULT_GOLD, evaluate  # noqa: E402

_WIDTH = 80


def wrapped(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        if "|" in line or len(line) <= _WIDTH:
            lines.append(line)
        else:
            lines.extend(textwrap.wrap(line, _WIDTH, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(lines)


def no_break_spaces(text: str) -> str:
    chance = random.Random(1)  # the same spaces on every run
    return "".join("\u00a0" if c == " " and chance.random() < 0.2 else c for c in text)


_PAGE_STYLE = ("body{font-family:'DejaVu Serif',serif;font-size:13pt;margin:2cm 2cm 2cm 3cm}"
               "p{margin:0 0 6pt 0;text-align:justify;text-indent:1cm}")


def printed_to_pdf(text: str) -> str:
    """`text` as an uploaded PDF of it reads: each line a paragraph of a page Chromium prints."""
    from chidao.text.readers import read_path

    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    with tempfile.TemporaryDirectory() as work:
        page, pdf = Path(work) / "page.html", Path(work) / "page.pdf"
        page.write_text(f"<html><head><meta charset='utf-8'><style>{_PAGE_STYLE}</style></head>"
                        f"<body>{paragraphs}</body></html>", encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", str(page)], check=True, capture_output=True, timeout=120)
        return read_path(pdf)


LAYOUTS = {
    "wrap": wrapped,
    "indent": lambda text: "\n".join("    " + line if line.strip() else line for line in wrapped(text).split("\n")),
    "blank": lambda text: text.replace("\n", "\n\n"),
    "nbsp": no_break_spaces,
    "crlf": lambda text: text.replace("\n", "\r\n"),
}
ON_REQUEST = {"pdf": printed_to_pdf}


def rewrite_corpus(corpus: Path, out: Path, layout) -> None:
    """Copy `corpus` into `out`, every text rewritten by `layout` (a corpus file's SOURCE:/KIND: lines kept)."""
    for path in corpus.rglob("*"):
        if path.is_dir():
            continue
        target = out / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".txt":
            head, body = _corpus_lines(path.read_text(encoding="utf-8"))
            target.write_text(head + layout(body), encoding="utf-8")
        elif path.suffix == ".jsonl":
            with target.open("w", encoding="utf-8") as lines:
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        record = json.loads(line)
                        record["text"] = layout(record.get("text") or "")
                        lines.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            target.write_bytes(path.read_bytes())


def _corpus_lines(text: str) -> tuple[str, str]:
    """A corpus file's SOURCE:/KIND: lines, and the document after them."""
    head = ""
    while text.startswith(("SOURCE:", "KIND:")):
        line, _, text = text.partition("\n")
        head += line + "\n"
    return head, text


def scores(gold: Path, corpus: Path) -> dict[str, float]:
    summary = evaluate(gold, corpus).summary()
    return {"references": summary["references_f1"], "header": summary["header_accuracy"],
            "deadlines": summary["deadlines_f1"], "leads": summary["leads_f1"],
            "lead groups": summary["lead_groups_prefix_f1"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--layout", choices=sorted({**LAYOUTS, **ON_REQUEST}), action="append")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    rows = {"as printed": scores(args.gold, args.corpus)}
    for name in args.layout or LAYOUTS:
        with tempfile.TemporaryDirectory() as out:
            rewrite_corpus(args.corpus, Path(out), {**LAYOUTS, **ON_REQUEST}[name])
            rows[name] = scores(args.gold, Path(out))
    columns = list(rows["as printed"])
    print("| layout | " + " | ".join(columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for name, row in rows.items():
        print(f"| {name} | " + " | ".join(f"{row[c]:.3f}" for c in columns) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Accuracy of the text engine against hand-annotated gold records (tests/text/gold/*.yaml).

Not a test (tests/text/test_gold_accuracy.py holds the floors). Usage, from the repository root:

    .venv/bin/python bench/accuracy.py                      # table of scores over every gold file
    .venv/bin/python bench/accuracy.py --per-document       # plus each document's own table
    .venv/bin/python bench/accuracy.py --json scores.json   # also write the scores as JSON
    .venv/bin/python bench/accuracy.py --gold DIR --corpus DIR

Each gold file names its corpus file (`source`, relative to the corpus folder, `../shared/corpus` by
default). The file is read with `chidao.text.readers.read_path`, its two corpus lines (`SOURCE:`, `KIND:`)
are dropped as the corpus tests do, and `chidao.text.parse_text` parses the rest. A gold file may instead
point into a JSON Lines dataset: `source: datasets/<name>/documents.jsonl` plus `record: "<so_hieu>"`
selects the line whose `so_hieu` is that code, and its `text` field is read as a .txt file would be (it
has no corpus lines to drop). Scores are micro-averaged over documents (counts are summed first):

- references: matched on the code; among matched ones, how often type and issued_on agree;
- header: accuracy per field (type, code, issued_on, place, issuer, signer);
- deadlines: multisets of (date, start_date), and of (kind, date, start_date);
- leads / lead groups: per document, the multiset of normalized names over all tasks (group phrases also
  with a looser match, where a phrase matches one that extends it);
- task deadlines: gold tasks aligned with parsed ones by clause and an overlapping lead; the share of
  aligned tasks whose deadline has the same date.

A gold file with `tasks_partial: true` annotates a contiguous run of tasks only: its leads are scored
against the parsed tasks from the first gold clause to the last; when those clauses cannot be found among
the parsed tasks, the document is left out of the task scores (the report says which).
Names are compared after `normalize_name`: folded, abbreviations expanded, a leading personal title dropped
(and, for group phrases, a leading "các").
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests" / "text" / "gold"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

HEADER_FIELDS = ("type", "code", "issued_on", "place", "issuer", "signer")
DEADLINE_KINDS = ("before", "by", "on", "range", "month", "quarter", "half", "year", "relative", "recurring",
                  "continuous", "lunar")


# --- counting --------------------------------------------------------------------------------------------

@dataclass
class Score:
    """Matched items (`tp`) out of `predicted` and `gold` ones: precision, recall and F1."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "predicted": self.predicted, "gold": self.gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Share:
    """`hits` out of `total` (accuracy of a field, agreement among matched items)."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def __add__(self, other: Share) -> Share:
        return Share(self.hits + other.hits, self.total + other.total)

    def as_dict(self) -> dict:
        return {"hits": self.hits, "total": self.total, "value": round(self.value, 4)}


def multiset_score(gold: list, predicted: list) -> Score:
    """Score two lists as multisets: an item matches as many times as it occurs in both."""
    common = Counter(gold) & Counter(predicted)
    return Score(sum(common.values()), len(predicted), len(gold))


def starts_phrase(longer: str, shorter: str) -> bool:
    """`shorter` is `longer` or its beginning, ending at a word or list boundary."""
    return longer == shorter or longer.startswith(shorter) and longer[len(shorter)] in " ,"


def prefix_score(gold: list[str], predicted: list[str]) -> Score:
    """Like `multiset_score`, but a phrase also matches one that extends it ("UBND các tỉnh, thành phố"
    and "… trực thuộc Trung ương"): group phrases are printed with qualifiers of varying length."""
    left = list(predicted)
    tp = 0
    for phrase in sorted(gold, key=lambda g: g not in left):  # exact matches take their partner first
        found = next((p for p in left if starts_phrase(p, phrase) or starts_phrase(phrase, p)), None)
        if found is not None:
            left.remove(found)
            tp += 1
    return Score(tp, len(predicted), len(gold))


# --- normalization ---------------------------------------------------------------------------------------

def fold_text(s: str | None) -> str:
    """Folded (lower case, no diacritics, đ→d) with whitespace collapsed; "" for None."""
    from chidao.text.normalize import fold

    return " ".join(fold(s or "").split())


def normalize_code(code: str | None) -> str:
    """A document code for comparison: folded, no whitespace ("15972/SXD-QLN& TTBĐS" = "…&TTBĐS")."""
    return re.sub(r"\s+", "", fold_text(code))


def normalize_clause(clause: str | None) -> str:
    """A clause path for comparison: folded, no spaces or parentheses ("II.2.b.(1)" = "ii.2.b.1")."""
    return re.sub(r"[\s()]", "", fold_text(clause))


# Abbreviations seen in directives, on folded text; those holding "&" come before the bare "&".
_ABBREVIATIONS = [
    ("nn&ptnt", "nong nghiep va phat trien nong thon"),
    ("nn va ptnt", "nong nghiep va phat trien nong thon"),
    ("ld-tb&xh", "lao dong thuong binh va xa hoi"),
    ("ldtbxh", "lao dong thuong binh va xa hoi"),
    ("vh,tt&dl", "van hoa, the thao va du lich"),
    ("vhttdl", "van hoa, the thao va du lich"),
    ("kh&dt", "ke hoach va dau tu"),
    ("gd&dt", "giao duc va dao tao"),
    ("gddt", "giao duc va dao tao"),
    ("tt&tt", "thong tin va truyen thong"),
    ("tn&mt", "tai nguyen va moi truong"),
    ("kh&cn", "khoa hoc va cong nghe"),
    ("khcn", "khoa hoc va cong nghe"),
    ("ubnd", "uy ban nhan dan"),
    ("hdnd", "hoi dong nhan dan"),
    ("mttq", "mat tran to quoc"),
    ("tncs", "thanh nien cong san"),
    ("vpcp", "van phong chinh phu"),
    ("tw", "trung uong"),
    ("tp.", "thanh pho "),
    ("tp", "thanh pho"),
    ("hcm", "ho chi minh"),
    ("&", " va "),
]
_ABBREVIATION = re.compile("|".join(
    r"(?<!\w)" + re.escape(short) + (r"(?!\w)" if short[-1].isalnum() else "") for short, _ in _ABBREVIATIONS))
_EXPANSION = dict(_ABBREVIATIONS)
# A personal title is dropped only before one of these (so "Chủ tịch nước" keeps its title).
_TITLES = ("bo truong", "chu tich", "thu truong", "giam doc")
_AGENCY_HEADS = ("bo ", "uy ban", "so ", "cac ", "co quan", "cong an", "ban ", "van phong", "cuc ", "tong cuc",
                 "dai ", "tap doan", "tong cong ty", "trung tam", "vien ", "thanh tra", "ngan hang", "kho bac",
                 "hoi dong", "toa an", "phong ")


def normalize_name(name: str | None) -> str:
    """An agency or group name for comparison: folded, spaces collapsed, common abbreviations expanded
    ("UBND", "HĐND", "TP.", "NN&PTNT", …), hyphens as spaces, and a leading personal title ("Bộ trưởng",
    "Chủ tịch", "Thủ trưởng", "Giám đốc") dropped when an agency name follows it."""
    s = fold_text(name).strip(" .;:")
    s = _ABBREVIATION.sub(lambda m: _EXPANSION[m.group(0)], s)
    s = re.sub(r"\s*[-–]\s*", " ", s)  # "Lao động - Thương binh" = "Lao động-Thương binh"
    # "Sở Văn hóa, Thể thao và Du lịch" = "Sở Văn hóa - Thể thao và Du lịch": a name's fields printed either way
    s = re.sub(r"\s*,\s*(?=(?:\w+ ){1,3}va )", " ", s)
    s = re.sub(r"\s*,\s*", ", ", s)
    if s.startswith(("so ", "bo ")):  # "Sở Tài nguyên - Môi trường" = "Sở Tài nguyên và Môi trường"
        s = re.sub(r"(?<!\w)va(?!\w)", " ", s)  # (the dash is a blank by now)
    if s.startswith("so ") and s.endswith((" tinh", " thanh pho")):  # "Sở Xây dựng tỉnh" = "Sở Xây dựng": the
        s = s.removesuffix(" tinh").removesuffix(" thanh pho")  # province's own, its level printed or not
    s = " ".join(s.split())
    for title in _TITLES:
        rest = s[len(title) + 1:]
        if s.startswith(title + " ") and rest.startswith(_AGENCY_HEADS):
            return rest
    return s


# --- reading ---------------------------------------------------------------------------------------------

def iso(value) -> str | None:
    """A YAML date (or an ISO string) as an ISO string; None stays None."""
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def load_gold(path: Path) -> dict:
    """Read one gold YAML file, dates as ISO strings, every optional list present."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    header = dict(data.get("header") or {})
    header["issued_on"] = iso(header.get("issued_on"))
    data["header"] = header
    data["references"] = [{**r, "issued_on": iso(r.get("issued_on"))} for r in data.get("references") or []]
    data["deadlines"] = [{**d, "kind": _kind(d.get("kind")), "date": iso(d.get("date")),
                          "start_date": iso(d.get("start_date"))} for d in data.get("deadlines") or []]
    data["tasks"] = [{**t, "deadline": iso(t.get("deadline")), "lead": list(t.get("lead") or []),
                      "lead_groups": list(t.get("lead_groups") or [])} for t in data.get("tasks") or []]
    data["name"] = path.stem
    return data


def _kind(kind) -> str | None:
    # YAML 1.1 reads a bare `on` as true: an annotator who wrote `kind: on` meant the kind "on".
    return "on" if kind is True else kind


def read_corpus_text(path: Path) -> str:
    """The text of a corpus file, read as the project reads files, without its SOURCE:/KIND: lines."""
    from chidao.text.readers import read_path

    text = read_path(path)
    while text.startswith(("SOURCE:", "KIND:")):
        text = text.partition("\n")[2]
    return text


def read_dataset_record(path: Path, record: str) -> str:
    """The `text` of the one line of the JSON Lines file at `path` whose `so_hieu` (or, in a dataset without
    codes, whose `id`) is `record`, read as a .txt file is read (so it is tidied exactly like the corpus
    directives).

    Raises LookupError when no line, or more than one, has that key: a gold file must name exactly one
    document, and a silent fallback would score the parser against the wrong text.
    """
    from chidao.text.readers import read_bytes

    found = [line for line in _dataset_lines(path) if record in (line.get("so_hieu"), line.get("id"))]
    if len(found) != 1:
        problem = "no line has" if not found else f"{len(found)} lines have"
        raise LookupError(f"{path.name}: {problem} so_hieu or id {record!r}")
    return read_bytes(found[0]["text"].encode("utf-8"), f"{record}.txt")


def _dataset_lines(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def read_gold_text(gold: dict, corpus: Path) -> str:
    """The text a gold record was annotated from: a dataset line when it names a `record`, else a corpus
    file."""
    source = corpus / gold["source"]
    if gold.get("record") is not None:
        return read_dataset_record(source, str(gold["record"]))
    return read_corpus_text(source)


def source_label(gold: dict) -> str:
    """Where a gold record's text comes from, as reported and passed to the parser ("…jsonl#224/CĐ-TTg")."""
    record = gold.get("record")
    return gold["source"] if record is None else f"{gold['source']}#{record}"


# --- scoring one document --------------------------------------------------------------------------------

def score_references(gold: list[dict], predicted: list[dict]) -> dict:
    """References matched on their code; type and issued_on agreement among the matched ones."""
    by_code = {}
    for ref in predicted:
        by_code.setdefault(normalize_code(ref.get("code")), ref)
    codes = multiset_score([normalize_code(r["code"]) for r in gold], list(by_code))
    type_agrees, date_agrees = Share(), Share()
    for ref in gold:
        found = by_code.get(normalize_code(ref["code"]))
        if found is None:
            continue
        type_agrees += Share(int(fold_text(found.get("type")) == fold_text(ref.get("type"))), 1)
        date_agrees += Share(int(found.get("issued_on") == ref.get("issued_on")), 1)
    return {"codes": codes, "type": type_agrees, "issued_on": date_agrees}


def header_value(document: dict | None, name: str):
    """The parsed header's value of one gold field (the signer is compared by name)."""
    if not document:
        return None
    value = document.get(name)
    if name == "signer" and isinstance(value, dict):
        value = value.get("name")
    return value


def score_header(gold: dict, document: dict | None) -> dict[str, Share]:
    """One Share per header field: 1/1 when the parsed value equals the gold one, else 0/1."""
    scores = {}
    for name in HEADER_FIELDS:
        want, got = gold.get(name), header_value(document, name)
        if name == "code":
            same = normalize_code(want) == normalize_code(got)
        elif name == "issued_on":
            same = iso(want) == iso(got)
        else:
            same = fold_text(want) == fold_text(got)
        scores[name] = Share(int(same), 1)
    return scores


def score_deadlines(gold: list[dict], predicted: list[dict]) -> dict[str, Score]:
    """Deadlines as multisets of (date, start_date), and of (kind, date, start_date)."""
    def dates(d):
        return (d.get("date"), d.get("start_date"))

    return {"dates": multiset_score([dates(d) for d in gold], [dates(d) for d in predicted]),
            "with_kind": multiset_score([(d.get("kind"),) + dates(d) for d in gold],
                                        [(d.get("kind"),) + dates(d) for d in predicted])}


def lead_names(tasks: list[dict], key: str = "lead") -> list[str]:
    """The normalized names under `key` ("lead" or "lead_groups") over all tasks, repeats kept."""
    names = [normalize_name(name) for task in tasks for name in task.get(key) or []]
    if key == "lead_groups":  # "các sở, ban, ngành" and "sở, ban, ngành" name the same group
        names = [name.removeprefix("cac ") for name in names]
    return names


def partial_window(gold_tasks: list[dict], predicted: list[dict]) -> list[dict] | None:
    """The parsed tasks from the first gold clause to the last (for `tasks_partial` files), or None when
    either clause is not among the parsed tasks."""
    if not gold_tasks:
        return None
    clauses = [normalize_clause(t.get("clause")) for t in predicted]
    first, last = normalize_clause(gold_tasks[0].get("clause")), normalize_clause(gold_tasks[-1].get("clause"))
    if not first or first not in clauses or last not in clauses:
        return None
    begin = clauses.index(first)
    end = len(clauses) - clauses[::-1].index(last)
    return predicted[begin:end] if end > begin else None


def align_tasks(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs (gold task, parsed task): same clause and at least one lead or lead group in common (or both
    without any), each parsed task used once, in text order."""
    def actors(task):
        return {normalize_name(n) for n in (task.get("lead") or []) + (task.get("lead_groups") or [])}

    used: set[int] = set()
    pairs = []
    for want in gold:
        clause, who = normalize_clause(want.get("clause")), actors(want)
        for index, got in enumerate(predicted):
            if index in used or normalize_clause(got.get("clause")) != clause:
                continue
            theirs = actors(got)
            if who & theirs or not who and not theirs:
                used.add(index)
                pairs.append((want, got))
                break
    return pairs


def deadline_date(deadline) -> str | None:
    """The date of a task's deadline: gold gives a date, the parser a deadline record."""
    if isinstance(deadline, dict):
        return deadline.get("date")
    return iso(deadline)


def score_tasks(gold: list[dict], predicted: list[dict]) -> dict:
    """Leads and lead groups (multisets of names), task alignment, and deadline agreement of aligned tasks."""
    pairs = align_tasks(gold, predicted)
    return {"leads": multiset_score(lead_names(gold), lead_names(predicted)),
            "lead_groups": multiset_score(lead_names(gold, "lead_groups"), lead_names(predicted, "lead_groups")),
            "lead_groups_prefix": prefix_score(lead_names(gold, "lead_groups"),
                                               lead_names(predicted, "lead_groups")),
            "aligned": Score(len(pairs), len(predicted), len(gold)),
            "deadline": Share(sum(deadline_date(a["deadline"]) == deadline_date(b.get("deadline"))
                                  for a, b in pairs), len(pairs))}


def score_document(gold: dict, record: dict) -> dict:
    """Every score of one document: its gold record against the parser's record."""
    scores = {"references": score_references(gold["references"], record.get("references") or []),
              "header": score_header(gold["header"], record.get("document")),
              "deadlines": score_deadlines(gold["deadlines"], record.get("deadlines") or []),
              "tasks": None, "tasks_note": None}
    predicted = record.get("tasks") or []
    if gold.get("tasks_partial"):
        predicted = partial_window(gold["tasks"], predicted)
        scores["tasks_note"] = ("partial: scored on the annotated clause range" if predicted is not None
                                else "partial: annotated clauses not found, left out of task scores")
    if predicted is not None:
        scores["tasks"] = score_tasks(gold["tasks"], predicted)
    return scores


# --- the whole gold set ----------------------------------------------------------------------------------

_SHARES = {"type", "issued_on", "deadline", *HEADER_FIELDS}  # the scores that are a Share, by last key


@dataclass
class Report:
    """Scores summed over documents, and each document's own."""

    documents: list[tuple[str, dict]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def total(self, *path: str):
        """The sum over documents of the score at `path` (documents without it are skipped)."""
        parts = []
        for _, scores in self.documents:
            value = scores
            for key in path:
                value = value.get(key) if isinstance(value, dict) else None
            if value is not None:
                parts.append(value)
        return sum(parts, Share() if path[-1] in _SHARES else Score())

    def summary(self) -> dict:
        """The micro-averaged scores, as plain numbers (what the floors in the tests read)."""
        header = {name: self.total("header", name).value for name in HEADER_FIELDS}
        return {
            "documents": len(self.documents),
            "references_f1": self.total("references", "codes").f1,
            "reference_type_agreement": self.total("references", "type").value,
            "reference_date_agreement": self.total("references", "issued_on").value,
            "header": header,
            "header_accuracy": sum((self.total("header", n) for n in HEADER_FIELDS), Share()).value,
            "deadlines_f1": self.total("deadlines", "dates").f1,
            "deadlines_with_kind_f1": self.total("deadlines", "with_kind").f1,
            "leads_f1": self.total("tasks", "leads").f1,
            "lead_groups_f1": self.total("tasks", "lead_groups").f1,
            "lead_groups_prefix_f1": self.total("tasks", "lead_groups_prefix").f1,
            "task_alignment_f1": self.total("tasks", "aligned").f1,
            "task_deadline_agreement": self.total("tasks", "deadline").value,
        }


def evaluate(gold_dir: Path = DEFAULT_GOLD, corpus: Path = DEFAULT_CORPUS) -> Report:
    """Parse the corpus text of every gold record in `gold_dir` and score it (a `record` missing from its
    dataset raises LookupError)."""
    from chidao.text import parse_text

    report = Report()
    for path in sorted(gold_dir.glob("*.yaml")):
        gold = load_gold(path)
        if not (corpus / gold["source"]).exists():
            report.missing.append(source_label(gold))
            continue
        record = parse_text(read_gold_text(gold, corpus), source=source_label(gold))
        report.documents.append((gold["name"], score_document(gold, record)))
    return report


# --- printing --------------------------------------------------------------------------------------------

def _score_row(label: str, score: Score) -> str:
    return (f"{label:<34}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
            f"   {score.tp}/{score.predicted}/{score.gold}")


def _share_row(label: str, share: Share) -> str:
    return f"{label:<34}{'':>14}{share.value:>7.3f}   {share.hits}/{share.total}"


def format_report(report: Report, per_document: bool = False) -> str:
    """The table printed by the command (and, with `per_document`, one block per document)."""
    lines = [f"gold documents scored: {len(report.documents)}"
             + (f" (corpus file missing for {len(report.missing)})" if report.missing else ""),
             f"{'':<34}{'P':>7}{'R':>7}{'F1':>7}   tp/pred/gold (shares: hits/total)"]
    lines += _rows(report.total)
    for name, scores in report.documents:
        if scores["tasks_note"]:
            lines.append(f"note: {name}: {scores['tasks_note']}")
    if per_document:
        for name, scores in report.documents:
            single = Report(documents=[(name, scores)])
            lines += ["", f"== {name}"] + _rows(single.total)
    return "\n".join(lines)


def _rows(total) -> list[str]:
    rows = [_score_row("references (code)", total("references", "codes")),
            _share_row("  type agrees (matched)", total("references", "type")),
            _share_row("  issued_on agrees (matched)", total("references", "issued_on"))]
    rows += [_share_row(f"header.{name}", total("header", name)) for name in HEADER_FIELDS]
    rows += [_score_row("deadlines (date, start_date)", total("deadlines", "dates")),
             _score_row("deadlines with kind", total("deadlines", "with_kind")),
             _score_row("leads", total("tasks", "leads")),
             _score_row("lead groups", total("tasks", "lead_groups")),
             _score_row("  lead groups, prefix match", total("tasks", "lead_groups_prefix")),
             _score_row("tasks aligned (clause + lead)", total("tasks", "aligned")),
             _share_row("  same deadline date (aligned)", total("tasks", "deadline"))]
    return rows


def report_json(report: Report) -> dict:
    """Everything in the report as JSON-ready data."""
    def plain(value):
        if isinstance(value, (Score, Share)):
            return value.as_dict()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return {"summary": report.summary(), "missing": report.missing,
            "documents": {name: plain(scores) for name, scores in report.documents}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, help="also write the scores here")
    parser.add_argument("--per-document", action="store_true", help="also print each document's scores")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    report = evaluate(args.gold, args.corpus)
    print(format_report(report, per_document=args.per_document))
    if args.json:
        args.json.write_text(json.dumps(report_json(report), indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

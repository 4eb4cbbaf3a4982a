"""`chidao import PATH... [--dry-run]`: register many documents at once, each in its own transaction."""

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from chidao.documents import services
from chidao.text.readers import SUPPORTED_SUFFIXES, read_path
from chidao.text.types import ChidaoTextError

IMPORT_SUFFIXES = (*SUPPORTED_SUFFIXES, ".jsonl")


@dataclass
class Item:
    """One document to import: where it came from (for messages) and how to get its text."""

    source: str
    path: Path
    text: str | None = None  # set for a JSON Lines record; files are read when their turn comes
    error: str | None = None  # a record that could not even be read


class _DryRun(Exception):
    """Raised at the end of a dry run to roll everything back."""


class Command(BaseCommand):
    help = ("Nạp hàng loạt văn bản (.txt, .docx, .pdf, .html, hoặc .jsonl mỗi dòng có trường \"text\"): "
            "mỗi văn bản một giao dịch; in tóm tắt created N, duplicate N, failed N.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Tệp hoặc thư mục (đọc cả thư mục con).")
        parser.add_argument("--dry-run", action="store_true", help="Đọc và kiểm tra, không lưu gì.")

    def handle(self, *args, paths, dry_run, verbosity, **options):
        items = list(collect_items(paths))
        if not items:
            raise CommandError(f"Không tìm thấy tệp nào để nạp ({', '.join(IMPORT_SUFFIXES)}).")
        counts = {"created": 0, "duplicate": 0, "failed": 0}
        failures: list[tuple[str, str]] = []
        try:
            # A dry run does every save inside one outer transaction that is rolled back at the end, so a
            # document repeated within the batch is still counted as a duplicate.
            with transaction.atomic():
                for item in tqdm(items, file=sys.stderr, unit="văn bản", disable=verbosity == 0):
                    outcome, reason = import_item(item)
                    counts[outcome] += 1
                    if reason:
                        failures.append((item.source, reason))
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        for source, reason in failures:
            self.stderr.write(f"{source}: {reason}")
        summary = f"created {counts['created']}, duplicate {counts['duplicate']}, failed {counts['failed']}"
        self.stdout.write(summary + (" (dry run: nothing saved)" if dry_run else ""))
        if counts["failed"] == len(items):
            raise CommandError("Không nạp được văn bản nào.")


def collect_items(paths) -> Iterator[Item]:
    """Files named or found under folders (sorted, so runs are repeatable); JSON Lines give one item a line."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMPORT_SUFFIXES)
        else:
            files = [path]
        for file in files:
            if file.suffix.lower() == ".jsonl":
                yield from _jsonl_items(file)
            else:
                yield Item(source=str(file), path=file)


def _jsonl_items(path: Path) -> Iterator[Item]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield Item(source=str(path), path=path, error=f"không đọc được tệp JSON Lines: {exc}")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = json.loads(line)
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            yield Item(source=source, path=path, error="dòng không phải JSON có trường \"text\" kiểu chuỗi")
            continue
        yield Item(source=str(record.get("source") or record.get("url") or source), path=path, text=text)


def import_item(item: Item) -> tuple[str, str | None]:
    """Read, parse and save one item in its own savepoint: ("created" | "duplicate" | "failed", reason)."""
    if item.error:
        return "failed", item.error
    try:
        raw = item.text if item.text is not None else read_path(item.path)
        pending = services.intake_text(raw, item.source)
        with transaction.atomic():
            services.save_parsed_document(pending.parsed, overrides={"body": pending.text})
    except services.DuplicateDocument as exc:
        return "duplicate", str(exc)
    except (ChidaoTextError, services.IntakeError) as exc:
        return "failed", str(exc)
    except Exception as exc:  # one bad document must not stop a batch of thousands
        return "failed", f"lỗi không lường trước: {type(exc).__name__}: {exc}"
    return "created", None

"""`chidao parse PATH... [--pretty]`: the engine on the command line, one JSON record per input.

Plain text is decoded here (UTF-8, with or without BOM) and passed on unchanged, so the offsets in the
output point into the file as given (after NFC). Other formats (.docx, .pdf, .html, edXML) and text in
other encodings go through `chidao.text.readers`. An input that cannot be read gives one line on standard
error and exit status 1; the other inputs are still parsed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from chidao.text.types import ChidaoTextError

USAGE = "chidao parse PATH... [--pretty]   (PATH '-' reads standard input)"
_CONVERTED = (".docx", ".pdf", ".html", ".htm")


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text[:100_000] if ch < " " and ch not in "\t\n\r\f\v")
    return controls > max(2, min(len(text), 100_000) // 1000)


def decode_text(data: bytes, name: str) -> str:
    """The text of a plain-text input; raises `ChidaoTextError` for empty or binary data."""
    if not data.strip():
        raise ChidaoTextError("đầu vào rỗng, không có nội dung")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ChidaoTextError("dữ liệu nhị phân (có byte NUL), không phải văn bản")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from chidao.text.readers import read_bytes  # UTF-16 and the legacy 8-bit encodings

        text = read_bytes(data, Path(name).stem + ".txt")
    if _looks_binary(text):
        raise ChidaoTextError("dữ liệu nhị phân, không phải văn bản")
    if not text.strip():
        raise ChidaoTextError("đầu vào rỗng, không có nội dung")
    return text


def read_input(path: str) -> str:
    """The text of one command-line input (`-` is standard input)."""
    if path == "-":
        return decode_text(sys.stdin.buffer.read(), "stdin.txt")
    target = Path(path)
    if target.is_dir():
        raise ChidaoTextError("là một thư mục, không phải tệp")
    from chidao.text import readers

    converted = set(getattr(readers, "SUPPORTED_SUFFIXES", _CONVERTED)) - {".txt"}
    if target.suffix.lower() in converted:  # .docx, .pdf, .html and whatever the readers learn next
        return readers.read_path(target)
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise ChidaoTextError(f"không đọc được tệp ({exc.strerror or exc})") from exc
    return decode_text(data, target.name)


def main(argv: list[str]) -> int:
    """Parse every PATH and print one `chidao.parse/1` record per input; 0 when all were read."""
    parser = argparse.ArgumentParser(
        prog="chidao parse", usage=USAGE,
        description="Đọc văn bản chỉ đạo, điều hành và in bản ghi JSON chidao.parse/1 cho mỗi tệp.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="tệp .txt/.docx/.pdf/.html/edXML (.xml), hoặc - (stdin)")
    parser.add_argument("--pretty", action="store_true", help="in JSON có thụt lề, dễ đọc")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage line
        return int(exc.code or 0)
    from chidao.text.parse import parse_text

    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # Vietnamese output whatever the locale says
    status = 0
    for path in args.paths:
        try:
            text = read_input(path)
        except ChidaoTextError as exc:
            print(f"chidao parse: {path}: {str(exc).rstrip('.')}", file=sys.stderr)
            status = 1
            continue
        record = parse_text(text, source=path)
        if args.pretty:
            out = json.dumps(record, ensure_ascii=False, indent=2)
        else:
            out = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        try:
            sys.stdout.write(out + "\n")
            sys.stdout.flush()
        except BrokenPipeError:  # `chidao parse … | head`: the reader has gone, stop quietly
            return status
    return status

"""The text engine: Vietnamese administrative text in, `chidao.parse/1` records out. No Django here.

The names below are imported lazily, so that `import chidao.text` stays cheap and a command that needs
one part of the engine does not load the rest.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "parse_text": "chidao.text.parse",
    "find_tasks": "chidao.text.assignments",
    "split_blocks": "chidao.text.blocks",
    "prepare": "chidao.text.normalize",
    "fold": "chidao.text.normalize",
    "clean": "chidao.text.normalize",
    "find_codes": "chidao.text.codes",
    "parse_code": "chidao.text.codes",
    "symbol_names_type": "chidao.text.codes",
    "find_references": "chidao.text.references",
    "find_dates": "chidao.text.dates",
    "parse_date": "chidao.text.dates",
    "find_deadlines": "chidao.text.deadlines",
    "load_registry": "chidao.text.agencies",
    "find_groups": "chidao.text.agencies",
    "parse_header": "chidao.text.documents",
    "find_document_bounds": "chidao.text.documents",
    "read_page_metadata": "chidao.text.documents",
    "parse_digest": "chidao.text.digests",
    "find_text_issues": "chidao.text.checks",
    "read_path": "chidao.text.readers",
    "read_bytes": "chidao.text.readers",
    "ChidaoTextError": "chidao.text.types",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'chidao.text' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)

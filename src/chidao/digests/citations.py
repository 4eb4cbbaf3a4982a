"""The citation a digest section gives for its own document: "(Công văn số 02/UBND-KT, ngày 02/01/2024)".

Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3 and II.4: a document is named by its tên loại, the word
"số", the số/ký hiệu (number, "/", optional year, "/", ký hiệu, no spaces) and its date of issue. Code
recognition itself is the engine's (`chidao.text.codes`); here we only read the printed form.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

# A code-like token: digits, optional spaces, "/", then a letter (02/UBND-KT, 02 /UBND-KT, 19-KH/BCĐ).
_CODE_LIKE = re.compile(r"\d{1,5}(?:\s{0,2}/\s{0,2}(?:\d{4}\s{0,2}/\s{0,2})?[A-ZĐ]|-[A-ZĐ]{1,10}/)")
_PARENS = re.compile(r"\(([^()\n]{4,240})\)")
_ISSUES = re.compile(r"\bban hành\s")
_SO = re.compile(r"\bsố\s*(?=\d)")
_DATE = re.compile(r"(,?)\s{0,3}ngày\s{0,3}(\d{1,2})/(\d{1,2})/(\d{4})")
_CODE_END = re.compile(r"\s*(?:,|\)|$|\sngày\b|\svề\b|\scủa\b|\squy\b)")


@dataclass
class Citation:
    """One citation as printed, with its parts and where it is."""

    text: str
    type_text: str
    has_so: bool
    code_text: str
    comma: bool
    issued_on: datetime.date | None
    start: int
    end: int

    @property
    def code(self) -> str:
        """The printed code with spaces removed (the engine's parse_code gives the canonical form)."""
        return re.sub(r"\s+", "", self.code_text)


def _parse(text: str, start: int, limit: int) -> Citation | None:
    """Read "Type số CODE, ngày DD/MM/YYYY" from `text[start:limit]`, tolerating missing parts."""
    window = text[start:limit]
    code_match = _CODE_LIKE.search(window)
    if not code_match or code_match.start() > 60:
        return None
    head = window[: code_match.start()]
    so = _SO.search(head + "0")
    type_text = (head[: so.start()] if so else head).strip(" ,:")
    code_start = code_match.start()
    end_match = _CODE_END.search(window, code_match.end())
    code_end = end_match.start() if end_match else min(len(window), code_start + 60)
    code_text = window[code_start:code_end].strip()
    date_match = _DATE.match(window, code_end)
    issued_on = None
    end = code_end
    if date_match:
        day, month, year = (int(g) for g in date_match.groups()[1:])
        try:
            issued_on = datetime.date(year, month, day)
        except ValueError:
            issued_on = None
        end = date_match.end()
    return Citation(text=window[:end].strip(), type_text=type_text, has_so=bool(so), code_text=code_text,
                    comma=bool(date_match and date_match.group(1)), issued_on=issued_on,
                    start=start, end=start + end)


def find_own_citation(text: str, start: int, end: int) -> Citation | None:
    """The citation of the section's own document in its first paragraph `text[start:end]`.

    The house puts it in parentheses after what the People's Committee did; some sections say
    "ban hành Kế hoạch số …, ngày …" instead.
    """
    for match in _PARENS.finditer(text, start, end):
        if _CODE_LIKE.search(match.group(1)):
            return _parse(text, match.start(1), match.end(1))
    issues = _ISSUES.search(text, start, end)
    if issues:
        return _parse(text, issues.end(), min(end, issues.end() + 240))
    return None

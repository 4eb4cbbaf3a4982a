"""Who does an agency's work on a given day, after mergers, splits and the end of the district level.

Example: a task given in 2024 to Sở Kế hoạch và Đầu tư belongs, from 1 March 2025, to Sở Tài chính
(Nghị quyết 04/NQ-HĐND ngày 18/02/2025 của HĐND tỉnh Lạng Sơn); see chidao/data/provinces/lang-son.yaml.
"""

from __future__ import annotations

import datetime

from chidao.registry.models import Agency


def current_successors(agency: Agency, on: datetime.date) -> list[Agency]:
    """The agencies doing `agency`'s work on `on`, in the data file's order.

    `[agency]` while it exists; once it has ended, its successors that exist on `on`, following chains
    (a successor that was itself merged later is replaced by its own successors). An agency abolished
    without successors, or a date before every candidate existed, gives []. Cycles in bad data are cut.
    """
    result: list[Agency] = []
    seen: set[int] = set()
    pending = [agency]
    while pending:
        current = pending.pop(0)
        if current.pk in seen:
            continue
        seen.add(current.pk)
        if current.is_active_on(on):
            result.append(current)
        elif current.valid_to is not None and current.valid_to < on:
            pending.extend(current.successors.order_by("pk"))
    return result

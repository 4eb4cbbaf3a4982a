"""Copy the engine's registry data (chidao/data/*.yaml) into Agency rows, idempotently."""

from __future__ import annotations

from collections import Counter

from chidao.registry.models import Agency
from chidao.text.agencies import AgencyRecord, Registry

_FIELDS = ("name", "short_name", "aliases", "kind", "level", "national_code", "valid_from", "valid_to",
           "end_reason", "source_note")


def _values(record: AgencyRecord) -> dict:
    source = "chidao/data/central.yaml" if record.source == "central" else f"chidao/data/provinces/{record.source}.yaml"
    return {
        "name": record.name, "short_name": record.short_name, "aliases": list(record.aliases),
        "kind": record.kind, "level": record.level, "national_code": record.national_code,
        "valid_from": record.valid_from, "valid_to": record.valid_to, "end_reason": record.end_reason or "",
        "source_note": source,
    }


def check_references(registry: Registry) -> list[str]:
    """Problems that would leave the database inconsistent: unknown parents or successors."""
    problems = []
    for r in registry.records:
        for other in ([r.parent] if r.parent else []) + list(r.successors):
            if other not in registry.by_id:
                problems.append(f"{r.id}: không có cơ quan '{other}'")
    return problems


def sync_registry(registry: Registry) -> Counter:
    """Create or update one Agency per record (matched by slug), then set parents and successors.

    Returns counts: created, updated, unchanged, and `others` (rows not in the data, left untouched:
    an agency added by hand, or ended, is never deleted here). Call inside a transaction."""
    counts: Counter = Counter()
    existing = {a.slug: a for a in Agency.objects.filter(slug__in=registry.by_id).prefetch_related("successors")}
    agencies: dict[str, Agency] = {}
    changed: set[str] = set()
    for record in registry.records:
        values = _values(record)
        parent = agencies.get(record.parent) or existing.get(record.parent) if record.parent else None
        if parent is not None or not record.parent:
            values["parent"] = parent  # set now when possible: one history entry per change
        agency = existing.get(record.id)
        if agency is None:
            agency = Agency.objects.create(slug=record.id, **values)
            counts["created"] += 1
            changed.add(record.id)
        elif any(getattr(agency, f) != v for f, v in values.items()):
            for field, value in values.items():
                setattr(agency, field, value)
            agency.save()
            changed.add(record.id)
        agencies[record.id] = agency
    for record in registry.records:
        agency = agencies[record.id]
        parent = agencies[record.parent] if record.parent else None
        if agency.parent_id != (parent.pk if parent else None):
            agency.parent = parent
            agency.save(update_fields=["parent"])
            changed.add(record.id)
        wanted = {agencies[s].pk for s in record.successors}
        has = {a.pk for a in agency.successors.all()} if record.id in existing else set()
        if has != wanted:
            agency.successors.set(wanted)
            changed.add(record.id)
    counts["updated"] = len(changed) - counts["created"]
    counts["unchanged"] = len(registry.records) - len(changed)
    counts["others"] = Agency.objects.exclude(slug__in=registry.by_id).count()
    return counts

"""Vietnamese search over published documents: accents and case do not matter ("hoa" finds "Hòa")."""

from chidao.text.normalize import fold


def document_haystack(document) -> str:
    parts = [document.doc_type, document.code, document.subject, document.issuer_name, document.body]
    return fold(" ".join(p for p in parts if p))


def search_documents(queryset, query: str, limit: int = 200):
    """Documents whose folded text contains every folded word of the query, newest first."""
    words = fold(query).split()
    if not words:
        return list(queryset[:limit])
    found = []
    for document in queryset.iterator():
        haystack = document_haystack(document)
        if all(word in haystack for word in words):
            found.append(document)
            if len(found) >= limit:
                break
    return found

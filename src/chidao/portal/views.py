from django.shortcuts import get_object_or_404, render

from chidao.documents.models import Document


def home(request):
    documents = Document.objects.published()[:20]
    return render(request, "portal/home.html", {"documents": documents})


def document(request, uid):
    doc = get_object_or_404(Document.objects.published(), uid=uid)
    return render(request, "portal/document.html", {"document": doc})

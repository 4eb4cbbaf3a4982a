from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "chidao.documents"
    label = "documents"

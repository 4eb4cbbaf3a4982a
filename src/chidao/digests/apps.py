from django.apps import AppConfig


class DigestsConfig(AppConfig):
    name = "chidao.digests"
    label = "digests"

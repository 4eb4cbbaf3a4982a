from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "chidao.core"
    label = "core"
    verbose_name = "chidao"

    def ready(self):
        from chidao.core import checks  # noqa: F401  (registers the system checks)

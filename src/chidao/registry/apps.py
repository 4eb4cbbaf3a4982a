from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "chidao.registry"
    label = "registry"

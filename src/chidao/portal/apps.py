from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "chidao.portal"
    label = "portal"

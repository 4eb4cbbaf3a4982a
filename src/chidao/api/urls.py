from django.urls import path

from chidao.api.api import api

# No app_name here: django-ninja namespaces its own URLs ("api:...") and its docs page reverses through it.
urlpatterns = [path("", api.urls)]

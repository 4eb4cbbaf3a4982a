"""WSGI entry point for gunicorn: `gunicorn chidao.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chidao.settings")
application = get_wsgi_application()

"""Django settings, read from environment variables with safe defaults (see .env.example)."""

import secrets
from pathlib import Path

import dj_database_url

from chidao.conf import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(env_str("CHIDAO_VAR_DIR", str(Path.cwd() / "var")))

PRODUCTION = env_bool("CHIDAO_PRODUCTION", False)
DEBUG = env_bool("CHIDAO_DEBUG", False)


def _local_secret_key() -> str:
    """A key generated once into var/ so a fresh clone runs with no configuration."""
    path = VAR_DIR / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(50)
        path.write_text(key)
        path.chmod(0o600)
        return key


# In production the key must come from the environment; the placeholder lets system check chidao.E001
# report the problem instead of a bare ImproperlyConfigured at the first request.
SECRET_KEY = env_str("CHIDAO_SECRET_KEY") or ("missing" if PRODUCTION else _local_secret_key())
ALLOWED_HOSTS = env_list("CHIDAO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CHIDAO_CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("CHIDAO_SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "simple_history",
    "chidao.core",
    "chidao.registry",
    "chidao.documents",
    "chidao.tasks",
    "chidao.digests",
    "chidao.portal",
    "chidao.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "chidao.urls"
WSGI_APPLICATION = "chidao.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "chidao.core.context_processors.site",
            ],
        },
    },
]

DATABASE_URL = env_str("CHIDAO_DATABASE_URL") or f"sqlite:///{VAR_DIR / 'chidao.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("CHIDAO_DB_CONN_MAX_AGE", 0))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the background worker write while the web process reads.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "portal:home"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = env_str("CHIDAO_TIME_ZONE", "Asia/Ho_Chi_Minh")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("CHIDAO_STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("CHIDAO_MEDIA_ROOT", str(VAR_DIR / "media")))
# Outside production WhiteNoise serves straight from the apps' static folders, so `make run` needs no
# collectstatic even with DEBUG off.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_BACKEND = env_str("CHIDAO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("CHIDAO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("CHIDAO_EMAIL_PORT", 25)
DEFAULT_FROM_EMAIL = env_str("CHIDAO_DEFAULT_FROM_EMAIL", "chidao@localhost")

# Intake refuses larger uploads with a clear message (documents are text, rarely over a few MB).
CHIDAO_UPLOAD_MAX_BYTES = env_int("CHIDAO_UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = CHIDAO_UPLOAD_MAX_BYTES + 1024 * 1024
CHIDAO_PROVINCE = env_str("CHIDAO_PROVINCE", "lang-son")
CHIDAO_WORKER_INTERVAL = env_int("CHIDAO_WORKER_INTERVAL", 60)
# Days before a task's deadline when its lead agency is reminded, comma-separated (chidao.tasks.reminders).
CHIDAO_REMINDER_DAYS = env_str("CHIDAO_REMINDER_DAYS", "7,1")

if PRODUCTION:
    SESSION_COOKIE_SECURE = env_bool("CHIDAO_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("CHIDAO_LOG_LEVEL", "WARNING")},
}

AUTH_USER_MODEL = "core.User"

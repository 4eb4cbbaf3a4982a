"""System checks for the configuration: bad settings fail loudly and early, with stable ids and hints."""

import os
import zoneinfo

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from chidao.conf import env_str

SUPPORTED_ENGINES = ("django.db.backends.sqlite3", "django.db.backends.postgresql")


@register(Tags.security, deploy=False)
def check_secret_key(app_configs, **kwargs):
    if settings.PRODUCTION and len(settings.SECRET_KEY) < 32:
        return [Error(
            "CHIDAO_SECRET_KEY is missing or too short in production mode.",
            hint="Set CHIDAO_SECRET_KEY to a random string of at least 32 characters.",
            id="chidao.E001",
        )]
    return []


@register(Tags.database)
def check_database_engine(app_configs, **kwargs):
    engine = settings.DATABASES["default"].get("ENGINE", "")
    if engine not in SUPPORTED_ENGINES:
        return [Error(
            f"CHIDAO_DATABASE_URL points to an unsupported database engine ({engine or 'none'}).",
            hint="Use sqlite:///path/to/file.sqlite3 or postgres://user@host:5432/name.",
            id="chidao.E002",
        )]
    return []


INTEGER_VARIABLES = ("CHIDAO_UPLOAD_MAX_BYTES", "CHIDAO_WORKER_INTERVAL", "CHIDAO_EMAIL_PORT", "CHIDAO_DB_CONN_MAX_AGE")


@register()
def check_integer_variables(app_configs, **kwargs):
    errors = []
    for name in INTEGER_VARIABLES:
        value = os.environ.get(name)
        if value is not None and value.strip() and not value.strip().lstrip("-").isdigit():
            errors.append(Error(
                f"{name} must be a whole number, not {value!r}.",
                hint=f"Unset {name} to use the default, or give it a number.",
                id="chidao.E003",
            ))
    if settings.CHIDAO_UPLOAD_MAX_BYTES <= 0:
        errors.append(Error("CHIDAO_UPLOAD_MAX_BYTES must be positive.", id="chidao.E004"))
    return errors


@register()
def check_time_zone(app_configs, **kwargs):
    try:
        zoneinfo.ZoneInfo(settings.TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return [Error(f"CHIDAO_TIME_ZONE {settings.TIME_ZONE!r} is not a known time zone.",
                      hint="Use Asia/Ho_Chi_Minh.", id="chidao.E005")]
    return []


@register(Tags.security)
def check_production_hosts(app_configs, **kwargs):
    warnings = []
    if settings.PRODUCTION and settings.DEBUG:
        warnings.append(Error("CHIDAO_DEBUG must be off in production mode.", id="chidao.E006"))
    if settings.PRODUCTION and not env_str("CHIDAO_ALLOWED_HOSTS"):
        warnings.append(Warning(
            "CHIDAO_ALLOWED_HOSTS is not set in production mode; only localhost is served.",
            hint="Set CHIDAO_ALLOWED_HOSTS to the site's host names, comma-separated.",
            id="chidao.W001",
        ))
    return warnings


@register()
def check_province(app_configs, **kwargs):
    from pathlib import Path

    data = Path(__file__).resolve().parent.parent / "data" / "provinces" / f"{settings.CHIDAO_PROVINCE}.yaml"
    if not data.exists():
        return [Error(f"CHIDAO_PROVINCE {settings.CHIDAO_PROVINCE!r} has no registry data file.",
                      hint="Use a province with a file in chidao/data/provinces/, e.g. lang-son.", id="chidao.E007")]
    return []


@register()
def check_reminder_days(app_configs, **kwargs):
    from django.core.exceptions import ImproperlyConfigured

    from chidao.tasks.reminders import reminder_days

    try:
        reminder_days()
    except ImproperlyConfigured as error:
        return [Error(str(error), hint="Ví dụ: CHIDAO_REMINDER_DAYS=7,1", id="chidao.E008")]
    return []

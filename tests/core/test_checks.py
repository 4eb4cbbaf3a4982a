"""Bad configuration is reported by system checks with stable ids."""

from chidao.core import checks


def ids(messages):
    return [m.id for m in messages]


def test_default_configuration_passes_every_check():
    assert checks.check_secret_key(None) == []
    assert checks.check_database_engine(None) == []
    assert checks.check_integer_variables(None) == []
    assert checks.check_time_zone(None) == []
    assert checks.check_province(None) == []


def test_production_without_secret_key_is_an_error(settings):
    settings.PRODUCTION = True
    settings.SECRET_KEY = "missing"
    assert ids(checks.check_secret_key(None)) == ["chidao.E001"]


def test_unsupported_database_engine_is_an_error(settings, monkeypatch):
    monkeypatch.setitem(settings.DATABASES["default"], "ENGINE", "django.db.backends.oracle")
    assert ids(checks.check_database_engine(None)) == ["chidao.E002"]


def test_non_numeric_integer_variable_is_an_error(monkeypatch):
    monkeypatch.setenv("CHIDAO_UPLOAD_MAX_BYTES", "ten megabytes")
    assert "chidao.E003" in ids(checks.check_integer_variables(None))


def test_non_positive_upload_limit_is_an_error(settings):
    settings.CHIDAO_UPLOAD_MAX_BYTES = 0
    assert "chidao.E004" in ids(checks.check_integer_variables(None))


def test_unknown_time_zone_is_an_error(settings):
    settings.TIME_ZONE = "Mars/Olympus"
    assert ids(checks.check_time_zone(None)) == ["chidao.E005"]


def test_debug_in_production_is_an_error_and_missing_hosts_a_warning(settings, monkeypatch):
    monkeypatch.delenv("CHIDAO_ALLOWED_HOSTS", raising=False)
    settings.PRODUCTION = True
    settings.DEBUG = True
    assert ids(checks.check_production_hosts(None)) == ["chidao.E006", "chidao.W001"]


def test_unknown_province_is_an_error(settings):
    settings.CHIDAO_PROVINCE = "atlantis"
    assert ids(checks.check_province(None)) == ["chidao.E007"]


def test_settings_helpers_read_typed_values(monkeypatch):
    from chidao.conf import env_bool, env_int, env_list

    monkeypatch.setenv("X_BOOL", "yes")
    monkeypatch.setenv("X_INT", "12")
    monkeypatch.setenv("X_LIST", "a, b,,c")
    assert env_bool("X_BOOL") is True
    assert env_int("X_INT", 3) == 12
    assert env_int("X_MISSING", 3) == 3
    assert env_list("X_LIST") == ["a", "b", "c"]


def test_reminder_days_that_are_not_numbers_are_an_error(settings):
    settings.CHIDAO_REMINDER_DAYS = "bảy, một"
    assert ids(checks.check_reminder_days(None)) == ["chidao.E008"]


def test_reminder_days_out_of_range_are_an_error(settings):
    settings.CHIDAO_REMINDER_DAYS = "0,400"
    assert ids(checks.check_reminder_days(None)) == ["chidao.E008"]


def test_default_reminder_days_pass(settings):
    assert checks.check_reminder_days(None) == []

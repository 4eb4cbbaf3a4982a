import pytest


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The shared users are created in nearly every test here; a slow hash only costs time."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

from __future__ import annotations

import io

import pytest
from allauth.account.models import EmailAddress
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

from listings.queries import reset_reference_cache
from listings.services import load_reference_data
from marketplace.celery import app as celery_app

DB_FIXTURES = {"db", "transactional_db", "live_server", "django_db_reset_sequences", "django_db_serialized_rollback"}


@pytest.fixture(autouse=True)
def _settings_for_tests(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters live in the cache (Redis in CI): no test may inherit another's. The
    database cache needs no clearing: it rolls back with each test's transaction."""
    from django.conf import settings
    from django.core.cache import cache

    if "RedisCache" in settings.CACHES["default"]["BACKEND"]:
        cache.clear()
    yield


@pytest.fixture(autouse=True)
def _eager_tasks(request):
    """Unit tests run tasks in-process; tests marked real_worker send them through the broker."""
    real = request.node.get_closest_marker("real_worker") is not None
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = not real
    celery_app.conf.task_eager_propagates = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Categories and regions of RULES.md in every test that touches the database."""
    reset_reference_cache()
    names = set(request.fixturenames)
    if names & DB_FIXTURES:
        # Autouse fixtures run first: open the same kind of database access the test asked for.
        request.getfixturevalue("transactional_db" if names & {"transactional_db", "live_server"} else "db")
        from listings.models import Category

        if not Category.objects.exists():
            load_reference_data()
    yield
    reset_reference_cache()


@pytest.fixture
def make_user(db):
    from accounts.models import User

    def make(
        email: str = "seller@example.com", *, verified: bool = True, password: str = "a-long-password-1", **extra
    ) -> User:
        user = User.objects.create_user(email=email, password=password, **extra)
        EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
        return user

    return make


@pytest.fixture
def seller(make_user):
    return make_user()


@pytest.fixture
def seller_client(client, seller):
    client.force_login(seller)
    return client


def photo_bytes(size=(800, 600), colour=(30, 120, 200), fmt="JPEG", text: str | None = None) -> bytes:
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle([size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2], fill=(240, 200, 40))
    if text:
        draw.text((20, 20), text, fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


@pytest.fixture
def jpeg_upload():
    def make(name: str = "photo.jpg", **kwargs) -> SimpleUploadedFile:
        return SimpleUploadedFile(name, photo_bytes(**kwargs), content_type="image/jpeg")

    return make

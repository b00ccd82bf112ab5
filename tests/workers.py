"""A real Celery worker process for the tests that must prove tasks travel through the broker.

Fixtures (import them into a test module, which registers them under their names:
``from tests.workers import celery_worker_fixture  # noqa: F401``):

* ``celery_worker`` — a stopped worker: its queues (moderation, photos, default) are purged when the test
  starts, the test enqueues what it wants, then calls ``celery_worker.start()``. Use it to show
  that messages sent *before* any worker existed sit in Redis and are consumed later.
* ``celery_worker_process`` — the same, already started and ready.

The worker runs ``celery -A marketplace worker -Q <every routed queue> --pool solo`` against the
test database this process uses and the configured broker, and is stopped (SIGTERM, then SIGKILL
after 10 s) before the database is flushed. Its log is printed at teardown, so pytest shows it
under "Captured stdout teardown" when the test fails.

Without CELERY_BROKER_URL the tests skip; with REQUIRE_SERVICES=1 (CI) they fail instead.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection

from marketplace.celery import app as celery_app

REPO_ROOT = Path(__file__).resolve().parent.parent


def configured_queues() -> tuple[str, ...]:
    """Every queue a task is routed to (CELERY_TASK_ROUTES) and the default one, as `make worker` consumes."""
    routed = [route["queue"] for route in settings.CELERY_TASK_ROUTES.values() if route.get("queue")]
    return tuple(dict.fromkeys([*routed, settings.CELERY_TASK_DEFAULT_QUEUE]))


QUEUES = configured_queues()
READY_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0

T = TypeVar("T")


def services_required() -> bool:
    return os.environ.get("REQUIRE_SERVICES", "").strip().lower() in {"1", "true", "yes", "on"}


def skip_or_fail(reason: str) -> None:
    """Skip on a laptop without the service; fail in CI (REQUIRE_SERVICES=1), never skip silently there."""
    if services_required():
        pytest.fail(f"{reason}; REQUIRE_SERVICES=1 forbids skipping", pytrace=False)
    pytest.skip(reason)


def broker_url() -> str:
    return settings.CELERY_BROKER_URL or ""


def worker_database_url() -> str:
    """DATABASE_URL of the database this test process is using (the test database, not the dev one)."""
    sd = connection.settings_dict
    engine = sd["ENGINE"]
    if engine == "django.db.backends.sqlite3":
        name = str(sd["NAME"])
        if name == ":memory:" or "mode=memory" in name:
            raise RuntimeError("a worker process cannot see an in-memory SQLite test database")
        return f"sqlite:///{Path(name).resolve()}"
    if engine in ("django.db.backends.postgresql", "django.db.backends.postgresql_psycopg2"):
        user = quote(sd.get("USER") or "", safe="")
        password = sd.get("PASSWORD") or ""
        auth = f"{user}:{quote(password, safe='')}@" if password else (f"{user}@" if user else "")
        host = sd.get("HOST") or "localhost"
        port = f":{sd['PORT']}" if sd.get("PORT") else ""
        return f"postgres://{auth}{host}{port}/{quote(sd['NAME'], safe='')}"
    raise RuntimeError(f"no DATABASE_URL for a worker on {engine}")


def purge_queues(queues: tuple[str, ...] = QUEUES) -> int:
    """Drop every message waiting in `queues` (and, on Redis, unacknowledged leftovers of killed workers)."""
    removed = 0
    with celery_app.connection_for_write() as conn:
        channel = conn.default_channel
        for queue in queues:
            removed += channel.queue_purge(queue) or 0
        client = getattr(channel, "client", None)
        if conn.transport.driver_type == "redis" and client is not None:
            # A worker killed mid-task leaves its message in the unacked hash; the next worker would
            # restore it after visibility_timeout and run a stale revision id against this database.
            client.delete(channel.unacked_key, channel.unacked_index_key)
    return removed


def queue_length(queue: str = "moderation") -> int:
    """Messages waiting in `queue` on the broker (not counting ones a worker has taken)."""
    with celery_app.connection_for_write() as conn:
        return conn.default_channel.queue_declare(queue=queue, passive=False).message_count


def wait_for(
    predicate: Callable[[], T],
    timeout: float = 60,
    interval: float = 0.2,
    message: str = "",
    worker: Worker | None = None,
) -> T:
    """Poll `predicate` (typically a database query) until it returns something truthy; return that.

    Fails the test after `timeout` seconds, or at once if `worker` is given and its process died.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if worker is not None and worker.started and not worker.alive:
            pytest.fail(f"the celery worker exited (code {worker.returncode}) while waiting: {message}\n{worker.log()}")
        if time.monotonic() >= deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting: {message or predicate!r}", pytrace=False)
        time.sleep(interval)


class Worker:
    """One `celery worker` subprocess bound to this test's database, broker and media root."""

    def __init__(self, log_path: Path, *, queues: tuple[str, ...] = QUEUES) -> None:
        self.log_path = log_path
        self.queues = queues
        self.hostname = f"test-{uuid.uuid4().hex[:8]}@%h"
        self.process: subprocess.Popen[bytes] | None = None
        self._log_file = None

    @property
    def started(self) -> bool:
        return self.process is not None

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def returncode(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "DJANGO_SETTINGS_MODULE": "marketplace.settings",
            "DATABASE_URL": worker_database_url(),
            "CELERY_BROKER_URL": broker_url(),
            "OMP_THREAD_LIMIT": "1",
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "MARKETPLACE_POLICY": settings.MARKETPLACE_POLICY,
            "MODERATION_MAX_ATTEMPTS": str(settings.MODERATION_MAX_ATTEMPTS),
            "PYTHONUNBUFFERED": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
        })  # fmt: skip
        return env

    def command(self) -> list[str]:
        celery = Path(sys.executable).parent / "celery"
        return [
            str(celery), "-A", "marketplace", "worker",
            "-Q", ",".join(self.queues), "-n", self.hostname,
            "--pool", "solo", "--concurrency", "1",
            "--without-heartbeat", "--without-gossip", "--without-mingle",
            "-l", "INFO",
        ]  # fmt: skip

    def start(self, timeout: float = READY_TIMEOUT) -> Worker:
        """Start the process and return once it consumes (its log says "ready")."""
        if self.process is not None:
            raise RuntimeError("the worker is already started")
        Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
        self._log_file = open(self.log_path, "wb")  # noqa: SIM115  (closed in stop())
        self.process = subprocess.Popen(
            self.command(), cwd=REPO_ROOT, env=self.env(), stdout=self._log_file, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + timeout
        while " ready." not in self.log():
            if not self.alive:
                pytest.fail(f"the celery worker exited (code {self.returncode}) before it was ready:\n{self.log()}")
            if time.monotonic() >= deadline:
                self.stop()
                pytest.fail(f"the celery worker was not ready after {timeout:.0f} s:\n{self.log()}")
            time.sleep(0.1)
        return self

    def stop(self) -> int | None:
        """SIGTERM (warm shutdown: the current task finishes), SIGKILL after 10 s."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(STOP_TIMEOUT)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        return self.process.returncode

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def wait_for(self, predicate: Callable[[], T], timeout: float = 60, message: str = "") -> T:
        return wait_for(predicate, timeout=timeout, message=message, worker=self)

    def tasks_received(self, name: str = "moderation.check_revision") -> int:
        return sum(1 for line in self.log().splitlines() if f"Task {name}[" in line and line.endswith("] received"))


@pytest.fixture(name="celery_worker")
def celery_worker_fixture(transactional_db: None, tmp_path: Path) -> Iterator[Worker]:
    """A not-yet-started real worker; the broker's queues are purged now. Call `.start()`.

    Depends on transactional_db: what the test writes is committed, so the worker sees it, and the
    worker is stopped before the database is flushed.
    """
    if not broker_url():
        skip_or_fail("needs CELERY_BROKER_URL (a Redis broker)")
    if celery_app.conf.task_always_eager:
        pytest.fail("tasks are eager: mark the test @pytest.mark.real_worker so they go to the broker")
    try:
        purge_queues()
    except Exception as exc:
        skip_or_fail(f"the broker at {broker_url()} is unreachable: {exc}")
    worker = Worker(tmp_path / "celery-worker.log")
    yield worker
    code = worker.stop()
    if worker.started:
        # Shown by pytest only when the test failed ("Captured stdout teardown").
        print(f"----- celery worker log ({worker.log_path}, exit code {code}) -----\n{worker.log()}")
    with contextlib.suppress(Exception):  # the broker went away: nothing left to clean
        purge_queues()


@pytest.fixture(name="celery_worker_process")
def celery_worker_process_fixture(celery_worker: Worker) -> Worker:
    """A real worker, started and consuming every configured queue."""
    return celery_worker.start()

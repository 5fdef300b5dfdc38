# Bordnotat: `make demo` to try it, `make test` to test it. Needs only Python 3.11+ and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Re-installed whenever pyproject.toml changes.
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
DEMO_ADDRESS ?= 127.0.0.1:8000

.PHONY: install demo test faults load lint messages synthesis-check bench

install: $(STAMP)

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Bordnotat needs Python 3.11 or newer (PYTHON=$(PYTHON))."; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

# Loads and publishes the demo workshop, then serves it as it runs in production: DEBUG off, static
# files from collectstatic through WhiteNoise, a secret key made once for this checkout. (Under DEBUG,
# django-htmx's debug script puts an error page in place of the whole page on a 403 the page handles
# itself, and static files are served uncached, which a tablet's offline copy of the page relies on.)
DEMO_SECRET := .demo-secret-key
$(DEMO_SECRET):
	umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
demo: export DEBUG = false
demo: export SECRET_KEY = $(shell cat $(DEMO_SECRET) 2>/dev/null)
demo: install $(DEMO_SECRET)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python manage.py load_demo --url http://$(DEMO_ADDRESS)
	$(BIN)/python manage.py load_demo_survey --url http://$(DEMO_ADDRESS)
	$(BIN)/python manage.py runserver $(DEMO_ADDRESS)

# The whole suite on SQLite; set DATABASE_URL=postgres://… for PostgreSQL. In two processes (pytest-xdist):
# the browser tests wait on Chromium and the live server as much as they compute. TEST_WORKERS=0: in one.
TEST_WORKERS ?= 2
test: install
	$(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# gunicorn killed and PostgreSQL restarted under a scripted host: nothing lost, nothing doubled.
faults: install
	RUN_FAULTS=1 $(BIN)/python -m pytest tests/faults -s $(PYTEST_ARGS)

# A conference day on two gunicorns and one PostgreSQL, one server SIGKILLed, PostgreSQL restarted: errors and
# p50/p99 per request class; fails if a note or survey answer is lost or doubled. CI: LOAD_ARGS=--short.
LOAD_ARGS ?=
load: install
	$(BIN)/python -m tests.load.run $(LOAD_ARGS)

# Precision and recall of the recurring points, and key-point coverage, on the labelled set.
synthesis-check: install
	DJANGO_SETTINGS_MODULE=workshop.settings $(BIN)/python -m tests.groups.synthesis_check

# The hot paths with wrk against a floor measured in the same run (PostgreSQL, gunicorn, DEBUG off),
# then the suggestions' and the report downloads' time and memory. BENCH_ARGS="--short --print-only" is what CI runs.
BENCH_ARGS ?=
# The exports' benchmark makes its workshop in a scratch SQLite database and rolls it back.
BENCH_DB ?= $(CURDIR)/.bench.sqlite3
# All three run and print even when the first misses a target; the exit status is the first's.
bench: install
	status=0; \
	$(BIN)/python -m tests.bench.run $(BENCH_ARGS) || status=$$?; \
	$(BIN)/python manage.py bench_synthesis && \
	DATABASE_URL=sqlite:///$(BENCH_DB) $(BIN)/python manage.py migrate --noinput -v0 && \
	DATABASE_URL=sqlite:///$(BENCH_DB) $(BIN)/python manage.py bench_exports && \
	exit $$status

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy workshop groups evaluation tests

# Needs GNU gettext (apt-get install gettext).
messages: install
	$(BIN)/python manage.py compilemessages --ignore=.venv

# The two commands: `make run` serves the site, `make test` passes the tests. Both set everything up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
export OMP_THREAD_LIMIT := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test demo setup system-deps venv messages migrate lint worker clean

run: setup
	@scripts/run.sh $(HOST) $(PORT)

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/python -m pytest

demo: setup
	$(MANAGE) load_demo_data

setup: system-deps venv messages migrate

system-deps:
	@scripts/system-deps.sh

venv: $(BIN)/.installed

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@

messages: venv
	@if ! command -v msgfmt >/dev/null; then echo "gettext is missing: install it (apt-get install gettext) to see the site in ru/kk/az/ka"; \
	elif ls locale/*/LC_MESSAGES/django.po >/dev/null 2>&1; then $(MANAGE) compilemessages --ignore=.venv -v 0; fi

migrate: venv
	@mkdir -p var
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) createcachetable
	$(MANAGE) load_reference_data
	$(MANAGE) import_terms

worker: setup
	$(BIN)/celery -A marketplace worker -Q moderation,default,photos --loglevel INFO

lint: venv
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

clean:
	rm -rf var test-artifacts .pytest_cache

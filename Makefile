# Every routine task is one word. CI calls the same targets.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: install run test test-postgres lint bench accuracy robustness worker clean

$(BIN)/chidao: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,production]'
	@touch $(BIN)/chidao

install: $(BIN)/chidao

run: install
	$(BIN)/chidao migrate --noinput
	CHIDAO_SITE_URL=$${CHIDAO_SITE_URL:-http://$(HOST):$(PORT)} $(BIN)/chidao load_demo
	$(BIN)/chidao runserver $(HOST):$(PORT)

test: install
	$(BIN)/pytest -q -p no:cacheprovider

test-postgres: install
	CHIDAO_DATABASE_URL=$${CHIDAO_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/chidao} $(BIN)/pytest -q -p no:cacheprovider

lint: install
	$(BIN)/chidao check --fail-level WARNING
	$(BIN)/chidao makemigrations --check --dry-run

bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/parse_speed.py

accuracy: install
	$(BIN)/python bench/accuracy.py

robustness: install
	$(BIN)/python bench/robustness.py

worker: install
	$(BIN)/chidao worker

clean:
	rm -rf $(VENV) var build *.egg-info src/*.egg-info

# kursk-claims — two commands: `make demo` and `make test`. Everything else is set up on demand.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared
DB      ?= kursk_claims.db

.PHONY: demo test lint typecheck pytest eval bench fuzz clean setup browser lock

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Headless Chromium for the HTML report test (Debian package; skipped quietly where apt is unavailable).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "note: could not install chromium; the browser test will be skipped"; \
	  else echo "note: chromium not installed; the browser test will be skipped"; fi; }

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/kursk-claims extract seeds/ --db demo.db
	$(BIN)/kursk-claims query --entity Syrskyi --db demo.db
	$(BIN)/kursk-claims compare --metric territory_km2 --db demo.db

test: $(STAMP) browser lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

eval: $(STAMP)
	$(BIN)/python scripts/eval.py --shared $(SHARED)

bench: $(STAMP)
	$(BIN)/python scripts/bench.py --shared $(SHARED)

fuzz: $(STAMP)
	KURSK_FUZZ_EXAMPLES=10000 $(BIN)/pytest tests/test_fuzz.py -q

# Regenerate the hashed lock from requirements.in (needs network; not part of demo/test).
lock:
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --generate-hashes --allow-unsafe --strip-extras -q -o requirements.lock requirements.in

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache .mypy_cache .ruff_cache bench-results.json

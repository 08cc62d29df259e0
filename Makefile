# The two commands a new user needs: `make demo` runs the archive on the
# bundled offline sample, `make test` runs the tests. Both install what they
# need into .venv from the pinned requirements first.
PYTHON ?= python3
VENV := .venv
REPLAY := .venv-replay
BIN := $(VENV)/bin

.PHONY: setup demo test lint sample eval serve browser bench bench-quick bench-warc redis replay

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

demo: setup
	$(BIN)/scrapy demo

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup lint browser redis replay
	$(BIN)/pytest

# Re-render data/sample from data/sample_src after editing the YAML or templates.
sample: setup
	$(BIN)/python -m tools.build_sample

# Precision, recall and F1 of award extraction on the labeled set.
eval: setup
	$(BIN)/python -m tools.eval_awards

# Throughput, memory and latency on synthetic data under build/bench (not part of `make test`), and the
# mixed load on `scrapy serve --public` (readers beside slow-SQL clients, on 127.0.0.1, a fixed time each).
# The full run writes its table into BENCHMARKS.md; the quick one takes about a minute and a half.
bench: setup
	$(BIN)/python -m tools.bench --record BENCHMARKS.md

bench-quick: setup
	$(BIN)/python -m tools.bench --quick

# Backfilling from WARC files: ingest rate against reextract, memory from 1,000 to 20,000 records (about 15 minutes).
bench-warc: setup
	$(BIN)/python -m tools.bench.warc --record BENCHMARKS.md

# Serve data/archive.db read-only: immutable, so no request can change it.
serve: setup
	$(BIN)/scrapy serve

# Debian's Chromium for the browser tests; Playwright drives it and downloads no browser of its own.
browser:
	@test -x /usr/bin/chromium || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver)

# Debian's redis-server for the distributed-crawl tests (each test starts its own on a free port).
redis:
	@command -v redis-server >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server)

# pywb, to replay exported WARC files, in a virtualenv of its own (requirements-replay.txt says why).
replay: $(REPLAY)/.installed

$(REPLAY)/.installed: requirements-replay.txt
	$(PYTHON) -m venv $(REPLAY)
	$(REPLAY)/bin/pip install --quiet --disable-pip-version-check -r requirements-replay.txt
	touch $@

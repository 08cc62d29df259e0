# The two commands a new user needs: `make demo` runs the archive on the
# bundled offline sample, `make test` runs the tests. Both install what they
# need into .venv from the pinned requirements first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint sample eval

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

test: setup lint
	$(BIN)/pytest

# Re-render data/sample from data/sample_src after editing the YAML or templates.
sample: setup
	$(BIN)/python -m tools.build_sample

# Precision, recall and F1 of award extraction on the labeled set.
eval: setup
	$(BIN)/python -m tools.eval_awards

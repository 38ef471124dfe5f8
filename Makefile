# Two commands for a fresh machine:  make demo  (build the sample graph)  and  make test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench clean

$(BIN)/kg: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/kg
	$(BIN)/kg build data/samples -o out/graph.ttl
	$(BIN)/kg viz out/graph.ttl -o out/graph.html
	@echo "open out/graph.html in a browser; query with: $(BIN)/kg query out/graph.ttl @examples/people.rq"

test: $(BIN)/kg
	./scripts/install-browser
	$(BIN)/ruff check kg tests bench
	$(BIN)/python -m pytest -q

bench: $(BIN)/kg
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) out *.egg-info .pytest_cache

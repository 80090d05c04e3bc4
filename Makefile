# Siloscope: the two commands of the README's quick start are `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
OUT ?= out
EXAMPLE ?= org-models/bank.yaml

.PHONY: setup build release demo test bench format lint clean

# Installs what is missing: Graphviz headers and libraries, pkg-config, a font with
# Turkish glyphs. Uses sudo when not root. Safe to run again.
setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

# The main job on a bundled example: validate, simulate, assess, recommend, render.
demo: release
	@bash scripts/demo.sh "$(EXAMPLE)" "$(OUT)"

# Every test. Release mode: the statistical checks against queueing theory need millions
# of simulated cases, which a debug build runs too slowly. The binary is built with the
# same flags as the tests (so nothing is compiled twice); end-to-end tests run it.
TESTFLAGS = -c release -Xswiftc -enable-testing
test: setup
	$(SWIFT) build $(TESTFLAGS) --product siloscope
	$(SWIFT) test $(TESTFLAGS)

bench: setup
	$(SWIFT) run -c release SiloscopeBench

clean:
	rm -rf .build $(OUT)

# Siloscope: the two commands of the README's quick start are `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
OUT ?= out
EXAMPLE ?= org-models/bank.yaml

.PHONY: setup build release demo test bench fuzz format lint clean

# Installs what is missing: Graphviz headers and libraries, pkg-config, zlib headers, a font with
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
# Tests run under glibc's malloc check where glibc ships it: a heap overflow (Graphviz
# 2.42 had two, see docs/rendering.md) then aborts at the next free of the damaged block,
# in the test that caused it, instead of corrupting the heap for a later test.
TESTFLAGS = -c release -Xswiftc -enable-testing
MALLOC_CHECK_LIB := $(firstword $(wildcard /usr/lib/*/libc_malloc_debug.so.0 /lib/*/libc_malloc_debug.so.0))
TESTENV = $(if $(MALLOC_CHECK_LIB),LD_PRELOAD=$(MALLOC_CHECK_LIB) GLIBC_TUNABLES=glibc.malloc.check=3)
# The build runs without that environment (SwiftPM rebuilds everything when it changes).
test: setup
	@bash scripts/setup.sh --browser
	python3 scripts/check-deps.py
	$(SWIFT) build $(TESTFLAGS) --build-tests
	$(TESTENV) $(SWIFT) test $(TESTFLAGS) --skip-build
	bash scripts/instruction-guard.sh
	bash scripts/check-serve.sh .build/release/siloscope

# A longer fuzzing campaign than the one `make test` runs (docs/robustness.md).
fuzz: setup
	@bash scripts/fuzz.sh

bench: setup
	$(SWIFT) run -c release --scratch-path .build-bench SiloscopeBench

clean:
	rm -rf .build $(OUT)

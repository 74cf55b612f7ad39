#!/usr/bin/env bash
# Authoring aid (optional): turn percent-format scripts (scratch/NAME.py, ignored by git) into nbs/NAME.ipynb,
# export the library and clean the notebooks. usage: bash tools/nb.sh NAME [NAME ...]
set -euo pipefail
cd "$(dirname "$0")/.."
py="${PYTHON:-.venv/bin/python}"; bin="$(dirname "$py")"
for n in "$@"; do "$bin/jupytext" --quiet --to ipynb "scratch/$n.py" -o "nbs/$n.ipynb"; done
"$bin/nbdev_export" && "$bin/nbdev_clean"

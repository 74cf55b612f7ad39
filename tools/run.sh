#!/usr/bin/env bash
# One entry point that sets itself up on a machine with only Python 3.11, then runs a job.
#   bash tools/run.sh demo [ARGS]   install the library, then `s3editor demo ARGS`
#   bash tools/run.sh test [ARGS]   install the library with its dev + faces extras, then the whole test suite
#   bash tools/run.sh install [--dev]
# It uses the active virtual environment if there is one, else ./.venv (created on first use).
# torch: installed as torch==2.13.0 (a CPU build on these machines) only when no torch is importable;
# an existing torch (e.g. a CUDA build) is never replaced.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
job="${1:-}"; shift || true

if [ -n "${VIRTUAL_ENV:-}" ]; then py="$VIRTUAL_ENV/bin/python"
else
  [ -x .venv/bin/python ] || python3 -m venv .venv
  py="$root/.venv/bin/python"
fi
bin="$(dirname "$py")"

install() {  # $1: extras, e.g. "[dev]"
  local stamp=".venv-stamp$1" want
  want="$(cat settings.ini setup.py | sha256sum | cut -c1-16)"
  if [ -f "$bin/$stamp" ] && [ "$(cat "$bin/$stamp")" = "$want" ] && "$py" -c "import s3editor_nb" 2>/dev/null; then return; fi
  export PIP_DISABLE_PIP_VERSION_CHECK=1
  "$py" -c "import torch" 2>/dev/null || "$py" -m pip install -q "torch==2.13.0"
  "$py" -m pip install -q -e ".$1"
  echo "$want" > "$bin/$stamp"
}

browser() {  # Debian's chromium, for the widget test in a real browser (playwright cannot download browsers here)
  command -v chromium >/dev/null && return
  command -v apt-get >/dev/null || { echo "run.sh: no chromium and no apt-get: install chromium for the browser test" >&2; return; }
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "run.sh: installing chromium (apt-get) for the widget browser test" >&2
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

case "$job" in
  install) if [ "${1:-}" = "--dev" ]; then install "[dev]"; else install ""; fi ;;
  demo) install ""; exec "$bin/s3editor" demo "$@" ;;
  test)
    install "[dev]"
    browser
    "$py" tools/check_repo.py
    exec "$py" -m pytest -q -p no:cacheprovider "$@" ;;
  *) echo "usage: bash tools/run.sh {demo|test|install [--dev]} [ARGS]" >&2; exit 2 ;;
esac

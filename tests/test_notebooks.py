"""Every notebook in nbs/ runs top to bottom (cells flagged `#| slow` / `#| cuda` skipped): one test per notebook.

Each notebook runs through nbdev's own `test_nb` in a fresh Python process, so notebooks cannot leak state into
each other and a crash in native code fails one test instead of the session.
"""
import subprocess, sys
from pathlib import Path
import pytest

NBS = Path(__file__).resolve().parents[1]/'nbs'
RUNNER = ("import sys; from pathlib import Path; from nbdev.test import test_nb; "
          "ok, t = test_nb(Path(sys.argv[1]), skip_flags=['slow', 'cuda'], showerr=True); "
          "print(f'{sys.argv[1]}: {t:.1f}s'); sys.exit(0 if ok else 1)")

@pytest.mark.parametrize('nb', sorted(p.name for p in NBS.glob('[0-9]*.ipynb')) + ['index.ipynb'])
def test_notebook(nb, tmp_path):
    # the notebooks' temporary files go under pytest's own folder (kept for the last 3 runs, then removed), not /tmp
    r = subprocess.run([sys.executable, '-c', RUNNER, str(NBS/nb)], capture_output=True, text=True,
                       env={**__import__('os').environ, 'S3EDITOR_QUIET': '1', 'TMPDIR': str(tmp_path)})
    assert r.returncode == 0, f'{nb} failed:\n{r.stdout[-4000:]}\n{r.stderr[-8000:]}'

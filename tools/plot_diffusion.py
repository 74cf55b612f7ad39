"""The diffusion backbone's edits for the README, from the shipped model and editors.

    python tools/plot_diffusion.py [--seed 0]

benchmarks/diffusion.png: test clips with a known true edit (one per attribute, the direction the person can take
first), first frame: source, truth, dva, dva+s3editor (each the source plus the change the backbone made)."""
import sys
from pathlib import Path
import matplotlib
matplotlib.use('Agg')
from s3editor_nb.diffusion import load_diffae, diffusion_cases, diffusion_editors, plot_diffusion_cases

seed = int(sys.argv[sys.argv.index('--seed') + 1]) if '--seed' in sys.argv else 0
root = Path(__file__).resolve().parent.parent
model, eds = load_diffae(), diffusion_editors()
cases = diffusion_cases('test', eds['dva'].attributes, n_clips=1, n_frames=2, seed=seed)
first = {}
for c in cases: first.setdefault(c.attribute, c)   # 'add' comes first where the person can take it
plot_diffusion_cases(model, eds, list(first.values()), steps=model.config.steps).savefig(root/'benchmarks'/'diffusion.png', dpi=110)
print('wrote benchmarks/diffusion.png')

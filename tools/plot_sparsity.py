"""Figures of the sparse stage for the README, from benchmarks/results.json and the shipped `s3editor` weights.

    python tools/plot_sparsity.py

benchmarks/sparsity.png: each ground-truth figure of `bench sparsity` against the target group sparsity.
benchmarks/sparsity_groups.png: the regions (W+ row x channel block) each cluster of the shipped S3Editor switched off."""
import json
from pathlib import Path
import matplotlib
matplotlib.use('Agg')
from s3editor_nb.sparsity import plot_sparsity, plot_zero_groups
from s3editor_nb.editors import load_editor

root = Path(__file__).resolve().parent.parent
res = json.loads((root/'benchmarks'/'results.json').read_text())['sparsity']
plot_sparsity(res).savefig(root/'benchmarks'/'sparsity.png', dpi=110)
ed = load_editor('s3editor')
plot_zero_groups(ed.zero_groups().int().tolist(), ed.linear.latent_shape[0], ed.groups.per_row, ed.clusters(),
                 title=f'shipped s3editor: regions switched off per cluster (group sparsity {ed.group_sparsity():.2f})'
                 ).savefig(root/'benchmarks'/'sparsity_groups.png', dpi=110)
print('wrote benchmarks/sparsity.png, benchmarks/sparsity_groups.png')

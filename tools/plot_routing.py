"""benchmarks/routing.png from benchmarks/results.json: the shipped st+route's map of edits and clusters, and the
K sweep of `s3editor bench routing` (run `python tools/bench_all.py routing` first)."""
import json
import numpy as np
from pathlib import Path
import matplotlib; matplotlib.use('Agg')
import matplotlib.pyplot as plt
from s3editor_nb.editors import load_editor
from s3editor_nb.routing import plot_edit_map, plot_routing

root = Path(__file__).resolve().parent.parent/'benchmarks'
res = json.loads((root/'results.json').read_text())['routing']
fig = plot_routing(res)
fig.set_size_inches(17, 3.6)
sweep = root/'_routing_sweep.png'; fig.savefig(sweep, dpi=80, bbox_inches='tight'); plt.close(fig)
f2, ax = plt.subplots(figsize=(5.5, 3.6)); plot_edit_map(load_editor('st+route'), ax)
ax.set_title('st+route: the 11 edits and their 4 clusters', fontsize=9); ax.legend(fontsize=6, loc='best')
mp = root/'_routing_map.png'; f2.savefig(mp, dpi=80, bbox_inches='tight'); plt.close(f2)
a, b = plt.imread(mp), plt.imread(sweep)
h = max(a.shape[0], b.shape[0])
pad = lambda im: np.pad(im, ((0, h - im.shape[0]), (0, 0), (0, 0)), constant_values=1)
plt.imsave(root/'routing.png', np.concatenate([pad(a[..., :3]), pad(b[..., :3])], 1))
mp.unlink(); sweep.unlink()
print(root/'routing.png')

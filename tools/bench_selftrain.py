"""Self-training across training seeds: `lt` beside one `lt+st` per seed on held-out clips; record it in results.json.

    python tools/bench_selftrain.py RUN_DIR [RUN_DIR ...] [--split test] [--seed 0] [--clips 8]

Each RUN_DIR is a finished `train_selftrain` run (its `export/` and `log.jsonl`). Every run's editor is benchmarked
with `s3editor bench edit`'s machinery on the same clips as the LT it started from, so the figures compare one to one.
The entry `selftrain` of benchmarks/results.json gets: per seed the ground-truth and judged figures, their mean and
spread over seeds, the difference to LT, and each run's val curve (figures against pseudo-edits seen)."""
import datetime, json, os, subprocess, sys
os.environ.setdefault('OMP_WAIT_POLICY', 'PASSIVE')
from pathlib import Path
import numpy as np
from s3editor_nb.core import atomic_write_text
from s3editor_nb.editors import register_editor, LTEditor
from s3editor_nb.selftrain import load_selftrained
from s3editor_nb.evaluation import bench_edit, EditBenchConfig, TRUTH_FIGURES, JUDGED_FIGURES

args, opts = sys.argv[1:], dict(split='test', seed='0', clips='8')
for flag in ('--split', '--seed', '--clips'):
    if flag in args: i = args.index(flag); opts[flag[2:]] = args[i + 1]; del args[i:i + 2]
runs = [Path(a) for a in args]
if not runs: sys.exit(__doc__)
rows = []
for r in runs:
    cfg = json.loads((r/'export'/'config.json').read_text())['selftrain']
    name = f"lt+st/seed{cfg['seed']}"; rows.append(name)
    register_editor(name, lambda r=r: load_selftrained(r/'export'), f'self-trained LT from {r}', LTEditor.strength_range)
res = bench_edit(config=EditBenchConfig(split=opts['split'], seed=int(opts['seed']), n_clips=int(opts['clips']),
                                        rows=('lt', *rows), speed=False))
figs = [f for f in TRUTH_FIGURES + JUDGED_FIGURES if f in res['lt']]
seeds = {n: {f: res[n][f] for f in figs} for n in rows}
mean = {f: float(np.mean([s[f] for s in seeds.values()])) for f in figs}
spread = {f: float(np.std([s[f] for s in seeds.values()], ddof=1)) if len(seeds) > 1 else float('nan') for f in figs}
curves = {n: [dict(step=0, **json.loads((r/'report.json').read_text())['val_before'])] + [json.loads(l) for l in (r/'log.jsonl').read_text().splitlines()]
          for n, r in zip(rows, runs)}
batch = {n: json.loads((r/'export'/'config.json').read_text())['selftrain']['batch_size'] for n, r in zip(rows, runs)}
entry = dict(config=res['config'], lt={f: res['lt'][f] for f in figs}, seeds=seeds, mean=mean, spread_between_seeds=spread,
             minus_lt={f: mean[f] - res['lt'][f] for f in figs},
             per_attribute={n: res[n]['per_attribute'] for n in ('lt', *rows)},
             curves={n: [dict(pseudo_edits=c['step'] * batch[n], **{k: v for k, v in c.items() if k.startswith('val_')}) for c in cs]
                     for n, cs in curves.items()})
out = Path(__file__).resolve().parent.parent/'benchmarks'/'results.json'
results = json.loads(out.read_text()) if out.exists() else {}
commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True, cwd=out.parent).stdout.strip()
entry['_recorded'] = dict(date=datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'), cpus=os.cpu_count(),
                          load_avg_1min=round(os.getloadavg()[0], 2), commit=commit, runs=[str(r) for r in runs])
results['selftrain'] = entry
atomic_write_text(out, json.dumps(results, indent=1, sort_keys=True))
print(json.dumps({k: entry[k] for k in ('lt', 'mean', 'spread_between_seeds', 'minus_lt')}, indent=1))

# the curve: each val figure against pseudo-edits seen, one line per seed (val crops, see selftrain.crop_truth_eval)
import matplotlib; matplotlib.use('Agg')
import matplotlib.pyplot as plt
keys = ('val_edit_gain_db', 'val_delta_cos', 'val_delta_recovered', 'val_off_target_psnr_db')
fig, axs = plt.subplots(1, len(keys), figsize=(4 * len(keys), 3))
for ax, k in zip(axs, keys):
    for n, cs in entry['curves'].items(): ax.plot([c['pseudo_edits'] for c in cs if k in c], [c[k] for c in cs if k in c], '.-', label=n)
    ax.set_title(k[4:]); ax.set_xlabel('pseudo-edits seen')
axs[0].legend(fontsize=7); fig.tight_layout()
fig.savefig(out.parent/'selftrain_curve.png', dpi=90)

"""The routed editor at one K across seeds: `bench routing` restricted to that K, once per seed; record the spread.

    python tools/bench_routing_seeds.py K [--seeds 0 1 2] [--split test] [--runs s3editor_train/bench_routing]

A seed is both the training seed of the routed editor and the draw of the evaluation crops, so the spread covers both.
The entry `routing_seeds` of benchmarks/results.json gets per seed the rows' figures (pool edits and held-out edits),
their mean and sd over seeds, and whether every held-out attribute had a positive `edit_gain_db` in every seed."""
import datetime, json, os, subprocess, sys
os.environ.setdefault('OMP_WAIT_POLICY', 'PASSIVE')
from pathlib import Path
import numpy as np
from s3editor_nb.core import atomic_write_text
from s3editor_nb.routing import bench_routing, RouteBenchConfig
from s3editor_nb.selftrain import CROP_FIGURES

args = sys.argv[1:]
if not args: sys.exit(__doc__)
k, opts = int(args.pop(0)), dict(split='test', runs='s3editor_train/bench_routing')
seeds = [0, 1, 2]
if '--seeds' in args:
    i = args.index('--seeds'); j = i + 1
    while j < len(args) and not args[j].startswith('--'): j += 1
    seeds = [int(s) for s in args[i + 1:j]]; del args[i:j]
for flag in ('--split', '--runs'):
    if flag in args: i = args.index(flag); opts[flag[2:]] = args[i + 1]; del args[i:i + 2]
per = {s: bench_routing(split=opts['split'], seed=s, config=RouteBenchConfig(ks=(k,), runs=opts['runs'])) for s in seeds}
rows, figs = (f'K={k}', 'linear', 'lt', 'lt+st', 'nearest_lt', 'oracle'), CROP_FIGURES
stat = lambda f: {r: {part: {g: float(f([per[s]['table'][r][part][g] for s in seeds])) for g in figs} for part in ('pool', 'held_out')} for r in rows}
entry = dict(k=k, seeds=seeds, split=opts['split'], per_seed={s: {r: per[s]['table'][r] for r in rows} for s in seeds},
             mean=stat(np.mean), sd=stat(lambda v: np.std(v, ddof=1) if len(v) > 1 else float('nan')),
             unseen_gain={s: {a: per[s]['unseen'][a][f'K={k}']['edit_gain_db'] for a in per[s]['unseen']} for s in seeds},
             clusters={s: per[s]['clusters'] for s in seeds})
out = Path(__file__).resolve().parent.parent/'benchmarks'/'results.json'
results = json.loads(out.read_text()) if out.exists() else {}
commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True, cwd=out.parent).stdout.strip()
entry['_recorded'] = dict(date=datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'), cpus=os.cpu_count(),
                          load_avg_1min=round(os.getloadavg()[0], 2), commit=commit)
results['routing_seeds'] = entry
atomic_write_text(out, json.dumps(results, indent=1, sort_keys=True))
print(json.dumps({k2: entry[k2] for k2 in ('mean', 'sd', 'unseen_gain')}, indent=1))

"""The routed editor at one K across seeds: `bench routing` restricted to that K, once per seed; record the spread.

    python tools/bench_routing_seeds.py K [--seeds 0 1 2] [--split test] [--runs s3editor_train/bench_routing]

A seed is both the training seed of the routed editor and the draw of the evaluation crops, so the spread covers both.
The entry `routing_seeds` of benchmarks/results.json gets per seed the rows' figures (pool edits and held-out edits),
their mean and sd over seeds, and whether every held-out attribute had a positive `edit_gain_db` in every seed."""
import json, sys
import numpy as np
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from seeds import parse, record
from s3editor_nb.routing import bench_routing, RouteBenchConfig
from s3editor_nb.selftrain import CROP_FIGURES

args = sys.argv[1:]
if not args: sys.exit(__doc__)
k = int(args.pop(0))
seeds, opts = parse(args, split='test', runs='s3editor_train/bench_routing')
per = {s: bench_routing(split=opts['split'], seed=s, config=RouteBenchConfig(ks=(k,), runs=opts['runs'])) for s in seeds}
rows, figs = (f'K={k}', 'linear', 'lt', 'lt+st', 'nearest_lt', 'oracle'), CROP_FIGURES
stat = lambda f: {r: {part: {g: float(f([per[s]['table'][r][part][g] for s in seeds])) for g in figs} for part in ('pool', 'held_out')} for r in rows}
entry = dict(k=k, seeds=seeds, split=opts['split'], per_seed={s: {r: per[s]['table'][r] for r in rows} for s in seeds},
             mean=stat(np.mean), sd=stat(lambda v: np.std(v, ddof=1) if len(v) > 1 else float('nan')),
             unseen_gain={s: {a: per[s]['unseen'][a][f'K={k}']['edit_gain_db'] for a in per[s]['unseen']} for s in seeds},
             clusters={s: per[s]['clusters'] for s in seeds})
record('routing_seeds', entry)
print(json.dumps({k2: entry[k2] for k2 in ('mean', 'sd', 'unseen_gain')}, indent=1))

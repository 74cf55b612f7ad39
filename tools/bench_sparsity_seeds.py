"""S3Editor's sparse stage at one target across seeds: `bench sparsity` restricted to that target, once per seed.

    python tools/bench_sparsity_seeds.py TARGET [--seeds 0 1 2] [--split test] [--runs s3editor_train/bench_sparsity]

A seed is both the training seed of the sparse stage (every seed starts from the shipped routed editor) and the draw of
the evaluation crops, so the spread covers both. The entry `sparsity_seeds` of benchmarks/results.json gets per seed the
rows' ground-truth figures, their mean and sd over seeds, and the group sparsity reached."""
import json, sys
import numpy as np
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from seeds import parse, record
from s3editor_nb.sparsity import bench_sparsity, SparseBenchConfig
from s3editor_nb.selftrain import CROP_FIGURES

args = sys.argv[1:]
if not args: sys.exit(__doc__)
t = float(args.pop(0))
seeds, opts = parse(args, split='test', runs='s3editor_train/bench_sparsity')
per = {s: bench_sparsity(split=opts['split'], seed=s, config=SparseBenchConfig(targets=(t,), runs=opts['runs'], authors=False))
       for s in seeds}
rows, figs = (f'sparsity={t:g}', 'st+route', 'linear', 'noop', 'oracle'), CROP_FIGURES + ('edit_ms',)
stat = lambda f: {r: {g: float(f([per[s]['table'][r][g] for s in seeds])) for g in figs if g in per[seeds[0]]['table'][r]} for r in rows}
entry = dict(target=t, seeds=seeds, split=opts['split'], per_seed={s: {r: per[s]['table'][r] for r in rows} for s in seeds},
             mean=stat(np.mean), sd=stat(lambda v: np.std(v, ddof=1) if len(v) > 1 else float('nan')),
             group_sparsity={s: per[s]['table'][f'sparsity={t:g}']['group_sparsity'] for s in seeds})
record('sparsity_seeds', entry)
print(json.dumps({k: entry[k] for k in ('mean', 'sd', 'group_sparsity')}, indent=1))

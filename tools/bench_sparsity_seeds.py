"""S3Editor's sparse stage at one target across seeds: `bench sparsity` restricted to that target, once per seed.

    python tools/bench_sparsity_seeds.py TARGET [--seeds 0 1 2] [--split test] [--runs s3editor_train/bench_sparsity]

A seed is both the training seed of the sparse stage (every seed starts from the shipped routed editor) and the draw of
the evaluation crops, so the spread covers both. The entry `sparsity_seeds` of benchmarks/results.json gets per seed the
rows' ground-truth figures, their mean and sd over seeds, and the group sparsity reached."""
import datetime, json, os, subprocess, sys
os.environ.setdefault('OMP_WAIT_POLICY', 'PASSIVE')
from pathlib import Path
import numpy as np
from s3editor_nb.core import atomic_write_text
from s3editor_nb.sparsity import bench_sparsity, SparseBenchConfig
from s3editor_nb.selftrain import CROP_FIGURES

args = sys.argv[1:]
if not args: sys.exit(__doc__)
t, opts = float(args.pop(0)), dict(split='test', runs='s3editor_train/bench_sparsity')
seeds = [0, 1, 2]
if '--seeds' in args:
    i = args.index('--seeds'); j = i + 1
    while j < len(args) and not args[j].startswith('--'): j += 1
    seeds = [int(s) for s in args[i + 1:j]]; del args[i:j]
for flag in ('--split', '--runs'):
    if flag in args: i = args.index(flag); opts[flag[2:]] = args[i + 1]; del args[i:i + 2]
per = {s: bench_sparsity(split=opts['split'], seed=s, config=SparseBenchConfig(targets=(t,), runs=opts['runs'], authors=False))
       for s in seeds}
rows, figs = (f'sparsity={t:g}', 'st+route', 'linear', 'noop', 'oracle'), CROP_FIGURES + ('edit_ms',)
stat = lambda f: {r: {g: float(f([per[s]['table'][r][g] for s in seeds])) for g in figs if g in per[seeds[0]]['table'][r]} for r in rows}
entry = dict(target=t, seeds=seeds, split=opts['split'], per_seed={s: {r: per[s]['table'][r] for r in rows} for s in seeds},
             mean=stat(np.mean), sd=stat(lambda v: np.std(v, ddof=1) if len(v) > 1 else float('nan')),
             group_sparsity={s: per[s]['table'][f'sparsity={t:g}']['group_sparsity'] for s in seeds})
out = Path(__file__).resolve().parent.parent/'benchmarks'/'results.json'
results = json.loads(out.read_text()) if out.exists() else {}
commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True, cwd=out.parent).stdout.strip()
entry['_recorded'] = dict(date=datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'), cpus=os.cpu_count(),
                          load_avg_1min=round(os.getloadavg()[0], 2), commit=commit)
results['sparsity_seeds'] = entry
atomic_write_text(out, json.dumps(results, indent=1, sort_keys=True))
print(json.dumps({k: entry[k] for k in ('mean', 'sd', 'group_sparsity')}, indent=1))

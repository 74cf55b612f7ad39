"""Run benchmarks and record their figures in benchmarks/results.json (the README's tables are read from it).

    python tools/bench_all.py [NAME ...] [--split S] [--seed N]   # default: every registered benchmark

Each entry keeps the figures as printed by `s3editor bench NAME --json`, with the date, the CPU count and the load
average while it ran, so a figure taken on a busy machine is recognisable as such."""
import datetime, json, os, subprocess, sys
os.environ.setdefault('OMP_WAIT_POLICY', 'PASSIVE')  # on a shared machine spinning OpenMP threads slow 2-thread runs ~5x
from pathlib import Path
from s3editor_nb.cli import BENCHMARKS, run_benchmark
from s3editor_nb.core import atomic_write_text

out = Path(__file__).resolve().parent.parent / 'benchmarks' / 'results.json'
args, opts = sys.argv[1:], {}
for flag in ('--split', '--seed'):
    if flag in args: i = args.index(flag); opts[flag[2:]] = args[i + 1]; del args[i:i + 2]
if 'seed' in opts: opts['seed'] = int(opts['seed'])
commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True, cwd=out.parent).stdout.strip()
dirty = subprocess.run(['git', 'status', '--porcelain', '--untracked-files=no', '--', '.', ':!benchmarks'], capture_output=True, text=True, cwd=out.parent.parent).stdout.strip()
for name in args or sorted(BENCHMARKS):
    load0 = os.getloadavg()[0]
    r = run_benchmark(name, **{k: v for k, v in opts.items() if name in ('edit', 'routing', 'sparsity', 'diffusion')})
    r['_recorded'] = dict(date=datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'),
                          cpus=os.cpu_count(), load_avg_1min=[round(load0, 2), round(os.getloadavg()[0], 2)],
                          commit=commit + ('+changes' if dirty else ''))
    results = json.loads(out.read_text()) if out.exists() else {}   # re-read: another tool may have written meanwhile
    results[name] = r
    atomic_write_text(out, json.dumps(results, indent=1, sort_keys=True))
    print(json.dumps(r))

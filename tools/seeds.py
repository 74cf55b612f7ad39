"""What the `bench_*_seeds.py` tools share: their command line and how an entry lands in benchmarks/results.json."""
import datetime, json, os, subprocess
os.environ.setdefault('OMP_WAIT_POLICY', 'PASSIVE')  # on a shared machine spinning OpenMP threads slow 2-thread runs ~5x
from pathlib import Path
import numpy as np
from s3editor_nb.core import atomic_write_text

RESULTS = Path(__file__).resolve().parent.parent/'benchmarks'/'results.json'

def parse(args: list, **defaults) -> tuple[list, dict]:
    "Seeds (`--seeds 0 1 2`, the default) and `--NAME VALUE` options named by `defaults` (which give their defaults)."
    seeds, opts = [0, 1, 2], dict(defaults)
    if '--seeds' in args:
        i = args.index('--seeds'); j = i + 1
        while j < len(args) and not args[j].startswith('--'): j += 1
        seeds = [int(s) for s in args[i + 1:j]]; del args[i:j]
    for name in defaults:
        flag = '--' + name
        if flag in args: i = args.index(flag); opts[name] = args[i + 1]; del args[i:i + 2]
    if args: raise SystemExit(f'unknown arguments: {" ".join(args)}')
    return seeds, opts

def mean_sd(values: list) -> tuple[float, float]:
    "Mean and sample sd (nan for one value)."
    return float(np.mean(values)), float(np.std(values, ddof=1)) if len(values) > 1 else float('nan')

def record(name: str, entry: dict) -> dict:
    "Write `entry` (with date, CPU count, load average and commit) as results.json's `name`."
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    root = RESULTS.parent.parent
    commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True, cwd=root).stdout.strip()
    dirty = subprocess.run(['git', 'status', '--porcelain', '--untracked-files=no', '--', '.', ':!benchmarks'],
                           capture_output=True, text=True, cwd=root).stdout.strip()
    commit += '+changes' if dirty else ''
    entry['_recorded'] = dict(date=datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'),
                              cpus=os.cpu_count(), load_avg_1min=round(os.getloadavg()[0], 2), commit=commit)
    results[name] = entry
    atomic_write_text(RESULTS, json.dumps(results, indent=1, sort_keys=True))
    return entry

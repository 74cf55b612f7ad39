"""The diffusion backbone's rows across evaluation seeds: `bench diffusion` once per seed (without the speed part).

    python tools/bench_diffusion_seeds.py [--seeds 0 1 2] [--split test] [--clips 2]

A seed draws the evaluation clips (the shipped dva and dva+s3editor are fixed), so the spread is that of the test
clips. The entry `diffusion_seeds` of benchmarks/results.json gets per seed every row's figures, and their mean and sd."""
import json, sys
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from seeds import parse, mean_sd, record
from s3editor_nb.diffusion import bench_diffusion, DiffusionBenchConfig

seeds, opts = parse(sys.argv[1:], split='test', clips='2')
cfg = DiffusionBenchConfig(n_clips=int(opts['clips']), speed_steps=())
per = {s: bench_diffusion(split=opts['split'], seed=s, config=cfg)['table'] for s in seeds}
rows = list(per[seeds[0]])
stats = {r: {f: mean_sd([per[s][r][f] for s in seeds]) for f in per[seeds[0]][r]} for r in rows}
entry = record('diffusion_seeds', dict(seeds=seeds, split=opts['split'], config=cfg.to_dict(), per_seed=per,
                                       mean={r: {f: v[0] for f, v in st.items()} for r, st in stats.items()},
                                       sd={r: {f: v[1] for f, v in st.items()} for r, st in stats.items()}))
print(json.dumps({k: entry[k] for k in ('mean', 'sd')}, indent=1))

"""The diffusion backbone's rows across evaluation seeds: `bench diffusion` once per seed (without the speed part).

    python tools/bench_diffusion_seeds.py [--seeds 1 2] [--split test] [--with-main yes]

A seed draws the evaluation clips (the shipped dva and dva+s3editor are fixed), so the spread is that of the test
clips. With `--with-main yes` the `diffusion` entry of benchmarks/results.json (`bench diffusion`, run before or at the
same time with the same settings) joins as its seed, so seed 0 is not measured twice. The entry `diffusion_seeds` gets
per seed every row's figures, and their mean and sd."""
import json, sys
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from seeds import parse, mean_sd, record, RESULTS
from s3editor_nb.diffusion import bench_diffusion, DiffusionBenchConfig

seeds, opts = parse(sys.argv[1:], split='test', **{'with-main': 'no'})
cfg = DiffusionBenchConfig(speed_steps=())
per = {s: bench_diffusion(split=opts['split'], seed=s, config=cfg)['table'] for s in seeds}
if opts['with-main'] == 'yes':
    main = json.loads(RESULTS.read_text()).get('diffusion', {})
    norm = lambda d: json.loads(json.dumps({k: v for k, v in d.items() if k not in ('speed_steps', 'seed')}))
    same = norm(main.get('config', {})) == norm(cfg.to_dict() | dict(split=opts['split']))
    if not same: raise SystemExit('the diffusion entry of results.json was measured with other settings: rerun it or leave out --with-main')
    per = {main['config']['seed']: main['table']} | per
seeds = list(per)
rows = list(per[seeds[0]])
stats = {r: {f: mean_sd([per[s][r][f] for s in seeds]) for f in per[seeds[0]][r]} for r in rows}
entry = record('diffusion_seeds', dict(seeds=seeds, split=opts['split'], config=cfg.to_dict(), per_seed=per,
                                       mean={r: {f: v[0] for f, v in st.items()} for r, st in stats.items()},
                                       sd={r: {f: v[1] for f, v in st.items()} for r, st in stats.items()}))
print(json.dumps({k: entry[k] for k in ('mean', 'sd')}, indent=1))

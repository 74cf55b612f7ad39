"""`s3editor train` under `accelerate launch`: the same command, several processes, a checkpoint that loads.

On a machine without a GPU, `accelerate launch --cpu --num_processes 2` runs ONE process (accelerate starts several
CPU processes only through MPI, `--mpirun_hostfile`); `--multi_gpu --num_processes 2` starts two through
torch.distributed, and on a machine without CUDA they train on the CPU over gloo. Both are checked here: the second
is the real two-process run (its report says how many processes took part)."""
import json, os, subprocess, sys
from pathlib import Path
import torch

BIN = Path(sys.executable).parent
ENV = {**os.environ, 'S3EDITOR_QUIET': '1', 'OMP_NUM_THREADS': '1', 'CUDA_VISIBLE_DEVICES': ''}

def _launch(tmp_path, *launch_args):
    out = tmp_path/'run'
    cmd = [str(BIN/'accelerate'), 'launch', *launch_args, '--num_machines', '1', '--mixed_precision', 'no',
           '--dynamo_backend', 'no', str(BIN/'s3editor'), 'train', 'lt', '--tiny', '--out', str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=900)
    assert r.returncode == 0, r.stderr[-3000:]
    reports = [json.loads(l) for l in r.stdout.splitlines() if l.startswith('{')]
    assert len(reports) == 1, r.stdout  # only the main process reports
    return out, reports[0]

def _check_written(out: Path, report: dict):
    from s3editor_nb.editors import load_lt
    from s3editor_nb.training import read_checkpoint
    lt = load_lt(out/'lt', report['attributes'], n_latent=12, dim=128)
    assert set(lt.attributes) == set(report['attributes']) and report['attributes']
    w = torch.randn(2, 12, 128)
    for a in lt.attributes:
        assert lt.edit(w, a, 1.0).shape == w.shape
        ck = read_checkpoint(out/'runs'/'lt'/a)  # the loop's checkpoint loads and holds the exported weights
        t = lt.tnets[a].state_dict()
        assert all(torch.equal(ck['model'][f't.{k}'], v) for k, v in t.items())

def test_train_lt_cpu_flag_runs_one_process(tmp_path):
    out, rep = _launch(tmp_path, '--cpu', '--num_processes', '2')
    assert rep['processes'] == 1
    _check_written(out, rep)

def test_train_lt_two_processes(tmp_path):
    out, rep = _launch(tmp_path, '--multi_gpu', '--num_processes', '2')
    assert rep['processes'] == 2
    _check_written(out, rep)

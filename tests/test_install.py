"""The installed package: metadata from settings.ini, the console script, and an import that touches neither the
network nor a GPU."""
import configparser, json, os, subprocess, sys
from pathlib import Path
import s3editor_nb

ROOT = Path(__file__).resolve().parents[1]

def test_version_matches_settings():
    cfg = configparser.ConfigParser(); cfg.read(ROOT/'settings.ini')
    assert s3editor_nb.__version__ == cfg['DEFAULT']['version']

def test_console_script_help_and_bench():
    exe = Path(sys.executable).parent/'s3editor'
    r = subprocess.run([str(exe), '--help'], capture_output=True, text=True)
    assert r.returncode == 0 and 'bench' in r.stdout and 'demo' in r.stdout
    r = subprocess.run([str(exe), 'bench', 'core', '--json', '--quick'], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)['benchmark'] == 'core'

def test_import_is_offline_and_cpu_only():
    # importing every module must not initialise CUDA nor open a socket
    code = ("import socket, importlib, pkgutil, torch\n"
            "def refuse(*a, **k): raise RuntimeError('network used at import')\n"
            "socket.socket.connect = refuse\n"
            "import s3editor_nb\n"
            "for m in pkgutil.iter_modules(s3editor_nb.__path__): importlib.import_module('s3editor_nb.' + m.name)\n"
            "assert not torch.cuda.is_initialized()\n")
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, env={**os.environ, 'CUDA_VISIBLE_DEVICES': ''})
    assert r.returncode == 0, r.stderr

def test_install_keeps_existing_torch():
    # the torch already in this environment satisfies the requirement, so installing the package must not touch it
    r = subprocess.run([sys.executable, '-m', 'pip', 'install', '--dry-run', '--quiet', '--report', '-', '.[dev]'],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    names = [i['metadata']['name'].lower() for i in json.loads(r.stdout)['install']]
    assert 's3editor-nb' in names or 's3editor_nb' in names, names
    assert 'torch' not in names, f'installing would replace torch: {names}'

"""Repository checks run by CI before the tests: the library is in sync with the notebooks, the notebooks are
committed clean, and README.md is current with nbs/index.ipynb."""
import filecmp, json, shutil, subprocess, sys, tempfile
from pathlib import Path

root = Path(__file__).resolve().parents[1]
bin_dir = Path(sys.executable).parent

def check_export() -> list[str]:
    "Export the notebooks into a scratch copy and compare its library with the committed one."
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        for name in ['nbs', 's3editor_nb']: shutil.copytree(root/name, d/name, ignore=shutil.ignore_patterns('__pycache__', 'weights'))
        shutil.copy(root/'settings.ini', d)
        subprocess.run([str(bin_dir/'nbdev_export')], cwd=d, check=True, capture_output=True)
        cmp = filecmp.dircmp(root/'s3editor_nb', d/'s3editor_nb', ignore=['__pycache__', 'weights'])
        bad = [f's3editor_nb/{f}' for f in cmp.diff_files + cmp.left_only + cmp.right_only]
    return [f'{f} differs from what nbdev_export makes of the notebooks' for f in bad]

def check_clean() -> list[str]:
    "Notebooks carry no outputs, execution counts, widget state or extra metadata."
    errs = []
    for p in sorted((root/'nbs').glob('*.ipynb')):
        nb = json.loads(p.read_text())
        if set(nb.get('metadata', {})) - {'kernelspec', 'language_info', 'jupytext'} or 'widgets' in nb.get('metadata', {}):
            errs.append(f'{p.name}: notebook metadata not clean: {sorted(nb["metadata"])}')
        for i, c in enumerate(nb['cells']):
            if c.get('outputs') or c.get('execution_count') is not None or c.get('metadata'):
                errs.append(f'{p.name}: cell {i} has outputs, an execution count or metadata'); break
    return errs

if __name__ == '__main__':
    errs = check_export() + check_clean()
    if errs:
        print('\n'.join(errs)); sys.exit('repository check failed: run nbdev_export and nbdev_clean, then commit')
    subprocess.run([sys.executable, str(root/'tools'/'make_readme.py'), '--check'], check=True)
    print('repository check: library in sync, notebooks clean, README current')

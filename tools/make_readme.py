"""Write README.md from nbs/index.ipynb: execute a copy, drop `#| hide` cells, keep only the markdown output of
`#| echo: false` cells, convert to markdown.

usage: python tools/make_readme.py [--check]   (--check: exit 1 if README.md is not current)
Quarto (and so nbdev_readme) is not available offline, hence this small nbconvert script.
"""
import copy, re, sys
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter
from nbconvert.preprocessors import ExecutePreprocessor

root = Path(__file__).resolve().parents[1]
directive = re.compile(r'^\s*#\|.*$\n?', re.M)

def render() -> str:
    nb = nbformat.read(root/'nbs'/'index.ipynb', as_version=4)
    ExecutePreprocessor(timeout=600, kernel_name='python3').preprocess(nb, {'metadata': {'path': str(root/'nbs')}})
    keep = []
    for c in nb.cells:
        if c.cell_type == 'code':
            if re.search(r'^\s*#\|\s*hide\b', c.source, re.M): continue
            if re.search(r'^\s*#\|\s*echo:\s*false\b', c.source, re.M):  # keep only the cell's markdown output
                md = [o['data']['text/markdown'] for o in c.get('outputs', []) if 'text/markdown' in o.get('data', {})]
                keep.append(nbformat.v4.new_markdown_cell('\n\n'.join(md))); continue
            c = copy.deepcopy(c); c.source = directive.sub('', c.source).strip('\n')
            for o in c.get('outputs', []): o.get('metadata', {}).clear()
        keep.append(c)
    nb.cells = keep
    body, _ = MarkdownExporter(exclude_input_prompt=True, exclude_output_prompt=True).from_notebook_node(nb)
    header = '<!-- Generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file. -->\n\n'
    return header + re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'

if __name__ == '__main__':
    text = render()
    if '--check' in sys.argv:
        if (root/'README.md').read_text() != text:
            sys.exit('README.md is stale: run `python tools/make_readme.py` and commit it')
        print('README.md is current')
    else:
        (root/'README.md').write_text(text); print('wrote README.md')

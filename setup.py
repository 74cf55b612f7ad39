"""Package set-up: every field comes from settings.ini (nbdev 2 layout), read with configparser."""
from configparser import ConfigParser
from pathlib import Path
import setuptools

here = Path(__file__).parent
cfg = ConfigParser(delimiters=['='])
cfg.read(here/'settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']
reqs = lambda key: cfg.get(key, '').split()
licenses = {'apache2': ('Apache Software License 2.0', 'OSI Approved :: Apache Software License')}
lic = licenses[cfg['license']]
readme = here/'README.md'

setuptools.setup(
    name=cfg['lib_name'], version=cfg['version'], description=cfg['description'],
    long_description=readme.read_text(encoding='utf-8') if readme.exists() else cfg['description'],
    long_description_content_type='text/markdown',
    author=cfg['author'], author_email=cfg['author_email'], license=lic[0], keywords=cfg['keywords'],
    url=cfg['git_url'], python_requires='>=' + cfg['min_python'],
    classifiers=['Development Status :: 3 - Alpha', 'Intended Audience :: Developers',
                 'License :: ' + lic[1], 'Natural Language :: English', 'Programming Language :: Python :: 3'],
    packages=setuptools.find_packages(include=[cfg['lib_name'], cfg['lib_name'] + '.*']),
    include_package_data=True,
    package_data={cfg['lib_name']: [f'weights/{d}*.{e}' for d in ('', '*/', '*/*/') for e in ('safetensors', 'json', 'pth.tar')]},
    install_requires=reqs('requirements'),
    extras_require={'faces': reqs('faces_requirements'), 'dev': reqs('dev_requirements') + reqs('faces_requirements')},
    entry_points={'console_scripts': reqs('console_scripts'), 'nbdev': [f"{cfg['lib_name']}={cfg['lib_name']}._modidx:d"]},
    zip_safe=False,
)

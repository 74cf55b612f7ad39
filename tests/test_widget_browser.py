"""The widget demo in a real browser: voila serves a notebook showing `EditDemo`; Debian's headless Chromium, driven
by playwright, presses Edit, waits for the metrics and scrubs the frame slider with the keyboard."""
import os, shutil, signal, socket, subprocess, sys, time
import nbformat
import pytest

FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync']


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0)); return s.getsockname()[1]


def _wait_port(port: int, proc, timeout: float = 120):
    t0 = time.time()
    while time.time() - t0 < timeout:
        if proc.poll() is not None: raise RuntimeError(f'voila exited with code {proc.returncode}')
        with socket.socket() as s:
            if s.connect_ex(('127.0.0.1', port)) == 0: return
        time.sleep(0.5)
    raise TimeoutError(f'voila did not listen on port {port} within {timeout}s')


def test_widget_demo_in_chromium(tmp_path):
    chromium = shutil.which('chromium')
    assert chromium, "Debian's chromium is required (`bash tools/run.sh test` installs it with apt-get)"
    from playwright.sync_api import sync_playwright
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        'from s3editor_nb.demo import EditDemo\nEditDemo.default(width=160)')])
    path = tmp_path / 'demo.ipynb'; nbformat.write(nb, path)
    port, log = _free_port(), open(tmp_path / 'voila.log', 'w')
    env = dict(os.environ, S3EDITOR_QUIET='1')
    proc = subprocess.Popen([sys.executable, '-m', 'voila', str(path), f'--port={port}', '--no-browser',
                             '--Voila.ip=127.0.0.1', '--theme=light'], cwd=tmp_path, stdout=log, stderr=log,
                            env=env, start_new_session=True)
    try:
        _wait_port(port, proc)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
            page = browser.new_page()
            page.goto(f'http://127.0.0.1:{port}/', timeout=120_000)
            edit = page.locator('button[title="Edit"]')                # not the editor toggle 's3editor'
            edit.wait_for(timeout=240_000)
            imgs = page.locator('.widget-image')
            imgs.nth(1).wait_for(timeout=60_000)
            before = imgs.nth(1).get_attribute('src')
            edit.click()
            page.wait_for_selector('.s3-metrics', timeout=300_000)
            assert 'id_sim' in page.inner_text('.s3-metrics')
            after = imgs.nth(1).get_attribute('src')
            assert after != before, 'the edited pane did not change after Edit'
            original = imgs.nth(0).get_attribute('src')
            handle = page.locator('.widget-hslider .noUi-handle').nth(1)   # sliders: strength, frame
            handle.wait_for(state='attached', timeout=30_000)
            handle.focus(); page.keyboard.press('End')
            page.wait_for_function(
                "([s]) => document.querySelectorAll('.widget-image')[0].getAttribute('src') !== s",
                arg=[original], timeout=60_000)
            browser.close()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try: proc.wait(timeout=20)
        except subprocess.TimeoutExpired: os.killpg(proc.pid, signal.SIGKILL)
        log.close()

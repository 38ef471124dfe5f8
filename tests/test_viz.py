"""The HTML view in a real browser (Debian's headless Chromium): it draws, works offline, runs no injected script."""
from __future__ import annotations

import shutil
import time

import pytest

from kg.pipeline import build
from kg.store import open_store
from kg.viz import write_html

pytestmark = pytest.mark.browser

EVIL = ("Bài thử\nSáng 5/1/2024, Bộ Y tế tổ chức Hội nghị. Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì. "
        "Bộ trưởng Bộ Y tế Nguyễn <script>window.pwned=1</script> phát biểu; ông Trần \"<img src=x "
        "onerror=window.pwned=2>\" Bình dự.")


@pytest.fixture(scope="module")
def browser():
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        pytest.skip("chromium and chromedriver are installed by scripts/install-browser (make test)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-quic"):
        opts.add_argument(flag)
    drv = webdriver.Chrome(service=Service(driver), options=opts)
    yield drv
    drv.quit()


def _page(tmp_path, text):
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    store = open_store()
    build([src], store)
    out = tmp_path / "graph.html"
    write_html(store, out)
    return out


def _wait(browser, script, timeout=20.0):
    end = time.time() + timeout
    while time.time() < end:
        value = browser.execute_script(script)
        if value:
            return value
        time.sleep(0.2)
    return browser.execute_script(script)


def test_viz_draws_the_graph_offline(browser, sample_store, tmp_path):
    out = tmp_path / "samples.html"
    nodes, _ = write_html(sample_store, out)
    browser.get(out.as_uri())
    assert _wait(browser, "return (typeof network !== 'undefined' && network.body) ? 1 : 0")
    drawn = browser.execute_script("return nodes.get().length")
    assert drawn == nodes > 10
    assert browser.execute_script("return document.querySelector('#mynetwork canvas') !== null")
    labels = browser.execute_script("return nodes.get().map(n => n.label)")
    assert any(" " in label for label in labels)  # people and bodies are named, not numbered


def test_viz_article_text_cannot_run_script(browser, tmp_path):
    out = _page(tmp_path, EVIL)
    # and names that are themselves markup, as a hostile graph file could carry them
    import pyoxigraph as ox

    from kg.rdf.vocab import RDF, SDO
    store = open_store()
    g = ox.DefaultGraph()  # what queries read: the union of the article graphs
    for i, name in enumerate(["<script>window.pwned=1</script>", "<img src=x onerror=window.pwned=2>",
                              "</script><script>window.pwned=3</script>"]):
        node = ox.NamedNode(f"https://example.org/kg/person/{i}")
        store.add(ox.Quad(node, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SDO.Person)), g))
        store.add(ox.Quad(node, ox.NamedNode(str(SDO.name)), ox.Literal(name), g))
    hostile = tmp_path / "hostile.html"
    write_html(store, hostile)
    browser.get(hostile.as_uri())
    _wait(browser, "return typeof network !== 'undefined' && network.body ? 1 : 0")
    time.sleep(0.5)
    assert browser.execute_script("return window.pwned === undefined")
    labels = browser.execute_script("return nodes.get().map(n => n.label)")
    assert "<script>window.pwned=1</script>" in labels  # shown as text
    browser.get(out.as_uri())
    _wait(browser, "return typeof network !== 'undefined' && network.body ? 1 : 0")
    time.sleep(0.5)
    assert browser.execute_script("return window.pwned === undefined")
    labels = " ".join(browser.execute_script("return nodes.get().map(n => n.label + ' ' + (n.title || ''))"))
    assert "Đào Hồng Lan" in labels

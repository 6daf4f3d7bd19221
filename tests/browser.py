"""Open a page in Debian's headless Chromium and report what it did.

Uses Playwright's driver with the system browser (`/usr/bin/chromium`), never a downloaded
one. Every request that is not to a local file is blocked and recorded.
"""
from __future__ import annotations

import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


@contextmanager
def offline_page(width: int, height: int, out):
    """A page in Debian's Chromium on which every request leaving the machine is blocked and
    recorded in `out.outside_requests`, and console errors in `out.console_errors`."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": width, "height": height})

            def route(r):
                if r.request.url.startswith(("file:", "data:", "about:")):
                    r.continue_()
                else:
                    out.outside_requests.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("console", lambda m: m.type == "error" and out.console_errors.append(m.text))
            yield page
        finally:
            browser.close()


@dataclass
class Visit:
    nodes: int = -1
    edges: int = -1
    ready: bool = False
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    pwned: object = None
    tooltip: str = ""
    tooltip_elements: int = -1
    visible_after_filter: int = -1  # nodes not hidden after unticking one type in the legend
    selected_after_search: list = field(default_factory=list)  # labels selected by the search box
    panel: dict = field(default_factory=dict)  # the side panel after clicking a node (see _panel)
    followed: dict = field(default_factory=dict)  # … after following one of its neighbour links
    selected_after_follow: list = field(default_factory=list)
    closed_by_escape: bool = False
    closed_by_click_elsewhere: bool = False


def visit(page_path: Path, screenshot: Path | None = None, hover_label: str | None = None,
          hide_kind: str | None = None, search: str | None = None, click_label: str | None = None,
          follow_label: str | None = None, panel_screenshot: Path | None = None) -> Visit:
    out = Visit()
    with offline_page(1400, 900, out) as page:
        page.on("pageerror", lambda e: out.page_errors.append(str(e)))
        page.on("dialog", lambda d: (out.dialogs.append(d.message), d.dismiss()))
        page.goto(Path(page_path).resolve().as_uri())
        page.wait_for_function("() => window.kgReady === true", timeout=60_000)
        out.ready = True
        out.nodes = page.evaluate("() => window.kgNetwork.body.data.nodes.length")
        out.edges = page.evaluate("() => window.kgNetwork.body.data.edges.length")
        if hover_label is not None:
            _hover(page, hover_label, out)
        if click_label is not None:
            _panel_tour(page, click_label, follow_label, panel_screenshot, out)
        if hide_kind is not None:
            page.uncheck(f"#legend input[data-kind='{hide_kind}']")
            out.visible_after_filter = page.evaluate(
                "() => window.kgNetwork.body.data.nodes.get().filter(n => !n.hidden).length")
        if search is not None:
            page.fill("#search", search)
            page.dispatch_event("#search", "change")
            out.selected_after_search = page.evaluate("""() => window.kgNetwork.getSelectedNodes()
                .map(id => window.kgNetwork.body.data.nodes.get(id).label)""")
        out.pwned = page.evaluate("() => window.__pwned === undefined ? null : window.__pwned")
        if screenshot is not None:
            page.screenshot(path=str(screenshot))
    return out


def _point(page, label: str) -> dict:
    """Where on the screen the node with this label is drawn."""
    return page.evaluate("""(label) => {
        const net = window.kgNetwork;
        const node = net.body.data.nodes.get().find(n => n.label === label);
        const p = net.getPositions([node.id])[node.id];
        const d = net.canvasToDOM(p);
        const r = document.getElementById('network').getBoundingClientRect();
        return {x: d.x + r.left, y: d.y + r.top};
    }""", label)


def _empty_point(page) -> dict:
    """A point on the drawing, left of where the panel opens, with no node or edge under it."""
    return page.evaluate("""() => {
        const net = window.kgNetwork;
        const r = document.getElementById('network').getBoundingClientRect();
        for (let y = 20; y < r.height - 20; y += 37) {
          for (let x = 20; x < r.width - 480; x += 37) {
            if (net.getNodeAt({x, y}) === undefined && net.getEdgeAt({x, y}) === undefined) {
              return {x: x + r.left, y: y + r.top};
            }
          }
        }
        return null;
    }""")


PANEL = """() => {
    const q = (sel, root) => (root || document).querySelector(sel);
    return {
      open: !q('#panel').hidden,
      title: q('#panel-title').textContent,
      kind: q('#panel-kind').textContent,
      facts: [...document.querySelectorAll('#panel-facts li.fact')].map(li => ({
        text: q('.fact-text', li).textContent,
        quote: (q('.quote', li) || {}).textContent || '',
        file: (q('.file', li) || {}).textContent || '',
        title: (q('.doc-title', li) || {}).textContent || ''})),
      neighbours: [...document.querySelectorAll('#panel-neighbours a.neighbour')].map(a => a.textContent),
      markup: document.querySelectorAll('#panel img, #panel script, #panel iframe').length,
    };
}"""


def _settle(page) -> None:
    """Let a focus animation finish: positions on screen stop changing."""
    page.wait_for_function("""() => {
        const net = window.kgNetwork, v = JSON.stringify([net.getViewPosition(), net.getScale()]);
        const same = window.__lastView === v; window.__lastView = v; return same;
    }""", polling=300, timeout=10_000)


def _panel_tour(page, label: str, follow: str | None, shot: Path | None, out: Visit) -> None:
    """Click a node, read its panel, follow a neighbour link, then close the panel both ways."""
    p = _point(page, label)
    page.mouse.click(p["x"], p["y"])
    page.wait_for_selector("#panel", state="visible", timeout=10_000)
    out.panel = page.evaluate(PANEL)
    if follow is not None:
        page.locator("#panel a.neighbour").filter(has_text=re.compile("^" + re.escape(follow) + "$")).first.click()
        page.wait_for_function("(t) => document.getElementById('panel-title').textContent === t", arg=follow,
                               timeout=10_000)
        _settle(page)
        out.followed = page.evaluate(PANEL)
        out.selected_after_follow = page.evaluate("""() => window.kgNetwork.getSelectedNodes()
            .map(id => window.kgNetwork.body.data.nodes.get(id).label)""")
    if shot is not None:
        page.screenshot(path=str(shot))
    page.keyboard.press("Escape")
    out.closed_by_escape = page.evaluate("() => document.getElementById('panel').hidden")
    p = _point(page, follow or label)
    page.mouse.click(p["x"], p["y"])
    page.wait_for_selector("#panel", state="visible", timeout=10_000)
    empty = _empty_point(page)
    if empty is not None:
        page.mouse.click(empty["x"], empty["y"])
        out.closed_by_click_elsewhere = page.evaluate("() => document.getElementById('panel').hidden")


def _hover(page, label: str, out: Visit) -> None:
    """Move the mouse onto the node with this label and read the tooltip vis-network shows."""
    pos = _point(page, label)
    page.mouse.move(pos["x"] - 30, pos["y"] - 30)
    page.mouse.move(pos["x"], pos["y"], steps=5)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
    out.tooltip = page.inner_text("div.vis-tooltip")
    out.tooltip_elements = page.evaluate("() => document.querySelectorAll('div.vis-tooltip *:not(div)').length")


@dataclass
class Picture:
    width: float = 0  # the drawn SVG's size in the page, in CSS pixels
    height: float = 0
    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)


def open_picture(path: Path, screenshot: Path) -> Picture:
    """Open an SVG file as a page, measure what was drawn and screenshot it."""
    out = Picture()
    with offline_page(1000, 700, out) as page:
        page.goto(Path(path).resolve().as_uri())
        box = page.evaluate("() => { const r = document.documentElement.getBoundingClientRect();"
                            " return [r.width, r.height]; }")
        out.width, out.height = box
        page.screenshot(path=str(screenshot))
    return out

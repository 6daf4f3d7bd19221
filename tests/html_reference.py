"""The HTML-to-text kg used before kg/htmltext.py (BeautifulSoup over html.parser), kept as
the reference the new one must agree with on ordinary pages. Too slow for the product:
inserting a line break after a block walks to the block's last descendant, so nested
pages cost time growing with the square of their depth."""
from __future__ import annotations

from bs4 import BeautifulSoup, Comment

BLOCKS = ["p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2",
          "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "dd", "dt",
          "blockquote", "pre", "figure", "figcaption", "hr", "form"]


def html_to_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for node in soup(["script", "style", "noscript", "template", "iframe", "head"]):
        if node.name != "head" or not node.find("title"):
            node.decompose()
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if soup.head:
        soup.head.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    body = soup.get_text("")
    lines = [ln.strip() for ln in body.splitlines()]
    text = "\n".join(ln for ln in lines if ln)
    return (title + "\n" + text) if title and not text.startswith(title) else text

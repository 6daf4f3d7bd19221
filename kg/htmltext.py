"""HTML page -> its visible text, a line per block, in time linear in the page's size.

The standard library's HTML tokenizer (`html.parser`, the one BeautifulSoup's
"html.parser" builder runs on) reads the page once; `_TextCollector` keeps a stack of the
open elements and writes the text as it goes, with no tree. Trees cost more than that on
deeply nested pages: BeautifulSoup took 65 s on a 227 KB page of 20 000 nested <div>s
(inserting a line break after a block walks to its last descendant), selectolax (Lexbor)
grows with the square of the depth, and lxml (libxml2) stops building the tree at depth
2048 and drops the rest of the text (benchmarks/html_text.py). Elements end as
BeautifulSoup ends them on this tokenizer, so ordinary pages give the same text: an end
tag closes the latest open element of its name and every element opened after it; an end
tag with none open is ignored; a run of white space between two tags counts as one space
(a newline if it holds one), except in <pre> and <textarea>.

Dropped: scripts, styles, <noscript>, <template>, <iframe>, every <head> (its <title> is
kept and put first, unless the text already starts with it), comments, doctypes.
Entities are decoded by `html.unescape`: an unknown one (`&foo;`) keeps its semicolon,
which BeautifulSoup dropped.
"""
from __future__ import annotations

from html.parser import HTMLParser

BLOCKS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2",
    "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "dd", "dt",
    "blockquote", "pre", "figure", "figcaption", "hr", "form"})
SPACES = " \t\n\r\f"  # what HTML calls white space
HIDDEN = frozenset({"script", "style", "noscript", "template", "iframe"})
# Elements that never hold anything: opened and closed by their start tag.
VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "menuitem",
    "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "command", "frame",
    "image", "isindex", "nextid", "spacer"})


def html_to_text(html: str) -> str:
    """The page's visible text, a line per block; scripts, styles and comments dropped.

    >>> html_to_text("<title>标题</title><p>第一段<b>加粗</b></p><br><div>第二段<!-- 注释 --></div>")
    '标题\\n第一段加粗\\n第二段'
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = [ln.strip() for ln in "".join(collector.body).splitlines()]
    text = "\n".join(ln for ln in lines if ln)
    title = " ".join(p.strip() for p in collector.title if p.strip())
    return (title + "\n" + text) if title and not text.startswith(title) else text


class _TextCollector(HTMLParser):
    """Tokens in, text pieces out: `body` (what is shown) and `title` (the first <title>)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities decoded by html.unescape
        self.body: list[str] = []
        self.title: list[str] = []
        self._open: list[str] = []  # names of the open elements, innermost last
        self._count: dict[str, int] = {}  # how many of each name are open: O(1) "is one open?"
        self._hidden = 0  # open HIDDEN elements
        self._heads = 0  # open <head>s
        self._title_state = "before"  # before -> inside -> done
        self._pending: list[str] = []  # text since the last tag, written out at the next one

    def _shown(self) -> bool:
        return not self._hidden and not self._heads

    def _flush(self) -> None:
        """The text between two tags; only spaces there count as one (a newline if any)."""
        if not self._pending:
            return
        data = "".join(self._pending)
        self._pending = []
        if not data.strip(SPACES) and not (self._count.get("pre") or self._count.get("textarea")):
            data = "\n" if "\n" in data else " "
        if self._shown():
            self.body.append(data)
        if self._title_state == "inside" and not self._hidden:
            self.title.append(data)

    def handle_data(self, data: str) -> None:
        self._pending.append(data)

    def handle_starttag(self, tag: str, attrs) -> None:
        self._flush()
        if tag in VOID:
            if self._shown() and (tag == "br" or tag in BLOCKS):
                self.body.append("\n")
            return
        if tag in BLOCKS and self._shown():
            self.body.append("\n")
        self._open.append(tag)
        self._count[tag] = self._count.get(tag, 0) + 1
        if tag in HIDDEN:
            self._hidden += 1
        elif tag == "head":
            self._heads += 1
        elif tag == "title" and self._title_state == "before" and not self._hidden:
            self._title_state = "inside"

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        self._flush()
        if not self._count.get(tag):
            return
        while True:  # every element opened inside this one ends with it
            name = self._open.pop()
            self._count[name] -= 1
            self._close(name)
            if name == tag:
                return

    def _close(self, name: str) -> None:
        if name in HIDDEN:
            self._hidden -= 1
        elif name == "head":
            self._heads -= 1
        elif name == "title" and self._title_state == "inside" and not self._count["title"]:
            self._title_state = "done"
        if name in BLOCKS and self._shown():
            self.body.append("\n")

    def unknown_decl(self, data: str) -> None:
        self._flush()
        if data.upper().startswith("CDATA[") and self._shown():  # as BeautifulSoup keeps it
            self.body.append(data[len("CDATA["):])

    # Comments, doctypes and processing instructions end a run of text and show nothing.
    def handle_comment(self, data: str) -> None:
        self._flush()

    def handle_decl(self, decl: str) -> None:
        self._flush()

    def handle_pi(self, data: str) -> None:
        self._flush()

    def close(self) -> None:
        super().close()
        self._flush()

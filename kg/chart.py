"""`kg chart`: how regions compare on one measure, drawn as an SVG (matplotlib).

The figures come from `queries/compare_regions.rq`, so the chart shows what the query
answers. Years run along the bottom, one line per region; actual figures are solid lines
with filled dots, targets dashed lines with open dots; each dot carries its value and
qualifier (> 超过, ~ 约, < 不到). Figures without a year cannot be placed and are counted in
a note. Glyphs are drawn as paths from a CJK font found on this machine (Debian:
fonts-noto-cjk), so the SVG shows Chinese on any machine, offline, without that font.
"""
from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg import measures, sparql
from kg.errors import KgError

# fonts with the Chinese glyphs, best first (Debian's fonts-noto-cjk provides the first)
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "Source Han Sans SC",
             "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "AR PL UMing CN")
QUALIFIER = {"=": "", ">": "＞", "<": "＜", "~": "约"}


@dataclass(frozen=True)
class Point:
    region: str
    year: int | None
    value: float
    unit: str
    qualifier: str
    kind: str  # actual | target
    source: str


def points(g: Graph, query_file: Path, indicator: str) -> list[Point]:
    """The figures compare_regions.rq gives for the measure."""
    text = sparql.read_query(query_file)
    result = sparql.query(g, text, {"indicator": indicator}, name=str(query_file))
    return [Point(str(r.region), None if r.year is None else int(str(r.year)), float(r.value),
                  str(r.unit), str(r.qualifier), str(r.kind), str(r.source))
            for r in result]


def title(indicator: str) -> str:
    """The measure's own label where the indicator is one of its wordings."""
    for m in measures.scheme().values():
        if measures.names(m.id, indicator):
            return m.label
    return indicator


def cjk_font() -> str | None:
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    found = next((name for name in CJK_FONTS if name in installed), None)
    if found is None:  # a font installed after matplotlib cached its list: add the system's fonts
        known = {f.fname for f in font_manager.fontManager.ttflist}
        for path in font_manager.findSystemFonts():
            if path not in known:
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue  # a font file matplotlib cannot read is no use to the chart
        installed = {f.name for f in font_manager.fontManager.ttflist}
        found = next((name for name in CJK_FONTS if name in installed), None)
    return found


def svg(found: list[Point], heading: str) -> bytes:
    """The chart as SVG bytes; the same points always give the same bytes."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    font = cjk_font()
    if font is None:
        raise KgError("kg chart: no font with Chinese glyphs is installed; install one "
                      "(Debian: apt-get install fonts-noto-cjk) and run it again")
    dated = [p for p in found if p.year is not None]
    with rc_context({"font.family": [font], "svg.fonttype": "path", "svg.hashsalt": "kg",
                     "axes.unicode_minus": False}):
        fig = Figure(figsize=(9, 5.5))
        ax = fig.add_subplot()
        _draw(ax, dated)
        units = "、".join(sorted({p.unit for p in found})) or "—"
        ax.set_title(f"{heading}（{units}）：各地区比较", fontsize=13)
        ax.set_xlabel("年份")
        ax.set_ylabel(units, rotation=0, labelpad=12)  # a Chinese unit reads upright
        notes = ["实线实心点：实际；虚线空心点：目标"]
        if len(dated) < len(found):
            notes.append(f"另有 {len(found) - len(dated)} 个数字年份不详，未画出")
        if not found:
            notes = [f"图中没有数字：没有“{heading}”的统计"]
        fig.text(0.01, 0.01, "；".join(notes), fontsize=8, color="#555555")
        fig.subplots_adjust(right=0.78, bottom=0.14)
        out = io.BytesIO()
        fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    return out.getvalue()


def _shade(i: int, n: int) -> int:
    """tab20 pairs a dark and a light shade: take every dark one before any light one."""
    return i % n if n < 20 else (2 * i) % 20 + (i // 10) % 2


def _draw(ax, dated: list[Point]) -> None:
    from matplotlib import colormaps

    regions = sorted({p.region for p in dated})
    colours = colormaps["tab20" if len(regions) > 10 else "tab10"]
    series: dict[tuple[str, str], list[Point]] = defaultdict(list)
    for p in dated:
        series[(p.region, p.kind)].append(p)
    for (region, kind), pts in sorted(series.items()):
        pts.sort(key=lambda p: (p.year, p.value))
        colour = colours(_shade(regions.index(region), colours.N))
        target = kind == "target"
        (line,) = ax.plot([p.year for p in pts], [p.value for p in pts], color=colour,
                          linestyle="--" if target else "-", marker="o", markersize=6,
                          markerfacecolor="white" if target else colour,
                          label=region if not target else f"{region}（目标）")
        line.set_gid(f"{kind}:{region}")  # the SVG group's id: what a reader (or test) finds
        for p in pts:
            ax.annotate(f"{QUALIFIER.get(p.qualifier, p.qualifier)}{p.value:,.0f}", (p.year, p.value),
                        textcoords="offset points", xytext=(4, 5), fontsize=7, color=colour)
    values = [p.value for p in dated if p.value > 0]
    if values and max(values) / min(values) > 100:  # 全国 beside a county: a log scale shows both
        ax.set_yscale("log")
    years = sorted({p.year for p in dated})
    if years:
        ax.set_xticks(years)
        ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    ax.grid(True, color="#e5e5e5")
    if series:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)

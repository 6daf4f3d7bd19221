"""Posts in time and the SKOS scheme of roles: qualifiers as data, all leaders by one query."""
from __future__ import annotations

from pathlib import Path

from kg import pipeline, sparql

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = """江西省社会工作协会换届
2022-09-20 来源：江西日报
江西省社会工作协会会长周建国、常务副会长吴敏、副会长兼秘书长郑华、名誉会长钟海、理事谢静出席。
江西省社会工作协会原会长黄立新到会祝贺。
九江市社会工作协会现任会长欧阳明介绍了经验。
"""


def leaders(tmp_path) -> set[tuple]:
    (tmp_path / "jx.txt").write_text(ARTICLE, encoding="utf-8")
    g = pipeline.build([tmp_path / "jx.txt"]).graph
    text = (ROOT / "queries" / "leaders.rq").read_text(encoding="utf-8")
    return {(str(r.person), str(r.role), str(r.tier), str(r.qualifier or ""), str(r.since or ""))
            for r in sparql.query(g, text)}


def test_all_leaders_by_tier_with_qualifiers_and_start_dates(tmp_path):
    assert leaders(tmp_path) == {
        ("周建国", "会长", "主要负责人", "", ""),
        ("吴敏", "常务副会长", "副职负责人", "常务", ""),  # 常务副会长 ⊂ 副会长 ⊂ 副职负责人
        ("郑华", "副会长", "副职负责人", "", ""),
        ("郑华", "秘书长", "秘书长", "", ""),
        ("钟海", "名誉会长", "主要负责人", "名誉", ""),  # 名誉会长 ⊂ 会长
        ("欧阳明", "会长", "主要负责人", "", "2022-09-20"),  # 现任: since the article's date
    }  # 理事 is not a leading post; 黄立新's post is a former one

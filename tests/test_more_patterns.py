"""Patterns the second invented gold set (tests/gold/docs2) showed missing, in other words."""
from __future__ import annotations

from conftest import posts, signings
from kg import article
from kg import pipeline
from kg.extract import statistics
from kg.facts import Post, Signing
from kg.ingest import document_from_text
from kg.segment import sentences

HEAD = "2023-06-01 来源：陕西日报\n"


def people(text):
    return {(p.person, p.role, p.org.name, p.former) for p in posts(HEAD + text)}


def test_transliterated_names_with_a_dot():
    assert people("伊犁州民政局局长买买提·艾力、副局长王刚出席。") == {
        ("买买提·艾力", "局长", "伊犁州民政局", False), ("王刚", "副局长", "伊犁州民政局", False)}
    assert people("会议任命热依拉·阿不都为伊犁州社会工作服务中心主任。") == {
        ("热依拉·阿不都", "主任", "伊犁州社会工作服务中心", False)}


def test_former_post_in_the_middle_of_a_chain():
    assert people("西安市社会工作协会会长、原市民政局副局长赵明出席。") >= {
        ("赵明", "会长", "西安市社会工作协会", False), ("赵明", "副局长", "西安市民政局", True)}


def test_elected_into_the_association_just_named():
    text = ("陕西省社会工作协会第二次会员代表大会召开。西北大学教授刘芳当选为协会会长，"
            "西安市社会工作服务中心主任韩涛当选为常务副会长。大会还聘任周宁为秘书长。")
    assert people(text) >= {("刘芳", "会长", "陕西省社会工作协会", False),
                            ("韩涛", "常务副会长", "陕西省社会工作协会", False),
                            ("周宁", "秘书长", "陕西省社会工作协会", False),
                            ("韩涛", "主任", "西安市社会工作服务中心", False)}


def test_a_bank_signs_and_a_list_that_ends_its_clause():
    found = {(s.agreement, frozenset(o.name for o in s.signatories)) for s in signings(
        HEAD + "仪式上，陕西省社会工作协会与长安银行西安分行现场签约《公益金融合作协议》。"
               "会议回顾了2022年5月陕甘两地民政部门签订《陕甘社工协作协议》以来的进展。"
               "陕西省民政厅、甘肃省民政厅负责同志出席。")}
    assert ("公益金融合作协议", frozenset({"陕西省社会工作协会", "长安银行西安分行"})) in found


def test_a_bare_province_body_takes_the_province_the_article_is_about():
    text = HEAD + "陕西省社会工作大会在西安召开。陕西省各地代表参加。省民政厅副厅长高明出席并讲话。"
    [p] = [f for f in pipeline.extract_document(document_from_text("sx", "sx.txt", text))
           if isinstance(f, Post)]
    assert p.org.name == "陕西省民政厅"


def observe(body):
    d = document_from_text("t", "t.txt", HEAD + body)
    return [(o.indicator, o.value, o.qualifier) for o in statistics.extract(article.analyse(d))]


def test_at_least_is_more_than_and_attendance_is_not_a_figure():
    assert observe("陕西省每年培养社会工作者不少于500人。") == [("每年培养社会工作者", 500, ">")]
    assert observe("陕西省200余名社工代表参加了会议。") == []


def test_a_figure_sent_from_one_place_to_another_belongs_to_the_sender():
    d = document_from_text("t", "t.txt", HEAD + "三年来，陕西累计向青海派出社工人才200余名。")
    assert [(o.region.label, o.value) for o in statistics.extract(article.analyse(d))] == [("陕西省", 200)]


def test_an_as_of_clause_dates_every_figure_after_it():
    d = document_from_text("t", "t.txt", HEAD + "据统计，截至2021年底，青海共有社会工作服务机构86家，持证社会工作者不足3000人。")
    assert [(o.value, o.year) for o in statistics.extract(article.analyse(d))] == [(86, 2021), (3000, 2021)]


def test_a_sentence_cut_at_a_semicolon_keeps_its_region_and_year():
    d = document_from_text("t", "t.txt", HEAD + "陕西省召开大会。据统计，截至2021年底，全省持证社会工作者达到1.2万人；"
                           "登记的社会工作服务机构共有300家。")
    assert [(o.region.label, o.value, o.year) for o in statistics.extract(article.analyse(d))] == [
        ("陕西省", 12000, 2021), ("陕西省", 300, 2021)]

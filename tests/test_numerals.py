"""One reader of numerals for every stage: digits and Chinese numerals, None for what is none."""
import pytest

from kg import numerals


@pytest.mark.parametrize("written, value", [
    ("17", 17),
    ("3.5", 3.5),
    ("两", 2),
    ("十二", 12),
    ("三十", 30),
    ("一百零七", 107),
    ("两千四百", 2400),
    ("四点五", 4.5),
])
def test_number(written, value):
    assert numerals.number(written) == value


@pytest.mark.parametrize("written", ["", "百", "几", "三十余", "若干", "多"])
def test_no_number(written):
    assert numerals.number(written) is None


@pytest.mark.parametrize("written, value", [("6", 6), ("十一", 11), ("两", 2), ("2.5", None), ("几", None)])
def test_count(written, value):
    assert numerals.count(written) == value

"""The lexicon's helpers: what every rule built from a word list relies on."""
import re

from kg import lexicon


def test_longest_first_puts_a_longer_word_before_its_own_tail():
    words = lexicon.longest_first("role_prefixes.txt")
    assert words.index("常务副") < words.index("副")
    assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)


def test_alternation_matches_the_longest_word_at_a_position():
    pattern = re.compile(lexicon.alternation("role_prefixes.txt"))
    assert pattern.match("常务副会长").group() == "常务副"


def test_alternation_of_two_files_holds_the_words_of_both():
    pattern = re.compile("(?:%s)$" % lexicon.alternation("speech_verbs.txt", "sign_plans.txt"))
    for word in lexicon.words("speech_verbs.txt") | lexicon.words("sign_plans.txt"):
        assert pattern.fullmatch(word), word

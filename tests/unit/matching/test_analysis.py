"""Text analysis: stems per language, folding, stop words, and compound words found from their parts."""

from __future__ import annotations

import pytest

from tender_helper.matching.analysis import analyse, contains_key, keyword_keys, word_found
from tender_helper.matching.index import analyse_texts


def found(keyword: str, text: str, lang: str) -> bool:
    terms, compounding, _ = analyse_texts({lang: text})
    body = f" {terms}"
    return all(word_found(body, alternatives, compounding) for alternatives in keyword_keys(keyword))


@pytest.mark.parametrize(
    ("keyword", "text", "lang"),
    [
        ("siivous", "Toimitilasiivouksen hankinta Turun kaupungille", "fin"),  # compound, inflected
        ("siivous", "Koulujen siivousta ja ikkunanpesua", "fin"),
        ("toimitilat", "Siivottavat toimitilat sijaitsevat Turussa", "fin"),
        ("städning", "Upphandling av kontorsstädning i Uppsala", "swe"),
        ("fjernvarme", "SK Varme udvider fjernvarmenettet i Slagelse", "dan"),
        ("omsorgstjenester", "Kommunen kjøper omsorgstjenester", "nor"),
        ("building cleaning", "Cleaning of municipal buildings", "eng"),
        ("Äänentoisto", "aanentoistojarjestelman huolto", "fin"),  # accents folded on both sides
    ],
)
def test_keyword_finds_the_notice_word(keyword: str, text: str, lang: str) -> None:
    assert found(keyword, text, lang)


@pytest.mark.parametrize(
    ("keyword", "text", "lang"),
    [
        ("siivous", "Liikuntapaikkojen talvihoito", "fin"),
        ("ICT", "District heating in Slagelse", "eng"),  # a short key must start a word
        ("ICT", "Fjernvarme i district Slagelse", "dan"),  # even in a compounding language
        ("building cleaning", "Cleaning of streets", "eng"),  # every word of a keyword is needed
    ],
)
def test_keyword_does_not_find_unrelated_words(keyword: str, text: str, lang: str) -> None:
    assert not found(keyword, text, lang)


def test_stop_words_and_symbols_leave_nothing() -> None:
    assert keyword_keys("ja the och") == ()
    assert keyword_keys("!!! ### 2024") == ()
    assert keyword_keys("hankinta") == ()  # procurement boilerplate says nothing about the trade
    assert analyse("the and of 2024 --", "eng") == []


def test_unknown_language_is_folded_not_stemmed() -> None:
    assert analyse("Limpieza de edificios", "spa") == ["limpieza", "edificios"]  # "de" is a Nordic stop word
    terms, compounding, unanalysed = analyse_texts({"spa": "Limpieza de edificios"})
    assert (terms, compounding, unanalysed) == ("limpieza edificios", False, ("spa",))


def test_known_languages_win_over_unknown_ones() -> None:
    terms, compounding, unanalysed = analyse_texts({"deu": "Reinigung", "swe": "Städning av lokaler"})
    assert "reinigung" not in terms and "stadning" in terms
    assert compounding and unanalysed == ()


def test_contains_key_prefix_and_inside() -> None:
    assert contains_key(" toimitilasiivouks", "siivou", True)
    assert not contains_key(" toimitilasiivouks", "siivou", False)
    assert contains_key(" cleaning", "clean", False)

"""Text analysis for matching: words, stop words, Snowball stems per language, accent folding, compounds."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import snowballstemmer  # type: ignore[import-untyped]  # ships no type information (pyproject lacks an override)

from tender_helper.core.cpv import fold

# Notice and profile languages (ISO 639-3) -> the Snowball algorithm that stems them.
STEMMERS = {
    "fin": "finnish",
    "swe": "swedish",
    "nor": "norwegian",
    "nob": "norwegian",
    "nno": "norwegian",
    "dan": "danish",
    "eng": "english",
}
# Languages that glue nouns into compounds (toimitilasiivous, kontorsstädning, fjernvarmenettet): a
# profile word may sit inside a notice word, so matching looks for it anywhere in the word.
COMPOUNDING = frozenset({"fin", "swe", "nor", "nob", "nno", "dan"})
# The languages a keyword may be written in; it is analysed in each and any of the forms may match.
KEYWORD_LANGUAGES = ("fin", "swe", "nor", "dan", "eng")
MIN_KEY = 3  # shorter keys match too much (and the trigram index cannot look them up)
MIN_PART = 5  # the shortest key looked for inside compound words

_WORD = re.compile(r"[^\W\d_]+")

# Function words and the procurement boilerplate every notice repeats; none of them tells what is bought.
_STOP_WORDS = {
    "fin": "ja tai sekä on ei ole olla ovat että joka jotka mikä se ne sen niiden hän kun jos niin kuin myös "
    "tämä tämän nämä näiden siitä sitä sille ovat oli ollut voi voidaan mukaan osalta kanssa ilman yli alle "
    "hankinta hankinnan hankinnat hankintaa hankintayksikkö tarjous tarjouksen tarjoukset tarjouspyyntö "
    "tarjouspyynnön sopimus sopimuksen palvelu palvelut palvelun palveluiden hankintalaki osa osat",
    "swe": "och eller att det som en ett är av för på med till den de om inte har kan ska skall vid från "
    "samt även denna detta dessa upphandling upphandlingen anbud anbudet avtal avtalet tjänst tjänster "
    "tjänsten leverans leveranser",
    "nor": "og eller i på at det som en et er av for med til den de om ikke har kan skal ved fra samt også "
    "denne dette disse anskaffelse anskaffelsen anskaffelser konkurranse tilbud tilbudet avtale avtalen "
    "kontrakt kontrakten tjeneste tjenester tjenesten leveranse",
    "dan": "og eller i på at det som en et er af for med til den de om ikke har kan skal ved fra samt også "
    "denne dette disse udbud udbuddet tilbud tilbuddet aftale aftalen kontrakt kontrakten ydelse ydelser",
    "eng": "the and or of to in on for with by a an is are be as at from that this these those it its not "
    "will shall may can which who all any such other into within under over per procurement tender tenders "
    "tendering contract contracts contracting authority services service supply supplies works lot lots",
}


@cache
def _stemmer(algorithm: str) -> Any:
    return snowballstemmer.stemmer(algorithm)


@cache
def stop_words() -> frozenset[str]:
    """Folded stop words and their stems, over all languages (a keyword's language is not known)."""
    words: set[str] = set()
    for lang, text in _STOP_WORDS.items():
        stemmer = _stemmer(STEMMERS[lang])
        for word in text.split():
            words.add(fold(word))
            words.add(fold(stemmer.stemWord(word)))
    return frozenset(words)


def knows(lang: str) -> bool:
    """True when text in `lang` is stemmed (else it is only folded and split into words)."""
    return lang in STEMMERS


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased, without digits and punctuation."""
    return _WORD.findall(text.casefold())


def analyse_pairs(text: str, lang: str) -> list[tuple[str, str]]:
    """(word, folded stem) for the words of `text` in `lang`, stop words and one-letter words left out.

    A language without a stemmer still gives its folded words, so such text can match a literal keyword.
    """
    algorithm = STEMMERS.get(lang, "")
    pairs = [(word, _folded_stem(algorithm, word)) for word in words(text) if len(word) > 1]
    return [(word, stem) for word, stem in pairs if stem]


MAX_STEMS = 200_000  # words remembered per language; a language has a few hundred thousand forms in use
# word -> folded stem, per Snowball algorithm. Plain dictionaries of strings: the garbage collector does not
# track them, where an lru_cache's hundreds of thousands of linked entries made every full collection slow.
_STEMS: dict[str, dict[str, str]] = {}


def _folded_stem(algorithm: str, word: str) -> str:
    """The folded stem of a word ("" for a stop word); remembered, as Snowball in pure Python is slow and
    words repeat (a notice text has a few hundred, a language a few hundred thousand)."""
    stems = _STEMS.setdefault(algorithm, {})
    found = stems.get(word)
    if found is None:
        if len(stems) >= MAX_STEMS:
            stems.clear()  # simpler than least-recently-used, and the common words come back at once
        stop = stop_words()
        stem = "" if fold(word) in stop else fold(_stemmer(algorithm).stemWord(word)) if algorithm else fold(word)
        found = stems[word] = "" if stem in stop else stem
    return found


def analyse(text: str, lang: str) -> list[str]:
    """Folded stems of the words of `text` in `lang` (see analyse_pairs)."""
    return [stem for _, stem in analyse_pairs(text, lang)]


def match_key(stem: str, lang: str) -> str:
    """The part of a stem a notice word must contain: Finnish stems lose their last letter, because
    Snowball leaves a trace of the case ending ("siivous", "siivouks", "siivou" all keep "siivou")."""
    return stem[:-1] if lang == "fin" and len(stem) > 5 else stem


def keyword_keys(keyword: str) -> tuple[tuple[str, ...], ...]:
    """One tuple of alternative keys per word of `keyword` (every word must match); () when nothing is left."""
    per_word: list[tuple[str, ...]] = []
    for word in words(keyword):
        if len(word) < 2 or fold(word) in stop_words():
            continue
        keys = {match_key(fold(_stemmer(STEMMERS[lang]).stemWord(word)), lang) for lang in KEYWORD_LANGUAGES}
        keys = {key for key in keys if len(key) >= MIN_KEY and key not in stop_words()}
        shortest = sorted(keys, key=lambda key: (len(key), key))
        # A longer key that starts with a shorter one adds nothing: whatever it finds, the shorter finds.
        kept = [key for number, key in enumerate(shortest) if not any(key.startswith(k) for k in shortest[:number])]
        if kept:
            per_word.append(tuple(kept))
    return tuple(per_word)


def contains_key(body: str, key: str, compounding: bool) -> bool:
    """True when a word of `body` (analysed words, space-separated, with a leading space) has `key`.

    In compounding languages a key of MIN_PART letters or more may sit anywhere in a word (the head of a
    compound comes last); elsewhere, and for shorter keys ("ict" is in "district"), a word must start with it.
    """
    return key in body if compounding and len(key) >= MIN_PART else f" {key}" in body


def word_found(body: str, alternatives: tuple[str, ...], compounding: bool) -> bool:
    return any(contains_key(body, key, compounding) for key in alternatives)

"""Matching on PostgreSQL ranks as on SQLite: the same notices, scores and reasons (a throwaway server)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from tender_helper.matching.scoring import LotMatch, Part
from tender_helper.services.context import AppContext, open_context
from tender_helper.services.matching import MatchingService
from tender_helper.storage.database import Database, build_engine
from tender_helper.storage.migrate import upgrade
from tests.unit.matching.relevance_data import NOW, RelevanceSet, add_company, load_relevance_set

pytestmark = pytest.mark.postgres
# Finnish and Danish compounds: keys found inside words ("siivous" in "toimitilasiivous"), which a
# prefix search would miss; and Norwegian multi-word keywords.
PROFILES = ("Siivous- ja kiinteistöpalvelu Aura Oy", "Fjernvarme Teknik ApS", "Omsorgspartner AS")


def _open(folder: Path, database: Database | None = None) -> AppContext:
    context = open_context(folder)
    if database is None:
        return context
    context.close()  # keep its folders and settings, rank on PostgreSQL
    return replace(context, database=database)


@pytest.fixture(scope="module")
def both(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[AppContext, RelevanceSet]]]:
    database = Database(build_engine(pg_url))
    with database.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    upgrade(database)
    contexts = {
        "sqlite": _open(tmp_path_factory.mktemp("sqlite")),
        "postgresql": _open(tmp_path_factory.mktemp("pg"), database),
    }
    yield {name: (context, load_relevance_set(context)) for name, context in contexts.items()}
    for context in contexts.values():
        context.close()


Line = tuple[str, float, tuple[Part, ...], tuple[LotMatch, ...]]


def ranking(context: AppContext, data: RelevanceSet, name: str, limit: int | None) -> list[Line]:
    """(file, score, parts, lots) per ranked notice: all the ranking says but the database's own ids."""
    result = MatchingService(context.database).rank(data.companies[name], limit=limit, now=NOW)
    return [(data.file_of(r.notice_id), r.match.score, r.match.parts, r.match.lots) for r in result.results]


@pytest.mark.parametrize("name", PROFILES)
@pytest.mark.parametrize("limit", [None, 5])
def test_postgres_ranks_as_sqlite(
    both: dict[str, tuple[AppContext, RelevanceSet]], name: str, limit: int | None
) -> None:
    on_sqlite = ranking(*both["sqlite"], name, limit)
    on_postgres = ranking(*both["postgresql"], name, limit)
    assert on_sqlite and on_postgres == on_sqlite


def test_a_key_inside_a_compound_word_is_found_on_postgres(both: dict[str, tuple[AppContext, RelevanceSet]]) -> None:
    # Only a keyword: the notices come from the text search alone, and "ledning" ends "fjernvarmeledninger".
    company = "Ledning ApS"
    spec = {"name": company, "business_id": "23456788", "country": "DK", "keywords": ["ledninger"]}
    found = {}
    for name, (context, data) in both.items():
        data.companies[company] = add_company(context, spec)
        found[name] = ranking(context, data, company, None)
    assert found["postgresql"] == found["sqlite"]
    assert any(part.reason == "words" for _, _, parts, _ in found["sqlite"] for part in parts)


def test_postgres_searches_words_through_a_trigram_index(both: dict[str, tuple[AppContext, RelevanceSet]]) -> None:
    context, _ = both["postgresql"]
    with context.database.engine.connect() as connection:
        available = connection.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first()
        indexes = set(
            connection.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'match_terms'")).scalars()
        )
    if available is None:
        pytest.skip("this PostgreSQL has no pg_trgm: the same queries run without an index")
    assert "ix_match_terms_trgm" in indexes

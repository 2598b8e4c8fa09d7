"""Typed words with the newest-first order walk the date index: same rows, same order as a full sort."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tender_helper.services.context import AppContext
from tender_helper.services.notices import NoticeService
from tender_helper.storage.notices_repo import NoticeFilter


def test_newest_first_with_typed_words_equals_a_full_sort(context: AppContext, fixtures_dir: Path) -> None:
    service = NoticeService(context.database)
    service.import_paths([fixtures_dir / "notices"])
    for words in ("ka", "hankinta", "procurement", "zzqx"):
        wanted = NoticeFilter(text=words)
        everything = service.list(wanted, limit=1000, sort="title")
        expected = sorted(everything, key=lambda row: (row.publication_date or date.min, row.id), reverse=True)
        shown = service.list(wanted, limit=3, sort="published", descending=True)
        shown += service.list(wanted, offset=3, limit=1000, sort="published", descending=True)
        assert [row.id for row in shown] == [row.id for row in expected], words
        assert service.count(wanted) == len(expected)
    assert len(service.list(NoticeFilter(text="ka"), limit=1000)) > 3  # the paging above really splits a list

"""The bundled samples: loaded with open dates relative to `today`, idempotent, removed without touching real data."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tender_helper.core.company import Company
from tender_helper.core.cpv import significant_prefix
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.demo import DEMO_COMPANY, days_to_shift, demo_files, load_demo, remove_demo
from tender_helper.services.notices import NoticeService
from tender_helper.sources.notice_xml import parse_notice_xml
from tender_helper.storage.notices_repo import NoticeFilter
from tests.unit.services.test_notice_import import SALO

TODAY = date(2031, 3, 4)
NOON = datetime(2031, 3, 4, 12, 0)


def test_loads_every_sample_with_a_sample_company(context: AppContext) -> None:
    files = demo_files()
    assert 30 <= len(files) <= 60
    result = load_demo(context.database, TODAY)
    assert (result.new, result.skipped) == (len(files), [])
    notices = NoticeService(context.database)
    assert notices.sample_count() == len(files)
    countries = {row.buyer_country for row in notices.list(NoticeFilter(now=NOON), limit=100)}
    assert {"FIN", "SWE", "NOR", "DNK"} <= countries
    assert result.company is not None and result.company.is_sample
    assert result.company.name == DEMO_COMPANY.name


def test_dates_are_moved_near_today_and_calls_for_tender_are_open(context: AppContext) -> None:
    load_demo(context.database, TODAY)
    notices = NoticeService(context.database)
    rows = notices.list(NoticeFilter(now=NOON), limit=100)
    published = [row.publication_date for row in rows if row.publication_date]
    assert published and all(TODAY - timedelta(days=20) <= day < TODAY for day in published)
    calls = [row for row in rows if row.kind == "competition" and row.deadline_utc]
    assert len(calls) >= 20 and all(row.deadline_utc and row.deadline_utc > NOON for row in calls)
    assert notices.count(NoticeFilter(open_only=True, now=NOON)) >= 30


def test_one_shift_per_notice_keeps_times_offsets_and_gaps(context: AppContext) -> None:
    salo_name, salo_xml = next((name, data) for name, data in demo_files() if "622690-2023" in name)
    original = parse_notice_xml(salo_xml, name=salo_name)
    load_demo(context.database, TODAY)
    moved = NoticeService(context.database).find("622690-2023").notice
    assert original.publication_date and moved.publication_date and original.deadline and moved.deadline
    shift = moved.publication_date - original.publication_date
    assert moved.deadline - original.deadline == shift  # same days; time 12:00 and +02:00 kept
    assert moved.deadline.isoformat().endswith("T12:00:00+02:00")
    assert all(m.deadline - o.deadline == shift for m, o in zip(moved.lots, original.lots, strict=True))  # type: ignore[operator]
    assert days_to_shift(original, 3, TODAY) == days_to_shift(original, 3, TODAY)


def test_the_sample_profile_matches_several_samples(context: AppContext) -> None:
    result = load_demo(context.database, TODAY)
    assert result.company is not None and result.company.id is not None
    profile = CompanyService(context.database).profile(result.company.id)
    prefixes = tuple(significant_prefix(code) for code in profile.cpv)
    assert NoticeService(context.database).count(NoticeFilter(cpv_prefixes=prefixes, now=NOON)) >= 4
    assert set(profile.countries) == {"FIN", "NOR"} and "siivous" in profile.keywords


def test_loading_twice_adds_nothing_and_a_later_day_only_moves_dates(context: AppContext) -> None:
    first = load_demo(context.database, TODAY)
    again = load_demo(context.database, TODAY)
    later = load_demo(context.database, TODAY + timedelta(days=10))
    assert (again.new, again.refreshed, again.unchanged) == (0, 0, first.new)
    assert (later.new, later.refreshed) == (0, first.new)
    notices = NoticeService(context.database)
    assert notices.sample_count() == first.new
    assert [c.name for c in CompanyService(context.database).list_companies()] == [DEMO_COMPANY.name]
    salo = notices.find("622690-2023")
    assert salo.changes == []  # new dates for a sample are not news for the user
    assert salo.notice.publication_date and salo.notice.publication_date >= TODAY


def test_a_real_notice_with_a_sample_id_stays_real(context: AppContext) -> None:
    notices = NoticeService(context.database)
    notices.import_paths([SALO])
    result = load_demo(context.database, TODAY)
    assert [name for name, _ in result.skipped] == ["FIN_cn-standard_622690-2023_salo_4lots.xml"]
    salo = notices.find("622690-2023")
    assert not salo.is_sample and str(salo.notice.deadline) == "2023-11-15 12:00:00+02:00"


def test_remove_takes_all_samples_and_only_samples(context: AppContext) -> None:
    companies = CompanyService(context.database)
    real = companies.create(Company(name="Oikea Oy", business_id="1234567-1", country="FI"))
    notices = NoticeService(context.database)
    notices.import_paths([SALO])
    loaded = load_demo(context.database, TODAY)
    assert remove_demo(context.database) == (loaded.new, 1)
    assert notices.sample_count() == 0
    assert [row.source_id for row in notices.list(NoticeFilter(now=NOON))] == ["622690-2023"]
    assert [c.id for c in companies.list_companies()] == [real.id]
    assert remove_demo(context.database) == (0, 0)

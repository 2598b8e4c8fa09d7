"""Adviser sessions: clients and hours, the persisted timer, follow-ups, and the summary PDF read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tender_helper.core.company import Company
from tender_helper.core.errors import InvalidInput, NotFound
from tender_helper.reports.session_labels import report_language
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.sessions import SessionService, elapsed_minutes, parse_topics
from tender_helper.storage.sessions_repo import AdviceSession, FollowUp, Topic


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(context: AppContext, clock: Clock) -> SessionService:
    return SessionService(context.database, clock)


@pytest.fixture
def company(context: AppContext) -> Company:
    return CompanyService(context.database).create(
        Company(name="Sähkö Oy", business_id="1234567-1", country="FI", languages=("fin",))
    )


def cid(company: Company) -> int:
    assert company.id is not None
    return company.id


def test_clients_show_hours_used_against_allowance_and_open_follow_ups(
    service: SessionService, company: Company, context: AppContext
) -> None:
    other = CompanyService(context.database).create(Company(name="Bygg AB", business_id="5560360793", country="SE"))
    service.set_allowance(cid(company), 5 * 60, "Yrityskehitys")
    first = service.save(AdviceSession(company_id=cid(company), started_at=datetime(2026, 11, 1, 9), minutes=90))
    service.save(AdviceSession(company_id=cid(company), started_at=datetime(2026, 11, 8, 9), minutes=45))
    service.save_follow_up(FollowUp(cid(company), "Tilaa todistus", "Anna", date(2026, 12, 3), session_id=first.id))
    service.save_follow_up(FollowUp(cid(company), "Lue ilmoitus", due=date(2026, 12, 1)))
    service.save_follow_up(FollowUp(cid(company), "Valmis jo", done=True))
    clients = {summary.company.name: summary for summary in service.clients()}
    mine = clients["Sähkö Oy"]
    assert (mine.minutes_used, mine.allowance_minutes, mine.minutes_left) == (135, 300, 165)
    assert (mine.open_follow_ups, mine.next_due, mine.programme) == (2, date(2026, 12, 1), "Yrityskehitys")
    assert clients["Bygg AB"].minutes_used == 0 and clients["Bygg AB"].minutes_left is None
    assert other.id is not None


def test_timer_survives_a_restart_and_counts_started_minutes(
    service: SessionService, company: Company, context: AppContext, clock: Clock
) -> None:
    advice = service.start(cid(company))
    clock.now += timedelta(minutes=42, seconds=10)
    restarted = SessionService(context.database, clock)  # a new app start over the same database
    running = restarted.running_timers()
    assert [item.id for item in running] == [advice.id]
    assert restarted.shown_minutes(running[0]) == 43
    stopped = restarted.stop_timer(running[0].id or 0)
    assert (stopped.minutes, stopped.running_since) == (43, None)
    assert restarted.running_timers() == []


def test_stopping_without_counting_discards_the_running_time(
    service: SessionService, company: Company, clock: Clock
) -> None:
    advice = service.save(AdviceSession(company_id=cid(company), started_at=clock.now, minutes=30))
    service.start_timer(advice.id or 0)
    clock.now += timedelta(hours=15)  # forgotten overnight
    assert service.stop_timer(advice.id or 0, count=False).minutes == 30


def test_bad_input_is_refused(service: SessionService, company: Company) -> None:
    with pytest.raises(InvalidInput, match="between 0 and 1440"):
        service.save(AdviceSession(company_id=cid(company), started_at=datetime(2026, 1, 1), minutes=-5))
    with pytest.raises(InvalidInput, match="needs a text"):
        service.save_follow_up(FollowUp(cid(company), "   "))
    with pytest.raises(InvalidInput, match="Unknown topic bidding"):
        parse_topics("espd, bidding")
    with pytest.raises(NotFound):
        service.get(999)
    assert parse_topics("ESPD; e-tendering, espd") == (Topic.ESPD, Topic.E_TENDERING)
    assert elapsed_minutes(datetime(2026, 1, 1, 10), datetime(2026, 1, 1, 9)) == 0


def test_follow_up_done_and_delete(service: SessionService, company: Company) -> None:
    item = service.save_follow_up(FollowUp(cid(company), "  Soita   hankintayksikköön ", " Pekka "))
    assert (item.text, item.owner) == ("Soita hankintayksikköön", "Pekka")
    assert service.set_done(item.id or 0, True).done
    service.delete_follow_up(item.id or 0)
    assert service.follow_ups(cid(company)) == []


def test_deleting_a_company_removes_its_sessions(
    service: SessionService, company: Company, context: AppContext
) -> None:
    service.start(cid(company))
    CompanyService(context.database).delete(cid(company))
    assert service.running_timers() == []


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def make_session(service: SessionService, company: Company) -> int:
    service.set_allowance(cid(company), 300, "Yrityskehitys 2026")
    advice = service.save(
        AdviceSession(
            company_id=cid(company),
            started_at=datetime(2026, 11, 20, 8, 0),
            minutes=95,
            topics=(Topic.ESPD, Topic.SUSTAINABILITY),
            notes="ESPD-lomake täytettiin yhdessä.\nSeuraavaksi hinnoittelu.",
        )
    )
    service.save_follow_up(
        FollowUp(cid(company), "Tilaa verovelkatodistus", "Anna", date(2026, 12, 1), session_id=advice.id)
    )
    assert advice.id is not None
    return advice.id


def test_pdf_in_the_company_language_finnish(service: SessionService, company: Company, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = service.build_pdf(make_session(service, company), out / "session.pdf")
    text = pdf_text(path)
    for expected in (
        "Neuvontatapaamisen yhteenveto",
        "Sähkö Oy",
        "1 h 35 min",
        "ESPD-lomake · Kestävyysraportti",
        "ESPD-lomake täytettiin yhdessä.",
        "Tilaa verovelkatodistus",
        "Anna",
        "2026-12-01",
        "Avoin",
        "Jäljellä 3 h 25 min",
        "Yrityskehitys 2026",
        "Sivu 1/1",
    ):
        assert expected in text
    assert list(out.iterdir()) == [path]  # no temporary file left


def test_pdf_in_english_when_asked(service: SessionService, company: Company, tmp_path: Path) -> None:
    path = service.build_pdf(make_session(service, company), tmp_path / "session.pdf", "eng")
    text = pdf_text(path)
    assert "Advice session summary" in text and "ESPD · Sustainability statement" in text
    assert "Agreed follow-ups" in text and "Left 3 h 25 min" in text and "Page 1 of 1" in text


def test_report_language_follows_the_company() -> None:
    assert report_language(("swe", "fin"), "FI") == "swe"
    assert report_language(("dan",), "NO") == "nob"
    assert report_language((), "SE") == "swe"
    assert report_language(("eng",), "FI") == "eng"
    assert report_language((), "DK") == "eng"


def test_session_edits_keep_uuid(service: SessionService, company: Company) -> None:
    advice = service.save(AdviceSession(company_id=cid(company), started_at=datetime(2026, 11, 1, 9), minutes=10))
    edited = service.save(replace(advice, notes="x", topics=(Topic.PRICING, Topic.PRICING)))
    assert edited.uuid == advice.uuid and len(edited.uuid) == 36 and edited.topics == (Topic.PRICING,)

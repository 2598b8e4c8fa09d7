"""Renders every page of the app offscreen on the sample data and saves PNGs (for the README and for review).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--lang en]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tender_helper.i18n import install_translation
from tender_helper.services.bids import BidService
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext, open_context
from tender_helper.services.demo import load_demo
from tender_helper.services.documents import DocumentService
from tender_helper.services.notices import NoticeService
from tender_helper.services.sessions import SessionService
from tender_helper.services.sustainability import SustainabilityService
from tender_helper.storage.notices_repo import NoticeFilter
from tender_helper.storage.sessions_repo import AdviceSession, Topic
from tender_helper.storage.vault_repo import DocumentFields
from tender_helper.sustainability.sample import sample_statement
from tender_helper.ui.app import create_application
from tender_helper.ui.ops import wait_for_all
from tender_helper.ui.qt import QApplication


def fill(context: AppContext, language: str) -> None:
    """The sample company with an open bid, two documents, a statement and an advice session."""
    load_demo(context.database)
    company = next(c for c in CompanyService(context.database).list_companies() if c.is_sample)
    assert company.id is not None
    notices = NoticeService(context.database).list(NoticeFilter(open_only=True, countries=("FIN",)), limit=5)
    bids = BidService(context.database, context.paths.vault)
    if notices:
        bids.open_bid(company.id, notices[0].id, language=language)
    documents = DocumentService.for_context(context)
    today = date.today()
    documents.add_bytes(
        company.id,
        b"%PDF-1.4 tax debt certificate",
        "verovelkatodistus.pdf",
        DocumentFields(
            "tax_debt_certificate", "Verovelkatodistus", today - timedelta(days=80), today + timedelta(days=10)
        ),
    )
    documents.add_bytes(
        company.id,
        b"%PDF-1.4 insurance",
        "vakuutus.pdf",
        DocumentFields("insurance_policy", "Vastuuvakuutus", today - timedelta(days=200), today + timedelta(days=165)),
    )
    SustainabilityService.for_context(context).save(company.id, sample_statement(today.year - 1))
    SessionService(context.database).save(
        AdviceSession(
            company_id=company.id,
            started_at=datetime.now(UTC).replace(tzinfo=None),
            minutes=90,
            topics=(Topic.FINDING_TENDERS, Topic.ESPD),
            notes="Kävimme läpi ESPD-lomakkeen.",
        )
    )
    context.settings.current_company_id = company.id
    context.save_settings()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    app = create_application()
    install_translation(args.lang)
    context = open_context(tempfile.mkdtemp(prefix="th-shots-"))
    fill(context, args.lang)
    from tender_helper.ui.main_window import MainWindow

    window = MainWindow(context, args.lang)
    window.resize(1280, 800)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    for key in window.page_keys:
        window.show_page(key)
        for _ in range(30):  # let background reads land
            QApplication.processEvents()
            wait_for_all(200)
        QApplication.processEvents()
        window.grab().save(str(args.out / f"{key}_{args.lang}.png"))
        print(args.out / f"{key}_{args.lang}.png")
    window.close()
    wait_for_all()
    context.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())

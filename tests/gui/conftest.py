"""GUI test fixtures: an open installation with a company, and the main window built on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tender_helper.core.company import Company
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.ui.main_window import MainWindow
from tender_helper.ui.ops import wait_for_all


@pytest.fixture
def company(context: AppContext) -> Company:
    return CompanyService(context.database).create(
        Company(name="Siivous Oy", business_id="1234567-1", country="FI", employees=8)
    )


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    main_window = MainWindow(context, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    wait_for_all()

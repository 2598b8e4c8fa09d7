"""Every item model passes Qt's model tester."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from tender_helper.core.company import Company
from tender_helper.core.cpv import cpv_vocabulary
from tender_helper.core.nuts import nuts_regions
from tender_helper.ui.widgets.company_table_model import CompanyTableModel
from tender_helper.ui.widgets.cpv_picker import CpvPicker
from tender_helper.ui.widgets.cpv_tree_model import CODE_ROLE, CpvTreeModel
from tender_helper.ui.widgets.nuts_picker import NutsPicker


def test_company_table_model(qtmodeltester: ModelTester) -> None:
    model = CompanyTableModel()
    model.set_companies([Company(name="A", business_id="1234567-1", country="FI", id=1)])
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.columnCount() == 4


def test_cpv_tree_model(qtmodeltester: ModelTester) -> None:
    model = CpvTreeModel(cpv_vocabulary(), "fin")
    qtmodeltester.check(model)
    assert model.rowCount() == 45  # CPV divisions
    index = model.index_of("90911200")
    assert index.isValid() and index.data(CODE_ROLE) == "90911200"
    assert model.parent(index).data(CODE_ROLE) == "90911000"
    label = model.index(index.row(), 1, model.parent(index)).data()
    assert label == cpv_vocabulary().label("90911200", "fin")


def test_cpv_search_results_model(qtmodeltester: ModelTester, qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = CpvPicker(cpv_vocabulary(), "swe")
    qtbot.addWidget(picker)
    picker.search.setText("siivous")
    picker.apply_search()
    qtmodeltester.check(picker.results_model)
    assert picker.results_model.rowCount() > 0


def test_nuts_model(qtmodeltester: ModelTester, qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = NutsPicker(nuts_regions())
    qtbot.addWidget(picker)
    qtmodeltester.check(picker.model)
    assert picker.model.rowCount() == 8

"""The Search profile page: what the chosen company offers, where, which words, sizes and notice kinds."""

from __future__ import annotations

from dataclasses import replace

from tender_helper.core.code_lists import COUNTRY, code_label
from tender_helper.core.company import NoticeKind, SearchProfile, parse_amount, split_list
from tender_helper.core.cpv import CpvVocabulary, searchable_cpv_vocabulary
from tender_helper.core.errors import InvalidInput
from tender_helper.core.nuts import NUTS_COUNTRY, nuts_regions
from tender_helper.i18n import translate
from tender_helper.ui import state as state_names
from tender_helper.ui.feedback import show_error, show_status
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.pages import PageSpec
from tender_helper.ui.qt import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    isValid,
    named,
)
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.cpv_picker import CpvPicker
from tender_helper.ui.widgets.nuts_picker import NutsPicker


def notice_kind_label(kind: NoticeKind) -> str:
    labels = {
        NoticeKind.CALL_FOR_TENDER: translate("NoticeKind", "Calls for tender"),
        NoticeKind.PRIOR_INFORMATION: translate("NoticeKind", "Prior information notices"),
        NoticeKind.MARKET_CONSULTATION: translate("NoticeKind", "Market consultations"),
        NoticeKind.AWARD: translate("NoticeKind", "Award notices (market intelligence)"),
    }
    return labels[kind]


class ProfilePage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.profile: SearchProfile | None = None
        self.title = named(QLabel(), "pageTitle")
        self.cpv: CpvPicker | None = None  # built once the CPV list (9,454 codes, five languages) is read
        self.cpv_loading = QLabel(self.tr("Reading the CPV list…"))
        self.nuts = NutsPicker(nuts_regions())
        self.countries = {
            code: QCheckBox(f"{code_label(COUNTRY, code, state.data_language)} ({code})") for code in NUTS_COUNTRY
        }
        self.keywords = named(QLineEdit(), "keywords")
        self.keywords.setPlaceholderText(self.tr("e.g. siivous, städning, cleaning"))
        self.excluded = named(QLineEdit(), "excluded")
        self.excluded.setPlaceholderText(self.tr("e.g. asbesti, asbest"))
        self.min_value = named(QLineEdit(), "minValue")
        self.max_value = named(QLineEdit(), "maxValue")
        self.min_days = named(QSpinBox(), "minDays")
        self.min_days.setRange(-1, 365)
        self.min_days.setSpecialValueText(self.tr("no limit"))
        self.kinds = {kind: QCheckBox(notice_kind_label(kind)) for kind in NoticeKind}
        self.message = named(QLabel(), "formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.save_button = named(QPushButton(self.tr("Save profile")), "saveProfile")
        self.tabs = QTabWidget()
        self._layout()
        self.save_button.clicked.connect(self.save)
        state.company_selected.connect(lambda _company: self.load())
        self.load()
        # Reading the list takes a good part of a second: off the GUI thread, so the window opens at once.
        Op(lambda _control: searchable_cpv_vocabulary()).on_success(self._cpv_ready).on_failure(
            lambda error: show_error(self, error)
        ).run()

    def _layout(self) -> None:
        self.tabs.addTab(self._cpv_tab(), self.tr("Products and services (CPV)"))
        self.tabs.addTab(self._region_tab(), self.tr("Regions and countries"))
        self.tabs.addTab(self._limits_tab(), self.tr("Words, size and timing"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _cpv_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = QLabel(self.tr("Choose the CPV codes of what you sell. Buyers classify every notice with them."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.cpv_loading, 1)
        self.cpv_layout = layout
        return tab

    def _cpv_ready(self, vocabulary: CpvVocabulary) -> None:
        if not isValid(self):  # the window closed while the list was read
            return
        self.cpv = CpvPicker(vocabulary, self.state.data_language)
        self.cpv_layout.replaceWidget(self.cpv_loading, self.cpv)
        self.cpv_loading.deleteLater()
        if self.profile is not None:
            self.cpv.set_codes(self.profile.cpv)

    def _region_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        regions = QGroupBox(self.tr("Where you can deliver (place of performance)"))
        QVBoxLayout(regions).addWidget(self.nuts)
        countries = QGroupBox(self.tr("Buyer countries to watch"))
        grid = QGridLayout(countries)
        for number, box in enumerate(self.countries.values()):
            grid.addWidget(box, number // 2, number % 2)
        grid.setRowStretch(grid.rowCount(), 1)
        layout.addWidget(regions, 3)
        layout.addWidget(countries, 1)
        return tab

    def _limits_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("Keywords (any language, comma-separated)"), self.keywords)
        form.addRow(self.tr("Excluded words"), self.excluded)
        form.addRow(self.tr("Smallest contract value (EUR)"), self.min_value)
        form.addRow(self.tr("Largest contract value (EUR)"), self.max_value)
        form.addRow(self.tr("Fewest days left to the deadline"), self.min_days)
        kinds = QWidget()
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.kinds.values():
            kinds_layout.addWidget(box)
        form.addRow(self.tr("Notice kinds"), kinds)
        return tab

    def load(self) -> None:
        """Shows the chosen company's profile (or a hint when no company is chosen)."""
        company = self.state.current_company
        self.setEnabled(company is not None)
        self.message.clear()
        if company is None or company.id is None:
            self.title.setText("<h2>{}</h2>".format(self.tr("Search profile")))
            self.message.setText(self.tr("Add a company first on the Companies page."))
            return
        self.title.setText("<h2>{}</h2>".format(self.tr("Search profile of {name}").format(name=company.name)))
        self.profile = profile = self.state.companies.profile(company.id)
        if self.cpv is not None:
            self.cpv.set_codes(profile.cpv)
        self.nuts.set_codes(profile.nuts)
        for code, box in self.countries.items():
            box.setChecked(code in profile.countries)
        self.keywords.setText(", ".join(profile.keywords))
        self.excluded.setText(", ".join(profile.excluded_words))
        self.min_value.setText("" if profile.min_value is None else str(profile.min_value))
        self.max_value.setText("" if profile.max_value is None else str(profile.max_value))
        self.min_days.setValue(-1 if profile.min_days is None else profile.min_days)
        for kind, box in self.kinds.items():
            box.setChecked(kind in profile.notice_kinds)

    def edited_profile(self) -> SearchProfile:
        """The profile as shown, validated; raises InvalidInput and shows its message."""
        assert self.profile is not None
        try:
            profile = replace(
                self.profile,
                cpv=self.cpv.codes() if self.cpv is not None else self.profile.cpv,
                nuts=self.nuts.codes(),
                countries=tuple(code for code, box in self.countries.items() if box.isChecked()),
                keywords=split_list(self.keywords.text()),
                excluded_words=split_list(self.excluded.text()),
                min_value=parse_amount(self.min_value.text(), "min_value"),
                max_value=parse_amount(self.max_value.text(), "max_value"),
                min_days=None if self.min_days.value() < 0 else self.min_days.value(),
                notice_kinds=frozenset(kind for kind, box in self.kinds.items() if box.isChecked()),
            ).validated()
        except InvalidInput as error:
            self.message.setText(error.translated(translate))
            raise
        return profile

    def save(self) -> None:
        try:
            profile = self.edited_profile()
        except InvalidInput:
            return
        service = self.state.companies

        def write(_control: OpControl) -> SearchProfile:
            return service.save_profile(profile)

        self.save_button.setEnabled(False)
        Op(write, writer=True).on_success(self._saved).on_failure(lambda error: show_error(self, error)).on_finished(
            lambda: self.save_button.setEnabled(True)
        ).run()

    def _saved(self, profile: SearchProfile) -> None:
        self.profile = profile
        self.message.clear()
        self.state.changed.emit(state_names.PROFILE)
        show_status(self, self.tr("Search profile saved."), 5000)


PAGE = PageSpec(
    order=90,
    key="profile",
    title=lambda: translate("Pages", "Search profile"),
    icon=QStyle.StandardPixmap.SP_FileDialogContentsView,
    factory=ProfilePage,
)

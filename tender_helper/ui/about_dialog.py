"""The About dialog: version, purpose, data sources and their licences."""

from __future__ import annotations

from tender_helper import APP_NAME, __version__
from tender_helper.ui.qt import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget, named


class AboutDialog(QDialog):
    def __init__(self, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        text = named(QLabel(), "aboutText")
        text.setWordWrap(True)
        text.setOpenExternalLinks(True)
        text.setText(
            "<h2>{app} {version}</h2><p>{purpose}</p><p>{sources}</p><p>{data}</p>".format(
                app=APP_NAME,
                version=__version__,
                purpose=self.tr(
                    "Helps small and medium-sized companies in Finland, Sweden and Norway find public tenders, "
                    "prepare their bids and keep their company documents in order."
                ),
                sources=self.tr(
                    "Notices come from TED, the EU's Tenders Electronic Daily (reuse under Commission Decision "
                    "2011/833/EU). CPV and NUTS code lists come from the eForms SDK (CC BY 4.0) and its Norwegian "
                    "edition by DFØ."
                ),
                data=self.tr("Your data stays on this computer, in {folder}.").format(folder=data_dir),
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(480, 300)

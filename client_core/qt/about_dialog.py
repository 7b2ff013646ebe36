"""About / diagnostics dialog: versions, every setting with its source, Copy button.

Thin on purpose: all content comes from client_core.config (pure Python), the
dialog only lays it out.  Values are plain-text items, never rich text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client_core.config import Settings, support_report


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def settings_model(settings: Settings, parent: QWidget | None = None) -> QStandardItemModel:
    """Rows: setting, value (secrets hidden), source, locked."""
    model = QStandardItemModel(0, 4, parent)
    model.setHorizontalHeaderLabels(
        [
            _tr("Setting"),
            _tr("Value"),
            _tr("Source"),
            _tr("Locked by IT"),
        ]
    )
    for row in settings.rows():
        source = (
            row.source.value
            if row.source in ("default", "command line")
            else (f"{row.source.value}: {row.location}")
        )
        cells = [row.key, row.display, source, _tr("yes") if row.locked else ""]
        items = [QStandardItem(text) for text in cells]
        for item in items:
            item.setEditable(False)
            item.setToolTip(item.text())
        model.appendRow(items)
    return model


class AboutDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._settings = settings
        self.setWindowTitle(self.tr("About %s") % settings.app.display_name)

        intro = QLabel(
            self.tr("If you contact support, copy this report and paste it into your message.")
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setObjectName("settingsTable")
        self.table.setAccessibleName(self.tr("Settings in use"))
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows go through the cells
        self.table.setModel(settings_model(settings, self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        problems = QLabel(
            "\n".join(str(p) for p in settings.problems) or self.tr("No configuration problems.")
        )
        problems.setObjectName("problemsLabel")
        problems.setTextFormat(Qt.TextFormat.PlainText)
        problems.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy support report"), self)
        self.copy_button.setObjectName("copyReportButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(problems)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def report_text(self) -> str:
        return support_report(self._settings)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copy_button.setText(self.tr("Copied"))

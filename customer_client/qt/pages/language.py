"""First page: the language, named in itself, so anyone finds theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from client_core.i18n import NATIVE_NAMES

from ...domain.services import UI_LANGUAGES
from ..look import px
from ..widgets import Page, button, label

# The welcome in every language at once: the customer has not chosen yet.
WELCOME = ("Tervetuloa · Välkommen · Welcome · Добро пожаловать · بەخێربێن")


class LanguagePage(Page):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(WELCOME)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = label("lead")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.prompt)
        grid = QGridLayout()
        grid.setSpacing(18)
        self.buttons: dict[str, QPushButton] = {}
        for i, code in enumerate(UI_LANGUAGES):
            b = button("choice", NATIVE_NAMES[code])
            b.setMinimumHeight(px(88))
            b.setAccessibleName(NATIVE_NAMES[code])
            b.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.buttons[code] = b
            grid.addWidget(b, i // 2, i % 2)
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        self.prompt.setText("Valitse kieli · Välj språk · Choose your language · "
                            "Выберите язык · زمانێک هەڵبژێرە")

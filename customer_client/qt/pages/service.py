"""Second page: chat with the application assistant, or a video appointment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from client_core.i18n import NATIVE_NAMES

from ...domain.services import CHAT_LANGUAGES, chat_language_for
from ..look import px
from ..widgets import ChoiceButton, Page, button, label


class ServicePage(Page):
    chatChosen = Signal(str)  # the assistant's language
    videoChosen = Signal()
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_language = "fi"
        self.chat = ChoiceButton()
        self.chat.setMinimumHeight(px(120))
        self.chat_note = label("hint")
        # Russian and Sorani speakers choose one of the assistant's languages explicitly.
        self.chat_languages = QHBoxLayout()
        self.chat_lang_buttons = {}
        for code in CHAT_LANGUAGES:
            b = button("secondary", NATIVE_NAMES[code])
            b.clicked.connect(lambda _=False, c=code: self.chatChosen.emit(c))
            self.chat_lang_buttons[code] = b
            self.chat_languages.addWidget(b)
        self.video = ChoiceButton()
        self.video.setMinimumHeight(px(120))
        self.back = button("secondary")
        self.body.addWidget(self.chat)
        self.body.addWidget(self.chat_note)
        self.body.addLayout(self.chat_languages)
        self.body.addSpacing(12)
        self.body.addWidget(self.video)
        self.body.addStretch(1)
        self.body.addWidget(self.back)
        self.chat.clicked.connect(self._chat)
        self.video.clicked.connect(self.videoChosen.emit)
        self.back.clicked.connect(self.backRequested.emit)

    def set_ui_language(self, language: str) -> None:
        self.ui_language = language
        speaks = chat_language_for(language) is not None
        self.chat.setVisible(speaks)
        for b in self.chat_lang_buttons.values():
            b.setVisible(not speaks)
        self.retranslate()

    def _chat(self) -> None:
        lang = chat_language_for(self.ui_language)
        if lang:
            self.chatChosen.emit(lang)

    def retranslate(self) -> None:
        self.title.setText(self.tr("How can we help you?"))
        self.chat.set_text(self.tr("Chat about the social assistance application\n"
                                  "The application assistant answers first. A service "
                                  "expert can join."))
        if chat_language_for(self.ui_language) is None:
            self.chat_note.setText(self.tr(
                "Chat about the social assistance application. The chat is in Finnish, "
                "Swedish or English. Choose the chat language:"))
        else:
            self.chat_note.setText("")
        self.chat_note.setVisible(bool(self.chat_note.text()))
        self.video.set_text(self.tr("Video appointment\nTalk with a service expert face to "
                                   "face on your computer."))
        self.back.setText(self.tr("Back"))

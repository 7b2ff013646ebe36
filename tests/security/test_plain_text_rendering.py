"""Customer text is never rendered as rich text (HTML) in either desktop program.

Two kinds of proof: the real transcript views (model + delegate) are painted
offscreen with a message that is only HTML tags, which as rich text would
draw nothing, and the ink is compared with a same-length message of spaces;
and a source check that no widget in agent_desktop/ or customer_client/ can
interpret text as HTML (no setHtml, RichText, QTextBrowser or QTextEdit, and
every QLabel is either set to PlainText or is on a short list of labels that
show only the program's own text).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

ROOT = Path(__file__).resolve().parents[2]
TAGS = "<b></b><i></i><img src=x>"  # rich text: nothing visible at all
SPACES = " " * len(TAGS)
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _ink(image: QImage) -> int:
    """Pixels darker than the lightest background: text strokes."""
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    dark = 0
    for y in range(0, img.height()):
        for x in range(0, img.width()):
            if QColor(img.pixel(x, y)).lightness() < 110:
                dark += 1
    return dark


def _agent_view(qtbot, text: str) -> QImage:
    from agent_desktop.domain.transcript_rows import TranscriptRows
    from agent_desktop.qt.transcript_model import TranscriptModel
    from agent_desktop.qt.transcript_view import TranscriptView
    from client_core.conversation.transcript import IncomingMessage, Transcript

    t = Transcript("c1")
    t.load([IncomingMessage(1, "customer", "Cust", text, T0)])
    view = TranscriptView()
    model = TranscriptModel(TranscriptRows(t), parent=view)
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(520, 160)
    view.show()
    return view.grab().toImage()


def _customer_view(qtbot, text: str) -> QImage:
    from client_core.conversation.transcript import IncomingMessage, Transcript
    from customer_client.qt.chat_panel import TranscriptView
    from customer_client.qt.transcript_model import TranscriptModel

    t = Transcript(own_sender="customer")
    t.add(IncomingMessage(1, "agent", "Anna", text, T0))
    view = TranscriptView(TranscriptModel(t))
    qtbot.addWidget(view)
    view.resize(520, 200)
    view.show()
    return view.grab().toImage()


@pytest.mark.parametrize("render", [_agent_view, _customer_view], ids=["agent_desktop", "customer_client"])
def test_html_in_a_message_is_drawn_literally(qtbot, render) -> None:
    tags, spaces = _ink(render(qtbot, TAGS)), _ink(render(qtbot, SPACES))
    # Literally drawn, 24 characters of "<b></b>..." leave hundreds of dark pixels;
    # interpreted as HTML they would leave none, like the spaces.
    assert tags > spaces + 150, (tags, spaces)


def test_agent_transcript_model_keeps_tags_verbatim() -> None:
    from agent_desktop.domain.transcript_rows import TranscriptRows
    from agent_desktop.qt.transcript_model import TranscriptModel
    from client_core.conversation.transcript import IncomingMessage, Transcript

    t = Transcript("c1")
    t.load([IncomingMessage(1, "customer", "<i>Cust</i>", "<b>bold?</b>", T0)])
    model = TranscriptModel(TranscriptRows(t))
    text = model.data(model.index(model.rowCount() - 1))
    assert "<b>bold?</b>" in text and "<i>Cust</i>" in text


# Labels that show only the program's own strings (translations, numbers, icons), never
# anything a customer, an agent or the hub sent: file -> attribute or variable names.
OWN_TEXT_LABELS = {
    "agent_desktop/qt/status_widget.py": {"self.elapsed"},
    "agent_desktop/qt/sign_in.py": {"logo", "self._user_label", "self._pass_label"},
    "agent_desktop/qt/metrics_window.py": {"self.title",
                                           "self.from_label, self.to_label, self.channel_label",
                                           "self.status", "self.table_title"},
    "agent_desktop/qt/metrics_layout.py": {"self.caption", "self.value", "self.note"},
    "agent_desktop/qt/dialogs.py": {"form.addRow(QLabel(self.tr"},
    "customer_client/qt/pages/precheck.py": {"self.mark"},
    "customer_client/qt/stage.py": {"self.placeholder"},
}


def _sources() -> list[Path]:
    return sorted(p for pkg in ("agent_desktop", "customer_client") for p in (ROOT / pkg).rglob("*.py"))


# Documents built only with QTextCursor.insertText (plain strings, never HTML): the
# customer's PDF transcript, whose test also reads "<b>...</b>" back literally.
PLAIN_DOCUMENTS = {"customer_client/qt/transcript_pdf.py"}


def test_no_widget_interprets_text_as_html() -> None:
    forbidden = re.compile(r"setHtml\(|insertHtml\(|TextFormat\.RichText|Qt\.RichText|QTextBrowser|"
                           r"\bQTextEdit\b|QTextDocument\(|setOpenExternalLinks\(True\)|setMarkdown\(")
    hits = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}" for p in _sources()
            for n, line in enumerate(p.read_text().splitlines(), 1) if forbidden.search(line)
            and not (str(p.relative_to(ROOT)) in PLAIN_DOCUMENTS and "QTextDocument(" in line
                     and not forbidden.search(line.replace("QTextDocument(", "")))]
    assert not hits, hits


def test_every_label_is_plain_text_or_shows_only_own_text() -> None:
    problems = []
    for path in _sources():
        rel = str(path.relative_to(ROOT))
        src = path.read_text()
        for n, line in enumerate(src.splitlines(), 1):
            if "QLabel(" not in line or line.strip().startswith(("#", "from ", "import ")):
                continue
            target = line.split("=")[0].strip() if "=" in line.split("QLabel(")[0] else line.strip()
            allowed = OWN_TEXT_LABELS.get(rel, set())
            if any(target.startswith(a) or a in line for a in allowed):
                continue
            name = target.split(".")[-1] if "=" in line.split("QLabel(")[0] else ""
            if name and re.search(rf"{re.escape(name)}\.setTextFormat\(Qt\.TextFormat\.PlainText\)", src):
                continue
            problems.append(f"{rel}:{n}: {line.strip()}")
    assert not problems, "QLabel without PlainText (AutoText renders HTML-looking text):\n" + "\n".join(problems)

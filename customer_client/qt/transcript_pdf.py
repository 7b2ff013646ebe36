"""The customer's copy of a conversation as a PDF, in the language the client shows.

Written with Qt's own PDF writer (QPdfWriter, QTextDocument.print_). Every
message goes in through QTextCursor.insertText: plain text, whatever anyone
typed, never HTML. Right-to-left languages lay the blocks out from the right.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from client_core.conversation.transcript import Message

from ..services.customer_visit import CustomerVisit
from .transcript_model import display_text

HELSINKI = ZoneInfo("Europe/Helsinki")


def write_transcript_pdf(path: Path, messages: Iterable[Message], *, title: str, lines: list[str],
                         names: dict[str, str], rtl: bool = False) -> None:
    """``title`` and ``lines`` head the first page (who, when); ``names`` label the senders."""
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 10))
    cursor = QTextCursor(doc)
    block = QTextBlockFormat()
    block.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    plain, bold, small = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    small.setForeground(Qt.GlobalColor.darkGray)
    heading = QTextCharFormat()
    heading.setFontPointSize(16)
    heading.setFontWeight(QFont.Weight.Bold)
    cursor.setBlockFormat(block)
    cursor.insertText(title, heading)
    for line in lines:
        cursor.insertBlock(block)
        cursor.insertText(line, small)
    spaced = QTextBlockFormat(block)
    spaced.setTopMargin(10)
    for message in messages:
        cursor.insertBlock(spaced)
        who = message.sender_name if message.sender == "agent" and message.sender_name else \
            names.get(message.sender, "")
        stamp = clock(message.sent_at)
        if message.sender != "system":
            cursor.insertText(f"{who} · {stamp}" if stamp else who, bold)
            cursor.insertBlock(block)
        cursor.insertText(display_text(message), small if message.sender == "system" else plain)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Customer service")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    doc.print_(writer)


def clock(at: datetime | None) -> str:
    if at is None:
        return ""
    return QLocale().toString(at.astimezone(HELSINKI).time(), QLocale.FormatType.ShortFormat)


def save_for_customer(parent: QWidget, visit: CustomerVisit, language: str) -> Path | None:
    """Ask where, write the PDF in the UI language, and have it noted in the conversation."""
    name = QCoreApplication.translate("TranscriptPdf", "conversation") + f"-{datetime.now(HELSINKI):%Y-%m-%d}.pdf"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("TranscriptPdf", "Save the conversation"), str(Path.home() / name),
        QCoreApplication.translate("TranscriptPdf", "PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    messages = list(visit.transcript)
    first = next((m.sent_at for m in messages if m.sent_at is not None), None)
    lines = []
    if first is not None:
        lines.append(QLocale().toString(first.astimezone(HELSINKI).date(), QLocale.FormatType.LongFormat))
    if visit.agent_name:
        lines.append(QCoreApplication.translate("TranscriptPdf", "Service expert: %1")
                     .replace("%1", visit.agent_name))
    title, names = pdf_labels()
    write_transcript_pdf(path, messages, title=title, lines=lines, names=names,
                         rtl=parent.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    visit.spawn(visit.note_transcript(language))
    return path


def pdf_labels() -> tuple[str, dict[str, str]]:
    """The PDF's title and the senders' names, in the UI language."""
    names = {"customer": QCoreApplication.translate("TranscriptPdf", "You"),
             "bot": QCoreApplication.translate("TranscriptPdf", "Application assistant"),
             "agent": QCoreApplication.translate("TranscriptPdf", "Service expert")}
    return QCoreApplication.translate("TranscriptPdf", "Your conversation with the customer service"), names

"""Tell a screen-reader user something without moving their focus.

Qt 6.8's ``QAccessibleAnnouncementEvent``: AT-SPI carries it as an
``object:announcement`` event, which Orca reads out (UIA and NSAccessibility
have their equivalents). Polite waits for the reader to finish what it is
saying; assertive interrupts (an incoming customer, a call that ended).
Nothing is announced while accessibility is off (no reader listening).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)

"""Translated names for the codes the hub sends (topics, languages, states...).

Codes stay codes everywhere else; only views turn them into words, through
Qt's translation system (QT_TRANSLATE_NOOP marks them for lupdate).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hub_protocol.events import EventCode, SystemEvent

CTX = "Labels"

TOPICS = {
    "social_assistance": QT_TRANSLATE_NOOP("Labels", "Basic social assistance"),
    "unemployment": QT_TRANSLATE_NOOP("Labels", "Unemployment"),
    "housing_allowance": QT_TRANSLATE_NOOP("Labels", "General housing allowance"),
    "families_with_children": QT_TRANSLATE_NOOP("Labels", "Families with children"),
    "students": QT_TRANSLATE_NOOP("Labels", "Students"),
    "sickness": QT_TRANSLATE_NOOP("Labels", "Sickness"),
    "rehabilitation_disability": QT_TRANSLATE_NOOP("Labels", "Rehabilitation and disability"),
    "pensions": QT_TRANSLATE_NOOP("Labels", "Pensions"),
}
LANGUAGES = {
    "fi": QT_TRANSLATE_NOOP("Labels", "Finnish"),
    "sv": QT_TRANSLATE_NOOP("Labels", "Swedish"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
    "ckb": QT_TRANSLATE_NOOP("Labels", "Kurdish (Sorani)"),
}
CHANNELS = {
    "chat": QT_TRANSLATE_NOOP("Labels", "Chat"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video"),
}
STATES = {
    "available": QT_TRANSLATE_NOOP("Labels", "Available"),
    "busy": QT_TRANSLATE_NOOP("Labels", "Busy"),
    "away": QT_TRANSLATE_NOOP("Labels", "Away"),
    "wrap_up": QT_TRANSLATE_NOOP("Labels", "Wrap-up"),
    "offline": QT_TRANSLATE_NOOP("Labels", "Offline"),
}
REASONS = {
    "asked": QT_TRANSLATE_NOOP("Labels", "Customer asked for a person"),
    "suggested": QT_TRANSLATE_NOOP("Labels", "The assistant suggested a person"),
    "bot_suggested": QT_TRANSLATE_NOOP("Labels", "The assistant suggested a person"),
    "life_event": QT_TRANSLATE_NOOP("Labels", "A change in the customer's life"),
    "bot_failed": QT_TRANSLATE_NOOP("Labels", "The assistant could not answer"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video appointment"),
}
LIFE_EVENTS = {
    "job_loss": QT_TRANSLATE_NOOP("Labels", "Job loss"),
    "separation": QT_TRANSLATE_NOOP("Labels", "Separation"),
    "death": QT_TRANSLATE_NOOP("Labels", "Death of a close person"),
    "birth": QT_TRANSLATE_NOOP("Labels", "Birth of a child"),
    "moving": QT_TRANSLATE_NOOP("Labels", "Moving"),
    "illness": QT_TRANSLATE_NOOP("Labels", "Falling ill"),
}
WRAP_UP_CODES = {
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    "guided_application": QT_TRANSLATE_NOOP("Labels", "Guided with the application"),
    "referred_office": QT_TRANSLATE_NOOP("Labels", "Referred to a service point"),
    "referred_phone": QT_TRANSLATE_NOOP("Labels", "Referred to phone service"),
    "callback": QT_TRANSLATE_NOOP("Labels", "Call-back needed"),
    "customer_left": QT_TRANSLATE_NOOP("Labels", "Customer left"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
SENDERS = {
    "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
    "bot": QT_TRANSLATE_NOOP("Labels", "Assistant"),
    "agent": QT_TRANSLATE_NOOP("Labels", "You"),
    "system": QT_TRANSLATE_NOOP("Labels", "Notice"),
}


def _pick(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    if source is None:  # a code newer than this desktop: readable, untranslated
        return code.replace("_", " ").capitalize() if code else ""
    return QCoreApplication.translate(CTX, source)


def topic(code: str) -> str:
    return _pick(TOPICS, code)


def language(code: str) -> str:
    return _pick(LANGUAGES, code)


def channel(code: str) -> str:
    return _pick(CHANNELS, code)


def state(code: str) -> str:
    return _pick(STATES, code)


def reason(code: str) -> str:
    return _pick(REASONS, code)


def life_event(code: str) -> str:
    return _pick(LIFE_EVENTS, code)


def wrap_up(code: str) -> str:
    return _pick(WRAP_UP_CODES, code)


def sender(code: str) -> str:
    return _pick(SENDERS, code)


def queue_name(channel_code: str, language_code: str, topic_code: str) -> str:
    return f"{channel(channel_code)} · {language(language_code)} · {topic(topic_code)}"


def system_event(event: SystemEvent) -> str:
    """The notice a divider shows for a system event code."""
    if event.code is EventCode.HANDOFF:
        return QCoreApplication.translate("Labels", "Handed over to a service expert")
    if event.code is EventCode.JOINED:
        return QCoreApplication.translate("Labels", "%1 joined the conversation").replace("%1", event.detail)
    if event.code is EventCode.TRANSFER:
        if event.detail:
            return QCoreApplication.translate("Labels", "Transferred to another expert. Note: %1").replace("%1", event.detail)
        return QCoreApplication.translate("Labels", "Transferred to another expert")
    if event.code is EventCode.REQUEUED:
        return QCoreApplication.translate("Labels", "The customer is back in the queue")
    if event.code is EventCode.ENDED:
        return QCoreApplication.translate("Labels", "The conversation ended")
    return event.detail


# The window's status-bar texts for refused requests (kept in the MainWindow context).
REQUEST_FAILURES = {
    "offer_gone": QT_TRANSLATE_NOOP("MainWindow", "That customer is no longer waiting for you."),
    "agent_unavailable": QT_TRANSLATE_NOOP("MainWindow", "That colleague is not signed in."),
    "unknown_queue": QT_TRANSLATE_NOOP("MainWindow", "There is no such queue."),
    "offline": QT_TRANSLATE_NOOP("MainWindow", "Not connected to the service right now; try again in a moment."),
    "unreachable": QT_TRANSLATE_NOOP("MainWindow", "Not connected to the service right now; try again in a moment."),
    "has_contacts": QT_TRANSLATE_NOOP("MainWindow", "Finish your open conversations first; then you can take video "
                                                    "customers again."),
}


def request_failure(code: str) -> str:
    """Why the hub refused a request, in the UI language (unknown codes shown as they are)."""
    text = REQUEST_FAILURES.get(code)
    if text is not None:
        return QCoreApplication.translate("MainWindow", text)
    return QCoreApplication.translate("MainWindow", "The service refused the request (%1).").replace("%1", code)

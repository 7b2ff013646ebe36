"""Translated names for the codes the hub sends (topics, languages, states...).

Codes stay codes everywhere else; only views turn them into words, through
Qt's translation system (QT_TRANSLATE_NOOP marks them for lupdate).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agent_desktop.domain.precheck_summary import summarize
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
STEPS = {
    "start": QT_TRANSLATE_NOOP("Labels", "Getting started (who can apply, how)"),
    "applicants": QT_TRANSLATE_NOOP("Labels", "Applicants and family"),
    "housing": QT_TRANSLATE_NOOP("Labels", "Housing costs"),
    "income": QT_TRANSLATE_NOOP("Labels", "Income"),
    "assets": QT_TRANSLATE_NOOP("Labels", "Savings and property"),
    "expenses": QT_TRANSLATE_NOOP("Labels", "Other expenses"),
    "attachments": QT_TRANSLATE_NOOP("Labels", "Attachments"),
    "sending": QT_TRANSLATE_NOOP("Labels", "Sending and following the application"),
    "decision": QT_TRANSLATE_NOOP("Labels", "Decision and payment"),
}
INTENTS = {
    "what_is": QT_TRANSLATE_NOOP("Labels", "What social assistance is"),
    "who_can_apply": QT_TRANSLATE_NOOP("Labels", "Who can apply"),
    "apply_online": QT_TRANSLATE_NOOP("Labels", "Applying online"),
    "paper_application": QT_TRANSLATE_NOOP("Labels", "Applying on paper"),
    "other_benefits_first": QT_TRANSLATE_NOOP("Labels", "Other benefits first"),
    "application_period": QT_TRANSLATE_NOOP("Labels", "Period applied for"),
    "supplementary_preventive": QT_TRANSLATE_NOOP("Labels", "Supplementary assistance"),
    "amount_estimate": QT_TRANSLATE_NOOP("Labels", "How much they would get"),
    "basic_amount_covers": QT_TRANSLATE_NOOP("Labels", "What the basic amount covers"),
    "acting_on_behalf": QT_TRANSLATE_NOOP("Labels", "Applying on someone's behalf"),
    "family_members": QT_TRANSLATE_NOOP("Labels", "Family members in the application"),
    "adult_child_at_home": QT_TRANSLATE_NOOP("Labels", "Adult child living with parents"),
    "spouse_info": QT_TRANSLATE_NOOP("Labels", "Spouse's details"),
    "roommate": QT_TRANSLATE_NOOP("Labels", "Living with a flatmate"),
    "student": QT_TRANSLATE_NOOP("Labels", "Students"),
    "jobseeker": QT_TRANSLATE_NOOP("Labels", "Registering as a jobseeker"),
    "housing_costs": QT_TRANSLATE_NOOP("Labels", "Housing costs"),
    "reasonable_housing_costs": QT_TRANSLATE_NOOP("Labels", "Rent higher than accepted"),
    "rent_deposit": QT_TRANSLATE_NOOP("Labels", "Rent deposit"),
    "electricity": QT_TRANSLATE_NOOP("Labels", "Electricity bill"),
    "housing_allowance_first": QT_TRANSLATE_NOOP("Labels", "Housing allowance first"),
    "owner_occupied": QT_TRANSLATE_NOOP("Labels", "Owner-occupied home"),
    "rent_arrears": QT_TRANSLATE_NOOP("Labels", "Rent arrears"),
    "moving_costs": QT_TRANSLATE_NOOP("Labels", "Moving costs"),
    "which_income": QT_TRANSLATE_NOOP("Labels", "Which income to report"),
    "earned_income": QT_TRANSLATE_NOOP("Labels", "Salary"),
    "income_timing": QT_TRANSLATE_NOOP("Labels", "Month an income counts for"),
    "future_income_estimate": QT_TRANSLATE_NOOP("Labels", "Next month's income unknown"),
    "money_from_relatives": QT_TRANSLATE_NOOP("Labels", "Money from relatives"),
    "child_benefit_maintenance": QT_TRANSLATE_NOOP("Labels", "Child benefit and maintenance"),
    "savings": QT_TRANSLATE_NOOP("Labels", "Savings"),
    "car": QT_TRANSLATE_NOOP("Labels", "Owning a car"),
    "debts": QT_TRANSLATE_NOOP("Labels", "Debt payments"),
    "medicine_costs": QT_TRANSLATE_NOOP("Labels", "Medicine costs"),
    "health_costs": QT_TRANSLATE_NOOP("Labels", "Doctor's fees"),
    "daycare_fees": QT_TRANSLATE_NOOP("Labels", "Day care fees"),
    "other_expenses": QT_TRANSLATE_NOOP("Labels", "Other expenses"),
    "bank_statements": QT_TRANSLATE_NOOP("Labels", "Bank statements"),
    "which_attachments": QT_TRANSLATE_NOOP("Labels", "Attachments needed"),
    "attachment_upload": QT_TRANSLATE_NOOP("Labels", "Adding attachments online"),
    "additional_info_request": QT_TRANSLATE_NOOP("Labels", "Kela asked for more information"),
    "send_application": QT_TRANSLATE_NOOP("Labels", "Sending the application"),
    "application_status": QT_TRANSLATE_NOOP("Labels", "Stage of the application"),
    "report_changes": QT_TRANSLATE_NOOP("Labels", "Reporting changes after applying"),
    "decision_time": QT_TRANSLATE_NOOP("Labels", "Processing time"),
    "urgent_need": QT_TRANSLATE_NOOP("Labels", "Urgent need (no money for food)"),
    "payment": QT_TRANSLATE_NOOP("Labels", "Payment dates"),
    "appeal": QT_TRANSLATE_NOOP("Labels", "Appealing a decision"),
    "overpayment": QT_TRANSLATE_NOOP("Labels", "Paid too much"),
    "social_worker": QT_TRANSLATE_NOOP("Labels", "Seeing a social worker"),
}
PRECHECK_ITEMS = {
    "camera": QT_TRANSLATE_NOOP("Labels", "Camera"),
    "microphone": QT_TRANSLATE_NOOP("Labels", "Microphone"),
    "speakers": QT_TRANSLATE_NOOP("Labels", "Speakers"),
    "speaker": QT_TRANSLATE_NOOP("Labels", "Speakers"),
    "os": QT_TRANSLATE_NOOP("Labels", "Operating system"),
    "webrtc": QT_TRANSLATE_NOOP("Labels", "Video connection"),
    "bandwidth_up": QT_TRANSLATE_NOOP("Labels", "Upload speed"),
    "bandwidth_down": QT_TRANSLATE_NOOP("Labels", "Download speed"),
    "rtt": QT_TRANSLATE_NOOP("Labels", "Delay"),
    "jitter": QT_TRANSLATE_NOOP("Labels", "Jitter"),
    "loss": QT_TRANSLATE_NOOP("Labels", "Packet loss"),
}
VERDICTS = {
    "ok": QT_TRANSLATE_NOOP("Labels", "passed"),
    "warn": QT_TRANSLATE_NOOP("Labels", "weak"),
    "fail": QT_TRANSLATE_NOOP("Labels", "failed"),
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


def step(code: str) -> str:
    """The online application's step, as the expert knows it."""
    return _pick(STEPS, code)


def intent(code: str) -> str:
    """What the assistant talked about (a knowledge-base entry), in a few words."""
    return _pick(INTENTS, code)


def VERDICT_TEXT(code: str) -> str:  # noqa: N802 - reads like the table it picks from
    return _pick(VERDICTS, code)


def precheck_item(code: str) -> str:
    return _pick(PRECHECK_ITEMS, code)


def figure(item: str, value: float) -> str:
    """A measured figure with its unit, as people read it."""
    if item.startswith("bandwidth"):
        return f"{round(value):,} kbit/s".replace(",", "\u00a0")
    if item in ("rtt", "jitter"):
        return f"{round(value)} ms"
    if item == "loss":
        return f"{value:.1f} %"
    return str(value)


def precheck_summary(report: dict | None) -> str:
    """The customer's pre-session check in one readable line: the verdict, then what was weak."""
    summary = summarize(report)
    if report is None:
        return QCoreApplication.translate("Labels", "No check results")
    if summary is None:  # sent, but not in a shape this desktop reads: not "none"
        return QCoreApplication.translate("Labels", "Check results could not be read")
    head = {"ok": QCoreApplication.translate("Labels", "All checks passed"),
            "warn": QCoreApplication.translate("Labels", "Passed with warnings"),
            "fail": QCoreApplication.translate("Labels", "Did not pass")}.get(summary.verdict, summary.verdict)
    notes = []
    for item in summary.problems:
        text = f"{precheck_item(item.item)} {_pick(VERDICTS, item.verdict)}"
        if item.value is not None:
            text += f" ({figure(item.item, item.value)})"
        notes.append(text)
    return head + (": " + ", ".join(notes) if notes else "")


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
    if event.code is EventCode.TRANSCRIPT:
        return QCoreApplication.translate("Labels", "The customer saved a copy of the conversation (%1)").replace(
            "%1", language(event.detail))
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


# Why a file could not be sent or opened (the hub's codes, hub_protocol.attachments.ERRORS).
FILE_FAILURES = {
    "too_large": QT_TRANSLATE_NOOP("Labels", "The file is too large to send."),
    "unsupported_type": QT_TRANSLATE_NOOP("Labels", "Only PDF documents and pictures (JPEG, PNG, WebP) can be sent."),
    "infected": QT_TRANSLATE_NOOP("Labels", "The virus check refused the file."),
    "scanner_unavailable": QT_TRANSLATE_NOOP("Labels", "The virus check is not running, so no files can be sent now."),
    "conversation_ended": QT_TRANSLATE_NOOP("Labels", "The conversation has ended."),
    "forbidden": QT_TRANSLATE_NOOP("Labels", "You may not open this file."),
    "not_found": QT_TRANSLATE_NOOP("Labels", "The file is no longer kept (retention)."),
    "unreachable": QT_TRANSLATE_NOOP("Labels", "Not connected to the service right now; try again in a moment."),
    "unreadable": QT_TRANSLATE_NOOP("Labels", "The file could not be read on this computer."),
}


def file_failure(code: str) -> str:
    text = FILE_FAILURES.get(code)
    if text is not None:
        return QCoreApplication.translate(CTX, text)
    return QCoreApplication.translate("Labels", "The file could not be sent (%1).").replace("%1", code)


def attachment(info: object) -> str:
    """A file in a transcript on two lines: its name, then what it is and its size."""
    from PySide6.QtCore import QLocale

    pages = int(getattr(info, "pages", 0) or 0)
    if getattr(info, "kind", "") == "pdf":
        what = QCoreApplication.translate("Labels", "PDF document, pages: %1").replace("%1", str(pages))
    else:
        what = QCoreApplication.translate("Labels", "Picture, %1 × %2").replace(
            "%1", str(getattr(info, "width", 0))).replace("%2", str(getattr(info, "height", 0)))
    size = QLocale().formattedDataSize(int(getattr(info, "size", 0) or 0), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    return f"{getattr(info, 'name', '')}\n{what}, {size}"

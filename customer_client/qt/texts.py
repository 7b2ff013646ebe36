"""Every code the client shows (topics, notices, remedies, problems) in plain words.

One QObject so Qt Linguist collects the strings under one context ("Texts");
callers ask again after a language change, so nothing caches a translation.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QObject

from client_core.devices import Remedy
from client_core.precheck.verdicts import Verdict
from client_core.qt.device_texts import device_texts
from hub_protocol.attachments import MAX_ATTACHMENT_BYTES
from hub_protocol.events import EventCode, SystemEvent

from ..domain.hours import AlternativeView
from ..domain.precheck import NOT_ANSWERED, Row
from ..domain.problems import Problem
from ..domain.services import DayRange
from ..domain.waiting import WaitKind, WaitText
from . import formats

HELSINKI = ZoneInfo("Europe/Helsinki")


class Texts(QObject):
    def topic(self, code: str) -> str:
        names = {
            "social_assistance": self.tr("Basic social assistance application"),
            "unemployment": self.tr("Unemployment"),
            "housing_allowance": self.tr("General housing allowance"),
            "families_with_children": self.tr("Families with children"),
            "students": self.tr("Students"),
            "sickness": self.tr("Sickness"),
            "rehabilitation_disability": self.tr("Rehabilitation and disability"),
            "pensions": self.tr("Pensions"),
        }
        return names.get(code, code)

    def day(self, code: str) -> str:
        names = {
            "mon": self.tr("Monday"), "tue": self.tr("Tuesday"), "wed": self.tr("Wednesday"),
            "thu": self.tr("Thursday"), "fri": self.tr("Friday"), "sat": self.tr("Saturday"),
            "sun": self.tr("Sunday"),
        }
        return names.get(code, code)

    def day_range(self, days: DayRange) -> str:
        hours = (self.tr("around the clock") if days.intervals == ("00:00-24:00",) else
                 formats.separated(formats.time_range(i) for i in days.intervals))
        if days.first == days.last:
            return self.tr("%1: %2").replace("%1", self.day(days.first)).replace("%2", hours)
        return (self.tr("%1 to %2: %3").replace("%1", self.day(days.first))
                .replace("%2", self.day(days.last)).replace("%3", hours))

    def period(self, first: date | None, last: date | None) -> str:
        """A service's date range (a trial's), or "" when it has none."""
        day = formats.long_date
        if first and last:
            return self.tr("Available from %1 to %2.").replace("%1", day(first)).replace("%2", day(last))
        if last:
            return self.tr("Available until %1.").replace("%1", day(last))
        if first:
            return self.tr("Available from %1.").replace("%1", day(first))
        return ""

    def long_date(self, day: date) -> str:
        return formats.long_date(day)

    def when(self, moment: datetime) -> str:
        """A next opening as the customer reads it: weekday, date and time, local."""
        # Service hours are Helsinki wall-clock times; say them the same way.
        local = moment.astimezone(HELSINKI)
        return (self.tr("%1 at %2").replace("%1", formats.long_date(local.date()))
                .replace("%2", formats.clock(local)))

    def in_language(self, code: str) -> str:
        """Which language a service speaks, as a phrase: "in Finnish"."""
        names = {"fi": self.tr("in Finnish"), "sv": self.tr("in Swedish"),
                 "en": self.tr("in English"), "ru": self.tr("in Russian"),
                 "ckb": self.tr("in Sorani Kurdish")}
        return names.get(code, code)

    def in_languages(self, codes: tuple[str, ...] | list[str]) -> str:
        return formats.listed(self.in_language(c) for c in codes)

    def notice(self, notice: SystemEvent) -> str:
        if notice.code is EventCode.HANDOFF:
            return self.tr("You are now in the queue for a service expert.")
        if notice.code is EventCode.JOINED:
            return self.tr("%1 from the service has joined the chat.").replace("%1", notice.detail)
        if notice.code is EventCode.TRANSFER:
            return self.tr("You are being passed to another service expert. Please wait.")
        if notice.code is EventCode.REQUEUED:
            return self.tr("The service expert lost the connection. You are back at the "
                           "front of the queue.")
        if notice.code is EventCode.ENDED:
            return self.tr("The conversation has ended.")
        if notice.code is EventCode.TRANSCRIPT:
            return self.tr("You saved a copy of this conversation.")
        return notice.detail

    def problem(self, problem: Problem) -> str:
        texts = {
            Problem.HUB_UNREACHABLE: self.tr(
                "We cannot reach the service right now. Check that your internet works. "
                "We keep trying again automatically."),
            Problem.SIGN_IN_FAILED: self.tr(
                "Your sign-in has expired. Please close this window and sign in again."),
            Problem.UPDATE_REQUIRED: self.tr(
                "This version of the program is too old for the service. Please update the "
                "program, then open it again."),
            Problem.QUEUE_CLOSED: self.tr("The service is closed right now."),
            Problem.QUEUE_FULL: self.tr(
                "The queue is full right now. Please try again in a little while."),
            Problem.NO_AGENTS: self.tr("No service expert is available right now."),
            Problem.NO_SERVICE: self.tr(
                "This service is not available in the language you chose."),
            Problem.STRONG_ID_REQUIRED: self.tr(
                "This service needs strong identification: online banking codes, a mobile "
                "certificate or an ID card. Sign out and sign in again with one of them, or "
                "choose the chat with the assistant or the phone service."),
            Problem.GENERIC: self.tr("Something went wrong. Please try again."),
        }
        return texts[problem]

    def sign_in_problem(self, problem: str) -> str:
        """Why a sign-in at the identity provider ended (a ``SignInProblem`` value)."""
        return {
            "unreachable": self.tr(
                "The sign-in service cannot be reached right now. Check that your internet "
                "works and try again."),
            "cancelled": self.tr("The sign-in was cancelled. You can try again."),
            "timed_out": self.tr("The sign-in took too long and was stopped. You can try again."),
            "not_configured": self.tr(
                "Sign-in has not been set up on this computer. Please contact the service."),
        }.get(problem, self.tr("The sign-in did not succeed. Please try again."))

    def alternative(self, alt: AlternativeView) -> str:
        """One other way to get service: what, in which language, when."""
        languages = self.in_languages(alt.languages)
        if alt.kind == "phone":
            line = (self.tr("Phone service %1").replace("%1", languages) if alt.languages
                    else self.tr("Phone service"))
        elif alt.kind == "office":
            line = (self.tr("Visit a service office: service %1").replace("%1", languages)
                    if alt.languages else self.tr("Visit a service office"))
        elif alt.kind == "web":
            line = self.tr("Information on the Infopankki.fi website %1").replace("%1", languages)
        else:
            line = alt.code
        if alt.weekly:
            when = formats.semicolons(self.day_range(r) for r in alt.weekly)
            line = self.tr("%1 (%2)").replace("%1", line).replace("%2", when)
        return line

    def wait(self, wait: WaitText) -> str:
        if wait.kind is WaitKind.UNDER_MINUTE:
            return self.tr("Estimated wait: less than a minute")
        if wait.kind is WaitKind.MINUTES:
            # %Ln: the number in the locale's digits, and the plural form it needs.
            return self.tr("Estimated wait: about %Ln minute(s)", "", wait.minutes)
        return self.tr("We cannot estimate the wait right now.")

    def position(self, position: int) -> str:
        if position <= 1:
            return self.tr("You are next in the queue.")
        return self.tr("Your place in the queue: %1").replace("%1", formats.number(position))

    def row(self, row: Row) -> str:
        return {
            Row.OS: self.tr("Computer and operating system"),
            Row.CAMERA: self.tr("Camera"),
            Row.MICROPHONE: self.tr("Microphone"),
            Row.SPEAKERS: self.tr("Speakers or headset"),
            Row.BANDWIDTH: self.tr("Internet speed"),
            Row.RTT: self.tr("Connection delay"),
            Row.JITTER: self.tr("Connection steadiness"),
            Row.LOSS: self.tr("Lost data"),
            Row.WEBRTC: self.tr("Video connection to the service"),
            Row.RELAY: self.tr("Video route through firewalls"),
        }[row]

    def verdict(self, verdict: Verdict | None) -> str:
        if verdict is None:
            return self.tr("Checking…")
        return {Verdict.OK: self.tr("OK"), Verdict.WARN: self.tr("Works, but see the tip"),
                Verdict.FAIL: self.tr("Needs fixing")}[verdict]

    def ungraded(self, row: Row) -> str:
        """A row the finished check has no verdict for."""
        if row is Row.SPEAKERS:
            return self.tr("Waiting for your answer")
        return self.tr("Not checked")

    def remedies(self, codes: tuple[str, ...]) -> str:
        """Plain-language advice for a row's remedy codes (one line per distinct text)."""
        return "\n".join(dict.fromkeys(t for t in map(self.remedy, codes) if t))

    def remedy(self, code: str) -> str:
        """A remedy code of client_core's verdicts or device reports, in plain words."""
        slow = self.tr(
            "Your internet connection is too slow for video (at least 1.2 Mbit/s is "
            "needed). Move closer to your wireless router, or stop downloads and "
            "videos on other devices.")
        marginal = self.tr(
            "Your internet connection is only just fast enough for video. Stop downloads "
            "and videos on other devices during the call.")
        too_old = self.tr(
            "Your computer's operating system is too old for video calls (Windows 10, "
            "macOS 12 or a recent Linux is needed). Please use the phone service or "
            "visit an office.")
        texts = {
            Remedy.NONE.value: "",
            Remedy.CAMERA_BLOCKED.value: device_texts().refused("camera"),
            Remedy.MIC_BLOCKED.value: device_texts().refused("microphone"),
            Remedy.CAMERA_MISSING.value: self.tr(
                "We did not find a camera. Connect a camera, or close other programs "
                "that use it, and check again."),
            Remedy.CAMERA_BLACK.value: self.tr(
                "The camera picture is dark. Remove any cover from the lens and turn on "
                "a light."),
            Remedy.CAMERA_FROZEN.value: self.tr(
                "The camera picture does not move. Close other programs that use the "
                "camera, or unplug the camera and plug it in again."),
            Remedy.CAMERA_LOW_FPS.value: self.tr(
                "The picture is a little jerky. Add light to the room and close other "
                "programs."),
            Remedy.MIC_DEAD.value: self.tr(
                "We hear nothing from your microphone. Check that it is connected and not "
                "muted, then say something and check again."),
            Remedy.MIC_CLIPPING.value: self.tr(
                "Your voice is too loud for the microphone. Move a little further away."),
            Remedy.SPEAKER_SILENT.value: self.tr(
                "Turn up the volume or connect a headset, then play the sound again."),
            Remedy.USE_HEADSET.value: self.tr(
                "Please use a headset if you have one, so the other person does not hear "
                "an echo."),
            NOT_ANSWERED: self.tr("Please tell us whether you heard the sound."),
            "windows_too_old": too_old, "macos_too_old": too_old,
            "linux_kernel_too_old": too_old, "linux_glibc_too_old": too_old,
            "linux_no_glibc": self.tr(
                "Video calls do not work on this operating system. Please use another "
                "computer, the phone service or a service office."),
            "os_unsupported": self.tr(
                "Video calls do not work on this operating system. Please use another "
                "computer, the phone service or a service office."),
            "up_too_slow": slow, "down_too_slow": slow,
            "up_marginal": marginal, "down_marginal": marginal,
            "not_measured": self.tr(
                "We could not measure this. Check your internet connection and check again."),
            "high_latency": self.tr(
                "Your connection is slow to answer. Move closer to your wireless router."),
            "high_jitter": self.tr(
                "Your connection is unsteady. Stop downloads and videos on other devices."),
            "packet_loss": self.tr(
                "Some data gets lost on the way. Move closer to your wireless router or "
                "use a cable."),
            "webrtc_blocked": self.tr(
                "We could not open a video connection. Check your internet connection. On "
                "a work computer, a firewall may block video calls."),
            "relay_udp_blocked": self.tr(
                "Your network lets video through only on a slower route. The call will work, "
                "but if the picture stutters, try another network, or ask your IT support "
                "to allow UDP port 3478 to the service."),
            "relay_refused": self.tr(
                "The service's video route did not accept our test. The call may still "
                "work; if it does not, please try again later."),
            "relay_blocked": self.tr(
                "Your network blocks the service's video route. Ask your IT support to "
                "allow connections to the service's relay server (UDP and TCP port 3478, "
                "TCP port 443), or use another network, for example your phone's hotspot."),
        }
        return texts.get(code, "")

    def attachment(self, info: object) -> str:
        """A file in the conversation, on one line: its name, what it is, its size."""
        kind = getattr(info, "kind", "")
        pages = int(getattr(info, "pages", 0) or 0)
        if kind == "pdf":
            what = (self.tr("PDF document, 1 page") if pages == 1
                     else self.tr("PDF document, %1 pages").replace("%1", formats.number(pages)))
        else:
            what = self.tr("Picture")
        # The locale's digits throughout (Sorani: Eastern Arabic, the page count was Western)
        # and its comma.
        size = QLocale().formattedDataSize(int(getattr(info, "size", 0) or 0), 1,
                                           QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        return f"{getattr(info, 'name', '')}\n{formats.separated([what, size])}"

    def save_hint(self) -> str:
        return self.tr("Double-click or press Enter to save the file")

    def file_status(self, code: str) -> str:
        """Sending a file: where it is, or why it was refused, in words the customer can act on."""
        limit = QLocale().formattedDataSize(MAX_ATTACHMENT_BYTES)
        texts = {
            "sending": self.tr("Sending the file…"),
            "sent": "",
            "too_large": self.tr("The file is too large. You can send files of up to %1.").replace("%1", limit),
            "unsupported_type": self.tr(
                "This kind of file cannot be sent. Send a PDF document or a picture (JPEG, PNG)."),
            "infected": self.tr(
                "The file was refused because the virus check found something harmful in it."),
            "scanner_unavailable": self.tr(
                "Files cannot be checked for viruses right now, so they cannot be sent. "
                "Please try again later."),
            "conversation_ended": self.tr("The chat has ended, so files can no longer be sent."),
            "unreadable": self.tr("The file could not be read on this computer."),
            "saved": self.tr("The file was saved."),
            "unwritable": self.tr("The file could not be saved there. Choose another folder."),
            "forbidden": self.tr("This file cannot be opened."),
            "not_found": self.tr("This file is no longer kept."),
        }
        return texts.get(code, self.tr("The file could not be sent. Please try again."))


_texts: Texts | None = None


def texts() -> Texts:
    global _texts
    if _texts is None:
        _texts = Texts()
    return _texts

"""Video appointments chosen in a language no queue serves: the topic page says where they
are served, instead of 'finding the services' for ever (the shipped trial: ru, ckb, en)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from client_core.i18n import set_ui_language
from customer_client.domain.flow import Flow
from customer_client.domain.services import served_languages
from customer_client.qt.main_window import CATALOGS
from customer_client.qt.pages.topic import TopicPage
from service_hub.routing import load_queues
from service_hub.service_catalog import services_catalog


def test_no_video_in_finnish_says_where_it_is(qtbot: Any, qapp: QApplication) -> None:
    catalog = services_catalog(load_queues())
    flow = Flow()
    flow.choose_language("fi")
    flow.catalog = catalog
    flow.choose_video()
    set_ui_language(qapp, "fi", CATALOGS)
    page = TopicPage()
    qtbot.addWidget(page)
    page.set_topics(flow.topics())
    assert flow.topics() == ()
    assert "Haetaan" in page.lead.text()  # the hub has not answered yet
    page.set_topics(flow.topics(), served_languages(catalog, "video"))
    lead = page.lead.text()
    assert "Haetaan" not in lead and "kielelläsi" in lead, lead
    assert "venäjäksi" in lead and "englanniksi" in lead, lead

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BubbleDelegate</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/bubble_delegate.py" line="157"/>
        <source>Conversation with the assistant (%Ln message(s)) — click or press Space to show or hide</source>
        <extracomment>Bubble pixmaps kept: a screenful or two (the list pages older rows out anyway).</extracomment>
        <translation>
            <numerusform>Conversation with the assistant (%Ln message) — click or press Space to show or hide</numerusform>
            <numerusform>Conversation with the assistant (%Ln messages) — click or press Space to show or hide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationTabs</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/conversation_tabs.py" line="75"/>
        <source>%1, %Ln unread message(s)</source>
        <translation>
            <numerusform>%1, %Ln unread message</numerusform>
            <numerusform>%1, %Ln unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/history_panel.py" line="196"/>
        <source>%Ln conversation(s) found</source>
        <translation>
            <numerusform>%Ln conversation found</numerusform>
            <numerusform>%Ln conversations found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/main_window.py" line="540"/>
        <source>You have %Ln open conversation(s). Quit anyway? The customers go back to the queue.</source>
        <translation>
            <numerusform>You have %Ln open conversation. Quit anyway? The customer goes back to the queue.</numerusform>
            <numerusform>You have %Ln open conversations. Quit anyway? The customers go back to the queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsWindow</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/metrics_window.py" line="308"/>
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln rating</numerusform>
            <numerusform>%Ln ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/panels.py" line="76"/>
        <source>%Ln customer(s) waiting</source>
        <translation>
            <numerusform>%Ln customer waiting</numerusform>
            <numerusform>%Ln customers waiting</numerusform>
        </translation>
    </message>
</context>
</TS>

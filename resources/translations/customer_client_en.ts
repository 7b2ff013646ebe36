<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FeedbackPage</name>
    <message numerus="yes">
        <location filename="../../customer_client/qt/pages/feedback.py" line="82"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../customer_client/qt/main_window.py" line="530"/>
        <source>Are you still there? This screen goes back to the start in %n second(s), and your information is cleared.</source>
        <translation>
            <numerusform>Are you still there? This screen goes back to the start in %n second, and your information is cleared.</numerusform>
            <numerusform>Are you still there? This screen goes back to the start in %n seconds, and your information is cleared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <location filename="../../customer_client/qt/texts.py" line="166"/>
        <source>Estimated wait: about %Ln minute(s)</source>
        <translation>
            <numerusform>Estimated wait: about %Ln minute</numerusform>
            <numerusform>Estimated wait: about %Ln minutes</numerusform>
        </translation>
    </message>
</context>
</TS>

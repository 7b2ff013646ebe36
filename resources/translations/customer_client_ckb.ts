<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb_IQ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="61"/>
        <source>About %s</source>
        <translation>دەربارەی %s</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="64"/>
        <source>If you contact support, copy this report and paste it into your message.</source>
        <translation>ئەگەر پەیوەندی بە پشتگیرییەوە دەکەیت، ئەم ڕاپۆرتە کۆپی بکە و لە نامەکەتدا دایبنێ.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="80"/>
        <source>No configuration problems.</source>
        <translation>هیچ کێشەیەک لە ڕێکخستنەکاندا نییە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="87"/>
        <source>Copy support report</source>
        <translation>ڕاپۆرتی پشتگیری کۆپی بکە</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="105"/>
        <source>Copied</source>
        <translation>کۆپی کرا</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="71"/>
        <source>Settings in use</source>
        <translation>ڕێکخستنە بەکارهاتووەکان</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="177"/>
        <source>Video appointment</source>
        <translation>چاوپێکەوتنی ڤیدیۆیی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="109"/>
        <location filename="../../customer_client/qt/pages/call.py" line="178"/>
        <source>the service expert</source>
        <translation>شارەزای خزمەتگوزاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="179"/>
        <source>You are talking with %1.</source>
        <translation>تۆ لەگەڵ %1 قسە دەکەیت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="181"/>
        <source>Connecting the video call with %1…</source>
        <translation>پەیوەندی ڤیدیۆیی لەگەڵ %1 دەبەسترێت…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="182"/>
        <source>The service expert&apos;s picture appears here.</source>
        <translation>وێنەی شارەزای خزمەتگوزاری لێرە دەردەکەوێت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="183"/>
        <source>Video of the service expert</source>
        <translation>ڤیدیۆی شارەزای خزمەتگوزاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="184"/>
        <source>Your picture</source>
        <translation>وێنەی خۆت</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="185"/>
        <source>Turn microphone on</source>
        <translation>مایکرۆفۆن هەڵبکە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="186"/>
        <source>Mute microphone</source>
        <translation>مایکرۆفۆن بێدەنگ بکە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="187"/>
        <source>Turn camera on</source>
        <translation>کامێرا هەڵبکە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="188"/>
        <source>Turn camera off</source>
        <translation>کامێرا بکوژێنەوە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="131"/>
        <location filename="../../customer_client/qt/pages/call.py" line="189"/>
        <source>End the call</source>
        <translation>پەیوەندییەکە کۆتایی پێبهێنە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="193"/>
        <source>You</source>
        <translation>تۆ</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="194"/>
        <source>Application assistant</source>
        <translation>یاریدەدەری داواکاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="195"/>
        <source>Service expert</source>
        <translation>شارەزای خزمەتگوزاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="191"/>
        <source>Camera and sound</source>
        <translation>کامێرا و دەنگ</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="160"/>
        <source>The connection is slow: the picture is shown at a lower quality.</source>
        <translation>پەیوەندییەکە خاوە: وێنەکە بە کوالیتییەکی نزمتر پیشان دەدرێت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="159"/>
        <source>The connection is poor: the sound may break up.</source>
        <translation>پەیوەندییەکە خراپە: لەوانەیە دەنگ بپچڕێت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="157"/>
        <source>The service expert&apos;s connection is weak: their picture is paused, sound continues.</source>
        <translation>پەیوەندیی شارەزاکە لاوازە: وێنەکەی ڕاگیراوە، دەنگ بەردەوامە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="156"/>
        <source>Your connection is weak: the picture is paused, sound continues.</source>
        <translation>پەیوەندییەکەت لاوازە: وێنەکە ڕاگیراوە، دەنگ بەردەوامە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="149"/>
        <source>The video connection could not be opened. Your network may block video calls: try another network, or ask your IT support. You can still write to the service expert here.</source>
        <translation>پەیوەندیی ڤیدیۆیی نەکرایەوە. لەوانەیە تۆڕەکەت ڕێگری لە پەیوەندیی ڤیدیۆیی بکات: تۆڕێکی تر تاقی بکەرەوە، یان لە پشتگیریی IT بپرسە. هێشتا دەتوانیت لێرە بۆ شارەزاکە بنووسیت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="145"/>
        <source>The video connection could not be opened: the agency&apos;s connection service did not accept it. Please try again in a moment. You can still write to the service expert here.</source>
        <translation>پەیوەندیی ڤیدیۆیی نەکرایەوە: ڕاژەکاری پەیوەندیی خزمەتگوزارییەکە قبووڵی نەکرد. تکایە دوای کەمێک دووبارە هەوڵ بدەرەوە. هێشتا دەتوانیت لێرە بۆ شارەزاکە بنووسیت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="126"/>
        <source>The video call has ended.</source>
        <translation>پەیوەندیی ڤیدیۆیی کۆتایی هات.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="129"/>
        <source>End the call?</source>
        <translation>پەیوەندییەکە کۆتایی پێبهێنرێت؟</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="130"/>
        <source>The call ends and cannot be continued.</source>
        <translation>پەیوەندییەکە کۆتایی دێت و ناتوانرێت بەردەوام بێت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="131"/>
        <source>Keep talking</source>
        <translation>بەردەوام بە لە قسەکردن</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="110"/>
        <source>%1 is speaking</source>
        <translation>%1 قسە دەکات</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="111"/>
        <source>Someone else in the call is speaking (for example an interpreter)</source>
        <translation>کەسێکی تر لە پەیوەندییەکەدا قسە دەکات (بۆ نموونە وەرگێڕ)</translation>
    </message>
</context>
<context>
    <name>CallVideoView</name>
    <message>
        <location filename="../../client_core/qt/video_widget.py" line="65"/>
        <source>{kbps:.0f} kbit/s · {fps:.0f} fps · RTT {rtt} · loss {loss:.1f} %</source>
        <translation>{kbps:.0f} kbit/s · {fps:.0f} fps · RTT {rtt} · لەدەستچوون {loss:.1f} %</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="149"/>
        <source>The service expert is writing…</source>
        <translation>شارەزای خزمەتگوزاری دەنووسێت…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="195"/>
        <source>You are chatting with %1, a service expert.</source>
        <translation>تۆ لەگەڵ %1، شارەزای خزمەتگوزاری، چات دەکەیت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="198"/>
        <source>The assistant can still answer while you wait.</source>
        <translation>لە کاتی چاوەڕوانیدا یاریدەدەرەکە هێشتا وەڵام دەداتەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="202"/>
        <source>You are chatting with the application assistant. It is a computer program.</source>
        <translation>تۆ لەگەڵ یاریدەدەری داواکاری چات دەکەیت. ئەوە بەرنامەیەکی کۆمپیوتەرە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="211"/>
        <source>Talk to a service expert</source>
        <translation>لەگەڵ شارەزایەکی خزمەتگوزاری قسە بکە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="213"/>
        <source>The assistant thinks a service expert could help you better with this.</source>
        <translation>یاریدەدەرەکە پێی وایە شارەزایەکی خزمەتگوزاری باشتر یارمەتیت دەدات لەمەدا.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="215"/>
        <source>Need more help? A service expert can join this chat.</source>
        <translation>یارمەتی زیاترت پێویستە؟ شارەزایەکی خزمەتگوزاری دەتوانێت بێتە ناو ئەم چاتە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="233"/>
        <source>Service experts are back on %1.</source>
        <translation>شارەزایانی خزمەتگوزاری لە %1 دەگەڕێنەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="242"/>
        <source>Other ways to get service:</source>
        <translation>ڕێگاکانی تری وەرگرتنی خزمەتگوزاری:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="170"/>
        <location filename="../../customer_client/qt/pages/chat.py" line="224"/>
        <source>End the chat</source>
        <translation>چاتەکە کۆتایی پێبهێنە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="247"/>
        <source>Chat</source>
        <translation>چات</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="248"/>
        <source>You</source>
        <translation>تۆ</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="249"/>
        <source>Application assistant</source>
        <translation>یاریدەدەری داواکاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="250"/>
        <source>Service expert</source>
        <translation>شارەزای خزمەتگوزاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="236"/>
        <source>Service experts chat only %1.</source>
        <translation>شارەزایانی خزمەتگوزاری تەنها %1 چات دەکەن.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="166"/>
        <source>End the chat?</source>
        <translation>چاتەکە کۆتایی پێبهێنرێت؟</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="167"/>
        <source>The conversation ends and cannot be continued.</source>
        <translation>گفتوگۆکە کۆتایی دێت و ناتوانرێت بەردەوام بێت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="169"/>
        <source>You leave the chat with the application assistant.</source>
        <translation>چاتەکە لەگەڵ یاریدەدەری داواکاری جێدەهێڵیت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="170"/>
        <source>Keep chatting</source>
        <translation>بەردەوام بە لە چات</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="174"/>
        <source>Leave the queue?</source>
        <translation>ڕیزەکە جێدەهێڵیت؟</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="175"/>
        <source>You lose your place in the queue.</source>
        <translation>شوێنەکەت لە ڕیزەکەدا لەدەست دەدەیت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="176"/>
        <source>Leave the queue</source>
        <translation>ڕیزەکە جێبهێڵە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="176"/>
        <source>Stay in the queue</source>
        <translation>لە ڕیزەکەدا بمێنەوە</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="268"/>
        <source>Send</source>
        <translation>بنێرە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="271"/>
        <source>Write your message here</source>
        <translation>نامەکەت لێرە بنووسە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="272"/>
        <source>Your message</source>
        <translation>نامەکەت</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="273"/>
        <source>Conversation</source>
        <translation>گفتوگۆ</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="269"/>
        <source>Attach a file…</source>
        <translation>فایلێک هاوپێچ بکە…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="270"/>
        <source>Send a PDF document or a picture, for example your rental agreement</source>
        <translation>بەڵگەنامەیەکی PDF یان وێنەیەک بنێرە، بۆ نموونە گرێبەستی کرێکەت</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="283"/>
        <source>Choose a file to send</source>
        <translation>فایلێک بۆ ناردن هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="284"/>
        <source>PDF documents and pictures (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>بەڵگەنامەی PDF و وێنە (*.pdf *.jpg *.jpeg *.png *.webp);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="292"/>
        <source>Save the file</source>
        <translation>فایلەکە پاشەکەوت بکە</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="45"/>
        <source>Camera, microphone and speakers</source>
        <translation>کامێرا، مایکرۆفۆن و بڵندگۆ</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="46"/>
        <source>The call switches to what you choose at once.</source>
        <translation>پەیوەندییەکە یەکسەر دەچێتە سەر ئەوەی هەڵیدەبژێریت.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="47"/>
        <source>Play a test sound</source>
        <translation>دەنگێکی تاقیکردنەوە لێبدە</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="48"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="139"/>
        <source>Your own picture</source>
        <translation>وێنەی خۆت</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="139"/>
        <source>Microphone level</source>
        <translation>ئاستی مایکرۆفۆن</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="141"/>
        <location filename="../../customer_client/qt/device_panel.py" line="144"/>
        <source>Your picture appears here.</source>
        <translation>وێنەکەت لێرە دەردەکەوێت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="142"/>
        <source>Your camera rests while we measure the connection.</source>
        <translation>کامێراکەت دەوەستێت تا پەیوەندییەکە دەپێوین.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="143"/>
        <source>No picture from the camera.</source>
        <translation>هیچ وێنەیەک لە کامێراکەوە نایەت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="146"/>
        <source>You can choose another camera, microphone or speakers here. We then check again.</source>
        <translation>لێرە دەتوانیت کامێرا، مایکرۆفۆن یان بڵندگۆیەکی تر هەڵبژێریت. پاشان دووبارە دەیپشکنین.</translation>
    </message>
</context>
<context>
    <name>DevicePickers</name>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="97"/>
        <source>Set by your IT administrator</source>
        <translation>لەلایەن بەڕێوەبەری IT ـەوە دانراوە</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="101"/>
        <source>No camera found</source>
        <translation>هیچ کامێرایەک نەدۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="101"/>
        <source>No microphone found</source>
        <translation>هیچ مایکرۆفۆنێک نەدۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="102"/>
        <source>No speakers found</source>
        <translation>هیچ بڵندگۆیەک نەدۆزرایەوە</translation>
    </message>
</context>
<context>
    <name>DeviceTexts</name>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="27"/>
        <source>Camera</source>
        <translation>کامێرا</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="27"/>
        <source>Microphone</source>
        <translation>مایکرۆفۆن</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="28"/>
        <source>Speakers</source>
        <translation>بڵندگۆ</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="36"/>
        <source>Another program is using your camera. Close it and try again.</source>
        <translation>بەرنامەیەکی تر کامێراکەت بەکاردەهێنێت. دایبخە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="38"/>
        <source>Another program is using your microphone. Close it and try again.</source>
        <translation>بەرنامەیەکی تر مایکرۆفۆنەکەت بەکاردەهێنێت. دایبخە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="40"/>
        <source>No camera was found. Connect a camera, or choose another one.</source>
        <translation>هیچ کامێرایەک نەدۆزرایەوە. کامێرایەک ببەستەوە، یان یەکێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="42"/>
        <source>No microphone was found. Connect one, or choose another one.</source>
        <translation>هیچ مایکرۆفۆنێک نەدۆزرایەوە. یەکێک ببەستەوە، یان یەکێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="43"/>
        <source>Your camera could not be opened. Choose another one, or reconnect it.</source>
        <translation>کامێراکەت نەکرایەوە. یەکێکی تر هەڵبژێرە، یان دووبارە بیبەستەوە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="45"/>
        <source>Your microphone could not be opened. Choose another one, or reconnect it.</source>
        <translation>مایکرۆفۆنەکەت نەکرایەوە. یەکێکی تر هەڵبژێرە، یان دووبارە بیبەستەوە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="51"/>
        <source>Your computer does not let this program use the camera.</source>
        <translation>کۆمپیوتەرەکەت ڕێگە نادات ئەم بەرنامەیە کامێرا بەکاربهێنێت.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="53"/>
        <source>To allow it: open System Settings, then Privacy &amp; Security, then Camera, and turn on %1. Then start the program again.</source>
        <translation>بۆ ڕێگەپێدان: ڕێکخستنەکانی سیستەم بکەرەوە، پاشان تایبەتمەندی و ئاسایش، پاشان کامێرا، و %1 هەڵبکە. پاشان بەرنامەکە دووبارە بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="56"/>
        <source>To allow it: open Settings, then Privacy &amp; security, then Camera, and turn on camera access for desktop apps.</source>
        <translation>بۆ ڕێگەپێدان: ڕێکخستنەکان بکەرەوە، پاشان تایبەتمەندی و ئاسایش، پاشان کامێرا، و دەستگەیشتن بە کامێرا بۆ بەرنامەکانی سەر مێز هەڵبکە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="59"/>
        <source>To allow it: check the camera&apos;s privacy switch or key, and ask your computer&apos;s administrator whether the camera is allowed.</source>
        <translation>بۆ ڕێگەپێدان: سویچ یان دوگمەی تایبەتمەندی کامێراکە بپشکنە، و لە بەڕێوەبەری کۆمپیوتەرەکەت بپرسە ئایا کامێرا ڕێگەپێدراوە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="62"/>
        <source>Your computer does not let this program use the microphone.</source>
        <translation>کۆمپیوتەرەکەت ڕێگە نادات ئەم بەرنامەیە مایکرۆفۆن بەکاربهێنێت.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="64"/>
        <source>To allow it: open System Settings, then Privacy &amp; Security, then Microphone, and turn on %1. Then start the program again.</source>
        <translation>بۆ ڕێگەپێدان: ڕێکخستنەکانی سیستەم بکەرەوە، پاشان تایبەتمەندی و ئاسایش، پاشان مایکرۆفۆن، و %1 هەڵبکە. پاشان بەرنامەکە دووبارە بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="67"/>
        <source>To allow it: open Settings, then Privacy &amp; security, then Microphone, and turn on microphone access for desktop apps.</source>
        <translation>بۆ ڕێگەپێدان: ڕێکخستنەکان بکەرەوە، پاشان تایبەتمەندی و ئاسایش، پاشان مایکرۆفۆن، و دەستگەیشتن بە مایکرۆفۆن بۆ بەرنامەکانی سەر مێز هەڵبکە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="70"/>
        <source>To allow it: check the microphone&apos;s mute switch or key, and ask your computer&apos;s administrator whether the microphone is allowed.</source>
        <translation>بۆ ڕێگەپێدان: سویچ یان دوگمەی بێدەنگکردنی مایکرۆفۆنەکە بپشکنە، و لە بەڕێوەبەری کۆمپیوتەرەکەت بپرسە ئایا مایکرۆفۆن ڕێگەپێدراوە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="78"/>
        <source>The call goes on without your picture and sound: you can still write in the chat.</source>
        <translation>پەیوەندییەکە بەبێ وێنە و دەنگی تۆ بەردەوام دەبێت: هێشتا دەتوانیت لە چاتدا بنووسیت.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="81"/>
        <source>The call goes on with sound only.</source>
        <translation>پەیوەندییەکە تەنها بە دەنگ بەردەوام دەبێت.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="82"/>
        <source>The call goes on without your sound: you can write in the chat.</source>
        <translation>پەیوەندییەکە بەبێ دەنگی تۆ بەردەوام دەبێت: دەتوانیت لە چاتدا بنووسیت.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="87"/>
        <source>Your microphone does not pick up your speakers: no echo.</source>
        <translation>مایکرۆفۆنەکەت دەنگی بڵندگۆکانت وەرناگرێت: هیچ دەنگدانەوەیەک نییە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="89"/>
        <source>Your microphone picks up your speakers, and echo cancellation is off.</source>
        <translation>مایکرۆفۆنەکەت دەنگی بڵندگۆکانت وەردەگرێت، و لابردنی دەنگدانەوە کوژاوەتەوە.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="92"/>
        <source>Your microphone picks up your speakers; the echo canceller removes more than %1 dB of it.</source>
        <translation>مایکرۆفۆنەکەت دەنگی بڵندگۆکانت وەردەگرێت؛ لابەری دەنگدانەوە زیاتر لە %1 dB ی لادەبات.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="94"/>
        <source>Your microphone picks up your speakers; the echo canceller removes %1 dB of it.</source>
        <translation>مایکرۆفۆنەکەت دەنگی بڵندگۆکانت وەردەگرێت؛ لابەری دەنگدانەوە %1 dB ی لادەبات.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="100"/>
        <source>Your camera was disconnected. Now using: %1.</source>
        <translation>کامێراکەت پچڕا. ئێستا بەکاردێت: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="102"/>
        <source>Your microphone was disconnected. Now using: %1.</source>
        <translation>مایکرۆفۆنەکەت پچڕا. ئێستا بەکاردێت: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="103"/>
        <source>Your speakers were disconnected. Now using: %1.</source>
        <translation>بڵندگۆکانت پچڕان. ئێستا بەکاردێت: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="104"/>
        <source>A camera was connected: %1. You can choose it in the device settings.</source>
        <translation>کامێرایەک بەسترا: %1. دەتوانیت لە ڕێکخستنەکانی ئامێرەکاندا هەڵیبژێریت.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="106"/>
        <source>A microphone was connected: %1. You can choose it in the device settings.</source>
        <translation>مایکرۆفۆنێک بەسترا: %1. دەتوانیت لە ڕێکخستنەکانی ئامێرەکاندا هەڵیبژێریت.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="108"/>
        <source>Speakers or a headset were connected: %1. You can choose them in the device settings.</source>
        <translation>بڵندگۆ یان هێدسێت بەسترا: %1. دەتوانیت لە ڕێکخستنەکانی ئامێرەکاندا هەڵیانبژێریت.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="111"/>
        <source>The camera chosen for this computer is not connected. Using: %1.</source>
        <translation>ئەو کامێرایەی بۆ ئەم کۆمپیوتەرە هەڵبژێردراوە نەبەستراوە. بەکاردێت: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="113"/>
        <source>The microphone chosen for this computer is not connected. Using: %1.</source>
        <translation>ئەو مایکرۆفۆنەی بۆ ئەم کۆمپیوتەرە هەڵبژێردراوە نەبەستراوە. بەکاردێت: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="115"/>
        <source>The speakers chosen for this computer are not connected. Using: %1.</source>
        <translation>ئەو بڵندگۆیانەی بۆ ئەم کۆمپیوتەرە هەڵبژێردراون نەبەستراون. بەکاردێت: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="119"/>
        <source>Your camera was disconnected.</source>
        <translation>کامێراکەت پچڕا.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="120"/>
        <source>Your microphone was disconnected.</source>
        <translation>مایکرۆفۆنەکەت پچڕا.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="121"/>
        <source>Your speakers were disconnected.</source>
        <translation>بڵندگۆکانت پچڕان.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="75"/>
        <source>How did we do?</source>
        <translation>چۆن بووین؟</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="76"/>
        <source>Choose from 1 to 5 stars. 5 is the best.</source>
        <translation>لە ١ بۆ ٥ ئەستێرە هەڵبژێرە. ٥ باشترینە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="77"/>
        <source>1 = poor, 5 = excellent</source>
        <translation>١ = خراپ، ٥ = زۆر باش</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="78"/>
        <source>Would you like to tell us more? (optional)</source>
        <translation>دەتەوێت زیاترمان پێ بڵێیت؟ (ئارەزوومەندانە)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="79"/>
        <source>Write here if you want</source>
        <translation>ئەگەر دەتەوێت لێرە بنووسە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="80"/>
        <source>Comment</source>
        <translation>تێبینی</translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_client/qt/pages/feedback.py" line="82"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n ئەستێرە</numerusform>
            <numerusform>%n ئەستێرە</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="85"/>
        <source>Send feedback</source>
        <translation>بۆچوونەکەت بنێرە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="86"/>
        <source>Skip</source>
        <translation>تێپەڕێنە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="63"/>
        <source>Saved: %1</source>
        <translation>پاشەکەوتکرا: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="83"/>
        <source>Save the conversation as PDF…</source>
        <translation>گفتوگۆکە وەک PDF پاشەکەوت بکە…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="84"/>
        <source>A copy of the messages for yourself, in the language you chose</source>
        <translation>کۆپییەکی نامەکان بۆ خۆت، بەو زمانەی هەڵتبژارد</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="113"/>
        <source>Chat with the application assistant</source>
        <translation>چات لەگەڵ یاریدەدەری داواکاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="118"/>
        <source>Video appointment: %1</source>
        <translation>چاوپێکەوتنی ڤیدیۆیی: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="120"/>
        <source>Service language: %1</source>
        <translation>زمانی خزمەتگوزاری: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="122"/>
        <source>Opening hours</source>
        <translation>کاتەکانی کارکردن</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="136"/>
        <source>Start the chat</source>
        <translation>چاتەکە دەست پێبکە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="137"/>
        <source>Continue</source>
        <translation>بەردەوام بە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="139"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="144"/>
        <source>Checking whether the service is open…</source>
        <translation>دەپشکنین ئایا خزمەتگوزارییەکە کراوەیە…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="153"/>
        <source>The service is open now.</source>
        <translation>خزمەتگوزارییەکە ئێستا کراوەیە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="149"/>
        <source>You can chat with the application assistant now.</source>
        <translation>ئێستا دەتوانیت لەگەڵ یاریدەدەری داواکاری چات بکەیت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="155"/>
        <source>The service is open. All service experts are busy, but you can join the queue.</source>
        <translation>خزمەتگوزارییەکە کراوەیە. هەموو شارەزایان سەرقاڵن، بەڵام دەتوانیت بچیتە ڕیزەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="132"/>
        <source>Other ways to get service</source>
        <translation>ڕێگاکانی تری وەرگرتنی خزمەتگوزاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="189"/>
        <source>It opens again on %1.</source>
        <translation>دووبارە لە %1 دەکرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="114"/>
        <source>Chat language: %1</source>
        <translation>زمانی چات: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="116"/>
        <source>When service experts chat</source>
        <translation>کاتی چاتی شارەزایانی خزمەتگوزاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="146"/>
        <source>We cannot reach the service right now, so we cannot tell whether it is open. We keep trying.</source>
        <translation>ئێستا ناتوانین بگەینە خزمەتگوزارییەکە، بۆیە ناتوانین بڵێین کراوەیە یان نا. هەوڵ دەدەینەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="127"/>
        <source>Closed on public holidays.</source>
        <translation>لە پشووە گشتییەکاندا داخراوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="164"/>
        <source>A service expert can join the chat if you need one.</source>
        <translation>ئەگەر پێویستت بوو، شارەزایەکی خزمەتگوزاری دەتوانێت بێتە ناو چاتەکە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="167"/>
        <source>Service experts chat only %1.</source>
        <translation>شارەزایانی خزمەتگوزاری تەنها %1 چات دەکەن.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="169"/>
        <source>No service expert chats in this language.</source>
        <translation>هیچ شارەزایەکی خزمەتگوزاری بەم زمانە چات ناکات.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="172"/>
        <source>Service experts are not on duty now. They are back on %1.</source>
        <translation>شارەزایانی خزمەتگوزاری ئێستا لەسەر کار نین. لە %1 دەگەڕێنەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="179"/>
        <source>Today is a public holiday.</source>
        <translation>ئەمڕۆ پشووی گشتییە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="181"/>
        <source>Today the service closed early.</source>
        <translation>ئەمڕۆ خزمەتگوزارییەکە زووتر داخرا.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="191"/>
        <source>This service starts on %1.</source>
        <translation>ئەم خزمەتگوزارییە لە %1 دەست پێدەکات.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="194"/>
        <source>This service ended on %1.</source>
        <translation>ئەم خزمەتگوزارییە لە %1 کۆتایی هات.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="196"/>
        <source>This service is no longer available.</source>
        <translation>ئەم خزمەتگوزارییە چیتر بەردەست نییە.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../customer_client/qt/main_window.py" line="530"/>
        <source>Are you still there? This screen goes back to the start in %n second(s), and your information is cleared.</source>
        <translation>
            <numerusform>هێشتا لێرەیت؟ ئەم شاشەیە لە %n چرکەدا دەگەڕێتەوە بۆ سەرەتا و زانیارییەکانت دەسڕدرێنەوە.</numerusform>
            <numerusform>هێشتا لێرەیت؟ ئەم شاشەیە لە %n چرکەدا دەگەڕێتەوە بۆ سەرەتا و زانیارییەکانت دەسڕدرێنەوە.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="532"/>
        <source>I am still here</source>
        <translation>هێشتا لێرەم</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="559"/>
        <source>Kela remote service</source>
        <translation>خزمەتگوزاریی دوورەدەستی Kela</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="563"/>
        <source>Kela · Remote service</source>
        <translation>Kela · خزمەتگوزاریی دوورەدەست</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="564"/>
        <source>Start over</source>
        <translation>لە سەرەتاوە دەست پێبکەرەوە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="285"/>
        <source>You are signed in</source>
        <translation>تۆ چوویتە ژوورەوە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="286"/>
        <source>You can close this browser window and go back to the Kela remote service.</source>
        <translation>دەتوانیت ئەم پەنجەرەیەی وێبگەڕ دابخەیت و بگەڕێیتەوە بۆ خزمەتگوزاریی دوورەدەستی کێلا.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="565"/>
        <source>Sign out</source>
        <translation>چوونەدەرەوە</translation>
    </message>
</context>
<context>
    <name>PrecheckPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="337"/>
        <source>Let&apos;s check your computer</source>
        <translation>با کۆمپیوتەرەکەت بپشکنین</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="344"/>
        <source>Checking…</source>
        <translation>دەپشکنرێت…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="347"/>
        <source>Everything is ready for the video call.</source>
        <translation>هەموو شتێک بۆ پەیوەندی ڤیدیۆیی ئامادەیە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="348"/>
        <source>Please fix the items marked ✗ and check again.</source>
        <translation>تکایە ئەو خاڵانەی بە ✗ نیشانکراون چاک بکە و دووبارە بپشکنە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="350"/>
        <source>Please answer the question about the sound.</source>
        <translation>تکایە وەڵامی پرسیارەکەی دەربارەی دەنگەکە بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="353"/>
        <source>We played a short sound. Did you hear it?</source>
        <translation>دەنگێکی کورتمان لێدا. گوێت لێ بوو؟</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="354"/>
        <source>Yes, I heard it</source>
        <translation>بەڵێ، گوێم لێ بوو</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="355"/>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="356"/>
        <source>Play again</source>
        <translation>دووبارە لێیبدە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="360"/>
        <source>Check results</source>
        <translation>ئەنجامەکانی پشکنین</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="361"/>
        <source>Check again</source>
        <translation>دووبارە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="362"/>
        <source>Continue to the queue</source>
        <translation>بڕۆ بۆ ڕیزەکە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="365"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="338"/>
        <source>This takes about ten seconds. Please allow the use of the camera and microphone, say a few words, and listen: we play a short sound.</source>
        <translation>ئەمە نزیکەی دە چرکە دەخایەنێت. تکایە ڕێگە بدە کامێرا و مایکرۆفۆن بەکاربهێنرێن، چەند وشەیەک بڵێ، و گوێ بگرە: دەنگێکی کورت لێدەدەین.</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="45"/>
        <source>Waiting for a service expert</source>
        <translation>چاوەڕوانی شارەزایەکی خزمەتگوزاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="46"/>
        <source>Your computer is ready. The call starts by itself when a service expert is free. Please keep this window open.</source>
        <translation>کۆمپیوتەرەکەت ئامادەیە. پەیوەندییەکە خۆی دەست پێدەکات کاتێک شارەزایەک بەتاڵ بوو. تکایە ئەم پەنجەرەیە مەکوژێنەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="48"/>
        <source>Tip: have your documents and your personal identity code at hand.</source>
        <translation>ئامۆژگاری: بەڵگەنامەکانت و ژمارەی ناسنامەی کەسیت لە بەردەستدا بێت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="37"/>
        <source>Leave the queue?</source>
        <translation>ڕیزەکە جێدەهێڵیت؟</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="37"/>
        <source>You lose your place in the queue.</source>
        <translation>شوێنەکەت لە ڕیزەکەدا لەدەست دەدەیت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="38"/>
        <source>Leave the queue</source>
        <translation>ڕیزەکە جێبهێڵە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="38"/>
        <source>Stay in the queue</source>
        <translation>لە ڕیزەکەدا بمێنەوە</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="66"/>
        <source>You are in the queue for a service expert</source>
        <translation>تۆ لە ڕیزی چاوەڕوانی شارەزایەکی خزمەتگوزاریت</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="68"/>
        <source>Finding your place in the queue…</source>
        <translation>شوێنەکەت لە ڕیزەکەدا دەدۆزرێتەوە…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="74"/>
        <source>Leave the queue</source>
        <translation>ڕیزەکە جێبهێڵە</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="62"/>
        <source>How can we help you?</source>
        <translation>چۆن دەتوانین یارمەتیت بدەین؟</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="63"/>
        <source>Chat about the social assistance application
The application assistant answers first. A service expert can join.</source>
        <translation>چات دەربارەی داواکاری یارمەتیی کۆمەڵایەتی
سەرەتا یاریدەدەری داواکاری وەڵام دەداتەوە. شارەزایەک دەتوانێت بێتە ناوەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="68"/>
        <source>Chat about the social assistance application. The chat is in Finnish, Swedish or English. Choose the chat language:</source>
        <translation>چات دەربارەی داواکاری یارمەتیی کۆمەڵایەتی. چاتەکە بە فینلەندی، سویدی یان ئینگلیزییە. زمانی چاتەکە هەڵبژێرە:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="73"/>
        <source>Video appointment
Talk with a service expert face to face on your computer.</source>
        <translation>چاوپێکەوتنی ڤیدیۆیی
ڕووبەڕوو لەگەڵ شارەزایەکی خزمەتگوزاری لە کۆمپیوتەرەکەتەوە قسە بکە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="75"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="169"/>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="187"/>
        <source>Sign in</source>
        <translation>چوونەژوورەوە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="170"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="171"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="172"/>
        <source>QR code for signing in with your phone</source>
        <translation>کۆدی QR بۆ چوونەژوورەوە بە مۆبایلەکەت</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="175"/>
        <source>Sign in with your own phone: nothing you type is shown on this screen, and everything is cleared when you finish.</source>
        <translation>بە مۆبایلی خۆت بچۆ ژوورەوە: هیچ شتێک کە دەینووسیت لەسەر ئەم شاشەیە پیشان نادرێت، و کاتێک تەواو دەبیت هەموو شتێک دەسڕدرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="177"/>
        <source>Show the sign-in code</source>
        <translation>کۆدی چوونەژوورەوە پیشان بدە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="179"/>
        <source>Scan the QR code with your phone&apos;s camera, or go to the address below and type this code:</source>
        <translation>کۆدی QR بە کامێرای مۆبایلەکەت بخوێنەرەوە، یان بڕۆ بۆ ئەو ناونیشانەی خوارەوە و ئەم کۆدە بنووسە:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="185"/>
        <source>Sign in with online banking codes, a mobile certificate or an ID card. The sign-in opens in your web browser.</source>
        <translation>بە کۆدەکانی بانکی ئۆنلاین، بڕوانامەی مۆبایل یان کارتی ناسنامە بچۆ ژوورەوە. چوونەژوورەوە لە وێبگەڕەکەتدا دەکرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="189"/>
        <source>Continue in your web browser. When you have signed in, come back to this window.</source>
        <translation>لە وێبگەڕەکەتدا بەردەوام بە. کاتێک چوویتە ژوورەوە، بگەڕێوە بۆ ئەم پەنجەرەیە.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="33"/>
        <source>Basic social assistance application</source>
        <translation>داواکاری یارمەتیی کۆمەڵایەتیی بنەڕەتی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="34"/>
        <source>Unemployment</source>
        <translation>بێکاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="35"/>
        <source>General housing allowance</source>
        <translation>یارمەتیی گشتیی نیشتەجێبوون</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="36"/>
        <source>Families with children</source>
        <translation>خێزانی منداڵدار</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="37"/>
        <source>Students</source>
        <translation>خوێندکاران</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="38"/>
        <source>Sickness</source>
        <translation>نەخۆشی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="39"/>
        <source>Rehabilitation and disability</source>
        <translation>توانابەخشینەوە و کەمئەندامی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="40"/>
        <source>Pensions</source>
        <translation>خانەنشینی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Monday</source>
        <translation>دووشەممە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Tuesday</source>
        <translation>سێشەممە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Wednesday</source>
        <translation>چوارشەممە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Thursday</source>
        <translation>پێنجشەممە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Friday</source>
        <translation>هەینی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Saturday</source>
        <translation>شەممە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="48"/>
        <source>Sunday</source>
        <translation>یەکشەممە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="57"/>
        <source>%1 to %2: %3</source>
        <translation>%1 تا %2: %3</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="64"/>
        <source>Available from %1 to %2.</source>
        <translation>ئەم خزمەتگوزارییە لە %1 تا %2 بەردەستە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="66"/>
        <source>Available until %1.</source>
        <translation>ئەم خزمەتگوزارییە تا %1 بەردەستە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="68"/>
        <source>Available from %1.</source>
        <translation>ئەم خزمەتگوزارییە لە %1ەوە بەردەستە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="78"/>
        <source>%1 at %2</source>
        <translation>%1 کاتژمێر %2</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="93"/>
        <source>You are now in the queue for a service expert.</source>
        <translation>ئێستا تۆ لە ڕیزی چاوەڕوانی شارەزایەکی خزمەتگوزاریت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="95"/>
        <source>%1 from the service has joined the chat.</source>
        <translation>%1 لە خزمەتگوزارییەوە هاتە ناو چاتەکە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="97"/>
        <source>You are being passed to another service expert. Please wait.</source>
        <translation>دەگوازرێیتەوە بۆ شارەزایەکی تر. تکایە چاوەڕێ بکە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="99"/>
        <source>The service expert lost the connection. You are back at the front of the queue.</source>
        <translation>پەیوەندی شارەزاکە پچڕا. تۆ دووبارە لە پێشی ڕیزەکەدایت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="102"/>
        <source>The conversation has ended.</source>
        <translation>گفتوگۆکە کۆتایی هات.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="110"/>
        <source>We cannot reach the service right now. Check that your internet works. We keep trying again automatically.</source>
        <translation>ئێستا ناتوانین بگەینە خزمەتگوزارییەکە. بپشکنە ئینتەرنێتەکەت کار دەکات. خۆمان بە شێوەی خۆکار هەوڵ دەدەینەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="113"/>
        <source>Your sign-in has expired. Please close this window and sign in again.</source>
        <translation>چوونەژوورەوەکەت بەسەرچووە. تکایە ئەم پەنجەرەیە دابخە و دووبارە بچۆ ژوورەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="117"/>
        <source>The service is closed right now.</source>
        <translation>خزمەتگوزارییەکە ئێستا داخراوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="119"/>
        <source>The queue is full right now. Please try again in a little while.</source>
        <translation>ڕیزەکە ئێستا پڕە. تکایە کەمێکی تر هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="120"/>
        <source>No service expert is available right now.</source>
        <translation>ئێستا هیچ شارەزایەکی خزمەتگوزاری بەردەست نییە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="122"/>
        <source>This service is not available in the language you chose.</source>
        <translation>ئەم خزمەتگوزارییە بەو زمانەی هەڵتبژاردووە بەردەست نییە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="127"/>
        <source>Something went wrong. Please try again.</source>
        <translation>هەڵەیەک ڕوویدا. تکایە دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="135"/>
        <source>The sign-in service cannot be reached right now. Check that your internet works and try again.</source>
        <translation>ئێستا ناتوانرێت بگەیتە خزمەتگوزاریی چوونەژوورەوە. دڵنیابە کە ئینتەرنێتەکەت کار دەکات و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="137"/>
        <source>The sign-in was cancelled. You can try again.</source>
        <translation>چوونەژوورەوە هەڵوەشایەوە. دەتوانیت دووبارە هەوڵ بدەیتەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="138"/>
        <source>The sign-in took too long and was stopped. You can try again.</source>
        <translation>چوونەژوورەوە زۆری خایاند و ڕاگیرا. دەتوانیت دووبارە هەوڵ بدەیتەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="140"/>
        <source>Sign-in has not been set up on this computer. Please contact the service.</source>
        <translation>چوونەژوورەوە لەسەر ئەم کۆمپیوتەرە ڕێک نەخراوە. تکایە پەیوەندی بە خزمەتگوزارییەکەوە بکە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="141"/>
        <source>The sign-in did not succeed. Please try again.</source>
        <translation>چوونەژوورەوە سەرکەوتوو نەبوو. تکایە دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="148"/>
        <source>Phone service</source>
        <translation>خزمەتگوزاریی تەلەفۆنی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="151"/>
        <source>Visit a service office</source>
        <translation>سەردانی نووسینگەیەکی خزمەتگوزاری بکە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="158"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="163"/>
        <source>Estimated wait: less than a minute</source>
        <translation>کاتی چاوەڕوانیی خەمڵێنراو: کەمتر لە خولەکێک</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="167"/>
        <source>We cannot estimate the wait right now.</source>
        <translation>ئێستا ناتوانین کاتی چاوەڕوانی بخەمڵێنین.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="171"/>
        <source>You are next in the queue.</source>
        <translation>تۆ دواتر نۆرەتە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="172"/>
        <source>Your place in the queue: %1</source>
        <translation>شوێنەکەت لە ڕیزەکەدا: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="176"/>
        <source>Computer and operating system</source>
        <translation>کۆمپیوتەر و سیستەمی کارپێکردن</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="177"/>
        <source>Camera</source>
        <translation>کامێرا</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="178"/>
        <source>Microphone</source>
        <translation>مایکرۆفۆن</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="179"/>
        <source>Speakers or headset</source>
        <translation>بڵندگۆ یان گوێگر</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="180"/>
        <source>Internet speed</source>
        <translation>خێرایی ئینتەرنێت</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="181"/>
        <source>Connection delay</source>
        <translation>دواکەوتنی پەیوەندی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="182"/>
        <source>Connection steadiness</source>
        <translation>جێگیری پەیوەندی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="183"/>
        <source>Lost data</source>
        <translation>داتای لەدەستچوو</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="184"/>
        <source>Video connection to the service</source>
        <translation>پەیوەندیی ڤیدیۆیی بە خزمەتگوزارییەکەوە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="190"/>
        <source>Checking…</source>
        <translation>دەپشکنرێت…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="191"/>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="191"/>
        <source>Works, but see the tip</source>
        <translation>کار دەکات، بەڵام ئامۆژگارییەکە ببینە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="192"/>
        <source>Needs fixing</source>
        <translation>پێویستی بە چاککردنە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="197"/>
        <source>Waiting for your answer</source>
        <translation>چاوەڕێی وەڵامی تۆیە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="198"/>
        <source>Not checked</source>
        <translation>نەپشکنرا</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="211"/>
        <source>Your internet connection is only just fast enough for video. Stop downloads and videos on other devices during the call.</source>
        <translation>پەیوەندیی ئینتەرنێتەکەت بە زەحمەت بەس خێرایە بۆ ڤیدیۆ. لە کاتی پەیوەندییەکەدا داگرتن و ڤیدیۆ لە ئامێرەکانی تر ڕابگرە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="214"/>
        <source>Your computer&apos;s operating system is too old for video calls (Windows 10, macOS 12 or a recent Linux is needed). Please use the phone service or visit an office.</source>
        <translation>سیستەمی کارپێکردنی کۆمپیوتەرەکەت بۆ پەیوەندیی ڤیدیۆیی زۆر کۆنە (Windows 10، macOS 12 یان Linuxـێکی نوێ پێویستە). تکایە خزمەتگوزاریی تەلەفۆن بەکاربهێنە یان سەردانی نووسینگەیەک بکە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="222"/>
        <source>We did not find a camera. Connect a camera, or close other programs that use it, and check again.</source>
        <translation>هیچ کامێرایەک نەدۆزرایەوە. کامێرایەک ببەستە، یان ئەو بەرنامانەی بەکاری دەهێنن دابخە، و دووبارە بپشکنە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="225"/>
        <source>The camera picture is dark. Remove any cover from the lens and turn on a light.</source>
        <translation>وێنەی کامێراکە تاریکە. هەر داپۆشەرێک لەسەر هاوێنەکە لاببە و گڵۆپێک هەڵبکە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="228"/>
        <source>The camera picture does not move. Close other programs that use the camera, or unplug the camera and plug it in again.</source>
        <translation>وێنەی کامێراکە ناجووڵێت. ئەو بەرنامانەی کامێرا بەکاردەهێنن دابخە، یان کامێراکە لابکە و دووبارە بیبەستەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="231"/>
        <source>The picture is a little jerky. Add light to the room and close other programs.</source>
        <translation>وێنەکە کەمێک دەپچڕێت. ڕووناکی ژوورەکە زیاد بکە و بەرنامەکانی تر دابخە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="234"/>
        <source>We hear nothing from your microphone. Check that it is connected and not muted, then say something and check again.</source>
        <translation>هیچ دەنگێک لە مایکرۆفۆنەکەتەوە نابیستین. بپشکنە بەستراوە و بێدەنگ نەکراوە، پاشان شتێک بڵێ و دووبارە بپشکنە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="237"/>
        <source>Your voice is too loud for the microphone. Move a little further away.</source>
        <translation>دەنگت بۆ مایکرۆفۆنەکە زۆر بەرزە. کەمێک دوورتر بڕۆ.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="241"/>
        <source>Please use a headset if you have one, so the other person does not hear an echo.</source>
        <translation>ئەگەر گوێگرت هەیە بەکاری بهێنە، بۆ ئەوەی کەسەکەی تر دەنگدانەوە نەبیستێت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="207"/>
        <source>Your internet connection is too slow for video (at least 1.2 Mbit/s is needed). Move closer to your wireless router, or stop downloads and videos on other devices.</source>
        <translation>پەیوەندیی ئینتەرنێتەکەت بۆ ڤیدیۆ زۆر هێواشە (لانیکەم ١٫٢ مێگابیت/چرکە پێویستە). نزیکتر بڕۆ لە ڕاوتەری بێتەل، یان داگرتن و ڤیدیۆ لە ئامێرەکانی تر ڕابگرە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="247"/>
        <location filename="../../customer_client/qt/texts.py" line="250"/>
        <source>Video calls do not work on this operating system. Please use another computer, the phone service or a service office.</source>
        <translation>پەیوەندیی ڤیدیۆیی لەم سیستەمی کارپێکردنەدا کار ناکات. تکایە کۆمپیوتەرێکی تر، خزمەتگوزاریی تەلەفۆن یان نووسینگەیەکی خزمەتگوزاری بەکاربهێنە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="255"/>
        <source>We could not measure this. Check your internet connection and check again.</source>
        <translation>نەمانتوانی ئەمە بپێوین. پەیوەندیی ئینتەرنێتەکەت بپشکنە و دووبارە بپشکنەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="257"/>
        <source>Your connection is slow to answer. Move closer to your wireless router.</source>
        <translation>پەیوەندییەکەت هێواش وەڵام دەداتەوە. نزیکتر بڕۆ لە ڕاوتەری بێتەل.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="259"/>
        <source>Your connection is unsteady. Stop downloads and videos on other devices.</source>
        <translation>پەیوەندییەکەت جێگیر نییە. داگرتن و ڤیدیۆ لە ئامێرەکانی تر ڕابگرە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="261"/>
        <source>Some data gets lost on the way. Move closer to your wireless router or use a cable.</source>
        <translation>هەندێک داتا لە ڕێگادا ون دەبێت. نزیکتر بڕۆ لە ڕاوتەری بێتەل یان کێبڵ بەکاربهێنە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="264"/>
        <source>We could not open a video connection. Check your internet connection. On a work computer, a firewall may block video calls.</source>
        <translation>نەمانتوانی پەیوەندیی ڤیدیۆیی بکەینەوە. پەیوەندیی ئینتەرنێتەکەت بپشکنە. لە کۆمپیوتەری کاردا، دیوارە ئاگرینەکە لەوانەیە پەیوەندیی ڤیدیۆیی ڕێگری بکات.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="239"/>
        <source>Turn up the volume or connect a headset, then play the sound again.</source>
        <translation>دەنگەکە بەرز بکەرەوە یان گوێگرێک ببەستە، پاشان دووبارە دەنگەکە لێبدە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="243"/>
        <source>Please tell us whether you heard the sound.</source>
        <translation>تکایە پێمان بڵێ ئایا گوێت لە دەنگەکە بوو.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="124"/>
        <source>This service needs strong identification: online banking codes, a mobile certificate or an ID card. Sign out and sign in again with one of them, or choose the chat with the assistant or the phone service.</source>
        <translation>ئەم خزمەتگوزارییە پێویستی بە ناساندنی بەهێز هەیە: کۆدەکانی بانکی ئۆنلاین، بڕوانامەی مۆبایل یان کارتی ناسنامە. بچۆ دەرەوە و دووبارە بە یەکێک لەوانە بچۆ ژوورەوە، یان چاتی یاریدەدەر یان خزمەتگوزاریی تەلەفۆن هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="285"/>
        <source>PDF document, 1 page</source>
        <translation>بەڵگەنامەی PDF، ١ لاپەڕە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="286"/>
        <source>PDF document, %1 pages</source>
        <translation>بەڵگەنامەی PDF، %1 لاپەڕە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="288"/>
        <source>Picture</source>
        <translation>وێنە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="302"/>
        <source>Sending the file…</source>
        <translation>فایلەکە دەنێردرێت…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="304"/>
        <source>The file is too large. You can send files of up to %1.</source>
        <translation>فایلەکە زۆر گەورەیە. دەتوانیت فایلی تا %1 بنێریت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="306"/>
        <source>This kind of file cannot be sent. Send a PDF document or a picture (JPEG, PNG).</source>
        <translation>ئەم جۆرە فایلە نانێردرێت. بەڵگەنامەیەکی PDF یان وێنەیەک (JPEG، PNG) بنێرە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="308"/>
        <source>The file was refused because the virus check found something harmful in it.</source>
        <translation>فایلەکە ڕەتکرایەوە چونکە پشکنینی ڤایرۆس شتێکی زیانبەخشی تێدا دۆزییەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="310"/>
        <source>Files cannot be checked for viruses right now, so they cannot be sent. Please try again later.</source>
        <translation>ئێستا ناتوانرێت فایلەکان بۆ ڤایرۆس بپشکنرێن، بۆیە نانێردرێن. تکایە دواتر هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="312"/>
        <source>The chat has ended, so files can no longer be sent.</source>
        <translation>چاتەکە کۆتایی هات، بۆیە چیتر فایل نانێردرێت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="313"/>
        <source>The file could not be read on this computer.</source>
        <translation>فایلەکە لەم کۆمپیوتەرە نەخوێندرایەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="319"/>
        <source>The file could not be sent. Please try again.</source>
        <translation>فایلەکە نەنێردرا. تکایە دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="104"/>
        <source>You saved a copy of this conversation.</source>
        <translation>کۆپییەکی ئەم گفتوگۆیەت پاشەکەوت کرد.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="296"/>
        <source>Double-click or press Enter to save the file</source>
        <translation>دوو کرتە بکە یان Enter دابگرە بۆ پاشەکەوتکردنی فایلەکە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="314"/>
        <source>The file was saved.</source>
        <translation>فایلەکە پاشەکەوت کرا.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="315"/>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation>فایلەکە لەوێ پاشەکەوت نەکرا. بوخچەیەکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="316"/>
        <source>This file cannot be opened.</source>
        <translation>ئەم فایلە ناکرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="317"/>
        <source>This file is no longer kept.</source>
        <translation>ئەم فایلە چیتر هەڵناگیرێت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="274"/>
        <source>Your network blocks the service&apos;s video route. Ask your IT support to allow connections to the service&apos;s relay server (UDP and TCP port 3478, TCP port 443), or use another network, for example your phone&apos;s hotspot.</source>
        <translation>تۆڕەکەت ڕێگای ڤیدیۆی خزمەتگوزارییەکە دادەخات. داوا لە پشتگیریی IT بکە ڕێگە بە پەیوەندی بە ڕاژەکاری گواستنەوەی خزمەتگوزارییەکە بدات (پۆرتی UDP و TCP 3478، پۆرتی TCP 443)، یان تۆڕێکی تر بەکاربهێنە، بۆ نموونە هۆتسپۆتی مۆبایلەکەت.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="271"/>
        <source>The service&apos;s video route did not accept our test. The call may still work; if it does not, please try again later.</source>
        <translation>ڕێگای ڤیدیۆی خزمەتگوزارییەکە تاقیکردنەوەکەمانی قبووڵ نەکرد. لەوانەیە پەیوەندییەکە هێشتا کار بکات؛ ئەگەر نەیکرد، تکایە دواتر هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="267"/>
        <source>Your network lets video through only on a slower route. The call will work, but if the picture stutters, try another network, or ask your IT support to allow UDP port 3478 to the service.</source>
        <translation>تۆڕەکەت تەنها بە ڕێگایەکی خاوتر ڤیدیۆ تێدەپەڕێنێت. پەیوەندییەکە کار دەکات، بەڵام ئەگەر وێنەکە پچڕپچڕ بوو، تۆڕێکی تر تاقی بکەرەوە، یان داوا لە پشتگیریی IT بکە ڕێگە بە پۆرتی UDP 3478 بۆ خزمەتگوزارییەکە بدات.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="185"/>
        <source>Video route through firewalls</source>
        <translation>ڕێگای ڤیدیۆ بە ناو فایەروۆڵەکاندا</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="115"/>
        <source>This version of the program is too old for the service. Please update the program, then open it again.</source>
        <translation>ئەم وەشانەی بەرنامەکە بۆ خزمەتگوزارییەکە زۆر کۆنە. تکایە بەرنامەکە نوێ بکەرەوە، پاشان دووبارە بیکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="53"/>
        <source>around the clock</source>
        <translation>شەو و ڕۆژ</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="83"/>
        <source>in Finnish</source>
        <translation>بە فینلەندی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="83"/>
        <source>in Swedish</source>
        <translation>بە سویدی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="84"/>
        <source>in English</source>
        <translation>بە ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="84"/>
        <source>in Russian</source>
        <translation>بە ڕووسی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="85"/>
        <source>in Sorani Kurdish</source>
        <translation>بە کوردیی سۆرانی</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="147"/>
        <source>Phone service %1</source>
        <translation>خزمەتگوزاریی تەلەفۆنی %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="150"/>
        <source>Visit a service office: service %1</source>
        <translation>سەردانی نووسینگەیەکی خزمەتگوزاری بکە: خزمەتگوزاری %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="153"/>
        <source>Information on the Infopankki.fi website %1</source>
        <translation>زانیاری لە ماڵپەڕی Infopankki.fi %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_client/qt/texts.py" line="166"/>
        <source>Estimated wait: about %Ln minute(s)</source>
        <translation>
            <numerusform>کاتی چاوەڕوانیی خەمڵێنراو: نزیکەی %Ln خولەک</numerusform>
            <numerusform>کاتی چاوەڕوانیی خەمڵێنراو: نزیکەی %Ln خولەک</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="27"/>
        <source>Thank you!</source>
        <translation>سوپاس!</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="28"/>
        <source>Your visit has ended. You can close this window, or start again.</source>
        <translation>سەردانەکەت کۆتایی هات. دەتوانیت ئەم پەنجەرەیە دابخەیت، یان لە سەرەتاوە دەست پێبکەیتەوە.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="30"/>
        <source>Back to the start</source>
        <translation>گەڕانەوە بۆ سەرەتا</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="68"/>
        <source>What is your matter about?</source>
        <translation>بابەتەکەت دەربارەی چییە؟</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="71"/>
        <source>Choose the topic that fits best. The service expert can help with other matters too.</source>
        <translation>ئەو بابەتە هەڵبژێرە کە باشترین گونجاوە. شارەزاکە دەتوانێت لە بابەتەکانی تریشدا یارمەتیت بدات.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="78"/>
        <source>Finding the services that are available…</source>
        <translation>گەڕان بۆ ئەو خزمەتگوزارییانەی بەردەستن…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="84"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="74"/>
        <source>There are no video appointments in your language yet. Service experts take video appointments %1.</source>
        <translation>هێشتا چاوپێکەوتنی ڤیدیۆیی بە زمانی تۆ نییە. شارەزایانی خزمەتگوزاری چاوپێکەوتنی ڤیدیۆیی %1 دەکەن.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="80"/>
        <source>There are no video appointments right now.</source>
        <translation>ئێستا هیچ چاوپێکەوتنێکی ڤیدیۆیی نییە.</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="83"/>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="85"/>
        <source>Save the conversation</source>
        <translation>گفتوگۆکە پاشەکەوت بکە</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="86"/>
        <source>PDF documents (*.pdf)</source>
        <translation>بەڵگەنامەی PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="96"/>
        <source>Service expert: %1</source>
        <translation>پسپۆڕی خزمەتگوزاری: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="107"/>
        <source>You</source>
        <translation>تۆ</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="108"/>
        <source>Application assistant</source>
        <translation>یاریدەدەری داواکاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="109"/>
        <source>Service expert</source>
        <translation>پسپۆڕی خزمەتگوزاری</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="110"/>
        <source>Your conversation with the customer service</source>
        <translation>گفتوگۆکەت لەگەڵ خزمەتگوزاریی کڕیاران</translation>
    </message>
</context>
</TS>

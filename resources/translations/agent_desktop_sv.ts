<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="61"/>
        <source>About %s</source>
        <translation>Om %s</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="64"/>
        <source>If you contact support, copy this report and paste it into your message.</source>
        <translation>Om du kontaktar supporten, kopiera den här rapporten och klistra in den i ditt meddelande.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="80"/>
        <source>No configuration problems.</source>
        <translation>Inga problem i inställningarna.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="87"/>
        <source>Copy support report</source>
        <translation>Kopiera supportrapport</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="105"/>
        <source>Copied</source>
        <translation>Kopierad</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="71"/>
        <source>Settings in use</source>
        <translation>Inställningar som används</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../agent_desktop/qt/alerts.py" line="38"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/alerts.py" line="39"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/alerts.py" line="43"/>
        <source>Service expert workstation</source>
        <translation>Sakkunnigas arbetsplats</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../agent_desktop/qt/attachment_view.py" line="99"/>
        <source>Save a copy…</source>
        <extracomment>The largest thumbnail in a bubble (logical pixels); the hub&apos;s previews are larger.</extracomment>
        <translation>Spara en kopia…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/attachment_view.py" line="129"/>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../agent_desktop/qt/bubble_delegate.py" line="230"/>
        <source>Sending…</source>
        <translation>Skickas…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/bubble_delegate.py" line="232"/>
        <source>Sent ✓</source>
        <translation>Skickat ✓</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/bubble_delegate.py" line="157"/>
        <source>Conversation with the assistant (%Ln message(s)) — click or press Space to show or hide</source>
        <extracomment>Bubble pixmaps kept: a screenful or two (the list pages older rows out anyway).</extracomment>
        <translation>
            <numerusform>Diskussion med assistenten (%Ln meddelande) — klicka eller tryck på mellanslag för att visa eller dölja</numerusform>
            <numerusform>Diskussion med assistenten (%Ln meddelanden) — klicka eller tryck på mellanslag för att visa eller dölja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallVideoView</name>
    <message>
        <location filename="../../client_core/qt/video_widget.py" line="65"/>
        <source>{kbps:.0f} kbit/s · {fps:.0f} fps · RTT {rtt} · loss {loss:.1f} %</source>
        <translation>{kbps:.0f} kbit/s · {fps:.0f} fps · RTT {rtt} · förlust {loss:.1f} %</translation>
    </message>
</context>
<context>
    <name>CannedPanel</name>
    <message>
        <location filename="../../agent_desktop/qt/canned_panel.py" line="80"/>
        <source>Search replies (Ctrl+K)</source>
        <translation>Sök svarsmallar (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/canned_panel.py" line="81"/>
        <source>Search canned replies</source>
        <translation>Sök svarsmallar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/canned_panel.py" line="82"/>
        <source>Canned replies</source>
        <translation>Svarsmallar</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../agent_desktop/qt/banner.py" line="45"/>
        <source>Connection to the service was lost. Reconnecting… Your conversations are kept and continue where they left off.</source>
        <translation>Anslutningen till tjänsten bröts. Ansluter på nytt… Dina diskussioner sparas och fortsätter där de slutade.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/banner.py" line="48"/>
        <source>Connected again.</source>
        <translation>Ansluten igen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/banner.py" line="50"/>
        <source>Disconnected from the service.</source>
        <translation>Frånkopplad från tjänsten.</translation>
    </message>
</context>
<context>
    <name>ConversationTabs</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/conversation_tabs.py" line="75"/>
        <source>%1, %Ln unread message(s)</source>
        <translation>
            <numerusform>%1, %Ln oläst meddelande</numerusform>
            <numerusform>%1, %Ln olästa meddelanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="223"/>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="236"/>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="265"/>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="388"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="226"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="243"/>
        <source>Earlier conversations</source>
        <translation>Tidigare ärenden</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="245"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="246"/>
        <source>Copy the transcript as plain text (Ctrl+Shift+C)</source>
        <translation>Kopiera diskussionen som text (Ctrl+Skift+C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="247"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="248"/>
        <source>Transfer…</source>
        <translation>Överför…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="249"/>
        <source>Transfer to a queue or a colleague (Ctrl+Shift+T)</source>
        <translation>Överför till en kö eller en kollega (Ctrl+Skift+T)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="250"/>
        <source>End…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="251"/>
        <source>End with a wrap-up code (Ctrl+Shift+E)</source>
        <translation>Avsluta och registrera utfallet (Ctrl+Skift+E)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="252"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="253"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="254"/>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Skicka (Enter). Skift+Enter ger en ny rad.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="255"/>
        <source>Attach…</source>
        <translation>Bifoga…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="256"/>
        <source>Send the customer a PDF document or a picture</source>
        <translation>Skicka ett PDF-dokument eller en bild till kunden</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="257"/>
        <source>Write to the customer… (/ for a canned reply shortcut)</source>
        <translation>Skriv till kunden… (/ och en kortkod infogar en svarsmall)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="258"/>
        <source>Message to the customer</source>
        <translation>Meddelande till kunden</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="259"/>
        <source>Transcript</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="260"/>
        <source>This conversation has ended. You can still copy or export the transcript.</source>
        <translation>Diskussionen har avslutats. Du kan fortfarande kopiera eller exportera den.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="264"/>
        <source>Replies</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="276"/>
        <source>%1 is viewing this conversation (supervisor).</source>
        <translation>%1 följer det här samtalet (förman).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="279"/>
        <source>Whisper from %1 (only you see this): %2</source>
        <translation>Viskning från %1 (bara du ser den): %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="287"/>
        <source>Customer: %1 (identified by the online service)</source>
        <translation>Kund: %1 (identifierad i e-tjänsten)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="298"/>
        <source>The assistant talked about: %1</source>
        <translation>Assistenten talade om: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="301"/>
        <source>Pre-session check: %1</source>
        <translation>Förhandskontroll: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="289"/>
        <source>Handoff: %1</source>
        <translation>Överlämning: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="292"/>
        <source>Application step: %1</source>
        <translation>Steg i ansökan: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="294"/>
        <source>Life events: %1</source>
        <translation>Livssituation: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="303"/>
        <source>Transferred by %1: %2</source>
        <translation>Överförd av %1: %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="305"/>
        <source>No details from the assistant.</source>
        <translation>Inga uppgifter från assistenten.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="335"/>
        <source>Send a file</source>
        <translation>Skicka en fil</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="336"/>
        <source>PDF documents and pictures (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>PDF-dokument och bilder (*.pdf *.jpg *.jpeg *.png *.webp);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="343"/>
        <source>Sending %1…</source>
        <translation>Skickar %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="388"/>
        <source>%1 is typing…</source>
        <translation>%1 skriver…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="397"/>
        <source>Conversation with %1</source>
        <translation>Diskussion med %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="409"/>
        <source>Export transcript</source>
        <translation>Exportera diskussionen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="411"/>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="49"/>
        <source>Works.</source>
        <translation>Fungerar.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="50"/>
        <source>No camera found, or another program is using it. Connect the camera or close the other program.</source>
        <translation>Ingen kamera hittades, eller så används den av ett annat program. Anslut kameran eller stäng det andra programmet.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="51"/>
        <source>The picture is dark. Open the lens cover and add light.</source>
        <translation>Bilden är mörk. Öppna linsskyddet och öka belysningen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="52"/>
        <source>The picture does not move. Close other programs that use the camera, or reconnect it.</source>
        <translation>Bilden rör sig inte. Stäng andra program som använder kameran, eller anslut den på nytt.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="53"/>
        <source>Works, but the picture is jerky. Add light or close other programs.</source>
        <translation>Fungerar, men bilden hackar. Öka belysningen eller stäng andra program.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="54"/>
        <source>No sound from the microphone. Check that it is connected and not muted.</source>
        <translation>Inget ljud från mikrofonen. Kontrollera att den är ansluten och inte avstängd.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="55"/>
        <source>Works, but the sound distorts. Lower the input volume.</source>
        <translation>Fungerar, men ljudet förvrängs. Sänk ingångsvolymen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="56"/>
        <source>You did not hear the sound. Turn up the volume, or choose other speakers or a headset above, and check again.</source>
        <translation>Du hörde inte ljudet. Höj volymen eller välj andra högtalare eller ett headset ovan, och kontrollera igen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="57"/>
        <source>The customer would hear an echo of themselves: please use a headset.</source>
        <translation>Kunden skulle höra ett eko av sig själv: använd ett headset.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="63"/>
        <source>Not usable.</source>
        <translation>Kan inte användas.</translation>
    </message>
</context>
<context>
    <name>DeviceCheckDialog</name>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="210"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="211"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="213"/>
        <source>Microphone level</source>
        <translation>Mikrofonnivå</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="233"/>
        <source>Available for chat only</source>
        <translation>Tillgänglig endast för chatt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="234"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="214"/>
        <location filename="../../agent_desktop/qt/device_check.py" line="243"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="206"/>
        <source>Check camera, microphone and speakers</source>
        <translation>Kontrollera kamera, mikrofon och högtalare</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="207"/>
        <source>Video customers see and hear you, and you hear them. This check opens your camera, microphone and speakers for a few seconds and plays a short sound.</source>
        <translation>Videokunder ser och hör dig, och du hör dem. Den här kontrollen öppnar din kamera, mikrofon och dina högtalare i några sekunder och spelar upp ett kort ljud.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="212"/>
        <source>Speakers</source>
        <translation>Högtalare</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="213"/>
        <source>Your picture</source>
        <translation>Din bild</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="215"/>
        <source>Camera closed</source>
        <translation>Kameran stängd</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="226"/>
        <source>We played a short sound. Did you hear it?</source>
        <translation>Vi spelade upp ett kort ljud. Hörde du det?</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="227"/>
        <source>Yes, I heard it</source>
        <translation>Ja, jag hörde det</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="228"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="229"/>
        <source>Play again</source>
        <translation>Spela upp igen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="232"/>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="235"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="245"/>
        <source>Ready for video customers, but please use a headset.</source>
        <translation>Redo för videokunder, men använd ett headset.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="247"/>
        <source>Ready for video customers.</source>
        <translation>Redo för videokunder.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="249"/>
        <source>Please answer the question about the sound.</source>
        <translation>Svara på frågan om ljudet.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="250"/>
        <source>You can try again, or take chat customers only for now.</source>
        <translation>Du kan försöka igen eller tills vidare ta emot endast chattkunder.</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="45"/>
        <source>Camera, microphone and speakers</source>
        <translation>Kamera, mikrofon och högtalare</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="46"/>
        <source>The call switches to what you choose at once.</source>
        <translation>Samtalet byter genast till det du väljer.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="47"/>
        <source>Play a test sound</source>
        <translation>Spela upp ett testljud</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="48"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>DevicePickers</name>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="97"/>
        <source>Set by your IT administrator</source>
        <translation>Inställt av din IT-administratör</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="101"/>
        <source>No camera found</source>
        <translation>Ingen kamera hittades</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="101"/>
        <source>No microphone found</source>
        <translation>Ingen mikrofon hittades</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="102"/>
        <source>No speakers found</source>
        <translation>Inga högtalare hittades</translation>
    </message>
</context>
<context>
    <name>DeviceTexts</name>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="27"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="27"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="28"/>
        <source>Speakers</source>
        <translation>Högtalare</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="36"/>
        <source>Another program is using your camera. Close it and try again.</source>
        <translation>Ett annat program använder din kamera. Stäng det och försök igen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="38"/>
        <source>Another program is using your microphone. Close it and try again.</source>
        <translation>Ett annat program använder din mikrofon. Stäng det och försök igen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="40"/>
        <source>No camera was found. Connect a camera, or choose another one.</source>
        <translation>Ingen kamera hittades. Anslut en kamera eller välj en annan.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="42"/>
        <source>No microphone was found. Connect one, or choose another one.</source>
        <translation>Ingen mikrofon hittades. Anslut en eller välj en annan.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="43"/>
        <source>Your camera could not be opened. Choose another one, or reconnect it.</source>
        <translation>Din kamera kunde inte öppnas. Välj en annan eller anslut den igen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="45"/>
        <source>Your microphone could not be opened. Choose another one, or reconnect it.</source>
        <translation>Din mikrofon kunde inte öppnas. Välj en annan eller anslut den igen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="51"/>
        <source>Your computer does not let this program use the camera.</source>
        <translation>Din dator låter inte det här programmet använda kameran.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="53"/>
        <source>To allow it: open System Settings, then Privacy &amp; Security, then Camera, and turn on %1. Then start the program again.</source>
        <translation>Så tillåter du det: öppna Systeminställningar, sedan Integritet och säkerhet, sedan Kamera, och slå på %1. Starta sedan programmet igen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="56"/>
        <source>To allow it: open Settings, then Privacy &amp; security, then Camera, and turn on camera access for desktop apps.</source>
        <translation>Så tillåter du det: öppna Inställningar, sedan Sekretess och säkerhet, sedan Kamera, och slå på kameraåtkomst för skrivbordsappar.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="59"/>
        <source>To allow it: check the camera&apos;s privacy switch or key, and ask your computer&apos;s administrator whether the camera is allowed.</source>
        <translation>Så tillåter du det: kontrollera kamerans integritetsbrytare eller -tangent, och fråga datorns administratör om kameran är tillåten.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="62"/>
        <source>Your computer does not let this program use the microphone.</source>
        <translation>Din dator låter inte det här programmet använda mikrofonen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="64"/>
        <source>To allow it: open System Settings, then Privacy &amp; Security, then Microphone, and turn on %1. Then start the program again.</source>
        <translation>Så tillåter du det: öppna Systeminställningar, sedan Integritet och säkerhet, sedan Mikrofon, och slå på %1. Starta sedan programmet igen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="67"/>
        <source>To allow it: open Settings, then Privacy &amp; security, then Microphone, and turn on microphone access for desktop apps.</source>
        <translation>Så tillåter du det: öppna Inställningar, sedan Sekretess och säkerhet, sedan Mikrofon, och slå på mikrofonåtkomst för skrivbordsappar.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="70"/>
        <source>To allow it: check the microphone&apos;s mute switch or key, and ask your computer&apos;s administrator whether the microphone is allowed.</source>
        <translation>Så tillåter du det: kontrollera mikrofonens ljud av-brytare eller -tangent, och fråga datorns administratör om mikrofonen är tillåten.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="78"/>
        <source>The call goes on without your picture and sound: you can still write in the chat.</source>
        <translation>Samtalet fortsätter utan din bild och ditt ljud: du kan fortfarande skriva i chatten.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="81"/>
        <source>The call goes on with sound only.</source>
        <translation>Samtalet fortsätter med bara ljud.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="82"/>
        <source>The call goes on without your sound: you can write in the chat.</source>
        <translation>Samtalet fortsätter utan ditt ljud: du kan skriva i chatten.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="87"/>
        <source>Your microphone does not pick up your speakers: no echo.</source>
        <translation>Din mikrofon hör inte dina högtalare: inget eko.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="89"/>
        <source>Your microphone picks up your speakers, and echo cancellation is off.</source>
        <translation>Din mikrofon hör dina högtalare, och ekosläckningen är avstängd.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="92"/>
        <source>Your microphone picks up your speakers; the echo canceller removes more than %1 dB of it.</source>
        <translation>Din mikrofon hör dina högtalare; ekosläckningen tar bort mer än %1 dB av det.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="94"/>
        <source>Your microphone picks up your speakers; the echo canceller removes %1 dB of it.</source>
        <translation>Din mikrofon hör dina högtalare; ekosläckningen tar bort %1 dB av det.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="100"/>
        <source>Your camera was disconnected. Now using: %1.</source>
        <translation>Din kamera kopplades från. Används nu: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="102"/>
        <source>Your microphone was disconnected. Now using: %1.</source>
        <translation>Din mikrofon kopplades från. Används nu: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="103"/>
        <source>Your speakers were disconnected. Now using: %1.</source>
        <translation>Dina högtalare kopplades från. Används nu: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="104"/>
        <source>A camera was connected: %1. You can choose it in the device settings.</source>
        <translation>En kamera anslöts: %1. Du kan välja den i enhetsinställningarna.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="106"/>
        <source>A microphone was connected: %1. You can choose it in the device settings.</source>
        <translation>En mikrofon anslöts: %1. Du kan välja den i enhetsinställningarna.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="108"/>
        <source>Speakers or a headset were connected: %1. You can choose them in the device settings.</source>
        <translation>Högtalare eller headset anslöts: %1. Du kan välja dem i enhetsinställningarna.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="111"/>
        <source>The camera chosen for this computer is not connected. Using: %1.</source>
        <translation>Kameran som valts för den här datorn är inte ansluten. Används: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="113"/>
        <source>The microphone chosen for this computer is not connected. Using: %1.</source>
        <translation>Mikrofonen som valts för den här datorn är inte ansluten. Används: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="115"/>
        <source>The speakers chosen for this computer are not connected. Using: %1.</source>
        <translation>Högtalarna som valts för den här datorn är inte anslutna. Används: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="119"/>
        <source>Your camera was disconnected.</source>
        <translation>Din kamera kopplades från.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="120"/>
        <source>Your microphone was disconnected.</source>
        <translation>Din mikrofon kopplades från.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="121"/>
        <source>Your speakers were disconnected.</source>
        <translation>Dina högtalare kopplades från.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="141"/>
        <source>Customer reference</source>
        <translation>Kundsignum</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="135"/>
        <source>Words in the messages</source>
        <translation>Ord i meddelandena</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="136"/>
        <source>Words to search for in the messages</source>
        <translation>Ord att söka i meddelandena</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="137"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="138"/>
        <source>More criteria</source>
        <translation>Fler villkor</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="139"/>
        <source>Open transcript</source>
        <translation>Öppna diskussionen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="140"/>
        <source>Earlier conversations</source>
        <translation>Tidigare ärenden</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="141"/>
        <source>Customer&apos;s name</source>
        <translation>Kundens namn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="141"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="142"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="142"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="142"/>
        <source>Expert</source>
        <translation>Sakkunnig</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="149"/>
        <source>Part of the expert&apos;s name</source>
        <translation>Del av den sakkunniges namn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="150"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="150"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="151"/>
        <source>Any day</source>
        <translation>Vilken dag som helst</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="153"/>
        <source>Any topic</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="154"/>
        <source>Any channel</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="188"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="191"/>
        <source>Write words to search for, or choose more criteria.</source>
        <translation>Skriv ord att söka efter eller välj fler villkor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/history_panel.py" line="196"/>
        <source>%Ln conversation(s) found</source>
        <translation>
            <numerusform>%Ln konversation hittades</numerusform>
            <numerusform>%Ln konversationer hittades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="198"/>
        <source>(only the newest are shown: narrow the search)</source>
        <translation>(bara de nyaste visas: avgränsa sökningen)</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../agent_desktop/qt/invite_dialog.py" line="26"/>
        <source>Add an interpreter to the call</source>
        <translation>Lägg till en tolk i samtalet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/invite_dialog.py" line="27"/>
        <source>The colleague joins the video call and the chat, and sees the chat so far. They can leave at any time.</source>
        <translation>Kollegan ansluter till videosamtalet och chatten och ser chatten hittills. Hen kan lämna när som helst.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/invite_dialog.py" line="32"/>
        <source>Signed-in colleagues</source>
        <translation>Inloggade kolleger</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/invite_dialog.py" line="40"/>
        <source>No colleague is signed in right now.</source>
        <translation>Ingen kollega är inloggad just nu.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/invite_dialog.py" line="44"/>
        <source>Invite</source>
        <translation>Bjud in</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="17"/>
        <source>Basic social assistance</source>
        <translation>Grundläggande utkomststöd</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="18"/>
        <source>Unemployment</source>
        <translation>Arbetslöshet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="19"/>
        <source>General housing allowance</source>
        <translation>Allmänt bostadsbidrag</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="20"/>
        <source>Families with children</source>
        <translation>Barnfamiljer</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="21"/>
        <location filename="../../agent_desktop/qt/labels.py" line="95"/>
        <source>Students</source>
        <translation>Studerande</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="22"/>
        <source>Sickness</source>
        <translation>Sjukdom</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="23"/>
        <source>Rehabilitation and disability</source>
        <translation>Rehabilitering och funktionsnedsättning</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="24"/>
        <source>Pensions</source>
        <translation>Pensioner</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="27"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="28"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="29"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="30"/>
        <source>Russian</source>
        <translation>ryska</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="31"/>
        <source>Kurdish (Sorani)</source>
        <translation>kurdiska (sorani)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="34"/>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="35"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="38"/>
        <source>Available</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="39"/>
        <source>Busy</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="40"/>
        <source>Away</source>
        <translation>Borta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="41"/>
        <source>Wrap-up</source>
        <translation>Efterarbete</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="42"/>
        <source>Offline</source>
        <translation>Frånkopplad</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="45"/>
        <source>Customer asked for a person</source>
        <translation>Kunden bad om en person</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="46"/>
        <location filename="../../agent_desktop/qt/labels.py" line="47"/>
        <source>The assistant suggested a person</source>
        <translation>Assistenten föreslog en sakkunnig</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="48"/>
        <source>A change in the customer&apos;s life</source>
        <translation>En förändring i kundens liv</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="49"/>
        <source>The assistant could not answer</source>
        <translation>Assistenten kunde inte svara</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="50"/>
        <source>Video appointment</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="53"/>
        <source>Job loss</source>
        <translation>Förlorat arbete</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="54"/>
        <source>Separation</source>
        <translation>Skilsmässa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="55"/>
        <source>Death of a close person</source>
        <translation>En närståendes död</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="56"/>
        <source>Birth of a child</source>
        <translation>Ett barns födelse</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="57"/>
        <source>Moving</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="58"/>
        <source>Falling ill</source>
        <translation>Insjuknande</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="61"/>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="62"/>
        <source>Guided with the application</source>
        <translation>Handledd med ansökan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="63"/>
        <source>Referred to a service point</source>
        <translation>Hänvisad till ett serviceställe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="64"/>
        <source>Referred to phone service</source>
        <translation>Hänvisad till telefontjänsten</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="65"/>
        <source>Call-back needed</source>
        <translation>Återuppringning behövs</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="66"/>
        <source>Customer left</source>
        <translation>Kunden lämnade</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="67"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="70"/>
        <source>Getting started (who can apply, how)</source>
        <translation>Början (vem kan ansöka, hur)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="71"/>
        <source>Applicants and family</source>
        <translation>Sökande och familj</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="72"/>
        <location filename="../../agent_desktop/qt/labels.py" line="97"/>
        <source>Housing costs</source>
        <translation>Boendeutgifter</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="73"/>
        <source>Income</source>
        <translation>Inkomster</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="74"/>
        <source>Savings and property</source>
        <translation>Besparingar och egendom</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="75"/>
        <location filename="../../agent_desktop/qt/labels.py" line="117"/>
        <source>Other expenses</source>
        <translation>Övriga utgifter</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="76"/>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="77"/>
        <source>Sending and following the application</source>
        <translation>Att skicka och följa ansökan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="78"/>
        <source>Decision and payment</source>
        <translation>Beslut och utbetalning</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="81"/>
        <source>What social assistance is</source>
        <translation>Vad utkomststöd är</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="82"/>
        <source>Who can apply</source>
        <translation>Vem kan ansöka</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="83"/>
        <source>Applying online</source>
        <translation>Att ansöka på nätet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="84"/>
        <source>Applying on paper</source>
        <translation>Att ansöka på papper</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="85"/>
        <source>Other benefits first</source>
        <translation>Andra förmåner först</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="86"/>
        <source>Period applied for</source>
        <translation>Period som söks</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="87"/>
        <source>Supplementary assistance</source>
        <translation>Kompletterande utkomststöd</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="88"/>
        <source>How much they would get</source>
        <translation>Hur mycket stöd man skulle få</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="89"/>
        <source>What the basic amount covers</source>
        <translation>Vad grunddelen täcker</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="90"/>
        <source>Applying on someone&apos;s behalf</source>
        <translation>Att ansöka för någon annans räkning</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="91"/>
        <source>Family members in the application</source>
        <translation>Familjemedlemmar i ansökan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="92"/>
        <source>Adult child living with parents</source>
        <translation>Vuxet barn som bor hos föräldrarna</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="93"/>
        <source>Spouse&apos;s details</source>
        <translation>Makens eller makans uppgifter</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="94"/>
        <source>Living with a flatmate</source>
        <translation>Att bo med en rumskamrat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="96"/>
        <source>Registering as a jobseeker</source>
        <translation>Att anmäla sig som arbetssökande</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="98"/>
        <source>Rent higher than accepted</source>
        <translation>Hyran högre än godtagbar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="99"/>
        <source>Rent deposit</source>
        <translation>Hyresgaranti</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="100"/>
        <source>Electricity bill</source>
        <translation>Elräkning</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="101"/>
        <source>Housing allowance first</source>
        <translation>Bostadsbidrag först</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="102"/>
        <source>Owner-occupied home</source>
        <translation>Ägarbostad</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="103"/>
        <source>Rent arrears</source>
        <translation>Hyresskulder</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="104"/>
        <source>Moving costs</source>
        <translation>Flyttkostnader</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="105"/>
        <source>Which income to report</source>
        <translation>Vilka inkomster som ska anmälas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="106"/>
        <source>Salary</source>
        <translation>Lön</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="107"/>
        <source>Month an income counts for</source>
        <translation>Vilken månad en inkomst räknas för</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="108"/>
        <source>Next month&apos;s income unknown</source>
        <translation>Nästa månads inkomst okänd</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="109"/>
        <source>Money from relatives</source>
        <translation>Pengar från släktingar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="110"/>
        <source>Child benefit and maintenance</source>
        <translation>Barnbidrag och underhåll</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="111"/>
        <source>Savings</source>
        <translation>Besparingar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="112"/>
        <source>Owning a car</source>
        <translation>Att äga en bil</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="113"/>
        <source>Debt payments</source>
        <translation>Betalning av skulder</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="114"/>
        <source>Medicine costs</source>
        <translation>Läkemedelskostnader</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="115"/>
        <source>Doctor&apos;s fees</source>
        <translation>Läkaravgifter</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="116"/>
        <source>Day care fees</source>
        <translation>Dagvårdsavgifter</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="118"/>
        <source>Bank statements</source>
        <translation>Kontoutdrag</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="119"/>
        <source>Attachments needed</source>
        <translation>Bilagor som behövs</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="120"/>
        <source>Adding attachments online</source>
        <translation>Att lägga till bilagor på nätet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="121"/>
        <source>Kela asked for more information</source>
        <translation>FPA bad om mer information</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="122"/>
        <source>Sending the application</source>
        <translation>Att skicka ansökan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="123"/>
        <source>Stage of the application</source>
        <translation>Var ansökan är i handläggningen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="124"/>
        <source>Reporting changes after applying</source>
        <translation>Att anmäla ändringar efter ansökan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="125"/>
        <source>Processing time</source>
        <translation>Handläggningstid</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="126"/>
        <source>Urgent need (no money for food)</source>
        <translation>Brådskande behov (inga pengar till mat)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="127"/>
        <source>Payment dates</source>
        <translation>Utbetalningsdagar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="128"/>
        <source>Appealing a decision</source>
        <translation>Att överklaga ett beslut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="129"/>
        <source>Paid too much</source>
        <translation>För mycket utbetalt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="130"/>
        <source>Seeing a social worker</source>
        <translation>Att träffa en socialarbetare</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="133"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="134"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="135"/>
        <location filename="../../agent_desktop/qt/labels.py" line="136"/>
        <source>Speakers</source>
        <translation>Högtalare</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="137"/>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="138"/>
        <source>Video connection</source>
        <translation>Videoförbindelse</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="139"/>
        <source>Upload speed</source>
        <translation>Uppladdningshastighet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="140"/>
        <source>Download speed</source>
        <translation>Nedladdningshastighet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="141"/>
        <source>Delay</source>
        <translation>Fördröjning</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="142"/>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="143"/>
        <source>Packet loss</source>
        <translation>Paketförlust</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="146"/>
        <source>passed</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="147"/>
        <source>weak</source>
        <translation>svag</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="148"/>
        <source>failed</source>
        <translation>underkänd</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="151"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="152"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="153"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="154"/>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="230"/>
        <source>No check results</source>
        <translation>Inga kontrollresultat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="232"/>
        <source>Check results could not be read</source>
        <translation>Kontrollens resultat kunde inte läsas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="233"/>
        <source>All checks passed</source>
        <translation>Alla kontroller godkända</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="234"/>
        <source>Passed with warnings</source>
        <translation>Godkänd med anmärkningar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="235"/>
        <source>Did not pass</source>
        <translation>Inte godkänd</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="252"/>
        <source>Handed over to a service expert</source>
        <translation>Överlämnad till en sakkunnig</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="254"/>
        <source>%1 joined the conversation</source>
        <translation>%1 anslöt till diskussionen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="257"/>
        <source>Transferred to another expert. Note: %1</source>
        <translation>Överförd till en annan sakkunnig. Anteckning: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="258"/>
        <source>Transferred to another expert</source>
        <translation>Överförd till en annan sakkunnig</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="260"/>
        <source>The customer is back in the queue</source>
        <translation>Kunden är tillbaka i kön</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="262"/>
        <source>The conversation ended</source>
        <translation>Diskussionen avslutades</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="264"/>
        <source>The customer saved a copy of the conversation (%1)</source>
        <translation>Kunden sparade en kopia av samtalet (%1)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="291"/>
        <source>The file is too large to send.</source>
        <translation>Filen är för stor för att skickas.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="292"/>
        <source>Only PDF documents and pictures (JPEG, PNG, WebP) can be sent.</source>
        <translation>Endast PDF-dokument och bilder (JPEG, PNG, WebP) kan skickas.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="293"/>
        <source>The virus check refused the file.</source>
        <translation>Viruskontrollen avvisade filen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="294"/>
        <source>The virus check is not running, so no files can be sent now.</source>
        <translation>Viruskontrollen är inte igång, så inga filer kan skickas nu.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="295"/>
        <source>The conversation has ended.</source>
        <translation>Samtalet har avslutats.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="296"/>
        <source>You may not open this file.</source>
        <translation>Du får inte öppna den här filen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="297"/>
        <source>The file is no longer kept (retention).</source>
        <translation>Filen sparas inte längre (lagringstid).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="298"/>
        <source>Not connected to the service right now; try again in a moment.</source>
        <translation>Ingen anslutning till tjänsten just nu; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="299"/>
        <source>The file could not be read on this computer.</source>
        <translation>Filen kunde inte läsas på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="307"/>
        <source>The file could not be sent (%1).</source>
        <translation>Filen kunde inte skickas (%1).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="316"/>
        <source>PDF document, pages: %1</source>
        <translation>PDF-dokument, sidor: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="318"/>
        <source>Picture, %1 × %2</source>
        <translation>Bild, %1 × %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="41"/>
        <source>Measured (kbit/s)</source>
        <translation>Uppmätt (kbit/s)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="42"/>
        <source>Required (kbit/s)</source>
        <translation>Krävs (kbit/s)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="43"/>
        <source>Delay (ms)</source>
        <translation>Fördröjning (ms)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="44"/>
        <source>Jitter (ms)</source>
        <translation>Jitter (ms)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="45"/>
        <source>Packet loss (%)</source>
        <translation>Paketförlust (%)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="46"/>
        <source>What to do</source>
        <translation>Vad göra</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="47"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="167"/>
        <source>Service expert workstation</source>
        <translation>Sakkunnigas arbetsplats</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="70"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Diskussion</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="72"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="74"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="75"/>
        <source>Export transcript…</source>
        <translation>Exportera diskussionen…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="76"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="76"/>
        <location filename="../../agent_desktop/qt/main_window.py" line="539"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="77"/>
        <source>Accept offered customer</source>
        <translation>Ta emot erbjuden kund</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="78"/>
        <source>Decline offered customer</source>
        <translation>Avböj erbjuden kund</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="79"/>
        <source>Next conversation</source>
        <translation>Nästa diskussion</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="80"/>
        <source>Previous conversation</source>
        <translation>Föregående diskussion</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="81"/>
        <source>Write a message</source>
        <translation>Skriv ett meddelande</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="82"/>
        <source>Search canned replies</source>
        <translation>Sök svarsmallar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="83"/>
        <source>Show or hide the assistant part</source>
        <translation>Visa eller dölj assistentens del</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="84"/>
        <source>Copy transcript</source>
        <translation>Kopiera diskussionen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="85"/>
        <source>Transfer…</source>
        <translation>Överför…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="86"/>
        <source>End conversation…</source>
        <translation>Avsluta diskussionen…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="87"/>
        <source>Customer history</source>
        <translation>Kundens historik</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="88"/>
        <location filename="../../agent_desktop/qt/main_window.py" line="171"/>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="89"/>
        <source>About and diagnostics…</source>
        <translation>Om och felsökning…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="90"/>
        <source>Check camera and microphone…</source>
        <translation>Kontrollera kamera och mikrofon…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="172"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="287"/>
        <source>No conversations open.

Set your status to Available to receive customers. Offers appear on the left; accept with Ctrl+Shift+A.</source>
        <translation>Inga öppna diskussioner.

Byt status till Ledig för att ta emot kunder. Erbjudanden visas till vänster; ta emot med Ctrl+Skift+A.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="174"/>
        <source>Incoming customer</source>
        <translation>Inkommande kund</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="175"/>
        <source>Chat only</source>
        <translation>Endast chatt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="176"/>
        <source>Your camera or microphone check did not pass, so you receive chat customers only. File &gt; Check camera and microphone… to try again.</source>
        <translation>Kontrollen av kamera eller mikrofon godkändes inte, så du får endast chattkunder. Försök igen: Arkiv &gt; Kontrollera kamera och mikrofon…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="216"/>
        <source>Signed in, but the live connection failed. Try again.</source>
        <translation>Inloggningen lyckades men anslutningen till tjänsten misslyckades. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="273"/>
        <source>Reconnecting…</source>
        <translation>Ansluter på nytt…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="284"/>
        <source>No conversations open.

Offers appear on the left; accept with Ctrl+Shift+A.</source>
        <translation>Inga öppna diskussioner.

Erbjudanden visas till vänster; ta emot med Ctrl+Skift+A.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="339"/>
        <source>Incoming video call</source>
        <translation>Inkommande videosamtal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="339"/>
        <source>Incoming chat</source>
        <translation>Inkommande chatt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="271"/>
        <source>That customer is no longer waiting for you.</source>
        <translation>Kunden väntar inte längre på dig.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="272"/>
        <source>That colleague is not signed in.</source>
        <translation>Kollegan är inte inloggad.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="273"/>
        <source>There is no such queue.</source>
        <translation>Det finns ingen sådan kö.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="274"/>
        <location filename="../../agent_desktop/qt/labels.py" line="275"/>
        <source>Not connected to the service right now; try again in a moment.</source>
        <translation>Ingen anslutning till tjänsten just nu; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="276"/>
        <source>Finish your open conversations first; then you can take video customers again.</source>
        <translation>Avsluta först dina öppna samtal; sedan kan du ta emot videokunder igen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="286"/>
        <source>The service refused the request (%1).</source>
        <translation>Tjänsten avvisade begäran (%1).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="423"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Din inloggning har gått ut. Logga in igen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_tabs.py" line="62"/>
        <location filename="../../agent_desktop/qt/main_window.py" line="405"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_tabs.py" line="64"/>
        <source>History: %1</source>
        <translation>Historik: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_tabs.py" line="68"/>
        <source>%1 (ended)</source>
        <translation>%1 (avslutad)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="420"/>
        <source>This version of the workstation is too old for the service. Ask IT to update it.</source>
        <translation>Den här versionen av arbetsplatsen är för gammal för tjänsten. Be IT-supporten att uppdatera den.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="340"/>
        <source>%1: %2, %3. Accept with Ctrl+Shift+A, decline with Ctrl+Shift+D.</source>
        <translation>%1: %2, %3. Ta emot med Ctrl+Shift+A, avböj med Ctrl+Shift+D.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/main_window.py" line="540"/>
        <source>You have %Ln open conversation(s). Quit anyway? The customers go back to the queue.</source>
        <translation>
            <numerusform>Du har %Ln öppen diskussion. Avsluta ändå? Kunden går tillbaka till kön.</numerusform>
            <numerusform>Du har %Ln öppna diskussioner. Avsluta ändå? Kunderna går tillbaka till kön.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsEntry</name>
    <message>
        <location filename="../../agent_desktop/qt/metrics_entry.py" line="55"/>
        <source>Trial metrics…</source>
        <translation>Försökets nyckeltal…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_entry.py" line="56"/>
        <source>Handoff, queue and feedback figures of the chat trial</source>
        <translation>Chattförsökets siffror om överlämningar, kö och respons</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_entry.py" line="58"/>
        <source>Trial metrics (supervisors only)</source>
        <translation>Försökets nyckeltal (endast för chefer)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_entry.py" line="60"/>
        <source>Sign in as a supervisor to see the trial metrics.</source>
        <translation>Logga in som chef för att se försökets nyckeltal.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_entry.py" line="61"/>
        <source>The trial metrics are for supervisors. Ask your team leader for access.</source>
        <translation>Försökets nyckeltal är avsedda för chefer. Be din teamledare om behörighet.</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="28"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="37"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="39"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="40"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="58"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="58"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="58"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="93"/>
        <source>By</source>
        <translation>Gruppering</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="93"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="93"/>
        <source>Conversations</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="93"/>
        <source>Handoff rate</source>
        <translation>Andel överlämnade</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="93"/>
        <source>Abandonment</source>
        <translation>Avbrutna i kön</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="94"/>
        <source>Wait, median</source>
        <translation>Kötid, median</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="94"/>
        <source>Wait, 90 %</source>
        <translation>Kötid, 90 %</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="94"/>
        <source>Handling, median</source>
        <translation>Handläggning, median</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="94"/>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="120"/>
        <source>%1 (%2 handed off)</source>
        <translation>%1 (%2 överlämnade)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="134"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MetricsWindow</name>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="189"/>
        <source>Trial metrics</source>
        <translation>Försökets nyckeltal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="190"/>
        <source>Chat with handoff: trial metrics</source>
        <translation>Chatt med överlämning: försökets nyckeltal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="191"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="192"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="193"/>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="194"/>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="321"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="196"/>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="197"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="198"/>
        <source>Save the whole report (every grouping) as a CSV file</source>
        <translation>Spara hela rapporten (alla grupperingar) som en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="199"/>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="200"/>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="202"/>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="419"/>
        <source>Conversations</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="203"/>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="430"/>
        <source>Handoff rate</source>
        <translation>Andel överlämnade</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="204"/>
        <source>Bot containment</source>
        <translation>Botens lösningsgrad</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="205"/>
        <source>Abandonment</source>
        <translation>Avbrutna i kön</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="206"/>
        <source>Mean feedback</source>
        <translation>Responsens medelvärde</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="207"/>
        <source>Queue wait, median</source>
        <translation>Kötid, median</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="208"/>
        <source>Queue wait, 90 %</source>
        <translation>Kötid, 90 %</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="209"/>
        <source>Handling time, median</source>
        <translation>Handläggningstid, median</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="213"/>
        <source>By language, channel and topic</source>
        <translation>Per språk, kanal och ämne</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="247"/>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="277"/>
        <source>The period ends before it starts. Choose the days again.</source>
        <translation>Perioden slutar innan den börjar. Välj dagarna på nytt.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="251"/>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="262"/>
        <source>The service sent figures this program cannot read. Update the workstation or contact support.</source>
        <translation>Tjänsten skickade siffror som programmet inte kan läsa. Uppdatera arbetsstationen eller kontakta supporten.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="274"/>
        <source>Only supervisors can see the trial metrics.</source>
        <translation>Endast chefer kan se försökets nyckeltal.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="275"/>
        <source>The service cannot be reached. Try again in a moment.</source>
        <translation>Tjänsten kan inte nås. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="276"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Din inloggning har gått ut. Logga in igen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="278"/>
        <source>The period is too long: choose at most 366 days.</source>
        <translation>Perioden är för lång: välj högst 366 dagar.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="279"/>
        <source>The service refused the request (%1).</source>
        <translation>Tjänsten avvisade begäran (%1).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="297"/>
        <source>Choose a period (days in Finnish time, both included) and press Show.</source>
        <translation>Välj en period (dagar i finsk tid, båda inräknade) och tryck på Visa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="301"/>
        <source>%1 handed off to an expert</source>
        <translation>%1 överlämnades till en expert</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="303"/>
        <source>of conversations went to an expert</source>
        <translation>av samtalen gick till en expert</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="304"/>
        <source>stayed with the assistant</source>
        <translation>stannade hos assistenten</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="306"/>
        <source>%1 left the queue before an expert</source>
        <translation>%1 lämnade kön före en expert</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="309"/>
        <source>half waited at most this</source>
        <translation>hälften väntade högst så här länge</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="310"/>
        <source>9 in 10 waited at most this</source>
        <translation>9 av 10 väntade högst så här länge</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="312"/>
        <source>90 %: %1</source>
        <translation>90 %: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="319"/>
        <source>%1 – %2, Finnish time</source>
        <translation>%1 – %2, finsk tid</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="324"/>
        <source>No conversations in this period.</source>
        <translation>Inga samtal under perioden.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="400"/>
        <source>Handoff reasons</source>
        <translation>Orsaker till överlämning</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="402"/>
        <source>Handed-off conversations</source>
        <translation>Överlämnade samtal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="409"/>
        <source>over %1 min</source>
        <translation>över %1 min</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="411"/>
        <source>under %1 min</source>
        <translation>under %1 min</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="412"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="416"/>
        <source>Queue wait before an expert took the chat</source>
        <translation>Kötid innan en expert tog chatten</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="423"/>
        <source>Feedback scores (1 = poor, 5 = excellent)</source>
        <translation>Betyg i responsen (1 = dåligt, 5 = utmärkt)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="425"/>
        <source>Ratings</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="428"/>
        <source>Handoff rate by day</source>
        <translation>Andel överlämnade per dag</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="467"/>
        <source>Export the trial metrics</source>
        <translation>Exportera försökets nyckeltal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="468"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="480"/>
        <source>Could not save %1: %2</source>
        <translation>Kunde inte spara %1: %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="483"/>
        <source>Saved %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/metrics_window.py" line="308"/>
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln betyg</numerusform>
            <numerusform>%Ln betyg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="103"/>
        <source>Accept</source>
        <translation>Ta emot</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="104"/>
        <source>Accept the customer (Ctrl+Shift+A)</source>
        <translation>Ta emot kunden (Ctrl+Skift+A)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="105"/>
        <source>Decline</source>
        <translation>Avböj</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="106"/>
        <source>Decline: the customer goes to the next expert (Ctrl+Shift+D)</source>
        <translation>Avböj: kunden går till nästa sakkunniga (Ctrl+Skift+D)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="107"/>
        <location filename="../../agent_desktop/qt/offer_card.py" line="160"/>
        <source>Start of the assistant conversation</source>
        <translation>Början av diskussionen med assistenten</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="108"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="108"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="108"/>
        <source>Waited</source>
        <translation>Väntat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="109"/>
        <source>Handoff</source>
        <translation>Orsak till överlämning</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="109"/>
        <source>Life events</source>
        <translation>Livssituation</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="110"/>
        <source>Application step</source>
        <translation>Steg i ansökan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="110"/>
        <source>The assistant talked about</source>
        <translation>Assistenten talade om</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="111"/>
        <source>Pre-session check</source>
        <translation>Förhandskontroll</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="111"/>
        <source>Passed on by</source>
        <translation>Överlämnad av</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="112"/>
        <source>Consult note</source>
        <translation>Konsultationsanteckning</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="137"/>
        <source>Incoming video call</source>
        <translation>Inkommande videosamtal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="137"/>
        <source>Incoming chat</source>
        <translation>Inkommande chatt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="159"/>
        <source>The conversation so far (last lines)</source>
        <translation>Samtalet hittills (sista raderna)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="170"/>
        <source>%1 s to answer</source>
        <translation>%1 s att svara</translation>
    </message>
</context>
<context>
    <name>PrecheckPanel</name>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="129"/>
        <source>Customer&apos;s pre-session check</source>
        <translation>Kundens förhandskontroll</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="130"/>
        <source>Pre-session check results</source>
        <translation>Resultat av förhandskontrollen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="131"/>
        <source>The customer&apos;s client sent no check results.</source>
        <translation>Kundens program skickade inga kontrollresultat.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../agent_desktop/qt/panels.py" line="58"/>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/panels.py" line="76"/>
        <source>%Ln customer(s) waiting</source>
        <translation>
            <numerusform>%Ln kund väntar</numerusform>
            <numerusform>%Ln kunder väntar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="46"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="54"/>
        <source>Play a sound when a customer is offered</source>
        <translation>Spela ett ljud när en kund erbjuds</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="57"/>
        <source>Show desktop notifications</source>
        <translation>Visa skrivbordsaviseringar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="61"/>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="75"/>
        <source>Service address</source>
        <translation>Tjänstens adress</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="76"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="77"/>
        <source>Sound</source>
        <translation>Ljud</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="78"/>
        <source>Notifications</source>
        <translation>Aviseringar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="83"/>
        <source>Set by your IT administrator</source>
        <translation>Inställt av IT-supporten</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="88"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="89"/>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="90"/>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="93"/>
        <source>🔒 Locked by your IT administrator: %1</source>
        <translation>🔒 Låst av IT-supporten: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="99"/>
        <source>Camera, microphone and speakers</source>
        <translation>Kamera, mikrofon och högtalare</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="105"/>
        <source>A device you choose is used at once, also in a call under way.</source>
        <translation>En enhet du väljer används genast, även i ett pågående samtal.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="133"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="105"/>
        <source>Service expert workstation</source>
        <translation>Sakkunnigas arbetsplats</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="106"/>
        <source>Sign in to serve customers in chat and video.</source>
        <translation>Logga in för att betjäna kunder i chatt och video.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="107"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="108"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="109"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="110"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="111"/>
        <location filename="../../agent_desktop/qt/sign_in.py" line="124"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="113"/>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="114"/>
        <source>Change the service address</source>
        <translation>Ändra tjänstens adress</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="119"/>
        <source>Service: %1</source>
        <translation>Tjänst: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="124"/>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="133"/>
        <source>The service cannot be reached at %1. Check the address in settings or try again.</source>
        <translation>Tjänsten på %1 kan inte nås. Kontrollera adressen i inställningarna eller försök igen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="136"/>
        <source>Your organisation account has no role in this service.</source>
        <translation>Ditt organisationskonto har ingen roll i den här tjänsten.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="138"/>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="140"/>
        <source>The sign-in did not succeed. Try again.</source>
        <translation>Inloggningen lyckades inte. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="146"/>
        <source>Enter your user name and password.</source>
        <translation>Ange användarnamn och lösenord.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="112"/>
        <source>Sign in with your organisation account</source>
        <translation>Logga in med organisationens konto</translation>
    </message>
</context>
<context>
    <name>StatusWidget</name>
    <message>
        <location filename="../../agent_desktop/qt/status_widget.py" line="76"/>
        <source>Your status</source>
        <translation>Din status</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/status_widget.py" line="77"/>
        <source>Your status: Available receives customers</source>
        <translation>Din status: som Ledig tar du emot kunder</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/status_widget.py" line="78"/>
        <source>Time in this status</source>
        <translation>Tid i denna status</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/status_widget.py" line="75"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="176"/>
        <source>Supervisor console</source>
        <translation>Förmannens vy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="177"/>
        <source>Queues today</source>
        <translation>Köer i dag</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="178"/>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="191"/>
        <source>Experts</source>
        <translation>Sakkunniga</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="179"/>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="192"/>
        <source>Conversations being served</source>
        <translation>Samtal som betjänas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="180"/>
        <source>Monitor</source>
        <translation>Följ</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="181"/>
        <source>Follow the conversation read-only; the expert sees that you are viewing</source>
        <translation>Följ samtalet utan att skriva; den sakkunniga ser att du följer</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="182"/>
        <source>Take over</source>
        <translation>Ta över</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="183"/>
        <source>Reassign…</source>
        <translation>Flytta till annan…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="184"/>
        <source>Set the expert&apos;s state</source>
        <translation>Ställ in den sakkunniges status</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="187"/>
        <source>Whisper to the expert (the customer never sees it)</source>
        <translation>Viska till den sakkunniga (kunden ser det aldrig)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="188"/>
        <source>Whisper to the expert</source>
        <translation>Viska till den sakkunniga</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="189"/>
        <source>Whisper</source>
        <translation>Viska</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="190"/>
        <source>Stop monitoring</source>
        <translation>Sluta följa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="191"/>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="213"/>
        <source>Queue over the limit</source>
        <translation>Kön över gränsen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="213"/>
        <source>Expert needs attention</source>
        <translation>Sakkunnig behöver uppmärksamhet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="290"/>
        <source>Monitoring: %1 with %2 (read-only)</source>
        <translation>Följer: %1 med %2 (endast läsning)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="297"/>
        <source>Whisper from %1: %2</source>
        <translation>Viskning från %1: %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="306"/>
        <source>ended</source>
        <translation>avslutat</translation>
    </message>
</context>
<context>
    <name>SupervisorEntry</name>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_entry.py" line="42"/>
        <source>Supervisor console…</source>
        <translation>Förmannens vy…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_entry.py" line="42"/>
        <source>Supervisor console (supervisors only)</source>
        <translation>Förmannens vy (endast förmän)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_entry.py" line="43"/>
        <source>Queues and experts live; monitor, whisper, take over, reassign</source>
        <translation>Köer och sakkunniga i realtid; följ, viska, ta över, flytta</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="93"/>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="93"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="94"/>
        <source>Longest</source>
        <translation>Längsta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="94"/>
        <source>Free</source>
        <translation>Lediga</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="124"/>
        <source>Not taking now</source>
        <translation>Tar inte emot nu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="147"/>
        <location filename="../../agent_desktop/qt/table_models.py" line="83"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="149"/>
        <source>Closed · opens %1</source>
        <translation>Stängd · öppnar %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="150"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="55"/>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="56"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="57"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="57"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="58"/>
        <source>Expert</source>
        <translation>Sakkunnig</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="59"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="84"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="96"/>
        <source>Transfer the conversation</source>
        <translation>Överför diskussionen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="97"/>
        <source>To a queue</source>
        <translation>Till en kö</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="98"/>
        <source>To a colleague</source>
        <translation>Till en kollega</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="112"/>
        <source>Type a colleague&apos;s name</source>
        <translation>Skriv en kollegas namn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="113"/>
        <source>Search colleagues by name</source>
        <translation>Sök kolleger efter namn</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="122"/>
        <source>Colleagues</source>
        <translation>Kolleger</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="130"/>
        <source>Consult note for the next expert</source>
        <translation>Konsultationsanteckning till nästa sakkunniga</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="131"/>
        <source>What the next expert should know (the customer does not see this)</source>
        <translation>Vad nästa sakkunniga bör veta (kunden ser inte detta)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="146"/>
        <source>Consult note</source>
        <translation>Konsultationsanteckning</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="105"/>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="52"/>
        <source>Customers now: %1</source>
        <translation>Kunder nu: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="136"/>
        <source>Transfer</source>
        <translation>Överför</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="242"/>
        <source>Unmute</source>
        <translation>Slå på mikrofonen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="242"/>
        <source>Mute</source>
        <translation>Stäng av ljudet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="243"/>
        <source>Turn your microphone off or on</source>
        <translation>Stäng av eller slå på mikrofonen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="244"/>
        <source>Camera on</source>
        <translation>Kamera på</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="244"/>
        <source>Camera off</source>
        <translation>Kamera av</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="245"/>
        <source>The customer sees a dark picture while your camera is off</source>
        <translation>Kunden ser en mörk bild medan din kamera är avstängd</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="246"/>
        <source>Devices…</source>
        <translation>Enheter…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="247"/>
        <source>Choose the camera, microphone and speakers</source>
        <translation>Välj kamera, mikrofon och högtalare</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="248"/>
        <source>Add interpreter…</source>
        <translation>Lägg till tolk…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="249"/>
        <source>Invite a signed-in colleague, e.g. a sign-language interpreter</source>
        <translation>Bjud in en inloggad kollega, t.ex. en teckenspråkstolk</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="250"/>
        <source>Leave call</source>
        <translation>Lämna samtalet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="250"/>
        <source>Hang up</source>
        <translation>Lägg på</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="252"/>
        <source>Leave the call; the conversation goes on without you</source>
        <translation>Lämna samtalet; konversationen fortsätter utan dig</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="253"/>
        <source>End the call; you still end the conversation with a wrap-up code (End…)</source>
        <translation>Avsluta samtalet; konversationen avslutas fortfarande med en avslutningskod (Avsluta…)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="254"/>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="262"/>
        <location filename="../../agent_desktop/qt/video_pane.py" line="267"/>
        <location filename="../../agent_desktop/qt/video_pane.py" line="360"/>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="269"/>
        <source>No call.</source>
        <translation>Inget samtal.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="270"/>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="271"/>
        <source>In a call with %1</source>
        <translation>I samtal med %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="272"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Anslutningen bröts, återansluter…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="273"/>
        <source>Call ended.</source>
        <translation>Samtalet avslutades.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="274"/>
        <source>Call ended. End the conversation with a wrap-up code (End…).</source>
        <translation>Samtalet avslutades. Avsluta konversationen med en avslutningskod (Avsluta…).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="278"/>
        <source>The call could not be connected. Continue in the chat, or end the conversation and ask the customer to book a new time.</source>
        <translation>Samtalet kunde inte kopplas upp. Fortsätt i chatten, eller avsluta konversationen och be kunden boka en ny tid.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="363"/>
        <source>Call with %1 started</source>
        <translation>Samtalet med %1 har börjat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="366"/>
        <source>Call with %1 ended</source>
        <translation>Samtalet med %1 har avslutats</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="275"/>
        <source>The call could not go through the relay server: it refused this workstation&apos;s credentials. Tell IT; continue in the chat meanwhile.</source>
        <translation>Samtalet kunde inte gå via reläservern: den godkände inte den här arbetsstationens inloggningsuppgifter. Meddela IT och fortsätt i chatten så länge.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="285"/>
        <source>Your connection is weak: the picture is paused, sound continues.</source>
        <translation>Din anslutning är svag: bilden är pausad, ljudet fortsätter.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="286"/>
        <source>The customer&apos;s connection is weak: their picture is paused, sound continues.</source>
        <translation>Kundens anslutning är svag: hens bild är pausad, ljudet fortsätter.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="288"/>
        <source>The connection is poor: the sound may break up.</source>
        <translation>Anslutningen är dålig: ljudet kan hacka.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="289"/>
        <source>The connection is slow: the picture is shown at a lower quality.</source>
        <translation>Anslutningen är långsam: bilden visas med lägre kvalitet.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="264"/>
        <source>Speaking: %1</source>
        <translation>Talar: %1</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Longest wait</source>
        <translation>Längsta väntan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Answered in time</source>
        <translation>Besvarade i tid</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Abandoned</source>
        <translation>Avbrutna</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Free experts</source>
        <translation>Lediga sakkunniga</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="124"/>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="163"/>
        <source>Expert</source>
        <translation>Sakkunnig</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="124"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="124"/>
        <source>Time in state</source>
        <translation>Tid i status</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="124"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="163"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="163"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="163"/>
        <source>Served for</source>
        <translation>Betjänad i</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="37"/>
        <location filename="../../agent_desktop/qt/dialogs.py" line="54"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="42"/>
        <source>Wrap-up note</source>
        <translation>Anteckning om efterarbetet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="43"/>
        <source>Optional: what was agreed, what follows</source>
        <translation>Valfritt: vad som avtalades och vad som följer</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="55"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="28"/>
        <source>End the call with %1?</source>
        <translation>Avsluta samtalet med %1?</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="29"/>
        <source>End the chat with %1?</source>
        <translation>Avsluta chatten med %1?</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="29"/>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="48"/>
        <source>End the call</source>
        <translation>Avsluta samtalet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="48"/>
        <source>End the chat</source>
        <translation>Avsluta chatten</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="50"/>
        <source>Keep talking</source>
        <translation>Fortsätt samtalet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="50"/>
        <source>Keep chatting</source>
        <translation>Fortsätt chatta</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
        <translation>Om du kontaktar supporten, kopiera rapporten och klistra in den i ditt meddelande.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="80"/>
        <source>No configuration problems.</source>
        <translation>Inga problem med inställningarna.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="87"/>
        <source>Copy support report</source>
        <translation>Kopiera supportrapporten</translation>
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
    <name>CallPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="177"/>
        <source>Video appointment</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="109"/>
        <location filename="../../customer_client/qt/pages/call.py" line="178"/>
        <source>the service expert</source>
        <translation>servicerådgivaren</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="179"/>
        <source>You are talking with %1.</source>
        <translation>Du talar med %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="181"/>
        <source>Connecting the video call with %1…</source>
        <translation>Videosamtalet med %1 kopplas upp…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="182"/>
        <source>The service expert&apos;s picture appears here.</source>
        <translation>Servicerådgivarens bild visas här.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="183"/>
        <source>Video of the service expert</source>
        <translation>Servicerådgivarens video</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="184"/>
        <source>Your picture</source>
        <translation>Din bild</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="185"/>
        <source>Turn microphone on</source>
        <translation>Slå på mikrofonen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="186"/>
        <source>Mute microphone</source>
        <translation>Stäng av mikrofonen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="187"/>
        <source>Turn camera on</source>
        <translation>Slå på kameran</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="188"/>
        <source>Turn camera off</source>
        <translation>Stäng av kameran</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="131"/>
        <location filename="../../customer_client/qt/pages/call.py" line="189"/>
        <source>End the call</source>
        <translation>Avsluta samtalet</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="191"/>
        <source>Camera and sound</source>
        <translation>Kamera och ljud</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="193"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="194"/>
        <source>Application assistant</source>
        <translation>Ansökningsassistenten</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="195"/>
        <source>Service expert</source>
        <translation>Servicerådgivare</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="145"/>
        <source>The video connection could not be opened: the agency&apos;s connection service did not accept it. Please try again in a moment. You can still write to the service expert here.</source>
        <translation>Videoanslutningen kunde inte öppnas eftersom tjänstens anslutningsserver inte godkände den. Försök igen om en stund. Du kan fortfarande skriva till experten här.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="149"/>
        <source>The video connection could not be opened. Your network may block video calls: try another network, or ask your IT support. You can still write to the service expert here.</source>
        <translation>Videoanslutningen kunde inte öppnas. Ditt nätverk kan blockera videosamtal: prova ett annat nätverk eller fråga din IT-support. Du kan fortfarande skriva till experten här.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="156"/>
        <source>Your connection is weak: the picture is paused, sound continues.</source>
        <translation>Din anslutning är svag: bilden är pausad, ljudet fortsätter.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="157"/>
        <source>The service expert&apos;s connection is weak: their picture is paused, sound continues.</source>
        <translation>Expertens anslutning är svag: hens bild är pausad, ljudet fortsätter.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="159"/>
        <source>The connection is poor: the sound may break up.</source>
        <translation>Anslutningen är dålig: ljudet kan hacka.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="160"/>
        <source>The connection is slow: the picture is shown at a lower quality.</source>
        <translation>Anslutningen är långsam: bilden visas med lägre kvalitet.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="126"/>
        <source>The video call has ended.</source>
        <translation>Videosamtalet har avslutats.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="129"/>
        <source>End the call?</source>
        <translation>Avsluta samtalet?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="130"/>
        <source>The call ends and cannot be continued.</source>
        <translation>Samtalet avslutas och kan inte fortsättas.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="131"/>
        <source>Keep talking</source>
        <translation>Fortsätt samtalet</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="110"/>
        <source>%1 is speaking</source>
        <translation>%1 talar</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="111"/>
        <source>Someone else in the call is speaking (for example an interpreter)</source>
        <translation>Någon annan i samtalet talar (till exempel en tolk)</translation>
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
    <name>ChatPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="149"/>
        <source>The service expert is writing…</source>
        <translation>Servicerådgivaren skriver…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="195"/>
        <source>You are chatting with %1, a service expert.</source>
        <translation>Du chattar med servicerådgivaren %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="198"/>
        <source>The assistant can still answer while you wait.</source>
        <translation>Assistenten kan svara medan du väntar.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="202"/>
        <source>You are chatting with the application assistant. It is a computer program.</source>
        <translation>Du chattar med ansökningsassistenten. Den är ett datorprogram.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="211"/>
        <source>Talk to a service expert</source>
        <translation>Tala med en servicerådgivare</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="213"/>
        <source>The assistant thinks a service expert could help you better with this.</source>
        <translation>Assistenten tror att en servicerådgivare kan hjälpa dig bättre med det här.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="215"/>
        <source>Need more help? A service expert can join this chat.</source>
        <translation>Behöver du mer hjälp? En servicerådgivare kan ansluta till chatten.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="233"/>
        <source>Service experts are back on %1.</source>
        <translation>Servicerådgivarna är tillbaka %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="242"/>
        <source>Other ways to get service:</source>
        <translation>Andra sätt att få service:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="170"/>
        <location filename="../../customer_client/qt/pages/chat.py" line="224"/>
        <source>End the chat</source>
        <translation>Avsluta chatten</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="247"/>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="248"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="249"/>
        <source>Application assistant</source>
        <translation>Ansökningsassistenten</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="250"/>
        <source>Service expert</source>
        <translation>Servicerådgivare</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="236"/>
        <source>Service experts chat only %1.</source>
        <translation>Serviceexperterna chattar bara %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="166"/>
        <source>End the chat?</source>
        <translation>Avsluta chatten?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="167"/>
        <source>The conversation ends and cannot be continued.</source>
        <translation>Samtalet avslutas och kan inte fortsättas.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="169"/>
        <source>You leave the chat with the application assistant.</source>
        <translation>Du lämnar chatten med ansökningsassistenten.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="170"/>
        <source>Keep chatting</source>
        <translation>Fortsätt chatta</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="174"/>
        <source>Leave the queue?</source>
        <translation>Lämna kön?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="175"/>
        <source>You lose your place in the queue.</source>
        <translation>Du förlorar din plats i kön.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="176"/>
        <source>Leave the queue</source>
        <translation>Lämna kön</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="176"/>
        <source>Stay in the queue</source>
        <translation>Stanna i kön</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="268"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="269"/>
        <source>Attach a file…</source>
        <translation>Bifoga en fil…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="270"/>
        <source>Send a PDF document or a picture, for example your rental agreement</source>
        <translation>Skicka ett PDF-dokument eller en bild, till exempel ditt hyresavtal</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="271"/>
        <source>Write your message here</source>
        <translation>Skriv ditt meddelande här</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="272"/>
        <source>Your message</source>
        <translation>Ditt meddelande</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="273"/>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="283"/>
        <source>Choose a file to send</source>
        <translation>Välj en fil att skicka</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="284"/>
        <source>PDF documents and pictures (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>PDF-dokument och bilder (*.pdf *.jpg *.jpeg *.png *.webp);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="292"/>
        <source>Save the file</source>
        <translation>Spara filen</translation>
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
    <name>DevicePanel</name>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="139"/>
        <source>Your own picture</source>
        <translation>Din egen bild</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="139"/>
        <source>Microphone level</source>
        <translation>Mikrofonens ljudnivå</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="141"/>
        <location filename="../../customer_client/qt/device_panel.py" line="144"/>
        <source>Your picture appears here.</source>
        <translation>Din bild visas här.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="142"/>
        <source>Your camera rests while we measure the connection.</source>
        <translation>Din kamera vilar medan vi mäter anslutningen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="143"/>
        <source>No picture from the camera.</source>
        <translation>Ingen bild från kameran.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="146"/>
        <source>You can choose another camera, microphone or speakers here. We then check again.</source>
        <translation>Här kan du välja en annan kamera, mikrofon eller högtalare. Sedan kontrollerar vi igen.</translation>
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
    <name>FeedbackPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="63"/>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="75"/>
        <source>How did we do?</source>
        <translation>Hur lyckades vi?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="76"/>
        <source>Choose from 1 to 5 stars. 5 is the best.</source>
        <translation>Välj 1–5 stjärnor. 5 är bäst.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="77"/>
        <source>1 = poor, 5 = excellent</source>
        <translation>1 = dåligt, 5 = utmärkt</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="78"/>
        <source>Would you like to tell us more? (optional)</source>
        <translation>Vill du berätta mer? (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="79"/>
        <source>Write here if you want</source>
        <translation>Skriv här om du vill</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="80"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_client/qt/pages/feedback.py" line="82"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n stjärna</numerusform>
            <numerusform>%n stjärnor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="83"/>
        <source>Save the conversation as PDF…</source>
        <translation>Spara samtalet som PDF…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="84"/>
        <source>A copy of the messages for yourself, in the language you chose</source>
        <translation>En kopia av meddelandena för dig själv, på det språk du valde</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="85"/>
        <source>Send feedback</source>
        <translation>Skicka respons</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="86"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="113"/>
        <source>Chat with the application assistant</source>
        <translation>Chatt med ansökningsassistenten</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="118"/>
        <source>Video appointment: %1</source>
        <translation>Videomöte: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="120"/>
        <source>Service language: %1</source>
        <translation>Servicespråk: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="122"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="136"/>
        <source>Start the chat</source>
        <translation>Starta chatten</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="137"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="139"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="144"/>
        <source>Checking whether the service is open…</source>
        <translation>Vi kontrollerar om tjänsten är öppen…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="153"/>
        <source>The service is open now.</source>
        <translation>Tjänsten är öppen nu.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="149"/>
        <source>You can chat with the application assistant now.</source>
        <translation>Du kan chatta med ansökningsassistenten nu.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="155"/>
        <source>The service is open. All service experts are busy, but you can join the queue.</source>
        <translation>Tjänsten är öppen. Alla servicerådgivare är upptagna, men du kan ställa dig i kö.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="132"/>
        <source>Other ways to get service</source>
        <translation>Andra sätt att få service</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="189"/>
        <source>It opens again on %1.</source>
        <translation>Den öppnar igen %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="114"/>
        <source>Chat language: %1</source>
        <translation>Chattens språk: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="116"/>
        <source>When service experts chat</source>
        <translation>När serviceexperterna chattar</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="146"/>
        <source>We cannot reach the service right now, so we cannot tell whether it is open. We keep trying.</source>
        <translation>Vi når inte tjänsten just nu, så vi kan inte säga om den är öppen. Vi försöker igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="127"/>
        <source>Closed on public holidays.</source>
        <translation>Stängt på helgdagar.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="164"/>
        <source>A service expert can join the chat if you need one.</source>
        <translation>En serviceexpert kan komma med i chatten om du behöver.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="167"/>
        <source>Service experts chat only %1.</source>
        <translation>Serviceexperterna chattar bara %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="169"/>
        <source>No service expert chats in this language.</source>
        <translation>Ingen serviceexpert chattar på det här språket.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="172"/>
        <source>Service experts are not on duty now. They are back on %1.</source>
        <translation>Serviceexperterna är inte i tjänst nu. De är tillbaka %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="179"/>
        <source>Today is a public holiday.</source>
        <translation>I dag är det helgdag.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="181"/>
        <source>Today the service closed early.</source>
        <translation>I dag stängde tjänsten tidigare.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="191"/>
        <source>This service starts on %1.</source>
        <translation>Den här tjänsten börjar %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="194"/>
        <source>This service ended on %1.</source>
        <translation>Den här tjänsten upphörde %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="196"/>
        <source>This service is no longer available.</source>
        <translation>Den här tjänsten finns inte längre.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../customer_client/qt/main_window.py" line="530"/>
        <source>Are you still there? This screen goes back to the start in %n second(s), and your information is cleared.</source>
        <translation>
            <numerusform>Är du kvar? Skärmen går tillbaka till början om %n sekund och dina uppgifter raderas.</numerusform>
            <numerusform>Är du kvar? Skärmen går tillbaka till början om %n sekunder och dina uppgifter raderas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="532"/>
        <source>I am still here</source>
        <translation>Jag är kvar</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="559"/>
        <source>Kela remote service</source>
        <translation>FPA:s distansservice</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="563"/>
        <source>Kela · Remote service</source>
        <translation>FPA · Distansservice</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="564"/>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="285"/>
        <source>You are signed in</source>
        <translation>Du är inloggad</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="286"/>
        <source>You can close this browser window and go back to the Kela remote service.</source>
        <translation>Du kan stänga det här webbläsarfönstret och gå tillbaka till FPA:s distanstjänst.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="565"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
</context>
<context>
    <name>PrecheckPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="337"/>
        <source>Let&apos;s check your computer</source>
        <translation>Vi kontrollerar din dator</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="338"/>
        <source>This takes about ten seconds. Please allow the use of the camera and microphone, say a few words, and listen: we play a short sound.</source>
        <translation>Det här tar ungefär tio sekunder. Tillåt att kameran och mikrofonen används, säg några ord och lyssna: vi spelar upp ett kort ljud.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="344"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="347"/>
        <source>Everything is ready for the video call.</source>
        <translation>Allt är klart för videosamtalet.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="348"/>
        <source>Please fix the items marked ✗ and check again.</source>
        <translation>Åtgärda punkterna märkta med ✗ och kontrollera igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="350"/>
        <source>Please answer the question about the sound.</source>
        <translation>Svara på frågan om ljudet.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="353"/>
        <source>We played a short sound. Did you hear it?</source>
        <translation>Vi spelade upp ett kort ljud. Hörde du det?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="354"/>
        <source>Yes, I heard it</source>
        <translation>Ja, jag hörde det</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="355"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="356"/>
        <source>Play again</source>
        <translation>Spela igen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="360"/>
        <source>Check results</source>
        <translation>Kontrollens resultat</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="361"/>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="362"/>
        <source>Continue to the queue</source>
        <translation>Fortsätt till kön</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="365"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="45"/>
        <source>Waiting for a service expert</source>
        <translation>Väntar på en servicerådgivare</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="46"/>
        <source>Your computer is ready. The call starts by itself when a service expert is free. Please keep this window open.</source>
        <translation>Din dator är klar. Samtalet börjar av sig självt när en servicerådgivare blir ledig. Håll fönstret öppet.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="48"/>
        <source>Tip: have your documents and your personal identity code at hand.</source>
        <translation>Tips: ha dina dokument och din personbeteckning till hands.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="37"/>
        <source>Leave the queue?</source>
        <translation>Lämna kön?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="37"/>
        <source>You lose your place in the queue.</source>
        <translation>Du förlorar din plats i kön.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="38"/>
        <source>Leave the queue</source>
        <translation>Lämna kön</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="38"/>
        <source>Stay in the queue</source>
        <translation>Stanna i kön</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="66"/>
        <source>You are in the queue for a service expert</source>
        <translation>Du står i kö till en servicerådgivare</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="68"/>
        <source>Finding your place in the queue…</source>
        <translation>Vi tar reda på din plats i kön…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="74"/>
        <source>Leave the queue</source>
        <translation>Lämna kön</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="62"/>
        <source>How can we help you?</source>
        <translation>Hur kan vi hjälpa dig?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="63"/>
        <source>Chat about the social assistance application
The application assistant answers first. A service expert can join.</source>
        <translation>Chatt om ansökan om utkomststöd
Ansökningsassistenten svarar först. En servicerådgivare kan ansluta.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="68"/>
        <source>Chat about the social assistance application. The chat is in Finnish, Swedish or English. Choose the chat language:</source>
        <translation>Chatt om ansökan om utkomststöd. Chatten är på finska, svenska eller engelska. Välj chattens språk:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="73"/>
        <source>Video appointment
Talk with a service expert face to face on your computer.</source>
        <translation>Videomöte
Tala med en servicerådgivare ansikte mot ansikte på din dator.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="75"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="169"/>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="187"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="170"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="171"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="172"/>
        <source>QR code for signing in with your phone</source>
        <translation>QR-kod för inloggning med telefonen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="175"/>
        <source>Sign in with your own phone: nothing you type is shown on this screen, and everything is cleared when you finish.</source>
        <translation>Logga in med din egen telefon: inget du skriver visas på den här skärmen, och allt raderas när du är klar.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="177"/>
        <source>Show the sign-in code</source>
        <translation>Visa inloggningskoden</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="179"/>
        <source>Scan the QR code with your phone&apos;s camera, or go to the address below and type this code:</source>
        <translation>Skanna QR-koden med telefonens kamera, eller gå till adressen nedan och skriv den här koden:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="185"/>
        <source>Sign in with online banking codes, a mobile certificate or an ID card. The sign-in opens in your web browser.</source>
        <translation>Logga in med nätbankskoder, mobilcertifikat eller identitetskort. Inloggningen öppnas i din webbläsare.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="189"/>
        <source>Continue in your web browser. When you have signed in, come back to this window.</source>
        <translation>Fortsätt i din webbläsare. När du har loggat in, kom tillbaka till det här fönstret.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="33"/>
        <source>Basic social assistance application</source>
        <translation>Ansökan om grundläggande utkomststöd</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="34"/>
        <source>Unemployment</source>
        <translation>Arbetslöshet</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="35"/>
        <source>General housing allowance</source>
        <translation>Allmänt bostadsbidrag</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="36"/>
        <source>Families with children</source>
        <translation>Barnfamiljer</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="37"/>
        <source>Students</source>
        <translation>Studerande</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="38"/>
        <source>Sickness</source>
        <translation>Sjukdom</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="39"/>
        <source>Rehabilitation and disability</source>
        <translation>Rehabilitering och funktionsnedsättning</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="40"/>
        <source>Pensions</source>
        <translation>Pensioner</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="48"/>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="57"/>
        <source>%1 to %2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="64"/>
        <source>Available from %1 to %2.</source>
        <translation>Tjänsten finns %1–%2.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="66"/>
        <source>Available until %1.</source>
        <translation>Tjänsten finns till och med %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="68"/>
        <source>Available from %1.</source>
        <translation>Tjänsten finns från och med %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="78"/>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="93"/>
        <source>You are now in the queue for a service expert.</source>
        <translation>Du står nu i kö till en servicerådgivare.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="95"/>
        <source>%1 from the service has joined the chat.</source>
        <translation>%1 från kundtjänsten har anslutit till chatten.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="97"/>
        <source>You are being passed to another service expert. Please wait.</source>
        <translation>Du kopplas vidare till en annan servicerådgivare. Vänta en stund.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="99"/>
        <source>The service expert lost the connection. You are back at the front of the queue.</source>
        <translation>Servicerådgivarens anslutning bröts. Du är tillbaka först i kön.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="102"/>
        <source>The conversation has ended.</source>
        <translation>Samtalet har avslutats.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="104"/>
        <source>You saved a copy of this conversation.</source>
        <translation>Du sparade en kopia av det här samtalet.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="110"/>
        <source>We cannot reach the service right now. Check that your internet works. We keep trying again automatically.</source>
        <translation>Vi når inte tjänsten just nu. Kontrollera att internet fungerar. Vi försöker igen automatiskt.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="113"/>
        <source>Your sign-in has expired. Please close this window and sign in again.</source>
        <translation>Din inloggning har gått ut. Stäng fönstret och logga in igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="117"/>
        <source>The service is closed right now.</source>
        <translation>Tjänsten är stängd just nu.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="119"/>
        <source>The queue is full right now. Please try again in a little while.</source>
        <translation>Kön är full just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="120"/>
        <source>No service expert is available right now.</source>
        <translation>Ingen servicerådgivare är tillgänglig just nu.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="122"/>
        <source>This service is not available in the language you chose.</source>
        <translation>Tjänsten finns inte på det språk du valde.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="127"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Något gick fel. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="135"/>
        <source>The sign-in service cannot be reached right now. Check that your internet works and try again.</source>
        <translation>Det går inte att nå identifieringstjänsten just nu. Kontrollera att internet fungerar och försök igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="137"/>
        <source>The sign-in was cancelled. You can try again.</source>
        <translation>Inloggningen avbröts. Du kan försöka igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="138"/>
        <source>The sign-in took too long and was stopped. You can try again.</source>
        <translation>Inloggningen tog för lång tid och avbröts. Du kan försöka igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="140"/>
        <source>Sign-in has not been set up on this computer. Please contact the service.</source>
        <translation>Inloggning har inte ställts in på den här datorn. Kontakta tjänsten.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="141"/>
        <source>The sign-in did not succeed. Please try again.</source>
        <translation>Inloggningen lyckades inte. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="148"/>
        <source>Phone service</source>
        <translation>Telefonservice</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="151"/>
        <source>Visit a service office</source>
        <translation>Besök ett servicekontor</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="158"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="163"/>
        <source>Estimated wait: less than a minute</source>
        <translation>Beräknad väntetid: under en minut</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="167"/>
        <source>We cannot estimate the wait right now.</source>
        <translation>Vi kan inte uppskatta väntetiden just nu.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="171"/>
        <source>You are next in the queue.</source>
        <translation>Du är näst på tur.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="172"/>
        <source>Your place in the queue: %1</source>
        <translation>Din plats i kön: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="176"/>
        <source>Computer and operating system</source>
        <translation>Dator och operativsystem</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="177"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="178"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="179"/>
        <source>Speakers or headset</source>
        <translation>Högtalare eller headset</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="180"/>
        <source>Internet speed</source>
        <translation>Internethastighet</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="181"/>
        <source>Connection delay</source>
        <translation>Fördröjning</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="182"/>
        <source>Connection steadiness</source>
        <translation>Anslutningens stabilitet</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="183"/>
        <source>Lost data</source>
        <translation>Förlorad data</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="184"/>
        <source>Video connection to the service</source>
        <translation>Videoanslutning till tjänsten</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="190"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="191"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="191"/>
        <source>Works, but see the tip</source>
        <translation>Fungerar, men se tipset</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="192"/>
        <source>Needs fixing</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="197"/>
        <source>Waiting for your answer</source>
        <translation>Väntar på ditt svar</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="198"/>
        <source>Not checked</source>
        <translation>Inte kontrollerat</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="211"/>
        <source>Your internet connection is only just fast enough for video. Stop downloads and videos on other devices during the call.</source>
        <translation>Din internetanslutning är nätt och jämnt tillräckligt snabb för video. Stoppa nedladdningar och videor på andra enheter under samtalet.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="214"/>
        <source>Your computer&apos;s operating system is too old for video calls (Windows 10, macOS 12 or a recent Linux is needed). Please use the phone service or visit an office.</source>
        <translation>Datorns operativsystem är för gammalt för videosamtal (Windows 10, macOS 12 eller en ny Linux behövs). Använd telefontjänsten eller besök ett serviceställe.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="222"/>
        <source>We did not find a camera. Connect a camera, or close other programs that use it, and check again.</source>
        <translation>Vi hittade ingen kamera. Anslut en kamera eller stäng andra program som använder den, och kontrollera igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="225"/>
        <source>The camera picture is dark. Remove any cover from the lens and turn on a light.</source>
        <translation>Kamerabilden är mörk. Ta bort eventuellt skydd från linsen och tänd en lampa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="228"/>
        <source>The camera picture does not move. Close other programs that use the camera, or unplug the camera and plug it in again.</source>
        <translation>Kamerabilden rör sig inte. Stäng andra program som använder kameran, eller koppla loss kameran och anslut den igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="231"/>
        <source>The picture is a little jerky. Add light to the room and close other programs.</source>
        <translation>Bilden hackar lite. Tänd mer ljus i rummet och stäng andra program.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="234"/>
        <source>We hear nothing from your microphone. Check that it is connected and not muted, then say something and check again.</source>
        <translation>Vi hör ingenting från din mikrofon. Kontrollera att den är ansluten och inte avstängd, säg något och kontrollera igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="237"/>
        <source>Your voice is too loud for the microphone. Move a little further away.</source>
        <translation>Din röst är för stark för mikrofonen. Flytta dig lite längre bort.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="241"/>
        <source>Please use a headset if you have one, so the other person does not hear an echo.</source>
        <translation>Använd gärna ett headset om du har ett, så att den andra inte hör eko.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="285"/>
        <source>PDF document, 1 page</source>
        <translation>PDF-dokument, 1 sida</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="286"/>
        <source>PDF document, %1 pages</source>
        <translation>PDF-dokument, %1 sidor</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="288"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="296"/>
        <source>Double-click or press Enter to save the file</source>
        <translation>Dubbelklicka eller tryck på Enter för att spara filen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="302"/>
        <source>Sending the file…</source>
        <translation>Filen skickas…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="304"/>
        <source>The file is too large. You can send files of up to %1.</source>
        <translation>Filen är för stor. Du kan skicka filer på högst %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="306"/>
        <source>This kind of file cannot be sent. Send a PDF document or a picture (JPEG, PNG).</source>
        <translation>Den här typen av fil kan inte skickas. Skicka ett PDF-dokument eller en bild (JPEG, PNG).</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="308"/>
        <source>The file was refused because the virus check found something harmful in it.</source>
        <translation>Filen avvisades eftersom viruskontrollen hittade något skadligt i den.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="310"/>
        <source>Files cannot be checked for viruses right now, so they cannot be sent. Please try again later.</source>
        <translation>Filer kan inte kontrolleras för virus just nu, så de kan inte skickas. Försök igen senare.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="312"/>
        <source>The chat has ended, so files can no longer be sent.</source>
        <translation>Chatten har avslutats, så filer kan inte längre skickas.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="313"/>
        <source>The file could not be read on this computer.</source>
        <translation>Filen kunde inte läsas på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="314"/>
        <source>The file was saved.</source>
        <translation>Filen sparades.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="315"/>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation>Filen kunde inte sparas där. Välj en annan mapp.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="316"/>
        <source>This file cannot be opened.</source>
        <translation>Den här filen kan inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="317"/>
        <source>This file is no longer kept.</source>
        <translation>Den här filen sparas inte längre.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="319"/>
        <source>The file could not be sent. Please try again.</source>
        <translation>Filen kunde inte skickas. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="207"/>
        <source>Your internet connection is too slow for video (at least 1.2 Mbit/s is needed). Move closer to your wireless router, or stop downloads and videos on other devices.</source>
        <translation>Din internetanslutning är för långsam för video (minst 1,2 Mbit/s behövs). Flytta dig närmare den trådlösa routern, eller stoppa nedladdningar och videor på andra enheter.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="247"/>
        <location filename="../../customer_client/qt/texts.py" line="250"/>
        <source>Video calls do not work on this operating system. Please use another computer, the phone service or a service office.</source>
        <translation>Videosamtal fungerar inte i det här operativsystemet. Använd en annan dator, telefontjänsten eller ett serviceställe.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="255"/>
        <source>We could not measure this. Check your internet connection and check again.</source>
        <translation>Det gick inte att mäta. Kontrollera din internetanslutning och kontrollera igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="257"/>
        <source>Your connection is slow to answer. Move closer to your wireless router.</source>
        <translation>Din anslutning svarar långsamt. Flytta dig närmare den trådlösa routern.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="259"/>
        <source>Your connection is unsteady. Stop downloads and videos on other devices.</source>
        <translation>Din anslutning är ojämn. Stoppa nedladdningar och videor på andra enheter.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="261"/>
        <source>Some data gets lost on the way. Move closer to your wireless router or use a cable.</source>
        <translation>En del data försvinner på vägen. Flytta dig närmare den trådlösa routern eller använd en kabel.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="264"/>
        <source>We could not open a video connection. Check your internet connection. On a work computer, a firewall may block video calls.</source>
        <translation>Vi kunde inte öppna en videoanslutning. Kontrollera din internetanslutning. På en jobbdator kan en brandvägg blockera videosamtal.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="239"/>
        <source>Turn up the volume or connect a headset, then play the sound again.</source>
        <translation>Höj volymen eller anslut ett headset och spela upp ljudet igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="243"/>
        <source>Please tell us whether you heard the sound.</source>
        <translation>Berätta om du hörde ljudet.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="124"/>
        <source>This service needs strong identification: online banking codes, a mobile certificate or an ID card. Sign out and sign in again with one of them, or choose the chat with the assistant or the phone service.</source>
        <translation>Den här tjänsten kräver stark autentisering: nätbankskoder, mobilcertifikat eller identitetskort. Logga ut och logga in igen med något av dem, eller välj chatten med assistenten eller telefontjänsten.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="185"/>
        <source>Video route through firewalls</source>
        <translation>Videons väg genom brandväggar</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="267"/>
        <source>Your network lets video through only on a slower route. The call will work, but if the picture stutters, try another network, or ask your IT support to allow UDP port 3478 to the service.</source>
        <translation>Ditt nätverk släpper bara igenom video på en långsammare väg. Samtalet fungerar, men om bilden hackar, prova ett annat nätverk eller be din IT-support att tillåta UDP-port 3478 till tjänsten.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="271"/>
        <source>The service&apos;s video route did not accept our test. The call may still work; if it does not, please try again later.</source>
        <translation>Tjänstens videoväg godkände inte vårt test. Samtalet kan ändå fungera; om det inte gör det, försök igen senare.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="274"/>
        <source>Your network blocks the service&apos;s video route. Ask your IT support to allow connections to the service&apos;s relay server (UDP and TCP port 3478, TCP port 443), or use another network, for example your phone&apos;s hotspot.</source>
        <translation>Ditt nätverk blockerar tjänstens videoväg. Be din IT-support att tillåta anslutningar till tjänstens reläserver (UDP- och TCP-port 3478, TCP-port 443), eller använd ett annat nätverk, till exempel telefonens surfzon.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="115"/>
        <source>This version of the program is too old for the service. Please update the program, then open it again.</source>
        <translation>Den här versionen av programmet är för gammal för tjänsten. Uppdatera programmet och öppna det sedan igen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="53"/>
        <source>around the clock</source>
        <translation>dygnet runt</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="83"/>
        <source>in Finnish</source>
        <translation>på finska</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="83"/>
        <source>in Swedish</source>
        <translation>på svenska</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="84"/>
        <source>in English</source>
        <translation>på engelska</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="84"/>
        <source>in Russian</source>
        <translation>på ryska</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="85"/>
        <source>in Sorani Kurdish</source>
        <translation>på kurdiska (sorani)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="147"/>
        <source>Phone service %1</source>
        <translation>Telefontjänst %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="150"/>
        <source>Visit a service office: service %1</source>
        <translation>Besök ett servicekontor: service %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="153"/>
        <source>Information on the Infopankki.fi website %1</source>
        <translation>Information på webbplatsen Infopankki.fi %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_client/qt/texts.py" line="166"/>
        <source>Estimated wait: about %Ln minute(s)</source>
        <translation>
            <numerusform>Uppskattad väntetid: cirka %Ln minut</numerusform>
            <numerusform>Uppskattad väntetid: cirka %Ln minuter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="27"/>
        <source>Thank you!</source>
        <translation>Tack!</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="28"/>
        <source>Your visit has ended. You can close this window, or start again.</source>
        <translation>Ditt ärende är avslutat. Du kan stänga fönstret eller börja om.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="30"/>
        <source>Back to the start</source>
        <translation>Tillbaka till början</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="68"/>
        <source>What is your matter about?</source>
        <translation>Vad gäller ditt ärende?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="71"/>
        <source>Choose the topic that fits best. The service expert can help with other matters too.</source>
        <translation>Välj det ämne som passar bäst. Servicerådgivaren kan hjälpa till med andra ärenden också.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="78"/>
        <source>Finding the services that are available…</source>
        <translation>Söker tjänsterna som finns…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="84"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="74"/>
        <source>There are no video appointments in your language yet. Service experts take video appointments %1.</source>
        <translation>Det finns ännu inga videomöten på ditt språk. Serviceexperterna har videomöten %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="80"/>
        <source>There are no video appointments right now.</source>
        <translation>Det finns inga videomöten just nu.</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="83"/>
        <source>conversation</source>
        <translation>samtal</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="85"/>
        <source>Save the conversation</source>
        <translation>Spara samtalet</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="86"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="96"/>
        <source>Service expert: %1</source>
        <translation>Serviceexpert: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="107"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="108"/>
        <source>Application assistant</source>
        <translation>Ansökningsassistent</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="109"/>
        <source>Service expert</source>
        <translation>Serviceexpert</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="110"/>
        <source>Your conversation with the customer service</source>
        <translation>Ditt samtal med kundtjänsten</translation>
    </message>
</context>
</TS>

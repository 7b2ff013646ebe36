<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="61"/>
        <source>About %s</source>
        <translation>Tietoja: %s</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="64"/>
        <source>If you contact support, copy this report and paste it into your message.</source>
        <translation>Jos otat yhteyttä tukeen, kopioi tämä raportti ja liitä se viestiisi.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="80"/>
        <source>No configuration problems.</source>
        <translation>Ei asetusongelmia.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="87"/>
        <source>Copy support report</source>
        <translation>Kopioi tukiraportti</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="105"/>
        <source>Copied</source>
        <translation>Kopioitu</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="71"/>
        <source>Settings in use</source>
        <translation>Käytössä olevat asetukset</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="177"/>
        <source>Video appointment</source>
        <translation>Videoasiointi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="109"/>
        <location filename="../../customer_client/qt/pages/call.py" line="178"/>
        <source>the service expert</source>
        <translation>palveluasiantuntija</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="179"/>
        <source>You are talking with %1.</source>
        <translation>Puhut nyt: %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="181"/>
        <source>Connecting the video call with %1…</source>
        <translation>Yhdistetään videopuhelua: %1…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="182"/>
        <source>The service expert&apos;s picture appears here.</source>
        <translation>Palveluasiantuntijan kuva näkyy tässä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="183"/>
        <source>Video of the service expert</source>
        <translation>Palveluasiantuntijan video</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="184"/>
        <source>Your picture</source>
        <translation>Oma kuvasi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="185"/>
        <source>Turn microphone on</source>
        <translation>Mikrofoni päälle</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="186"/>
        <source>Mute microphone</source>
        <translation>Mykistä mikrofoni</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="187"/>
        <source>Turn camera on</source>
        <translation>Kamera päälle</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="188"/>
        <source>Turn camera off</source>
        <translation>Kamera pois</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="131"/>
        <location filename="../../customer_client/qt/pages/call.py" line="189"/>
        <source>End the call</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="191"/>
        <source>Camera and sound</source>
        <translation>Kamera ja ääni</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="193"/>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="194"/>
        <source>Application assistant</source>
        <translation>Hakemusavustaja</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="195"/>
        <source>Service expert</source>
        <translation>Palveluasiantuntija</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="145"/>
        <source>The video connection could not be opened: the agency&apos;s connection service did not accept it. Please try again in a moment. You can still write to the service expert here.</source>
        <translation>Videoyhteyttä ei saatu avattua, koska palvelun yhteyspalvelin ei hyväksynyt sitä. Yritä hetken kuluttua uudelleen. Voit silti kirjoittaa asiantuntijalle tässä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="149"/>
        <source>The video connection could not be opened. Your network may block video calls: try another network, or ask your IT support. You can still write to the service expert here.</source>
        <translation>Videoyhteyttä ei saatu avattua. Verkkosi saattaa estää videopuhelut: kokeile toista verkkoa tai kysy IT-tuelta. Voit silti kirjoittaa asiantuntijalle tässä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="156"/>
        <source>Your connection is weak: the picture is paused, sound continues.</source>
        <translation>Yhteytesi on heikko: kuva on tauolla, ääni jatkuu.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="157"/>
        <source>The service expert&apos;s connection is weak: their picture is paused, sound continues.</source>
        <translation>Asiantuntijan yhteys on heikko: hänen kuvansa on tauolla, ääni jatkuu.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="159"/>
        <source>The connection is poor: the sound may break up.</source>
        <translation>Yhteys on huono: ääni saattaa katkeilla.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="160"/>
        <source>The connection is slow: the picture is shown at a lower quality.</source>
        <translation>Yhteys on hidas: kuva näytetään heikompilaatuisena.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="126"/>
        <source>The video call has ended.</source>
        <translation>Videopuhelu on päättynyt.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="129"/>
        <source>End the call?</source>
        <translation>Lopetetaanko puhelu?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="130"/>
        <source>The call ends and cannot be continued.</source>
        <translation>Puhelu päättyy, eikä sitä voi jatkaa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="131"/>
        <source>Keep talking</source>
        <translation>Jatka puhelua</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="110"/>
        <source>%1 is speaking</source>
        <translation>%1 puhuu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="111"/>
        <source>Someone else in the call is speaking (for example an interpreter)</source>
        <translation>Joku muu puhelussa puhuu (esimerkiksi tulkki)</translation>
    </message>
</context>
<context>
    <name>CallVideoView</name>
    <message>
        <location filename="../../client_core/qt/video_widget.py" line="65"/>
        <source>{kbps:.0f} kbit/s · {fps:.0f} fps · RTT {rtt} · loss {loss:.1f} %</source>
        <translation>{kbps:.0f} kbit/s · {fps:.0f} fps · RTT {rtt} · häviö {loss:.1f} %</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="149"/>
        <source>The service expert is writing…</source>
        <translation>Palveluasiantuntija kirjoittaa…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="195"/>
        <source>You are chatting with %1, a service expert.</source>
        <translation>Keskustelet palveluasiantuntijan kanssa: %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="198"/>
        <source>The assistant can still answer while you wait.</source>
        <translation>Hakemusavustaja vastaa edelleen, kun odotat.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="202"/>
        <source>You are chatting with the application assistant. It is a computer program.</source>
        <translation>Keskustelet hakemusavustajan kanssa. Se on tietokoneohjelma.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="211"/>
        <source>Talk to a service expert</source>
        <translation>Keskustele palveluasiantuntijan kanssa</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="213"/>
        <source>The assistant thinks a service expert could help you better with this.</source>
        <translation>Hakemusavustajan mielestä palveluasiantuntija voi auttaa sinua tässä paremmin.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="215"/>
        <source>Need more help? A service expert can join this chat.</source>
        <translation>Tarvitsetko lisää apua? Palveluasiantuntija voi tulla mukaan keskusteluun.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="233"/>
        <source>Service experts are back on %1.</source>
        <translation>Palveluasiantuntijat ovat taas paikalla %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="242"/>
        <source>Other ways to get service:</source>
        <translation>Muita tapoja asioida:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="170"/>
        <location filename="../../customer_client/qt/pages/chat.py" line="224"/>
        <source>End the chat</source>
        <translation>Lopeta keskustelu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="247"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="248"/>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="249"/>
        <source>Application assistant</source>
        <translation>Hakemusavustaja</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="250"/>
        <source>Service expert</source>
        <translation>Palveluasiantuntija</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="236"/>
        <source>Service experts chat only %1.</source>
        <translation>Palveluasiantuntijat palvelevat chatissa vain %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="166"/>
        <source>End the chat?</source>
        <translation>Lopetetaanko chat?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="167"/>
        <source>The conversation ends and cannot be continued.</source>
        <translation>Keskustelu päättyy, eikä sitä voi jatkaa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="169"/>
        <source>You leave the chat with the application assistant.</source>
        <translation>Poistut chatista hakemusavustajan kanssa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="170"/>
        <source>Keep chatting</source>
        <translation>Jatka keskustelua</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="174"/>
        <source>Leave the queue?</source>
        <translation>Poistutaanko jonosta?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="175"/>
        <source>You lose your place in the queue.</source>
        <translation>Menetät paikkasi jonossa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="176"/>
        <source>Leave the queue</source>
        <translation>Poistu jonosta</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="176"/>
        <source>Stay in the queue</source>
        <translation>Pysy jonossa</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="268"/>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="269"/>
        <source>Attach a file…</source>
        <translation>Liitä tiedosto…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="270"/>
        <source>Send a PDF document or a picture, for example your rental agreement</source>
        <translation>Lähetä PDF-asiakirja tai kuva, esimerkiksi vuokrasopimuksesi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="271"/>
        <source>Write your message here</source>
        <translation>Kirjoita viestisi tähän</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="272"/>
        <source>Your message</source>
        <translation>Viestisi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="273"/>
        <source>Conversation</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="283"/>
        <source>Choose a file to send</source>
        <translation>Valitse lähetettävä tiedosto</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="284"/>
        <source>PDF documents and pictures (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>PDF-asiakirjat ja kuvat (*.pdf *.jpg *.jpeg *.png *.webp);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="292"/>
        <source>Save the file</source>
        <translation>Tallenna tiedosto</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="45"/>
        <source>Camera, microphone and speakers</source>
        <translation>Kamera, mikrofoni ja kaiuttimet</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="46"/>
        <source>The call switches to what you choose at once.</source>
        <translation>Puhelu vaihtuu valitsemaasi laitteeseen heti.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="47"/>
        <source>Play a test sound</source>
        <translation>Toista testiääni</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="48"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="139"/>
        <source>Your own picture</source>
        <translation>Oma kuvasi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="139"/>
        <source>Microphone level</source>
        <translation>Mikrofonin äänitaso</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="141"/>
        <location filename="../../customer_client/qt/device_panel.py" line="144"/>
        <source>Your picture appears here.</source>
        <translation>Kuvasi näkyy tässä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="142"/>
        <source>Your camera rests while we measure the connection.</source>
        <translation>Kamerasi on levossa, kun mittaamme yhteyttä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="143"/>
        <source>No picture from the camera.</source>
        <translation>Kamerasta ei tule kuvaa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="146"/>
        <source>You can choose another camera, microphone or speakers here. We then check again.</source>
        <translation>Voit valita tässä toisen kameran, mikrofonin tai kaiuttimet. Tarkistamme ne sitten uudelleen.</translation>
    </message>
</context>
<context>
    <name>DevicePickers</name>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="97"/>
        <source>Set by your IT administrator</source>
        <translation>IT-tuen asettama</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="101"/>
        <source>No camera found</source>
        <translation>Kameraa ei löytynyt</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="101"/>
        <source>No microphone found</source>
        <translation>Mikrofonia ei löytynyt</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="102"/>
        <source>No speakers found</source>
        <translation>Kaiuttimia ei löytynyt</translation>
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
        <translation>Mikrofoni</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="28"/>
        <source>Speakers</source>
        <translation>Kaiuttimet</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="36"/>
        <source>Another program is using your camera. Close it and try again.</source>
        <translation>Toinen ohjelma käyttää kameraasi. Sulje se ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="38"/>
        <source>Another program is using your microphone. Close it and try again.</source>
        <translation>Toinen ohjelma käyttää mikrofoniasi. Sulje se ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="40"/>
        <source>No camera was found. Connect a camera, or choose another one.</source>
        <translation>Kameraa ei löytynyt. Liitä kamera tai valitse toinen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="42"/>
        <source>No microphone was found. Connect one, or choose another one.</source>
        <translation>Mikrofonia ei löytynyt. Liitä mikrofoni tai valitse toinen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="43"/>
        <source>Your camera could not be opened. Choose another one, or reconnect it.</source>
        <translation>Kameraasi ei voitu avata. Valitse toinen tai liitä se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="45"/>
        <source>Your microphone could not be opened. Choose another one, or reconnect it.</source>
        <translation>Mikrofoniasi ei voitu avata. Valitse toinen tai liitä se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="51"/>
        <source>Your computer does not let this program use the camera.</source>
        <translation>Tietokoneesi ei salli tämän ohjelman käyttää kameraa.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="53"/>
        <source>To allow it: open System Settings, then Privacy &amp; Security, then Camera, and turn on %1. Then start the program again.</source>
        <translation>Näin sallit sen: avaa Järjestelmäasetukset, sitten Tietosuoja ja suojaus, sitten Kamera, ja laita %1 päälle. Käynnistä sitten ohjelma uudelleen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="56"/>
        <source>To allow it: open Settings, then Privacy &amp; security, then Camera, and turn on camera access for desktop apps.</source>
        <translation>Näin sallit sen: avaa Asetukset, sitten Tietosuoja ja suojaus, sitten Kamera, ja salli kameran käyttö työpöytäsovelluksille.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="59"/>
        <source>To allow it: check the camera&apos;s privacy switch or key, and ask your computer&apos;s administrator whether the camera is allowed.</source>
        <translation>Näin sallit sen: tarkista kameran yksityisyyskytkin tai -näppäin, ja kysy tietokoneesi ylläpitäjältä, onko kamera sallittu.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="62"/>
        <source>Your computer does not let this program use the microphone.</source>
        <translation>Tietokoneesi ei salli tämän ohjelman käyttää mikrofonia.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="64"/>
        <source>To allow it: open System Settings, then Privacy &amp; Security, then Microphone, and turn on %1. Then start the program again.</source>
        <translation>Näin sallit sen: avaa Järjestelmäasetukset, sitten Tietosuoja ja suojaus, sitten Mikrofoni, ja laita %1 päälle. Käynnistä sitten ohjelma uudelleen.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="67"/>
        <source>To allow it: open Settings, then Privacy &amp; security, then Microphone, and turn on microphone access for desktop apps.</source>
        <translation>Näin sallit sen: avaa Asetukset, sitten Tietosuoja ja suojaus, sitten Mikrofoni, ja salli mikrofonin käyttö työpöytäsovelluksille.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="70"/>
        <source>To allow it: check the microphone&apos;s mute switch or key, and ask your computer&apos;s administrator whether the microphone is allowed.</source>
        <translation>Näin sallit sen: tarkista mikrofonin mykistyskytkin tai -näppäin, ja kysy tietokoneesi ylläpitäjältä, onko mikrofoni sallittu.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="78"/>
        <source>The call goes on without your picture and sound: you can still write in the chat.</source>
        <translation>Puhelu jatkuu ilman kuvaasi ja ääntäsi: voit silti kirjoittaa keskusteluun.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="81"/>
        <source>The call goes on with sound only.</source>
        <translation>Puhelu jatkuu pelkällä äänellä.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="82"/>
        <source>The call goes on without your sound: you can write in the chat.</source>
        <translation>Puhelu jatkuu ilman ääntäsi: voit kirjoittaa keskusteluun.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="87"/>
        <source>Your microphone does not pick up your speakers: no echo.</source>
        <translation>Mikrofonisi ei kuule kaiuttimiasi: ei kaikua.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="89"/>
        <source>Your microphone picks up your speakers, and echo cancellation is off.</source>
        <translation>Mikrofonisi kuulee kaiuttimesi, ja kaiunpoisto on pois päältä.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="92"/>
        <source>Your microphone picks up your speakers; the echo canceller removes more than %1 dB of it.</source>
        <translation>Mikrofonisi kuulee kaiuttimesi; kaiunpoisto vaimentaa sitä yli %1 dB.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="94"/>
        <source>Your microphone picks up your speakers; the echo canceller removes %1 dB of it.</source>
        <translation>Mikrofonisi kuulee kaiuttimesi; kaiunpoisto vaimentaa sitä %1 dB.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="100"/>
        <source>Your camera was disconnected. Now using: %1.</source>
        <translation>Kamerasi irrotettiin. Nyt käytössä: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="102"/>
        <source>Your microphone was disconnected. Now using: %1.</source>
        <translation>Mikrofonisi irrotettiin. Nyt käytössä: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="103"/>
        <source>Your speakers were disconnected. Now using: %1.</source>
        <translation>Kaiuttimesi irrotettiin. Nyt käytössä: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="104"/>
        <source>A camera was connected: %1. You can choose it in the device settings.</source>
        <translation>Kamera liitettiin: %1. Voit valita sen laiteasetuksista.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="106"/>
        <source>A microphone was connected: %1. You can choose it in the device settings.</source>
        <translation>Mikrofoni liitettiin: %1. Voit valita sen laiteasetuksista.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="108"/>
        <source>Speakers or a headset were connected: %1. You can choose them in the device settings.</source>
        <translation>Kaiuttimet tai kuulokkeet liitettiin: %1. Voit valita ne laiteasetuksista.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="111"/>
        <source>The camera chosen for this computer is not connected. Using: %1.</source>
        <translation>Tälle tietokoneelle valittu kamera ei ole liitettynä. Käytössä: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="113"/>
        <source>The microphone chosen for this computer is not connected. Using: %1.</source>
        <translation>Tälle tietokoneelle valittu mikrofoni ei ole liitettynä. Käytössä: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="115"/>
        <source>The speakers chosen for this computer are not connected. Using: %1.</source>
        <translation>Tälle tietokoneelle valitut kaiuttimet eivät ole liitettyinä. Käytössä: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="119"/>
        <source>Your camera was disconnected.</source>
        <translation>Kamerasi irrotettiin.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="120"/>
        <source>Your microphone was disconnected.</source>
        <translation>Mikrofonisi irrotettiin.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="121"/>
        <source>Your speakers were disconnected.</source>
        <translation>Kaiuttimesi irrotettiin.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="63"/>
        <source>Saved: %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="75"/>
        <source>How did we do?</source>
        <translation>Miten onnistuimme?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="76"/>
        <source>Choose from 1 to 5 stars. 5 is the best.</source>
        <translation>Valitse 1–5 tähteä. 5 on paras.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="77"/>
        <source>1 = poor, 5 = excellent</source>
        <translation>1 = huono, 5 = erinomainen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="78"/>
        <source>Would you like to tell us more? (optional)</source>
        <translation>Haluatko kertoa lisää? (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="79"/>
        <source>Write here if you want</source>
        <translation>Kirjoita tähän, jos haluat</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="80"/>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_client/qt/pages/feedback.py" line="82"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n tähti</numerusform>
            <numerusform>%n tähteä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="83"/>
        <source>Save the conversation as PDF…</source>
        <translation>Tallenna keskustelu PDF-tiedostona…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="84"/>
        <source>A copy of the messages for yourself, in the language you chose</source>
        <translation>Kopio viesteistä itsellesi valitsemallasi kielellä</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="85"/>
        <source>Send feedback</source>
        <translation>Lähetä palaute</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="86"/>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="113"/>
        <source>Chat with the application assistant</source>
        <translation>Chat hakemusavustajan kanssa</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="118"/>
        <source>Video appointment: %1</source>
        <translation>Videoasiointi: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="120"/>
        <source>Service language: %1</source>
        <translation>Asiointikieli: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="122"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="136"/>
        <source>Start the chat</source>
        <translation>Aloita keskustelu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="137"/>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="139"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="144"/>
        <source>Checking whether the service is open…</source>
        <translation>Tarkistetaan, onko palvelu auki…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="153"/>
        <source>The service is open now.</source>
        <translation>Palvelu on nyt auki.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="149"/>
        <source>You can chat with the application assistant now.</source>
        <translation>Voit keskustella hakemusavustajan kanssa nyt.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="155"/>
        <source>The service is open. All service experts are busy, but you can join the queue.</source>
        <translation>Palvelu on auki. Kaikki palveluasiantuntijat ovat varattuja, mutta voit jonottaa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="132"/>
        <source>Other ways to get service</source>
        <translation>Muita tapoja asioida</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="189"/>
        <source>It opens again on %1.</source>
        <translation>Palvelu aukeaa taas %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="114"/>
        <source>Chat language: %1</source>
        <translation>Chatin kieli: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="116"/>
        <source>When service experts chat</source>
        <translation>Milloin palveluasiantuntijat ovat chatissa</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="146"/>
        <source>We cannot reach the service right now, so we cannot tell whether it is open. We keep trying.</source>
        <translation>Emme juuri nyt saa yhteyttä palveluun, joten emme voi kertoa, onko se auki. Yritämme uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="127"/>
        <source>Closed on public holidays.</source>
        <translation>Suljettu arkipyhinä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="164"/>
        <source>A service expert can join the chat if you need one.</source>
        <translation>Palveluasiantuntija voi tulla chattiin, jos tarvitset häntä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="167"/>
        <source>Service experts chat only %1.</source>
        <translation>Palveluasiantuntijat palvelevat chatissa vain %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="169"/>
        <source>No service expert chats in this language.</source>
        <translation>Tällä kielellä ei ole palveluasiantuntijaa chatissa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="172"/>
        <source>Service experts are not on duty now. They are back on %1.</source>
        <translation>Palveluasiantuntijat eivät ole nyt paikalla. He palaavat %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="179"/>
        <source>Today is a public holiday.</source>
        <translation>Tänään on arkipyhä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="181"/>
        <source>Today the service closed early.</source>
        <translation>Tänään palvelu sulkeutui aikaisemmin.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="191"/>
        <source>This service starts on %1.</source>
        <translation>Tämä palvelu alkaa %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="194"/>
        <source>This service ended on %1.</source>
        <translation>Tämä palvelu päättyi %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="196"/>
        <source>This service is no longer available.</source>
        <translation>Tämä palvelu ei ole enää käytettävissä.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../customer_client/qt/main_window.py" line="530"/>
        <source>Are you still there? This screen goes back to the start in %n second(s), and your information is cleared.</source>
        <translation>
            <numerusform>Oletko vielä siellä? Näkymä palaa alkuun %n sekunnin kuluttua, ja tietosi poistetaan.</numerusform>
            <numerusform>Oletko vielä siellä? Näkymä palaa alkuun %n sekunnin kuluttua, ja tietosi poistetaan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="532"/>
        <source>I am still here</source>
        <translation>Olen vielä tässä</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="559"/>
        <source>Kela remote service</source>
        <translation>Kelan etäpalvelu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="563"/>
        <source>Kela · Remote service</source>
        <translation>Kela · Etäpalvelu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="564"/>
        <source>Start over</source>
        <translation>Aloita alusta</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="285"/>
        <source>You are signed in</source>
        <translation>Olet kirjautunut sisään</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="286"/>
        <source>You can close this browser window and go back to the Kela remote service.</source>
        <translation>Voit sulkea tämän selainikkunan ja palata Kelan etäpalveluun.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="565"/>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
</context>
<context>
    <name>PrecheckPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="337"/>
        <source>Let&apos;s check your computer</source>
        <translation>Tarkistetaan tietokoneesi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="338"/>
        <source>This takes about ten seconds. Please allow the use of the camera and microphone, say a few words, and listen: we play a short sound.</source>
        <translation>Tämä kestää noin kymmenen sekuntia. Salli kameran ja mikrofonin käyttö, sano muutama sana ja kuuntele: soitamme lyhyen äänen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="344"/>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="347"/>
        <source>Everything is ready for the video call.</source>
        <translation>Kaikki on valmiina videopuhelua varten.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="348"/>
        <source>Please fix the items marked ✗ and check again.</source>
        <translation>Korjaa ✗-merkityt kohdat ja tarkista uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="350"/>
        <source>Please answer the question about the sound.</source>
        <translation>Vastaa äänestä esitettyyn kysymykseen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="353"/>
        <source>We played a short sound. Did you hear it?</source>
        <translation>Soitimme lyhyen äänen. Kuulitko sen?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="354"/>
        <source>Yes, I heard it</source>
        <translation>Kyllä, kuulin</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="355"/>
        <source>No</source>
        <translation>En</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="356"/>
        <source>Play again</source>
        <translation>Soita uudelleen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="360"/>
        <source>Check results</source>
        <translation>Tarkistuksen tulokset</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="361"/>
        <source>Check again</source>
        <translation>Tarkista uudelleen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="362"/>
        <source>Continue to the queue</source>
        <translation>Siirry jonoon</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="365"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="45"/>
        <source>Waiting for a service expert</source>
        <translation>Odotetaan palveluasiantuntijaa</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="46"/>
        <source>Your computer is ready. The call starts by itself when a service expert is free. Please keep this window open.</source>
        <translation>Tietokoneesi on valmis. Puhelu alkaa itsestään, kun palveluasiantuntija vapautuu. Pidä tämä ikkuna auki.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="48"/>
        <source>Tip: have your documents and your personal identity code at hand.</source>
        <translation>Vinkki: pidä asiakirjasi ja henkilötunnuksesi saatavilla.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="37"/>
        <source>Leave the queue?</source>
        <translation>Poistutaanko jonosta?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="37"/>
        <source>You lose your place in the queue.</source>
        <translation>Menetät paikkasi jonossa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="38"/>
        <source>Leave the queue</source>
        <translation>Poistu jonosta</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="38"/>
        <source>Stay in the queue</source>
        <translation>Pysy jonossa</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="66"/>
        <source>You are in the queue for a service expert</source>
        <translation>Olet jonossa palveluasiantuntijalle</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="68"/>
        <source>Finding your place in the queue…</source>
        <translation>Haetaan paikkaasi jonossa…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="74"/>
        <source>Leave the queue</source>
        <translation>Poistu jonosta</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="62"/>
        <source>How can we help you?</source>
        <translation>Miten voimme auttaa?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="63"/>
        <source>Chat about the social assistance application
The application assistant answers first. A service expert can join.</source>
        <translation>Chat toimeentulotukihakemuksesta
Hakemusavustaja vastaa ensin. Palveluasiantuntija voi tulla mukaan.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="68"/>
        <source>Chat about the social assistance application. The chat is in Finnish, Swedish or English. Choose the chat language:</source>
        <translation>Chat toimeentulotukihakemuksesta. Chat on suomeksi, ruotsiksi tai englanniksi. Valitse chatin kieli:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="73"/>
        <source>Video appointment
Talk with a service expert face to face on your computer.</source>
        <translation>Videoasiointi
Keskustele palveluasiantuntijan kanssa kasvokkain tietokoneellasi.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="75"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="169"/>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="187"/>
        <source>Sign in</source>
        <translation>Kirjaudu sisään</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="170"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="171"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="172"/>
        <source>QR code for signing in with your phone</source>
        <translation>QR-koodi puhelimella kirjautumiseen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="175"/>
        <source>Sign in with your own phone: nothing you type is shown on this screen, and everything is cleared when you finish.</source>
        <translation>Kirjaudu omalla puhelimellasi: mitään kirjoittamaasi ei näytetä tällä näytöllä, ja kaikki tiedot poistetaan, kun lopetat.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="177"/>
        <source>Show the sign-in code</source>
        <translation>Näytä kirjautumiskoodi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="179"/>
        <source>Scan the QR code with your phone&apos;s camera, or go to the address below and type this code:</source>
        <translation>Lue QR-koodi puhelimesi kameralla tai mene alla olevaan osoitteeseen ja kirjoita tämä koodi:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="185"/>
        <source>Sign in with online banking codes, a mobile certificate or an ID card. The sign-in opens in your web browser.</source>
        <translation>Kirjaudu verkkopankkitunnuksilla, mobiilivarmenteella tai henkilökortilla. Kirjautuminen avautuu verkkoselaimeesi.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="189"/>
        <source>Continue in your web browser. When you have signed in, come back to this window.</source>
        <translation>Jatka verkkoselaimessasi. Kun olet kirjautunut, palaa tähän ikkunaan.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="33"/>
        <source>Basic social assistance application</source>
        <translation>Perustoimeentulotuen hakemus</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="34"/>
        <source>Unemployment</source>
        <translation>Työttömyys</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="35"/>
        <source>General housing allowance</source>
        <translation>Yleinen asumistuki</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="36"/>
        <source>Families with children</source>
        <translation>Lapsiperheet</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="37"/>
        <source>Students</source>
        <translation>Opiskelijat</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="38"/>
        <source>Sickness</source>
        <translation>Sairastaminen</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="39"/>
        <source>Rehabilitation and disability</source>
        <translation>Kuntoutus ja vammaisuus</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="40"/>
        <source>Pensions</source>
        <translation>Eläkkeet</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="48"/>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
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
        <translation>Palvelu on saatavilla %1–%2.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="66"/>
        <source>Available until %1.</source>
        <translation>Palvelu on saatavilla %1 asti.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="68"/>
        <source>Available from %1.</source>
        <translation>Palvelu on saatavilla %1 alkaen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="78"/>
        <source>%1 at %2</source>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="93"/>
        <source>You are now in the queue for a service expert.</source>
        <translation>Olet nyt jonossa palveluasiantuntijalle.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="95"/>
        <source>%1 from the service has joined the chat.</source>
        <translation>%1 asiakaspalvelusta tuli mukaan keskusteluun.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="97"/>
        <source>You are being passed to another service expert. Please wait.</source>
        <translation>Sinut siirretään toiselle palveluasiantuntijalle. Odota hetki.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="99"/>
        <source>The service expert lost the connection. You are back at the front of the queue.</source>
        <translation>Palveluasiantuntijan yhteys katkesi. Olet taas jonon kärjessä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="102"/>
        <source>The conversation has ended.</source>
        <translation>Keskustelu on päättynyt.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="104"/>
        <source>You saved a copy of this conversation.</source>
        <translation>Tallensit kopion tästä keskustelusta.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="110"/>
        <source>We cannot reach the service right now. Check that your internet works. We keep trying again automatically.</source>
        <translation>Emme saa juuri nyt yhteyttä palveluun. Tarkista, että internet toimii. Yritämme uudelleen automaattisesti.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="113"/>
        <source>Your sign-in has expired. Please close this window and sign in again.</source>
        <translation>Kirjautumisesi on vanhentunut. Sulje tämä ikkuna ja kirjaudu uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="117"/>
        <source>The service is closed right now.</source>
        <translation>Palvelu on nyt suljettu.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="119"/>
        <source>The queue is full right now. Please try again in a little while.</source>
        <translation>Jono on nyt täynnä. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="120"/>
        <source>No service expert is available right now.</source>
        <translation>Palveluasiantuntijaa ei ole juuri nyt tavoitettavissa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="122"/>
        <source>This service is not available in the language you chose.</source>
        <translation>Tätä palvelua ei ole valitsemallasi kielellä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="127"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Jokin meni vikaan. Yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="135"/>
        <source>The sign-in service cannot be reached right now. Check that your internet works and try again.</source>
        <translation>Tunnistuspalveluun ei juuri nyt saada yhteyttä. Tarkista, että internet toimii, ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="137"/>
        <source>The sign-in was cancelled. You can try again.</source>
        <translation>Kirjautuminen peruttiin. Voit yrittää uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="138"/>
        <source>The sign-in took too long and was stopped. You can try again.</source>
        <translation>Kirjautuminen kesti liian kauan ja keskeytettiin. Voit yrittää uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="140"/>
        <source>Sign-in has not been set up on this computer. Please contact the service.</source>
        <translation>Kirjautumista ei ole otettu käyttöön tällä tietokoneella. Ota yhteyttä palveluun.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="141"/>
        <source>The sign-in did not succeed. Please try again.</source>
        <translation>Kirjautuminen ei onnistunut. Yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="148"/>
        <source>Phone service</source>
        <translation>Puhelinpalvelu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="151"/>
        <source>Visit a service office</source>
        <translation>Asioi palvelupisteessä</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="158"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="163"/>
        <source>Estimated wait: less than a minute</source>
        <translation>Arvioitu odotusaika: alle minuutti</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="167"/>
        <source>We cannot estimate the wait right now.</source>
        <translation>Odotusaikaa ei voi juuri nyt arvioida.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="171"/>
        <source>You are next in the queue.</source>
        <translation>Olet seuraavana vuorossa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="172"/>
        <source>Your place in the queue: %1</source>
        <translation>Paikkasi jonossa: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="176"/>
        <source>Computer and operating system</source>
        <translation>Tietokone ja käyttöjärjestelmä</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="177"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="178"/>
        <source>Microphone</source>
        <translation>Mikrofoni</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="179"/>
        <source>Speakers or headset</source>
        <translation>Kaiuttimet tai kuulokkeet</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="180"/>
        <source>Internet speed</source>
        <translation>Internetin nopeus</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="181"/>
        <source>Connection delay</source>
        <translation>Yhteyden viive</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="182"/>
        <source>Connection steadiness</source>
        <translation>Yhteyden tasaisuus</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="183"/>
        <source>Lost data</source>
        <translation>Kadonnut data</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="184"/>
        <source>Video connection to the service</source>
        <translation>Videoyhteys palveluun</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="190"/>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="191"/>
        <source>OK</source>
        <translation>Kunnossa</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="191"/>
        <source>Works, but see the tip</source>
        <translation>Toimii, katso vinkki</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="192"/>
        <source>Needs fixing</source>
        <translation>Vaatii korjausta</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="197"/>
        <source>Waiting for your answer</source>
        <translation>Odottaa vastaustasi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="198"/>
        <source>Not checked</source>
        <translation>Ei tarkistettu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="211"/>
        <source>Your internet connection is only just fast enough for video. Stop downloads and videos on other devices during the call.</source>
        <translation>Internetyhteytesi on juuri ja juuri riittävän nopea videolle. Pysäytä lataukset ja videot muilla laitteilla puhelun ajaksi.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="214"/>
        <source>Your computer&apos;s operating system is too old for video calls (Windows 10, macOS 12 or a recent Linux is needed). Please use the phone service or visit an office.</source>
        <translation>Tietokoneesi käyttöjärjestelmä on liian vanha videopuheluihin (tarvitaan Windows 10, macOS 12 tai tuore Linux). Käytä puhelinpalvelua tai asioi palvelupisteessä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="222"/>
        <source>We did not find a camera. Connect a camera, or close other programs that use it, and check again.</source>
        <translation>Kameraa ei löytynyt. Liitä kamera tai sulje muut sitä käyttävät ohjelmat ja tarkista uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="225"/>
        <source>The camera picture is dark. Remove any cover from the lens and turn on a light.</source>
        <translation>Kameran kuva on pimeä. Poista linssin edestä mahdollinen suojus ja sytytä valo.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="228"/>
        <source>The camera picture does not move. Close other programs that use the camera, or unplug the camera and plug it in again.</source>
        <translation>Kameran kuva ei liiku. Sulje muut kameraa käyttävät ohjelmat tai irrota kamera ja kytke se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="231"/>
        <source>The picture is a little jerky. Add light to the room and close other programs.</source>
        <translation>Kuva nykii hieman. Lisää huoneeseen valoa ja sulje muut ohjelmat.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="234"/>
        <source>We hear nothing from your microphone. Check that it is connected and not muted, then say something and check again.</source>
        <translation>Mikrofonistasi ei kuulu mitään. Tarkista, että se on kytketty eikä mykistetty, sano jotain ja tarkista uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="237"/>
        <source>Your voice is too loud for the microphone. Move a little further away.</source>
        <translation>Äänesi on liian kova mikrofonille. Siirry hieman kauemmas.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="241"/>
        <source>Please use a headset if you have one, so the other person does not hear an echo.</source>
        <translation>Käytä kuulokkeita, jos sinulla on, jotta toinen osapuoli ei kuule kaikua.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="285"/>
        <source>PDF document, 1 page</source>
        <translation>PDF-asiakirja, 1 sivu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="286"/>
        <source>PDF document, %1 pages</source>
        <translation>PDF-asiakirja, %1 sivua</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="288"/>
        <source>Picture</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="296"/>
        <source>Double-click or press Enter to save the file</source>
        <translation>Tallenna tiedosto kaksoisnapsauttamalla tai Enter-näppäimellä</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="302"/>
        <source>Sending the file…</source>
        <translation>Tiedostoa lähetetään…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="304"/>
        <source>The file is too large. You can send files of up to %1.</source>
        <translation>Tiedosto on liian suuri. Voit lähettää enintään %1 kokoisia tiedostoja.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="306"/>
        <source>This kind of file cannot be sent. Send a PDF document or a picture (JPEG, PNG).</source>
        <translation>Tällaista tiedostoa ei voi lähettää. Lähetä PDF-asiakirja tai kuva (JPEG, PNG).</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="308"/>
        <source>The file was refused because the virus check found something harmful in it.</source>
        <translation>Tiedostoa ei otettu vastaan, koska virustarkistus löysi siitä jotain haitallista.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="310"/>
        <source>Files cannot be checked for viruses right now, so they cannot be sent. Please try again later.</source>
        <translation>Tiedostoja ei voi juuri nyt tarkistaa virusten varalta, joten niitä ei voi lähettää. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="312"/>
        <source>The chat has ended, so files can no longer be sent.</source>
        <translation>Keskustelu on päättynyt, joten tiedostoja ei voi enää lähettää.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="313"/>
        <source>The file could not be read on this computer.</source>
        <translation>Tiedostoa ei voitu lukea tällä tietokoneella.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="314"/>
        <source>The file was saved.</source>
        <translation>Tiedosto tallennettiin.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="315"/>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation>Tiedostoa ei voitu tallentaa sinne. Valitse toinen kansio.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="316"/>
        <source>This file cannot be opened.</source>
        <translation>Tätä tiedostoa ei voi avata.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="317"/>
        <source>This file is no longer kept.</source>
        <translation>Tätä tiedostoa ei enää säilytetä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="319"/>
        <source>The file could not be sent. Please try again.</source>
        <translation>Tiedostoa ei voitu lähettää. Yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="207"/>
        <source>Your internet connection is too slow for video (at least 1.2 Mbit/s is needed). Move closer to your wireless router, or stop downloads and videos on other devices.</source>
        <translation>Internetyhteytesi on liian hidas videolle (vähintään 1,2 Mbit/s tarvitaan). Siirry lähemmäs langatonta reititintä tai keskeytä lataukset ja videot muilla laitteilla.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="247"/>
        <location filename="../../customer_client/qt/texts.py" line="250"/>
        <source>Video calls do not work on this operating system. Please use another computer, the phone service or a service office.</source>
        <translation>Videopuhelut eivät toimi tässä käyttöjärjestelmässä. Käytä toista tietokonetta, puhelinpalvelua tai palvelupistettä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="255"/>
        <source>We could not measure this. Check your internet connection and check again.</source>
        <translation>Tätä ei voitu mitata. Tarkista internetyhteytesi ja tarkista uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="257"/>
        <source>Your connection is slow to answer. Move closer to your wireless router.</source>
        <translation>Yhteytesi vastaa hitaasti. Siirry lähemmäs langatonta reititintä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="259"/>
        <source>Your connection is unsteady. Stop downloads and videos on other devices.</source>
        <translation>Yhteytesi on epätasainen. Keskeytä lataukset ja videot muilla laitteilla.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="261"/>
        <source>Some data gets lost on the way. Move closer to your wireless router or use a cable.</source>
        <translation>Osa datasta katoaa matkalla. Siirry lähemmäs langatonta reititintä tai käytä kaapelia.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="264"/>
        <source>We could not open a video connection. Check your internet connection. On a work computer, a firewall may block video calls.</source>
        <translation>Videoyhteyttä ei saatu avattua. Tarkista internetyhteytesi. Työkoneella palomuuri voi estää videopuhelut.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="239"/>
        <source>Turn up the volume or connect a headset, then play the sound again.</source>
        <translation>Lisää äänenvoimakkuutta tai liitä kuulokkeet ja soita ääni uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="243"/>
        <source>Please tell us whether you heard the sound.</source>
        <translation>Kerro, kuulitko äänen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="124"/>
        <source>This service needs strong identification: online banking codes, a mobile certificate or an ID card. Sign out and sign in again with one of them, or choose the chat with the assistant or the phone service.</source>
        <translation>Tämä palvelu vaatii vahvan tunnistautumisen: verkkopankkitunnukset, mobiilivarmenteen tai henkilökortin. Kirjaudu ulos ja kirjaudu uudelleen jollakin niistä, tai valitse chat avustajan kanssa tai puhelinpalvelu.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="185"/>
        <source>Video route through firewalls</source>
        <translation>Videoyhteyden reitti palomuurien läpi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="267"/>
        <source>Your network lets video through only on a slower route. The call will work, but if the picture stutters, try another network, or ask your IT support to allow UDP port 3478 to the service.</source>
        <translation>Verkkosi päästää videon läpi vain hitaampaa reittiä. Puhelu toimii, mutta jos kuva nykii, kokeile toista verkkoa tai pyydä IT-tukea sallimaan UDP-portti 3478 palveluun.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="271"/>
        <source>The service&apos;s video route did not accept our test. The call may still work; if it does not, please try again later.</source>
        <translation>Palvelun videoreitti ei hyväksynyt testiämme. Puhelu voi silti toimia; jos ei, yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="274"/>
        <source>Your network blocks the service&apos;s video route. Ask your IT support to allow connections to the service&apos;s relay server (UDP and TCP port 3478, TCP port 443), or use another network, for example your phone&apos;s hotspot.</source>
        <translation>Verkkosi estää palvelun videoreitin. Pyydä IT-tukea sallimaan yhteydet palvelun välityspalvelimeen (UDP- ja TCP-portti 3478, TCP-portti 443) tai käytä toista verkkoa, esimerkiksi puhelimesi yhteyspistettä.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="115"/>
        <source>This version of the program is too old for the service. Please update the program, then open it again.</source>
        <translation>Tämä ohjelman versio on liian vanha palvelulle. Päivitä ohjelma ja avaa se sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="53"/>
        <source>around the clock</source>
        <translation>ympäri vuorokauden</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="83"/>
        <source>in Finnish</source>
        <translation>suomeksi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="83"/>
        <source>in Swedish</source>
        <translation>ruotsiksi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="84"/>
        <source>in English</source>
        <translation>englanniksi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="84"/>
        <source>in Russian</source>
        <translation>venäjäksi</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="85"/>
        <source>in Sorani Kurdish</source>
        <translation>kurdiksi (sorani)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="147"/>
        <source>Phone service %1</source>
        <translation>Puhelinpalvelu %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="150"/>
        <source>Visit a service office: service %1</source>
        <translation>Asioi palvelupisteessä: palvelu %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="153"/>
        <source>Information on the Infopankki.fi website %1</source>
        <translation>Tietoa Infopankki.fi-sivustolla %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_client/qt/texts.py" line="166"/>
        <source>Estimated wait: about %Ln minute(s)</source>
        <translation>
            <numerusform>Arvioitu odotusaika: noin %Ln minuutti</numerusform>
            <numerusform>Arvioitu odotusaika: noin %Ln minuuttia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="27"/>
        <source>Thank you!</source>
        <translation>Kiitos!</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="28"/>
        <source>Your visit has ended. You can close this window, or start again.</source>
        <translation>Asiointisi on päättynyt. Voit sulkea tämän ikkunan tai aloittaa alusta.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="30"/>
        <source>Back to the start</source>
        <translation>Takaisin alkuun</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="68"/>
        <source>What is your matter about?</source>
        <translation>Mitä asiasi koskee?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="71"/>
        <source>Choose the topic that fits best. The service expert can help with other matters too.</source>
        <translation>Valitse parhaiten sopiva aihe. Palveluasiantuntija voi auttaa myös muissa asioissa.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="78"/>
        <source>Finding the services that are available…</source>
        <translation>Haetaan tarjolla olevia palveluja…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="84"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="74"/>
        <source>There are no video appointments in your language yet. Service experts take video appointments %1.</source>
        <translation>Videoasiointia ei vielä ole tarjolla sinun kielelläsi. Palveluasiantuntijat palvelevat videolla %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="80"/>
        <source>There are no video appointments right now.</source>
        <translation>Videoasiointia ei ole juuri nyt tarjolla.</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="83"/>
        <source>conversation</source>
        <translation>keskustelu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="85"/>
        <source>Save the conversation</source>
        <translation>Tallenna keskustelu</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="86"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="96"/>
        <source>Service expert: %1</source>
        <translation>Palveluasiantuntija: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="107"/>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="108"/>
        <source>Application assistant</source>
        <translation>Hakemusavustaja</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="109"/>
        <source>Service expert</source>
        <translation>Palveluasiantuntija</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="110"/>
        <source>Your conversation with the customer service</source>
        <translation>Keskustelusi asiakaspalvelun kanssa</translation>
    </message>
</context>
</TS>

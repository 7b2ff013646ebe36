<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
        <translation>Asetuksissa ei ole ongelmia.</translation>
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
    <name>Alerts</name>
    <message>
        <location filename="../../agent_desktop/qt/alerts.py" line="38"/>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/alerts.py" line="39"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/alerts.py" line="43"/>
        <source>Service expert workstation</source>
        <translation>Asiantuntijan työpöytä</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../agent_desktop/qt/attachment_view.py" line="99"/>
        <source>Save a copy…</source>
        <extracomment>The largest thumbnail in a bubble (logical pixels); the hub&apos;s previews are larger.</extracomment>
        <translation>Tallenna kopio…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/attachment_view.py" line="129"/>
        <source>Save a copy</source>
        <translation>Tallenna kopio</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../agent_desktop/qt/bubble_delegate.py" line="230"/>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/bubble_delegate.py" line="232"/>
        <source>Sent ✓</source>
        <translation>Lähetetty ✓</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/bubble_delegate.py" line="157"/>
        <source>Conversation with the assistant (%Ln message(s)) — click or press Space to show or hide</source>
        <extracomment>Bubble pixmaps kept: a screenful or two (the list pages older rows out anyway).</extracomment>
        <translation>
            <numerusform>Keskustelu avustajan kanssa (%Ln viesti) — napsauta tai paina välilyöntiä näyttääksesi tai piilottaaksesi</numerusform>
            <numerusform>Keskustelu avustajan kanssa (%Ln viestiä) — napsauta tai paina välilyöntiä näyttääksesi tai piilottaaksesi</numerusform>
        </translation>
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
    <name>CannedPanel</name>
    <message>
        <location filename="../../agent_desktop/qt/canned_panel.py" line="80"/>
        <source>Search replies (Ctrl+K)</source>
        <translation>Hae vastauspohjia (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/canned_panel.py" line="81"/>
        <source>Search canned replies</source>
        <translation>Hae vastauspohjia</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/canned_panel.py" line="82"/>
        <source>Canned replies</source>
        <translation>Vastauspohjat</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../agent_desktop/qt/banner.py" line="45"/>
        <source>Connection to the service was lost. Reconnecting… Your conversations are kept and continue where they left off.</source>
        <translation>Yhteys palveluun katkesi. Yhdistetään uudelleen… Keskustelusi säilyvät ja jatkuvat siitä, mihin ne jäivät.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/banner.py" line="48"/>
        <source>Connected again.</source>
        <translation>Yhteys palautui.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/banner.py" line="50"/>
        <source>Disconnected from the service.</source>
        <translation>Yhteys palveluun on katkaistu.</translation>
    </message>
</context>
<context>
    <name>ConversationTabs</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/conversation_tabs.py" line="75"/>
        <source>%1, %Ln unread message(s)</source>
        <translation>
            <numerusform>%1, %Ln lukematon viesti</numerusform>
            <numerusform>%1, %Ln lukematonta viestiä</numerusform>
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
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="226"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="243"/>
        <source>Earlier conversations</source>
        <translation>Aiemmat asioinnit</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="245"/>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="246"/>
        <source>Copy the transcript as plain text (Ctrl+Shift+C)</source>
        <translation>Kopioi keskustelu tekstinä (Ctrl+Vaihto+C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="247"/>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="248"/>
        <source>Transfer…</source>
        <translation>Siirrä…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="249"/>
        <source>Transfer to a queue or a colleague (Ctrl+Shift+T)</source>
        <translation>Siirrä jonoon tai kollegalle (Ctrl+Vaihto+T)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="250"/>
        <source>End…</source>
        <translation>Lopeta…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="251"/>
        <source>End with a wrap-up code (Ctrl+Shift+E)</source>
        <translation>Lopeta ja kirjaa lopputulos (Ctrl+Vaihto+E)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="252"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="253"/>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="254"/>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Lähetä (Enter). Vaihto+Enter aloittaa uuden rivin.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="255"/>
        <source>Attach…</source>
        <translation>Liitä…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="256"/>
        <source>Send the customer a PDF document or a picture</source>
        <translation>Lähetä asiakkaalle PDF-asiakirja tai kuva</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="257"/>
        <source>Write to the customer… (/ for a canned reply shortcut)</source>
        <translation>Kirjoita asiakkaalle… (/ ja pikakoodi lisää vastauspohjan)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="258"/>
        <source>Message to the customer</source>
        <translation>Viesti asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="259"/>
        <source>Transcript</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="260"/>
        <source>This conversation has ended. You can still copy or export the transcript.</source>
        <translation>Keskustelu on päättynyt. Voit yhä kopioida tai viedä keskustelun.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="264"/>
        <source>Replies</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="276"/>
        <source>%1 is viewing this conversation (supervisor).</source>
        <translation>%1 seuraa tätä keskustelua (esihenkilö).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="279"/>
        <source>Whisper from %1 (only you see this): %2</source>
        <translation>Kuiskaus, %1 (vain sinä näet tämän): %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="287"/>
        <source>Customer: %1 (identified by the online service)</source>
        <translation>Asiakas: %1 (tunnistettu asiointipalvelussa)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="298"/>
        <source>The assistant talked about: %1</source>
        <translation>Avustaja keskusteli aiheista: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="301"/>
        <source>Pre-session check: %1</source>
        <translation>Ennakkotarkistus: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="289"/>
        <source>Handoff: %1</source>
        <translation>Siirto asiantuntijalle: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="292"/>
        <source>Application step: %1</source>
        <translation>Hakemuksen vaihe: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="294"/>
        <source>Life events: %1</source>
        <translation>Elämäntilanteen muutokset: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="303"/>
        <source>Transferred by %1: %2</source>
        <translation>Siirtäjä %1: %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="305"/>
        <source>No details from the assistant.</source>
        <translation>Avustajalta ei tullut lisätietoja.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="335"/>
        <source>Send a file</source>
        <translation>Lähetä tiedosto</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="336"/>
        <source>PDF documents and pictures (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>PDF-asiakirjat ja kuvat (*.pdf *.jpg *.jpeg *.png *.webp);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="343"/>
        <source>Sending %1…</source>
        <translation>Lähetetään %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="388"/>
        <source>%1 is typing…</source>
        <translation>%1 kirjoittaa…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="397"/>
        <source>Conversation with %1</source>
        <translation>Keskustelu: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="409"/>
        <source>Export transcript</source>
        <translation>Vie keskustelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_view.py" line="411"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstitiedostot (*.txt)</translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="49"/>
        <source>Works.</source>
        <translation>Toimii.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="50"/>
        <source>No camera found, or another program is using it. Connect the camera or close the other program.</source>
        <translation>Kameraa ei löydy, tai toinen ohjelma käyttää sitä. Liitä kamera tai sulje toinen ohjelma.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="51"/>
        <source>The picture is dark. Open the lens cover and add light.</source>
        <translation>Kuva on pimeä. Avaa linssin suojus ja lisää valoa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="52"/>
        <source>The picture does not move. Close other programs that use the camera, or reconnect it.</source>
        <translation>Kuva ei liiku. Sulje muut kameraa käyttävät ohjelmat tai liitä kamera uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="53"/>
        <source>Works, but the picture is jerky. Add light or close other programs.</source>
        <translation>Toimii, mutta kuva nykii. Lisää valoa tai sulje muita ohjelmia.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="54"/>
        <source>No sound from the microphone. Check that it is connected and not muted.</source>
        <translation>Mikrofonista ei kuulu ääntä. Tarkista, että se on liitetty eikä mykistetty.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="55"/>
        <source>Works, but the sound distorts. Lower the input volume.</source>
        <translation>Toimii, mutta ääni säröytyy. Pienennä tulon äänenvoimakkuutta.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="56"/>
        <source>You did not hear the sound. Turn up the volume, or choose other speakers or a headset above, and check again.</source>
        <translation>Et kuullut ääntä. Lisää äänenvoimakkuutta tai valitse yllä muut kaiuttimet tai kuulokkeet, ja tarkista uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="57"/>
        <source>The customer would hear an echo of themselves: please use a headset.</source>
        <translation>Asiakas kuulisi oman äänensä kaikuna: käytä kuulokkeita.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="63"/>
        <source>Not usable.</source>
        <translation>Ei käytettävissä.</translation>
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
        <translation>Mikrofoni</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="213"/>
        <source>Microphone level</source>
        <translation>Mikrofonin taso</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="233"/>
        <source>Available for chat only</source>
        <translation>Tavoitettavissa vain chatissa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="234"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="214"/>
        <location filename="../../agent_desktop/qt/device_check.py" line="243"/>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="206"/>
        <source>Check camera, microphone and speakers</source>
        <translation>Tarkista kamera, mikrofoni ja kaiuttimet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="207"/>
        <source>Video customers see and hear you, and you hear them. This check opens your camera, microphone and speakers for a few seconds and plays a short sound.</source>
        <translation>Videoasiakkaat näkevät ja kuulevat sinut, ja sinä kuulet heidät. Tämä tarkistus avaa kamerasi, mikrofonisi ja kaiuttimesi muutamaksi sekunniksi ja soittaa lyhyen äänen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="212"/>
        <source>Speakers</source>
        <translation>Kaiuttimet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="213"/>
        <source>Your picture</source>
        <translation>Kuvasi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="215"/>
        <source>Camera closed</source>
        <translation>Kamera suljettu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="226"/>
        <source>We played a short sound. Did you hear it?</source>
        <translation>Soitimme lyhyen äänen. Kuulitko sen?</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="227"/>
        <source>Yes, I heard it</source>
        <translation>Kyllä, kuulin sen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="228"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="229"/>
        <source>Play again</source>
        <translation>Toista uudelleen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="232"/>
        <source>Check again</source>
        <translation>Tarkista uudelleen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="235"/>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="245"/>
        <source>Ready for video customers, but please use a headset.</source>
        <translation>Valmis videoasiakkaille, mutta käytä kuulokkeita.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="247"/>
        <source>Ready for video customers.</source>
        <translation>Valmis videoasiakkaille.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="249"/>
        <source>Please answer the question about the sound.</source>
        <translation>Vastaa kysymykseen äänestä.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/device_check.py" line="250"/>
        <source>You can try again, or take chat customers only for now.</source>
        <translation>Voit yrittää uudelleen tai ottaa toistaiseksi vastaan vain chat-asiakkaita.</translation>
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
    <name>HistoryPanel</name>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="141"/>
        <source>Customer reference</source>
        <translation>Asiakastunnus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="135"/>
        <source>Words in the messages</source>
        <translation>Sanoja viesteistä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="136"/>
        <source>Words to search for in the messages</source>
        <translation>Viesteistä haettavat sanat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="137"/>
        <source>Search</source>
        <translation>Hae</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="138"/>
        <source>More criteria</source>
        <translation>Lisää ehtoja</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="139"/>
        <source>Open transcript</source>
        <translation>Avaa keskustelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="140"/>
        <source>Earlier conversations</source>
        <translation>Aiemmat asioinnit</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="141"/>
        <source>Customer&apos;s name</source>
        <translation>Asiakkaan nimi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="141"/>
        <source>Dates</source>
        <translation>Päivät</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="142"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="142"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="142"/>
        <source>Expert</source>
        <translation>Asiantuntija</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="149"/>
        <source>Part of the expert&apos;s name</source>
        <translation>Osa asiantuntijan nimestä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="150"/>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="150"/>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="151"/>
        <source>Any day</source>
        <translation>Mikä tahansa päivä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="153"/>
        <source>Any topic</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="154"/>
        <source>Any channel</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="188"/>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="191"/>
        <source>Write words to search for, or choose more criteria.</source>
        <translation>Kirjoita haettavat sanat tai valitse lisää ehtoja.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/history_panel.py" line="196"/>
        <source>%Ln conversation(s) found</source>
        <translation>
            <numerusform>%Ln keskustelu löytyi</numerusform>
            <numerusform>%Ln keskustelua löytyi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/history_panel.py" line="198"/>
        <source>(only the newest are shown: narrow the search)</source>
        <translation>(vain uusimmat näytetään: tarkenna hakua)</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../agent_desktop/qt/invite_dialog.py" line="26"/>
        <source>Add an interpreter to the call</source>
        <translation>Lisää tulkki puheluun</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/invite_dialog.py" line="27"/>
        <source>The colleague joins the video call and the chat, and sees the chat so far. They can leave at any time.</source>
        <translation>Kollega liittyy videopuheluun ja chattiin ja näkee tähänastisen chatin. Hän voi poistua milloin tahansa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/invite_dialog.py" line="32"/>
        <source>Signed-in colleagues</source>
        <translation>Kirjautuneet kollegat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/invite_dialog.py" line="40"/>
        <source>No colleague is signed in right now.</source>
        <translation>Yksikään kollega ei ole nyt kirjautuneena.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/invite_dialog.py" line="44"/>
        <source>Invite</source>
        <translation>Kutsu</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="17"/>
        <source>Basic social assistance</source>
        <translation>Perustoimeentulotuki</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="18"/>
        <source>Unemployment</source>
        <translation>Työttömyys</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="19"/>
        <source>General housing allowance</source>
        <translation>Yleinen asumistuki</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="20"/>
        <source>Families with children</source>
        <translation>Lapsiperheet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="21"/>
        <location filename="../../agent_desktop/qt/labels.py" line="95"/>
        <source>Students</source>
        <translation>Opiskelijat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="22"/>
        <source>Sickness</source>
        <translation>Sairastaminen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="23"/>
        <source>Rehabilitation and disability</source>
        <translation>Kuntoutus ja vammaisuus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="24"/>
        <source>Pensions</source>
        <translation>Eläkkeet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="27"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="28"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="29"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="30"/>
        <source>Russian</source>
        <translation>venäjä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="31"/>
        <source>Kurdish (Sorani)</source>
        <translation>kurdi (sorani)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="34"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="35"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="38"/>
        <source>Available</source>
        <translation>Vapaana</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="39"/>
        <source>Busy</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="40"/>
        <source>Away</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="41"/>
        <source>Wrap-up</source>
        <translation>Jälkikirjaus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="42"/>
        <source>Offline</source>
        <translation>Ei kirjautunut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="45"/>
        <source>Customer asked for a person</source>
        <translation>Asiakas pyysi ihmistä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="46"/>
        <location filename="../../agent_desktop/qt/labels.py" line="47"/>
        <source>The assistant suggested a person</source>
        <translation>Avustaja ehdotti asiantuntijaa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="48"/>
        <source>A change in the customer&apos;s life</source>
        <translation>Muutos asiakkaan elämäntilanteessa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="49"/>
        <source>The assistant could not answer</source>
        <translation>Avustaja ei osannut vastata</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="50"/>
        <source>Video appointment</source>
        <translation>Videoasiointi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="53"/>
        <source>Job loss</source>
        <translation>Työn menetys</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="54"/>
        <source>Separation</source>
        <translation>Ero</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="55"/>
        <source>Death of a close person</source>
        <translation>Läheisen kuolema</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="56"/>
        <source>Birth of a child</source>
        <translation>Lapsen syntymä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="57"/>
        <source>Moving</source>
        <translation>Muutto</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="58"/>
        <source>Falling ill</source>
        <translation>Sairastuminen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="61"/>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="62"/>
        <source>Guided with the application</source>
        <translation>Ohjattu hakemuksen teossa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="63"/>
        <source>Referred to a service point</source>
        <translation>Ohjattu palvelupisteeseen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="64"/>
        <source>Referred to phone service</source>
        <translation>Ohjattu puhelinpalveluun</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="65"/>
        <source>Call-back needed</source>
        <translation>Takaisinsoitto tarpeen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="66"/>
        <source>Customer left</source>
        <translation>Asiakas poistui</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="67"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="70"/>
        <source>Getting started (who can apply, how)</source>
        <translation>Aloitus (kuka voi hakea, miten)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="71"/>
        <source>Applicants and family</source>
        <translation>Hakijat ja perhe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="72"/>
        <location filename="../../agent_desktop/qt/labels.py" line="97"/>
        <source>Housing costs</source>
        <translation>Asumismenot</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="73"/>
        <source>Income</source>
        <translation>Tulot</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="74"/>
        <source>Savings and property</source>
        <translation>Säästöt ja omaisuus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="75"/>
        <location filename="../../agent_desktop/qt/labels.py" line="117"/>
        <source>Other expenses</source>
        <translation>Muut menot</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="76"/>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="77"/>
        <source>Sending and following the application</source>
        <translation>Hakemuksen lähettäminen ja seuranta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="78"/>
        <source>Decision and payment</source>
        <translation>Päätös ja maksu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="81"/>
        <source>What social assistance is</source>
        <translation>Mitä toimeentulotuki on</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="82"/>
        <source>Who can apply</source>
        <translation>Kuka voi hakea</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="83"/>
        <source>Applying online</source>
        <translation>Hakeminen verkossa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="84"/>
        <source>Applying on paper</source>
        <translation>Hakeminen paperilla</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="85"/>
        <source>Other benefits first</source>
        <translation>Muut etuudet ensin</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="86"/>
        <source>Period applied for</source>
        <translation>Haettava ajanjakso</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="87"/>
        <source>Supplementary assistance</source>
        <translation>Täydentävä toimeentulotuki</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="88"/>
        <source>How much they would get</source>
        <translation>Paljonko tukea saisi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="89"/>
        <source>What the basic amount covers</source>
        <translation>Mitä perusosa kattaa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="90"/>
        <source>Applying on someone&apos;s behalf</source>
        <translation>Hakeminen toisen puolesta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="91"/>
        <source>Family members in the application</source>
        <translation>Perheenjäsenet hakemuksessa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="92"/>
        <source>Adult child living with parents</source>
        <translation>Täysi-ikäinen lapsi vanhempien luona</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="93"/>
        <source>Spouse&apos;s details</source>
        <translation>Puolison tiedot</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="94"/>
        <source>Living with a flatmate</source>
        <translation>Kämppäkaverin kanssa asuminen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="96"/>
        <source>Registering as a jobseeker</source>
        <translation>Työnhakijaksi ilmoittautuminen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="98"/>
        <source>Rent higher than accepted</source>
        <translation>Vuokra hyväksyttyä suurempi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="99"/>
        <source>Rent deposit</source>
        <translation>Vuokravakuus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="100"/>
        <source>Electricity bill</source>
        <translation>Sähkölasku</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="101"/>
        <source>Housing allowance first</source>
        <translation>Asumistuki ensin</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="102"/>
        <source>Owner-occupied home</source>
        <translation>Omistusasunto</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="103"/>
        <source>Rent arrears</source>
        <translation>Vuokrarästit</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="104"/>
        <source>Moving costs</source>
        <translation>Muuttokulut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="105"/>
        <source>Which income to report</source>
        <translation>Mitkä tulot ilmoitetaan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="106"/>
        <source>Salary</source>
        <translation>Palkka</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="107"/>
        <source>Month an income counts for</source>
        <translation>Minkä kuukauden tuloksi tulo lasketaan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="108"/>
        <source>Next month&apos;s income unknown</source>
        <translation>Ensi kuun tulot eivät ole tiedossa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="109"/>
        <source>Money from relatives</source>
        <translation>Rahaa sukulaisilta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="110"/>
        <source>Child benefit and maintenance</source>
        <translation>Lapsilisä ja elatusapu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="111"/>
        <source>Savings</source>
        <translation>Säästöt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="112"/>
        <source>Owning a car</source>
        <translation>Auton omistaminen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="113"/>
        <source>Debt payments</source>
        <translation>Velkojen maksu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="114"/>
        <source>Medicine costs</source>
        <translation>Lääkekulut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="115"/>
        <source>Doctor&apos;s fees</source>
        <translation>Lääkärimaksut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="116"/>
        <source>Day care fees</source>
        <translation>Päivähoitomaksut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="118"/>
        <source>Bank statements</source>
        <translation>Tiliotteet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="119"/>
        <source>Attachments needed</source>
        <translation>Tarvittavat liitteet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="120"/>
        <source>Adding attachments online</source>
        <translation>Liitteiden lisääminen verkossa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="121"/>
        <source>Kela asked for more information</source>
        <translation>Kela pyysi lisätietoja</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="122"/>
        <source>Sending the application</source>
        <translation>Hakemuksen lähettäminen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="123"/>
        <source>Stage of the application</source>
        <translation>Hakemuksen käsittelyvaihe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="124"/>
        <source>Reporting changes after applying</source>
        <translation>Muutosten ilmoittaminen hakemisen jälkeen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="125"/>
        <source>Processing time</source>
        <translation>Käsittelyaika</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="126"/>
        <source>Urgent need (no money for food)</source>
        <translation>Kiireellinen tarve (ei rahaa ruokaan)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="127"/>
        <source>Payment dates</source>
        <translation>Maksupäivät</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="128"/>
        <source>Appealing a decision</source>
        <translation>Päätöksestä valittaminen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="129"/>
        <source>Paid too much</source>
        <translation>Liikaa maksettu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="130"/>
        <source>Seeing a social worker</source>
        <translation>Sosiaalityöntekijän tapaaminen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="133"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="134"/>
        <source>Microphone</source>
        <translation>Mikrofoni</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="135"/>
        <location filename="../../agent_desktop/qt/labels.py" line="136"/>
        <source>Speakers</source>
        <translation>Kaiuttimet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="137"/>
        <source>Operating system</source>
        <translation>Käyttöjärjestelmä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="138"/>
        <source>Video connection</source>
        <translation>Videoyhteys</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="139"/>
        <source>Upload speed</source>
        <translation>Lähetysnopeus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="140"/>
        <source>Download speed</source>
        <translation>Latausnopeus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="141"/>
        <source>Delay</source>
        <translation>Viive</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="142"/>
        <source>Jitter</source>
        <translation>Viiveen vaihtelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="143"/>
        <source>Packet loss</source>
        <translation>Pakettihäviö</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="146"/>
        <source>passed</source>
        <translation>kunnossa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="147"/>
        <source>weak</source>
        <translation>heikko</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="148"/>
        <source>failed</source>
        <translation>ei läpäissyt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="151"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="152"/>
        <source>Assistant</source>
        <translation>Avustaja</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="153"/>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="154"/>
        <source>Notice</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="230"/>
        <source>No check results</source>
        <translation>Ei tarkistuksen tuloksia</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="232"/>
        <source>Check results could not be read</source>
        <translation>Tarkistuksen tuloksia ei voitu lukea</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="233"/>
        <source>All checks passed</source>
        <translation>Kaikki tarkistukset kunnossa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="234"/>
        <source>Passed with warnings</source>
        <translation>Läpäisty huomautuksin</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="235"/>
        <source>Did not pass</source>
        <translation>Ei läpäissyt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="252"/>
        <source>Handed over to a service expert</source>
        <translation>Siirretty asiantuntijalle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="254"/>
        <source>%1 joined the conversation</source>
        <translation>%1 liittyi keskusteluun</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="257"/>
        <source>Transferred to another expert. Note: %1</source>
        <translation>Siirretty toiselle asiantuntijalle. Viesti: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="258"/>
        <source>Transferred to another expert</source>
        <translation>Siirretty toiselle asiantuntijalle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="260"/>
        <source>The customer is back in the queue</source>
        <translation>Asiakas palasi jonoon</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="262"/>
        <source>The conversation ended</source>
        <translation>Keskustelu päättyi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="264"/>
        <source>The customer saved a copy of the conversation (%1)</source>
        <translation>Asiakas tallensi kopion keskustelusta (%1)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="291"/>
        <source>The file is too large to send.</source>
        <translation>Tiedosto on liian suuri lähetettäväksi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="292"/>
        <source>Only PDF documents and pictures (JPEG, PNG, WebP) can be sent.</source>
        <translation>Vain PDF-asiakirjoja ja kuvia (JPEG, PNG, WebP) voi lähettää.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="293"/>
        <source>The virus check refused the file.</source>
        <translation>Virustarkistus hylkäsi tiedoston.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="294"/>
        <source>The virus check is not running, so no files can be sent now.</source>
        <translation>Virustarkistus ei ole käynnissä, joten tiedostoja ei voi nyt lähettää.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="295"/>
        <source>The conversation has ended.</source>
        <translation>Keskustelu on päättynyt.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="296"/>
        <source>You may not open this file.</source>
        <translation>Sinulla ei ole oikeutta avata tätä tiedostoa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="297"/>
        <source>The file is no longer kept (retention).</source>
        <translation>Tiedostoa ei enää säilytetä (säilytysaika).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="298"/>
        <source>Not connected to the service right now; try again in a moment.</source>
        <translation>Ei yhteyttä palveluun juuri nyt; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="299"/>
        <source>The file could not be read on this computer.</source>
        <translation>Tiedostoa ei voitu lukea tällä tietokoneella.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="307"/>
        <source>The file could not be sent (%1).</source>
        <translation>Tiedostoa ei voitu lähettää (%1).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="316"/>
        <source>PDF document, pages: %1</source>
        <translation>PDF-asiakirja, sivuja: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="318"/>
        <source>Picture, %1 × %2</source>
        <translation>Kuva, %1 × %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="41"/>
        <source>Measured (kbit/s)</source>
        <translation>Mitattu (kbit/s)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="42"/>
        <source>Required (kbit/s)</source>
        <translation>Vaaditaan (kbit/s)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="43"/>
        <source>Delay (ms)</source>
        <translation>Viive (ms)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="44"/>
        <source>Jitter (ms)</source>
        <translation>Viiveen vaihtelu (ms)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="45"/>
        <source>Packet loss (%)</source>
        <translation>Pakettihäviö (%)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="46"/>
        <source>What to do</source>
        <translation>Mitä tehdä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="47"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="167"/>
        <source>Service expert workstation</source>
        <translation>Asiantuntijan työpöytä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="70"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Keskustelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="72"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="74"/>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="75"/>
        <source>Export transcript…</source>
        <translation>Vie keskustelu…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="76"/>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="76"/>
        <location filename="../../agent_desktop/qt/main_window.py" line="539"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="77"/>
        <source>Accept offered customer</source>
        <translation>Ota tarjottu asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="78"/>
        <source>Decline offered customer</source>
        <translation>Hylkää tarjottu asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="79"/>
        <source>Next conversation</source>
        <translation>Seuraava keskustelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="80"/>
        <source>Previous conversation</source>
        <translation>Edellinen keskustelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="81"/>
        <source>Write a message</source>
        <translation>Kirjoita viesti</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="82"/>
        <source>Search canned replies</source>
        <translation>Hae vastauspohjia</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="83"/>
        <source>Show or hide the assistant part</source>
        <translation>Näytä tai piilota avustajan osuus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="84"/>
        <source>Copy transcript</source>
        <translation>Kopioi keskustelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="85"/>
        <source>Transfer…</source>
        <translation>Siirrä…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="86"/>
        <source>End conversation…</source>
        <translation>Lopeta keskustelu…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="87"/>
        <source>Customer history</source>
        <translation>Asiakkaan historia</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="88"/>
        <location filename="../../agent_desktop/qt/main_window.py" line="171"/>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="89"/>
        <source>About and diagnostics…</source>
        <translation>Tietoja ja vianetsintä…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_menus.py" line="90"/>
        <source>Check camera and microphone…</source>
        <translation>Tarkista kamera ja mikrofoni…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="172"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="287"/>
        <source>No conversations open.

Set your status to Available to receive customers. Offers appear on the left; accept with Ctrl+Shift+A.</source>
        <translation>Ei avoimia keskusteluja.

Vaihda tilaksi Vapaana, niin saat asiakkaita. Tarjoukset näkyvät vasemmalla; ota asiakas näppäimillä Ctrl+Vaihto+A.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="174"/>
        <source>Incoming customer</source>
        <translation>Saapuva asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="175"/>
        <source>Chat only</source>
        <translation>Vain chat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="176"/>
        <source>Your camera or microphone check did not pass, so you receive chat customers only. File &gt; Check camera and microphone… to try again.</source>
        <translation>Kameran tai mikrofonin tarkistus ei mennyt läpi, joten saat vain chat-asiakkaita. Yritä uudelleen: Tiedosto &gt; Tarkista kamera ja mikrofoni…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="216"/>
        <source>Signed in, but the live connection failed. Try again.</source>
        <translation>Kirjautuminen onnistui, mutta yhteys palveluun ei auennut. Yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="273"/>
        <source>Reconnecting…</source>
        <translation>Yhdistetään uudelleen…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="284"/>
        <source>No conversations open.

Offers appear on the left; accept with Ctrl+Shift+A.</source>
        <translation>Ei avoimia keskusteluja.

Tarjoukset näkyvät vasemmalla; ota asiakas näppäimillä Ctrl+Vaihto+A.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="339"/>
        <source>Incoming video call</source>
        <translation>Saapuva videopuhelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="339"/>
        <source>Incoming chat</source>
        <translation>Saapuva chat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="271"/>
        <source>That customer is no longer waiting for you.</source>
        <translation>Asiakas ei enää odota sinua.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="272"/>
        <source>That colleague is not signed in.</source>
        <translation>Kollega ei ole kirjautuneena.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="273"/>
        <source>There is no such queue.</source>
        <translation>Tällaista jonoa ei ole.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="274"/>
        <location filename="../../agent_desktop/qt/labels.py" line="275"/>
        <source>Not connected to the service right now; try again in a moment.</source>
        <translation>Yhteyttä palveluun ei juuri nyt ole; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="276"/>
        <source>Finish your open conversations first; then you can take video customers again.</source>
        <translation>Päätä ensin avoimet keskustelut; sen jälkeen voit taas ottaa videoasiakkaita.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/labels.py" line="286"/>
        <source>The service refused the request (%1).</source>
        <translation>Palvelu hylkäsi pyynnön (%1).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="423"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Kirjautumisesi on vanhentunut. Kirjaudu uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_tabs.py" line="62"/>
        <location filename="../../agent_desktop/qt/main_window.py" line="405"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_tabs.py" line="64"/>
        <source>History: %1</source>
        <translation>Historia: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/conversation_tabs.py" line="68"/>
        <source>%1 (ended)</source>
        <translation>%1 (päättynyt)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="420"/>
        <source>This version of the workstation is too old for the service. Ask IT to update it.</source>
        <translation>Tämä työpöydän versio on liian vanha palvelulle. Pyydä IT-tukea päivittämään se.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/main_window.py" line="340"/>
        <source>%1: %2, %3. Accept with Ctrl+Shift+A, decline with Ctrl+Shift+D.</source>
        <translation>%1: %2, %3. Ota vastaan: Ctrl+Shift+A, hylkää: Ctrl+Shift+D.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/main_window.py" line="540"/>
        <source>You have %Ln open conversation(s). Quit anyway? The customers go back to the queue.</source>
        <translation>
            <numerusform>Sinulla on %Ln avoin keskustelu. Lopetetaanko silti? Asiakas palaa jonoon.</numerusform>
            <numerusform>Sinulla on %Ln avointa keskustelua. Lopetetaanko silti? Asiakkaat palaavat jonoon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsEntry</name>
    <message>
        <location filename="../../agent_desktop/qt/metrics_entry.py" line="55"/>
        <source>Trial metrics…</source>
        <translation>Kokeilun tunnusluvut…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_entry.py" line="56"/>
        <source>Handoff, queue and feedback figures of the chat trial</source>
        <translation>Chat-kokeilun siirto-, jono- ja palauteluvut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_entry.py" line="58"/>
        <source>Trial metrics (supervisors only)</source>
        <translation>Kokeilun tunnusluvut (vain esihenkilöille)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_entry.py" line="60"/>
        <source>Sign in as a supervisor to see the trial metrics.</source>
        <translation>Kirjaudu esihenkilönä nähdäksesi kokeilun tunnusluvut.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_entry.py" line="61"/>
        <source>The trial metrics are for supervisors. Ask your team leader for access.</source>
        <translation>Kokeilun tunnusluvut ovat esihenkilöille. Pyydä käyttöoikeutta tiimisi vetäjältä.</translation>
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
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="58"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="58"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="58"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="93"/>
        <source>By</source>
        <translation>Ryhmittely</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="93"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="93"/>
        <source>Conversations</source>
        <translation>Keskustelut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="93"/>
        <source>Handoff rate</source>
        <translation>Siirtoaste</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="93"/>
        <source>Abandonment</source>
        <translation>Jonosta poistuneet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="94"/>
        <source>Wait, median</source>
        <translation>Jonotus, mediaani</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="94"/>
        <source>Wait, 90 %</source>
        <translation>Jonotus, 90 %</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="94"/>
        <source>Handling, median</source>
        <translation>Käsittely, mediaani</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="94"/>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_model.py" line="120"/>
        <source>%1 (%2 handed off)</source>
        <translation>%1 (%2 siirretty)</translation>
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
        <translation>Kokeilun tunnusluvut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="190"/>
        <source>Chat with handoff: trial metrics</source>
        <translation>Chat ja siirto asiantuntijalle: kokeilun tunnusluvut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="191"/>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="192"/>
        <source>&amp;To</source>
        <translation>&amp;Asti</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="193"/>
        <source>&amp;Channel</source>
        <translation>&amp;Kanava</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="194"/>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="321"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="196"/>
        <source>&amp;Show</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="197"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Vie CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="198"/>
        <source>Save the whole report (every grouping) as a CSV file</source>
        <translation>Tallenna koko raportti (kaikki ryhmittelyt) CSV-tiedostoksi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="199"/>
        <source>First day of the period</source>
        <translation>Jakson ensimmäinen päivä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="200"/>
        <source>Last day of the period</source>
        <translation>Jakson viimeinen päivä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="202"/>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="419"/>
        <source>Conversations</source>
        <translation>Keskustelut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="203"/>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="430"/>
        <source>Handoff rate</source>
        <translation>Siirtoaste</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="204"/>
        <source>Bot containment</source>
        <translation>Botin ratkaisuaste</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="205"/>
        <source>Abandonment</source>
        <translation>Jonosta poistuneet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="206"/>
        <source>Mean feedback</source>
        <translation>Palautteen keskiarvo</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="207"/>
        <source>Queue wait, median</source>
        <translation>Jonotus, mediaani</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="208"/>
        <source>Queue wait, 90 %</source>
        <translation>Jonotus, 90 %</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="209"/>
        <source>Handling time, median</source>
        <translation>Käsittely, mediaani</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="213"/>
        <source>By language, channel and topic</source>
        <translation>Kielen, kanavan ja aiheen mukaan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="247"/>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="277"/>
        <source>The period ends before it starts. Choose the days again.</source>
        <translation>Jakso päättyy ennen kuin se alkaa. Valitse päivät uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="251"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="262"/>
        <source>The service sent figures this program cannot read. Update the workstation or contact support.</source>
        <translation>Palvelu lähetti lukuja, joita tämä ohjelma ei osaa lukea. Päivitä työasema tai ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="274"/>
        <source>Only supervisors can see the trial metrics.</source>
        <translation>Vain esihenkilöt voivat nähdä kokeilun tunnusluvut.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="275"/>
        <source>The service cannot be reached. Try again in a moment.</source>
        <translation>Palveluun ei saada yhteyttä. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="276"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Kirjautumisesi on vanhentunut. Kirjaudu uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="278"/>
        <source>The period is too long: choose at most 366 days.</source>
        <translation>Jakso on liian pitkä: valitse enintään 366 päivää.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="279"/>
        <source>The service refused the request (%1).</source>
        <translation>Palvelu hylkäsi pyynnön (%1).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="297"/>
        <source>Choose a period (days in Finnish time, both included) and press Show.</source>
        <translation>Valitse jakso (päivät Suomen aikaa, molemmat mukaan lukien) ja paina Näytä.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="301"/>
        <source>%1 handed off to an expert</source>
        <translation>%1 siirtyi asiantuntijalle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="303"/>
        <source>of conversations went to an expert</source>
        <translation>keskusteluista siirtyi asiantuntijalle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="304"/>
        <source>stayed with the assistant</source>
        <translation>hoitui avustajan kanssa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="306"/>
        <source>%1 left the queue before an expert</source>
        <translation>%1 poistui jonosta ennen asiantuntijaa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="309"/>
        <source>half waited at most this</source>
        <translation>puolet odotti enintään näin kauan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="310"/>
        <source>9 in 10 waited at most this</source>
        <translation>9/10 odotti enintään näin kauan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="312"/>
        <source>90 %: %1</source>
        <translation>90 %: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="319"/>
        <source>%1 – %2, Finnish time</source>
        <translation>%1 – %2, Suomen aikaa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="324"/>
        <source>No conversations in this period.</source>
        <translation>Jaksolla ei ole keskusteluja.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="400"/>
        <source>Handoff reasons</source>
        <translation>Siirron syyt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="402"/>
        <source>Handed-off conversations</source>
        <translation>Siirretyt keskustelut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="409"/>
        <source>over %1 min</source>
        <translation>yli %1 min</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="411"/>
        <source>under %1 min</source>
        <translation>alle %1 min</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="412"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="416"/>
        <source>Queue wait before an expert took the chat</source>
        <translation>Jonotus ennen kuin asiantuntija otti chatin</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="423"/>
        <source>Feedback scores (1 = poor, 5 = excellent)</source>
        <translation>Palautearviot (1 = huono, 5 = erinomainen)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="425"/>
        <source>Ratings</source>
        <translation>Arviot</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="428"/>
        <source>Handoff rate by day</source>
        <translation>Siirtoaste päivittäin</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="467"/>
        <source>Export the trial metrics</source>
        <translation>Vie kokeilun tunnusluvut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="468"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="480"/>
        <source>Could not save %1: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/metrics_window.py" line="483"/>
        <source>Saved %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/metrics_window.py" line="308"/>
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln arvio</numerusform>
            <numerusform>%Ln arviota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="103"/>
        <source>Accept</source>
        <translation>Ota asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="104"/>
        <source>Accept the customer (Ctrl+Shift+A)</source>
        <translation>Ota asiakas (Ctrl+Vaihto+A)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="105"/>
        <source>Decline</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="106"/>
        <source>Decline: the customer goes to the next expert (Ctrl+Shift+D)</source>
        <translation>Hylkää: asiakas ohjataan seuraavalle asiantuntijalle (Ctrl+Vaihto+D)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="107"/>
        <location filename="../../agent_desktop/qt/offer_card.py" line="160"/>
        <source>Start of the assistant conversation</source>
        <translation>Avustajakeskustelun alku</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="108"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="108"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="108"/>
        <source>Waited</source>
        <translation>Odottanut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="109"/>
        <source>Handoff</source>
        <translation>Siirron syy</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="109"/>
        <source>Life events</source>
        <translation>Elämäntilanne</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="110"/>
        <source>Application step</source>
        <translation>Hakemuksen vaihe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="110"/>
        <source>The assistant talked about</source>
        <translation>Avustaja keskusteli</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="111"/>
        <source>Pre-session check</source>
        <translation>Ennakkotarkistus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="111"/>
        <source>Passed on by</source>
        <translation>Siirtäjä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="112"/>
        <source>Consult note</source>
        <translation>Konsultointiviesti</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="137"/>
        <source>Incoming video call</source>
        <translation>Saapuva videopuhelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="137"/>
        <source>Incoming chat</source>
        <translation>Saapuva chat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="159"/>
        <source>The conversation so far (last lines)</source>
        <translation>Keskustelu tähän asti (viimeiset rivit)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/offer_card.py" line="170"/>
        <source>%1 s to answer</source>
        <translation>%1 s aikaa vastata</translation>
    </message>
</context>
<context>
    <name>PrecheckPanel</name>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="129"/>
        <source>Customer&apos;s pre-session check</source>
        <translation>Asiakkaan ennakkotarkistus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="130"/>
        <source>Pre-session check results</source>
        <translation>Ennakkotarkistuksen tulokset</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="131"/>
        <source>The customer&apos;s client sent no check results.</source>
        <translation>Asiakkaan sovellus ei lähettänyt tarkistuksen tuloksia.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../agent_desktop/qt/panels.py" line="58"/>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/qt/panels.py" line="76"/>
        <source>%Ln customer(s) waiting</source>
        <translation>
            <numerusform>%Ln asiakas odottaa</numerusform>
            <numerusform>%Ln asiakasta odottaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="46"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="54"/>
        <source>Play a sound when a customer is offered</source>
        <translation>Soita ääni, kun asiakasta tarjotaan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="57"/>
        <source>Show desktop notifications</source>
        <translation>Näytä työpöytäilmoitukset</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="61"/>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="75"/>
        <source>Service address</source>
        <translation>Palvelun osoite</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="76"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="77"/>
        <source>Sound</source>
        <translation>Ääni</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="78"/>
        <source>Notifications</source>
        <translation>Ilmoitukset</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="83"/>
        <source>Set by your IT administrator</source>
        <translation>IT-tuen asettama</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="88"/>
        <source>Contrast</source>
        <translation>Kontrasti</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="89"/>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="90"/>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="93"/>
        <source>🔒 Locked by your IT administrator: %1</source>
        <translation>🔒 IT-tuen lukitsemat: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="99"/>
        <source>Camera, microphone and speakers</source>
        <translation>Kamera, mikrofoni ja kaiuttimet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="105"/>
        <source>A device you choose is used at once, also in a call under way.</source>
        <translation>Valitsemasi laite otetaan käyttöön heti, myös käynnissä olevassa puhelussa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/settings_dialog.py" line="133"/>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="105"/>
        <source>Service expert workstation</source>
        <translation>Asiantuntijan työpöytä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="106"/>
        <source>Sign in to serve customers in chat and video.</source>
        <translation>Kirjaudu palvelemaan asiakkaita chatissa ja videolla.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="107"/>
        <source>&amp;User name</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="108"/>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="109"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="110"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="111"/>
        <location filename="../../agent_desktop/qt/sign_in.py" line="124"/>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="113"/>
        <source>Change…</source>
        <translation>Muuta…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="114"/>
        <source>Change the service address</source>
        <translation>Muuta palvelun osoitetta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="119"/>
        <source>Service: %1</source>
        <translation>Palvelu: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="124"/>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="133"/>
        <source>The service cannot be reached at %1. Check the address in settings or try again.</source>
        <translation>Palveluun osoitteessa %1 ei saada yhteyttä. Tarkista osoite asetuksista tai yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="136"/>
        <source>Your organisation account has no role in this service.</source>
        <translation>Organisaatiotunnuksellasi ei ole roolia tässä palvelussa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="138"/>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="140"/>
        <source>The sign-in did not succeed. Try again.</source>
        <translation>Kirjautuminen ei onnistunut. Yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="146"/>
        <source>Enter your user name and password.</source>
        <translation>Anna käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/sign_in.py" line="112"/>
        <source>Sign in with your organisation account</source>
        <translation>Kirjaudu organisaation tunnuksella</translation>
    </message>
</context>
<context>
    <name>StatusWidget</name>
    <message>
        <location filename="../../agent_desktop/qt/status_widget.py" line="76"/>
        <source>Your status</source>
        <translation>Tilasi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/status_widget.py" line="77"/>
        <source>Your status: Available receives customers</source>
        <translation>Tilasi: Vapaana-tilassa saat asiakkaita</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/status_widget.py" line="78"/>
        <source>Time in this status</source>
        <translation>Aika tässä tilassa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/status_widget.py" line="75"/>
        <source>&amp;Status</source>
        <translation>&amp;Tila</translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="176"/>
        <source>Supervisor console</source>
        <translation>Esihenkilön näkymä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="177"/>
        <source>Queues today</source>
        <translation>Jonot tänään</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="178"/>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="191"/>
        <source>Experts</source>
        <translation>Asiantuntijat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="179"/>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="192"/>
        <source>Conversations being served</source>
        <translation>Palveltavana olevat keskustelut</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="180"/>
        <source>Monitor</source>
        <translation>Seuraa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="181"/>
        <source>Follow the conversation read-only; the expert sees that you are viewing</source>
        <translation>Seuraa keskustelua vain lukien; asiantuntija näkee, että seuraat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="182"/>
        <source>Take over</source>
        <translation>Ota hoitaaksesi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="183"/>
        <source>Reassign…</source>
        <translation>Siirrä toiselle…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="184"/>
        <source>Set the expert&apos;s state</source>
        <translation>Aseta asiantuntijan tila</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="187"/>
        <source>Whisper to the expert (the customer never sees it)</source>
        <translation>Kuiskaa asiantuntijalle (asiakas ei näe tätä koskaan)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="188"/>
        <source>Whisper to the expert</source>
        <translation>Kuiskaa asiantuntijalle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="189"/>
        <source>Whisper</source>
        <translation>Kuiskaa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="190"/>
        <source>Stop monitoring</source>
        <translation>Lopeta seuraaminen</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="191"/>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="213"/>
        <source>Queue over the limit</source>
        <translation>Jono yli rajan</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="213"/>
        <source>Expert needs attention</source>
        <translation>Asiantuntija tarvitsee huomiota</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="290"/>
        <source>Monitoring: %1 with %2 (read-only)</source>
        <translation>Seurannassa: %1 ja %2 (vain luku)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="297"/>
        <source>Whisper from %1: %2</source>
        <translation>Kuiskaus, %1: %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_console.py" line="306"/>
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
</context>
<context>
    <name>SupervisorEntry</name>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_entry.py" line="42"/>
        <source>Supervisor console…</source>
        <translation>Esihenkilön näkymä…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_entry.py" line="42"/>
        <source>Supervisor console (supervisors only)</source>
        <translation>Esihenkilön näkymä (vain esihenkilöille)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/supervisor_entry.py" line="43"/>
        <source>Queues and experts live; monitor, whisper, take over, reassign</source>
        <translation>Jonot ja asiantuntijat reaaliajassa; seuraa, kuiskaa, ota hoitaaksesi, siirrä</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="93"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="93"/>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="95"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="94"/>
        <source>Longest</source>
        <translation>Pisin</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="94"/>
        <source>Free</source>
        <translation>Vapaita</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="124"/>
        <source>Not taking now</source>
        <translation>Ei nyt vastaanotossa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="147"/>
        <location filename="../../agent_desktop/qt/table_models.py" line="83"/>
        <source>Open</source>
        <translation>Auki</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="149"/>
        <source>Closed · opens %1</source>
        <translation>Suljettu · avautuu %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/queue_model.py" line="150"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="55"/>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="56"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="57"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="57"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="58"/>
        <source>Expert</source>
        <translation>Asiantuntija</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="59"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/table_models.py" line="84"/>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="96"/>
        <source>Transfer the conversation</source>
        <translation>Siirrä keskustelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="97"/>
        <source>To a queue</source>
        <translation>Jonoon</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="98"/>
        <source>To a colleague</source>
        <translation>Kollegalle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="112"/>
        <source>Type a colleague&apos;s name</source>
        <translation>Kirjoita kollegan nimi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="113"/>
        <source>Search colleagues by name</source>
        <translation>Hae kollegoita nimellä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="122"/>
        <source>Colleagues</source>
        <translation>Kollegat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="130"/>
        <source>Consult note for the next expert</source>
        <translation>Konsultointiviesti seuraavalle asiantuntijalle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="131"/>
        <source>What the next expert should know (the customer does not see this)</source>
        <translation>Mitä seuraavan asiantuntijan tulee tietää (asiakas ei näe tätä)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="146"/>
        <source>Consult note</source>
        <translation>Konsultointiviesti</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="105"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="52"/>
        <source>Customers now: %1</source>
        <translation>Asiakkaita nyt: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/transfer_dialog.py" line="136"/>
        <source>Transfer</source>
        <translation>Siirrä</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="242"/>
        <source>Unmute</source>
        <translation>Mikrofoni päälle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="242"/>
        <source>Mute</source>
        <translation>Mykistä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="243"/>
        <source>Turn your microphone off or on</source>
        <translation>Kytke mikrofoni pois tai päälle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="244"/>
        <source>Camera on</source>
        <translation>Kamera päälle</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="244"/>
        <source>Camera off</source>
        <translation>Kamera pois</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="245"/>
        <source>The customer sees a dark picture while your camera is off</source>
        <translation>Asiakas näkee tumman kuvan, kun kamerasi on pois päältä</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="246"/>
        <source>Devices…</source>
        <translation>Laitteet…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="247"/>
        <source>Choose the camera, microphone and speakers</source>
        <translation>Valitse kamera, mikrofoni ja kaiuttimet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="248"/>
        <source>Add interpreter…</source>
        <translation>Lisää tulkki…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="249"/>
        <source>Invite a signed-in colleague, e.g. a sign-language interpreter</source>
        <translation>Kutsu kirjautunut kollega, esim. viittomakielen tulkki</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="250"/>
        <source>Leave call</source>
        <translation>Poistu puhelusta</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="250"/>
        <source>Hang up</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="252"/>
        <source>Leave the call; the conversation goes on without you</source>
        <translation>Poistu puhelusta; keskustelu jatkuu ilman sinua</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="253"/>
        <source>End the call; you still end the conversation with a wrap-up code (End…)</source>
        <translation>Lopeta puhelu; keskustelu päätetään edelleen lopetuskoodilla (Päätä…)</translation>
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
        <translation>asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="269"/>
        <source>No call.</source>
        <translation>Ei puhelua.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="270"/>
        <source>Connecting to %1…</source>
        <translation>Yhdistetään: %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="271"/>
        <source>In a call with %1</source>
        <translation>Puhelussa: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="272"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Yhteys katkesi, yhdistetään uudelleen…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="273"/>
        <source>Call ended.</source>
        <translation>Puhelu päättyi.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="274"/>
        <source>Call ended. End the conversation with a wrap-up code (End…).</source>
        <translation>Puhelu päättyi. Päätä keskustelu lopetuskoodilla (Päätä…).</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="278"/>
        <source>The call could not be connected. Continue in the chat, or end the conversation and ask the customer to book a new time.</source>
        <translation>Puhelua ei saatu yhdistettyä. Jatka chatissa tai päätä keskustelu ja pyydä asiakasta varaamaan uusi aika.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="363"/>
        <source>Call with %1 started</source>
        <translation>Puhelu alkoi: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="366"/>
        <source>Call with %1 ended</source>
        <translation>Puhelu päättyi: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="275"/>
        <source>The call could not go through the relay server: it refused this workstation&apos;s credentials. Tell IT; continue in the chat meanwhile.</source>
        <translation>Puhelu ei mennyt välityspalvelimen kautta: se ei hyväksynyt tämän työaseman tunnuksia. Ilmoita IT-tuelle ja jatka sillä välin chatissa.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="285"/>
        <source>Your connection is weak: the picture is paused, sound continues.</source>
        <translation>Yhteytesi on heikko: kuva on tauolla, ääni jatkuu.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="286"/>
        <source>The customer&apos;s connection is weak: their picture is paused, sound continues.</source>
        <translation>Asiakkaan yhteys on heikko: hänen kuvansa on tauolla, ääni jatkuu.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="288"/>
        <source>The connection is poor: the sound may break up.</source>
        <translation>Yhteys on huono: ääni saattaa katkeilla.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="289"/>
        <source>The connection is slow: the picture is shown at a lower quality.</source>
        <translation>Yhteys on hidas: kuva näytetään heikompilaatuisena.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/video_pane.py" line="264"/>
        <source>Speaking: %1</source>
        <translation>Puhuu: %1</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Longest wait</source>
        <translation>Pisin odotus</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Answered in time</source>
        <translation>Vastattu ajoissa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Abandoned</source>
        <translation>Luopuneet</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="80"/>
        <source>Free experts</source>
        <translation>Vapaat asiantuntijat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="124"/>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="163"/>
        <source>Expert</source>
        <translation>Asiantuntija</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="124"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="124"/>
        <source>Time in state</source>
        <translation>Aika tilassa</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="124"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="163"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="163"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/wallboard_models.py" line="163"/>
        <source>Served for</source>
        <translation>Palveltu</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="37"/>
        <location filename="../../agent_desktop/qt/dialogs.py" line="54"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="42"/>
        <source>Wrap-up note</source>
        <translation>Jälkikirjauksen muistiinpano</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="43"/>
        <source>Optional: what was agreed, what follows</source>
        <translation>Vapaaehtoinen: mitä sovittiin, mitä seuraavaksi</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="55"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="28"/>
        <source>End the call with %1?</source>
        <translation>Lopetetaanko puhelu: %1?</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="29"/>
        <source>End the chat with %1?</source>
        <translation>Lopetetaanko chat: %1?</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="29"/>
        <source>the customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="48"/>
        <source>End the call</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="48"/>
        <source>End the chat</source>
        <translation>Lopeta chat</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="50"/>
        <source>Keep talking</source>
        <translation>Jatka puhelua</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qt/dialogs.py" line="50"/>
        <source>Keep chatting</source>
        <translation>Jatka keskustelua</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="61"/>
        <source>About %s</source>
        <translation>О программе %s</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="64"/>
        <source>If you contact support, copy this report and paste it into your message.</source>
        <translation>Если вы обращаетесь в поддержку, скопируйте этот отчёт и вставьте его в своё сообщение.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="80"/>
        <source>No configuration problems.</source>
        <translation>Проблем с настройками нет.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="87"/>
        <source>Copy support report</source>
        <translation>Скопировать отчёт для поддержки</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="105"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/about_dialog.py" line="71"/>
        <source>Settings in use</source>
        <translation>Действующие настройки</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="177"/>
        <source>Video appointment</source>
        <translation>Видеоприём</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="109"/>
        <location filename="../../customer_client/qt/pages/call.py" line="178"/>
        <source>the service expert</source>
        <translation>специалист</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="179"/>
        <source>You are talking with %1.</source>
        <translation>Вы разговариваете: %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="181"/>
        <source>Connecting the video call with %1…</source>
        <translation>Подключаем видеозвонок: %1…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="182"/>
        <source>The service expert&apos;s picture appears here.</source>
        <translation>Здесь появится изображение специалиста.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="183"/>
        <source>Video of the service expert</source>
        <translation>Видео специалиста</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="184"/>
        <source>Your picture</source>
        <translation>Ваше изображение</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="185"/>
        <source>Turn microphone on</source>
        <translation>Включить микрофон</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="186"/>
        <source>Mute microphone</source>
        <translation>Выключить микрофон</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="187"/>
        <source>Turn camera on</source>
        <translation>Включить камеру</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="188"/>
        <source>Turn camera off</source>
        <translation>Выключить камеру</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="131"/>
        <location filename="../../customer_client/qt/pages/call.py" line="189"/>
        <source>End the call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="191"/>
        <source>Camera and sound</source>
        <translation>Камера и звук</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="193"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="194"/>
        <source>Application assistant</source>
        <translation>Помощник по заявлению</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="195"/>
        <source>Service expert</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="145"/>
        <source>The video connection could not be opened: the agency&apos;s connection service did not accept it. Please try again in a moment. You can still write to the service expert here.</source>
        <translation>Не удалось установить видеосвязь: сервер соединений службы её не принял. Попробуйте ещё раз через минуту. Вы по-прежнему можете написать специалисту здесь.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="149"/>
        <source>The video connection could not be opened. Your network may block video calls: try another network, or ask your IT support. You can still write to the service expert here.</source>
        <translation>Не удалось установить видеосвязь. Возможно, ваша сеть блокирует видеозвонки: попробуйте другую сеть или обратитесь в службу ИТ-поддержки. Вы по-прежнему можете написать специалисту здесь.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="156"/>
        <source>Your connection is weak: the picture is paused, sound continues.</source>
        <translation>Ваше соединение слабое: изображение приостановлено, звук продолжается.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="157"/>
        <source>The service expert&apos;s connection is weak: their picture is paused, sound continues.</source>
        <translation>Соединение специалиста слабое: его изображение приостановлено, звук продолжается.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="159"/>
        <source>The connection is poor: the sound may break up.</source>
        <translation>Плохое соединение: звук может прерываться.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="160"/>
        <source>The connection is slow: the picture is shown at a lower quality.</source>
        <translation>Медленное соединение: изображение показывается в более низком качестве.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="126"/>
        <source>The video call has ended.</source>
        <translation>Видеозвонок завершён.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="129"/>
        <source>End the call?</source>
        <translation>Завершить звонок?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="130"/>
        <source>The call ends and cannot be continued.</source>
        <translation>Звонок завершится, и продолжить его будет нельзя.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="131"/>
        <source>Keep talking</source>
        <translation>Продолжить разговор</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="110"/>
        <source>%1 is speaking</source>
        <translation>Говорит %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/call.py" line="111"/>
        <source>Someone else in the call is speaking (for example an interpreter)</source>
        <translation>Говорит другой участник звонка (например, переводчик)</translation>
    </message>
</context>
<context>
    <name>CallVideoView</name>
    <message>
        <location filename="../../client_core/qt/video_widget.py" line="65"/>
        <source>{kbps:.0f} kbit/s · {fps:.0f} fps · RTT {rtt} · loss {loss:.1f} %</source>
        <translation>{kbps:.0f} кбит/с · {fps:.0f} к/с · RTT {rtt} · потери {loss:.1f} %</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="149"/>
        <source>The service expert is writing…</source>
        <translation>Специалист пишет…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="195"/>
        <source>You are chatting with %1, a service expert.</source>
        <translation>Вы переписываетесь со специалистом: %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="198"/>
        <source>The assistant can still answer while you wait.</source>
        <translation>Пока вы ждёте, помощник может отвечать на вопросы.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="202"/>
        <source>You are chatting with the application assistant. It is a computer program.</source>
        <translation>Вы переписываетесь с помощником по заявлению. Это компьютерная программа.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="211"/>
        <source>Talk to a service expert</source>
        <translation>Поговорить со специалистом</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="213"/>
        <source>The assistant thinks a service expert could help you better with this.</source>
        <translation>Помощник считает, что специалист поможет вам с этим лучше.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="215"/>
        <source>Need more help? A service expert can join this chat.</source>
        <translation>Нужна дополнительная помощь? К чату может подключиться специалист.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="233"/>
        <source>Service experts are back on %1.</source>
        <translation>Специалисты снова будут на месте: %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="242"/>
        <source>Other ways to get service:</source>
        <translation>Другие способы получить обслуживание:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="170"/>
        <location filename="../../customer_client/qt/pages/chat.py" line="224"/>
        <source>End the chat</source>
        <translation>Завершить чат</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="247"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="248"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="249"/>
        <source>Application assistant</source>
        <translation>Помощник по заявлению</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="250"/>
        <source>Service expert</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="236"/>
        <source>Service experts chat only %1.</source>
        <translation>Специалисты отвечают в чате только %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="166"/>
        <source>End the chat?</source>
        <translation>Завершить чат?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="167"/>
        <source>The conversation ends and cannot be continued.</source>
        <translation>Разговор завершится, и продолжить его будет нельзя.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="169"/>
        <source>You leave the chat with the application assistant.</source>
        <translation>Вы выйдете из чата с помощником по заявлению.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="170"/>
        <source>Keep chatting</source>
        <translation>Продолжить чат</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="174"/>
        <source>Leave the queue?</source>
        <translation>Покинуть очередь?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="175"/>
        <source>You lose your place in the queue.</source>
        <translation>Вы потеряете своё место в очереди.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="176"/>
        <source>Leave the queue</source>
        <translation>Покинуть очередь</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="176"/>
        <source>Stay in the queue</source>
        <translation>Остаться в очереди</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="268"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="269"/>
        <source>Attach a file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="270"/>
        <source>Send a PDF document or a picture, for example your rental agreement</source>
        <translation>Отправьте PDF-документ или изображение, например договор аренды</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="271"/>
        <source>Write your message here</source>
        <translation>Напишите сообщение здесь</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="272"/>
        <source>Your message</source>
        <translation>Ваше сообщение</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="273"/>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="283"/>
        <source>Choose a file to send</source>
        <translation>Выберите файл для отправки</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="284"/>
        <source>PDF documents and pictures (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>PDF-документы и изображения (*.pdf *.jpg *.jpeg *.png *.webp);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/chat_panel.py" line="292"/>
        <source>Save the file</source>
        <translation>Сохранить файл</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="45"/>
        <source>Camera, microphone and speakers</source>
        <translation>Камера, микрофон и динамики</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="46"/>
        <source>The call switches to what you choose at once.</source>
        <translation>Звонок сразу переключится на выбранное устройство.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="47"/>
        <source>Play a test sound</source>
        <translation>Воспроизвести тестовый звук</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_dialog.py" line="48"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="139"/>
        <source>Your own picture</source>
        <translation>Ваше изображение</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="139"/>
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="141"/>
        <location filename="../../customer_client/qt/device_panel.py" line="144"/>
        <source>Your picture appears here.</source>
        <translation>Здесь появится ваше изображение.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="142"/>
        <source>Your camera rests while we measure the connection.</source>
        <translation>Камера отдыхает, пока мы проверяем соединение.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="143"/>
        <source>No picture from the camera.</source>
        <translation>Нет изображения с камеры.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/device_panel.py" line="146"/>
        <source>You can choose another camera, microphone or speakers here. We then check again.</source>
        <translation>Здесь можно выбрать другую камеру, микрофон или динамики. Затем мы проверим ещё раз.</translation>
    </message>
</context>
<context>
    <name>DevicePickers</name>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="97"/>
        <source>Set by your IT administrator</source>
        <translation>Задано вашим ИТ-администратором</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="101"/>
        <source>No camera found</source>
        <translation>Камера не найдена</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="101"/>
        <source>No microphone found</source>
        <translation>Микрофон не найден</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_pickers.py" line="102"/>
        <source>No speakers found</source>
        <translation>Динамики не найдены</translation>
    </message>
</context>
<context>
    <name>DeviceTexts</name>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="27"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="27"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="28"/>
        <source>Speakers</source>
        <translation>Динамики</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="36"/>
        <source>Another program is using your camera. Close it and try again.</source>
        <translation>Камера занята другой программой. Закройте её и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="38"/>
        <source>Another program is using your microphone. Close it and try again.</source>
        <translation>Микрофон занят другой программой. Закройте её и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="40"/>
        <source>No camera was found. Connect a camera, or choose another one.</source>
        <translation>Камера не найдена. Подключите камеру или выберите другую.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="42"/>
        <source>No microphone was found. Connect one, or choose another one.</source>
        <translation>Микрофон не найден. Подключите микрофон или выберите другой.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="43"/>
        <source>Your camera could not be opened. Choose another one, or reconnect it.</source>
        <translation>Не удалось открыть камеру. Выберите другую или подключите её заново.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="45"/>
        <source>Your microphone could not be opened. Choose another one, or reconnect it.</source>
        <translation>Не удалось открыть микрофон. Выберите другой или подключите его заново.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="51"/>
        <source>Your computer does not let this program use the camera.</source>
        <translation>Компьютер не разрешает этой программе использовать камеру.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="53"/>
        <source>To allow it: open System Settings, then Privacy &amp; Security, then Camera, and turn on %1. Then start the program again.</source>
        <translation>Чтобы разрешить: откройте «Системные настройки», затем «Конфиденциальность и безопасность», затем «Камера» и включите %1. Затем снова запустите программу.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="56"/>
        <source>To allow it: open Settings, then Privacy &amp; security, then Camera, and turn on camera access for desktop apps.</source>
        <translation>Чтобы разрешить: откройте «Параметры», затем «Конфиденциальность и защита», затем «Камера» и включите доступ к камере для классических приложений.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="59"/>
        <source>To allow it: check the camera&apos;s privacy switch or key, and ask your computer&apos;s administrator whether the camera is allowed.</source>
        <translation>Чтобы разрешить: проверьте переключатель или клавишу приватности камеры и спросите администратора компьютера, разрешена ли камера.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="62"/>
        <source>Your computer does not let this program use the microphone.</source>
        <translation>Компьютер не разрешает этой программе использовать микрофон.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="64"/>
        <source>To allow it: open System Settings, then Privacy &amp; Security, then Microphone, and turn on %1. Then start the program again.</source>
        <translation>Чтобы разрешить: откройте «Системные настройки», затем «Конфиденциальность и безопасность», затем «Микрофон» и включите %1. Затем снова запустите программу.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="67"/>
        <source>To allow it: open Settings, then Privacy &amp; security, then Microphone, and turn on microphone access for desktop apps.</source>
        <translation>Чтобы разрешить: откройте «Параметры», затем «Конфиденциальность и защита», затем «Микрофон» и включите доступ к микрофону для классических приложений.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="70"/>
        <source>To allow it: check the microphone&apos;s mute switch or key, and ask your computer&apos;s administrator whether the microphone is allowed.</source>
        <translation>Чтобы разрешить: проверьте переключатель или клавишу отключения микрофона и спросите администратора компьютера, разрешён ли микрофон.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="78"/>
        <source>The call goes on without your picture and sound: you can still write in the chat.</source>
        <translation>Звонок продолжается без вашего изображения и звука: вы по-прежнему можете писать в чат.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="81"/>
        <source>The call goes on with sound only.</source>
        <translation>Звонок продолжается только со звуком.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="82"/>
        <source>The call goes on without your sound: you can write in the chat.</source>
        <translation>Звонок продолжается без вашего звука: вы можете писать в чат.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="87"/>
        <source>Your microphone does not pick up your speakers: no echo.</source>
        <translation>Микрофон не улавливает звук динамиков: эха нет.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="89"/>
        <source>Your microphone picks up your speakers, and echo cancellation is off.</source>
        <translation>Микрофон улавливает звук динамиков, а эхоподавление выключено.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="92"/>
        <source>Your microphone picks up your speakers; the echo canceller removes more than %1 dB of it.</source>
        <translation>Микрофон улавливает звук динамиков; эхоподавление убирает из него более %1 дБ.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="94"/>
        <source>Your microphone picks up your speakers; the echo canceller removes %1 dB of it.</source>
        <translation>Микрофон улавливает звук динамиков; эхоподавление убирает из него %1 дБ.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="100"/>
        <source>Your camera was disconnected. Now using: %1.</source>
        <translation>Камера отключена. Теперь используется: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="102"/>
        <source>Your microphone was disconnected. Now using: %1.</source>
        <translation>Микрофон отключён. Теперь используется: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="103"/>
        <source>Your speakers were disconnected. Now using: %1.</source>
        <translation>Динамики отключены. Теперь используются: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="104"/>
        <source>A camera was connected: %1. You can choose it in the device settings.</source>
        <translation>Подключена камера: %1. Её можно выбрать в настройках устройств.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="106"/>
        <source>A microphone was connected: %1. You can choose it in the device settings.</source>
        <translation>Подключён микрофон: %1. Его можно выбрать в настройках устройств.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="108"/>
        <source>Speakers or a headset were connected: %1. You can choose them in the device settings.</source>
        <translation>Подключены динамики или гарнитура: %1. Их можно выбрать в настройках устройств.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="111"/>
        <source>The camera chosen for this computer is not connected. Using: %1.</source>
        <translation>Камера, выбранная для этого компьютера, не подключена. Используется: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="113"/>
        <source>The microphone chosen for this computer is not connected. Using: %1.</source>
        <translation>Микрофон, выбранный для этого компьютера, не подключён. Используется: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="115"/>
        <source>The speakers chosen for this computer are not connected. Using: %1.</source>
        <translation>Динамики, выбранные для этого компьютера, не подключены. Используются: %1.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="119"/>
        <source>Your camera was disconnected.</source>
        <translation>Камера отключена.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="120"/>
        <source>Your microphone was disconnected.</source>
        <translation>Микрофон отключён.</translation>
    </message>
    <message>
        <location filename="../../client_core/qt/device_texts.py" line="121"/>
        <source>Your speakers were disconnected.</source>
        <translation>Динамики отключены.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="63"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="75"/>
        <source>How did we do?</source>
        <translation>Как мы справились?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="76"/>
        <source>Choose from 1 to 5 stars. 5 is the best.</source>
        <translation>Выберите от 1 до 5 звёзд. 5 — лучшая оценка.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="77"/>
        <source>1 = poor, 5 = excellent</source>
        <translation>1 = плохо, 5 = отлично</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="78"/>
        <source>Would you like to tell us more? (optional)</source>
        <translation>Хотите рассказать подробнее? (необязательно)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="79"/>
        <source>Write here if you want</source>
        <translation>Напишите здесь, если хотите</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="80"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_client/qt/pages/feedback.py" line="82"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n звезда</numerusform>
            <numerusform>%n звезды</numerusform>
            <numerusform>%n звёзд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="83"/>
        <source>Save the conversation as PDF…</source>
        <translation>Сохранить переписку в PDF…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="84"/>
        <source>A copy of the messages for yourself, in the language you chose</source>
        <translation>Копия сообщений для вас на выбранном вами языке</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="85"/>
        <source>Send feedback</source>
        <translation>Отправить отзыв</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/feedback.py" line="86"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="113"/>
        <source>Chat with the application assistant</source>
        <translation>Чат с помощником по заявлению</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="118"/>
        <source>Video appointment: %1</source>
        <translation>Видеоприём: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="120"/>
        <source>Service language: %1</source>
        <translation>Язык обслуживания: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="122"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="136"/>
        <source>Start the chat</source>
        <translation>Начать чат</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="137"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="139"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="144"/>
        <source>Checking whether the service is open…</source>
        <translation>Проверяем, работает ли служба…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="153"/>
        <source>The service is open now.</source>
        <translation>Служба сейчас работает.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="149"/>
        <source>You can chat with the application assistant now.</source>
        <translation>Сейчас вы можете переписываться с помощником по заявлению.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="155"/>
        <source>The service is open. All service experts are busy, but you can join the queue.</source>
        <translation>Служба работает. Все специалисты заняты, но вы можете встать в очередь.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="132"/>
        <source>Other ways to get service</source>
        <translation>Другие способы получить обслуживание</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="189"/>
        <source>It opens again on %1.</source>
        <translation>Служба снова откроется: %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="114"/>
        <source>Chat language: %1</source>
        <translation>Язык чата: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="116"/>
        <source>When service experts chat</source>
        <translation>Когда специалисты отвечают в чате</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="146"/>
        <source>We cannot reach the service right now, so we cannot tell whether it is open. We keep trying.</source>
        <translation>Сейчас нет связи со службой, поэтому мы не можем сказать, открыта ли она. Мы продолжаем попытки.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="127"/>
        <source>Closed on public holidays.</source>
        <translation>В праздничные дни закрыто.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="164"/>
        <source>A service expert can join the chat if you need one.</source>
        <translation>Если нужно, к чату может подключиться специалист.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="167"/>
        <source>Service experts chat only %1.</source>
        <translation>Специалисты отвечают в чате только %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="169"/>
        <source>No service expert chats in this language.</source>
        <translation>На этом языке специалисты в чате не отвечают.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="172"/>
        <source>Service experts are not on duty now. They are back on %1.</source>
        <translation>Сейчас специалистов нет на месте. Они вернутся %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="179"/>
        <source>Today is a public holiday.</source>
        <translation>Сегодня праздничный день.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="181"/>
        <source>Today the service closed early.</source>
        <translation>Сегодня служба закрылась раньше.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="191"/>
        <source>This service starts on %1.</source>
        <translation>Эта служба начинает работу %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="194"/>
        <source>This service ended on %1.</source>
        <translation>Эта служба завершила работу %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/hours.py" line="196"/>
        <source>This service is no longer available.</source>
        <translation>Эта служба больше не работает.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../customer_client/qt/main_window.py" line="530"/>
        <source>Are you still there? This screen goes back to the start in %n second(s), and your information is cleared.</source>
        <translation>
            <numerusform>Вы ещё здесь? Через %n секунду экран вернётся в начало, а ваши данные будут удалены.</numerusform>
            <numerusform>Вы ещё здесь? Через %n секунды экран вернётся в начало, а ваши данные будут удалены.</numerusform>
            <numerusform>Вы ещё здесь? Через %n секунд экран вернётся в начало, а ваши данные будут удалены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="532"/>
        <source>I am still here</source>
        <translation>Я ещё здесь</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="559"/>
        <source>Kela remote service</source>
        <translation>Дистанционное обслуживание Kela</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="563"/>
        <source>Kela · Remote service</source>
        <translation>Kela · Дистанционное обслуживание</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="564"/>
        <source>Start over</source>
        <translation>Начать сначала</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="285"/>
        <source>You are signed in</source>
        <translation>Вы вошли в систему</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="286"/>
        <source>You can close this browser window and go back to the Kela remote service.</source>
        <translation>Можно закрыть это окно браузера и вернуться в дистанционную службу Kela.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/main_window.py" line="565"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>PrecheckPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="337"/>
        <source>Let&apos;s check your computer</source>
        <translation>Проверим ваш компьютер</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="338"/>
        <source>This takes about ten seconds. Please allow the use of the camera and microphone, say a few words, and listen: we play a short sound.</source>
        <translation>Это займёт около десяти секунд. Разрешите использование камеры и микрофона, скажите несколько слов и послушайте: мы воспроизведём короткий звук.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="344"/>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="347"/>
        <source>Everything is ready for the video call.</source>
        <translation>Всё готово к видеозвонку.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="348"/>
        <source>Please fix the items marked ✗ and check again.</source>
        <translation>Исправьте пункты, отмеченные ✗, и проверьте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="350"/>
        <source>Please answer the question about the sound.</source>
        <translation>Пожалуйста, ответьте на вопрос о звуке.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="353"/>
        <source>We played a short sound. Did you hear it?</source>
        <translation>Мы воспроизвели короткий звук. Вы его услышали?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="354"/>
        <source>Yes, I heard it</source>
        <translation>Да, слышал(а)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="355"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="356"/>
        <source>Play again</source>
        <translation>Воспроизвести снова</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="360"/>
        <source>Check results</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="361"/>
        <source>Check again</source>
        <translation>Проверить ещё раз</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="362"/>
        <source>Continue to the queue</source>
        <translation>Перейти в очередь</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/precheck.py" line="365"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="45"/>
        <source>Waiting for a service expert</source>
        <translation>Ожидание специалиста</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="46"/>
        <source>Your computer is ready. The call starts by itself when a service expert is free. Please keep this window open.</source>
        <translation>Ваш компьютер готов. Звонок начнётся сам, когда специалист освободится. Не закрывайте это окно.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="48"/>
        <source>Tip: have your documents and your personal identity code at hand.</source>
        <translation>Совет: держите под рукой документы и личный идентификационный код.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="37"/>
        <source>Leave the queue?</source>
        <translation>Покинуть очередь?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="37"/>
        <source>You lose your place in the queue.</source>
        <translation>Вы потеряете своё место в очереди.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="38"/>
        <source>Leave the queue</source>
        <translation>Покинуть очередь</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/queue.py" line="38"/>
        <source>Stay in the queue</source>
        <translation>Остаться в очереди</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="66"/>
        <source>You are in the queue for a service expert</source>
        <translation>Вы в очереди к специалисту</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="68"/>
        <source>Finding your place in the queue…</source>
        <translation>Определяем ваше место в очереди…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/chat.py" line="74"/>
        <source>Leave the queue</source>
        <translation>Выйти из очереди</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="62"/>
        <source>How can we help you?</source>
        <translation>Чем мы можем помочь?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="63"/>
        <source>Chat about the social assistance application
The application assistant answers first. A service expert can join.</source>
        <translation>Чат о заявлении на социальную помощь
Сначала отвечает помощник по заявлению. Может подключиться специалист.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="68"/>
        <source>Chat about the social assistance application. The chat is in Finnish, Swedish or English. Choose the chat language:</source>
        <translation>Чат о заявлении на социальную помощь. Чат ведётся на финском, шведском или английском. Выберите язык чата:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="73"/>
        <source>Video appointment
Talk with a service expert face to face on your computer.</source>
        <translation>Видеоприём
Поговорите со специалистом лицом к лицу через компьютер.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/service.py" line="75"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="169"/>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="187"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="170"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="171"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="172"/>
        <source>QR code for signing in with your phone</source>
        <translation>QR-код для входа с телефона</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="175"/>
        <source>Sign in with your own phone: nothing you type is shown on this screen, and everything is cleared when you finish.</source>
        <translation>Войдите со своего телефона: ничего из того, что вы вводите, не показывается на этом экране, и всё стирается, когда вы закончите.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="177"/>
        <source>Show the sign-in code</source>
        <translation>Показать код для входа</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="179"/>
        <source>Scan the QR code with your phone&apos;s camera, or go to the address below and type this code:</source>
        <translation>Отсканируйте QR-код камерой телефона или откройте адрес ниже и введите этот код:</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="185"/>
        <source>Sign in with online banking codes, a mobile certificate or an ID card. The sign-in opens in your web browser.</source>
        <translation>Войдите с помощью кодов онлайн-банка, мобильного сертификата или удостоверения личности. Вход откроется в вашем браузере.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/sign_in.py" line="189"/>
        <source>Continue in your web browser. When you have signed in, come back to this window.</source>
        <translation>Продолжите в браузере. Когда войдёте, вернитесь в это окно.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="33"/>
        <source>Basic social assistance application</source>
        <translation>Заявление на базовую социальную помощь</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="34"/>
        <source>Unemployment</source>
        <translation>Безработица</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="35"/>
        <source>General housing allowance</source>
        <translation>Общее пособие на жильё</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="36"/>
        <source>Families with children</source>
        <translation>Семьи с детьми</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="37"/>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="38"/>
        <source>Sickness</source>
        <translation>Болезнь</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="39"/>
        <source>Rehabilitation and disability</source>
        <translation>Реабилитация и инвалидность</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="40"/>
        <source>Pensions</source>
        <translation>Пенсии</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Monday</source>
        <translation>понедельник</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Tuesday</source>
        <translation>вторник</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="46"/>
        <source>Wednesday</source>
        <translation>среда</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Thursday</source>
        <translation>четверг</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Friday</source>
        <translation>пятница</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="47"/>
        <source>Saturday</source>
        <translation>суббота</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="48"/>
        <source>Sunday</source>
        <translation>воскресенье</translation>
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
        <translation>Услуга доступна с %1 по %2.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="66"/>
        <source>Available until %1.</source>
        <translation>Услуга доступна до %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="68"/>
        <source>Available from %1.</source>
        <translation>Услуга доступна с %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="78"/>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="93"/>
        <source>You are now in the queue for a service expert.</source>
        <translation>Теперь вы в очереди к специалисту.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="95"/>
        <source>%1 from the service has joined the chat.</source>
        <translation>%1 из службы обслуживания присоединился(-ась) к чату.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="97"/>
        <source>You are being passed to another service expert. Please wait.</source>
        <translation>Вас переводят к другому специалисту. Пожалуйста, подождите.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="99"/>
        <source>The service expert lost the connection. You are back at the front of the queue.</source>
        <translation>У специалиста прервалась связь. Вы снова первый(-ая) в очереди.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="102"/>
        <source>The conversation has ended.</source>
        <translation>Разговор завершён.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="104"/>
        <source>You saved a copy of this conversation.</source>
        <translation>Вы сохранили копию этой переписки.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="110"/>
        <source>We cannot reach the service right now. Check that your internet works. We keep trying again automatically.</source>
        <translation>Сейчас не удаётся связаться со службой. Проверьте, работает ли интернет. Мы автоматически пробуем снова.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="113"/>
        <source>Your sign-in has expired. Please close this window and sign in again.</source>
        <translation>Срок вашего входа истёк. Закройте это окно и войдите снова.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="117"/>
        <source>The service is closed right now.</source>
        <translation>Сейчас служба закрыта.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="119"/>
        <source>The queue is full right now. Please try again in a little while.</source>
        <translation>Сейчас очередь заполнена. Попробуйте ещё раз немного позже.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="120"/>
        <source>No service expert is available right now.</source>
        <translation>Сейчас нет свободного специалиста.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="122"/>
        <source>This service is not available in the language you chose.</source>
        <translation>Эта услуга недоступна на выбранном вами языке.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="127"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Что-то пошло не так. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="135"/>
        <source>The sign-in service cannot be reached right now. Check that your internet works and try again.</source>
        <translation>Служба входа сейчас недоступна. Проверьте подключение к интернету и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="137"/>
        <source>The sign-in was cancelled. You can try again.</source>
        <translation>Вход отменён. Можно попробовать снова.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="138"/>
        <source>The sign-in took too long and was stopped. You can try again.</source>
        <translation>Вход занял слишком много времени и был остановлен. Можно попробовать снова.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="140"/>
        <source>Sign-in has not been set up on this computer. Please contact the service.</source>
        <translation>Вход на этом компьютере не настроен. Обратитесь в службу.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="141"/>
        <source>The sign-in did not succeed. Please try again.</source>
        <translation>Не удалось войти. Попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="148"/>
        <source>Phone service</source>
        <translation>Телефонное обслуживание</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="151"/>
        <source>Visit a service office</source>
        <translation>Обратитесь в офис обслуживания</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="158"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="163"/>
        <source>Estimated wait: less than a minute</source>
        <translation>Примерное ожидание: меньше минуты</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="167"/>
        <source>We cannot estimate the wait right now.</source>
        <translation>Сейчас мы не можем оценить время ожидания.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="171"/>
        <source>You are next in the queue.</source>
        <translation>Вы следующий(-ая) в очереди.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="172"/>
        <source>Your place in the queue: %1</source>
        <translation>Ваше место в очереди: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="176"/>
        <source>Computer and operating system</source>
        <translation>Компьютер и операционная система</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="177"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="178"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="179"/>
        <source>Speakers or headset</source>
        <translation>Динамики или гарнитура</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="180"/>
        <source>Internet speed</source>
        <translation>Скорость интернета</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="181"/>
        <source>Connection delay</source>
        <translation>Задержка связи</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="182"/>
        <source>Connection steadiness</source>
        <translation>Стабильность связи</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="183"/>
        <source>Lost data</source>
        <translation>Потерянные данные</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="184"/>
        <source>Video connection to the service</source>
        <translation>Видеосвязь со службой</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="190"/>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="191"/>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="191"/>
        <source>Works, but see the tip</source>
        <translation>Работает, но посмотрите совет</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="192"/>
        <source>Needs fixing</source>
        <translation>Нужно исправить</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="197"/>
        <source>Waiting for your answer</source>
        <translation>Ждём вашего ответа</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="198"/>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="211"/>
        <source>Your internet connection is only just fast enough for video. Stop downloads and videos on other devices during the call.</source>
        <translation>Вашего интернет-соединения едва хватает для видео. Остановите загрузки и видео на других устройствах на время звонка.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="214"/>
        <source>Your computer&apos;s operating system is too old for video calls (Windows 10, macOS 12 or a recent Linux is needed). Please use the phone service or visit an office.</source>
        <translation>Операционная система вашего компьютера слишком старая для видеозвонков (нужны Windows 10, macOS 12 или современный Linux). Воспользуйтесь телефонной службой или посетите офис.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="222"/>
        <source>We did not find a camera. Connect a camera, or close other programs that use it, and check again.</source>
        <translation>Камера не найдена. Подключите камеру или закройте другие программы, которые её используют, и проверьте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="225"/>
        <source>The camera picture is dark. Remove any cover from the lens and turn on a light.</source>
        <translation>Изображение с камеры тёмное. Снимите крышку с объектива и включите свет.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="228"/>
        <source>The camera picture does not move. Close other programs that use the camera, or unplug the camera and plug it in again.</source>
        <translation>Изображение с камеры не двигается. Закройте другие программы, использующие камеру, или отключите камеру и подключите её снова.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="231"/>
        <source>The picture is a little jerky. Add light to the room and close other programs.</source>
        <translation>Изображение слегка дёргается. Добавьте света в комнате и закройте другие программы.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="234"/>
        <source>We hear nothing from your microphone. Check that it is connected and not muted, then say something and check again.</source>
        <translation>Мы ничего не слышим из вашего микрофона. Проверьте, что он подключён и не выключен, скажите что-нибудь и проверьте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="237"/>
        <source>Your voice is too loud for the microphone. Move a little further away.</source>
        <translation>Ваш голос слишком громкий для микрофона. Отодвиньтесь немного подальше.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="241"/>
        <source>Please use a headset if you have one, so the other person does not hear an echo.</source>
        <translation>Если у вас есть гарнитура, используйте её, чтобы собеседник не слышал эха.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="285"/>
        <source>PDF document, 1 page</source>
        <translation>PDF-документ, 1 страница</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="286"/>
        <source>PDF document, %1 pages</source>
        <translation>PDF-документ, страниц: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="288"/>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="296"/>
        <source>Double-click or press Enter to save the file</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы сохранить файл</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="302"/>
        <source>Sending the file…</source>
        <translation>Файл отправляется…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="304"/>
        <source>The file is too large. You can send files of up to %1.</source>
        <translation>Файл слишком большой. Можно отправлять файлы размером до %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="306"/>
        <source>This kind of file cannot be sent. Send a PDF document or a picture (JPEG, PNG).</source>
        <translation>Такой файл отправить нельзя. Отправьте PDF-документ или изображение (JPEG, PNG).</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="308"/>
        <source>The file was refused because the virus check found something harmful in it.</source>
        <translation>Файл не принят: антивирусная проверка нашла в нём что-то вредоносное.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="310"/>
        <source>Files cannot be checked for viruses right now, so they cannot be sent. Please try again later.</source>
        <translation>Сейчас файлы нельзя проверить на вирусы, поэтому их нельзя отправить. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="312"/>
        <source>The chat has ended, so files can no longer be sent.</source>
        <translation>Чат завершён, файлы больше отправлять нельзя.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="313"/>
        <source>The file could not be read on this computer.</source>
        <translation>Не удалось прочитать файл на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="314"/>
        <source>The file was saved.</source>
        <translation>Файл сохранён.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="315"/>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation>Не удалось сохранить файл в этом месте. Выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="316"/>
        <source>This file cannot be opened.</source>
        <translation>Этот файл нельзя открыть.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="317"/>
        <source>This file is no longer kept.</source>
        <translation>Этот файл больше не хранится.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="319"/>
        <source>The file could not be sent. Please try again.</source>
        <translation>Не удалось отправить файл. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="207"/>
        <source>Your internet connection is too slow for video (at least 1.2 Mbit/s is needed). Move closer to your wireless router, or stop downloads and videos on other devices.</source>
        <translation>Ваше интернет-соединение слишком медленное для видео (нужно не меньше 1,2 Мбит/с). Подойдите ближе к роутеру или остановите загрузки и видео на других устройствах.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="247"/>
        <location filename="../../customer_client/qt/texts.py" line="250"/>
        <source>Video calls do not work on this operating system. Please use another computer, the phone service or a service office.</source>
        <translation>Видеозвонки не работают в этой операционной системе. Воспользуйтесь другим компьютером, телефонной службой или офисом обслуживания.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="255"/>
        <source>We could not measure this. Check your internet connection and check again.</source>
        <translation>Это не удалось измерить. Проверьте подключение к интернету и повторите проверку.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="257"/>
        <source>Your connection is slow to answer. Move closer to your wireless router.</source>
        <translation>Ваше соединение отвечает медленно. Подойдите ближе к роутеру.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="259"/>
        <source>Your connection is unsteady. Stop downloads and videos on other devices.</source>
        <translation>Ваше соединение нестабильно. Остановите загрузки и видео на других устройствах.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="261"/>
        <source>Some data gets lost on the way. Move closer to your wireless router or use a cable.</source>
        <translation>Часть данных теряется по пути. Подойдите ближе к роутеру или используйте кабель.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="264"/>
        <source>We could not open a video connection. Check your internet connection. On a work computer, a firewall may block video calls.</source>
        <translation>Не удалось установить видеосвязь. Проверьте интернет-соединение. На рабочем компьютере видеозвонки может блокировать брандмауэр.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="239"/>
        <source>Turn up the volume or connect a headset, then play the sound again.</source>
        <translation>Увеличьте громкость или подключите гарнитуру и воспроизведите звук снова.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="243"/>
        <source>Please tell us whether you heard the sound.</source>
        <translation>Скажите, пожалуйста, услышали ли вы звук.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="124"/>
        <source>This service needs strong identification: online banking codes, a mobile certificate or an ID card. Sign out and sign in again with one of them, or choose the chat with the assistant or the phone service.</source>
        <translation>Для этой услуги нужна строгая идентификация: коды онлайн-банка, мобильный сертификат или удостоверение личности. Выйдите и войдите снова одним из этих способов или выберите чат с помощником или телефонную службу.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="185"/>
        <source>Video route through firewalls</source>
        <translation>Путь видеосвязи через брандмауэры</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="267"/>
        <source>Your network lets video through only on a slower route. The call will work, but if the picture stutters, try another network, or ask your IT support to allow UDP port 3478 to the service.</source>
        <translation>Ваша сеть пропускает видео только по более медленному пути. Звонок будет работать, но если изображение дёргается, попробуйте другую сеть или попросите ИТ-поддержку разрешить UDP-порт 3478 к службе.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="271"/>
        <source>The service&apos;s video route did not accept our test. The call may still work; if it does not, please try again later.</source>
        <translation>Путь видеосвязи службы не принял нашу проверку. Звонок всё равно может работать; если нет, попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="274"/>
        <source>Your network blocks the service&apos;s video route. Ask your IT support to allow connections to the service&apos;s relay server (UDP and TCP port 3478, TCP port 443), or use another network, for example your phone&apos;s hotspot.</source>
        <translation>Ваша сеть блокирует путь видеосвязи службы. Попросите ИТ-поддержку разрешить подключения к серверу-ретранслятору службы (UDP и TCP порт 3478, TCP порт 443) или используйте другую сеть, например точку доступа вашего телефона.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="115"/>
        <source>This version of the program is too old for the service. Please update the program, then open it again.</source>
        <translation>Эта версия программы слишком старая для сервиса. Пожалуйста, обновите программу и откройте её снова.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="53"/>
        <source>around the clock</source>
        <translation>круглосуточно</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="83"/>
        <source>in Finnish</source>
        <translation>на финском языке</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="83"/>
        <source>in Swedish</source>
        <translation>на шведском языке</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="84"/>
        <source>in English</source>
        <translation>на английском языке</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="84"/>
        <source>in Russian</source>
        <translation>на русском языке</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="85"/>
        <source>in Sorani Kurdish</source>
        <translation>на курдском языке (сорани)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="147"/>
        <source>Phone service %1</source>
        <translation>Телефонная служба %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="150"/>
        <source>Visit a service office: service %1</source>
        <translation>Визит в офис обслуживания: обслуживание %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/texts.py" line="153"/>
        <source>Information on the Infopankki.fi website %1</source>
        <translation>Информация на сайте Infopankki.fi %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_client/qt/texts.py" line="166"/>
        <source>Estimated wait: about %Ln minute(s)</source>
        <translation>
            <numerusform>Примерное ожидание: около %Ln минуты</numerusform>
            <numerusform>Примерное ожидание: около %Ln минут</numerusform>
            <numerusform>Примерное ожидание: около %Ln минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="27"/>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="28"/>
        <source>Your visit has ended. You can close this window, or start again.</source>
        <translation>Ваше обращение завершено. Можете закрыть это окно или начать сначала.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/thanks.py" line="30"/>
        <source>Back to the start</source>
        <translation>Вернуться в начало</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="68"/>
        <source>What is your matter about?</source>
        <translation>Какой у вас вопрос?</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="71"/>
        <source>Choose the topic that fits best. The service expert can help with other matters too.</source>
        <translation>Выберите наиболее подходящую тему. Специалист может помочь и с другими вопросами.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="78"/>
        <source>Finding the services that are available…</source>
        <translation>Ищем доступные услуги…</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="84"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="74"/>
        <source>There are no video appointments in your language yet. Service experts take video appointments %1.</source>
        <translation>Видеоприём на вашем языке пока недоступен. Специалисты проводят видеоприём %1.</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/pages/topic.py" line="80"/>
        <source>There are no video appointments right now.</source>
        <translation>Сейчас видеоприём недоступен.</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="83"/>
        <source>conversation</source>
        <translation>переписка</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="85"/>
        <source>Save the conversation</source>
        <translation>Сохранить переписку</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="86"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-документы (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="96"/>
        <source>Service expert: %1</source>
        <translation>Специалист: %1</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="107"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="108"/>
        <source>Application assistant</source>
        <translation>Помощник по заявлениям</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="109"/>
        <source>Service expert</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../customer_client/qt/transcript_pdf.py" line="110"/>
        <source>Your conversation with the customer service</source>
        <translation>Ваша переписка со службой обслуживания</translation>
    </message>
</context>
</TS>

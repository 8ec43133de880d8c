<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Outreach Desktop: encrypted case management.</source>
        <translation>Outreach Desktop: зашифрованная система ведения случаев.</translation>
    </message>
    <message>
        <source>data folder (default: the platform&apos;s local app data folder)</source>
        <translation>папка данных (по умолчанию: локальная папка данных приложений вашей платформы)</translation>
    </message>
    <message>
        <source>user interface language (default: settings, else system, else de)</source>
        <translation>язык интерфейса (по умолчанию: из настроек, иначе системный, иначе de)</translation>
    </message>
    <message>
        <source>open the demo workspace (invented clients, its own data folder, a public passphrase shown on the unlock screen)</source>
        <translation>открыть демонстрационную рабочую среду (вымышленные клиенты, отдельная папка данных, общедоступная парольная фраза, показанная на экране разблокировки)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Device removed</source>
        <extracomment>Keyword arguments for the SyncController (tests: short timers, no network info).</extracomment>
        <translation>Устройство отключено</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device&apos;s access to the server, so its case data was removed from this computer. Ask your coordinator for a new enrolment code to set it up again.</source>
        <translation>Ваша организация отозвала доступ этого устройства к серверу, поэтому данные о случаях были удалены с этого компьютера. Чтобы настроить его снова, попросите у координатора новый код подключения.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This kind of document cannot be shown inside the app.</source>
        <translation>Документы этого типа нельзя просмотреть в приложении.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to the folder you choose can read it. Save it only where it is protected, and delete it when you no longer need it.</source>
        <translation>Копия не будет зашифрована: её сможет прочитать любой, у кого есть доступ к выбранной папке. Сохраняйте её только в защищённом месте и удалите, когда она больше не понадобится.</translation>
    </message>
    <message>
        <source>Save unencrypted copy…</source>
        <translation>Сохранить незашифрованную копию…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <source>Auto-lock</source>
        <translation>Автоблокировка</translation>
    </message>
    <message>
        <source>Lock the app after this many &amp;minutes without keyboard or mouse activity:</source>
        <translation>Блокировать приложение через указанное число &amp;минут без действий с клавиатурой или мышью:</translation>
    </message>
    <message>
        <source>Minutes until auto-lock</source>
        <translation>Минут до автоблокировки</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Outreach Desktop</source>
        <translation>Outreach Desktop</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>fewer than %1</source>
        <extracomment>Bar area at least this many average characters wide. Labels are cut (with an ellipsis) beyond this many average characters. A figure cell hidden for privacy: %1 is the smallest count shown (5).</extracomment>
        <translation>меньше %1</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>За этот период показателей нет.</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <extracomment>The count beside a hidden cell&apos;s bar: %1 is the smallest count shown (5).</extracomment>
        <translation>&lt; %1</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <source>Open a new case</source>
        <extracomment>A supervisor&apos;s window: the case is shown, never changed.</extracomment>
        <translation>Открыть новый случай</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Закрыть случай…</translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>Случаев пока нет.</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Текущий этап: %1</translation>
    </message>
    <message>
        <source>Move on to %1</source>
        <translation>Перейти к этапу «%1»</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Вернуться к этапу «%1»</translation>
    </message>
    <message>
        <source>Case opened on %1.</source>
        <translation>Случай открыт %1.</translation>
    </message>
    <message>
        <source>Case opened on %1, closed on %2: %3.</source>
        <translation>Случай открыт %1, закрыт %2: %3.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Новая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase</source>
        <translation>&amp;Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No passphrase: run this in a terminal, or set %1 for scripted use.</source>
        <translation>Парольная фраза не введена: запустите команду в терминале или задайте %1 для использования в скриптах.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Повторите парольную фразу: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Парольные фразы не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <source>A new vault will be created in %1.</source>
        <translation>Новое хранилище будет создано в папке %1.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this device cannot be recovered by anyone. With sync, it can be downloaded again after setting up anew.</source>
        <translation>Если вы забудете парольную фразу, никто не сможет восстановить данные на этом устройстве. Если используется синхронизация, после повторной настройки их можно будет загрузить снова.</translation>
    </message>
    <message>
        <source>Vault created (id %1).</source>
        <translation>Хранилище создано (ID %1).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>ID хранилища</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>Несинхронизированные изменения</translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation>Версия SQLCipher</translation>
    </message>
    <message>
        <source>--map needs the form &quot;Column=field&quot;, got: %1</source>
        <translation>Для --map нужен формат «Столбец=поле», получено: %1</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Игнорируемые столбцы: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) ready to import; nothing was written.</source>
        <translation>
            <numerusform>Пробный запуск: к импорту готова %n строка; ничего не записано.</numerusform>
            <numerusform>Пробный запуск: к импорту готовы %n строки; ничего не записано.</numerusform>
            <numerusform>Пробный запуск: к импорту готово %n строк; ничего не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>As it is, the file would not be imported: fix the rows named above (or add --skip-duplicates for duplicates).</source>
        <translation>В текущем виде файл не будет импортирован: исправьте указанные выше строки (или добавьте --skip-duplicates, чтобы пропустить дубликаты).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n клиент.</numerusform>
            <numerusform>Импортировано %n клиента.</numerusform>
            <numerusform>Импортировано %n клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>Пропущен %n дубликат.</numerusform>
            <numerusform>Пропущено %n дубликата.</numerusform>
            <numerusform>Пропущено %n дубликатов.</numerusform>
        </translation>
    </message>
    <message>
        <source>To import the other rows and skip the duplicates, add --skip-duplicates.</source>
        <translation>Чтобы импортировать остальные строки и пропустить дубликаты, добавьте --skip-duplicates.</translation>
    </message>
    <message>
        <source>Encryption library (SQLCipher)</source>
        <translation>Библиотека шифрования (SQLCipher)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Системная связка ключей</translation>
    </message>
    <message>
        <source>Device secret in the keyring</source>
        <translation>Секрет устройства в связке ключей</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>Права доступа к файлам</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Encrypted pages (cipher_integrity_check)</source>
        <translation>Зашифрованные страницы (cipher_integrity_check)</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>Структура базы данных</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Изменения, ожидающие отправки</translation>
    </message>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Изменения, не принятые сервером</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Нерешённые конфликты</translation>
    </message>
    <message>
        <source>Unread feedback</source>
        <translation>Непрочитанные отзывы</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Последняя успешная синхронизация</translation>
    </message>
    <message>
        <source>Sync: not connected to a server (outreach enroll).</source>
        <translation>Синхронизация: устройство не подключено к серверу (outreach enroll).</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Последняя проблема: %1</translation>
    </message>
    <message>
        <source>This device is connected to %1 (device %2). Run &apos;outreach sync&apos; to download the caseload.</source>
        <translation>Это устройство подключено к %1 (устройство %2). Выполните «outreach sync», чтобы загрузить ваши случаи.</translation>
    </message>
    <message>
        <source>Sync done: %1 change(s) sent, %2 received.</source>
        <translation>Синхронизация завершена: отправлено изменений: %1, получено: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision (open the app).</source>
        <translation>
            <numerusform>%n конфликт требует решения (откройте приложение).</numerusform>
            <numerusform>%n конфликта требуют решения (откройте приложение).</numerusform>
            <numerusform>%n конфликтов требуют решения (откройте приложение).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not accepted by the server (open the app).</source>
        <translation>
            <numerusform>%n изменение не принято сервером (откройте приложение).</numerusform>
            <numerusform>%n изменения не приняты сервером (откройте приложение).</numerusform>
            <numerusform>%n изменений не приняты сервером (откройте приложение).</numerusform>
        </translation>
    </message>
    <message>
        <source>The data on this device still differs from the server after a fresh download. Run &apos;outreach sync&apos; again later; if it persists, tell support.</source>
        <translation>Данные на этом устройстве всё ещё отличаются от данных на сервере, даже после повторной загрузки. Позже снова выполните «outreach sync»; если ошибка повторится, сообщите в службу поддержки.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>ПРОБЛЕМА</translation>
    </message>
    <message>
        <source>Readable by other users: %1. Run: chmod 700 on the folder and chmod 600 on its files.</source>
        <translation>Доступно для чтения другим пользователям: %1. Выполните chmod 700 для папки и chmod 600 для её файлов.</translation>
    </message>
    <message>
        <source>The keyring in use (%1) is not the one the vault was set up with (%2).</source>
        <translation>Используемая связка ключей (%1) отличается от той, с которой было настроено хранилище (%2).</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from the server or a backup.</source>
        <translation>Файл базы данных повреждён: %1. Восстановите его с сервера или из резервной копии.</translation>
    </message>
    <message>
        <source>The SQLite library has no encryption. Reinstall the app.</source>
        <translation>Библиотека SQLite не поддерживает шифрование. Переустановите приложение.</translation>
    </message>
    <message>
        <source>The schema is not the current one.</source>
        <translation>Схема базы данных не соответствует текущей версии.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Найдена %n проблема.</numerusform>
            <numerusform>Найдено %n проблемы.</numerusform>
            <numerusform>Найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Текущая парольная фраза: </translation>
    </message>
    <message>
        <source>Passphrase changed. The data key itself is unchanged; use &apos;outreach rekey&apos; to replace it too.</source>
        <translation>Парольная фраза изменена. Сам ключ данных остался прежним; чтобы заменить и его, выполните «outreach rekey».</translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new data key.</source>
        <translation>База данных перешифрована новым ключом данных.</translation>
    </message>
    <message>
        <source>Demo data: %1 of %2 clients written</source>
        <translation>Демонстрационные данные: записано клиентов: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>The vault already holds %n client(s). Demo data is meant for an empty vault; add --force to add it anyway.</source>
        <translation>
            <numerusform>В хранилище уже есть %n клиент. Демонстрационные данные предназначены для пустого хранилища; чтобы всё равно добавить их, укажите --force.</numerusform>
            <numerusform>В хранилище уже есть %n клиента. Демонстрационные данные предназначены для пустого хранилища; чтобы всё равно добавить их, укажите --force.</numerusform>
            <numerusform>В хранилище уже есть %n клиентов. Демонстрационные данные предназначены для пустого хранилища; чтобы всё равно добавить их, укажите --force.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n demo client(s) were written (whole batches); the rest was not.</source>
        <translation>
            <numerusform>Отменено. Записан %n демонстрационный клиент (целыми пакетами); остальные не записаны.</numerusform>
            <numerusform>Отменено. Записано %n демонстрационных клиента (целыми пакетами); остальные не записаны.</numerusform>
            <numerusform>Отменено. Записано %n демонстрационных клиентов (целыми пакетами); остальные не записаны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written (seed %1):</source>
        <translation>Демонстрационные данные записаны (seed %1):</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Goal steps</source>
        <translation>Шаги к целям</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>a whole number of at least 1, got: %1</source>
        <translation>нужно целое число не меньше 1, получено: %1</translation>
    </message>
    <message>
        <source>Outreach Desktop, headless: set up, import, check. The passphrase is asked for, or read from OUTREACH_PASSPHRASE (for scripts; see the README for the risk).</source>
        <translation>Outreach Desktop без графического интерфейса: настройка, импорт, проверка. Парольная фраза запрашивается или считывается из OUTREACH_PASSPHRASE (для скриптов; о рисках см. README).</translation>
    </message>
    <message>
        <source>data folder (default: %1)</source>
        <translation>папка данных (по умолчанию: %1)</translation>
    </message>
    <message>
        <source>language of the messages</source>
        <translation>язык сообщений</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>создать новое хранилище</translation>
    </message>
    <message>
        <source>import a CSV or XLSX client list</source>
        <translation>импортировать список клиентов из файла CSV или XLSX</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>файл .csv или .xlsx</translation>
    </message>
    <message>
        <source>map a column to a field (or &apos;ignore&apos;); may be repeated</source>
        <translation>сопоставить столбец с полем (или «ignore»); можно указывать несколько раз</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>показать, что будет импортировано</translation>
    </message>
    <message>
        <source>text encoding of a CSV file (default: UTF-8)</source>
        <translation>кодировка текста в файле CSV (по умолчанию: UTF-8)</translation>
    </message>
    <message>
        <source>worksheet of an XLSX file (default: the first)</source>
        <translation>лист файла XLSX (по умолчанию: первый)</translation>
    </message>
    <message>
        <source>import the other rows when some are already in the vault</source>
        <translation>импортировать остальные строки, если часть из них уже есть в хранилище</translation>
    </message>
    <message>
        <source>counts, outbox size, cipher version</source>
        <translation>количество записей, размер очереди синхронизации, версия шифрования</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>машиночитаемый вывод</translation>
    </message>
    <message>
        <source>connect this device to the sync server</source>
        <translation>подключить это устройство к серверу синхронизации</translation>
    </message>
    <message>
        <source>the server&apos;s address (https://…)</source>
        <translation>адрес сервера (https://…)</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <translation>одноразовый код подключения</translation>
    </message>
    <message>
        <source>trust only this CA bundle (PEM) for the server&apos;s certificate</source>
        <translation>проверять сертификат сервера только по этому набору сертификатов ЦС (PEM)</translation>
    </message>
    <message>
        <source>a name for this device (default: the computer&apos;s name)</source>
        <translation>имя этого устройства (по умолчанию: имя компьютера)</translation>
    </message>
    <message>
        <source>send waiting changes and receive new ones</source>
        <translation>отправить ожидающие изменения и получить новые</translation>
    </message>
    <message>
        <source>show progress</source>
        <translation>показывать ход выполнения</translation>
    </message>
    <message>
        <source>check the installation and the vault</source>
        <translation>проверить установку и хранилище</translation>
    </message>
    <message>
        <source>skip the checks that need the passphrase</source>
        <translation>пропустить проверки, для которых нужна парольная фраза</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>сменить парольную фразу</translation>
    </message>
    <message>
        <source>re-encrypt the database with a new data key</source>
        <translation>перешифровать базу данных новым ключом данных</translation>
    </message>
    <message>
        <source>fill the vault with invented demo clients</source>
        <translation>заполнить хранилище вымышленными демонстрационными клиентами</translation>
    </message>
    <message>
        <source>how many demo clients (with cases, contacts, goals, referrals)</source>
        <translation>сколько демонстрационных клиентов создать (со случаями, контактами, целями, направлениями)</translation>
    </message>
    <message>
        <source>the same seed gives the same data (default: 1)</source>
        <translation>одно и то же значение seed даёт одни и те же данные (по умолчанию: 1)</translation>
    </message>
    <message>
        <source>add demo data even if the vault already has clients</source>
        <translation>добавить демонстрационные данные, даже если в хранилище уже есть клиенты</translation>
    </message>
    <message>
        <source>check form definitions</source>
        <translation>проверить определения форм</translation>
    </message>
    <message>
        <source>check a form definition file and name every problem</source>
        <translation>проверить файл определения формы и перечислить все проблемы</translation>
    </message>
    <message>
        <source>a form definition (.json)</source>
        <translation>определение формы (.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s):</source>
        <translation>
            <numerusform>%1: файл отклонён, найдена %n проблема:</numerusform>
            <numerusform>%1: файл отклонён, найдено %n проблемы:</numerusform>
            <numerusform>%1: файл отклонён, найдено %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: form &apos;%2&apos;, version %3, %4 questions, languages %5: no problems.</source>
        <translation>%1: форма &apos;%2&apos;, версия %3, вопросов: %4, языки: %5: проблем не найдено.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Изменение данных клиента</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Другие имена</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Языки</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>Ра&amp;йон</translation>
    </message>
    <message>
        <source>&amp;Residence status</source>
        <translation>&amp;Статус пребывания</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>Другие варианты написания через запятую</translation>
    </message>
    <message>
        <source>Target-group markers (sensitive, optional)</source>
        <translation>Признаки целевой группы (конфиденциально, необязательно)</translation>
    </message>
    <message>
        <source>Only tick what the client has told you and agreed to record. These markers are special categories of personal data; the record hides them until someone chooses to show them.</source>
        <translation>Отмечайте только то, что клиент сам сообщил вам и согласился зафиксировать. Эти признаки относятся к особым категориям персональных данных; в карточке они скрыты, пока кто-либо не решит их показать.</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>Скрыть конфиденциальные признаки</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>Показать конфиденциальные признаки</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Создать клиента</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>All districts</source>
        <extracomment>Column widths in average characters of the list&apos;s font (scale with the font, not pixels). The filter combo boxes: attribute prefix -&gt; catalogue (None: the case phases). Tables whose changes the list does not show (a form&apos;s draft is saved often).</extracomment>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Все целевые группы</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) · type two letters or more to search</source>
        <translation>
            <numerusform>%n клиент · для поиска введите не менее двух букв</numerusform>
            <numerusform>%n клиента · для поиска введите не менее двух букв</numerusform>
            <numerusform>%n клиентов · для поиска введите не менее двух букв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or alias…</source>
        <translation>Поиск по имени или другому имени…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Filter by district</source>
        <translation>Фильтр по району</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Фильтр по этапу</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Фильтр по теме</translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation>Фильтр по целевой группе</translation>
    </message>
    <message>
        <source>My open follow-ups</source>
        <translation>Мои открытые повторные контакты</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <source>Add a client with New client (Ctrl+N), or import a CSV or Excel file with the command %1.</source>
        <translation>Добавьте клиента командой «Новый клиент» (Ctrl+N) или импортируйте файл CSV или Excel с помощью команды %1.</translation>
    </message>
</context>
<context>
    <name>ClientModeWindow</name>
    <message>
        <source>Client view</source>
        <translation>Режим для клиента</translation>
    </message>
    <message>
        <source>To leave the client view, the caseworker enters the passphrase.</source>
        <translation>Чтобы выйти из режима для клиента, кейс-менеджер вводит парольную фразу.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Leave client view</source>
        <translation>&amp;Выйти из режима для клиента</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Назад к форме</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Изменить данные клиента…</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Изменить данные клиента</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Удалить клиента…</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Удалить клиента</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>нет случая</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under the client&apos;s name: client code · current phase.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Feedback (%1 new)</source>
        <translation>Обратная связь (новых: %1)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <source>Choose a client from the list to see their record.</source>
        <translation>Выберите клиента в списке, чтобы открыть его карточку.</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Загрузка карточки…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Roles answered with the cell&apos;s text, as plain ints: the view asks ~7 roles per cell per paint, and comparing with Qt&apos;s enum members costs more than the answer.</extracomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Client code</source>
        <extracomment>The client&apos;s pseudonymous code (e.g. K-7F3Q2), shown instead of names in reports.</extracomment>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Phase</source>
        <extracomment>The phase of the client&apos;s current case (intake, assessment, ...).</extracomment>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующий контакт</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Закрыть случай</translation>
    </message>
    <message>
        <source>A closed case stays in the record with its reason; it cannot be reopened. If the client comes back, open a new case.</source>
        <translation>Закрытый случай остаётся в карточке вместе с причиной закрытия; открыть его снова нельзя. Если клиент вернётся, откройте новый случай.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>&amp;Дата закрытия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <extracomment>Column widths in average characters of the font. Fields whose values are free text about a person: shortened in the list. Columns that say nothing to a supervisor (ids of parents, ordering).</extracomment>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Записать контакт…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Записать контакт</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <source>Delete client</source>
        <translation>Удалить клиента</translation>
    </message>
    <message>
        <source>The client, their cases, contacts, referrals, notes and documents are deleted on this laptop now, and on the server and the other devices at the next sync. This cannot be undone here.

If the client asked for erasure of their data (GDPR Art. 17), also ask your organisation to erase it: the server keeps a trace of the deletion until then.</source>
        <translation>Клиент и его случаи, контакты, направления, заметки и документы будут удалены сейчас на этом ноутбуке, а на сервере и других устройствах — при следующей синхронизации. Здесь это действие отменить нельзя.

Если клиент потребовал удалить его данные (ст. 17 GDPR), попросите также вашу организацию удалить их: до этого на сервере сохраняется след удаления.</translation>
    </message>
    <message>
        <source>Type the client code %1 to confirm:</source>
        <translation>Для подтверждения введите код клиента %1:</translation>
    </message>
    <message>
        <source>Client code to confirm</source>
        <translation>Код клиента для подтверждения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Добавить документ…</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Выберите файл сертификата ЦС</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter the server address your coordinator gave you.</source>
        <translation>Введите адрес сервера, который вам дал координатор.</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>Введите код подключения.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <source>Connected. Fetching your cases for the first time…</source>
        <translation>Подключено. Первая загрузка ваших случаев…</translation>
    </message>
    <message>
        <source>This device is connected, and the first sync is done.</source>
        <translation>Устройство подключено, первая синхронизация выполнена.</translation>
    </message>
    <message>
        <source>This device is connected, but the first sync failed: %1 It will be tried again by itself.</source>
        <translation>Устройство подключено, но первая синхронизация не удалась: %1 Повторная попытка будет выполнена автоматически.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>Connect this device to your organisation&apos;s server with the one-time enrolment code your coordinator gave you. Your cases then sync by themselves whenever there is a network.</source>
        <translation>Подключите это устройство к серверу вашей организации с помощью одноразового кода подключения, который вам дал координатор. После этого ваши случаи будут синхронизироваться автоматически, когда есть сеть.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Код подключения:</translation>
    </message>
    <message>
        <source>CA certificate (&amp;optional):</source>
        <translation>Сертификат ЦС (&amp;необязательно):</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Имя устройства:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Подключить</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Outdated: the record changed since</source>
        <translation>Устарело: запись с тех пор изменилась</translation>
    </message>
    <message>
        <source>No feedback from a supervisor yet.</source>
        <translation>Обратной связи от куратора пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) by a supervisor</source>
        <translation>
            <numerusform>%n отзыв куратора</numerusform>
            <numerusform>%n отзыва куратора</numerusform>
            <numerusform>%n отзывов куратора</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новый</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Feedback from a supervisor</source>
        <translation>Обратная связь от куратора</translation>
    </message>
    <message>
        <source>Text of the chosen review</source>
        <translation>Текст выбранного отзыва</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>Filter changes are gathered this long before the figures are computed again. Chart sections: figure key -&gt; the catalogue its keys come from (&quot;&quot; for months).</extracomment>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The figures need a connection to the server.</source>
        <translation>Для показателей нужно подключение к серверу.</translation>
    </message>
    <message>
        <source>The figures shown are from the last successful request.</source>
        <translation>Показаны данные последнего успешного запроса.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Расчёт показателей…</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <source>Active clients by district</source>
        <translation>Активные клиенты по районам</translation>
    </message>
    <message>
        <source>Active clients by target group</source>
        <translation>Активные клиенты по целевым группам</translation>
    </message>
    <message>
        <source>Active clients by topic of their contacts</source>
        <translation>Активные клиенты по темам их контактов</translation>
    </message>
    <message>
        <source>Intakes by month</source>
        <translation>Первичные контакты по месяцам</translation>
    </message>
    <message>
        <source>Closures by month and reason</source>
        <translation>Закрытия случаев по месяцам и причинам</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Контакты по видам</translation>
    </message>
    <message>
        <source>Referrals by institution</source>
        <translation>Направления по учреждениям</translation>
    </message>
    <message>
        <source>Duration of closed cases</source>
        <translation>Длительность закрытых случаев</translation>
    </message>
    <message>
        <source>Median duration in days</source>
        <translation>Медианная длительность в днях</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Закрытые случаи</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <extracomment>A hidden small count in a table: %1 is the smallest count shown (5).</extracomment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Active clients in the period: %1</source>
        <translation>Активных клиентов за период: %1</translation>
    </message>
    <message>
        <source>Closed cases: %1 (no median is shown for so few)</source>
        <translation>Закрытых случаев: %1 (при таком малом числе медиана не показывается)</translation>
    </message>
    <message>
        <source>No case was closed in this period.</source>
        <translation>За этот период не закрыт ни один случай.</translation>
    </message>
    <message>
        <source>Closed cases: %1, median duration %2 days</source>
        <translation>Закрытых случаев: %1, медианная длительность: %2 дн.</translation>
    </message>
    <message>
        <source>To protect the people counted, every number from 1 to %1 is hidden: such cells are put together into one line “fewer than %2”, without saying which districts, groups or months they are.</source>
        <translation>Чтобы защитить учтённых людей, все числа от 1 до %1 скрыты: такие ячейки объединены в одну строку «меньше %2» без указания, к каким районам, группам или месяцам они относятся.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>figures-%1-%2.%3</source>
        <extracomment>Suggested file name of the figures: %1 first day, %2 last day, %3 csv or pdf.</extracomment>
        <translation>показатели-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Сохранить показатели в CSV</translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation>Сохранить показатели как отчёт PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Не удалось сохранить файл.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Период: с %1 по %2</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Организация: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Район: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Дата составления: %1</translation>
    </message>
    <message>
        <source>Integration monitoring</source>
        <extracomment>Title of the figures report (the programme&apos;s name for it in German).</extracomment>
        <translation>Мониторинг интеграции</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>page title</comment>
        <extracomment>Page title: the programme&apos;s figures (German: Zahlen).</extracomment>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Экспорт отчёта PDF…</translation>
    </message>
</context>
<context>
    <name>FormFillWindow</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title of a form being filled: form title — client code.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Language of the form:</source>
        <translation>&amp;Язык формы:</translation>
    </message>
    <message>
        <source>&amp;German beside it</source>
        <translation>Параллельно на &amp;немецком</translation>
    </message>
    <message>
        <source>Show every question in German too</source>
        <translation>Показывать каждый вопрос также на немецком языке</translation>
    </message>
    <message>
        <source>Hand to the &amp;client…</source>
        <translation>Передать &amp;клиенту…</translation>
    </message>
    <message>
        <source>Full screen, only this form, large text. Leaving needs your passphrase.</source>
        <translation>Полноэкранный режим: только эта форма, крупный шрифт. Для выхода потребуется ваша парольная фраза.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Finish form</source>
        <translation>&amp;Завершить форму</translation>
    </message>
    <message>
        <source>Check the answers and keep the form as final (Ctrl+Enter)</source>
        <translation>Проверить ответы и сохранить форму как окончательную (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Finished; read only</source>
        <translation>Завершена; только для чтения</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Черновик сохранён в %1</translation>
    </message>
    <message>
        <source>Draft; saved as you type</source>
        <translation>Черновик; сохраняется по мере ввода</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n вопрос ещё требует ответа или исправления.</numerusform>
            <numerusform>%n вопроса ещё требуют ответа или исправления.</numerusform>
            <numerusform>%n вопросов ещё требуют ответа или исправления.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsSection</name>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>&amp;Start form…</source>
        <translation>&amp;Заполнить форму…</translation>
    </message>
    <message>
        <source>Start form</source>
        <translation>Заполнить форму</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Открыть форму</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Удалить черновик…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>This form (version %1) is not part of this installation of the app. Update the app to open it.</source>
        <translation>Эта форма (версия %1) отсутствует в установленной версии приложения. Чтобы открыть её, обновите приложение.</translation>
    </message>
    <message>
        <source>A finished form is kept. Start a new one to record a change.</source>
        <translation>Завершённая форма сохраняется без изменений. Чтобы зафиксировать изменения, заполните новую форму.</translation>
    </message>
    <message>
        <source>Discard this draft and its answers? This cannot be undone.</source>
        <translation>Удалить этот черновик вместе с ответами? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goal or step</source>
        <translation>Цель или шаг</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Цели и шаги</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Добавить цель…</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Добавить шаг…</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Отметить шаг как выполненный</translation>
    </message>
    <message>
        <source>Goals belong to a case; open a case first.</source>
        <translation>Цели относятся к случаю; сначала откройте случай.</translation>
    </message>
    <message>
        <source>No goals agreed yet.</source>
        <translation>Цели пока не согласованы.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <extracomment>Columns that say nothing to a caseworker (ids of parents, ordering).</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(скрыто)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation>&amp;Вид контакта</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>&amp;Район</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Д&amp;лительность</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>&amp;Темы</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>П&amp;овторный контакт</translation>
    </message>
    <message>
        <source>Type a name or client code</source>
        <translation>Введите имя или код клиента</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>Duration 0 means the duration was not recorded.</extracomment>
        <translation>не указано</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter — сохранить</translation>
    </message>
    <message numerus="yes">
        <source>+%n week(s)</source>
        <extracomment>Quick choice: follow-up this many weeks after the contact date.</extracomment>
        <translation>
            <numerusform>+%n неделя</numerusform>
            <numerusform>+%n недели</numerusform>
            <numerusform>+%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up in %n week(s)</source>
        <translation>
            <numerusform>Повторный контакт через %n неделю</numerusform>
            <numerusform>Повторный контакт через %n недели</numerusform>
            <numerusform>Повторный контакт через %n недель</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Сохранить контакт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Contact with %1</source>
        <translation>Контакт: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>About Outreach Desktop</source>
        <translation>О программе Outreach Desktop</translation>
    </message>
    <message>
        <source>Outreach Desktop %1

Encrypted, offline-first case management for outreach work.</source>
        <translation>Outreach Desktop %1

Зашифрованная система ведения случаев для аутрич-работы, рассчитанная прежде всего на работу без сети.</translation>
    </message>
    <message>
        <source>Auto-lock setting saved.</source>
        <translation>Настройка автоблокировки сохранена.</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without activity</source>
        <translation>
            <numerusform>Блокируется через %n минуту бездействия</numerusform>
            <numerusform>Блокируется через %n минуты бездействия</numerusform>
            <numerusform>Блокируется через %n минут бездействия</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Контакт сохранён.</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>Синхронизация завершена.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Ошибка синхронизации: %1</translation>
    </message>
    <message>
        <source>Enter	Open the selected client</source>
        <translation>Enter	Открыть выбранного клиента</translation>
    </message>
    <message>
        <source>Down	From the search field into the list</source>
        <translation>Down	Из поля поиска в список</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>navigation</comment>
        <extracomment>The pages each role sees, the first one shown after unlocking. A supervisor reads the team&apos;s records (never edits them); a coordinator sees the figures and nothing else. The first window size, in average characters and lines of the font (scales with it).</extracomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Clients</source>
        <comment>navigation</comment>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>navigation</comment>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>navigation</comment>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>navigation</comment>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>Log &amp;contact…</source>
        <translation>Записать &amp;контакт…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Очередь проверки</translation>
    </message>
    <message>
        <source>T&amp;eam overview</source>
        <translation>Обзор ко&amp;манды</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>Пока&amp;затели</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Send your changes and fetch new ones (F5)</source>
        <translation>Отправить ваши изменения и получить новые (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>&amp;Проблемы синхронизации…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after…</source>
        <translation>&amp;Автоблокировка через…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desktop</source>
        <translation>&amp;О программе Outreach Desktop</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock, затем повторите попытку.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet. Set one up first (outreach init, or start the app).</source>
        <translation>В этой папке данных ещё нет хранилища. Сначала создайте его (командой outreach init или запустив приложение).</translation>
    </message>
    <message>
        <source>This data folder already holds a vault. Nothing was changed.</source>
        <translation>В этой папке данных уже есть хранилище. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key file asks for weaker key protection than this app allows. It may have been tampered with; it is refused. Restore the key file from a backup or set up this device again from the server.</source>
        <translation>Файл ключа требует более слабой защиты ключа, чем допускает это приложение. Возможно, файл был подделан, поэтому он отклонён. Восстановите файл ключа из резервной копии или заново настройте это устройство с сервера.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is damaged or was changed, so the vault cannot be opened. Restore the key file from a backup, or set up this device again from the server.</source>
        <translation>Файл ключа (vault.key) повреждён или был изменён, поэтому хранилище не удаётся открыть. Восстановите файл ключа из резервной копии или заново настройте это устройство с сервера.</translation>
    </message>
    <message>
        <source>The key file was made by another version of Outreach Desktop. Install the current version of the app.</source>
        <translation>Файл ключа создан другой версией Outreach Desktop. Установите текущую версию приложения.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters, for example several words.</source>
        <translation>Парольная фраза слишком короткая: используйте не менее 10 символов, например несколько слов.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Add more words or characters.</source>
        <translation>Парольную фразу слишком легко угадать. Добавьте ещё слова или символы.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (usually by logging in to your desktop session) and try again.</source>
        <translation>Системная связка ключей заблокирована. Разблокируйте её (обычно для этого достаточно войти в сеанс рабочего стола) и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keyring is not the one this vault was set up with. Log in to the desktop session you set the app up in, or set this device up again from the server.</source>
        <translation>Системная связка ключей не та, с которой было настроено это хранилище. Войдите в тот сеанс рабочего стола, в котором вы настраивали приложение, или заново настройте это устройство с сервера.</translation>
    </message>
    <message>
        <source>The device secret of this vault is missing from the system keyring, so the vault cannot be opened on this device. Restore the keyring, or set this device up again from the server.</source>
        <translation>Секрет устройства для этого хранилища отсутствует в системной связке ключей, поэтому хранилище нельзя открыть на этом устройстве. Восстановите связку ключей или заново настройте это устройство с сервера.</translation>
    </message>
    <message>
        <source>The system keyring holds a different device secret than this vault was made with, so the vault cannot be opened. Restore the keyring, or set this device up again from the server.</source>
        <translation>В системной связке ключей хранится не тот секрет устройства, с которым было создано это хранилище, поэтому хранилище нельзя открыть. Восстановите связку ключей или заново настройте это устройство с сервера.</translation>
    </message>
    <message>
        <source>No secure system keyring is available. Outreach Desktop needs one (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Start your desktop&apos;s keyring and try again.</source>
        <translation>Защищённая системная связка ключей недоступна. Она необходима для работы Outreach Desktop (GNOME Keyring, KWallet, macOS Keychain или Windows Credential Manager). Запустите связку ключей вашего рабочего стола и повторите попытку.</translation>
    </message>
    <message>
        <source>The encryption library is missing. Reinstall Outreach Desktop; the app will not store data unencrypted.</source>
        <translation>Библиотека шифрования отсутствует. Переустановите Outreach Desktop: приложение не хранит данные в незашифрованном виде.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing more was written to it. Run &apos;outreach doctor&apos; for details, and restore it from the server or a backup.</source>
        <translation>Файл базы данных повреждён. Запись в него прекращена. Выполните «outreach doctor», чтобы узнать подробности, и восстановите файл с сервера или из резервной копии.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outreach Desktop. Install the newer version to open it; nothing was changed.</source>
        <translation>Эти данные записаны более новой версией Outreach Desktop. Чтобы открыть их, установите новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved from this step. Free some space and try again.</source>
        <translation>Диск заполнен. Результат этого шага не сохранён. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Хранилище заблокировано. Разблокируйте его и повторите попытку.</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet. Connect it with the enrolment code from your coordinator (Settings, Connect to server).</source>
        <translation>Это устройство ещё не подключено к серверу. Подключите его с помощью кода подключения от координатора (Настройки, Подключиться к серверу).</translation>
    </message>
    <message>
        <source>This device is already connected to a server. Nothing was changed.</source>
        <translation>Это устройство уже подключено к серверу. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (for example https://sync.example.org). Check the address your coordinator gave you.</source>
        <translation>Адрес сервера должен начинаться с https:// (например, https://sync.example.org). Проверьте адрес, который вам дал координатор.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was done is kept; the next sync carries on.</source>
        <translation>Синхронизация остановлена. Уже выполненное сохранено; следующая синхронизация продолжит с этого места.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read or holds no certificate. Choose the .pem file your coordinator gave you.</source>
        <translation>Файл сертификата ЦС не удаётся прочитать, или в нём нет сертификата. Выберите файл .pem, который вам дал координатор.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the server address and, for your organisation&apos;s own certificates, the CA certificate file.</source>
        <translation>Не удалось проверить сертификат сервера, поэтому ничего не отправлено. Проверьте адрес сервера, а если ваша организация использует собственные сертификаты, — файл сертификата ЦС.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your changes are kept on this device and sent at the next sync.</source>
        <translation>Сервер не ответил вовремя. Ваши изменения сохранены на этом устройстве и будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The server cannot be reached (no network, or the server is down). Your changes are kept on this device and sent when the server is there again.</source>
        <translation>Сервер недоступен (нет сети или сервер не работает). Ваши изменения сохранены на этом устройстве и будут отправлены, когда сервер снова станет доступен.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used. Ask your coordinator for a new code.</source>
        <translation>Этот код подключения уже использован. Попросите у координатора новый код.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your coordinator for a new code.</source>
        <translation>Срок действия этого кода подключения истёк. Попросите у координатора новый код.</translation>
    </message>
    <message>
        <source>Too many wrong enrolment codes were tried. Wait a few minutes, then try again.</source>
        <translation>Слишком много попыток с неверным кодом подключения. Подождите несколько минут и попробуйте снова.</translation>
    </message>
    <message>
        <source>This device already holds client records, so it can be connected for a caseworker only. A supervisor or the coordination office connects an empty device (a new vault). The code is still valid.</source>
        <translation>На этом устройстве уже есть карточки клиентов, поэтому его можно подключить только для кейс-менеджера. Куратор или координационный офис подключает пустое устройство (новое хранилище). Код по-прежнему действителен.</translation>
    </message>
    <message>
        <source>The server did not accept this enrolment code. Check the code (it is valid once) or ask your coordinator for a new one.</source>
        <translation>Сервер не принял этот код подключения. Проверьте код (он действует только один раз) или попросите у координатора новый.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Outreach Desktop. Install the update; your changes are kept on this device until then.</source>
        <translation>Серверу нужна более новая версия Outreach Desktop. Установите обновление; до тех пор ваши изменения хранятся на этом устройстве.</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device, so its case data is removed from this computer.</source>
        <translation>Ваша организация отключила это устройство, поэтому данные о случаях удаляются с этого компьютера.</translation>
    </message>
    <message>
        <source>The server refused the sync (%1). Your changes are kept on this device; if this happens again, tell your coordinator.</source>
        <translation>Сервер отказал в синхронизации (%1). Ваши изменения сохранены на этом устройстве; если это повторится, сообщите координатору.</translation>
    </message>
    <message>
        <source>The sync did not complete. Your changes are kept on this device and sent at the next sync.</source>
        <translation>Синхронизация не завершена. Ваши изменения сохранены на этом устройстве и будут отправлены при следующей синхронизации.</translation>
    </message>
    <message numerus="yes">
        <source>The file has problems in %n row(s). Nothing was imported.</source>
        <translation>
            <numerusform>В файле есть ошибки в %n строке. Ничего не импортировано.</numerusform>
            <numerusform>В файле есть ошибки в %n строках. Ничего не импортировано.</numerusform>
            <numerusform>В файле есть ошибки в %n строках. Ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать файл: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was lost; please try again.</source>
        <translation>Что-то пошло не так (%1). Данные не потеряны; пожалуйста, повторите попытку.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &apos;CSV UTF-8&apos; from your spreadsheet program, or name its encoding with --encoding.</source>
        <translation>Файл не является текстом в кодировке UTF-8 (строка %1). Сохраните его в формате «CSV UTF-8» в программе для работы с таблицами или укажите его кодировку с помощью --encoding.</translation>
    </message>
    <message>
        <source>The file has no column for the name. Expected a column such as &apos;Vorname&apos;, &apos;Nachname&apos;, &apos;Name&apos;, &apos;first name&apos; or &apos;last name&apos;; use --map to name it.</source>
        <translation>В файле нет столбца с именем. Ожидается столбец, например «Vorname», «Nachname», «Name», «first name» или «last name»; укажите его с помощью --map.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; named in --map is not in the file.</source>
        <translation>Столбца «%1», указанного в --map, нет в файле.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in --map is not a field that can be imported.</source>
        <translation>«%1» в --map не является полем, доступным для импорта.</translation>
    </message>
    <message>
        <source>Only CSV and Excel (.xlsx) files can be imported.</source>
        <translation>Импортировать можно только файлы CSV и Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>В файле нет строк для импорта.</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 MB).</source>
        <translation>Файл слишком большой для импорта (более %1 МБ).</translation>
    </message>
    <message>
        <source>The text encoding &apos;%1&apos; is not known. Use for example --encoding utf-8 or --encoding cp1252.</source>
        <translation>Кодировка текста «%1» неизвестна. Используйте, например, --encoding utf-8 или --encoding cp1252.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet named &apos;%1&apos;.</source>
        <translation>В книге нет листа с именем «%1».</translation>
    </message>
    <message>
        <source>The file has too many rows to import at once (more than %1). Split it into smaller files.</source>
        <translation>В файле слишком много строк для одного импорта (больше %1). Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet. Is it really a CSV or .xlsx file?</source>
        <translation>Не удалось прочитать файл как электронную таблицу. Это действительно файл CSV или .xlsx?</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Не удалось импортировать файл.</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; formulas are not imported</source>
        <translation>похоже на формулу электронной таблицы; формулы не импортируются</translation>
    </message>
    <message>
        <source>text too long (%1 characters, at most %2)</source>
        <translation>текст слишком длинный (символов: %1, допустимо не более %2)</translation>
    </message>
    <message>
        <source>not a date (use DD.MM.YYYY or YYYY-MM-DD)</source>
        <translation>не является датой (используйте формат ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>date of birth in the future or before 1900</source>
        <translation>дата рождения в будущем или раньше 1900 года</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>имя не указано</translation>
    </message>
    <message>
        <source>same person as in row %1</source>
        <translation>тот же человек, что и в строке %1</translation>
    </message>
    <message>
        <source>this person is already in the vault</source>
        <translation>этот человек уже есть в хранилище</translation>
    </message>
    <message>
        <source>client code already used</source>
        <translation>код клиента уже используется</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known value</source>
        <translation>«%1» — неизвестное значение</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>содержит управляющие символы</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos;: %3</source>
        <translation>Строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>оно слишком длинное</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>оно пустое</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>недопустимый символ</translation>
    </message>
    <message>
        <source>something unexpected</source>
        <translation>неожиданный элемент</translation>
    </message>
    <message>
        <source>calling anything is not allowed (only comparisons, and/or/not and field names)</source>
        <translation>вызовы не допускаются (допустимы только сравнения, and/or/not и имена полей)</translation>
    </message>
    <message>
        <source>a dot after a field name is not allowed (no attributes)</source>
        <translation>точка после имени поля не допускается (атрибуты запрещены)</translation>
    </message>
    <message>
        <source>two comparisons in a row; join them with &apos;and&apos;</source>
        <translation>два сравнения подряд; соедините их с помощью &apos;and&apos;</translation>
    </message>
    <message>
        <source>a value or a field name is missing</source>
        <translation>не хватает значения или имени поля</translation>
    </message>
    <message>
        <source>an opening bracket is missing</source>
        <translation>не хватает открывающей скобки</translation>
    </message>
    <message>
        <source>a closing bracket is missing</source>
        <translation>не хватает закрывающей скобки</translation>
    </message>
    <message>
        <source>a closing &apos;]&apos; is missing</source>
        <translation>не хватает закрывающей скобки &apos;]&apos;</translation>
    </message>
    <message>
        <source>a list may hold only fixed values</source>
        <translation>список может содержать только фиксированные значения</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>оно не является текстом</translation>
    </message>
    <message>
        <source>form</source>
        <translation>форма</translation>
    </message>
    <message>
        <source>section</source>
        <translation>раздел</translation>
    </message>
    <message>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>вариант</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>ограничение</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>некорректный JSON (строка %1, столбец %2)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>не удаётся прочитать файл (%1)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>файл слишком большой</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>в файле слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>ожидается объект JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>отсутствует &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the wrong type</source>
        <translation>у &apos;%1&apos; неверный тип</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits and _, not starting with a digit)</source>
        <translation>&apos;%1&apos; — недопустимый ID (строчные латинские буквы, цифры и _, первый символ не цифра)</translation>
    </message>
    <message>
        <source>unknown format %1 (this app reads %2)</source>
        <translation>неизвестный формат %1 (приложение поддерживает %2)</translation>
    </message>
    <message>
        <source>the version must be a whole number of 1 or more</source>
        <translation>версия должна быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>version %1 exists twice</source>
        <translation>версия %1 встречается дважды</translation>
    </message>
    <message>
        <source>unknown language code &apos;%1&apos; (known: de, en, tr, ar, fa, ru, uk)</source>
        <translation>неизвестный код языка &apos;%1&apos; (известные: de, en, tr, ar, fa, ru, uk)</translation>
    </message>
    <message>
        <source>the text direction of &apos;%1&apos; must be ltr or rtl</source>
        <translation>направление текста для &apos;%1&apos; должно быть ltr или rtl</translation>
    </message>
    <message>
        <source>German (de) is required</source>
        <translation>обязателен немецкий язык (de)</translation>
    </message>
    <message>
        <source>no text in the language &apos;%1&apos;</source>
        <translation>нет текста на языке &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the text in &apos;%1&apos; is too long (%2 characters, at most %3)</source>
        <translation>текст на языке &apos;%1&apos; слишком длинный (символов: %2, допустимо не более %3)</translation>
    </message>
    <message>
        <source>the form has no sections</source>
        <translation>в форме нет разделов</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>ID &apos;%1&apos; используется дважды</translation>
    </message>
    <message>
        <source>unknown field type &apos;%1&apos;</source>
        <translation>неизвестный тип поля &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>для поля выбора нужны варианты</translation>
    </message>
    <message>
        <source>the choice has no code</source>
        <translation>у варианта нет кода</translation>
    </message>
    <message>
        <source>the choice code &apos;%1&apos; is used twice</source>
        <translation>код варианта &apos;%1&apos; используется дважды</translation>
    </message>
    <message>
        <source>a field of type &apos;%1&apos; has no choices</source>
        <translation>у поля типа &apos;%1&apos; не может быть вариантов</translation>
    </message>
    <message>
        <source>the condition does not parse: %1 (at character %2)</source>
        <translation>не удаётся разобрать условие: %1 (символ %2)</translation>
    </message>
    <message>
        <source>the condition names an unknown field &apos;%1&apos;</source>
        <translation>в условии указано неизвестное поле &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in a form definition: where (form › section › field) and what.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A form definition was refused, so it cannot be shown:
%1</source>
        <translation>Описание формы отклонено, поэтому её нельзя показать:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n вопрос ещё требует ответа или исправления.</numerusform>
            <numerusform>%n вопроса ещё требуют ответа или исправления.</numerusform>
            <numerusform>%n вопросов ещё требуют ответа или исправления.</numerusform>
        </translation>
    </message>
    <message>
        <source>This form is no longer in the vault (discarded here or by a sync).</source>
        <translation>Этой формы больше нет в хранилище (удалена здесь или при синхронизации).</translation>
    </message>
    <message>
        <source>This form is finished and is not changed again. Start a new one.</source>
        <translation>Эта форма завершена и больше не изменяется. Начните новую.</translation>
    </message>
    <message>
        <source>This draft belongs to another version of the form; nothing was saved.</source>
        <translation>Этот черновик относится к другой версии формы; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The form is not written in this language.</source>
        <translation>Эта форма не переведена на этот язык.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>Этого клиента больше нет в хранилище (удалён здесь или при синхронизации).</translation>
    </message>
    <message>
        <source>An answer is too long (at most 20,000 characters); nothing was saved.</source>
        <translation>Ответ слишком длинный (не более 20 000 символов); ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Written</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Выбранная заметка</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Name</source>
        <extracomment>A client field (as the server names it) -&gt; the overview row that shows it.</extracomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Статус пребывания</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Телефон и эл. почта</translation>
    </message>
    <message>
        <source>Consent</source>
        <extracomment>Einwilligung to data processing.</extracomment>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>Признаки целевой группы</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>Скрыть конфиденциальные признаки</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>Показать конфиденциальные признаки</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Отклонено сервером: %1</translation>
    </message>
    <message>
        <source>The server rejected a change: %1</source>
        <translation>Сервер отклонил изменение: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Date of birth followed by the age, e.g. &quot;04.05.2003 (22 years)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No consent recorded. Record consent before storing more than a first contact.</source>
        <translation>Согласие не зафиксировано. Зафиксируйте согласие, прежде чем сохранять что-либо сверх первичного контакта.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>Отозвано %1 (дано %2)</translation>
    </message>
    <message>
        <source>Given on %1 (form %2, version %3)</source>
        <translation>Дано %1 (форма %2, версия %3)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <extracomment>The sensitive markers are not shown until the button beside is pressed.</extracomment>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Не указаны</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <extracomment>Toggle beside a passphrase field: hide the typed characters again.</extracomment>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Toggle beside a passphrase field: show the typed characters.</extracomment>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>Forms that are signed on paper (the sheet gets signature lines).</extracomment>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where it is protected, print it, and delete it afterwards.</source>
        <translation>PDF-файл не зашифрован: его сможет прочитать любой, к кому попадёт этот файл. Сохраняйте его только в защищённом месте, распечатайте и затем удалите.</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <extracomment>Suggested file name of a saved form: form id, client code.</extracomment>
        <translation>%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>коллега</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Client %1, %2: “%3” was changed on the server and on this device.</source>
        <translation>Клиент %1, %2: «%3» — изменено и на сервере, и на этом устройстве.</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Автор: %1, %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>The server refused this change as a whole.</source>
        <translation>Сервер отклонил это изменение полностью.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Сервер не указал причину.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Отбросить изменение</translation>
    </message>
    <message>
        <source>Discard this change? It goes back to what it was before, and it will not be sent to the server.</source>
        <translation>Отбросить это изменение? Будет восстановлено прежнее значение, и изменение не будет отправлено на сервер.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Проблемы синхронизации</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Конфликты (%1)</translation>
    </message>
    <message>
        <source>Rejected changes (%1)</source>
        <translation>Отклонённые изменения (%1)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Нерешённых конфликтов нет.</translation>
    </message>
    <message>
        <source>No rejected changes.</source>
        <translation>Отклонённых изменений нет.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Отклонённые изменения</translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation>Значение на сервере</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <source>Keep &amp;server value</source>
        <translation>Оставить значение &amp;сервера</translation>
    </message>
    <message>
        <source>Use &amp;my value</source>
        <translation>Использовать &amp;моё значение</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>Объединить оба</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Объединённый текст</translation>
    </message>
    <message>
        <source>Save &amp;combined text</source>
        <translation>Сохранить &amp;объединённый текст</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Открыть &amp;карточку</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Отправить &amp;повторно</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>От&amp;бросить…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Не сохранять введённые данные?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>Intake</source>
        <extracomment>Client fields whose values are catalogue codes, and which catalogue they come from. Fields whose values history shows only while the sensitive markers are shown. Case phase 1 of the method (Zugang/Erstkontakt).</extracomment>
        <translation>Первичный контакт</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Case phase 2: the client&apos;s situation and resources.</extracomment>
        <translation>Оценка ситуации</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <extracomment>Case phase 3 (Zielvereinbarung / Hilfeplan).</extracomment>
        <translation>Согласование целей</translation>
    </message>
    <message>
        <source>Implementation</source>
        <extracomment>Case phase 4 (Umsetzung / Vermittlung).</extracomment>
        <translation>Реализация</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Case phase 5.</extracomment>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Case phase 6 (Evaluation &amp; Fallabschluss).</extracomment>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Referral status: the referral is intended, nothing arranged yet.</extracomment>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>Referral status: the client was referred (an appointment or contact is made).</extracomment>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>Referral status: the institution took the client on.</extracomment>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>Referral status: the institution or the client said no.</extracomment>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Статус пребывания</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>Признаки целевой группы</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Телефон и эл. почта</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Кейс-менеджер</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>A case file of the case management method.</extracomment>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Дата согласования</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Conflict — needs a decision</source>
        <translation>Конфликт — требуется решение</translation>
    </message>
    <message>
        <source>Rejected by the server — needs correction</source>
        <translation>Отклонено сервером — требуется исправление</translation>
    </message>
    <message>
        <source>Only on this device</source>
        <translation>Только на этом устройстве</translation>
    </message>
    <message>
        <source>The server needs a value here.</source>
        <translation>Здесь сервер требует указать значение.</translation>
    </message>
    <message>
        <source>The server refused this text as too long.</source>
        <translation>Сервер отклонил этот текст как слишком длинный.</translation>
    </message>
    <message>
        <source>The server expected a text here.</source>
        <translation>Здесь сервер ожидал текст.</translation>
    </message>
    <message>
        <source>The server expected a date here.</source>
        <translation>Здесь сервер ожидал дату.</translation>
    </message>
    <message>
        <source>The server expected a whole number here.</source>
        <translation>Здесь сервер ожидал целое число.</translation>
    </message>
    <message>
        <source>The record this refers to is not on the server (deleted there).</source>
        <translation>Запись, к которой это относится, отсутствует на сервере (там она удалена).</translation>
    </message>
    <message>
        <source>This refers to a record of another client.</source>
        <translation>Это относится к записи другого клиента.</translation>
    </message>
    <message>
        <source>A record cannot be moved to another client or case.</source>
        <translation>Запись нельзя перенести к другому клиенту или в другой случай.</translation>
    </message>
    <message>
        <source>Only the server sets this value.</source>
        <translation>Это значение задаёт только сервер.</translation>
    </message>
    <message>
        <source>The server does not know this field.</source>
        <translation>Сервер не знает этого поля.</translation>
    </message>
    <message>
        <source>This client is no longer yours on the server (transferred or not shared).</source>
        <translation>На сервере этот клиент больше не закреплён за вами (передан или доступ к нему не предоставлен).</translation>
    </message>
    <message>
        <source>The server refused this change (%1).</source>
        <translation>Сервер отклонил это изменение (%1).</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>History: a record was created.</extracomment>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>History: a record was changed.</extracomment>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>History: a record was deleted.</extracomment>
        <translation>удалено</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Введите имя или фамилию.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Это обязательное поле.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Этот текст слишком длинный.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Эта дата в будущем.</translation>
    </message>
    <message>
        <source>This date is before 1900.</source>
        <translation>Эта дата раньше 1900 года.</translation>
    </message>
    <message>
        <source>Enter between 1 and 1440 minutes.</source>
        <translation>Введите значение от 1 до 1440 минут.</translation>
    </message>
    <message>
        <source>The follow-up must not be before the contact.</source>
        <translation>Повторный контакт не может быть раньше самого контакта.</translation>
    </message>
    <message>
        <source>The due date must not be before the start.</source>
        <translation>Срок не может быть раньше даты начала.</translation>
    </message>
    <message>
        <source>The case cannot close before it was opened.</source>
        <translation>Случай не может быть закрыт раньше даты его открытия.</translation>
    </message>
    <message>
        <source>The file is too large (at most 25 MB).</source>
        <translation>Файл слишком большой (не более 25 МБ).</translation>
    </message>
    <message>
        <source>Not a date. Use the format %1.</source>
        <translation>Это не дата. Используйте формат %1.</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Выберите клиента.</translation>
    </message>
    <message>
        <source>Outside the programme&apos;s age range (18–27). You can still save.</source>
        <translation>Вне возрастных рамок программы (18–27 лет). Сохранить всё равно можно.</translation>
    </message>
    <message>
        <source>This client already has an open case.</source>
        <translation>У этого клиента уже есть открытый случай.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Этот случай уже закрыт.</translation>
    </message>
    <message>
        <source>The case cannot move to that phase from where it is now.</source>
        <translation>С текущего этапа случай нельзя перевести на этот этап.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>Этого клиента больше нет в хранилище (удалён здесь или при синхронизации).</translation>
    </message>
    <message>
        <source>This document is no longer in the vault.</source>
        <translation>Этого документа больше нет в хранилище.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Add referral</source>
        <translation>Добавить направление</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Учреждение</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation>Добавить направление…</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Добавить направление</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Unknown caseworker</source>
        <translation>Неизвестный кейс-менеджер</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to review</source>
        <translation>
            <numerusform>%n запись на проверку</numerusform>
            <numerusform>%n записи на проверку</numerusform>
            <numerusform>%n записей на проверку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s)</source>
        <translation>
            <numerusform>%1 (%2): %n запись</numerusform>
            <numerusform>%1 (%2): %n записи</numerusform>
            <numerusform>%1 (%2): %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>Вернуть с комментарием</translation>
    </message>
    <message>
        <source>Return “%1” to the caseworker for correction. Say what needs to change:</source>
        <translation>Вернуть «%1» кейс-менеджеру на доработку. Укажите, что нужно изменить:</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Your comment on “%1” for the caseworker:</source>
        <translation>Ваш комментарий к «%1» для кейс-менеджера:</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Отправить комментарий</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Goal agreement awaits decision</source>
        <translation>Согласование целей ждёт решения</translation>
    </message>
    <message>
        <source>Closure awaits decision</source>
        <translation>Закрытие случая ждёт решения</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Неизвестный пользователь</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Длительность (минуты)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Дата направления</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Версия формы</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(скрыто)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(изменено)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>final</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>снята</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Согласование целей</translation>
    </message>
    <message>
        <source>Case closure</source>
        <translation>Закрытие случая</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (редакция %2)</translation>
    </message>
    <message>
        <source>outdated — the record changed since</source>
        <translation>устарело — запись с тех пор изменилась</translation>
    </message>
    <message>
        <source>Nothing to review: every record of your team was looked at since it last changed.</source>
        <translation>Проверять нечего: все записи вашей команды просмотрены после их последнего изменения.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) waiting</source>
        <translation>
            <numerusform>%n решение в ожидании</numerusform>
            <numerusform>%n решения в ожидании</numerusform>
            <numerusform>%n решений в ожидании</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Очередь проверки</translation>
    </message>
    <message>
        <source>Caseworker and client</source>
        <translation>Кейс-менеджер и клиент</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Records to review, by caseworker</source>
        <translation>Записи на проверку по кейс-менеджерам</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Changes of the selected client</source>
        <translation>Изменения выбранного клиента</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Отметить как проверенное</translation>
    </message>
    <message>
        <source>Mark the listed records as reviewed (Ctrl+Enter); decisions stay open</source>
        <translation>Отметить перечисленные записи как проверенные (Ctrl+Enter); решения остаются открытыми</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Одо&amp;брить</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>&amp;Вернуть с комментарием…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Комментарий…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Открыть ка&amp;рточку</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>Заблокировано после %n минуты бездействия</numerusform>
            <numerusform>Заблокировано после %n минут бездействия</numerusform>
            <numerusform>Заблокировано после %n минут бездействия</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Shown on the lock screen after the user chose File &gt; Lock.</extracomment>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Outreach Desktop</source>
        <extracomment>The product name; usually left untranslated.</extracomment>
        <translation>Outreach Desktop</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Set up Outreach Desktop</source>
        <translation>Настройка Outreach Desktop</translation>
    </message>
    <message>
        <source>Protect the case data on this laptop</source>
        <translation>Защитите данные о случаях на этом ноутбуке</translation>
    </message>
    <message>
        <source>Choose a passphrase. You will type it each time you open the app and after it locks. Several words that belong together only for you are easy to remember and hard to guess.</source>
        <translation>Придумайте парольную фразу. Вы будете вводить её при каждом открытии приложения и после его блокировки. Несколько слов, которые связаны между собой только для вас, легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>П&amp;овторите парольную фразу</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this laptop cannot be recovered. Nobody can reset it, not even your administrator. If the app syncs with your organisation&apos;s server, you can set it up anew and download your cases again.</source>
        <translation>Если вы забудете парольную фразу, данные на этом ноутбуке восстановить будет невозможно. Никто не сможет её сбросить — даже ваш администратор. Если приложение синхронизируется с сервером вашей организации, вы сможете настроить его заново и снова загрузить свои случаи.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>Если вы забудете парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
</context>
<context>
    <name>StartFormDialog</name>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>Заполнить форму</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Слишком короткая: используйте не менее %n символа.</numerusform>
            <numerusform>Слишком короткая: используйте не менее %n символов.</numerusform>
            <numerusform>Слишком короткая: используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Add more words.</source>
        <extracomment>Passphrase strength. Too weak to be accepted.</extracomment>
        <translation>Надёжность: низкая. Добавьте ещё слова.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Надёжность: средняя</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Надёжность: хорошая</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Надёжность: высокая</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts and changes the server did not accept. Click to resolve them.</source>
        <translation>Конфликты и изменения, не принятые сервером. Нажмите, чтобы их решить.</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Не подключено к серверу</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation>Состояние сети неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Последняя синхронизация: не выполнялась</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Not assigned</source>
        <translation>Не закреплён</translation>
    </message>
    <message>
        <source>Unknown caseworker</source>
        <translation>Неизвестный кейс-менеджер</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Итого по команде</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Повторный контакт просрочен</translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s) overdue</source>
        <translation>
            <numerusform>просрочен %n шаг к цели</numerusform>
            <numerusform>просрочено %n шага к целям</numerusform>
            <numerusform>просрочено %n шагов к целям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n нерешённый конфликт</numerusform>
            <numerusform>%n нерешённых конфликта</numerusform>
            <numerusform>%n нерешённых конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Ничего не просрочено</translation>
    </message>
    <message>
        <source>Select a caseworker above to see their clients.</source>
        <translation>Выберите кейс-менеджера выше, чтобы увидеть его клиентов.</translation>
    </message>
    <message>
        <source>%1 has no clients.</source>
        <translation>%1: клиентов нет.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Clients of %1 (%n):</source>
        <translation>
            <numerusform>&amp;Клиенты — %1 (%n):</numerusform>
            <numerusform>&amp;Клиенты — %1 (%n):</numerusform>
            <numerusform>&amp;Клиенты — %1 (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New clients (intake, opened in the last %1 days): %n</source>
        <translation>
            <numerusform>Но&amp;вые клиенты (первичный контакт, открыты за последние %1 дн.): %n</numerusform>
            <numerusform>Но&amp;вые клиенты (первичный контакт, открыты за последние %1 дн.): %n</numerusform>
            <numerusform>Но&amp;вые клиенты (первичный контакт, открыты за последние %1 дн.): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No new clients: none in intake opened in the last %1 days.</source>
        <translation>Новых клиентов нет: за последние %1 дн. не открыто ни одного случая на этапе первичного контакта.</translation>
    </message>
    <message>
        <source>Assign a client</source>
        <translation>Закрепить клиента</translation>
    </message>
    <message>
        <source>Assign client %1 to %2?</source>
        <translation>Закрепить клиента %1 за кейс-менеджером %2?</translation>
    </message>
    <message>
        <source>Transfer client %1 from %2 to %3? The old laptop loses the record at its next sync; %3&apos;s laptop receives it.</source>
        <translation>Передать клиента %1 от кейс-менеджера %2 кейс-менеджеру %3? Прежний ноутбук потеряет карточку при следующей синхронизации; её получит ноутбук кейс-менеджера %3.</translation>
    </message>
    <message>
        <source>Transfer a client</source>
        <translation>Передать клиента</translation>
    </message>
    <message>
        <source>Transferring client %1 to %2…</source>
        <translation>Передача клиента %1 кейс-менеджеру %2…</translation>
    </message>
    <message>
        <source>Client %1 now belongs to %2. The lists here follow after the sync that is starting now.</source>
        <translation>Клиент %1 теперь закреплён за кейс-менеджером %2. Списки здесь обновятся после синхронизации, которая начинается сейчас.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing was transferred. Try again when this laptop is online.</source>
        <translation>Сервер недоступен, поэтому ничего не передано. Повторите попытку, когда ноутбук будет в сети.</translation>
    </message>
    <message>
        <source>The server did not allow this transfer: the client or the caseworker is not (or no longer) in your team. Nothing was changed. Sync, then try again.</source>
        <translation>Сервер не разрешил эту передачу: клиент или кейс-менеджер не входит (или больше не входит) в вашу команду. Ничего не изменено. Выполните синхронизацию и повторите попытку.</translation>
    </message>
    <message>
        <source>The server refused the transfer (%1). Nothing was changed; if this happens again, tell your coordinator.</source>
        <translation>Сервер отклонил передачу (%1). Ничего не изменено; если это повторится, сообщите координатору.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Open cases per caseworker. &quot;No contact&quot; counts open cases whose latest contact (or opening) is at least 30, 60 or 90 days ago; a case counted under 90 days is counted under 30 and 60 too. Click a heading to sort.</source>
        <translation>Открытые случаи по кейс-менеджерам. В столбцах «Нет контакта» учтены открытые случаи, в которых последний контакт (или открытие случая) был не менее 30, 60 или 90 дней назад; случай, учтённый в столбце 90 дней, учтён и в столбцах 30 и 60. Чтобы отсортировать, щёлкните заголовок.</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Кейс-менеджер</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Активные случаи</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Просроченные повторные контакты</translation>
    </message>
    <message>
        <source>Overdue goal steps</source>
        <translation>Просроченные шаги к целям</translation>
    </message>
    <message>
        <source>No contact 30+ days</source>
        <translation>Нет контакта 30+ дней</translation>
    </message>
    <message>
        <source>No contact 60+ days</source>
        <translation>Нет контакта 60+ дней</translation>
    </message>
    <message>
        <source>No contact 90+ days</source>
        <translation>Нет контакта 90+ дней</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Нерешённые конфликты</translation>
    </message>
    <message>
        <source>Caseload per caseworker</source>
        <translation>Нагрузка по кейс-менеджерам</translation>
    </message>
    <message>
        <source>No caseworkers or cases yet. Your team appears here after the first sync with the server.</source>
        <translation>Кейс-менеджеров и случаев пока нет. Ваша команда появится здесь после первой синхронизации с сервером.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Дней без контакта</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Clients of the selected caseworker</source>
        <translation>Клиенты выбранного кейс-менеджера</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>Открыть ка&amp;рточку</translation>
    </message>
    <message>
        <source>&amp;Transfer to…</source>
        <translation>&amp;Передать…</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Закрепить за…</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>New feedback</source>
        <extracomment>Column widths in average characters of the font.</extracomment>
        <translation>Новый отзыв</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Agenda status of an item whose date has passed.</extracomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>agenda status</comment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Approved by your supervisor</source>
        <translation>Одобрено вашим куратором</translation>
    </message>
    <message>
        <source>Returned by your supervisor for correction</source>
        <translation>Возвращено вашим куратором на доработку</translation>
    </message>
    <message>
        <source>Comment from your supervisor</source>
        <translation>Комментарий вашего куратора</translation>
    </message>
    <message>
        <source>Goal step: %1</source>
        <extracomment>%1 is the title of a goal step the caseworker agreed with the client.</extracomment>
        <translation>Шаг к цели: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <extracomment>A follow-up date set when a contact was logged.</extracomment>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>На сегодня ничего не запланировано.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>К выполнению: %n</numerusform>
            <numerusform>К выполнению: %n</numerusform>
            <numerusform>К выполнению: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback(s) from your supervisor</source>
        <translation>
            <numerusform>%n новый отзыв от вашего куратора</numerusform>
            <numerusform>%n новых отзыва от вашего куратора</numerusform>
            <numerusform>%n новых отзывов от вашего куратора</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <comment>page title</comment>
        <extracomment>Page title: what is due today (German: Heute).</extracomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Задачи на сегодня и просроченные</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer a client</source>
        <translation>Передать клиента</translation>
    </message>
    <message>
        <source>Client %1 is with %2 now. Transfer to:</source>
        <translation>Сейчас клиент %1 закреплён за кейс-менеджером %2. Кому передать:</translation>
    </message>
    <message>
        <source>Client %1 has no caseworker yet. Assign to:</source>
        <translation>У клиента %1 ещё нет кейс-менеджера. За кем закрепить:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Кейс-менеджер</translation>
    </message>
    <message>
        <source>There is no other caseworker in your team to transfer to (the team list comes with the next sync).</source>
        <translation>В вашей команде нет другого кейс-менеджера, которому можно передать клиента (список команды придёт со следующей синхронизацией).</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <extracomment>The demo workspace&apos;s passphrase: public on purpose (README, unlock screen), so the demo must only ever hold invented data. ASCII only, so that it can be typed on an Arabic, Persian or Cyrillic keyboard layout too (&quot;Köln&quot; could not).</extracomment>
        <translation>
            <numerusform>Повторить попытку можно через %n секунду.</numerusform>
            <numerusform>Повторить попытку можно через %n секунды.</numerusform>
            <numerusform>Повторить попытку можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Открытие хранилища</translation>
    </message>
    <message>
        <source>Demo workspace with invented clients. Its passphrase is public:
%1
Never enter real client data here.</source>
        <translation>Демонстрационная рабочая среда с вымышленными клиентами. Её парольная фраза общедоступна:
%1
Никогда не вводите здесь данные реальных клиентов.</translation>
    </message>
    <message>
        <source>Preparing the demo data</source>
        <translation>Подготовка демонстрационных данных</translation>
    </message>
    <message>
        <source>Preparing the demo: %v of %m clients</source>
        <extracomment>%v and %m are filled in by Qt: clients written so far, and all of them.</extracomment>
        <translation>Подготовка демонстрационных данных: клиентов %v из %m</translation>
    </message>
</context>
</TS>

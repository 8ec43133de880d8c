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
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
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
        <source>No clients yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <source>Clients can be imported from a CSV or Excel file with the command %1.</source>
        <translation>Клиентов можно импортировать из файла CSV или Excel командой %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
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
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
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
</context>
</TS>

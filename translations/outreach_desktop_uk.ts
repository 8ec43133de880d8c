<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Outreach Desktop: encrypted case management.</source>
        <translation>Outreach Desktop: зашифроване ведення випадків.</translation>
    </message>
    <message>
        <source>data folder (default: the platform&apos;s local app data folder)</source>
        <translation>папка даних (за замовчуванням: локальна папка даних застосунків вашої платформи)</translation>
    </message>
    <message>
        <source>user interface language (default: settings, else system, else de)</source>
        <translation>мова інтерфейсу (за замовчуванням: з налаштувань, інакше мова системи, інакше de)</translation>
    </message>
    <message>
        <source>open the demo workspace (invented clients, its own data folder, a public passphrase shown on the unlock screen)</source>
        <translation>відкрити демонстраційний робочий простір (вигадані клієнти, окрема папка даних, загальнодоступна парольна фраза, показана на екрані розблокування)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Device removed</source>
        <extracomment>Keyword arguments for the SyncController (tests: short timers, no network info).</extracomment>
        <translation>Пристрій видалено</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device&apos;s access to the server, so its case data was removed from this computer. Ask your coordinator for a new enrolment code to set it up again.</source>
        <translation>Ваша організація відкликала доступ цього пристрою до сервера, тому дані випадків видалено з цього комп’ютера. Щоб налаштувати пристрій знову, попросіть у координатора новий код реєстрації.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This kind of document cannot be shown inside the app.</source>
        <translation>Цей тип документа неможливо показати в застосунку.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to the folder you choose can read it. Save it only where it is protected, and delete it when you no longer need it.</source>
        <translation>Копію не буде зашифровано: її зможе прочитати будь-хто, хто має доступ до вибраної вами папки. Зберігайте її лише в захищеному місці й видаліть, коли вона вам більше не знадобиться.</translation>
    </message>
    <message>
        <source>Save unencrypted copy…</source>
        <translation>Зберегти незашифровану копію…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <source>Auto-lock</source>
        <translation>Автоблокування</translation>
    </message>
    <message>
        <source>Lock the app after this many &amp;minutes without keyboard or mouse activity:</source>
        <translation>Блокувати застосунок, якщо клавіатура й миша не використовуються стільки &amp;хвилин:</translation>
    </message>
    <message>
        <source>Minutes until auto-lock</source>
        <translation>Хвилин до автоблокування</translation>
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
        <translation>менше ніж %1</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>За цей період показників немає.</translation>
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
        <translation>Відкрити новий випадок</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Закрити випадок…</translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>Випадку ще немає.</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Поточний етап: %1</translation>
    </message>
    <message>
        <source>Move on to %1</source>
        <translation>Перейти до етапу «%1»</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Повернутися до етапу «%1»</translation>
    </message>
    <message>
        <source>Case opened on %1.</source>
        <translation>Випадок відкрито %1.</translation>
    </message>
    <message>
        <source>Case opened on %1, closed on %2: %3.</source>
        <translation>Випадок відкрито %1, закрито %2: %3.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>Дві нові парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Змінити парольну фразу</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Поточна парольна фраза</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Поточна парольна фраза</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Нова парольна фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase</source>
        <translation>По&amp;вторіть нову парольну фразу</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторіть нову парольну фразу</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Зміна парольної фрази</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No passphrase: run this in a terminal, or set %1 for scripted use.</source>
        <translation>Парольну фразу не введено: запустіть команду в терміналі або, для використання у скриптах, задайте %1.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Нова парольна фраза: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Повторіть парольну фразу: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Парольні фрази не збігаються. Нічого не змінено.</translation>
    </message>
    <message>
        <source>A new vault will be created in %1.</source>
        <translation>Нове сховище буде створено в %1.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this device cannot be recovered by anyone. With sync, it can be downloaded again after setting up anew.</source>
        <translation>Якщо ви забудете парольну фразу, ніхто не зможе відновити дані на цьому пристрої. Якщо використовується синхронізація, після повторного налаштування дані можна буде завантажити знову.</translation>
    </message>
    <message>
        <source>Vault created (id %1).</source>
        <translation>Сховище створено (ідентифікатор %1).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольна фраза: </translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка даних</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Ідентифікатор сховища</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>Ще не синхронізовані зміни</translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation>Версія SQLCipher</translation>
    </message>
    <message>
        <source>--map needs the form &quot;Column=field&quot;, got: %1</source>
        <translation>--map потребує формату «Стовпець=поле», отримано: %1</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Стовпці:</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Проігноровані стовпці: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) ready to import; nothing was written.</source>
        <translation>
            <numerusform>Пробний запуск: %n рядок готовий до імпорту; нічого не записано.</numerusform>
            <numerusform>Пробний запуск: %n рядки готові до імпорту; нічого не записано.</numerusform>
            <numerusform>Пробний запуск: %n рядків готові до імпорту; нічого не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>As it is, the file would not be imported: fix the rows named above (or add --skip-duplicates for duplicates).</source>
        <translation>У поточному вигляді файл не буде імпортовано: виправте рядки, зазначені вище (або додайте --skip-duplicates, щоб пропустити дублікати).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>Імпортовано %n клієнта.</numerusform>
            <numerusform>Імпортовано %n клієнтів.</numerusform>
            <numerusform>Імпортовано %n клієнтів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>Пропущено %n дублікат.</numerusform>
            <numerusform>Пропущено %n дублікати.</numerusform>
            <numerusform>Пропущено %n дублікатів.</numerusform>
        </translation>
    </message>
    <message>
        <source>To import the other rows and skip the duplicates, add --skip-duplicates.</source>
        <translation>Щоб імпортувати інші рядки й пропустити дублікати, додайте --skip-duplicates.</translation>
    </message>
    <message>
        <source>Encryption library (SQLCipher)</source>
        <translation>Бібліотека шифрування (SQLCipher)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Системна зв’язка ключів</translation>
    </message>
    <message>
        <source>Device secret in the keyring</source>
        <translation>Секрет пристрою у зв’язці ключів</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>Права доступу до файлів</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокування</translation>
    </message>
    <message>
        <source>Encrypted pages (cipher_integrity_check)</source>
        <translation>Зашифровані сторінки (cipher_integrity_check)</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>Структура бази даних</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версія схеми</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Зміни, що очікують надсилання</translation>
    </message>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Зміни, які сервер не прийняв</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Невирішені конфлікти</translation>
    </message>
    <message>
        <source>Unread feedback</source>
        <translation>Непрочитані відгуки</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Остання успішна синхронізація</translation>
    </message>
    <message>
        <source>Sync: not connected to a server (outreach enroll).</source>
        <translation>Синхронізація: пристрій не підключено до сервера (outreach enroll).</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Остання проблема: %1</translation>
    </message>
    <message>
        <source>This device is connected to %1 (device %2). Run &apos;outreach sync&apos; to download the caseload.</source>
        <translation>Цей пристрій підключено до %1 (пристрій %2). Щоб завантажити свої випадки, виконайте «outreach sync».</translation>
    </message>
    <message>
        <source>Sync done: %1 change(s) sent, %2 received.</source>
        <translation>Синхронізацію завершено: надіслано змін: %1, отримано: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision (open the app).</source>
        <translation>
            <numerusform>%n конфлікт потребує рішення (відкрийте застосунок).</numerusform>
            <numerusform>%n конфлікти потребують рішення (відкрийте застосунок).</numerusform>
            <numerusform>%n конфліктів потребують рішення (відкрийте застосунок).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not accepted by the server (open the app).</source>
        <translation>
            <numerusform>Сервер не прийняв %n зміну (відкрийте застосунок).</numerusform>
            <numerusform>Сервер не прийняв %n зміни (відкрийте застосунок).</numerusform>
            <numerusform>Сервер не прийняв %n змін (відкрийте застосунок).</numerusform>
        </translation>
    </message>
    <message>
        <source>The data on this device still differs from the server after a fresh download. Run &apos;outreach sync&apos; again later; if it persists, tell support.</source>
        <translation>Дані на цьому пристрої все ще відрізняються від даних на сервері, навіть після повторного завантаження. Пізніше знову виконайте «outreach sync»; якщо проблема не зникне, зверніться до служби підтримки.</translation>
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
        <translation>Доступно для читання іншим користувачам: %1. Виконайте chmod 700 для папки та chmod 600 для її файлів.</translation>
    </message>
    <message>
        <source>The keyring in use (%1) is not the one the vault was set up with (%2).</source>
        <translation>Використовувана зв’язка ключів (%1) не та, з якою було налаштовано сховище (%2).</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from the server or a backup.</source>
        <translation>Файл бази даних пошкоджено: %1. Відновіть його із сервера або з резервної копії.</translation>
    </message>
    <message>
        <source>The SQLite library has no encryption. Reinstall the app.</source>
        <translation>Бібліотека SQLite не підтримує шифрування. Перевстановіть застосунок.</translation>
    </message>
    <message>
        <source>The schema is not the current one.</source>
        <translation>Схема бази даних не відповідає поточній версії.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Знайдено %n проблему.</numerusform>
            <numerusform>Знайдено %n проблеми.</numerusform>
            <numerusform>Знайдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не знайдено.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Поточна парольна фраза: </translation>
    </message>
    <message>
        <source>Passphrase changed. The data key itself is unchanged; use &apos;outreach rekey&apos; to replace it too.</source>
        <translation>Парольну фразу змінено. Сам ключ даних не змінився; щоб замінити і його, скористайтеся командою «outreach rekey».</translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new data key.</source>
        <translation>Базу даних повторно зашифровано новим ключем даних.</translation>
    </message>
    <message>
        <source>Demo data: %1 of %2 clients written</source>
        <translation>Демонстраційні дані: записано %1 з %2 клієнтів</translation>
    </message>
    <message numerus="yes">
        <source>The vault already holds %n client(s). Demo data is meant for an empty vault; add --force to add it anyway.</source>
        <translation>
            <numerusform>У сховищі вже є %n клієнт. Демонстраційні дані призначені для порожнього сховища; щоб усе одно додати їх, вкажіть --force.</numerusform>
            <numerusform>У сховищі вже є %n клієнти. Демонстраційні дані призначені для порожнього сховища; щоб усе одно додати їх, вкажіть --force.</numerusform>
            <numerusform>У сховищі вже є %n клієнтів. Демонстраційні дані призначені для порожнього сховища; щоб усе одно додати їх, вкажіть --force.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n demo client(s) were written (whole batches); the rest was not.</source>
        <translation>
            <numerusform>Скасовано. Записано %n демонстраційного клієнта (повними пакетами); решту не записано.</numerusform>
            <numerusform>Скасовано. Записано %n демонстраційних клієнтів (повними пакетами); решту не записано.</numerusform>
            <numerusform>Скасовано. Записано %n демонстраційних клієнтів (повними пакетами); решту не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written (seed %1):</source>
        <translation>Демонстраційні дані записано (зерно %1):</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цілі</translation>
    </message>
    <message>
        <source>Goal steps</source>
        <translation>Кроки цілей</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>a whole number of at least 1, got: %1</source>
        <translation>ціле число, не менше 1; отримано: %1</translation>
    </message>
    <message>
        <source>Outreach Desktop, headless: set up, import, check. The passphrase is asked for, or read from OUTREACH_PASSPHRASE (for scripts; see the README for the risk).</source>
        <translation>Outreach Desktop без графічного інтерфейсу: налаштування, імпорт, перевірка. Парольна фраза запитується або зчитується з OUTREACH_PASSPHRASE (для скриптів; про ризики див. README).</translation>
    </message>
    <message>
        <source>data folder (default: %1)</source>
        <translation>папка даних (за замовчуванням: %1)</translation>
    </message>
    <message>
        <source>language of the messages</source>
        <translation>мова повідомлень</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>створити нове сховище</translation>
    </message>
    <message>
        <source>import a CSV or XLSX client list</source>
        <translation>імпортувати список клієнтів із файлу CSV або XLSX</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>файл .csv або .xlsx</translation>
    </message>
    <message>
        <source>map a column to a field (or &apos;ignore&apos;); may be repeated</source>
        <translation>зіставити стовпець із полем (або «ignore», щоб пропустити його); можна вказувати кілька разів</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>показати, що буде імпортовано</translation>
    </message>
    <message>
        <source>text encoding of a CSV file (default: UTF-8)</source>
        <translation>кодування тексту файлу CSV (за замовчуванням: UTF-8)</translation>
    </message>
    <message>
        <source>worksheet of an XLSX file (default: the first)</source>
        <translation>аркуш файлу XLSX (за замовчуванням: перший)</translation>
    </message>
    <message>
        <source>import the other rows when some are already in the vault</source>
        <translation>імпортувати решту рядків, якщо деякі вже є у сховищі</translation>
    </message>
    <message>
        <source>counts, outbox size, cipher version</source>
        <translation>кількість записів, кількість ще не синхронізованих змін, версія шифрування</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>вивід у машинозчитуваному форматі</translation>
    </message>
    <message>
        <source>connect this device to the sync server</source>
        <translation>підключити цей пристрій до сервера синхронізації</translation>
    </message>
    <message>
        <source>the server&apos;s address (https://…)</source>
        <translation>адреса сервера (https://…)</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <translation>одноразовий код реєстрації</translation>
    </message>
    <message>
        <source>trust only this CA bundle (PEM) for the server&apos;s certificate</source>
        <translation>для сертифіката сервера довіряти лише цьому набору сертифікатів CA (PEM)</translation>
    </message>
    <message>
        <source>a name for this device (default: the computer&apos;s name)</source>
        <translation>назва цього пристрою (за замовчуванням: ім’я комп’ютера)</translation>
    </message>
    <message>
        <source>send waiting changes and receive new ones</source>
        <translation>надіслати зміни, що очікують, і отримати нові</translation>
    </message>
    <message>
        <source>show progress</source>
        <translation>показувати хід виконання</translation>
    </message>
    <message>
        <source>check the installation and the vault</source>
        <translation>перевірити встановлення та сховище</translation>
    </message>
    <message>
        <source>skip the checks that need the passphrase</source>
        <translation>пропустити перевірки, для яких потрібна парольна фраза</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>змінити парольну фразу</translation>
    </message>
    <message>
        <source>re-encrypt the database with a new data key</source>
        <translation>повторно зашифрувати базу даних новим ключем даних</translation>
    </message>
    <message>
        <source>fill the vault with invented demo clients</source>
        <translation>заповнити сховище вигаданими демонстраційними клієнтами</translation>
    </message>
    <message>
        <source>how many demo clients (with cases, contacts, goals, referrals)</source>
        <translation>кількість демонстраційних клієнтів (з випадками, контактами, цілями, направленнями)</translation>
    </message>
    <message>
        <source>the same seed gives the same data (default: 1)</source>
        <translation>однакове зерно дає однакові дані (за замовчуванням: 1)</translation>
    </message>
    <message>
        <source>add demo data even if the vault already has clients</source>
        <translation>додати демонстраційні дані, навіть якщо у сховищі вже є клієнти</translation>
    </message>
    <message>
        <source>check form definitions</source>
        <translation>перевірити визначення форм</translation>
    </message>
    <message>
        <source>check a form definition file and name every problem</source>
        <translation>перевірити файл визначення форми й перелічити всі проблеми</translation>
    </message>
    <message>
        <source>a form definition (.json)</source>
        <translation>файл визначення форми (.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s):</source>
        <translation>
            <numerusform>%1: відхилено, %n проблема:</numerusform>
            <numerusform>%1: відхилено, %n проблеми:</numerusform>
            <numerusform>%1: відхилено, %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: form &apos;%2&apos;, version %3, %4 questions, languages %5: no problems.</source>
        <translation>%1: форма «%2», версія %3, запитань: %4, мови: %5 — проблем немає.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Скасовано. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Редагування клієнта</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Ім’я</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Прізвище</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Варіанти імені</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Дата народження</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Мови</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>&amp;Район</translation>
    </message>
    <message>
        <source>&amp;Residence status</source>
        <translation>&amp;Статус перебування</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Електронна пошта</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>Інші написання, через кому</translation>
    </message>
    <message>
        <source>Target-group markers (sensitive, optional)</source>
        <translation>Ознаки цільової групи (чутливі, необов’язкові)</translation>
    </message>
    <message>
        <source>Only tick what the client has told you and agreed to record. These markers are special categories of personal data; the record hides them until someone chooses to show them.</source>
        <translation>Позначайте лише те, що клієнт сам вам повідомив і що погодився зафіксувати. Ці ознаки належать до особливих категорій персональних даних; у картці клієнта вони приховані, доки хтось не вирішить їх показати.</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>Сховати чутливі ознаки</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>Показати чутливі ознаки</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Створити клієнта</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(невідомо)</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>All districts</source>
        <extracomment>Column widths in average characters of the list&apos;s font (scale with the font, not pixels). The filter combo boxes: attribute prefix -&gt; catalogue (None: the case phases). Tables whose changes the list does not show (a form&apos;s draft is saved often).</extracomment>
        <translation>Усі райони</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Усі етапи</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Усі теми</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Усі цільові групи</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) · type two letters or more to search</source>
        <translation>
            <numerusform>%n клієнт · для пошуку введіть щонайменше дві літери</numerusform>
            <numerusform>%n клієнти · для пошуку введіть щонайменше дві літери</numerusform>
            <numerusform>%n клієнтів · для пошуку введіть щонайменше дві літери</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or alias…</source>
        <translation>Пошук за ім’ям або варіантом імені…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Пошук клієнтів</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистити пошук</translation>
    </message>
    <message>
        <source>Filter by district</source>
        <translation>Фільтр за районом</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Фільтр за етапом</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Фільтр за темою</translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation>Фільтр за цільовою групою</translation>
    </message>
    <message>
        <source>My open follow-ups</source>
        <translation>Мої заплановані повторні контакти</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Клієнтів ще немає</translation>
    </message>
    <message>
        <source>Add a client with New client (Ctrl+N), or import a CSV or Excel file with the command %1.</source>
        <translation>Додайте клієнта за допомогою «Новий клієнт» (Ctrl+N) або імпортуйте файл CSV чи Excel командою %1.</translation>
    </message>
</context>
<context>
    <name>ClientModeWindow</name>
    <message>
        <source>Client view</source>
        <translation>Режим для клієнта</translation>
    </message>
    <message>
        <source>To leave the client view, the caseworker enters the passphrase.</source>
        <translation>Щоб вийти з режиму для клієнта, відповідальний фахівець вводить парольну фразу.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Leave client view</source>
        <translation>&amp;Вийти з режиму для клієнта</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Повернутися до форми</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Випадок</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цілі</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Форми</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Картка клієнта</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Редагувати клієнта…</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Редагувати клієнта</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Видалити клієнта…</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Видалити клієнта</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>немає випадку</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under the client&apos;s name: client code · current phase.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Feedback (%1 new)</source>
        <translation>Відгуки (нових: %1)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Відгуки</translation>
    </message>
    <message>
        <source>Choose a client from the list to see their record.</source>
        <translation>Виберіть клієнта зі списку, щоб переглянути його картку.</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Завантаження картки…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Roles answered with the cell&apos;s text, as plain ints: the view asks ~7 roles per cell per paint, and comparing with Qt&apos;s enum members costs more than the answer.</extracomment>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Client code</source>
        <extracomment>The client&apos;s pseudonymous code (e.g. K-7F3Q2), shown instead of names in reports.</extracomment>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Phase</source>
        <extracomment>The phase of the client&apos;s current case (intake, assessment, ...).</extracomment>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Наступний повторний контакт</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(виберіть)</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Закрити випадок</translation>
    </message>
    <message>
        <source>A closed case stays in the record with its reason; it cannot be reopened. If the client comes back, open a new case.</source>
        <translation>Закритий випадок залишається в картці разом із причиною закриття; повторно відкрити його неможливо. Якщо клієнт повернеться, відкрийте новий випадок.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>&amp;Дата закриття</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закриття</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <extracomment>Column widths in average characters of the font. Fields whose values are free text about a person: shortened in the list. Columns that say nothing to a supervisor (ids of parents, ordering).</extracomment>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
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
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Записати контакт…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Записати контакт</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <source>Delete client</source>
        <translation>Видалити клієнта</translation>
    </message>
    <message>
        <source>The client, their cases, contacts, referrals, notes and documents are deleted on this laptop now, and on the server and the other devices at the next sync. This cannot be undone here.

If the client asked for erasure of their data (GDPR Art. 17), also ask your organisation to erase it: the server keeps a trace of the deletion until then.</source>
        <translation>Клієнта, його випадки, контакти, направлення, нотатки та документи буде видалено на цьому ноутбуці одразу, а на сервері й інших пристроях — під час наступної синхронізації. Тут цю дію неможливо скасувати.

Якщо клієнт попросив видалити його дані (ст. 17 GDPR), попросіть про видалення також свою організацію: доти на сервері зберігається слід видалення.</translation>
    </message>
    <message>
        <source>Type the client code %1 to confirm:</source>
        <translation>Щоб підтвердити, введіть код клієнта %1:</translation>
    </message>
    <message>
        <source>Client code to confirm</source>
        <translation>Код клієнта для підтвердження</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
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
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Додати документ…</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Додати документ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Відкрити документ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Б</translation>
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
        <translation>Виберіть файл сертифіката CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертифікати (*.pem *.crt *.cer);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Enter the server address your coordinator gave you.</source>
        <translation>Введіть адресу сервера, яку вам надав координатор.</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>Введіть код реєстрації.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Підключення до сервера…</translation>
    </message>
    <message>
        <source>Connected. Fetching your cases for the first time…</source>
        <translation>Підключено. Перше завантаження ваших випадків…</translation>
    </message>
    <message>
        <source>This device is connected, and the first sync is done.</source>
        <translation>Цей пристрій підключено, першу синхронізацію завершено.</translation>
    </message>
    <message>
        <source>This device is connected, but the first sync failed: %1 It will be tried again by itself.</source>
        <translation>Цей пристрій підключено, але перша синхронізація не вдалася: %1 Спробу буде повторено автоматично.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Підключення до сервера</translation>
    </message>
    <message>
        <source>Connect this device to your organisation&apos;s server with the one-time enrolment code your coordinator gave you. Your cases then sync by themselves whenever there is a network.</source>
        <translation>Підключіть цей пристрій до сервера вашої організації за допомогою одноразового коду реєстрації, який вам надав координатор. Після цього ваші випадки синхронізуватимуться автоматично, щойно з’явиться мережа.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адреса сервера:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Код реєстрації:</translation>
    </message>
    <message>
        <source>CA certificate (&amp;optional):</source>
        <translation>Сертифікат CA (&amp;необов’язково):</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Вибрати &amp;файл…</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Назва &amp;пристрою:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Підклю&amp;чити</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>Outdated: the record changed since</source>
        <translation>Застаріло: запис відтоді змінено</translation>
    </message>
    <message>
        <source>No feedback from a supervisor yet.</source>
        <translation>Відгуків від супервізора ще немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) by a supervisor</source>
        <translation>
            <numerusform>%n відгук супервізора</numerusform>
            <numerusform>%n відгуки супервізора</numerusform>
            <numerusform>%n відгуків супервізора</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новий</numerusform>
            <numerusform>%n нові</numerusform>
            <numerusform>%n нових</numerusform>
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
        <translation>Стосується</translation>
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
        <translation>Відгуки супервізора</translation>
    </message>
    <message>
        <source>Text of the chosen review</source>
        <translation>Текст вибраного відгуку</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>Filter changes are gathered this long before the figures are computed again. Chart sections: figure key -&gt; the catalogue its keys come from (&quot;&quot; for months).</extracomment>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>The figures need a connection to the server.</source>
        <translation>Для показників потрібне підключення до сервера.</translation>
    </message>
    <message>
        <source>The figures shown are from the last successful request.</source>
        <translation>Показані дані отримано під час останнього успішного запиту.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Обчислення показників…</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Минулий рік</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Власний період</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Усі райони</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Усі організації</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Усі команди</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Активні клієнти</translation>
    </message>
    <message>
        <source>Active clients by district</source>
        <translation>Активні клієнти за районами</translation>
    </message>
    <message>
        <source>Active clients by target group</source>
        <translation>Активні клієнти за цільовими групами</translation>
    </message>
    <message>
        <source>Active clients by topic of their contacts</source>
        <translation>Активні клієнти за темами їхніх контактів</translation>
    </message>
    <message>
        <source>Intakes by month</source>
        <translation>Первинні контакти за місяцями</translation>
    </message>
    <message>
        <source>Closures by month and reason</source>
        <translation>Закриття випадків за місяцями та причинами</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Контакти за видами</translation>
    </message>
    <message>
        <source>Referrals by institution</source>
        <translation>Направлення за установами</translation>
    </message>
    <message>
        <source>Duration of closed cases</source>
        <translation>Тривалість закритих випадків</translation>
    </message>
    <message>
        <source>Median duration in days</source>
        <translation>Медіанна тривалість у днях</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Закриті випадки</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не зазначено</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <extracomment>A hidden small count in a table: %1 is the smallest count shown (5).</extracomment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Active clients in the period: %1</source>
        <translation>Активних клієнтів за період: %1</translation>
    </message>
    <message>
        <source>Closed cases: %1 (no median is shown for so few)</source>
        <translation>Закритих випадків: %1 (для такої малої кількості медіана не показується)</translation>
    </message>
    <message>
        <source>No case was closed in this period.</source>
        <translation>За цей період не закрито жодного випадку.</translation>
    </message>
    <message>
        <source>Closed cases: %1, median duration %2 days</source>
        <translation>Закритих випадків: %1, медіанна тривалість: %2 дн.</translation>
    </message>
    <message>
        <source>To protect the people counted, every number from 1 to %1 is hidden: such cells are put together into one line “fewer than %2”, without saying which districts, groups or months they are.</source>
        <translation>Щоб захистити людей, яких враховано, усі числа від 1 до %1 приховано: такі клітинки об’єднано в один рядок «менше ніж %2», без зазначення, яких районів, груп чи місяців вони стосуються.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>figures-%1-%2.%3</source>
        <extracomment>Suggested file name of the figures: %1 first day, %2 last day, %3 csv or pdf.</extracomment>
        <translation>показники-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Зберегти показники у форматі CSV</translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation>Зберегти показники як звіт PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Не вдалося зберегти файл.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показники</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Період: з %1 по %2</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Організація: %1</translation>
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
        <translation>Створено %1</translation>
    </message>
    <message>
        <source>Integration monitoring</source>
        <extracomment>Title of the figures report (the programme&apos;s name for it in German).</extracomment>
        <translation>Моніторинг інтеграції</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>page title</comment>
        <extracomment>Page title: the programme&apos;s figures (German: Zahlen).</extracomment>
        <translation>Показники</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Організація:</translation>
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
        <translation>Перший день періоду</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Останній день періоду</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Оно&amp;вити</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Експорт &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Експорт звіту PDF…</translation>
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
        <translation>&amp;Мова форми:</translation>
    </message>
    <message>
        <source>&amp;German beside it</source>
        <translation>&amp;Паралельно німецькою</translation>
    </message>
    <message>
        <source>Show every question in German too</source>
        <translation>Показувати кожне запитання також німецькою</translation>
    </message>
    <message>
        <source>Hand to the &amp;client…</source>
        <translation>Передати &amp;клієнтові…</translation>
    </message>
    <message>
        <source>Full screen, only this form, large text. Leaving needs your passphrase.</source>
        <translation>На весь екран, лише ця форма, великий шрифт. Для виходу потрібна ваша парольна фраза.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Зберегти як &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Finish form</source>
        <translation>&amp;Завершити форму</translation>
    </message>
    <message>
        <source>Check the answers and keep the form as final (Ctrl+Enter)</source>
        <translation>Перевірити відповіді й зберегти форму як остаточну (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Finished; read only</source>
        <translation>Завершено; лише для читання</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Чернетку збережено о %1</translation>
    </message>
    <message>
        <source>Draft; saved as you type</source>
        <translation>Чернетка; зберігається під час введення</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n запитання ще потребує відповіді або виправлення.</numerusform>
            <numerusform>%n запитання ще потребують відповіді або виправлення.</numerusform>
            <numerusform>%n запитань ще потребують відповіді або виправлення.</numerusform>
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
        <translation>Мова</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Форми</translation>
    </message>
    <message>
        <source>&amp;Start form…</source>
        <translation>&amp;Заповнити форму…</translation>
    </message>
    <message>
        <source>Start form</source>
        <translation>Заповнити форму</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Відкрити форму</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Відкинути чернетку…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Відкинути чернетку</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <source>This form (version %1) is not part of this installation of the app. Update the app to open it.</source>
        <translation>Цієї форми (версія %1) немає в цьому встановленні застосунку. Щоб відкрити її, оновіть застосунок.</translation>
    </message>
    <message>
        <source>A finished form is kept. Start a new one to record a change.</source>
        <translation>Завершена форма зберігається без змін. Щоб зафіксувати зміну, заповніть нову форму.</translation>
    </message>
    <message>
        <source>Discard this draft and its answers? This cannot be undone.</source>
        <translation>Відкинути цю чернетку разом із відповідями? Цю дію неможливо скасувати.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goal or step</source>
        <translation>Ціль або крок</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата виконання</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Цілі та кроки</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Додати ціль…</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Додати крок…</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Позначити крок як виконаний</translation>
    </message>
    <message>
        <source>Goals belong to a case; open a case first.</source>
        <translation>Цілі належать до випадку; спершу відкрийте випадок.</translation>
    </message>
    <message>
        <source>No goals agreed yet.</source>
        <translation>Ще немає узгоджених цілей.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Додати ціль</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Додати крок</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <extracomment>Columns that say nothing to a caseworker (ids of parents, ordering).</extracomment>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(приховано)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Термін</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>Т&amp;ема</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(виберіть)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не зазначено)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Записати контакт</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Клієнт</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation>&amp;Вид контакту</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>&amp;Район</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Тривалість</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>Т&amp;еми</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Нотатка</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Повторний контакт</translation>
    </message>
    <message>
        <source>Type a name or client code</source>
        <translation>Введіть ім’я або код клієнта</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>Duration 0 means the duration was not recorded.</extracomment>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter — зберегти</translation>
    </message>
    <message numerus="yes">
        <source>+%n week(s)</source>
        <extracomment>Quick choice: follow-up this many weeks after the contact date.</extracomment>
        <translation>
            <numerusform>+%n тиждень</numerusform>
            <numerusform>+%n тижні</numerusform>
            <numerusform>+%n тижнів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up in %n week(s)</source>
        <translation>
            <numerusform>Повторний контакт через %n тиждень</numerusform>
            <numerusform>Повторний контакт через %n тижні</numerusform>
            <numerusform>Повторний контакт через %n тижнів</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Зберегти контакт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
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
        <translation>Парольну фразу змінено.</translation>
    </message>
    <message>
        <source>About Outreach Desktop</source>
        <translation>Про Outreach Desktop</translation>
    </message>
    <message>
        <source>Outreach Desktop %1

Encrypted, offline-first case management for outreach work.</source>
        <translation>Outreach Desktop %1

Зашифроване ведення випадків для аутріч-роботи, розраховане насамперед на роботу без мережі.</translation>
    </message>
    <message>
        <source>Auto-lock setting saved.</source>
        <translation>Налаштування автоблокування збережено.</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without activity</source>
        <translation>
            <numerusform>Блокується через %n хвилину бездіяльності</numerusform>
            <numerusform>Блокується через %n хвилини бездіяльності</numerusform>
            <numerusform>Блокується через %n хвилин бездіяльності</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Контакт збережено.</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>Синхронізацію завершено.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Не вдалося синхронізувати: %1</translation>
    </message>
    <message>
        <source>Enter	Open the selected client</source>
        <translation>Enter	Відкрити вибраного клієнта</translation>
    </message>
    <message>
        <source>Down	From the search field into the list</source>
        <translation>Down	Перейти з поля пошуку до списку</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сполучення клавіш</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>navigation</comment>
        <extracomment>The pages each role sees, the first one shown after unlocking. A supervisor reads the team&apos;s records (never edits them); a coordinator sees the figures and nothing else. The first window size, in average characters and lines of the font (scales with it).</extracomment>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Clients</source>
        <comment>navigation</comment>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>navigation</comment>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>navigation</comment>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>navigation</comment>
        <translation>Показники</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Новий клієнт…</translation>
    </message>
    <message>
        <source>Log &amp;contact…</source>
        <translation>Записати &amp;контакт…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Клієнти</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Черга перевірки</translation>
    </message>
    <message>
        <source>T&amp;eam overview</source>
        <translation>&amp;Огляд команди</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>&amp;Показники</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Знайти клієнта</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Send your changes and fetch new ones (F5)</source>
        <translation>Надіслати ваші зміни й отримати нові (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>&amp;Проблеми синхронізації…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Підключитися до &amp;сервера…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель інструментів</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after…</source>
        <translation>&amp;Автоблокування через…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Змінити парольну фразу…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сполучення клавіш</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desktop</source>
        <translation>&amp;Про Outreach Desktop</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Парольна фраза неправильна. Перевірте розкладку клавіатури та Caps Lock і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet. Set one up first (outreach init, or start the app).</source>
        <translation>У цій папці даних ще немає сховища. Спершу створіть його (командою outreach init або запустивши застосунок).</translation>
    </message>
    <message>
        <source>This data folder already holds a vault. Nothing was changed.</source>
        <translation>У цій папці даних уже є сховище. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The key file asks for weaker key protection than this app allows. It may have been tampered with; it is refused. Restore the key file from a backup or set up this device again from the server.</source>
        <translation>Файл ключа вимагає слабшого захисту ключа, ніж дозволяє цей застосунок. Можливо, його було підроблено, тому його відхилено. Відновіть файл ключа з резервної копії або повторно налаштуйте цей пристрій із сервера.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is damaged or was changed, so the vault cannot be opened. Restore the key file from a backup, or set up this device again from the server.</source>
        <translation>Файл ключа (vault.key) пошкоджено або змінено, тому сховище неможливо відкрити. Відновіть файл ключа з резервної копії або повторно налаштуйте цей пристрій із сервера.</translation>
    </message>
    <message>
        <source>The key file was made by another version of Outreach Desktop. Install the current version of the app.</source>
        <translation>Файл ключа створено іншою версією Outreach Desktop. Установіть поточну версію застосунку.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters, for example several words.</source>
        <translation>Парольна фраза занадто коротка: використайте щонайменше 10 символів, наприклад кілька слів.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Add more words or characters.</source>
        <translation>Парольну фразу занадто легко вгадати. Додайте більше слів або символів.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (usually by logging in to your desktop session) and try again.</source>
        <translation>Системну зв’язку ключів заблоковано. Розблокуйте її (зазвичай для цього достатньо увійти в сеанс робочого столу) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The system keyring is not the one this vault was set up with. Log in to the desktop session you set the app up in, or set this device up again from the server.</source>
        <translation>Системна зв’язка ключів не та, з якою було налаштовано це сховище. Увійдіть у сеанс робочого столу, у якому ви налаштовували застосунок, або повторно налаштуйте цей пристрій із сервера.</translation>
    </message>
    <message>
        <source>The device secret of this vault is missing from the system keyring, so the vault cannot be opened on this device. Restore the keyring, or set this device up again from the server.</source>
        <translation>Секрету пристрою для цього сховища немає в системній зв’язці ключів, тому сховище неможливо відкрити на цьому пристрої. Відновіть зв’язку ключів або повторно налаштуйте цей пристрій із сервера.</translation>
    </message>
    <message>
        <source>The system keyring holds a different device secret than this vault was made with, so the vault cannot be opened. Restore the keyring, or set this device up again from the server.</source>
        <translation>Системна зв’язка ключів містить інший секрет пристрою, ніж той, з яким було створено це сховище, тому сховище неможливо відкрити. Відновіть зв’язку ключів або повторно налаштуйте цей пристрій із сервера.</translation>
    </message>
    <message>
        <source>No secure system keyring is available. Outreach Desktop needs one (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Start your desktop&apos;s keyring and try again.</source>
        <translation>Немає доступної захищеної системної зв’язки ключів. Вона потрібна для роботи Outreach Desktop (GNOME Keyring, KWallet, macOS Keychain або Windows Credential Manager). Запустіть зв’язку ключів вашого робочого столу й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The encryption library is missing. Reinstall Outreach Desktop; the app will not store data unencrypted.</source>
        <translation>Бібліотека шифрування відсутня. Перевстановіть Outreach Desktop: застосунок не зберігатиме дані без шифрування.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing more was written to it. Run &apos;outreach doctor&apos; for details, and restore it from the server or a backup.</source>
        <translation>Файл бази даних пошкоджено. Більше нічого до нього не записано. Щоб дізнатися подробиці, виконайте «outreach doctor», а потім відновіть файл із сервера або з резервної копії.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outreach Desktop. Install the newer version to open it; nothing was changed.</source>
        <translation>Ці дані записано новішою версією Outreach Desktop. Щоб відкрити їх, установіть новішу версію; нічого не змінено.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved from this step. Free some space and try again.</source>
        <translation>Диск заповнений. Результат цього кроку не збережено. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Сховище заблоковано. Розблокуйте його й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet. Connect it with the enrolment code from your coordinator (Settings, Connect to server).</source>
        <translation>Цей пристрій ще не підключено до сервера. Підключіть його за допомогою коду реєстрації від координатора (Налаштування, Підключитися до сервера).</translation>
    </message>
    <message>
        <source>This device is already connected to a server. Nothing was changed.</source>
        <translation>Цей пристрій уже підключено до сервера. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (for example https://sync.example.org). Check the address your coordinator gave you.</source>
        <translation>Адреса сервера має починатися з https:// (наприклад, https://sync.example.org). Перевірте адресу, яку вам надав координатор.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was done is kept; the next sync carries on.</source>
        <translation>Синхронізацію зупинено. Уже виконане збережено; наступна синхронізація продовжить із цього місця.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read or holds no certificate. Choose the .pem file your coordinator gave you.</source>
        <translation>Файл сертифіката CA неможливо прочитати, або в ньому немає сертифіката. Виберіть файл .pem, який вам надав координатор.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the server address and, for your organisation&apos;s own certificates, the CA certificate file.</source>
        <translation>Не вдалося перевірити сертифікат сервера, тому нічого не надіслано. Перевірте адресу сервера, а якщо ваша організація використовує власні сертифікати, — файл сертифіката CA.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your changes are kept on this device and sent at the next sync.</source>
        <translation>Сервер не відповів вчасно. Ваші зміни збережено на цьому пристрої, їх буде надіслано під час наступної синхронізації.</translation>
    </message>
    <message>
        <source>The server cannot be reached (no network, or the server is down). Your changes are kept on this device and sent when the server is there again.</source>
        <translation>Сервер недоступний (немає мережі або сервер не працює). Ваші зміни збережено на цьому пристрої, їх буде надіслано, щойно сервер знову стане доступним.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used. Ask your coordinator for a new code.</source>
        <translation>Цей код реєстрації вже використано. Попросіть у координатора новий код.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your coordinator for a new code.</source>
        <translation>Термін дії цього коду реєстрації минув. Попросіть у координатора новий код.</translation>
    </message>
    <message>
        <source>Too many wrong enrolment codes were tried. Wait a few minutes, then try again.</source>
        <translation>Забагато спроб із неправильним кодом реєстрації. Зачекайте кілька хвилин і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This device already holds client records, so it can be connected for a caseworker only. A supervisor or the coordination office connects an empty device (a new vault). The code is still valid.</source>
        <translation>На цьому пристрої вже є записи клієнтів, тому його можна підключити лише для відповідального фахівця. Порожній пристрій (нове сховище) підключає супервізор або координаційний офіс. Код досі дійсний.</translation>
    </message>
    <message>
        <source>The server did not accept this enrolment code. Check the code (it is valid once) or ask your coordinator for a new one.</source>
        <translation>Сервер не прийняв цей код реєстрації. Перевірте код (він одноразовий) або попросіть у координатора новий.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Outreach Desktop. Install the update; your changes are kept on this device until then.</source>
        <translation>Для роботи із сервером потрібна новіша версія Outreach Desktop. Установіть оновлення; доти ваші зміни зберігаються на цьому пристрої.</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device, so its case data is removed from this computer.</source>
        <translation>Ваша організація відкликала доступ цього пристрою, тому дані випадків видаляються з цього комп’ютера.</translation>
    </message>
    <message>
        <source>The server refused the sync (%1). Your changes are kept on this device; if this happens again, tell your coordinator.</source>
        <translation>Сервер відхилив синхронізацію (%1). Ваші зміни збережено на цьому пристрої; якщо це повториться, повідомте координатора.</translation>
    </message>
    <message>
        <source>The sync did not complete. Your changes are kept on this device and sent at the next sync.</source>
        <translation>Синхронізацію не завершено. Ваші зміни збережено на цьому пристрої, їх буде надіслано під час наступної синхронізації.</translation>
    </message>
    <message numerus="yes">
        <source>The file has problems in %n row(s). Nothing was imported.</source>
        <translation>
            <numerusform>У файлі є проблеми в %n рядку. Нічого не імпортовано.</numerusform>
            <numerusform>У файлі є проблеми в %n рядках. Нічого не імпортовано.</numerusform>
            <numerusform>У файлі є проблеми в %n рядках. Нічого не імпортовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Не вдалося прочитати або записати файл: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was lost; please try again.</source>
        <translation>Сталася помилка (%1). Нічого не втрачено; спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &apos;CSV UTF-8&apos; from your spreadsheet program, or name its encoding with --encoding.</source>
        <translation>Файл не є текстом у кодуванні UTF-8 (рядок %1). Збережіть його у форматі «CSV UTF-8» у програмі для роботи з таблицями або вкажіть його кодування параметром --encoding.</translation>
    </message>
    <message>
        <source>The file has no column for the name. Expected a column such as &apos;Vorname&apos;, &apos;Nachname&apos;, &apos;Name&apos;, &apos;first name&apos; or &apos;last name&apos;; use --map to name it.</source>
        <translation>У файлі немає стовпця з ім’ям. Очікується стовпець на зразок «Vorname», «Nachname», «Name», «first name» або «last name»; вкажіть потрібний стовпець за допомогою --map.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; named in --map is not in the file.</source>
        <translation>Стовпця «%1», указаного в --map, у файлі немає.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in --map is not a field that can be imported.</source>
        <translation>«%1» у --map не є полем, яке можна імпортувати.</translation>
    </message>
    <message>
        <source>Only CSV and Excel (.xlsx) files can be imported.</source>
        <translation>Імпортувати можна лише файли CSV та Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>У файлі немає рядків для імпорту.</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 MB).</source>
        <translation>Файл занадто великий для імпорту (понад %1 МБ).</translation>
    </message>
    <message>
        <source>The text encoding &apos;%1&apos; is not known. Use for example --encoding utf-8 or --encoding cp1252.</source>
        <translation>Кодування тексту «%1» невідоме. Використайте, наприклад, --encoding utf-8 або --encoding cp1252.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet named &apos;%1&apos;.</source>
        <translation>У книзі немає аркуша з назвою «%1».</translation>
    </message>
    <message>
        <source>The file has too many rows to import at once (more than %1). Split it into smaller files.</source>
        <translation>У файлі забагато рядків для одного імпорту (понад %1). Розділіть його на менші файли.</translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet. Is it really a CSV or .xlsx file?</source>
        <translation>Не вдалося прочитати файл як таблицю. Чи справді це файл CSV або .xlsx?</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Не вдалося імпортувати файл.</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; formulas are not imported</source>
        <translation>схоже на формулу електронної таблиці; формули не імпортуються</translation>
    </message>
    <message>
        <source>text too long (%1 characters, at most %2)</source>
        <translation>текст занадто довгий (символів: %1, максимум %2)</translation>
    </message>
    <message>
        <source>not a date (use DD.MM.YYYY or YYYY-MM-DD)</source>
        <translation>не дата (використовуйте формат ДД.ММ.РРРР або РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>date of birth in the future or before 1900</source>
        <translation>дата народження в майбутньому або раніше 1900 року</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>ім’я не вказано</translation>
    </message>
    <message>
        <source>same person as in row %1</source>
        <translation>та сама особа, що й у рядку %1</translation>
    </message>
    <message>
        <source>this person is already in the vault</source>
        <translation>ця особа вже є у сховищі</translation>
    </message>
    <message>
        <source>client code already used</source>
        <translation>код клієнта вже використовується</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known value</source>
        <translation>«%1» — невідоме значення</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>містить керівні символи</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos;: %3</source>
        <translation>Рядок %1, стовпець «%2»: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>вона занадто довга</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>вона має занадто глибоку вкладеність</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>вона порожня</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>недозволений символ</translation>
    </message>
    <message>
        <source>something unexpected</source>
        <translation>щось неочікуване</translation>
    </message>
    <message>
        <source>calling anything is not allowed (only comparisons, and/or/not and field names)</source>
        <translation>виклики не дозволені (лише порівняння, and/or/not і назви полів)</translation>
    </message>
    <message>
        <source>a dot after a field name is not allowed (no attributes)</source>
        <translation>крапка після назви поля не допускається (атрибути заборонені)</translation>
    </message>
    <message>
        <source>two comparisons in a row; join them with &apos;and&apos;</source>
        <translation>два порівняння поспіль; з’єднайте їх за допомогою «and»</translation>
    </message>
    <message>
        <source>a value or a field name is missing</source>
        <translation>бракує значення або назви поля</translation>
    </message>
    <message>
        <source>an opening bracket is missing</source>
        <translation>бракує відкривальної дужки</translation>
    </message>
    <message>
        <source>a closing bracket is missing</source>
        <translation>бракує закривальної дужки</translation>
    </message>
    <message>
        <source>a closing &apos;]&apos; is missing</source>
        <translation>бракує закривальної дужки «]»</translation>
    </message>
    <message>
        <source>a list may hold only fixed values</source>
        <translation>список може містити лише сталі значення</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>вона не є текстом</translation>
    </message>
    <message>
        <source>form</source>
        <translation>форма</translation>
    </message>
    <message>
        <source>section</source>
        <translation>розділ</translation>
    </message>
    <message>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>варіант</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>обмеження</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>недійсний JSON (рядок %1, стовпець %2)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл не є текстом у кодуванні UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>не вдалося прочитати файл (%1)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>файл занадто великий</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>файл має занадто глибоку вкладеність</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>має бути об’єктом JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>бракує «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the wrong type</source>
        <translation>«%1» має неправильний тип</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits and _, not starting with a digit)</source>
        <translation>«%1» — недійсний ідентифікатор (малі літери, цифри та _, не може починатися з цифри)</translation>
    </message>
    <message>
        <source>unknown format %1 (this app reads %2)</source>
        <translation>невідомий формат %1 (цей застосунок читає %2)</translation>
    </message>
    <message>
        <source>the version must be a whole number of 1 or more</source>
        <translation>версія має бути цілим числом, не менше 1</translation>
    </message>
    <message>
        <source>version %1 exists twice</source>
        <translation>версія %1 трапляється двічі</translation>
    </message>
    <message>
        <source>unknown language code &apos;%1&apos; (known: de, en, tr, ar, fa, ru, uk)</source>
        <translation>невідомий код мови «%1» (відомі: de, en, tr, ar, fa, ru, uk)</translation>
    </message>
    <message>
        <source>the text direction of &apos;%1&apos; must be ltr or rtl</source>
        <translation>напрямок тексту для «%1» має бути ltr або rtl</translation>
    </message>
    <message>
        <source>German (de) is required</source>
        <translation>німецька мова (de) обов’язкова</translation>
    </message>
    <message>
        <source>no text in the language &apos;%1&apos;</source>
        <translation>немає тексту мовою «%1»</translation>
    </message>
    <message>
        <source>the text in &apos;%1&apos; is too long (%2 characters, at most %3)</source>
        <translation>текст мовою «%1» занадто довгий (символів: %2, максимум %3)</translation>
    </message>
    <message>
        <source>the form has no sections</source>
        <translation>у формі немає розділів</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>ідентифікатор «%1» використано двічі</translation>
    </message>
    <message>
        <source>unknown field type &apos;%1&apos;</source>
        <translation>невідомий тип поля «%1»</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>поле з вибором має містити варіанти</translation>
    </message>
    <message>
        <source>the choice has no code</source>
        <translation>у варіанта немає коду</translation>
    </message>
    <message>
        <source>the choice code &apos;%1&apos; is used twice</source>
        <translation>код варіанта «%1» використано двічі</translation>
    </message>
    <message>
        <source>a field of type &apos;%1&apos; has no choices</source>
        <translation>поле типу «%1» не може мати варіантів</translation>
    </message>
    <message>
        <source>the condition does not parse: %1 (at character %2)</source>
        <translation>не вдалося розібрати умову: %1 (символ %2)</translation>
    </message>
    <message>
        <source>the condition names an unknown field &apos;%1&apos;</source>
        <translation>умова посилається на невідоме поле «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in a form definition: where (form › section › field) and what.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A form definition was refused, so it cannot be shown:
%1</source>
        <translation>Опис форми відхилено, тому її не можна показати:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n запитання ще потребує відповіді або виправлення.</numerusform>
            <numerusform>%n запитання ще потребують відповіді або виправлення.</numerusform>
            <numerusform>%n запитань ще потребують відповіді або виправлення.</numerusform>
        </translation>
    </message>
    <message>
        <source>This form is no longer in the vault (discarded here or by a sync).</source>
        <translation>Цієї форми більше немає у сховищі (видалено тут або під час синхронізації).</translation>
    </message>
    <message>
        <source>This form is finished and is not changed again. Start a new one.</source>
        <translation>Цю форму завершено, і вона більше не змінюється. Почніть нову.</translation>
    </message>
    <message>
        <source>This draft belongs to another version of the form; nothing was saved.</source>
        <translation>Ця чернетка належить до іншої версії форми; нічого не збережено.</translation>
    </message>
    <message>
        <source>The form is not written in this language.</source>
        <translation>Ця форма не перекладена цією мовою.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>Цього клієнта вже немає у сховищі (видалено тут або під час синхронізації).</translation>
    </message>
    <message>
        <source>An answer is too long (at most 20,000 characters); nothing was saved.</source>
        <translation>Відповідь задовга (не більше 20 000 символів); нічого не збережено.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Written</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Вибрана нотатка</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Нова нотатка</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Name</source>
        <extracomment>A client field (as the server names it) -&gt; the overview row that shows it.</extracomment>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Варіанти імені</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Статус перебування</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Телефон та ел. пошта</translation>
    </message>
    <message>
        <source>Consent</source>
        <extracomment>Einwilligung to data processing.</extracomment>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>Ознаки цільової групи</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>Сховати чутливі ознаки</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>Показати чутливі ознаки</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Відхилено сервером: %1</translation>
    </message>
    <message>
        <source>The server rejected a change: %1</source>
        <translation>Сервер відхилив зміну: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Date of birth followed by the age, e.g. &quot;04.05.2003 (22 years)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No consent recorded. Record consent before storing more than a first contact.</source>
        <translation>Згоду не зафіксовано. Зафіксуйте згоду, перш ніж зберігати щось більше, ніж перший контакт.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>Відкликано %1 (надано %2)</translation>
    </message>
    <message>
        <source>Given on %1 (form %2, version %3)</source>
        <translation>Надано %1 (форма %2, версія %3)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <extracomment>The sensitive markers are not shown until the button beside is pressed.</extracomment>
        <translation>Приховано</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Нічого не зазначено</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <extracomment>Toggle beside a passphrase field: hide the typed characters again.</extracomment>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Toggle beside a passphrase field: show the typed characters.</extracomment>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Сховати парольну фразу</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Показати парольну фразу</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>Forms that are signed on paper (the sheet gets signature lines).</extracomment>
        <translation>Зберегти як PDF</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where it is protected, print it, and delete it afterwards.</source>
        <translation>PDF-файл не зашифровано: його зможе прочитати будь-хто, хто отримає цей файл. Зберігайте його лише в захищеному місці, роздрукуйте й після цього видаліть.</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <extracomment>Suggested file name of a saved form: form id, client code.</extracomment>
        <translation>%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>you</source>
        <translation>ви</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>колега</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Client %1, %2: “%3” was changed on the server and on this device.</source>
        <translation>Клієнт %1, %2: «%3» змінено і на сервері, і на цьому пристрої.</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Автор зміни: %1, %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>відмовлено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>The server refused this change as a whole.</source>
        <translation>Сервер відмовився прийняти цю зміну повністю.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Сервер не вказав причини.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Відкинути зміну</translation>
    </message>
    <message>
        <source>Discard this change? It goes back to what it was before, and it will not be sent to the server.</source>
        <translation>Відкинути цю зміну? Буде відновлено попередній стан, і зміну не буде надіслано на сервер.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Проблеми синхронізації</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Конфлікти (%1)</translation>
    </message>
    <message>
        <source>Rejected changes (%1)</source>
        <translation>Відхилені зміни (%1)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Невирішених конфліктів немає.</translation>
    </message>
    <message>
        <source>No rejected changes.</source>
        <translation>Відхилених змін немає.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Відхилені зміни</translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation>Значення на сервері</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ваше значення</translation>
    </message>
    <message>
        <source>Keep &amp;server value</source>
        <translation>Залишити значення &amp;сервера</translation>
    </message>
    <message>
        <source>Use &amp;my value</source>
        <translation>Використати &amp;моє значення</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>Об’єднати обидва</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Об’єднаний текст</translation>
    </message>
    <message>
        <source>Save &amp;combined text</source>
        <translation>Зберегти &amp;об’єднаний текст</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Відкрити &amp;картку</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Надіслати &amp;знову</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Відкинути…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Відкинути введені дані?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продовжити редагування</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>Intake</source>
        <extracomment>Client fields whose values are catalogue codes, and which catalogue they come from. Fields whose values history shows only while the sensitive markers are shown. Case phase 1 of the method (Zugang/Erstkontakt).</extracomment>
        <translation>Первинний контакт</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Case phase 2: the client&apos;s situation and resources.</extracomment>
        <translation>Оцінювання</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <extracomment>Case phase 3 (Zielvereinbarung / Hilfeplan).</extracomment>
        <translation>Узгодження цілей</translation>
    </message>
    <message>
        <source>Implementation</source>
        <extracomment>Case phase 4 (Umsetzung / Vermittlung).</extracomment>
        <translation>Реалізація</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Case phase 5.</extracomment>
        <translation>Моніторинг</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Case phase 6 (Evaluation &amp; Fallabschluss).</extracomment>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Referral status: the referral is intended, nothing arranged yet.</extracomment>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>Referral status: the client was referred (an appointment or contact is made).</extracomment>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>Referral status: the institution took the client on.</extracomment>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>Referral status: the institution or the client said no.</extracomment>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Варіанти імені</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Статус перебування</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>Ознаки цільової групи</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Телефон та ел. пошта</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Відповідальний фахівець</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата відкриття</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закриття</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Причина закриття</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>A case file of the case management method.</extracomment>
        <translation>Випадок</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ціль</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Дата узгодження</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата виконання</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
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
        <translation>Синхронізовано</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Ще не синхронізовано</translation>
    </message>
    <message>
        <source>Conflict — needs a decision</source>
        <translation>Конфлікт — потрібне рішення</translation>
    </message>
    <message>
        <source>Rejected by the server — needs correction</source>
        <translation>Відхилено сервером — потрібне виправлення</translation>
    </message>
    <message>
        <source>Only on this device</source>
        <translation>Лише на цьому пристрої</translation>
    </message>
    <message>
        <source>The server needs a value here.</source>
        <translation>Сервер вимагає значення в цьому полі.</translation>
    </message>
    <message>
        <source>The server refused this text as too long.</source>
        <translation>Сервер відхилив цей текст як занадто довгий.</translation>
    </message>
    <message>
        <source>The server expected a text here.</source>
        <translation>Сервер очікував тут текст.</translation>
    </message>
    <message>
        <source>The server expected a date here.</source>
        <translation>Сервер очікував тут дату.</translation>
    </message>
    <message>
        <source>The server expected a whole number here.</source>
        <translation>Сервер очікував тут ціле число.</translation>
    </message>
    <message>
        <source>The record this refers to is not on the server (deleted there).</source>
        <translation>Запису, на який це посилається, немає на сервері (його там видалено).</translation>
    </message>
    <message>
        <source>This refers to a record of another client.</source>
        <translation>Це посилання на запис іншого клієнта.</translation>
    </message>
    <message>
        <source>A record cannot be moved to another client or case.</source>
        <translation>Запис не можна перенести до іншого клієнта чи випадку.</translation>
    </message>
    <message>
        <source>Only the server sets this value.</source>
        <translation>Це значення встановлює лише сервер.</translation>
    </message>
    <message>
        <source>The server does not know this field.</source>
        <translation>Сервер не знає цього поля.</translation>
    </message>
    <message>
        <source>This client is no longer yours on the server (transferred or not shared).</source>
        <translation>На сервері цей клієнт більше не закріплений за вами (переданий іншому фахівцеві або не наданий вам у доступ).</translation>
    </message>
    <message>
        <source>The server refused this change (%1).</source>
        <translation>Сервер відхилив цю зміну (%1).</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Схвалено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Повернуто на доопрацювання</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>History: a record was created.</extracomment>
        <translation>створено</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>History: a record was changed.</extracomment>
        <translation>змінено</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>History: a record was deleted.</extracomment>
        <translation>видалено</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Введіть ім’я або прізвище.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Це поле обов’язкове.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Текст занадто довгий.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Ця дата в майбутньому.</translation>
    </message>
    <message>
        <source>This date is before 1900.</source>
        <translation>Ця дата раніше 1900 року.</translation>
    </message>
    <message>
        <source>Enter between 1 and 1440 minutes.</source>
        <translation>Введіть від 1 до 1440 хвилин.</translation>
    </message>
    <message>
        <source>The follow-up must not be before the contact.</source>
        <translation>Дата повторного контакту не може бути раніше дати контакту.</translation>
    </message>
    <message>
        <source>The due date must not be before the start.</source>
        <translation>Термін не може бути раніше дати початку.</translation>
    </message>
    <message>
        <source>The case cannot close before it was opened.</source>
        <translation>Дата закриття випадку не може бути раніше дати його відкриття.</translation>
    </message>
    <message>
        <source>The file is too large (at most 25 MB).</source>
        <translation>Файл занадто великий (максимум 25 МБ).</translation>
    </message>
    <message>
        <source>Not a date. Use the format %1.</source>
        <translation>Це не дата. Використовуйте формат %1.</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Виберіть клієнта.</translation>
    </message>
    <message>
        <source>Outside the programme&apos;s age range (18–27). You can still save.</source>
        <translation>Поза віковими межами програми (18–27). Зберегти все одно можна.</translation>
    </message>
    <message>
        <source>This client already has an open case.</source>
        <translation>У цього клієнта вже є відкритий випадок.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Цей випадок уже закрито.</translation>
    </message>
    <message>
        <source>The case cannot move to that phase from where it is now.</source>
        <translation>Випадок не може перейти до цього етапу з поточного.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>Цього клієнта вже немає у сховищі (видалено тут або під час синхронізації).</translation>
    </message>
    <message>
        <source>This document is no longer in the vault.</source>
        <translation>Цього документа вже немає у сховищі.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n рік</numerusform>
            <numerusform>%n роки</numerusform>
            <numerusform>%n років</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Add referral</source>
        <translation>Додати направлення</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Установа</translation>
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
        <translation>&amp;Нотатка</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
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
        <translation>Установа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation>Додати направлення…</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Додати направлення</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Unknown caseworker</source>
        <translation>Невідомий фахівець</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to review</source>
        <translation>
            <numerusform>%n запис для перевірки</numerusform>
            <numerusform>%n записи для перевірки</numerusform>
            <numerusform>%n записів для перевірки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s)</source>
        <translation>
            <numerusform>%1 (%2): %n запис</numerusform>
            <numerusform>%1 (%2): %n записи</numerusform>
            <numerusform>%1 (%2): %n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>Повернути з коментарем</translation>
    </message>
    <message>
        <source>Return “%1” to the caseworker for correction. Say what needs to change:</source>
        <translation>Повернути «%1» відповідальному фахівцеві на доопрацювання. Напишіть, що потрібно змінити:</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Your comment on “%1” for the caseworker:</source>
        <translation>Ваш коментар до «%1» для відповідального фахівця:</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Надіслати коментар</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Goal agreement awaits decision</source>
        <translation>Узгодження цілей очікує рішення</translation>
    </message>
    <message>
        <source>Closure awaits decision</source>
        <translation>Закриття випадку очікує рішення</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Невідома особа</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Тривалість (хв)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Дата направлення</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Версія форми</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дата надання</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата відкликання</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Обсяг</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Назва файлу</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файлу</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(приховано)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(змінено)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <source>final</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>досягнуто</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Узгодження цілей</translation>
    </message>
    <message>
        <source>Case closure</source>
        <translation>Закриття випадку</translation>
    </message>
    <message>
        <source>new</source>
        <translation>створено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (версія %2)</translation>
    </message>
    <message>
        <source>outdated — the record changed since</source>
        <translation>застаріло — запис відтоді змінено</translation>
    </message>
    <message>
        <source>Nothing to review: every record of your team was looked at since it last changed.</source>
        <translation>Перевіряти нічого: усі записи вашої команди переглянуто після їхньої останньої зміни.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) waiting</source>
        <translation>
            <numerusform>%n рішення очікує</numerusform>
            <numerusform>%n рішення очікують</numerusform>
            <numerusform>%n рішень очікують</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Черга перевірки</translation>
    </message>
    <message>
        <source>Caseworker and client</source>
        <translation>Фахівець і клієнт</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <source>Records to review, by caseworker</source>
        <translation>Записи для перевірки за фахівцями</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Changes of the selected client</source>
        <translation>Зміни вибраного клієнта</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>Позначити як &amp;перевірене</translation>
    </message>
    <message>
        <source>Mark the listed records as reviewed (Ctrl+Enter); decisions stay open</source>
        <translation>Позначити записи зі списку як перевірені (Ctrl+Enter); рішення залишаються відкритими</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Схвалити</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>По&amp;вернути з коментарем…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Коментувати…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Відкрити ка&amp;ртку</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка даних: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>Заблоковано через %n хвилину бездіяльності</numerusform>
            <numerusform>Заблоковано через %n хвилини бездіяльності</numerusform>
            <numerusform>Заблоковано через %n хвилин бездіяльності</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Shown on the lock screen after the user chose File &gt; Lock.</extracomment>
        <translation>Заблоковано</translation>
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
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>Set up Outreach Desktop</source>
        <translation>Налаштування Outreach Desktop</translation>
    </message>
    <message>
        <source>Protect the case data on this laptop</source>
        <translation>Захистіть дані випадків на цьому ноутбуці</translation>
    </message>
    <message>
        <source>Choose a passphrase. You will type it each time you open the app and after it locks. Several words that belong together only for you are easy to remember and hard to guess.</source>
        <translation>Виберіть парольну фразу. Ви вводитимете її щоразу, коли відкриваєте застосунок, а також після його блокування. Кілька слів, пов’язаних між собою лише для вас, легко запам’ятати й важко вгадати.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольна фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>По&amp;вторіть парольну фразу</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this laptop cannot be recovered. Nobody can reset it, not even your administrator. If the app syncs with your organisation&apos;s server, you can set it up anew and download your cases again.</source>
        <translation>Якщо ви забудете парольну фразу, дані на цьому ноутбуці неможливо буде відновити. Ніхто не може її скинути, навіть ваш адміністратор. Якщо застосунок синхронізується із сервером вашої організації, ви зможете налаштувати його заново й знову завантажити свої випадки.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>Якщо ви забудете парольну фразу</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Створити сховище</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Створити сховище</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Створення сховища</translation>
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
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>Заповнити форму</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Занадто коротка: використайте щонайменше %n символ.</numerusform>
            <numerusform>Занадто коротка: використайте щонайменше %n символи.</numerusform>
            <numerusform>Занадто коротка: використайте щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Add more words.</source>
        <extracomment>Passphrase strength. Too weak to be accepted.</extracomment>
        <translation>Надійність: низька. Додайте більше слів.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Надійність: середня</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Надійність: добра</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Надійність: висока</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надійність парольної фрази</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблеми</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts and changes the server did not accept. Click to resolve them.</source>
        <translation>Конфлікти та зміни, які сервер не прийняв. Натисніть, щоб їх вирішити.</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Не підключено до сервера</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation>Стан з’єднання невідомий</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n зміна очікує надсилання</numerusform>
            <numerusform>%n зміни очікують надсилання</numerusform>
            <numerusform>%n змін очікують надсилання</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Остання синхронізація: ніколи</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Остання синхронізація: %1</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
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
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Not assigned</source>
        <translation>Не закріплено</translation>
    </message>
    <message>
        <source>Unknown caseworker</source>
        <translation>Невідомий фахівець</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Усього по команді</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Повторний контакт прострочено</translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s) overdue</source>
        <translation>
            <numerusform>%n крок цілі прострочено</numerusform>
            <numerusform>%n кроки цілей прострочено</numerusform>
            <numerusform>%n кроків цілей прострочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n невирішений конфлікт</numerusform>
            <numerusform>%n невирішені конфлікти</numerusform>
            <numerusform>%n невирішених конфліктів</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Нічого не прострочено</translation>
    </message>
    <message>
        <source>Select a caseworker above to see their clients.</source>
        <translation>Виберіть фахівця вгорі, щоб побачити його клієнтів.</translation>
    </message>
    <message>
        <source>%1 has no clients.</source>
        <translation>%1: клієнтів немає.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Clients of %1 (%n):</source>
        <translation>
            <numerusform>&amp;Клієнти фахівця %1 (%n):</numerusform>
            <numerusform>&amp;Клієнти фахівця %1 (%n):</numerusform>
            <numerusform>&amp;Клієнти фахівця %1 (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New clients (intake, opened in the last %1 days): %n</source>
        <translation>
            <numerusform>&amp;Нові клієнти (первинний контакт, відкрито за останні %1 днів): %n</numerusform>
            <numerusform>&amp;Нові клієнти (первинний контакт, відкрито за останні %1 днів): %n</numerusform>
            <numerusform>&amp;Нові клієнти (первинний контакт, відкрито за останні %1 днів): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No new clients: none in intake opened in the last %1 days.</source>
        <translation>Нових клієнтів немає: за останні %1 днів не відкрито жодного випадку на етапі первинного контакту.</translation>
    </message>
    <message>
        <source>Assign a client</source>
        <translation>Закріпити клієнта</translation>
    </message>
    <message>
        <source>Assign client %1 to %2?</source>
        <translation>Закріпити клієнта %1 за фахівцем %2?</translation>
    </message>
    <message>
        <source>Transfer client %1 from %2 to %3? The old laptop loses the record at its next sync; %3&apos;s laptop receives it.</source>
        <translation>Передати клієнта %1 від фахівця %2 фахівцеві %3? Під час наступної синхронізації картка зникне з попереднього ноутбука й з’явиться на ноутбуці фахівця %3.</translation>
    </message>
    <message>
        <source>Transfer a client</source>
        <translation>Передати клієнта</translation>
    </message>
    <message>
        <source>Transferring client %1 to %2…</source>
        <translation>Передавання клієнта %1 фахівцеві %2…</translation>
    </message>
    <message>
        <source>Client %1 now belongs to %2. The lists here follow after the sync that is starting now.</source>
        <translation>Клієнта %1 тепер закріплено за фахівцем %2. Списки тут оновляться після синхронізації, яка зараз починається.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing was transferred. Try again when this laptop is online.</source>
        <translation>Сервер недоступний, тому нічого не передано. Спробуйте знову, коли цей ноутбук буде в мережі.</translation>
    </message>
    <message>
        <source>The server did not allow this transfer: the client or the caseworker is not (or no longer) in your team. Nothing was changed. Sync, then try again.</source>
        <translation>Сервер не дозволив цю передачу: клієнт або фахівець не входить (або більше не входить) до вашої команди. Нічого не змінено. Синхронізуйте дані й спробуйте знову.</translation>
    </message>
    <message>
        <source>The server refused the transfer (%1). Nothing was changed; if this happens again, tell your coordinator.</source>
        <translation>Сервер відхилив передачу (%1). Нічого не змінено; якщо це повториться, повідомте координатора.</translation>
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
        <translation>Відкриті випадки кожного фахівця. «Без контакту» — це відкриті випадки, де останній контакт (або відкриття) був щонайменше 30, 60 чи 90 днів тому; випадок, врахований у стовпці 90 днів, враховано також у стовпцях 30 і 60. Щоб відсортувати, клацніть заголовок.</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Відповідальний фахівець</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Активні випадки</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Прострочені повторні контакти</translation>
    </message>
    <message>
        <source>Overdue goal steps</source>
        <translation>Прострочені кроки цілей</translation>
    </message>
    <message>
        <source>No contact 30+ days</source>
        <translation>Без контакту 30+ днів</translation>
    </message>
    <message>
        <source>No contact 60+ days</source>
        <translation>Без контакту 60+ днів</translation>
    </message>
    <message>
        <source>No contact 90+ days</source>
        <translation>Без контакту 90+ днів</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Невирішені конфлікти</translation>
    </message>
    <message>
        <source>Caseload per caseworker</source>
        <translation>Кількість випадків на фахівця</translation>
    </message>
    <message>
        <source>No caseworkers or cases yet. Your team appears here after the first sync with the server.</source>
        <translation>Фахівців і випадків ще немає. Ваша команда з’явиться тут після першої синхронізації із сервером.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Днів без контакту</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Clients of the selected caseworker</source>
        <translation>Клієнти вибраного фахівця</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата відкриття</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>Відкрити ка&amp;ртку</translation>
    </message>
    <message>
        <source>&amp;Transfer to…</source>
        <translation>&amp;Передати…</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Закріпити за…</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>New feedback</source>
        <extracomment>Column widths in average characters of the font.</extracomment>
        <translation>Новий відгук</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Agenda status of an item whose date has passed.</extracomment>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>agenda status</comment>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Approved by your supervisor</source>
        <translation>Схвалено вашим супервізором</translation>
    </message>
    <message>
        <source>Returned by your supervisor for correction</source>
        <translation>Повернуто вашим супервізором на доопрацювання</translation>
    </message>
    <message>
        <source>Comment from your supervisor</source>
        <translation>Коментар від вашого супервізора</translation>
    </message>
    <message>
        <source>Goal step: %1</source>
        <extracomment>%1 is the title of a goal step the caseworker agreed with the client.</extracomment>
        <translation>Крок цілі: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <extracomment>A follow-up date set when a contact was logged.</extracomment>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>На сьогодні нічого не заплановано.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n завдання до виконання</numerusform>
            <numerusform>%n завдання до виконання</numerusform>
            <numerusform>%n завдань до виконання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n прострочене</numerusform>
            <numerusform>%n прострочені</numerusform>
            <numerusform>%n прострочених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback(s) from your supervisor</source>
        <translation>
            <numerusform>%n новий відгук від вашого супервізора</numerusform>
            <numerusform>%n нові відгуки від вашого супервізора</numerusform>
            <numerusform>%n нових відгуків від вашого супервізора</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <comment>page title</comment>
        <extracomment>Page title: what is due today (German: Heute).</extracomment>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Що заплановано</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>На сьогодні та прострочене</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer a client</source>
        <translation>Передати клієнта</translation>
    </message>
    <message>
        <source>Client %1 is with %2 now. Transfer to:</source>
        <translation>Клієнт %1 зараз закріплений за фахівцем %2. Кому передати:</translation>
    </message>
    <message>
        <source>Client %1 has no caseworker yet. Assign to:</source>
        <translation>Клієнт %1 ще не закріплений за жодним фахівцем. За ким закріпити:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Відповідальний фахівець</translation>
    </message>
    <message>
        <source>There is no other caseworker in your team to transfer to (the team list comes with the next sync).</source>
        <translation>У вашій команді немає іншого фахівця, якому можна передати клієнта (список команди надійде з наступною синхронізацією).</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <extracomment>The demo workspace&apos;s passphrase: public on purpose (README, unlock screen), so the demo must only ever hold invented data. ASCII only, so that it can be typed on an Arabic, Persian or Cyrillic keyboard layout too (&quot;Köln&quot; could not).</extracomment>
        <translation>
            <numerusform>Спробувати ще раз можна буде через %n секунду.</numerusform>
            <numerusform>Спробувати ще раз можна буде через %n секунди.</numerusform>
            <numerusform>Спробувати ще раз можна буде через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольна фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Відкриття сховища</translation>
    </message>
    <message>
        <source>Demo workspace with invented clients. Its passphrase is public:
%1
Never enter real client data here.</source>
        <translation>Демонстраційний робочий простір із вигаданими клієнтами. Його парольна фраза загальнодоступна:
%1
Ніколи не вводьте тут справжні дані клієнтів.</translation>
    </message>
    <message>
        <source>Preparing the demo data</source>
        <translation>Підготовка демонстраційних даних</translation>
    </message>
    <message>
        <source>Preparing the demo: %v of %m clients</source>
        <extracomment>%v and %m are filled in by Qt: clients written so far, and all of them.</extracomment>
        <translation>Підготовка демонстрації: %v з %m клієнтів</translation>
    </message>
</context>
</TS>

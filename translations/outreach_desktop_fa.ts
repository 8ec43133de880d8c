<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Outreach Desktop: encrypted case management.</source>
        <translation>Outreach Desktop: مدیریت رمزگذاری‌شدهٔ پرونده‌ها.</translation>
    </message>
    <message>
        <source>data folder (default: the platform&apos;s local app data folder)</source>
        <translation>پوشهٔ داده‌ها (پیش‌فرض: پوشهٔ محلی داده‌های برنامه در این سیستم‌عامل)</translation>
    </message>
    <message>
        <source>user interface language (default: settings, else system, else de)</source>
        <translation>زبان رابط کاربری (پیش‌فرض: طبق تنظیمات، در غیر این صورت زبان سیستم، و در غیر آن de)</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <source>Auto-lock</source>
        <translation>قفل خودکار</translation>
    </message>
    <message>
        <source>Lock the app after this many &amp;minutes without keyboard or mouse activity:</source>
        <translation>برنامه پس از این تعداد &amp;دقیقه بدون استفاده از صفحه‌کلید یا ماوس قفل شود:</translation>
    </message>
    <message>
        <source>Minutes until auto-lock</source>
        <translation>تعداد دقیقه تا قفل خودکار</translation>
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
        <translation>دو عبارت عبور جدید با هم یکسان نیستند.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>عبارت عبور &amp;فعلی</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارت عبور فعلی</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارت عبور &amp;جدید</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت عبور جدید</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase</source>
        <translation>&amp;تکرار عبارت عبور جدید</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>تکرار عبارت عبور جدید</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>در حال تغییر عبارت عبور</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No passphrase: run this in a terminal, or set %1 for scripted use.</source>
        <translation>عبارت عبور وارد نشده است: این فرمان را در ترمینال اجرا کنید، یا برای استفاده در اسکریپت، %1 را تنظیم کنید.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارت عبور جدید: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>تکرار عبارت عبور: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>دو عبارت عبور با هم یکسان نیستند. هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <source>A new vault will be created in %1.</source>
        <translation>یک گاوصندوق دادهٔ جدید در %1 ایجاد می‌شود.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this device cannot be recovered by anyone. With sync, it can be downloaded again after setting up anew.</source>
        <translation>اگر عبارت عبور را فراموش کنید، هیچ‌کس نمی‌تواند داده‌های این دستگاه را بازیابی کند. اگر همگام‌سازی فعال باشد، می‌توان پس از راه‌اندازی دوباره، داده‌ها را دوباره دانلود کرد.</translation>
    </message>
    <message>
        <source>Vault created (id %1).</source>
        <translation>گاوصندوق داده ایجاد شد (شناسه: %1).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارت عبور: </translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>پوشهٔ داده‌ها</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>شناسهٔ گاوصندوق داده</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>مددجویان</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>تغییرات همگام‌سازی‌نشده</translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation>نسخهٔ SQLCipher</translation>
    </message>
    <message>
        <source>--map needs the form &quot;Column=field&quot;, got: %1</source>
        <translation>گزینهٔ --map باید به شکل &quot;Column=field&quot; باشد؛ مقدار داده‌شده: %1</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>ستون‌ها:</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>ستون‌های نادیده‌گرفته‌شده: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) ready to import; nothing was written.</source>
        <translation>
            <numerusform>اجرای آزمایشی: %n ردیف آمادهٔ وارد کردن است؛ چیزی ذخیره نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>As it is, the file would not be imported: fix the rows named above (or add --skip-duplicates for duplicates).</source>
        <translation>این فایل در وضعیت فعلی وارد نمی‌شود: ردیف‌های ذکرشده در بالا را اصلاح کنید (یا برای موارد تکراری، --skip-duplicates را اضافه کنید).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n مددجو وارد شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n مورد تکراری نادیده گرفته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>To import the other rows and skip the duplicates, add --skip-duplicates.</source>
        <translation>برای وارد کردن ردیف‌های دیگر و نادیده گرفتن موارد تکراری، --skip-duplicates را اضافه کنید.</translation>
    </message>
    <message>
        <source>Encryption library (SQLCipher)</source>
        <translation>کتابخانهٔ رمزگذاری (SQLCipher)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>فایل کلید</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>جاکلیدی سیستم</translation>
    </message>
    <message>
        <source>Device secret in the keyring</source>
        <translation>رمز محرمانهٔ دستگاه در جاکلیدی سیستم</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>مجوزهای فایل</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Encrypted pages (cipher_integrity_check)</source>
        <translation>صفحه‌های رمزگذاری‌شده (cipher_integrity_check)</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>ساختار پایگاه داده</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>نسخهٔ طرح‌واره</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سالم</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Readable by other users: %1. Run: chmod 700 on the folder and chmod 600 on its files.</source>
        <translation>برای کاربران دیگر قابل خواندن است: %1. برای رفع مشکل، chmod 700 را روی پوشه و chmod 600 را روی فایل‌های آن اجرا کنید.</translation>
    </message>
    <message>
        <source>The keyring in use (%1) is not the one the vault was set up with (%2).</source>
        <translation>جاکلیدی مورد استفاده (%1) با جاکلیدی‌ای که گاوصندوق داده با آن راه‌اندازی شده است (%2) یکی نیست.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from the server or a backup.</source>
        <translation>فایل پایگاه داده آسیب دیده است: %1. آن را از سرور یا از یک نسخهٔ پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>The SQLite library has no encryption. Reinstall the app.</source>
        <translation>کتابخانهٔ SQLite قابلیت رمزگذاری ندارد. برنامه را دوباره نصب کنید.</translation>
    </message>
    <message>
        <source>The schema is not the current one.</source>
        <translation>طرح‌وارهٔ پایگاه داده به‌روز نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n مشکل پیدا شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>هیچ مشکلی پیدا نشد.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>عبارت عبور فعلی: </translation>
    </message>
    <message>
        <source>Passphrase changed. The data key itself is unchanged; use &apos;outreach rekey&apos; to replace it too.</source>
        <translation>عبارت عبور تغییر کرد. خود کلید داده تغییر نکرده است؛ برای تعویض آن نیز از «outreach rekey» استفاده کنید.</translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new data key.</source>
        <translation>پایگاه داده با یک کلید دادهٔ جدید دوباره رمزگذاری شد.</translation>
    </message>
    <message>
        <source>Outreach Desktop, headless: set up, import, check. The passphrase is asked for, or read from OUTREACH_PASSPHRASE (for scripts; see the README for the risk).</source>
        <translation>نسخهٔ خط فرمان Outreach Desktop (بدون رابط گرافیکی): راه‌اندازی، وارد کردن، بررسی. عبارت عبور پرسیده می‌شود یا از OUTREACH_PASSPHRASE خوانده می‌شود (برای اسکریپت‌ها؛ دربارهٔ خطر این کار، README را ببینید).</translation>
    </message>
    <message>
        <source>data folder (default: %1)</source>
        <translation>پوشهٔ داده‌ها (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>language of the messages</source>
        <translation>زبان پیام‌ها</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>ایجاد گاوصندوق دادهٔ جدید</translation>
    </message>
    <message>
        <source>import a CSV or XLSX client list</source>
        <translation>وارد کردن فهرست مددجویان از فایل CSV یا XLSX</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>فایل CSV یا XLSX</translation>
    </message>
    <message>
        <source>map a column to a field (or &apos;ignore&apos;); may be repeated</source>
        <translation>نسبت دادن یک ستون به یک فیلد (یا «ignore»)؛ می‌توان آن را چند بار به کار برد</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>نمایش آنچه وارد خواهد شد</translation>
    </message>
    <message>
        <source>text encoding of a CSV file (default: UTF-8)</source>
        <translation>کدگذاری نویسه‌های فایل CSV (پیش‌فرض: UTF-8)</translation>
    </message>
    <message>
        <source>worksheet of an XLSX file (default: the first)</source>
        <translation>کاربرگ فایل XLSX (پیش‌فرض: نخستین کاربرگ)</translation>
    </message>
    <message>
        <source>import the other rows when some are already in the vault</source>
        <translation>وارد کردن ردیف‌های دیگر، وقتی برخی از ردیف‌ها از قبل در گاوصندوق داده هستند</translation>
    </message>
    <message>
        <source>counts, outbox size, cipher version</source>
        <translation>تعدادها، اندازهٔ صف ارسال، نسخهٔ SQLCipher</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>خروجی ماشین‌خوان</translation>
    </message>
    <message>
        <source>check the installation and the vault</source>
        <translation>بررسی نصب برنامه و گاوصندوق داده</translation>
    </message>
    <message>
        <source>skip the checks that need the passphrase</source>
        <translation>صرف‌نظر از بررسی‌هایی که به عبارت عبور نیاز دارند</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <source>re-encrypt the database with a new data key</source>
        <translation>رمزگذاری دوبارهٔ پایگاه داده با یک کلید دادهٔ جدید</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>لغو شد. هیچ تغییری داده نشد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The passphrase was changed.</source>
        <translation>عبارت عبور تغییر کرد.</translation>
    </message>
    <message>
        <source>About Outreach Desktop</source>
        <translation>دربارهٔ Outreach Desktop</translation>
    </message>
    <message>
        <source>Outreach Desktop %1

Encrypted, offline-first case management for outreach work.</source>
        <translation>Outreach Desktop %1

مدیریت رمزگذاری‌شدهٔ پرونده‌ها برای کار میدانی، با اولویت کار بدون اینترنت.</translation>
    </message>
    <message>
        <source>Auto-lock setting saved.</source>
        <translation>تنظیم قفل خودکار ذخیره شد.</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without activity</source>
        <translation>
            <numerusform>پس از %n دقیقه بدون فعالیت قفل می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>هنوز مددجویی ثبت نشده است</translation>
    </message>
    <message>
        <source>Clients can be imported from a CSV or Excel file with the command %1.</source>
        <translation>می‌توانید مددجویان را با فرمان %1 از یک فایل CSV یا Excel وارد کنید.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل کردن</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;تنظیمات</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after…</source>
        <translation>&amp;قفل خودکار پس از…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;تغییر عبارت عبور…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desktop</source>
        <translation>&amp;دربارهٔ Outreach Desktop</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>عبارت عبور درست نیست. چیدمان صفحه‌کلید (زبان ورودی) و کلید Caps Lock را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet. Set one up first (outreach init, or start the app).</source>
        <translation>هنوز گاوصندوق داده‌ای در این پوشهٔ داده‌ها وجود ندارد. ابتدا یکی راه‌اندازی کنید (با outreach init یا با اجرای برنامه).</translation>
    </message>
    <message>
        <source>This data folder already holds a vault. Nothing was changed.</source>
        <translation>این پوشهٔ داده‌ها از قبل یک گاوصندوق داده دارد. هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <source>The key file asks for weaker key protection than this app allows. It may have been tampered with; it is refused. Restore the key file from a backup or set up this device again from the server.</source>
        <translation>فایل کلید، محافظتی ضعیف‌تر از حد مجاز این برنامه برای کلید درخواست می‌کند. ممکن است در آن دست برده شده باشد؛ بنابراین پذیرفته نمی‌شود. فایل کلید را از یک نسخهٔ پشتیبان بازیابی کنید یا این دستگاه را دوباره از طریق سرور راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is damaged or was changed, so the vault cannot be opened. Restore the key file from a backup, or set up this device again from the server.</source>
        <translation>فایل کلید (vault.key) آسیب دیده یا تغییر کرده است، بنابراین گاوصندوق داده باز نمی‌شود. فایل کلید را از یک نسخهٔ پشتیبان بازیابی کنید، یا این دستگاه را دوباره از طریق سرور راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>The key file was made by another version of Outreach Desktop. Install the current version of the app.</source>
        <translation>فایل کلید با نسخهٔ دیگری از Outreach Desktop ساخته شده است. نسخهٔ فعلی برنامه را نصب کنید.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters, for example several words.</source>
        <translation>عبارت عبور خیلی کوتاه است: دست‌کم 10 نویسه به کار ببرید، برای مثال چند واژه.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Add more words or characters.</source>
        <translation>حدس زدن این عبارت عبور بیش از حد آسان است. واژه‌ها یا نویسه‌های بیشتری اضافه کنید.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (usually by logging in to your desktop session) and try again.</source>
        <translation>جاکلیدی سیستم قفل است. قفل آن را باز کنید (معمولاً با ورود به نشست کاربری خود در سیستم) و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The system keyring is not the one this vault was set up with. Log in to the desktop session you set the app up in, or set this device up again from the server.</source>
        <translation>جاکلیدی سیستم با جاکلیدی‌ای که این گاوصندوق داده با آن راه‌اندازی شده است یکی نیست. وارد همان نشست کاربری شوید که برنامه را در آن راه‌اندازی کرده‌اید، یا این دستگاه را دوباره از طریق سرور راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>The device secret of this vault is missing from the system keyring, so the vault cannot be opened on this device. Restore the keyring, or set this device up again from the server.</source>
        <translation>رمز محرمانهٔ دستگاه برای این گاوصندوق داده در جاکلیدی سیستم وجود ندارد، بنابراین گاوصندوق داده در این دستگاه باز نمی‌شود. جاکلیدی را بازیابی کنید، یا این دستگاه را دوباره از طریق سرور راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>The system keyring holds a different device secret than this vault was made with, so the vault cannot be opened. Restore the keyring, or set this device up again from the server.</source>
        <translation>رمز محرمانهٔ دستگاه در جاکلیدی سیستم با رمزی که این گاوصندوق داده با آن ساخته شده است فرق دارد، بنابراین گاوصندوق داده باز نمی‌شود. جاکلیدی را بازیابی کنید، یا این دستگاه را دوباره از طریق سرور راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>No secure system keyring is available. Outreach Desktop needs one (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Start your desktop&apos;s keyring and try again.</source>
        <translation>هیچ جاکلیدی امنی در سیستم در دسترس نیست. Outreach Desktop به یک جاکلیدی نیاز دارد (GNOME Keyring، KWallet، macOS Keychain یا Windows Credential Manager). جاکلیدی سیستم خود را اجرا کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The encryption library is missing. Reinstall Outreach Desktop; the app will not store data unencrypted.</source>
        <translation>کتابخانهٔ رمزگذاری پیدا نمی‌شود. Outreach Desktop را دوباره نصب کنید؛ این برنامه داده‌ها را بدون رمزگذاری ذخیره نمی‌کند.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing more was written to it. Run &apos;outreach doctor&apos; for details, and restore it from the server or a backup.</source>
        <translation>فایل پایگاه داده آسیب دیده است. چیز دیگری در آن نوشته نشد. برای جزئیات، «outreach doctor» را اجرا کنید و فایل را از سرور یا از یک نسخهٔ پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outreach Desktop. Install the newer version to open it; nothing was changed.</source>
        <translation>این داده‌ها با نسخهٔ جدیدتری از Outreach Desktop نوشته شده‌اند. برای باز کردن آن‌ها نسخهٔ جدیدتر را نصب کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved from this step. Free some space and try again.</source>
        <translation>دیسک پر است. از این مرحله چیزی ذخیره نشد. مقداری فضا آزاد کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>گاوصندوق داده قفل است. قفل آن را باز کنید و دوباره تلاش کنید.</translation>
    </message>
    <message numerus="yes">
        <source>The file has problems in %n row(s). Nothing was imported.</source>
        <translation>
            <numerusform>فایل در %n ردیف مشکل دارد. هیچ چیزی وارد نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>خواندن یا نوشتن فایل ممکن نبود: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was lost; please try again.</source>
        <translation>مشکلی پیش آمد (%1). چیزی از دست نرفت؛ لطفاً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &apos;CSV UTF-8&apos; from your spreadsheet program, or name its encoding with --encoding.</source>
        <translation>فایل، متن UTF-8 نیست (خط %1). آن را در برنامهٔ صفحه‌گسترده با قالب «CSV UTF-8» ذخیره کنید، یا کدگذاری نویسه‌های آن را با --encoding مشخص کنید.</translation>
    </message>
    <message>
        <source>The file has no column for the name. Expected a column such as &apos;Vorname&apos;, &apos;Nachname&apos;, &apos;Name&apos;, &apos;first name&apos; or &apos;last name&apos;; use --map to name it.</source>
        <translation>فایل ستونی برای نام ندارد. ستونی مانند «Vorname»، «Nachname»، «Name»، «first name» یا «last name» لازم است؛ با --map ستون نام را مشخص کنید.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; named in --map is not in the file.</source>
        <translation>ستون «%1» که در --map آمده است، در فایل وجود ندارد.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in --map is not a field that can be imported.</source>
        <translation>«%1» در --map فیلدی نیست که بتوان آن را وارد کرد.</translation>
    </message>
    <message>
        <source>Only CSV and Excel (.xlsx) files can be imported.</source>
        <translation>فقط فایل‌های CSV و Excel (xlsx) را می‌توان وارد کرد.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>فایل هیچ ردیفی برای وارد کردن ندارد.</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 MB).</source>
        <translation>فایل برای وارد کردن بیش از حد بزرگ است (بیش از %1 مگابایت).</translation>
    </message>
    <message>
        <source>The text encoding &apos;%1&apos; is not known. Use for example --encoding utf-8 or --encoding cp1252.</source>
        <translation>کدگذاری نویسه‌های «%1» شناخته‌شده نیست. برای نمونه از --encoding utf-8 یا --encoding cp1252 استفاده کنید.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet named &apos;%1&apos;.</source>
        <translation>کتاب کار برگه‌ای با نام «%1» ندارد.</translation>
    </message>
    <message>
        <source>The file has too many rows to import at once (more than %1). Split it into smaller files.</source>
        <translation>این فایل برای وارد کردن یک‌جا ردیف‌های بیش از حد دارد (بیش از %1). لطفاً آن را به چند فایل کوچک‌تر تقسیم کنید.</translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet. Is it really a CSV or .xlsx file?</source>
        <translation>فایل را نمی‌توان به‌عنوان صفحه‌گسترده خواند. آیا واقعاً یک فایل CSV یا xlsx است؟</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>وارد کردن فایل ممکن نبود.</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; formulas are not imported</source>
        <translation>به نظر می‌رسد فرمول صفحه‌گسترده باشد؛ فرمول‌ها وارد نمی‌شوند</translation>
    </message>
    <message>
        <source>text too long (%1 characters, at most %2)</source>
        <translation>متن بیش از حد طولانی است (%1 نویسه، حداکثر %2)</translation>
    </message>
    <message>
        <source>not a date (use DD.MM.YYYY or YYYY-MM-DD)</source>
        <translation>تاریخ معتبر نیست (از قالب DD.MM.YYYY یا YYYY-MM-DD استفاده کنید)</translation>
    </message>
    <message>
        <source>date of birth in the future or before 1900</source>
        <translation>تاریخ تولد در آینده یا پیش از سال 1900 است</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>نامی وارد نشده است</translation>
    </message>
    <message>
        <source>same person as in row %1</source>
        <translation>همان شخص ردیف %1</translation>
    </message>
    <message>
        <source>this person is already in the vault</source>
        <translation>این شخص از قبل در گاوصندوق داده ثبت شده است</translation>
    </message>
    <message>
        <source>client code already used</source>
        <translation>کد مددجو قبلاً استفاده شده است</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known value</source>
        <translation>«%1» مقدار شناخته‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>نویسه‌های کنترلی دارد</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos;: %3</source>
        <translation>ردیف %1، ستون «%2»: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>ردیف %1: %2</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <extracomment>Toggle beside a passphrase field: hide the typed characters again.</extracomment>
        <translation>پنهان کردن</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Toggle beside a passphrase field: show the typed characters.</extracomment>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>پنهان کردن عبارت عبور</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>نمایش عبارت عبور</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Data folder: %1</source>
        <translation>پوشهٔ داده‌ها: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>پس از %n دقیقه بدون فعالیت قفل شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Shown on the lock screen after the user chose File &gt; Lock.</extracomment>
        <translation>قفل شد</translation>
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
        <translation>دو عبارت عبور با هم یکسان نیستند.</translation>
    </message>
    <message>
        <source>Set up Outreach Desktop</source>
        <translation>راه‌اندازی Outreach Desktop</translation>
    </message>
    <message>
        <source>Protect the case data on this laptop</source>
        <translation>از داده‌های پرونده‌ها در این لپ‌تاپ محافظت کنید</translation>
    </message>
    <message>
        <source>Choose a passphrase. You will type it each time you open the app and after it locks. Several words that belong together only for you are easy to remember and hard to guess.</source>
        <translation>یک عبارت عبور انتخاب کنید. هر بار که برنامه را باز می‌کنید و هر بار پس از قفل شدن آن، باید این عبارت را وارد کنید. چند واژه که فقط برای خود شما به هم ربط دارند، به‌آسانی به یاد می‌مانند و حدس زدنشان دشوار است.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارت عبور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;تکرار عبارت عبور</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>تکرار عبارت عبور</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this laptop cannot be recovered. Nobody can reset it, not even your administrator. If the app syncs with your organisation&apos;s server, you can set it up anew and download your cases again.</source>
        <translation>اگر عبارت عبور را فراموش کنید، داده‌های این لپ‌تاپ قابل بازیابی نیستند. هیچ‌کس، حتی مدیر سیستم شما، نمی‌تواند عبارت عبور را بازنشانی کند. اگر برنامه با سرور سازمان شما همگام‌سازی می‌شود، می‌توانید آن را از نو راه‌اندازی کنید و پرونده‌هایتان را دوباره دانلود کنید.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>اگر عبارت عبور را فراموش کنید</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;ایجاد گاوصندوق داده</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>ایجاد گاوصندوق داده</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>در حال ایجاد گاوصندوق داده</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>خیلی کوتاه است: دست‌کم %n نویسه به کار ببرید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Add more words.</source>
        <extracomment>Passphrase strength. Too weak to be accepted.</extracomment>
        <translation>قدرت: ضعیف. واژه‌های بیشتری اضافه کنید.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>قدرت: متوسط</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>قدرت: خوب</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>قدرت: قوی</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قدرت عبارت عبور</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>می‌توانید %n ثانیهٔ دیگر دوباره تلاش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارت عبور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>در حال باز کردن گاوصندوق داده</translation>
    </message>
</context>
</TS>

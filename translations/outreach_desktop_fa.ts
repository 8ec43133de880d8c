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
    <message>
        <source>open the demo workspace (invented clients, its own data folder, a public passphrase shown on the unlock screen)</source>
        <translation>باز کردن فضای کاری نمایشی (مددجویان ساختگی، پوشهٔ داده‌های جداگانه، و عبارت عبوری عمومی که در صفحهٔ باز کردن قفل نشان داده می‌شود)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Device removed</source>
        <extracomment>Keyword arguments for the SyncController (tests: short timers, no network info).</extracomment>
        <translation>دستگاه حذف شد</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device&apos;s access to the server, so its case data was removed from this computer. Ask your coordinator for a new enrolment code to set it up again.</source>
        <translation>سازمان شما دسترسی این دستگاه به سرور را لغو کرده است، بنابراین داده‌های پرونده‌ها از این رایانه حذف شدند. برای راه‌اندازی دوباره، از هماهنگ‌کنندهٔ خود یک کد ثبت‌نام جدید بخواهید.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This kind of document cannot be shown inside the app.</source>
        <translation>این نوع سند را نمی‌توان در داخل برنامه نمایش داد.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ذخیرهٔ یک نسخه…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ذخیرهٔ یک نسخه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to the folder you choose can read it. Save it only where it is protected, and delete it when you no longer need it.</source>
        <translation>این نسخه رمزگذاری نخواهد شد: هر کسی که به پوشهٔ انتخابی شما دسترسی داشته باشد می‌تواند آن را بخواند. آن را فقط در جای محافظت‌شده ذخیره کنید و وقتی دیگر به آن نیاز ندارید، حذفش کنید.</translation>
    </message>
    <message>
        <source>Save unencrypted copy…</source>
        <translation>ذخیرهٔ نسخهٔ رمزگذاری‌نشده…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
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
    <name>BarChart</name>
    <message>
        <source>fewer than %1</source>
        <extracomment>Bar area at least this many average characters wide. Labels are cut (with an ellipsis) beyond this many average characters. A figure cell hidden for privacy: %1 is the smallest count shown (5).</extracomment>
        <translation>کمتر از %1</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>در این دوره آماری وجود ندارد.</translation>
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
        <translation>گشودن پروندهٔ جدید</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>بستن پرونده…</translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>هنوز پرونده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>مرحلهٔ فعلی: %1</translation>
    </message>
    <message>
        <source>Move on to %1</source>
        <translation>رفتن به مرحلهٔ %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>بازگشت به مرحلهٔ %1</translation>
    </message>
    <message>
        <source>Case opened on %1.</source>
        <translation>پرونده در %1 گشوده شد.</translation>
    </message>
    <message>
        <source>Case opened on %1, closed on %2: %3.</source>
        <translation>پرونده در %1 گشوده و در %2 بسته شد: %3.</translation>
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
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>تغییرات در انتظار ارسال</translation>
    </message>
    <message>
        <source>Changes the server did not accept</source>
        <translation>تغییراتی که سرور نپذیرفت</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>تعارض‌های حل‌نشده</translation>
    </message>
    <message>
        <source>Unread feedback</source>
        <translation>بازخوردهای خوانده‌نشده</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>آخرین همگام‌سازی موفق</translation>
    </message>
    <message>
        <source>Sync: not connected to a server (outreach enroll).</source>
        <translation>همگام‌سازی: به هیچ سروری وصل نیست (outreach enroll).</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>آخرین مشکل: %1</translation>
    </message>
    <message>
        <source>This device is connected to %1 (device %2). Run &apos;outreach sync&apos; to download the caseload.</source>
        <translation>این دستگاه به %1 وصل است (دستگاه %2). برای دانلود پرونده‌های خود، «outreach sync» را اجرا کنید.</translation>
    </message>
    <message>
        <source>Sync done: %1 change(s) sent, %2 received.</source>
        <translation>همگام‌سازی انجام شد: %1 تغییر ارسال و %2 تغییر دریافت شد.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision (open the app).</source>
        <translation>
            <numerusform>%n تعارض نیاز به تصمیم دارد (برنامه را باز کنید).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not accepted by the server (open the app).</source>
        <translation>
            <numerusform>%n تغییر از سوی سرور پذیرفته نشد (برنامه را باز کنید).</numerusform>
        </translation>
    </message>
    <message>
        <source>The data on this device still differs from the server after a fresh download. Run &apos;outreach sync&apos; again later; if it persists, tell support.</source>
        <translation>داده‌های این دستگاه پس از دانلود دوباره هنوز با سرور فرق دارد. بعداً دوباره «outreach sync» را اجرا کنید؛ اگر مشکل ادامه داشت، به پشتیبانی اطلاع دهید.</translation>
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
        <source>Demo data: %1 of %2 clients written</source>
        <translation>دادهٔ نمایشی: %1 از %2 مددجو نوشته شد</translation>
    </message>
    <message numerus="yes">
        <source>The vault already holds %n client(s). Demo data is meant for an empty vault; add --force to add it anyway.</source>
        <translation>
            <numerusform>گاوصندوق داده از قبل %n مددجو دارد. دادهٔ نمایشی برای گاوصندوق دادهٔ خالی در نظر گرفته شده است؛ برای افزودن آن در هر صورت، --force را اضافه کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n demo client(s) were written (whole batches); the rest was not.</source>
        <translation>
            <numerusform>لغو شد. %n مددجوی نمایشی نوشته شد (در دسته‌های کامل)؛ بقیه نوشته نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written (seed %1):</source>
        <translation>دادهٔ نمایشی نوشته شد (seed: %1):</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>Goal steps</source>
        <translation>گام‌های اهداف</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <source>a whole number of at least 1, got: %1</source>
        <translation>یک عدد صحیح دست‌کم برابر با 1 لازم است؛ مقدار داده‌شده: %1</translation>
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
        <source>connect this device to the sync server</source>
        <translation>وصل کردن این دستگاه به سرور همگام‌سازی</translation>
    </message>
    <message>
        <source>the server&apos;s address (https://…)</source>
        <translation>نشانی سرور (https://…)</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <translation>کد ثبت‌نام یک‌بارمصرف</translation>
    </message>
    <message>
        <source>trust only this CA bundle (PEM) for the server&apos;s certificate</source>
        <translation>برای گواهی سرور فقط به این بستهٔ CA (PEM) اعتماد شود</translation>
    </message>
    <message>
        <source>a name for this device (default: the computer&apos;s name)</source>
        <translation>نامی برای این دستگاه (پیش‌فرض: نام رایانه)</translation>
    </message>
    <message>
        <source>send waiting changes and receive new ones</source>
        <translation>ارسال تغییرات در انتظار و دریافت تغییرات جدید</translation>
    </message>
    <message>
        <source>show progress</source>
        <translation>نمایش پیشرفت کار</translation>
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
        <source>fill the vault with invented demo clients</source>
        <translation>پر کردن گاوصندوق داده با مددجویان نمایشی ساختگی</translation>
    </message>
    <message>
        <source>how many demo clients (with cases, contacts, goals, referrals)</source>
        <translation>تعداد مددجویان نمایشی (همراه با پرونده‌ها، تماس‌ها، اهداف و ارجاع‌ها)</translation>
    </message>
    <message>
        <source>the same seed gives the same data (default: 1)</source>
        <translation>seed یکسان، داده‌های یکسان تولید می‌کند (پیش‌فرض: 1)</translation>
    </message>
    <message>
        <source>add demo data even if the vault already has clients</source>
        <translation>افزودن دادهٔ نمایشی حتی اگر گاوصندوق داده از قبل مددجو داشته باشد</translation>
    </message>
    <message>
        <source>check form definitions</source>
        <translation>بررسی تعریف‌های فرم</translation>
    </message>
    <message>
        <source>check a form definition file and name every problem</source>
        <translation>بررسی یک فایل تعریف فرم و نام بردن از همهٔ مشکلات آن</translation>
    </message>
    <message>
        <source>a form definition (.json)</source>
        <translation>یک فایل تعریف فرم (.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s):</source>
        <translation>
            <numerusform>%1: رد شد، %n مشکل:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: form &apos;%2&apos;, version %3, %4 questions, languages %5: no problems.</source>
        <translation>%1: فرم «%2»، نسخهٔ %3، %4 سؤال، زبان‌های %5: بدون مشکل.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>لغو شد. هیچ تغییری داده نشد.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>مددجوی جدید</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>ویرایش مددجو</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>نام &amp;خانوادگی</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>نام‌های &amp;دیگر</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;تاریخ تولد</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;زبان‌ها</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>&amp;منطقه</translation>
    </message>
    <message>
        <source>&amp;Residence status</source>
        <translation>&amp;وضعیت اقامت</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ت&amp;لفن</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;ایمیل</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>املاهای دیگر نام، جداشده با ویرگول</translation>
    </message>
    <message>
        <source>Target-group markers (sensitive, optional)</source>
        <translation>نشانگرهای گروه هدف (حساس، اختیاری)</translation>
    </message>
    <message>
        <source>Only tick what the client has told you and agreed to record. These markers are special categories of personal data; the record hides them until someone chooses to show them.</source>
        <translation>فقط مواردی را علامت بزنید که مددجو خودش به شما گفته و با ثبت آن موافقت کرده است. این نشانگرها از دسته‌های ویژهٔ داده‌های شخصی هستند؛ در سوابق مددجو پنهان می‌مانند تا زمانی که کسی نمایش آن‌ها را انتخاب کند.</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>پنهان کردن نشانگرهای حساس</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>نمایش نشانگرهای حساس</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>ایجاد مددجو</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(نامعلوم)</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>All districts</source>
        <extracomment>Column widths in average characters of the list&apos;s font (scale with the font, not pixels). The filter combo boxes: attribute prefix -&gt; catalogue (None: the case phases). Tables whose changes the list does not show (a form&apos;s draft is saved often).</extracomment>
        <translation>همهٔ مناطق</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>همهٔ مراحل</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>همهٔ موضوع‌ها</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>همهٔ گروه‌های هدف</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) · type two letters or more to search</source>
        <translation>
            <numerusform>%n مددجو · برای جستجو دست‌کم دو حرف بنویسید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n مددجو</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or alias…</source>
        <translation>جست‌وجو با نام یا نام دیگر…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>جست‌وجوی مددجویان</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>پاک کردن جست‌وجو</translation>
    </message>
    <message>
        <source>Filter by district</source>
        <translation>فیلتر بر اساس منطقه</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>فیلتر بر اساس مرحله</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>فیلتر بر اساس موضوع</translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation>فیلتر بر اساس گروه هدف</translation>
    </message>
    <message>
        <source>My open follow-ups</source>
        <translation>پیگیری‌های باز من</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>مددجویان</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>هنوز مددجویی ثبت نشده است</translation>
    </message>
    <message>
        <source>Add a client with New client (Ctrl+N), or import a CSV or Excel file with the command %1.</source>
        <translation>با «مددجوی جدید» (Ctrl+N) یک مددجو اضافه کنید، یا با فرمان %1 یک فایل CSV یا Excel را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>ClientModeWindow</name>
    <message>
        <source>Client view</source>
        <translation>نمای مددجو</translation>
    </message>
    <message>
        <source>To leave the client view, the caseworker enters the passphrase.</source>
        <translation>برای خروج از نمای مددجو، مسئول پرونده عبارت عبور را وارد می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارت عبور:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>&amp;Leave client view</source>
        <translation>&amp;خروج از نمای مددجو</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;بازگشت به فرم</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>فرم‌ها</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>سوابق مددجو</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>ویرایش مددجو…</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>ویرایش مددجو</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>حذف مددجو…</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>حذف مددجو</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>بدون پرونده</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under the client&apos;s name: client code · current phase.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Feedback (%1 new)</source>
        <translation>بازخورد (%1 جدید)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <source>Choose a client from the list to see their record.</source>
        <translation>برای دیدن سوابق یک مددجو، او را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>در حال بارگذاری سوابق…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Roles answered with the cell&apos;s text, as plain ints: the view asks ~7 roles per cell per paint, and comparing with Qt&apos;s enum members costs more than the answer.</extracomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>Client code</source>
        <extracomment>The client&apos;s pseudonymous code (e.g. K-7F3Q2), shown instead of names in reports.</extracomment>
        <translation>کد مددجو</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>District</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Phase</source>
        <extracomment>The phase of the client&apos;s current case (intake, assessment, ...).</extracomment>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>پیگیری بعدی</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(انتخاب کنید)</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>بستن پرونده</translation>
    </message>
    <message>
        <source>A closed case stays in the record with its reason; it cannot be reopened. If the client comes back, open a new case.</source>
        <translation>پروندهٔ بسته‌شده همراه با دلیل بستن در سوابق باقی می‌ماند و نمی‌توان آن را دوباره گشود. اگر مددجو دوباره مراجعه کند، یک پروندهٔ جدید بگشایید.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;دلیل</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>&amp;تاریخ بستن</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <extracomment>Column widths in average characters of the font. Fields whose values are free text about a person: shortened in the list. Columns that say nothing to a supervisor (ids of parents, ordering).</extracomment>
        <translation>نظر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>District</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>ثبت تماس…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>ثبت تماس</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <source>Delete client</source>
        <translation>حذف مددجو</translation>
    </message>
    <message>
        <source>The client, their cases, contacts, referrals, notes and documents are deleted on this laptop now, and on the server and the other devices at the next sync. This cannot be undone here.

If the client asked for erasure of their data (GDPR Art. 17), also ask your organisation to erase it: the server keeps a trace of the deletion until then.</source>
        <translation>مددجو و پرونده‌ها، تماس‌ها، ارجاع‌ها، یادداشت‌ها و اسناد او هم‌اکنون از این لپ‌تاپ، و در همگام‌سازی بعدی از سرور و دستگاه‌های دیگر حذف می‌شوند. این کار در اینجا قابل بازگشت نیست.

اگر مددجو درخواست پاک کردن داده‌هایش را داده است (مادهٔ 17 GDPR)، از سازمان خود نیز بخواهید آن‌ها را پاک کند: تا آن زمان، سرور ردی از این حذف را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Type the client code %1 to confirm:</source>
        <translation>برای تأیید، کد مددجو %1 را وارد کنید:</translation>
    </message>
    <message>
        <source>Client code to confirm</source>
        <translation>کد مددجو برای تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>افزودن سند…</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>افزودن سند</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>باز کردن سند</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>انتخاب فایل گواهی CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>گواهی‌ها (*.pem *.crt *.cer);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Enter the server address your coordinator gave you.</source>
        <translation>نشانی سروری را که هماهنگ‌کننده به شما داده است وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>کد ثبت‌نام را وارد کنید.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>در حال اتصال به سرور…</translation>
    </message>
    <message>
        <source>Connected. Fetching your cases for the first time…</source>
        <translation>اتصال برقرار شد. در حال دریافت پرونده‌های شما برای نخستین بار…</translation>
    </message>
    <message>
        <source>This device is connected, and the first sync is done.</source>
        <translation>این دستگاه وصل شد و نخستین همگام‌سازی انجام شد.</translation>
    </message>
    <message>
        <source>This device is connected, but the first sync failed: %1 It will be tried again by itself.</source>
        <translation>این دستگاه وصل شد، اما نخستین همگام‌سازی ناموفق بود: %1 برنامه خودش دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>اتصال به سرور</translation>
    </message>
    <message>
        <source>Connect this device to your organisation&apos;s server with the one-time enrolment code your coordinator gave you. Your cases then sync by themselves whenever there is a network.</source>
        <translation>این دستگاه را با کد ثبت‌نام یک‌بارمصرفی که هماهنگ‌کننده به شما داده است، به سرور سازمان خود وصل کنید. پس از آن، پرونده‌های شما هر زمان که شبکه در دسترس باشد، خودبه‌خود همگام‌سازی می‌شوند.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;نشانی سرور:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;کد ثبت‌نام:</translation>
    </message>
    <message>
        <source>CA certificate (&amp;optional):</source>
        <translation>گواهی CA (&amp;اختیاری):</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>انتخاب &amp;فایل…</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;نام دستگاه:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;اتصال</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Outdated: the record changed since</source>
        <translation>منسوخ: این مورد از آن زمان تغییر کرده است</translation>
    </message>
    <message>
        <source>No feedback from a supervisor yet.</source>
        <translation>هنوز بازخوردی از ناظر نرسیده است.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) by a supervisor</source>
        <translation>
            <numerusform>%n بررسی از سوی ناظر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n جدید</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>About</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Feedback from a supervisor</source>
        <translation>بازخورد ناظر</translation>
    </message>
    <message>
        <source>Text of the chosen review</source>
        <translation>متن بررسی انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>Filter changes are gathered this long before the figures are computed again. Chart sections: figure key -&gt; the catalogue its keys come from (&quot;&quot; for months).</extracomment>
        <translation>تاریخ پایان دوره پیش از تاریخ شروع آن است.</translation>
    </message>
    <message>
        <source>The figures need a connection to the server.</source>
        <translation>برای نمایش آمار، اتصال به سرور لازم است.</translation>
    </message>
    <message>
        <source>The figures shown are from the last successful request.</source>
        <translation>آمار نمایش‌داده‌شده مربوط به آخرین درخواست موفق است.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>در حال محاسبهٔ آمار…</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>سال گذشته</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 ماه گذشته</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>سه‌ماههٔ جاری</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>دورهٔ دلخواه</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>همهٔ مناطق</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>همهٔ سازمان‌ها</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>همهٔ تیم‌ها</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>مددجویان فعال</translation>
    </message>
    <message>
        <source>Active clients by district</source>
        <translation>مددجویان فعال بر اساس منطقه</translation>
    </message>
    <message>
        <source>Active clients by target group</source>
        <translation>مددجویان فعال بر اساس گروه هدف</translation>
    </message>
    <message>
        <source>Active clients by topic of their contacts</source>
        <translation>مددجویان فعال بر اساس موضوع تماس‌هایشان</translation>
    </message>
    <message>
        <source>Intakes by month</source>
        <translation>پذیرش‌ها بر اساس ماه</translation>
    </message>
    <message>
        <source>Closures by month and reason</source>
        <translation>بستن پرونده‌ها بر اساس ماه و دلیل</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>تماس‌ها بر اساس نوع</translation>
    </message>
    <message>
        <source>Referrals by institution</source>
        <translation>ارجاع‌ها بر اساس نهاد</translation>
    </message>
    <message>
        <source>Duration of closed cases</source>
        <translation>مدت پرونده‌های بسته‌شده</translation>
    </message>
    <message>
        <source>Median duration in days</source>
        <translation>میانهٔ مدت (روز)</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>پرونده‌های بسته‌شده</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <extracomment>A hidden small count in a table: %1 is the smallest count shown (5).</extracomment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Active clients in the period: %1</source>
        <translation>مددجویان فعال در این دوره: %1</translation>
    </message>
    <message>
        <source>Closed cases: %1 (no median is shown for so few)</source>
        <translation>پرونده‌های بسته‌شده: %1 (برای این تعداد کم، میانه نشان داده نمی‌شود)</translation>
    </message>
    <message>
        <source>No case was closed in this period.</source>
        <translation>در این دوره هیچ پرونده‌ای بسته نشد.</translation>
    </message>
    <message>
        <source>Closed cases: %1, median duration %2 days</source>
        <translation>پرونده‌های بسته‌شده: %1، میانهٔ مدت: %2 روز</translation>
    </message>
    <message>
        <source>To protect the people counted, every number from 1 to %1 is hidden: such cells are put together into one line “fewer than %2”, without saying which districts, groups or months they are.</source>
        <translation>برای حفاظت از افرادی که شمرده شده‌اند، هر عدد از 1 تا %1 پنهان می‌شود: این خانه‌ها در یک سطر با عنوان «کمتر از %2» با هم جمع می‌شوند، بدون اینکه گفته شود مربوط به کدام مناطق، گروه‌ها یا ماه‌ها هستند.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>figures-%1-%2.%3</source>
        <extracomment>Suggested file name of the figures: %1 first day, %2 last day, %3 csv or pdf.</extracomment>
        <translation>figures-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>ذخیرهٔ آمار به‌صورت CSV</translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation>ذخیرهٔ آمار به‌صورت گزارش PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>ذخیرهٔ فایل ممکن نبود.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>آمار</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>دوره: %1 تا %2</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>سازمان: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>تیم: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>منطقه: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>تهیه‌شده در %1</translation>
    </message>
    <message>
        <source>Integration monitoring</source>
        <extracomment>Title of the figures report (the programme&apos;s name for it in German).</extracomment>
        <translation>پایش ادغام (Integrationsmonitoring)</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>page title</comment>
        <extracomment>Page title: the programme&apos;s figures (German: Zahlen).</extracomment>
        <translation>آمار</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;دوره:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;سازمان:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;تیم:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;منطقه:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>نخستین روز دوره</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>آخرین روز دوره</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;به‌روزرسانی</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>خروجی &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;خروجی گزارش PDF…</translation>
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
        <translation>&amp;زبان فرم:</translation>
    </message>
    <message>
        <source>&amp;German beside it</source>
        <translation>همراه با &amp;آلمانی</translation>
    </message>
    <message>
        <source>Show every question in German too</source>
        <translation>نمایش هر سؤال به زبان آلمانی نیز</translation>
    </message>
    <message>
        <source>Hand to the &amp;client…</source>
        <translation>سپردن به &amp;مددجو…</translation>
    </message>
    <message>
        <source>Full screen, only this form, large text. Leaving needs your passphrase.</source>
        <translation>تمام‌صفحه، فقط همین فرم، با متن درشت. برای خروج، عبارت عبور شما لازم است.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>ذخیره به‌صورت &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Finish form</source>
        <translation>&amp;نهایی کردن فرم</translation>
    </message>
    <message>
        <source>Check the answers and keep the form as final (Ctrl+Enter)</source>
        <translation>بررسی پاسخ‌ها و ثبت فرم به‌صورت نهایی (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Finished; read only</source>
        <translation>نهایی‌شده؛ فقط خواندنی</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>پیش‌نویس در ساعت %1 ذخیره شد</translation>
    </message>
    <message>
        <source>Draft; saved as you type</source>
        <translation>پیش‌نویس؛ هم‌زمان با نوشتن ذخیره می‌شود</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n سؤال هنوز به پاسخ یا اصلاح نیاز دارد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsSection</name>
    <message>
        <source>Form</source>
        <translation>فرم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>فرم‌ها</translation>
    </message>
    <message>
        <source>&amp;Start form…</source>
        <translation>&amp;شروع فرم…</translation>
    </message>
    <message>
        <source>Start form</source>
        <translation>شروع فرم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>باز کردن فرم</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>حذف پیش‌نویس…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>نهایی‌شده</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>This form (version %1) is not part of this installation of the app. Update the app to open it.</source>
        <translation>این فرم (نسخهٔ %1) در برنامهٔ نصب‌شده روی این دستگاه وجود ندارد. برای باز کردن آن، برنامه را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <source>A finished form is kept. Start a new one to record a change.</source>
        <translation>فرم نهایی‌شده بدون تغییر نگه داشته می‌شود. برای ثبت تغییرات، یک فرم جدید شروع کنید.</translation>
    </message>
    <message>
        <source>Discard this draft and its answers? This cannot be undone.</source>
        <translation>این پیش‌نویس و پاسخ‌های آن حذف شود؟ این کار قابل بازگشت نیست.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goal or step</source>
        <translation>هدف یا گام</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاریخ انجام</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>اهداف و گام‌ها</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>افزودن هدف…</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>افزودن گام…</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>علامت‌گذاری گام به‌عنوان انجام‌شده</translation>
    </message>
    <message>
        <source>Goals belong to a case; open a case first.</source>
        <translation>اهداف به یک پرونده تعلق دارند؛ ابتدا یک پرونده بگشایید.</translation>
    </message>
    <message>
        <source>No goals agreed yet.</source>
        <translation>هنوز هدفی توافق نشده است.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>افزودن هدف</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>افزودن گام</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <extracomment>Columns that say nothing to a caseworker (ids of parents, ordering).</extracomment>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(پنهان)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;سررسید</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;موضوع</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(انتخاب کنید)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ثبت نشده)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;مددجو</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation>&amp;نوع تماس</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>من&amp;طقه</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>م&amp;دت</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>م&amp;وضوع‌ها</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;یادداشت</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;پیگیری در تاریخ</translation>
    </message>
    <message>
        <source>Type a name or client code</source>
        <translation>نام یا کد مددجو را وارد کنید</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>Duration 0 means the duration was not recorded.</extracomment>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter برای ذخیره</translation>
    </message>
    <message numerus="yes">
        <source>+%n week(s)</source>
        <extracomment>Quick choice: follow-up this many weeks after the contact date.</extracomment>
        <translation>
            <numerusform>+%n هفته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up in %n week(s)</source>
        <translation>
            <numerusform>پیگیری %n هفته بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>ذخیرهٔ تماس</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Contact with %1</source>
        <translation>تماس با %1</translation>
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
        <source>Contact saved.</source>
        <translation>تماس ذخیره شد.</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>همگام‌سازی انجام شد.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>همگام‌سازی ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Enter	Open the selected client</source>
        <translation>Enter	باز کردن مددجوی انتخاب‌شده</translation>
    </message>
    <message>
        <source>Down	From the search field into the list</source>
        <translation>Down	رفتن از کادر جست‌وجو به فهرست</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>navigation</comment>
        <extracomment>The pages each role sees, the first one shown after unlocking. A supervisor reads the team&apos;s records (never edits them); a coordinator sees the figures and nothing else. The first window size, in average characters and lines of the font (scales with it).</extracomment>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Clients</source>
        <comment>navigation</comment>
        <translation>مددجویان</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>navigation</comment>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>navigation</comment>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>navigation</comment>
        <translation>آمار</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>مددجوی &amp;جدید…</translation>
    </message>
    <message>
        <source>Log &amp;contact…</source>
        <translation>&amp;ثبت تماس…</translation>
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
        <source>&amp;View</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;امروز</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;مددجویان</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;فهرست بررسی</translation>
    </message>
    <message>
        <source>T&amp;eam overview</source>
        <translation>&amp;نمای کلی تیم</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>&amp;آمار</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;جست‌وجوی مددجو</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;همگام‌سازی هم‌اکنون</translation>
    </message>
    <message>
        <source>Send your changes and fetch new ones (F5)</source>
        <translation>تغییرات خود را ارسال و تغییرات جدید را دریافت کنید (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>&amp;مشکلات همگام‌سازی…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>اتصال به &amp;سرور…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>نوار ابزار</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
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
    <message>
        <source>This device is not connected to a server yet. Connect it with the enrolment code from your coordinator (Settings, Connect to server).</source>
        <translation>این دستگاه هنوز به سروری وصل نیست. آن را با کد ثبت‌نامی که از هماهنگ‌کننده گرفته‌اید وصل کنید (تنظیمات، اتصال به سرور).</translation>
    </message>
    <message>
        <source>This device is already connected to a server. Nothing was changed.</source>
        <translation>این دستگاه از قبل به یک سرور وصل است. هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (for example https://sync.example.org). Check the address your coordinator gave you.</source>
        <translation>نشانی سرور باید با https:// شروع شود (برای نمونه https://sync.example.org). نشانی‌ای را که هماهنگ‌کننده به شما داده است بررسی کنید.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was done is kept; the next sync carries on.</source>
        <translation>همگام‌سازی متوقف شد. کارهای انجام‌شده حفظ می‌شوند؛ همگام‌سازی بعدی از همان‌جا ادامه می‌یابد.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read or holds no certificate. Choose the .pem file your coordinator gave you.</source>
        <translation>فایل گواهی CA خوانده نمی‌شود یا هیچ گواهی‌ای در آن نیست. فایل .pem را که هماهنگ‌کننده به شما داده است انتخاب کنید.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the server address and, for your organisation&apos;s own certificates, the CA certificate file.</source>
        <translation>گواهی سرور تأیید نشد، بنابراین چیزی ارسال نشد. نشانی سرور را بررسی کنید و اگر سازمان شما گواهی‌های خودش را دارد، فایل گواهی CA را هم بررسی کنید.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your changes are kept on this device and sent at the next sync.</source>
        <translation>سرور به‌موقع پاسخ نداد. تغییرات شما در این دستگاه نگه داشته می‌شوند و در همگام‌سازی بعدی ارسال می‌شوند.</translation>
    </message>
    <message>
        <source>The server cannot be reached (no network, or the server is down). Your changes are kept on this device and sent when the server is there again.</source>
        <translation>دسترسی به سرور ممکن نیست (شبکه وصل نیست یا سرور از کار افتاده است). تغییرات شما در این دستگاه نگه داشته می‌شوند و وقتی سرور دوباره در دسترس باشد، ارسال می‌شوند.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used. Ask your coordinator for a new code.</source>
        <translation>این کد ثبت‌نام قبلاً استفاده شده است. از هماهنگ‌کنندهٔ خود یک کد جدید بخواهید.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your coordinator for a new code.</source>
        <translation>اعتبار این کد ثبت‌نام تمام شده است. از هماهنگ‌کنندهٔ خود یک کد جدید بخواهید.</translation>
    </message>
    <message>
        <source>Too many wrong enrolment codes were tried. Wait a few minutes, then try again.</source>
        <translation>کدهای ثبت‌نام نادرست زیادی امتحان شده است. چند دقیقه صبر کنید و سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This device already holds client records, so it can be connected for a caseworker only. A supervisor or the coordination office connects an empty device (a new vault). The code is still valid.</source>
        <translation>این دستگاه از قبل سوابق مددجویان را در خود دارد، بنابراین فقط برای یک مسئول پرونده می‌توان آن را وصل کرد. ناظر یا دفتر هماهنگی باید یک دستگاه خالی (با یک گاوصندوق دادهٔ جدید) را وصل کند. کد همچنان معتبر است.</translation>
    </message>
    <message>
        <source>The server did not accept this enrolment code. Check the code (it is valid once) or ask your coordinator for a new one.</source>
        <translation>سرور این کد ثبت‌نام را نپذیرفت. کد را بررسی کنید (فقط یک بار معتبر است) یا از هماهنگ‌کنندهٔ خود یک کد جدید بخواهید.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Outreach Desktop. Install the update; your changes are kept on this device until then.</source>
        <translation>سرور به نسخهٔ جدیدتری از Outreach Desktop نیاز دارد. به‌روزرسانی را نصب کنید؛ تا آن زمان تغییرات شما در این دستگاه نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device, so its case data is removed from this computer.</source>
        <translation>سازمان شما دسترسی این دستگاه را لغو کرده است، بنابراین داده‌های پرونده‌ها از این رایانه حذف می‌شوند.</translation>
    </message>
    <message>
        <source>The server refused the sync (%1). Your changes are kept on this device; if this happens again, tell your coordinator.</source>
        <translation>سرور همگام‌سازی را رد کرد (%1). تغییرات شما در این دستگاه نگه داشته می‌شوند؛ اگر این اتفاق دوباره افتاد، به هماهنگ‌کنندهٔ خود اطلاع دهید.</translation>
    </message>
    <message>
        <source>The sync did not complete. Your changes are kept on this device and sent at the next sync.</source>
        <translation>همگام‌سازی کامل نشد. تغییرات شما در این دستگاه نگه داشته می‌شوند و در همگام‌سازی بعدی ارسال می‌شوند.</translation>
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
    <message>
        <source>it is too long</source>
        <translation>بیش از حد طولانی است</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>بیش از حد تودرتو است</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>نویسه‌ای غیرمجاز</translation>
    </message>
    <message>
        <source>something unexpected</source>
        <translation>چیزی غیرمنتظره</translation>
    </message>
    <message>
        <source>calling anything is not allowed (only comparisons, and/or/not and field names)</source>
        <translation>فراخوانی هیچ چیزی مجاز نیست (فقط مقایسه‌ها، and/or/not و نام فیلدها)</translation>
    </message>
    <message>
        <source>a dot after a field name is not allowed (no attributes)</source>
        <translation>نقطه پس از نام فیلد مجاز نیست (بدون ویژگی)</translation>
    </message>
    <message>
        <source>two comparisons in a row; join them with &apos;and&apos;</source>
        <translation>دو مقایسه پشت سر هم آمده است؛ آن‌ها را با «and» به هم وصل کنید</translation>
    </message>
    <message>
        <source>a value or a field name is missing</source>
        <translation>یک مقدار یا نام فیلد جا افتاده است</translation>
    </message>
    <message>
        <source>an opening bracket is missing</source>
        <translation>یک پرانتز باز جا افتاده است</translation>
    </message>
    <message>
        <source>a closing bracket is missing</source>
        <translation>یک پرانتز بسته جا افتاده است</translation>
    </message>
    <message>
        <source>a closing &apos;]&apos; is missing</source>
        <translation>یک «]» پایانی جا افتاده است</translation>
    </message>
    <message>
        <source>a list may hold only fixed values</source>
        <translation>فهرست فقط می‌تواند مقدارهای ثابت داشته باشد</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>متن نیست</translation>
    </message>
    <message>
        <source>form</source>
        <translation>فرم</translation>
    </message>
    <message>
        <source>section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>گزینه</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>قید</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>JSON معتبر نیست (خط %1، ستون %2)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>فایل، متن UTF-8 نیست</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>فایل را نمی‌توان خواند (%1)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>فایل بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>ساختار فایل بیش از حد تودرتو است</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>باید یک شیء JSON باشد</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>«%1» وجود ندارد</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the wrong type</source>
        <translation>نوع «%1» نادرست است</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits and _, not starting with a digit)</source>
        <translation>«%1» شناسهٔ معتبری نیست (حروف کوچک لاتین، رقم و _، بدون رقم در ابتدا)</translation>
    </message>
    <message>
        <source>unknown format %1 (this app reads %2)</source>
        <translation>قالب ناشناختهٔ %1 (این برنامه قالب %2 را می‌خواند)</translation>
    </message>
    <message>
        <source>the version must be a whole number of 1 or more</source>
        <translation>نسخه باید عدد صحیحی برابر با 1 یا بیشتر باشد</translation>
    </message>
    <message>
        <source>version %1 exists twice</source>
        <translation>نسخهٔ %1 دو بار آمده است</translation>
    </message>
    <message>
        <source>unknown language code &apos;%1&apos; (known: de, en, tr, ar, fa, ru, uk)</source>
        <translation>کد زبان ناشناخته: «%1» (کدهای شناخته‌شده: de, en, tr, ar, fa, ru, uk)</translation>
    </message>
    <message>
        <source>the text direction of &apos;%1&apos; must be ltr or rtl</source>
        <translation>جهت متن «%1» باید ltr یا rtl باشد</translation>
    </message>
    <message>
        <source>German (de) is required</source>
        <translation>زبان آلمانی (de) الزامی است</translation>
    </message>
    <message>
        <source>no text in the language &apos;%1&apos;</source>
        <translation>متنی به زبان «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>the text in &apos;%1&apos; is too long (%2 characters, at most %3)</source>
        <translation>متن به زبان «%1» بیش از حد طولانی است (%2 نویسه، حداکثر %3)</translation>
    </message>
    <message>
        <source>the form has no sections</source>
        <translation>فرم هیچ بخشی ندارد</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>شناسهٔ «%1» دو بار به کار رفته است</translation>
    </message>
    <message>
        <source>unknown field type &apos;%1&apos;</source>
        <translation>نوع فیلد ناشناخته: «%1»</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>فیلد چندگزینه‌ای به گزینه نیاز دارد</translation>
    </message>
    <message>
        <source>the choice has no code</source>
        <translation>گزینه کد ندارد</translation>
    </message>
    <message>
        <source>the choice code &apos;%1&apos; is used twice</source>
        <translation>کد گزینهٔ «%1» دو بار به کار رفته است</translation>
    </message>
    <message>
        <source>a field of type &apos;%1&apos; has no choices</source>
        <translation>فیلد از نوع «%1» گزینه نمی‌پذیرد</translation>
    </message>
    <message>
        <source>the condition does not parse: %1 (at character %2)</source>
        <translation>شرط قابل تجزیه نیست: %1 (در نویسهٔ %2)</translation>
    </message>
    <message>
        <source>the condition names an unknown field &apos;%1&apos;</source>
        <translation>شرط به فیلد ناشناختهٔ «%1» اشاره می‌کند</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in a form definition: where (form › section › field) and what.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A form definition was refused, so it cannot be shown:
%1</source>
        <translation>تعریف یک فرم رد شد و به همین دلیل نمایش داده نمی‌شود:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n سؤال هنوز به پاسخ یا اصلاح نیاز دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>This form is no longer in the vault (discarded here or by a sync).</source>
        <translation>این فرم دیگر در گاوصندوق نیست (اینجا یا با همگام‌سازی حذف شده است).</translation>
    </message>
    <message>
        <source>This form is finished and is not changed again. Start a new one.</source>
        <translation>این فرم تکمیل شده است و دیگر تغییر نمی‌کند. یک فرم تازه شروع کنید.</translation>
    </message>
    <message>
        <source>This draft belongs to another version of the form; nothing was saved.</source>
        <translation>این پیش‌نویس به نسخهٔ دیگری از فرم تعلق دارد؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>The form is not written in this language.</source>
        <translation>این فرم به این زبان نوشته نشده است.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>این مددجو دیگر در گاوصندوق داده نیست (در اینجا یا در پی همگام‌سازی حذف شده است).</translation>
    </message>
    <message>
        <source>An answer is too long (at most 20,000 characters); nothing was saved.</source>
        <translation>یکی از پاسخ‌ها بیش از حد طولانی است (حداکثر ۲۰٬۰۰۰ نویسه)؛ چیزی ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Written</source>
        <translation>تاریخ نگارش</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>یادداشت انتخاب‌شده</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>یادداشت جدید</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Name</source>
        <extracomment>A client field (as the server names it) -&gt; the overview row that shows it.</extracomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>نام‌های دیگر</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>کد مددجو</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>District</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>وضعیت اقامت</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>تلفن و ایمیل</translation>
    </message>
    <message>
        <source>Consent</source>
        <extracomment>Einwilligung to data processing.</extracomment>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>نشانگرهای گروه هدف</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>پنهان کردن نشانگرهای حساس</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>نمایش نشانگرهای حساس</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>ردشده از سوی سرور: %1</translation>
    </message>
    <message>
        <source>The server rejected a change: %1</source>
        <translation>سرور یک تغییر را رد کرد: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Date of birth followed by the age, e.g. &quot;04.05.2003 (22 years)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No consent recorded. Record consent before storing more than a first contact.</source>
        <translation>هیچ رضایتی ثبت نشده است. پیش از ذخیرهٔ هر چیزی بیش از تماس نخست، رضایت مددجو را ثبت کنید.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>پس گرفته‌شده در %1 (داده‌شده در %2)</translation>
    </message>
    <message>
        <source>Given on %1 (form %2, version %3)</source>
        <translation>داده‌شده در %1 (فرم %2، نسخهٔ %3)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <extracomment>The sensitive markers are not shown until the button beside is pressed.</extracomment>
        <translation>پنهان</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>هیچ موردی ثبت نشده است</translation>
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
    <name>PdfExport</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>Forms that are signed on paper (the sheet gets signature lines).</extracomment>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where it is protected, print it, and delete it afterwards.</source>
        <translation>فایل PDF رمزگذاری نشده است: هر کسی که فایل به دستش برسد می‌تواند آن را بخواند. آن را فقط در جای محافظت‌شده ذخیره کنید، چاپش کنید و پس از آن حذفش کنید.</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <extracomment>Suggested file name of a saved form: form id, client code.</extracomment>
        <translation>%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>you</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>یک همکار</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Client %1, %2: “%3” was changed on the server and on this device.</source>
        <translation>مددجو %1، %2: «%3» هم در سرور و هم در این دستگاه تغییر کرده است.</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>توسط %1، %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>پذیرفته‌نشده</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>The server refused this change as a whole.</source>
        <translation>سرور این تغییر را به‌طور کامل نپذیرفت.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>سرور دلیلی ذکر نکرد.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>صرف‌نظر از تغییر</translation>
    </message>
    <message>
        <source>Discard this change? It goes back to what it was before, and it will not be sent to the server.</source>
        <translation>از این تغییر صرف‌نظر شود؟ به حالت قبلی خود برمی‌گردد و به سرور ارسال نمی‌شود.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>صرف‌نظر</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>مشکلات همگام‌سازی</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>تعارض‌ها (%1)</translation>
    </message>
    <message>
        <source>Rejected changes (%1)</source>
        <translation>تغییرات ردشده (%1)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>هیچ تعارض حل‌نشده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>No rejected changes.</source>
        <translation>هیچ تغییر ردشده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تعارض‌ها</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>تغییرات ردشده</translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation>مقدار در سرور</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>مقدار شما</translation>
    </message>
    <message>
        <source>Keep &amp;server value</source>
        <translation>نگه‌داشتن مقدار &amp;سرور</translation>
    </message>
    <message>
        <source>Use &amp;my value</source>
        <translation>استفاده از مقدار &amp;خودم</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>ترکیب هر دو</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>متن ترکیبی</translation>
    </message>
    <message>
        <source>Save &amp;combined text</source>
        <translation>ذخیرهٔ متن &amp;ترکیبی</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;باز کردن سوابق</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;ارسال دوباره</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;صرف‌نظر…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>از آنچه وارد کرده‌اید صرف‌نظر شود؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>صرف‌نظر</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>ادامهٔ ویرایش</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>Intake</source>
        <extracomment>Client fields whose values are catalogue codes, and which catalogue they come from. Fields whose values history shows only while the sensitive markers are shown. Case phase 1 of the method (Zugang/Erstkontakt).</extracomment>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Case phase 2: the client&apos;s situation and resources.</extracomment>
        <translation>ارزیابی</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <extracomment>Case phase 3 (Zielvereinbarung / Hilfeplan).</extracomment>
        <translation>توافق بر اهداف</translation>
    </message>
    <message>
        <source>Implementation</source>
        <extracomment>Case phase 4 (Umsetzung / Vermittlung).</extracomment>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Case phase 5.</extracomment>
        <translation>پایش</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Case phase 6 (Evaluation &amp; Fallabschluss).</extracomment>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Referral status: the referral is intended, nothing arranged yet.</extracomment>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>Referral status: the client was referred (an appointment or contact is made).</extracomment>
        <translation>ارجاع‌شده</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>Referral status: the institution took the client on.</extracomment>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>Referral status: the institution or the client said no.</extracomment>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>نام‌های دیگر</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>District</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>وضعیت اقامت</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>نشانگرهای گروه هدف</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>تلفن و ایمیل</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>کد مددجو</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مسئول پرونده</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>تاریخ گشودن</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>دلیل بستن</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مددجو</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>A case file of the case management method.</extracomment>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>تاریخ توافق</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاریخ انجام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>فرم</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>همگام‌سازی‌شده</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>هنوز همگام‌سازی نشده</translation>
    </message>
    <message>
        <source>Conflict — needs a decision</source>
        <translation>تعارض — نیاز به تصمیم</translation>
    </message>
    <message>
        <source>Rejected by the server — needs correction</source>
        <translation>ردشده از سوی سرور — نیاز به اصلاح</translation>
    </message>
    <message>
        <source>Only on this device</source>
        <translation>فقط در این دستگاه</translation>
    </message>
    <message>
        <source>The server needs a value here.</source>
        <translation>سرور در اینجا به یک مقدار نیاز دارد.</translation>
    </message>
    <message>
        <source>The server refused this text as too long.</source>
        <translation>سرور این متن را به دلیل طولانی بودن نپذیرفت.</translation>
    </message>
    <message>
        <source>The server expected a text here.</source>
        <translation>سرور در اینجا یک متن انتظار داشت.</translation>
    </message>
    <message>
        <source>The server expected a date here.</source>
        <translation>سرور در اینجا یک تاریخ انتظار داشت.</translation>
    </message>
    <message>
        <source>The server expected a whole number here.</source>
        <translation>سرور در اینجا یک عدد صحیح انتظار داشت.</translation>
    </message>
    <message>
        <source>The record this refers to is not on the server (deleted there).</source>
        <translation>موردی که این به آن اشاره دارد در سرور نیست (در آنجا حذف شده است).</translation>
    </message>
    <message>
        <source>This refers to a record of another client.</source>
        <translation>این به موردی از یک مددجوی دیگر اشاره دارد.</translation>
    </message>
    <message>
        <source>A record cannot be moved to another client or case.</source>
        <translation>یک مورد را نمی‌توان به مددجو یا پروندهٔ دیگری منتقل کرد.</translation>
    </message>
    <message>
        <source>Only the server sets this value.</source>
        <translation>این مقدار را فقط سرور تعیین می‌کند.</translation>
    </message>
    <message>
        <source>The server does not know this field.</source>
        <translation>سرور این فیلد را نمی‌شناسد.</translation>
    </message>
    <message>
        <source>This client is no longer yours on the server (transferred or not shared).</source>
        <translation>این مددجو دیگر در سرور به شما تعلق ندارد (منتقل شده یا به اشتراک گذاشته نشده است).</translation>
    </message>
    <message>
        <source>The server refused this change (%1).</source>
        <translation>سرور این تغییر را رد کرد (%1).</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>برگشت‌داده‌شده</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>History: a record was created.</extracomment>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>History: a record was changed.</extracomment>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>History: a record was deleted.</extracomment>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>نام یا نام خانوادگی را وارد کنید.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>این مورد الزامی است.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>این متن بیش از حد طولانی است.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>این تاریخ در آینده است.</translation>
    </message>
    <message>
        <source>This date is before 1900.</source>
        <translation>این تاریخ پیش از سال 1900 است.</translation>
    </message>
    <message>
        <source>Enter between 1 and 1440 minutes.</source>
        <translation>عددی بین 1 و 1440 دقیقه وارد کنید.</translation>
    </message>
    <message>
        <source>The follow-up must not be before the contact.</source>
        <translation>تاریخ پیگیری نباید پیش از تاریخ تماس باشد.</translation>
    </message>
    <message>
        <source>The due date must not be before the start.</source>
        <translation>تاریخ سررسید نباید پیش از تاریخ شروع باشد.</translation>
    </message>
    <message>
        <source>The case cannot close before it was opened.</source>
        <translation>پرونده نمی‌تواند پیش از تاریخ گشوده شدنش بسته شود.</translation>
    </message>
    <message>
        <source>The file is too large (at most 25 MB).</source>
        <translation>فایل بیش از حد بزرگ است (حداکثر 25 مگابایت).</translation>
    </message>
    <message>
        <source>Not a date. Use the format %1.</source>
        <translation>تاریخ معتبر نیست. از قالب %1 استفاده کنید.</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>یک مددجو انتخاب کنید.</translation>
    </message>
    <message>
        <source>Outside the programme&apos;s age range (18–27). You can still save.</source>
        <translation>خارج از محدودهٔ سنی برنامه (18 تا 27 سال). با این حال می‌توانید ذخیره کنید.</translation>
    </message>
    <message>
        <source>This client already has an open case.</source>
        <translation>این مددجو از قبل یک پروندهٔ باز دارد.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>این پرونده از قبل بسته شده است.</translation>
    </message>
    <message>
        <source>The case cannot move to that phase from where it is now.</source>
        <translation>پرونده از مرحلهٔ فعلی نمی‌تواند به آن مرحله برود.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>این مددجو دیگر در گاوصندوق داده نیست (در اینجا یا در پی همگام‌سازی حذف شده است).</translation>
    </message>
    <message>
        <source>This document is no longer in the vault.</source>
        <translation>این سند دیگر در گاوصندوق داده نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Add referral</source>
        <translation>افزودن ارجاع</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;نهاد</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;وضعیت</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;یادداشت</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation>افزودن ارجاع…</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>افزودن ارجاع</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Unknown caseworker</source>
        <translation>مسئول پروندهٔ نامعلوم</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to review</source>
        <translation>
            <numerusform>%n مورد برای بررسی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s)</source>
        <translation>
            <numerusform>%1 (%2): %n مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>بازگرداندن همراه با نظر</translation>
    </message>
    <message>
        <source>Return “%1” to the caseworker for correction. Say what needs to change:</source>
        <translation>«%1» برای اصلاح به مسئول پرونده بازگردانده شود. بنویسید چه چیزی باید تغییر کند:</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <source>Your comment on “%1” for the caseworker:</source>
        <translation>نظر شما دربارهٔ «%1» برای مسئول پرونده:</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>ارسال نظر</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Goal agreement awaits decision</source>
        <translation>توافق بر اهداف در انتظار تصمیم است</translation>
    </message>
    <message>
        <source>Closure awaits decision</source>
        <translation>بستن پرونده در انتظار تصمیم است</translation>
    </message>
    <message>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>شخص نامعلوم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>مدت (دقیقه)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>پیگیری در تاریخ</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>تاریخ ارجاع</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>فرم</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>نسخهٔ فرم</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاریخ دادن رضایت</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاریخ پس گرفتن رضایت</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>دامنهٔ رضایت</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>نام فایل</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>نوع فایل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>District</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(پنهان)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(تغییرکرده)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهایی</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>محقق‌شده</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>کنار گذاشته‌شده</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>توافق بر اهداف</translation>
    </message>
    <message>
        <source>Case closure</source>
        <translation>بستن پرونده</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغییرکرده</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>بررسی‌شده</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (ویرایش %2)</translation>
    </message>
    <message>
        <source>outdated — the record changed since</source>
        <translation>منسوخ — این مورد از آن زمان تغییر کرده است</translation>
    </message>
    <message>
        <source>Nothing to review: every record of your team was looked at since it last changed.</source>
        <translation>چیزی برای بررسی نیست: همهٔ موارد تیم شما پس از آخرین تغییرشان بررسی شده‌اند.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n مددجو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) waiting</source>
        <translation>
            <numerusform>%n تصمیم در انتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>فهرست بررسی</translation>
    </message>
    <message>
        <source>Caseworker and client</source>
        <translation>مسئول پرونده و مددجو</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>موارد</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Records to review, by caseworker</source>
        <translation>موارد نیازمند بررسی، به تفکیک مسئول پرونده</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>چه چیزی تغییر کرد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Changes of the selected client</source>
        <translation>تغییرات مددجوی انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;علامت‌گذاری به‌عنوان بررسی‌شده</translation>
    </message>
    <message>
        <source>Mark the listed records as reviewed (Ctrl+Enter); decisions stay open</source>
        <translation>علامت‌گذاری موارد فهرست‌شده به‌عنوان بررسی‌شده (Ctrl+Enter)؛ تصمیم‌ها باز می‌مانند</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;تأیید</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>&amp;بازگرداندن همراه با نظر…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;نظر…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>باز کردن &amp;سوابق</translation>
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
    <name>StartFormDialog</name>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;فرم:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>شروع یک فرم</translation>
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
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n مشکل</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts and changes the server did not accept. Click to resolve them.</source>
        <translation>تعارض‌ها و تغییراتی که سرور نپذیرفت. برای حل آن‌ها کلیک کنید.</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>به سروری وصل نیست</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>در حال همگام‌سازی…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation>وضعیت اتصال نامعلوم</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n تغییر در انتظار ارسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>آخرین همگام‌سازی: هرگز</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>آخرین همگام‌سازی: %1</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>پیگیری در تاریخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Not assigned</source>
        <translation>واگذارنشده</translation>
    </message>
    <message>
        <source>Unknown caseworker</source>
        <translation>مسئول پروندهٔ نامعلوم</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>جمع کل تیم</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>پیگیری گذشته از موعد</translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s) overdue</source>
        <translation>
            <numerusform>%n گام هدف گذشته از موعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n تعارض حل‌نشده</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>هیچ مورد گذشته از موعدی نیست</translation>
    </message>
    <message>
        <source>Select a caseworker above to see their clients.</source>
        <translation>برای دیدن مددجویان یک مسئول پرونده، او را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 has no clients.</source>
        <translation>%1 هیچ مددجویی ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Clients of %1 (%n):</source>
        <translation>
            <numerusform>&amp;مددجویان %1 (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New clients (intake, opened in the last %1 days): %n</source>
        <translation>
            <numerusform>مددجویان &amp;جدید (پذیرش، گشوده‌شده در %1 روز گذشته): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No new clients: none in intake opened in the last %1 days.</source>
        <translation>مددجوی جدیدی نیست: در %1 روز گذشته هیچ پرونده‌ای در مرحلهٔ پذیرش گشوده نشده است.</translation>
    </message>
    <message>
        <source>Assign a client</source>
        <translation>واگذاری یک مددجو</translation>
    </message>
    <message>
        <source>Assign client %1 to %2?</source>
        <translation>مددجو %1 به %2 واگذار شود؟</translation>
    </message>
    <message>
        <source>Transfer client %1 from %2 to %3? The old laptop loses the record at its next sync; %3&apos;s laptop receives it.</source>
        <translation>مددجو %1 از %2 به %3 منتقل شود؟ لپ‌تاپ قبلی این سوابق را در همگام‌سازی بعدی خود از دست می‌دهد و لپ‌تاپ %3 آن را دریافت می‌کند.</translation>
    </message>
    <message>
        <source>Transfer a client</source>
        <translation>انتقال یک مددجو</translation>
    </message>
    <message>
        <source>Transferring client %1 to %2…</source>
        <translation>در حال انتقال مددجو %1 به %2…</translation>
    </message>
    <message>
        <source>Client %1 now belongs to %2. The lists here follow after the sync that is starting now.</source>
        <translation>مددجو %1 اکنون به %2 تعلق دارد. فهرست‌های اینجا پس از همگام‌سازی‌ای که هم‌اکنون آغاز می‌شود، به‌روز می‌شوند.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing was transferred. Try again when this laptop is online.</source>
        <translation>دسترسی به سرور ممکن نیست، بنابراین چیزی منتقل نشد. وقتی این لپ‌تاپ آنلاین شد، دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The server did not allow this transfer: the client or the caseworker is not (or no longer) in your team. Nothing was changed. Sync, then try again.</source>
        <translation>سرور اجازهٔ این انتقال را نداد: مددجو یا مسئول پرونده در تیم شما نیست (یا دیگر نیست). هیچ تغییری داده نشد. همگام‌سازی کنید و سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The server refused the transfer (%1). Nothing was changed; if this happens again, tell your coordinator.</source>
        <translation>سرور انتقال را رد کرد (%1). هیچ تغییری داده نشد؛ اگر این اتفاق دوباره افتاد، به هماهنگ‌کنندهٔ خود اطلاع دهید.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Open cases per caseworker. &quot;No contact&quot; counts open cases whose latest contact (or opening) is at least 30, 60 or 90 days ago; a case counted under 90 days is counted under 30 and 60 too. Click a heading to sort.</source>
        <translation>پرونده‌های باز هر مسئول پرونده. «بدون تماس» پرونده‌های بازی را می‌شمارد که آخرین تماس (یا گشودن) آن‌ها دست‌کم 30، 60 یا 90 روز پیش بوده است؛ پرونده‌ای که در ستون 90 روز شمرده شود، در ستون‌های 30 و 60 روز هم شمرده می‌شود. برای مرتب‌سازی، روی عنوان یک ستون کلیک کنید.</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مسئول پرونده</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>پرونده‌های فعال</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>پیگیری‌های گذشته از موعد</translation>
    </message>
    <message>
        <source>Overdue goal steps</source>
        <translation>گام‌های هدف گذشته از موعد</translation>
    </message>
    <message>
        <source>No contact 30+ days</source>
        <translation>بدون تماس، 30 روز یا بیشتر</translation>
    </message>
    <message>
        <source>No contact 60+ days</source>
        <translation>بدون تماس، 60 روز یا بیشتر</translation>
    </message>
    <message>
        <source>No contact 90+ days</source>
        <translation>بدون تماس، 90 روز یا بیشتر</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>تعارض‌های حل‌نشده</translation>
    </message>
    <message>
        <source>Caseload per caseworker</source>
        <translation>تعداد پرونده‌های هر مسئول پرونده</translation>
    </message>
    <message>
        <source>No caseworkers or cases yet. Your team appears here after the first sync with the server.</source>
        <translation>هنوز مسئول پرونده یا پرونده‌ای وجود ندارد. تیم شما پس از نخستین همگام‌سازی با سرور در اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مددجو</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>روزهای بدون تماس</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>گذشته از موعد</translation>
    </message>
    <message>
        <source>Clients of the selected caseworker</source>
        <translation>مددجویان مسئول پروندهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>تاریخ گشودن</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>مددجویان جدید</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>باز کردن &amp;سوابق</translation>
    </message>
    <message>
        <source>&amp;Transfer to…</source>
        <translation>&amp;انتقال به…</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;واگذاری به…</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>New feedback</source>
        <extracomment>Column widths in average characters of the font.</extracomment>
        <translation>بازخورد جدید</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Agenda status of an item whose date has passed.</extracomment>
        <translation>گذشته از موعد</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>agenda status</comment>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Approved by your supervisor</source>
        <translation>تأییدشده توسط ناظر شما</translation>
    </message>
    <message>
        <source>Returned by your supervisor for correction</source>
        <translation>برگشت داده شده توسط ناظر شما برای اصلاح</translation>
    </message>
    <message>
        <source>Comment from your supervisor</source>
        <translation>نظر ناظر شما</translation>
    </message>
    <message>
        <source>Goal step: %1</source>
        <extracomment>%1 is the title of a goal step the caseworker agreed with the client.</extracomment>
        <translation>گام هدف: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <extracomment>A follow-up date set when a contact was logged.</extracomment>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>امروز هیچ کاری سررسید نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n مورد سررسیدشده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n مورد گذشته از موعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback(s) from your supervisor</source>
        <translation>
            <numerusform>%n بازخورد جدید از ناظر شما</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <comment>page title</comment>
        <extracomment>Page title: what is due today (German: Heute).</extracomment>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مددجو</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>مورد سررسید</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>سررسیدهای امروز و گذشته از موعد</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer a client</source>
        <translation>انتقال یک مددجو</translation>
    </message>
    <message>
        <source>Client %1 is with %2 now. Transfer to:</source>
        <translation>مددجو %1 اکنون نزد %2 است. انتقال به:</translation>
    </message>
    <message>
        <source>Client %1 has no caseworker yet. Assign to:</source>
        <translation>مددجو %1 هنوز مسئول پرونده ندارد. واگذاری به:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مسئول پرونده</translation>
    </message>
    <message>
        <source>There is no other caseworker in your team to transfer to (the team list comes with the next sync).</source>
        <translation>در تیم شما مسئول پروندهٔ دیگری برای انتقال وجود ندارد (فهرست تیم با همگام‌سازی بعدی دریافت می‌شود).</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <extracomment>The demo workspace&apos;s passphrase: public on purpose (README, unlock screen), so the demo must only ever hold invented data. ASCII only, so that it can be typed on an Arabic, Persian or Cyrillic keyboard layout too (&quot;Köln&quot; could not).</extracomment>
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
    <message>
        <source>Demo workspace with invented clients. Its passphrase is public:
%1
Never enter real client data here.</source>
        <translation>فضای کاری نمایشی با مددجویان ساختگی. عبارت عبور آن عمومی است:
%1
هرگز داده‌های واقعی مددجویان را در اینجا وارد نکنید.</translation>
    </message>
    <message>
        <source>Preparing the demo data</source>
        <translation>در حال آماده‌سازی داده‌های نمایشی</translation>
    </message>
    <message>
        <source>Preparing the demo: %v of %m clients</source>
        <extracomment>%v and %m are filled in by Qt: clients written so far, and all of them.</extracomment>
        <translation>در حال آماده‌سازی نسخهٔ نمایشی: %v از %m مددجو</translation>
    </message>
</context>
</TS>

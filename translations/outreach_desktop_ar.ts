<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Outreach Desktop: encrypted case management.</source>
        <translation>Outreach Desktop: إدارة مشفّرة للحالات.</translation>
    </message>
    <message>
        <source>data folder (default: the platform&apos;s local app data folder)</source>
        <translation>مجلد البيانات (الافتراضي: المجلد المحلي لبيانات التطبيقات في نظام التشغيل)</translation>
    </message>
    <message>
        <source>user interface language (default: settings, else system, else de)</source>
        <translation>لغة واجهة المستخدم (الافتراضي: لغة الإعدادات، وإلا لغة النظام، وإلا de)</translation>
    </message>
    <message>
        <source>open the demo workspace (invented clients, its own data folder, a public passphrase shown on the unlock screen)</source>
        <translation>فتح مساحة العمل التجريبية (مستفيدون وهميون، ومجلد بيانات خاص بها، وعبارة مرور عامة تظهر على شاشة فتح القفل)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Device removed</source>
        <extracomment>Keyword arguments for the SyncController (tests: short timers, no network info).</extracomment>
        <translation>تمت إزالة الجهاز</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device&apos;s access to the server, so its case data was removed from this computer. Ask your coordinator for a new enrolment code to set it up again.</source>
        <translation>ألغت مؤسستك صلاحية وصول هذا الجهاز إلى الخادم، لذلك حُذفت بيانات الحالات من هذا الحاسوب. يُرجى طلب رمز تسجيل جديد من المنسق لإعداده من جديد.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This kind of document cannot be shown inside the app.</source>
        <translation>لا يمكن عرض هذا النوع من المستندات داخل التطبيق.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to the folder you choose can read it. Save it only where it is protected, and delete it when you no longer need it.</source>
        <translation>لن تكون النسخة مشفّرة: يمكن لأي شخص لديه وصول إلى المجلد الذي تختاره قراءتها. يُرجى حفظها في مكان محمي فقط، وحذفها عندما لا تعود بحاجة إليها.</translation>
    </message>
    <message>
        <source>Save unencrypted copy…</source>
        <translation>حفظ نسخة غير مشفّرة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <source>Auto-lock</source>
        <translation>القفل التلقائي</translation>
    </message>
    <message>
        <source>Lock the app after this many &amp;minutes without keyboard or mouse activity:</source>
        <translation>قفل التطبيق بعد هذا العدد من &amp;الدقائق دون أي استخدام للوحة المفاتيح أو الفأرة:</translation>
    </message>
    <message>
        <source>Minutes until auto-lock</source>
        <translation>عدد الدقائق قبل القفل التلقائي</translation>
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
        <translation>أقل من %1</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>لا توجد إحصاءات لهذه الفترة.</translation>
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
        <translation>فتح حالة جديدة</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>إغلاق الحالة…</translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>لا توجد حالة بعد.</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>المرحلة الحالية: %1</translation>
    </message>
    <message>
        <source>Move on to %1</source>
        <translation>الانتقال إلى %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>العودة إلى %1</translation>
    </message>
    <message>
        <source>Case opened on %1.</source>
        <translation>فُتحت الحالة في %1.</translation>
    </message>
    <message>
        <source>Case opened on %1, closed on %2: %3.</source>
        <translation>فُتحت الحالة في %1، وأُغلقت في %2: %3.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>عبارتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>عبارة المرور ال&amp;حالية</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase</source>
        <translation>&amp;تأكيد عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>تأكيد عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>جارٍ تغيير عبارة المرور</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No passphrase: run this in a terminal, or set %1 for scripted use.</source>
        <translation>لم تُدخَل عبارة مرور: يُرجى تشغيل الأمر في نافذة طرفية، أو تعيين %1 للاستخدام في البرامج النصية.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>أعِد إدخال عبارة المرور: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>عبارتا المرور مختلفتان. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>A new vault will be created in %1.</source>
        <translation>سيتم إنشاء خزنة بيانات جديدة في %1.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this device cannot be recovered by anyone. With sync, it can be downloaded again after setting up anew.</source>
        <translation>إذا نسيت عبارة المرور، فلن يتمكن أحد من استعادة البيانات الموجودة على هذا الجهاز. أما مع المزامنة، فيمكن تنزيل البيانات مرة أخرى بعد إعداد التطبيق من جديد.</translation>
    </message>
    <message>
        <source>Vault created (id %1).</source>
        <translation>تم إنشاء خزنة البيانات (المعرّف %1).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>معرّف خزنة البيانات</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>سجلات التواصل</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>تغييرات لم تتم مزامنتها بعد</translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation>إصدار SQLCipher</translation>
    </message>
    <message>
        <source>--map needs the form &quot;Column=field&quot;, got: %1</source>
        <translation>يتطلب الخيار --map الصيغة &quot;العمود=الحقل&quot;، لكن القيمة المُعطاة: %1</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>الأعمدة:</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>الأعمدة المتجاهَلة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) ready to import; nothing was written.</source>
        <translation>
            <numerusform>تشغيل تجريبي: يمكن استيراد %n صف؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>تشغيل تجريبي: يمكن استيراد صف واحد؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>تشغيل تجريبي: يمكن استيراد صفّين؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>تشغيل تجريبي: يمكن استيراد %n صفوف؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>تشغيل تجريبي: يمكن استيراد %n صفًا؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>تشغيل تجريبي: يمكن استيراد %n صف؛ لم يُكتب أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>As it is, the file would not be imported: fix the rows named above (or add --skip-duplicates for duplicates).</source>
        <translation>لن يُستورَد الملف بحالته الحالية: يُرجى تصحيح الصفوف المذكورة أعلاه (أو إضافة --skip-duplicates لتخطي الصفوف المكررة).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>تم استيراد %n مستفيد.</numerusform>
            <numerusform>تم استيراد مستفيد واحد.</numerusform>
            <numerusform>تم استيراد مستفيدَين.</numerusform>
            <numerusform>تم استيراد %n مستفيدين.</numerusform>
            <numerusform>تم استيراد %n مستفيدًا.</numerusform>
            <numerusform>تم استيراد %n مستفيد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>تم تخطي %n صف مكرر.</numerusform>
            <numerusform>تم تخطي صف مكرر واحد.</numerusform>
            <numerusform>تم تخطي صفّين مكررين.</numerusform>
            <numerusform>تم تخطي %n صفوف مكررة.</numerusform>
            <numerusform>تم تخطي %n صفًا مكررًا.</numerusform>
            <numerusform>تم تخطي %n صف مكرر.</numerusform>
        </translation>
    </message>
    <message>
        <source>To import the other rows and skip the duplicates, add --skip-duplicates.</source>
        <translation>لاستيراد الصفوف الأخرى وتخطي الصفوف المكررة، يُرجى إضافة --skip-duplicates.</translation>
    </message>
    <message>
        <source>Encryption library (SQLCipher)</source>
        <translation>مكتبة التشفير (SQLCipher)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>ملف المفتاح</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Device secret in the keyring</source>
        <translation>سرّ الجهاز في حلقة المفاتيح</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>أذونات الملفات</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Encrypted pages (cipher_integrity_check)</source>
        <translation>الصفحات المشفّرة (cipher_integrity_check)</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>بنية قاعدة البيانات</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>إصدار المخطط</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>تغييرات بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Changes the server did not accept</source>
        <translation>تغييرات لم يقبلها الخادم</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>تعارضات مفتوحة</translation>
    </message>
    <message>
        <source>Unread feedback</source>
        <translation>ملاحظات المشرف غير المقروءة</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>آخر مزامنة ناجحة</translation>
    </message>
    <message>
        <source>Sync: not connected to a server (outreach enroll).</source>
        <translation>المزامنة: الجهاز غير متصل بخادم (outreach enroll).</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>آخر مشكلة: %1</translation>
    </message>
    <message>
        <source>This device is connected to %1 (device %2). Run &apos;outreach sync&apos; to download the caseload.</source>
        <translation>هذا الجهاز متصل بـ %1 (الجهاز %2). يُرجى تشغيل &apos;outreach sync&apos; لتنزيل الحالات.</translation>
    </message>
    <message>
        <source>Sync done: %1 change(s) sent, %2 received.</source>
        <translation>اكتملت المزامنة: التغييرات المُرسَلة %1، والمستلَمة %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision (open the app).</source>
        <translation>
            <numerusform>%n تعارض يحتاج إلى قرار (يُرجى فتح التطبيق).</numerusform>
            <numerusform>تعارض واحد يحتاج إلى قرار (يُرجى فتح التطبيق).</numerusform>
            <numerusform>تعارضان يحتاجان إلى قرار (يُرجى فتح التطبيق).</numerusform>
            <numerusform>%n تعارضات تحتاج إلى قرار (يُرجى فتح التطبيق).</numerusform>
            <numerusform>%n تعارضًا يحتاج إلى قرار (يُرجى فتح التطبيق).</numerusform>
            <numerusform>%n تعارض يحتاج إلى قرار (يُرجى فتح التطبيق).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not accepted by the server (open the app).</source>
        <translation>
            <numerusform>لم يقبل الخادم %n تغيير (يُرجى فتح التطبيق).</numerusform>
            <numerusform>لم يقبل الخادم تغييرًا واحدًا (يُرجى فتح التطبيق).</numerusform>
            <numerusform>لم يقبل الخادم تغييرين (يُرجى فتح التطبيق).</numerusform>
            <numerusform>لم يقبل الخادم %n تغييرات (يُرجى فتح التطبيق).</numerusform>
            <numerusform>لم يقبل الخادم %n تغييرًا (يُرجى فتح التطبيق).</numerusform>
            <numerusform>لم يقبل الخادم %n تغيير (يُرجى فتح التطبيق).</numerusform>
        </translation>
    </message>
    <message>
        <source>The data on this device still differs from the server after a fresh download. Run &apos;outreach sync&apos; again later; if it persists, tell support.</source>
        <translation>لا تزال البيانات على هذا الجهاز تختلف عن بيانات الخادم بعد تنزيلها من جديد. يُرجى تشغيل &apos;outreach sync&apos; مرة أخرى لاحقًا؛ وإذا استمرت المشكلة، فأبلغ الدعم الفني.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Readable by other users: %1. Run: chmod 700 on the folder and chmod 600 on its files.</source>
        <translation>يمكن لمستخدمين آخرين قراءتها: %1. يُرجى تنفيذ chmod 700 على المجلد و chmod 600 على ملفاته.</translation>
    </message>
    <message>
        <source>The keyring in use (%1) is not the one the vault was set up with (%2).</source>
        <translation>حلقة المفاتيح المستخدمة (%1) ليست التي أُعدّت بها خزنة البيانات (%2).</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from the server or a backup.</source>
        <translation>ملف قاعدة البيانات تالف: %1. يُرجى استعادته من الخادم أو من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The SQLite library has no encryption. Reinstall the app.</source>
        <translation>مكتبة SQLite لا تدعم التشفير. يُرجى إعادة تثبيت التطبيق.</translation>
    </message>
    <message>
        <source>The schema is not the current one.</source>
        <translation>مخطط قاعدة البيانات ليس بالإصدار الحالي.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>تم العثور على %n مشكلة.</numerusform>
            <numerusform>تم العثور على مشكلة واحدة.</numerusform>
            <numerusform>تم العثور على مشكلتين.</numerusform>
            <numerusform>تم العثور على %n مشكلات.</numerusform>
            <numerusform>تم العثور على %n مشكلة.</numerusform>
            <numerusform>تم العثور على %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يتم العثور على أي مشكلة.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>عبارة المرور الحالية: </translation>
    </message>
    <message>
        <source>Passphrase changed. The data key itself is unchanged; use &apos;outreach rekey&apos; to replace it too.</source>
        <translation>تم تغيير عبارة المرور. أما مفتاح البيانات نفسه فلم يتغيّر؛ استخدم &apos;outreach rekey&apos; لاستبداله أيضًا.</translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new data key.</source>
        <translation>تمت إعادة تشفير قاعدة البيانات بمفتاح بيانات جديد.</translation>
    </message>
    <message>
        <source>Demo data: %1 of %2 clients written</source>
        <translation>البيانات التجريبية: كُتب %1 من أصل %2 من المستفيدين</translation>
    </message>
    <message numerus="yes">
        <source>The vault already holds %n client(s). Demo data is meant for an empty vault; add --force to add it anyway.</source>
        <translation>
            <numerusform>تحتوي خزنة البيانات بالفعل على %n مستفيد. البيانات التجريبية مخصصة لخزنة بيانات فارغة؛ يُرجى إضافة --force لإضافتها على أي حال.</numerusform>
            <numerusform>تحتوي خزنة البيانات بالفعل على مستفيد واحد. البيانات التجريبية مخصصة لخزنة بيانات فارغة؛ يُرجى إضافة --force لإضافتها على أي حال.</numerusform>
            <numerusform>تحتوي خزنة البيانات بالفعل على مستفيدَين. البيانات التجريبية مخصصة لخزنة بيانات فارغة؛ يُرجى إضافة --force لإضافتها على أي حال.</numerusform>
            <numerusform>تحتوي خزنة البيانات بالفعل على %n مستفيدين. البيانات التجريبية مخصصة لخزنة بيانات فارغة؛ يُرجى إضافة --force لإضافتها على أي حال.</numerusform>
            <numerusform>تحتوي خزنة البيانات بالفعل على %n مستفيدًا. البيانات التجريبية مخصصة لخزنة بيانات فارغة؛ يُرجى إضافة --force لإضافتها على أي حال.</numerusform>
            <numerusform>تحتوي خزنة البيانات بالفعل على %n مستفيد. البيانات التجريبية مخصصة لخزنة بيانات فارغة؛ يُرجى إضافة --force لإضافتها على أي حال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n demo client(s) were written (whole batches); the rest was not.</source>
        <translation>
            <numerusform>تم الإلغاء. كُتب %n مستفيد تجريبي (على دفعات كاملة)؛ ولم يُكتب الباقي.</numerusform>
            <numerusform>تم الإلغاء. كُتب مستفيد تجريبي واحد (على دفعات كاملة)؛ ولم يُكتب الباقي.</numerusform>
            <numerusform>تم الإلغاء. كُتب مستفيدان تجريبيان (على دفعات كاملة)؛ ولم يُكتب الباقي.</numerusform>
            <numerusform>تم الإلغاء. كُتب %n مستفيدين تجريبيين (على دفعات كاملة)؛ ولم يُكتب الباقي.</numerusform>
            <numerusform>تم الإلغاء. كُتب %n مستفيدًا تجريبيًا (على دفعات كاملة)؛ ولم يُكتب الباقي.</numerusform>
            <numerusform>تم الإلغاء. كُتب %n مستفيد تجريبي (على دفعات كاملة)؛ ولم يُكتب الباقي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written (seed %1):</source>
        <translation>تمت كتابة البيانات التجريبية (البذرة %1):</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Goal steps</source>
        <translation>خطوات الأهداف</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>a whole number of at least 1, got: %1</source>
        <translation>مطلوب عدد صحيح لا يقل عن 1، لكن القيمة المُعطاة: %1</translation>
    </message>
    <message>
        <source>Outreach Desktop, headless: set up, import, check. The passphrase is asked for, or read from OUTREACH_PASSPHRASE (for scripts; see the README for the risk).</source>
        <translation>Outreach Desktop دون واجهة رسومية: الإعداد والاستيراد والفحص. تُطلب عبارة المرور عند التشغيل، أو تُقرأ من OUTREACH_PASSPHRASE (للبرامج النصية؛ راجع ملف README لمعرفة المخاطر).</translation>
    </message>
    <message>
        <source>data folder (default: %1)</source>
        <translation>مجلد البيانات (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>language of the messages</source>
        <translation>لغة الرسائل</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>إنشاء خزنة بيانات جديدة</translation>
    </message>
    <message>
        <source>import a CSV or XLSX client list</source>
        <translation>استيراد قائمة مستفيدين من ملف CSV أو XLSX</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>ملف CSV أو XLSX</translation>
    </message>
    <message>
        <source>map a column to a field (or &apos;ignore&apos;); may be repeated</source>
        <translation>ربط عمود بحقل (أو &apos;ignore&apos; لتجاهله)؛ يمكن تكراره</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>عرض ما سيتم استيراده</translation>
    </message>
    <message>
        <source>text encoding of a CSV file (default: UTF-8)</source>
        <translation>ترميز النص في ملف CSV (الافتراضي: UTF-8)</translation>
    </message>
    <message>
        <source>worksheet of an XLSX file (default: the first)</source>
        <translation>ورقة العمل في ملف XLSX (الافتراضي: الورقة الأولى)</translation>
    </message>
    <message>
        <source>import the other rows when some are already in the vault</source>
        <translation>استيراد بقية الصفوف إذا كان بعضها موجودًا في خزنة البيانات مسبقًا</translation>
    </message>
    <message>
        <source>counts, outbox size, cipher version</source>
        <translation>الأعداد، وعدد التغييرات غير المُزامَنة، وإصدار التشفير</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>مخرجات قابلة للقراءة آليًا</translation>
    </message>
    <message>
        <source>connect this device to the sync server</source>
        <translation>ربط هذا الجهاز بخادم المزامنة</translation>
    </message>
    <message>
        <source>the server&apos;s address (https://…)</source>
        <translation>عنوان الخادم (https://…)</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <translation>رمز التسجيل الصالح لمرة واحدة</translation>
    </message>
    <message>
        <source>trust only this CA bundle (PEM) for the server&apos;s certificate</source>
        <translation>الوثوق بحزمة شهادات CA هذه (PEM) فقط للتحقق من شهادة الخادم</translation>
    </message>
    <message>
        <source>a name for this device (default: the computer&apos;s name)</source>
        <translation>اسم لهذا الجهاز (الافتراضي: اسم الحاسوب)</translation>
    </message>
    <message>
        <source>send waiting changes and receive new ones</source>
        <translation>إرسال التغييرات المنتظرة واستلام التغييرات الجديدة</translation>
    </message>
    <message>
        <source>show progress</source>
        <translation>عرض التقدّم</translation>
    </message>
    <message>
        <source>check the installation and the vault</source>
        <translation>فحص التثبيت وخزنة البيانات</translation>
    </message>
    <message>
        <source>skip the checks that need the passphrase</source>
        <translation>تخطي الفحوص التي تتطلب عبارة المرور</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>re-encrypt the database with a new data key</source>
        <translation>إعادة تشفير قاعدة البيانات بمفتاح بيانات جديد</translation>
    </message>
    <message>
        <source>fill the vault with invented demo clients</source>
        <translation>ملء خزنة البيانات بمستفيدين تجريبيين وهميين</translation>
    </message>
    <message>
        <source>how many demo clients (with cases, contacts, goals, referrals)</source>
        <translation>عدد المستفيدين التجريبيين (مع الحالات وسجلات التواصل والأهداف والإحالات)</translation>
    </message>
    <message>
        <source>the same seed gives the same data (default: 1)</source>
        <translation>البذرة نفسها تعطي البيانات نفسها (الافتراضي: 1)</translation>
    </message>
    <message>
        <source>add demo data even if the vault already has clients</source>
        <translation>إضافة البيانات التجريبية حتى لو كانت خزنة البيانات تحتوي على مستفيدين بالفعل</translation>
    </message>
    <message>
        <source>check form definitions</source>
        <translation>فحص تعريفات النماذج</translation>
    </message>
    <message>
        <source>check a form definition file and name every problem</source>
        <translation>فحص ملف تعريف نموذج وذكر كل مشكلة فيه</translation>
    </message>
    <message>
        <source>a form definition (.json)</source>
        <translation>ملف تعريف نموذج (.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s):</source>
        <translation>
            <numerusform>%1: مرفوض، %n مشكلة:</numerusform>
            <numerusform>%1: مرفوض، مشكلة واحدة:</numerusform>
            <numerusform>%1: مرفوض، مشكلتان:</numerusform>
            <numerusform>%1: مرفوض، %n مشكلات:</numerusform>
            <numerusform>%1: مرفوض، %n مشكلة:</numerusform>
            <numerusform>%1: مرفوض، %n مشكلة:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: form &apos;%2&apos;, version %3, %4 questions, languages %5: no problems.</source>
        <translation>%1: النموذج &apos;%2&apos;، الإصدار %3، عدد الأسئلة %4، اللغات %5: لا توجد مشكلات.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>تم الإلغاء. لم يُغيَّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>مستفيد جديد</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>تعديل بيانات المستفيد</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>الاسم ال&amp;أول</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>أسماء &amp;بديلة</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>تاريخ ال&amp;ميلاد</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ال&amp;لغات</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>المن&amp;طقة</translation>
    </message>
    <message>
        <source>&amp;Residence status</source>
        <translation>وضع الإ&amp;قامة</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>طرق كتابة أخرى للاسم، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Target-group markers (sensitive, optional)</source>
        <translation>علامات الفئة المستهدفة (حساسة، اختيارية)</translation>
    </message>
    <message>
        <source>Only tick what the client has told you and agreed to record. These markers are special categories of personal data; the record hides them until someone chooses to show them.</source>
        <translation>يُرجى ألا تحدد إلا ما أخبرك به المستفيد ووافق على تسجيله. تُعد هذه العلامات من الفئات الخاصة من البيانات الشخصية؛ ويُخفيها الملف إلى أن يختار أحدٌ إظهارها.</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>إخفاء العلامات الحساسة</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>إظهار العلامات الحساسة</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>إضافة المستفيد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(غير معروف)</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>All districts</source>
        <extracomment>Column widths in average characters of the list&apos;s font (scale with the font, not pixels). The filter combo boxes: attribute prefix -&gt; catalogue (None: the case phases). Tables whose changes the list does not show (a form&apos;s draft is saved often).</extracomment>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>جميع المراحل</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>جميع المواضيع</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>جميع الفئات المستهدفة</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) · type two letters or more to search</source>
        <translation>
            <numerusform>%n مستفيد · اكتب حرفين على الأقل للبحث</numerusform>
            <numerusform>مستفيد واحد · اكتب حرفين على الأقل للبحث</numerusform>
            <numerusform>مستفيدان · اكتب حرفين على الأقل للبحث</numerusform>
            <numerusform>%n مستفيدين · اكتب حرفين على الأقل للبحث</numerusform>
            <numerusform>%n مستفيدًا · اكتب حرفين على الأقل للبحث</numerusform>
            <numerusform>%n مستفيد · اكتب حرفين على الأقل للبحث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n مستفيد</numerusform>
            <numerusform>مستفيد واحد</numerusform>
            <numerusform>مستفيدان</numerusform>
            <numerusform>%n مستفيدين</numerusform>
            <numerusform>%n مستفيدًا</numerusform>
            <numerusform>%n مستفيد</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or alias…</source>
        <translation>البحث بالاسم أو الاسم البديل…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>البحث عن مستفيدين</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Filter by district</source>
        <translation>التصفية حسب المنطقة</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>التصفية حسب المرحلة</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>التصفية حسب الموضوع</translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation>التصفية حسب الفئة المستهدفة</translation>
    </message>
    <message>
        <source>My open follow-ups</source>
        <translation>متابعاتي المفتوحة</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>لا يوجد مستفيدون بعد</translation>
    </message>
    <message>
        <source>Add a client with New client (Ctrl+N), or import a CSV or Excel file with the command %1.</source>
        <translation>يمكنك إضافة مستفيد عبر «مستفيد جديد» (Ctrl+N)، أو استيراد ملف CSV أو Excel باستخدام الأمر %1.</translation>
    </message>
</context>
<context>
    <name>ClientModeWindow</name>
    <message>
        <source>Client view</source>
        <translation>واجهة المستفيد</translation>
    </message>
    <message>
        <source>To leave the client view, the caseworker enters the passphrase.</source>
        <translation>للخروج من واجهة المستفيد، يُدخل مدير الحالة عبارة المرور.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Leave client view</source>
        <translation>ال&amp;خروج من واجهة المستفيد</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>ال&amp;عودة إلى النموذج</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>سجلات التواصل</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>ملف المستفيد</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>تعديل بيانات المستفيد…</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>تعديل بيانات المستفيد</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>حذف المستفيد…</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>حذف المستفيد</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>لا توجد حالة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under the client&apos;s name: client code · current phase.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Feedback (%1 new)</source>
        <translation>ملاحظات المشرف (%1 جديدة)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>ملاحظات المشرف</translation>
    </message>
    <message>
        <source>Choose a client from the list to see their record.</source>
        <translation>يُرجى اختيار مستفيد من القائمة لعرض ملفه.</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>جارٍ تحميل الملف…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Roles answered with the cell&apos;s text, as plain ints: the view asks ~7 roles per cell per paint, and comparing with Qt&apos;s enum members costs more than the answer.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Client code</source>
        <extracomment>The client&apos;s pseudonymous code (e.g. K-7F3Q2), shown instead of names in reports.</extracomment>
        <translation>رمز المستفيد</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Phase</source>
        <extracomment>The phase of the client&apos;s current case (intake, assessment, ...).</extracomment>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(اختر)</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>إغلاق الحالة</translation>
    </message>
    <message>
        <source>A closed case stays in the record with its reason; it cannot be reopened. If the client comes back, open a new case.</source>
        <translation>تبقى الحالة المغلقة في الملف مع سبب إغلاقها، ولا يمكن إعادة فتحها. إذا عاد المستفيد، فيُرجى فتح حالة جديدة.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>تاريخ الإ&amp;غلاق</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <extracomment>Column widths in average characters of the font. Fields whose values are free text about a person: shortened in the list. Columns that say nothing to a supervisor (ids of parents, ordering).</extracomment>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>سجلات التواصل</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>تسجيل تواصل…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>تسجيل تواصل</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <source>Delete client</source>
        <translation>حذف المستفيد</translation>
    </message>
    <message>
        <source>The client, their cases, contacts, referrals, notes and documents are deleted on this laptop now, and on the server and the other devices at the next sync. This cannot be undone here.

If the client asked for erasure of their data (GDPR Art. 17), also ask your organisation to erase it: the server keeps a trace of the deletion until then.</source>
        <translation>يُحذف المستفيد وحالاته وسجلات التواصل والإحالات والملاحظات والمستندات الخاصة به من هذا الحاسوب المحمول الآن، ومن الخادم والأجهزة الأخرى عند المزامنة التالية. لا يمكن التراجع عن ذلك هنا.

إذا طلب المستفيد محو بياناته (المادة 17 من اللائحة العامة لحماية البيانات GDPR)، فيُرجى أن تطلب من مؤسستك محوها أيضًا: إذ يحتفظ الخادم بأثر للحذف حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>Type the client code %1 to confirm:</source>
        <translation>يُرجى كتابة رمز المستفيد %1 للتأكيد:</translation>
    </message>
    <message>
        <source>Client code to confirm</source>
        <translation>رمز المستفيد للتأكيد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>إضافة مستند…</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>إضافة مستند</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>فتح المستند</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>اختيار ملف شهادة CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Enter the server address your coordinator gave you.</source>
        <translation>يُرجى إدخال عنوان الخادم الذي أعطاك إياه المنسق.</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>يُرجى إدخال رمز التسجيل.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>Connected. Fetching your cases for the first time…</source>
        <translation>تم الاتصال. جارٍ جلب حالاتك لأول مرة…</translation>
    </message>
    <message>
        <source>This device is connected, and the first sync is done.</source>
        <translation>هذا الجهاز متصل، واكتملت المزامنة الأولى.</translation>
    </message>
    <message>
        <source>This device is connected, but the first sync failed: %1 It will be tried again by itself.</source>
        <translation>هذا الجهاز متصل، لكن المزامنة الأولى فشلت: %1 ستُعاد المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>الاتصال بالخادم</translation>
    </message>
    <message>
        <source>Connect this device to your organisation&apos;s server with the one-time enrolment code your coordinator gave you. Your cases then sync by themselves whenever there is a network.</source>
        <translation>يُرجى ربط هذا الجهاز بخادم مؤسستك باستخدام رمز التسجيل الصالح لمرة واحدة الذي أعطاك إياه المنسق. بعد ذلك تُزامَن حالاتك تلقائيًا كلما توفرت الشبكة.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;رمز التسجيل:</translation>
    </message>
    <message>
        <source>CA certificate (&amp;optional):</source>
        <translation>شهادة CA (ا&amp;ختيارية):</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>اختيار &amp;ملف…</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>ا&amp;سم الجهاز:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>ا&amp;تصال</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Outdated: the record changed since</source>
        <translation>قديمة: تغيّر الملف منذ ذلك الحين</translation>
    </message>
    <message>
        <source>No feedback from a supervisor yet.</source>
        <translation>لا توجد ملاحظات من المشرف بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) by a supervisor</source>
        <translation>
            <numerusform>%n مراجعة إشرافية</numerusform>
            <numerusform>مراجعة إشرافية واحدة</numerusform>
            <numerusform>مراجعتان إشرافيتان</numerusform>
            <numerusform>%n مراجعات إشرافية</numerusform>
            <numerusform>%n مراجعة إشرافية</numerusform>
            <numerusform>%n مراجعة إشرافية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n جديدة</numerusform>
            <numerusform>واحدة جديدة</numerusform>
            <numerusform>اثنتان جديدتان</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Feedback from a supervisor</source>
        <translation>ملاحظات المشرف</translation>
    </message>
    <message>
        <source>Text of the chosen review</source>
        <translation>نص المراجعة المحددة</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>Filter changes are gathered this long before the figures are computed again. Chart sections: figure key -&gt; the catalogue its keys come from (&quot;&quot; for months).</extracomment>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>The figures need a connection to the server.</source>
        <translation>تتطلب الإحصاءات اتصالًا بالخادم.</translation>
    </message>
    <message>
        <source>The figures shown are from the last successful request.</source>
        <translation>الإحصاءات المعروضة مأخوذة من آخر طلب ناجح.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>جارٍ حساب الإحصاءات…</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>العام الماضي</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>الربع الحالي</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>فترة مخصصة</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>جميع المؤسسات</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>جميع الفرق</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>المستفيدون النشطون</translation>
    </message>
    <message>
        <source>Active clients by district</source>
        <translation>المستفيدون النشطون حسب المنطقة</translation>
    </message>
    <message>
        <source>Active clients by target group</source>
        <translation>المستفيدون النشطون حسب الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Active clients by topic of their contacts</source>
        <translation>المستفيدون النشطون حسب مواضيع التواصل معهم</translation>
    </message>
    <message>
        <source>Intakes by month</source>
        <translation>حالات التواصل الأول حسب الشهر</translation>
    </message>
    <message>
        <source>Closures by month and reason</source>
        <translation>حالات الإغلاق حسب الشهر والسبب</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>سجلات التواصل حسب النوع</translation>
    </message>
    <message>
        <source>Referrals by institution</source>
        <translation>الإحالات حسب المؤسسة</translation>
    </message>
    <message>
        <source>Duration of closed cases</source>
        <translation>مدة الحالات المغلقة</translation>
    </message>
    <message>
        <source>Median duration in days</source>
        <translation>وسيط المدة بالأيام</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>الحالات المغلقة</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <extracomment>A hidden small count in a table: %1 is the smallest count shown (5).</extracomment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Active clients in the period: %1</source>
        <translation>المستفيدون النشطون في الفترة: %1</translation>
    </message>
    <message>
        <source>Closed cases: %1 (no median is shown for so few)</source>
        <translation>الحالات المغلقة: %1 (لا يُعرض الوسيط لعدد قليل كهذا)</translation>
    </message>
    <message>
        <source>No case was closed in this period.</source>
        <translation>لم تُغلق أي حالة في هذه الفترة.</translation>
    </message>
    <message>
        <source>Closed cases: %1, median duration %2 days</source>
        <translation>الحالات المغلقة: %1، وسيط المدة بالأيام: %2</translation>
    </message>
    <message>
        <source>To protect the people counted, every number from 1 to %1 is hidden: such cells are put together into one line “fewer than %2”, without saying which districts, groups or months they are.</source>
        <translation>لحماية الأشخاص المشمولين بالعدّ، يُخفى كل عدد من 1 إلى %1: تُجمع هذه الخانات في سطر واحد «أقل من %2»، دون ذكر المناطق أو الفئات أو الأشهر التي تخصها.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>figures-%1-%2.%3</source>
        <extracomment>Suggested file name of the figures: %1 first day, %2 last day, %3 csv or pdf.</extracomment>
        <translation>إحصاءات-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>حفظ الإحصاءات بصيغة CSV</translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation>حفظ الإحصاءات كتقرير PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>تعذّر حفظ الملف.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>الفترة: من %1 إلى %2</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>المؤسسة: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>الفريق: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>المنطقة: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>تاريخ الإعداد: %1</translation>
    </message>
    <message>
        <source>Integration monitoring</source>
        <extracomment>Title of the figures report (the programme&apos;s name for it in German).</extracomment>
        <translation>رصد الاندماج</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>page title</comment>
        <extracomment>Page title: the programme&apos;s figures (German: Zahlen).</extracomment>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>الفري&amp;ق:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>المن&amp;طقة:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>أول يوم في الفترة</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>آخر يوم في الفترة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>تصدير تقرير &amp;PDF…</translation>
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
        <translation>&amp;لغة النموذج:</translation>
    </message>
    <message>
        <source>&amp;German beside it</source>
        <translation>مع النص ال&amp;ألماني بجانبه</translation>
    </message>
    <message>
        <source>Show every question in German too</source>
        <translation>عرض كل سؤال باللغة الألمانية أيضًا</translation>
    </message>
    <message>
        <source>Hand to the &amp;client…</source>
        <translation>تسليم النموذج إلى ال&amp;مستفيد…</translation>
    </message>
    <message>
        <source>Full screen, only this form, large text. Leaving needs your passphrase.</source>
        <translation>ملء الشاشة، وهذا النموذج فقط، ونص بحجم كبير. يتطلب الخروج إدخال عبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Finish form</source>
        <translation>إ&amp;نهاء النموذج</translation>
    </message>
    <message>
        <source>Check the answers and keep the form as final (Ctrl+Enter)</source>
        <translation>التحقق من الإجابات وحفظ النموذج بصيغته النهائية (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Finished; read only</source>
        <translation>مكتمل؛ للقراءة فقط</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>حُفظت المسودة الساعة %1</translation>
    </message>
    <message>
        <source>Draft; saved as you type</source>
        <translation>مسودة؛ تُحفظ تلقائيًا أثناء الكتابة</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>لا يزال %n سؤال بحاجة إلى إجابة أو تصحيح.</numerusform>
            <numerusform>لا يزال سؤال واحد بحاجة إلى إجابة أو تصحيح.</numerusform>
            <numerusform>لا يزال سؤالان بحاجة إلى إجابة أو تصحيح.</numerusform>
            <numerusform>لا تزال %n أسئلة بحاجة إلى إجابة أو تصحيح.</numerusform>
            <numerusform>لا يزال %n سؤالًا بحاجة إلى إجابة أو تصحيح.</numerusform>
            <numerusform>لا يزال %n سؤال بحاجة إلى إجابة أو تصحيح.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsSection</name>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>&amp;Start form…</source>
        <translation>&amp;بدء نموذج…</translation>
    </message>
    <message>
        <source>Start form</source>
        <translation>بدء نموذج</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>فتح النموذج</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>حذف المسودة…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>This form (version %1) is not part of this installation of the app. Update the app to open it.</source>
        <translation>هذا النموذج (الإصدار %1) غير متوفر في هذا التثبيت من التطبيق. يُرجى تحديث التطبيق لفتحه.</translation>
    </message>
    <message>
        <source>A finished form is kept. Start a new one to record a change.</source>
        <translation>يُحتفظ بالنموذج المكتمل كما هو. لتسجيل أي تغيير، يُرجى بدء نموذج جديد.</translation>
    </message>
    <message>
        <source>Discard this draft and its answers? This cannot be undone.</source>
        <translation>هل تريد حذف هذه المسودة وإجاباتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goal or step</source>
        <translation>الهدف أو الخطوة</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>الأهداف والخطوات</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>إضافة هدف…</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>إضافة خطوة…</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>تعليم الخطوة كمنجزة</translation>
    </message>
    <message>
        <source>Goals belong to a case; open a case first.</source>
        <translation>الأهداف مرتبطة بحالة؛ يُرجى فتح حالة أولًا.</translation>
    </message>
    <message>
        <source>No goals agreed yet.</source>
        <translation>لم يُتفق على أي أهداف بعد.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>إضافة خطوة</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <extracomment>Columns that say nothing to a caseworker (ids of parents, ordering).</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <source>After</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(مخفي)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>تاريخ الا&amp;ستحقاق</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>المو&amp;ضوع</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(اختر)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(غير مسجّل)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>تسجيل تواصل</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>المست&amp;فيد</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation>&amp;نوع التواصل</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>المن&amp;طقة</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>ال&amp;مدة</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>الموا&amp;ضيع</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>ملا&amp;حظة</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>موعد المتا&amp;بعة</translation>
    </message>
    <message>
        <source>Type a name or client code</source>
        <translation>اكتب اسمًا أو رمز المستفيد</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>Duration 0 means the duration was not recorded.</extracomment>
        <translation>غير مسجّلة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter للحفظ</translation>
    </message>
    <message numerus="yes">
        <source>+%n week(s)</source>
        <extracomment>Quick choice: follow-up this many weeks after the contact date.</extracomment>
        <translation>
            <numerusform>+%n أسبوع</numerusform>
            <numerusform>+أسبوع</numerusform>
            <numerusform>+أسبوعان</numerusform>
            <numerusform>+%n أسابيع</numerusform>
            <numerusform>+%n أسبوعًا</numerusform>
            <numerusform>+%n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up in %n week(s)</source>
        <translation>
            <numerusform>متابعة بعد %n أسبوع</numerusform>
            <numerusform>متابعة بعد أسبوع واحد</numerusform>
            <numerusform>متابعة بعد أسبوعين</numerusform>
            <numerusform>متابعة بعد %n أسابيع</numerusform>
            <numerusform>متابعة بعد %n أسبوعًا</numerusform>
            <numerusform>متابعة بعد %n أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>حفظ سجل التواصل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Contact with %1</source>
        <translation>تواصل مع %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The passphrase was changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>About Outreach Desktop</source>
        <translation>حول Outreach Desktop</translation>
    </message>
    <message>
        <source>Outreach Desktop %1

Encrypted, offline-first case management for outreach work.</source>
        <translation>Outreach Desktop %1

إدارة مشفّرة للحالات في العمل الاجتماعي الميداني، مصمَّمة للعمل دون اتصال بالشبكة.</translation>
    </message>
    <message>
        <source>Auto-lock setting saved.</source>
        <translation>تم حفظ إعداد القفل التلقائي.</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without activity</source>
        <translation>
            <numerusform>يُقفَل التطبيق بعد %n دقيقة دون نشاط</numerusform>
            <numerusform>يُقفَل التطبيق بعد دقيقة واحدة دون نشاط</numerusform>
            <numerusform>يُقفَل التطبيق بعد دقيقتين دون نشاط</numerusform>
            <numerusform>يُقفَل التطبيق بعد %n دقائق دون نشاط</numerusform>
            <numerusform>يُقفَل التطبيق بعد %n دقيقة دون نشاط</numerusform>
            <numerusform>يُقفَل التطبيق بعد %n دقيقة دون نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>تم حفظ سجل التواصل.</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>اكتملت المزامنة.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>فشلت المزامنة: %1</translation>
    </message>
    <message>
        <source>Enter	Open the selected client</source>
        <translation>Enter	فتح المستفيد المحدد</translation>
    </message>
    <message>
        <source>Down	From the search field into the list</source>
        <translation>Down	الانتقال من حقل البحث إلى القائمة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>navigation</comment>
        <extracomment>The pages each role sees, the first one shown after unlocking. A supervisor reads the team&apos;s records (never edits them); a coordinator sees the figures and nothing else. The first window size, in average characters and lines of the font (scales with it).</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Clients</source>
        <comment>navigation</comment>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>navigation</comment>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>navigation</comment>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>navigation</comment>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>مستفيد &amp;جديد…</translation>
    </message>
    <message>
        <source>Log &amp;contact…</source>
        <translation>&amp;تسجيل تواصل…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>ال&amp;مستفيدون</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;قائمة المراجعة</translation>
    </message>
    <message>
        <source>T&amp;eam overview</source>
        <translation>نظرة عامة على ال&amp;فريق</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>الإ&amp;حصاءات</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;بحث عن مستفيد</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <source>Send your changes and fetch new ones (F5)</source>
        <translation>إرسال تغييراتك وجلب التغييرات الجديدة (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>م&amp;شكلات المزامنة…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>الاتصال بال&amp;خادم…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>شريط الأدوات</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;إعدادات</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after…</source>
        <translation>ال&amp;قفل التلقائي بعد…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desktop</source>
        <translation>&amp;حول Outreach Desktop</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>عبارة المرور غير صحيحة. يُرجى التحقق من تخطيط لوحة المفاتيح ومن مفتاح Caps Lock، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet. Set one up first (outreach init, or start the app).</source>
        <translation>لا توجد خزنة بيانات في مجلد البيانات هذا بعد. يُرجى إعدادها أولًا (باستخدام outreach init أو بتشغيل التطبيق).</translation>
    </message>
    <message>
        <source>This data folder already holds a vault. Nothing was changed.</source>
        <translation>يحتوي مجلد البيانات هذا على خزنة بيانات بالفعل. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The key file asks for weaker key protection than this app allows. It may have been tampered with; it is refused. Restore the key file from a backup or set up this device again from the server.</source>
        <translation>يطلب ملف المفتاح حماية للمفتاح أضعف مما يسمح به هذا التطبيق. ربما تم التلاعب به، لذلك رُفض. يُرجى استعادة ملف المفتاح من نسخة احتياطية أو إعداد هذا الجهاز من جديد من الخادم.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is damaged or was changed, so the vault cannot be opened. Restore the key file from a backup, or set up this device again from the server.</source>
        <translation>ملف المفتاح (vault.key) تالف أو تم تغييره، لذلك لا يمكن فتح خزنة البيانات. يُرجى استعادة ملف المفتاح من نسخة احتياطية، أو إعداد هذا الجهاز من جديد من الخادم.</translation>
    </message>
    <message>
        <source>The key file was made by another version of Outreach Desktop. Install the current version of the app.</source>
        <translation>أُنشئ ملف المفتاح بإصدار آخر من Outreach Desktop. يُرجى تثبيت الإصدار الحالي من التطبيق.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters, for example several words.</source>
        <translation>عبارة المرور قصيرة جدًا: يُرجى استخدام 10 أحرف على الأقل، مثل عدة كلمات.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Add more words or characters.</source>
        <translation>من السهل جدًا تخمين عبارة المرور. يُرجى إضافة مزيد من الكلمات أو الأحرف.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (usually by logging in to your desktop session) and try again.</source>
        <translation>حلقة مفاتيح النظام مُقفَلة. يُرجى فتح قفلها (عادةً بتسجيل الدخول إلى جلسة سطح المكتب) ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The system keyring is not the one this vault was set up with. Log in to the desktop session you set the app up in, or set this device up again from the server.</source>
        <translation>حلقة مفاتيح النظام ليست التي أُعدّت بها خزنة البيانات هذه. يُرجى تسجيل الدخول إلى جلسة سطح المكتب التي أعددت فيها التطبيق، أو إعداد هذا الجهاز من جديد من الخادم.</translation>
    </message>
    <message>
        <source>The device secret of this vault is missing from the system keyring, so the vault cannot be opened on this device. Restore the keyring, or set this device up again from the server.</source>
        <translation>سرّ الجهاز الخاص بخزنة البيانات هذه غير موجود في حلقة مفاتيح النظام، لذلك لا يمكن فتح الخزنة على هذا الجهاز. يُرجى استعادة حلقة المفاتيح، أو إعداد هذا الجهاز من جديد من الخادم.</translation>
    </message>
    <message>
        <source>The system keyring holds a different device secret than this vault was made with, so the vault cannot be opened. Restore the keyring, or set this device up again from the server.</source>
        <translation>تحتوي حلقة مفاتيح النظام على سرّ جهاز مختلف عن الذي أُنشئت به خزنة البيانات هذه، لذلك لا يمكن فتح الخزنة. يُرجى استعادة حلقة المفاتيح، أو إعداد هذا الجهاز من جديد من الخادم.</translation>
    </message>
    <message>
        <source>No secure system keyring is available. Outreach Desktop needs one (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Start your desktop&apos;s keyring and try again.</source>
        <translation>لا تتوفر حلقة مفاتيح نظام آمنة، ويحتاج Outreach Desktop إلى واحدة (GNOME Keyring أو KWallet أو macOS Keychain أو Windows Credential Manager). يُرجى تشغيل حلقة المفاتيح في سطح المكتب ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The encryption library is missing. Reinstall Outreach Desktop; the app will not store data unencrypted.</source>
        <translation>مكتبة التشفير غير موجودة. يُرجى إعادة تثبيت Outreach Desktop؛ فالتطبيق لا يخزّن البيانات دون تشفير.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing more was written to it. Run &apos;outreach doctor&apos; for details, and restore it from the server or a backup.</source>
        <translation>ملف قاعدة البيانات تالف. لم يُكتب فيه أي شيء آخر. يُرجى تشغيل &apos;outreach doctor&apos; لمعرفة التفاصيل، ثم استعادة الملف من الخادم أو من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outreach Desktop. Install the newer version to open it; nothing was changed.</source>
        <translation>كُتبت هذه البيانات بإصدار أحدث من Outreach Desktop. يُرجى تثبيت الإصدار الأحدث لفتحها؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved from this step. Free some space and try again.</source>
        <translation>القرص ممتلئ. لم يُحفظ أي شيء من هذه الخطوة. يُرجى تحرير بعض المساحة ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>خزنة البيانات مُقفَلة. يُرجى فتح قفلها ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet. Connect it with the enrolment code from your coordinator (Settings, Connect to server).</source>
        <translation>هذا الجهاز غير متصل بخادم بعد. يُرجى ربطه باستخدام رمز التسجيل الذي أعطاك إياه المنسق (الإعدادات، الاتصال بالخادم).</translation>
    </message>
    <message>
        <source>This device is already connected to a server. Nothing was changed.</source>
        <translation>هذا الجهاز متصل بخادم بالفعل. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (for example https://sync.example.org). Check the address your coordinator gave you.</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ https:// (مثل https://sync.example.org). يُرجى التحقق من العنوان الذي أعطاك إياه المنسق.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was done is kept; the next sync carries on.</source>
        <translation>أُوقفت المزامنة. يُحتفظ بما تم إنجازه؛ وتكمل المزامنة التالية من حيث توقفت.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read or holds no certificate. Choose the .pem file your coordinator gave you.</source>
        <translation>تتعذر قراءة ملف شهادة CA أو أنه لا يحتوي على أي شهادة. يُرجى اختيار ملف PEM الذي أعطاك إياه المنسق.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the server address and, for your organisation&apos;s own certificates, the CA certificate file.</source>
        <translation>تعذّر التحقق من شهادة الخادم، لذلك لم يُرسَل أي شيء. يُرجى التحقق من عنوان الخادم، ومن ملف شهادة CA إذا كانت مؤسستك تستخدم شهاداتها الخاصة.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your changes are kept on this device and sent at the next sync.</source>
        <translation>لم يستجب الخادم في الوقت المحدد. تبقى تغييراتك محفوظة على هذا الجهاز وتُرسَل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>The server cannot be reached (no network, or the server is down). Your changes are kept on this device and sent when the server is there again.</source>
        <translation>يتعذر الوصول إلى الخادم (لا توجد شبكة، أو الخادم متوقف). تبقى تغييراتك محفوظة على هذا الجهاز وتُرسَل عندما يعود الخادم متاحًا.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used. Ask your coordinator for a new code.</source>
        <translation>تم استخدام رمز التسجيل هذا من قبل. يُرجى طلب رمز جديد من المنسق.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your coordinator for a new code.</source>
        <translation>انتهت صلاحية رمز التسجيل هذا. يُرجى طلب رمز جديد من المنسق.</translation>
    </message>
    <message>
        <source>Too many wrong enrolment codes were tried. Wait a few minutes, then try again.</source>
        <translation>جُرِّب عدد كبير جدًا من رموز التسجيل الخاطئة. يُرجى الانتظار بضع دقائق، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This device already holds client records, so it can be connected for a caseworker only. A supervisor or the coordination office connects an empty device (a new vault). The code is still valid.</source>
        <translation>يحتوي هذا الجهاز بالفعل على ملفات مستفيدين، لذلك لا يمكن ربطه إلا لمدير حالة. أما المشرف أو مكتب التنسيق فيربط جهازًا فارغًا (خزنة بيانات جديدة). لا يزال الرمز صالحًا.</translation>
    </message>
    <message>
        <source>The server did not accept this enrolment code. Check the code (it is valid once) or ask your coordinator for a new one.</source>
        <translation>لم يقبل الخادم رمز التسجيل هذا. يُرجى التحقق من الرمز (فهو صالح لمرة واحدة) أو طلب رمز جديد من المنسق.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Outreach Desktop. Install the update; your changes are kept on this device until then.</source>
        <translation>يتطلب الخادم إصدارًا أحدث من Outreach Desktop. يُرجى تثبيت التحديث؛ وحتى ذلك الحين تبقى تغييراتك محفوظة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device, so its case data is removed from this computer.</source>
        <translation>ألغت مؤسستك تسجيل هذا الجهاز، لذلك تُحذف بيانات الحالات من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The server refused the sync (%1). Your changes are kept on this device; if this happens again, tell your coordinator.</source>
        <translation>رفض الخادم المزامنة (%1). تبقى تغييراتك محفوظة على هذا الجهاز؛ وإذا تكرر ذلك، فيُرجى إبلاغ المنسق.</translation>
    </message>
    <message>
        <source>The sync did not complete. Your changes are kept on this device and sent at the next sync.</source>
        <translation>لم تكتمل المزامنة. تبقى تغييراتك محفوظة على هذا الجهاز وتُرسَل عند المزامنة التالية.</translation>
    </message>
    <message numerus="yes">
        <source>The file has problems in %n row(s). Nothing was imported.</source>
        <translation>
            <numerusform>توجد مشكلات في %n صف من الملف. لم يُستورَد أي شيء.</numerusform>
            <numerusform>توجد مشكلات في صف واحد من الملف. لم يُستورَد أي شيء.</numerusform>
            <numerusform>توجد مشكلات في صفّين من الملف. لم يُستورَد أي شيء.</numerusform>
            <numerusform>توجد مشكلات في %n صفوف من الملف. لم يُستورَد أي شيء.</numerusform>
            <numerusform>توجد مشكلات في %n صفًا من الملف. لم يُستورَد أي شيء.</numerusform>
            <numerusform>توجد مشكلات في %n صف من الملف. لم يُستورَد أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>تعذّرت قراءة الملف أو الكتابة فيه: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was lost; please try again.</source>
        <translation>حدث خطأ ما (%1). لم يُفقد أي شيء؛ يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &apos;CSV UTF-8&apos; from your spreadsheet program, or name its encoding with --encoding.</source>
        <translation>الملف ليس نصًا بترميز UTF-8 (السطر %1). يُرجى حفظه بصيغة &apos;CSV UTF-8&apos; من برنامج جداول البيانات، أو تحديد ترميزه باستخدام --encoding.</translation>
    </message>
    <message>
        <source>The file has no column for the name. Expected a column such as &apos;Vorname&apos;, &apos;Nachname&apos;, &apos;Name&apos;, &apos;first name&apos; or &apos;last name&apos;; use --map to name it.</source>
        <translation>لا يحتوي الملف على عمود للاسم. المتوقع عمود مثل &apos;Vorname&apos; أو &apos;Nachname&apos; أو &apos;Name&apos; أو &apos;first name&apos; أو &apos;last name&apos;؛ يُرجى استخدام --map لتحديده.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; named in --map is not in the file.</source>
        <translation>العمود &apos;%1&apos; المذكور في --map غير موجود في الملف.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in --map is not a field that can be imported.</source>
        <translation>&apos;%1&apos; في --map ليس حقلًا يمكن استيراده.</translation>
    </message>
    <message>
        <source>Only CSV and Excel (.xlsx) files can be imported.</source>
        <translation>لا يمكن استيراد سوى ملفات CSV وملفات Excel بصيغة xlsx.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>لا يحتوي الملف على صفوف لاستيرادها.</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 MB).</source>
        <translation>الملف أكبر من أن يُستورَد (أكثر من %1 ميغابايت).</translation>
    </message>
    <message>
        <source>The text encoding &apos;%1&apos; is not known. Use for example --encoding utf-8 or --encoding cp1252.</source>
        <translation>ترميز النص «%1» غير معروف. يُرجى استخدام --encoding utf-8 أو --encoding cp1252 مثلًا.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet named &apos;%1&apos;.</source>
        <translation>لا يحتوي المصنف على ورقة عمل باسم «%1».</translation>
    </message>
    <message>
        <source>The file has too many rows to import at once (more than %1). Split it into smaller files.</source>
        <translation>يحتوي الملف على عدد كبير جدًا من الصفوف لاستيرادها دفعة واحدة (أكثر من %1). يُرجى تقسيمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet. Is it really a CSV or .xlsx file?</source>
        <translation>تعذّرت قراءة الملف كجدول بيانات. هل هو فعلًا ملف CSV أو xlsx؟</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>تعذّر استيراد الملف.</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; formulas are not imported</source>
        <translation>يبدو كصيغة جدول بيانات؛ لا تُستورَد الصيغ</translation>
    </message>
    <message>
        <source>text too long (%1 characters, at most %2)</source>
        <translation>النص طويل جدًا (عدد الأحرف %1، والحد الأقصى %2)</translation>
    </message>
    <message>
        <source>not a date (use DD.MM.YYYY or YYYY-MM-DD)</source>
        <translation>ليس تاريخًا (يُرجى استخدام DD.MM.YYYY أو YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>date of birth in the future or before 1900</source>
        <translation>تاريخ الميلاد في المستقبل أو قبل عام 1900</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>لم يُذكر اسم</translation>
    </message>
    <message>
        <source>same person as in row %1</source>
        <translation>الشخص نفسه الوارد في الصف %1</translation>
    </message>
    <message>
        <source>this person is already in the vault</source>
        <translation>هذا الشخص موجود في خزنة البيانات بالفعل</translation>
    </message>
    <message>
        <source>client code already used</source>
        <translation>رمز المستفيد مستخدم بالفعل</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known value</source>
        <translation>&apos;%1&apos; ليست قيمة معروفة</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>يحتوي على أحرف تحكم</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos;: %3</source>
        <translation>الصف %1، العمود &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>طويل جدًا</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>مستويات التداخل فيه عميقة جدًا</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>حرف غير مسموح به</translation>
    </message>
    <message>
        <source>something unexpected</source>
        <translation>عنصر غير متوقع</translation>
    </message>
    <message>
        <source>calling anything is not allowed (only comparisons, and/or/not and field names)</source>
        <translation>لا يُسمح باستدعاء أي شيء (يُسمح فقط بالمقارنات وand/or/not وأسماء الحقول)</translation>
    </message>
    <message>
        <source>a dot after a field name is not allowed (no attributes)</source>
        <translation>لا يُسمح بنقطة بعد اسم الحقل (لا توجد خصائص)</translation>
    </message>
    <message>
        <source>two comparisons in a row; join them with &apos;and&apos;</source>
        <translation>مقارنتان متتاليتان؛ يُرجى الربط بينهما بـ &apos;and&apos;</translation>
    </message>
    <message>
        <source>a value or a field name is missing</source>
        <translation>توجد قيمة أو اسم حقل مفقود</translation>
    </message>
    <message>
        <source>an opening bracket is missing</source>
        <translation>قوس الفتح مفقود</translation>
    </message>
    <message>
        <source>a closing bracket is missing</source>
        <translation>قوس الإغلاق مفقود</translation>
    </message>
    <message>
        <source>a closing &apos;]&apos; is missing</source>
        <translation>قوس الإغلاق &apos;]&apos; مفقود</translation>
    </message>
    <message>
        <source>a list may hold only fixed values</source>
        <translation>لا يجوز أن تحتوي القائمة إلا على قيم ثابتة</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>ليس نصًا</translation>
    </message>
    <message>
        <source>form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>ليس JSON صالحًا (السطر %1، العمود %2)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>الملف ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>تتعذّر قراءة الملف (%1)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>مستويات التداخل في الملف عميقة جدًا</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>يجب أن يكون كائن JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; مفقود</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the wrong type</source>
        <translation>نوع &apos;%1&apos; غير صحيح</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits and _, not starting with a digit)</source>
        <translation>&apos;%1&apos; ليس معرّفًا صالحًا (أحرف صغيرة وأرقام و_، ولا يبدأ برقم)</translation>
    </message>
    <message>
        <source>unknown format %1 (this app reads %2)</source>
        <translation>صيغة غير معروفة %1 (يقرأ هذا التطبيق %2)</translation>
    </message>
    <message>
        <source>the version must be a whole number of 1 or more</source>
        <translation>يجب أن يكون الإصدار عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>version %1 exists twice</source>
        <translation>الإصدار %1 موجود مرتين</translation>
    </message>
    <message>
        <source>unknown language code &apos;%1&apos; (known: de, en, tr, ar, fa, ru, uk)</source>
        <translation>رمز لغة غير معروف &apos;%1&apos; (الرموز المعروفة: de, en, tr, ar, fa, ru, uk)</translation>
    </message>
    <message>
        <source>the text direction of &apos;%1&apos; must be ltr or rtl</source>
        <translation>يجب أن يكون اتجاه النص في &apos;%1&apos; إما ltr أو rtl</translation>
    </message>
    <message>
        <source>German (de) is required</source>
        <translation>اللغة الألمانية (de) مطلوبة</translation>
    </message>
    <message>
        <source>no text in the language &apos;%1&apos;</source>
        <translation>لا يوجد نص باللغة &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the text in &apos;%1&apos; is too long (%2 characters, at most %3)</source>
        <translation>النص في &apos;%1&apos; طويل جدًا (عدد الأحرف %2، والحد الأقصى %3)</translation>
    </message>
    <message>
        <source>the form has no sections</source>
        <translation>لا يحتوي النموذج على أي أقسام</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>المعرّف &apos;%1&apos; مستخدم مرتين</translation>
    </message>
    <message>
        <source>unknown field type &apos;%1&apos;</source>
        <translation>نوع حقل غير معروف &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>يحتاج حقل الاختيار إلى خيارات</translation>
    </message>
    <message>
        <source>the choice has no code</source>
        <translation>الخيار ليس له رمز</translation>
    </message>
    <message>
        <source>the choice code &apos;%1&apos; is used twice</source>
        <translation>رمز الخيار &apos;%1&apos; مستخدم مرتين</translation>
    </message>
    <message>
        <source>a field of type &apos;%1&apos; has no choices</source>
        <translation>لا يمكن أن يكون لحقل من النوع &apos;%1&apos; خيارات</translation>
    </message>
    <message>
        <source>the condition does not parse: %1 (at character %2)</source>
        <translation>تعذّر تحليل الشرط: %1 (عند الحرف %2)</translation>
    </message>
    <message>
        <source>the condition names an unknown field &apos;%1&apos;</source>
        <translation>يشير الشرط إلى حقل غير معروف &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in a form definition: where (form › section › field) and what.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A form definition was refused, so it cannot be shown:
%1</source>
        <translation>تم رفض تعريف نموذج، لذلك لا يمكن عرضه:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>لا يزال %n سؤال بحاجة إلى إجابة أو تصحيح.</numerusform>
            <numerusform>لا يزال سؤال واحد بحاجة إلى إجابة أو تصحيح.</numerusform>
            <numerusform>لا يزال سؤالان بحاجة إلى إجابة أو تصحيح.</numerusform>
            <numerusform>لا تزال %n أسئلة بحاجة إلى إجابة أو تصحيح.</numerusform>
            <numerusform>لا يزال %n سؤالًا بحاجة إلى إجابة أو تصحيح.</numerusform>
            <numerusform>لا يزال %n سؤال بحاجة إلى إجابة أو تصحيح.</numerusform>
        </translation>
    </message>
    <message>
        <source>This form is no longer in the vault (discarded here or by a sync).</source>
        <translation>لم يعد هذا النموذج موجودًا في الخزنة (حُذف هنا أو عبر مزامنة).</translation>
    </message>
    <message>
        <source>This form is finished and is not changed again. Start a new one.</source>
        <translation>هذا النموذج مكتمل ولا يُعدَّل بعد الآن. ابدأ نموذجًا جديدًا.</translation>
    </message>
    <message>
        <source>This draft belongs to another version of the form; nothing was saved.</source>
        <translation>تنتمي هذه المسودة إلى إصدار آخر من النموذج؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>The form is not written in this language.</source>
        <translation>النموذج غير متوفر بهذه اللغة.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>لم يعد هذا المستفيد موجودًا في خزنة البيانات (حُذف هنا أو عبر المزامنة).</translation>
    </message>
    <message>
        <source>An answer is too long (at most 20,000 characters); nothing was saved.</source>
        <translation>إحدى الإجابات طويلة جدًا (20,000 حرف على الأكثر)؛ لم يُحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Written</source>
        <translation>تاريخ الكتابة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>الملاحظة المحددة</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Name</source>
        <extracomment>A client field (as the server names it) -&gt; the overview row that shows it.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>رمز المستفيد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>وضع الإقامة</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>الهاتف والبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Consent</source>
        <extracomment>Einwilligung to data processing.</extracomment>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>علامات الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>إخفاء العلامات الحساسة</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>إظهار العلامات الحساسة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>رفضه الخادم: %1</translation>
    </message>
    <message>
        <source>The server rejected a change: %1</source>
        <translation>رفض الخادم تغييرًا: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Date of birth followed by the age, e.g. &quot;04.05.2003 (22 years)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No consent recorded. Record consent before storing more than a first contact.</source>
        <translation>لم تُسجَّل أي موافقة. يُرجى تسجيل الموافقة قبل تخزين أي بيانات تتجاوز التواصل الأول.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>سُحبت في %1 (مُنحت في %2)</translation>
    </message>
    <message>
        <source>Given on %1 (form %2, version %3)</source>
        <translation>مُنحت في %1 (النموذج %2، الإصدار %3)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <extracomment>The sensitive markers are not shown until the button beside is pressed.</extracomment>
        <translation>مخفية</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>لم يُسجَّل شيء</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <extracomment>Toggle beside a passphrase field: hide the typed characters again.</extracomment>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Toggle beside a passphrase field: show the typed characters.</extracomment>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>إخفاء عبارة المرور</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>Forms that are signed on paper (the sheet gets signature lines).</extracomment>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where it is protected, print it, and delete it afterwards.</source>
        <translation>ملف PDF غير مشفّر: يمكن لأي شخص يحصل على الملف قراءته. يُرجى حفظه في مكان محمي فقط، ثم طباعته وحذفه بعد ذلك.</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <extracomment>Suggested file name of a saved form: form id, client code.</extracomment>
        <translation>%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>زميل</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Client %1, %2: “%3” was changed on the server and on this device.</source>
        <translation>المستفيد %1، %2: تم تغيير «%3» على الخادم وعلى هذا الجهاز.</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>المُعدِّل: %1، %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض بالكامل</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>The server refused this change as a whole.</source>
        <translation>رفض الخادم هذا التغيير بالكامل.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>لم يذكر الخادم أي سبب.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>تجاهل التغيير</translation>
    </message>
    <message>
        <source>Discard this change? It goes back to what it was before, and it will not be sent to the server.</source>
        <translation>هل تريد تجاهل هذا التغيير؟ سيعود إلى ما كان عليه من قبل، ولن يُرسَل إلى الخادم.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>مشكلات المزامنة</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <source>Rejected changes (%1)</source>
        <translation>التغييرات المرفوضة (%1)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا توجد تعارضات مفتوحة.</translation>
    </message>
    <message>
        <source>No rejected changes.</source>
        <translation>لا توجد تغييرات مرفوضة.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>التغييرات المرفوضة</translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation>القيمة على الخادم</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <source>Keep &amp;server value</source>
        <translation>الإبقاء على قيمة ال&amp;خادم</translation>
    </message>
    <message>
        <source>Use &amp;my value</source>
        <translation>استخدام &amp;قيمتي</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>دمج القيمتين</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>النص المدمج</translation>
    </message>
    <message>
        <source>Save &amp;combined text</source>
        <translation>حفظ النص ال&amp;مدمج</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>إرسال م&amp;جددًا</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;تجاهل…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>هل تريد تجاهل ما كتبته؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>مواصلة التحرير</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>Intake</source>
        <extracomment>Client fields whose values are catalogue codes, and which catalogue they come from. Fields whose values history shows only while the sensitive markers are shown. Case phase 1 of the method (Zugang/Erstkontakt).</extracomment>
        <translation>التواصل الأول</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Case phase 2: the client&apos;s situation and resources.</extracomment>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <extracomment>Case phase 3 (Zielvereinbarung / Hilfeplan).</extracomment>
        <translation>الاتفاق على الأهداف</translation>
    </message>
    <message>
        <source>Implementation</source>
        <extracomment>Case phase 4 (Umsetzung / Vermittlung).</extracomment>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Case phase 5.</extracomment>
        <translation>الرصد</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Case phase 6 (Evaluation &amp; Fallabschluss).</extracomment>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Referral status: the referral is intended, nothing arranged yet.</extracomment>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>Referral status: the client was referred (an appointment or contact is made).</extracomment>
        <translation>تمت الإحالة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>Referral status: the institution took the client on.</extracomment>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>Referral status: the institution or the client said no.</extracomment>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>وضع الإقامة</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>علامات الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>الهاتف والبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>رمز المستفيد</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مدير الحالة</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>سبب الإغلاق</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>A case file of the case management method.</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>تاريخ الاتفاق</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>تمت المزامنة</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Conflict — needs a decision</source>
        <translation>تعارض — يحتاج إلى قرار</translation>
    </message>
    <message>
        <source>Rejected by the server — needs correction</source>
        <translation>رفضه الخادم — يحتاج إلى تصحيح</translation>
    </message>
    <message>
        <source>Only on this device</source>
        <translation>على هذا الجهاز فقط</translation>
    </message>
    <message>
        <source>The server needs a value here.</source>
        <translation>يتطلب الخادم قيمة هنا.</translation>
    </message>
    <message>
        <source>The server refused this text as too long.</source>
        <translation>رفض الخادم هذا النص لأنه طويل جدًا.</translation>
    </message>
    <message>
        <source>The server expected a text here.</source>
        <translation>توقّع الخادم نصًا هنا.</translation>
    </message>
    <message>
        <source>The server expected a date here.</source>
        <translation>توقّع الخادم تاريخًا هنا.</translation>
    </message>
    <message>
        <source>The server expected a whole number here.</source>
        <translation>توقّع الخادم عددًا صحيحًا هنا.</translation>
    </message>
    <message>
        <source>The record this refers to is not on the server (deleted there).</source>
        <translation>الملف الذي يشير إليه هذا غير موجود على الخادم (حُذف هناك).</translation>
    </message>
    <message>
        <source>This refers to a record of another client.</source>
        <translation>يشير هذا إلى ملف يخص مستفيدًا آخر.</translation>
    </message>
    <message>
        <source>A record cannot be moved to another client or case.</source>
        <translation>لا يمكن نقل ملف إلى مستفيد آخر أو حالة أخرى.</translation>
    </message>
    <message>
        <source>Only the server sets this value.</source>
        <translation>الخادم وحده يحدد هذه القيمة.</translation>
    </message>
    <message>
        <source>The server does not know this field.</source>
        <translation>لا يعرف الخادم هذا الحقل.</translation>
    </message>
    <message>
        <source>This client is no longer yours on the server (transferred or not shared).</source>
        <translation>لم يعد هذا المستفيد من مسؤوليتك على الخادم (نُقل أو لم تتم مشاركته).</translation>
    </message>
    <message>
        <source>The server refused this change (%1).</source>
        <translation>رفض الخادم هذا التغيير (%1).</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>أُعيد للتصحيح</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>History: a record was created.</extracomment>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>History: a record was changed.</extracomment>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>History: a record was deleted.</extracomment>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>يُرجى إدخال الاسم الأول أو اسم العائلة.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>هذا النص طويل جدًا.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>This date is before 1900.</source>
        <translation>هذا التاريخ قبل عام 1900.</translation>
    </message>
    <message>
        <source>Enter between 1 and 1440 minutes.</source>
        <translation>يُرجى إدخال مدة بين 1 و1440 دقيقة.</translation>
    </message>
    <message>
        <source>The follow-up must not be before the contact.</source>
        <translation>يجب ألا يكون موعد المتابعة قبل تاريخ التواصل.</translation>
    </message>
    <message>
        <source>The due date must not be before the start.</source>
        <translation>يجب ألا يكون تاريخ الاستحقاق قبل تاريخ البدء.</translation>
    </message>
    <message>
        <source>The case cannot close before it was opened.</source>
        <translation>لا يمكن إغلاق الحالة قبل تاريخ فتحها.</translation>
    </message>
    <message>
        <source>The file is too large (at most 25 MB).</source>
        <translation>الملف كبير جدًا (25 ميغابايت كحد أقصى).</translation>
    </message>
    <message>
        <source>Not a date. Use the format %1.</source>
        <translation>ليس تاريخًا. يُرجى استخدام الصيغة %1.</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>يُرجى اختيار مستفيد.</translation>
    </message>
    <message>
        <source>Outside the programme&apos;s age range (18–27). You can still save.</source>
        <translation>خارج الفئة العمرية للبرنامج (18–27). لا يزال بإمكانك الحفظ.</translation>
    </message>
    <message>
        <source>This client already has an open case.</source>
        <translation>لدى هذا المستفيد حالة مفتوحة بالفعل.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>هذه الحالة مغلقة بالفعل.</translation>
    </message>
    <message>
        <source>The case cannot move to that phase from where it is now.</source>
        <translation>لا يمكن نقل الحالة إلى تلك المرحلة من مرحلتها الحالية.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>لم يعد هذا المستفيد موجودًا في خزنة البيانات (حُذف هنا أو عبر المزامنة).</translation>
    </message>
    <message>
        <source>This document is no longer in the vault.</source>
        <translation>لم يعد هذا المستند موجودًا في خزنة البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Add referral</source>
        <translation>إضافة إحالة</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ال&amp;وضع</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>م&amp;لاحظة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation>إضافة إحالة…</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>إضافة إحالة</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Unknown caseworker</source>
        <translation>مدير حالة غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to review</source>
        <translation>
            <numerusform>%n ملف للمراجعة</numerusform>
            <numerusform>ملف واحد للمراجعة</numerusform>
            <numerusform>ملفان للمراجعة</numerusform>
            <numerusform>%n ملفات للمراجعة</numerusform>
            <numerusform>%n ملفًا للمراجعة</numerusform>
            <numerusform>%n ملف للمراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s)</source>
        <translation>
            <numerusform>%1 (%2): %n ملف</numerusform>
            <numerusform>%1 (%2): ملف واحد</numerusform>
            <numerusform>%1 (%2): ملفان</numerusform>
            <numerusform>%1 (%2): %n ملفات</numerusform>
            <numerusform>%1 (%2): %n ملفًا</numerusform>
            <numerusform>%1 (%2): %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>إعادة مع تعليق</translation>
    </message>
    <message>
        <source>Return “%1” to the caseworker for correction. Say what needs to change:</source>
        <translation>إعادة «%1» إلى مدير الحالة للتصحيح. يُرجى ذكر ما يجب تغييره:</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Your comment on “%1” for the caseworker:</source>
        <translation>تعليقك على «%1» لمدير الحالة:</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>إرسال التعليق</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Goal agreement awaits decision</source>
        <translation>الاتفاق على الأهداف بانتظار القرار</translation>
    </message>
    <message>
        <source>Closure awaits decision</source>
        <translation>الإغلاق بانتظار القرار</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>شخص غير معروف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>المدة (بالدقائق)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>إصدار النموذج</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(مخفي)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(تغيّرت)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>الاتفاق على الأهداف</translation>
    </message>
    <message>
        <source>Case closure</source>
        <translation>إغلاق الحالة</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>outdated — the record changed since</source>
        <translation>قديمة — تغيّر الملف منذ ذلك الحين</translation>
    </message>
    <message>
        <source>Nothing to review: every record of your team was looked at since it last changed.</source>
        <translation>لا يوجد ما يحتاج إلى مراجعة: رُوجع كل ملف من ملفات فريقك منذ آخر تغيير له.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ملف</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n مستفيد</numerusform>
            <numerusform>مستفيد واحد</numerusform>
            <numerusform>مستفيدان</numerusform>
            <numerusform>%n مستفيدين</numerusform>
            <numerusform>%n مستفيدًا</numerusform>
            <numerusform>%n مستفيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) waiting</source>
        <translation>
            <numerusform>%n قرار معلّق</numerusform>
            <numerusform>قرار واحد معلّق</numerusform>
            <numerusform>قراران معلّقان</numerusform>
            <numerusform>%n قرارات معلّقة</numerusform>
            <numerusform>%n قرارًا معلّقًا</numerusform>
            <numerusform>%n قرار معلّق</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>Caseworker and client</source>
        <translation>مدير الحالة والمستفيد</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>بانتظار قرار</translation>
    </message>
    <message>
        <source>Records to review, by caseworker</source>
        <translation>الملفات التي تحتاج إلى مراجعة، حسب مدير الحالة</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Changes of the selected client</source>
        <translation>تغييرات المستفيد المحدد</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;تعليم كمُراجَع</translation>
    </message>
    <message>
        <source>Mark the listed records as reviewed (Ctrl+Enter); decisions stay open</source>
        <translation>تعليم الملفات المدرجة كمُراجَعة (Ctrl+Enter)؛ تبقى القرارات مفتوحة</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;موافقة</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>إ&amp;عادة مع تعليق…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>تعل&amp;يق…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;فتح الملف</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>تم القفل بعد %n دقيقة دون نشاط</numerusform>
            <numerusform>تم القفل بعد دقيقة واحدة دون نشاط</numerusform>
            <numerusform>تم القفل بعد دقيقتين دون نشاط</numerusform>
            <numerusform>تم القفل بعد %n دقائق دون نشاط</numerusform>
            <numerusform>تم القفل بعد %n دقيقة دون نشاط</numerusform>
            <numerusform>تم القفل بعد %n دقيقة دون نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Shown on the lock screen after the user chose File &gt; Lock.</extracomment>
        <translation>مُقفَل</translation>
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
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Set up Outreach Desktop</source>
        <translation>إعداد Outreach Desktop</translation>
    </message>
    <message>
        <source>Protect the case data on this laptop</source>
        <translation>حماية بيانات الحالات على هذا الحاسوب المحمول</translation>
    </message>
    <message>
        <source>Choose a passphrase. You will type it each time you open the app and after it locks. Several words that belong together only for you are easy to remember and hard to guess.</source>
        <translation>يُرجى اختيار عبارة مرور. ستكتبها في كل مرة تفتح فيها التطبيق، وبعد كل مرة يُقفَل فيها. عدة كلمات لا يربط بينها أحد سواك يسهل تذكّرها ويصعب تخمينها.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this laptop cannot be recovered. Nobody can reset it, not even your administrator. If the app syncs with your organisation&apos;s server, you can set it up anew and download your cases again.</source>
        <translation>إذا نسيت عبارة المرور، فلا يمكن استعادة البيانات الموجودة على هذا الحاسوب المحمول. لا يستطيع أحد إعادة تعيين عبارة المرور، ولا حتى مسؤول النظام لديك. وإذا كان التطبيق يُزامِن بياناته مع خادم مؤسستك، فيمكنك إعداده من جديد وتنزيل حالاتك مرة أخرى.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>إذا نسيت عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;إنشاء خزنة البيانات</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>إنشاء خزنة البيانات</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>جارٍ إنشاء خزنة البيانات</translation>
    </message>
</context>
<context>
    <name>StartFormDialog</name>
    <message>
        <source>&amp;Form:</source>
        <translation>ال&amp;نموذج:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>بدء نموذج</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>قصيرة جدًا: يُرجى استخدام %n حرف على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: يُرجى استخدام حرف واحد على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: يُرجى استخدام حرفين على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: يُرجى استخدام %n أحرف على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: يُرجى استخدام %n حرفًا على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: يُرجى استخدام %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Add more words.</source>
        <extracomment>Passphrase strength. Too weak to be accepted.</extracomment>
        <translation>القوة: ضعيفة. يُرجى إضافة مزيد من الكلمات.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>القوة: مقبولة</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>القوة: جيدة</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>القوة: عالية</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>مشكلة واحدة</numerusform>
            <numerusform>مشكلتان</numerusform>
            <numerusform>%n مشكلات</numerusform>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>%n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts and changes the server did not accept. Click to resolve them.</source>
        <translation>تعارضات وتغييرات لم يقبلها الخادم. انقر لحلها.</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>غير متصل بخادم</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل بالشبكة</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل بالشبكة</translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation>حالة الاتصال بالشبكة غير معروفة</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n تغيير بانتظار الإرسال</numerusform>
            <numerusform>تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>تغييران بانتظار الإرسال</numerusform>
            <numerusform>%n تغييرات بانتظار الإرسال</numerusform>
            <numerusform>%n تغييرًا بانتظار الإرسال</numerusform>
            <numerusform>%n تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>آخر مزامنة: أبدًا</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>آخر مزامنة في %1</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Not assigned</source>
        <translation>غير مُسنَد</translation>
    </message>
    <message>
        <source>Unknown caseworker</source>
        <translation>مدير حالة غير معروف</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>إجمالي الفريق</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>متابعة متأخرة</translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s) overdue</source>
        <translation>
            <numerusform>%n خطوة هدف متأخرة</numerusform>
            <numerusform>خطوة هدف واحدة متأخرة</numerusform>
            <numerusform>خطوتا هدف متأخرتان</numerusform>
            <numerusform>%n خطوات أهداف متأخرة</numerusform>
            <numerusform>%n خطوة هدف متأخرة</numerusform>
            <numerusform>%n خطوة هدف متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n تعارض مفتوح</numerusform>
            <numerusform>تعارض واحد مفتوح</numerusform>
            <numerusform>تعارضان مفتوحان</numerusform>
            <numerusform>%n تعارضات مفتوحة</numerusform>
            <numerusform>%n تعارضًا مفتوحًا</numerusform>
            <numerusform>%n تعارض مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>لا يوجد شيء متأخر</translation>
    </message>
    <message>
        <source>Select a caseworker above to see their clients.</source>
        <translation>يُرجى اختيار مدير حالة في الأعلى لعرض المستفيدين لديه.</translation>
    </message>
    <message>
        <source>%1 has no clients.</source>
        <translation>لا يوجد مستفيدون لدى %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Clients of %1 (%n):</source>
        <translation>
            <numerusform>المس&amp;تفيدون لدى %1 (%n):</numerusform>
            <numerusform>المس&amp;تفيدون لدى %1 (%n):</numerusform>
            <numerusform>المس&amp;تفيدون لدى %1 (%n):</numerusform>
            <numerusform>المس&amp;تفيدون لدى %1 (%n):</numerusform>
            <numerusform>المس&amp;تفيدون لدى %1 (%n):</numerusform>
            <numerusform>المس&amp;تفيدون لدى %1 (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New clients (intake, opened in the last %1 days): %n</source>
        <translation>
            <numerusform>المستفيدون ال&amp;جدد (في مرحلة التواصل الأول، فُتحت حالاتهم خلال آخر %1 يومًا): %n</numerusform>
            <numerusform>المستفيدون ال&amp;جدد (في مرحلة التواصل الأول، فُتحت حالاتهم خلال آخر %1 يومًا): %n</numerusform>
            <numerusform>المستفيدون ال&amp;جدد (في مرحلة التواصل الأول، فُتحت حالاتهم خلال آخر %1 يومًا): %n</numerusform>
            <numerusform>المستفيدون ال&amp;جدد (في مرحلة التواصل الأول، فُتحت حالاتهم خلال آخر %1 يومًا): %n</numerusform>
            <numerusform>المستفيدون ال&amp;جدد (في مرحلة التواصل الأول، فُتحت حالاتهم خلال آخر %1 يومًا): %n</numerusform>
            <numerusform>المستفيدون ال&amp;جدد (في مرحلة التواصل الأول، فُتحت حالاتهم خلال آخر %1 يومًا): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No new clients: none in intake opened in the last %1 days.</source>
        <translation>لا يوجد مستفيدون جدد: لم تُفتح أي حالة في مرحلة التواصل الأول خلال آخر %1 يومًا.</translation>
    </message>
    <message>
        <source>Assign a client</source>
        <translation>إسناد مستفيد</translation>
    </message>
    <message>
        <source>Assign client %1 to %2?</source>
        <translation>هل تريد إسناد المستفيد %1 إلى %2؟</translation>
    </message>
    <message>
        <source>Transfer client %1 from %2 to %3? The old laptop loses the record at its next sync; %3&apos;s laptop receives it.</source>
        <translation>هل تريد نقل المستفيد %1 من %2 إلى %3؟ سيُحذف الملف من الحاسوب المحمول القديم عند مزامنته التالية، ويستلمه الحاسوب المحمول الخاص بـ %3.</translation>
    </message>
    <message>
        <source>Transfer a client</source>
        <translation>نقل مستفيد</translation>
    </message>
    <message>
        <source>Transferring client %1 to %2…</source>
        <translation>جارٍ نقل المستفيد %1 إلى %2…</translation>
    </message>
    <message>
        <source>Client %1 now belongs to %2. The lists here follow after the sync that is starting now.</source>
        <translation>أصبح المستفيد %1 الآن لدى %2. ستُحدَّث القوائم هنا بعد المزامنة التي تبدأ الآن.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing was transferred. Try again when this laptop is online.</source>
        <translation>يتعذر الوصول إلى الخادم، لذلك لم يُنقل أي شيء. يُرجى المحاولة مرة أخرى عندما يكون هذا الحاسوب المحمول متصلًا بالشبكة.</translation>
    </message>
    <message>
        <source>The server did not allow this transfer: the client or the caseworker is not (or no longer) in your team. Nothing was changed. Sync, then try again.</source>
        <translation>لم يسمح الخادم بهذا النقل: المستفيد أو مدير الحالة ليس ضمن فريقك (أو لم يعد كذلك). لم يُغيَّر أي شيء. يُرجى إجراء المزامنة ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused the transfer (%1). Nothing was changed; if this happens again, tell your coordinator.</source>
        <translation>رفض الخادم النقل (%1). لم يُغيَّر أي شيء؛ وإذا تكرر ذلك، فيُرجى إبلاغ المنسق.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Open cases per caseworker. &quot;No contact&quot; counts open cases whose latest contact (or opening) is at least 30, 60 or 90 days ago; a case counted under 90 days is counted under 30 and 60 too. Click a heading to sort.</source>
        <translation>الحالات المفتوحة لكل مدير حالة. تَعُدّ أعمدة «بلا تواصل» الحالات المفتوحة التي مضى على آخر تواصل فيها (أو على فتحها) 30 أو 60 أو 90 يومًا على الأقل؛ والحالة المعدودة ضمن 90 يومًا تُعدّ ضمن 30 و60 يومًا أيضًا. انقر على عنوان أي عمود للترتيب.</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مدير الحالة</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>الحالات النشطة</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>متابعات متأخرة</translation>
    </message>
    <message>
        <source>Overdue goal steps</source>
        <translation>خطوات أهداف متأخرة</translation>
    </message>
    <message>
        <source>No contact 30+ days</source>
        <translation>بلا تواصل 30+ يومًا</translation>
    </message>
    <message>
        <source>No contact 60+ days</source>
        <translation>بلا تواصل 60+ يومًا</translation>
    </message>
    <message>
        <source>No contact 90+ days</source>
        <translation>بلا تواصل 90+ يومًا</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>تعارضات مفتوحة</translation>
    </message>
    <message>
        <source>Caseload per caseworker</source>
        <translation>عدد الحالات لكل مدير حالة</translation>
    </message>
    <message>
        <source>No caseworkers or cases yet. Your team appears here after the first sync with the server.</source>
        <translation>لا يوجد مديرو حالات أو حالات بعد. يظهر فريقك هنا بعد أول مزامنة مع الخادم.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>أيام بلا تواصل</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Clients of the selected caseworker</source>
        <translation>مستفيدو مدير الحالة المحدد</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>المستفيدون الجدد</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>فتح ال&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Transfer to…</source>
        <translation>&amp;نقل إلى…</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>إ&amp;سناد إلى…</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>New feedback</source>
        <extracomment>Column widths in average characters of the font.</extracomment>
        <translation>ملاحظات جديدة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Agenda status of an item whose date has passed.</extracomment>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>agenda status</comment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Approved by your supervisor</source>
        <translation>وافق عليه مشرفك</translation>
    </message>
    <message>
        <source>Returned by your supervisor for correction</source>
        <translation>أعاده مشرفك للتصحيح</translation>
    </message>
    <message>
        <source>Comment from your supervisor</source>
        <translation>تعليق من مشرفك</translation>
    </message>
    <message>
        <source>Goal step: %1</source>
        <extracomment>%1 is the title of a goal step the caseworker agreed with the client.</extracomment>
        <translation>خطوة هدف: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <extracomment>A follow-up date set when a contact was logged.</extracomment>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>لا يوجد شيء مستحق اليوم.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n بند مستحق</numerusform>
            <numerusform>بند واحد مستحق</numerusform>
            <numerusform>بندان مستحقان</numerusform>
            <numerusform>%n بنود مستحقة</numerusform>
            <numerusform>%n بندًا مستحقًا</numerusform>
            <numerusform>%n بند مستحق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n بند متأخر</numerusform>
            <numerusform>بند واحد متأخر</numerusform>
            <numerusform>بندان متأخران</numerusform>
            <numerusform>%n بنود متأخرة</numerusform>
            <numerusform>%n بندًا متأخرًا</numerusform>
            <numerusform>%n بند متأخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback(s) from your supervisor</source>
        <translation>
            <numerusform>%n ملاحظة جديدة من مشرفك</numerusform>
            <numerusform>ملاحظة جديدة واحدة من مشرفك</numerusform>
            <numerusform>ملاحظتان جديدتان من مشرفك</numerusform>
            <numerusform>%n ملاحظات جديدة من مشرفك</numerusform>
            <numerusform>%n ملاحظة جديدة من مشرفك</numerusform>
            <numerusform>%n ملاحظة جديدة من مشرفك</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <comment>page title</comment>
        <extracomment>Page title: what is due today (German: Heute).</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>ما هو مستحق</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>المستحق اليوم والمتأخر</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer a client</source>
        <translation>نقل مستفيد</translation>
    </message>
    <message>
        <source>Client %1 is with %2 now. Transfer to:</source>
        <translation>المستفيد %1 لدى %2 حاليًا. النقل إلى:</translation>
    </message>
    <message>
        <source>Client %1 has no caseworker yet. Assign to:</source>
        <translation>ليس للمستفيد %1 مدير حالة بعد. الإسناد إلى:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مدير الحالة</translation>
    </message>
    <message>
        <source>There is no other caseworker in your team to transfer to (the team list comes with the next sync).</source>
        <translation>لا يوجد مدير حالة آخر في فريقك للنقل إليه (تصل قائمة الفريق مع المزامنة التالية).</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <extracomment>The demo workspace&apos;s passphrase: public on purpose (README, unlock screen), so the demo must only ever hold invented data. ASCII only, so that it can be typed on an Arabic, Persian or Cyrillic keyboard layout too (&quot;Köln&quot; could not).</extracomment>
        <translation>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>جارٍ فتح خزنة البيانات</translation>
    </message>
    <message>
        <source>Demo workspace with invented clients. Its passphrase is public:
%1
Never enter real client data here.</source>
        <translation>مساحة عمل تجريبية بمستفيدين وهميين. عبارة المرور الخاصة بها عامة:
%1
يُرجى عدم إدخال بيانات حقيقية لمستفيدين هنا أبدًا.</translation>
    </message>
    <message>
        <source>Preparing the demo data</source>
        <translation>جارٍ تجهيز البيانات التجريبية</translation>
    </message>
    <message>
        <source>Preparing the demo: %v of %m clients</source>
        <extracomment>%v and %m are filled in by Qt: clients written so far, and all of them.</extracomment>
        <translation>جارٍ تجهيز البيانات التجريبية: %v من أصل %m من المستفيدين</translation>
    </message>
</context>
</TS>

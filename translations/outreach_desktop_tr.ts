<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Outreach Desktop: encrypted case management.</source>
        <translation>Outreach Desktop: şifreli vaka yönetimi.</translation>
    </message>
    <message>
        <source>data folder (default: the platform&apos;s local app data folder)</source>
        <translation>veri klasörü (varsayılan: platformun yerel uygulama verileri klasörü)</translation>
    </message>
    <message>
        <source>user interface language (default: settings, else system, else de)</source>
        <translation>arayüz dili (varsayılan: ayarlardaki dil, yoksa sistem dili, o da yoksa de)</translation>
    </message>
    <message>
        <source>open the demo workspace (invented clients, its own data folder, a public passphrase shown on the unlock screen)</source>
        <translation>demo çalışma alanını aç (uydurma danışanlar, kendi veri klasörü, kilit açma ekranında gösterilen herkese açık bir parola)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Device removed</source>
        <extracomment>Keyword arguments for the SyncController (tests: short timers, no network info).</extracomment>
        <translation>Cihaz kaldırıldı</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device&apos;s access to the server, so its case data was removed from this computer. Ask your coordinator for a new enrolment code to set it up again.</source>
        <translation>Kurumunuz bu cihazın sunucuya erişimini iptal etti, bu nedenle cihazdaki vaka verileri bu bilgisayardan kaldırıldı. Cihazı yeniden kurmak için koordinatörünüzden yeni bir kayıt kodu isteyin.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This kind of document cannot be shown inside the app.</source>
        <translation>Bu tür bir belge uygulama içinde gösterilemez.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Bir kopyasını kaydet…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Bir kopyasını kaydet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to the folder you choose can read it. Save it only where it is protected, and delete it when you no longer need it.</source>
        <translation>Kopya şifrelenmeyecek: seçtiğiniz klasöre erişimi olan herkes onu okuyabilir. Kopyayı yalnızca korunan bir yere kaydedin ve artık ihtiyacınız kalmadığında silin.</translation>
    </message>
    <message>
        <source>Save unencrypted copy…</source>
        <translation>Şifrelenmemiş kopyayı kaydet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <source>Auto-lock</source>
        <translation>Otomatik kilitleme</translation>
    </message>
    <message>
        <source>Lock the app after this many &amp;minutes without keyboard or mouse activity:</source>
        <translation>Klavye veya fare kullanılmadığında uygulama kaç &amp;dakika sonra kilitlensin:</translation>
    </message>
    <message>
        <source>Minutes until auto-lock</source>
        <translation>Otomatik kilitlemeye kadar geçecek dakika</translation>
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
        <translation>%1 altında</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>Bu dönem için sayı yok.</translation>
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
        <translation>Yeni vaka aç</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Vakayı kapat…</translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>Henüz vaka yok.</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Mevcut aşama: %1</translation>
    </message>
    <message>
        <source>Move on to %1</source>
        <translation>%1 aşamasına geç</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>%1 aşamasına geri dön</translation>
    </message>
    <message>
        <source>Case opened on %1.</source>
        <translation>Vaka %1 tarihinde açıldı.</translation>
    </message>
    <message>
        <source>Case opened on %1, closed on %2: %3.</source>
        <translation>Vaka %1 tarihinde açıldı, %2 tarihinde kapatıldı: %3.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>Girilen iki yeni parola aynı değil.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Parolayı değiştir</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Mevcut parola</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Mevcut parola</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Yeni parola</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase</source>
        <translation>Yeni parolayı &amp;tekrar girin</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Yeni parolayı tekrar girin</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Parola değiştiriliyor</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No passphrase: run this in a terminal, or set %1 for scripted use.</source>
        <translation>Parola girilmedi: bu komutu bir terminalde çalıştırın veya betiklerde kullanmak için %1 ortam değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Yeni parola: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Parolayı tekrar girin: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Girilen iki parola aynı değil. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>A new vault will be created in %1.</source>
        <translation>%1 içinde yeni bir veri kasası oluşturulacak.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this device cannot be recovered by anyone. With sync, it can be downloaded again after setting up anew.</source>
        <translation>Parolayı unutursanız bu cihazdaki veriler hiç kimse tarafından kurtarılamaz. Eşitleme kullanılıyorsa veriler, yeniden kurulumdan sonra tekrar indirilebilir.</translation>
    </message>
    <message>
        <source>Vault created (id %1).</source>
        <translation>Veri kasası oluşturuldu (kimlik: %1).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Parola: </translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Veri klasörü</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Veri kasası kimliği</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Danışanlar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vakalar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>Henüz eşitlenmemiş değişiklikler</translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation>SQLCipher sürümü</translation>
    </message>
    <message>
        <source>--map needs the form &quot;Column=field&quot;, got: %1</source>
        <translation>--map için &quot;Sütun=alan&quot; biçimi gerekir, girilen: %1</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Sütunlar:</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Yok sayılan sütunlar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) ready to import; nothing was written.</source>
        <translation>
            <numerusform>Deneme çalıştırması: %n satır içe aktarılmaya hazır; hiçbir şey yazılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>As it is, the file would not be imported: fix the rows named above (or add --skip-duplicates for duplicates).</source>
        <translation>Dosya bu hâliyle içe aktarılamaz: yukarıda belirtilen satırları düzeltin (yinelenen kayıtlar için --skip-duplicates da ekleyebilirsiniz).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n danışan içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n yinelenen kayıt atlandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>To import the other rows and skip the duplicates, add --skip-duplicates.</source>
        <translation>Diğer satırları içe aktarıp yinelenen kayıtları atlamak için --skip-duplicates ekleyin.</translation>
    </message>
    <message>
        <source>Encryption library (SQLCipher)</source>
        <translation>Şifreleme kütüphanesi (SQLCipher)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Anahtar dosyası</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Sistem anahtarlığı</translation>
    </message>
    <message>
        <source>Device secret in the keyring</source>
        <translation>Anahtarlıktaki cihaz sırrı</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>Dosya izinleri</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi açma</translation>
    </message>
    <message>
        <source>Encrypted pages (cipher_integrity_check)</source>
        <translation>Şifrelenmiş sayfalar (cipher_integrity_check)</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>Veritabanı yapısı</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Şema sürümü</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiçbir zaman</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Gönderilmeyi bekleyen değişiklikler</translation>
    </message>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Sunucunun kabul etmediği değişiklikler</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Açık çakışmalar</translation>
    </message>
    <message>
        <source>Unread feedback</source>
        <translation>Okunmamış geri bildirimler</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Son başarılı eşitleme</translation>
    </message>
    <message>
        <source>Sync: not connected to a server (outreach enroll).</source>
        <translation>Eşitleme: bir sunucuya bağlı değil (outreach enroll).</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Son sorun: %1</translation>
    </message>
    <message>
        <source>This device is connected to %1 (device %2). Run &apos;outreach sync&apos; to download the caseload.</source>
        <translation>Bu cihaz %1 sunucusuna bağlı (cihaz %2). Vakalarınızı indirmek için &apos;outreach sync&apos; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Sync done: %1 change(s) sent, %2 received.</source>
        <translation>Eşitleme tamamlandı: %1 değişiklik gönderildi, %2 değişiklik alındı.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision (open the app).</source>
        <translation>
            <numerusform>%n çakışma için karar gerekiyor (uygulamayı açın).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not accepted by the server (open the app).</source>
        <translation>
            <numerusform>%n değişiklik sunucu tarafından kabul edilmedi (uygulamayı açın).</numerusform>
        </translation>
    </message>
    <message>
        <source>The data on this device still differs from the server after a fresh download. Run &apos;outreach sync&apos; again later; if it persists, tell support.</source>
        <translation>Bu cihazdaki veriler, yeniden indirmeden sonra da sunucudakilerden farklı. &apos;outreach sync&apos; komutunu daha sonra yeniden çalıştırın; sorun sürerse destek ekibine bildirin.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>TAMAM</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>SORUN</translation>
    </message>
    <message>
        <source>Readable by other users: %1. Run: chmod 700 on the folder and chmod 600 on its files.</source>
        <translation>Diğer kullanıcılar tarafından okunabilir: %1. Klasöre chmod 700, içindeki dosyalara chmod 600 uygulayın.</translation>
    </message>
    <message>
        <source>The keyring in use (%1) is not the one the vault was set up with (%2).</source>
        <translation>Kullanılan anahtarlık (%1), veri kasasının kurulduğu anahtarlık (%2) değil.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from the server or a backup.</source>
        <translation>Veritabanı dosyası hasarlı: %1. Dosyayı sunucudan veya bir yedekten geri yükleyin.</translation>
    </message>
    <message>
        <source>The SQLite library has no encryption. Reinstall the app.</source>
        <translation>SQLite kütüphanesinde şifreleme yok. Uygulamayı yeniden yükleyin.</translation>
    </message>
    <message>
        <source>The schema is not the current one.</source>
        <translation>Şema güncel değil.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n sorun bulundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Sorun bulunamadı.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Mevcut parola: </translation>
    </message>
    <message>
        <source>Passphrase changed. The data key itself is unchanged; use &apos;outreach rekey&apos; to replace it too.</source>
        <translation>Parola değiştirildi. Veri anahtarının kendisi değişmedi; onu da yenilemek için &apos;outreach rekey&apos; komutunu kullanın.</translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new data key.</source>
        <translation>Veritabanı yeni bir veri anahtarıyla yeniden şifrelendi.</translation>
    </message>
    <message>
        <source>Demo data: %1 of %2 clients written</source>
        <translation>Demo verileri: %1/%2 danışan yazıldı</translation>
    </message>
    <message numerus="yes">
        <source>The vault already holds %n client(s). Demo data is meant for an empty vault; add --force to add it anyway.</source>
        <translation>
            <numerusform>Veri kasasında zaten %n danışan var. Demo verileri boş bir veri kasası içindir; yine de eklemek için --force ekleyin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n demo client(s) were written (whole batches); the rest was not.</source>
        <translation>
            <numerusform>İptal edildi. %n demo danışan yazıldı (tam gruplar hâlinde); geri kalanı yazılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written (seed %1):</source>
        <translation>Demo verileri yazıldı (başlangıç değeri %1):</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Goal steps</source>
        <translation>Hedef adımları</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <source>a whole number of at least 1, got: %1</source>
        <translation>en az 1 olan bir tam sayı gerekir, girilen: %1</translation>
    </message>
    <message>
        <source>Outreach Desktop, headless: set up, import, check. The passphrase is asked for, or read from OUTREACH_PASSPHRASE (for scripts; see the README for the risk).</source>
        <translation>Outreach Desktop, grafik arayüz olmadan: kurulum, içe aktarma, denetim. Parola sorulur ya da OUTREACH_PASSPHRASE değişkeninden okunur (betikler için; risk hakkında bilgi için README dosyasına bakın).</translation>
    </message>
    <message>
        <source>data folder (default: %1)</source>
        <translation>veri klasörü (varsayılan: %1)</translation>
    </message>
    <message>
        <source>language of the messages</source>
        <translation>iletilerin dili</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>yeni bir veri kasası oluştur</translation>
    </message>
    <message>
        <source>import a CSV or XLSX client list</source>
        <translation>CSV veya XLSX biçimindeki bir danışan listesini içe aktar</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>.csv veya .xlsx dosyası</translation>
    </message>
    <message>
        <source>map a column to a field (or &apos;ignore&apos;); may be repeated</source>
        <translation>bir sütunu bir alana eşle (veya &apos;ignore&apos;); birden çok kez kullanılabilir</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>neyin içe aktarılacağını göster</translation>
    </message>
    <message>
        <source>text encoding of a CSV file (default: UTF-8)</source>
        <translation>CSV dosyasının karakter kodlaması (varsayılan: UTF-8)</translation>
    </message>
    <message>
        <source>worksheet of an XLSX file (default: the first)</source>
        <translation>XLSX dosyasının çalışma sayfası (varsayılan: ilk sayfa)</translation>
    </message>
    <message>
        <source>import the other rows when some are already in the vault</source>
        <translation>bazı satırlar veri kasasında zaten varsa diğer satırları içe aktar</translation>
    </message>
    <message>
        <source>counts, outbox size, cipher version</source>
        <translation>kayıt sayıları, giden kutusunun boyutu, şifreleme sürümü</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>makine tarafından okunabilir çıktı</translation>
    </message>
    <message>
        <source>connect this device to the sync server</source>
        <translation>bu cihazı eşitleme sunucusuna bağla</translation>
    </message>
    <message>
        <source>the server&apos;s address (https://…)</source>
        <translation>sunucunun adresi (https://…)</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <translation>tek kullanımlık kayıt kodu</translation>
    </message>
    <message>
        <source>trust only this CA bundle (PEM) for the server&apos;s certificate</source>
        <translation>sunucunun sertifikası için yalnızca bu CA paketine (PEM) güven</translation>
    </message>
    <message>
        <source>a name for this device (default: the computer&apos;s name)</source>
        <translation>bu cihaz için bir ad (varsayılan: bilgisayarın adı)</translation>
    </message>
    <message>
        <source>send waiting changes and receive new ones</source>
        <translation>bekleyen değişiklikleri gönder ve yenilerini al</translation>
    </message>
    <message>
        <source>show progress</source>
        <translation>ilerlemeyi göster</translation>
    </message>
    <message>
        <source>check the installation and the vault</source>
        <translation>kurulumu ve veri kasasını denetle</translation>
    </message>
    <message>
        <source>skip the checks that need the passphrase</source>
        <translation>parola gerektiren denetimleri atla</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>parolayı değiştir</translation>
    </message>
    <message>
        <source>re-encrypt the database with a new data key</source>
        <translation>veritabanını yeni bir veri anahtarıyla yeniden şifrele</translation>
    </message>
    <message>
        <source>fill the vault with invented demo clients</source>
        <translation>veri kasasını uydurma demo danışanlarla doldur</translation>
    </message>
    <message>
        <source>how many demo clients (with cases, contacts, goals, referrals)</source>
        <translation>kaç demo danışan (vakalar, görüşmeler, hedefler ve yönlendirmelerle birlikte)</translation>
    </message>
    <message>
        <source>the same seed gives the same data (default: 1)</source>
        <translation>aynı başlangıç değeri aynı verileri üretir (varsayılan: 1)</translation>
    </message>
    <message>
        <source>add demo data even if the vault already has clients</source>
        <translation>veri kasasında danışan olsa bile demo verilerini ekle</translation>
    </message>
    <message>
        <source>check form definitions</source>
        <translation>form tanımlarını denetle</translation>
    </message>
    <message>
        <source>check a form definition file and name every problem</source>
        <translation>bir form tanımı dosyasını denetle ve tüm sorunları belirt</translation>
    </message>
    <message>
        <source>a form definition (.json)</source>
        <translation>bir form tanımı (.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s):</source>
        <translation>
            <numerusform>%1: reddedildi, %n sorun:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: form &apos;%2&apos;, version %3, %4 questions, languages %5: no problems.</source>
        <translation>%1: form &apos;%2&apos;, sürüm %3, %4 soru, diller %5: sorun yok.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>İptal edildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Yeni danışan</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Danışanı düzenle</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Soyadı</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>Diğer a&amp;dlar</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Doğum &amp;tarihi</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Di&amp;ller</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>&amp;İlçe</translation>
    </message>
    <message>
        <source>&amp;Residence status</source>
        <translation>&amp;Oturum durumu</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-posta</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>Diğer yazılışlar, virgülle ayrılmış olarak</translation>
    </message>
    <message>
        <source>Target-group markers (sensitive, optional)</source>
        <translation>Hedef grup bilgileri (hassas, isteğe bağlı)</translation>
    </message>
    <message>
        <source>Only tick what the client has told you and agreed to record. These markers are special categories of personal data; the record hides them until someone chooses to show them.</source>
        <translation>Yalnızca danışanın size söylediği ve kaydedilmesini kabul ettiği bilgileri işaretleyin. Bu bilgiler özel nitelikli kişisel verilerdir; kayıtta biri göstermeyi seçene kadar gizli kalırlar.</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>Hassas bilgileri gizle</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>Hassas bilgileri göster</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Danışanı oluştur</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(bilinmiyor)</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>All districts</source>
        <extracomment>Column widths in average characters of the list&apos;s font (scale with the font, not pixels). The filter combo boxes: attribute prefix -&gt; catalogue (None: the case phases). Tables whose changes the list does not show (a form&apos;s draft is saved often).</extracomment>
        <translation>Tüm ilçeler</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Tüm aşamalar</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tüm konular</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Tüm hedef gruplar</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) · type two letters or more to search</source>
        <translation>
            <numerusform>%n danışan · aramak için en az iki harf yazın</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n danışan</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or alias…</source>
        <translation>Ad veya diğer adla ara…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Danışan ara</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>Filter by district</source>
        <translation>İlçeye göre filtrele</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Aşamaya göre filtrele</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Konuya göre filtrele</translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation>Hedef gruba göre filtrele</translation>
    </message>
    <message>
        <source>My open follow-ups</source>
        <translation>Açık takiplerim</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Danışanlar</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Henüz danışan yok</translation>
    </message>
    <message>
        <source>Add a client with New client (Ctrl+N), or import a CSV or Excel file with the command %1.</source>
        <translation>Yeni danışan (Ctrl+N) ile bir danışan ekleyin veya %1 komutuyla bir CSV ya da Excel dosyasını içe aktarın.</translation>
    </message>
</context>
<context>
    <name>ClientModeWindow</name>
    <message>
        <source>Client view</source>
        <translation>Danışan görünümü</translation>
    </message>
    <message>
        <source>To leave the client view, the caseworker enters the passphrase.</source>
        <translation>Danışan görünümünden çıkmak için vaka yöneticisi parolayı girer.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Leave client view</source>
        <translation>&amp;Danışan görünümünden çık</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Forma geri dön</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formlar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Danışan kaydı</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Danışanı düzenle…</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Danışanı düzenle</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Danışanı sil…</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Danışanı sil</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>vaka yok</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under the client&apos;s name: client code · current phase.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Feedback (%1 new)</source>
        <translation>Geri bildirim (%1 yeni)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Geri bildirim</translation>
    </message>
    <message>
        <source>Choose a client from the list to see their record.</source>
        <translation>Kaydını görmek için listeden bir danışan seçin.</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Kayıt yükleniyor…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Roles answered with the cell&apos;s text, as plain ints: the view asks ~7 roles per cell per paint, and comparing with Qt&apos;s enum members costs more than the answer.</extracomment>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Client code</source>
        <extracomment>The client&apos;s pseudonymous code (e.g. K-7F3Q2), shown instead of names in reports.</extracomment>
        <translation>Danışan kodu</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <source>Phase</source>
        <extracomment>The phase of the client&apos;s current case (intake, assessment, ...).</extracomment>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Son görüşme</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Sonraki takip</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(seçin)</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Vakayı kapat</translation>
    </message>
    <message>
        <source>A closed case stays in the record with its reason; it cannot be reopened. If the client comes back, open a new case.</source>
        <translation>Kapatılan vaka, kapanış nedeniyle birlikte kayıtta kalır; yeniden açılamaz. Danışan geri gelirse yeni bir vaka açın.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Neden</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>&amp;Kapanış tarihi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Kapanış tarihi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <extracomment>Column widths in average characters of the font. Fields whose values are free text about a person: shortened in the list. Columns that say nothing to a supervisor (ids of parents, ordering).</extracomment>
        <translation>Yorum</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Takip</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Görüşme kaydet…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Görüşme kaydet</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <source>Delete client</source>
        <translation>Danışanı sil</translation>
    </message>
    <message>
        <source>The client, their cases, contacts, referrals, notes and documents are deleted on this laptop now, and on the server and the other devices at the next sync. This cannot be undone here.

If the client asked for erasure of their data (GDPR Art. 17), also ask your organisation to erase it: the server keeps a trace of the deletion until then.</source>
        <translation>Danışan ve danışana ait vakalar, görüşmeler, yönlendirmeler, notlar ve belgeler bu dizüstü bilgisayardan hemen; sunucudan ve diğer cihazlardan ise bir sonraki eşitlemede silinir. Bu işlem burada geri alınamaz.

Danışan verilerinin silinmesini istediyse (GDPR md. 17), kurumunuzdan da verileri silmesini isteyin: sunucu, o zamana kadar silme işleminin bir izini saklar.</translation>
    </message>
    <message>
        <source>Type the client code %1 to confirm:</source>
        <translation>Onaylamak için %1 danışan kodunu yazın:</translation>
    </message>
    <message>
        <source>Client code to confirm</source>
        <translation>Onay için danışan kodu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Belge ekle…</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Belge ekle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Belgeyi aç</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bayt</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA sertifika dosyasını seçin</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikalar (*.pem *.crt *.cer);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Enter the server address your coordinator gave you.</source>
        <translation>Koordinatörünüzün size verdiği sunucu adresini girin.</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>Kayıt kodunu girin.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Sunucuya bağlanılıyor…</translation>
    </message>
    <message>
        <source>Connected. Fetching your cases for the first time…</source>
        <translation>Bağlandı. Vakalarınız ilk kez getiriliyor…</translation>
    </message>
    <message>
        <source>This device is connected, and the first sync is done.</source>
        <translation>Bu cihaz bağlandı ve ilk eşitleme tamamlandı.</translation>
    </message>
    <message>
        <source>This device is connected, but the first sync failed: %1 It will be tried again by itself.</source>
        <translation>Bu cihaz bağlandı, ancak ilk eşitleme başarısız oldu: %1 Eşitleme kendiliğinden yeniden denenecek.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Sunucuya bağlan</translation>
    </message>
    <message>
        <source>Connect this device to your organisation&apos;s server with the one-time enrolment code your coordinator gave you. Your cases then sync by themselves whenever there is a network.</source>
        <translation>Koordinatörünüzün size verdiği tek kullanımlık kayıt koduyla bu cihazı kurumunuzun sunucusuna bağlayın. Ardından vakalarınız, ağ bağlantısı olduğunda kendiliğinden eşitlenir.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Sunucu &amp;adresi:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Kayıt &amp;kodu:</translation>
    </message>
    <message>
        <source>CA certificate (&amp;optional):</source>
        <translation>CA sertifikası (&amp;isteğe bağlı):</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Dosya seç…</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Cihaz adı:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Bağlan</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Outdated: the record changed since</source>
        <translation>Güncel değil: kayıt o zamandan beri değişti</translation>
    </message>
    <message>
        <source>No feedback from a supervisor yet.</source>
        <translation>Henüz süpervizörden geri bildirim yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) by a supervisor</source>
        <translation>
            <numerusform>%n süpervizör değerlendirmesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n yeni</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Feedback from a supervisor</source>
        <translation>Süpervizörden geri bildirim</translation>
    </message>
    <message>
        <source>Text of the chosen review</source>
        <translation>Seçili değerlendirmenin metni</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>Filter changes are gathered this long before the figures are computed again. Chart sections: figure key -&gt; the catalogue its keys come from (&quot;&quot; for months).</extracomment>
        <translation>Dönemin bitişi, başlangıcından önce.</translation>
    </message>
    <message>
        <source>The figures need a connection to the server.</source>
        <translation>Sayılar için sunucuya bağlantı gerekir.</translation>
    </message>
    <message>
        <source>The figures shown are from the last successful request.</source>
        <translation>Gösterilen sayılar son başarılı sorgudan alınmıştır.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Sayılar hesaplanıyor…</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Bu yıl</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Geçen yıl</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Bu çeyrek</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Özel dönem</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tüm ilçeler</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Tüm kurumlar</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Tüm ekipler</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Aktif danışanlar</translation>
    </message>
    <message>
        <source>Active clients by district</source>
        <translation>İlçeye göre aktif danışanlar</translation>
    </message>
    <message>
        <source>Active clients by target group</source>
        <translation>Hedef gruba göre aktif danışanlar</translation>
    </message>
    <message>
        <source>Active clients by topic of their contacts</source>
        <translation>Görüşme konularına göre aktif danışanlar</translation>
    </message>
    <message>
        <source>Intakes by month</source>
        <translation>Aylara göre yeni vakalar</translation>
    </message>
    <message>
        <source>Closures by month and reason</source>
        <translation>Aya ve nedene göre kapanışlar</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Türe göre görüşmeler</translation>
    </message>
    <message>
        <source>Referrals by institution</source>
        <translation>Kuruma göre yönlendirmeler</translation>
    </message>
    <message>
        <source>Duration of closed cases</source>
        <translation>Kapatılan vakaların süresi</translation>
    </message>
    <message>
        <source>Median duration in days</source>
        <translation>Gün olarak ortanca süre</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Kapatılan vakalar</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Belirtilmedi</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <extracomment>A hidden small count in a table: %1 is the smallest count shown (5).</extracomment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Active clients in the period: %1</source>
        <translation>Dönemdeki aktif danışanlar: %1</translation>
    </message>
    <message>
        <source>Closed cases: %1 (no median is shown for so few)</source>
        <translation>Kapatılan vakalar: %1 (bu kadar az vaka için ortanca gösterilmez)</translation>
    </message>
    <message>
        <source>No case was closed in this period.</source>
        <translation>Bu dönemde hiç vaka kapatılmadı.</translation>
    </message>
    <message>
        <source>Closed cases: %1, median duration %2 days</source>
        <translation>Kapatılan vakalar: %1, ortanca süre %2 gün</translation>
    </message>
    <message>
        <source>To protect the people counted, every number from 1 to %1 is hidden: such cells are put together into one line “fewer than %2”, without saying which districts, groups or months they are.</source>
        <translation>Sayılan kişileri korumak için 1 ile %1 arasındaki her sayı gizlenir: bu hücreler, hangi ilçeler, gruplar veya aylar oldukları belirtilmeden “%2 altında” adlı tek bir satırda toplanır.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>figures-%1-%2.%3</source>
        <extracomment>Suggested file name of the figures: %1 first day, %2 last day, %3 csv or pdf.</extracomment>
        <translation>sayilar-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Sayıları CSV olarak kaydet</translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation>Sayıları PDF raporu olarak kaydet</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Dosya kaydedilemedi.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Sayılar</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Dönem: %1 – %2</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Kurum: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Ekip: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>İlçe: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Oluşturulma tarihi: %1</translation>
    </message>
    <message>
        <source>Integration monitoring</source>
        <extracomment>Title of the figures report (the programme&apos;s name for it in German).</extracomment>
        <translation>Entegrasyon izleme</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>page title</comment>
        <extracomment>Page title: the programme&apos;s figures (German: Zahlen).</extracomment>
        <translation>Sayılar</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Dönem:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Kurum:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Ekip:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;İlçe:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Dönemin ilk günü</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dönemin son günü</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;PDF raporu olarak dışa aktar…</translation>
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
        <translation>Formun &amp;dili:</translation>
    </message>
    <message>
        <source>&amp;German beside it</source>
        <translation>&amp;Almancasını da göster</translation>
    </message>
    <message>
        <source>Show every question in German too</source>
        <translation>Her soruyu Almanca olarak da göster</translation>
    </message>
    <message>
        <source>Hand to the &amp;client…</source>
        <translation>Danışana &amp;ver…</translation>
    </message>
    <message>
        <source>Full screen, only this form, large text. Leaving needs your passphrase.</source>
        <translation>Tam ekran, yalnızca bu form, büyük yazı. Çıkmak için parolanız gerekir.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>&amp;Finish form</source>
        <translation>Formu &amp;tamamla</translation>
    </message>
    <message>
        <source>Check the answers and keep the form as final (Ctrl+Enter)</source>
        <translation>Yanıtları kontrol et ve formu son hâliyle sakla (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Finished; read only</source>
        <translation>Tamamlandı; salt okunur</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Taslak kaydedildi: %1</translation>
    </message>
    <message>
        <source>Draft; saved as you type</source>
        <translation>Taslak; yazarken kaydedilir</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n soru hâlâ yanıt veya düzeltme bekliyor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsSection</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formlar</translation>
    </message>
    <message>
        <source>&amp;Start form…</source>
        <translation>Form &amp;başlat…</translation>
    </message>
    <message>
        <source>Start form</source>
        <translation>Form başlat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Formu aç</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Taslağı sil…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Taslağı sil</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>This form (version %1) is not part of this installation of the app. Update the app to open it.</source>
        <translation>Bu form (sürüm %1) uygulamanın bu kurulumunda bulunmuyor. Formu açmak için uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <source>A finished form is kept. Start a new one to record a change.</source>
        <translation>Tamamlanmış formlar silinmez, saklanır. Bir değişikliği kaydetmek için yeni bir form başlatın.</translation>
    </message>
    <message>
        <source>Discard this draft and its answers? This cannot be undone.</source>
        <translation>Bu taslak ve yanıtları silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goal or step</source>
        <translation>Hedef veya adım</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Tamamlanma tarihi</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Hedefler ve adımlar</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Hedef ekle…</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Adım ekle…</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Adımı tamamlandı olarak işaretle</translation>
    </message>
    <message>
        <source>Goals belong to a case; open a case first.</source>
        <translation>Hedefler bir vakaya aittir; önce bir vaka açın.</translation>
    </message>
    <message>
        <source>No goals agreed yet.</source>
        <translation>Henüz hedef belirlenmedi.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Hedef ekle</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Adım ekle</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <extracomment>Columns that say nothing to a caseworker (ids of parents, ordering).</extracomment>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Önce</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(gizli)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Son tarih</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;Konu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(seçin)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(belirtilmedi)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Görüşme kaydet</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Danışan</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Tari&amp;h</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation>Görüşme tü&amp;rü</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>&amp;İlçe</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Süre</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>&amp;Konular</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Di&amp;l</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Not</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Takip tarihi</translation>
    </message>
    <message>
        <source>Type a name or client code</source>
        <translation>Bir ad veya danışan kodu yazın</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>Duration 0 means the duration was not recorded.</extracomment>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter ile kaydedilir</translation>
    </message>
    <message numerus="yes">
        <source>+%n week(s)</source>
        <extracomment>Quick choice: follow-up this many weeks after the contact date.</extracomment>
        <translation>
            <numerusform>+%n hafta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up in %n week(s)</source>
        <translation>
            <numerusform>%n hafta sonra takip</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Görüşmeyi kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Contact with %1</source>
        <translation>%1 ile görüşme</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Parola değiştirildi.</translation>
    </message>
    <message>
        <source>About Outreach Desktop</source>
        <translation>Outreach Desktop hakkında</translation>
    </message>
    <message>
        <source>Outreach Desktop %1

Encrypted, offline-first case management for outreach work.</source>
        <translation>Outreach Desktop %1

Saha çalışması için şifreli, çevrimdışı öncelikli vaka yönetimi.</translation>
    </message>
    <message>
        <source>Auto-lock setting saved.</source>
        <translation>Otomatik kilitleme ayarı kaydedildi.</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without activity</source>
        <translation>
            <numerusform>%n dakika işlem yapılmazsa kilitlenir</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Görüşme kaydedildi.</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>Eşitleme tamamlandı.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Eşitleme başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Enter	Open the selected client</source>
        <translation>Enter	Seçili danışanı aç</translation>
    </message>
    <message>
        <source>Down	From the search field into the list</source>
        <translation>Aşağı ok	Arama alanından listeye geç</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>navigation</comment>
        <extracomment>The pages each role sees, the first one shown after unlocking. A supervisor reads the team&apos;s records (never edits them); a coordinator sees the figures and nothing else. The first window size, in average characters and lines of the font (scales with it).</extracomment>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Clients</source>
        <comment>navigation</comment>
        <translation>Danışanlar</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>navigation</comment>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>navigation</comment>
        <translation>Ekip</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>navigation</comment>
        <translation>Sayılar</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Yeni danışan…</translation>
    </message>
    <message>
        <source>Log &amp;contact…</source>
        <translation>&amp;Görüşme kaydet…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Bugün</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Danışanlar</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>Değerlendirme &amp;listesi</translation>
    </message>
    <message>
        <source>T&amp;eam overview</source>
        <translation>&amp;Ekibe genel bakış</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>&amp;Sayılar</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Danışan &amp;ara</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Şimdi &amp;eşitle</translation>
    </message>
    <message>
        <source>Send your changes and fetch new ones (F5)</source>
        <translation>Değişikliklerinizi gönder ve yenilerini getir (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>Eşitleme &amp;sorunları…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>&amp;Sunucuya bağlan…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Araç çubuğu</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after…</source>
        <translation>&amp;Otomatik kilitleme süresi…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Parolayı değiştir…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desktop</source>
        <translation>Outreach Desktop &amp;hakkında</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Parola doğru değil. Klavye düzenini ve Caps Lock tuşunu kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet. Set one up first (outreach init, or start the app).</source>
        <translation>Bu veri klasöründe henüz bir veri kasası yok. Önce bir veri kasası kurun (outreach init komutuyla veya uygulamayı başlatarak).</translation>
    </message>
    <message>
        <source>This data folder already holds a vault. Nothing was changed.</source>
        <translation>Bu veri klasöründe zaten bir veri kasası var. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The key file asks for weaker key protection than this app allows. It may have been tampered with; it is refused. Restore the key file from a backup or set up this device again from the server.</source>
        <translation>Anahtar dosyası, bu uygulamanın izin verdiğinden daha zayıf bir anahtar koruması istiyor. Dosya kurcalanmış olabilir; bu nedenle reddedildi. Anahtar dosyasını bir yedekten geri yükleyin veya bu cihazı sunucudan yeniden kurun.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is damaged or was changed, so the vault cannot be opened. Restore the key file from a backup, or set up this device again from the server.</source>
        <translation>Anahtar dosyası (vault.key) hasarlı veya değiştirilmiş, bu nedenle veri kasası açılamıyor. Anahtar dosyasını bir yedekten geri yükleyin veya bu cihazı sunucudan yeniden kurun.</translation>
    </message>
    <message>
        <source>The key file was made by another version of Outreach Desktop. Install the current version of the app.</source>
        <translation>Anahtar dosyası, Outreach Desktop uygulamasının başka bir sürümüyle oluşturulmuş. Uygulamanın güncel sürümünü yükleyin.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters, for example several words.</source>
        <translation>Parola çok kısa: en az 10 karakter kullanın, örneğin birkaç sözcük.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Add more words or characters.</source>
        <translation>Parola çok kolay tahmin edilebilir. Daha fazla sözcük veya karakter ekleyin.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (usually by logging in to your desktop session) and try again.</source>
        <translation>Sistem anahtarlığı kilitli. Anahtarlığın kilidini açın (genellikle masaüstü oturumunuza giriş yaparak) ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The system keyring is not the one this vault was set up with. Log in to the desktop session you set the app up in, or set this device up again from the server.</source>
        <translation>Sistem anahtarlığı, bu veri kasasının kurulduğu anahtarlık değil. Uygulamayı kurduğunuz masaüstü oturumuna giriş yapın veya bu cihazı sunucudan yeniden kurun.</translation>
    </message>
    <message>
        <source>The device secret of this vault is missing from the system keyring, so the vault cannot be opened on this device. Restore the keyring, or set this device up again from the server.</source>
        <translation>Bu veri kasasının cihaz sırrı sistem anahtarlığında yok, bu nedenle veri kasası bu cihazda açılamıyor. Anahtarlığı geri yükleyin veya bu cihazı sunucudan yeniden kurun.</translation>
    </message>
    <message>
        <source>The system keyring holds a different device secret than this vault was made with, so the vault cannot be opened. Restore the keyring, or set this device up again from the server.</source>
        <translation>Sistem anahtarlığındaki cihaz sırrı, bu veri kasasının oluşturulduğu cihaz sırrından farklı, bu nedenle veri kasası açılamıyor. Anahtarlığı geri yükleyin veya bu cihazı sunucudan yeniden kurun.</translation>
    </message>
    <message>
        <source>No secure system keyring is available. Outreach Desktop needs one (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Start your desktop&apos;s keyring and try again.</source>
        <translation>Güvenli bir sistem anahtarlığı bulunamadı. Outreach Desktop için bir sistem anahtarlığı gereklidir (GNOME Keyring, KWallet, macOS Keychain veya Windows Credential Manager). Masaüstünüzün anahtarlığını başlatın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The encryption library is missing. Reinstall Outreach Desktop; the app will not store data unencrypted.</source>
        <translation>Şifreleme kütüphanesi eksik. Outreach Desktop uygulamasını yeniden yükleyin; uygulama verileri şifrelenmemiş olarak kaydetmez.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing more was written to it. Run &apos;outreach doctor&apos; for details, and restore it from the server or a backup.</source>
        <translation>Veritabanı dosyası hasarlı. Dosyaya başka bir şey yazılmadı. Ayrıntılar için &apos;outreach doctor&apos; komutunu çalıştırın ve dosyayı sunucudan veya bir yedekten geri yükleyin.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outreach Desktop. Install the newer version to open it; nothing was changed.</source>
        <translation>Bu veriler, Outreach Desktop uygulamasının daha yeni bir sürümüyle yazılmış. Verileri açmak için yeni sürümü yükleyin; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved from this step. Free some space and try again.</source>
        <translation>Disk dolu. Bu adımda hiçbir şey kaydedilmedi. Biraz yer açın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Veri kasası kilitli. Kilidini açın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet. Connect it with the enrolment code from your coordinator (Settings, Connect to server).</source>
        <translation>Bu cihaz henüz bir sunucuya bağlı değil. Koordinatörünüzden aldığınız kayıt koduyla cihazı bağlayın (Ayarlar, Sunucuya bağlan).</translation>
    </message>
    <message>
        <source>This device is already connected to a server. Nothing was changed.</source>
        <translation>Bu cihaz zaten bir sunucuya bağlı. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (for example https://sync.example.org). Check the address your coordinator gave you.</source>
        <translation>Sunucu adresi https:// ile başlamalıdır (örneğin https://sync.example.org). Koordinatörünüzün size verdiği adresi kontrol edin.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was done is kept; the next sync carries on.</source>
        <translation>Eşitleme durduruldu. Yapılanlar korunur; bir sonraki eşitleme kaldığı yerden devam eder.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read or holds no certificate. Choose the .pem file your coordinator gave you.</source>
        <translation>CA sertifika dosyası okunamıyor veya sertifika içermiyor. Koordinatörünüzün size verdiği .pem dosyasını seçin.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the server address and, for your organisation&apos;s own certificates, the CA certificate file.</source>
        <translation>Sunucunun sertifikası doğrulanamadı, bu nedenle hiçbir şey gönderilmedi. Sunucu adresini ve kurumunuz kendi sertifikalarını kullanıyorsa CA sertifika dosyasını kontrol edin.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your changes are kept on this device and sent at the next sync.</source>
        <translation>Sunucu zamanında yanıt vermedi. Değişiklikleriniz bu cihazda saklanır ve bir sonraki eşitlemede gönderilir.</translation>
    </message>
    <message>
        <source>The server cannot be reached (no network, or the server is down). Your changes are kept on this device and sent when the server is there again.</source>
        <translation>Sunucuya ulaşılamıyor (ağ bağlantısı yok veya sunucu çalışmıyor). Değişiklikleriniz bu cihazda saklanır ve sunucuya yeniden ulaşılabildiğinde gönderilir.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used. Ask your coordinator for a new code.</source>
        <translation>Bu kayıt kodu zaten kullanılmış. Koordinatörünüzden yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your coordinator for a new code.</source>
        <translation>Bu kayıt kodunun süresi dolmuş. Koordinatörünüzden yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>Too many wrong enrolment codes were tried. Wait a few minutes, then try again.</source>
        <translation>Çok fazla yanlış kayıt kodu denendi. Birkaç dakika bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>This device already holds client records, so it can be connected for a caseworker only. A supervisor or the coordination office connects an empty device (a new vault). The code is still valid.</source>
        <translation>Bu cihazda zaten danışan kayıtları var, bu nedenle yalnızca bir vaka yöneticisi için bağlanabilir. Süpervizörler ve koordinasyon ofisi boş bir cihaz (yeni bir veri kasası) bağlar. Kod hâlâ geçerli.</translation>
    </message>
    <message>
        <source>The server did not accept this enrolment code. Check the code (it is valid once) or ask your coordinator for a new one.</source>
        <translation>Sunucu bu kayıt kodunu kabul etmedi. Kodu kontrol edin (yalnızca bir kez geçerlidir) veya koordinatörünüzden yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Outreach Desktop. Install the update; your changes are kept on this device until then.</source>
        <translation>Sunucu, Outreach Desktop&apos;ın daha yeni bir sürümünü gerektiriyor. Güncellemeyi yükleyin; değişiklikleriniz o zamana kadar bu cihazda saklanır.</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device, so its case data is removed from this computer.</source>
        <translation>Kurumunuz bu cihazın erişimini iptal etti, bu nedenle cihazdaki vaka verileri bu bilgisayardan kaldırılıyor.</translation>
    </message>
    <message>
        <source>The server refused the sync (%1). Your changes are kept on this device; if this happens again, tell your coordinator.</source>
        <translation>Sunucu eşitlemeyi reddetti (%1). Değişiklikleriniz bu cihazda saklanır; bu durum tekrarlanırsa koordinatörünüze bildirin.</translation>
    </message>
    <message>
        <source>The sync did not complete. Your changes are kept on this device and sent at the next sync.</source>
        <translation>Eşitleme tamamlanamadı. Değişiklikleriniz bu cihazda saklanır ve bir sonraki eşitlemede gönderilir.</translation>
    </message>
    <message numerus="yes">
        <source>The file has problems in %n row(s). Nothing was imported.</source>
        <translation>
            <numerusform>Dosyanın %n satırında sorun var. Hiçbir şey içe aktarılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Dosya okunamadı veya yazılamadı: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was lost; please try again.</source>
        <translation>Bir sorun oluştu (%1). Hiçbir veri kaybolmadı; lütfen yeniden deneyin.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &apos;CSV UTF-8&apos; from your spreadsheet program, or name its encoding with --encoding.</source>
        <translation>Dosya UTF-8 metni değil (satır %1). Dosyayı hesap tablosu programınızda &apos;CSV UTF-8&apos; olarak kaydedin veya kodlamasını --encoding ile belirtin.</translation>
    </message>
    <message>
        <source>The file has no column for the name. Expected a column such as &apos;Vorname&apos;, &apos;Nachname&apos;, &apos;Name&apos;, &apos;first name&apos; or &apos;last name&apos;; use --map to name it.</source>
        <translation>Dosyada ad için bir sütun yok. &apos;Vorname&apos;, &apos;Nachname&apos;, &apos;Name&apos;, &apos;first name&apos; veya &apos;last name&apos; gibi bir sütun bekleniyordu; sütunu --map ile belirtin.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; named in --map is not in the file.</source>
        <translation>--map ile belirtilen &apos;%1&apos; sütunu dosyada yok.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in --map is not a field that can be imported.</source>
        <translation>--map içindeki &apos;%1&apos;, içe aktarılabilen bir alan değil.</translation>
    </message>
    <message>
        <source>Only CSV and Excel (.xlsx) files can be imported.</source>
        <translation>Yalnızca CSV ve Excel (.xlsx) dosyaları içe aktarılabilir.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>Dosyada içe aktarılacak satır yok.</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 MB).</source>
        <translation>Dosya içe aktarılamayacak kadar büyük (sınır: %1 MB).</translation>
    </message>
    <message>
        <source>The text encoding &apos;%1&apos; is not known. Use for example --encoding utf-8 or --encoding cp1252.</source>
        <translation>&apos;%1&apos; metin kodlaması bilinmiyor. Örneğin --encoding utf-8 veya --encoding cp1252 kullanın.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet named &apos;%1&apos;.</source>
        <translation>Çalışma kitabında &apos;%1&apos; adlı bir sayfa yok.</translation>
    </message>
    <message>
        <source>The file has too many rows to import at once (more than %1). Split it into smaller files.</source>
        <translation>Dosyada tek seferde içe aktarılamayacak kadar çok satır var (%1 satırdan fazla). Dosyayı daha küçük dosyalara bölün.</translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet. Is it really a CSV or .xlsx file?</source>
        <translation>Dosya hesap tablosu olarak okunamadı. Gerçekten bir CSV veya .xlsx dosyası mı?</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Dosya içe aktarılamadı.</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; formulas are not imported</source>
        <translation>hesap tablosu formülüne benziyor; formüller içe aktarılmaz</translation>
    </message>
    <message>
        <source>text too long (%1 characters, at most %2)</source>
        <translation>metin çok uzun (%1 karakter, en fazla %2)</translation>
    </message>
    <message>
        <source>not a date (use DD.MM.YYYY or YYYY-MM-DD)</source>
        <translation>geçerli bir tarih değil (GG.AA.YYYY veya YYYY-AA-GG biçimini kullanın)</translation>
    </message>
    <message>
        <source>date of birth in the future or before 1900</source>
        <translation>doğum tarihi gelecekte veya 1900&apos;den önce</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>ad girilmemiş</translation>
    </message>
    <message>
        <source>same person as in row %1</source>
        <translation>%1. satırdaki kişiyle aynı</translation>
    </message>
    <message>
        <source>this person is already in the vault</source>
        <translation>bu kişi veri kasasında zaten var</translation>
    </message>
    <message>
        <source>client code already used</source>
        <translation>danışan kodu zaten kullanılıyor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known value</source>
        <translation>&apos;%1&apos; bilinen bir değer değil</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>kontrol karakterleri içeriyor</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos;: %3</source>
        <translation>Satır %1, sütun &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>çok uzun</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>iç içe yapı çok derin</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>izin verilmeyen bir karakter</translation>
    </message>
    <message>
        <source>something unexpected</source>
        <translation>beklenmeyen bir öğe</translation>
    </message>
    <message>
        <source>calling anything is not allowed (only comparisons, and/or/not and field names)</source>
        <translation>çağrı yapılamaz (yalnızca karşılaştırmalar, and/or/not ve alan adları kullanılabilir)</translation>
    </message>
    <message>
        <source>a dot after a field name is not allowed (no attributes)</source>
        <translation>alan adından sonra nokta kullanılamaz (öznitelik yok)</translation>
    </message>
    <message>
        <source>two comparisons in a row; join them with &apos;and&apos;</source>
        <translation>art arda iki karşılaştırma var; bunları &apos;and&apos; ile birleştirin</translation>
    </message>
    <message>
        <source>a value or a field name is missing</source>
        <translation>bir değer veya alan adı eksik</translation>
    </message>
    <message>
        <source>an opening bracket is missing</source>
        <translation>bir açılış parantezi eksik</translation>
    </message>
    <message>
        <source>a closing bracket is missing</source>
        <translation>bir kapanış parantezi eksik</translation>
    </message>
    <message>
        <source>a closing &apos;]&apos; is missing</source>
        <translation>kapanış &apos;]&apos; işareti eksik</translation>
    </message>
    <message>
        <source>a list may hold only fixed values</source>
        <translation>bir liste yalnızca sabit değerler içerebilir</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>metin değil</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>section</source>
        <translation>bölüm</translation>
    </message>
    <message>
        <source>field</source>
        <translation>alan</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>seçenek</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>kısıt</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>geçerli bir JSON değil (satır %1, sütun %2)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>dosya UTF-8 metni değil</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>dosya okunamıyor (%1)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>dosya çok büyük</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>dosyadaki iç içe yapı çok derin</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; eksik</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the wrong type</source>
        <translation>&apos;%1&apos; yanlış türde</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits and _, not starting with a digit)</source>
        <translation>&apos;%1&apos; geçerli bir kimlik değil (küçük harfler, rakamlar ve _ kullanılabilir; rakamla başlayamaz)</translation>
    </message>
    <message>
        <source>unknown format %1 (this app reads %2)</source>
        <translation>bilinmeyen biçim %1 (bu uygulama %2 biçimini okur)</translation>
    </message>
    <message>
        <source>the version must be a whole number of 1 or more</source>
        <translation>sürüm, 1 veya daha büyük bir tam sayı olmalı</translation>
    </message>
    <message>
        <source>version %1 exists twice</source>
        <translation>%1 sürümü iki kez var</translation>
    </message>
    <message>
        <source>unknown language code &apos;%1&apos; (known: de, en, tr, ar, fa, ru, uk)</source>
        <translation>bilinmeyen dil kodu &apos;%1&apos; (bilinenler: de, en, tr, ar, fa, ru, uk)</translation>
    </message>
    <message>
        <source>the text direction of &apos;%1&apos; must be ltr or rtl</source>
        <translation>&apos;%1&apos; için metin yönü ltr veya rtl olmalı</translation>
    </message>
    <message>
        <source>German (de) is required</source>
        <translation>Almanca (de) zorunludur</translation>
    </message>
    <message>
        <source>no text in the language &apos;%1&apos;</source>
        <translation>&apos;%1&apos; dilinde metin yok</translation>
    </message>
    <message>
        <source>the text in &apos;%1&apos; is too long (%2 characters, at most %3)</source>
        <translation>&apos;%1&apos; dilindeki metin çok uzun (%2 karakter, en fazla %3)</translation>
    </message>
    <message>
        <source>the form has no sections</source>
        <translation>formda hiç bölüm yok</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; kimliği iki kez kullanılmış</translation>
    </message>
    <message>
        <source>unknown field type &apos;%1&apos;</source>
        <translation>bilinmeyen alan türü &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>seçim alanı için seçenekler gerekir</translation>
    </message>
    <message>
        <source>the choice has no code</source>
        <translation>seçeneğin kodu yok</translation>
    </message>
    <message>
        <source>the choice code &apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; seçenek kodu iki kez kullanılmış</translation>
    </message>
    <message>
        <source>a field of type &apos;%1&apos; has no choices</source>
        <translation>&apos;%1&apos; türündeki bir alanın seçenekleri olamaz</translation>
    </message>
    <message>
        <source>the condition does not parse: %1 (at character %2)</source>
        <translation>koşul çözümlenemiyor: %1 (%2. karakterde)</translation>
    </message>
    <message>
        <source>the condition names an unknown field &apos;%1&apos;</source>
        <translation>koşulda bilinmeyen bir alan var: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in a form definition: where (form › section › field) and what.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A form definition was refused, so it cannot be shown:
%1</source>
        <translation>Bir form tanımı reddedildi, bu nedenle gösterilemiyor:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n soru hâlâ yanıt veya düzeltme bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>This form is no longer in the vault (discarded here or by a sync).</source>
        <translation>Bu form artık kasada değil (burada ya da bir eşitleme ile silindi).</translation>
    </message>
    <message>
        <source>This form is finished and is not changed again. Start a new one.</source>
        <translation>Bu form tamamlandı ve artık değiştirilmez. Yeni bir form başlatın.</translation>
    </message>
    <message>
        <source>This draft belongs to another version of the form; nothing was saved.</source>
        <translation>Bu taslak formun başka bir sürümüne ait; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The form is not written in this language.</source>
        <translation>Form bu dilde mevcut değil.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>Bu danışan artık veri kasasında değil (burada veya bir eşitleme sonucunda silinmiş).</translation>
    </message>
    <message>
        <source>An answer is too long (at most 20,000 characters); nothing was saved.</source>
        <translation>Bir yanıt çok uzun (en fazla 20.000 karakter); hiçbir şey kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Written</source>
        <translation>Yazılma tarihi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Seçili not</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Yeni not</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Not ekle</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Name</source>
        <extracomment>A client field (as the server names it) -&gt; the overview row that shows it.</extracomment>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Diğer adlar</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Danışan kodu</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Oturum durumu</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Telefon ve e-posta</translation>
    </message>
    <message>
        <source>Consent</source>
        <extracomment>Einwilligung to data processing.</extracomment>
        <translation>Onay</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>Hedef grup bilgileri</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>Hassas bilgileri gizle</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>Hassas bilgileri göster</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Sunucu tarafından reddedildi: %1</translation>
    </message>
    <message>
        <source>The server rejected a change: %1</source>
        <translation>Sunucu bir değişikliği reddetti: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Date of birth followed by the age, e.g. &quot;04.05.2003 (22 years)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No consent recorded. Record consent before storing more than a first contact.</source>
        <translation>Onay kaydedilmemiş. İlk görüşmeden fazlasını kaydetmeden önce onayı kaydedin.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>%1 tarihinde geri çekildi (verilme tarihi: %2)</translation>
    </message>
    <message>
        <source>Given on %1 (form %2, version %3)</source>
        <translation>%1 tarihinde verildi (form %2, sürüm %3)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <extracomment>The sensitive markers are not shown until the button beside is pressed.</extracomment>
        <translation>Gizli</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Kayıt yok</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <extracomment>Toggle beside a passphrase field: hide the typed characters again.</extracomment>
        <translation>Gizle</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Toggle beside a passphrase field: show the typed characters.</extracomment>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Parolayı gizle</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Parolayı göster</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>Forms that are signed on paper (the sheet gets signature lines).</extracomment>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where it is protected, print it, and delete it afterwards.</source>
        <translation>PDF şifrelenmez: dosyaya ulaşan herkes onu okuyabilir. Dosyayı yalnızca korunan bir yere kaydedin, yazdırın ve ardından silin.</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <extracomment>Suggested file name of a saved form: form id, client code.</extracomment>
        <translation>%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>you</source>
        <translation>siz</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>bir meslektaşınız</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>Client %1, %2: “%3” was changed on the server and on this device.</source>
        <translation>Danışan %1, %2: “%3” hem sunucuda hem de bu cihazda değiştirildi.</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Değiştiren: %1, %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>tümüyle reddedildi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <source>The server refused this change as a whole.</source>
        <translation>Sunucu bu değişikliği bütünüyle reddetti.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Sunucu bir neden belirtmedi.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Değişikliği geri al</translation>
    </message>
    <message>
        <source>Discard this change? It goes back to what it was before, and it will not be sent to the server.</source>
        <translation>Bu değişiklik geri alınsın mı? Kayıt önceki hâline döner ve değişiklik sunucuya gönderilmez.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Eşitleme sorunları</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Çakışmalar (%1)</translation>
    </message>
    <message>
        <source>Rejected changes (%1)</source>
        <translation>Reddedilen değişiklikler (%1)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Açık çakışma yok.</translation>
    </message>
    <message>
        <source>No rejected changes.</source>
        <translation>Reddedilen değişiklik yok.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Reddedilen değişiklikler</translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation>Sunucudaki değer</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Sizin değeriniz</translation>
    </message>
    <message>
        <source>Keep &amp;server value</source>
        <translation>&amp;Sunucudaki değeri koru</translation>
    </message>
    <message>
        <source>Use &amp;my value</source>
        <translation>&amp;Benim değerimi kullan</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>İkisini birleştir</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Birleştirilmiş metin</translation>
    </message>
    <message>
        <source>Save &amp;combined text</source>
        <translation>Birleştirilmiş metni &amp;kaydet</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Kaydı &amp;aç</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Yeniden gönder</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Geri al…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Yazdıklarınız silinsin mi?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Düzenlemeye devam et</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>Intake</source>
        <extracomment>Client fields whose values are catalogue codes, and which catalogue they come from. Fields whose values history shows only while the sensitive markers are shown. Case phase 1 of the method (Zugang/Erstkontakt).</extracomment>
        <translation>İlk görüşme</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Case phase 2: the client&apos;s situation and resources.</extracomment>
        <translation>Durum değerlendirmesi</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <extracomment>Case phase 3 (Zielvereinbarung / Hilfeplan).</extracomment>
        <translation>Hedef belirleme</translation>
    </message>
    <message>
        <source>Implementation</source>
        <extracomment>Case phase 4 (Umsetzung / Vermittlung).</extracomment>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Case phase 5.</extracomment>
        <translation>İzleme</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Case phase 6 (Evaluation &amp; Fallabschluss).</extracomment>
        <translation>Kapanış</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Referral status: the referral is intended, nothing arranged yet.</extracomment>
        <translation>Planlandı</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>Referral status: the client was referred (an appointment or contact is made).</extracomment>
        <translation>Yönlendirildi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>Referral status: the institution took the client on.</extracomment>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>Referral status: the institution or the client said no.</extracomment>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Diğer adlar</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Oturum durumu</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>Hedef grup bilgileri</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Telefon ve e-posta</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Danışan kodu</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Vaka yöneticisi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Açılış tarihi</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Kapanış tarihi</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Kapanış nedeni</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>A case file of the case management method.</extracomment>
        <translation>Vaka</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Belirlenme tarihi</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Tamamlanma tarihi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silinme tarihi</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Görüşme</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Eşitlendi</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Henüz eşitlenmedi</translation>
    </message>
    <message>
        <source>Conflict — needs a decision</source>
        <translation>Çakışma — karar gerekiyor</translation>
    </message>
    <message>
        <source>Rejected by the server — needs correction</source>
        <translation>Sunucu tarafından reddedildi — düzeltme gerekiyor</translation>
    </message>
    <message>
        <source>Only on this device</source>
        <translation>Yalnızca bu cihazda</translation>
    </message>
    <message>
        <source>The server needs a value here.</source>
        <translation>Sunucu burada bir değer gerektiriyor.</translation>
    </message>
    <message>
        <source>The server refused this text as too long.</source>
        <translation>Sunucu bu metni çok uzun olduğu için reddetti.</translation>
    </message>
    <message>
        <source>The server expected a text here.</source>
        <translation>Sunucu burada bir metin bekliyordu.</translation>
    </message>
    <message>
        <source>The server expected a date here.</source>
        <translation>Sunucu burada bir tarih bekliyordu.</translation>
    </message>
    <message>
        <source>The server expected a whole number here.</source>
        <translation>Sunucu burada bir tam sayı bekliyordu.</translation>
    </message>
    <message>
        <source>The record this refers to is not on the server (deleted there).</source>
        <translation>Bunun ilgili olduğu kayıt sunucuda yok (orada silinmiş).</translation>
    </message>
    <message>
        <source>This refers to a record of another client.</source>
        <translation>Bu, başka bir danışanın kaydıyla ilgili.</translation>
    </message>
    <message>
        <source>A record cannot be moved to another client or case.</source>
        <translation>Bir kayıt başka bir danışana veya vakaya taşınamaz.</translation>
    </message>
    <message>
        <source>Only the server sets this value.</source>
        <translation>Bu değeri yalnızca sunucu belirler.</translation>
    </message>
    <message>
        <source>The server does not know this field.</source>
        <translation>Sunucu bu alanı tanımıyor.</translation>
    </message>
    <message>
        <source>This client is no longer yours on the server (transferred or not shared).</source>
        <translation>Bu danışan sunucuda artık size ait değil (devredilmiş veya sizinle paylaşılmamış).</translation>
    </message>
    <message>
        <source>The server refused this change (%1).</source>
        <translation>Sunucu bu değişikliği reddetti (%1).</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Yorum</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Düzeltmeye geri gönderildi</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>History: a record was created.</extracomment>
        <translation>oluşturuldu</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>History: a record was changed.</extracomment>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>History: a record was deleted.</extracomment>
        <translation>silindi</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Bir ad veya soyadı girin.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Bu alan zorunludur.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Bu metin çok uzun.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Bu tarih gelecekte.</translation>
    </message>
    <message>
        <source>This date is before 1900.</source>
        <translation>Bu tarih 1900&apos;den önce.</translation>
    </message>
    <message>
        <source>Enter between 1 and 1440 minutes.</source>
        <translation>1 ile 1440 arasında bir dakika değeri girin.</translation>
    </message>
    <message>
        <source>The follow-up must not be before the contact.</source>
        <translation>Takip tarihi, görüşme tarihinden önce olamaz.</translation>
    </message>
    <message>
        <source>The due date must not be before the start.</source>
        <translation>Son tarih, başlangıç tarihinden önce olamaz.</translation>
    </message>
    <message>
        <source>The case cannot close before it was opened.</source>
        <translation>Vaka, açıldığı tarihten önce kapatılamaz.</translation>
    </message>
    <message>
        <source>The file is too large (at most 25 MB).</source>
        <translation>Dosya çok büyük (en fazla 25 MB).</translation>
    </message>
    <message>
        <source>Not a date. Use the format %1.</source>
        <translation>Geçerli bir tarih değil. %1 biçimini kullanın.</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Bir danışan seçin.</translation>
    </message>
    <message>
        <source>Outside the programme&apos;s age range (18–27). You can still save.</source>
        <translation>Programın yaş aralığının (18–27) dışında. Yine de kaydedebilirsiniz.</translation>
    </message>
    <message>
        <source>This client already has an open case.</source>
        <translation>Bu danışanın zaten açık bir vakası var.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Bu vaka zaten kapatılmış.</translation>
    </message>
    <message>
        <source>The case cannot move to that phase from where it is now.</source>
        <translation>Vaka, şu anki aşamasından bu aşamaya geçemez.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>Bu danışan artık veri kasasında değil (burada veya bir eşitleme sonucunda silinmiş).</translation>
    </message>
    <message>
        <source>This document is no longer in the vault.</source>
        <translation>Bu belge artık veri kasasında değil.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n yaşında</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Add referral</source>
        <translation>Yönlendirme ekle</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Kurum</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Durum</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tarih</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Not</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation>Yönlendirme ekle…</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Yönlendirme ekle</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Unknown caseworker</source>
        <translation>Bilinmeyen vaka yöneticisi</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to review</source>
        <translation>
            <numerusform>Değerlendirilecek %n kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s)</source>
        <translation>
            <numerusform>%1 (%2): %n kayıt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>Yorumla geri gönder</translation>
    </message>
    <message>
        <source>Return “%1” to the caseworker for correction. Say what needs to change:</source>
        <translation>“%1” kaydını düzeltilmesi için vaka yöneticisine geri gönderin. Neyin değişmesi gerektiğini yazın:</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Geri gönder</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Yorum</translation>
    </message>
    <message>
        <source>Your comment on “%1” for the caseworker:</source>
        <translation>“%1” hakkında vaka yöneticisine yorumunuz:</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Yorumu gönder</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <source>Goal agreement awaits decision</source>
        <translation>Hedef belirleme karar bekliyor</translation>
    </message>
    <message>
        <source>Closure awaits decision</source>
        <translation>Kapanış karar bekliyor</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Bilinmeyen kişi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Süre (dakika)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Takip tarihi</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Yönlendirme tarihi</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Form sürümü</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Yanıtlar</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Verilme tarihi</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Geri çekilme tarihi</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dosya adı</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dosya türü</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(gizli)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(değiştirildi)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>taslak</translation>
    </message>
    <message>
        <source>final</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>ulaşıldı</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vazgeçildi</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Hedef belirleme</translation>
    </message>
    <message>
        <source>Case closure</source>
        <translation>Vaka kapanışı</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Değerlendirildi</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (sürüm %2)</translation>
    </message>
    <message>
        <source>outdated — the record changed since</source>
        <translation>güncel değil — kayıt o zamandan beri değişti</translation>
    </message>
    <message>
        <source>Nothing to review: every record of your team was looked at since it last changed.</source>
        <translation>Değerlendirilecek bir şey yok: ekibinizin tüm kayıtları son değişikliklerinden sonra incelendi.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n danışan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) waiting</source>
        <translation>
            <numerusform>%n karar bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Değerlendirme listesi</translation>
    </message>
    <message>
        <source>Caseworker and client</source>
        <translation>Vaka yöneticisi ve danışan</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Bekleyen karar</translation>
    </message>
    <message>
        <source>Records to review, by caseworker</source>
        <translation>Vaka yöneticisine göre değerlendirilecek kayıtlar</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ne değişti</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Changes of the selected client</source>
        <translation>Seçili danışanın değişiklikleri</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Değerlendirildi olarak işaretle</translation>
    </message>
    <message>
        <source>Mark the listed records as reviewed (Ctrl+Enter); decisions stay open</source>
        <translation>Listelenen kayıtları değerlendirildi olarak işaretle (Ctrl+Enter); kararlar açık kalır</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Onayla</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>Yorumla &amp;geri gönder…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Yorum yaz…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Kaydı &amp;aç</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Data folder: %1</source>
        <translation>Veri klasörü: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>%n dakika işlem yapılmadığı için kilitlendi</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Shown on the lock screen after the user chose File &gt; Lock.</extracomment>
        <translation>Kilitli</translation>
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
        <translation>Girilen iki parola aynı değil.</translation>
    </message>
    <message>
        <source>Set up Outreach Desktop</source>
        <translation>Outreach Desktop kurulumu</translation>
    </message>
    <message>
        <source>Protect the case data on this laptop</source>
        <translation>Bu dizüstü bilgisayardaki vaka verilerini koruyun</translation>
    </message>
    <message>
        <source>Choose a passphrase. You will type it each time you open the app and after it locks. Several words that belong together only for you are easy to remember and hard to guess.</source>
        <translation>Bir parola seçin. Uygulamayı her açtığınızda ve uygulama kilitlendikten sonra bu parolayı gireceksiniz. Yalnızca sizin için bir anlam taşıyan birkaç sözcük hem kolay hatırlanır hem de zor tahmin edilir.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Parola</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>Parolayı &amp;tekrar girin</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Parolayı tekrar girin</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this laptop cannot be recovered. Nobody can reset it, not even your administrator. If the app syncs with your organisation&apos;s server, you can set it up anew and download your cases again.</source>
        <translation>Parolayı unutursanız bu dizüstü bilgisayardaki veriler kurtarılamaz. Parolayı hiç kimse, yöneticiniz bile sıfırlayamaz. Uygulama kurumunuzun sunucusuyla eşitleme yapıyorsa uygulamayı yeniden kurup vakalarınızı tekrar indirebilirsiniz.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>Parolayı unutursanız</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Veri kasası &amp;oluştur</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Veri kasası oluştur</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Veri kasası oluşturuluyor</translation>
    </message>
</context>
<context>
    <name>StartFormDialog</name>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>Form başlat</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Çok kısa: en az %n karakter kullanın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Add more words.</source>
        <extracomment>Passphrase strength. Too weak to be accepted.</extracomment>
        <translation>Güç: zayıf. Daha fazla sözcük ekleyin.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Güç: orta</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Güç: iyi</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Güç: çok iyi</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Parola gücü</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n sorun</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts and changes the server did not accept. Click to resolve them.</source>
        <translation>Çakışmalar ve sunucunun kabul etmediği değişiklikler. Çözmek için tıklayın.</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Bir sunucuya bağlı değil</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation>Çevrimiçi durumu bilinmiyor</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n değişiklik bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Son eşitleme: henüz yok</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Son eşitleme: %1</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Takip tarihi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Not assigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>Unknown caseworker</source>
        <translation>Bilinmeyen vaka yöneticisi</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Ekip toplamı</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Takip gecikmiş</translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s) overdue</source>
        <translation>
            <numerusform>%n hedef adımı gecikmiş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n açık çakışma</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Geciken bir şey yok</translation>
    </message>
    <message>
        <source>Select a caseworker above to see their clients.</source>
        <translation>Danışanlarını görmek için yukarıdan bir vaka yöneticisi seçin.</translation>
    </message>
    <message>
        <source>%1 has no clients.</source>
        <translation>%1 için danışan yok.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Clients of %1 (%n):</source>
        <translation>
            <numerusform>Danışan&amp;lar — %1 (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New clients (intake, opened in the last %1 days): %n</source>
        <translation>
            <numerusform>&amp;Yeni danışanlar (ilk görüşme aşamasında, son %1 günde açılan): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No new clients: none in intake opened in the last %1 days.</source>
        <translation>Yeni danışan yok: son %1 günde açılıp ilk görüşme aşamasında olan danışan yok.</translation>
    </message>
    <message>
        <source>Assign a client</source>
        <translation>Danışan ata</translation>
    </message>
    <message>
        <source>Assign client %1 to %2?</source>
        <translation>Danışan %1, %2 adlı kişiye atansın mı?</translation>
    </message>
    <message>
        <source>Transfer client %1 from %2 to %3? The old laptop loses the record at its next sync; %3&apos;s laptop receives it.</source>
        <translation>Danışan %1, %2 adlı kişiden %3 adlı kişiye devredilsin mi? Kayıt, bir sonraki eşitlemede eski dizüstü bilgisayardan kaldırılır ve %3 adlı kişinin dizüstü bilgisayarına gelir.</translation>
    </message>
    <message>
        <source>Transfer a client</source>
        <translation>Danışan devret</translation>
    </message>
    <message>
        <source>Transferring client %1 to %2…</source>
        <translation>Danışan %1, %2 adlı kişiye devrediliyor…</translation>
    </message>
    <message>
        <source>Client %1 now belongs to %2. The lists here follow after the sync that is starting now.</source>
        <translation>Danışan %1 artık %2 adlı kişiye ait. Buradaki listeler, şimdi başlayan eşitlemeden sonra güncellenir.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing was transferred. Try again when this laptop is online.</source>
        <translation>Sunucuya ulaşılamıyor, bu nedenle hiçbir şey devredilmedi. Bu dizüstü bilgisayar çevrimiçi olduğunda yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server did not allow this transfer: the client or the caseworker is not (or no longer) in your team. Nothing was changed. Sync, then try again.</source>
        <translation>Sunucu bu devir işlemine izin vermedi: danışan veya vaka yöneticisi ekibinizde değil (veya artık değil). Hiçbir şey değiştirilmedi. Eşitleme yapın, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server refused the transfer (%1). Nothing was changed; if this happens again, tell your coordinator.</source>
        <translation>Sunucu devir işlemini reddetti (%1). Hiçbir şey değiştirilmedi; bu durum tekrarlanırsa koordinatörünüze bildirin.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <source>Open cases per caseworker. &quot;No contact&quot; counts open cases whose latest contact (or opening) is at least 30, 60 or 90 days ago; a case counted under 90 days is counted under 30 and 60 too. Click a heading to sort.</source>
        <translation>Vaka yöneticisi başına açık vakalar. &quot;Görüşme yok&quot; sütunları, son görüşmesinin (veya açılışının) üzerinden en az 30, 60 veya 90 gün geçmiş açık vakaları sayar; 90 gün sütununda sayılan bir vaka 30 ve 60 gün sütunlarında da sayılır. Sıralamak için bir başlığa tıklayın.</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Vaka yöneticisi</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktif vakalar</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Geciken takipler</translation>
    </message>
    <message>
        <source>Overdue goal steps</source>
        <translation>Geciken hedef adımları</translation>
    </message>
    <message>
        <source>No contact 30+ days</source>
        <translation>Görüşme yok: 30+ gün</translation>
    </message>
    <message>
        <source>No contact 60+ days</source>
        <translation>Görüşme yok: 60+ gün</translation>
    </message>
    <message>
        <source>No contact 90+ days</source>
        <translation>Görüşme yok: 90+ gün</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Açık çakışmalar</translation>
    </message>
    <message>
        <source>Caseload per caseworker</source>
        <translation>Vaka yöneticisi başına vaka sayısı</translation>
    </message>
    <message>
        <source>No caseworkers or cases yet. Your team appears here after the first sync with the server.</source>
        <translation>Henüz vaka yöneticisi veya vaka yok. Ekibiniz, sunucuyla yapılan ilk eşitlemeden sonra burada görünür.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Son görüşme</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Görüşmesiz geçen gün</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <source>Clients of the selected caseworker</source>
        <translation>Seçili vaka yöneticisinin danışanları</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Açılış tarihi</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Yeni danışanlar</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>&amp;Kaydı aç</translation>
    </message>
    <message>
        <source>&amp;Transfer to…</source>
        <translation>&amp;Devret…</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Ata…</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>New feedback</source>
        <extracomment>Column widths in average characters of the font.</extracomment>
        <translation>Yeni geri bildirim</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Agenda status of an item whose date has passed.</extracomment>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>agenda status</comment>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Approved by your supervisor</source>
        <translation>Süpervizörünüz tarafından onaylandı</translation>
    </message>
    <message>
        <source>Returned by your supervisor for correction</source>
        <translation>Süpervizörünüz tarafından düzeltme için geri gönderildi</translation>
    </message>
    <message>
        <source>Comment from your supervisor</source>
        <translation>Süpervizörünüzden yorum</translation>
    </message>
    <message>
        <source>Goal step: %1</source>
        <extracomment>%1 is the title of a goal step the caseworker agreed with the client.</extracomment>
        <translation>Hedef adımı: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <extracomment>A follow-up date set when a contact was logged.</extracomment>
        <translation>Takip</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Bugün yapılacak bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n yapılacak iş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n gecikmiş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback(s) from your supervisor</source>
        <translation>
            <numerusform>Süpervizörünüzden %n yeni geri bildirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <comment>page title</comment>
        <extracomment>Page title: what is due today (German: Heute).</extracomment>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Yapılacak iş</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Bugün yapılacaklar ve gecikenler</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer a client</source>
        <translation>Danışan devret</translation>
    </message>
    <message>
        <source>Client %1 is with %2 now. Transfer to:</source>
        <translation>Danışan %1 şu anda %2 adlı kişide. Devredilecek kişi:</translation>
    </message>
    <message>
        <source>Client %1 has no caseworker yet. Assign to:</source>
        <translation>Danışan %1 için henüz vaka yöneticisi yok. Atanacak kişi:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Vaka yöneticisi</translation>
    </message>
    <message>
        <source>There is no other caseworker in your team to transfer to (the team list comes with the next sync).</source>
        <translation>Ekibinizde devredilebilecek başka bir vaka yöneticisi yok (ekip listesi bir sonraki eşitlemeyle gelir).</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <extracomment>The demo workspace&apos;s passphrase: public on purpose (README, unlock screen), so the demo must only ever hold invented data. ASCII only, so that it can be typed on an Arabic, Persian or Cyrillic keyboard layout too (&quot;Köln&quot; could not).</extracomment>
        <translation>
            <numerusform>%n saniye sonra yeniden deneyebilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Parola</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Veri kasası açılıyor</translation>
    </message>
    <message>
        <source>Demo workspace with invented clients. Its passphrase is public:
%1
Never enter real client data here.</source>
        <translation>Uydurma danışanlardan oluşan demo çalışma alanı. Parolası herkese açıktır:
%1
Buraya asla gerçek danışan verileri girmeyin.</translation>
    </message>
    <message>
        <source>Preparing the demo data</source>
        <translation>Demo verileri hazırlanıyor</translation>
    </message>
    <message>
        <source>Preparing the demo: %v of %m clients</source>
        <extracomment>%v and %m are filled in by Qt: clients written so far, and all of them.</extracomment>
        <translation>Demo hazırlanıyor: %v/%m danışan</translation>
    </message>
</context>
</TS>

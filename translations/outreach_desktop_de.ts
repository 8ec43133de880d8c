<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Outreach Desktop: encrypted case management.</source>
        <translation>Outreach Desktop: verschlüsseltes Fallmanagement.</translation>
    </message>
    <message>
        <source>data folder (default: the platform&apos;s local app data folder)</source>
        <translation>Datenordner (Standard: der lokale App-Datenordner des Betriebssystems)</translation>
    </message>
    <message>
        <source>user interface language (default: settings, else system, else de)</source>
        <translation>Sprache der Benutzeroberfläche (Standard: aus den Einstellungen, sonst die des Systems, sonst de)</translation>
    </message>
    <message>
        <source>open the demo workspace (invented clients, its own data folder, a public passphrase shown on the unlock screen)</source>
        <translation>Demo-Arbeitsbereich öffnen (erfundene Klient*innen, eigener Datenordner, öffentliche Passphrase, die beim Entsperren angezeigt wird)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Device removed</source>
        <extracomment>Keyword arguments for the SyncController (tests: short timers, no network info).</extracomment>
        <translation>Gerät entfernt</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device&apos;s access to the server, so its case data was removed from this computer. Ask your coordinator for a new enrolment code to set it up again.</source>
        <translation>Ihr Träger hat den Zugang dieses Geräts zum Server widerrufen, daher wurden die Falldaten von diesem Computer entfernt. Bitten Sie Ihre*n Koordinator*in um einen neuen Registrierungscode, um das Gerät wieder einzurichten.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This kind of document cannot be shown inside the app.</source>
        <translation>Diese Art von Dokument kann in der App nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to the folder you choose can read it. Save it only where it is protected, and delete it when you no longer need it.</source>
        <translation>Die Kopie wird nicht verschlüsselt: Alle, die Zugriff auf den gewählten Ordner haben, können sie lesen. Speichern Sie sie nur an einem geschützten Ort und löschen Sie sie, sobald Sie sie nicht mehr benötigen.</translation>
    </message>
    <message>
        <source>Save unencrypted copy…</source>
        <translation>Unverschlüsselte Kopie speichern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <source>Auto-lock</source>
        <translation>Automatische Sperre</translation>
    </message>
    <message>
        <source>Lock the app after this many &amp;minutes without keyboard or mouse activity:</source>
        <translation>App nach so vielen &amp;Minuten ohne Tastatur- oder Mausaktivität sperren:</translation>
    </message>
    <message>
        <source>Minutes until auto-lock</source>
        <translation>Minuten bis zur automatischen Sperre</translation>
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
        <translation>weniger als %1</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>Für diesen Zeitraum gibt es keine Kennzahlen.</translation>
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
        <translation>Neuen Fall eröffnen</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Fall abschließen…</translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>Noch kein Fall.</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Aktuelle Phase: %1</translation>
    </message>
    <message>
        <source>Move on to %1</source>
        <translation>Weiter zu %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Case opened on %1.</source>
        <translation>Fall eröffnet am %1.</translation>
    </message>
    <message>
        <source>Case opened on %1, closed on %2: %3.</source>
        <translation>Fall eröffnet am %1, abgeschlossen am %2: %3.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase</source>
        <translation>Neue Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Passphrase wird geändert</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No passphrase: run this in a terminal, or set %1 for scripted use.</source>
        <translation>Keine Passphrase: Führen Sie den Befehl in einem Terminal aus oder setzen Sie für Skripte %1.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Die beiden Passphrasen sind verschieden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A new vault will be created in %1.</source>
        <translation>In %1 wird ein neuer Datentresor angelegt.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this device cannot be recovered by anyone. With sync, it can be downloaded again after setting up anew.</source>
        <translation>Wenn Sie die Passphrase vergessen, kann niemand die Daten auf diesem Gerät wiederherstellen. Mit Synchronisierung können Sie die Daten nach einer neuen Einrichtung erneut herunterladen.</translation>
    </message>
    <message>
        <source>Vault created (id %1).</source>
        <translation>Datentresor angelegt (ID %1).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Datentresor-ID</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klient*innen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>Noch nicht synchronisierte Änderungen</translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation>SQLCipher-Version</translation>
    </message>
    <message>
        <source>--map needs the form &quot;Column=field&quot;, got: %1</source>
        <translation>--map erwartet die Form „Spalte=Feld“, erhalten: %1</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ignorierte Spalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) ready to import; nothing was written.</source>
        <translation>
            <numerusform>Probelauf: %n Zeile kann importiert werden; es wurde nichts gespeichert.</numerusform>
            <numerusform>Probelauf: %n Zeilen können importiert werden; es wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>As it is, the file would not be imported: fix the rows named above (or add --skip-duplicates for duplicates).</source>
        <translation>So würde die Datei nicht importiert: Korrigieren Sie die oben genannten Zeilen (oder geben Sie bei Duplikaten --skip-duplicates an).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n Klient*in importiert.</numerusform>
            <numerusform>%n Klient*innen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n Duplikat übersprungen.</numerusform>
            <numerusform>%n Duplikate übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>To import the other rows and skip the duplicates, add --skip-duplicates.</source>
        <translation>Um die übrigen Zeilen zu importieren und die Duplikate zu überspringen, geben Sie --skip-duplicates an.</translation>
    </message>
    <message>
        <source>Encryption library (SQLCipher)</source>
        <translation>Verschlüsselungsbibliothek (SQLCipher)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Device secret in the keyring</source>
        <translation>Gerätegeheimnis im Schlüsselbund</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>Dateiberechtigungen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Encrypted pages (cipher_integrity_check)</source>
        <translation>Verschlüsselte Seiten (cipher_integrity_check)</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>Datenbankstruktur</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Noch nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Vom Server nicht angenommene Änderungen</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Unread feedback</source>
        <translation>Ungelesene Rückmeldungen</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <source>Sync: not connected to a server (outreach enroll).</source>
        <translation>Synchronisierung: nicht mit einem Server verbunden (outreach enroll).</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
    <message>
        <source>This device is connected to %1 (device %2). Run &apos;outreach sync&apos; to download the caseload.</source>
        <translation>Dieses Gerät ist mit %1 verbunden (Gerät %2). Führen Sie „outreach sync“ aus, um Ihre Fälle herunterzuladen.</translation>
    </message>
    <message>
        <source>Sync done: %1 change(s) sent, %2 received.</source>
        <translation>Synchronisierung abgeschlossen: %1 Änderung(en) gesendet, %2 empfangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision (open the app).</source>
        <translation>
            <numerusform>%n Konflikt braucht eine Entscheidung (öffnen Sie die App).</numerusform>
            <numerusform>%n Konflikte brauchen eine Entscheidung (öffnen Sie die App).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not accepted by the server (open the app).</source>
        <translation>
            <numerusform>%n Änderung wurde vom Server nicht angenommen (öffnen Sie die App).</numerusform>
            <numerusform>%n Änderungen wurden vom Server nicht angenommen (öffnen Sie die App).</numerusform>
        </translation>
    </message>
    <message>
        <source>The data on this device still differs from the server after a fresh download. Run &apos;outreach sync&apos; again later; if it persists, tell support.</source>
        <translation>Die Daten auf diesem Gerät weichen auch nach einem erneuten vollständigen Herunterladen von denen auf dem Server ab. Führen Sie „outreach sync“ später noch einmal aus; wenn das Problem bleibt, wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>Readable by other users: %1. Run: chmod 700 on the folder and chmod 600 on its files.</source>
        <translation>Für andere Benutzerkonten lesbar: %1. Führen Sie chmod 700 für den Ordner und chmod 600 für seine Dateien aus.</translation>
    </message>
    <message>
        <source>The keyring in use (%1) is not the one the vault was set up with (%2).</source>
        <translation>Der verwendete Schlüsselbund (%1) ist nicht der, mit dem der Datentresor eingerichtet wurde (%2).</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from the server or a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt: %1. Stellen Sie sie vom Server oder aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The SQLite library has no encryption. Reinstall the app.</source>
        <translation>Die SQLite-Bibliothek unterstützt keine Verschlüsselung. Installieren Sie die App neu.</translation>
    </message>
    <message>
        <source>The schema is not the current one.</source>
        <translation>Das Schema ist nicht auf dem aktuellen Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Aktuelle Passphrase: </translation>
    </message>
    <message>
        <source>Passphrase changed. The data key itself is unchanged; use &apos;outreach rekey&apos; to replace it too.</source>
        <translation>Passphrase geändert. Der Datenschlüssel selbst ist unverändert; mit „outreach rekey“ ersetzen Sie auch ihn.</translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new data key.</source>
        <translation>Die Datenbank wurde mit einem neuen Datenschlüssel neu verschlüsselt.</translation>
    </message>
    <message>
        <source>Demo data: %1 of %2 clients written</source>
        <translation>Demodaten: %1 von %2 Klient*innen angelegt</translation>
    </message>
    <message numerus="yes">
        <source>The vault already holds %n client(s). Demo data is meant for an empty vault; add --force to add it anyway.</source>
        <translation>
            <numerusform>Der Datentresor enthält bereits %n Klient*in. Demodaten sind für einen leeren Datentresor gedacht; geben Sie --force an, um sie trotzdem hinzuzufügen.</numerusform>
            <numerusform>Der Datentresor enthält bereits %n Klient*innen. Demodaten sind für einen leeren Datentresor gedacht; geben Sie --force an, um sie trotzdem hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n demo client(s) were written (whole batches); the rest was not.</source>
        <translation>
            <numerusform>Abgebrochen. %n Demo-Klient*in wurde angelegt (nur vollständige Stapel), der Rest nicht.</numerusform>
            <numerusform>Abgebrochen. %n Demo-Klient*innen wurden angelegt (nur vollständige Stapel), der Rest nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written (seed %1):</source>
        <translation>Demodaten angelegt (Seed %1):</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Goal steps</source>
        <translation>Zielschritte</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>a whole number of at least 1, got: %1</source>
        <translation>eine ganze Zahl von mindestens 1, erhalten: %1</translation>
    </message>
    <message>
        <source>Outreach Desktop, headless: set up, import, check. The passphrase is asked for, or read from OUTREACH_PASSPHRASE (for scripts; see the README for the risk).</source>
        <translation>Outreach Desktop ohne Oberfläche: einrichten, importieren, prüfen. Die Passphrase wird abgefragt oder aus OUTREACH_PASSPHRASE gelesen (für Skripte; zum Risiko siehe README).</translation>
    </message>
    <message>
        <source>data folder (default: %1)</source>
        <translation>Datenordner (Standard: %1)</translation>
    </message>
    <message>
        <source>language of the messages</source>
        <translation>Sprache der Meldungen</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>neuen Datentresor anlegen</translation>
    </message>
    <message>
        <source>import a CSV or XLSX client list</source>
        <translation>Klient*innenliste als CSV oder XLSX importieren</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>die .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>map a column to a field (or &apos;ignore&apos;); may be repeated</source>
        <translation>Spalte einem Feld zuordnen (oder „ignore“); mehrfach möglich</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>anzeigen, was importiert würde</translation>
    </message>
    <message>
        <source>text encoding of a CSV file (default: UTF-8)</source>
        <translation>Zeichenkodierung einer CSV-Datei (Standard: UTF-8)</translation>
    </message>
    <message>
        <source>worksheet of an XLSX file (default: the first)</source>
        <translation>Tabellenblatt einer XLSX-Datei (Standard: das erste)</translation>
    </message>
    <message>
        <source>import the other rows when some are already in the vault</source>
        <translation>übrige Zeilen importieren, wenn einige schon im Datentresor sind</translation>
    </message>
    <message>
        <source>counts, outbox size, cipher version</source>
        <translation>Anzahlen, noch nicht synchronisierte Änderungen, SQLCipher-Version</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>connect this device to the sync server</source>
        <translation>dieses Gerät mit dem Synchronisierungsserver verbinden</translation>
    </message>
    <message>
        <source>the server&apos;s address (https://…)</source>
        <translation>die Adresse des Servers (https://…)</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <translation>der einmalige Registrierungscode</translation>
    </message>
    <message>
        <source>trust only this CA bundle (PEM) for the server&apos;s certificate</source>
        <translation>für das Zertifikat des Servers nur diesem CA-Bundle (PEM) vertrauen</translation>
    </message>
    <message>
        <source>a name for this device (default: the computer&apos;s name)</source>
        <translation>ein Name für dieses Gerät (Standard: der Name des Computers)</translation>
    </message>
    <message>
        <source>send waiting changes and receive new ones</source>
        <translation>wartende Änderungen senden und neue empfangen</translation>
    </message>
    <message>
        <source>show progress</source>
        <translation>Fortschritt anzeigen</translation>
    </message>
    <message>
        <source>check the installation and the vault</source>
        <translation>Installation und Datentresor prüfen</translation>
    </message>
    <message>
        <source>skip the checks that need the passphrase</source>
        <translation>Prüfungen überspringen, die die Passphrase benötigen</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>re-encrypt the database with a new data key</source>
        <translation>Datenbank mit einem neuen Datenschlüssel neu verschlüsseln</translation>
    </message>
    <message>
        <source>fill the vault with invented demo clients</source>
        <translation>Datentresor mit erfundenen Demo-Klient*innen füllen</translation>
    </message>
    <message>
        <source>how many demo clients (with cases, contacts, goals, referrals)</source>
        <translation>Anzahl der Demo-Klient*innen (mit Fällen, Kontakten, Zielen, Vermittlungen)</translation>
    </message>
    <message>
        <source>the same seed gives the same data (default: 1)</source>
        <translation>derselbe Seed ergibt dieselben Daten (Standard: 1)</translation>
    </message>
    <message>
        <source>add demo data even if the vault already has clients</source>
        <translation>Demodaten auch hinzufügen, wenn der Datentresor schon Klient*innen enthält</translation>
    </message>
    <message>
        <source>check form definitions</source>
        <translation>Formulardefinitionen prüfen</translation>
    </message>
    <message>
        <source>check a form definition file and name every problem</source>
        <translation>Datei mit einer Formulardefinition prüfen und jedes Problem nennen</translation>
    </message>
    <message>
        <source>a form definition (.json)</source>
        <translation>eine Formulardefinition (.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s):</source>
        <translation>
            <numerusform>%1: abgelehnt, %n Problem:</numerusform>
            <numerusform>%1: abgelehnt, %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: form &apos;%2&apos;, version %3, %4 questions, languages %5: no problems.</source>
        <translation>%1: Formular „%2“, Version %3, %4 Fragen, Sprachen %5: keine Probleme.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Neue*r Klient*in</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Klient*in bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Aliasnamen</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>S&amp;prachen</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>Stadt&amp;bezirk</translation>
    </message>
    <message>
        <source>&amp;Residence status</source>
        <translation>Aufent&amp;haltsstatus</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>Andere Schreibweisen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Target-group markers (sensitive, optional)</source>
        <translation>Zielgruppenmerkmale (sensibel, optional)</translation>
    </message>
    <message>
        <source>Only tick what the client has told you and agreed to record. These markers are special categories of personal data; the record hides them until someone chooses to show them.</source>
        <translation>Kreuzen Sie nur an, was Ihnen die*der Klient*in mitgeteilt hat und mit dessen Erfassung sie*er einverstanden ist. Diese Merkmale gehören zu den besonderen Kategorien personenbezogener Daten; die Akte blendet sie aus, bis jemand sie bewusst einblendet.</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>Sensible Merkmale ausblenden</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>Sensible Merkmale einblenden</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Klient*in anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>All districts</source>
        <extracomment>Column widths in average characters of the list&apos;s font (scale with the font, not pixels). The filter combo boxes: attribute prefix -&gt; catalogue (None: the case phases). Tables whose changes the list does not show (a form&apos;s draft is saved often).</extracomment>
        <translation>Alle Stadtbezirke</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle Zielgruppen</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) · type two letters or more to search</source>
        <translation>
            <numerusform>%n Klient*in · zum Suchen mindestens zwei Buchstaben eingeben</numerusform>
            <numerusform>%n Klient*innen · zum Suchen mindestens zwei Buchstaben eingeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Klient*in</numerusform>
            <numerusform>%n Klient*innen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or alias…</source>
        <translation>Nach Name oder Aliasname suchen…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Klient*innen suchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Filter by district</source>
        <translation>Nach Stadtbezirk filtern</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Nach Phase filtern</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Nach Thema filtern</translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation>Nach Zielgruppe filtern</translation>
    </message>
    <message>
        <source>My open follow-ups</source>
        <translation>Meine offenen Wiedervorlagen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klient*innen</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Noch keine Klient*innen</translation>
    </message>
    <message>
        <source>Add a client with New client (Ctrl+N), or import a CSV or Excel file with the command %1.</source>
        <translation>Legen Sie mit „Neue*r Klient*in“ (Ctrl+N) eine*n Klient*in an oder importieren Sie eine CSV- oder Excel-Datei mit dem Befehl %1.</translation>
    </message>
</context>
<context>
    <name>ClientModeWindow</name>
    <message>
        <source>Client view</source>
        <translation>Klient*innenansicht</translation>
    </message>
    <message>
        <source>To leave the client view, the caseworker enters the passphrase.</source>
        <translation>Um die Klient*innenansicht zu verlassen, gibt die Fachkraft die Passphrase ein.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Leave client view</source>
        <translation>Klient*innenansicht &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Zurück zum Formular</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Klient*innenakte</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Klient*in bearbeiten…</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Klient*in bearbeiten</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Klient*in löschen…</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Klient*in löschen</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>kein Fall</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under the client&apos;s name: client code · current phase.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Feedback (%1 new)</source>
        <translation>Rückmeldungen (%1 neu)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Choose a client from the list to see their record.</source>
        <translation>Wählen Sie eine*n Klient*in aus der Liste, um die Akte anzuzeigen.</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Akte wird geladen…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Roles answered with the cell&apos;s text, as plain ints: the view asks ~7 roles per cell per paint, and comparing with Qt&apos;s enum members costs more than the answer.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client code</source>
        <extracomment>The client&apos;s pseudonymous code (e.g. K-7F3Q2), shown instead of names in reports.</extracomment>
        <translation>Klient*innen-Code</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Phase</source>
        <extracomment>The phase of the client&apos;s current case (intake, assessment, ...).</extracomment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(bitte wählen)</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fall abschließen</translation>
    </message>
    <message>
        <source>A closed case stays in the record with its reason; it cannot be reopened. If the client comes back, open a new case.</source>
        <translation>Ein abgeschlossener Fall bleibt mit seinem Abschlussgrund in der Akte; er kann nicht wieder eröffnet werden. Wenn die*der Klient*in wiederkommt, eröffnen Sie einen neuen Fall.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Abgeschlossen &amp;am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <extracomment>Column widths in average characters of the font. Fields whose values are free text about a person: shortened in the list. Columns that say nothing to a supervisor (ids of parents, ordering).</extracomment>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <source>Delete client</source>
        <translation>Klient*in löschen</translation>
    </message>
    <message>
        <source>The client, their cases, contacts, referrals, notes and documents are deleted on this laptop now, and on the server and the other devices at the next sync. This cannot be undone here.

If the client asked for erasure of their data (GDPR Art. 17), also ask your organisation to erase it: the server keeps a trace of the deletion until then.</source>
        <translation>Die*der Klient*in und ihre*seine Fälle, Kontakte, Vermittlungen, Notizen und Dokumente werden jetzt auf diesem Laptop gelöscht und bei der nächsten Synchronisierung auch auf dem Server und den anderen Geräten. Dies kann hier nicht rückgängig gemacht werden.

Wenn die*der Klient*in die Löschung ihrer*seiner Daten verlangt hat (Art. 17 DSGVO), bitten Sie außerdem Ihren Träger, die Daten zu löschen: Bis dahin bewahrt der Server einen Vermerk über die Löschung auf.</translation>
    </message>
    <message>
        <source>Type the client code %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Klient*innen-Code %1 ein:</translation>
    </message>
    <message>
        <source>Client code to confirm</source>
        <translation>Klient*innen-Code zur Bestätigung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Dokument hinzufügen…</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
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
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the server address your coordinator gave you.</source>
        <translation>Geben Sie die Serveradresse ein, die Sie von Ihrer*Ihrem Koordinator*in erhalten haben.</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>Geben Sie den Registrierungscode ein.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected. Fetching your cases for the first time…</source>
        <translation>Verbunden. Ihre Fälle werden zum ersten Mal abgerufen…</translation>
    </message>
    <message>
        <source>This device is connected, and the first sync is done.</source>
        <translation>Dieses Gerät ist verbunden, und die erste Synchronisierung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>This device is connected, but the first sync failed: %1 It will be tried again by itself.</source>
        <translation>Dieses Gerät ist verbunden, aber die erste Synchronisierung ist fehlgeschlagen: %1 Sie wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Connect this device to your organisation&apos;s server with the one-time enrolment code your coordinator gave you. Your cases then sync by themselves whenever there is a network.</source>
        <translation>Verbinden Sie dieses Gerät mit dem Server Ihres Trägers. Verwenden Sie dazu den einmaligen Registrierungscode, den Sie von Ihrer*Ihrem Koordinator*in erhalten haben. Danach werden Ihre Fälle automatisch synchronisiert, sobald ein Netzwerk verfügbar ist.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Registrierungs&amp;code:</translation>
    </message>
    <message>
        <source>CA certificate (&amp;optional):</source>
        <translation>CA-Zertifikat (&amp;optional):</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Gerätename:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Outdated: the record changed since</source>
        <translation>Veraltet: Die Akte wurde seitdem geändert</translation>
    </message>
    <message>
        <source>No feedback from a supervisor yet.</source>
        <translation>Noch keine Rückmeldung der Fachaufsicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) by a supervisor</source>
        <translation>
            <numerusform>%n Rückmeldung der Fachaufsicht</numerusform>
            <numerusform>%n Rückmeldungen der Fachaufsicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Feedback from a supervisor</source>
        <translation>Rückmeldungen der Fachaufsicht</translation>
    </message>
    <message>
        <source>Text of the chosen review</source>
        <translation>Text der ausgewählten Rückmeldung</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>Filter changes are gathered this long before the figures are computed again. Chart sections: figure key -&gt; the catalogue its keys come from (&quot;&quot; for months).</extracomment>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The figures need a connection to the server.</source>
        <translation>Für die Kennzahlen ist eine Verbindung zum Server nötig.</translation>
    </message>
    <message>
        <source>The figures shown are from the last successful request.</source>
        <translation>Die angezeigten Kennzahlen stammen aus der letzten erfolgreichen Abfrage.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Kennzahlen werden berechnet…</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Alle Stadtbezirke</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Träger</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Aktive Klient*innen</translation>
    </message>
    <message>
        <source>Active clients by district</source>
        <translation>Aktive Klient*innen nach Stadtbezirk</translation>
    </message>
    <message>
        <source>Active clients by target group</source>
        <translation>Aktive Klient*innen nach Zielgruppe</translation>
    </message>
    <message>
        <source>Active clients by topic of their contacts</source>
        <translation>Aktive Klient*innen nach Themen ihrer Kontakte</translation>
    </message>
    <message>
        <source>Intakes by month</source>
        <translation>Neuaufnahmen nach Monat</translation>
    </message>
    <message>
        <source>Closures by month and reason</source>
        <translation>Fallabschlüsse nach Monat und Grund</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Kontakte nach Art</translation>
    </message>
    <message>
        <source>Referrals by institution</source>
        <translation>Vermittlungen nach Einrichtung</translation>
    </message>
    <message>
        <source>Duration of closed cases</source>
        <translation>Dauer der abgeschlossenen Fälle</translation>
    </message>
    <message>
        <source>Median duration in days</source>
        <translation>Mittlere Dauer in Tagen (Median)</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Abgeschlossene Fälle</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <extracomment>A hidden small count in a table: %1 is the smallest count shown (5).</extracomment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Active clients in the period: %1</source>
        <translation>Aktive Klient*innen im Zeitraum: %1</translation>
    </message>
    <message>
        <source>Closed cases: %1 (no median is shown for so few)</source>
        <translation>Abgeschlossene Fälle: %1 (bei so wenigen wird kein Median angezeigt)</translation>
    </message>
    <message>
        <source>No case was closed in this period.</source>
        <translation>In diesem Zeitraum wurde kein Fall abgeschlossen.</translation>
    </message>
    <message>
        <source>Closed cases: %1, median duration %2 days</source>
        <translation>Abgeschlossene Fälle: %1, mittlere Dauer (Median) %2 Tage</translation>
    </message>
    <message>
        <source>To protect the people counted, every number from 1 to %1 is hidden: such cells are put together into one line “fewer than %2”, without saying which districts, groups or months they are.</source>
        <translation>Zum Schutz der gezählten Personen wird jede Zahl von 1 bis %1 ausgeblendet: Solche Felder werden in einer Zeile „weniger als %2“ zusammengefasst, ohne zu nennen, um welche Stadtbezirke, Gruppen oder Monate es sich handelt.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>figures-%1-%2.%3</source>
        <extracomment>Suggested file name of the figures: %1 first day, %2 last day, %3 csv or pdf.</extracomment>
        <translation>kennzahlen-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Kennzahlen als CSV speichern</translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation>Kennzahlen als PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Die Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Träger: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Stadtbezirk: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Integration monitoring</source>
        <extracomment>Title of the figures report (the programme&apos;s name for it in German).</extracomment>
        <translation>Integrationsmonitoring</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>page title</comment>
        <extracomment>Page title: the programme&apos;s figures (German: Zahlen).</extracomment>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>T&amp;räger:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Stadt&amp;bezirk:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;PDF-Bericht exportieren…</translation>
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
        <translation>&amp;Sprache des Formulars:</translation>
    </message>
    <message>
        <source>&amp;German beside it</source>
        <translation>&amp;Deutsch daneben</translation>
    </message>
    <message>
        <source>Show every question in German too</source>
        <translation>Jede Frage auch auf Deutsch anzeigen</translation>
    </message>
    <message>
        <source>Hand to the &amp;client…</source>
        <translation>An &amp;Klient*in übergeben…</translation>
    </message>
    <message>
        <source>Full screen, only this form, large text. Leaving needs your passphrase.</source>
        <translation>Vollbild, nur dieses Formular, große Schrift. Zum Verlassen ist Ihre Passphrase nötig.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Finish form</source>
        <translation>Formular &amp;abschließen</translation>
    </message>
    <message>
        <source>Check the answers and keep the form as final (Ctrl+Enter)</source>
        <translation>Antworten prüfen und Formular als endgültig speichern (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Finished; read only</source>
        <translation>Abgeschlossen; schreibgeschützt</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <source>Draft; saved as you type</source>
        <translation>Entwurf; wird während der Eingabe gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n Frage braucht noch eine Antwort oder eine Korrektur.</numerusform>
            <numerusform>%n Fragen brauchen noch eine Antwort oder eine Korrektur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsSection</name>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>&amp;Start form…</source>
        <translation>Formular &amp;beginnen…</translation>
    </message>
    <message>
        <source>Start form</source>
        <translation>Formular beginnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Formular öffnen</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Entwurf verwerfen…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>This form (version %1) is not part of this installation of the app. Update the app to open it.</source>
        <translation>Dieses Formular (Version %1) ist in dieser Installation der App nicht enthalten. Aktualisieren Sie die App, um es zu öffnen.</translation>
    </message>
    <message>
        <source>A finished form is kept. Start a new one to record a change.</source>
        <translation>Ein abgeschlossenes Formular bleibt erhalten. Um eine Änderung festzuhalten, beginnen Sie ein neues.</translation>
    </message>
    <message>
        <source>Discard this draft and its answers? This cannot be undone.</source>
        <translation>Diesen Entwurf samt Antworten verwerfen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goal or step</source>
        <translation>Ziel oder Schritt</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Ziele und Schritte</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Schritt als erledigt markieren</translation>
    </message>
    <message>
        <source>Goals belong to a case; open a case first.</source>
        <translation>Ziele gehören zu einem Fall; eröffnen Sie zuerst einen Fall.</translation>
    </message>
    <message>
        <source>No goals agreed yet.</source>
        <translation>Noch keine Ziele vereinbart.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <extracomment>Columns that say nothing to a caseworker (ids of parents, ordering).</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(bitte wählen)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient*in</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation>&amp;Art des Kontakts</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>Stadt&amp;bezirk</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Dau&amp;er</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>T&amp;hemen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Wiedervorlage am</translation>
    </message>
    <message>
        <source>Type a name or client code</source>
        <translation>Name oder Klient*innen-Code eingeben</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>Duration 0 means the duration was not recorded.</extracomment>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter speichert</translation>
    </message>
    <message numerus="yes">
        <source>+%n week(s)</source>
        <extracomment>Quick choice: follow-up this many weeks after the contact date.</extracomment>
        <translation>
            <numerusform>+%n Woche</numerusform>
            <numerusform>+%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up in %n week(s)</source>
        <translation>
            <numerusform>Wiedervorlage in %n Woche</numerusform>
            <numerusform>Wiedervorlage in %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Contact with %1</source>
        <translation>Kontakt mit %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>About Outreach Desktop</source>
        <translation>Über Outreach Desktop</translation>
    </message>
    <message>
        <source>Outreach Desktop %1

Encrypted, offline-first case management for outreach work.</source>
        <translation>Outreach Desktop %1

Verschlüsseltes Fallmanagement für die aufsuchende Arbeit, das auch offline funktioniert.</translation>
    </message>
    <message>
        <source>Auto-lock setting saved.</source>
        <translation>Einstellung zur automatischen Sperre gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without activity</source>
        <translation>
            <numerusform>Sperrt nach %n Minute ohne Aktivität</numerusform>
            <numerusform>Sperrt nach %n Minuten ohne Aktivität</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakt gespeichert.</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>Synchronisierung abgeschlossen.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Enter	Open the selected client</source>
        <translation>Enter	Ausgewählte*n Klient*in öffnen</translation>
    </message>
    <message>
        <source>Down	From the search field into the list</source>
        <translation>Pfeil nach unten	Vom Suchfeld in die Liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>navigation</comment>
        <extracomment>The pages each role sees, the first one shown after unlocking. A supervisor reads the team&apos;s records (never edits them); a coordinator sees the figures and nothing else. The first window size, in average characters and lines of the font (scales with it).</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Clients</source>
        <comment>navigation</comment>
        <translation>Klient*innen</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>navigation</comment>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>navigation</comment>
        <translation>Team</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>navigation</comment>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neue*r Klient*in…</translation>
    </message>
    <message>
        <source>Log &amp;contact…</source>
        <translation>&amp;Kontakt erfassen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klient*innen</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Prüfliste</translation>
    </message>
    <message>
        <source>T&amp;eam overview</source>
        <translation>&amp;Teamübersicht</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>Kenn&amp;zahlen</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Klient*in &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Send your changes and fetch new ones (F5)</source>
        <translation>Ihre Änderungen senden und neue abrufen (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>Synchronisierungs&amp;probleme…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after…</source>
        <translation>&amp;Automatische Sperre nach…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desktop</source>
        <translation>Ü&amp;ber Outreach Desktop</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Die Passphrase ist nicht korrekt. Prüfen Sie das Tastaturlayout und die Feststelltaste und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet. Set one up first (outreach init, or start the app).</source>
        <translation>In diesem Datenordner gibt es noch keinen Datentresor. Richten Sie zuerst einen ein (mit outreach init oder durch Starten der App).</translation>
    </message>
    <message>
        <source>This data folder already holds a vault. Nothing was changed.</source>
        <translation>Dieser Datenordner enthält bereits einen Datentresor. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key file asks for weaker key protection than this app allows. It may have been tampered with; it is refused. Restore the key file from a backup or set up this device again from the server.</source>
        <translation>Die Schlüsseldatei verlangt einen schwächeren Schlüsselschutz, als diese App zulässt. Sie wurde möglicherweise manipuliert und wird deshalb abgelehnt. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her oder richten Sie dieses Gerät neu vom Server aus ein.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is damaged or was changed, so the vault cannot be opened. Restore the key file from a backup, or set up this device again from the server.</source>
        <translation>Die Schlüsseldatei (vault.key) ist beschädigt oder wurde verändert, daher kann der Datentresor nicht geöffnet werden. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her oder richten Sie dieses Gerät neu vom Server aus ein.</translation>
    </message>
    <message>
        <source>The key file was made by another version of Outreach Desktop. Install the current version of the app.</source>
        <translation>Die Schlüsseldatei wurde von einer anderen Version von Outreach Desktop erstellt. Installieren Sie die aktuelle Version der App.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters, for example several words.</source>
        <translation>Die Passphrase ist zu kurz: Verwenden Sie mindestens 10 Zeichen, zum Beispiel mehrere Wörter.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Add more words or characters.</source>
        <translation>Die Passphrase ist zu leicht zu erraten. Fügen Sie weitere Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (usually by logging in to your desktop session) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (meist durch Anmelden an Ihrer Desktop-Sitzung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring is not the one this vault was set up with. Log in to the desktop session you set the app up in, or set this device up again from the server.</source>
        <translation>Der Schlüsselbund des Systems ist nicht der, mit dem dieser Datentresor eingerichtet wurde. Melden Sie sich an der Desktop-Sitzung an, in der Sie die App eingerichtet haben, oder richten Sie dieses Gerät neu vom Server aus ein.</translation>
    </message>
    <message>
        <source>The device secret of this vault is missing from the system keyring, so the vault cannot be opened on this device. Restore the keyring, or set this device up again from the server.</source>
        <translation>Das Gerätegeheimnis dieses Datentresors fehlt im Schlüsselbund des Systems, daher kann der Datentresor auf diesem Gerät nicht geöffnet werden. Stellen Sie den Schlüsselbund wieder her oder richten Sie dieses Gerät neu vom Server aus ein.</translation>
    </message>
    <message>
        <source>The system keyring holds a different device secret than this vault was made with, so the vault cannot be opened. Restore the keyring, or set this device up again from the server.</source>
        <translation>Der Schlüsselbund des Systems enthält ein anderes Gerätegeheimnis als das, mit dem dieser Datentresor angelegt wurde, daher kann der Datentresor nicht geöffnet werden. Stellen Sie den Schlüsselbund wieder her oder richten Sie dieses Gerät neu vom Server aus ein.</translation>
    </message>
    <message>
        <source>No secure system keyring is available. Outreach Desktop needs one (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Start your desktop&apos;s keyring and try again.</source>
        <translation>Es ist kein sicherer Schlüsselbund des Systems verfügbar. Outreach Desktop benötigt einen (GNOME Keyring, KWallet, macOS Keychain oder Windows Credential Manager). Starten Sie den Schlüsselbund Ihres Desktops und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The encryption library is missing. Reinstall Outreach Desktop; the app will not store data unencrypted.</source>
        <translation>Die Verschlüsselungsbibliothek fehlt. Installieren Sie Outreach Desktop neu; die App speichert keine Daten unverschlüsselt.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing more was written to it. Run &apos;outreach doctor&apos; for details, and restore it from the server or a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt. Es wurde nichts mehr in sie geschrieben. Führen Sie „outreach doctor“ aus, um Einzelheiten zu erfahren, und stellen Sie die Datei vom Server oder aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outreach Desktop. Install the newer version to open it; nothing was changed.</source>
        <translation>Diese Daten wurden von einer neueren Version von Outreach Desktop geschrieben. Installieren Sie die neuere Version, um sie zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved from this step. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Von diesem Schritt wurde nichts gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Der Datentresor ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet. Connect it with the enrolment code from your coordinator (Settings, Connect to server).</source>
        <translation>Dieses Gerät ist noch nicht mit einem Server verbunden. Verbinden Sie es mit dem Registrierungscode von Ihrer*Ihrem Koordinator*in (Einstellungen, Mit Server verbinden).</translation>
    </message>
    <message>
        <source>This device is already connected to a server. Nothing was changed.</source>
        <translation>Dieses Gerät ist bereits mit einem Server verbunden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (for example https://sync.example.org). Check the address your coordinator gave you.</source>
        <translation>Die Serveradresse muss mit https:// beginnen (zum Beispiel https://sync.example.org). Prüfen Sie die Adresse, die Sie von Ihrer*Ihrem Koordinator*in erhalten haben.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was done is kept; the next sync carries on.</source>
        <translation>Die Synchronisierung wurde abgebrochen. Was bereits erledigt war, bleibt erhalten; die nächste Synchronisierung macht dort weiter.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read or holds no certificate. Choose the .pem file your coordinator gave you.</source>
        <translation>Die CA-Zertifikatsdatei kann nicht gelesen werden oder enthält kein Zertifikat. Wählen Sie die .pem-Datei, die Sie von Ihrer*Ihrem Koordinator*in erhalten haben.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the server address and, for your organisation&apos;s own certificates, the CA certificate file.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden, daher wurde nichts gesendet. Prüfen Sie die Serveradresse und, falls Ihr Träger eigene Zertifikate verwendet, die CA-Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your changes are kept on this device and sent at the next sync.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Ihre Änderungen bleiben auf diesem Gerät gespeichert und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The server cannot be reached (no network, or the server is down). Your changes are kept on this device and sent when the server is there again.</source>
        <translation>Der Server ist nicht erreichbar (kein Netzwerk oder der Server ist ausgefallen). Ihre Änderungen bleiben auf diesem Gerät gespeichert und werden gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used. Ask your coordinator for a new code.</source>
        <translation>Dieser Registrierungscode wurde bereits verwendet. Bitten Sie Ihre*n Koordinator*in um einen neuen Code.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your coordinator for a new code.</source>
        <translation>Dieser Registrierungscode ist abgelaufen. Bitten Sie Ihre*n Koordinator*in um einen neuen Code.</translation>
    </message>
    <message>
        <source>Too many wrong enrolment codes were tried. Wait a few minutes, then try again.</source>
        <translation>Es wurden zu viele falsche Registrierungscodes eingegeben. Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This device already holds client records, so it can be connected for a caseworker only. A supervisor or the coordination office connects an empty device (a new vault). The code is still valid.</source>
        <translation>Auf diesem Gerät sind bereits Klient*innendaten gespeichert, daher kann es nur für eine*n Fallmanager*in verbunden werden. Für die Fachaufsicht oder die Koordinierungsstelle wird ein leeres Gerät (ein neuer Datentresor) verbunden. Der Code ist weiterhin gültig.</translation>
    </message>
    <message>
        <source>The server did not accept this enrolment code. Check the code (it is valid once) or ask your coordinator for a new one.</source>
        <translation>Der Server hat diesen Registrierungscode nicht angenommen. Prüfen Sie den Code (er gilt nur einmal) oder bitten Sie Ihre*n Koordinator*in um einen neuen.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Outreach Desktop. Install the update; your changes are kept on this device until then.</source>
        <translation>Der Server benötigt eine neuere Version von Outreach Desktop. Installieren Sie das Update; bis dahin bleiben Ihre Änderungen auf diesem Gerät gespeichert.</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device, so its case data is removed from this computer.</source>
        <translation>Ihr Träger hat die Zulassung dieses Geräts widerrufen, daher werden die Falldaten von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>The server refused the sync (%1). Your changes are kept on this device; if this happens again, tell your coordinator.</source>
        <translation>Der Server hat die Synchronisierung zurückgewiesen (%1). Ihre Änderungen bleiben auf diesem Gerät gespeichert; wenn das erneut passiert, wenden Sie sich an Ihre*n Koordinator*in.</translation>
    </message>
    <message>
        <source>The sync did not complete. Your changes are kept on this device and sent at the next sync.</source>
        <translation>Die Synchronisierung wurde nicht abgeschlossen. Ihre Änderungen bleiben auf diesem Gerät gespeichert und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The file has problems in %n row(s). Nothing was imported.</source>
        <translation>
            <numerusform>Die Datei enthält Fehler in %n Zeile. Es wurde nichts importiert.</numerusform>
            <numerusform>Die Datei enthält Fehler in %n Zeilen. Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Die Datei konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was lost; please try again.</source>
        <translation>Etwas ist schiefgegangen (%1). Es ist nichts verloren gegangen; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &apos;CSV UTF-8&apos; from your spreadsheet program, or name its encoding with --encoding.</source>
        <translation>Die Datei ist kein UTF-8-Text (Zeile %1). Speichern Sie sie in Ihrem Tabellenprogramm als „CSV UTF-8“ oder geben Sie ihre Zeichenkodierung mit --encoding an.</translation>
    </message>
    <message>
        <source>The file has no column for the name. Expected a column such as &apos;Vorname&apos;, &apos;Nachname&apos;, &apos;Name&apos;, &apos;first name&apos; or &apos;last name&apos;; use --map to name it.</source>
        <translation>Die Datei hat keine Spalte für den Namen. Erwartet wird eine Spalte wie „Vorname“, „Nachname“, „Name“, „first name“ oder „last name“; geben Sie sie mit --map an.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; named in --map is not in the file.</source>
        <translation>Die in --map genannte Spalte „%1“ ist nicht in der Datei enthalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in --map is not a field that can be imported.</source>
        <translation>„%1“ in --map ist kein Feld, das importiert werden kann.</translation>
    </message>
    <message>
        <source>Only CSV and Excel (.xlsx) files can be imported.</source>
        <translation>Es können nur CSV- und Excel-Dateien (.xlsx) importiert werden.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>Die Datei enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 MB).</source>
        <translation>Die Datei ist zu groß für den Import (mehr als %1 MB).</translation>
    </message>
    <message>
        <source>The text encoding &apos;%1&apos; is not known. Use for example --encoding utf-8 or --encoding cp1252.</source>
        <translation>Die Textkodierung „%1“ ist unbekannt. Verwenden Sie zum Beispiel --encoding utf-8 oder --encoding cp1252.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet named &apos;%1&apos;.</source>
        <translation>Die Arbeitsmappe enthält kein Tabellenblatt namens „%1“.</translation>
    </message>
    <message>
        <source>The file has too many rows to import at once (more than %1). Split it into smaller files.</source>
        <translation>Die Datei hat zu viele Zeilen für einen Import (mehr als %1). Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet. Is it really a CSV or .xlsx file?</source>
        <translation>Die Datei konnte nicht als Tabelle gelesen werden. Ist es wirklich eine CSV- oder .xlsx-Datei?</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Die Datei konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; formulas are not imported</source>
        <translation>sieht aus wie eine Tabellenformel; Formeln werden nicht importiert</translation>
    </message>
    <message>
        <source>text too long (%1 characters, at most %2)</source>
        <translation>Text zu lang (%1 Zeichen, höchstens %2)</translation>
    </message>
    <message>
        <source>not a date (use DD.MM.YYYY or YYYY-MM-DD)</source>
        <translation>kein Datum (verwenden Sie TT.MM.JJJJ oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>date of birth in the future or before 1900</source>
        <translation>Geburtsdatum liegt in der Zukunft oder vor 1900</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>kein Name angegeben</translation>
    </message>
    <message>
        <source>same person as in row %1</source>
        <translation>dieselbe Person wie in Zeile %1</translation>
    </message>
    <message>
        <source>this person is already in the vault</source>
        <translation>diese Person ist bereits im Datentresor</translation>
    </message>
    <message>
        <source>client code already used</source>
        <translation>Klient*innen-Code wird bereits verwendet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known value</source>
        <translation>„%1“ ist kein bekannter Wert</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos;: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>sie ist zu lang</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>sie ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <source>something unexpected</source>
        <translation>etwas Unerwartetes</translation>
    </message>
    <message>
        <source>calling anything is not allowed (only comparisons, and/or/not and field names)</source>
        <translation>Aufrufe sind nicht erlaubt (nur Vergleiche, and/or/not und Feldnamen)</translation>
    </message>
    <message>
        <source>a dot after a field name is not allowed (no attributes)</source>
        <translation>ein Punkt nach einem Feldnamen ist nicht erlaubt (keine Attribute)</translation>
    </message>
    <message>
        <source>two comparisons in a row; join them with &apos;and&apos;</source>
        <translation>zwei Vergleiche hintereinander; verbinden Sie sie mit „and“</translation>
    </message>
    <message>
        <source>a value or a field name is missing</source>
        <translation>ein Wert oder ein Feldname fehlt</translation>
    </message>
    <message>
        <source>an opening bracket is missing</source>
        <translation>eine öffnende Klammer fehlt</translation>
    </message>
    <message>
        <source>a closing bracket is missing</source>
        <translation>eine schließende Klammer fehlt</translation>
    </message>
    <message>
        <source>a closing &apos;]&apos; is missing</source>
        <translation>ein schließendes „]“ fehlt</translation>
    </message>
    <message>
        <source>a list may hold only fixed values</source>
        <translation>eine Liste darf nur feste Werte enthalten</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>sie ist kein Text</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Prüfregel</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>kein gültiges JSON (Zeile %1, Spalte %2)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>die Datei ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the wrong type</source>
        <translation>„%1“ hat den falschen Typ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits and _, not starting with a digit)</source>
        <translation>„%1“ ist keine gültige ID (Kleinbuchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang)</translation>
    </message>
    <message>
        <source>unknown format %1 (this app reads %2)</source>
        <translation>unbekanntes Format %1 (diese App liest %2)</translation>
    </message>
    <message>
        <source>the version must be a whole number of 1 or more</source>
        <translation>die Version muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>version %1 exists twice</source>
        <translation>Version %1 ist doppelt vorhanden</translation>
    </message>
    <message>
        <source>unknown language code &apos;%1&apos; (known: de, en, tr, ar, fa, ru, uk)</source>
        <translation>unbekannter Sprachcode „%1“ (bekannt: de, en, tr, ar, fa, ru, uk)</translation>
    </message>
    <message>
        <source>the text direction of &apos;%1&apos; must be ltr or rtl</source>
        <translation>die Schreibrichtung von „%1“ muss ltr oder rtl sein</translation>
    </message>
    <message>
        <source>German (de) is required</source>
        <translation>Deutsch (de) ist erforderlich</translation>
    </message>
    <message>
        <source>no text in the language &apos;%1&apos;</source>
        <translation>kein Text in der Sprache „%1“</translation>
    </message>
    <message>
        <source>the text in &apos;%1&apos; is too long (%2 characters, at most %3)</source>
        <translation>der Text in „%1“ ist zu lang (%2 Zeichen, höchstens %3)</translation>
    </message>
    <message>
        <source>the form has no sections</source>
        <translation>das Formular hat keine Abschnitte</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>die ID „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>unknown field type &apos;%1&apos;</source>
        <translation>unbekannter Feldtyp „%1“</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>ein Auswahlfeld braucht Optionen</translation>
    </message>
    <message>
        <source>the choice has no code</source>
        <translation>die Option hat keinen Code</translation>
    </message>
    <message>
        <source>the choice code &apos;%1&apos; is used twice</source>
        <translation>der Optionscode „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>a field of type &apos;%1&apos; has no choices</source>
        <translation>ein Feld vom Typ „%1“ hat keine Optionen</translation>
    </message>
    <message>
        <source>the condition does not parse: %1 (at character %2)</source>
        <translation>die Bedingung ist fehlerhaft: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>the condition names an unknown field &apos;%1&apos;</source>
        <translation>die Bedingung nennt ein unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in a form definition: where (form › section › field) and what.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A form definition was refused, so it cannot be shown:
%1</source>
        <translation>Eine Formulardefinition wurde abgelehnt und kann daher nicht angezeigt werden:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n Frage braucht noch eine Antwort oder eine Korrektur.</numerusform>
            <numerusform>%n Fragen brauchen noch eine Antwort oder eine Korrektur.</numerusform>
        </translation>
    </message>
    <message>
        <source>This form is no longer in the vault (discarded here or by a sync).</source>
        <translation>Dieses Formular ist nicht mehr im Datentresor (hier oder durch eine Synchronisierung verworfen).</translation>
    </message>
    <message>
        <source>This form is finished and is not changed again. Start a new one.</source>
        <translation>Dieses Formular ist abgeschlossen und wird nicht mehr geändert. Beginnen Sie ein neues.</translation>
    </message>
    <message>
        <source>This draft belongs to another version of the form; nothing was saved.</source>
        <translation>Dieser Entwurf gehört zu einer anderen Version des Formulars; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The form is not written in this language.</source>
        <translation>Das Formular gibt es nicht in dieser Sprache.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>Diese*r Klient*in ist nicht mehr im Datentresor (hier oder durch eine Synchronisierung gelöscht).</translation>
    </message>
    <message>
        <source>An answer is too long (at most 20,000 characters); nothing was saved.</source>
        <translation>Eine Antwort ist zu lang (höchstens 20.000 Zeichen); nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Written</source>
        <translation>Verfasst am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Ausgewählte Notiz</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Name</source>
        <extracomment>A client field (as the server names it) -&gt; the overview row that shows it.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasnamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Klient*innen-Code</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Telefon und E-Mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <extracomment>Einwilligung to data processing.</extracomment>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>Zielgruppenmerkmale</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>Sensible Merkmale ausblenden</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>Sensible Merkmale einblenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server rejected a change: %1</source>
        <translation>Der Server hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Date of birth followed by the age, e.g. &quot;04.05.2003 (22 years)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No consent recorded. Record consent before storing more than a first contact.</source>
        <translation>Keine Einwilligung erfasst. Erfassen Sie die Einwilligung, bevor Sie mehr als einen Erstkontakt speichern.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>Widerrufen am %1 (erteilt am %2)</translation>
    </message>
    <message>
        <source>Given on %1 (form %2, version %3)</source>
        <translation>Erteilt am %1 (Formular %2, Version %3)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <extracomment>The sensitive markers are not shown until the button beside is pressed.</extracomment>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <extracomment>Toggle beside a passphrase field: hide the typed characters again.</extracomment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Toggle beside a passphrase field: show the typed characters.</extracomment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>Forms that are signed on paper (the sheet gets signature lines).</extracomment>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where it is protected, print it, and delete it afterwards.</source>
        <translation>Die PDF-Datei ist nicht verschlüsselt: Alle, die die Datei erhalten, können sie lesen. Speichern Sie sie nur an einem geschützten Ort, drucken Sie sie aus und löschen Sie sie danach.</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <extracomment>Suggested file name of a saved form: form id, client code.</extracomment>
        <translation>%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>einer*einem Kolleg*in</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannter Seite</translation>
    </message>
    <message>
        <source>Client %1, %2: “%3” was changed on the server and on this device.</source>
        <translation>Klient*in %1, %2: „%3“ wurde auf dem Server und auf diesem Gerät geändert.</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Geändert von %1, %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>zurückgewiesen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>The server refused this change as a whole.</source>
        <translation>Der Server hat diese Änderung als Ganzes zurückgewiesen.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Discard this change? It goes back to what it was before, and it will not be sent to the server.</source>
        <translation>Diese Änderung verwerfen? Der vorherige Stand wird wiederhergestellt, und die Änderung wird nicht an den Server gesendet.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Synchronisierungsprobleme</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Rejected changes (%1)</source>
        <translation>Abgelehnte Änderungen (%1)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Keine offenen Konflikte.</translation>
    </message>
    <message>
        <source>No rejected changes.</source>
        <translation>Keine abgelehnten Änderungen.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation>Wert auf dem Server</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Keep &amp;server value</source>
        <translation>&amp;Serverwert behalten</translation>
    </message>
    <message>
        <source>Use &amp;my value</source>
        <translation>&amp;Meinen Wert verwenden</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>Beide zusammenführen</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Zusammengeführter Text</translation>
    </message>
    <message>
        <source>Save &amp;combined text</source>
        <translation>&amp;Zusammengeführten Text speichern</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Akte &amp;öffnen</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>Intake</source>
        <extracomment>Client fields whose values are catalogue codes, and which catalogue they come from. Fields whose values history shows only while the sensitive markers are shown. Case phase 1 of the method (Zugang/Erstkontakt).</extracomment>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Case phase 2: the client&apos;s situation and resources.</extracomment>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <extracomment>Case phase 3 (Zielvereinbarung / Hilfeplan).</extracomment>
        <translation>Zielvereinbarung</translation>
    </message>
    <message>
        <source>Implementation</source>
        <extracomment>Case phase 4 (Umsetzung / Vermittlung).</extracomment>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Case phase 5.</extracomment>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Case phase 6 (Evaluation &amp; Fallabschluss).</extracomment>
        <translation>Fallabschluss</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Referral status: the referral is intended, nothing arranged yet.</extracomment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>Referral status: the client was referred (an appointment or contact is made).</extracomment>
        <translation>Vermittelt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>Referral status: the institution took the client on.</extracomment>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>Referral status: the institution or the client said no.</extracomment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasnamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>Zielgruppenmerkmale</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Telefon und E-Mail</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Klient*innen-Code</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Fallmanager*in</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Abschlussgrund</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient*in</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>A case file of the case management method.</extracomment>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Conflict — needs a decision</source>
        <translation>Konflikt — Entscheidung nötig</translation>
    </message>
    <message>
        <source>Rejected by the server — needs correction</source>
        <translation>Vom Server abgelehnt — Korrektur nötig</translation>
    </message>
    <message>
        <source>Only on this device</source>
        <translation>Nur auf diesem Gerät</translation>
    </message>
    <message>
        <source>The server needs a value here.</source>
        <translation>Der Server benötigt hier einen Wert.</translation>
    </message>
    <message>
        <source>The server refused this text as too long.</source>
        <translation>Der Server hat diesen Text als zu lang zurückgewiesen.</translation>
    </message>
    <message>
        <source>The server expected a text here.</source>
        <translation>Der Server hat hier einen Text erwartet.</translation>
    </message>
    <message>
        <source>The server expected a date here.</source>
        <translation>Der Server hat hier ein Datum erwartet.</translation>
    </message>
    <message>
        <source>The server expected a whole number here.</source>
        <translation>Der Server hat hier eine ganze Zahl erwartet.</translation>
    </message>
    <message>
        <source>The record this refers to is not on the server (deleted there).</source>
        <translation>Der Eintrag, auf den sich dies bezieht, ist nicht auf dem Server (dort gelöscht).</translation>
    </message>
    <message>
        <source>This refers to a record of another client.</source>
        <translation>Dies bezieht sich auf einen Eintrag einer*eines anderen Klient*in.</translation>
    </message>
    <message>
        <source>A record cannot be moved to another client or case.</source>
        <translation>Ein Eintrag kann nicht zu einer*einem anderen Klient*in oder in einen anderen Fall verschoben werden.</translation>
    </message>
    <message>
        <source>Only the server sets this value.</source>
        <translation>Diesen Wert legt nur der Server fest.</translation>
    </message>
    <message>
        <source>The server does not know this field.</source>
        <translation>Der Server kennt dieses Feld nicht.</translation>
    </message>
    <message>
        <source>This client is no longer yours on the server (transferred or not shared).</source>
        <translation>Diese*r Klient*in ist Ihnen auf dem Server nicht mehr zugeordnet (übergeben oder nicht freigegeben).</translation>
    </message>
    <message>
        <source>The server refused this change (%1).</source>
        <translation>Der Server hat diese Änderung zurückgewiesen (%1).</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>History: a record was created.</extracomment>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>History: a record was changed.</extracomment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>History: a record was deleted.</extracomment>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Dies ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Dieser Text ist zu lang.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>This date is before 1900.</source>
        <translation>Dieses Datum liegt vor 1900.</translation>
    </message>
    <message>
        <source>Enter between 1 and 1440 minutes.</source>
        <translation>Geben Sie zwischen 1 und 1440 Minuten ein.</translation>
    </message>
    <message>
        <source>The follow-up must not be before the contact.</source>
        <translation>Die Wiedervorlage darf nicht vor dem Kontakt liegen.</translation>
    </message>
    <message>
        <source>The due date must not be before the start.</source>
        <translation>Das Fälligkeitsdatum darf nicht vor dem Beginn (Vereinbarung bzw. Eröffnung des Falls) liegen.</translation>
    </message>
    <message>
        <source>The case cannot close before it was opened.</source>
        <translation>Der Fall kann nicht vor seiner Eröffnung abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The file is too large (at most 25 MB).</source>
        <translation>Die Datei ist zu groß (höchstens 25 MB).</translation>
    </message>
    <message>
        <source>Not a date. Use the format %1.</source>
        <translation>Kein Datum. Verwenden Sie das Format %1.</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Wählen Sie eine*n Klient*in aus.</translation>
    </message>
    <message>
        <source>Outside the programme&apos;s age range (18–27). You can still save.</source>
        <translation>Außerhalb der Altersgruppe des Programms (18–27). Sie können trotzdem speichern.</translation>
    </message>
    <message>
        <source>This client already has an open case.</source>
        <translation>Diese*r Klient*in hat bereits einen offenen Fall.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Dieser Fall ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The case cannot move to that phase from where it is now.</source>
        <translation>Der Fall kann von der aktuellen Phase aus nicht in diese Phase wechseln.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>Diese*r Klient*in ist nicht mehr im Datentresor (hier oder durch eine Synchronisierung gelöscht).</translation>
    </message>
    <message>
        <source>This document is no longer in the vault.</source>
        <translation>Dieses Dokument ist nicht mehr im Datentresor.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Add referral</source>
        <translation>Vermittlung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation>Vermittlung hinzufügen…</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Vermittlung hinzufügen</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Unknown caseworker</source>
        <translation>Unbekannte*r Fallmanager*in</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to review</source>
        <translation>
            <numerusform>%n Eintrag zu prüfen</numerusform>
            <numerusform>%n Einträge zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s)</source>
        <translation>
            <numerusform>%1 (%2): %n Eintrag</numerusform>
            <numerusform>%1 (%2): %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>Mit Kommentar zurückgeben</translation>
    </message>
    <message>
        <source>Return “%1” to the caseworker for correction. Say what needs to change:</source>
        <translation>„%1“ zur Korrektur an die*den Fallmanager*in zurückgeben. Schreiben Sie, was geändert werden muss:</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Your comment on “%1” for the caseworker:</source>
        <translation>Ihr Kommentar zu „%1“ für die*den Fallmanager*in:</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Kommentar senden</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Goal agreement awaits decision</source>
        <translation>Zielvereinbarung wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>Closure awaits decision</source>
        <translation>Fallabschluss wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Unbekannte Person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Vermittelt am</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Formularversion</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(geändert)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>final</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Zielvereinbarung</translation>
    </message>
    <message>
        <source>Case closure</source>
        <translation>Fallabschluss</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>outdated — the record changed since</source>
        <translation>veraltet — der Eintrag wurde seitdem geändert</translation>
    </message>
    <message>
        <source>Nothing to review: every record of your team was looked at since it last changed.</source>
        <translation>Nichts zu prüfen: Jeder Eintrag Ihres Teams wurde seit seiner letzten Änderung angesehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Klient*in</numerusform>
            <numerusform>%n Klient*innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) waiting</source>
        <translation>
            <numerusform>%n Entscheidung offen</numerusform>
            <numerusform>%n Entscheidungen offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Caseworker and client</source>
        <translation>Fallmanager*in und Klient*in</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Offene Entscheidung</translation>
    </message>
    <message>
        <source>Records to review, by caseworker</source>
        <translation>Zu prüfende Einträge nach Fallmanager*in</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Changes of the selected client</source>
        <translation>Änderungen bei der*dem ausgewählten Klient*in</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>Als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>Mark the listed records as reviewed (Ctrl+Enter); decisions stay open</source>
        <translation>Die aufgeführten Einträge als geprüft markieren (Ctrl+Enter); Entscheidungen bleiben offen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>Mit Kommentar &amp;zurückgeben…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Kommentieren…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Akte &amp;öffnen</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>Gesperrt nach %n Minute ohne Aktivität</numerusform>
            <numerusform>Gesperrt nach %n Minuten ohne Aktivität</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Shown on the lock screen after the user chose File &gt; Lock.</extracomment>
        <translation>Gesperrt</translation>
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
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Set up Outreach Desktop</source>
        <translation>Outreach Desktop einrichten</translation>
    </message>
    <message>
        <source>Protect the case data on this laptop</source>
        <translation>Schützen Sie die Falldaten auf diesem Laptop</translation>
    </message>
    <message>
        <source>Choose a passphrase. You will type it each time you open the app and after it locks. Several words that belong together only for you are easy to remember and hard to guess.</source>
        <translation>Wählen Sie eine Passphrase. Sie geben sie bei jedem Öffnen der App und nach jeder Sperre ein. Mehrere Wörter, die nur für Sie zusammengehören, sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this laptop cannot be recovered. Nobody can reset it, not even your administrator. If the app syncs with your organisation&apos;s server, you can set it up anew and download your cases again.</source>
        <translation>Wenn Sie die Passphrase vergessen, können die Daten auf diesem Laptop nicht wiederhergestellt werden. Niemand kann die Passphrase zurücksetzen, auch nicht Ihre Administrator*innen. Wenn die App mit dem Server Ihres Trägers synchronisiert, können Sie sie neu einrichten und Ihre Fälle erneut herunterladen.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>Wenn Sie die Passphrase vergessen</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Datentresor &amp;anlegen</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Datentresor anlegen</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Datentresor wird angelegt</translation>
    </message>
</context>
<context>
    <name>StartFormDialog</name>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formular:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>Formular beginnen</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Add more words.</source>
        <extracomment>Passphrase strength. Too weak to be accepted.</extracomment>
        <translation>Stärke: schwach. Fügen Sie weitere Wörter hinzu.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Stärke: mittel</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Stärke: gut</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Stärke: stark</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts and changes the server did not accept. Click to resolve them.</source>
        <translation>Konflikte und Änderungen, die der Server nicht angenommen hat. Klicken Sie, um sie zu lösen.</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Nicht mit einem Server verbunden</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation>Online-Status unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n Änderung ausstehend</numerusform>
            <numerusform>%n Änderungen ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Letzte Synchronisierung: nie</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Unknown caseworker</source>
        <translation>Unbekannte*r Fallmanager*in</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Team gesamt</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Wiedervorlage überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s) overdue</source>
        <translation>
            <numerusform>%n Zielschritt überfällig</numerusform>
            <numerusform>%n Zielschritte überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n offener Konflikt</numerusform>
            <numerusform>%n offene Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <source>Select a caseworker above to see their clients.</source>
        <translation>Wählen Sie oben eine*n Fallmanager*in aus, um ihre*seine Klient*innen zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no clients.</source>
        <translation>%1 hat keine Klient*innen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Clients of %1 (%n):</source>
        <translation>
            <numerusform>&amp;Klient*innen von %1 (%n):</numerusform>
            <numerusform>&amp;Klient*innen von %1 (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New clients (intake, opened in the last %1 days): %n</source>
        <translation>
            <numerusform>&amp;Neue Klient*innen (Erstkontakt, in den letzten %1 Tagen eröffnet): %n</numerusform>
            <numerusform>&amp;Neue Klient*innen (Erstkontakt, in den letzten %1 Tagen eröffnet): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No new clients: none in intake opened in the last %1 days.</source>
        <translation>Keine neuen Klient*innen: In den letzten %1 Tagen wurde kein Fall im Erstkontakt eröffnet.</translation>
    </message>
    <message>
        <source>Assign a client</source>
        <translation>Klient*in zuweisen</translation>
    </message>
    <message>
        <source>Assign client %1 to %2?</source>
        <translation>Klient*in %1 an %2 zuweisen?</translation>
    </message>
    <message>
        <source>Transfer client %1 from %2 to %3? The old laptop loses the record at its next sync; %3&apos;s laptop receives it.</source>
        <translation>Klient*in %1 von %2 an %3 übergeben? Der bisherige Laptop verliert die Akte bei seiner nächsten Synchronisierung; der Laptop von %3 erhält sie.</translation>
    </message>
    <message>
        <source>Transfer a client</source>
        <translation>Klient*in übergeben</translation>
    </message>
    <message>
        <source>Transferring client %1 to %2…</source>
        <translation>Klient*in %1 wird an %2 übergeben…</translation>
    </message>
    <message>
        <source>Client %1 now belongs to %2. The lists here follow after the sync that is starting now.</source>
        <translation>Klient*in %1 ist jetzt %2 zugeordnet. Die Listen hier werden nach der Synchronisierung aktualisiert, die jetzt beginnt.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing was transferred. Try again when this laptop is online.</source>
        <translation>Der Server ist nicht erreichbar, daher wurde nichts übergeben. Versuchen Sie es erneut, wenn dieser Laptop online ist.</translation>
    </message>
    <message>
        <source>The server did not allow this transfer: the client or the caseworker is not (or no longer) in your team. Nothing was changed. Sync, then try again.</source>
        <translation>Der Server hat diese Übergabe nicht zugelassen: Die*der Klient*in oder die*der Fallmanager*in ist nicht (oder nicht mehr) in Ihrem Team. Es wurde nichts geändert. Synchronisieren Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server refused the transfer (%1). Nothing was changed; if this happens again, tell your coordinator.</source>
        <translation>Der Server hat die Übergabe zurückgewiesen (%1). Es wurde nichts geändert; wenn das erneut passiert, wenden Sie sich an Ihre*n Koordinator*in.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Open cases per caseworker. &quot;No contact&quot; counts open cases whose latest contact (or opening) is at least 30, 60 or 90 days ago; a case counted under 90 days is counted under 30 and 60 too. Click a heading to sort.</source>
        <translation>Offene Fälle je Fallmanager*in. „Kein Kontakt“ zählt offene Fälle, deren letzter Kontakt (oder Eröffnung) mindestens 30, 60 oder 90 Tage zurückliegt; ein Fall, der unter 90 Tagen gezählt wird, zählt auch unter 30 und 60. Klicken Sie auf eine Spaltenüberschrift, um zu sortieren.</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Fallmanager*in</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive Fälle</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Overdue goal steps</source>
        <translation>Überfällige Zielschritte</translation>
    </message>
    <message>
        <source>No contact 30+ days</source>
        <translation>Kein Kontakt seit 30+ Tagen</translation>
    </message>
    <message>
        <source>No contact 60+ days</source>
        <translation>Kein Kontakt seit 60+ Tagen</translation>
    </message>
    <message>
        <source>No contact 90+ days</source>
        <translation>Kein Kontakt seit 90+ Tagen</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Caseload per caseworker</source>
        <translation>Fallzahl je Fallmanager*in</translation>
    </message>
    <message>
        <source>No caseworkers or cases yet. Your team appears here after the first sync with the server.</source>
        <translation>Noch keine Fallmanager*innen oder Fälle. Ihr Team erscheint hier nach der ersten Synchronisierung mit dem Server.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient*in</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Tage ohne Kontakt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Clients of the selected caseworker</source>
        <translation>Klient*innen der*des ausgewählten Fallmanager*in</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Neue Klient*innen</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>Akte &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Transfer to…</source>
        <translation>&amp;Übergeben an…</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>New feedback</source>
        <extracomment>Column widths in average characters of the font.</extracomment>
        <translation>Neue Rückmeldung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Agenda status of an item whose date has passed.</extracomment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>agenda status</comment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Approved by your supervisor</source>
        <translation>Von Ihrer Fachaufsicht freigegeben</translation>
    </message>
    <message>
        <source>Returned by your supervisor for correction</source>
        <translation>Von Ihrer Fachaufsicht zur Korrektur zurückgegeben</translation>
    </message>
    <message>
        <source>Comment from your supervisor</source>
        <translation>Kommentar Ihrer Fachaufsicht</translation>
    </message>
    <message>
        <source>Goal step: %1</source>
        <extracomment>%1 is the title of a goal step the caseworker agreed with the client.</extracomment>
        <translation>Zielschritt: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <extracomment>A follow-up date set when a contact was logged.</extracomment>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n Eintrag fällig</numerusform>
            <numerusform>%n Einträge fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback(s) from your supervisor</source>
        <translation>
            <numerusform>%n neue Rückmeldung Ihrer Fachaufsicht</numerusform>
            <numerusform>%n neue Rückmeldungen Ihrer Fachaufsicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <comment>page title</comment>
        <extracomment>Page title: what is due today (German: Heute).</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient*in</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Was fällig ist</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Heute fällig und überfällig</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer a client</source>
        <translation>Klient*in übergeben</translation>
    </message>
    <message>
        <source>Client %1 is with %2 now. Transfer to:</source>
        <translation>Klient*in %1 ist derzeit %2 zugeordnet. Übergeben an:</translation>
    </message>
    <message>
        <source>Client %1 has no caseworker yet. Assign to:</source>
        <translation>Klient*in %1 hat noch keine*n Fallmanager*in. Zuweisen an:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Fallmanager*in</translation>
    </message>
    <message>
        <source>There is no other caseworker in your team to transfer to (the team list comes with the next sync).</source>
        <translation>In Ihrem Team gibt es keine*n andere*n Fallmanager*in, an die*den übergeben werden kann (die Teamliste kommt mit der nächsten Synchronisierung).</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <extracomment>The demo workspace&apos;s passphrase: public on purpose (README, unlock screen), so the demo must only ever hold invented data. ASCII only, so that it can be typed on an Arabic, Persian or Cyrillic keyboard layout too (&quot;Köln&quot; could not).</extracomment>
        <translation>
            <numerusform>Sie können es in %n Sekunde erneut versuchen.</numerusform>
            <numerusform>Sie können es in %n Sekunden erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Datentresor wird geöffnet</translation>
    </message>
    <message>
        <source>Demo workspace with invented clients. Its passphrase is public:
%1
Never enter real client data here.</source>
        <translation>Demo-Arbeitsbereich mit erfundenen Klient*innen. Die Passphrase ist öffentlich:
%1
Geben Sie hier niemals echte Klient*innendaten ein.</translation>
    </message>
    <message>
        <source>Preparing the demo data</source>
        <translation>Demodaten werden vorbereitet</translation>
    </message>
    <message>
        <source>Preparing the demo: %v of %m clients</source>
        <extracomment>%v and %m are filled in by Qt: clients written so far, and all of them.</extracomment>
        <translation>Demo wird vorbereitet: %v von %m Klient*innen</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Outreach Desktop: encrypted case management.</source>
        <translation>Outreach Desktop: encrypted case management.</translation>
    </message>
    <message>
        <source>data folder (default: the platform&apos;s local app data folder)</source>
        <translation>data folder (default: the platform&apos;s local app data folder)</translation>
    </message>
    <message>
        <source>user interface language (default: settings, else system, else de)</source>
        <translation>user interface language (default: settings, else system, else de)</translation>
    </message>
    <message>
        <source>open the demo workspace (invented clients, its own data folder, a public passphrase shown on the unlock screen)</source>
        <translation>open the demo workspace (invented clients, its own data folder, a public passphrase shown on the unlock screen)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Device removed</source>
        <extracomment>Keyword arguments for the SyncController (tests: short timers, no network info).</extracomment>
        <translation>Device removed</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device&apos;s access to the server, so its case data was removed from this computer. Ask your coordinator for a new enrolment code to set it up again.</source>
        <translation>Your organisation has revoked this device&apos;s access to the server, so its case data was removed from this computer. Ask your coordinator for a new enrolment code to set it up again.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This kind of document cannot be shown inside the app.</source>
        <translation>This kind of document cannot be shown inside the app.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to the folder you choose can read it. Save it only where it is protected, and delete it when you no longer need it.</source>
        <translation>The copy will not be encrypted: anyone with access to the folder you choose can read it. Save it only where it is protected, and delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>Save unencrypted copy…</source>
        <translation>Save unencrypted copy…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <source>Auto-lock</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <source>Lock the app after this many &amp;minutes without keyboard or mouse activity:</source>
        <translation>Lock the app after this many &amp;minutes without keyboard or mouse activity:</translation>
    </message>
    <message>
        <source>Minutes until auto-lock</source>
        <translation>Minutes until auto-lock</translation>
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
        <translation>fewer than %1</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>No figures in this period.</translation>
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
        <translation>Open a new case</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>No case yet.</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Current phase: %1</translation>
    </message>
    <message>
        <source>Move on to %1</source>
        <translation>Move on to %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <source>Case opened on %1.</source>
        <translation>Case opened on %1.</translation>
    </message>
    <message>
        <source>Case opened on %1, closed on %2: %3.</source>
        <translation>Case opened on %1, closed on %2: %3.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>The two new passphrases do not match.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase</source>
        <translation>&amp;Repeat the new passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changing the passphrase</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No passphrase: run this in a terminal, or set %1 for scripted use.</source>
        <translation>No passphrase: run this in a terminal, or set %1 for scripted use.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>The two passphrases differ. Nothing was changed.</translation>
    </message>
    <message>
        <source>A new vault will be created in %1.</source>
        <translation>A new vault will be created in %1.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this device cannot be recovered by anyone. With sync, it can be downloaded again after setting up anew.</source>
        <translation>If you forget the passphrase, the data on this device cannot be recovered by anyone. With sync, it can be downloaded again after setting up anew.</translation>
    </message>
    <message>
        <source>Vault created (id %1).</source>
        <translation>Vault created (id %1).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Vault id</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>Changes not yet synced</translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation>SQLCipher version</translation>
    </message>
    <message>
        <source>--map needs the form &quot;Column=field&quot;, got: %1</source>
        <translation>--map needs the form &quot;Column=field&quot;, got: %1</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ignored columns: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) ready to import; nothing was written.</source>
        <translation>
            <numerusform>Dry run: %n row ready to import; nothing was written.</numerusform>
            <numerusform>Dry run: %n rows ready to import; nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>As it is, the file would not be imported: fix the rows named above (or add --skip-duplicates for duplicates).</source>
        <translation>As it is, the file would not be imported: fix the rows named above (or add --skip-duplicates for duplicates).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client imported.</numerusform>
            <numerusform>%n clients imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>To import the other rows and skip the duplicates, add --skip-duplicates.</source>
        <translation>To import the other rows and skip the duplicates, add --skip-duplicates.</translation>
    </message>
    <message>
        <source>Encryption library (SQLCipher)</source>
        <translation>Encryption library (SQLCipher)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>System keyring</translation>
    </message>
    <message>
        <source>Device secret in the keyring</source>
        <translation>Device secret in the keyring</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>File permissions</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Encrypted pages (cipher_integrity_check)</source>
        <translation>Encrypted pages (cipher_integrity_check)</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>Database structure</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Changes the server did not accept</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Unread feedback</source>
        <translation>Unread feedback</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Sync: not connected to a server (outreach enroll).</source>
        <translation>Sync: not connected to a server (outreach enroll).</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <source>This device is connected to %1 (device %2). Run &apos;outreach sync&apos; to download the caseload.</source>
        <translation>This device is connected to %1 (device %2). Run &apos;outreach sync&apos; to download the caseload.</translation>
    </message>
    <message>
        <source>Sync done: %1 change(s) sent, %2 received.</source>
        <translation>Sync done: %1 change(s) sent, %2 received.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision (open the app).</source>
        <translation>
            <numerusform>%n conflict need a decision (open the app).</numerusform>
            <numerusform>%n conflicts need a decision (open the app).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not accepted by the server (open the app).</source>
        <translation>
            <numerusform>%n change were not accepted by the server (open the app).</numerusform>
            <numerusform>%n changes were not accepted by the server (open the app).</numerusform>
        </translation>
    </message>
    <message>
        <source>The data on this device still differs from the server after a fresh download. Run &apos;outreach sync&apos; again later; if it persists, tell support.</source>
        <translation>The data on this device still differs from the server after a fresh download. Run &apos;outreach sync&apos; again later; if it persists, tell support.</translation>
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
        <translation>Readable by other users: %1. Run: chmod 700 on the folder and chmod 600 on its files.</translation>
    </message>
    <message>
        <source>The keyring in use (%1) is not the one the vault was set up with (%2).</source>
        <translation>The keyring in use (%1) is not the one the vault was set up with (%2).</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from the server or a backup.</source>
        <translation>The database file is damaged: %1. Restore it from the server or a backup.</translation>
    </message>
    <message>
        <source>The SQLite library has no encryption. Reinstall the app.</source>
        <translation>The SQLite library has no encryption. Reinstall the app.</translation>
    </message>
    <message>
        <source>The schema is not the current one.</source>
        <translation>The schema is not the current one.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <source>Passphrase changed. The data key itself is unchanged; use &apos;outreach rekey&apos; to replace it too.</source>
        <translation>Passphrase changed. The data key itself is unchanged; use &apos;outreach rekey&apos; to replace it too.</translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new data key.</source>
        <translation>The database was re-encrypted with a new data key.</translation>
    </message>
    <message>
        <source>Demo data: %1 of %2 clients written</source>
        <translation>Demo data: %1 of %2 clients written</translation>
    </message>
    <message numerus="yes">
        <source>The vault already holds %n client(s). Demo data is meant for an empty vault; add --force to add it anyway.</source>
        <translation>
            <numerusform>The vault already holds %n client. Demo data is meant for an empty vault; add --force to add it anyway.</numerusform>
            <numerusform>The vault already holds %n clients. Demo data is meant for an empty vault; add --force to add it anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n demo client(s) were written (whole batches); the rest was not.</source>
        <translation>
            <numerusform>Cancelled. %n demo client were written (whole batches); the rest was not.</numerusform>
            <numerusform>Cancelled. %n demo clients were written (whole batches); the rest was not.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written (seed %1):</source>
        <translation>Demo data written (seed %1):</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Goal steps</source>
        <translation>Goal steps</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>a whole number of at least 1, got: %1</source>
        <translation>a whole number of at least 1, got: %1</translation>
    </message>
    <message>
        <source>Outreach Desktop, headless: set up, import, check. The passphrase is asked for, or read from OUTREACH_PASSPHRASE (for scripts; see the README for the risk).</source>
        <translation>Outreach Desktop, headless: set up, import, check. The passphrase is asked for, or read from OUTREACH_PASSPHRASE (for scripts; see the README for the risk).</translation>
    </message>
    <message>
        <source>data folder (default: %1)</source>
        <translation>data folder (default: %1)</translation>
    </message>
    <message>
        <source>language of the messages</source>
        <translation>language of the messages</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>create a new vault</translation>
    </message>
    <message>
        <source>import a CSV or XLSX client list</source>
        <translation>import a CSV or XLSX client list</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>the .csv or .xlsx file</translation>
    </message>
    <message>
        <source>map a column to a field (or &apos;ignore&apos;); may be repeated</source>
        <translation>map a column to a field (or &apos;ignore&apos;); may be repeated</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>show what would be imported</translation>
    </message>
    <message>
        <source>text encoding of a CSV file (default: UTF-8)</source>
        <translation>text encoding of a CSV file (default: UTF-8)</translation>
    </message>
    <message>
        <source>worksheet of an XLSX file (default: the first)</source>
        <translation>worksheet of an XLSX file (default: the first)</translation>
    </message>
    <message>
        <source>import the other rows when some are already in the vault</source>
        <translation>import the other rows when some are already in the vault</translation>
    </message>
    <message>
        <source>counts, outbox size, cipher version</source>
        <translation>counts, outbox size, cipher version</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>machine-readable output</translation>
    </message>
    <message>
        <source>connect this device to the sync server</source>
        <translation>connect this device to the sync server</translation>
    </message>
    <message>
        <source>the server&apos;s address (https://…)</source>
        <translation>the server&apos;s address (https://…)</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <translation>the one-time enrolment code</translation>
    </message>
    <message>
        <source>trust only this CA bundle (PEM) for the server&apos;s certificate</source>
        <translation>trust only this CA bundle (PEM) for the server&apos;s certificate</translation>
    </message>
    <message>
        <source>a name for this device (default: the computer&apos;s name)</source>
        <translation>a name for this device (default: the computer&apos;s name)</translation>
    </message>
    <message>
        <source>send waiting changes and receive new ones</source>
        <translation>send waiting changes and receive new ones</translation>
    </message>
    <message>
        <source>show progress</source>
        <translation>show progress</translation>
    </message>
    <message>
        <source>check the installation and the vault</source>
        <translation>check the installation and the vault</translation>
    </message>
    <message>
        <source>skip the checks that need the passphrase</source>
        <translation>skip the checks that need the passphrase</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>change the passphrase</translation>
    </message>
    <message>
        <source>re-encrypt the database with a new data key</source>
        <translation>re-encrypt the database with a new data key</translation>
    </message>
    <message>
        <source>fill the vault with invented demo clients</source>
        <translation>fill the vault with invented demo clients</translation>
    </message>
    <message>
        <source>how many demo clients (with cases, contacts, goals, referrals)</source>
        <translation>how many demo clients (with cases, contacts, goals, referrals)</translation>
    </message>
    <message>
        <source>the same seed gives the same data (default: 1)</source>
        <translation>the same seed gives the same data (default: 1)</translation>
    </message>
    <message>
        <source>add demo data even if the vault already has clients</source>
        <translation>add demo data even if the vault already has clients</translation>
    </message>
    <message>
        <source>check form definitions</source>
        <translation>check form definitions</translation>
    </message>
    <message>
        <source>check a form definition file and name every problem</source>
        <translation>check a form definition file and name every problem</translation>
    </message>
    <message>
        <source>a form definition (.json)</source>
        <translation>a form definition (.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s):</source>
        <translation>
            <numerusform>%1: refused, %n problem:</numerusform>
            <numerusform>%1: refused, %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: form &apos;%2&apos;, version %3, %4 questions, languages %5: no problems.</source>
        <translation>%1: form &apos;%2&apos;, version %3, %4 questions, languages %5: no problems.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Aliases</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>Dis&amp;trict</translation>
    </message>
    <message>
        <source>&amp;Residence status</source>
        <translation>&amp;Residence status</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>Other spellings, separated by commas</translation>
    </message>
    <message>
        <source>Target-group markers (sensitive, optional)</source>
        <translation>Target-group markers (sensitive, optional)</translation>
    </message>
    <message>
        <source>Only tick what the client has told you and agreed to record. These markers are special categories of personal data; the record hides them until someone chooses to show them.</source>
        <translation>Only tick what the client has told you and agreed to record. These markers are special categories of personal data; the record hides them until someone chooses to show them.</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>Hide sensitive markers</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>Show sensitive markers</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Create client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>All districts</source>
        <extracomment>Column widths in average characters of the list&apos;s font (scale with the font, not pixels). The filter combo boxes: attribute prefix -&gt; catalogue (None: the case phases). Tables whose changes the list does not show (a form&apos;s draft is saved often).</extracomment>
        <translation>All districts</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>All target groups</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) · type two letters or more to search</source>
        <translation>
            <numerusform>%n client · type two letters or more to search</numerusform>
            <numerusform>%n clients · type two letters or more to search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or alias…</source>
        <translation>Search by name or alias…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <source>Filter by district</source>
        <translation>Filter by district</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Filter by phase</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Filter by topic</translation>
    </message>
    <message>
        <source>Filter by target group</source>
        <translation>Filter by target group</translation>
    </message>
    <message>
        <source>My open follow-ups</source>
        <translation>My open follow-ups</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>No clients yet</translation>
    </message>
    <message>
        <source>Add a client with New client (Ctrl+N), or import a CSV or Excel file with the command %1.</source>
        <translation>Add a client with New client (Ctrl+N), or import a CSV or Excel file with the command %1.</translation>
    </message>
</context>
<context>
    <name>ClientModeWindow</name>
    <message>
        <source>Client view</source>
        <translation>Client view</translation>
    </message>
    <message>
        <source>To leave the client view, the caseworker enters the passphrase.</source>
        <translation>To leave the client view, the caseworker enters the passphrase.</translation>
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
        <translation>&amp;Leave client view</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Client record</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Edit client…</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Delete client…</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>no case</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under the client&apos;s name: client code · current phase.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Feedback (%1 new)</source>
        <translation>Feedback (%1 new)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Choose a client from the list to see their record.</source>
        <translation>Choose a client from the list to see their record.</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Loading the record…</translation>
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
        <translation>Client code</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Phase</source>
        <extracomment>The phase of the client&apos;s current case (intake, assessment, ...).</extracomment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>A closed case stays in the record with its reason; it cannot be reopened. If the client comes back, open a new case.</source>
        <translation>A closed case stays in the record with its reason; it cannot be reopened. If the client comes back, open a new case.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Closed &amp;on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <extracomment>Column widths in average characters of the font. Fields whose values are free text about a person: shortened in the list. Columns that say nothing to a supervisor (ids of parents, ordering).</extracomment>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <source>Delete client</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>The client, their cases, contacts, referrals, notes and documents are deleted on this laptop now, and on the server and the other devices at the next sync. This cannot be undone here.

If the client asked for erasure of their data (GDPR Art. 17), also ask your organisation to erase it: the server keeps a trace of the deletion until then.</source>
        <translation>The client, their cases, contacts, referrals, notes and documents are deleted on this laptop now, and on the server and the other devices at the next sync. This cannot be undone here.

If the client asked for erasure of their data (GDPR Art. 17), also ask your organisation to erase it: the server keeps a trace of the deletion until then.</translation>
    </message>
    <message>
        <source>Type the client code %1 to confirm:</source>
        <translation>Type the client code %1 to confirm:</translation>
    </message>
    <message>
        <source>Client code to confirm</source>
        <translation>Client code to confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Open document</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Enter the server address your coordinator gave you.</source>
        <translation>Enter the server address your coordinator gave you.</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>Enter the enrolment code.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Connected. Fetching your cases for the first time…</source>
        <translation>Connected. Fetching your cases for the first time…</translation>
    </message>
    <message>
        <source>This device is connected, and the first sync is done.</source>
        <translation>This device is connected, and the first sync is done.</translation>
    </message>
    <message>
        <source>This device is connected, but the first sync failed: %1 It will be tried again by itself.</source>
        <translation>This device is connected, but the first sync failed: %1 It will be tried again by itself.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Connect this device to your organisation&apos;s server with the one-time enrolment code your coordinator gave you. Your cases then sync by themselves whenever there is a network.</source>
        <translation>Connect this device to your organisation&apos;s server with the one-time enrolment code your coordinator gave you. Your cases then sync by themselves whenever there is a network.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Enrolment &amp;code:</translation>
    </message>
    <message>
        <source>CA certificate (&amp;optional):</source>
        <translation>CA certificate (&amp;optional):</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Device name:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnect</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Outdated: the record changed since</source>
        <translation>Outdated: the record changed since</translation>
    </message>
    <message>
        <source>No feedback from a supervisor yet.</source>
        <translation>No feedback from a supervisor yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) by a supervisor</source>
        <translation>
            <numerusform>%n review by a supervisor</numerusform>
            <numerusform>%n reviews by a supervisor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
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
        <translation>Feedback from a supervisor</translation>
    </message>
    <message>
        <source>Text of the chosen review</source>
        <translation>Text of the chosen review</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>Filter changes are gathered this long before the figures are computed again. Chart sections: figure key -&gt; the catalogue its keys come from (&quot;&quot; for months).</extracomment>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>The figures need a connection to the server.</source>
        <translation>The figures need a connection to the server.</translation>
    </message>
    <message>
        <source>The figures shown are from the last successful request.</source>
        <translation>The figures shown are from the last successful request.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Active clients</translation>
    </message>
    <message>
        <source>Active clients by district</source>
        <translation>Active clients by district</translation>
    </message>
    <message>
        <source>Active clients by target group</source>
        <translation>Active clients by target group</translation>
    </message>
    <message>
        <source>Active clients by topic of their contacts</source>
        <translation>Active clients by topic of their contacts</translation>
    </message>
    <message>
        <source>Intakes by month</source>
        <translation>Intakes by month</translation>
    </message>
    <message>
        <source>Closures by month and reason</source>
        <translation>Closures by month and reason</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Contacts by kind</translation>
    </message>
    <message>
        <source>Referrals by institution</source>
        <translation>Referrals by institution</translation>
    </message>
    <message>
        <source>Duration of closed cases</source>
        <translation>Duration of closed cases</translation>
    </message>
    <message>
        <source>Median duration in days</source>
        <translation>Median duration in days</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <extracomment>A hidden small count in a table: %1 is the smallest count shown (5).</extracomment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Active clients in the period: %1</source>
        <translation>Active clients in the period: %1</translation>
    </message>
    <message>
        <source>Closed cases: %1 (no median is shown for so few)</source>
        <translation>Closed cases: %1 (no median is shown for so few)</translation>
    </message>
    <message>
        <source>No case was closed in this period.</source>
        <translation>No case was closed in this period.</translation>
    </message>
    <message>
        <source>Closed cases: %1, median duration %2 days</source>
        <translation>Closed cases: %1, median duration %2 days</translation>
    </message>
    <message>
        <source>To protect the people counted, every number from 1 to %1 is hidden: such cells are put together into one line “fewer than %2”, without saying which districts, groups or months they are.</source>
        <translation>To protect the people counted, every number from 1 to %1 is hidden: such cells are put together into one line “fewer than %2”, without saying which districts, groups or months they are.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>figures-%1-%2.%3</source>
        <extracomment>Suggested file name of the figures: %1 first day, %2 last day, %3 csv or pdf.</extracomment>
        <translation>figures-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Save the figures as CSV</translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation>Save the figures as a PDF report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>The file could not be saved.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Made on %1</translation>
    </message>
    <message>
        <source>Integration monitoring</source>
        <extracomment>Title of the figures report (the programme&apos;s name for it in German).</extracomment>
        <translation>Integration monitoring</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>page title</comment>
        <extracomment>Page title: the programme&apos;s figures (German: Zahlen).</extracomment>
        <translation>Figures</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Export PDF report…</translation>
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
        <translation>&amp;Language of the form:</translation>
    </message>
    <message>
        <source>&amp;German beside it</source>
        <translation>&amp;German beside it</translation>
    </message>
    <message>
        <source>Show every question in German too</source>
        <translation>Show every question in German too</translation>
    </message>
    <message>
        <source>Hand to the &amp;client…</source>
        <translation>Hand to the &amp;client…</translation>
    </message>
    <message>
        <source>Full screen, only this form, large text. Leaving needs your passphrase.</source>
        <translation>Full screen, only this form, large text. Leaving needs your passphrase.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Finish form</source>
        <translation>&amp;Finish form</translation>
    </message>
    <message>
        <source>Check the answers and keep the form as final (Ctrl+Enter)</source>
        <translation>Check the answers and keep the form as final (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Finished; read only</source>
        <translation>Finished; read only</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>Draft; saved as you type</source>
        <translation>Draft; saved as you type</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n question still need an answer or a correction.</numerusform>
            <numerusform>%n questions still need an answer or a correction.</numerusform>
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
        <translation>Language</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>&amp;Start form…</source>
        <translation>&amp;Start form…</translation>
    </message>
    <message>
        <source>Start form</source>
        <translation>Start form</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Open form</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>This form (version %1) is not part of this installation of the app. Update the app to open it.</source>
        <translation>This form (version %1) is not part of this installation of the app. Update the app to open it.</translation>
    </message>
    <message>
        <source>A finished form is kept. Start a new one to record a change.</source>
        <translation>A finished form is kept. Start a new one to record a change.</translation>
    </message>
    <message>
        <source>Discard this draft and its answers? This cannot be undone.</source>
        <translation>Discard this draft and its answers? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goal or step</source>
        <translation>Goal or step</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Goals and steps</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Add goal…</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Add step…</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Mark step done</translation>
    </message>
    <message>
        <source>Goals belong to a case; open a case first.</source>
        <translation>Goals belong to a case; open a case first.</translation>
    </message>
    <message>
        <source>No goals agreed yet.</source>
        <translation>No goals agreed yet.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <extracomment>Columns that say nothing to a caseworker (ids of parents, ordering).</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Due on</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;opic</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation>&amp;Kind of contact</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>Dis&amp;trict</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>T&amp;opics</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Follow-up on</translation>
    </message>
    <message>
        <source>Type a name or client code</source>
        <translation>Type a name or client code</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>Duration 0 means the duration was not recorded.</extracomment>
        <translation>not recorded</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter saves</translation>
    </message>
    <message numerus="yes">
        <source>+%n week(s)</source>
        <extracomment>Quick choice: follow-up this many weeks after the contact date.</extracomment>
        <translation>
            <numerusform>+%n week</numerusform>
            <numerusform>+%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up in %n week(s)</source>
        <translation>
            <numerusform>Follow-up in %n week</numerusform>
            <numerusform>Follow-up in %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Contact with %1</source>
        <translation>Contact with %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>About Outreach Desktop</source>
        <translation>About Outreach Desktop</translation>
    </message>
    <message>
        <source>Outreach Desktop %1

Encrypted, offline-first case management for outreach work.</source>
        <translation>Outreach Desktop %1

Encrypted, offline-first case management for outreach work.</translation>
    </message>
    <message>
        <source>Auto-lock setting saved.</source>
        <translation>Auto-lock setting saved.</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without activity</source>
        <translation>
            <numerusform>Locks after %n minute without activity</numerusform>
            <numerusform>Locks after %n minutes without activity</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact saved.</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>Sync done.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Enter	Open the selected client</source>
        <translation>Enter	Open the selected client</translation>
    </message>
    <message>
        <source>Down	From the search field into the list</source>
        <translation>Down	From the search field into the list</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>navigation</comment>
        <extracomment>The pages each role sees, the first one shown after unlocking. A supervisor reads the team&apos;s records (never edits them); a coordinator sees the figures and nothing else. The first window size, in average characters and lines of the font (scales with it).</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Clients</source>
        <comment>navigation</comment>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>navigation</comment>
        <translation>Review</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>navigation</comment>
        <translation>Team</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>navigation</comment>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>Log &amp;contact…</source>
        <translation>Log &amp;contact…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Review queue</translation>
    </message>
    <message>
        <source>T&amp;eam overview</source>
        <translation>T&amp;eam overview</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>F&amp;igures</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Find client</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send your changes and fetch new ones (F5)</source>
        <translation>Send your changes and fetch new ones (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>Sync &amp;problems…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after…</source>
        <translation>&amp;Auto-lock after…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Outreach Desktop</source>
        <translation>&amp;About Outreach Desktop</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet. Set one up first (outreach init, or start the app).</source>
        <translation>There is no vault in this data folder yet. Set one up first (outreach init, or start the app).</translation>
    </message>
    <message>
        <source>This data folder already holds a vault. Nothing was changed.</source>
        <translation>This data folder already holds a vault. Nothing was changed.</translation>
    </message>
    <message>
        <source>The key file asks for weaker key protection than this app allows. It may have been tampered with; it is refused. Restore the key file from a backup or set up this device again from the server.</source>
        <translation>The key file asks for weaker key protection than this app allows. It may have been tampered with; it is refused. Restore the key file from a backup or set up this device again from the server.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is damaged or was changed, so the vault cannot be opened. Restore the key file from a backup, or set up this device again from the server.</source>
        <translation>The key file (vault.key) is damaged or was changed, so the vault cannot be opened. Restore the key file from a backup, or set up this device again from the server.</translation>
    </message>
    <message>
        <source>The key file was made by another version of Outreach Desktop. Install the current version of the app.</source>
        <translation>The key file was made by another version of Outreach Desktop. Install the current version of the app.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters, for example several words.</source>
        <translation>The passphrase is too short: use at least 10 characters, for example several words.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Add more words or characters.</source>
        <translation>The passphrase is too easy to guess. Add more words or characters.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (usually by logging in to your desktop session) and try again.</source>
        <translation>The system keyring is locked. Unlock it (usually by logging in to your desktop session) and try again.</translation>
    </message>
    <message>
        <source>The system keyring is not the one this vault was set up with. Log in to the desktop session you set the app up in, or set this device up again from the server.</source>
        <translation>The system keyring is not the one this vault was set up with. Log in to the desktop session you set the app up in, or set this device up again from the server.</translation>
    </message>
    <message>
        <source>The device secret of this vault is missing from the system keyring, so the vault cannot be opened on this device. Restore the keyring, or set this device up again from the server.</source>
        <translation>The device secret of this vault is missing from the system keyring, so the vault cannot be opened on this device. Restore the keyring, or set this device up again from the server.</translation>
    </message>
    <message>
        <source>The system keyring holds a different device secret than this vault was made with, so the vault cannot be opened. Restore the keyring, or set this device up again from the server.</source>
        <translation>The system keyring holds a different device secret than this vault was made with, so the vault cannot be opened. Restore the keyring, or set this device up again from the server.</translation>
    </message>
    <message>
        <source>No secure system keyring is available. Outreach Desktop needs one (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Start your desktop&apos;s keyring and try again.</source>
        <translation>No secure system keyring is available. Outreach Desktop needs one (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Start your desktop&apos;s keyring and try again.</translation>
    </message>
    <message>
        <source>The encryption library is missing. Reinstall Outreach Desktop; the app will not store data unencrypted.</source>
        <translation>The encryption library is missing. Reinstall Outreach Desktop; the app will not store data unencrypted.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing more was written to it. Run &apos;outreach doctor&apos; for details, and restore it from the server or a backup.</source>
        <translation>The database file is damaged. Nothing more was written to it. Run &apos;outreach doctor&apos; for details, and restore it from the server or a backup.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outreach Desktop. Install the newer version to open it; nothing was changed.</source>
        <translation>This data was written by a newer version of Outreach Desktop. Install the newer version to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved from this step. Free some space and try again.</source>
        <translation>The disk is full. Nothing was saved from this step. Free some space and try again.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>The vault is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet. Connect it with the enrolment code from your coordinator (Settings, Connect to server).</source>
        <translation>This device is not connected to a server yet. Connect it with the enrolment code from your coordinator (Settings, Connect to server).</translation>
    </message>
    <message>
        <source>This device is already connected to a server. Nothing was changed.</source>
        <translation>This device is already connected to a server. Nothing was changed.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (for example https://sync.example.org). Check the address your coordinator gave you.</source>
        <translation>The server address must start with https:// (for example https://sync.example.org). Check the address your coordinator gave you.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was done is kept; the next sync carries on.</source>
        <translation>The sync was stopped. What was done is kept; the next sync carries on.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read or holds no certificate. Choose the .pem file your coordinator gave you.</source>
        <translation>The CA certificate file cannot be read or holds no certificate. Choose the .pem file your coordinator gave you.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the server address and, for your organisation&apos;s own certificates, the CA certificate file.</source>
        <translation>The server&apos;s certificate could not be verified, so nothing was sent. Check the server address and, for your organisation&apos;s own certificates, the CA certificate file.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your changes are kept on this device and sent at the next sync.</source>
        <translation>The server did not answer in time. Your changes are kept on this device and sent at the next sync.</translation>
    </message>
    <message>
        <source>The server cannot be reached (no network, or the server is down). Your changes are kept on this device and sent when the server is there again.</source>
        <translation>The server cannot be reached (no network, or the server is down). Your changes are kept on this device and sent when the server is there again.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used. Ask your coordinator for a new code.</source>
        <translation>This enrolment code has already been used. Ask your coordinator for a new code.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your coordinator for a new code.</source>
        <translation>This enrolment code has expired. Ask your coordinator for a new code.</translation>
    </message>
    <message>
        <source>Too many wrong enrolment codes were tried. Wait a few minutes, then try again.</source>
        <translation>Too many wrong enrolment codes were tried. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <source>This device already holds client records, so it can be connected for a caseworker only. A supervisor or the coordination office connects an empty device (a new vault). The code is still valid.</source>
        <translation>This device already holds client records, so it can be connected for a caseworker only. A supervisor or the coordination office connects an empty device (a new vault). The code is still valid.</translation>
    </message>
    <message>
        <source>The server did not accept this enrolment code. Check the code (it is valid once) or ask your coordinator for a new one.</source>
        <translation>The server did not accept this enrolment code. Check the code (it is valid once) or ask your coordinator for a new one.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Outreach Desktop. Install the update; your changes are kept on this device until then.</source>
        <translation>The server needs a newer version of Outreach Desktop. Install the update; your changes are kept on this device until then.</translation>
    </message>
    <message>
        <source>Your organisation has revoked this device, so its case data is removed from this computer.</source>
        <translation>Your organisation has revoked this device, so its case data is removed from this computer.</translation>
    </message>
    <message>
        <source>The server refused the sync (%1). Your changes are kept on this device; if this happens again, tell your coordinator.</source>
        <translation>The server refused the sync (%1). Your changes are kept on this device; if this happens again, tell your coordinator.</translation>
    </message>
    <message>
        <source>The sync did not complete. Your changes are kept on this device and sent at the next sync.</source>
        <translation>The sync did not complete. Your changes are kept on this device and sent at the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>The file has problems in %n row(s). Nothing was imported.</source>
        <translation>
            <numerusform>The file has problems in %n row. Nothing was imported.</numerusform>
            <numerusform>The file has problems in %n rows. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>The file could not be read or written: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was lost; please try again.</source>
        <translation>Something went wrong (%1). Nothing was lost; please try again.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &apos;CSV UTF-8&apos; from your spreadsheet program, or name its encoding with --encoding.</source>
        <translation>The file is not UTF-8 text (line %1). Save it as &apos;CSV UTF-8&apos; from your spreadsheet program, or name its encoding with --encoding.</translation>
    </message>
    <message>
        <source>The file has no column for the name. Expected a column such as &apos;Vorname&apos;, &apos;Nachname&apos;, &apos;Name&apos;, &apos;first name&apos; or &apos;last name&apos;; use --map to name it.</source>
        <translation>The file has no column for the name. Expected a column such as &apos;Vorname&apos;, &apos;Nachname&apos;, &apos;Name&apos;, &apos;first name&apos; or &apos;last name&apos;; use --map to name it.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; named in --map is not in the file.</source>
        <translation>The column &apos;%1&apos; named in --map is not in the file.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in --map is not a field that can be imported.</source>
        <translation>&apos;%1&apos; in --map is not a field that can be imported.</translation>
    </message>
    <message>
        <source>Only CSV and Excel (.xlsx) files can be imported.</source>
        <translation>Only CSV and Excel (.xlsx) files can be imported.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>The file holds no rows to import.</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 MB).</source>
        <translation>The file is too large to import (more than %1 MB).</translation>
    </message>
    <message>
        <source>The text encoding &apos;%1&apos; is not known. Use for example --encoding utf-8 or --encoding cp1252.</source>
        <translation>The text encoding &apos;%1&apos; is not known. Use for example --encoding utf-8 or --encoding cp1252.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet named &apos;%1&apos;.</source>
        <translation>The workbook has no worksheet named &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The file has too many rows to import at once (more than %1). Split it into smaller files.</source>
        <translation>The file has too many rows to import at once (more than %1). Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet. Is it really a CSV or .xlsx file?</source>
        <translation>The file could not be read as a spreadsheet. Is it really a CSV or .xlsx file?</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>The file could not be imported.</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; formulas are not imported</source>
        <translation>looks like a spreadsheet formula; formulas are not imported</translation>
    </message>
    <message>
        <source>text too long (%1 characters, at most %2)</source>
        <translation>text too long (%1 characters, at most %2)</translation>
    </message>
    <message>
        <source>not a date (use DD.MM.YYYY or YYYY-MM-DD)</source>
        <translation>not a date (use DD.MM.YYYY or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>date of birth in the future or before 1900</source>
        <translation>date of birth in the future or before 1900</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>no name given</translation>
    </message>
    <message>
        <source>same person as in row %1</source>
        <translation>same person as in row %1</translation>
    </message>
    <message>
        <source>this person is already in the vault</source>
        <translation>this person is already in the vault</translation>
    </message>
    <message>
        <source>client code already used</source>
        <translation>client code already used</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known value</source>
        <translation>&apos;%1&apos; is not a known value</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contains control characters</translation>
    </message>
    <message>
        <source>Row %1, column &apos;%2&apos;: %3</source>
        <translation>Row %1, column &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>it is too long</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>it is nested too deeply</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>a character that is not allowed</translation>
    </message>
    <message>
        <source>something unexpected</source>
        <translation>something unexpected</translation>
    </message>
    <message>
        <source>calling anything is not allowed (only comparisons, and/or/not and field names)</source>
        <translation>calling anything is not allowed (only comparisons, and/or/not and field names)</translation>
    </message>
    <message>
        <source>a dot after a field name is not allowed (no attributes)</source>
        <translation>a dot after a field name is not allowed (no attributes)</translation>
    </message>
    <message>
        <source>two comparisons in a row; join them with &apos;and&apos;</source>
        <translation>two comparisons in a row; join them with &apos;and&apos;</translation>
    </message>
    <message>
        <source>a value or a field name is missing</source>
        <translation>a value or a field name is missing</translation>
    </message>
    <message>
        <source>an opening bracket is missing</source>
        <translation>an opening bracket is missing</translation>
    </message>
    <message>
        <source>a closing bracket is missing</source>
        <translation>a closing bracket is missing</translation>
    </message>
    <message>
        <source>a closing &apos;]&apos; is missing</source>
        <translation>a closing &apos;]&apos; is missing</translation>
    </message>
    <message>
        <source>a list may hold only fixed values</source>
        <translation>a list may hold only fixed values</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>it is not text</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>constraint</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>not valid JSON (line %1, column %2)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>the file is nested too deeply</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; is missing</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the wrong type</source>
        <translation>&apos;%1&apos; has the wrong type</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits and _, not starting with a digit)</source>
        <translation>&apos;%1&apos; is not a valid id (lower-case letters, digits and _, not starting with a digit)</translation>
    </message>
    <message>
        <source>unknown format %1 (this app reads %2)</source>
        <translation>unknown format %1 (this app reads %2)</translation>
    </message>
    <message>
        <source>the version must be a whole number of 1 or more</source>
        <translation>the version must be a whole number of 1 or more</translation>
    </message>
    <message>
        <source>version %1 exists twice</source>
        <translation>version %1 exists twice</translation>
    </message>
    <message>
        <source>unknown language code &apos;%1&apos; (known: de, en, tr, ar, fa, ru, uk)</source>
        <translation>unknown language code &apos;%1&apos; (known: de, en, tr, ar, fa, ru, uk)</translation>
    </message>
    <message>
        <source>the text direction of &apos;%1&apos; must be ltr or rtl</source>
        <translation>the text direction of &apos;%1&apos; must be ltr or rtl</translation>
    </message>
    <message>
        <source>German (de) is required</source>
        <translation>German (de) is required</translation>
    </message>
    <message>
        <source>no text in the language &apos;%1&apos;</source>
        <translation>no text in the language &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the text in &apos;%1&apos; is too long (%2 characters, at most %3)</source>
        <translation>the text in &apos;%1&apos; is too long (%2 characters, at most %3)</translation>
    </message>
    <message>
        <source>the form has no sections</source>
        <translation>the form has no sections</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>the id &apos;%1&apos; is used twice</translation>
    </message>
    <message>
        <source>unknown field type &apos;%1&apos;</source>
        <translation>unknown field type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>a choice field needs choices</translation>
    </message>
    <message>
        <source>the choice has no code</source>
        <translation>the choice has no code</translation>
    </message>
    <message>
        <source>the choice code &apos;%1&apos; is used twice</source>
        <translation>the choice code &apos;%1&apos; is used twice</translation>
    </message>
    <message>
        <source>a field of type &apos;%1&apos; has no choices</source>
        <translation>a field of type &apos;%1&apos; has no choices</translation>
    </message>
    <message>
        <source>the condition does not parse: %1 (at character %2)</source>
        <translation>the condition does not parse: %1 (at character %2)</translation>
    </message>
    <message>
        <source>the condition names an unknown field &apos;%1&apos;</source>
        <translation>the condition names an unknown field &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in a form definition: where (form › section › field) and what.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A form definition was refused, so it cannot be shown:
%1</source>
        <translation>A form definition was refused, so it cannot be shown:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still need an answer or a correction.</source>
        <translation>
            <numerusform>%n question still need an answer or a correction.</numerusform>
            <numerusform>%n questions still need an answer or a correction.</numerusform>
        </translation>
    </message>
    <message>
        <source>This form is no longer in the vault (discarded here or by a sync).</source>
        <translation>This form is no longer in the vault (discarded here or by a sync).</translation>
    </message>
    <message>
        <source>This form is finished and is not changed again. Start a new one.</source>
        <translation>This form is finished and is not changed again. Start a new one.</translation>
    </message>
    <message>
        <source>This draft belongs to another version of the form; nothing was saved.</source>
        <translation>This draft belongs to another version of the form; nothing was saved.</translation>
    </message>
    <message>
        <source>The form is not written in this language.</source>
        <translation>The form is not written in this language.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>This client is no longer in the vault (deleted here or by a sync).</translation>
    </message>
    <message>
        <source>An answer is too long (at most 20,000 characters); nothing was saved.</source>
        <translation>An answer is too long (at most 20,000 characters); nothing was saved.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Selected note</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
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
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Client code</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Phone and e-mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <extracomment>Einwilligung to data processing.</extracomment>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>Target-group markers</translation>
    </message>
    <message>
        <source>Hide sensitive markers</source>
        <translation>Hide sensitive markers</translation>
    </message>
    <message>
        <source>Show sensitive markers</source>
        <translation>Show sensitive markers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Rejected by the server: %1</translation>
    </message>
    <message>
        <source>The server rejected a change: %1</source>
        <translation>The server rejected a change: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Date of birth followed by the age, e.g. &quot;04.05.2003 (22 years)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No consent recorded. Record consent before storing more than a first contact.</source>
        <translation>No consent recorded. Record consent before storing more than a first contact.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2)</source>
        <translation>Withdrawn on %1 (given on %2)</translation>
    </message>
    <message>
        <source>Given on %1 (form %2, version %3)</source>
        <translation>Given on %1 (form %2, version %3)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <extracomment>The sensitive markers are not shown until the button beside is pressed.</extracomment>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <extracomment>Toggle beside a passphrase field: hide the typed characters again.</extracomment>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Toggle beside a passphrase field: show the typed characters.</extracomment>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Hide passphrase</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Show passphrase</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>Forms that are signed on paper (the sheet gets signature lines).</extracomment>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where it is protected, print it, and delete it afterwards.</source>
        <translation>The PDF is not encrypted: anyone who gets the file can read it. Save it only where it is protected, print it, and delete it afterwards.</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <extracomment>Suggested file name of a saved form: form id, client code.</extracomment>
        <translation>%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Client %1, %2: “%3” was changed on the server and on this device.</source>
        <translation>Client %1, %2: “%3” was changed on the server and on this device.</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>By %1, %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>The server refused this change as a whole.</source>
        <translation>The server refused this change as a whole.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>The server gave no reason.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <source>Discard this change? It goes back to what it was before, and it will not be sent to the server.</source>
        <translation>Discard this change? It goes back to what it was before, and it will not be sent to the server.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Rejected changes (%1)</source>
        <translation>Rejected changes (%1)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>No rejected changes.</source>
        <translation>No rejected changes.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Rejected changes</translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation>Value on the server</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Keep &amp;server value</source>
        <translation>Keep &amp;server value</translation>
    </message>
    <message>
        <source>Use &amp;my value</source>
        <translation>Use &amp;my value</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>Combine both</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Combined text</translation>
    </message>
    <message>
        <source>Save &amp;combined text</source>
        <translation>Save &amp;combined text</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>Intake</source>
        <extracomment>Client fields whose values are catalogue codes, and which catalogue they come from. Fields whose values history shows only while the sensitive markers are shown. Case phase 1 of the method (Zugang/Erstkontakt).</extracomment>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>Case phase 2: the client&apos;s situation and resources.</extracomment>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <extracomment>Case phase 3 (Zielvereinbarung / Hilfeplan).</extracomment>
        <translation>Goal agreement</translation>
    </message>
    <message>
        <source>Implementation</source>
        <extracomment>Case phase 4 (Umsetzung / Vermittlung).</extracomment>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Case phase 5.</extracomment>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Case phase 6 (Evaluation &amp; Fallabschluss).</extracomment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Referral status: the referral is intended, nothing arranged yet.</extracomment>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>Referral status: the client was referred (an appointment or contact is made).</extracomment>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>Referral status: the institution took the client on.</extracomment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>Referral status: the institution or the client said no.</extracomment>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>Target-group markers</source>
        <translation>Target-group markers</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Phone and e-mail</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Client code</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
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
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>A case file of the case management method.</extracomment>
        <translation>Case</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
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
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Not yet synced</translation>
    </message>
    <message>
        <source>Conflict — needs a decision</source>
        <translation>Conflict — needs a decision</translation>
    </message>
    <message>
        <source>Rejected by the server — needs correction</source>
        <translation>Rejected by the server — needs correction</translation>
    </message>
    <message>
        <source>Only on this device</source>
        <translation>Only on this device</translation>
    </message>
    <message>
        <source>The server needs a value here.</source>
        <translation>The server needs a value here.</translation>
    </message>
    <message>
        <source>The server refused this text as too long.</source>
        <translation>The server refused this text as too long.</translation>
    </message>
    <message>
        <source>The server expected a text here.</source>
        <translation>The server expected a text here.</translation>
    </message>
    <message>
        <source>The server expected a date here.</source>
        <translation>The server expected a date here.</translation>
    </message>
    <message>
        <source>The server expected a whole number here.</source>
        <translation>The server expected a whole number here.</translation>
    </message>
    <message>
        <source>The record this refers to is not on the server (deleted there).</source>
        <translation>The record this refers to is not on the server (deleted there).</translation>
    </message>
    <message>
        <source>This refers to a record of another client.</source>
        <translation>This refers to a record of another client.</translation>
    </message>
    <message>
        <source>A record cannot be moved to another client or case.</source>
        <translation>A record cannot be moved to another client or case.</translation>
    </message>
    <message>
        <source>Only the server sets this value.</source>
        <translation>Only the server sets this value.</translation>
    </message>
    <message>
        <source>The server does not know this field.</source>
        <translation>The server does not know this field.</translation>
    </message>
    <message>
        <source>This client is no longer yours on the server (transferred or not shared).</source>
        <translation>This client is no longer yours on the server (transferred or not shared).</translation>
    </message>
    <message>
        <source>The server refused this change (%1).</source>
        <translation>The server refused this change (%1).</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>History: a record was created.</extracomment>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>History: a record was changed.</extracomment>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>History: a record was deleted.</extracomment>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Enter a given name or a family name.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>This is required.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>This date is before 1900.</source>
        <translation>This date is before 1900.</translation>
    </message>
    <message>
        <source>Enter between 1 and 1440 minutes.</source>
        <translation>Enter between 1 and 1440 minutes.</translation>
    </message>
    <message>
        <source>The follow-up must not be before the contact.</source>
        <translation>The follow-up must not be before the contact.</translation>
    </message>
    <message>
        <source>The due date must not be before the start.</source>
        <translation>The due date must not be before the start.</translation>
    </message>
    <message>
        <source>The case cannot close before it was opened.</source>
        <translation>The case cannot close before it was opened.</translation>
    </message>
    <message>
        <source>The file is too large (at most 25 MB).</source>
        <translation>The file is too large (at most 25 MB).</translation>
    </message>
    <message>
        <source>Not a date. Use the format %1.</source>
        <translation>Not a date. Use the format %1.</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Choose a client.</translation>
    </message>
    <message>
        <source>Outside the programme&apos;s age range (18–27). You can still save.</source>
        <translation>Outside the programme&apos;s age range (18–27). You can still save.</translation>
    </message>
    <message>
        <source>This client already has an open case.</source>
        <translation>This client already has an open case.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>This case is already closed.</translation>
    </message>
    <message>
        <source>The case cannot move to that phase from where it is now.</source>
        <translation>The case cannot move to that phase from where it is now.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault (deleted here or by a sync).</source>
        <translation>This client is no longer in the vault (deleted here or by a sync).</translation>
    </message>
    <message>
        <source>This document is no longer in the vault.</source>
        <translation>This document is no longer in the vault.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Add referral</source>
        <translation>Add referral</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation>Add referral…</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Add referral</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Unknown caseworker</source>
        <translation>Unknown caseworker</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to review</source>
        <translation>
            <numerusform>%n record to review</numerusform>
            <numerusform>%n records to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s)</source>
        <translation>
            <numerusform>%1 (%2): %n record</numerusform>
            <numerusform>%1 (%2): %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>Return with comment</translation>
    </message>
    <message>
        <source>Return “%1” to the caseworker for correction. Say what needs to change:</source>
        <translation>Return “%1” to the caseworker for correction. Say what needs to change:</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Your comment on “%1” for the caseworker:</source>
        <translation>Your comment on “%1” for the caseworker:</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Send comment</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Goal agreement awaits decision</source>
        <translation>Goal agreement awaits decision</translation>
    </message>
    <message>
        <source>Closure awaits decision</source>
        <translation>Closure awaits decision</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Unknown person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Form version</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Goal agreement</translation>
    </message>
    <message>
        <source>Case closure</source>
        <translation>Case closure</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (revision %2)</translation>
    </message>
    <message>
        <source>outdated — the record changed since</source>
        <translation>outdated — the record changed since</translation>
    </message>
    <message>
        <source>Nothing to review: every record of your team was looked at since it last changed.</source>
        <translation>Nothing to review: every record of your team was looked at since it last changed.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) waiting</source>
        <translation>
            <numerusform>%n decision waiting</numerusform>
            <numerusform>%n decisions waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Caseworker and client</source>
        <translation>Caseworker and client</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>Latest change</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Waits for</translation>
    </message>
    <message>
        <source>Records to review, by caseworker</source>
        <translation>Records to review, by caseworker</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Changes of the selected client</source>
        <translation>Changes of the selected client</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <source>Mark the listed records as reviewed (Ctrl+Enter); decisions stay open</source>
        <translation>Mark the listed records as reviewed (Ctrl+Enter); decisions stay open</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>&amp;Return with comment…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Comment…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>Locked after %n minute without activity</numerusform>
            <numerusform>Locked after %n minutes without activity</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Shown on the lock screen after the user chose File &gt; Lock.</extracomment>
        <translation>Locked</translation>
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
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>Set up Outreach Desktop</source>
        <translation>Set up Outreach Desktop</translation>
    </message>
    <message>
        <source>Protect the case data on this laptop</source>
        <translation>Protect the case data on this laptop</translation>
    </message>
    <message>
        <source>Choose a passphrase. You will type it each time you open the app and after it locks. Several words that belong together only for you are easy to remember and hard to guess.</source>
        <translation>Choose a passphrase. You will type it each time you open the app and after it locks. Several words that belong together only for you are easy to remember and hard to guess.</translation>
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
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the data on this laptop cannot be recovered. Nobody can reset it, not even your administrator. If the app syncs with your organisation&apos;s server, you can set it up anew and download your cases again.</source>
        <translation>If you forget the passphrase, the data on this laptop cannot be recovered. Nobody can reset it, not even your administrator. If the app syncs with your organisation&apos;s server, you can set it up anew and download your cases again.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>If you forget the passphrase</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
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
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>Start a form</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n characters.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Add more words.</source>
        <extracomment>Passphrase strength. Too weak to be accepted.</extracomment>
        <translation>Strength: weak. Add more words.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Strength: fair</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Strength: good</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Strength: strong</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts and changes the server did not accept. Click to resolve them.</source>
        <translation>Conflicts and changes the server did not accept. Click to resolve them.</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
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
        <translation>Online status unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n change pending</numerusform>
            <numerusform>%n changes pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Unknown caseworker</source>
        <translation>Unknown caseworker</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Team total</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s) overdue</source>
        <translation>
            <numerusform>%n goal step overdue</numerusform>
            <numerusform>%n goal steps overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nothing overdue</translation>
    </message>
    <message>
        <source>Select a caseworker above to see their clients.</source>
        <translation>Select a caseworker above to see their clients.</translation>
    </message>
    <message>
        <source>%1 has no clients.</source>
        <translation>%1 has no clients.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Clients of %1 (%n):</source>
        <translation>
            <numerusform>&amp;Clients of %1 (%n):</numerusform>
            <numerusform>&amp;Clients of %1 (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New clients (intake, opened in the last %1 days): %n</source>
        <translation>
            <numerusform>&amp;New clients (intake, opened in the last %1 days): %n</numerusform>
            <numerusform>&amp;New clients (intake, opened in the last %1 days): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No new clients: none in intake opened in the last %1 days.</source>
        <translation>No new clients: none in intake opened in the last %1 days.</translation>
    </message>
    <message>
        <source>Assign a client</source>
        <translation>Assign a client</translation>
    </message>
    <message>
        <source>Assign client %1 to %2?</source>
        <translation>Assign client %1 to %2?</translation>
    </message>
    <message>
        <source>Transfer client %1 from %2 to %3? The old laptop loses the record at its next sync; %3&apos;s laptop receives it.</source>
        <translation>Transfer client %1 from %2 to %3? The old laptop loses the record at its next sync; %3&apos;s laptop receives it.</translation>
    </message>
    <message>
        <source>Transfer a client</source>
        <translation>Transfer a client</translation>
    </message>
    <message>
        <source>Transferring client %1 to %2…</source>
        <translation>Transferring client %1 to %2…</translation>
    </message>
    <message>
        <source>Client %1 now belongs to %2. The lists here follow after the sync that is starting now.</source>
        <translation>Client %1 now belongs to %2. The lists here follow after the sync that is starting now.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing was transferred. Try again when this laptop is online.</source>
        <translation>The server cannot be reached, so nothing was transferred. Try again when this laptop is online.</translation>
    </message>
    <message>
        <source>The server did not allow this transfer: the client or the caseworker is not (or no longer) in your team. Nothing was changed. Sync, then try again.</source>
        <translation>The server did not allow this transfer: the client or the caseworker is not (or no longer) in your team. Nothing was changed. Sync, then try again.</translation>
    </message>
    <message>
        <source>The server refused the transfer (%1). Nothing was changed; if this happens again, tell your coordinator.</source>
        <translation>The server refused the transfer (%1). Nothing was changed; if this happens again, tell your coordinator.</translation>
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
        <translation>Open cases per caseworker. &quot;No contact&quot; counts open cases whose latest contact (or opening) is at least 30, 60 or 90 days ago; a case counted under 90 days is counted under 30 and 60 too. Click a heading to sort.</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Overdue goal steps</source>
        <translation>Overdue goal steps</translation>
    </message>
    <message>
        <source>No contact 30+ days</source>
        <translation>No contact 30+ days</translation>
    </message>
    <message>
        <source>No contact 60+ days</source>
        <translation>No contact 60+ days</translation>
    </message>
    <message>
        <source>No contact 90+ days</source>
        <translation>No contact 90+ days</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Caseload per caseworker</source>
        <translation>Caseload per caseworker</translation>
    </message>
    <message>
        <source>No caseworkers or cases yet. Your team appears here after the first sync with the server.</source>
        <translation>No caseworkers or cases yet. Your team appears here after the first sync with the server.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
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
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Days without contact</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Clients of the selected caseworker</source>
        <translation>Clients of the selected caseworker</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>New clients</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>Open &amp;record</translation>
    </message>
    <message>
        <source>&amp;Transfer to…</source>
        <translation>&amp;Transfer to…</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Assign to…</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>New feedback</source>
        <extracomment>Column widths in average characters of the font.</extracomment>
        <translation>New feedback</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Agenda status of an item whose date has passed.</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>agenda status</comment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Approved by your supervisor</source>
        <translation>Approved by your supervisor</translation>
    </message>
    <message>
        <source>Returned by your supervisor for correction</source>
        <translation>Returned by your supervisor for correction</translation>
    </message>
    <message>
        <source>Comment from your supervisor</source>
        <translation>Comment from your supervisor</translation>
    </message>
    <message>
        <source>Goal step: %1</source>
        <extracomment>%1 is the title of a goal step the caseworker agreed with the client.</extracomment>
        <translation>Goal step: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <extracomment>A follow-up date set when a contact was logged.</extracomment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n item due</numerusform>
            <numerusform>%n items due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new feedback(s) from your supervisor</source>
        <translation>
            <numerusform>%n new feedback from your supervisor</numerusform>
            <numerusform>%n new feedbacks from your supervisor</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <comment>page title</comment>
        <extracomment>Page title: what is due today (German: Heute).</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Due today and overdue</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer a client</source>
        <translation>Transfer a client</translation>
    </message>
    <message>
        <source>Client %1 is with %2 now. Transfer to:</source>
        <translation>Client %1 is with %2 now. Transfer to:</translation>
    </message>
    <message>
        <source>Client %1 has no caseworker yet. Assign to:</source>
        <translation>Client %1 has no caseworker yet. Assign to:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>There is no other caseworker in your team to transfer to (the team list comes with the next sync).</source>
        <translation>There is no other caseworker in your team to transfer to (the team list comes with the next sync).</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <extracomment>The demo workspace&apos;s passphrase: public on purpose (README, unlock screen), so the demo must only ever hold invented data. ASCII only, so that it can be typed on an Arabic, Persian or Cyrillic keyboard layout too (&quot;Köln&quot; could not).</extracomment>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
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
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Opening the vault</translation>
    </message>
    <message>
        <source>Demo workspace with invented clients. Its passphrase is public:
%1
Never enter real client data here.</source>
        <translation>Demo workspace with invented clients. Its passphrase is public:
%1
Never enter real client data here.</translation>
    </message>
    <message>
        <source>Preparing the demo data</source>
        <translation>Preparing the demo data</translation>
    </message>
    <message>
        <source>Preparing the demo: %v of %m clients</source>
        <extracomment>%v and %m are filled in by Qt: clients written so far, and all of them.</extracomment>
        <translation>Preparing the demo: %v of %m clients</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="55" />
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="55" />
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="55" />
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="55" />
        <source>Workstation</source>
        <translation>İş istasyonu</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../mebposta_admin/cli.py" line="134" />
        <source>Interrupted. Nothing was changed.</source>
        <translation>Kesildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli.py" line="137" />
        <source>Unknown command.</source>
        <translation>Bilinmeyen komut.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli.py" line="154" />
        <source>Database {url} is at the newest schema.</source>
        <translation>{url} veritabanı en yeni şemada.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli.py" line="170" />
        <source>Schema revision: {revision}</source>
        <translation>Şema sürümü: {revision}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli.py" line="196" />
        <source>Demo data written: {people} people, {mailboxes} mailboxes, {aliases} old addresses, {institutions} institutions in {seconds} s.</source>
        <translation>Demo verisi yazıldı: {people} kişi, {mailboxes} posta kutusu, {aliases} eski adres, {institutions} kurum; {seconds} sn.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli.py" line="217" />
        <source>Password for {username}: </source>
        <translation>{username} parolası: </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli.py" line="254" />
        <source>New administrator's password: </source>
        <translation>Yeni yöneticinin parolası: </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli.py" line="255" />
        <source>The same password again: </source>
        <translation>Aynı parola tekrar: </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli.py" line="274" />
        <source>Administrator {username} created.</source>
        <translation>{username} yöneticisi oluşturuldu.</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="16" />
        <source>The database address “{url}” cannot be read. Use the form sqlite:///path/to/file.sqlite3 or postgresql://user@host:5432/database.</source>
        <translation>“{url}” veritabanı adresi okunamıyor. sqlite:///klasor/dosya.sqlite3 ya da postgresql://kullanici@sunucu:5432/veritabani biçimini kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="21" />
        <source>The database address “{url}” is not supported. Only SQLite and PostgreSQL can be used.</source>
        <translation>“{url}” veritabanı adresi desteklenmiyor. Yalnızca SQLite ve PostgreSQL kullanılabilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="25" />
        <source>Cannot connect to the database {url}. Check that the server is running and reachable from this computer, then try again. Details: {reason}</source>
        <translation>{url} veritabanına bağlanılamıyor. Sunucunun çalıştığını ve bu bilgisayardan erişilebildiğini denetleyip yeniden deneyin. Ayrıntı: {reason}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="30" />
        <source>The database server {url} refused the user name or password. Check the connection profile's password in Settings.</source>
        <translation>{url} veritabanı sunucusu kullanıcı adını ya da parolayı kabul etmedi. Ayarlar’da bağlantı profilinin parolasını denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="35" />
        <source>The database named in {url} does not exist on the server. Ask the database administrator to create it, or correct the address.</source>
        <translation>{url} adresindeki veritabanı sunucuda yok. Veritabanı yöneticisinden oluşturmasını isteyin ya da adresi düzeltin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="40" />
        <source>The database file {url} cannot be opened. Check that its folder exists and that you may write to it.</source>
        <translation>{url} veritabanı dosyası açılamıyor. Klasörünün var olduğunu ve yazma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="45" />
        <source>The database {url} is read-only for this program, so no change could be saved. Give your user write permission on the file and its folder, or choose another database.</source>
        <translation>{url} veritabanı bu program için salt okunur; hiçbir değişiklik kaydedilemez. Kullanıcınıza dosya ve klasörü için yazma izni verin ya da başka bir veritabanı seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="50" />
        <source>The database {url} is locked by another program. Close the other program (or wait for it to finish) and try again. Nothing was changed.</source>
        <translation>{url} veritabanı başka bir program tarafından kilitlenmiş. Diğer programı kapatın (ya da işini bitirmesini bekleyin) ve yeniden deneyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="55" />
        <source>The database {url} was prepared by a newer version of MEB Posta Yönetim (schema {revision}). Install the newer version; this one will not touch the database.</source>
        <translation>{url} veritabanı MEB Posta Yönetim’in daha yeni bir sürümüyle hazırlanmış (şema {revision}). Yeni sürümü kurun; bu sürüm veritabanına dokunmayacak.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="60" />
        <source>The database {url} needs an upgrade. Run “mebposta-admin db upgrade”.</source>
        <translation>{url} veritabanının yükseltilmesi gerekiyor. “mebposta-admin db upgrade” komutunu çalıştırın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="64" />
        <source>The user name or password is wrong.</source>
        <translation>Kullanıcı adı ya da parola yanlış.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="67" />
        <source>The user name or password is wrong. {left} attempt(s) left before the account is locked for 15 minutes.</source>
        <translation>Kullanıcı adı ya da parola yanlış. Hesap 15 dakikalığına kilitlenmeden önce {left} deneme hakkınız kaldı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="72" />
        <source>This account is locked after repeated wrong passwords. Try again in {minutes} minute(s), or ask a system administrator.</source>
        <translation>Bu hesap art arda yanlış parola girildiği için kilitlendi. {minutes} dakika sonra yeniden deneyin ya da bir sistem yöneticisine başvurun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="77" />
        <source>This administrator account is disabled. Ask a system administrator.</source>
        <translation>Bu yönetici hesabı devre dışı. Bir sistem yöneticisine başvurun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="80" />
        <source>A password is needed: type it at the prompt or set MEBPOSTA_PASSWORD for scheduled jobs.</source>
        <translation>Parola gerekli: istendiğinde yazın ya da zamanlanmış işler için MEBPOSTA_PASSWORD değişkenini tanımlayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="84" />
        <source>Your role ({role}) does not allow this action. The attempt was recorded.</source>
        <translation>Rolünüz ({role}) bu işleme izin vermiyor. Deneme kayda geçirildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="87" />
        <source>Administrators already exist: sign in as a system administrator with --as USERNAME.</source>
        <translation>Yöneticiler zaten var: --as KULLANICI ile bir sistem yöneticisi olarak oturum açın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="91" />
        <source>“{username}” is not a valid user name: use 3–64 lower-case letters, digits, “.”, “_” or “-”, starting with a letter.</source>
        <translation>“{username}” geçerli bir kullanıcı adı değil: harfle başlayan, 3–64 karakterlik küçük harf, rakam, “.”, “_” ya da “-” kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="96" />
        <source>The user name “{username}” is already taken.</source>
        <translation>“{username}” kullanıcı adı zaten kullanılıyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="99" />
        <source>The role {role} is national: do not give a province or district.</source>
        <translation>{role} rolü ülke geneli yetkilidir: il ya da ilçe vermeyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="102" />
        <source>The role {role} needs a province (--province 07).</source>
        <translation>{role} rolü için il gerekli (--province 07).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="105" />
        <source>The role {role} needs a district (--district NAME) as well as a province.</source>
        <translation>{role} rolü için ilin yanında ilçe de gerekli (--district AD).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="108" />
        <source>There is no province with the code {province} (use 01–81).</source>
        <translation>{province} kodlu bir il yok (01–81 kullanın).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="111" />
        <source>Province {province} has no district named “{district}”.</source>
        <translation>{province} ilinde “{district}” adlı bir ilçe yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="114" />
        <source>The password is too short: use at least 10 characters.</source>
        <translation>Parola çok kısa: en az 10 karakter kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="117" />
        <source>The password is too simple: mix at least three of lower-case letters, upper-case letters, digits and symbols.</source>
        <translation>Parola çok basit: küçük harf, büyük harf, rakam ve simgelerden en az üçünü birlikte kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="122" />
        <source>The password must not contain the user name.</source>
        <translation>Parola kullanıcı adını içermemeli.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="125" />
        <source>The two passwords differ.</source>
        <translation>İki parola birbirinden farklı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="126" />
        <source>The database already holds data; demo data is only written to an empty database. Choose a new file with --db.</source>
        <translation>Veritabanında zaten veri var; demo verisi yalnızca boş bir veritabanına yazılır. --db ile yeni bir dosya seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="131" />
        <source>The number of people must be zero or more.</source>
        <translation>Kişi sayısı sıfır ya da daha büyük olmalı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="134" />
        <source>This command needs an administrator: add --as USERNAME.</source>
        <translation>Bu komut bir yönetici gerektiriyor: --as KULLANICI ekleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="137" />
        <source>Cancelled. Nothing was changed.</source>
        <translation>İptal edildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="138" />
        <source>No system keyring is available: passwords are kept in memory for this session only and must be entered again next time.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: parolalar yalnızca bu oturum boyunca bellekte tutulur ve bir dahaki sefere yeniden girilmelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/error_texts.py" line="145" />
        <source>Unexpected error ({code}). Details are in the log.</source>
        <translation>Beklenmeyen hata ({code}). Ayrıntılar günlük dosyasında.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="30" />
        <source>Unexpected error</source>
        <translation>Beklenmeyen hata</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="34" />
        <source>Something went wrong that the program did not expect. Your last action may not have been completed; nothing half-done was saved. Please send the text below to the help desk.</source>
        <translation>Programın beklemediği bir sorun oluştu. Son işleminiz tamamlanmamış olabilir; yarım kalan hiçbir şey kaydedilmedi. Lütfen aşağıdaki metni yardım masasına gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="39" />
        <source>Log file: {path}</source>
        <translation>Günlük dosyası: {path}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="47" />
        <source>Copy to clipboard</source>
        <translation>Panoya kopyala</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../mebposta_admin/cli.py" line="301" />
        <location filename="../mebposta_admin/ui/labels.py" line="56" />
        <source>National</source>
        <translation>Ülke geneli</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="11" />
        <source>System administrator</source>
        <translation>Sistem yöneticisi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="12" />
        <source>Help desk</source>
        <translation>Yardım masası</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="13" />
        <source>Provincial MEBBİS administrator</source>
        <translation>İl MEBBİS yöneticisi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="14" />
        <source>District MEBBİS administrator</source>
        <translation>İlçe MEBBİS yöneticisi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="15" />
        <source>Auditor</source>
        <translation>Denetçi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="18" />
        <source>success</source>
        <translation>başarılı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="19" />
        <source>failure</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="20" />
        <source>refused</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="23" />
        <source>Sign-in</source>
        <translation>Oturum açma</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="24" />
        <source>Account locked</source>
        <translation>Hesap kilitlendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="25" />
        <source>Administrator created</source>
        <translation>Yönetici oluşturuldu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="26" />
        <source>Administrator list</source>
        <translation>Yönetici listesi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="27" />
        <source>Demo data created</source>
        <translation>Demo verisi oluşturuldu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="49" />
        <source>{province} / {district} district</source>
        <translation>{province} / {district} ilçesi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/labels.py" line="53" />
        <source>{province} province</source>
        <translation>{province} ili</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="60" />
        <source>MEB Posta Yönetim — Sign in</source>
        <translation>MEB Posta Yönetim — Giriş</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="71" />
        <source>MEB Posta Yönetim</source>
        <translation>MEB Posta Yönetim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="74" />
        <source>E-mail account administration of the Ministry of National Education</source>
        <translation>Millî Eğitim Bakanlığı e-posta hesap yönetimi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="85" />
        <source>e.g. il06</source>
        <translation>ör. il06</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="88" />
        <source>&amp;Database:</source>
        <translation>&amp;Veritabanı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="89" />
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="90" />
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="106" />
        <source>No system keyring is available: database passwords are kept in memory for this session only.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: veritabanı parolaları yalnızca bu oturum boyunca bellekte tutulur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="119" />
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="122" />
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="124" />
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="134" />
        <source>Demo accounts (shown in demo mode only)</source>
        <translation>Demo hesapları (yalnızca demo modunda gösterilir)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="137" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="137" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="137" />
        <source>Scope</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="146" />
        <source>National</source>
        <translation>Ülke geneli</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="148" />
        <source>{province} / {district}</source>
        <translation>{province} / {district}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="165" />
        <source>Password for every demo account: {password}</source>
        <translation>Tüm demo hesaplarının parolası: {password}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="171" />
        <source>Double-click an account to fill in the form.</source>
        <translation>Formu doldurmak için bir hesaba çift tıklayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="192" />
        <source>Demo database (this computer)</source>
        <translation>Demo veritabanı (bu bilgisayar)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="225" />
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="247" />
        <source>Creating the demo database: {done} of {total} people…</source>
        <translation>Demo veritabanı oluşturuluyor: {total} kişiden {done}…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="258" />
        <source>Connected: {database}</source>
        <translation>Bağlandı: {database}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="276" />
        <source>Type your user name and password.</source>
        <translation>Kullanıcı adınızı ve parolanızı yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="279" />
        <source>Signing in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="307" />
        <source>Unexpected error: {error}. Details are in the log.</source>
        <translation>Beklenmeyen hata: {error}. Ayrıntılar günlük dosyasında.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="29" />
        <source>MEB Posta Yönetim</source>
        <translation>MEB Posta Yönetim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="46" />
        <source>Overview</source>
        <translation>Genel Bakış</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="61" />
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="62" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="67" />
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="71" />
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="72" />
        <source>&amp;About</source>
        <translation>&amp;Hakkında</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="82" />
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="98" />
        <source>No keyring</source>
        <translation>Anahtarlık yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="88" />
        <source>Scope: {scope}</source>
        <translation>Kapsam: {scope}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="91" />
        <source>{database} (demo)</source>
        <translation>{database} (demo)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="92" />
        <source>Database: {database}</source>
        <translation>Veritabanı: {database}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="102" />
        <source>No system keyring is available: passwords are kept in memory for this session only and must be entered again next time.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: parolalar yalnızca bu oturum boyunca bellekte tutulur ve bir dahaki sefere yeniden girilmelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="114" />
        <source>About MEB Posta Yönetim</source>
        <translation>MEB Posta Yönetim hakkında</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="116" />
        <source>MEB Posta Yönetim {version}
Account administration and help desk for the Ministry of National Education's e-mail system.
Log file: {log}</source>
        <translation>MEB Posta Yönetim {version}
Millî Eğitim Bakanlığı e-posta sistemi için hesap yönetimi ve yardım masası.
Günlük dosyası: {log}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="110" />
        <source>Overview — {scope}</source>
        <translation>Genel Bakış — {scope}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="115" />
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="127" />
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="128" />
        <source>Personal mailboxes</source>
        <translation>Kişisel posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="130" />
        <source>Mailboxes without an e-mail password yet</source>
        <translation>Henüz e-posta şifresi almamış kutular</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="132" />
        <source>Staff without a GSM number on file</source>
        <translation>Kayıtlı GSM numarası olmayan personel</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="133" />
        <source>Inactive mailboxes</source>
        <translation>Pasif posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="134" />
        <source>Old addresses forwarding</source>
        <translation>Yönlendirilen eski adresler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="135" />
        <source>Unit accounts</source>
        <translation>Birim hesapları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="136" />
        <source>Institutions</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="142" />
        <source>Your recent actions</source>
        <translation>Son işlemleriniz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="158" />
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="31" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="37" />
        <source>Interface</source>
        <translation>Arayüz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="43" />
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="44" />
        <source>A new language takes effect the next time the program starts.</source>
        <translation>Yeni dil, program bir sonraki açılışında geçerli olur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="50" />
        <source>Database connection profiles</source>
        <translation>Veritabanı bağlantı profilleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="60" />
        <source>stored in the system keyring</source>
        <translation>sistem anahtarlığında saklanır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="61" />
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="62" />
        <source>Address (URL):</source>
        <translation>Adres (URL):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="63" />
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="66" />
        <source>Add or update</source>
        <translation>Ekle ya da güncelle</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="67" />
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="78" />
        <source>Keyring: {backend}</source>
        <translation>Anahtarlık: {backend}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="81" />
        <source>No system keyring is available: passwords are kept in memory for this session only and must be entered again next time.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: parolalar yalnızca bu oturum boyunca bellekte tutulur ve bir dahaki sefere yeniden girilmelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="118" />
        <source>Give the profile a name (not “demo”).</source>
        <translation>Profile bir ad verin (“demo” olamaz).</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="31" />
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="32" />
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="33" />
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="34" />
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="35" />
        <source>Workstation</source>
        <translation>İş istasyonu</translation>
    </message>
</context>
<context>
    <name>CallerCheckBox</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="79" />
        <source>Caller check</source>
        <translation>Arayan kontrolü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="84" />
        <source>Type the TCKN and GSM exactly as the caller entered them on the password screen; the number on file is not shown.</source>
        <translation>TCKN ve GSM’yi arayanın şifre ekranına girdiği biçimde yazın; kayıttaki numara gösterilmez.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="99" />
        <source>&amp;Check</source>
        <translation>&amp;Kontrol et</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="104" />
        <source>&amp;TCKN typed:</source>
        <translation>Girilen &amp;TCKN:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="105" />
        <source>&amp;GSM typed:</source>
        <translation>Girilen &amp;GSM:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../mebposta_admin/cli/__init__.py" line="55" />
        <source>Interrupted. Nothing was changed.</source>
        <translation>Kesildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/__init__.py" line="57" />
        <source>Unknown command.</source>
        <translation>Bilinmeyen komut.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/database.py" line="23" />
        <source>Database {url} is at the newest schema.</source>
        <translation>{url} veritabanı en yeni şemada.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/database.py" line="34" />
        <source>Schema revision: {revision}</source>
        <translation>Şema sürümü: {revision}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/demo.py" line="37" />
        <source>Demo data written: {people} people, {mailboxes} mailboxes, {aliases} old addresses, {institutions} institutions in {seconds} s.</source>
        <translation>Demo verisi yazıldı: {people} kişi, {mailboxes} posta kutusu, {aliases} eski adres, {institutions} kurum; {seconds} sn.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/common.py" line="103" />
        <source>Password for {username}: </source>
        <translation>{username} parolası: </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/admins.py" line="50" />
        <source>New administrator's password: </source>
        <translation>Yeni yöneticinin parolası: </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/admins.py" line="51" />
        <source>The same password again: </source>
        <translation>Aynı parola tekrar: </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/admins.py" line="70" />
        <source>Administrator {username} created.</source>
        <translation>{username} yöneticisi oluşturuldu.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/search.py" line="67" />
        <source>{shown} shown of {total}{more}.</source>
        <translation>{total}{more} kişiden {shown} tanesi gösterildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/password.py" line="38" />
        <source>Send a new password for {address} to {gsm}? [y/N] </source>
        <translation>{address} için yeni şifre {gsm} numarasına gönderilsin mi? [e/H] </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/password.py" line="42" />
        <source>Not sent.</source>
        <translation>Gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/password.py" line="67" />
        <source>Sent to {gsm} for {address} (job {job}).</source>
        <translation>{address} için şifre {gsm} numarasına gönderildi (iş no {job}).</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="15" />
        <source>The database address “{url}” cannot be read. Use the form sqlite:///path/to/file.sqlite3 or postgresql://user@host:5432/database.</source>
        <translation>“{url}” veritabanı adresi okunamıyor. sqlite:///klasor/dosya.sqlite3 ya da postgresql://kullanici@sunucu:5432/veritabani biçimini kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="20" />
        <source>The database address “{url}” is not supported. Only SQLite and PostgreSQL can be used.</source>
        <translation>“{url}” veritabanı adresi desteklenmiyor. Yalnızca SQLite ve PostgreSQL kullanılabilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="24" />
        <source>Cannot connect to the database {url}. Check that the server is running and reachable from this computer, then try again. Details: {reason}</source>
        <translation>{url} veritabanına bağlanılamıyor. Sunucunun çalıştığını ve bu bilgisayardan erişilebildiğini denetleyip yeniden deneyin. Ayrıntı: {reason}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="29" />
        <source>The database server {url} refused the user name or password. Check the connection profile's password in Settings.</source>
        <translation>{url} veritabanı sunucusu kullanıcı adını ya da parolayı kabul etmedi. Ayarlar’da bağlantı profilinin parolasını denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="34" />
        <source>The database named in {url} does not exist on the server. Ask the database administrator to create it, or correct the address.</source>
        <translation>{url} adresindeki veritabanı sunucuda yok. Veritabanı yöneticisinden oluşturmasını isteyin ya da adresi düzeltin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="39" />
        <source>The database file {url} cannot be opened. Check that its folder exists and that you may write to it.</source>
        <translation>{url} veritabanı dosyası açılamıyor. Klasörünün var olduğunu ve yazma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="44" />
        <source>The database {url} is read-only for this program, so no change could be saved. Give your user write permission on the file and its folder, or choose another database.</source>
        <translation>{url} veritabanı bu program için salt okunur; hiçbir değişiklik kaydedilemez. Kullanıcınıza dosya ve klasörü için yazma izni verin ya da başka bir veritabanı seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="49" />
        <source>The database {url} is locked by another program. Close the other program (or wait for it to finish) and try again. Nothing was changed.</source>
        <translation>{url} veritabanı başka bir program tarafından kilitlenmiş. Diğer programı kapatın (ya da işini bitirmesini bekleyin) ve yeniden deneyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="54" />
        <source>The database {url} was prepared by a newer version of MEB Posta Yönetim (schema {revision}). Install the newer version; this one will not touch the database.</source>
        <translation>{url} veritabanı MEB Posta Yönetim’in daha yeni bir sürümüyle hazırlanmış (şema {revision}). Yeni sürümü kurun; bu sürüm veritabanına dokunmayacak.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="59" />
        <source>The database {url} needs an upgrade. Run “mebposta-admin db upgrade”.</source>
        <translation>{url} veritabanının yükseltilmesi gerekiyor. “mebposta-admin db upgrade” komutunu çalıştırın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="68" />
        <source>This account is locked after repeated wrong passwords. Try again in {minutes} min, or ask a system administrator.</source>
        <translation>Bu hesap art arda yanlış parola girildiği için kilitlendi. {minutes} dakika sonra yeniden deneyin ya da bir sistem yöneticisine başvurun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="73" />
        <source>This administrator account is disabled. Ask a system administrator.</source>
        <translation>Bu yönetici hesabı devre dışı. Bir sistem yöneticisine başvurun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="76" />
        <source>A password is needed: type it at the prompt or set MEBPOSTA_PASSWORD for scheduled jobs.</source>
        <translation>Parola gerekli: istendiğinde yazın ya da zamanlanmış işler için MEBPOSTA_PASSWORD değişkenini tanımlayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="80" />
        <source>Your role ({role}) does not allow this action. The attempt was recorded.</source>
        <translation>Rolünüz ({role}) bu işleme izin vermiyor. Deneme kayda geçirildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="83" />
        <source>Administrators already exist: sign in as a system administrator with --as USERNAME.</source>
        <translation>Yöneticiler zaten var: --as KULLANICI ile bir sistem yöneticisi olarak oturum açın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="87" />
        <source>“{username}” is not a valid user name: use 3–64 lower-case letters, digits, “.”, “_” or “-”, starting with a letter.</source>
        <translation>“{username}” geçerli bir kullanıcı adı değil: harfle başlayan, 3–64 karakterlik küçük harf, rakam, “.”, “_” ya da “-” kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="92" />
        <source>The user name “{username}” is already taken.</source>
        <translation>“{username}” kullanıcı adı zaten kullanılıyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="95" />
        <source>The role {role} is national: do not give a province or district.</source>
        <translation>{role} rolü ülke geneli yetkilidir: il ya da ilçe vermeyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="98" />
        <source>The role {role} needs a province (--province 07).</source>
        <translation>{role} rolü için il gerekli (--province 07).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="101" />
        <source>The role {role} needs a district (--district NAME) as well as a province.</source>
        <translation>{role} rolü için ilin yanında ilçe de gerekli (--district AD).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="104" />
        <source>There is no province with the code {province} (use 01–81).</source>
        <translation>{province} kodlu bir il yok (01–81 kullanın).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="107" />
        <source>Province {province} has no district named “{district}”.</source>
        <translation>{province} ilinde “{district}” adlı bir ilçe yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="110" />
        <source>The password is too short: use at least 10 characters.</source>
        <translation>Parola çok kısa: en az 10 karakter kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="63" />
        <source>The user name or password is wrong. After 5 wrong attempts in a row an account is locked for 15 minutes.</source>
        <translation>Kullanıcı adı veya parola yanlış. Art arda 5 yanlış denemeden sonra hesap 15 dakika kilitlenir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="113" />
        <source>This password is too easy to guess (a common word, a name, a date, a pattern or a repeat). Use several unrelated words or a longer random password.</source>
        <translation>Bu parola kolay tahmin edilir (yaygın bir sözcük, bir ad, bir tarih, bir örüntü ya da tekrar). Birbiriyle ilgisiz birkaç sözcük veya daha uzun, rastgele bir parola kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="118" />
        <source>The password must not contain the user name or the administrator's name.</source>
        <translation>Parola kullanıcı adını veya yöneticinin adını içermemelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="121" />
        <source>The two passwords differ.</source>
        <translation>İki parola birbirinden farklı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="122" />
        <source>The database already holds data; demo data is only written to an empty database. Choose a new file with --db.</source>
        <translation>Veritabanında zaten veri var; demo verisi yalnızca boş bir veritabanına yazılır. --db ile yeni bir dosya seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="127" />
        <source>The number of people must be zero or more.</source>
        <translation>Kişi sayısı sıfır ya da daha büyük olmalı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="130" />
        <source>This command needs an administrator: add --as USERNAME.</source>
        <translation>Bu komut bir yönetici gerektiriyor: --as KULLANICI ekleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="133" />
        <source>This person is outside your area. Ask the help desk, who can pass it to the right administrator. The attempt was recorded.</source>
        <translation>Bu kişi sizin yetki alanınızın dışında. Doğru yöneticiye iletebilmesi için yardım masasına başvurun. Bu girişim kaydedildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="138" />
        <source>Your role may not see personal data unmasked. The attempt was recorded.</source>
        <translation>Rolünüz kişisel verileri maskesiz göremez. Deneme kayda geçirildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="142" />
        <source>This person is no longer in the database. Search again.</source>
        <translation>Bu kişi artık veritabanında yok. Yeniden arayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="145" />
        <source>Nobody with this TCKN or e-mail address is in the database. Check the digits or the spelling, or search by name.</source>
        <translation>Veritabanında bu TC Kimlik numarası veya e-posta adresiyle kayıtlı kimse yok. Rakamları ya da yazımı denetleyin veya adla arayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="150" />
        <source>This is not a valid TCKN: its check digits are wrong. Ask for the 11 digits on the identity card again.</source>
        <translation>Bu geçerli bir TC Kimlik numarası değil: kontrol basamakları hatalı. Kimlik kartındaki 11 haneyi yeniden isteyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="155" />
        <source>{address} is a unit account (an office's shared mailbox), not a person's: its password goes to the unit's custodian, not through a person's record.</source>
        <translation>{address} bir birim hesabıdır (bir birimin ortak posta kutusu), bir kişiye ait değildir: şifresi bir kişinin kaydı üzerinden değil, birimin sorumlusuna gönderilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="160" />
        <source>The demo database {path} is empty, so nobody can sign in yet. Fill it with “mebposta-admin demo seed” (or open the application with --demo, which fills it), or choose another database with --db URL.</source>
        <translation>{path} tanıtım veritabanı boş, bu yüzden henüz kimse giriş yapamaz. “mebposta-admin demo seed” ile doldurun (ya da uygulamayı onu dolduran --demo ile açın) veya --db URL ile başka bir veritabanı seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="166" />
        <source>This database has no administrators yet. Create the first one with “mebposta-admin admin create USERNAME --role superadmin --db URL”.</source>
        <translation>Bu veritabanında henüz yönetici yok. İlkini “mebposta-admin admin create KULLANICI --role superadmin --db URL” ile oluşturun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="171" />
        <source>There is no system setting “{key}”. The settings are: {keys}.</source>
        <translation>“{key}” adında bir sistem ayarı yok. Ayarlar şunlardır: {keys}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="174" />
        <source>“{value}” is not an https:// address. The SMS gateway is only reached over HTTPS (plain http is accepted for a simulator on this computer only).</source>
        <translation>“{value}” bir https:// adresi değil. SMS ağ geçidine yalnızca HTTPS üzerinden bağlanılır (düz http yalnızca bu bilgisayardaki bir benzetici için kabul edilir).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="179" />
        <source>Put no user name or password in the gateway address: the user code is a setting of its own and the password goes into the keyring.</source>
        <translation>Ağ geçidi adresine kullanıcı adı veya parola yazmayın: kullanıcı kodu ayrı bir ayardır, parola ise anahtarlığa kaydedilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="184" />
        <source>Put no password in the mail servers' database address: it goes into the keyring of the computer that sends.</source>
        <translation>Posta sunucularının veritabanı adresine parola yazmayın: parola, gönderimi yapan bilgisayarın anahtarlığına kaydedilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="189" />
        <source>Use at most {limit} printable characters.</source>
        <translation>En fazla {limit} yazdırılabilir karakter kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="192" />
        <source>The sender name must be 1 to {limit} characters, as registered with the SMS gateway.</source>
        <translation>Gönderici adı, SMS ağ geçidinde kayıtlı olduğu gibi 1 ile {limit} karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="196" />
        <source>“{value}” is not allowed here: use a whole number from {low} to {high}.</source>
        <translation>“{value}” burada kullanılamaz: {low} ile {high} arasında bir tam sayı girin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="199" />
        <source>“{value}” is not allowed here: use one of {choices}.</source>
        <translation>“{value}” burada kullanılamaz: şunlardan birini kullanın: {choices}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="202" />
        <source>Only the demo seed makes a database a demo (SMS shown on screen instead of sent); a real database cannot be switched to it.</source>
        <translation>Bir veritabanını yalnızca tanıtım verisi yükleme işlemi tanıtım veritabanı yapar (SMS gönderilmez, ekranda gösterilir); gerçek bir veritabanı bu kipe geçirilemez.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="207" />
        <source>The new password works: the mail servers have it. This program's database could not record it, so the person view may show the send as unfinished.</source>
        <translation>Yeni şifre çalışıyor: posta sunucularına kaydedildi. Bu programın veritabanı ise bunu kaydedemedi; bu yüzden kişi görünümü gönderimi tamamlanmamış gösterebilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="212" />
        <source>There is no GSM number on file.</source>
        <translation>Kayıtlı GSM numarası yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="213" />
        <source>The mailbox no longer exists. Search again.</source>
        <translation>Posta kutusu artık yok. Yeniden arayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="216" />
        <source>This person has no mailbox, so no password can be sent.</source>
        <translation>Bu kişinin posta kutusu yok; şifre gönderilemez.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="219" />
        <source>The mailbox {address} (or its owner) is inactive: no password is sent to an inactive account. Check the record in MEBBİS first.</source>
        <translation>{address} posta kutusu (ya da sahibi) pasif: pasif hesaba şifre gönderilmez. Önce MEBBİS’teki kaydı denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="224" />
        <source>There is no valid GSM number on file, and the password only ever goes to the number on file. The person must enter their mobile number in MEBBİS and send the info-update form.</source>
        <translation>Kayıtlı geçerli bir GSM numarası yok; şifre yalnızca kayıtlı numaraya gönderilir. Kişi cep telefonu numarasını MEBBİS’e girmeli ve bilgi güncelleme formunu göndermeli.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="229" />
        <source>This mailbox has already received {limit} passwords in the last 24 hours. Ask the caller to check their SMS messages; try again tomorrow.</source>
        <translation>Bu posta kutusuna son 24 saatte zaten {limit} şifre gönderildi. Arayandan SMS’lerini denetlemesini isteyin; yarın yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="234" />
        <source>You have sent {limit} passwords in the last hour, the most allowed. Wait a while, or ask a colleague.</source>
        <translation>Son bir saatte izin verilen en fazla sayıda, {limit} şifre gönderdiniz. Biraz bekleyin ya da bir çalışma arkadaşınızdan isteyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="239" />
        <source>The SMS went out, but the new password could not be saved for {address}: the password in the SMS does not work. Send a new one in a few minutes.</source>
        <translation>SMS gitti ama {address} için yeni şifre kaydedilemedi: SMS’teki şifre çalışmaz. Birkaç dakika sonra yenisini gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="244" />
        <source>The SMS gateway refused the message text (code 20). The password was not changed.</source>
        <translation>SMS ağ geçidi mesaj metnini kabul etmedi (kod 20). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="248" />
        <source>The SMS gateway refused our credentials or this computer's address (code 30). The password was not changed. Check the gateway settings with the system administrator.</source>
        <translation>SMS ağ geçidi kimlik bilgilerimizi ya da bu bilgisayarın adresini kabul etmedi (kod 30). Şifre değiştirilmedi. Ağ geçidi ayarlarını sistem yöneticisiyle denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="253" />
        <source>The SMS gateway does not know our sender name (code 40). The password was not changed.</source>
        <translation>SMS ağ geçidi gönderici adımızı tanımıyor (kod 40). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="257" />
        <source>The SMS gateway applied İYS consent rules to this message (code 50/51). The password was not changed.</source>
        <translation>SMS ağ geçidi bu mesaja İYS izin kurallarını uyguladı (kod 50/51). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="262" />
        <source>The SMS gateway refused the request's parameters (code 70). The password was not changed.</source>
        <translation>SMS ağ geçidi isteğin parametrelerini kabul etmedi (kod 70). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="266" />
        <source>The SMS gateway's sending limit is used up (code 80). The password was not changed.</source>
        <translation>SMS ağ geçidinin gönderim sınırı doldu (kod 80). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="270" />
        <source>The SMS gateway refused another message to this number so soon (code 85). The password was not changed; try again in a few minutes.</source>
        <translation>SMS ağ geçidi bu numaraya bu kadar kısa sürede yeni mesajı kabul etmedi (kod 85). Şifre değiştirilmedi; birkaç dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="275" />
        <source>The SMS gateway refused the message (code {gateway_code}). The password was not changed.</source>
        <translation>SMS ağ geçidi mesajı kabul etmedi (kod {gateway_code}). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="279" />
        <source>The SMS gateway reported a fault of its own. The password was not changed; try again later.</source>
        <translation>SMS ağ geçidi kendi tarafında bir arıza bildirdi. Şifre değiştirilmedi; daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="284" />
        <source>The SMS gateway's answer could not be understood. The password was not changed. If the caller receives an SMS anyway, its password does not work: send a new one.</source>
        <translation>SMS ağ geçidinin yanıtı anlaşılamadı. Şifre değiştirilmedi. Arayana yine de SMS gelirse içindeki şifre çalışmaz: yenisini gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="289" />
        <source>The SMS gateway could not be reached. Nothing was sent and the password was not changed. Check the network, then try again.</source>
        <translation>SMS ağ geçidine ulaşılamadı. Hiçbir şey gönderilmedi ve şifre değiştirilmedi. Ağ bağlantısını denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="294" />
        <source>The SMS gateway did not answer in time, so it is not known whether the SMS went out. The old password still works and was not changed. If an SMS arrives, its password does not work: wait a few minutes, then send a new one.</source>
        <translation>SMS ağ geçidi zamanında yanıt vermedi; SMS’in gidip gitmediği bilinmiyor. Eski şifre değiştirilmedi ve çalışmaya devam ediyor. SMS gelirse içindeki şifre çalışmaz: birkaç dakika bekleyip yenisini gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="300" />
        <source>No SMS gateway is configured, so no password can be sent. A system administrator sets it in Settings (address, user code, sender name, password).</source>
        <translation>Yapılandırılmış bir SMS ağ geçidi yok; şifre gönderilemez. Bir sistem yöneticisi bunu Ayarlar’dan tanımlar (adres, kullanıcı kodu, gönderici adı, parola).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="305" />
        <source>The SMS gateway's password is not in the keyring of this computer. Enter it in Settings.</source>
        <translation>SMS ağ geçidinin parolası bu bilgisayarın anahtarlığında yok. Ayarlar’dan girin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="309" />
        <source>The mail servers' database has no mailbox {address}. The SMS went out but its password does not work: ask the mail system team to add the mailbox, then send a new password.</source>
        <translation>Posta sunucularının veritabanında {address} posta kutusu yok. SMS gitti ama içindeki şifre çalışmaz: posta sistemi ekibinden kutuyu eklemesini isteyin, ardından yeni şifre gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="314" />
        <source>Open mail sessions could not be ended ({reason}).</source>
        <translation>Açık posta oturumları kapatılamadı ({reason}).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="317" />
        <source>Cancelled. Nothing was changed.</source>
        <translation>İptal edildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="318" />
        <source>No system keyring is available: passwords are kept in memory for this session only and must be entered again next time.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: parolalar yalnızca bu oturum boyunca bellekte tutulur ve bir dahaki sefere yeniden girilmelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="325" />
        <source>Unexpected error ({code}). Details are in the log.</source>
        <translation>Beklenmeyen hata ({code}). Ayrıntılar günlük dosyasında.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="31" />
        <source>Unexpected error</source>
        <translation>Beklenmeyen hata</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="35" />
        <source>Something went wrong that the program did not expect. Your last action may not have been completed; nothing half-done was saved. Please send the text below to the help desk.</source>
        <translation>Programın beklemediği bir sorun oluştu. Son işleminiz tamamlanmamış olabilir; yarım kalan hiçbir şey kaydedilmedi. Lütfen aşağıdaki metni yardım masasına gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="40" />
        <source>Log file: {path}</source>
        <translation>Günlük dosyası: {path}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="46" />
        <source>Error details</source>
        <translation>Hata ayrıntıları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="51" />
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Panoya kopyala</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="45" />
        <source>Help and keys</source>
        <translation>Yardım ve tuşlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="50" />
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="55" />
        <source>Keyboard</source>
        <translation>Klavye</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="60" />
        <source>Next / previous part of the window</source>
        <translation>Pencerenin sonraki / önceki bölümü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="61" />
        <source>underlined letter</source>
        <translation>altı çizili harf</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="61" />
        <source>The button or field it marks</source>
        <translation>İşaretlediği düğme ya da alan</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="62" />
        <source>This help</source>
        <translation>Bu yardım</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="63" />
        <source>Close a dialog</source>
        <translation>Pencereyi kapat</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="69" />
        <source>Other sections</source>
        <translation>Diğer bölümler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="78" />
        <source>The information update form of the mail system:</source>
        <translation>E-posta sisteminin bilgi güncelleme formu:</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="183" />
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="188" />
        <source>Recent history</source>
        <translation>Son işlemler</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="55" />
        <source>Identity</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="58" />
        <source>TCKN</source>
        <translation>TCKN</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="59" />
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="62" />
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="60" />
        <source>Show TCKN</source>
        <translation>TCKN'yi göster</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="61" />
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="63" />
        <source>Show GSM</source>
        <translation>GSM'yi göster</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="66" />
        <source>TCKN:</source>
        <translation>TCKN:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="67" />
        <source>GSM:</source>
        <translation>GSM:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="68" />
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="69" />
        <source>Province / district</source>
        <translation>İl / ilçe</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="70" />
        <source>Institution:</source>
        <translation>Kurum:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="71" />
        <source>Province / district:</source>
        <translation>İl / ilçe:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../mebposta_admin/cli/check.py" line="43" />
        <location filename="../mebposta_admin/texts/labels.py" line="148" />
        <source>National</source>
        <translation>Ülke geneli</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="13" />
        <source>System administrator</source>
        <translation>Sistem yöneticisi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="14" />
        <source>Help desk</source>
        <translation>Yardım masası</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="15" />
        <source>Provincial MEBBİS administrator</source>
        <translation>İl MEBBİS yöneticisi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="16" />
        <source>District MEBBİS administrator</source>
        <translation>İlçe MEBBİS yöneticisi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="17" />
        <source>Auditor</source>
        <translation>Denetçi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="20" />
        <source>success</source>
        <translation>başarılı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="21" />
        <source>failure</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="22" />
        <source>refused</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="23" />
        <source>unknown</source>
        <translation>belirsiz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="24" />
        <source>started</source>
        <translation>başlatıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="28" />
        <source>outcome unknown: interrupted before the gateway answered (or still running)</source>
        <translation>sonucu bilinmiyor: ağ geçidi yanıt vermeden kesildi (ya da hâlâ sürüyor)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="31" />
        <source>SMS sent, new password not saved: the SMS password does not work</source>
        <translation>SMS gönderildi, yeni şifre kaydedilmedi: SMS'teki şifre çalışmaz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="34" />
        <source>sent, password changed</source>
        <translation>gönderildi, şifre değişti</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="35" />
        <source>sent, password changed on the mail servers</source>
        <translation>gönderildi, şifre posta sunucularında değişti</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="36" />
        <source>not sent, password unchanged</source>
        <translation>gönderilmedi, şifre değişmedi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="37" />
        <source>gateway did not answer: outcome unknown</source>
        <translation>ağ geçidi yanıt vermedi: sonucu bilinmiyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="40" />
        <source>Sign-in</source>
        <translation>Oturum açma</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="41" />
        <source>Account locked</source>
        <translation>Hesap kilitlendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="42" />
        <source>Administrator created</source>
        <translation>Yönetici oluşturuldu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="43" />
        <source>Administrator list</source>
        <translation>Yönetici listesi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="44" />
        <source>Demo data created</source>
        <translation>Demo verisi oluşturuldu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="45" />
        <source>Person viewed</source>
        <translation>Kişi görüntülendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="46" />
        <source>Personal data shown</source>
        <translation>Kişisel veri gösterildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="47" />
        <source>Caller check</source>
        <translation>Arayan kontrolü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="48" />
        <source>Search</source>
        <translation>Arama</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="49" />
        <source>Password sent by SMS</source>
        <translation>Şifre SMS ile gönderildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="50" />
        <source>System settings changed</source>
        <translation>Sistem ayarları değiştirildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="51" />
        <source>System settings moved into the database</source>
        <translation>Sistem ayarları veritabanına taşındı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="56" />
        <source>The TCKN typed fails its check digits. Ask the caller to read the 11 digits from the identity card again and retype them.</source>
        <translation>Girilen TCKN’nin kontrol basamakları tutmuyor. Arayandan kimlik kartındaki 11 haneyi yeniden okumasını ve tekrar yazmasını isteyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="61" />
        <source>The GSM must be typed as ten digits starting with 5: without the leading 0 or +90.</source>
        <translation>GSM, 5 ile başlayan on hane olarak yazılmalı: baştaki 0 ya da +90 olmadan.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="65" />
        <source>The GSM must be ten digits starting with 5 (5XXXXXXXXX).</source>
        <translation>GSM, 5 ile başlayan on haneli olmalı (5XXXXXXXXX).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="68" />
        <source>The TCKN typed is valid but is not this person's. Check that you have the right record: search for the TCKN the caller typed.</source>
        <translation>Girilen TCKN geçerli ama bu kişiye ait değil. Doğru kaydı açtığınızı denetleyin: arayanın yazdığı TCKN ile arama yapın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="73" />
        <source>The GSM typed differs from the one on file. The caller must correct the mobile number in MEBBİS (Bilgi Düzeltme), then fill in the info-update form ({url}); it is processed the same day, after which the password screen works.</source>
        <translation>Girilen GSM kayıttakinden farklı. Arayan cep telefonu numarasını MEBBİS’te (Bilgi Düzeltme) düzeltmeli, ardından bilgi güncelleme formunu ({url}) doldurmalı; form aynı gün içinde işlenir, sonra şifre ekranı çalışır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="79" />
        <source>There is no GSM on file. The caller must enter the mobile number in MEBBİS (Bilgi Düzeltme), then fill in the info-update form ({url}).</source>
        <translation>Kayıtlı GSM yok. Arayan cep telefonu numarasını MEBBİS’e (Bilgi Düzeltme) girmeli, ardından bilgi güncelleme formunu ({url}) doldurmalı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="84" />
        <source>Both match the record: the password screen sends the SMS. If it does not arrive, check that the phone is on and can receive SMS, then try again a few minutes later.</source>
        <translation>İkisi de kayıtla eşleşiyor: şifre ekranı SMS’i gönderir. SMS gelmezse telefonun açık olduğunu ve SMS alabildiğini denetleyip birkaç dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="113" />
        <source>Type a name, TCKN (at least 4 digits), GSM, e-mail address or institution code.</source>
        <translation>Ad soyad, TCKN (en az 4 hane), GSM, e-posta adresi ya da kurum kodu yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="117" />
        <source>Type at least two letters.</source>
        <translation>En az iki harf yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="118" />
        <source>Type at least 4 digits of a TCKN, or a whole GSM number.</source>
        <translation>TCKN’nin en az 4 hanesini ya da GSM numarasının tamamını yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="121" />
        <source>Names, numbers and e-mail addresses can be searched; this text has none.</source>
        <translation>Ad, numara ve e-posta adresi aranabilir; bu metinde hiçbiri yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="124" />
        <source>(Only the first 100 characters were used.)</source>
        <translation>(Yalnızca ilk 100 karakter kullanıldı.)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="127" />
        <source>(Only the first six words were used.)</source>
        <translation>(Yalnızca ilk altı sözcük kullanıldı.)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="143" />
        <source>{province} / {district} district</source>
        <translation>{province} / {district} ilçesi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="147" />
        <source>{province} province</source>
        <translation>{province} ili</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="153" />
        <source>The name or surname is missing.</source>
        <translation>Ad ya da soyad eksik.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="154" />
        <source>The name or surname holds digits or signs that no name has.</source>
        <translation>Ad ya da soyadında hiçbir adda olmayan rakam ya da işaretler var.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="157" />
        <source>The TCKN is missing.</source>
        <translation>TCKN eksik.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="158" />
        <source>The TCKN is not 11 digits.</source>
        <translation>TCKN 11 hane değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="159" />
        <source>The TCKN fails its check digits: it was mistyped.</source>
        <translation>TCKN kontrol hanelerini tutmuyor: yanlış yazılmış.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="162" />
        <source>The GSM number is missing.</source>
        <translation>GSM numarası eksik.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="163" />
        <source>The GSM number is not a Turkish mobile number (5XXXXXXXXX).</source>
        <translation>GSM numarası bir Türkiye cep telefonu numarası değil (5XXXXXXXXX).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="166" />
        <source>The e-mail address cannot be read.</source>
        <translation>E-posta adresi okunamıyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="167" />
        <source>The e-mail address is not a meb.gov.tr address.</source>
        <translation>E-posta adresi bir meb.gov.tr adresi değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="170" />
        <source>The province is missing.</source>
        <translation>İl eksik.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="171" />
        <source>The province is not one of the 81.</source>
        <translation>İl, 81 ilden biri değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="172" />
        <source>The district is not in the province given.</source>
        <translation>İlçe, yazılan ilde değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="175" />
        <source>The institution code is not the usual six digits.</source>
        <translation>Kurum kodu alışılmış altı hane değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="178" />
        <source>A text field is longer than the form allows.</source>
        <translation>Bir metin alanı formun izin verdiğinden uzun.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="63" />
        <source>MEB Posta Yönetim — Sign in</source>
        <translation>MEB Posta Yönetim — Giriş</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="74" />
        <source>MEB Posta Yönetim</source>
        <translation>MEB Posta Yönetim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="77" />
        <source>E-mail account administration of the Ministry of National Education</source>
        <translation>Millî Eğitim Bakanlığı e-posta hesap yönetimi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="88" />
        <source>e.g. il06</source>
        <translation>ör. il06</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="91" />
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="92" />
        <source>&amp;Database:</source>
        <translation>&amp;Veritabanı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="93" />
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="94" />
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="107" />
        <source>No system keyring is available: database passwords are kept in memory for this session only.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: veritabanı parolaları yalnızca bu oturum boyunca bellekte tutulur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="120" />
        <source>&amp;Try again</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="125" />
        <source>&amp;Sign in</source>
        <translation>&amp;Giriş yap</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="178" />
        <source>Double-click an account, or select it and press Enter, to fill in the form.</source>
        <translation>Formu doldurmak için bir hesaba çift tıklayın ya da hesabı seçip Enter'a basın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="123" />
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="135" />
        <source>Demo accounts (shown in demo mode only)</source>
        <translation>Demo hesapları (yalnızca demo modunda gösterilir)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="138" />
        <source>Demo accounts</source>
        <translation>Demo hesaplar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="140" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="140" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="140" />
        <source>Scope</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="149" />
        <source>National</source>
        <translation>Ülke geneli</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="151" />
        <source>{province} / {district}</source>
        <translation>{province} / {district}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="171" />
        <source>Password for every demo account: {password}</source>
        <translation>Tüm demo hesaplarının parolası: {password}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="201" />
        <source>Demo database (this computer)</source>
        <translation>Demo veritabanı (bu bilgisayar)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="234" />
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="253" />
        <source>Creating the demo database: {done} of {total} people…</source>
        <translation>Demo veritabanı oluşturuluyor: {total} kişiden {done}…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="264" />
        <source>Connected: {database}</source>
        <translation>Bağlandı: {database}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="284" />
        <source>Type your user name and password.</source>
        <translation>Kullanıcı adınızı ve parolanızı yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="288" />
        <source>Signing in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="318" />
        <source>Unexpected error: {error}. Details are in the log.</source>
        <translation>Beklenmeyen hata: {error}. Ayrıntılar günlük dosyasında.</translation>
    </message>
</context>
<context>
    <name>MailboxBox</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="135" />
        <source>Mailbox</source>
        <translation>Posta kutusu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="138" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="139" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="140" />
        <source>Quota</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="141" />
        <source>Last password reissue</source>
        <translation>Son şifre yenileme</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="142" />
        <source>Old addresses</source>
        <translation>Eski adresler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="143" />
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="144" />
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="145" />
        <source>Quota:</source>
        <translation>Kota:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="146" />
        <source>Old addresses:</source>
        <translation>Eski adresler:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="147" />
        <source>Last password reissue:</source>
        <translation>Son şifre yenileme:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="148" />
        <source>Recent SMS passwords</source>
        <translation>Son SMS şifreleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="149" />
        <source>Recent SMS passwords:</source>
        <translation>Son SMS şifreleri:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="151" />
        <source>&amp;Send password by SMS</source>
        <translation>&amp;SMS ile şifre gönder</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="154" />
        <source>&amp;End open mail sessions</source>
        <translation>Açık posta &amp;oturumlarını sonlandır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="172" />
        <source>Outcome of the send</source>
        <translation>Gönderimin sonucu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="157" />
        <source>Signs out Outlook, phones and webmail that use the old password (doveadm kick).</source>
        <translation>Eski şifreyi kullanan Outlook, telefon ve web postası oturumlarını kapatır (doveadm kick).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="35" />
        <source>MEB Posta Yönetim</source>
        <translation>MEB Posta Yönetim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="46" />
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="47" />
        <source>Ctrl+1, Ctrl+2 … open a section directly.</source>
        <translation>Ctrl+1, Ctrl+2 … bir bölümü doğrudan açar.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="97" />
        <source>System settings moved from this computer into the database: {keys}</source>
        <translation>Sistem ayarları bu bilgisayardan veritabanına taşındı: {keys}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="117" />
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="118" />
        <source>&amp;Find a person</source>
        <translation>Kişi a&amp;ra</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="122" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="131" />
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="138" />
        <source>Na&amp;vigate</source>
        <translation>&amp;Bölümler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="147" />
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="148" />
        <source>&amp;Help and keys</source>
        <translation>&amp;Yardım ve tuşlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="152" />
        <source>&amp;About</source>
        <translation>&amp;Hakkında</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="169" />
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="184" />
        <source>No keyring</source>
        <translation>Anahtarlık yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="175" />
        <source>Scope: {scope}</source>
        <translation>Kapsam: {scope}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="178" />
        <source>{database} (demo)</source>
        <translation>{database} (demo)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="179" />
        <source>Database: {database}</source>
        <translation>Veritabanı: {database}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="188" />
        <source>No system keyring is available: passwords are kept in memory for this session only and must be entered again next time.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: parolalar yalnızca bu oturum boyunca bellekte tutulur ve bir dahaki sefere yeniden girilmelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="233" />
        <source>About MEB Posta Yönetim</source>
        <translation>MEB Posta Yönetim hakkında</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="235" />
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
        <location filename="../mebposta_admin/ui/pages/overview.py" line="54" />
        <source>Overview — {scope}</source>
        <translation>Genel Bakış — {scope}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="59" />
        <source>&amp;Refresh</source>
        <translation>Yeni&amp;le</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="72" />
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="73" />
        <source>Personal mailboxes</source>
        <translation>Kişisel posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="75" />
        <source>Mailboxes without an e-mail password yet</source>
        <translation>Henüz e-posta şifresi almamış kutular</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="77" />
        <source>Staff without a GSM number on file</source>
        <translation>Kayıtlı GSM numarası olmayan personel</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="78" />
        <source>Inactive mailboxes</source>
        <translation>Pasif posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="79" />
        <source>Old addresses forwarding</source>
        <translation>Yönlendirilen eski adresler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="80" />
        <source>Unit accounts</source>
        <translation>Birim hesapları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="81" />
        <source>Institutions</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="87" />
        <location filename="../mebposta_admin/ui/pages/overview.py" line="92" />
        <source>Your recent actions</source>
        <translation>Son işlemleriniz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="108" />
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="41" />
        <source>Overview</source>
        <translation>Genel Bakış</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="44" />
        <source>The figures of your scope and your own recent actions. Refresh (Alt+R or F5) reads them again.</source>
        <translation>Kapsamınızın rakamları ve kendi son işlemleriniz. Yenile (Alt+L ya da F5) onları yeniden okur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="52" />
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="55" />
        <source>Find the caller: type a name, TCKN, GSM, e-mail address or institution code. Down moves into the results, the arrow keys open the highlighted person, Up on the first row returns to the box. In the person view, Alt+T and Alt+G go to the caller check's fields, Enter in the GSM field runs the check, Alt+S sends a new password by SMS. Tab and Shift+Tab move between the parts of the screen.</source>
        <translation>Arayanı bulun: ad, TCKN, GSM, e-posta adresi ya da kurum kodu yazın. Aşağı ok sonuçlara geçer, ok tuşları vurgulanan kişiyi açar, ilk satırda Yukarı ok arama kutusuna döner. Kişi görünümünde Alt+T ve Alt+G arayan kontrolünün alanlarına gider, GSM alanında Enter kontrolü yapar, Alt+S SMS ile yeni şifre gönderir. Tab ve Shift+Tab ekranın bölümleri arasında gezer.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="51" />
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="59" />
        <source>Name and surname, TCKN, GSM, e-mail address or institution code</source>
        <translation>Ad soyad, TCKN, GSM, e-posta adresi ya da kurum kodu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="62" />
        <source>Search people</source>
        <translation>Kişi ara</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="68" />
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="70" />
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="77" />
        <location filename="../mebposta_admin/ui/pages/people.py" line="78" />
        <source>Institution code</source>
        <translation>Kurum kodu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="84" />
        <source>Mailbox status</source>
        <translation>Posta kutusu durumu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="85" />
        <source>All mailboxes</source>
        <translation>Tüm posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="86" />
        <source>Active mailboxes</source>
        <translation>Aktif posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="87" />
        <source>Inactive mailboxes</source>
        <translation>Pasif posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="88" />
        <source>No e-mail password yet</source>
        <translation>Henüz e-posta şifresi yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="107" />
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="197" />
        <source>All provinces</source>
        <translation>Tüm iller</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="198" />
        <location filename="../mebposta_admin/ui/pages/people.py" line="236" />
        <source>All districts</source>
        <translation>Tüm ilçeler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="284" />
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="294" />
        <source>Nobody found. Check the spelling, or search by TCKN.</source>
        <translation>Kimse bulunamadı. Yazımı denetleyin ya da TCKN ile arayın.</translation>
    </message>
    <message numerus="yes">
        <location filename="../mebposta_admin/ui/pages/people.py" line="312" />
        <source>%Ln person(s) found</source>
        <translation>
            <numerusform>%Ln kişi bulundu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="315" />
        <source>More than {count} people found: narrow the search.</source>
        <translation>{count} kişiden fazla sonuç var: aramayı daraltın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="323" />
        <source>Search failed: {error}</source>
        <translation>Arama başarısız: {error}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="25" />
        <source>Name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="26" />
        <source>TCKN</source>
        <translation>TCKN</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="27" />
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="28" />
        <source>Province / district</source>
        <translation>İl / ilçe</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="29" />
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="30" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="36" />
        <source>no mailbox</source>
        <translation>posta kutusu yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="37" />
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="37" />
        <source>inactive</source>
        <translation>pasif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="73" />
        <source>The mailbox is inactive</source>
        <translation>Posta kutusu pasif</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="356" />
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="357" />
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="31" />
        <source>Search for a caller, then select a row (click or arrow keys) to open them.</source>
        <translation>Arayanı arayın, sonra açmak için bir satır seçin (tıklayarak ya da ok tuşlarıyla).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="163" />
        <source>Opening the record…</source>
        <translation>Kayıt açılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="190" />
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="231" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="190" />
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="231" />
        <source>Inactive</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="196" />
        <source>no GSM on file</source>
        <translation>kayıtlı GSM yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="202" />
        <source>Your role may not see personal data unmasked.</source>
        <translation>Rolünüz kişisel verileri maskesiz göremez.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="220" />
        <source>no mailbox</source>
        <translation>posta kutusu yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="234" />
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="239" />
        <source>never — no e-mail password issued yet</source>
        <translation>hiç — henüz e-posta şifresi verilmedi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="285" />
        <source>Shown</source>
        <translation>Gösterildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="339" />
        <source>No error: the password screen accepts these details.</source>
        <translation>Hata yok: şifre ekranı bu bilgileri kabul eder.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="343" />
        <source>The caller saw: “{message}”</source>
        <translation>Arayanın gördüğü uyarı: “{message}”</translation>
    </message>
</context>
<context>
    <name>ReissueController</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="51" />
        <source>This person has no mailbox.</source>
        <translation>Bu kişinin posta kutusu yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="53" />
        <source>The mailbox is inactive.</source>
        <translation>Posta kutusu pasif.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="55" />
        <source>There is no GSM number on file.</source>
        <translation>Kayıtlı GSM numarası yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="61" />
        <source>No password can be sent: {reason}</source>
        <translation>Şifre gönderilemez: {reason}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="69" />
        <source>Checking…</source>
        <translation>Denetleniyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="88" />
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="104" />
        <source>The selection changed: nothing was sent.</source>
        <translation>Seçim değişti: hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="93" />
        <source>Send a new e-mail password by SMS to {name}?

Mailbox: {address}
To the GSM on file: {gsm}

The old password stops working as soon as the SMS is accepted.</source>
        <translation>{name} için yeni e-posta şifresi SMS ile gönderilsin mi?

Posta kutusu: {address}
Kayıtlı GSM: {gsm}

SMS kabul edildiği anda eski şifre çalışmaz olur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="96" />
        <source>Waiting for your confirmation…</source>
        <translation>Onayınız bekleniyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="97" />
        <source>Send password</source>
        <translation>Şifre gönder</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="98" />
        <source>Not sent.</source>
        <translation>Gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="107" />
        <source>Sending the SMS…</source>
        <translation>SMS gönderiliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="126" />
        <source>Sent: the new password went by SMS to {gsm} (job {job}). The caller can sign in with it now.</source>
        <translation>Gönderildi: yeni şifre {gsm} numarasına SMS ile gitti (iş no {job}). Arayan şimdi bu şifreyle giriş yapabilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="131" />
        <source>Open sessions ended: {count}.</source>
        <translation>Kapatılan açık oturum: {count}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="133" />
        <source>Open sessions could not be ended.</source>
        <translation>Açık oturumlar kapatılamadı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="159" />
        <source>Demo SMS</source>
        <translation>Demo SMS</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="161" />
        <source>Demo mode: no SMS leaves this computer. The message to {gsm} would read:

{text}</source>
        <translation>Demo modu: bu bilgisayardan SMS çıkmaz. {gsm} numarasına gidecek mesaj şöyle olurdu:

{text}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="60" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="73" />
        <source>Personal</source>
        <translation>Kişisel</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="74" />
        <source>This computer</source>
        <translation>Bu bilgisayar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="75" />
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="91" />
        <source>Interface</source>
        <translation>Arayüz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="99" />
        <source>A new language takes effect the next time the program starts.</source>
        <translation>Yeni dil, program bir sonraki açılışında geçerli olur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="117" />
        <source>Database connection profiles</source>
        <translation>Veritabanı bağlantı profilleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="128" />
        <source>stored in the system keyring</source>
        <translation>sistem anahtarlığında saklanır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="129" />
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="130" />
        <source>Address (URL):</source>
        <translation>Adres (URL):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="131" />
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="151" />
        <source>Credentials and tools of this computer</source>
        <translation>Bu bilgisayarın kimlik bilgileri ve araçları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="165" />
        <source>SMS gateway password:</source>
        <translation>SMS ağ geçidi parolası:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="166" />
        <source>Mail servers' database password:</source>
        <translation>Posta sunucuları veritabanının parolası:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="171" />
        <source>Keyring: {backend}</source>
        <translation>Anahtarlık: {backend}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="174" />
        <source>No system keyring is available: passwords are kept in memory for this session only and must be entered again next time.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: parolalar yalnızca bu oturum boyunca bellekte tutulur ve bir dahaki sefere yeniden girilmelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="236" />
        <source>Demo database: SMS are shown on this screen, never sent.</source>
        <translation>Tanıtım veritabanı: SMS'ler gönderilmez, bu ekranda gösterilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="268" />
        <source>not set</source>
        <translation>ayarlanmamış</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="274" />
        <source>Sign in to see the system settings.</source>
        <translation>Sistem ayarlarını görmek için giriş yapın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="276" />
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="391" />
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="156" />
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="161" />
        <source>stored in the keyring (leave empty to keep)</source>
        <translation>anahtarlıkta saklanır (değiştirmemek için boş bırakın)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="189" />
        <source>These settings apply to every workstation. Each change is recorded in the audit trail with the values before and after.</source>
        <translation>Bu ayarlar bütün iş istasyonlarında geçerlidir. Her değişiklik, önceki ve sonraki değerleriyle denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="194" />
        <source>These settings apply to every workstation; only a system administrator can change them.</source>
        <translation>Bu ayarlar bütün iş istasyonlarında geçerlidir; bunları yalnızca bir sistem yöneticisi değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="201" />
        <source>SMS gateway</source>
        <translation>SMS ağ geçidi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="208" />
        <source>Gateway address:</source>
        <translation>Ağ geçidi adresi:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="209" />
        <source>User code:</source>
        <translation>Kullanıcı kodu:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="210" />
        <source>Sender name:</source>
        <translation>Gönderici adı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="167" />
        <source>Dovecot configuration (doveadm):</source>
        <translation>Dovecot yapılandırması (doveadm):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="97" />
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="98" />
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="105" />
        <source>As the desktop (light or dark)</source>
        <translation>Masaüstü gibi (açık ya da koyu)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="106" />
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="107" />
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="113" />
        <source>Appearance</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="114" />
        <source>A&amp;ppearance:</source>
        <translation>&amp;Görünüm:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="120" />
        <source>Connection profiles</source>
        <translation>Bağlantı profilleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="134" />
        <source>&amp;Add or update</source>
        <translation>&amp;Ekle veya güncelle</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="135" />
        <source>Re&amp;move</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="212" />
        <source>Password reissue</source>
        <translation>Şifre gönderimi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="216" />
        <source> per mailbox in 24 hours</source>
        <translation> (posta kutusu başına, 24 saatte)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="219" />
        <source> per administrator per hour</source>
        <translation> (yönetici başına, saatte)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="222" />
        <source>10 characters, no look-alikes (recommended)</source>
        <translation>10 karakter, benzer harfler yok (önerilir)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="225" />
        <source>8 digits, as the manual shows</source>
        <translation>8 rakam, kılavuzda gösterildiği gibi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="227" />
        <source>New passwords</source>
        <translation>Yeni şifreler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="229" />
        <source>empty: the mail servers read this database</source>
        <translation>boş: posta sunucuları bu veritabanını okur</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="230" />
        <source>SMS passwords at most:</source>
        <translation>En çok SMS şifresi:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="231" />
        <source>Sends at most:</source>
        <translation>En çok gönderim:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="232" />
        <source>New passwords:</source>
        <translation>Yeni şifreler:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="233" />
        <source>Mail servers' database:</source>
        <translation>Posta sunucularının veritabanı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="338" />
        <source>Give the profile a name (not “demo”).</source>
        <translation>Profile bir ad verin (“demo” olamaz).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AdminDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="44"/>
        <source>New administrator</source>
        <translation>Yeni yönetici</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="46"/>
        <source>Change {username}</source>
        <translation>{username} hesabını değiştir</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="53"/>
        <source>e.g. il35.ayse</source>
        <translation>ör. il35.ayse</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="61"/>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="61"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad soyad:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="62"/>
        <source>Name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="63"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="63"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="64"/>
        <source>&amp;Province:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="64"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="65"/>
        <source>&amp;District:</source>
        <translation>İlç&amp;e:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="65"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="80"/>
        <source>C&amp;reate</source>
        <translation>&amp;Oluştur</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="80"/>
        <source>&amp;Save</source>
        <translation>Kay&amp;det</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="104"/>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="144"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="133"/>
        <source>A national role: every province, no scope to choose.</source>
        <translation>Ulusal bir rol: bütün iller, seçilecek kapsam yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="134"/>
        <source>Works within one province: choose it.</source>
        <translation>Bir ilin içinde çalışır: ili seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="135"/>
        <source>Works within one district: choose the province and it.</source>
        <translation>Bir ilçenin içinde çalışır: ili ve ilçeyi seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="137"/>
        <source>Reads the whole country, or one province or district if you choose one.</source>
        <translation>Bütün ülkeyi okur; bir il ya da ilçe seçerseniz yalnız onu.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="158"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>AdminsPage</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="46"/>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="70"/>
        <source>Administrators</source>
        <translation>Yöneticiler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="52"/>
        <source>Start of a user name, e.g. il35</source>
        <translation>Kullanıcı adının başı, ör. il35</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="53"/>
        <source>Search administrators</source>
        <translation>Yönetici ara</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="55"/>
        <source>Every role</source>
        <translation>Bütün roller</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="58"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="59"/>
        <source>Only &amp;locked, disabled or failing</source>
        <translation>Yalnız &amp;kilitli, devre dışı ya da hatalı girişi olanlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="60"/>
        <source>&amp;New administrator…</source>
        <translation>Ye&amp;ni yönetici…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="95"/>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="100"/>
        <source>User name:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="101"/>
        <source>Name:</source>
        <translation>Ad soyad:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="102"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="103"/>
        <source>Scope:</source>
        <translation>Kapsam:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="104"/>
        <source>State:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="105"/>
        <source>Created:</source>
        <translation>Oluşturulma:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="106"/>
        <source>Last sign-in:</source>
        <translation>Son giriş:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="107"/>
        <source>Failed attempts:</source>
        <translation>Hatalı denemeler:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="108"/>
        <source>Lockouts:</source>
        <translation>Kilitlenmeler:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="109"/>
        <source>Two-factor sign-in:</source>
        <translation>İki aşamalı giriş:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="118"/>
        <source>&amp;Edit…</source>
        <translation>Dü&amp;zenle…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="119"/>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="216"/>
        <source>&amp;Disable</source>
        <translation>Devre dışı bı&amp;rak</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="120"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Parolayı sıfırla…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="121"/>
        <source>&amp;Unlock</source>
        <translation>Kilidi &amp;aç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="122"/>
        <source>Reset &amp;two-factor…</source>
        <translation>İki aşamalıyı sı&amp;fırla…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="123"/>
        <source>&amp;Audit trail</source>
        <translation>Denetim &amp;izi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="166"/>
        <source>No administrator matches.</source>
        <translation>Eşleşen yönetici yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="201"/>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="203"/>
        <source>{now} since the last sign-in, {total} in all (last {when})</source>
        <translation>son girişten beri {now}, toplam {total} (sonuncusu {when})</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="210"/>
        <source>set up, {left} recovery codes left</source>
        <translation>kurulu, {left} kurtarma kodu kaldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="212"/>
        <source>not set up</source>
        <translation>kurulmamış</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="216"/>
        <source>Ena&amp;ble</source>
        <translation>&amp;Etkinleştir</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="234"/>
        <source>Saved: {username}.</source>
        <translation>Kaydedildi: {username}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="240"/>
        <source>Working…</source>
        <translation>Yapılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="280"/>
        <source>Disable administrator</source>
        <translation>Yöneticiyi devre dışı bırak</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="281"/>
        <source>Disable {username}? They can no longer sign in; their history stays.</source>
        <translation>{username} devre dışı bırakılsın mı? Artık giriş yapamaz; geçmişi kalır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="286"/>
        <source>Disabled.</source>
        <translation>Devre dışı bırakıldı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="286"/>
        <source>Enabled.</source>
        <translation>Etkinleştirildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="293"/>
        <source>Reset password</source>
        <translation>Parolayı sıfırla</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="295"/>
        <source>Give {username} a new one-time password? Their current password stops working at once.</source>
        <translation>{username} için yeni bir tek kullanımlık parola verilsin mi? Şimdiki parolası hemen geçersiz olur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="303"/>
        <source>New one-time password set; it must be replaced at the next sign-in.</source>
        <translation>Yeni tek kullanımlık parola verildi; ilk girişte değiştirilmesi gerekir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="307"/>
        <source>Unlocked.</source>
        <translation>Kilit açıldı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="313"/>
        <source>Reset two-factor sign-in</source>
        <translation>İki aşamalı girişi sıfırla</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="315"/>
        <source>Forget {username}&apos;s authenticator and recovery codes (a lost phone)? They set up a new one at the next sign-in.</source>
        <translation>{username} kullanıcısının doğrulama uygulaması ve kurtarma kodları unutulsun mu (kaybolan telefon)? Bir sonraki girişte yenisini kurar.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/admins.py" line="323"/>
        <source>Two-factor sign-in reset: a new one is set up at the next sign-in.</source>
        <translation>İki aşamalı giriş sıfırlandı: bir sonraki girişte yenisi kurulur.</translation>
    </message>
</context>
<context>
    <name>AdminsTableModel</name>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="32"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="33"/>
        <source>Name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="35"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="36"/>
        <source>Scope</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="34"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="37"/>
        <source>Last sign-in</source>
        <translation>Son giriş</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="38"/>
        <source>Failures / lockouts</source>
        <translation>Hatalı / kilitlenme</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="44"/>
        <source>disabled</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="46"/>
        <source>locked until {time}</source>
        <translation>{time} saatine kadar kilitli</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="48"/>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="50"/>
        <source>one-time password</source>
        <translation>tek kullanımlık parola</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="51"/>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="51"/>
        <source>no 2FA</source>
        <translation>2FA yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="56"/>
        <source>National</source>
        <translation>Ulusal</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/admins_model.py" line="74"/>
        <source>never</source>
        <translation>hiç</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="66"/>
        <source>From (day)</source>
        <translation>Başlangıç günü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="67"/>
        <source>Until (day)</source>
        <translation>Bitiş günü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="71"/>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="75"/>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="75"/>
        <source>any action</source>
        <translation>her işlem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="76"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="76"/>
        <source>any province</source>
        <translation>her il</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="78"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="78"/>
        <source>any target</source>
        <translation>her hedef</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="80"/>
        <source>its number</source>
        <translation>numarası</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="81"/>
        <source>Target number</source>
        <translation>Hedefin numarası</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="83"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="83"/>
        <source>any outcome</source>
        <translation>her sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="86"/>
        <source>text in the details, e.g. a reason or a file</source>
        <translation>ayrıntılarda geçen metin, örn. bir gerekçe veya dosya adı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="87"/>
        <source>Text in the details</source>
        <translation>Ayrıntılardaki metin</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="88"/>
        <source>C&amp;lear filters</source>
        <translation>Filtreleri &amp;kaldır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="90"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Tarihten:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="91"/>
        <source>&amp;Until:</source>
        <translation>Tarih&amp;e kadar:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="92"/>
        <source>&amp;Administrator:</source>
        <translation>Yö&amp;netici:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="93"/>
        <source>Ac&amp;tion:</source>
        <translation>İşle&amp;m:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="94"/>
        <source>&amp;Province:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="95"/>
        <source>Tar&amp;get:</source>
        <translation>&amp;Hedef:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="96"/>
        <source>&amp;Number:</source>
        <translation>Hedef n&amp;o:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="97"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Sonuç:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="98"/>
        <source>Te&amp;xt:</source>
        <translation>Ay&amp;rıntıda metin:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/audit_filters.py" line="127"/>
        <source>any day</source>
        <translation>her gün</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="66"/>
        <source>Audit trail</source>
        <translation>Denetim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="81"/>
        <source>Audit events</source>
        <translation>Denetim kayıtları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="85"/>
        <source>Choose an event to see it in full.</source>
        <translation>Tamamını görmek için bir kayıt seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="86"/>
        <source>The chosen event in full</source>
        <translation>Seçili kaydın tamamı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="106"/>
        <source>Reading the last verification…</source>
        <translation>Son doğrulama okunuyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="107"/>
        <source>&amp;Verify the chain now</source>
        <translation>&amp;Zinciri şimdi doğrula</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="109"/>
        <source>Checks every event&apos;s hash and link, off the screen&apos;s thread; F5 reloads.</source>
        <translation>Her kaydın özetini ve bağını ekranı bekletmeden denetler; F5 yeniden okur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="112"/>
        <source>Export to &amp;Excel…</source>
        <translation>Excel&apos;e &amp;aktar…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="113"/>
        <source>The events of the current filter, to a workbook</source>
        <translation>Şimdiki filtrenin kayıtları, bir çalışma kitabına</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="125"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="190"/>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="192"/>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="199"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="197"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="193"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="149"/>
        <source>Reading…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="115"/>
        <source>&amp;Detail: the events of the filter…</source>
        <translation>&amp;Ayrıntı: filtrenin kayıtları…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="117"/>
        <source>&amp;Summary: provinces and administrators of the period…</source>
        <translation>Ö&amp;zet: dönemin illeri ve yöneticileri…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="121"/>
        <source>&amp;Backlog: the open info-update requests…</source>
        <translation>&amp;Bekleyenler: açık bilgi güncelleme talepleri…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="160"/>
        <source>Trail of {what} only.</source>
        <translation>Yalnız {what} kayıtları.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="169"/>
        <source>No event matches.</source>
        <translation>Uyan kayıt yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="171"/>
        <source> (more as you scroll)</source>
        <translation> (kaydırdıkça devamı gelir)</translation>
    </message>
    <message numerus="yes">
        <location filename="../mebposta_admin/ui/pages/audit.py" line="173"/>
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n kayıt gösteriliyor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="188"/>
        <source>Event</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="189"/>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="191"/>
        <source>Workstation</source>
        <translation>İş istasyonu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="201"/>
        <source>Details (as recorded, personal data masked):</source>
        <translation>Ayrıntılar (kaydedildiği gibi, kişisel veriler maskeli):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="234"/>
        <source>The hash chain has never been verified. Verify it now.</source>
        <translation>Özet zinciri hiç doğrulanmadı. Şimdi doğrulayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="242"/>
        <source>Last verified {when} by {who}: intact, {checked} events.</source>
        <translation>Son doğrulama {when}, {who}: sağlam, {checked} kayıt.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="250"/>
        <source>Last verified {when} by {who}: BROKEN at event {id} — the trail was changed behind the application&apos;s back. Report it.</source>
        <translation>Son doğrulama {when}, {who}: {id} numaralı kayıtta KIRIK — denetim kaydı uygulamanın dışından değiştirilmiş. Bildirin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="260"/>
        <source>Verifying the chain…</source>
        <translation>Zincir doğrulanıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="271"/>
        <source>Verifying the chain: {done} of {total} events…</source>
        <translation>Zincir doğrulanıyor: {total} kayıttan {done}…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="334"/>
        <source>Writing {file}: {done} rows…</source>
        <translation>{file} yazılıyor: {done} satır…</translation>
    </message>
    <message numerus="yes">
        <location filename="../mebposta_admin/ui/pages/audit.py" line="348"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n satır {file} dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="286"/>
        <source>audit-trail.xlsx</source>
        <translation>denetim-kayitlari.xlsx</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="287"/>
        <source>summary.xlsx</source>
        <translation>ozet.xlsx</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="288"/>
        <source>request-backlog.xlsx</source>
        <translation>bekleyen-talepler.xlsx</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="291"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="291"/>
        <source>Export to Excel</source>
        <translation>Excel&apos;e aktar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/audit.py" line="319"/>
        <source>Writing {file}…</source>
        <translation>{file} yazılıyor…</translation>
    </message>
</context>
<context>
    <name>AuditPagedModel</name>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="69"/>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="70"/>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="71"/>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="72"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="73"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="74"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="75"/>
        <source>Workstation</source>
        <translation>İş istasyonu</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="33"/>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="34"/>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="35"/>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="36"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/audit_model.py" line="37"/>
        <source>Workstation</source>
        <translation>İş istasyonu</translation>
    </message>
</context>
<context>
    <name>CallerCheckBox</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="79"/>
        <source>Caller check</source>
        <translation>Arayan kontrolü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="84"/>
        <source>Type the TCKN and GSM exactly as the caller entered them on the password screen; the number on file is not shown.</source>
        <translation>TCKN ve GSM’yi arayanın şifre ekranına girdiği biçimde yazın; kayıttaki numara gösterilmez.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="99"/>
        <source>&amp;Check</source>
        <translation>&amp;Kontrol et</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="104"/>
        <source>&amp;TCKN typed:</source>
        <translation>Girilen &amp;TCKN:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="105"/>
        <source>&amp;GSM typed:</source>
        <translation>Girilen &amp;GSM:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../mebposta_admin/cli/__init__.py" line="55"/>
        <source>Interrupted. Nothing was changed.</source>
        <translation>Kesildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/__init__.py" line="57"/>
        <source>Unknown command.</source>
        <translation>Bilinmeyen komut.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/database.py" line="30"/>
        <source>Database {url} is at the newest schema.</source>
        <translation>{url} veritabanı en yeni şemada.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/database.py" line="41"/>
        <source>Schema revision: {revision}</source>
        <translation>Şema sürümü: {revision}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/database.py" line="77"/>
        <source>Row-level security on {tables} tables; {admins} administrators have database roles (they sign in with their own password once it is set again).</source>
        <translation>Satır düzeyinde güvenlik {tables} tabloda açık; {admins} yöneticinin veritabanı rolü var (yeni roller, parolaları yeniden belirlenince kendi parolalarıyla giriş yapar).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/database.py" line="85"/>
        <source>Province and district administrators&apos; name searches will be slow: as a PostgreSQL superuser, run in this database: {sql}</source>
        <translation>İl ve ilçe yöneticilerinin ad aramaları yavaş olacak: bu veritabanında bir PostgreSQL süper kullanıcısı olarak şunu çalıştırın: {sql}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/demo.py" line="37"/>
        <source>Demo data written: {people} people, {mailboxes} mailboxes, {aliases} old addresses, {institutions} institutions in {seconds} s.</source>
        <translation>Demo verisi yazıldı: {people} kişi, {mailboxes} posta kutusu, {aliases} eski adres, {institutions} kurum; {seconds} sn.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/common.py" line="134"/>
        <source>Password for {username}: </source>
        <translation>{username} parolası: </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/common.py" line="144"/>
        <location filename="../mebposta_admin/cli/common.py" line="164"/>
        <source>Code from your authenticator app: </source>
        <translation>Doğrulama uygulamanızdaki kod: </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/common.py" line="161"/>
        <source>Scan this code with an authenticator app (or type the key):</source>
        <translation>Bu kodu bir doğrulama uygulamasıyla okutun (ya da anahtarı yazın):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/common.py" line="163"/>
        <source>Key: {secret}</source>
        <translation>Anahtar: {secret}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/common.py" line="166"/>
        <source>Recovery codes (each works once; keep them apart from the phone):</source>
        <translation>Kurtarma kodları (her biri bir kez geçer; telefondan ayrı saklayın):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/admins.py" line="50"/>
        <source>New administrator&apos;s password: </source>
        <translation>Yeni yöneticinin parolası: </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/admins.py" line="51"/>
        <source>The same password again: </source>
        <translation>Aynı parola tekrar: </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/admins.py" line="70"/>
        <source>Administrator {username} created.</source>
        <translation>{username} yöneticisi oluşturuldu.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/search.py" line="67"/>
        <source>{shown} shown of {total}{more}.</source>
        <translation>{total}{more} kişiden {shown} tanesi gösterildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/password.py" line="44"/>
        <source>{address} is a unit account: the SMS goes to its primary custodian {name}.</source>
        <translation>{address} bir birim hesabı: SMS birincil sorumlusu {name} adlı kişiye gider.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/password.py" line="51"/>
        <source>Send a new password for {address} to {gsm}? [y/N] </source>
        <translation>{address} için yeni şifre {gsm} numarasına gönderilsin mi? [e/H] </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/password.py" line="55"/>
        <source>Not sent.</source>
        <translation>Gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/password.py" line="81"/>
        <source>Sent to {gsm} for {address} (job {job}).</source>
        <translation>{address} için şifre {gsm} numarasına gönderildi (iş no {job}).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/requests.py" line="63"/>
        <source>{open} open, {overdue} overdue, {second} waiting for a second approval.</source>
        <translation>{open} açık, {overdue} gecikmiş, {second} ikinci onay bekliyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/requests.py" line="167"/>
        <source>Notice SMS to {gsm}: {state}.</source>
        <translation>{gsm} numarasına bildirim SMS&apos;i: {state}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/requests.py" line="174"/>
        <source>The GSM number changed: send a new password to it with “password reissue --tckn …”.</source>
        <translation>GSM numarası değişti: yeni numaraya “password reissue --tckn …” ile yeni şifre gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="73"/>
        <source>{count} tickets shown.</source>
        <translation>{count} talep gösterildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="89"/>
        <source>suggested</source>
        <translation>önerilen</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="90"/>
        <source>Caller</source>
        <translation>Arayan</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="91"/>
        <source>Linked to</source>
        <translation>Bağlı kayıt</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="92"/>
        <source>Match</source>
        <translation>Eşleşme</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="135"/>
        <source>Answer sent ({message_id}); the ticket is now {status}.</source>
        <translation>Yanıt gönderildi ({message_id}); talebin durumu artık {status}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="152"/>
        <source>{number} assigned to {who}.</source>
        <translation>{number}, {who} kullanıcısına atandı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="180"/>
        <source>Mail: {stored} new tickets, {joined} replies joined.</source>
        <translation>Posta: {stored} yeni talep, {joined} yanıt taleplerine eklendi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="187"/>
        <source>SLA breached, escalated: {numbers}.</source>
        <translation>SLA süresi aşıldı, üst düzeye taşındı: {numbers}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="194"/>
        <source>Portal tickets: {stored} stored, {rejected} marked.</source>
        <translation>Portal talepleri: {stored} kaydedildi, {rejected} işaretli.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="197"/>
        <source>Fetched: {stored} stored, {rejected} rejected, {repeated} repeats.</source>
        <translation>Alındı: {stored} kaydedildi, {rejected} reddedildi, {repeated} tekrar.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="246"/>
        <source>Intake running; stop with SIGTERM.</source>
        <translation>Talep alımı çalışıyor; SIGTERM ile durdurun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/tickets.py" line="254"/>
        <source>Intake stopped.</source>
        <translation>Talep alımı durdu.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/requests.py" line="224"/>
        <source>{stored} people stored, {rejected} rows rejected.</source>
        <translation>{stored} kişi kaydedildi, {rejected} satır reddedildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/requests.py" line="234"/>
        <location filename="../mebposta_admin/cli/units.py" line="76"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/requests.py" line="235"/>
        <location filename="../mebposta_admin/cli/units.py" line="77"/>
        <source>Verdict</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/requests.py" line="236"/>
        <location filename="../mebposta_admin/cli/units.py" line="78"/>
        <source>Reasons</source>
        <translation>Nedenler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/requests.py" line="245"/>
        <source>{rows} rows: {stored} stored, {rejected} rejected, {repeated} repeats, {before} imported before. Report: {report}</source>
        <translation>{rows} satır: {stored} kaydedildi, {rejected} reddedildi, {repeated} tekrar, {before} daha önce alınmış. Rapor: {report}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/units.py" line="44"/>
        <source>{rows} unit accounts written to {file}.</source>
        <translation>{rows} birim hesabı {file} dosyasına yazıldı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/units.py" line="119"/>
        <source>{rows} rows: {created} created, {handed} handed over (send them a new password), {updated} updated, {unchanged} unchanged. Report: {report}</source>
        <translation>{rows} satır: {created} oluşturuldu, {handed} devredildi (yeni şifre gönderin), {updated} güncellendi, {unchanged} değişmedi. Rapor: {report}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/audit.py" line="31"/>
        <source>Private key: {private} (keep it with the auditor, never on a shared disk). Public key: {public} (give it to whoever verifies).</source>
        <translation>Gizli anahtar: {private} (denetçide kalsın, asla ortak bir diskte değil). Açık anahtar: {public} (doğrulayacak kişiye verin).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/audit.py" line="67"/>
        <source>The trail does not extend the checkpoint: the chain was rewritten after it was signed (or the checkpoint is not genuine). Treat the trail as tampered with.</source>
        <translation>Denetim kaydı kontrol noktasını sürdürmüyor: zincir imzalandıktan sonra yeniden yazılmış (ya da kontrol noktası sahte). Denetim kaydını kurcalanmış sayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/audit.py" line="73"/>
        <source>The audit trail is intact: {checked} events verified, up to event {last}.</source>
        <translation>Denetim kaydı sağlam: {last} numaralı kayda kadar {checked} kayıt doğrulandı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/audit.py" line="77"/>
        <source>Event {id} was changed after it was written (its content no longer matches its hash). {checked} events before it are intact.</source>
        <translation>{id} numaralı kayıt yazıldıktan sonra değiştirilmiş (içeriği artık özetiyle uyuşmuyor). Ondan önceki {checked} kayıt sağlam.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/audit.py" line="82"/>
        <source>The chain breaks at event {id}: an event before it was removed, or it was inserted out of order. {checked} events before it are intact.</source>
        <translation>Zincir {id} numaralı kayıtta kırılıyor: ondan önceki bir kayıt silinmiş ya da bu kayıt sırası dışında eklenmiş. Ondan önceki {checked} kayıt sağlam.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/audit.py" line="87"/>
        <source>Events after {last} were removed: the chain&apos;s head names event {id}.</source>
        <translation>{last} numaralı kayıttan sonrakiler silinmiş: zincirin başı {id} numaralı kaydı gösteriyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/audit.py" line="126"/>
        <source>Checkpoint of event {id} written to {file}.</source>
        <translation>{id} numaralı kaydın kontrol noktası {file} dosyasına yazıldı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/reports.py" line="51"/>
        <source>{rows} rows written to {file} (SHA-256 {sha}).</source>
        <translation>{rows} satır {file} dosyasına yazıldı (SHA-256 {sha}).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/worker.py" line="32"/>
        <source>SMS worker running; stop with SIGTERM.</source>
        <translation>SMS işleyicisi çalışıyor; SIGTERM ile durdurun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/cli/worker.py" line="67"/>
        <source>SMS worker stopped: {taken} requests taken, {backlog} waiting.</source>
        <translation>SMS işleyicisi durdu: {taken} istek alındı, {backlog} istek bekliyor.</translation>
    </message>
</context>
<context>
    <name>DemoSms</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/sms_reissue.py" line="39"/>
        <source>Demo SMS</source>
        <translation>Demo SMS</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/sms_reissue.py" line="41"/>
        <source>Demo mode: no SMS leaves this computer. The message to {gsm} would read:

{text}</source>
        <translation>Tanıtım kipi: bu bilgisayardan SMS çıkmaz. {gsm} numarasına gidecek ileti şöyle olurdu:

{text}</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="66"/>
        <source>Set up two-factor sign-in</source>
        <translation>İki aşamalı girişi kur</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="79"/>
        <source>Your role signs in with a code from an authenticator app as well as the password. 1. Open an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, FreeOTP, Aegis…). 2. Add an account by scanning this code, or type the key below. 3. Type the 6-digit code the app shows.</source>
        <translation>Rolünüz parolanın yanında bir doğrulama uygulamasının koduyla giriş yapar. 1. Telefonunuzda bir doğrulama uygulaması açın (Google Authenticator, Microsoft Authenticator, FreeOTP, Aegis…). 2. Bu kodu okutarak bir hesap ekleyin ya da aşağıdaki anahtarı yazın. 3. Uygulamanın gösterdiği 6 haneli kodu yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="94"/>
        <source>QR code for the authenticator app</source>
        <translation>Doğrulama uygulaması için karekod</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="95"/>
        <source>If you cannot scan it, type the key shown beside it.</source>
        <translation>Okutamazsanız yanında gösterilen anahtarı yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="99"/>
        <source>Key (to type by hand):</source>
        <translation>Anahtar (elle yazmak için):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="104"/>
        <source>Key to type into the app</source>
        <translation>Uygulamaya yazılacak anahtar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="107"/>
        <source>Account: {username} · MEB Posta Yönetim · time-based, 6 digits</source>
        <translation>Hesap: {username} · MEB Posta Yönetim · zamana bağlı, 6 hane</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="113"/>
        <source>&amp;Code from the app:</source>
        <translation>&amp;Uygulamadaki kod:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="115"/>
        <source>e.g. 123 456</source>
        <translation>ör. 123 456</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="117"/>
        <source>Code from the app</source>
        <translation>Uygulamadaki kod</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="119"/>
        <source>C&amp;onfirm</source>
        <translation>&amp;Onayla</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="147"/>
        <source>Two-factor sign-in is set up. These recovery codes sign you in when the phone is lost, each once. They are shown only now: print them or keep them in a safe place, apart from the phone.</source>
        <translation>İki aşamalı giriş kuruldu. Telefon kaybolursa bu kurtarma kodlarıyla, her biri bir kez olmak üzere, giriş yaparsınız. Yalnız şimdi gösterilirler: yazdırın ya da telefondan ayrı, güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="159"/>
        <source>Recovery codes</source>
        <translation>Kurtarma kodları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="162"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="165"/>
        <source>I have &amp;kept them</source>
        <translation>&amp;Sakladım</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="180"/>
        <source>Checking the code…</source>
        <translation>Kod denetleniyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/enrolment_dialog.py" line="201"/>
        <source>Two-factor sign-in is set up.</source>
        <translation>İki aşamalı giriş kuruldu.</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="19"/>
        <source>The database address “{url}” cannot be read. Use the form sqlite:///path/to/file.sqlite3 or postgresql://user@host:5432/database.</source>
        <translation>“{url}” veritabanı adresi okunamıyor. sqlite:///klasor/dosya.sqlite3 ya da postgresql://kullanici@sunucu:5432/veritabani biçimini kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="24"/>
        <source>The database address “{url}” is not supported. Only SQLite and PostgreSQL can be used.</source>
        <translation>“{url}” veritabanı adresi desteklenmiyor. Yalnızca SQLite ve PostgreSQL kullanılabilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="28"/>
        <source>Cannot connect to the database {url}. Check that the server is running and reachable from this computer, then try again. Details: {reason}</source>
        <translation>{url} veritabanına bağlanılamıyor. Sunucunun çalıştığını ve bu bilgisayardan erişilebildiğini denetleyip yeniden deneyin. Ayrıntı: {reason}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="33"/>
        <source>The database server {url} refused the user name or password. Check the connection profile&apos;s password in Settings.</source>
        <translation>{url} veritabanı sunucusu kullanıcı adını ya da parolayı kabul etmedi. Ayarlar’da bağlantı profilinin parolasını denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="38"/>
        <source>Your database session has ended: you signed in at another computer, 12 hours have passed, or a superadmin reset or disabled your account. Close the program and sign in again.</source>
        <translation>Veritabanı oturumunuz sona erdi: başka bir bilgisayarda giriş yaptınız, 12 saat geçti ya da bir süper yönetici hesabınızı sıfırladı veya devre dışı bıraktı. Programı kapatıp yeniden giriş yapın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="44"/>
        <source>The database named in {url} does not exist on the server. Ask the database administrator to create it, or correct the address.</source>
        <translation>{url} adresindeki veritabanı sunucuda yok. Veritabanı yöneticisinden oluşturmasını isteyin ya da adresi düzeltin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="49"/>
        <source>The database file {url} cannot be opened. Check that its folder exists and that you may write to it.</source>
        <translation>{url} veritabanı dosyası açılamıyor. Klasörünün var olduğunu ve yazma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="54"/>
        <source>The database {url} is read-only for this program, so no change could be saved. Give your user write permission on the file and its folder, or choose another database.</source>
        <translation>{url} veritabanı bu program için salt okunur; hiçbir değişiklik kaydedilemez. Kullanıcınıza dosya ve klasörü için yazma izni verin ya da başka bir veritabanı seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="59"/>
        <source>The database {url} is locked by another program. Close the other program (or wait for it to finish) and try again. Nothing was changed.</source>
        <translation>{url} veritabanı başka bir program tarafından kilitlenmiş. Diğer programı kapatın (ya da işini bitirmesini bekleyin) ve yeniden deneyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="64"/>
        <source>The database {url} was prepared by a newer version of MEB Posta Yönetim (schema {revision}). Install the newer version; this one will not touch the database.</source>
        <translation>{url} veritabanı MEB Posta Yönetim’in daha yeni bir sürümüyle hazırlanmış (şema {revision}). Yeni sürümü kurun; bu sürüm veritabanına dokunmayacak.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="69"/>
        <source>The database {url} needs an upgrade. Run “mebposta-admin db upgrade”.</source>
        <translation>{url} veritabanının yükseltilmesi gerekiyor. “mebposta-admin db upgrade” komutunu çalıştırın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="78"/>
        <source>This account is locked after repeated wrong passwords. Try again in {minutes} min, or ask a system administrator.</source>
        <translation>Bu hesap art arda yanlış parola girildiği için kilitlendi. {minutes} dakika sonra yeniden deneyin ya da bir sistem yöneticisine başvurun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="83"/>
        <source>This administrator account is disabled. Ask a system administrator.</source>
        <translation>Bu yönetici hesabı devre dışı. Bir sistem yöneticisine başvurun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="86"/>
        <source>A password is needed: type it at the prompt or set MEBPOSTA_PASSWORD for scheduled jobs.</source>
        <translation>Parola gerekli: istendiğinde yazın ya da zamanlanmış işler için MEBPOSTA_PASSWORD değişkenini tanımlayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="90"/>
        <source>Your role ({role}) does not allow this action. The attempt was recorded.</source>
        <translation>Rolünüz ({role}) bu işleme izin vermiyor. Deneme kayda geçirildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="93"/>
        <source>Administrators already exist: sign in as a system administrator with --as USERNAME.</source>
        <translation>Yöneticiler zaten var: --as KULLANICI ile bir sistem yöneticisi olarak oturum açın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="97"/>
        <source>“{username}” is not a valid user name: use 3–64 lower-case letters, digits, “.”, “_” or “-”, starting with a letter.</source>
        <translation>“{username}” geçerli bir kullanıcı adı değil: harfle başlayan, 3–64 karakterlik küçük harf, rakam, “.”, “_” ya da “-” kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="102"/>
        <source>The user name “{username}” is already taken.</source>
        <translation>“{username}” kullanıcı adı zaten kullanılıyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="105"/>
        <source>The role {role} is national: do not give a province or district.</source>
        <translation>{role} rolü ülke geneli yetkilidir: il ya da ilçe vermeyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="108"/>
        <source>The role {role} needs a province (--province 07).</source>
        <translation>{role} rolü için il gerekli (--province 07).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="111"/>
        <source>The role {role} needs a district (--district NAME) as well as a province.</source>
        <translation>{role} rolü için ilin yanında ilçe de gerekli (--district AD).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="114"/>
        <source>There is no province with the code {province} (use 01–81).</source>
        <translation>{province} kodlu bir il yok (01–81 kullanın).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="117"/>
        <source>Province {province} has no district named “{district}”.</source>
        <translation>{province} ilinde “{district}” adlı bir ilçe yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="120"/>
        <source>The password is too short: use at least 10 characters.</source>
        <translation>Parola çok kısa: en az 10 karakter kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="73"/>
        <source>The user name or password is wrong. After 5 wrong attempts in a row an account is locked for 15 minutes.</source>
        <translation>Kullanıcı adı veya parola yanlış. Art arda 5 yanlış denemeden sonra hesap 15 dakika kilitlenir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="9"/>
        <source>Type the 6-digit code your authenticator app shows for MEB Posta Yönetim (or one of your recovery codes).</source>
        <translation>Doğrulama uygulamanızın MEB Posta Yönetim için gösterdiği 6 haneli kodu (ya da kurtarma kodlarınızdan birini) yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="14"/>
        <source>The code is wrong or has expired. Check that your phone&apos;s clock is right and type the code it shows now. Wrong codes count toward the lockout like wrong passwords.</source>
        <translation>Kod yanlış ya da süresi geçmiş. Telefonunuzun saatinin doğru olduğunu denetleyin ve şimdi gösterdiği kodu yazın. Yanlış kodlar, yanlış parolalar gibi kilitlenmeye sayılır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="19"/>
        <source>This code was already used. Wait for the next code (a new one every 30 seconds); a recovery code works only once.</source>
        <translation>Bu kod zaten kullanıldı. Bir sonraki kodu bekleyin (her 30 saniyede bir yenisi gelir); bir kurtarma kodu yalnız bir kez geçer.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="24"/>
        <source>Your role signs in with a second factor. Set up an authenticator app now: scan the QR code and type the code it shows.</source>
        <translation>Rolünüz ikinci bir doğrulamayla giriş yapar. Şimdi bir doğrulama uygulaması kurun: karekodu okutun ve gösterdiği kodu yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="29"/>
        <source>Your password was set by a system administrator: choose a new password of your own to go on.</source>
        <translation>Parolanızı bir sistem yöneticisi belirledi: devam etmek için kendinize yeni bir parola seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="34"/>
        <source>The new password must differ from the one a system administrator set.</source>
        <translation>Yeni parola, sistem yöneticisinin verdiğinden farklı olmalı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="37"/>
        <source>This account needs a second factor the command line cannot set up: sign in once in the application, or give the code in MEBPOSTA_TOTP_CODE.</source>
        <translation>Bu hesap, komut satırının kuramadığı ikinci bir doğrulama istiyor: bir kez uygulamada giriş yapın ya da kodu MEBPOSTA_TOTP_CODE ile verin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="42"/>
        <source>Row-level security is for the shared PostgreSQL database; a SQLite database on one workstation relies on the application&apos;s checks.</source>
        <translation>Satır düzeyinde güvenlik ortak PostgreSQL veritabanı içindir; tek bilgisayardaki SQLite veritabanı uygulamanın denetimlerine dayanır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="47"/>
        <source>There is no such administrator (it may have been removed meanwhile).</source>
        <translation>Böyle bir yönetici yok (bu arada kaldırılmış olabilir).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="50"/>
        <source>Another administrator changed this account meanwhile. The list was read again: check it and try once more.</source>
        <translation>Bu hesabı bu arada başka bir yönetici değiştirdi. Liste yeniden okundu: denetleyip bir kez daha deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="55"/>
        <source>You cannot disable your own account or change your own role or scope: ask another system administrator.</source>
        <translation>Kendi hesabınızı devre dışı bırakamaz, kendi rolünüzü ya da kapsamınızı değiştiremezsiniz: başka bir sistem yöneticisine başvurun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="60"/>
        <source>This is the last active system administrator: make another one first, so the system is never left without one.</source>
        <translation>Bu, etkin son sistem yöneticisi: sistem hiçbir zaman yöneticisiz kalmasın diye önce bir başkasını oluşturun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="123"/>
        <source>This password is too easy to guess (a common word, a name, a date, a pattern or a repeat). Use several unrelated words or a longer random password.</source>
        <translation>Bu parola kolay tahmin edilir (yaygın bir sözcük, bir ad, bir tarih, bir örüntü ya da tekrar). Birbiriyle ilgisiz birkaç sözcük veya daha uzun, rastgele bir parola kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="128"/>
        <source>The password must not contain the user name or the administrator&apos;s name.</source>
        <translation>Parola kullanıcı adını veya yöneticinin adını içermemelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="131"/>
        <source>The two passwords differ.</source>
        <translation>İki parola birbirinden farklı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="132"/>
        <source>The database already holds data; demo data is only written to an empty database. Choose a new file with --db.</source>
        <translation>Veritabanında zaten veri var; demo verisi yalnızca boş bir veritabanına yazılır. --db ile yeni bir dosya seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="137"/>
        <source>The number of people must be zero or more.</source>
        <translation>Kişi sayısı sıfır ya da daha büyük olmalı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="140"/>
        <source>--checkpoint and --public-key go together: the checkpoint is verified with the public half of the key that signed it.</source>
        <translation>--checkpoint ve --public-key birlikte verilir: kontrol noktası, onu imzalayan anahtarın açık yarısıyla doğrulanır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="145"/>
        <source>This command needs an administrator: add --as USERNAME.</source>
        <translation>Bu komut bir yönetici gerektiriyor: --as KULLANICI ekleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="148"/>
        <source>This person is outside your area. Ask the help desk, who can pass it to the right administrator. The attempt was recorded.</source>
        <translation>Bu kişi sizin yetki alanınızın dışında. Doğru yöneticiye iletebilmesi için yardım masasına başvurun. Bu girişim kaydedildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="153"/>
        <source>Your role may not see personal data unmasked. The attempt was recorded.</source>
        <translation>Rolünüz kişisel verileri maskesiz göremez. Deneme kayda geçirildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="157"/>
        <source>This person is no longer in the database. Search again.</source>
        <translation>Bu kişi artık veritabanında yok. Yeniden arayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="160"/>
        <source>Nobody with this TCKN or e-mail address is in the database. Check the digits or the spelling, or search by name.</source>
        <translation>Veritabanında bu TC Kimlik numarası veya e-posta adresiyle kayıtlı kimse yok. Rakamları ya da yazımı denetleyin veya adla arayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="165"/>
        <source>This is not a valid TCKN: its check digits are wrong. Ask for the 11 digits on the identity card again.</source>
        <translation>Bu geçerli bir TC Kimlik numarası değil: kontrol basamakları hatalı. Kimlik kartındaki 11 haneyi yeniden isteyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="170"/>
        <source>{address} is a unit account (an office&apos;s shared mailbox), not a person&apos;s: its password goes to the unit&apos;s custodian, not through a person&apos;s record.</source>
        <translation>{address} bir birim hesabıdır (bir birimin ortak posta kutusu), bir kişiye ait değildir: şifresi bir kişinin kaydı üzerinden değil, birimin sorumlusuna gönderilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="175"/>
        <source>The demo database {path} is empty, so nobody can sign in yet. Fill it with “mebposta-admin demo seed” (or open the application with --demo, which fills it), or choose another database with --db URL.</source>
        <translation>{path} tanıtım veritabanı boş, bu yüzden henüz kimse giriş yapamaz. “mebposta-admin demo seed” ile doldurun (ya da uygulamayı onu dolduran --demo ile açın) veya --db URL ile başka bir veritabanı seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="181"/>
        <source>This database has no administrators yet. Create the first one with “mebposta-admin admin create USERNAME --role superadmin --db URL”.</source>
        <translation>Bu veritabanında henüz yönetici yok. İlkini “mebposta-admin admin create KULLANICI --role superadmin --db URL” ile oluşturun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="186"/>
        <source>There is no system setting “{key}”. The settings are: {keys}.</source>
        <translation>“{key}” adında bir sistem ayarı yok. Ayarlar şunlardır: {keys}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="189"/>
        <source>“{value}” is not an https:// address. The SMS gateway is only reached over HTTPS (plain http is accepted for a simulator on this computer only).</source>
        <translation>“{value}” bir https:// adresi değil. SMS ağ geçidine yalnızca HTTPS üzerinden bağlanılır (düz http yalnızca bu bilgisayardaki bir benzetici için kabul edilir).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="194"/>
        <source>Put no user name or password in the gateway address: the user code is a setting of its own and the password goes into the keyring.</source>
        <translation>Ağ geçidi adresine kullanıcı adı veya parola yazmayın: kullanıcı kodu ayrı bir ayardır, parola ise anahtarlığa kaydedilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="199"/>
        <source>Put no password in the mail servers&apos; database address: it goes into the keyring of the computer that sends.</source>
        <translation>Posta sunucularının veritabanı adresine parola yazmayın: parola, gönderimi yapan bilgisayarın anahtarlığına kaydedilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="204"/>
        <source>Use at most {limit} printable characters.</source>
        <translation>En fazla {limit} yazdırılabilir karakter kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="207"/>
        <source>The sender name must be 1 to {limit} characters, as registered with the SMS gateway.</source>
        <translation>Gönderici adı, SMS ağ geçidinde kayıtlı olduğu gibi 1 ile {limit} karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="211"/>
        <source>“{value}” is not allowed here: use a whole number from {low} to {high}.</source>
        <translation>“{value}” burada kullanılamaz: {low} ile {high} arasında bir tam sayı girin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="214"/>
        <source>“{value}” is not allowed here: use one of {choices}.</source>
        <translation>“{value}” burada kullanılamaz: şunlardan birini kullanın: {choices}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="217"/>
        <source>Only the demo seed makes a database a demo (SMS shown on screen instead of sent); a real database cannot be switched to it.</source>
        <translation>Bir veritabanını yalnızca tanıtım verisi yükleme işlemi tanıtım veritabanı yapar (SMS gönderilmez, ekranda gösterilir); gerçek bir veritabanı bu kipe geçirilemez.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="222"/>
        <source>The new password works: the mail servers have it. This program&apos;s database could not record it, so the person view may show the send as unfinished.</source>
        <translation>Yeni şifre çalışıyor: posta sunucularına kaydedildi. Bu programın veritabanı ise bunu kaydedemedi; bu yüzden kişi görünümü gönderimi tamamlanmamış gösterebilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="227"/>
        <source>There is no GSM number on file.</source>
        <translation>Kayıtlı GSM numarası yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="228"/>
        <source>The mailbox no longer exists. Search again.</source>
        <translation>Posta kutusu artık yok. Yeniden arayın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="231"/>
        <source>This person has no mailbox, so no password can be sent.</source>
        <translation>Bu kişinin posta kutusu yok; şifre gönderilemez.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="234"/>
        <source>The mailbox {address} (or its owner) is inactive: no password is sent to an inactive account. Check the record in MEBBİS first.</source>
        <translation>{address} posta kutusu (ya da sahibi) pasif: pasif hesaba şifre gönderilmez. Önce MEBBİS’teki kaydı denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="239"/>
        <source>There is no valid GSM number on file, and the password only ever goes to the number on file. The person must enter their mobile number in MEBBİS and send the info-update form.</source>
        <translation>Kayıtlı geçerli bir GSM numarası yok; şifre yalnızca kayıtlı numaraya gönderilir. Kişi cep telefonu numarasını MEBBİS’e girmeli ve bilgi güncelleme formunu göndermeli.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="244"/>
        <source>This mailbox has already received {limit} passwords in the last 24 hours. Ask the caller to check their SMS messages; try again tomorrow.</source>
        <translation>Bu posta kutusuna son 24 saatte zaten {limit} şifre gönderildi. Arayandan SMS’lerini denetlemesini isteyin; yarın yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="249"/>
        <source>You have sent {limit} passwords in the last hour, the most allowed. Wait a while, or ask a colleague.</source>
        <translation>Son bir saatte izin verilen en fazla sayıda, {limit} şifre gönderdiniz. Biraz bekleyin ya da bir çalışma arkadaşınızdan isteyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="65"/>
        <source>The request for {address} is recorded, but the server&apos;s SMS worker has not taken it yet (is it running?). It is sent when the worker takes it within 10 minutes, otherwise it lapses; the person&apos;s history shows which.</source>
        <translation>{address} için istek kaydedildi, ancak sunucunun SMS işleyicisi onu henüz almadı (çalışıyor mu?). İşleyici 10 dakika içinde alırsa gönderilir, yoksa düşer; kişinin geçmişi hangisi olduğunu gösterir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="71"/>
        <source>The server&apos;s SMS worker took the request for {address} but has not reported back yet. The person&apos;s history will show the outcome; do not send again before it does.</source>
        <translation>Sunucunun SMS işleyicisi {address} isteğini aldı, ancak sonucu henüz bildirmedi. Sonucu kişinin geçmişi gösterecek; o görünmeden yeniden göndermeyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="76"/>
        <source>The request waited more than 10 minutes for the server&apos;s SMS worker and was not sent. Send it again while the caller is on the line.</source>
        <translation>İstek sunucunun SMS işleyicisini 10 dakikadan uzun bekledi ve gönderilmedi. Arayan hattayken yeniden gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/security_errors.py" line="81"/>
        <source>By the time the server&apos;s SMS worker took the request, the mailbox or the person was inactive, or no GSM was on file: nothing was sent.</source>
        <translation>Sunucunun SMS işleyicisi isteği aldığında posta kutusu ya da kişi etkin değildi veya kayıtlı GSM yoktu: hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="254"/>
        <source>The SMS went out, but the new password could not be saved for {address}: the password in the SMS does not work. Send a new one in a few minutes.</source>
        <translation>SMS gitti ama {address} için yeni şifre kaydedilemedi: SMS’teki şifre çalışmaz. Birkaç dakika sonra yenisini gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="259"/>
        <source>The SMS gateway refused the message text (code 20). The password was not changed.</source>
        <translation>SMS ağ geçidi mesaj metnini kabul etmedi (kod 20). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="263"/>
        <source>The SMS gateway refused our credentials or this computer&apos;s address (code 30). The password was not changed. Check the gateway settings with the system administrator.</source>
        <translation>SMS ağ geçidi kimlik bilgilerimizi ya da bu bilgisayarın adresini kabul etmedi (kod 30). Şifre değiştirilmedi. Ağ geçidi ayarlarını sistem yöneticisiyle denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="268"/>
        <source>The SMS gateway does not know our sender name (code 40). The password was not changed.</source>
        <translation>SMS ağ geçidi gönderici adımızı tanımıyor (kod 40). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="272"/>
        <source>The SMS gateway applied İYS consent rules to this message (code 50/51). The password was not changed.</source>
        <translation>SMS ağ geçidi bu mesaja İYS izin kurallarını uyguladı (kod 50/51). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="277"/>
        <source>The SMS gateway refused the request&apos;s parameters (code 70). The password was not changed.</source>
        <translation>SMS ağ geçidi isteğin parametrelerini kabul etmedi (kod 70). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="281"/>
        <source>The SMS gateway&apos;s sending limit is used up (code 80). The password was not changed.</source>
        <translation>SMS ağ geçidinin gönderim sınırı doldu (kod 80). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="285"/>
        <source>The SMS gateway refused another message to this number so soon (code 85). The password was not changed; try again in a few minutes.</source>
        <translation>SMS ağ geçidi bu numaraya bu kadar kısa sürede yeni mesajı kabul etmedi (kod 85). Şifre değiştirilmedi; birkaç dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="290"/>
        <source>The SMS gateway refused the message (code {gateway_code}). The password was not changed.</source>
        <translation>SMS ağ geçidi mesajı kabul etmedi (kod {gateway_code}). Şifre değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="294"/>
        <source>The SMS gateway reported a fault of its own. The password was not changed; try again later.</source>
        <translation>SMS ağ geçidi kendi tarafında bir arıza bildirdi. Şifre değiştirilmedi; daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="299"/>
        <source>The SMS gateway&apos;s answer could not be understood. The password was not changed. If the caller receives an SMS anyway, its password does not work: send a new one.</source>
        <translation>SMS ağ geçidinin yanıtı anlaşılamadı. Şifre değiştirilmedi. Arayana yine de SMS gelirse içindeki şifre çalışmaz: yenisini gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="304"/>
        <source>The SMS gateway could not be reached. Nothing was sent and the password was not changed. Check the network, then try again.</source>
        <translation>SMS ağ geçidine ulaşılamadı. Hiçbir şey gönderilmedi ve şifre değiştirilmedi. Ağ bağlantısını denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="309"/>
        <source>The SMS gateway did not answer in time, so it is not known whether the SMS went out. The old password still works and was not changed. If an SMS arrives, its password does not work: wait a few minutes, then send a new one.</source>
        <translation>SMS ağ geçidi zamanında yanıt vermedi; SMS’in gidip gitmediği bilinmiyor. Eski şifre değiştirilmedi ve çalışmaya devam ediyor. SMS gelirse içindeki şifre çalışmaz: birkaç dakika bekleyip yenisini gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="315"/>
        <source>No SMS gateway is configured, so no password can be sent. A system administrator sets it in Settings (address, user code, sender name, password).</source>
        <translation>Yapılandırılmış bir SMS ağ geçidi yok; şifre gönderilemez. Bir sistem yöneticisi bunu Ayarlar’dan tanımlar (adres, kullanıcı kodu, gönderici adı, parola).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="320"/>
        <source>The SMS gateway&apos;s password is not in the keyring of this computer. Enter it in Settings.</source>
        <translation>SMS ağ geçidinin parolası bu bilgisayarın anahtarlığında yok. Ayarlar’dan girin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="324"/>
        <source>The mail servers&apos; database has no mailbox {address}. The SMS went out but its password does not work: ask the mail system team to add the mailbox, then send a new password.</source>
        <translation>Posta sunucularının veritabanında {address} posta kutusu yok. SMS gitti ama içindeki şifre çalışmaz: posta sistemi ekibinden kutuyu eklemesini isteyin, ardından yeni şifre gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="329"/>
        <source>Open mail sessions could not be ended ({reason}).</source>
        <translation>Açık posta oturumları kapatılamadı ({reason}).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="339"/>
        <source>“{value}” cannot be a naming rule: use a–z, 0–9 and _ around {needed} (each must appear), at most 40 characters.</source>
        <translation>“{value}” bir adlandırma kuralı olamaz: {needed} çevresinde a–z, 0–9 ve _ kullanın (her biri geçmeli), en çok 40 karakter.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="344"/>
        <source>Event {id} is not in the part of the audit trail you may read.</source>
        <translation>{id} numaralı kayıt, okuyabileceğiniz denetim kayıtları arasında değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="347"/>
        <source>The audit trail&apos;s chain head is missing: the database was changed behind the application&apos;s back. Run “mebposta-admin audit verify” and report it.</source>
        <translation>Denetim kaydı zincirinin başı yok: veritabanı uygulamanın dışından değiştirilmiş. “mebposta-admin audit verify” çalıştırıp bildirin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="352"/>
        <source>A checkpoint key already exists at {path}; it was left as it is.</source>
        <translation>{path} konumunda zaten bir kontrol noktası anahtarı var; olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="355"/>
        <source>{path} is not an Ed25519 key in PEM form (audit keygen writes one).</source>
        <translation>{path} PEM biçiminde bir Ed25519 anahtarı değil (audit keygen bir tane yazar).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="359"/>
        <source>{path} is not a checkpoint written by “mebposta-admin audit checkpoint”.</source>
        <translation>{path}, “mebposta-admin audit checkpoint” ile yazılmış bir kontrol noktası değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="9"/>
        <source>The form cannot be saved as it stands: {problem_text} Correct the field and save again (problems found: {count}).</source>
        <translation>Form bu hâliyle kaydedilemez: {problem_text} Alanı düzeltip yeniden kaydedin (bulunan sorun: {count}).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="14"/>
        <source>Request {id} no longer exists. Refresh the queue.</source>
        <translation>{id} numaralı talep artık yok. Listeyi yenileyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="17"/>
        <source>“{value}” is not a request status or source.</source>
        <translation>“{value}” bir talep durumu ya da kaynağı değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="20"/>
        <source>This request was already decided ({status}) by {by} at {at}. Nothing was changed; the queue shows its current state.</source>
        <translation>Bu talep {at} tarihinde {by} tarafından zaten sonuçlandırıldı ({status}). Hiçbir şey değiştirilmedi; liste güncel durumunu gösteriyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="25"/>
        <source>This request was changed by {by} ({at}) after you opened it. Nothing was changed: open it again to see its current state, then decide.</source>
        <translation>Bu talep siz açtıktan sonra {by} tarafından değiştirildi ({at}). Hiçbir şey değiştirilmedi: güncel durumunu görmek için yeniden açın, sonra karar verin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="30"/>
        <source>MEBBİS cannot be reached ({reason}), so the request cannot be approved now: approval waits until MEBBİS answers. Rejecting still works.</source>
        <translation>MEBBİS&apos;e ulaşılamıyor ({reason}); talep şu an onaylanamaz: onay, MEBBİS yanıt verene kadar bekler. Reddetmek yine mümkündür.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="35"/>
        <source>MEBBİS has no personnel record for this TCKN, so the request cannot be approved. Reject it, or ask the person to have their record entered in MEBBİS first.</source>
        <translation>MEBBİS&apos;te bu TCKN&apos;ye ait personel kaydı yok; talep onaylanamaz. Reddedin ya da kişiden önce MEBBİS kaydını yaptırmasını isteyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="40"/>
        <source>The name on the request contradicts MEBBİS, so it cannot be approved. Reject it with the reason, or ask the person to correct MEBBİS first (Bilgi Düzeltme).</source>
        <translation>Talepteki ad MEBBİS ile çelişiyor; onaylanamaz. Nedenini yazarak reddedin ya da kişiden önce MEBBİS&apos;i düzeltmesini isteyin (Bilgi Düzeltme).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="45"/>
        <source>MEBBİS lists this person as no longer in service, so the request cannot be approved.</source>
        <translation>MEBBİS bu kişiyi görevde değil olarak gösteriyor; talep onaylanamaz.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="49"/>
        <source>MEBBİS cannot be reached: approval waits until it answers.</source>
        <translation>MEBBİS&apos;e ulaşılamıyor: onay, MEBBİS yanıt verene kadar bekler.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="52"/>
        <source>Nobody with this TCKN is on file, and the form does not create new addresses. Reject the request with the reason.</source>
        <translation>Bu TCKN ile kayıtlı kimse yok; form yeni adres açmaz. Talebi nedenini yazarak reddedin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="57"/>
        <source>MEBBİS does not hold the new GSM number yet, so this change needs a second administrator. Write why you approve it (at least {minimum} characters): how you confirmed the caller&apos;s identity.</source>
        <translation>Yeni GSM numarası MEBBİS&apos;te henüz yok; bu değişiklik ikinci bir yöneticinin onayını gerektirir. Neden onayladığınızı yazın (en az {minimum} karakter): arayanın kimliğini nasıl doğruladınız.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="63"/>
        <source>You gave this request its first approval. The second approval must come from another administrator with scope for it (four eyes).</source>
        <translation>Bu talebin ilk onayını siz verdiniz. İkinci onay, talebin bölgesinde yetkili başka bir yöneticiden gelmelidir (dört göz).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="68"/>
        <source>Select at least one request.</source>
        <translation>En az bir talep seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="69"/>
        <source>“{reason}” is not one of the rejection reasons.</source>
        <translation>“{reason}” ret nedenlerinden biri değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="72"/>
        <source>Write the reason for the rejection: the person will be told.</source>
        <translation>Ret nedenini yazın: kişiye bildirilecek.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="75"/>
        <source>The reason is too long (at most {limit} characters).</source>
        <translation>Neden çok uzun (en çok {limit} karakter).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="78"/>
        <source>The notice waited ten minutes for the server&apos;s worker and was not sent. Send it again from the request.</source>
        <translation>Bildirim sunucudaki görevliyi on dakika bekledi ve gönderilmedi. Talepten yeniden gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="83"/>
        <source>The notice SMS of this request no longer exists.</source>
        <translation>Bu talebin bildirim SMS&apos;i artık yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="86"/>
        <source>This request has no notice SMS waiting to be sent.</source>
        <translation>Bu talebin gönderilmeyi bekleyen bildirim SMS&apos;i yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="89"/>
        <source>No help-desk portal address is set, so its requests are not fetched. A system administrator sets portal_base_url in the system settings and the portal token in the keyring.</source>
        <translation>Yardım masası portalının adresi tanımlı değil; portaldaki talepler alınmıyor. Sistem yöneticisi sistem ayarlarında portal_base_url&apos;i, anahtarlıkta da portal erişim anahtarını tanımlar.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="95"/>
        <source>The help-desk portal {url} did not answer in time. Requests already fetched are kept; fetching resumes on its own.</source>
        <translation>Yardım masası portalı {url} zamanında yanıt vermedi. Alınmış talepler korunur; alım kendiliğinden sürer.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="100"/>
        <source>The help-desk portal {url} cannot be reached. Requests already fetched are kept; fetching resumes when it is back.</source>
        <translation>Yardım masası portalına ({url}) ulaşılamıyor. Alınmış talepler korunur; portal dönünce alım sürer.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="105"/>
        <source>The help-desk portal refused this computer&apos;s access token (HTTP {status}). Enter a valid token in the keyring (portal:token).</source>
        <translation>Yardım masası portalı bu bilgisayarın erişim anahtarını reddetti (HTTP {status}). Anahtarlığa geçerli bir anahtar girin (portal:token).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="110"/>
        <source>The help-desk portal answered with an error (HTTP {status}). Fetching resumes on its own; nothing was lost.</source>
        <translation>Yardım masası portalı hata ile yanıt verdi (HTTP {status}). Alım kendiliğinden sürer; hiçbir şey kaybolmadı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="115"/>
        <source>The help-desk portal answered something that is not its feed ({reason}). Nothing was stored from that answer; tell the portal&apos;s team if it lasts.</source>
        <translation>Yardım masası portalı talep akışı olmayan bir yanıt verdi ({reason}). Bu yanıttan hiçbir şey kaydedilmedi; sürerse portal ekibine bildirin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="120"/>
        <source>MEBBİS ({url}) did not answer in time. Try again in a minute.</source>
        <translation>MEBBİS ({url}) zamanında yanıt vermedi. Bir dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="123"/>
        <source>MEBBİS ({url}) cannot be reached from this computer.</source>
        <translation>Bu bilgisayardan MEBBİS&apos;e ({url}) ulaşılamıyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="126"/>
        <source>MEBBİS refused this computer&apos;s access token (HTTP {status}). Enter a valid token in the keyring (mebbis:token).</source>
        <translation>MEBBİS bu bilgisayarın erişim anahtarını reddetti (HTTP {status}). Anahtarlığa geçerli bir anahtar girin (mebbis:token).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="131"/>
        <source>MEBBİS answered with an error (HTTP {status}). Try again later.</source>
        <translation>MEBBİS hata ile yanıt verdi (HTTP {status}). Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="134"/>
        <source>MEBBİS answered something that cannot be read ({reason}).</source>
        <translation>MEBBİS okunamayan bir yanıt verdi ({reason}).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="137"/>
        <source>The file {path} does not exist.</source>
        <translation>{path} dosyası yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="138"/>
        <source>{path} is not an Excel workbook (.xlsx). Save it from Excel as “Excel Workbook” and import it again. Nothing was imported.</source>
        <translation>{path} bir Excel çalışma kitabı (.xlsx) değil. Excel&apos;de “Excel Çalışma Kitabı” olarak kaydedip yeniden içe aktarın. Hiçbir şey alınmadı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="143"/>
        <source>No header row was found in the first rows of {path} (such as Ad, Soyad, TCKN, GSM, İl). Nothing was imported.</source>
        <translation>{path} dosyasının ilk satırlarında başlık satırı bulunamadı (Ad, Soyad, TCKN, GSM, İl gibi). Hiçbir şey alınmadı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/request_errors.py" line="148"/>
        <source>The file lacks required columns: {columns}. Add them and import again. Nothing was imported.</source>
        <translation>Dosyada gerekli sütunlar eksik: {columns}. Ekleyip yeniden içe aktarın. Hiçbir şey alınmadı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="332"/>
        <source>“{value}” is not a time within working hours. Write it as HH:MM, e.g. 16:00.</source>
        <translation>“{value}” mesai saatleri içinde bir saat değil. SS:DD biçiminde yazın, örneğin 16:00.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="336"/>
        <source>“{value}” is not a date. Write dates as YYYY-MM-DD, separated by commas.</source>
        <translation>“{value}” bir tarih değil. Tarihleri YYYY-AA-GG biçiminde, virgülle ayırarak yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="8"/>
        <source>No mailbox or old address is {address}. Check the spelling.</source>
        <translation>{address} adında bir posta kutusu ya da eski adres yok. Yazımı denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="11"/>
        <source>The unit account {address} has no primary custodian, so its password has nobody to go to. Name a primary custodian first (a person of the office with a GSM on file).</source>
        <translation>{address} birim hesabının birincil sorumlusu yok; şifre gönderilecek kimse yok. Önce birincil sorumlu belirleyin (birimden, kayıtlı GSM&apos;i olan bir kişi).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="16"/>
        <source>This person is outside your area, so they cannot be a custodian of a unit account you manage. Choose someone of your province.</source>
        <translation>Bu kişi yetki alanınızın dışında; yönettiğiniz bir birim hesabına sorumlu olamaz. İlinizden birini seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="21"/>
        <source>This person&apos;s record is passive: a custodian must be in service.</source>
        <translation>Bu kişinin kaydı pasif: sorumlu görevde olmalıdır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="24"/>
        <source>This person has no GSM number on file, so the unit&apos;s password could not reach them. Choose someone with a GSM, or have their number entered first.</source>
        <translation>Bu kişinin kayıtlı GSM numarası yok; birimin şifresi ona ulaşamaz. GSM&apos;i kayıtlı birini seçin ya da önce numarasını girdirin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="29"/>
        <source>{address} is a person&apos;s mailbox, not a unit account.</source>
        <translation>{address} bir kişinin posta kutusu, birim hesabı değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="32"/>
        <source>This person is already a custodian of the unit account.</source>
        <translation>Bu kişi zaten birim hesabının sorumlusu.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="35"/>
        <source>This person is already the primary custodian: choose the new one.</source>
        <translation>Bu kişi zaten birincil sorumlu: yenisini seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="38"/>
        <source>Write why no new password is sent now (at least {minimum} characters): the old custodian still knows the password.</source>
        <translation>Şimdi neden yeni şifre gönderilmediğini yazın (en az {minimum} karakter): eski sorumlu şifreyi hâlâ biliyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="43"/>
        <source>That custody no longer exists. Open the unit account again.</source>
        <translation>Bu sorumluluk kaydı artık yok. Birim hesabını yeniden açın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="46"/>
        <source>That custody has already ended.</source>
        <translation>Bu sorumluluk zaten sona ermiş.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="47"/>
        <source>The primary custodian&apos;s custody ends with a handover to the new one (a unit account always has someone its password goes to).</source>
        <translation>Birincil sorumlunun sorumluluğu yenisine devirle sona erer (birim hesabının şifresinin gideceği biri her zaman olmalıdır).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="52"/>
        <source>{address} is already a mailbox or an old address. Every address and old address is unique: choose another.</source>
        <translation>{address} zaten bir posta kutusu ya da eski adres. Her adres ve eski adres tektir: başka bir adres seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="57"/>
        <source>Unit accounts are @meb.gov.tr addresses; “{address}” is not.</source>
        <translation>Birim hesapları @meb.gov.tr adresleridir; “{address}” değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="60"/>
        <source>“{address}” holds Turkish or capital letters; addresses use a–z only, so it would be “{expected}”. Type it that way.</source>
        <translation>“{address}” Türkçe ya da büyük harf içeriyor; adreslerde yalnızca a–z kullanılır, yani “{expected}” olur. Öyle yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="65"/>
        <source>“{address}” cannot be a unit account&apos;s address: use 3 to 40 of a–z, 0–9 and _.</source>
        <translation>“{address}” birim hesabı adresi olamaz: a–z, 0–9 ve _ ile 3–40 karakter kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="69"/>
        <source>This office&apos;s unit account is named by the rule: {expected}@meb.gov.tr, not “{address}”.</source>
        <translation>Bu birimin hesabı kurala göre adlandırılır: “{address}” değil, {expected}@meb.gov.tr.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="73"/>
        <source>Unit accounts belong to an İl or İlçe MEM or a central unit; this institution is none of them.</source>
        <translation>Birim hesapları İl ya da İlçe MEM&apos;lerine veya merkez birimlerine aittir; bu kurum bunlardan biri değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="78"/>
        <source>The office ({id}) is not known. Choose it from the list.</source>
        <translation>Birim ({id}) bilinmiyor. Listeden seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="81"/>
        <source>The quota must be between {low} and {high} MB.</source>
        <translation>Kota {low} ile {high} MB arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="84"/>
        <source>“{address}” cannot be an old address: use a–z, 0–9, dots and _ only.</source>
        <translation>“{address}” eski adres olamaz: yalnızca a–z, 0–9, nokta ve _ kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="87"/>
        <source>{address} is not an old address of this mailbox.</source>
        <translation>{address} bu posta kutusunun eski adresi değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="90"/>
        <source>This person works in another province: a province&apos;s unit account is kept by people of that province. Choose someone of {province}.</source>
        <translation>Bu kişi başka bir ilde çalışıyor: bir ilin birim hesabından o ilin personeli sorumlu olur. {province} ilinden birini seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="95"/>
        <source>The row names no office: give the office&apos;s institution code or name.</source>
        <translation>Satırda birim yok: birimin kurum kodunu veya adını yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="98"/>
        <source>No İl or İlçe MEM or central unit is “{office}”. Give the office&apos;s institution code (as in MEBBİS) or its exact name.</source>
        <translation>“{office}” adlı ya da kodlu bir İl/İlçe MEM veya merkez birimi yok. Birimin kurum kodunu (MEBBİS&apos;teki gibi) veya tam adını yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="103"/>
        <source>Several offices are called “{office}”: give the institution code instead.</source>
        <translation>“{office}” adında birden çok birim var: bunun yerine kurum kodunu yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="107"/>
        <source>{address} already belongs to another office ({office}). Correct the office or the address.</source>
        <translation>{address} zaten başka bir birime ({office}) ait. Birimi veya adresi düzeltin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="112"/>
        <source>A new unit account needs its primary custodian: give their TCKN or e-mail address.</source>
        <translation>Yeni bir birim hesabının birincil sorumlusu olmalı: sorumlunun TCKN&apos;sini veya e-posta adresini yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="116"/>
        <source>No person has the TCKN or e-mail address “{value}”. Check it, or import the person first.</source>
        <translation>TCKN&apos;si veya e-posta adresi “{value}” olan bir kişi yok. Denetleyin ya da önce kişiyi aktarın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="120"/>
        <source>{address} appears in an earlier row ({row}) of the file already.</source>
        <translation>{address} dosyanın daha önceki bir satırında ({row}) zaten var.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="123"/>
        <source>“{value}” is not a quota: write megabytes between {low} and {high}.</source>
        <translation>“{value}” bir kota değil: {low} ile {high} arasında megabayt yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="126"/>
        <source>The cell of {column} holds a formula; write the value itself (formulas are never imported).</source>
        <translation>{column} hücresinde formül var; değerin kendisini yazın (formüller hiçbir zaman aktarılmaz).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/unit_errors.py" line="131"/>
        <source>{rejected} of {rows} rows cannot be imported, so nothing was imported. Correct the rows the report names ({report}) and import the file again.</source>
        <translation>{rows} satırdan {rejected} tanesi aktarılamıyor, bu yüzden hiçbir şey aktarılmadı. Raporun gösterdiği satırları ({report}) düzeltip dosyayı yeniden aktarın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="362"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>İptal edildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="363"/>
        <source>No system keyring is available: passwords are kept in memory for this session only and must be entered again next time.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: parolalar yalnızca bu oturum boyunca bellekte tutulur ve bir dahaki sefere yeniden girilmelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/errors.py" line="375"/>
        <source>Unexpected error ({code}). Details are in the log.</source>
        <translation>Beklenmeyen hata ({code}). Ayrıntılar günlük dosyasında.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="8"/>
        <source>“{value}” is not a server name: write the name or address alone (no https://, no port).</source>
        <translation>“{value}” bir sunucu adı değil: yalnızca adı ya da adresi yazın (https:// ve bağlantı noktası olmadan).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="12"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}” bir e-posta adresi değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="15"/>
        <source>“{value}” is not a mail folder name (1 to 100 printable characters).</source>
        <translation>“{value}” bir posta klasörü adı değil (1 ile 100 arası yazdırılabilir karakter).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="18"/>
        <source>The SLA targets cannot be read ({reason}). Write “[category:]priority=first/update/solution” in business minutes, separated by “;”, e.g. “normal=120/240/960”.</source>
        <translation>SLA hedefleri okunamadı ({reason}). İş dakikası olarak “[kategori:]öncelik=ilk/güncelleme/çözüm” biçiminde, “;” ile ayırarak yazın; örneğin “normal=120/240/960”.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="23"/>
        <source>There is no ticket {number}. Check the number (YM-YYYY-NNNNNN).</source>
        <translation>{number} numaralı bir talep yok. Numarayı denetleyin (YM-YYYY-NNNNNN).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="26"/>
        <source>Someone else changed this ticket meanwhile. It has been reloaded: look again and repeat what you meant to do.</source>
        <translation>Bu talep bu arada başka biri tarafından değiştirildi. Yeniden yüklendi: tekrar bakıp yapmak istediğinizi yineleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="31"/>
        <source>“{value}” is not a ticket status: use one of {choices}.</source>
        <translation>“{value}” bir talep durumu değil: şunlardan birini kullanın: {choices}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="34"/>
        <source>“{value}” is not a ticket category: use one of {choices}.</source>
        <translation>“{value}” bir talep kategorisi değil: şunlardan birini kullanın: {choices}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="37"/>
        <source>“{value}” is not a priority: use one of {choices}.</source>
        <translation>“{value}” bir öncelik değil: şunlardan birini kullanın: {choices}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="40"/>
        <source>This ticket was merged into {number}; work on that one.</source>
        <translation>Bu talep {number} ile birleştirildi; o talep üzerinde çalışın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="43"/>
        <source>Write the answer first.</source>
        <translation>Önce yanıtı yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="44"/>
        <source>The answer looks like it contains a password. A password is never sent by e-mail: send it with the SMS password reissue, which only goes to the GSM on file.</source>
        <translation>Yanıt bir şifre içeriyor gibi görünüyor. Şifre hiçbir zaman e-postayla gönderilmez: yalnızca kayıtlı GSM numarasına giden SMS ile şifre yenileme işlemini kullanın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="49"/>
        <source>This ticket has no caller e-mail address to answer to. Call the caller back and log the call instead.</source>
        <translation>Bu talepte yanıtlanacak bir e-posta adresi yok. Arayanı geri arayın ve görüşmeyi kaydedin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="54"/>
        <source>No outgoing mail server is set. A superadmin sets it on Settings → Help desk (smtp_host), and the password goes into this computer&apos;s keyring.</source>
        <translation>Giden posta sunucusu ayarlanmamış. Bir sistem yöneticisi bunu Ayarlar → Yardım masası bölümünden (smtp_host) ayarlar; şifre bu bilgisayarın anahtar zincirine girer.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="59"/>
        <source>The answer is waiting for the server&apos;s worker, which has not taken it within half a minute. It will be sent when the worker runs; look at the ticket before answering again, and tell the system administrator that the worker is not running.</source>
        <translation>Yanıt sunucudaki görevliyi bekliyor; görevli yarım dakika içinde almadı. Görevli çalıştığında gönderilecek; yeniden yanıtlamadan önce talebe bakın ve görevlinin çalışmadığını sistem yöneticisine bildirin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="65"/>
        <source>The server&apos;s worker is sending the answer and has not finished; whether the mail server accepted it is not known yet. Look at the ticket in a minute before answering again.</source>
        <translation>Sunucudaki görevli yanıtı gönderiyor ve henüz bitirmedi; posta sunucusunun kabul edip etmediği henüz bilinmiyor. Yeniden yanıtlamadan önce bir dakika sonra talebe bakın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="71"/>
        <source>The answer waited ten minutes for the server&apos;s worker and was not sent. Nothing reached the caller; send it again.</source>
        <translation>Yanıt sunucudaki görevliyi on dakika bekledi ve gönderilmedi. Arayana hiçbir şey ulaşmadı; yeniden gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="76"/>
        <source>The answer was sent to the caller but could not be put on the ticket. Add what you wrote as a note so the ticket shows it; do not send it again.</source>
        <translation>Yanıt arayana gönderildi ama talebe eklenemedi. Talepte görünmesi için yazdığınızı not olarak ekleyin; yeniden göndermeyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="81"/>
        <source>The answer was not sent. Try again; if it keeps failing, tell the system administrator.</source>
        <translation>Yanıt gönderilmedi. Yeniden deneyin; yine olmazsa sistem yöneticisine bildirin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="85"/>
        <source>The outgoing mail server {host} could not be reached. Nothing was sent and the answer is kept as a draft; try again in a few minutes.</source>
        <translation>Giden posta sunucusuna ({host}) ulaşılamadı. Hiçbir şey gönderilmedi ve yanıt taslak olarak duruyor; birkaç dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="90"/>
        <source>The outgoing mail server {host} did not offer a secure connection (STARTTLS) or its certificate could not be verified. Nothing was sent.</source>
        <translation>Giden posta sunucusu ({host}) güvenli bağlantı (STARTTLS) sunmadı ya da sertifikası doğrulanamadı. Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="95"/>
        <source>The outgoing mail server refused the help desk&apos;s user name or password. Nothing was sent. Check the password in the keyring.</source>
        <translation>Giden posta sunucusu yardım masasının kullanıcı adını ya da şifresini kabul etmedi. Hiçbir şey gönderilmedi. Anahtar zincirindeki şifreyi denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="100"/>
        <source>The outgoing mail server refused the message ({reason}). Nothing was sent.</source>
        <translation>Giden posta sunucusu iletiyi reddetti ({reason}). Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="104"/>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Bir talep kendisiyle birleştirilemez.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="105"/>
        <source>Only a message of this ticket can be split off into a ticket of its own.</source>
        <translation>Yalnızca bu talebin bir iletisi ayrı bir talebe ayrılabilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="108"/>
        <source>That person or unit account is not among this ticket&apos;s matches.</source>
        <translation>Bu kişi ya da birim hesabı bu talebin eşleşmeleri arasında değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="111"/>
        <source>“{username}” is not an active administrator who handles tickets of this queue.</source>
        <translation>“{username}” bu kuyruğun taleplerine bakan etkin bir yönetici değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="115"/>
        <source>Nobody handles tickets of this queue yet, so nobody could be chosen.</source>
        <translation>Bu kuyruğun taleplerine henüz kimse bakmıyor; bu yüzden kimse seçilemedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="118"/>
        <source>The help-desk mailbox is not set (helpdesk_imap_host). A superadmin sets it on Settings → Help desk; its password goes into the keyring of the reading computer.</source>
        <translation>Yardım masası posta kutusu ayarlanmamış (helpdesk_imap_host). Bir sistem yöneticisi bunu Ayarlar → Yardım masası bölümünden ayarlar; şifresi okuyan bilgisayarın anahtar zincirine girer.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="123"/>
        <source>The help-desk mailbox {host} could not be reached. Nothing was lost: the mail stays on the server and is read at the next attempt.</source>
        <translation>Yardım masası posta kutusuna ({host}) ulaşılamadı. Hiçbir şey kaybolmadı: postalar sunucuda kalır ve bir sonraki denemede okunur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="128"/>
        <source>The mail server refused the help-desk mailbox&apos;s user name or password. Check the password in the keyring.</source>
        <translation>Posta sunucusu yardım masası posta kutusunun kullanıcı adını ya da şifresini kabul etmedi. Anahtar zincirindeki şifreyi denetleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_errors.py" line="133"/>
        <source>The help-desk mailbox has no folder “{folder}”.</source>
        <translation>Yardım masası posta kutusunda “{folder}” klasörü yok.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="31"/>
        <source>Unexpected error</source>
        <translation>Beklenmeyen hata</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="35"/>
        <source>Something went wrong that the program did not expect. Your last action may not have been completed; nothing half-done was saved. Please send the text below to the help desk.</source>
        <translation>Programın beklemediği bir sorun oluştu. Son işleminiz tamamlanmamış olabilir; yarım kalan hiçbir şey kaydedilmedi. Lütfen aşağıdaki metni yardım masasına gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="40"/>
        <source>Log file: {path}</source>
        <translation>Günlük dosyası: {path}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="46"/>
        <source>Error details</source>
        <translation>Hata ayrıntıları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/exception_dialog.py" line="51"/>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Panoya kopyala</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="47"/>
        <source>Hand over {address}</source>
        <translation>{address} devri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="49"/>
        <source>The current primary custodian ({current}) stops being responsible for {address}. Find the new one by name or TCKN, then press Enter.</source>
        <translation>Şimdiki birincil sorumlunun ({current}) {address} için sorumluluğu sona erer. Yenisini adıyla ya da TCKN&apos;siyle bulun, sonra Enter&apos;a basın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="45"/>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="51"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="39"/>
        <source>Add a deputy custodian to {address}</source>
        <translation>{address} için yardımcı sorumlu ekle</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="42"/>
        <source>A deputy keeps the unit account with its primary custodian ({current}); the password still goes to the primary custodian. Find the deputy by name or TCKN, then press Enter.</source>
        <translation>Yardımcı sorumlu, birim hesabından birincil sorumluyla ({current}) birlikte sorumludur; şifre yine birincil sorumluya gider. Yardımcı sorumluyu adıyla veya TCKN&apos;siyle arayın, sonra Enter&apos;a basın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="62"/>
        <source>Find the new custodian</source>
        <translation>Yeni sorumluyu bul</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="62"/>
        <source>Find the deputy custodian</source>
        <translation>Yardımcı sorumluyu bul</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="64"/>
        <source>&amp;Find:</source>
        <translation>&amp;Bul:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="70"/>
        <source>Reason of the handover</source>
        <translation>Devir nedeni</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="71"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Neden:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="80"/>
        <source>After the handover</source>
        <translation>Devirden sonra</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="82"/>
        <source>&amp;Send a new password to the new custodian at once</source>
        <translation>Yeni sorumluya hemen yeni şifre &amp;gönder</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="86"/>
        <source>Strongly recommended: the previous custodian knows the current password and can sign in until a new one is sent.</source>
        <translation>Önemle önerilir: önceki sorumlu şimdiki şifreyi biliyor ve yenisi gönderilene kadar oturum açabilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="93"/>
        <source>at least 10 characters</source>
        <translation>en az 10 karakter</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="94"/>
        <source>Why no new password is sent now</source>
        <translation>Şimdi neden yeni şifre gönderilmediği</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="95"/>
        <source>&amp;Why not now:</source>
        <translation>Şimdi değil&amp;se nedeni:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="111"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Devret</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="111"/>
        <source>A&amp;dd deputy</source>
        <translation>Yardımcı sorumlu &amp;ekle</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/handover_dialog.py" line="129"/>
        <source>Write why no new password is sent now (at least 10 characters), or leave the new password chosen.</source>
        <translation>Şimdi neden yeni şifre gönderilmediğini yazın (en az 10 karakter) ya da yeni şifre seçeneğini işaretli bırakın.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="45"/>
        <source>Help and keys</source>
        <translation>Yardım ve tuşlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="50"/>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="55"/>
        <source>Keyboard</source>
        <translation>Klavye</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="60"/>
        <source>Next / previous part of the window</source>
        <translation>Pencerenin sonraki / önceki bölümü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="61"/>
        <source>underlined letter</source>
        <translation>altı çizili harf</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="61"/>
        <source>The button or field it marks</source>
        <translation>İşaretlediği düğme ya da alan</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="62"/>
        <source>This help</source>
        <translation>Bu yardım</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="63"/>
        <source>Close a dialog</source>
        <translation>Pencereyi kapat</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="69"/>
        <source>Other sections</source>
        <translation>Diğer bölümler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/help_dialog.py" line="78"/>
        <source>The information update form of the mail system:</source>
        <translation>E-posta sisteminin bilgi güncelleme formu:</translation>
    </message>
</context>
<context>
    <name>HelpdeskTab</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="157"/>
        <source>Help-desk mailbox</source>
        <translation>Yardım masası posta kutusu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="162"/>
        <source>empty: no mail is read</source>
        <translation>boş: posta okunmaz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="168"/>
        <source>empty: answers cannot be sent</source>
        <translation>boş: yanıt gönderilemez</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="171"/>
        <source>Address (also the sign-in name):</source>
        <translation>Adres (aynı zamanda oturum adı):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="172"/>
        <source>IMAP server (SSL/TLS):</source>
        <translation>IMAP sunucusu (SSL/TLS):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="173"/>
        <source>IMAP port:</source>
        <translation>IMAP bağlantı noktası:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="174"/>
        <source>Folder read:</source>
        <translation>Okunan klasör:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="175"/>
        <source>SMTP server (STARTTLS):</source>
        <translation>SMTP sunucusu (STARTTLS):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="176"/>
        <source>SMTP port:</source>
        <translation>SMTP bağlantı noktası:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="180"/>
        <source>The passwords go into the keyring of the computer that reads and sends (helpdesk:imap-password, helpdesk:smtp-password), never into a setting.</source>
        <translation>Şifreler okuyan ve gönderen bilgisayarın anahtar zincirine girer (helpdesk:imap-password, helpdesk:smtp-password), hiçbir zaman bir ayara girmez.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="186"/>
        <source>Service levels and limits</source>
        <translation>Hizmet düzeyleri ve sınırlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="189"/>
        <source>SLA targets</source>
        <translation>SLA hedefleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="194"/>
        <source>SLA targets:</source>
        <translation>SLA hedefleri:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="198"/>
        <source>Business minutes of first response / update / solution per priority, optionally per category: “normal=120/240/960; password:normal=60/120/480”. A change recomputes every open ticket&apos;s clocks.</source>
        <translation>Önceliğe göre (isteğe bağlı olarak kategoriye göre) ilk yanıt / güncelleme / çözüm için iş dakikası: “normal=120/240/960; password:normal=60/120/480”. Bir değişiklik açık her talebin sayaçlarını yeniden hesaplar.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="204"/>
        <source>Largest attachment kept (MB):</source>
        <translation>Saklanan en büyük ek (MB):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="205"/>
        <source>New tickets per sender and hour:</source>
        <translation>Gönderen başına saatlik yeni talep:</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="197"/>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="209"/>
        <source>Recent history</source>
        <translation>Son işlemler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="202"/>
        <source>Full t&amp;rail…</source>
        <translation>Geçmişin ta&amp;mamı…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="204"/>
        <source>Opens every event of this person in Audit trail</source>
        <translation>Bu kişinin tüm kayıtlarını Denetim bölümünde açar</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="55"/>
        <source>Identity</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="58"/>
        <source>TCKN</source>
        <translation>TCKN</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="59"/>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="62"/>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="60"/>
        <source>Show TCKN</source>
        <translation>TCKN&apos;yi göster</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="61"/>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="63"/>
        <source>Show GSM</source>
        <translation>GSM&apos;yi göster</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="66"/>
        <source>TCKN:</source>
        <translation>TCKN:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="67"/>
        <source>GSM:</source>
        <translation>GSM:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="68"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="69"/>
        <source>Province / district</source>
        <translation>İl / ilçe</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="70"/>
        <source>Institution:</source>
        <translation>Kurum:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="71"/>
        <source>Province / district:</source>
        <translation>İl / ilçe:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../mebposta_admin/cli/check.py" line="43"/>
        <location filename="../mebposta_admin/texts/labels.py" line="191"/>
        <source>National</source>
        <translation>Ülke geneli</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="13"/>
        <source>System administrator</source>
        <translation>Sistem yöneticisi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="14"/>
        <source>Help desk</source>
        <translation>Yardım masası</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="15"/>
        <source>Provincial MEBBİS administrator</source>
        <translation>İl MEBBİS yöneticisi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="16"/>
        <source>District MEBBİS administrator</source>
        <translation>İlçe MEBBİS yöneticisi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="17"/>
        <source>Auditor</source>
        <translation>Denetçi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="20"/>
        <source>success</source>
        <translation>başarılı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="21"/>
        <source>failure</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="22"/>
        <source>refused</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="23"/>
        <source>unknown</source>
        <translation>belirsiz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="24"/>
        <source>started</source>
        <translation>başlatıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="28"/>
        <source>waiting for the server&apos;s SMS worker</source>
        <translation>sunucunun SMS işleyicisini bekliyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="29"/>
        <source>outcome unknown: interrupted before the gateway answered (or still running)</source>
        <translation>sonucu bilinmiyor: ağ geçidi yanıt vermeden kesildi (ya da hâlâ sürüyor)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="32"/>
        <source>SMS sent, new password not saved: the SMS password does not work</source>
        <translation>SMS gönderildi, yeni şifre kaydedilmedi: SMS&apos;teki şifre çalışmaz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="35"/>
        <source>sent, password changed</source>
        <translation>gönderildi, şifre değişti</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="36"/>
        <source>sent, password changed on the mail servers</source>
        <translation>gönderildi, şifre posta sunucularında değişti</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="37"/>
        <source>not sent, password unchanged</source>
        <translation>gönderilmedi, şifre değişmedi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="38"/>
        <source>gateway did not answer: outcome unknown</source>
        <translation>ağ geçidi yanıt vermedi: sonucu bilinmiyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="41"/>
        <source>Sign-in</source>
        <translation>Oturum açma</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="42"/>
        <source>Account locked</source>
        <translation>Hesap kilitlendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="43"/>
        <source>Administrator created</source>
        <translation>Yönetici oluşturuldu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="44"/>
        <source>Administrator list</source>
        <translation>Yönetici listesi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="45"/>
        <source>Administrator changed</source>
        <translation>Yönetici değiştirildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="46"/>
        <source>Administrator disabled or enabled</source>
        <translation>Yönetici devre dışı bırakıldı ya da etkinleştirildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="47"/>
        <source>Administrator&apos;s password reset</source>
        <translation>Yöneticinin parolası sıfırlandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="48"/>
        <source>Administrator unlocked</source>
        <translation>Yöneticinin kilidi açıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="49"/>
        <source>Administrator&apos;s two-factor sign-in reset</source>
        <translation>Yöneticinin iki aşamalı girişi sıfırlandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="52"/>
        <source>Own password changed</source>
        <translation>Kendi parolasını değiştirdi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="53"/>
        <source>Two-factor sign-in set up</source>
        <translation>İki aşamalı giriş kuruldu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="54"/>
        <source>Session locked when idle</source>
        <translation>Oturum boşta kilitlendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="55"/>
        <source>Demo data created</source>
        <translation>Demo verisi oluşturuldu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="56"/>
        <source>Person viewed</source>
        <translation>Kişi görüntülendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="57"/>
        <source>Personal data shown</source>
        <translation>Kişisel veri gösterildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="58"/>
        <source>Caller check</source>
        <translation>Arayan kontrolü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="59"/>
        <source>Search</source>
        <translation>Arama</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="60"/>
        <source>Password sent by SMS</source>
        <translation>Şifre SMS ile gönderildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="61"/>
        <source>System settings changed</source>
        <translation>Sistem ayarları değiştirildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="62"/>
        <source>System settings moved into the database</source>
        <translation>Sistem ayarları veritabanına taşındı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="65"/>
        <source>Request taken at the desk</source>
        <translation>Talep masada alındı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="66"/>
        <source>Requests imported from Excel</source>
        <translation>Talepler Excel&apos;den alındı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="67"/>
        <source>Request viewed</source>
        <translation>Talep görüntülendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="68"/>
        <source>Request taken or given back</source>
        <translation>Talep üstlenildi ya da bırakıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="69"/>
        <source>Request approved</source>
        <translation>Talep onaylandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="70"/>
        <source>Request rejected</source>
        <translation>Talep reddedildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="71"/>
        <source>Record updated from a request</source>
        <translation>Kayıt talebe göre güncellendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="72"/>
        <source>Notice SMS to the old number</source>
        <translation>Eski numaraya bildirim SMS&apos;i</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="73"/>
        <source>MEBBİS export imported</source>
        <translation>MEBBİS dökümü alındı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="74"/>
        <source>Unit account created</source>
        <translation>Birim hesabı açıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="75"/>
        <source>Deputy custodian added</source>
        <translation>Yardımcı sorumlu eklendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="76"/>
        <source>Custody ended</source>
        <translation>Sorumluluk sona erdi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="77"/>
        <source>Custody handed over</source>
        <translation>Sorumluluk devredildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="78"/>
        <source>Audit trail verified</source>
        <translation>Denetim kaydı doğrulandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="79"/>
        <source>Audit checkpoint signed</source>
        <translation>Denetim kontrol noktası imzalandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="80"/>
        <source>Report exported to Excel</source>
        <translation>Rapor Excel&apos;e aktarıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="81"/>
        <source>Unit accounts imported from Excel</source>
        <translation>Birim hesapları Excel&apos;den aktarıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="82"/>
        <source>Unit accounts exported to Excel</source>
        <translation>Birim hesapları Excel&apos;e aktarıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="83"/>
        <source>Reissue after a handover declined</source>
        <translation>Devirden sonra yeni şifre gönderilmedi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="86"/>
        <source>Mailbox deactivated or reactivated</source>
        <translation>Posta kutusu pasif ya da aktif yapıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="87"/>
        <source>Mailbox quota changed</source>
        <translation>Posta kutusu kotası değişti</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="88"/>
        <source>Old address added or removed</source>
        <translation>Eski adres eklendi ya da kaldırıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="89"/>
        <source>Ticket opened at the desk</source>
        <translation>Masada talep açıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="90"/>
        <source>Ticket changed</source>
        <translation>Talep değiştirildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="91"/>
        <source>Ticket assigned</source>
        <translation>Talep atandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="92"/>
        <source>Ticket note added</source>
        <translation>Talebe not eklendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="93"/>
        <source>Ticket answered by e-mail</source>
        <translation>Talep e-postayla yanıtlandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="94"/>
        <source>Tickets merged</source>
        <translation>Talepler birleştirildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="95"/>
        <source>Ticket split</source>
        <translation>Talep ayrıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="96"/>
        <source>Action taken from a ticket</source>
        <translation>Talepten işlem yapıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="99"/>
        <source>The TCKN typed fails its check digits. Ask the caller to read the 11 digits from the identity card again and retype them.</source>
        <translation>Girilen TCKN’nin kontrol basamakları tutmuyor. Arayandan kimlik kartındaki 11 haneyi yeniden okumasını ve tekrar yazmasını isteyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="104"/>
        <source>The GSM must be typed as ten digits starting with 5: without the leading 0 or +90.</source>
        <translation>GSM, 5 ile başlayan on hane olarak yazılmalı: baştaki 0 ya da +90 olmadan.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="108"/>
        <source>The GSM must be ten digits starting with 5 (5XXXXXXXXX).</source>
        <translation>GSM, 5 ile başlayan on haneli olmalı (5XXXXXXXXX).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="111"/>
        <source>The TCKN typed is valid but is not this person&apos;s. Check that you have the right record: search for the TCKN the caller typed.</source>
        <translation>Girilen TCKN geçerli ama bu kişiye ait değil. Doğru kaydı açtığınızı denetleyin: arayanın yazdığı TCKN ile arama yapın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="116"/>
        <source>The GSM typed differs from the one on file. The caller must correct the mobile number in MEBBİS (Bilgi Düzeltme), then fill in the info-update form ({url}); it is processed the same day, after which the password screen works.</source>
        <translation>Girilen GSM kayıttakinden farklı. Arayan cep telefonu numarasını MEBBİS’te (Bilgi Düzeltme) düzeltmeli, ardından bilgi güncelleme formunu ({url}) doldurmalı; form aynı gün içinde işlenir, sonra şifre ekranı çalışır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="122"/>
        <source>There is no GSM on file. The caller must enter the mobile number in MEBBİS (Bilgi Düzeltme), then fill in the info-update form ({url}).</source>
        <translation>Kayıtlı GSM yok. Arayan cep telefonu numarasını MEBBİS’e (Bilgi Düzeltme) girmeli, ardından bilgi güncelleme formunu ({url}) doldurmalı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="127"/>
        <source>Both match the record: the password screen sends the SMS. If it does not arrive, check that the phone is on and can receive SMS, then try again a few minutes later.</source>
        <translation>İkisi de kayıtla eşleşiyor: şifre ekranı SMS’i gönderir. SMS gelmezse telefonun açık olduğunu ve SMS alabildiğini denetleyip birkaç dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="156"/>
        <source>Type a name, TCKN (at least 4 digits), GSM, e-mail address or institution code.</source>
        <translation>Ad soyad, TCKN (en az 4 hane), GSM, e-posta adresi ya da kurum kodu yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="160"/>
        <source>Type at least two letters.</source>
        <translation>En az iki harf yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="161"/>
        <source>Type at least 4 digits of a TCKN, or a whole GSM number.</source>
        <translation>TCKN’nin en az 4 hanesini ya da GSM numarasının tamamını yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="164"/>
        <source>Names, numbers and e-mail addresses can be searched; this text has none.</source>
        <translation>Ad, numara ve e-posta adresi aranabilir; bu metinde hiçbiri yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="167"/>
        <source>(Only the first 100 characters were used.)</source>
        <translation>(Yalnızca ilk 100 karakter kullanıldı.)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="170"/>
        <source>(Only the first six words were used.)</source>
        <translation>(Yalnızca ilk altı sözcük kullanıldı.)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="186"/>
        <source>{province} / {district} district</source>
        <translation>{province} / {district} ilçesi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="190"/>
        <source>{province} province</source>
        <translation>{province} ili</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="196"/>
        <source>The name or surname is missing.</source>
        <translation>Ad ya da soyad eksik.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="197"/>
        <source>The name or surname holds digits or signs that no name has.</source>
        <translation>Ad ya da soyadında hiçbir adda olmayan rakam ya da işaretler var.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="200"/>
        <source>The TCKN is missing.</source>
        <translation>TCKN eksik.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="201"/>
        <source>The TCKN is not 11 digits.</source>
        <translation>TCKN 11 hane değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="202"/>
        <source>The TCKN fails its check digits: it was mistyped.</source>
        <translation>TCKN kontrol hanelerini tutmuyor: yanlış yazılmış.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="205"/>
        <source>The GSM number is missing.</source>
        <translation>GSM numarası eksik.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="206"/>
        <source>The GSM number is not a Turkish mobile number (5XXXXXXXXX).</source>
        <translation>GSM numarası bir Türkiye cep telefonu numarası değil (5XXXXXXXXX).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="209"/>
        <source>The e-mail address cannot be read.</source>
        <translation>E-posta adresi okunamıyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="210"/>
        <source>The e-mail address is not a meb.gov.tr address.</source>
        <translation>E-posta adresi bir meb.gov.tr adresi değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="211"/>
        <source>The province is missing.</source>
        <translation>İl eksik.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="212"/>
        <source>The province is not one of the 81.</source>
        <translation>İl, 81 ilden biri değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="213"/>
        <source>The district is not in the province given.</source>
        <translation>İlçe, yazılan ilde değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="216"/>
        <source>The institution code is not the usual six digits.</source>
        <translation>Kurum kodu alışılmış altı hane değil.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="219"/>
        <source>A text field is longer than the form allows.</source>
        <translation>Bir metin alanı formun izin verdiğinden uzun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="220"/>
        <source>The portal sent something that is not a form; it is kept as it came.</source>
        <translation>Portal form olmayan bir şey gönderdi; geldiği gibi saklandı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="223"/>
        <source>A field holds a list or an object, not text.</source>
        <translation>Bir alan metin yerine liste ya da nesne içeriyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="224"/>
        <source>The portal sent the form without its id.</source>
        <translation>Portal formu kimlik numarası olmadan gönderdi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="225"/>
        <source>The submission time is missing or has no time zone.</source>
        <translation>Gönderim zamanı yok ya da saat dilimi belirtilmemiş.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="228"/>
        <source>A cell holds a formula: type the value itself, formulas are not imported.</source>
        <translation>Bir hücrede formül var: değerin kendisini yazın, formüller alınmaz.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="231"/>
        <source>The date cannot be read (use 01.12.2026 10:15); the import time is used.</source>
        <translation>Tarih okunamadı (01.12.2026 10:15 biçimini kullanın); içe aktarma zamanı kullanıldı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="234"/>
        <source>The province or district is outside your scope: its administrators import it.</source>
        <translation>İl ya da ilçe yetki alanınızın dışında: o bölgenin yöneticileri içe aktarır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="240"/>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="241"/>
        <source>Second approval</source>
        <translation>İkinci onay</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="242"/>
        <location filename="../mebposta_admin/texts/labels.py" line="267"/>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="357"/>
        <source>ticket</source>
        <translation>destek talebi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="364"/>
        <source>waiting for the server&apos;s worker</source>
        <translation>sunucudaki görevliyi bekliyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="365"/>
        <source>being sent by the server&apos;s worker</source>
        <translation>sunucudaki görevli gönderiyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="28"/>
        <location filename="../mebposta_admin/texts/labels.py" line="243"/>
        <location filename="../mebposta_admin/texts/labels.py" line="268"/>
        <location filename="../mebposta_admin/texts/labels.py" line="338"/>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="244"/>
        <source>Superseded</source>
        <translation>Yenisiyle değişti</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="10"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="11"/>
        <location filename="../mebposta_admin/texts/labels.py" line="245"/>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="12"/>
        <source>Waiting for caller</source>
        <translation>Arayan bekleniyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="13"/>
        <source>Solved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="14"/>
        <source>Closed</source>
        <translation>Kapatıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="15"/>
        <source>Merged</source>
        <translation>Birleştirildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="18"/>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="19"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="20"/>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="21"/>
        <source>Urgent</source>
        <translation>Acil</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="24"/>
        <source>Getting a password</source>
        <translation>Şifre alma</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="25"/>
        <source>TCKN/GSM mismatch</source>
        <translation>TCKN/GSM eşleşmeme</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="26"/>
        <source>TCKN invalid</source>
        <translation>TCKN hatalı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="27"/>
        <source>GSM format</source>
        <translation>GSM biçimi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="28"/>
        <source>Outlook/iOS/Android set-up</source>
        <translation>Outlook/iOS/Android kurulumu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="29"/>
        <source>Old mail and addresses</source>
        <translation>Eski postalar ve adresler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="30"/>
        <source>Quota</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="31"/>
        <source>Unit account</source>
        <translation>Birim hesabı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="32"/>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="35"/>
        <source>No target</source>
        <translation>Hedef yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="36"/>
        <source>Met</source>
        <translation>Karşılandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="37"/>
        <source>Breached</source>
        <translation>Aşıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="38"/>
        <source>Running</source>
        <translation>İşliyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="39"/>
        <source>Due soon</source>
        <translation>Süre doluyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="40"/>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="43"/>
        <source>First response</source>
        <translation>İlk yanıt</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="44"/>
        <source>Update</source>
        <translation>Güncelleme</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="45"/>
        <source>Solution</source>
        <translation>Çözüm</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="48"/>
        <source>From the caller</source>
        <translation>Arayandan</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="49"/>
        <source>Our answer</source>
        <translation>Yanıtımız</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="50"/>
        <source>Internal note</source>
        <translation>İç not</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="51"/>
        <source>Phone call</source>
        <translation>Telefon görüşmesi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="52"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="55"/>
        <source>sender&apos;s address</source>
        <translation>gönderen adresi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="56"/>
        <source>address in the text</source>
        <translation>metindeki adres</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="57"/>
        <source>TCKN in the text</source>
        <translation>metindeki TCKN</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="58"/>
        <source>GSM in the text</source>
        <translation>metindeki GSM</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="61"/>
        <source>too large, not kept</source>
        <translation>çok büyük, saklanmadı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="62"/>
        <source>could not be read</source>
        <translation>okunamadı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="65"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="66"/>
        <source>Help-desk portal</source>
        <translation>Yardım masası portalı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="67"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="71"/>
        <source>HTML mail, shown as text</source>
        <translation>HTML posta, metin olarak gösteriliyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="72"/>
        <source>damaged mail structure</source>
        <translation>bozuk posta yapısı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="73"/>
        <source>mail could not be read; raw text kept</source>
        <translation>posta okunamadı; ham metin saklandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="74"/>
        <source>unknown character set; text approximate</source>
        <translation>bilinmeyen karakter kümesi; metin yaklaşık</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="75"/>
        <source>sender could not be read</source>
        <translation>gönderen okunamadı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="76"/>
        <source>date could not be read</source>
        <translation>tarih okunamadı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="77"/>
        <source>an attachment was too large</source>
        <translation>bir ek çok büyüktü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="78"/>
        <source>an attachment could not be read</source>
        <translation>bir ek okunamadı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="79"/>
        <source>no text</source>
        <translation>metin yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="80"/>
        <source>very long text, cut</source>
        <translation>çok uzun metin, kısaltıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="83"/>
        <source>Opened</source>
        <translation>Açıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="85"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="86"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="87"/>
        <source>Assigned</source>
        <translation>Atandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="88"/>
        <source>Assigned in turn</source>
        <translation>Sırayla atandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="89"/>
        <source>Caller linked</source>
        <translation>Arayan bağlandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="90"/>
        <source>Several matches</source>
        <translation>Birden çok eşleşme</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="91"/>
        <source>Done for the caller</source>
        <translation>Arayan için yapılan</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="92"/>
        <source>Merged into</source>
        <translation>Şununla birleştirildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="93"/>
        <source>Merged in</source>
        <translation>Buna birleştirildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="94"/>
        <source>Split off</source>
        <translation>Ayrıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="95"/>
        <source>Escalated (SLA breached)</source>
        <translation>Üst düzeye taşındı (SLA aşıldı)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="246"/>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="249"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="250"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="68"/>
        <location filename="../mebposta_admin/texts/labels.py" line="251"/>
        <source>Desk</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="254"/>
        <source>on time</source>
        <translation>zamanında</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="255"/>
        <source>due soon</source>
        <translation>süresi yaklaşıyor</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="256"/>
        <source>overdue</source>
        <translation>gecikti</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="257"/>
        <source>closed</source>
        <translation>kapandı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="110"/>
        <location filename="../mebposta_admin/texts/labels.py" line="260"/>
        <source>Received</source>
        <translation>Alındı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="261"/>
        <source>Received and rejected by the form check</source>
        <translation>Alındı; form denetiminde reddedildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="262"/>
        <source>Superseded by a newer request</source>
        <translation>Daha yeni bir talep bunun yerini aldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="263"/>
        <source>Supersedes an older request</source>
        <translation>Daha eski bir talebin yerini aldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="264"/>
        <source>Taken</source>
        <translation>Üstlenildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="265"/>
        <source>Given back</source>
        <translation>Bırakıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="266"/>
        <source>First approval (waits for a second)</source>
        <translation>İlk onay (ikinci onayı bekliyor)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="269"/>
        <source>Applied to the record</source>
        <translation>Kayda işlendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="270"/>
        <source>Notice SMS sent to the old number</source>
        <translation>Eski numaraya bildirim SMS&apos;i gönderildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="271"/>
        <source>Notice SMS refused by the gateway</source>
        <translation>Bildirim SMS&apos;ini SMS sağlayıcısı reddetti</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="272"/>
        <source>Notice SMS: the gateway did not answer</source>
        <translation>Bildirim SMS&apos;i: SMS sağlayıcısı yanıt vermedi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="275"/>
        <source>Other people with the new GSM number on file: {count}.</source>
        <translation>Yeni GSM numarası kaydında bulunan başka kişi: {count}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="278"/>
        <source>Other TCKNs whose requests asked for this GSM number in 30 days: {count}.</source>
        <translation>Son 30 günde bu GSM numarasını isteyen başka TCKN: {count}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="281"/>
        <source>{count} requests for this TCKN in 30 days.</source>
        <translation>Son 30 günde bu TCKN için {count} talep.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="282"/>
        <source>{count} requests from this institution within a day.</source>
        <translation>Bu kurumdan bir gün içinde {count} talep.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="285"/>
        <source>The person&apos;s record on file is passive.</source>
        <translation>Kişinin kaydı pasif.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="288"/>
        <source>The request is already decided.</source>
        <translation>Talep zaten sonuçlandı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="289"/>
        <source>Nobody with this TCKN is on file (the form does not create addresses).</source>
        <translation>Bu TCKN ile kayıtlı kimse yok (form yeni adres açmaz).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="292"/>
        <source>MEBBİS cannot be reached: approval waits. Rejecting still works.</source>
        <translation>MEBBİS&apos;e ulaşılamıyor: onay bekler. Reddetmek yine mümkün.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="295"/>
        <source>MEBBİS does not know this TCKN.</source>
        <translation>MEBBİS bu TCKN&apos;yi tanımıyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="296"/>
        <source>The name contradicts MEBBİS: it cannot be approved.</source>
        <translation>Ad MEBBİS ile çelişiyor: onaylanamaz.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="299"/>
        <source>MEBBİS lists the person as out of service.</source>
        <translation>MEBBİS kişiyi görevde değil olarak gösteriyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="300"/>
        <source>You gave the first approval: the second must come from someone else.</source>
        <translation>İlk onayı siz verdiniz: ikincisi başka bir yöneticiden gelmeli.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="305"/>
        <source>Correct your GSM number in MEBBİS first (MEBBİS → Bilgi Düzeltme), then send the form again.</source>
        <translation>GSM numaranızı önce MEBBİS&apos;te düzeltin (MEBBİS → Bilgi Düzeltme), sonra formu yeniden gönderin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="310"/>
        <source>The name and TCKN on the form do not match MEBBİS.</source>
        <translation>Formdaki ad ve TCKN MEBBİS ile uyuşmuyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="313"/>
        <source>No staff record was found for this TCKN.</source>
        <translation>Bu TCKN için personel kaydı bulunamadı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="314"/>
        <source>The same request was already received.</source>
        <translation>Aynı talep daha önce alındı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="315"/>
        <source>The form is incomplete or cannot be read.</source>
        <translation>Form eksik ya da okunamıyor.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="316"/>
        <source>The request was not made by the owner of the record.</source>
        <translation>Talep kaydın sahibi tarafından yapılmamış.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="319"/>
        <source>Not a real request (test, spam or nonsense).</source>
        <translation>Gerçek bir talep değil (deneme, istenmeyen ya da anlamsız).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="320"/>
        <source>Other (write the reason)</source>
        <translation>Diğer (nedeni yazın)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="115"/>
        <location filename="../mebposta_admin/texts/labels.py" line="323"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="324"/>
        <source>Surname</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="325"/>
        <source>TCKN</source>
        <translation>TCKN</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="326"/>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="327"/>
        <source>Current e-mail</source>
        <translation>Mevcut e-posta</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="328"/>
        <source>Institution / unit</source>
        <translation>Kurum / birim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="329"/>
        <source>Institution code</source>
        <translation>Kurum kodu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="41"/>
        <location filename="../mebposta_admin/texts/report_labels.py" line="80"/>
        <location filename="../mebposta_admin/texts/labels.py" line="330"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="117"/>
        <location filename="../mebposta_admin/texts/labels.py" line="331"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="332"/>
        <source>Explanation</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="335"/>
        <source>Stored</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="336"/>
        <source>Stored, with warnings</source>
        <translation>Kaydedildi, uyarılarla</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="337"/>
        <source>Stored, superseded by a later row</source>
        <translation>Kaydedildi; sonraki bir satır yerini aldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="339"/>
        <source>Skipped: the same form as an earlier row</source>
        <translation>Atlandı: önceki bir satırla aynı form</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="340"/>
        <source>Skipped: imported before</source>
        <translation>Atlandı: daha önce alınmış</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="341"/>
        <source>Same as row {0}.</source>
        <translation>{0}. satırla aynı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="342"/>
        <source>Superseded by request {0}.</source>
        <translation>{0} numaralı talep yerini aldı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="343"/>
        <source>Import report</source>
        <translation>İçe aktarma raporu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="19"/>
        <source>Created</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="20"/>
        <source>Handed over: send a new password to the new custodian</source>
        <translation>Devredildi: yeni sorumluya yeni şifre gönderin</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="23"/>
        <source>Updated</source>
        <translation>Güncellendi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="24"/>
        <source>Unchanged</source>
        <translation>Değişmedi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="25"/>
        <source>Correct (not imported: other rows were rejected)</source>
        <translation>Doğru (aktarılmadı: başka satırlar reddedildi)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="29"/>
        <source>central</source>
        <translation>merkez</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="30"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="31"/>
        <source>inactive</source>
        <translation>pasif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="32"/>
        <source>No valid primary custodian</source>
        <translation>Geçerli birincil sorumlu yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="33"/>
        <source>Unit accounts</source>
        <translation>Birim Hesapları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="38"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="39"/>
        <source>Office code</source>
        <translation>Kurum Kodu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="40"/>
        <source>Office</source>
        <translation>Kurum/Birim Adı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="42"/>
        <location filename="../mebposta_admin/texts/report_labels.py" line="114"/>
        <location filename="../mebposta_admin/texts/ticket_labels.py" line="84"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="43"/>
        <source>Quota (MB)</source>
        <translation>Kota (MB)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="44"/>
        <source>Primary custodian</source>
        <translation>Birincil Sorumlu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="45"/>
        <source>Custodian&apos;s name</source>
        <translation>Sorumlunun Adı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="46"/>
        <source>Deputies</source>
        <translation>Yardımcı Sorumlular</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="47"/>
        <source>Last password</source>
        <translation>Son Şifre</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="48"/>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="346"/>
        <source>person</source>
        <translation>kişi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="347"/>
        <source>mailbox</source>
        <translation>posta kutusu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="348"/>
        <source>request</source>
        <translation>talep</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="349"/>
        <source>import</source>
        <translation>içe aktarma</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="350"/>
        <source>settings</source>
        <translation>ayarlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="351"/>
        <source>audit trail</source>
        <translation>denetim kaydı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="352"/>
        <source>export</source>
        <translation>dışa aktarma</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="353"/>
        <source>system</source>
        <translation>sistem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="65"/>
        <location filename="../mebposta_admin/texts/labels.py" line="354"/>
        <source>administrator</source>
        <translation>yönetici</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="355"/>
        <source>MEBBİS directory</source>
        <translation>MEBBİS dizini</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="356"/>
        <source>unit account</source>
        <translation>birim hesabı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="51"/>
        <source>Audit trail — detail</source>
        <translation>Denetim kayıtları — ayrıntı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="52"/>
        <source>Events</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="53"/>
        <source>Filters</source>
        <translation>Filtreler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="54"/>
        <source>Exported by</source>
        <translation>Aktaran</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="55"/>
        <source>Exported at (Turkey)</source>
        <translation>Aktarım zamanı (Türkiye)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="56"/>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="57"/>
        <source>Audit chain</source>
        <translation>Denetim zinciri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="58"/>
        <source>Chain head covered (event · hash)</source>
        <translation>Kapsanan zincir başı (kayıt · özet)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="59"/>
        <source>never verified</source>
        <translation>hiç doğrulanmadı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="60"/>
        <source>last verification: intact</source>
        <translation>son doğrulama: sağlam</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="61"/>
        <source>last verification: BROKEN</source>
        <translation>son doğrulama: KIRIK</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="62"/>
        <source>all events of the exporter&apos;s scope</source>
        <translation>aktaranın yetki alanındaki tüm kayıtlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="63"/>
        <source>from</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="64"/>
        <source>until</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="66"/>
        <source>action</source>
        <translation>işlem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="67"/>
        <source>province</source>
        <translation>il</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="68"/>
        <source>target</source>
        <translation>hedef</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="69"/>
        <source>target number</source>
        <translation>hedef numarası</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="70"/>
        <source>outcome</source>
        <translation>sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="71"/>
        <source>text in the details</source>
        <translation>ayrıntılardaki metin</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="72"/>
        <source>trail of</source>
        <translation>şunun kayıtları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="73"/>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="74"/>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="75"/>
        <source>Workstation</source>
        <translation>İş istasyonu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="76"/>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="77"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="78"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="79"/>
        <source>Target number</source>
        <translation>Hedefin numarası</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="81"/>
        <source>Central desk (no province)</source>
        <translation>Merkez yardım masası (ilsiz)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="82"/>
        <source>Details (masked)</source>
        <translation>Ayrıntılar (maskeli)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="83"/>
        <source>Event</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="84"/>
        <source>Summary — provinces and administrators</source>
        <translation>Özet — iller ve yöneticiler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="85"/>
        <source>Info-update requests — open backlog</source>
        <translation>Bilgi güncelleme talepleri — bekleyenler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="86"/>
        <source>Provinces</source>
        <translation>İller</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="87"/>
        <source>Administrators</source>
        <translation>Yöneticiler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="88"/>
        <source>Backlog</source>
        <translation>Bekleyenler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="89"/>
        <source>Passwords sent and requests received</source>
        <translation>Gönderilen şifreler ve gelen talepler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="90"/>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="91"/>
        <source>the whole trail (no period chosen)</source>
        <translation>tüm kayıtlar (dönem seçilmedi)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="92"/>
        <source>open requests of the exporter&apos;s scope</source>
        <translation>aktaranın yetki alanındaki açık talepler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="93"/>
        <source>Passwords sent</source>
        <translation>Gönderilen şifre</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="94"/>
        <source>Passwords refused</source>
        <translation>Reddedilen şifre</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="95"/>
        <source>Passwords, outcome unknown</source>
        <translation>Sonucu bilinmeyen şifre</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="96"/>
        <source>Requests received</source>
        <translation>Gelen talep</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="97"/>
        <source>Requests approved</source>
        <translation>Onaylanan talep</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="98"/>
        <source>Requests rejected</source>
        <translation>Reddedilen talep</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="99"/>
        <source>Decided by the deadline</source>
        <translation>Süresinde sonuçlanan</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="100"/>
        <source>Unit handovers</source>
        <translation>Birim devri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="101"/>
        <source>SMS sent</source>
        <translation>Gönderilen SMS</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="102"/>
        <source>SMS failed</source>
        <translation>Başarısız SMS</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="103"/>
        <source>Tickets received</source>
        <translation>Alınan destek talebi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="104"/>
        <source>Tickets answered first within SLA</source>
        <translation>SLA içinde ilk yanıt alan talep</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="107"/>
        <source>Tickets solved</source>
        <translation>Çözülen destek talebi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="108"/>
        <source>Ticket answers sent</source>
        <translation>Gönderilen talep yanıtı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="109"/>
        <source>Request</source>
        <translation>Talep</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="111"/>
        <source>Due</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="112"/>
        <source>Age (days)</source>
        <translation>Yaş (gün)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="113"/>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="116"/>
        <source>TCKN (masked)</source>
        <translation>TCKN (maskeli)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="118"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="119"/>
        <source>Assigned to</source>
        <translation>Üstlenen</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/report_labels.py" line="120"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="360"/>
        <source>not sent yet</source>
        <translation>henüz gönderilmedi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="361"/>
        <source>sent</source>
        <translation>gönderildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="362"/>
        <source>refused by the gateway</source>
        <translation>SMS sağlayıcısı reddetti</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/texts/labels.py" line="363"/>
        <source>the gateway did not answer</source>
        <translation>SMS sağlayıcısı yanıt vermedi</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/idle_lock.py" line="55"/>
        <source>MEB Posta Yönetim — Locked</source>
        <translation>MEB Posta Yönetim — Kilitli</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/idle_lock.py" line="59"/>
        <source>Locked after {minutes} minutes without use. {name} ({username}): type your password to go on.</source>
        <translation>{minutes} dakika kullanılmadığı için kilitlendi. {name} ({username}): devam etmek için parolanızı yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/idle_lock.py" line="69"/>
        <source>123 456, or a recovery code</source>
        <translation>123 456 ya da bir kurtarma kodu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/idle_lock.py" line="70"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/idle_lock.py" line="71"/>
        <source>C&amp;ode:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/idle_lock.py" line="79"/>
        <source>Sign &amp;out</source>
        <translation>Oturumu &amp;kapat</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/idle_lock.py" line="82"/>
        <source>&amp;Unlock</source>
        <translation>Kilidi &amp;aç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/idle_lock.py" line="98"/>
        <source>Checking…</source>
        <translation>Denetleniyor…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="63"/>
        <source>MEB Posta Yönetim — Sign in</source>
        <translation>MEB Posta Yönetim — Giriş</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="74"/>
        <source>MEB Posta Yönetim</source>
        <translation>MEB Posta Yönetim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="77"/>
        <source>E-mail account administration of the Ministry of National Education</source>
        <translation>Millî Eğitim Bakanlığı e-posta hesap yönetimi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="88"/>
        <source>e.g. il06</source>
        <translation>ör. il06</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="99"/>
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="100"/>
        <source>&amp;Database:</source>
        <translation>&amp;Veritabanı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="101"/>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="102"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="120"/>
        <source>No system keyring is available: database passwords are kept in memory for this session only.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: veritabanı parolaları yalnızca bu oturum boyunca bellekte tutulur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="133"/>
        <source>&amp;Try again</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="138"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Giriş yap</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="191"/>
        <source>Double-click an account, or select it and press Enter, to fill in the form.</source>
        <translation>Formu doldurmak için bir hesaba çift tıklayın ya da hesabı seçip Enter&apos;a basın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="136"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="98"/>
        <source>123 456, or a recovery code</source>
        <translation>123 456 ya da bir kurtarma kodu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="103"/>
        <source>&amp;New password:</source>
        <translation>Ye&amp;ni parola:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="104"/>
        <source>&amp;Repeat it:</source>
        <translation>Yeni parola (&amp;tekrar):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="105"/>
        <source>C&amp;ode:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="148"/>
        <source>Demo accounts (shown in demo mode only)</source>
        <translation>Demo hesapları (yalnızca demo modunda gösterilir)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="151"/>
        <source>Demo accounts</source>
        <translation>Demo hesaplar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="153"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="153"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="153"/>
        <source>Scope</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="162"/>
        <source>National</source>
        <translation>Ülke geneli</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="164"/>
        <source>{province} / {district}</source>
        <translation>{province} / {district}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="184"/>
        <source>Password for every demo account: {password}</source>
        <translation>Tüm demo hesaplarının parolası: {password}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="214"/>
        <source>Demo database (this computer)</source>
        <translation>Demo veritabanı (bu bilgisayar)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="247"/>
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="266"/>
        <source>Creating the demo database: {done} of {total} people…</source>
        <translation>Demo veritabanı oluşturuluyor: {total} kişiden {done}…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="279"/>
        <source>{database}: sign in with your own account; the database checks it.</source>
        <translation>{database}: kendi hesabınızla girin; hesabı veritabanı denetler.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="282"/>
        <source>Connected: {database}</source>
        <translation>Bağlandı: {database}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="309"/>
        <source>Type your user name and password.</source>
        <translation>Kullanıcı adınızı ve parolanızı yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="313"/>
        <source>The two new passwords differ.</source>
        <translation>Yazılan iki yeni parola farklı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="318"/>
        <source>Signing in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="392"/>
        <source>Two-factor sign-in was not set up: your role cannot sign in without it.</source>
        <translation>İki aşamalı giriş kurulmadı: rolünüz onsuz giriş yapamaz.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/login_dialog.py" line="400"/>
        <source>Unexpected error: {error}. Details are in the log.</source>
        <translation>Beklenmeyen hata: {error}. Ayrıntılar günlük dosyasında.</translation>
    </message>
</context>
<context>
    <name>MailboxBox</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="135"/>
        <source>Mailbox</source>
        <translation>Posta kutusu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="138"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="139"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="140"/>
        <source>Quota</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="141"/>
        <source>Last password reissue</source>
        <translation>Son şifre yenileme</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="142"/>
        <source>Old addresses</source>
        <translation>Eski adresler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="143"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="144"/>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="145"/>
        <source>Quota:</source>
        <translation>Kota:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="146"/>
        <source>Old addresses:</source>
        <translation>Eski adresler:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="147"/>
        <source>Last password reissue:</source>
        <translation>Son şifre yenileme:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="148"/>
        <source>Recent SMS passwords</source>
        <translation>Son SMS şifreleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="149"/>
        <source>Recent SMS passwords:</source>
        <translation>Son SMS şifreleri:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="150"/>
        <source>Info-update requests</source>
        <translation>Bilgi güncelleme talepleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="151"/>
        <source>Info-update requests:</source>
        <translation>Bilgi güncelleme talepleri:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="154"/>
        <source>&amp;Send password by SMS</source>
        <translation>&amp;SMS ile şifre gönder</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="157"/>
        <source>&amp;End open mail sessions</source>
        <translation>Açık posta &amp;oturumlarını sonlandır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="169"/>
        <source>Make &amp;passive</source>
        <translation>&amp;Pasif yap</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="171"/>
        <source>&amp;Quota and old addresses…</source>
        <translation>Kota ve eski adr&amp;esler…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="186"/>
        <source>Outcome of the send</source>
        <translation>Gönderimin sonucu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_boxes.py" line="160"/>
        <source>Signs out Outlook, phones and webmail that use the old password (doveadm kick).</source>
        <translation>Eski şifreyi kullanan Outlook, telefon ve web postası oturumlarını kapatır (doveadm kick).</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="49"/>
        <source>Quota and old addresses of {address}</source>
        <translation>{address} kotası ve eski adresleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="60"/>
        <source>Quota in megabytes</source>
        <translation>Megabayt olarak kota</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="61"/>
        <source>&amp;Set quota</source>
        <translation>Kotayı &amp;ayarla</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="66"/>
        <source>&amp;Quota:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="70"/>
        <source>&amp;Old addresses (mail to them still arrives here):</source>
        <translation>&amp;Eski adresler (bunlara gelen posta buraya ulaşır):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="74"/>
        <source>Old addresses</source>
        <translation>Eski adresler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="79"/>
        <source>e.g. eski.adres (before @meb.gov.tr)</source>
        <translation>örn. eski.adres (@meb.gov.tr öncesi)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="80"/>
        <source>Old address to add</source>
        <translation>Eklenecek eski adres</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="81"/>
        <source>&amp;Add</source>
        <translation>Ek&amp;le</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="85"/>
        <source>&amp;Remove selected</source>
        <translation>Seçileni kal&amp;dır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="112"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="134"/>
        <source>The quota is already {size} MB.</source>
        <translation>Kota zaten {size} MB.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="141"/>
        <source>Quota set to {size} MB.</source>
        <translation>Kota {size} MB olarak ayarlandı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="151"/>
        <source>Type the old address first.</source>
        <translation>Önce eski adresi yazın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="159"/>
        <source>{address} added: mail to it arrives in this mailbox.</source>
        <translation>{address} eklendi: ona gelen posta bu posta kutusuna ulaşır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/mailbox_dialog.py" line="178"/>
        <source>{address} removed: mail to it no longer arrives.</source>
        <translation>{address} kaldırıldı: ona gelen posta artık ulaşmaz.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="42"/>
        <source>MEB Posta Yönetim</source>
        <translation>MEB Posta Yönetim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="53"/>
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="54"/>
        <source>Ctrl+1, Ctrl+2 … open a section directly.</source>
        <translation>Ctrl+1, Ctrl+2 … bir bölümü doğrudan açar.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="148"/>
        <source>System settings moved from this computer into the database: {keys}</source>
        <translation>Sistem ayarları bu bilgisayardan veritabanına taşındı: {keys}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="169"/>
        <source>&amp;Find a person</source>
        <translation>Kişi a&amp;ra</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="173"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="182"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="189"/>
        <source>Na&amp;vigate</source>
        <translation>&amp;Bölümler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="199"/>
        <source>&amp;Help and keys</source>
        <translation>&amp;Yardım ve tuşlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="203"/>
        <source>&amp;About</source>
        <translation>&amp;Hakkında</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="220"/>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="235"/>
        <source>No keyring</source>
        <translation>Anahtarlık yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="226"/>
        <source>Scope: {scope}</source>
        <translation>Kapsam: {scope}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="118"/>
        <source>Intake: {requests} new info-update requests, {tickets} new ticket messages, {escalated} tickets escalated.</source>
        <translation>Gelenler: {requests} yeni bilgi güncelleme talebi, {tickets} yeni destek iletisi, {escalated} talep üst düzeye taşındı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="229"/>
        <source>{database} (demo)</source>
        <translation>{database} (demo)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="230"/>
        <source>Database: {database}</source>
        <translation>Veritabanı: {database}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="239"/>
        <source>No system keyring is available: passwords are kept in memory for this session only and must be entered again next time.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: parolalar yalnızca bu oturum boyunca bellekte tutulur ve bir dahaki sefere yeniden girilmelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="309"/>
        <source>About MEB Posta Yönetim</source>
        <translation>MEB Posta Yönetim hakkında</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/main_window.py" line="311"/>
        <source>MEB Posta Yönetim {version}
Account administration and help desk for the Ministry of National Education&apos;s e-mail system.
Log file: {log}</source>
        <translation>MEB Posta Yönetim {version}
Millî Eğitim Bakanlığı e-posta sistemi için hesap yönetimi ve yardım masası.
Günlük dosyası: {log}</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="202"/>
        <source>One-time password for {username}</source>
        <translation>{username} için tek kullanımlık parola</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="206"/>
        <source>Give this password to {username} in person or by phone, never by e-mail. It is shown only now; at the next sign-in it must be replaced by one of their own.</source>
        <translation>Bu parolayı {username} kullanıcısına yüz yüze ya da telefonla verin, asla e-postayla değil. Yalnız şimdi gösterilir; ilk girişte kendi parolasıyla değiştirmesi gerekir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="220"/>
        <source>One-time password</source>
        <translation>Tek kullanımlık parola</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/admin_dialog.py" line="223"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="55"/>
        <source>Overview — {scope}</source>
        <translation>Genel Bakış — {scope}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="60"/>
        <source>&amp;Refresh</source>
        <translation>Yeni&amp;le</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="73"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="74"/>
        <source>Personal mailboxes</source>
        <translation>Kişisel posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="76"/>
        <source>Mailboxes without an e-mail password yet</source>
        <translation>Henüz e-posta şifresi almamış kutular</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="78"/>
        <source>Staff without a GSM number on file</source>
        <translation>Kayıtlı GSM numarası olmayan personel</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="79"/>
        <source>Inactive mailboxes</source>
        <translation>Pasif posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="80"/>
        <source>Old addresses forwarding</source>
        <translation>Yönlendirilen eski adresler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="81"/>
        <source>Unit accounts</source>
        <translation>Birim hesapları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="83"/>
        <source>Unit accounts without a valid primary custodian</source>
        <translation>Geçerli birincil sorumlusu olmayan birim hesapları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="85"/>
        <source>Institutions</source>
        <translation>Kurumlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="90"/>
        <source>Open info-update requests</source>
        <translation>Açık bilgi güncelleme talepleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="91"/>
        <source>Requests past their deadline</source>
        <translation>Süresi geçmiş talepler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="93"/>
        <source>Notice SMS to an old number not delivered</source>
        <translation>Eski numaraya iletilemeyen bildirim SMS&apos;leri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="101"/>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="106"/>
        <source>Your recent actions</source>
        <translation>Son işlemleriniz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/overview.py" line="122"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="46"/>
        <source>Overview</source>
        <translation>Genel Bakış</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="49"/>
        <source>The figures of your scope and your own recent actions. Refresh (Alt+R or F5) reads them again.</source>
        <translation>Kapsamınızın rakamları ve kendi son işlemleriniz. Yenile (Alt+L ya da F5) onları yeniden okur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="57"/>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="60"/>
        <source>Find the caller: type a name, TCKN, GSM, e-mail address or institution code. Down moves into the results, the arrow keys open the highlighted person, Up on the first row returns to the box. In the person view, Alt+T and Alt+G go to the caller check&apos;s fields, Enter in the GSM field runs the check, Alt+S sends a new password by SMS. Tab and Shift+Tab move between the parts of the screen.</source>
        <translation>Arayanı bulun: ad, TCKN, GSM, e-posta adresi ya da kurum kodu yazın. Aşağı ok sonuçlara geçer, ok tuşları vurgulanan kişiyi açar, ilk satırda Yukarı ok arama kutusuna döner. Kişi görünümünde Alt+T ve Alt+G arayan kontrolünün alanlarına gider, GSM alanında Enter kontrolü yapar, Alt+S SMS ile yeni şifre gönderir. Tab ve Shift+Tab ekranın bölümleri arasında gezer.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="71"/>
        <source>Requests</source>
        <translation>Talepler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="74"/>
        <source>Info-update requests (Kullanıcı Bilgi Güncelleme Formu) of your scope, the most urgent first: each is due the same working day (after 16:00, the next one). The arrow keys move, Enter opens the highlighted request beside our record and MEBBİS; there Alt+O approves, Alt+R rejects, Alt+K takes it, Alt+N opens the next one and Esc closes. A GSM change MEBBİS does not hold yet needs a justification and a second administrator. Shift or Ctrl with the arrows selects several to reject at once (Alt+J). Alt+N here takes a new form by phone, Alt+I imports an Excel export.</source>
        <translation>Yetki alanınızdaki bilgi güncelleme talepleri (Kullanıcı Bilgi Güncelleme Formu), en acili başta: her talep aynı iş günü sonuçlanmalıdır (16:00&apos;dan sonra gelen, ertesi iş günü). Ok tuşları gezinir, Enter seçili talebi kaydımız ve MEBBİS ile yan yana açar; orada Alt+O onaylar, Alt+R reddeder, Alt+T üstlenir, Alt+S sonrakini açar, Esc kapatır. Yeni GSM numarası MEBBİS&apos;te henüz yoksa değişiklik gerekçe ve ikinci bir yöneticinin onayını ister. Shift ya da Ctrl ile ok tuşları birden çok talebi seçer; Alt+R hepsini birden reddeder. Burada Alt+P telefonla gelen yeni bir formu alır, Alt+E bir Excel dökümünü içe aktarır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="88"/>
        <source>Tickets</source>
        <translation>Destek Talepleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="91"/>
        <source>The help desk&apos;s tickets of your scope — from posta@meb.gov.tr, the help-desk portal and the phone — what breaches its SLA first on top, with its timer. The arrow keys open the highlighted ticket beside the list: the caller (linked to their record, or the matches to choose from), the SLA clocks and the messages. Alt+O confirms the suggested category, Alt+K takes the ticket, Alt+T assigns it to the next administrator of its queue, Alt+I inserts the manual&apos;s answer filled from the caller&apos;s mailbox, Alt+A sends the answer by e-mail, Alt+N adds it as an internal note, Alt+L marks the ticket solved. Alt+C opens the caller&apos;s record, Alt+S sends a password by SMS, Alt+U takes a new info-update request, Alt+E links the chosen match; the ticket records each. Alt+P takes a phone call as a new ticket, Alt+M shows only the tickets you took.</source>
        <translation>Kapsamınızdaki yardım masası talepleri — posta@meb.gov.tr, yardım masası portalı ve telefondan — SLA süresi ilk dolacak olan en üstte, sayacıyla. Ok tuşları seçili talebi listenin yanında açar: arayan (kaydına bağlı, ya da seçilecek eşleşmeler), SLA sayaçları ve iletiler. Alt+O önerilen kategoriyi onaylar, Alt+N talebi üstlenir, Alt+R kuyruğun sıradaki yöneticisine atar, Alt+H arayanın posta kutusundan doldurulmuş hazır yanıtı ekler, Alt+A yanıtı e-postayla gönderir, Alt+T iç not olarak ekler, Alt+Z talebi çözüldü olarak işaretler. Alt+K arayanın kaydını açar, Alt+F SMS ile şifre gönderir, Alt+G yeni bilgi güncelleme talebi alır, Alt+E seçili eşleşmeyi bağlar; talep her birini kaydeder. Alt+P telefon görüşmesini yeni talep olarak açar, Alt+S yalnızca üstlendiklerinizi gösterir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="108"/>
        <source>Unit accounts</source>
        <translation>Birim Hesapları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="111"/>
        <source>The offices&apos; shared mailboxes of your scope (maarif07@, district units, central units): type an address or an office&apos;s name, Alt+W shows only those without a valid primary custodian. The arrow keys open a unit: its custodians present and past and its history. Alt+S sends a new password by SMS to the primary custodian, Alt+H hands the unit over (the dialog proposes a new password, because the old custodian knew it), Alt+E adds a deputy and Alt+T ends a deputy&apos;s custody, Alt+Q opens the quota and old addresses, Alt+D deactivates or reactivates it. Alt+I imports unit accounts and custodians from Excel (all rows or none, with a report), Alt+X exports the list.</source>
        <translation>Yetki alanınızdaki birimlerin ortak posta kutuları (maarif07@, ilçe birimleri, merkez birimleri): bir adres veya birim adı yazın; Alt+O yalnız geçerli birincil sorumlusu olmayanları gösterir. Ok tuşları bir birimi açar: şimdiki ve eski sorumluları ve geçmişi. Alt+G birincil sorumluya SMS ile yeni şifre gönderir, Alt+V birimi devreder (eski sorumlu şifreyi bildiği için pencere yeni şifre önerir), Alt+S yardımcı sorumlu ekler, Alt+T bir yardımcı sorumlunun sorumluluğunu bitirir, Alt+A kotayı ve eski adresleri açar, Alt+P / Alt+K pasif veya aktif yapar, Alt+M geçmişin tamamını Denetim&apos;de açar. Alt+E birim hesaplarını ve sorumlularını Excel&apos;den içe aktarır (ya hepsi ya hiçbiri, raporla), Alt+L listeyi Excel&apos;e aktarır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="126"/>
        <source>Audit trail</source>
        <translation>Denetim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="129"/>
        <source>Who did what to whose mailbox, when and from where — the events of your scope, newest first. Filter by period, administrator, action, province, target and its number, outcome or a text in the details; the arrow keys open an event in full (personal data stays masked: a reveal shows that it happened, never the value). Alt+V verifies the hash chain that shows any change made behind the application&apos;s back; the last verification is shown at the top.</source>
        <translation>Kim, kimin posta kutusuna, ne zaman, nereden ne yaptı — yetki alanınızın kayıtları, en yenisi önce. Döneme, yöneticiye, işleme, ile, hedefe ve numarasına, sonuca veya ayrıntılardaki bir metne göre süzün; ok tuşları bir kaydın tamamını açar (kişisel veriler maskeli kalır: bir gösterme işlemi yapıldığını söyler, değeri asla). Alt+Z, uygulamanın dışından yapılan her değişikliği ortaya çıkaran özet zincirini doğrular; son doğrulama en üstte görünür. Alt+K filtreleri kaldırır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="141"/>
        <source>Administration</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/registry.py" line="144"/>
        <source>The administrators: who may sign in, with which role and scope, their last sign-in, failed attempts and lockouts. Type the start of a user name or choose a role; Alt+L shows only the locked, disabled or failing. The arrow keys open an account: Alt+E changes its name, role and scope, Alt+D disables it (Alt+B enables it again), Alt+R gives it a one-time password (shown once, replaced at the next sign-in), Alt+U unlocks it, Alt+T forgets its authenticator (a lost phone), Alt+A opens what was done to it in the audit trail. Alt+N adds an administrator with a one-time password. Every change is recorded with the values before and after.</source>
        <translation>Yöneticiler: kim, hangi rol ve kapsamla giriş yapabilir; son girişleri, hatalı denemeleri ve kilitlenmeleri. Bir kullanıcı adının başını yazın ya da bir rol seçin; Alt+K yalnız kilitli, devre dışı ya da hatalı girişi olanları gösterir. Ok tuşları bir hesabı açar: Alt+Z adını, rolünü ve kapsamını değiştirir, Alt+R devre dışı bırakır (Alt+E yeniden etkinleştirir), Alt+P tek kullanımlık bir parola verir (bir kez gösterilir, ilk girişte değiştirilir), Alt+A kilidini açar, Alt+F doğrulama uygulamasını unutur (kaybolan telefon), Alt+I ona yapılanları denetim izinde açar. Alt+N tek kullanımlık parolayla yeni bir yönetici ekler. Her değişiklik önceki ve sonraki değerleriyle kaydedilir.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="59"/>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="67"/>
        <source>Name and surname, TCKN, GSM, e-mail address or institution code</source>
        <translation>Ad soyad, TCKN, GSM, e-posta adresi ya da kurum kodu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="70"/>
        <source>Search people</source>
        <translation>Kişi ara</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="76"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="78"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="85"/>
        <location filename="../mebposta_admin/ui/pages/people.py" line="86"/>
        <source>Institution code</source>
        <translation>Kurum kodu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="92"/>
        <source>Mailbox status</source>
        <translation>Posta kutusu durumu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="93"/>
        <source>All mailboxes</source>
        <translation>Tüm posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="94"/>
        <source>Active mailboxes</source>
        <translation>Aktif posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="95"/>
        <source>Inactive mailboxes</source>
        <translation>Pasif posta kutuları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="96"/>
        <source>No e-mail password yet</source>
        <translation>Henüz e-posta şifresi yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="116"/>
        <source>Unit accounts matching</source>
        <translation>Eşleşen birim hesapları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="126"/>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="217"/>
        <source>All provinces</source>
        <translation>Tüm iller</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="218"/>
        <location filename="../mebposta_admin/ui/pages/people.py" line="256"/>
        <source>All districts</source>
        <translation>Tüm ilçeler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="306"/>
        <source>central</source>
        <translation>merkez</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="308"/>
        <source>Unit account: {address} — {office} ({place})</source>
        <translation>Birim hesabı: {address} — {office} ({place})</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="317"/>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="327"/>
        <source>Nobody found. Check the spelling, or search by TCKN.</source>
        <translation>Kimse bulunamadı. Yazımı denetleyin ya da TCKN ile arayın.</translation>
    </message>
    <message numerus="yes">
        <location filename="../mebposta_admin/ui/pages/people.py" line="345"/>
        <source>%Ln person(s) found</source>
        <translation>
            <numerusform>%Ln kişi bulundu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="348"/>
        <source>More than {count} people found: narrow the search.</source>
        <translation>{count} kişiden fazla sonuç var: aramayı daraltın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/people.py" line="356"/>
        <source>Search failed: {error}</source>
        <translation>Arama başarısız: {error}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="25"/>
        <source>Name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="26"/>
        <source>TCKN</source>
        <translation>TCKN</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="27"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="28"/>
        <source>Province / district</source>
        <translation>İl / ilçe</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="29"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="30"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="36"/>
        <source>no mailbox</source>
        <translation>posta kutusu yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="37"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="37"/>
        <source>inactive</source>
        <translation>pasif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/people_model.py" line="73"/>
        <source>The mailbox is inactive</source>
        <translation>Posta kutusu pasif</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="389"/>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="390"/>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="38"/>
        <source>Search for a caller, then select a row (click or arrow keys) to open them.</source>
        <translation>Arayanı arayın, sonra açmak için bir satır seçin (tıklayarak ya da ok tuşlarıyla).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="174"/>
        <source>Opening the record…</source>
        <translation>Kayıt açılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="201"/>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="242"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="201"/>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="242"/>
        <source>Inactive</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="207"/>
        <source>no GSM on file</source>
        <translation>kayıtlı GSM yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="213"/>
        <source>Your role may not see personal data unmasked.</source>
        <translation>Rolünüz kişisel verileri maskesiz göremez.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="231"/>
        <source>no mailbox</source>
        <translation>posta kutusu yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="245"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="250"/>
        <source>never — no e-mail password issued yet</source>
        <translation>hiç — henüz e-posta şifresi verilmedi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="272"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="280"/>
        <source>Make &amp;passive</source>
        <translation>&amp;Pasif yap</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="280"/>
        <source>Make &amp;active</source>
        <translation>&amp;Aktif yap</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="318"/>
        <source>Shown</source>
        <translation>Gösterildi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="372"/>
        <source>No error: the password screen accepts these details.</source>
        <translation>Hata yok: şifre ekranı bu bilgileri kabul eder.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="376"/>
        <source>The caller saw: “{message}”</source>
        <translation>Arayanın gördüğü uyarı: “{message}”</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="401"/>
        <source>Make the mailbox passive</source>
        <translation>Posta kutusunu pasif yap</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_panel.py" line="403"/>
        <source>Make {address} passive? Nobody can sign in to it until it is made active again.</source>
        <translation>{address} pasif yapılsın mı? Yeniden aktif yapılana kadar kimse oturum açamaz.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_picker.py" line="30"/>
        <source>Name and surname, or TCKN, then Enter</source>
        <translation>Ad soyad ya da TCKN, sonra Enter</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_picker.py" line="32"/>
        <source>People found</source>
        <translation>Bulunan kişiler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_picker.py" line="45"/>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/person_picker.py" line="63"/>
        <source>no GSM on file</source>
        <translation>kayıtlı GSM yok</translation>
    </message>
    <message numerus="yes">
        <location filename="../mebposta_admin/ui/widgets/person_picker.py" line="69"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n kişi bulundu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneTicketDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="47"/>
        <source>New ticket from a phone call</source>
        <translation>Telefon görüşmesinden yeni talep</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="61"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Konu:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="62"/>
        <source>Caller&apos;s &amp;name:</source>
        <translation>Arayanın &amp;adı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="63"/>
        <source>Caller&apos;s e-&amp;mail:</source>
        <translation>Arayanın &amp;e-postası:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="64"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="65"/>
        <source>What the caller &amp;said:</source>
        <translation>Arayanın &amp;söyledikleri:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="66"/>
        <source>P&amp;riority:</source>
        <translation>Ö&amp;ncelik:</translation>
    </message>
</context>
<context>
    <name>ReissueController</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="40"/>
        <source>This person has no mailbox.</source>
        <translation>Bu kişinin posta kutusu yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="42"/>
        <source>The mailbox is inactive.</source>
        <translation>Posta kutusu pasif.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="44"/>
        <source>There is no GSM number on file.</source>
        <translation>Kayıtlı GSM numarası yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="50"/>
        <source>No password can be sent: {reason}</source>
        <translation>Şifre gönderilemez: {reason}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="58"/>
        <source>Checking…</source>
        <translation>Denetleniyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="76"/>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="90"/>
        <source>The selection changed: nothing was sent.</source>
        <translation>Seçim değişti: hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="80"/>
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
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="83"/>
        <source>Waiting for your confirmation…</source>
        <translation>Onayınız bekleniyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="84"/>
        <source>Send password</source>
        <translation>Şifre gönder</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="85"/>
        <source>Not sent.</source>
        <translation>Gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="92"/>
        <source>Sending the SMS…</source>
        <translation>SMS gönderiliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="111"/>
        <source>Sent: the new password went by SMS to {gsm} (job {job}). The caller can sign in with it now.</source>
        <translation>Gönderildi: yeni şifre {gsm} numarasına SMS ile gitti (iş no {job}). Arayan şimdi bu şifreyle giriş yapabilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="116"/>
        <source>Open sessions ended: {count}.</source>
        <translation>Kapatılan açık oturum: {count}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/reissue_controller.py" line="118"/>
        <source>Open sessions could not be ended.</source>
        <translation>Açık oturumlar kapatılamadı.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/reject_dialog.py" line="24"/>
        <source>Reject requests</source>
        <translation>Talepleri reddet</translation>
    </message>
    <message numerus="yes">
        <location filename="../mebposta_admin/ui/dialogs/reject_dialog.py" line="27"/>
        <source>Reject %n request(s)? The reason is recorded with each.</source>
        <translation>
            <numerusform>%n talep reddedilsin mi? Neden her birine kaydedilir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/reject_dialog.py" line="35"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Neden:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/reject_dialog.py" line="41"/>
        <source>&amp;In your words:</source>
        <translation>&amp;Kendi sözlerinizle:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/reject_dialog.py" line="43"/>
        <source>Reason in your words</source>
        <translation>Kendi sözlerinizle neden</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/reject_dialog.py" line="50"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Reddet</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/reject_dialog.py" line="65"/>
        <source>Write the reason: “Other” needs it.</source>
        <translation>Nedeni yazın: “Diğer” için gerekli.</translation>
    </message>
</context>
<context>
    <name>RequestComparison</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="58"/>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="58"/>
        <source>Request</source>
        <translation>Talep</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="58"/>
        <source>Our record</source>
        <translation>Kaydımız</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="58"/>
        <source>MEBBİS</source>
        <translation>MEBBİS</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="60"/>
        <source>Request, our record and MEBBİS</source>
        <translation>Talep, kaydımız ve MEBBİS</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="95"/>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="99"/>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="106"/>
        <source>Request #{id} — {name}</source>
        <translation>Talep #{id} — {name}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="109"/>
        <source>{status} · due {due} ({deadline}) · {source} · received {received}</source>
        <translation>{status} · son tarih {due} ({deadline}) · {source} · geliş {received}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="117"/>
        <source>taken by {who}</source>
        <translation>üstlenen: {who}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="142"/>
        <source>First approval by {who} at {at}, with the justification “{why}” — a second administrator&apos;s approval applies the change.</source>
        <translation>İlk onay: {who}, {at}; gerekçesi: “{why}” — değişikliği ikinci bir yöneticinin onayı uygular.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="149"/>
        <source>MEBBİS does not hold the new GSM number yet. Approving records the first approval with your justification; a second administrator applies it (four eyes). The usual advice is to correct the number in MEBBİS first.</source>
        <translation>Yeni GSM numarası MEBBİS&apos;te henüz yok. Onaylamak, gerekçenizle birlikte ilk onayı kaydeder; değişikliği ikinci bir yönetici uygular (dört göz). Olağan öneri, numaranın önce MEBBİS&apos;te düzeltilmesidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="155"/>
        <source>The person wrote: “{note}”</source>
        <translation>Kişinin yazdığı: “{note}”</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="171"/>
        <source>Superseded by request #{id}.</source>
        <translation>#{id} numaralı talep bunun yerini aldı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="175"/>
        <source>{status} by {who} at {at}.</source>
        <translation>{status}: {who}, {at}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="184"/>
        <source>MEBBİS cannot be reached: approval waits until it answers; rejecting still works. ({reason})</source>
        <translation>MEBBİS&apos;e ulaşılamıyor: onay, MEBBİS yanıt verene kadar bekler; reddetmek yine mümkün. ({reason})</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="188"/>
        <source>MEBBİS has no record for this TCKN.</source>
        <translation>MEBBİS&apos;te bu TCKN&apos;ye ait kayıt yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="191"/>
        <source>MEBBİS already holds the new GSM number: one approval applies it.</source>
        <translation>Yeni GSM numarası MEBBİS&apos;te zaten kayıtlı: tek onay yeterli.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="192"/>
        <source>MEBBİS does not hold the new GSM number.</source>
        <translation>Yeni GSM numarası MEBBİS&apos;te yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="193"/>
        <source>MEBBİS has a record for this TCKN.</source>
        <translation>MEBBİS&apos;te bu TCKN&apos;ye ait kayıt var.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="198"/>
        <source>same</source>
        <translation>aynı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/request_comparison.py" line="198"/>
        <source>different</source>
        <translation>farklı</translation>
    </message>
</context>
<context>
    <name>RequestEntryDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="37"/>
        <source>New info-update request</source>
        <translation>Yeni bilgi güncelleme talebi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="42"/>
        <source>&amp;Name:</source>
        <translation>A&amp;d:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="43"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Soyad:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="44"/>
        <source>&amp;TCKN:</source>
        <translation>&amp;TCKN:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="45"/>
        <source>&amp;GSM:</source>
        <translation>&amp;GSM:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="46"/>
        <source>Current &amp;e-mail:</source>
        <translation>&amp;Mevcut e-posta:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="47"/>
        <source>Institution / &amp;unit:</source>
        <translation>Kurum / &amp;birim adı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="48"/>
        <source>Institution &amp;code:</source>
        <translation>Kurum k&amp;odu:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="63"/>
        <source>&amp;Province:</source>
        <translation>İ&amp;l:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="65"/>
        <source>&amp;District:</source>
        <translation>İlç&amp;e:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="73"/>
        <source>E&amp;xplanation:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="77"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="78"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="79"/>
        <source>In person</source>
        <translation>Yüz yüze</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="80"/>
        <source>Ta&amp;ken by:</source>
        <translation>Alındığı &amp;yol:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="88"/>
        <source>S&amp;ave</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="114"/>
        <source>(not given)</source>
        <translation>(belirtilmedi)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_entry.py" line="136"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>RequestReviewDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="89"/>
        <source>Info-update request</source>
        <translation>Bilgi güncelleme talebi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="106"/>
        <source>&amp;Justification (how you confirmed who asks):</source>
        <translation>G&amp;erekçe (arayanın kimliğini nasıl doğruladınız):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="110"/>
        <source>Justification</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="121"/>
        <source>Ta&amp;ke</source>
        <translation>Üs&amp;tlen</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="123"/>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="196"/>
        <source>Appr&amp;ove</source>
        <translation>&amp;Onayla</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="125"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Reddet…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="127"/>
        <source>&amp;Send the notice again</source>
        <translation>Bildirimi &amp;yeniden gönder</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="129"/>
        <source>New &amp;password to the new number…</source>
        <translation>Yeni numaraya şifre &amp;gönder…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="131"/>
        <source>&amp;Next</source>
        <translation>&amp;Sonraki</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="133"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="162"/>
        <source>Reading the request and asking MEBBİS…</source>
        <translation>Talep okunuyor, MEBBİS&apos;e soruluyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="192"/>
        <source>Appr&amp;ove (first of two)</source>
        <translation>&amp;Onayla (iki onaydan ilki)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="194"/>
        <source>Appr&amp;ove (second approval)</source>
        <translation>&amp;Onayla (ikinci onay)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="260"/>
        <source>Approving…</source>
        <translation>Onaylanıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="282"/>
        <source>First approval recorded. A second administrator with scope for this request applies it.</source>
        <translation>İlk onay kaydedildi. Değişikliği, talebin bölgesinde yetkili ikinci bir yönetici uygular.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="287"/>
        <source>nothing</source>
        <translation>hiçbir şey</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="288"/>
        <source>Approved and applied to the record (changed: {changed}).</source>
        <translation>Onaylandı ve kayda işlendi (değişen: {changed}).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="292"/>
        <source>Notice SMS to the old number {gsm}: {state}.</source>
        <translation>Eski numaraya ({gsm}) bildirim SMS&apos;i: {state}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="324"/>
        <source>Rejecting…</source>
        <translation>Reddediliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="337"/>
        <source>Rejected. The reason is recorded.</source>
        <translation>Reddedildi. Neden kaydedildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="365"/>
        <source>Sending the notice again…</source>
        <translation>Bildirim yeniden gönderiliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="382"/>
        <source>Notice SMS to {gsm}: {state}.</source>
        <translation>{gsm} numarasına bildirim SMS&apos;i: {state}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/request_review.py" line="406"/>
        <source>Send a new e-mail password by SMS to {name}?

Mailbox: {address}
To the new GSM on file: {gsm}</source>
        <translation>{name} için SMS ile yeni e-posta şifresi gönderilsin mi?

Posta kutusu: {address}
Kayıtlı yeni GSM: {gsm}</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="57"/>
        <source>Info-update requests</source>
        <translation>Bilgi güncelleme talepleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="68"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="72"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="73"/>
        <source>All provinces</source>
        <translation>Tüm iller</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="76"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="77"/>
        <source>All sources</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="81"/>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="82"/>
        <source>Any age</source>
        <translation>Her yaşta</translation>
    </message>
    <message numerus="yes">
        <location filename="../mebposta_admin/ui/pages/requests.py" line="84"/>
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>%n günden eski</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="85"/>
        <source>O&amp;verdue only</source>
        <translation>Yalnız &amp;gecikenler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="86"/>
        <source>&amp;Taken by me</source>
        <translation>Ba&amp;na atananlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="101"/>
        <source>Requests</source>
        <translation>Talepler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="117"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="119"/>
        <source>Ta&amp;ke</source>
        <translation>Üs&amp;tlen</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="120"/>
        <source>Take the highlighted request: it is yours to decide</source>
        <translation>Seçili talebi üstlenin: kararı size kalır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="122"/>
        <source>Re&amp;ject selected…</source>
        <translation>Seçilenleri &amp;reddet…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="124"/>
        <source>&amp;New request…</source>
        <translation>Yeni tale&amp;p…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="125"/>
        <source>A form taken by phone or e-mail</source>
        <translation>Telefonla ya da e-postayla alınan bir form</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="127"/>
        <source>&amp;Import Excel…</source>
        <translation>&amp;Excel&apos;den içe aktar…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="129"/>
        <source>&amp;Cancel import</source>
        <translation>İçe aktarmayı d&amp;urdur</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="132"/>
        <source>&amp;Refresh</source>
        <translation>Yeni&amp;le</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="216"/>
        <source>{open} open · {overdue} overdue · {soon} due within two hours · {second} waiting for a second approval · {mine} taken by you · {today} received today</source>
        <translation>{open} açık · {overdue} gecikmiş · {soon} iki saat içinde dolacak · {second} ikinci onay bekliyor · {mine} sizde · bugün {today} geldi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="232"/>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="233"/>
        <source>No requests match these filters.</source>
        <translation>Bu süzgeçlere uyan talep yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="302"/>
        <source>Taking the request…</source>
        <translation>Talep üstleniliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="317"/>
        <source>You took the request of {name}.</source>
        <translation>{name} adlı kişinin talebini üstlendiniz.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="328"/>
        <source>Rejecting…</source>
        <translation>Reddediliyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../mebposta_admin/ui/pages/requests.py" line="345"/>
        <source>%n request(s) rejected.</source>
        <translation>
            <numerusform>%n talep reddedildi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="358"/>
        <source>Import requests from Excel</source>
        <translation>Talepleri Excel&apos;den içe aktar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="358"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="367"/>
        <source>Importing {file}…</source>
        <translation>{file} içe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="370"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="370"/>
        <source>Verdict</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="370"/>
        <source>Reasons</source>
        <translation>Nedenler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="389"/>
        <source>Importing: row {done} of {total}…</source>
        <translation>İçe aktarılıyor: {total} satırın {done}. satırı…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="405"/>
        <source>{rows} rows read: {stored} stored, {rejected} rejected, {repeated} repeated, {before} imported before. The row-by-row report is in {report}.</source>
        <translation>{rows} satır okundu: {stored} kaydedildi, {rejected} reddedildi, {repeated} tekrar, {before} daha önce alınmış. Satır satır rapor: {report}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/requests.py" line="423"/>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="47"/>
        <source>Systems the requests use</source>
        <translation>Taleplerin kullandığı sistemler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="50"/>
        <source>empty: the imported MEBBİS export</source>
        <translation>boş: içe aktarılmış MEBBİS dökümü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="52"/>
        <source>empty: the portal is not polled</source>
        <translation>boş: portal sorgulanmaz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="53"/>
        <source>MEBBİS address:</source>
        <translation>MEBBİS adresi:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="54"/>
        <source>Help-desk portal address:</source>
        <translation>Yardım masası portalı adresi:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="56"/>
        <source>Same-day deadline</source>
        <translation>Aynı gün içinde sonuçlandırma</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="65"/>
        <source>Cut-off (later: the next working day):</source>
        <translation>Son saat (sonrası: ertesi iş günü):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="66"/>
        <source>Local holidays:</source>
        <translation>Yerel tatiller:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="67"/>
        <source>Worked weekend days:</source>
        <translation>Çalışılan hafta sonu günleri:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="71"/>
        <source>Turkish public holidays, the moving Bayrams and their half-day eves are known already; add only local closures and worked Saturdays.</source>
        <translation>Resmî tatiller, dini bayramlar ve yarım günlük arifeler zaten biliniyor; yalnızca yerel tatilleri ve çalışılan cumartesileri ekleyin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="77"/>
        <source>Names of unit accounts</source>
        <translation>Birim hesaplarının adları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="81"/>
        <source>Naming rule of an İl MEM</source>
        <translation>İl MEM adlandırma kuralı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="84"/>
        <source>Naming rule of an İlçe MEM</source>
        <translation>İlçe MEM adlandırma kuralı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="85"/>
        <source>İl MEM:</source>
        <translation>İl MEM:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="86"/>
        <source>İlçe MEM:</source>
        <translation>İlçe MEM:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="90"/>
        <source>{plate} is the province&apos;s plate (07), {district} the district&apos;s name in a–z (muratpasa). New unit accounts must follow the rule; existing ones keep their address. A central unit names itself.</source>
        <translation>{plate} ilin plaka kodu (07), {district} ilçenin a–z ile yazılmış adıdır (muratpasa). Yeni birim hesapları kurala uymalıdır; var olanlar adreslerini korur. Merkez birimleri adlarını kendileri seçer.</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/requests_model.py" line="36"/>
        <source>Deadline</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/requests_model.py" line="37"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/requests_model.py" line="38"/>
        <source>TCKN</source>
        <translation>TCKN</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/requests_model.py" line="39"/>
        <source>Province / district</source>
        <translation>İl / ilçe</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/requests_model.py" line="40"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/requests_model.py" line="41"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/requests_model.py" line="42"/>
        <source>Taken by</source>
        <translation>Üstlenen</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/requests_model.py" line="43"/>
        <source>Received</source>
        <translation>Geliş</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="61"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="74"/>
        <source>Personal</source>
        <translation>Kişisel</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="75"/>
        <source>This computer</source>
        <translation>Bu bilgisayar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="79"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="80"/>
        <source>Requests and units</source>
        <translation>Talepler ve birimler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Interface</source>
        <translation>Arayüz</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="106"/>
        <source>A new language takes effect the next time the program starts.</source>
        <translation>Yeni dil, program bir sonraki açılışında geçerli olur.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="124"/>
        <source>Database connection profiles</source>
        <translation>Veritabanı bağlantı profilleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="135"/>
        <source>stored in the system keyring</source>
        <translation>sistem anahtarlığında saklanır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="136"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="137"/>
        <source>Address (URL):</source>
        <translation>Adres (URL):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="138"/>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="158"/>
        <source>Credentials and tools of this computer</source>
        <translation>Bu bilgisayarın kimlik bilgileri ve araçları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="182"/>
        <source>SMS gateway password:</source>
        <translation>SMS ağ geçidi parolası:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="183"/>
        <source>Mail servers&apos; database password:</source>
        <translation>Posta sunucuları veritabanının parolası:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Keyring: {backend}</source>
        <translation>Anahtarlık: {backend}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="193"/>
        <source>No system keyring is available: passwords are kept in memory for this session only and must be entered again next time.</source>
        <translation>Sistem anahtarlığı kullanılamıyor: parolalar yalnızca bu oturum boyunca bellekte tutulur ve bir dahaki sefere yeniden girilmelidir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="255"/>
        <source>Demo database: SMS are shown on this screen, never sent.</source>
        <translation>Tanıtım veritabanı: SMS&apos;ler gönderilmez, bu ekranda gösterilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="290"/>
        <source>not set</source>
        <translation>ayarlanmamış</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="296"/>
        <source>Sign in to see the system settings.</source>
        <translation>Sistem ayarlarını görmek için giriş yapın.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="298"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="428"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="163"/>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="168"/>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="175"/>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="180"/>
        <source>stored in the keyring (leave empty to keep)</source>
        <translation>anahtarlıkta saklanır (değiştirmemek için boş bırakın)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="208"/>
        <source>These settings apply to every workstation. Each change is recorded in the audit trail with the values before and after.</source>
        <translation>Bu ayarlar bütün iş istasyonlarında geçerlidir. Her değişiklik, önceki ve sonraki değerleriyle denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="213"/>
        <source>These settings apply to every workstation; only a system administrator can change them.</source>
        <translation>Bu ayarlar bütün iş istasyonlarında geçerlidir; bunları yalnızca bir sistem yöneticisi değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="220"/>
        <source>SMS gateway</source>
        <translation>SMS ağ geçidi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="227"/>
        <source>Gateway address:</source>
        <translation>Ağ geçidi adresi:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="228"/>
        <source>User code:</source>
        <translation>Kullanıcı kodu:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="229"/>
        <source>Sender name:</source>
        <translation>Gönderici adı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="186"/>
        <source>Dovecot configuration (doveadm):</source>
        <translation>Dovecot yapılandırması (doveadm):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="81"/>
        <source>Help desk</source>
        <translation>Yardım masası</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="82"/>
        <source>Sign-in</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="104"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="105"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="112"/>
        <source>As the desktop (light or dark)</source>
        <translation>Masaüstü gibi (açık ya da koyu)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="113"/>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="114"/>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="120"/>
        <source>Appearance</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="121"/>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Görünüm:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="127"/>
        <source>Connection profiles</source>
        <translation>Bağlantı profilleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="141"/>
        <source>&amp;Add or update</source>
        <translation>&amp;Ekle veya güncelle</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="142"/>
        <source>Re&amp;move</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="184"/>
        <source>MEBBİS access token:</source>
        <translation>MEBBİS erişim anahtarı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="185"/>
        <source>Help-desk portal token:</source>
        <translation>Yardım masası portalı anahtarı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="231"/>
        <source>Password reissue</source>
        <translation>Şifre gönderimi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="235"/>
        <source> per mailbox in 24 hours</source>
        <translation> (posta kutusu başına, 24 saatte)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="238"/>
        <source> per administrator per hour</source>
        <translation> (yönetici başına, saatte)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="241"/>
        <source>10 characters, no look-alikes (recommended)</source>
        <translation>10 karakter, benzer harfler yok (önerilir)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="244"/>
        <source>8 digits, as the manual shows</source>
        <translation>8 rakam, kılavuzda gösterildiği gibi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="246"/>
        <source>New passwords</source>
        <translation>Yeni şifreler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="248"/>
        <source>empty: the mail servers read this database</source>
        <translation>boş: posta sunucuları bu veritabanını okur</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="249"/>
        <source>SMS passwords at most:</source>
        <translation>En çok SMS şifresi:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="250"/>
        <source>Sends at most:</source>
        <translation>En çok gönderim:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="251"/>
        <source>New passwords:</source>
        <translation>Yeni şifreler:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="252"/>
        <source>Mail servers&apos; database:</source>
        <translation>Posta sunucularının veritabanı:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_dialog.py" line="371"/>
        <source>Give the profile a name (not “demo”).</source>
        <translation>Profile bir ad verin (“demo” olamaz).</translation>
    </message>
</context>
<context>
    <name>SignInTab</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="244"/>
        <source>Two-factor sign-in (authenticator app)</source>
        <translation>İki aşamalı giriş (doğrulama uygulaması)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="249"/>
        <source>These roles give a 6-digit code from an authenticator app after the password; at their next sign-in they set it up with a QR code and get ten recovery codes.</source>
        <translation>Bu roller parolanın ardından bir doğrulama uygulamasının 6 haneli kodunu verir; bir sonraki girişlerinde bunu karekodla kurar ve on kurtarma kodu alırlar.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="261"/>
        <source>Idle lock</source>
        <translation>Boşta kilitleme</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="265"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="266"/>
        <source>Lock after idle minutes</source>
        <translation>Kaç dakika boşta kalınca kilitlensin</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/settings_tabs.py" line="267"/>
        <source>Lock after (minutes without use):</source>
        <translation>Kilitle (kullanılmadan geçen dakika):</translation>
    </message>
</context>
<context>
    <name>SmsReissue</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/sms_reissue.py" line="70"/>
        <source>Checking…</source>
        <translation>Denetleniyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/sms_reissue.py" line="84"/>
        <source>Send password</source>
        <translation>Şifre gönder</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/sms_reissue.py" line="85"/>
        <source>No password was sent.</source>
        <translation>Şifre gönderilmedi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/sms_reissue.py" line="87"/>
        <source>Sending the SMS…</source>
        <translation>SMS gönderiliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/sms_reissue.py" line="104"/>
        <source>Sent: the new password went by SMS to {gsm} (job {job}).</source>
        <translation>Gönderildi: yeni şifre {gsm} numarasına SMS ile gitti (iş {job}).</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="64"/>
        <source>Choose a ticket in the queue.</source>
        <translation>Kuyruktan bir talep seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="82"/>
        <source>The ticket&apos;s messages</source>
        <translation>Talebin iletileri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="86"/>
        <source>Your answer to the caller, or a note…</source>
        <translation>Arayana yanıtınız ya da bir not…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="88"/>
        <source>Answer</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="102"/>
        <source>The caller check and the mailbox, in People</source>
        <translation>Arayan denetimi ve posta kutusu, Kişiler bölümünde</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="104"/>
        <source>Send a password by &amp;SMS…</source>
        <translation>SMS ile şi&amp;fre gönder…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="107"/>
        <source>New info-&amp;update request…</source>
        <translation>Yeni bilgi &amp;güncelleme talebi…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="114"/>
        <source>Matches</source>
        <translation>Eşleşmeler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="124"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="127"/>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="252"/>
        <source>C&amp;onfirm category</source>
        <translation>Kategoriyi &amp;onayla</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="130"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="135"/>
        <source>Assign the ticket to yourself</source>
        <translation>Talebi kendinize atayın</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="101"/>
        <source>Open the re&amp;cord</source>
        <translation>&amp;Kaydı aç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="115"/>
        <source>Link this call&amp;er</source>
        <translation>Bu arayanı &amp;eşleştir</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="134"/>
        <source>Ta&amp;ke</source>
        <translation>Üstle&amp;n</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="137"/>
        <source>Assign in &amp;turn</source>
        <translation>Sı&amp;rayla ata</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="138"/>
        <source>To the next administrator of the ticket&apos;s queue</source>
        <translation>Talebin kuyruğundaki sıradaki yöneticiye</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="154"/>
        <source>Canned answer</source>
        <translation>Hazır yanıt</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="157"/>
        <source>&amp;Insert answer</source>
        <translation>&amp;Hazır yanıtı ekle</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="159"/>
        <source>The manual&apos;s answer, filled from the caller&apos;s mailbox</source>
        <translation>Kılavuzdaki yanıt, arayanın posta kutusundan doldurulur</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="162"/>
        <source>Mer&amp;ge, split, assign…</source>
        <translation>Birleşt&amp;ir, ayır, ata…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="164"/>
        <source>Assign to a colleague…</source>
        <translation>Bir çalışma arkadaşına ata…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="165"/>
        <source>Merge into another ticket…</source>
        <translation>Başka bir talep ile birleştir…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="166"/>
        <source>Split a message off into a new ticket…</source>
        <translation>Bir iletiyi yeni talebe ayır…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="176"/>
        <source>Status after the answer</source>
        <translation>Yanıttan sonraki durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="179"/>
        <source>Send the &amp;answer</source>
        <translation>Y&amp;anıtı gönder</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="181"/>
        <source>Add as internal &amp;note</source>
        <translation>İç no&amp;t olarak ekle</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="183"/>
        <source>Mark so&amp;lved</source>
        <translation>Çö&amp;züldü olarak işaretle</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="239"/>
        <source>{status} · {priority} · from {source} · opened {opened} · {assignee}</source>
        <translation>{status} · {priority} · kaynak: {source} · açılış {opened} · {assignee}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="244"/>
        <source>nobody has taken it</source>
        <translation>henüz kimse üstlenmedi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="254"/>
        <source>Ch&amp;ange category</source>
        <translation>Kategoriyi değiştir ve &amp;onayla</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="269"/>
        <source>Caller: {caller} — linked to {person}, {address}</source>
        <translation>Arayan: {caller} — bağlı kayıt {person}, {address}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="273"/>
        <source>Caller: {caller} — the unit account {address}</source>
        <translation>Arayan: {caller} — birim hesabı {address}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="277"/>
        <source>Caller: {caller} — several records fit; choose one below.</source>
        <translation>Arayan: {caller} — birden çok kayıt uyuyor; aşağıdan birini seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="281"/>
        <source>Caller: {caller} — no record matches.</source>
        <translation>Arayan: {caller} — eşleşen kayıt yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_text.py" line="63"/>
        <source>joined: the sender wrote too often</source>
        <translation>eklendi: gönderen çok sık yazdı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_text.py" line="74"/>
        <source>Merged into {number}.</source>
        <translation>{number} ile birleştirildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="309"/>
        <source>Working…</source>
        <translation>İşleniyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="326"/>
        <source>Category saved.</source>
        <translation>Kategori kaydedildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="334"/>
        <source>Priority saved.</source>
        <translation>Öncelik kaydedildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="339"/>
        <source>Status saved.</source>
        <translation>Durum kaydedildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="37"/>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="342"/>
        <source>Assigned.</source>
        <translation>Atandı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="350"/>
        <source>Caller linked.</source>
        <translation>Arayan bağlandı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="365"/>
        <source>Note added.</source>
        <translation>Not eklendi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_view.py" line="373"/>
        <source>The answer was sent to the caller.</source>
        <translation>Yanıt arayana gönderildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="27"/>
        <source>Assign to a colleague</source>
        <translation>Bir çalışma arkadaşına ata</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="28"/>
        <source>Administrator:</source>
        <translation>Yönetici:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="57"/>
        <source>Merge into another ticket</source>
        <translation>Başka bir talep ile birleştir</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="58"/>
        <source>The number of the ticket that stays (YM-YYYY-NNNNNN):</source>
        <translation>Kalacak talebin numarası (YM-YYYY-NNNNNN):</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="66"/>
        <source>Merged.</source>
        <translation>Birleştirildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="78"/>
        <source>Only a ticket with several messages can be split.</source>
        <translation>Yalnızca birden çok iletisi olan bir talep ayrılabilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="86"/>
        <source>Split a message off</source>
        <translation>Bir iletiyi ayır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="87"/>
        <source>Message:</source>
        <translation>İleti:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="97"/>
        <source>Split off into a new ticket.</source>
        <translation>Yeni bir talebe ayrıldı.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="134"/>
        <source>Send a new e-mail password by SMS to {person}?

It goes only to the GSM on file; the ticket records it.</source>
        <translation>{person} kişisine SMS ile yeni e-posta şifresi gönderilsin mi?

Şifre yalnızca kayıtlı GSM numarasına gider; talep bunu kaydeder.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="140"/>
        <source>Send password</source>
        <translation>Şifre gönder</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="144"/>
        <source>Sending the SMS…</source>
        <translation>SMS gönderiliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/ticket_actions.py" line="148"/>
        <source>Sent: the new password went by SMS to {gsm}.</source>
        <translation>Gönderildi: yeni şifre SMS ile {gsm} numarasına gitti.</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="36"/>
        <source>{d} d {h} h</source>
        <translation>{d} gün {h} sa</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="38"/>
        <source>{h} h {m} min</source>
        <translation>{h} sa {m} dk</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="40"/>
        <source>{m} min</source>
        <translation>{m} dk</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="42"/>
        <source>breached {span} ago</source>
        <translation>{span} önce aşıldı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="43"/>
        <source>{span} left</source>
        <translation>{span} kaldı</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="100"/>
        <source>Help-desk tickets</source>
        <translation>Destek talepleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="106"/>
        <source>Tickets</source>
        <translation>Destek talepleri</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="125"/>
        <source>New ticket from a &amp;phone call…</source>
        <translation>Telefon görüşmesinden yeni tale&amp;p…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="127"/>
        <source>&amp;Refresh</source>
        <translation>Yeni&amp;le</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="147"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="148"/>
        <source>Open (new, open, waiting)</source>
        <translation>Açık (yeni, açık, bekleyen)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="151"/>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="153"/>
        <source>Queue</source>
        <translation>Kuyruk</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="154"/>
        <source>Every queue of my scope</source>
        <translation>Kapsamımdaki tüm kuyruklar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="157"/>
        <source>Central desk</source>
        <translation>Merkez yardım masası</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="160"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="161"/>
        <source>Every category</source>
        <translation>Tüm kategoriler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="164"/>
        <source>Taken by &amp;me</source>
        <translation>Ü&amp;stlendiklerim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="166"/>
        <source>Search: subject, message, caller…</source>
        <translation>Ara: konu, ileti, arayan…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="168"/>
        <source>Search the tickets</source>
        <translation>Taleplerde ara</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="230"/>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="232"/>
        <source>No tickets match these filters.</source>
        <translation>Bu süzgeçlere uyan talep yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/tickets.py" line="253"/>
        <source>Ticket {number} opened.</source>
        <translation>{number} numaralı talep açıldı.</translation>
    </message>
</context>
<context>
    <name>TicketsTableModel</name>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="52"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="53"/>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="54"/>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="55"/>
        <source>Caller</source>
        <translation>Arayan</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="56"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="57"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="58"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/tickets_model.py" line="59"/>
        <source>Assigned to</source>
        <translation>Üstlenen</translation>
    </message>
</context>
<context>
    <name>UnitCreateDialog</name>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="38"/>
        <source>New unit account</source>
        <translation>Yeni birim hesabı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="42"/>
        <source>Office</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="43"/>
        <source>&amp;Office:</source>
        <translation>&amp;Birim:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="47"/>
        <source>Address (before @meb.gov.tr)</source>
        <translation>Adres (@meb.gov.tr öncesi)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="48"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="55"/>
        <source>Quota</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="56"/>
        <source>&amp;Quota:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="61"/>
        <source>Find the primary custodian</source>
        <translation>Birincil sorumluyu bul</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="62"/>
        <source>&amp;Custodian:</source>
        <translation>&amp;Sorumlu:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="71"/>
        <source>C&amp;reate</source>
        <translation>&amp;Oluştur</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="95"/>
        <source> (has a unit account)</source>
        <translation> (birim hesabı var)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="112"/>
        <source>Choose the office and find the primary custodian first.</source>
        <translation>Önce birimi seçin ve birincil sorumluyu bulun.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/dialogs/unit_create_dialog.py" line="116"/>
        <source>Creating…</source>
        <translation>Oluşturuluyor…</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="60"/>
        <source>Choose a unit account to see its custodians.</source>
        <translation>Sorumlularını görmek için bir birim hesabı seçin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="75"/>
        <source>Mailbox</source>
        <translation>Posta kutusu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="92"/>
        <source>Office:</source>
        <translation>Birim:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="93"/>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="94"/>
        <source>Quota:</source>
        <translation>Kota:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="95"/>
        <source>Old addresses:</source>
        <translation>Eski adresler:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="96"/>
        <source>Last password:</source>
        <translation>Son şifre:</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="97"/>
        <source>&amp;Quota and old addresses…</source>
        <translation>Kota ve eski &amp;adresler…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="105"/>
        <source>Custodians</source>
        <translation>Sorumlular</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="110"/>
        <source>Custodians, present and past</source>
        <translation>Şimdiki ve eski sorumlular</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="113"/>
        <source>Add d&amp;eputy…</source>
        <translation>Yardımcı &amp;sorumlu ekle…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="115"/>
        <source>End cus&amp;tody</source>
        <translation>Sorumluluğu bi&amp;tir</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="116"/>
        <source>Ends the chosen deputy&apos;s custody</source>
        <translation>Seçili yardımcı sorumlunun sorumluluğunu bitirir</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="125"/>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="130"/>
        <source>Full t&amp;rail…</source>
        <translation>Geçmişin ta&amp;mamı…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="131"/>
        <source>Opens every event of this unit in Audit trail</source>
        <translation>Bu birimin tüm kayıtlarını Denetim bölümünde açar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="137"/>
        <source>History of the unit account</source>
        <translation>Birim hesabının geçmişi</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="140"/>
        <source>&amp;Send password to the custodian…</source>
        <translation>Sorumluya SMS ile şifre &amp;gönder…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="143"/>
        <source>&amp;Hand over…</source>
        <translation>De&amp;vret…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="145"/>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="231"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Pasif yap</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="186"/>
        <source>No valid primary custodian: its password has nobody to go to. Hand it over to a person of the office with a GSM on file.</source>
        <translation>Geçerli birincil sorumlu yok: şifresi gönderilecek kimse yok. Birimden, kayıtlı GSM&apos;i olan birine devredin.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="191"/>
        <source>central</source>
        <translation>merkez</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="193"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="193"/>
        <source>inactive</source>
        <translation>pasif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="195"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="201"/>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="205"/>
        <source>primary</source>
        <translation>birincil</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="205"/>
        <source>deputy</source>
        <translation>yardımcı</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="207"/>
        <source>no GSM on file</source>
        <translation>kayıtlı GSM yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="209"/>
        <source>{name} — {role}, since {since} · {gsm}</source>
        <translation>{name} — {role}, {since} tarihinden beri · {gsm}</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="213"/>
        <source>{name} — {role} {since} – {until} ({reason})</source>
        <translation>{name} — {role} {since} – {until} ({reason})</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="231"/>
        <source>Re&amp;activate</source>
        <translation>A&amp;ktif yap</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="244"/>
        <source>Send a new password for the unit account {address} by SMS to its primary custodian {name}?

To the GSM on file: {gsm}

The old password stops working as soon as the SMS is accepted.</source>
        <translation>{address} birim hesabı için yeni şifre, birincil sorumlu {name} adlı kişiye SMS ile gönderilsin mi?

Kayıtlı GSM: {gsm}

SMS kabul edilir edilmez eski şifre çalışmaz.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="287"/>
        <source>Handing over…</source>
        <translation>Devrediliyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="306"/>
        <source>Handed over.</source>
        <translation>Devredildi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="320"/>
        <source>Handed over; no new password sent (the reason is recorded).</source>
        <translation>Devredildi; yeni şifre gönderilmedi (neden kaydedildi).</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="331"/>
        <source>Deactivate the unit account</source>
        <translation>Birim hesabını pasif yap</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="333"/>
        <source>Deactivate {address}? Nobody can sign in to it, and mail to it is refused, until it is reactivated.</source>
        <translation>{address} pasif yapılsın mı? Yeniden aktif yapılana kadar kimse oturum açamaz ve ona gelen posta reddedilir.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="361"/>
        <source>Deputy added.</source>
        <translation>Yardımcı sorumlu eklendi.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="374"/>
        <source>End custody</source>
        <translation>Sorumluluğu bitir</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="375"/>
        <source>Why does {name}&apos;s custody end? (recorded in the audit trail)</source>
        <translation>{name} adlı kişinin sorumluluğu neden bitiyor? (denetim kaydına yazılır)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/widgets/unit_view.py" line="385"/>
        <source>Custody ended.</source>
        <translation>Sorumluluk bitti.</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="49"/>
        <location filename="../mebposta_admin/ui/pages/units.py" line="82"/>
        <source>Unit accounts</source>
        <translation>Birim Hesapları</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="60"/>
        <source>Address or office, e.g. maarif07 or Muratpaşa</source>
        <translation>Adres ya da birim, örneğin maarif07 ya da Muratpaşa</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="62"/>
        <source>Search unit accounts</source>
        <translation>Birim hesaplarında ara</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="63"/>
        <source>Only &amp;without a valid primary custodian</source>
        <translation>Yalnız geçerli birincil sorumlusu &amp;olmayanlar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="64"/>
        <source>&amp;New unit account…</source>
        <translation>Yeni birim &amp;hesabı…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="67"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Excel&apos;den içe aktar…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="70"/>
        <source>E&amp;xport list…</source>
        <translation>&amp;Listeyi Excel&apos;e aktar…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="72"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="157"/>
        <source>Import unit accounts from Excel</source>
        <translation>Birim hesaplarını Excel&apos;den içe aktar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="159"/>
        <location filename="../mebposta_admin/ui/pages/units.py" line="224"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="168"/>
        <source>Importing {file}…</source>
        <translation>{file} içe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="180"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="180"/>
        <source>Verdict</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="180"/>
        <source>Reasons</source>
        <translation>Nedenler</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="184"/>
        <source>Checking row {done} of {total}…</source>
        <translation>{total} satırdan {done}. denetleniyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="200"/>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="204"/>
        <source>{rows} rows imported: {created} created, {handed} handed over (send each a new password), {updated} updated, {unchanged} unchanged. The report is in {report}.</source>
        <translation>{rows} satır içe aktarıldı: {created} oluşturuldu, {handed} devredildi (her birine yeni şifre gönderin), {updated} güncellendi, {unchanged} değişmedi. Rapor: {report}.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="222"/>
        <source>Export unit accounts</source>
        <translation>Birim hesaplarını dışa aktar</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="223"/>
        <source>unit-accounts.xlsx</source>
        <translation>birim-hesaplari.xlsx</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="231"/>
        <source>Writing {file}…</source>
        <translation>{file} yazılıyor…</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="247"/>
        <source>Writing row {done} of {total}…</source>
        <translation>{total} satırdan {done}. yazılıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../mebposta_admin/ui/pages/units.py" line="254"/>
        <source>%n unit account(s) written to {file}.</source>
        <translation>
            <numerusform>%n birim hesabı {file} dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="127"/>
        <source>{total} unit accounts · {flagged} without a valid primary custodian</source>
        <translation>{total} birim hesabı · {flagged} hesabın geçerli birincil sorumlusu yok</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="136"/>
        <source>No unit account matches.</source>
        <translation>Uyan birim hesabı yok.</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/pages/units.py" line="283"/>
        <source>Created. Send its first password to the custodian (Alt+S).</source>
        <translation>Oluşturuldu. İlk şifresini sorumluya gönderin (Alt+G).</translation>
    </message>
</context>
<context>
    <name>UnitsTableModel</name>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="24"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="25"/>
        <source>Office</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="26"/>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="27"/>
        <source>Primary custodian</source>
        <translation>Birincil sorumlu</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="28"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="29"/>
        <source>Last password</source>
        <translation>Son şifre</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="45"/>
        <source>central</source>
        <translation>merkez</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="49"/>
        <source>⚠ no valid primary custodian</source>
        <translation>⚠ geçerli birincil sorumlu yok</translation>
    </message>
    <message numerus="yes">
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="50"/>
        <source> + %n deputy(ies)</source>
        <translation>
            <numerusform> + %n yardımcı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="53"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="53"/>
        <source>inactive</source>
        <translation>pasif</translation>
    </message>
    <message>
        <location filename="../mebposta_admin/ui/itemmodels/units_model.py" line="56"/>
        <source>never</source>
        <translation>hiç</translation>
    </message>
</context>
</TS>

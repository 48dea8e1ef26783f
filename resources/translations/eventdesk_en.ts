<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
    <context>
        <name>EventDesk</name>
        <message>
            <source> (+{count})</source>
            <translation> (+{count})</translation>
        </message>
        <message>
            <source> (dan {count} lainnya)</source>
            <translation> (and {count} more)</translation>
        </message>
        <message>
            <source> (hanya-baca)</source>
            <translation> (read-only)</translation>
        </message>
        <message>
            <source> Mungkin maksudnya: {names}.</source>
            <translation> Perhaps you meant: {names}.</translation>
        </message>
        <message>
            <source> — lebih dari {minutes} menit belum digabung</source>
            <translation> — not merged for more than {minutes} minutes</translation>
        </message>
        <message>
            <source>&amp;Alasan pembatalan (wajib):</source>
            <translation>&amp;Reason for voiding (required):</translation>
        </message>
        <message>
            <source>&amp;Bahasa</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>&amp;Berkas</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Buka…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>&amp;Cadangkan sekarang</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Folder cadangan…</source>
            <translation>Backup &amp;folder…</translation>
        </message>
        <message>
            <source>&amp;Folder sinkron meja ini…</source>
            <translation>This desk's &amp;sync folder…</translation>
        </message>
        <message>
            <source>&amp;Gabungkan</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>&amp;Gabungkan dari meja lain…</source>
            <translation>&amp;Merge from another desk…</translation>
        </message>
        <message>
            <source>&amp;Ganti dengan transaksi yang benar (formulir terisi data lama)</source>
            <translation>&amp;Replace with the correct transaction (form filled with the old data)</translation>
        </message>
        <message>
            <source>&amp;Keluar</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <source>&amp;Komoditas / produk</source>
            <translation>&amp;Commodity / product</translation>
        </message>
        <message>
            <source>&amp;Konflik penggabungan…</source>
            <translation>Merge &amp;conflicts…</translation>
        </message>
        <message>
            <source>&amp;Matikan sinkron</source>
            <translation>&amp;Turn sync off</translation>
        </message>
        <message>
            <source>&amp;Nilai</source>
            <translation>&amp;Value</translation>
        </message>
        <message>
            <source>&amp;Papan langsung (proyektor)</source>
            <translation>&amp;Live board (projector)</translation>
        </message>
        <message>
            <source>&amp;Pembeli / investor</source>
            <translation>&amp;Buyer / investor</translation>
        </message>
        <message>
            <source>&amp;Pengaturan acara…</source>
            <translation>Event &amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Pilih…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>&amp;Pulihkan dari cadangan…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>&amp;Sektor</source>
            <translation>Sec&amp;tor</translation>
        </message>
        <message>
            <source>&amp;Sinkronkan sekarang</source>
            <translation>S&amp;ync now</translation>
        </message>
        <message>
            <source>&amp;Tahap</source>
            <translation>Sta&amp;ge</translation>
        </message>
        <message>
            <source>&amp;Tampilan</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Tentang EventDesk</source>
            <translation>&amp;About EventDesk</translation>
        </message>
        <message>
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>'m' bisa berarti juta atau miliar; tulis 'jt' untuk juta atau 'M' untuk miliar.</source>
            <translation>'m' could mean million (juta) or billion (miliar); write 'jt' for million or 'M' for billion.</translation>
        </message>
        <message>
            <source>'{file}' bukan daftar tindak lanjut EventDesk: tidak ada kolom {columns}. Ekspor daftarnya dengan 'eventdesk export followups'.</source>
            <translation>'{file}' is not an EventDesk follow-up worklist: it has no {columns} columns. Export the worklist with 'eventdesk export followups'.</translation>
        </message>
        <message>
            <source>'{first}' dan '{second}' adalah misi yang sama ({name}); berikan satu berkas per misi.</source>
            <translation>'{first}' and '{second}' are the same mission ({name}); give one file per mission.</translation>
        </message>
        <message>
            <source>'{name}' belum terdaftar. Mungkin maksudnya: {similar}.

Tetap daftarkan '{name}' sebagai organisasi baru?</source>
            <translation>'{name}' is not registered. Perhaps you mean: {similar}.

Register '{name}' as a new organisation anyway?</translation>
        </message>
        <message>
            <source>'{name}' di folder sinkron bukan berkas meja; diabaikan.</source>
            <translation>'{name}' in the sync folder is not a desk's file; ignored.</translation>
        </message>
        <message>
            <source>'{name}' terdaftar ganda. Pilih organisasi yang dipertahankan:</source>
            <translation>'{name}' is registered twice. Choose the organisation to keep:</translation>
        </message>
        <message>
            <source>'{path}' adalah basis data SQLite milik aplikasi lain, bukan berkas acara EventDesk.</source>
            <translation>'{path}' is another application's SQLite database, not an EventDesk event file.</translation>
        </message>
        <message>
            <source>'{path}' adalah berkas acara lain; hanya salinan dari acara yang sama yang bisa digabungkan.</source>
            <translation>'{path}' is a file of another event; only copies of the same event can be merged.</translation>
        </message>
        <message>
            <source>'{path}' adalah folder, bukan berkas acara.</source>
            <translation>'{path}' is a folder, not an event file.</translation>
        </message>
        <message>
            <source>'{path}' adalah folder, bukan berkas daftar peserta.</source>
            <translation>'{path}' is a folder, not a registration list.</translation>
        </message>
        <message>
            <source>'{path}' adalah folder; beri nama berkas PDF.</source>
            <translation>'{path}' is a folder; give a PDF file name.</translation>
        </message>
        <message>
            <source>'{path}' bukan berkas acara EventDesk.</source>
            <translation>'{path}' is not an EventDesk event file.</translation>
        </message>
        <message>
            <source>'{path}' bukan berkas perubahan EventDesk; tidak dibaca.</source>
            <translation>'{path}' is not an EventDesk change file; not read.</translation>
        </message>
        <message>
            <source>'{path}' bukan folder.</source>
            <translation>'{path}' is not a folder.</translation>
        </message>
        <message>
            <source>'{path}' bukan perubahan meja ini; tidak digabungkan.</source>
            <translation>'{path}' is not this desk's changes; not merged.</translation>
        </message>
        <message>
            <source>'{text}' ada sebagai kabupaten dan kota di {region}; tulis 'Kabupaten {text}' atau 'Kota {text}'.</source>
            <translation>'{text}' is both a regency and a city in {region}; write 'Kabupaten {text}' or 'Kota {text}'.</translation>
        </message>
        <message>
            <source>'{text}' berisi '?': huruf yang tidak ada di {encoding} (seperti Đ atau ặ) mungkin hilang; periksa ejaannya, atau simpan daftar sebagai CSV UTF-8</source>
            <translation>'{text}' contains '?': letters that {encoding} lacks (such as Đ or ặ) may have been lost; check the spelling, or save the list as CSV UTF-8</translation>
        </message>
        <message>
            <source>'{text}' bukan jam. Tulis seperti 14:05 atau 14.05.</source>
            <translation>'{text}' is not a time. Write it like 14:05 or 14.05.</translation>
        </message>
        <message>
            <source>'{text}' bukan kabupaten/kota di {region}.</source>
            <translation>'{text}' is not a regency or city in {region}.</translation>
        </message>
        <message>
            <source>'{text}' bukan peserta terdaftar.</source>
            <translation>'{text}' is not a registered attendee.</translation>
        </message>
        <message>
            <source>'{text}' bukan peserta terdaftar; pilih penanda tangan dari daftar.</source>
            <translation>'{text}' is not a registered attendee; choose the signatory from the list.</translation>
        </message>
        <message>
            <source>(abaikan)</source>
            <translation>(ignore)</translation>
        </message>
        <message>
            <source>(belum ditentukan)</source>
            <translation>(not chosen yet)</translation>
        </message>
        <message>
            <source>(kosong)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>(menggantikan {planned}: {note})</source>
            <translation>(standing in for {planned}: {note})</translation>
        </message>
        <message>
            <source>(Pejabat pengesah belum diisi di Pengaturan acara.)</source>
            <translation>(The certifying officials are not filled in under Event settings yet.)</translation>
        </message>
        <message>
            <source>(tanda tangan dan cap dinas)</source>
            <translation>(signature and office stamp)</translation>
        </message>
        <message>
            <source>(tanggal acara belum diisi)</source>
            <translation>(event date not set yet)</translation>
        </message>
        <message>
            <source>(tanpa daerah)</source>
            <translation>(no region)</translation>
        </message>
        <message>
            <source>(tanpa judul)</source>
            <translation>(no header)</translation>
        </message>
        <message>
            <source>(tanpa komoditas)</source>
            <translation>(no commodity)</translation>
        </message>
        <message>
            <source>(tanpa logo)</source>
            <translation>(no logo)</translation>
        </message>
        <message>
            <source>(tanpa nama)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>(tanpa organisasi)</source>
            <translation>(no organisation)</translation>
        </message>
        <message>
            <source>(tanpa perjanjian)</source>
            <translation>(no agreement)</translation>
        </message>
        <message>
            <source>(tanpa sektor)</source>
            <translation>(no sector)</translation>
        </message>
        <message>
            <source>(tempat belum diisi)</source>
            <translation>(venue not set yet)</translation>
        </message>
        <message>
            <source>(tidak ada: tanda pengenal dibuka di pratinjau)</source>
            <translation>(none: badges open in the preview)</translation>
        </message>
        <message>
            <source>--detail-pages hanya untuk laporan agreements.</source>
            <translation>--detail-pages is only for the agreements report.</translation>
        </message>
        <message>
            <source>; digabung {time}</source>
            <translation>; merged {time}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Total tercatat {total}&lt;/b&gt; ({count} transaksi)</source>
            <translation>&lt;b&gt;Total booked {total}&lt;/b&gt; ({count} transactions)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{value}&lt;/b&gt; — {buyer} → {seller} ({id}). Nilai yang tercatat pada hari misi tidak berubah.</source>
            <translation>&lt;b&gt;{value}&lt;/b&gt; — {buyer} → {seller} ({id}). The value booked on the mission day does not change.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{value}&lt;/b&gt; — {buyer} → {seller} ({id}).&lt;br&gt;Transaksi yang dibatalkan tetap terlihat dan tidak dihitung lagi.</source>
            <translation>&lt;b&gt;{value}&lt;/b&gt; — {buyer} → {seller} ({id}).&lt;br&gt;A voided transaction stays visible and no longer counts.</translation>
        </message>
        <message>
            <source>[tidak tercatat hadir]</source>
            <translation>[not recorded present]</translation>
        </message>
        <message>
            <source>A4, empat per lembar (garis potong)</source>
            <translation>A4, four per sheet (cut marks)</translation>
        </message>
        <message>
            <source>A6, satu per lembar</source>
            <translation>A6, one per sheet</translation>
        </message>
        <message>
            <source>Acara</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Acara &amp;baru…</source>
            <translation>&amp;New Event…</translation>
        </message>
        <message>
            <source>Acara baru</source>
            <translation>New Event</translation>
        </message>
        <message>
            <source>acara-baru.eventdesk</source>
            <translation>new-event.eventdesk</translation>
        </message>
        <message>
            <source>Ada beberapa organisasi bernama '{name}'; bedakan lewat aplikasi.</source>
            <translation>Several organisations are named '{name}'; tell them apart in the application.</translation>
        </message>
        <message>
            <source>agreements: tambahkan satu halaman per perjanjian dengan ruang tanda tangan</source>
            <translation>agreements: add one page per agreement with signature space</translation>
        </message>
        <message>
            <source>Alamat email '{text}' tidak valid.</source>
            <translation>Email address '{text}' is not valid.</translation>
        </message>
        <message>
            <source>Alamat instansi</source>
            <translation>Office address</translation>
        </message>
        <message>
            <source>Alamat:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Alasan</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Alasan menghapus {name} ({code}):</source>
            <translation>Reason for deleting {name} ({code}):</translation>
        </message>
        <message>
            <source>Alasan pembatalan</source>
            <translation>Reason for voiding</translation>
        </message>
        <message>
            <source>Alasan pembatalan wajib diisi.</source>
            <translation>A reason for voiding is required.</translation>
        </message>
        <message>
            <source>angka beberapa misi (satu berkas acara per misi) dan jumlah seluruhnya</source>
            <translation>figures of several missions (one event file per mission) and their cumulative sums</translation>
        </message>
        <message>
            <source>Angka hingga {date} pukul {time} {zone}</source>
            <translation>Figures as of {date} at {time} {zone}</translation>
        </message>
        <message>
            <source>angka sebagaimana pada saat itu, di zona waktu acara (yang diumumkan saat itu)</source>
            <translation>the figures as they stood at that time, in the event's time zone (what was announced then)</translation>
        </message>
        <message>
            <source>Antardaerah</source>
            <translation>Between regions</translation>
        </message>
        <message>
            <source>Arah</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Arah dihitung dari daerah pembeli/investor ke daerah penjual/penerima investasi.</source>
            <translation>Direction runs from the region of the buyer/investor to the region of the seller/investment recipient.</translation>
        </message>
        <message>
            <source>Arch: sudo pacman -S {packages}</source>
            <translation>Arch: sudo pacman -S {packages}</translation>
        </message>
        <message>
            <source>arsip zip</source>
            <translation>a zip archive</translation>
        </message>
        <message>
            <source>Asosiasi</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>attendance: jam check-in bagi yang hadir, bukan lembar kosong</source>
            <translation>attendance: the check-in time of those present instead of a blank sheet</translation>
        </message>
        <message>
            <source>attendees, attendance: nomor telepon ditampilkan lengkap</source>
            <translation>attendees, attendance: phone numbers in full</translation>
        </message>
        <message>
            <source>Atur acara…</source>
            <translation>Set Up Event…</translation>
        </message>
        <message>
            <source>Aturan penggabungan ini sudah pasti; nilai lain tidak bisa dipilih.</source>
            <translation>This merge rule is final; the other value cannot be chosen.</translation>
        </message>
        <message>
            <source>Badge dicetak</source>
            <translation>Badge printed</translation>
        </message>
        <message>
            <source>badges: hanya yang belum pernah dicetak</source>
            <translation>badges: only those never printed</translation>
        </message>
        <message>
            <source>badges: kertas tanda pengenal (a6 satu per halaman, a4 empat per lembar, card kartu 86×54 mm, roll62 label gulung 62 mm)</source>
            <translation>badges: badge paper (a6 one per page, a4 four per sheet, card 86×54 mm card, roll62 62 mm label roll)</translation>
        </message>
        <message>
            <source>bahasa pesan dan laporan (id atau en)</source>
            <translation>language of messages and reports (id or en)</translation>
        </message>
        <message>
            <source>baik</source>
            <translation>good</translation>
        </message>
        <message>
            <source>Ban&amp;tuan</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Baris</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Baris judul kolom tidak ditemukan: daftar perlu kolom Nama dan paling tidak satu kolom lain (Instansi, Jabatan, Provinsi, No. HP, Email, Kategori).</source>
            <translation>No header row found: the list needs a Name column and at least one other (Organisation, Position, Province, Phone, Email, Category).</translation>
        </message>
        <message>
            <source>Baris judul kolom:</source>
            <translation>Header row:</translation>
        </message>
        <message>
            <source>Baris yang dipilih</source>
            <translation>The selected rows</translation>
        </message>
        <message>
            <source>baris {row}</source>
            <translation>row {row}</translation>
        </message>
        <message>
            <source>Baris {row} tidak ada di berkas.</source>
            <translation>Row {row} is not in the file.</translation>
        </message>
        <message>
            <source>baris {row}: ditolak — {reason}</source>
            <translation>row {row}: rejected — {reason}</translation>
        </message>
        <message>
            <source>baris {row}: duplikat — {name}: {reason}</source>
            <translation>row {row}: duplicate — {name}: {reason}</translation>
        </message>
        <message>
            <source>baris {row}: peringatan — {name} ({code}): {warnings}</source>
            <translation>row {row}: warning — {name} ({code}): {warnings}</translation>
        </message>
        <message>
            <source>Baris {table} #{rowid} menunjuk ke {parent} yang tidak ada.</source>
            <translation>Row {table} #{rowid} refers to a missing {parent}.</translation>
        </message>
        <message>
            <source>Baris {table} {id} berbeda dari catatan audit terakhirnya (diubah di luar EventDesk).</source>
            <translation>Row {table} {id} differs from its last audit record (changed outside EventDesk).</translation>
        </message>
        <message>
            <source>Baris {table} {id} hilang, padahal catatan audit tidak mencatat penghapusannya.</source>
            <translation>Row {table} {id} is missing, but the audit log records no deletion.</translation>
        </message>
        <message>
            <source>Baris {table} {id} tidak punya catatan audit (ditambahkan di luar EventDesk).</source>
            <translation>Row {table} {id} has no audit record (added outside EventDesk).</translation>
        </message>
        <message>
            <source>Baru</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>Batal (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <source>Batal koreksi (Esc)</source>
            <translation>Cancel correction (Esc)</translation>
        </message>
        <message>
            <source>Batalkan</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Batalkan check-in terakhir
(Ctrl+Z)</source>
            <translation>Undo the last check-in
(Ctrl+Z)</translation>
        </message>
        <message>
            <source>Batalkan check-in {name}</source>
            <translation>Undo the check-in of {name}</translation>
        </message>
        <message>
            <source>Batalkan penandatanganan</source>
            <translation>Undo signing</translation>
        </message>
        <message>
            <source>Batalkan penandatanganan: {title}</source>
            <translation>Undo signing: {title}</translation>
        </message>
        <message>
            <source>Batalkan penandatanganan…</source>
            <translation>Undo signing…</translation>
        </message>
        <message>
            <source>Batalkan perjanjian</source>
            <translation>Cancel agreement</translation>
        </message>
        <message>
            <source>Batalkan transaksi</source>
            <translation>Void transaction</translation>
        </message>
        <message>
            <source>batalkan transaksi dengan alasan</source>
            <translation>void a transaction, giving a reason</translation>
        </message>
        <message>
            <source>Batalkan: {title}</source>
            <translation>Cancel: {title}</translation>
        </message>
        <message>
            <source>Batalkan…</source>
            <translation>Cancel…</translation>
        </message>
        <message>
            <source>Batalkan… (Del)</source>
            <translation>Void… (Del)</translation>
        </message>
        <message>
            <source>Belum ada cadangan di folder ini.</source>
            <translation>No backups in this folder yet.</translation>
        </message>
        <message>
            <source>Belum ada folder sinkron untuk {path}; beri --folder.</source>
            <translation>No sync folder is set for {path}; give --folder.</translation>
        </message>
        <message>
            <source>Belum ada penandatanganan yang dijadwalkan.</source>
            <translation>No signing has been scheduled yet.</translation>
        </message>
        <message>
            <source>Belum ada penandatanganan.</source>
            <translation>No signings yet.</translation>
        </message>
        <message>
            <source>Belum ada perjanjian yang ditandatangani.</source>
            <translation>No agreement has been signed yet.</translation>
        </message>
        <message>
            <source>Belum ada perubahan</source>
            <translation>No changes yet</translation>
        </message>
        <message>
            <source>Belum ada peserta terdaftar.</source>
            <translation>No attendees registered yet.</translation>
        </message>
        <message>
            <source>Belum ada temuan penggabungan.</source>
            <translation>Merging has found nothing yet.</translation>
        </message>
        <message>
            <source>Belum ada transaksi tercatat.</source>
            <translation>No transactions booked yet.</translation>
        </message>
        <message>
            <source>Belum ada transaksi.</source>
            <translation>No transactions yet.</translation>
        </message>
        <message>
            <source>Belum bisa dihubungi</source>
            <translation>Not reached yet</translation>
        </message>
        <message>
            <source>Belum check-in</source>
            <translation>Not checked in</translation>
        </message>
        <message>
            <source>BELUM CHECK-IN saat dicetak</source>
            <translation>NOT CHECKED IN when printed</translation>
        </message>
        <message>
            <source>Belum cocok dengan peserta terdaftar; pilih dari daftar (peserta baru didaftarkan di layar Peserta).</source>
            <translation>No registered attendee matches yet; choose from the list (new attendees are registered on the Attendees screen).</translation>
        </message>
        <message>
            <source>Belum dicadangkan</source>
            <translation>Not backed up yet</translation>
        </message>
        <message>
            <source>Belum dijadwalkan.</source>
            <translation>Not scheduled yet.</translation>
        </message>
        <message>
            <source>Belum ditindaklanjuti</source>
            <translation>Not followed up</translation>
        </message>
        <message>
            <source>Belum ditindaklanjuti ({count} transaksi)</source>
            <translation>Not followed up ({count} deals)</translation>
        </message>
        <message>
            <source>Belum diverifikasi</source>
            <translation>Not yet verified</translation>
        </message>
        <message>
            <source>Belum pernah ditindaklanjuti.</source>
            <translation>Never followed up yet.</translation>
        </message>
        <message>
            <source>belum sampai</source>
            <translation>not yet reached</translation>
        </message>
        <message>
            <source>Belum tercatat hadir:
{names}

Check-in sekarang lalu tandai ditandatangani? (Tidak: kembali, misalnya untuk memilih pengganti dengan catatan.)</source>
            <translation>Not recorded present:
{names}

Check them in now and mark signed? (No: go back, for instance to choose a substitute with a note.)</translation>
        </message>
        <message>
            <source>Bentrok</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Bentrok di sini: {messages}</source>
            <translation>Conflicts here: {messages}</translation>
        </message>
        <message>
            <source>Bentrok:</source>
            <translation>Conflicts:</translation>
        </message>
        <message>
            <source>Berita Acara</source>
            <translation>Official Record</translation>
        </message>
        <message>
            <source>BERITA ACARA</source>
            <translation>OFFICIAL RECORD</translation>
        </message>
        <message>
            <source>Berkas</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Berkas '{path}' ada di media hanya-baca bersama berkas -wal yang belum disatukan; salin berkas acara dan berkas -wal-nya ke disk laptop, lalu buka salinan itu.</source>
            <translation>The file '{path}' is on read-only media with a -wal file not yet folded in; copy the event file and its -wal file to the laptop's disk, then open that copy.</translation>
        </message>
        <message>
            <source>Berkas '{path}' adalah halaman web (HTML), bukan lembar kerja, walau namanya begitu. Buka di Excel dan simpan sebagai .xlsx atau CSV, lalu impor lagi.</source>
            <translation>File '{path}' is a web page (HTML), not a spreadsheet, whatever its name. Open it in Excel, save it as .xlsx or CSV, then import again.</translation>
        </message>
        <message>
            <source>Berkas '{path}' adalah {what}, bukan lembar kerja Excel (.xlsx).</source>
            <translation>File '{path}' is {what}, not an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <source>Berkas '{path}' berformat Excel lama (.xls). Buka di Excel dan simpan sebagai .xlsx atau CSV, lalu impor lagi.</source>
            <translation>File '{path}' is in the old Excel format (.xls). Open it in Excel, save it as .xlsx or CSV, then import again.</translation>
        </message>
        <message>
            <source>Berkas '{path}' berisi rumus yang belum dihitung (sel {cell}), jadi nilainya tidak tersimpan di berkas. Buka di Excel, simpan, lalu impor lagi.</source>
            <translation>File '{path}' holds formulas that were never calculated (cell {cell}), so their values are not stored in the file. Open it in Excel, save it, then import again.</translation>
        </message>
        <message>
            <source>Berkas '{path}' bukan berkas Excel: isinya teks biasa. Jika isinya daftar berpemisah koma atau titik koma, ubah akhiran namanya menjadi .csv.</source>
            <translation>File '{path}' is not an Excel file: it holds plain text. If it is a list separated by commas or semicolons, rename it to end in .csv.</translation>
        </message>
        <message>
            <source>Berkas '{path}' bukan CSV atau XLSX (isinya data biner).</source>
            <translation>File '{path}' is neither CSV nor XLSX (it holds binary data).</translation>
        </message>
        <message>
            <source>Berkas '{path}' bukan CSV atau XLSX; simpan daftar dari Excel sebagai .xlsx atau CSV.</source>
            <translation>File '{path}' is neither CSV nor XLSX; save the list from Excel as .xlsx or CSV.</translation>
        </message>
        <message>
            <source>Berkas '{path}' dibuat oleh EventDesk yang lebih baru (skema {version}); perbarui aplikasi ini.</source>
            <translation>File '{path}' was created by a newer EventDesk (schema {version}); update this application.</translation>
        </message>
        <message>
            <source>Berkas '{path}' dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File → Info → Protect Workbook), simpan, lalu impor lagi.</source>
            <translation>File '{path}' is password-protected. Open it in Excel, remove the password (File → Info → Protect Workbook), save, then import again.</translation>
        </message>
        <message>
            <source>Berkas '{path}' hanya-baca (flashdisk terkunci, folder bersama hanya-baca, atau izin berkas); perubahan tidak bisa disimpan. Melihat data dan membuat laporan tetap bisa.</source>
            <translation>The file '{path}' is read-only (a locked USB stick, a read-only shared folder, or file permissions); changes cannot be saved. Viewing the data and making reports still work.</translation>
        </message>
        <message>
            <source>Berkas '{path}' kosong.</source>
            <translation>File '{path}' is empty.</translation>
        </message>
        <message>
            <source>Berkas '{path}' kosong; mungkin terpotong saat disalin.</source>
            <translation>File '{path}' is empty; it may have been cut short while copying.</translation>
        </message>
        <message>
            <source>Berkas '{path}' memakai skema lama dan harus diperbarui; buka tanpa mode hanya-baca.</source>
            <translation>File '{path}' uses an older schema and must be upgraded; open it without read-only mode.</translation>
        </message>
        <message>
            <source>Berkas '{path}' rusak ({detail}).</source>
            <translation>File '{path}' is damaged ({detail}).</translation>
        </message>
        <message>
            <source>Berkas '{path}' rusak atau terpotong (arsip zip tidak utuh).</source>
            <translation>File '{path}' is damaged or cut short (the zip archive is incomplete).</translation>
        </message>
        <message>
            <source>Berkas '{path}' rusak: buku kerjanya tidak berisi lembar kerja.</source>
            <translation>File '{path}' is damaged: its workbook holds no worksheet.</translation>
        </message>
        <message>
            <source>Berkas '{path}' sedang dipakai program lain untuk menulis; coba lagi sebentar atau buka hanya-baca.</source>
            <translation>File '{path}' is being written by another program; try again shortly or open it read-only.</translation>
        </message>
        <message>
            <source>Berkas '{path}' sedang sibuk ditulis; cadangan dicoba lagi nanti.</source>
            <translation>File '{path}' is busy being written; the backup will be tried again later.</translation>
        </message>
        <message>
            <source>Berkas '{path}' sudah ada; pemulihan selalu membuat berkas baru.</source>
            <translation>File '{path}' already exists; a restore always makes a new file.</translation>
        </message>
        <message>
            <source>Berkas '{path}' sudah ada; pilih nama lain.</source>
            <translation>File '{path}' already exists; choose another name.</translation>
        </message>
        <message>
            <source>Berkas '{path}' terpotong atau rusak ({reason}).</source>
            <translation>File '{path}' is truncated or damaged ({reason}).</translation>
        </message>
        <message>
            <source>Berkas '{path}' terpotong atau rusak.</source>
            <translation>File '{path}' is truncated or damaged.</translation>
        </message>
        <message>
            <source>Berkas '{path}' tidak bisa dibaca sebagai CSV: {reason}</source>
            <translation>File '{path}' cannot be read as CSV: {reason}</translation>
        </message>
        <message>
            <source>Berkas '{path}' tidak bisa dibaca sebagai Excel: {reason}</source>
            <translation>File '{path}' cannot be read as Excel: {reason}</translation>
        </message>
        <message>
            <source>Berkas '{path}' tidak bisa dibaca: {reason}</source>
            <translation>File '{path}' cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Berkas '{path}' tidak bisa ditulis (hanya-baca).</source>
            <translation>File '{path}' cannot be written (read-only).</translation>
        </message>
        <message>
            <source>Berkas '{path}' tidak bisa ditulis: {reason}</source>
            <translation>File '{path}' cannot be written: {reason}</translation>
        </message>
        <message>
            <source>Berkas '{path}' tidak ditemukan.</source>
            <translation>File '{path}' not found.</translation>
        </message>
        <message>
            <source>berkas .csv atau .xlsx</source>
            <translation>a .csv or .xlsx file</translation>
        </message>
        <message>
            <source>Berkas acara '{path}' tidak bisa dibuka: {reason}</source>
            <translation>The event file '{path}' cannot be opened: {reason}</translation>
        </message>
        <message>
            <source>Berkas acara '{path}' tidak ditemukan.</source>
            <translation>Event file '{path}' not found.</translation>
        </message>
        <message>
            <source>Berkas acara baru sudah dibuat. Isi dengan misi demo Balikpapan untuk mencoba aplikasi, atau atur acara Anda sendiri sekarang.</source>
            <translation>A new event file has been created. Fill it with the Balikpapan demo mission to try the application, or set up your own event now.</translation>
        </message>
        <message>
            <source>Berkas acara dibuka hanya-baca; perubahan tidak disimpan.</source>
            <translation>The event file is open read-only; changes are not saved.</translation>
        </message>
        <message>
            <source>Berkas hanya-baca</source>
            <translation>Read-only file</translation>
        </message>
        <message>
            <source>Berkas ini bukan gambar PNG atau JPEG yang bisa dibaca.</source>
            <translation>This file is not a readable PNG or JPEG image.</translation>
        </message>
        <message>
            <source>Berkas ini salinan lain dari acara yang sudah ditulis meja ini di tempat lain; agar riwayat meja tidak bercabang, salinan ini menulis sebagai '{label}'.</source>
            <translation>This file is another copy of an event this desk has written elsewhere; so that the desk's history does not fork, this copy writes as '{label}'.</translation>
        </message>
        <message>
            <source>Berkas ini tidak ditandai sebagai berkas acara EventDesk.</source>
            <translation>This file is not marked as an EventDesk event file.</translation>
        </message>
        <message>
            <source>Berkas perubahan '{path}' terpotong atau rusak (belum selesai disalin?); tidak digabungkan.</source>
            <translation>Change file '{path}' is cut short or damaged (not fully copied yet?); not merged.</translation>
        </message>
        <message>
            <source>Berkas rusak</source>
            <translation>Damaged file</translation>
        </message>
        <message>
            <source>Berkas rusak: {detail}</source>
            <translation>File damaged: {detail}</translation>
        </message>
        <message>
            <source>Berkas sedang dipakai</source>
            <translation>File in use</translation>
        </message>
        <message>
            <source>Berkas tidak bisa dibuka</source>
            <translation>Cannot open the file</translation>
        </message>
        <message>
            <source>Berkas tidak bisa digabungkan dengan dirinya sendiri.</source>
            <translation>A file cannot be merged with itself.</translation>
        </message>
        <message>
            <source>Berkas tidak bisa ditulis ke {path}: {reason}</source>
            <translation>The file cannot be written to {path}: {reason}</translation>
        </message>
        <message>
            <source>Berkas: {path}{mode}</source>
            <translation>File: {path}{mode}</translation>
        </message>
        <message>
            <source>Berlaku untuk laptop ini saja, untuk setiap acara yang dibuka di sini.</source>
            <translation>Applies to this laptop only, for every event opened here.</translation>
        </message>
        <message>
            <source>Buat acara baru {path} dan beralih ke sana? Acara '{current}' ditutup (datanya tetap tersimpan).</source>
            <translation>Create the new event {path} and switch to it? The event '{current}' is closed (its data stays saved).</translation>
        </message>
        <message>
            <source>buat berkas acara berisi misi demo Balikpapan</source>
            <translation>create an event file holding the Balikpapan demo mission</translation>
        </message>
        <message>
            <source>buat cadangan berkas acara (aman selagi berkas dipakai)</source>
            <translation>back up an event file (safe while the file is in use)</translation>
        </message>
        <message>
            <source>buat laporan PDF</source>
            <translation>create a PDF report</translation>
        </message>
        <message>
            <source>Buat PDF</source>
            <translation>Create PDF</translation>
        </message>
        <message>
            <source>Buka</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Buka &amp;terakhir</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>Buka acara</source>
            <translation>Open Event</translation>
        </message>
        <message>
            <source>Buka di penampil PDF</source>
            <translation>Open in PDF Viewer</translation>
        </message>
        <message>
            <source>Buka peserta yang sudah ada</source>
            <translation>Open the registered attendee</translation>
        </message>
        <message>
            <source>BUMN/BUMD</source>
            <translation>State/regional enterprise</translation>
        </message>
        <message>
            <source>Bunyi saat check-in (selamat datang, sudah check-in, kode tidak dikenal)</source>
            <translation>Check-in sounds (welcome, already checked in, unknown code)</translation>
        </message>
        <message>
            <source>Ca&amp;tatan</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>Cadangan baik terbaru: {path} ({time} UTC); pulihkan ke berkas baru lewat Berkas → Pulihkan dari cadangan.</source>
            <translation>Newest good backup: {path} ({time} UTC); restore it into a new file with File → Restore from backup.</translation>
        </message>
        <message>
            <source>Cadangan dibuat: {path}</source>
            <translation>Backup made: {path}</translation>
        </message>
        <message>
            <source>Cadangan dipulihkan</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>Cadangan dipulihkan ke {path}.
Buka berkas itu sekarang?</source>
            <translation>Backup restored to {path}.
Open that file now?</translation>
        </message>
        <message>
            <source>Cadangan GAGAL</source>
            <translation>Backup FAILED</translation>
        </message>
        <message>
            <source>Cadangan gagal: {reason}</source>
            <translation>Backup failed: {reason}</translation>
        </message>
        <message>
            <source>Cadangan sedang dibuat…</source>
            <translation>A backup is being made…</translation>
        </message>
        <message>
            <source>Cadangan tidak dipulihkan ke berkas yang sedang terbuka; pilih nama baru.</source>
            <translation>A backup is never restored over the open file; choose a new name.</translation>
        </message>
        <message>
            <source>Cadangan tidak terbaca: {reason}</source>
            <translation>Backup cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Cari judul, nomor, organisasi, penanda tangan… (Ctrl+F)</source>
            <translation>Search title, number, organisation, signatory… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cari nama, komoditas, catatan, id… (Ctrl+F)</source>
            <translation>Search names, commodity, note, id… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cari nama, organisasi, kode, telepon atau email…  (Ctrl+F)</source>
            <translation>Search name, organisation, code, phone or email…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cari nama…</source>
            <translation>Search name…</translation>
        </message>
        <message>
            <source>Cari organisasi…</source>
            <translation>Search organisations…</translation>
        </message>
        <message>
            <source>Cari paket yang memuat: {libraries}</source>
            <translation>Look for the package that contains: {libraries}</translation>
        </message>
        <message>
            <source>Catat (Enter)</source>
            <translation>Book (Enter)</translation>
        </message>
        <message>
            <source>catat kehadiran peserta dari kodenya</source>
            <translation>check in an attendee by their code</translation>
        </message>
        <message>
            <source>Catat pengganti (Enter)</source>
            <translation>Book replacement (Enter)</translation>
        </message>
        <message>
            <source>catat tindak lanjut transaksi sesudah misi</source>
            <translation>record the follow-up of a deal after the mission</translation>
        </message>
        <message>
            <source>catat transaksi</source>
            <translation>book a transaction</translation>
        </message>
        <message>
            <source>Catat transaksi</source>
            <translation>Book a transaction</translation>
        </message>
        <message>
            <source>Catatan</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Catatan audit meja {desk} di '{path}' rusak atau diubah di luar EventDesk; tidak digabungkan.</source>
            <translation>The audit records of desk {desk} in '{path}' are damaged or were changed outside EventDesk; not merged.</translation>
        </message>
        <message>
            <source>Catatan audit meja {desk} nomor {seq}</source>
            <translation>Audit record {seq} of desk {desk}</translation>
        </message>
        <message>
            <source>Catatan kehadiran: jam check-in tercantum bagi yang hadir hari itu.</source>
            <translation>Attendance record: the check-in time is given for those present that day.</translation>
        </message>
        <message>
            <source>Catatan MC</source>
            <translation>MC notes</translation>
        </message>
        <message>
            <source>Catatan MC: {note}</source>
            <translation>MC notes: {note}</translation>
        </message>
        <message>
            <source>Catatan pengganti</source>
            <translation>Substitute note</translation>
        </message>
        <message>
            <source>Catatan resmi penandatanganan dan transaksi, dengan tanda tangan pejabat.</source>
            <translation>The official record of the signings and the transactions, signed by the officials.</translation>
        </message>
        <message>
            <source>Catatan: {note}</source>
            <translation>Note: {note}</translation>
        </message>
        <message>
            <source>Cetak</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>cetak sidik isi ringkasan perjanjian yang ditandatangani</source>
            <translation>print the content fingerprint of the signed-agreement summary</translation>
        </message>
        <message>
            <source>Cetak tanda pengenal</source>
            <translation>Print badges</translation>
        </message>
        <message>
            <source>Cetak tanda pengenal saat check-in pertama (meja tanda pengenal)</source>
            <translation>Print the badge at the first check-in (badge desk)</translation>
        </message>
        <message>
            <source>cetak total transaksi (angka yang sama dengan layar dan laporan)</source>
            <translation>print the transaction totals (the same figures as the screens and reports)</translation>
        </message>
        <message>
            <source>Cetak… (Ctrl+P)</source>
            <translation>Print… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Check-in di dua meja</source>
            <translation>Checked in on two desks</translation>
        </message>
        <message>
            <source>Check-in dibatalkan operator</source>
            <translation>Check-in undone by the operator</translation>
        </message>
        <message>
            <source>Check-in {name} dibatalkan.</source>
            <translation>Check-in of {name} undone.</translation>
        </message>
        <message>
            <source>Coba dengan data demo</source>
            <translation>Try with Demo Data</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Daerah</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Daerah '{name}' sudah ada.</source>
            <translation>Region '{name}' already exists.</translation>
        </message>
        <message>
            <source>Daerah '{name}' tercantum dua kali.</source>
            <translation>Region '{name}' is listed twice.</translation>
        </message>
        <message>
            <source>daerah '{text}' tidak dikenal; dicatat tanpa daerah</source>
            <translation>region '{text}' not recognised; recorded without a region</translation>
        </message>
        <message>
            <source>Daerah pejabat</source>
            <translation>Official's region</translation>
        </message>
        <message>
            <source>Daerah tuan rumah yang dipilih tidak ada.</source>
            <translation>The chosen host region does not exist.</translation>
        </message>
        <message>
            <source>Daerah tuan rumah:</source>
            <translation>Host region:</translation>
        </message>
        <message>
            <source>Daerah yang dipilih tidak ada.</source>
            <translation>The selected region does not exist.</translation>
        </message>
        <message>
            <source>Daftar</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Daftar Hadir</source>
            <translation>Attendance Sheet</translation>
        </message>
        <message>
            <source>Daftar hadir (PDF, nomor telepon disamarkan)</source>
            <translation>Attendee list (PDF, phone numbers masked)</translation>
        </message>
        <message>
            <source>Daftar hadir dengan nomor telepon lengkap (PDF)</source>
            <translation>Attendee list with full phone numbers (PDF)</translation>
        </message>
        <message>
            <source>Daftar Hadir Peserta</source>
            <translation>Attendee List</translation>
        </message>
        <message>
            <source>Daftar Hadir terisi jam check-in</source>
            <translation>Attendance Sheet filled with check-in times</translation>
        </message>
        <message>
            <source>daftar konflik penggabungan yang perlu ditinjau</source>
            <translation>list the merge conflicts to review</translation>
        </message>
        <message>
            <source>Daftar perjanjian</source>
            <translation>List of agreements</translation>
        </message>
        <message>
            <source>Daftar tindak lanjut hanya diekspor ke .xlsx, bukan '{suffix}'.</source>
            <translation>The follow-up worklist is exported to .xlsx only, not '{suffix}'.</translation>
        </message>
        <message>
            <source>Daftar, check-in, cetak (Enter)</source>
            <translation>Register, check in, print (Enter)</translation>
        </message>
        <message>
            <source>Daftarkan sebagai orang lain</source>
            <translation>Register as a different person</translation>
        </message>
        <message>
            <source>Dalam satu daerah</source>
            <translation>Within one region</translation>
        </message>
        <message>
            <source>Dari</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Dari daerah pembeli/investor ke daerah penjual/penerima investasi.</source>
            <translation>From the region of the buyer/investor to the region of the seller/investment recipient.</translation>
        </message>
        <message>
            <source>Dari sisi tuan rumah</source>
            <translation>From the host's side</translation>
        </message>
        <message>
            <source>Dari sisi {host}: penjualan {sales}, pembelian {purchases}, investasi {investment}.</source>
            <translation>From {host}'s side: sales {sales}, purchases {purchases}, investment {investment}.</translation>
        </message>
        <message>
            <source>Dari total itu, {interest} ({interest_share}) baru berupa minat atau LoI, dan {firm} ({firm_share}) sudah berupa komitmen, kontrak atau terealisasi.</source>
            <translation>Of that total, {interest} ({interest_share}) is only an interest or LoI, and {firm} ({firm_share}) is committed, contracted or realised.</translation>
        </message>
        <message>
            <source>Dari {booked} yang tercatat pada misi ({deals} transaksi), {realised} telah terealisasi: {value_rate} dari nilainya, {realised_deals} dari {deals} transaksi ({count_rate}).</source>
            <translation>Of {booked} booked at the mission ({deals} deals), {realised} has been realised: {value_rate} of the value, {realised_deals} of {deals} deals ({count_rate}).</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Data dari '{path}' menunjuk ke data yang tidak ada di kedua berkas; tidak digabungkan.</source>
            <translation>Data from '{path}' points at data neither file has; not merged.</translation>
        </message>
        <message>
            <source>Data dari 1 meja (belum ada penggabungan dari meja lain)</source>
            <translation>Data from 1 desk (nothing merged from other desks yet)</translation>
        </message>
        <message>
            <source>Data dari {count} meja</source>
            <translation>Data from {count} desks</translation>
        </message>
        <message>
            <source>data dari {desks}</source>
            <translation>data from {desks}</translation>
        </message>
        <message>
            <source>Data yang akan digabung sudah dihapus atau digabung di meja lain.</source>
            <translation>The record to merge has already been deleted or merged at another desk.</translation>
        </message>
        <message>
            <source>Data yang akan dihapus tidak ditemukan ({table} {id}).</source>
            <translation>The record to delete was not found ({table} {id}).</translation>
        </message>
        <message>
            <source>Data yang akan diubah tidak ditemukan ({table} {id}).</source>
            <translation>The record to update was not found ({table} {id}).</translation>
        </message>
        <message>
            <source>Data yang diubah di dua meja sebelum keduanya digabungkan: perubahan yang lebih akhir dipakai. Pilih baris lalu pakai nilai lainnya, atau tandai sudah ditinjau. Keputusan aturan tetap (check-in paling awal, pembatalan, tanda tangan) dicatat di sini juga.</source>
            <translation>Data changed on two desks before they were merged: the later change is kept. Select a row, then use the other value or mark it reviewed. What the fixed rules decided (earliest check-in, void, signing) is listed here too.</translation>
        </message>
        <message>
            <source>Debian/Ubuntu: sudo apt-get install {packages}</source>
            <translation>Debian/Ubuntu: sudo apt-get install {packages}</translation>
        </message>
        <message>
            <source>Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</source>
            <translation>This record has been drawn up truthfully, to be used as appropriate.</translation>
        </message>
        <message>
            <source>Dengan nilai</source>
            <translation>With value</translation>
        </message>
        <message>
            <source>Dengan peringatan</source>
            <translation>With warnings</translation>
        </message>
        <message>
            <source>Di luar hari acara</source>
            <translation>Outside the event's days</translation>
        </message>
        <message>
            <source>Dibatalkan</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Dibatalkan (Ctrl+Z): check-in {name} ({code}). {name} kembali tercatat belum hadir.</source>
            <translation>Undone (Ctrl+Z): the check-in of {name} ({code}). {name} is recorded as not arrived again.</translation>
        </message>
        <message>
            <source>Dibatalkan di layar check-in</source>
            <translation>Undone on the check-in screen</translation>
        </message>
        <message>
            <source>Dibatalkan oleh {who}: {reason}</source>
            <translation>Voided by {who}: {reason}</translation>
        </message>
        <message>
            <source>Dibuat {date} pukul {time} {zone} · {desk} · {operator}</source>
            <translation>Generated {date} at {time} {zone} · {desk} · {operator}</translation>
        </message>
        <message>
            <source>Dibuka di penampil PDF laptop ini.</source>
            <translation>Opened in this laptop's PDF viewer.</translation>
        </message>
        <message>
            <source>Dicadangkan {time}</source>
            <translation>Backed up {time}</translation>
        </message>
        <message>
            <source>Dicatat</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <source>Dicatat oleh</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Dicatat · id</source>
            <translation>Booked · id</translation>
        </message>
        <message>
            <source>Dicatat: {recorded} · Sudah tercatat: {already} · Ditolak: {rejected} · Baris kosong: {empty}</source>
            <translation>Recorded: {recorded} · Already recorded: {already} · Rejected: {rejected} · Empty rows: {empty}</translation>
        </message>
        <message>
            <source>Digabung: {desks}</source>
            <translation>Merged: {desks}</translation>
        </message>
        <message>
            <source>Diganti dengan</source>
            <translation>Replaced by</translation>
        </message>
        <message>
            <source>Dihentikan oleh pengguna.</source>
            <translation>Stopped by the user.</translation>
        </message>
        <message>
            <source>Diimpor</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Diimpor: {imported} · Duplikat: {duplicates} · Ditolak: {rejected}</source>
            <translation>Imported: {imported} · Duplicates: {duplicates} · Rejected: {rejected}</translation>
        </message>
        <message>
            <source>Dikeluarkan dari jadwal.</source>
            <translation>Taken off the schedule.</translation>
        </message>
        <message>
            <source>dipakai: {value} ({desk}, {operator}, {time})</source>
            <translation>kept: {value} ({desk}, {operator}, {time})</translation>
        </message>
        <message>
            <source>Direncanakan</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Disaksikan oleh: {names}.</source>
            <translation>Witnessed by: {names}.</translation>
        </message>
        <message>
            <source>Disimpan meski bentrok: {conflicts}</source>
            <translation>Saved despite conflicts: {conflicts}</translation>
        </message>
        <message>
            <source>Ditandatangani</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Ditandatangani oleh</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <source>Ditolak</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Ditunda</source>
            <translation>Postponed</translation>
        </message>
        <message>
            <source>Diubah di dua meja</source>
            <translation>Changed on two desks</translation>
        </message>
        <message>
            <source>Diverifikasi oleh {who}</source>
            <translation>Verified by {who}</translation>
        </message>
        <message>
            <source>Diverifikasi penyelia: {verified} ({count} transaksi) · belum diverifikasi: {unverified} ({rest} transaksi)</source>
            <translation>Verified by a supervisor: {verified} ({count} transactions) · not yet verified: {unverified} ({rest} transactions)</translation>
        </message>
        <message>
            <source>dokumen OpenDocument (.ods/.odt)</source>
            <translation>an OpenDocument file (.ods/.odt)</translation>
        </message>
        <message>
            <source>dokumen Word</source>
            <translation>a Word document</translation>
        </message>
        <message>
            <source>Draf</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Duplikat</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Ekspor</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Ekspor daftar ini ke CSV…</source>
            <translation>Export this list to CSV…</translation>
        </message>
        <message>
            <source>Ekspor daftar ini ke Excel (XLSX)…</source>
            <translation>Export this list to Excel (XLSX)…</translation>
        </message>
        <message>
            <source>Ekspor daftar peserta</source>
            <translation>Export the attendee list</translation>
        </message>
        <message>
            <source>ekspor daftar peserta ke CSV atau XLSX, atau daftar tindak lanjut ke XLSX</source>
            <translation>export the attendee list to CSV or XLSX, or the follow-up worklist to XLSX</translation>
        </message>
        <message>
            <source>Ekspor hanya ke .csv atau .xlsx, bukan '{suffix}'.</source>
            <translation>Export only to .csv or .xlsx, not '{suffix}'.</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>email '{text}' tidak valid; diimpor tanpa email</source>
            <translation>email '{text}' is not valid; imported without it</translation>
        </message>
        <message>
            <source>email sama</source>
            <translation>same email</translation>
        </message>
        <message>
            <source>Email {email} sudah dipakai {name} ({code}).</source>
            <translation>Email {email} is already used by {name} ({code}).</translation>
        </message>
        <message>
            <source>Empat per halaman A4 (dengan tanda potong)</source>
            <translation>Four per A4 page (with cut marks)</translation>
        </message>
        <message>
            <source>EventDesk tidak bisa membuka jendela: layar X '{display}' tidak ada (server X tidak berjalan?).</source>
            <translation>EventDesk cannot open its window: the X display '{display}' does not exist (is no X server running?).</translation>
        </message>
        <message>
            <source>EventDesk tidak bisa membuka jendela: pustaka sistem yang dibutuhkan Qt untuk layar X11 belum terpasang: {libraries}. Pasang paketnya, lalu jalankan lagi:
{advice}</source>
            <translation>EventDesk cannot open its window: system libraries Qt needs for an X11 display are not installed: {libraries}. Install their packages, then start it again:
{advice}</translation>
        </message>
        <message>
            <source>EventDesk tidak bisa membuka jendela: tidak ada layar (DISPLAY kosong). Jalankan dari desktop, atau pakai perintah baris 'eventdesk' untuk bekerja tanpa jendela.</source>
            <translation>EventDesk cannot open its window: there is no display (DISPLAY is empty). Start it from a desktop, or use the 'eventdesk' command line to work without a window.</translation>
        </message>
        <message>
            <source>EventDesk {version}
Meja panitia misi dagang dan investasi.</source>
            <translation>EventDesk {version}
The committee desk for trade and investment missions.</translation>
        </message>
        <message>
            <source>EventDesk — Papan langsung</source>
            <translation>EventDesk — Live board</translation>
        </message>
        <message>
            <source>EventDesk: meja panitia misi dagang dan investasi.</source>
            <translation>EventDesk: the committee desk for trade and investment missions.</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>F11: layar penuh · Esc: keluar dari layar penuh · Ctrl+W: tutup</source>
            <translation>F11: full screen · Esc: leave full screen · Ctrl+W: close</translation>
        </message>
        <message>
            <source>Fedora: sudo dnf install {packages}</source>
            <translation>Fedora: sudo dnf install {packages}</translation>
        </message>
        <message>
            <source>Folder '{folder}' tidak bisa dibuat: {reason}</source>
            <translation>The folder '{folder}' cannot be created: {reason}</translation>
        </message>
        <message>
            <source>Folder '{path}' tidak ada atau tidak terbaca.</source>
            <translation>Folder '{path}' does not exist or cannot be read.</translation>
        </message>
        <message>
            <source>Folder '{path}' tidak ada.</source>
            <translation>Folder '{path}' does not exist.</translation>
        </message>
        <message>
            <source>Folder '{path}' tidak bisa dibuat: {reason}</source>
            <translation>Folder '{path}' cannot be created: {reason}</translation>
        </message>
        <message>
            <source>Folder cadangan</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Folder cadangan (mis. flashdisk)</source>
            <translation>Backup folder (e.g. a USB drive)</translation>
        </message>
        <message>
            <source>Folder cadangan: {folder}</source>
            <translation>Backup folder: {folder}</translation>
        </message>
        <message>
            <source>Folder lain…</source>
            <translation>Other folder…</translation>
        </message>
        <message>
            <source>Folder pengaturan '{folder}' tidak bisa ditulis ({reason}); EventDesk mencatat meja ini di sana sebelum menulis.</source>
            <translation>The settings folder '{folder}' cannot be written ({reason}); EventDesk records this desk there before it writes.</translation>
        </message>
        <message>
            <source>Folder sinkron '{folder}' ada di disk laptop ini, bukan di flashdisk (flashdisk belum terpasang?); tidak ada yang ditulis.</source>
            <translation>The sync folder '{folder}' is on this laptop's own disk, not on the USB stick (is the stick plugged in?); nothing was written.</translation>
        </message>
        <message>
            <source>Folder sinkron '{folder}' tidak tersedia (flashdisk dicabut atau jaringan putus?); dicoba lagi.</source>
            <translation>Sync folder '{folder}' is not available (USB stick pulled out or network down?); trying again.</translation>
        </message>
        <message>
            <source>folder sinkron (bawaan: yang diatur di aplikasi untuk berkas ini)</source>
            <translation>sync folder (default: the one set in the application for this file)</translation>
        </message>
        <message>
            <source>Folder sinkron ditulis {time}; periksa laptop lain dan Syncthing.</source>
            <translation>Sync folder written {time}; check the other laptops and Syncthing.</translation>
        </message>
        <message>
            <source>Folder sinkron meja ini</source>
            <translation>This desk's sync folder</translation>
        </message>
        <message>
            <source>Folder sinkron tidak bisa dipakai ({reason}); dicoba lagi.</source>
            <translation>The sync folder cannot be used ({reason}); trying again.</translation>
        </message>
        <message>
            <source>Folder sinkron: {folder}</source>
            <translation>Sync folder: {folder}</translation>
        </message>
        <message>
            <source>folder tujuan; bawaan: folder cadangan di pengaturan</source>
            <translation>target folder; default: the backup folder in the settings</translation>
        </message>
        <message>
            <source>followups: transaksi yang tidak ditindaklanjuti selama sekian bulan (bawaan 3)</source>
            <translation>followups: deals not followed up for this many months (default 3)</translation>
        </message>
        <message>
            <source>Gabungkan</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Gabungkan dari meja lain</source>
            <translation>Merge from another desk</translation>
        </message>
        <message>
            <source>gabungkan data meja lain (salinan berkas acara yang sama) ke FILE</source>
            <translation>merge other desks' data (copies of the same event file) into FILE</translation>
        </message>
        <message>
            <source>Gabungkan ke… (Ctrl+G)</source>
            <translation>Merge into… (Ctrl+G)</translation>
        </message>
        <message>
            <source>Gabungkan organisasi</source>
            <translation>Merge organisations</translation>
        </message>
        <message>
            <source>Gabungkan peserta</source>
            <translation>Merge attendees</translation>
        </message>
        <message>
            <source>Gabungkan… (Ctrl+G)</source>
            <translation>Merge… (Ctrl+G)</translation>
        </message>
        <message>
            <source>Gambar (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Ganti &amp;operator…</source>
            <translation>Change O&amp;perator…</translation>
        </message>
        <message>
            <source>Hadir</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>hadir / terdaftar</source>
            <translation>present / registered</translation>
        </message>
        <message>
            <source>Hadir dan belum</source>
            <translation>Present or not</translation>
        </message>
        <message>
            <source>hadir sejak {time}</source>
            <translation>present since {time}</translation>
        </message>
        <message>
            <source>hadir {time}</source>
            <translation>present {time}</translation>
        </message>
        <message>
            <source>Halaman {page} dari {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Hanya cadangan berkas yang sedang terbuka</source>
            <translation>Only backups of the open file</translation>
        </message>
        <message>
            <source>Hanya perjanjian yang dibatalkan yang bisa dipulihkan.</source>
            <translation>Only a cancelled agreement can be reopened.</translation>
        </message>
        <message>
            <source>hanya tampilkan apa yang akan dibawa; tidak menulis apa pun</source>
            <translation>only show what would be brought; write nothing</translation>
        </message>
        <message>
            <source>Hanya transaksi berstatus tercatat yang dihitung.</source>
            <translation>Only booked transactions are counted.</translation>
        </message>
        <message>
            <source>Hanya yang perlu ditinjau</source>
            <translation>Only those to review</translation>
        </message>
        <message>
            <source>Hapus baris</source>
            <translation>Remove Row</translation>
        </message>
        <message>
            <source>Hapus logo</source>
            <translation>Remove Logo</translation>
        </message>
        <message>
            <source>Hapus peserta</source>
            <translation>Delete attendee</translation>
        </message>
        <message>
            <source>Hapus pihak ini</source>
            <translation>Remove this party</translation>
        </message>
        <message>
            <source>Hapus…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Hari ini</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Hari:</source>
            <translation>Day:</translation>
        </message>
        <message>
            <source>Hasil</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Hingga {date} pukul {time} {zone}</source>
            <translation>As of {date} at {time} {zone}</translation>
        </message>
        <message>
            <source>I. Perjanjian yang ditandatangani</source>
            <translation>I. Agreements signed</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>ID transaksi</source>
            <translation>Deal ID</translation>
        </message>
        <message>
            <source>Id: {id}</source>
            <translation>Id: {id}</translation>
        </message>
        <message>
            <source>II. Transaksi perdagangan dan investasi yang tercatat</source>
            <translation>II. Trade and investment transactions recorded</translation>
        </message>
        <message>
            <source>Impor</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Impor daftar peserta</source>
            <translation>Import a registration list</translation>
        </message>
        <message>
            <source>impor daftar peserta, atau daftar tindak lanjut yang sudah diisi, dari CSV atau XLSX</source>
            <translation>import an attendee list, or a filled-in follow-up worklist, from CSV or XLSX</translation>
        </message>
        <message>
            <source>Impor dari {file}</source>
            <translation>Imported from {file}</translation>
        </message>
        <message>
            <source>Impor juga sebagai orang lain</source>
            <translation>Import anyway as a different person</translation>
        </message>
        <message>
            <source>Impor peserta</source>
            <translation>Importing attendees</translation>
        </message>
        <message>
            <source>Impor {count} peserta</source>
            <translation>Import {count} attendees</translation>
        </message>
        <message>
            <source>Impor…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Inilah yang akan dibawa dari meja lain. Belum ada yang ditulis; tekan Gabungkan.</source>
            <translation>This is what the other desks would bring. Nothing has been written yet; press Merge.</translation>
        </message>
        <message>
            <source>Instansi</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Instansi penyelenggara</source>
            <translation>Organising office</translation>
        </message>
        <message>
            <source>Instansi penyelenggara:</source>
            <translation>Organising office:</translation>
        </message>
        <message>
            <source>Investasi</source>
            <translation>Investment</translation>
        </message>
        <message>
            <source>Investor</source>
            <translation>Investor</translation>
        </message>
        <message>
            <source>Isi lalu tekan Enter: peserta didaftarkan, dicatat hadir, dan tanda pengenalnya dicetak.</source>
            <translation>Fill in and press Enter: the attendee is registered, checked in, and their badge printed.</translation>
        </message>
        <message>
            <source>Isian belum disimpan</source>
            <translation>Unsaved input</translation>
        </message>
        <message>
            <source>J&amp;enis</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>Jabatan</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Jabatan di bawah tanda tangan</source>
            <translation>Title under the signature</translation>
        </message>
        <message>
            <source>Jabatan pejabat</source>
            <translation>Official's position</translation>
        </message>
        <message>
            <source>Jabatan penanda tangan</source>
            <translation>Signatory's position</translation>
        </message>
        <message>
            <source>Jabatan/judul</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Jadwal bentrok</source>
            <translation>Schedule conflict</translation>
        </message>
        <message>
            <source>Jadwal bentrok: {first}</source>
            <translation>Schedule conflict: {first}</translation>
        </message>
        <message>
            <source>Jadwal ini bentrok:
{lines}

Simpan juga? Bentrok dicatat bersama jadwal.</source>
            <translation>This slot has conflicts:
{lines}

Save anyway? The conflicts are recorded with the slot.</translation>
        </message>
        <message>
            <source>Jadwal Penandatanganan</source>
            <translation>Signing Schedule</translation>
        </message>
        <message>
            <source>Jadwalkan</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Jadwalkan ulang</source>
            <translation>Reschedule</translation>
        </message>
        <message>
            <source>Jam mulai:</source>
            <translation>Start time:</translation>
        </message>
        <message>
            <source>Jam selesai harus setelah jam mulai.</source>
            <translation>The end time must be after the start time.</translation>
        </message>
        <message>
            <source>Jam selesai:</source>
            <translation>End time:</translation>
        </message>
        <message>
            <source>Jenis</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Jenis organisasi</source>
            <translation>Organisation kind</translation>
        </message>
        <message>
            <source>Jenis perjanjian</source>
            <translation>Kind of agreement</translation>
        </message>
        <message>
            <source>Jenis perjanjian '{value}' tidak dikenal.</source>
            <translation>Unknown agreement type '{value}'.</translation>
        </message>
        <message>
            <source>Jenis transaksi '{value}' tidak dikenal (trade atau investment).</source>
            <translation>Unknown transaction type '{value}' (trade or investment).</translation>
        </message>
        <message>
            <source>Jenis · tahap</source>
            <translation>Kind · stage</translation>
        </message>
        <message>
            <source>Judul</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Judul perjanjian</source>
            <translation>Agreement title</translation>
        </message>
        <message>
            <source>Jumlah</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Jumlah '{text}' tidak terbaca.</source>
            <translation>Cannot read the amount '{text}'.</translation>
        </message>
        <message>
            <source>Jumlah '{text}' tidak terbaca. Contoh yang benar: 1.250.000, 250 jt, 1,5 M, 2 T.</source>
            <translation>Cannot read the amount '{text}'. Valid examples: 1.250.000, 250 jt, 1,5 M, 2 T.</translation>
        </message>
        <message>
            <source>Jumlah barang</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Jumlah barang '{text}' tidak terbaca; contoh: 12, 12,5 atau 1.250.</source>
            <translation>Quantity '{text}' cannot be read; for example: 12, 12,5 or 1.250.</translation>
        </message>
        <message>
            <source>Jumlah barang harus angka.</source>
            <translation>The quantity must be a number.</translation>
        </message>
        <message>
            <source>Jumlah barang harus lebih dari nol dan masuk akal.</source>
            <translation>The quantity must be more than zero and reasonable.</translation>
        </message>
        <message>
            <source>Jumlah barang harus lebih dari nol.</source>
            <translation>The quantity must be more than zero.</translation>
        </message>
        <message>
            <source>Jumlah barang terlalu besar; periksa lagi angkanya.</source>
            <translation>The quantity is too large; check the number again.</translation>
        </message>
        <message>
            <source>Jumlah belum diisi.</source>
            <translation>No amount entered.</translation>
        </message>
        <message>
            <source>Jumlah bulan tidak boleh negatif.</source>
            <translation>The number of months cannot be negative.</translation>
        </message>
        <message>
            <source>Jumlah dan s&amp;atuan</source>
            <translation>&amp;Quantity and unit</translation>
        </message>
        <message>
            <source>Jumlah harus bulat dalam rupiah (tanpa sen).</source>
            <translation>The amount must be whole rupiah (no sen).</translation>
        </message>
        <message>
            <source>Jumlah lebih dari Rp1.000 triliun; periksa lagi angkanya.</source>
            <translation>The amount is over Rp1,000 trillion; check the figure again.</translation>
        </message>
        <message>
            <source>Jumlah per daerah</source>
            <translation>Totals by region</translation>
        </message>
        <message>
            <source>Jumlah per kategori</source>
            <translation>Totals by category</translation>
        </message>
        <message>
            <source>Jumlah tidak boleh negatif.</source>
            <translation>The amount cannot be negative.</translation>
        </message>
        <message>
            <source>Jumlah tidak terbaca.</source>
            <translation>The amount cannot be read.</translation>
        </message>
        <message>
            <source>Jumlah transaksi yang disimpan di berkas tidak sama dengan transaksinya: diubah di luar EventDesk. Angka di layar dan laporan bisa salah; pulihkan dari cadangan.</source>
            <translation>The transaction sums kept in the file do not match its transactions: changed outside EventDesk. Figures on screen and in reports may be wrong; restore from a backup.</translation>
        </message>
        <message>
            <source>Jumlah {count} misi</source>
            <translation>Total of {count} missions</translation>
        </message>
        <message>
            <source>Jumlah {count} perjanjian</source>
            <translation>Total {count} agreements</translation>
        </message>
        <message>
            <source>Jumlah {count} perjanjian, dengan nilai yang dicantumkan {value} ({words}).</source>
            <translation>{count} agreements in all, with a stated value of {value} ({words}).</translation>
        </message>
        <message>
            <source>Jumlah {count} transaksi</source>
            <translation>Total of {count} transactions</translation>
        </message>
        <message>
            <source>Jumlah {missions} misi: {booked} ({compact}) tercatat, {realised} terealisasi, {deals} transaksi, {businesses} pelaku usaha</source>
            <translation>Total of {missions} missions: {booked} ({compact}) booked, {realised} realised, {deals} deals, {businesses} businesses</translation>
        </message>
        <message>
            <source>Kab./kota</source>
            <translation>Regency/city</translation>
        </message>
        <message>
            <source>Kab./kota penjual</source>
            <translation>Seller's regency/city</translation>
        </message>
        <message>
            <source>Kabupaten/kota</source>
            <translation>Regency/city</translation>
        </message>
        <message>
            <source>Kabupaten/kota penjual</source>
            <translation>Seller's regency/city</translation>
        </message>
        <message>
            <source>Kabupaten/kota tidak diisi</source>
            <translation>Regency/city not given</translation>
        </message>
        <message>
            <source>Kartu 86 × 54 mm (printer kartu)</source>
            <translation>Card 86 × 54 mm (card printer)</translation>
        </message>
        <message>
            <source>Kartu peserta dengan kode QR.</source>
            <translation>Attendee cards with QR codes.</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>kategori '{text}' tidak dikenal; dicatat sebagai {category}</source>
            <translation>category '{text}' not recognised; recorded as {category}</translation>
        </message>
        <message>
            <source>Kategori '{value}' tidak dikenal.</source>
            <translation>Unknown category '{value}'.</translation>
        </message>
        <message>
            <source>kategori bagi baris tanpa kategori</source>
            <translation>category for rows without one</translation>
        </message>
        <message>
            <source>Kategori bila kosong:</source>
            <translation>Category when empty:</translation>
        </message>
        <message>
            <source>Keadaan</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Kelompok</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>keluaran JSON untuk skrip</source>
            <translation>JSON output for scripts</translation>
        </message>
        <message>
            <source>Kembali ke isian</source>
            <translation>Back to the form</translation>
        </message>
        <message>
            <source>Kertas tanda pengenal:</source>
            <translation>Badge paper:</translation>
        </message>
        <message>
            <source>Keterangan</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Keterangan status</source>
            <translation>Status note</translation>
        </message>
        <message>
            <source>Ketik nama organisasi…</source>
            <translation>Type an organisation name…</translation>
        </message>
        <message>
            <source>Ketik nama, jabatan, organisasi atau kode…</source>
            <translation>Type a name, title, organisation or code…</translation>
        </message>
        <message>
            <source>Klik blok untuk membuka; seret untuk memindahkan waktu atau tempat.</source>
            <translation>Click a block to open it; drag it to move its time or spot.</translation>
        </message>
        <message>
            <source>Kode</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Kode '{code}' tidak terdaftar.</source>
            <translation>Code '{code}' is not registered.</translation>
        </message>
        <message>
            <source>Kode daerah</source>
            <translation>Region code</translation>
        </message>
        <message>
            <source>Kode peserta ganda</source>
            <translation>Attendee code used twice</translation>
        </message>
        <message>
            <source>Kolom</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Kolom (ubah bila salah terbaca)</source>
            <translation>Columns (change where misread)</translation>
        </message>
        <message>
            <source>kolom telepon berisi tanggal ({text}); diimpor tanpa nomor</source>
            <translation>the phone column holds a date ({text}); imported without a number</translation>
        </message>
        <message>
            <source>Kolom {column} kosong.</source>
            <translation>The {column} column is empty.</translation>
        </message>
        <message>
            <source>Koma adalah tanda desimal dan hanya boleh satu; pemisah ribuan memakai titik (1.250.000).</source>
            <translation>The comma is the decimal mark and may appear only once; thousands are separated with dots (1.250.000).</translation>
        </message>
        <message>
            <source>Komitmen</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <source>Komoditas</source>
            <translation>Commodity</translation>
        </message>
        <message>
            <source>Komoditas · jumlah</source>
            <translation>Commodity · quantity</translation>
        </message>
        <message>
            <source>Konflik ditinjau</source>
            <translation>Conflicts reviewed</translation>
        </message>
        <message>
            <source>Konflik ditinjau; nilai dipertahankan.</source>
            <translation>Conflict reviewed; value kept.</translation>
        </message>
        <message>
            <source>Konflik ini sudah ditinjau.</source>
            <translation>This conflict has been reviewed already.</translation>
        </message>
        <message>
            <source>Konflik penggabungan</source>
            <translation>Merge conflicts</translation>
        </message>
        <message>
            <source>Konflik tidak ditemukan (mungkin sudah ditinjau di meja lain).</source>
            <translation>Conflict not found (perhaps it was reviewed on another desk).</translation>
        </message>
        <message>
            <source>Kontak pembeli</source>
            <translation>Buyer contact</translation>
        </message>
        <message>
            <source>Kontak penjual</source>
            <translation>Seller contact</translation>
        </message>
        <message>
            <source>Kontrak</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Kontrak dagang</source>
            <translation>Trade contract</translation>
        </message>
        <message>
            <source>Kontrak ditandatangani</source>
            <translation>Contract signed</translation>
        </message>
        <message>
            <source>Kop surat</source>
            <translation>Letterhead</translation>
        </message>
        <message>
            <source>Kop surat di ringkasan perjanjian dan berita acara: logo (tab Umum), nama instansi dan alamat. Kosongkan untuk dokumen tanpa kop.</source>
            <translation>Letterhead of the agreement summary and the official record: logo (General tab), office name and address. Leave empty for documents without a letterhead.</translation>
        </message>
        <message>
            <source>Koperasi</source>
            <translation>Cooperative</translation>
        </message>
        <message>
            <source>Koreksi dibatalkan; transaksi lama tetap tercatat.</source>
            <translation>Correction cancelled; the old transaction stays booked.</translation>
        </message>
        <message>
            <source>Koreksi transaksi {id} ({value}, {buyer} → {seller}). Alasan: {reason}. Ubah yang salah lalu tekan Enter: transaksi lama dibatalkan dan yang baru dicatat sekaligus.</source>
            <translation>Correcting transaction {id} ({value}, {buyer} → {seller}). Reason: {reason}. Change what is wrong and press Enter: the old transaction is voided and the new one booked together.</translation>
        </message>
        <message>
            <source>Koreksi… (Ctrl+E)</source>
            <translation>Correct… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Kosongkan (Esc)</source>
            <translation>Clear (Esc)</translation>
        </message>
        <message>
            <source>Kota</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Kota:</source>
            <translation>City:</translation>
        </message>
        <message>
            <source>Label gulung 62 mm (dipotong 100 mm)</source>
            <translation>62 mm label roll (cut at 100 mm)</translation>
        </message>
        <message>
            <source>Lainnya</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Lainnya (daerah tidak diketahui)</source>
            <translation>Other (region unknown)</translation>
        </message>
        <message>
            <source>lainnya: {value} ({desk}, {operator}, {time})</source>
            <translation>other: {value} ({desk}, {operator}, {time})</translation>
        </message>
        <message>
            <source>Lampiran: transaksi yang dibatalkan</source>
            <translation>Annex: voided transactions</translation>
        </message>
        <message>
            <source>Lanjut</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Laporan</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Laporan '{kind}' belum tersedia di versi ini.</source>
            <translation>Report '{kind}' is not available in this version yet.</translation>
        </message>
        <message>
            <source>Laporan atau impor masih berjalan. Tunggu sampai selesai lalu tutup?</source>
            <translation>A report or import is still running. Wait for it to finish, then close?</translation>
        </message>
        <message>
            <source>Laporan tidak bisa ditulis ke {path}: {reason}</source>
            <translation>Cannot write the report to {path}: {reason}</translation>
        </message>
        <message>
            <source>Laptop ini menulis sebagai {desk}, tetapi folder sinkron memuat riwayat {desk} yang lain: identitas meja ini dipakai di dua laptop, atau salinan lama dipakai lagi. Sampai diperbaiki, perubahan laptop ini tidak dikirim ke meja lain.
Cara memperbaiki:
1. Tentukan laptop mana yang tetap {desk}.
2. Di laptop yang lain, tutup EventDesk, salin salinan lengkap meja lain dari folder sinkron (eventdesk-…/&lt;meja&gt;.eventdesk) ke laptop itu dan buka salinan itu: EventDesk menulisnya sebagai meja baru ({desk} (salinan)).
3. Catat ulang di sana pekerjaan laptop itu yang belum ada di meja lain (berkas lamanya tetap bisa dibuka dan dicetak: Laporan, eventdesk report).</source>
            <translation>This laptop writes as {desk}, but the sync folder holds another history of {desk}: this desk's identity is used on two laptops, or an old copy was written to again. Until it is fixed, this laptop's changes are not sent to the other desks.
To fix it:
1. Decide which laptop stays {desk}.
2. On the other one, close EventDesk, copy another desk's full copy from the sync folder (eventdesk-…/&lt;desk&gt;.eventdesk) to that laptop and open that copy: EventDesk writes it as a new desk ({desk} (salinan)).
3. Record there again that laptop's work that the other desks do not have (its old file can still be opened and printed: Reports, eventdesk report).</translation>
        </message>
        <message>
            <source>Laptop ini tidak punya penampil PDF. Cetak dari sini (Ctrl+P) atau simpan PDF-nya (Simpan sebagai…) dan buka di laptop lain.</source>
            <translation>This laptop has no PDF viewer. Print from here (Ctrl+P) or save the PDF (Save as…) and open it on another laptop.</translation>
        </message>
        <message>
            <source>Lebih dari satu transaksi berawalan '{id}'; tulis id lengkapnya.</source>
            <translation>More than one transaction starts with '{id}'; give the full id.</translation>
        </message>
        <message>
            <source>Lembar tanda tangan per hari untuk SPJ: kosong untuk meja, atau terisi jam check-in.</source>
            <translation>A signature sheet per day for the expense file: blank for the desk, or filled with check-in times.</translation>
        </message>
        <message>
            <source>Letter of Intent (LoI)</source>
            <translation>Letter of Intent (LoI)</translation>
        </message>
        <message>
            <source>Lihat &amp;konflik…</source>
            <translation>Show &amp;conflicts…</translation>
        </message>
        <message>
            <source>Linimasa</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Logo terlalu besar (paling besar 2 MB).</source>
            <translation>The logo is too large (2 MB at most).</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>Masih negosiasi</source>
            <translation>Still negotiating</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Meja</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Meja check-in</source>
            <translation>Check-in desk</translation>
        </message>
        <message>
            <source>Meja penandatanganan</source>
            <translation>Signing table</translation>
        </message>
        <message>
            <source>Meja tercatat</source>
            <translation>Desks recorded</translation>
        </message>
        <message>
            <source>Meja {tag}</source>
            <translation>Desk {tag}</translation>
        </message>
        <message>
            <source>Meja: {desk}</source>
            <translation>Desk: {desk}</translation>
        </message>
        <message>
            <source>Melibatkan UMKM</source>
            <translation>Involving MSMEs</translation>
        </message>
        <message>
            <source>melibatkan UMKM</source>
            <translation>involving MSMEs</translation>
        </message>
        <message>
            <source>Melibatkan UMKM (jumlah)</source>
            <translation>Involving MSMEs (count)</translation>
        </message>
        <message>
            <source>Melibatkan UMKM (nilai)</source>
            <translation>Involving MSMEs (value)</translation>
        </message>
        <message>
            <source>melibatkan UMKM (nilai) · {share} dari jumlah transaksi</source>
            <translation>involving MSMEs (value) · {share} of the number of transactions</translation>
        </message>
        <message>
            <source>Membaca berkas meja lain</source>
            <translation>Reading the other desks' files</translation>
        </message>
        <message>
            <source>Membaca berkas meja lain…</source>
            <translation>Reading the other desks' files…</translation>
        </message>
        <message>
            <source>Membaca cadangan</source>
            <translation>Reading backups</translation>
        </message>
        <message>
            <source>Membaca cadangan…</source>
            <translation>Reading backups…</translation>
        </message>
        <message>
            <source>Membaca daftar</source>
            <translation>Reading the list</translation>
        </message>
        <message>
            <source>Membaca dan memeriksa daftar…</source>
            <translation>Reading and checking the list…</translation>
        </message>
        <message>
            <source>Membaca temuan penggabungan…</source>
            <translation>Reading what merging found…</translation>
        </message>
        <message>
            <source>Membatalkan…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Membuat {count} tanda pengenal…</source>
            <translation>Making {count} badges…</translation>
        </message>
        <message>
            <source>Membuat {name}…</source>
            <translation>Creating {name}…</translation>
        </message>
        <message>
            <source>Membuka acara…</source>
            <translation>Opening the event…</translation>
        </message>
        <message>
            <source>Membuka {event}…</source>
            <translation>Opening {event}…</translation>
        </message>
        <message>
            <source>Mencetak</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>Mengapa penandatanganan ini ditunda? Slotnya tetap tercatat dan bisa dijadwalkan ulang.</source>
            <translation>Why is this signing postponed? Its slot stays on record and can be rescheduled.</translation>
        </message>
        <message>
            <source>Mengapa perjanjian ini dibatalkan? Perjanjian tetap tercatat dan bisa dipulihkan.</source>
            <translation>Why is this agreement cancelled? It stays on record and can be reopened.</translation>
        </message>
        <message>
            <source>Mengapa perjanjian ini dipulihkan? Perjanjian kembali menjadi draf tanpa slot.</source>
            <translation>Why is this agreement reopened? It becomes a draft without a slot.</translation>
        </message>
        <message>
            <source>Mengetahui,</source>
            <translation>Acknowledged by,</translation>
        </message>
        <message>
            <source>Menggabungkan data meja lain</source>
            <translation>Merging the other desks' data</translation>
        </message>
        <message>
            <source>Menggabungkan…</source>
            <translation>Merging…</translation>
        </message>
        <message>
            <source>Mengganti transaksi {id}</source>
            <translation>Replaces transaction {id}</translation>
        </message>
        <message>
            <source>menggantikan {planned}: {note}</source>
            <translation>standing in for {planned}: {note}</translation>
        </message>
        <message>
            <source>Mengikuti penggabungan data ganda dari meja lain</source>
            <translation>Following a merge of duplicates made at another desk</translation>
        </message>
        <message>
            <source>Mengirim {title} ke {printer}: halaman {done} dari {total}</source>
            <translation>Sending {title} to {printer}: page {done} of {total}</translation>
        </message>
        <message>
            <source>Mengirim {title} ke {printer}…</source>
            <translation>Sending {title} to {printer}…</translation>
        </message>
        <message>
            <source>Menulis misi demo</source>
            <translation>Writing demo mission</translation>
        </message>
        <message>
            <source>menunggu perubahan {first}–{last} (belum sampai)</source>
            <translation>waiting for changes {first}–{last} (not arrived yet)</translation>
        </message>
        <message>
            <source>Menurut arah antardaerah</source>
            <translation>By direction between regions</translation>
        </message>
        <message>
            <source>Menurut kabupaten/kota penjual</source>
            <translation>By seller's regency/city</translation>
        </message>
        <message>
            <source>Menurut komoditas</source>
            <translation>By commodity</translation>
        </message>
        <message>
            <source>Menurut misi</source>
            <translation>By mission</translation>
        </message>
        <message>
            <source>Menurut sektor</source>
            <translation>By sector</translation>
        </message>
        <message>
            <source>Menurut tahap</source>
            <translation>By stage</translation>
        </message>
        <message>
            <source>Menurut tahap pada hari misi</source>
            <translation>By stage on the mission day</translation>
        </message>
        <message>
            <source>Menyimpan peserta…</source>
            <translation>Saving attendees…</translation>
        </message>
        <message>
            <source>Minat / LoI</source>
            <translation>Interest / LoI</translation>
        </message>
        <message>
            <source>mis. 0812-3456-7890</source>
            <translation>e.g. 0812-3456-7890</translation>
        </message>
        <message>
            <source>mis. 1,5 M · 250 jt · Rp 2.000.000.000</source>
            <translation>e.g. 1,5 M · 250 jt · Rp 2.000.000.000</translation>
        </message>
        <message>
            <source>mis. 12,5</source>
            <translation>e.g. 12,5</translation>
        </message>
        <message>
            <source>mis. 650 M (kosongkan bila tanpa target)</source>
            <translation>e.g. 650 M (leave empty for no target)</translation>
        </message>
        <message>
            <source>mis. a.n. Kepala Dinas, yang bertugas ke luar kota</source>
            <translation>e.g. on behalf of the Head of Agency, who is travelling</translation>
        </message>
        <message>
            <source>mis. Ir. Bambang Sutrisno, M.T.</source>
            <translation>e.g. Ir. Bambang Sutrisno, M.T.</translation>
        </message>
        <message>
            <source>mis. Kepala Dinas Kelautan dan Perikanan Provinsi Jawa Timur</source>
            <translation>e.g. Head of the Marine and Fisheries Agency of East Java</translation>
        </message>
        <message>
            <source>mis. nama@perusahaan.co.id</source>
            <translation>e.g. name@company.co.id</translation>
        </message>
        <message>
            <source>mis. salah ketik nilai; dicatat ganda</source>
            <translation>e.g. value mistyped; booked twice</translation>
        </message>
        <message>
            <source>mis. Udang windu beku</source>
            <translation>e.g. Frozen tiger prawns</translation>
        </message>
        <message>
            <source>Misi</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Misi Dagang dan Investasi</source>
            <translation>Trade and Investment Mission</translation>
        </message>
        <message>
            <source>Misi Dagang dan Investasi {years}</source>
            <translation>Trade and Investment Missions {years}</translation>
        </message>
        <message>
            <source>Misi demo ditulis ke {path}: {attendees} peserta, {agreements} perjanjian ditandatangani, total {total}.</source>
            <translation>Demo mission written to {path}: {attendees} attendees, {agreements} agreements signed, total {total}.</translation>
        </message>
        <message>
            <source>Mulai</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Mungkin orang yang sama dengan {name} ({code}) dari {organisation}.</source>
            <translation>Possibly the same person as {name} ({code}) of {organisation}.</translation>
        </message>
        <message>
            <source>Mungkin orang yang sama dengan {name} ({code}).</source>
            <translation>Possibly the same person as {name} ({code}).</translation>
        </message>
        <message>
            <source>Mungkin orang yang sama, didaftarkan di dua meja</source>
            <translation>Perhaps the same person, registered on two desks</translation>
        </message>
        <message>
            <source>Mungkin sudah terdaftar</source>
            <translation>Possibly registered already</translation>
        </message>
        <message>
            <source>Naikkan urutan pihak</source>
            <translation>Move the party up</translation>
        </message>
        <message>
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Nama acara</source>
            <translation>Event name</translation>
        </message>
        <message>
            <source>Nama acara:</source>
            <translation>Event name:</translation>
        </message>
        <message>
            <source>Nama daerah</source>
            <translation>Region name</translation>
        </message>
        <message>
            <source>Nama dan jabatan saksi, satu per baris</source>
            <translation>Names and titles of the witnesses, one per line</translation>
        </message>
        <message>
            <source>nama hampir sama dalam organisasi yang sama</source>
            <translation>near-identical name in the same organisation</translation>
        </message>
        <message>
            <source>Nama lengkap</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Nama lengkap berisi nilai galat Excel ({text}), bukan nama orang.</source>
            <translation>Full name holds an Excel error value ({text}), not a person's name.</translation>
        </message>
        <message>
            <source>Nama lengkap berisi tanggal ({text}), bukan nama orang.</source>
            <translation>Full name holds a date ({text}), not a person's name.</translation>
        </message>
        <message>
            <source>Nama lengkap*</source>
            <translation>Full name*</translation>
        </message>
        <message>
            <source>Nama meja</source>
            <translation>Desk name</translation>
        </message>
        <message>
            <source>Nama meja wajib diisi.</source>
            <translation>Desk name is required.</translation>
        </message>
        <message>
            <source>Nama meja:</source>
            <translation>Desk name:</translation>
        </message>
        <message>
            <source>Nama operator wajib diisi.</source>
            <translation>Operator name is required.</translation>
        </message>
        <message>
            <source>nama operator yang tercatat pada setiap perubahan</source>
            <translation>operator name recorded with every change</translation>
        </message>
        <message>
            <source>Nama operator:</source>
            <translation>Operator name:</translation>
        </message>
        <message>
            <source>Nama organisasi</source>
            <translation>Organisation name</translation>
        </message>
        <message>
            <source>Nama pejabat</source>
            <translation>Official's name</translation>
        </message>
        <message>
            <source>Nama sama dibuat di dua meja</source>
            <translation>Same name created on two desks</translation>
        </message>
        <message>
            <source>Nama sektor</source>
            <translation>Sector name</translation>
        </message>
        <message>
            <source>Nama tempat</source>
            <translation>Spot name</translation>
        </message>
        <message>
            <source>Nama tempat penandatanganan</source>
            <translation>Signing spot name</translation>
        </message>
        <message>
            <source>Nama*</source>
            <translation>Name*</translation>
        </message>
        <message>
            <source>Namanya hampir sama dan organisasinya sama. Orang yang sama, atau orang lain?</source>
            <translation>Nearly the same name in the same organisation. The same person, or someone else?</translation>
        </message>
        <message>
            <source>Nanti saja</source>
            <translation>Not Now</translation>
        </message>
        <message>
            <source>Narasumber</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <source>Nilai</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Nilai '{text}' tidak dikenal; pilihan: {choices}.</source>
            <translation>Unknown value '{text}'; choose from: {choices}.</translation>
        </message>
        <message>
            <source>Nilai (opsional)</source>
            <translation>Value (optional)</translation>
        </message>
        <message>
            <source>Nilai (Rp)</source>
            <translation>Value (Rp)</translation>
        </message>
        <message>
            <source>Nilai belum diisi.</source>
            <translation>The value is missing.</translation>
        </message>
        <message>
            <source>Nilai dari meja lain dipilih saat meninjau konflik.</source>
            <translation>The other desk's value chosen when reviewing a conflict.</translation>
        </message>
        <message>
            <source>nilai di atas Rp1 triliun memang benar</source>
            <translation>a value above Rp1 trillion is really meant</translation>
        </message>
        <message>
            <source>Nilai dipakai</source>
            <translation>Value kept</translation>
        </message>
        <message>
            <source>Nilai harus lebih dari nol.</source>
            <translation>The value must be greater than zero.</translation>
        </message>
        <message>
            <source>Nilai harus rupiah bulat.</source>
            <translation>The value must be whole rupiah.</translation>
        </message>
        <message>
            <source>Nilai lain</source>
            <translation>Other value</translation>
        </message>
        <message>
            <source>Nilai perjanjian</source>
            <translation>Value of agreements</translation>
        </message>
        <message>
            <source>Nilai perjanjian harus rupiah bulat, tidak negatif.</source>
            <translation>The agreement value must be whole rupiah, not negative.</translation>
        </message>
        <message>
            <source>Nilai perjanjian yang ditandatangani ({value}) dicatat terpisah, tidak termasuk dalam total.</source>
            <translation>The signed agreements' value ({value}) is recorded separately, not in the total.</translation>
        </message>
        <message>
            <source>Nilai sangat besar</source>
            <translation>Very large value</translation>
        </message>
        <message>
            <source>Nilai seluruh perjanjian yang ditandatangani: {value}</source>
            <translation>Value of all signed agreements: {value}</translation>
        </message>
        <message>
            <source>Nilai semula, tidak dihitung (Rp)</source>
            <translation>Original value, not counted (Rp)</translation>
        </message>
        <message>
            <source>nilai seperti diketik, mis. '1,5 M' atau '250 jt'</source>
            <translation>value as typed, e.g. '1,5 M' or '250 jt'</translation>
        </message>
        <message>
            <source>Nilai tercatat</source>
            <translation>Booked value</translation>
        </message>
        <message>
            <source>Nilai tercatat (Rp)</source>
            <translation>Booked value (Rp)</translation>
        </message>
        <message>
            <source>Nilai terealisasi</source>
            <translation>Realised value</translation>
        </message>
        <message>
            <source>Nilai terealisasi hanya untuk status terealisasi.</source>
            <translation>A realised value goes only with a realised status.</translation>
        </message>
        <message>
            <source>Nilai terealisasi sebuah transaksi adalah nilai pada tindak lanjut terakhirnya; nilai yang tercatat pada hari misi tidak pernah diubah.</source>
            <translation>A deal's realised value is the value of its latest follow-up; the value booked on the mission day is never changed.</translation>
        </message>
        <message>
            <source>Nilai terealisasi seluruh transaksi: {value}.</source>
            <translation>Realised value of all deals: {value}.</translation>
        </message>
        <message>
            <source>nilai terealisasi, mis. "1,2 M"</source>
            <translation>realised value, e.g. "1,2 M"</translation>
        </message>
        <message>
            <source>Nilai transaksi harus lebih dari nol.</source>
            <translation>The transaction value must be greater than zero.</translation>
        </message>
        <message>
            <source>nilai transaksi tercatat</source>
            <translation>value of booked transactions</translation>
        </message>
        <message>
            <source>Nilai {value} ({words}) lebih dari Rp1 triliun. Benar nilai ini yang dicatat?</source>
            <translation>The value {value} ({words}) is more than Rp1 trillion. Is this really the value to book?</translation>
        </message>
        <message>
            <source>Nilai {value} ({words}) lebih dari Rp1 triliun; bila benar, ulangi dengan --yes.</source>
            <translation>The value {value} ({words}) is more than Rp1 trillion; if it is right, repeat with --yes.</translation>
        </message>
        <message>
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>NIP '{nip}' harus {count} angka (boleh dengan spasi).</source>
            <translation>NIP '{nip}' must be {count} digits (spaces allowed).</translation>
        </message>
        <message>
            <source>NIP. {nip}</source>
            <translation>NIP. {nip}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>No. HP</source>
            <translation>Mobile No.</translation>
        </message>
        <message>
            <source>Nomor</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Nomor dokumen</source>
            <translation>Document number</translation>
        </message>
        <message>
            <source>Nomor telepon '{text}' berisi karakter selain angka.</source>
            <translation>Phone number '{text}' contains characters other than digits.</translation>
        </message>
        <message>
            <source>Nomor telepon '{text}' tidak terbaca.</source>
            <translation>Phone number '{text}' cannot be read.</translation>
        </message>
        <message>
            <source>Nomor telepon '{text}' tidak valid.</source>
            <translation>Phone number '{text}' is not valid.</translation>
        </message>
        <message>
            <source>nomor telepon '{text}' tidak valid; diimpor tanpa nomor</source>
            <translation>phone number '{text}' is not valid; imported without it</translation>
        </message>
        <message>
            <source>Nomor telepon disamarkan.</source>
            <translation>Phone numbers masked.</translation>
        </message>
        <message>
            <source>Nomor telepon ditampilkan lengkap.</source>
            <translation>Phone numbers shown in full.</translation>
        </message>
        <message>
            <source>nomor telepon sama</source>
            <translation>same phone number</translation>
        </message>
        <message>
            <source>Nomor {number} sudah dipakai perjanjian '{title}'.</source>
            <translation>Number {number} is already used by the agreement '{title}'.</translation>
        </message>
        <message>
            <source>Nomor {phone} sudah dipakai {name} ({code}).</source>
            <translation>Phone number {phone} is already used by {name} ({code}).</translation>
        </message>
        <message>
            <source>Nomor: {blank}</source>
            <translation>Number: {blank}</translation>
        </message>
        <message>
            <source>Nota Kesepahaman (MoU)</source>
            <translation>Memorandum of Understanding (MoU)</translation>
        </message>
        <message>
            <source>oleh {operator} di {desk}</source>
            <translation>by {operator} at {desk}</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Operator meja</source>
            <translation>Desk Operator</translation>
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation>Operator: {name}</translation>
        </message>
        <message>
            <source>Orang ini terdaftar dua kali: gabungkan dengan pendaftaran yang lain</source>
            <translation>This person is registered twice: merge with the other registration</translation>
        </message>
        <message>
            <source>Organisasi</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Organisasi '{duplicate}' digabung ke '{kept}'</source>
            <translation>Organisation '{duplicate}' merged into '{kept}'</translation>
        </message>
        <message>
            <source>Organisasi '{name}' sudah terdaftar.</source>
            <translation>Organisation '{name}' is already registered.</translation>
        </message>
        <message>
            <source>Organisasi baru</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <source>organisasi baru '{name}' mirip dengan yang sudah terdaftar: {like}; bila sama, gabungkan</source>
            <translation>new organisation '{name}' looks like one already registered: {like}; if it is the same, merge them</translation>
        </message>
        <message>
            <source>Organisasi baru (Ctrl+N)</source>
            <translation>New organisation (Ctrl+N)</translation>
        </message>
        <message>
            <source>Organisasi baru:</source>
            <translation>New organisation:</translation>
        </message>
        <message>
            <source>Organisasi baru: {count}</source>
            <translation>New organisations: {count}</translation>
        </message>
        <message>
            <source>Organisasi baru?</source>
            <translation>New organisation?</translation>
        </message>
        <message>
            <source>Organisasi ini terdaftar ganda: pindahkan semuanya ke yang lain</source>
            <translation>This organisation is registered twice: move everything to the other one</translation>
        </message>
        <message>
            <source>Organisasi pihak perjanjian tidak ada.</source>
            <translation>An agreement party's organisation does not exist.</translation>
        </message>
        <message>
            <source>Organisasi tidak ditemukan.</source>
            <translation>Organisation not found.</translation>
        </message>
        <message>
            <source>Organisasi yang dipilih tidak ada.</source>
            <translation>The selected organisation does not exist.</translation>
        </message>
        <message>
            <source>Organisasi {name}</source>
            <translation>Organisation {name}</translation>
        </message>
        <message>
            <source>pada hari ini {date}</source>
            <translation>on this day, {date}</translation>
        </message>
        <message>
            <source>pada hari {first} sampai dengan hari {last}</source>
            <translation>from {first} to {last}</translation>
        </message>
        <message>
            <source>pada tanggal yang belum diisi di pengaturan acara</source>
            <translation>on a date not yet set in the event settings</translation>
        </message>
        <message>
            <source>Pakai nilai &amp;lain</source>
            <translation>Use the &amp;other value</translation>
        </message>
        <message>
            <source>Panggung</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Panitia</source>
            <translation>Committee</translation>
        </message>
        <message>
            <source>Papan langsung (proyektor)…</source>
            <translation>Live board (projector)…</translation>
        </message>
        <message>
            <source>Para pihak</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Para pihak dan penanda tangan</source>
            <translation>Parties and signatories</translation>
        </message>
        <message>
            <source>Paraf {who}</source>
            <translation>Initials {who}</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF {path} tidak bisa dibaca untuk dicetak.</source>
            <translation>The PDF {path} cannot be read for printing.</translation>
        </message>
        <message>
            <source>Pe&amp;rjanjian</source>
            <translation>&amp;Agreement</translation>
        </message>
        <message>
            <source>Pejabat pengesah</source>
            <translation>Approving officials</translation>
        </message>
        <message>
            <source>Pejabat {number}</source>
            <translation>Official {number}</translation>
        </message>
        <message>
            <source>Pekerjaan di proses terpisah berhenti tanpa hasil (kode keluar {code}).</source>
            <translation>The work in a separate process stopped without a result (exit code {code}).</translation>
        </message>
        <message>
            <source>Pekerjaan masih berjalan</source>
            <translation>Work Still Running</translation>
        </message>
        <message>
            <source>Pelaku usaha</source>
            <translation>Businesses</translation>
        </message>
        <message>
            <source>Pelaku usaha: perusahaan, BUMN/BUMD, UMKM dan koperasi yang menjadi pembeli atau penjual transaksi tercatat; yang ikut dua misi dihitung di setiap misi.</source>
            <translation>Businesses: companies, state and regional enterprises, MSMEs and cooperatives that are buyer or seller of a booked deal; one taking part in two missions counts in each.</translation>
        </message>
        <message>
            <source>Pembatalan mengalahkan perubahan</source>
            <translation>Void beats an edit</translation>
        </message>
        <message>
            <source>Pembeli</source>
            <translation>Buyer</translation>
        </message>
        <message>
            <source>Pembeli (daerah)</source>
            <translation>Buyer (region)</translation>
        </message>
        <message>
            <source>Pembeli / investor</source>
            <translation>Buyer / investor</translation>
        </message>
        <message>
            <source>Pembeli dan penjual tidak boleh organisasi yang sama.</source>
            <translation>Buyer and seller cannot be the same organisation.</translation>
        </message>
        <message>
            <source>Pembeli/investor belum diisi.</source>
            <translation>The buyer/investor is missing.</translation>
        </message>
        <message>
            <source>Pembeli/investor tidak terdaftar sebagai organisasi.</source>
            <translation>The buyer/investor is not a registered organisation.</translation>
        </message>
        <message>
            <source>Pembelian</source>
            <translation>Purchases</translation>
        </message>
        <message>
            <source>Pemeriksaan isi, bukan tanda tangan. Dibuat {generated} dari data {count} perjanjian yang ditandatangani. Sidik isi yang sama di layar Jadwal Penandatanganan EventDesk berarti isi dokumen ini belum berubah sejak dicetak.</source>
            <translation>A content check, not a signature. Made {generated} from the data of {count} signed agreements. The same fingerprint on EventDesk's Signing schedule screen means this document's content has not changed since it was printed.</translation>
        </message>
        <message>
            <source>Pemeriksaan jadwal</source>
            <translation>Schedule check</translation>
        </message>
        <message>
            <source>Pemerintah</source>
            <translation>Government</translation>
        </message>
        <message>
            <source>Pemulihan gagal</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <source>Pen&amp;jual / penerima</source>
            <translation>&amp;Seller / recipient</translation>
        </message>
        <message>
            <source>Penanda tangan</source>
            <translation>Signatory</translation>
        </message>
        <message>
            <source>Penanda tangan belum check-in</source>
            <translation>Signatory not checked in</translation>
        </message>
        <message>
            <source>Penanda tangan belum ditentukan</source>
            <translation>Signatory not chosen yet</translation>
        </message>
        <message>
            <source>Penanda tangan diberikan untuk pihak yang bukan bagian perjanjian ini.</source>
            <translation>A signatory was given for a party that is not part of this agreement.</translation>
        </message>
        <message>
            <source>Penanda tangan hadir</source>
            <translation>Signatories present</translation>
        </message>
        <message>
            <source>Penanda tangan yang dipilih tidak terdaftar sebagai peserta.</source>
            <translation>The selected signatory is not a registered attendee.</translation>
        </message>
        <message>
            <source>Penanda tangan: {name}{title}</source>
            <translation>Signatory: {name}{title}</translation>
        </message>
        <message>
            <source>Penanda tangan: {signer}</source>
            <translation>Signatory: {signer}</translation>
        </message>
        <message>
            <source>Penandatanganan dicatat keliru? Tulis alasannya; perjanjian kembali ke jadwal dan alasannya tercatat.</source>
            <translation>Was the signing recorded by mistake? Write the reason; the agreement goes back to the schedule and the reason is recorded.</translation>
        </message>
        <message>
            <source>Penandatanganan dicatat pada {day}, bukan hari acara ({days}). Ringkasan yang ditandatangani pejabat akan mencantumkan tanggal ini. Tetap catat pada tanggal ini?</source>
            <translation>The signing is recorded on {day}, which is not an event day ({days}). The summary the officials sign will show this date. Record it on this date anyway?</translation>
        </message>
        <message>
            <source>Penandatanganan terbaru</source>
            <translation>Latest signings</translation>
        </message>
        <message>
            <source>Pencetakan dibatalkan setelah {done} dari {total} halaman.</source>
            <translation>Printing cancelled after {done} of {total} pages.</translation>
        </message>
        <message>
            <source>Pendaftaran</source>
            <translation>The registration</translation>
        </message>
        <message>
            <source>Pendaftaran baru</source>
            <translation>New registration</translation>
        </message>
        <message>
            <source>Pendaftaran baru (Ctrl+N)</source>
            <translation>New registration (Ctrl+N)</translation>
        </message>
        <message>
            <source>Pengaturan &amp;meja ini (printer, bunyi)…</source>
            <translation>This &amp;desk's settings (printer, sounds)…</translation>
        </message>
        <message>
            <source>Pengaturan acara</source>
            <translation>Event Settings</translation>
        </message>
        <message>
            <source>Pengaturan meja</source>
            <translation>Desk settings</translation>
        </message>
        <message>
            <source>Pengaturan meja ini</source>
            <translation>This desk's settings</translation>
        </message>
        <message>
            <source>Pengaturan meja ini tersimpan.</source>
            <translation>This desk's settings are saved.</translation>
        </message>
        <message>
            <source>Pengaturan tidak bisa disimpan di '{folder}': {reason}</source>
            <translation>Settings cannot be saved in '{folder}': {reason}</translation>
        </message>
        <message>
            <source>Pengganti tercatat {value}: {buyer} → {seller} (id {id}); transaksi lama dibatalkan.</source>
            <translation>Replacement booked {value}: {buyer} → {seller} (id {id}); the old transaction is voided.</translation>
        </message>
        <message>
            <source>Penjual</source>
            <translation>Seller</translation>
        </message>
        <message>
            <source>Penjual (daerah)</source>
            <translation>Seller (region)</translation>
        </message>
        <message>
            <source>Penjual / penerima</source>
            <translation>Seller / recipient</translation>
        </message>
        <message>
            <source>Penjual/penerima investasi belum diisi.</source>
            <translation>The seller/investment recipient is missing.</translation>
        </message>
        <message>
            <source>Penjual/penerima investasi tidak terdaftar sebagai organisasi.</source>
            <translation>The seller/investee is not a registered organisation.</translation>
        </message>
        <message>
            <source>Penjualan</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Penyelia menandai angka yang sudah diperiksa; rekap memisahkan yang terverifikasi.</source>
            <translation>A supervisor marks the figures that were checked; the recap shows verified ones apart.</translation>
        </message>
        <message>
            <source>Per daerah</source>
            <translation>By region</translation>
        </message>
        <message>
            <source>Per kategori</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>per tempat</source>
            <translation>per spot</translation>
        </message>
        <message>
            <source>Perangkat daerah</source>
            <translation>Regional government agency</translation>
        </message>
        <message>
            <source>Perdagangan</source>
            <translation>Trade</translation>
        </message>
        <message>
            <source>Perdagangan dan investasi</source>
            <translation>Trade and investment</translation>
        </message>
        <message>
            <source>PERHATIAN: {message}</source>
            <translation>ATTENTION: {message}</translation>
        </message>
        <message>
            <source>periksa instalasi ini dari awal sampai akhir (tanpa jendela)</source>
            <translation>check this installation end to end (without a window)</translation>
        </message>
        <message>
            <source>periksa keutuhan dan konsistensi berkas acara</source>
            <translation>check the integrity and consistency of an event file</translation>
        </message>
        <message>
            <source>Perjanjian</source>
            <translation>The agreement</translation>
        </message>
        <message>
            <source>Perjanjian baru</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <source>Perjanjian baru…</source>
            <translation>New agreement…</translation>
        </message>
        <message>
            <source>Perjanjian dan para pihak</source>
            <translation>Agreement and parties</translation>
        </message>
        <message>
            <source>Perjanjian dibatalkan</source>
            <translation>Agreements cancelled</translation>
        </message>
        <message>
            <source>Perjanjian dibuat</source>
            <translation>Agreements created</translation>
        </message>
        <message>
            <source>Perjanjian dijadwalkan</source>
            <translation>Agreements scheduled</translation>
        </message>
        <message>
            <source>Perjanjian ditandatangani</source>
            <translation>Agreements signed</translation>
        </message>
        <message>
            <source>Perjanjian Ditandatangani</source>
            <translation>Signed Agreements</translation>
        </message>
        <message>
            <source>perjanjian ditandatangani</source>
            <translation>agreements signed</translation>
        </message>
        <message>
            <source>Perjanjian ditunda</source>
            <translation>Agreements postponed</translation>
        </message>
        <message>
            <source>Perjanjian ini belum ditandatangani.</source>
            <translation>This agreement has not been signed.</translation>
        </message>
        <message>
            <source>Perjanjian ini sudah berstatus {status}.</source>
            <translation>This agreement is already {status}.</translation>
        </message>
        <message>
            <source>Perjanjian ini sudah ditandatangani.</source>
            <translation>This agreement has already been signed.</translation>
        </message>
        <message>
            <source>Perjanjian Kerja Sama (PKS)</source>
            <translation>Cooperation Agreement (PKS)</translation>
        </message>
        <message>
            <source>Perjanjian perlu paling sedikit dua pihak.</source>
            <translation>An agreement needs at least two parties.</translation>
        </message>
        <message>
            <source>Perjanjian tanpa nilai (misalnya nota kesepahaman) dihitung jumlahnya saja.</source>
            <translation>Agreements without a value (such as memoranda of understanding) are only counted.</translation>
        </message>
        <message>
            <source>Perjanjian terjadwal perlu paling sedikit dua pihak (sekarang {count}).</source>
            <translation>A scheduled agreement needs at least two parties (now {count}).</translation>
        </message>
        <message>
            <source>Perjanjian tidak ditemukan.</source>
            <translation>Agreement not found.</translation>
        </message>
        <message>
            <source>Perjanjian yang dibatalkan tidak bisa dijadwalkan.</source>
            <translation>A cancelled agreement cannot be scheduled.</translation>
        </message>
        <message>
            <source>Perjanjian yang dibatalkan tidak bisa ditandatangani.</source>
            <translation>A cancelled agreement cannot be signed.</translation>
        </message>
        <message>
            <source>Perjanjian yang dibatalkan tidak bisa diubah; pulihkan dulu.</source>
            <translation>A cancelled agreement cannot be changed; reopen it first.</translation>
        </message>
        <message>
            <source>Perjanjian yang dipilih tidak ada.</source>
            <translation>The selected agreement does not exist.</translation>
        </message>
        <message>
            <source>Perjanjian yang ditandatangani</source>
            <translation>Signed agreements</translation>
        </message>
        <message>
            <source>Perjanjian yang ditandatangani: {shown} bernilai terbesar dari {count}</source>
            <translation>Agreements signed: the {shown} of the largest value of {count}</translation>
        </message>
        <message>
            <source>Perjanjian yang sudah ditandatangani tidak bisa dijadwalkan ulang.</source>
            <translation>A signed agreement cannot be rescheduled.</translation>
        </message>
        <message>
            <source>Perjanjian yang sudah ditandatangani tidak bisa ditunda atau dibatalkan.</source>
            <translation>A signed agreement cannot be postponed or cancelled.</translation>
        </message>
        <message>
            <source>Perjanjian {number} dari {count}</source>
            <translation>Agreement {number} of {count}</translation>
        </message>
        <message>
            <source>Perjanjian {title}</source>
            <translation>Agreement {title}</translation>
        </message>
        <message>
            <source>Perjanjian: {title}</source>
            <translation>Agreement: {title}</translation>
        </message>
        <message>
            <source>Perlu ditinjau</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>Persentase</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Perubahan daerah</source>
            <translation>Region changes</translation>
        </message>
        <message>
            <source>Perubahan data peserta</source>
            <translation>Attendee changes</translation>
        </message>
        <message>
            <source>Perubahan meja ini ditulis ke {path}.</source>
            <translation>This desk's changes written to {path}.</translation>
        </message>
        <message>
            <source>Perubahan meja {desk} di '{path}' dimulai setelah celah; menunggu bagian sebelumnya.</source>
            <translation>The changes of desk {desk} in '{path}' start after a gap; waiting for the part before.</translation>
        </message>
        <message>
            <source>Perubahan organisasi</source>
            <translation>Organisation changes</translation>
        </message>
        <message>
            <source>Perubahan pengaturan acara</source>
            <translation>Event settings changes</translation>
        </message>
        <message>
            <source>Perubahan perjanjian</source>
            <translation>Agreement changes</translation>
        </message>
        <message>
            <source>Perubahan pihak perjanjian</source>
            <translation>Agreement party changes</translation>
        </message>
        <message>
            <source>Perubahan sektor</source>
            <translation>Sector changes</translation>
        </message>
        <message>
            <source>Perubahan slot jadwal</source>
            <translation>Schedule slot changes</translation>
        </message>
        <message>
            <source>Perubahan transaksi</source>
            <translation>Transaction changes</translation>
        </message>
        <message>
            <source>perubahan {first}–{last} menunggu data meja lain (belum sampai)</source>
            <translation>changes {first}–{last} waiting for another desk's data (not arrived yet)</translation>
        </message>
        <message>
            <source>Perubahan {name} tersimpan.</source>
            <translation>Changes to {name} saved.</translation>
        </message>
        <message>
            <source>Perusahaan</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Peserta</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>peserta</source>
            <translation>attendees</translation>
        </message>
        <message>
            <source>Peserta baru</source>
            <translation>New attendees</translation>
        </message>
        <message>
            <source>Peserta datang langsung</source>
            <translation>Walk-in attendee</translation>
        </message>
        <message>
            <source>Peserta datang langsung
(F2)</source>
            <translation>Walk-in attendee
(F2)</translation>
        </message>
        <message>
            <source>Peserta hadir</source>
            <translation>Attendees present</translation>
        </message>
        <message>
            <source>Peserta hadir / terdaftar</source>
            <translation>Attendees present / registered</translation>
        </message>
        <message>
            <source>peserta hadir / terdaftar</source>
            <translation>attendees present / registered</translation>
        </message>
        <message>
            <source>Peserta ini sudah dihapus.</source>
            <translation>This attendee has been deleted.</translation>
        </message>
        <message>
            <source>Peserta per daerah dan organisasi, dengan jam kehadiran.</source>
            <translation>Attendees by region and organisation, with check-in times.</translation>
        </message>
        <message>
            <source>Peserta terdaftar</source>
            <translation>Attendees registered</translation>
        </message>
        <message>
            <source>Peserta tidak ditemukan.</source>
            <translation>Attendee not found.</translation>
        </message>
        <message>
            <source>Peserta yang dibuka</source>
            <translation>The attendee open in the form</translation>
        </message>
        <message>
            <source>Peserta {name} ({code})</source>
            <translation>Attendee {name} ({code})</translation>
        </message>
        <message>
            <source>Petugas check-in</source>
            <translation>Checked in by</translation>
        </message>
        <message>
            <source>Pihak dan penanda tangan perjanjian yang sudah ditandatangani tidak bisa diubah; batalkan penandatanganannya dulu.</source>
            <translation>The parties and signatories of a signed agreement cannot be changed; undo the signing first.</translation>
        </message>
        <message>
            <source>Pihak dan penanda tangan terkunci; untuk mengubahnya batalkan penandatanganan dulu.</source>
            <translation>Parties and signatories are locked; undo the signing to change them.</translation>
        </message>
        <message>
            <source>Pihak dihapus dari perjanjian.</source>
            <translation>Party removed from the agreement.</translation>
        </message>
        <message>
            <source>Pihak {ordinal}</source>
            <translation>{ordinal} party</translation>
        </message>
        <message>
            <source>Pihak {organisation} belum punya penanda tangan.</source>
            <translation>Party {organisation} has no signatory yet.</translation>
        </message>
        <message>
            <source>Pilih berkas CSV atau Excel (.xlsx) dari delegasi.</source>
            <translation>Choose a delegation's CSV or Excel (.xlsx) file.</translation>
        </message>
        <message>
            <source>Pilih berkas…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Pilih cadangan. Cadangan dipulihkan ke berkas acara BARU; berkas yang sedang terbuka tidak diubah.</source>
            <translation>Choose a backup. It is restored into a NEW event file; the open file is not changed.</translation>
        </message>
        <message>
            <source>Pilih daftar peserta</source>
            <translation>Choose a registration list</translation>
        </message>
        <message>
            <source>Pilih dua data yang berbeda untuk digabung.</source>
            <translation>Choose two different records to merge.</translation>
        </message>
        <message>
            <source>Pilih dulu organisasi yang terdaftar ganda di daftar.</source>
            <translation>First choose the organisation registered twice in the list.</translation>
        </message>
        <message>
            <source>Pilih dulu peserta yang terdaftar dua kali di daftar.</source>
            <translation>First choose the attendee registered twice in the list.</translation>
        </message>
        <message>
            <source>Pilih dulu transaksi di daftar.</source>
            <translation>First choose a transaction in the list.</translation>
        </message>
        <message>
            <source>Pilih folder sinkron</source>
            <translation>Choose the sync folder</translation>
        </message>
        <message>
            <source>Pilih logo</source>
            <translation>Choose Logo</translation>
        </message>
        <message>
            <source>Pilih logo…</source>
            <translation>Choose Logo…</translation>
        </message>
        <message>
            <source>Pilih status dari daftar.</source>
            <translation>Choose a status from the list.</translation>
        </message>
        <message>
            <source>Pilih transaksi</source>
            <translation>Choose a transaction</translation>
        </message>
        <message>
            <source>Pilih transaksi tercatat yang belum diverifikasi.</source>
            <translation>Choose booked transactions that are not yet verified.</translation>
        </message>
        <message>
            <source>Pilihan organisasi, sektor atau perjanjian tidak terbaca.</source>
            <translation>The chosen organisation, sector or agreement cannot be read.</translation>
        </message>
        <message>
            <source>Pindai kode atau ketik nama…</source>
            <translation>Scan a code or type a name…</translation>
        </message>
        <message>
            <source>Porsi</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Porsi jumlah</source>
            <translation>Share of count</translation>
        </message>
        <message>
            <source>Porsi nilai</source>
            <translation>Share of value</translation>
        </message>
        <message>
            <source>Porsi UMKM</source>
            <translation>MSME share</translation>
        </message>
        <message>
            <source>Pratinjau ({where}): {imported} akan diimpor, {duplicates} duplikat, {rejected} ditolak, {warned} dengan peringatan. Belum ada yang disimpan.</source>
            <translation>Preview ({where}): {imported} to import, {duplicates} duplicates, {rejected} rejected, {warned} with warnings. Nothing saved yet.</translation>
        </message>
        <message>
            <source>Pratinjau: {title}</source>
            <translation>Preview: {title}</translation>
        </message>
        <message>
            <source>Printer tanda pengenal '{name}' tidak terpasang: tanda pengenal dibuka di pratinjau.</source>
            <translation>Badge printer '{name}' is not installed: the badge opens in the preview.</translation>
        </message>
        <message>
            <source>Printer tanda pengenal:</source>
            <translation>Badge printer:</translation>
        </message>
        <message>
            <source>Printer {name} berhenti di halaman {page}.</source>
            <translation>Printer {name} stopped at page {page}.</translation>
        </message>
        <message>
            <source>Printer {name} tidak bisa dipakai. Periksa kabel, kertas dan nyalanya, lalu coba lagi.</source>
            <translation>Printer {name} cannot be used. Check its cable, paper and power, then try again.</translation>
        </message>
        <message>
            <source>pukul {time}</source>
            <translation>at {time}</translation>
        </message>
        <message>
            <source>pulih</source>
            <translation>restored</translation>
        </message>
        <message>
            <source>Pulihkan</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Pulihkan dari cadangan</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Pulihkan ke berkas baru</source>
            <translation>Restore into a new file</translation>
        </message>
        <message>
            <source>Pulihkan ke berkas baru…</source>
            <translation>Restore into a new file…</translation>
        </message>
        <message>
            <source>Pulihkan perjanjian ini untuk mengubahnya.</source>
            <translation>Reopen this agreement to change it.</translation>
        </message>
        <message>
            <source>Pulihkan: {title}</source>
            <translation>Reopen: {title}</translation>
        </message>
        <message>
            <source>Pulihkan…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <source>Putaran sinkron lain meja ini masih berjalan; dicoba lagi nanti.</source>
            <translation>Another sync round of this desk is still running; it will be tried again later.</translation>
        </message>
        <message>
            <source>Realisasi Transaksi</source>
            <translation>Deals Realised</translation>
        </message>
        <message>
            <source>Rekap Misi Dagang dan Investasi</source>
            <translation>Trade and Investment Missions Summary</translation>
        </message>
        <message>
            <source>Rekap Transaksi</source>
            <translation>Transaction Recap</translation>
        </message>
        <message>
            <source>Rekap Transaksi dan Daftar Hadir tanpa rincian (hanya total per kelompok: beberapa halaman)</source>
            <translation>Transaction Recap and Attendance List without their lines (totals by group only: a few pages)</translation>
        </message>
        <message>
            <source>Rekapitulasi</source>
            <translation>Totals</translation>
        </message>
        <message>
            <source>Rincian transaksi ({lines}) tidak sama dengan totalnya ({total}); rekap tidak dibuat. Jalankan pemeriksaan berkas (eventdesk check).</source>
            <translation>The transaction lines ({lines}) do not add up to their total ({total}); the recap was not made. Run the file check (eventdesk check).</translation>
        </message>
        <message>
            <source>Rincian transaksi tercatat</source>
            <translation>Booked transactions in detail</translation>
        </message>
        <message>
            <source>Ringkasan</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Ringkasan ditandatangani (PDF)</source>
            <translation>Signed summary (PDF)</translation>
        </message>
        <message>
            <source>Ringkasan Eksekutif</source>
            <translation>Executive Summary</translation>
        </message>
        <message>
            <source>Ringkasan Perjanjian yang Ditandatangani</source>
            <translation>Summary of Signed Agreements</translation>
        </message>
        <message>
            <source>Ringkasan perjanjian yang ditandatangani, untuk pengesahan pejabat.</source>
            <translation>Summary of signed agreements, for sign-off by officials.</translation>
        </message>
        <message>
            <source>Ringkasan tanpa rincian per transaksi; rekap lengkap memuat setiap transaksi tercatat.</source>
            <translation>Summary without the list of deals; the full recap lists every recorded deal.</translation>
        </message>
        <message>
            <source>Riwayat meja {desk} di '{path}' bercabang dari riwayatnya di berkas ini (identitas meja disalin ke laptop lain, atau salinan lama dipakai lagi); tidak digabungkan.</source>
            <translation>The history of desk {desk} in '{path}' forks from its history in this file (the desk identity was copied to another laptop, or an old copy was used again); not merged.</translation>
        </message>
        <message>
            <source>Riwayat {desk} di folder sinkron bercabang dari riwayatnya di berkas ini: identitas meja itu dipakai di dua laptop, atau salinan lama dipakai lagi. Hanya perubahan {desk} yang ditolak; pekerjaan meja lain tetap digabungkan.
Cara memperbaiki:
1. Temukan laptop kedua yang menulis sebagai {desk}.
2. Di laptop itu, tutup EventDesk, salin salinan lengkap meja lain dari folder sinkron ke laptop itu dan buka salinan itu: EventDesk menulisnya sebagai meja baru.
3. Catat ulang di sana pekerjaan laptop itu yang belum ada di meja lain.</source>
            <translation>The history of {desk} in the sync folder has parted from its history in this file: that desk's identity is used on two laptops, or an old copy was written to again. Only the changes of {desk} are refused; other desks' work is still merged.
To fix it:
1. Find the second laptop writing as {desk}.
2. On that laptop, close EventDesk, copy another desk's full copy from the sync folder to it and open that copy: EventDesk writes it as a new desk.
3. Record there again that laptop's work that the other desks do not have.</translation>
        </message>
        <message>
            <source>Ruang lingkup</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>rusak (lihat keterangan)</source>
            <translation>damaged (see tooltip)</translation>
        </message>
        <message>
            <source>s.d. {time} {zone}</source>
            <translation>until {time} {zone}</translation>
        </message>
        <message>
            <source>Saat</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Saksi</source>
            <translation>Witnesses</translation>
        </message>
        <message>
            <source>Saksi: {witnesses}</source>
            <translation>Witnesses: {witnesses}</translation>
        </message>
        <message>
            <source>Salinan ini menulis sebagai meja baru: {label}.</source>
            <translation>This copy writes as a new desk: {label}.</translation>
        </message>
        <message>
            <source>Salinan lain berkas acara ini sedang ditulis di laptop ini; coba lagi sebentar.</source>
            <translation>Another copy of this event file is being written on this laptop; try again in a moment.</translation>
        </message>
        <message>
            <source>Salinan lengkap meja ini ditulis ke {path}.</source>
            <translation>This desk's full copy written to {path}.</translation>
        </message>
        <message>
            <source>Salinan tidak bisa ditulis ke '{path}': {reason}</source>
            <translation>The copy cannot be written to '{path}': {reason}</translation>
        </message>
        <message>
            <source>Salinan yang baru dibuat tidak utuh; cadangan dibatalkan.</source>
            <translation>The copy just made is not whole; the backup was abandoned.</translation>
        </message>
        <message>
            <source>sama dengan {who} — {why}</source>
            <translation>same as {who} — {why}</translation>
        </message>
        <message>
            <source>samarkan nomor telepon</source>
            <translation>mask phone numbers</translation>
        </message>
        <message>
            <source>satu halaman per perjanjian</source>
            <translation>one page per agreement</translation>
        </message>
        <message>
            <source>Satu halaman untuk siaran pers: angka, perjanjian, 10 transaksi terbesar.</source>
            <translation>One page for the press release: figures, agreements, the 10 largest deals.</translation>
        </message>
        <message>
            <source>satu putaran folder sinkron: gabungkan perubahan meja lain, tulis perubahan meja ini</source>
            <translation>one round of the sync folder: merge the other desks' changes, write this desk's</translation>
        </message>
        <message>
            <source>Satuan</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>satuan</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>Satuan '{unit}' tidak dikenal; gunakan rb, jt/juta, M/miliar atau T/triliun.</source>
            <translation>Unknown unit '{unit}'; use rb (thousand), jt/juta (million), M/miliar (billion) or T/triliun (trillion).</translation>
        </message>
        <message>
            <source>schedule: satu bagian per tempat, bukan satu urutan acara</source>
            <translation>schedule: one section per spot instead of one running order</translation>
        </message>
        <message>
            <source>Sebelum</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Sebuah transaksi melibatkan UMKM bila pembeli atau penjualnya UMKM.</source>
            <translation>A transaction involves MSMEs when its buyer or its seller is an MSME.</translation>
        </message>
        <message>
            <source>Sekarang</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Sektor</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Sektor '{name}' sudah ada.</source>
            <translation>Sector '{name}' already exists.</translation>
        </message>
        <message>
            <source>Sektor '{name}' tercantum dua kali.</source>
            <translation>Sector '{name}' is listed twice.</translation>
        </message>
        <message>
            <source>Sektor '{name}' tidak ada; pilihan: {choices}.</source>
            <translation>Sector '{name}' does not exist; choose from: {choices}.</translation>
        </message>
        <message>
            <source>Sektor yang dipilih tidak ada.</source>
            <translation>The selected sector does not exist.</translation>
        </message>
        <message>
            <source>Selamat datang di EventDesk</source>
            <translation>Welcome to EventDesk</translation>
        </message>
        <message>
            <source>Selamat datang!</source>
            <translation>Welcome!</translation>
        </message>
        <message>
            <source>Selesai</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Selesai ({where}): {imported} diimpor, {duplicates} duplikat, {rejected} ditolak, {warned} dengan peringatan.</source>
            <translation>Done ({where}): {imported} imported, {duplicates} duplicates, {rejected} rejected, {warned} with warnings.</translation>
        </message>
        <message>
            <source>Semua arah</source>
            <translation>All directions</translation>
        </message>
        <message>
            <source>Semua baris</source>
            <translation>All rows</translation>
        </message>
        <message>
            <source>Semua daerah</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>Semua di daftar ini</source>
            <translation>Everyone in this list</translation>
        </message>
        <message>
            <source>Semua jenis</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Semua jenis organisasi</source>
            <translation>All organisation kinds</translation>
        </message>
        <message>
            <source>Semua kategori</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Semua meja</source>
            <translation>All desks</translation>
        </message>
        <message>
            <source>Semua organisasi</source>
            <translation>All organisations</translation>
        </message>
        <message>
            <source>Semua sektor</source>
            <translation>All sectors</translation>
        </message>
        <message>
            <source>Semua status</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Semua tahap</source>
            <translation>All stages</translation>
        </message>
        <message>
            <source>Semua transaksi</source>
            <translation>All transactions</translation>
        </message>
        <message>
            <source>Sepanjang hari misi</source>
            <translation>Through the mission day</translation>
        </message>
        <message>
            <source>Sepanjang hari misi, {day}</source>
            <translation>Through the mission day, {day}</translation>
        </message>
        <message>
            <source>Sesudah</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Sesudah misi</source>
            <translation>After the mission</translation>
        </message>
        <message>
            <source>Sesudah misi: apa jadinya transaksi ini, dan berapa yang terealisasi</source>
            <translation>After the mission: what became of this deal, and how much was realised</translation>
        </message>
        <message>
            <source>Sesudah misi: tercatat dibanding terealisasi pada 3, 6, 12 bulan, dan yang belum ditindaklanjuti.</source>
            <translation>After the mission: booked against realised at 3, 6 and 12 months, and the deals not followed up.</translation>
        </message>
        <message>
            <source>Setelah koma harus ada angka desimal (contoh: 1,5 M).</source>
            <translation>A comma must be followed by decimal digits (e.g. 1,5 M).</translation>
        </message>
        <message>
            <source>Setiap pihak perlu organisasi.</source>
            <translation>Every party needs an organisation.</translation>
        </message>
        <message>
            <source>Setiap transaksi sudah ditindaklanjuti.</source>
            <translation>Every deal has been followed up.</translation>
        </message>
        <message>
            <source>Siap. Pindai tanda pengenal atau ketik nama.</source>
            <translation>Ready. Scan a badge or type a name.</translation>
        </message>
        <message>
            <source>Siapa yang bertugas di meja ini? Namanya tercatat pada setiap perubahan data.</source>
            <translation>Who is on duty at this desk? Their name is recorded with every change to the data.</translation>
        </message>
        <message>
            <source>Sidik isi ringkasan perjanjian saat ini: {fingerprint} ({count} ditandatangani)</source>
            <translation>Current fingerprint of the signed-agreement summary: {fingerprint} ({count} signed)</translation>
        </message>
        <message>
            <source>Sidik isi {fingerprint}</source>
            <translation>Fingerprint {fingerprint}</translation>
        </message>
        <message>
            <source>Sidik isi: {fingerprint}</source>
            <translation>Content fingerprint: {fingerprint}</translation>
        </message>
        <message>
            <source>Simpan (Enter)</source>
            <translation>Save (Enter)</translation>
        </message>
        <message>
            <source>Simpan PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Simpan sebagai…</source>
            <translation>Save As…</translation>
        </message>
        <message>
            <source>Sinkron dimulai…</source>
            <translation>Sync starting…</translation>
        </message>
        <message>
            <source>Sinkron gagal {time}, dicoba lagi</source>
            <translation>Sync failed {time}, trying again</translation>
        </message>
        <message>
            <source>Sinkron {time}</source>
            <translation>Synced {time}</translation>
        </message>
        <message>
            <source>Skema berkas memuat {kind} '{name}' yang tidak dibuat oleh EventDesk.</source>
            <translation>The file's schema holds {kind} '{name}', which EventDesk did not make.</translation>
        </message>
        <message>
            <source>Skema berkas versi {found}, aplikasi ini memakai versi {expected}.</source>
            <translation>File schema version {found}; this application uses version {expected}.</translation>
        </message>
        <message>
            <source>Skema berkas: {kind} '{name}' diubah atau dihapus di luar EventDesk.</source>
            <translation>The file's schema: {kind} '{name}' was changed or removed outside EventDesk.</translation>
        </message>
        <message>
            <source>Slot {slot} di luar jam acara ({start}–{end}).</source>
            <translation>Slot {slot} is outside the event hours ({start}–{end}).</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status belum diisi.</source>
            <translation>The status is not filled in.</translation>
        </message>
        <message>
            <source>Status ini diatur lewat penjadwalan atau penandatanganan.</source>
            <translation>This status is set by scheduling or signing.</translation>
        </message>
        <message>
            <source>Status tindak lanjut '{status}' tidak dikenal; pilih salah satu: {choices}.</source>
            <translation>Unknown follow-up status '{status}'; choose one of: {choices}.</translation>
        </message>
        <message>
            <source>Status tindak lanjut terakhir</source>
            <translation>Latest follow-up status</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Sudah check-in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>sudah check-in {when} di {desk}</source>
            <translation>already checked in {when} at {desk}</translation>
        </message>
        <message>
            <source>Sudah dibatalkan</source>
            <translation>Already voided</translation>
        </message>
        <message>
            <source>Sudah digabungkan. Inilah yang dibawa dari meja lain:</source>
            <translation>Merged. This is what the other desks brought:</translation>
        </message>
        <message>
            <source>Sudah diimpor</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>sudah ditandatangani</source>
            <translation>signed</translation>
        </message>
        <message>
            <source>SUDAH DITANDATANGANI pukul {time}</source>
            <translation>SIGNED at {time}</translation>
        </message>
        <message>
            <source>Sudah ditindaklanjuti</source>
            <translation>Followed up</translation>
        </message>
        <message>
            <source>Sudah tercatat</source>
            <translation>Already recorded</translation>
        </message>
        <message>
            <source>Sudah terdaftar</source>
            <translation>Already registered</translation>
        </message>
        <message>
            <source>sudah terdaftar sebagai {who} — {why}</source>
            <translation>already registered as {who} — {why}</translation>
        </message>
        <message>
            <source>Susunan acara (PDF)</source>
            <translation>Run-sheet (PDF)</translation>
        </message>
        <message>
            <source>Susunan Acara Penandatanganan</source>
            <translation>Signing Run Sheet</translation>
        </message>
        <message>
            <source>Tahap</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Tahap transaksi '{value}' tidak dikenal.</source>
            <translation>Unknown transaction stage '{value}'.</translation>
        </message>
        <message>
            <source>Tambah baris</source>
            <translation>Add Row</translation>
        </message>
        <message>
            <source>Tambah pihak</source>
            <translation>Add party</translation>
        </message>
        <message>
            <source>Tanda Pengenal</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Tanda pengenal</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Tanda pengenal dicetak</source>
            <translation>Badge printed</translation>
        </message>
        <message>
            <source>Tanda pengenal {name} dicetak (cetak ulang: ini cetakan ke-{times}).</source>
            <translation>Badge of {name} printed (a reprint: print number {times}).</translation>
        </message>
        <message>
            <source>Tanda pengenal {name} dicetak.</source>
            <translation>Badge of {name} printed.</translation>
        </message>
        <message>
            <source>Tanda Tangan</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Tanda tangan para pihak</source>
            <translation>Signatures of the parties</translation>
        </message>
        <message>
            <source>Tandai ditandatangani</source>
            <translation>Mark signed</translation>
        </message>
        <message>
            <source>Tandai ditandatangani…</source>
            <translation>Mark signed…</translation>
        </message>
        <message>
            <source>Tandai sudah &amp;ditinjau</source>
            <translation>Mark &amp;reviewed</translation>
        </message>
        <message>
            <source>Tandai terverifikasi</source>
            <translation>Mark verified</translation>
        </message>
        <message>
            <source>Tandai terverifikasi (Ctrl+Shift+V)</source>
            <translation>Mark verified (Ctrl+Shift+V)</translation>
        </message>
        <message>
            <source>Tandai {count} transaksi yang dipilih sudah diperiksa penyelia?</source>
            <translation>Mark the {count} selected transactions as checked by a supervisor?</translation>
        </message>
        <message>
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Tanggal acara belum diisi di Pengaturan acara.</source>
            <translation>The event's date is not set in the event settings.</translation>
        </message>
        <message>
            <source>Tanggal mulai belum diisi.</source>
            <translation>The start date is missing.</translation>
        </message>
        <message>
            <source>Tanggal mulai:</source>
            <translation>Start date:</translation>
        </message>
        <message>
            <source>Tanggal selesai tidak boleh sebelum tanggal mulai.</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <source>Tanggal selesai:</source>
            <translation>End date:</translation>
        </message>
        <message>
            <source>Tanggal tindak lanjut</source>
            <translation>Follow-up date</translation>
        </message>
        <message>
            <source>Tanggal tindak lanjut '{text}' tidak terbaca; tulis misalnya 2025-11-08 atau 8/11/2025.</source>
            <translation>The follow-up date '{text}' cannot be read; write for example 2025-11-08 or 8/11/2025.</translation>
        </message>
        <message>
            <source>Tanggal tindak lanjut {day} belum terjadi.</source>
            <translation>The follow-up date {day} has not come yet.</translation>
        </message>
        <message>
            <source>Tanggal {date} di luar hari acara ({days}).</source>
            <translation>{date} is outside the event days ({days}).</translation>
        </message>
        <message>
            <source>Tanpa cadangan (hanya-baca)</source>
            <translation>No backups (read-only)</translation>
        </message>
        <message>
            <source>Tanpa daerah</source>
            <translation>No region</translation>
        </message>
        <message>
            <source>Tanpa rincian</source>
            <translation>Without the lines</translation>
        </message>
        <message>
            <source>Tanpa sektor</source>
            <translation>No sector</translation>
        </message>
        <message>
            <source>Tanpa UMKM</source>
            <translation>Without MSMEs</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Target nilai transaksi:</source>
            <translation>Transaction target:</translation>
        </message>
        <message>
            <source>Target {target} tercapai {share}.</source>
            <translation>Target {target}: {share} reached.</translation>
        </message>
        <message>
            <source>Target {target}: tercapai {share}</source>
            <translation>Target {target}: {share} reached</translation>
        </message>
        <message>
            <source>Telepon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Tema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Tema:</source>
            <translation>Theme:</translation>
        </message>
        <message>
            <source>Tema: {theme}</source>
            <translation>Theme: {theme}</translation>
        </message>
        <message>
            <source>Tempat</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Tempat '{spot}' tidak ada di pengaturan acara.</source>
            <translation>Spot '{spot}' is not in the event settings.</translation>
        </message>
        <message>
            <source>Tempat penandatanganan</source>
            <translation>Signing spots</translation>
        </message>
        <message>
            <source>Tempat penandatanganan '{name}' tercantum dua kali.</source>
            <translation>Signing spot '{name}' is listed twice.</translation>
        </message>
        <message>
            <source>Tempat tidak ada di pengaturan</source>
            <translation>Spot not in the settings</translation>
        </message>
        <message>
            <source>Tempat:</source>
            <translation>Venue:</translation>
        </message>
        <message>
            <source>Tentang EventDesk</source>
            <translation>About EventDesk</translation>
        </message>
        <message>
            <source>Terakhir: {status}, {day}.</source>
            <translation>Latest: {status}, {day}.</translation>
        </message>
        <message>
            <source>Terbilang: {words}</source>
            <translation>In words: {words}</translation>
        </message>
        <message>
            <source>Tercatat</source>
            <translation>Booked</translation>
        </message>
        <message>
            <source>Tercatat {count} transaksi dengan nilai {value} ({words}).</source>
            <translation>{count} transactions were recorded, worth {value} ({words}).</translation>
        </message>
        <message>
            <source>Tercatat {value}: {buyer} → {seller} (id {id}).</source>
            <translation>Booked {value}: {buyer} → {seller} (id {id}).</translation>
        </message>
        <message>
            <source>Tercatat, belum diverifikasi</source>
            <translation>Booked, not yet verified</translation>
        </message>
        <message>
            <source>Tercatat, terverifikasi</source>
            <translation>Booked, verified</translation>
        </message>
        <message>
            <source>Terdaftar</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Terealisasi</source>
            <translation>Realised</translation>
        </message>
        <message>
            <source>Terealisasi hingga {day}</source>
            <translation>Realised as of {day}</translation>
        </message>
        <message>
            <source>Terealisasi sebagian</source>
            <translation>Partly realised</translation>
        </message>
        <message>
            <source>Terjadi kesalahan tak terduga</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Terjadi kesalahan tak terduga. Data yang sudah tersimpan aman; aplikasi tetap berjalan. Rincian dicatat di {path}.</source>
            <translation>An unexpected error occurred. Data already saved is safe; the application keeps running. Details are logged in {path}.</translation>
        </message>
        <message>
            <source>Terjadwal</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>termasuk yang sudah ditinjau atau diputuskan aturan</source>
            <translation>include those already reviewed or decided by a rule</translation>
        </message>
        <message>
            <source>Tersimpan di {path}</source>
            <translation>Saved to {path}</translation>
        </message>
        <message>
            <source>Tersimpan {time}</source>
            <translation>Saved {time}</translation>
        </message>
        <message>
            <source>Terverifikasi</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Tetap ditandatangani</source>
            <translation>Stays signed</translation>
        </message>
        <message>
            <source>Tiap menit meja ini menulis salinan datanya ke folder ini dan menggabungkan data yang ditulis meja lain di sana. Pakai flashdisk yang digilir, folder bersama di jaringan, atau folder Syncthing. Pengaturan ini hanya untuk laptop ini; setiap meja memilih foldernya sendiri.</source>
            <translation>Every minute this desk writes a copy of its data to this folder and merges what the other desks wrote there. Use a USB stick passed round, a shared network folder, or a Syncthing folder. This setting is for this laptop only; each desk chooses its own folder.</translation>
        </message>
        <message>
            <source>Tidak ada bentrok di sini.</source>
            <translation>No conflicts here.</translation>
        </message>
        <message>
            <source>Tidak ada bentrok.</source>
            <translation>No conflicts.</translation>
        </message>
        <message>
            <source>Tidak ada cadangan baik untuk berkas ini di {folder}.</source>
            <translation>No good backup of this file in {folder}.</translation>
        </message>
        <message>
            <source>Tidak ada kabar dari meja lain sejak {time}</source>
            <translation>Nothing heard from other desks since {time}</translation>
        </message>
        <message>
            <source>Tidak ada konflik yang perlu ditinjau.</source>
            <translation>No conflicts to review.</translation>
        </message>
        <message>
            <source>Tidak ada perjanjian yang ditandatangani.</source>
            <translation>No agreement was signed.</translation>
        </message>
        <message>
            <source>Tidak ada peserta yang cocok dengan '{text}'.</source>
            <translation>No attendee matches '{text}'.</translation>
        </message>
        <message>
            <source>Tidak ada printer terpasang</source>
            <translation>No printer installed</translation>
        </message>
        <message>
            <source>Tidak ada printer terpasang di laptop ini. Simpan PDF-nya (Simpan sebagai…) ke flashdisk dan cetak dari laptop yang punya printer, atau pasang printer lalu coba lagi.</source>
            <translation>No printer is installed on this laptop. Save the PDF (Save as…) to a USB stick and print it from a laptop with a printer, or install a printer and try again.</translation>
        </message>
        <message>
            <source>Tidak ada tanda pengenal untuk dicetak.</source>
            <translation>No badges to print.</translation>
        </message>
        <message>
            <source>Tidak ada transaksi tercatat yang belum diverifikasi di antara yang dipilih.</source>
            <translation>None of the selected transactions is booked and not yet verified.</translation>
        </message>
        <message>
            <source>Tidak ada yang baru; berkas ini sudah memuat semuanya.</source>
            <translation>Nothing new; this file holds all of it already.</translation>
        </message>
        <message>
            <source>Tidak bisa dilanjutkan</source>
            <translation>Cannot continue</translation>
        </message>
        <message>
            <source>Tidak dicantumkan</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>tidak terbaca ({reason})</source>
            <translation>unreadable ({reason})</translation>
        </message>
        <message>
            <source>Tidak tercetak</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>Tidak tersimpan di {path}: {reason}</source>
            <translation>Not saved to {path}: {reason}</translation>
        </message>
        <message>
            <source>Tindak lanjut</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Tindak lanjut baru</source>
            <translation>New follow-up</translation>
        </message>
        <message>
            <source>Tindak lanjut dicatat: {status}.</source>
            <translation>Follow-up recorded: {status}.</translation>
        </message>
        <message>
            <source>Tindak lanjut terakhir</source>
            <translation>Latest follow-up</translation>
        </message>
        <message>
            <source>Tindak lanjut transaksi</source>
            <translation>Deal follow-up</translation>
        </message>
        <message>
            <source>Tindak lanjut {id}: {status} pada {date}.</source>
            <translation>Follow-up {id}: {status} on {date}.</translation>
        </message>
        <message>
            <source>Tindak lanjut… (Ctrl+T)</source>
            <translation>Follow-up… (Ctrl+T)</translation>
        </message>
        <message>
            <source>Titik adalah pemisah ribuan dalam kelompok tiga angka (1.250.000); untuk desimal pakai koma (1,5 M).</source>
            <translation>A dot separates thousands in groups of three digits (1.250.000); use a comma for decimals (1,5 M).</translation>
        </message>
        <message>
            <source>Total dan rincian transaksi dagang dan investasi.</source>
            <translation>Totals and details of trade and investment transactions.</translation>
        </message>
        <message>
            <source>Total transaksi</source>
            <translation>Total transactions</translation>
        </message>
        <message>
            <source>Total transaksi tercatat</source>
            <translation>Total booked transactions</translation>
        </message>
        <message>
            <source>Total transaksi tercatat hingga pukul {time} {zone}</source>
            <translation>Total recorded as of {time} {zone}</translation>
        </message>
        <message>
            <source>Total transaksi tercatat: {full} ({compact})</source>
            <translation>Total booked transactions: {full} ({compact})</translation>
        </message>
        <message>
            <source>Total transaksi tercatat: {total}</source>
            <translation>Total booked transactions: {total}</translation>
        </message>
        <message>
            <source>Total {total_before} → {total_after}; peserta {registered_before} → {registered_after}, hadir {present_before} → {present_after}; perjanjian ditandatangani {signed_before} → {signed_after}.</source>
            <translation>Total {total_before} → {total_after}; attendees {registered_before} → {registered_after}, present {present_before} → {present_after}; agreements signed {signed_before} → {signed_after}.</translation>
        </message>
        <message>
            <source>transactions, attendees: hanya total dan rinciannya per kelompok, tanpa daftar setiap baris</source>
            <translation>transactions, attendees: only the totals and their breakdowns, without a list of every line</translation>
        </message>
        <message>
            <source>Transaksi</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Transaksi '{id}' tidak ditemukan.</source>
            <translation>Transaction '{id}' not found.</translation>
        </message>
        <message>
            <source>Transaksi baru</source>
            <translation>New transactions</translation>
        </message>
        <message>
            <source>Transaksi di bawah ini dibatalkan dengan alasannya dan tidak dihitung dalam total mana pun di atas.</source>
            <translation>The transactions below were voided, with their reasons, and are not counted in any total above.</translation>
        </message>
        <message>
            <source>Transaksi dibatalkan</source>
            <translation>Transactions voided</translation>
        </message>
        <message>
            <source>Transaksi diverifikasi</source>
            <translation>Transactions verified</translation>
        </message>
        <message>
            <source>Transaksi ini sudah dibatalkan ({reason}). Catat transaksi baru bila perlu.</source>
            <translation>This transaction is already voided ({reason}). Book a new one if needed.</translation>
        </message>
        <message>
            <source>Transaksi ini sudah dibatalkan.</source>
            <translation>This transaction has already been voided.</translation>
        </message>
        <message>
            <source>Transaksi ini sudah dibatalkan; catat transaksi baru sebagai gantinya.</source>
            <translation>This transaction is already voided; book a new one in its place.</translation>
        </message>
        <message>
            <source>Transaksi terbaru</source>
            <translation>Latest deals</translation>
        </message>
        <message>
            <source>Transaksi tercatat</source>
            <translation>Booked transactions</translation>
        </message>
        <message>
            <source>Transaksi tercatat seluruh misi</source>
            <translation>Deals booked over all missions</translation>
        </message>
        <message>
            <source>Transaksi terealisasi</source>
            <translation>Deals realised</translation>
        </message>
        <message>
            <source>Transaksi yang dibatalkan tidak ditindaklanjuti.</source>
            <translation>A voided deal is not followed up.</translation>
        </message>
        <message>
            <source>Transaksi yang diganti tidak ada.</source>
            <translation>The transaction to be replaced does not exist.</translation>
        </message>
        <message>
            <source>Transaksi {id} ({value}) dibatalkan.</source>
            <translation>Transaction {id} ({value}) voided.</translation>
        </message>
        <message>
            <source>Transaksi {value} {buyer} → {seller}</source>
            <translation>Transaction {value} {buyer} → {seller}</translation>
        </message>
        <message>
            <source>tulis juga rekapnya sebagai PDF</source>
            <translation>also write the summary as a PDF</translation>
        </message>
        <message>
            <source>tulis juga salinan lengkap berkas ini (untuk laptop yang baru bergabung)</source>
            <translation>also write a full copy of this file (for a laptop that joins late)</translation>
        </message>
        <message>
            <source>Tulis nilai yang terealisasi.</source>
            <translation>Write the realised value.</translation>
        </message>
        <message>
            <source>Tunda</source>
            <translation>Postpone</translation>
        </message>
        <message>
            <source>Tunda: {title}</source>
            <translation>Postpone: {title}</translation>
        </message>
        <message>
            <source>Tunda…</source>
            <translation>Postpone…</translation>
        </message>
        <message>
            <source>Tunggu sampai pembacaan atau penyimpanan selesai, lalu tutup.</source>
            <translation>Wait until reading or saving has finished, then close.</translation>
        </message>
        <message>
            <source>Turunkan urutan pihak</source>
            <translation>Move the party down</translation>
        </message>
        <message>
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Ubah organisasi</source>
            <translation>Edit organisation</translation>
        </message>
        <message>
            <source>Ubah {code}</source>
            <translation>Edit {code}</translation>
        </message>
        <message>
            <source>UMKM</source>
            <translation>MSME</translation>
        </message>
        <message>
            <source>Umum</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Untuk baris terpilih yang hanya mirip namanya dengan peserta terdaftar</source>
            <translation>For selected rows whose name only resembles a registered attendee's</translation>
        </message>
        <message>
            <source>Urutan</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Urutan penandatanganan untuk MC dan protokol.</source>
            <translation>Signing order for the MC and protocol staff.</translation>
        </message>
        <message>
            <source>Ver.</source>
            <translation>Ver.</translation>
        </message>
        <message>
            <source>Verifikasi</source>
            <translation>Verification</translation>
        </message>
        <message>
            <source>Verifikasi oleh penyelia</source>
            <translation>Verification by a supervisor</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Waktu</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Waktu '{text}' tidak terbaca; tulis misalnya "2025-05-08 12:00".</source>
            <translation>Time '{text}' cannot be read; write for instance "2025-05-08 12:00".</translation>
        </message>
        <message>
            <source>Waktu cadangan</source>
            <translation>Backup time</translation>
        </message>
        <message>
            <source>Waktu check-in</source>
            <translation>Check-in time</translation>
        </message>
        <message>
            <source>Waktu mulai</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Waktu penandatanganan</source>
            <translation>Signing time</translation>
        </message>
        <message>
            <source>Waktu penandatanganan tidak boleh di masa depan.</source>
            <translation>The signing time cannot be in the future.</translation>
        </message>
        <message>
            <source>Waktu selesai</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>Waktu selesai harus setelah waktu mulai.</source>
            <translation>The end time must be after the start time.</translation>
        </message>
        <message>
            <source>Waktu tanda tangan</source>
            <translation>Signing time</translation>
        </message>
        <message>
            <source>Waktu · id</source>
            <translation>Time · id</translation>
        </message>
        <message>
            <source>ya</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Yang belum pernah dicetak</source>
            <translation>Those never printed</translation>
        </message>
        <message>
            <source>Yang dibacakan MC: urutan, tamu yang menyaksikan, penyerahan cenderamata…</source>
            <translation>What the MC reads out: order, guests witnessing, exchange of souvenirs…</translation>
        </message>
        <message>
            <source>Yang dipertahankan mendapat check-in {code} (bila belum check-in), {parties} tempat sebagai penanda tangan, serta jabatan, telepon dan email yang masih kosong. {code} hilang dari daftar, tetapi tanda pengenalnya tetap bisa dipakai check-in. Tercatat di audit dan ikut ke meja lain.</source>
            <translation>The one kept takes {code}'s check-in (if not checked in yet), {parties} places as signatory, and the title, phone and e-mail it lacks. {code} leaves the list, but its badge still checks in. Recorded in the audit and carried to the other desks.</translation>
        </message>
        <message>
            <source>Yang menandatangani</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <source>Yang terbesar lebih dulu: daftar telepon untuk tindak lanjut berikutnya.</source>
            <translation>Largest first: the call list for the next follow-up.</translation>
        </message>
        <message>
            <source>Zona waktu '{name}' tidak dikenal.</source>
            <translation>Unknown time zone '{name}'.</translation>
        </message>
        <message>
            <source>Zona waktu:</source>
            <translation>Time zone:</translation>
        </message>
        <message>
            <source>{attendees} peserta, {deals} transaksi dan {parties} pihak perjanjian dari '{name}' pindah ke organisasi yang dipilih, lalu '{name}' hilang dari daftar. Tercatat di audit dan ikut ke meja lain.</source>
            <translation>{attendees} attendees, {deals} deals and {parties} agreement parties of '{name}' move to the chosen organisation, and '{name}' leaves the list. Recorded in the audit and carried to the other desks.</translation>
        </message>
        <message>
            <source>{booked} tercatat, {realised} terealisasi, {deals} transaksi, {businesses} pelaku usaha</source>
            <translation>{booked} booked, {realised} realised, {deals} deals, {businesses} businesses</translation>
        </message>
        <message>
            <source>{compact} · {count} transaksi</source>
            <translation>{compact} · {count} transactions</translation>
        </message>
        <message>
            <source>{count} batal, tidak dihitung</source>
            <translation>{count} voided, not counted</translation>
        </message>
        <message>
            <source>{count} cadangan.</source>
            <translation>{count} backups.</translation>
        </message>
        <message>
            <source>{count} dari {total}</source>
            <translation>{count} of {total}</translation>
        </message>
        <message>
            <source>{count} dari {total} transaksi</source>
            <translation>{count} of {total} transactions</translation>
        </message>
        <message>
            <source>{count} dibatalkan (tidak dihitung)</source>
            <translation>{count} voided (not counted)</translation>
        </message>
        <message>
            <source>{count} diputuskan aturan penggabungan (mis. check-in paling awal dipakai).</source>
            <translation>Decided by the merge rules: {count} (e.g. the earliest check-in kept).</translation>
        </message>
        <message>
            <source>{count} komoditas lainnya</source>
            <translation>{count} other commodities</translation>
        </message>
        <message>
            <source>{count} konflik perlu ditinjau (eventdesk conflicts FILE).</source>
            <translation>Conflicts to review: {count} (eventdesk conflicts FILE).</translation>
        </message>
        <message>
            <source>{count} organisasi</source>
            <translation>{count} organisations</translation>
        </message>
        <message>
            <source>{count} penanda tangan tidak tercatat check-in di daftar hadir; ditandai {mark}.</source>
            <translation>{count} signatories have no check-in in the attendance list; marked {mark}.</translation>
        </message>
        <message>
            <source>{count} perjanjian berstatus draf belum dijadwalkan dan tidak tercantum di susunan acara ini.</source>
            <translation>{count} draft agreements are not scheduled and not on this run-sheet.</translation>
        </message>
        <message>
            <source>{count} perjanjian terjadwal bermasalah (lihat kolom Bentrok).</source>
            <translation>{count} scheduled agreements have problems (see the Conflicts column).</translation>
        </message>
        <message>
            <source>{count} perubahan di dua meja perlu ditinjau (Berkas → Konflik penggabungan).</source>
            <translation>Changed on two desks, to review: {count} (File → Merge conflicts).</translation>
        </message>
        <message>
            <source>{count} peserta cocok: pilih dengan ↓ lalu Enter.</source>
            <translation>{count} attendees match: choose with ↓ then Enter.</translation>
        </message>
        <message>
            <source>{count} peserta diekspor ke {path}</source>
            <translation>{count} attendees exported to {path}</translation>
        </message>
        <message>
            <source>{count} peserta diekspor ke {path}.</source>
            <translation>{count} attendees exported to {path}.</translation>
        </message>
        <message>
            <source>{count} slot, {waiting} menunggu</source>
            <translation>{count} slots, {waiting} waiting</translation>
        </message>
        <message>
            <source>{count} tanda pengenal dicetak.</source>
            <translation>{count} badges printed.</translation>
        </message>
        <message>
            <source>{count} tanda pengenal.</source>
            <translation>{count} badges.</translation>
        </message>
        <message>
            <source>{count} transaksi dibatalkan tercantum di lampiran dan tidak dihitung dalam total mana pun.</source>
            <translation>{count} voided transactions are listed in the annex and counted in no total.</translation>
        </message>
        <message>
            <source>{count} transaksi ditandai terverifikasi.</source>
            <translation>{count} transactions marked verified.</translation>
        </message>
        <message>
            <source>{count} transaksi senilai {linked} tercatat untuk perjanjian dan sudah termasuk dalam total; nilai perjanjian yang ditandatangani ({value}) tidak dijumlahkan lagi.</source>
            <translation>{count} deals worth {linked} were recorded for agreements and are already in the total; the signed agreements' value ({value}) is not added again.</translation>
        </message>
        <message>
            <source>{count} transaksi terbesar</source>
            <translation>{count} largest deals</translation>
        </message>
        <message>
            <source>{count} transaksi tercatat</source>
            <translation>{count} transactions booked</translation>
        </message>
        <message>
            <source>{count} transaksi tercatat, {void} dibatalkan (tidak dihitung).</source>
            <translation>{count} transactions booked, {void} voided (not counted).</translation>
        </message>
        <message>
            <source>{count} transaksi tercatat.</source>
            <translation>{count} transactions booked.</translation>
        </message>
        <message>
            <source>{count} transaksi untuk ditindaklanjuti diekspor ke {path}.</source>
            <translation>{count} deals to follow up exported to {path}.</translation>
        </message>
        <message>
            <source>{count} transaksi yang dibatalkan tidak termasuk dalam angka di atas.</source>
            <translation>Voided transactions not included in the figures above: {count}.</translation>
        </message>
        <message>
            <source>{count} transaksi; perdagangan {trade} ({trade_share}), investasi {investment} ({investment_share}).</source>
            <translation>{count} deals; trade {trade} ({trade_share}), investment {investment} ({investment_share}).</translation>
        </message>
        <message>
            <source>{date} pukul {time}</source>
            <translation>{date} at {time}</translation>
        </message>
        <message>
            <source>{date} pukul {time} {zone}</source>
            <translation>{date} at {time} {zone}</translation>
        </message>
        <message>
            <source>{day} bukan hari acara ({days}).</source>
            <translation>{day} is not an event day ({days}).</translation>
        </message>
        <message>
            <source>{desk} (meja ini)</source>
            <translation>{desk} (this desk)</translation>
        </message>
        <message>
            <source>{desk} bercabang: lihat Konflik penggabungan</source>
            <translation>{desk} forked: see Merge conflicts</translation>
        </message>
        <message>
            <source>{desk} data s.d. {time}</source>
            <translation>{desk} data up to {time}</translation>
        </message>
        <message>
            <source>{desk} digabung {time}</source>
            <translation>{desk} merged {time}</translation>
        </message>
        <message>
            <source>{desk} terakhir terdengar {time}</source>
            <translation>{desk} last heard {time}</translation>
        </message>
        <message>
            <source>{desk}: {entries} perubahan, terakhir {last}</source>
            <translation>{desk}: {entries} changes, last {last}</translation>
        </message>
        <message>
            <source>{duplicate} ({duplicate_code}) digabung dengan {kept} ({kept_code})</source>
            <translation>{duplicate} ({duplicate_code}) merged with {kept} ({kept_code})</translation>
        </message>
        <message>
            <source>{duplicate} ({duplicate_code}) digabung dengan {kept} ({kept_code}).</source>
            <translation>{duplicate} ({duplicate_code}) merged with {kept} ({kept_code}).</translation>
        </message>
        <message>
            <source>{duplicate} digabung ke {kept}.</source>
            <translation>{duplicate} merged into {kept}.</translation>
        </message>
        <message>
            <source>{fingerprint}  ({count} perjanjian ditandatangani, nilai {value})</source>
            <translation>{fingerprint}  ({count} agreements signed, value {value})</translation>
        </message>
        <message>
            <source>{label} berisi karakter kendali yang tidak bisa dicetak.</source>
            <translation>{label} contains control characters that cannot be printed.</translation>
        </message>
        <message>
            <source>{label} berisi karakter pembalik arah teks (U+{code:04X}) yang mengacaukan tampilan.</source>
            <translation>{label} contains a text direction override (U+{code:04X}) that garbles the display.</translation>
        </message>
        <message>
            <source>{label} berisi karakter yang rusak (bukan Unicode yang sah).</source>
            <translation>{label} contains broken characters (not valid Unicode).</translation>
        </message>
        <message>
            <source>{label} terlalu panjang ({length} karakter; paling banyak {limit}).</source>
            <translation>{label} is too long ({length} characters; at most {limit}).</translation>
        </message>
        <message>
            <source>{label} wajib diisi.</source>
            <translation>{label} is required.</translation>
        </message>
        <message>
            <source>{message}

Buka hanya-baca sekarang? Anda bisa melihat dan mencetak, tetapi tidak mengubah data.</source>
            <translation>{message}

Open it read-only now? You can view and print, but not change data.</translation>
        </message>
        <message>
            <source>{message} (lihat --help)</source>
            <translation>{message} (see --help)</translation>
        </message>
        <message>
            <source>{missions} misi, {deals} transaksi, {businesses} pelaku usaha; terealisasi sesudah misi {realised} ({share} dari yang tercatat).</source>
            <translation>{missions} missions, {deals} deals, {businesses} businesses; realised after the missions {realised} ({share} of what was booked).</translation>
        </message>
        <message>
            <source>{months} bulan</source>
            <translation>{months} months</translation>
        </message>
        <message>
            <source>{name} (tidak terpasang)</source>
            <translation>{name} (not installed)</translation>
        </message>
        <message>
            <source>{name} ({code}) terdaftar dua kali. Pilih pendaftaran yang dipertahankan:</source>
            <translation>{name} ({code}) is registered twice. Choose the registration to keep:</translation>
        </message>
        <message>
            <source>{name} ({organisation}) belum check-in untuk '{title}', {slot} di {spot}.</source>
            <translation>{name} ({organisation}) has not checked in for '{title}', {slot} at {spot}.</translation>
        </message>
        <message>
            <source>{name} belum check-in.</source>
            <translation>{name} has not checked in.</translation>
        </message>
        <message>
            <source>{name} dihapus dari daftar.</source>
            <translation>{name} removed from the list.</translation>
        </message>
        <message>
            <source>{name} ditambahkan.</source>
            <translation>{name} added.</translation>
        </message>
        <message>
            <source>{name} juga menandatangani '{other}' pada {slot} di {spot}.</source>
            <translation>{name} also signs '{other}' at {slot} at {spot}.</translation>
        </message>
        <message>
            <source>{name} menggantikan {planned}: tulis catatan penggantiannya.</source>
            <translation>{name} stands in for {planned}: write a note about the substitution.</translation>
        </message>
        <message>
            <source>{name} sudah check-in; peserta yang sudah hadir tidak bisa dihapus.</source>
            <translation>{name} has checked in; an attendee who arrived cannot be deleted.</translation>
        </message>
        <message>
            <source>{name} terdaftar dengan kode {code}.</source>
            <translation>{name} registered with code {code}.</translation>
        </message>
        <message>
            <source>{name} terdaftar di {other}, bukan di {party}. Benar ia menandatangani untuk pihak ini?</source>
            <translation>{name} is registered with {other}, not with {party}. Does this person really sign for this party?</translation>
        </message>
        <message>
            <source>{name} tersimpan di {path}</source>
            <translation>{name} saved to {path}</translation>
        </message>
        <message>
            <source>{name} tidak bisa menandatangani untuk dua pihak.</source>
            <translation>{name} cannot sign for two parties.</translation>
        </message>
        <message>
            <source>{name}: akan membawa {count} perubahan dari {desks}.</source>
            <translation>{name}: would bring {count} changes from {desks}.</translation>
        </message>
        <message>
            <source>{name}: tidak ada yang baru.</source>
            <translation>{name}: nothing new.</translation>
        </message>
        <message>
            <source>{name}: {count} perubahan dari {desks} digabungkan.</source>
            <translation>{name}: {count} changes from {desks} merged.</translation>
        </message>
        <message>
            <source>{organisation} tercantum dua kali sebagai pihak.</source>
            <translation>{organisation} is listed twice as a party.</translation>
        </message>
        <message>
            <source>{pages} halaman · {path}</source>
            <translation>Pages: {pages} · {path}</translation>
        </message>
        <message>
            <source>{path}: baik, tidak ada masalah.</source>
            <translation>{path}: OK, no problems found.</translation>
        </message>
        <message>
            <source>{problem}

Cadangan baik terbaru: {backup}

Pulihkan cadangan itu ke berkas baru {target} dan buka? Berkas yang rusak dibiarkan apa adanya.</source>
            <translation>{problem}

Newest good backup: {backup}

Restore that backup into the new file {target} and open it? The damaged file is left as it is.</translation>
        </message>
        <message>
            <source>{problem}

Tidak ada cadangan baik untuk berkas ini di {folder}. Berkas tidak diubah.</source>
            <translation>{problem}

No good backup of this file in {folder}. The file was not changed.</translation>
        </message>
        <message>
            <source>{problem} Organisasi dicatat tanpa kabupaten/kota.</source>
            <translation>{problem} The organisation is recorded without a regency/city.</translation>
        </message>
        <message>
            <source>{region} — {registered} terdaftar, {arrived} hadir</source>
            <translation>{region} — {registered} registered, {arrived} present</translation>
        </message>
        <message>
            <source>{rest} perjanjian lainnya tercantum dalam laporan {report}.</source>
            <translation>{rest} more agreements are listed in the report {report}.</translation>
        </message>
        <message>
            <source>{role} '{name}' tidak terdaftar.</source>
            <translation>{role} '{name}' is not registered.</translation>
        </message>
        <message>
            <source>{rows} baris</source>
            <translation>{rows} rows</translation>
        </message>
        <message>
            <source>{share} dari target {target}</source>
            <translation>{share} of the {target} target</translation>
        </message>
        <message>
            <source>{shown} dari {count} organisasi</source>
            <translation>{shown} of {count} organisations</translation>
        </message>
        <message>
            <source>{shown} dari {total} perjanjian</source>
            <translation>{shown} of {total} agreements</translation>
        </message>
        <message>
            <source>{shown} ditampilkan · {registered} terdaftar · {checked_in} hadir</source>
            <translation>{shown} shown · {registered} registered · {checked_in} present</translation>
        </message>
        <message>
            <source>{source} ({where}), judul kolom di baris {row}.</source>
            <translation>{source} ({where}), column headers on row {row}.</translation>
        </message>
        <message>
            <source>{spot} sudah dipakai '{other}' pada {slot}.</source>
            <translation>{spot} is already taken by '{other}' at {slot}.</translation>
        </message>
        <message>
            <source>{status} — LEWATI</source>
            <translation>{status} — SKIP</translation>
        </message>
        <message>
            <source>{time} — {total}, {checked_in}/{registered} peserta hadir, {signed} perjanjian ditandatangani</source>
            <translation>{time} — {total}, {checked_in}/{registered} attendees present, {signed} agreements signed</translation>
        </message>
        <message>
            <source>{title} tidak tercetak.</source>
            <translation>{title} was not printed.</translation>
        </message>
        <message>
            <source>{title}: {pages} halaman terkirim ke {printer}.</source>
            <translation>{title}: {pages} pages sent to {printer}.</translation>
        </message>
        <message>
            <source>{verified} ({share}) telah diverifikasi penyelia; {unverified} belum.</source>
            <translation>{verified} ({share}) has been verified by a supervisor; {unverified} not yet.</translation>
        </message>
        <message>
            <source>{weekday} tanggal {day} bulan {month} tahun {year}</source>
            <translation>{weekday} {day} {month} {year}</translation>
        </message>
        <message>
            <source>{weekday} the {day} of {month} {year}</source>
            <translation>{weekday} the {day} of {month} {year}</translation>
        </message>
        <message>
            <source>{what} belum disimpan. Buang isiannya?</source>
            <translation>{what} is not saved yet. Discard what was typed?</translation>
        </message>
        <message>
            <source>{when}, bertempat di {place}, telah dilaksanakan {event}, meliputi penandatanganan perjanjian kerja sama dan pencatatan transaksi perdagangan dan investasi, dengan hasil sebagai berikut:</source>
            <translation>{when}, at {place}, {event} took place, including the signing of cooperation agreements and the recording of trade and investment transactions, with the following results:</translation>
        </message>
        <message>
            <source>{where} ({table} {id}) telah diubah di luar EventDesk.</source>
            <translation>{where} ({table} {id}) was changed outside EventDesk.</translation>
        </message>
        <message>
            <source>{where} ada di cadangan {backup} tetapi hilang dari berkas (rantai dipotong).</source>
            <translation>{where} is in backup {backup} but missing from the file (the chain was cut).</translation>
        </message>
        <message>
            <source>{where} berbeda dari cadangan {backup}: rantai audit ditulis ulang mulai dari catatan ini.</source>
            <translation>{where} differs from backup {backup}: the audit chain was rewritten from this entry on.</translation>
        </message>
        <message>
            <source>{where}: nomor {expected} hilang dari rantai audit.</source>
            <translation>{where}: number {expected} is missing from the audit chain.</translation>
        </message>
        <message>
            <source>{where}: tidak tersambung ke catatan sebelumnya (nomor {previous} diubah, diganti atau disisipkan).</source>
            <translation>{where}: not linked to the previous entry (number {previous} was changed, replaced or slipped in).</translation>
        </message>
        <message>
            <source>{who} check-in pukul {time}.</source>
            <translation>{who} checked in at {time}.</translation>
        </message>
        <message>
            <source>{who} sudah check-in pukul {time} di {desk}.</source>
            <translation>{who} already checked in at {time} ({desk}).</translation>
        </message>
        <message>
            <source>… dan {count} masalah serupa lainnya.</source>
            <translation>… and {count} more similar problems.</translation>
        </message>
    </context>
</TS>

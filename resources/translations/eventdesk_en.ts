<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
    <context>
        <name>EventDesk</name>
        <message>
            <source> (hanya-baca)</source>
            <translation> (read-only)</translation>
        </message>
        <message>
            <source> Mungkin maksudnya: {names}.</source>
            <translation> Perhaps you meant: {names}.</translation>
        </message>
        <message>
            <source>&amp;Bahasa</source>
            <translation>&amp;Language</translation>
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
            <source>&amp;Keluar</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <source>&amp;Pengaturan acara…</source>
            <translation>Event &amp;Settings…</translation>
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
            <source>'m' bisa berarti juta atau miliar; tulis 'jt' untuk juta atau 'M' untuk miliar.</source>
            <translation>'m' could mean million (juta) or billion (miliar); write 'jt' for million or 'M' for billion.</translation>
        </message>
        <message>
            <source>'{path}' adalah basis data SQLite milik aplikasi lain, bukan berkas acara EventDesk.</source>
            <translation>'{path}' is another application's SQLite database, not an EventDesk event file.</translation>
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
            <source>(abaikan)</source>
            <translation>(ignore)</translation>
        </message>
        <message>
            <source>(kosong)</source>
            <translation>(empty)</translation>
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
            <source>(tanpa logo)</source>
            <translation>(no logo)</translation>
        </message>
        <message>
            <source>(tanpa organisasi)</source>
            <translation>(no organisation)</translation>
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
            <source>Alamat email '{text}' tidak valid.</source>
            <translation>Email address '{text}' is not valid.</translation>
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
            <source>Alasan wajib diisi.</source>
            <translation>A reason is required.</translation>
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
            <source>attendees: nomor telepon ditampilkan lengkap</source>
            <translation>attendees: show phone numbers in full</translation>
        </message>
        <message>
            <source>Atur acara…</source>
            <translation>Set Up Event…</translation>
        </message>
        <message>
            <source>badges: hanya yang belum pernah dicetak</source>
            <translation>badges: only those never printed</translation>
        </message>
        <message>
            <source>badges: satu per halaman A6, atau empat per A4</source>
            <translation>badges: one per A6 page, or four per A4</translation>
        </message>
        <message>
            <source>bahasa pesan dan laporan (id atau en)</source>
            <translation>language of messages and reports (id or en)</translation>
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
            <source>Batalkan check-in terakhir
(Ctrl+Z)</source>
            <translation>Undo the last check-in
(Ctrl+Z)</translation>
        </message>
        <message>
            <source>batalkan transaksi dengan alasan</source>
            <translation>void a transaction, giving a reason</translation>
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
            <source>Belum ada transaksi.</source>
            <translation>No transactions yet.</translation>
        </message>
        <message>
            <source>Belum check-in</source>
            <translation>Not checked in</translation>
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
            <source>Berkas '{path}' sedang dipakai program lain untuk menulis; coba lagi sebentar atau buka hanya-baca.</source>
            <translation>File '{path}' is being written by another program; try again shortly or open it read-only.</translation>
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
            <source>Berkas ini bukan gambar PNG atau JPEG yang bisa dibaca.</source>
            <translation>This file is not a readable PNG or JPEG image.</translation>
        </message>
        <message>
            <source>Berkas ini tidak ditandai sebagai berkas acara EventDesk.</source>
            <translation>This file is not marked as an EventDesk event file.</translation>
        </message>
        <message>
            <source>Berkas rusak: {detail}</source>
            <translation>File damaged: {detail}</translation>
        </message>
        <message>
            <source>Berkas tidak bisa dibuka</source>
            <translation>Cannot open the file</translation>
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
            <source>buat berkas acara berisi misi demo Balikpapan</source>
            <translation>create an event file holding the Balikpapan demo mission</translation>
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
            <source>Cari nama, organisasi, kode, telepon atau email…  (Ctrl+F)</source>
            <translation>Search name, organisation, code, phone or email…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cari organisasi…</source>
            <translation>Search organisations…</translation>
        </message>
        <message>
            <source>catat kehadiran peserta dari kodenya</source>
            <translation>check in an attendee by their code</translation>
        </message>
        <message>
            <source>catat transaksi</source>
            <translation>book a transaction</translation>
        </message>
        <message>
            <source>Catatan</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Catatan audit meja {desk} nomor {seq}</source>
            <translation>Audit record {seq} of desk {desk}</translation>
        </message>
        <message>
            <source>Catatan MC</source>
            <translation>MC notes</translation>
        </message>
        <message>
            <source>Cetak</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Cetak tanda pengenal</source>
            <translation>Print badges</translation>
        </message>
        <message>
            <source>Cetak…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
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
            <source>Daerah yang dipilih tidak ada.</source>
            <translation>The selected region does not exist.</translation>
        </message>
        <message>
            <source>Daftar Hadir</source>
            <translation>Attendance List</translation>
        </message>
        <message>
            <source>Daftar Hadir Peserta</source>
            <translation>Attendee List</translation>
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
            <source>Data yang akan dihapus tidak ditemukan ({table} {id}).</source>
            <translation>The record to delete was not found ({table} {id}).</translation>
        </message>
        <message>
            <source>Data yang akan diubah tidak ditemukan ({table} {id}).</source>
            <translation>The record to update was not found ({table} {id}).</translation>
        </message>
        <message>
            <source>Dengan peringatan</source>
            <translation>With warnings</translation>
        </message>
        <message>
            <source>Dibatalkan</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Dibatalkan di layar check-in</source>
            <translation>Undone on the check-in screen</translation>
        </message>
        <message>
            <source>Dibuat {date} pukul {time} {zone} · {desk} · {operator}</source>
            <translation>Generated {date} at {time} {zone} · {desk} · {operator}</translation>
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
            <source>Ditandatangani</source>
            <translation>Signed</translation>
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
            <source>ekspor daftar peserta ke CSV atau XLSX</source>
            <translation>export the attendee list to CSV or XLSX</translation>
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
            <source>EventDesk {version}
Meja panitia misi dagang dan investasi.</source>
            <translation>EventDesk {version}
The committee desk for trade and investment missions.</translation>
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
            <source>Folder '{path}' tidak ada.</source>
            <translation>Folder '{path}' does not exist.</translation>
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
            <source>Halaman {page} dari {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Hanya transaksi berstatus tercatat yang dihitung.</source>
            <translation>Only booked transactions are counted.</translation>
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
            <source>Hapus…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Hasil</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Impor daftar peserta</source>
            <translation>Import a registration list</translation>
        </message>
        <message>
            <source>impor daftar peserta dari CSV atau XLSX</source>
            <translation>import a registration list from CSV or XLSX</translation>
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
            <source>Instansi</source>
            <translation>Organisation</translation>
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
            <source>Jabatan</source>
            <translation>Position</translation>
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
            <source>Jadwal Penandatanganan</source>
            <translation>Signing Schedule</translation>
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
            <source>Jenis perjanjian '{value}' tidak dikenal.</source>
            <translation>Unknown agreement type '{value}'.</translation>
        </message>
        <message>
            <source>Jenis transaksi '{value}' tidak dikenal (trade atau investment).</source>
            <translation>Unknown transaction type '{value}' (trade or investment).</translation>
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
            <source>Jumlah barang harus lebih dari nol.</source>
            <translation>The quantity must be greater than zero.</translation>
        </message>
        <message>
            <source>Jumlah belum diisi.</source>
            <translation>No amount entered.</translation>
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
            <source>Kembali ke isian</source>
            <translation>Back to the form</translation>
        </message>
        <message>
            <source>Keterangan</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Ketik nama organisasi…</source>
            <translation>Type an organisation name…</translation>
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
            <source>Kolom (ubah bila salah terbaca)</source>
            <translation>Columns (change where misread)</translation>
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
            <source>Kontrak</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Kontrak dagang</source>
            <translation>Trade contract</translation>
        </message>
        <message>
            <source>Koperasi</source>
            <translation>Cooperative</translation>
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
            <source>Lainnya</source>
            <translation>Other</translation>
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
            <source>Layar "{title}" belum dibuat pada versi ini.
Data yang sudah tercatat tetap aman di berkas acara.</source>
            <translation>The "{title}" screen is not available in this version yet.
Data already recorded remains safe in the event file.</translation>
        </message>
        <message>
            <source>Letter of Intent (LoI)</source>
            <translation>Letter of Intent (LoI)</translation>
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
            <source>Media</source>
            <translation>Media</translation>
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
            <source>Meja: {desk}</source>
            <translation>Desk: {desk}</translation>
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
            <source>Membuat {count} tanda pengenal…</source>
            <translation>Making {count} badges…</translation>
        </message>
        <message>
            <source>Membuat {name}…</source>
            <translation>Creating {name}…</translation>
        </message>
        <message>
            <source>Menulis misi demo</source>
            <translation>Writing demo mission</translation>
        </message>
        <message>
            <source>Menurut sektor</source>
            <translation>By sector</translation>
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
            <source>mis. Ir. Bambang Sutrisno, M.T.</source>
            <translation>e.g. Ir. Bambang Sutrisno, M.T.</translation>
        </message>
        <message>
            <source>mis. nama@perusahaan.co.id</source>
            <translation>e.g. name@company.co.id</translation>
        </message>
        <message>
            <source>Misi Dagang dan Investasi</source>
            <translation>Trade and Investment Mission</translation>
        </message>
        <message>
            <source>Misi demo ditulis ke {path}: {attendees} peserta, {agreements} perjanjian ditandatangani, total {total}.</source>
            <translation>Demo mission written to {path}: {attendees} attendees, {agreements} agreements signed, total {total}.</translation>
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
            <source>Mungkin sudah terdaftar</source>
            <translation>Possibly registered already</translation>
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
            <source>nama hampir sama dalam organisasi yang sama</source>
            <translation>near-identical name in the same organisation</translation>
        </message>
        <message>
            <source>Nama lengkap</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Nama lengkap*</source>
            <translation>Full name*</translation>
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
            <source>Nilai harus lebih dari nol.</source>
            <translation>The value must be greater than zero.</translation>
        </message>
        <message>
            <source>Nilai harus rupiah bulat.</source>
            <translation>The value must be whole rupiah.</translation>
        </message>
        <message>
            <source>Nilai perjanjian harus rupiah bulat, tidak negatif.</source>
            <translation>The agreement value must be whole rupiah, not negative.</translation>
        </message>
        <message>
            <source>nilai seperti diketik, mis. '1,5 M' atau '250 jt'</source>
            <translation>value as typed, e.g. '1,5 M' or '250 jt'</translation>
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
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Nomor dokumen</source>
            <translation>Document number</translation>
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
            <source>Nomor {phone} sudah dipakai {name} ({code}).</source>
            <translation>Phone number {phone} is already used by {name} ({code}).</translation>
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
            <source>Operator meja</source>
            <translation>Desk Operator</translation>
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation>Operator: {name}</translation>
        </message>
        <message>
            <source>Organisasi</source>
            <translation>Organisations</translation>
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
            <source>Panggung</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Panitia</source>
            <translation>Committee</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Pejabat pengesah</source>
            <translation>Approving officials</translation>
        </message>
        <message>
            <source>Pekerjaan masih berjalan</source>
            <translation>Work Still Running</translation>
        </message>
        <message>
            <source>Pembeli</source>
            <translation>Buyer</translation>
        </message>
        <message>
            <source>Pembeli dan penjual tidak boleh organisasi yang sama.</source>
            <translation>Buyer and seller cannot be the same organisation.</translation>
        </message>
        <message>
            <source>Pembeli/investor tidak terdaftar sebagai organisasi.</source>
            <translation>The buyer/investor is not a registered organisation.</translation>
        </message>
        <message>
            <source>Pemerintah</source>
            <translation>Government</translation>
        </message>
        <message>
            <source>Penanda tangan yang dipilih tidak terdaftar sebagai peserta.</source>
            <translation>The selected signatory is not a registered attendee.</translation>
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
            <source>Pengaturan acara</source>
            <translation>Event Settings</translation>
        </message>
        <message>
            <source>Penjual</source>
            <translation>Seller</translation>
        </message>
        <message>
            <source>Penjual/penerima investasi tidak terdaftar sebagai organisasi.</source>
            <translation>The seller/investee is not a registered organisation.</translation>
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
            <source>Perangkat daerah</source>
            <translation>Regional government agency</translation>
        </message>
        <message>
            <source>Perdagangan</source>
            <translation>Trade</translation>
        </message>
        <message>
            <source>periksa keutuhan dan konsistensi berkas acara</source>
            <translation>check the integrity and consistency of an event file</translation>
        </message>
        <message>
            <source>perjanjian ditandatangani</source>
            <translation>agreements signed</translation>
        </message>
        <message>
            <source>Perjanjian Ditandatangani</source>
            <translation>Signed Agreements</translation>
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
            <source>Perjanjian yang dipilih tidak ada.</source>
            <translation>The selected agreement does not exist.</translation>
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
            <source>Persentase</source>
            <translation>Share</translation>
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
            <source>Peserta tidak ditemukan.</source>
            <translation>Attendee not found.</translation>
        </message>
        <message>
            <source>Peserta yang dibuka</source>
            <translation>The attendee open in the form</translation>
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
            <source>Pilih daftar peserta</source>
            <translation>Choose a registration list</translation>
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
            <source>Pindai kode, atau ketik nama / organisasi / telepon…</source>
            <translation>Scan a code, or type a name / organisation / phone…</translation>
        </message>
        <message>
            <source>Porsi</source>
            <translation>Share</translation>
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
            <source>Rekap Transaksi</source>
            <translation>Transaction Recap</translation>
        </message>
        <message>
            <source>Ringkasan</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Ringkasan Eksekutif</source>
            <translation>Executive Summary</translation>
        </message>
        <message>
            <source>Ringkasan perjanjian yang ditandatangani, untuk pengesahan pejabat.</source>
            <translation>Summary of signed agreements, for sign-off by officials.</translation>
        </message>
        <message>
            <source>Ruang lingkup</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Saksi</source>
            <translation>Witnesses</translation>
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
            <source>Satu halaman untuk siaran pers: peserta, perjanjian, total transaksi.</source>
            <translation>One page for the press release: attendees, agreements, transaction total.</translation>
        </message>
        <message>
            <source>Satuan</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Satuan '{unit}' tidak dikenal; gunakan rb, jt/juta, M/miliar atau T/triliun.</source>
            <translation>Unknown unit '{unit}'; use rb (thousand), jt/juta (million), M/miliar (billion) or T/triliun (trillion).</translation>
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
            <source>Selesai ({where}): {imported} diimpor, {duplicates} duplikat, {rejected} ditolak, {warned} dengan peringatan.</source>
            <translation>Done ({where}): {imported} imported, {duplicates} duplicates, {rejected} rejected, {warned} with warnings.</translation>
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
            <source>Semua jenis organisasi</source>
            <translation>All organisation kinds</translation>
        </message>
        <message>
            <source>Semua kategori</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Setelah koma harus ada angka desimal (contoh: 1,5 M).</source>
            <translation>A comma must be followed by decimal digits (e.g. 1,5 M).</translation>
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
            <source>Skema berkas versi {found}, aplikasi ini memakai versi {expected}.</source>
            <translation>File schema version {found}; this application uses version {expected}.</translation>
        </message>
        <message>
            <source>Status ini diatur lewat penjadwalan atau penandatanganan.</source>
            <translation>This status is set by scheduling or signing.</translation>
        </message>
        <message>
            <source>Sudah check-in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>sudah check-in pukul {time} di {desk}</source>
            <translation>already checked in at {time} at {desk}</translation>
        </message>
        <message>
            <source>Sudah diimpor</source>
            <translation>Imported</translation>
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
            <source>Susunan Acara Penandatanganan</source>
            <translation>Signing Run Sheet</translation>
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
            <source>Tanpa daerah</source>
            <translation>No region</translation>
        </message>
        <message>
            <source>Tanpa sektor</source>
            <translation>No sector</translation>
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
            <source>Tempat:</source>
            <translation>Venue:</translation>
        </message>
        <message>
            <source>Tentang EventDesk</source>
            <translation>About EventDesk</translation>
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
            <source>Terdaftar</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Terealisasi</source>
            <translation>Realised</translation>
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
            <source>Tersimpan {time}</source>
            <translation>Saved {time}</translation>
        </message>
        <message>
            <source>Tidak ada peserta yang cocok dengan '{text}'.</source>
            <translation>No attendee matches '{text}'.</translation>
        </message>
        <message>
            <source>Tidak ada tanda pengenal untuk dicetak.</source>
            <translation>No badges to print.</translation>
        </message>
        <message>
            <source>Tidak bisa dilanjutkan</source>
            <translation>Cannot continue</translation>
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
            <source>Total transaksi tercatat</source>
            <translation>Total booked transactions</translation>
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
            <source>Transaksi ini sudah dibatalkan.</source>
            <translation>This transaction has already been voided.</translation>
        </message>
        <message>
            <source>Transaksi {id} ({value}) dibatalkan.</source>
            <translation>Transaction {id} ({value}) voided.</translation>
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
            <source>Urutan penandatanganan untuk MC dan protokol.</source>
            <translation>Signing order for the MC and protocol staff.</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>Waktu selesai harus setelah waktu mulai.</source>
            <translation>The end time must be after the start time.</translation>
        </message>
        <message>
            <source>Yang belum pernah dicetak</source>
            <translation>Those never printed</translation>
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
            <source>{count} organisasi</source>
            <translation>{count} organisations</translation>
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
            <source>{count} tanda pengenal.</source>
            <translation>{count} badges.</translation>
        </message>
        <message>
            <source>{count} transaksi yang dibatalkan tidak termasuk dalam angka di atas.</source>
            <translation>Voided transactions not included in the figures above: {count}.</translation>
        </message>
        <message>
            <source>{description} (belum tersedia di versi ini)</source>
            <translation>{description} (not yet available in this version)</translation>
        </message>
        <message>
            <source>{label} berisi karakter kendali yang tidak bisa dicetak.</source>
            <translation>{label} contains control characters that cannot be printed.</translation>
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
            <source>{message} (lihat --help)</source>
            <translation>{message} (see --help)</translation>
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
            <source>{name} sudah check-in; peserta yang sudah hadir tidak bisa dihapus.</source>
            <translation>{name} has checked in; an attendee who arrived cannot be deleted.</translation>
        </message>
        <message>
            <source>{name} terdaftar dengan kode {code}.</source>
            <translation>{name} registered with code {code}.</translation>
        </message>
        <message>
            <source>{name} tersimpan di {path}</source>
            <translation>{name} saved to {path}</translation>
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
            <source>{region} — {registered} terdaftar, {arrived} hadir</source>
            <translation>{region} — {registered} registered, {arrived} present</translation>
        </message>
        <message>
            <source>{role} '{name}' tidak terdaftar.</source>
            <translation>{role} '{name}' is not registered.</translation>
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
            <source>{where} ({table} {id}) telah diubah di luar EventDesk.</source>
            <translation>{where} ({table} {id}) was changed outside EventDesk.</translation>
        </message>
        <message>
            <source>{where}: nomor {expected} hilang dari rantai audit.</source>
            <translation>{where}: number {expected} is missing from the audit chain.</translation>
        </message>
        <message>
            <source>{where}: tidak tersambung ke catatan sebelumnya.</source>
            <translation>{where}: not linked to the previous record.</translation>
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

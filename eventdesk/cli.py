"""The command line: parses, calls the services, prints. No rules of its own.

Errors EventDesk expects become one line on stderr and a non-zero exit
status; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

# Only what the parser and every command need is imported here: each command imports its own (the services,
# the money and date formatting) when it runs, so a scripted check-in does not load the reports or the merge.
from eventdesk import __version__
from eventdesk.domain import badge_papers
from eventdesk.domain.enums import AttendeeCategory, FollowUpStatus, TransactionKind, TransactionStage
from eventdesk.domain.errors import EventDeskError, InvalidValue
from eventdesk.domain.i18n import LANGUAGES, set_language, tr
from eventdesk.domain.text import shown
from eventdesk.files import user_config

if TYPE_CHECKING:
    from datetime import datetime

    from eventdesk.domain.figures import EventFigures, Share
    from eventdesk.domain.merge_results import MergeOutcome
    from eventdesk.domain.models import Organisation
    from eventdesk.services.session import EventSession

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandFailed(Exception):
    """A command that ran and failed in an expected way: message for stderr, exit status."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        raise CommandFailed(tr("{message} (lihat --help)").format(message=message), EXIT_USAGE)


class _Commands(argparse._SubParsersAction):
    """The subcommands, each built only when `only` names it or names none: a command run from a script builds
    its own arguments, not those of all sixteen (3 ms of every call)."""

    only: str | None = None
    matched = False

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self.only is not None and name != self.only:
            return _UNBUILT
        self.matched = True
        return super().add_parser(name, **kwargs)


class _Unbuilt:
    """Stands for the parser of a command that is not being run: its arguments are not added."""

    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        pass

    def set_defaults(self, **kwargs: Any) -> None:
        pass


_UNBUILT = _Unbuilt()
# The options before the command that take a value (build_parser's first arguments): their value is skipped when
# looking for the command. (For an option missing here, a value that is no command's name only costs the whole
# parser being built; one that is would be taken for the command.)
_GLOBAL_OPTIONS_WITH_VALUE = ("--operator", "--lang")


def _command_named(argv: Sequence[str]) -> str | None:
    """The subcommand `argv` names (its first word that is neither an option nor an option's value), if any."""
    words = iter(argv)
    for word in words:
        if word in _GLOBAL_OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command-line parser; with `only`, the arguments of that subcommand alone (help lists every one)."""
    parser = _Parser(prog="eventdesk", description=tr("EventDesk: meja panitia misi dagang dan investasi."))
    parser.add_argument("--version", action="version", version=f"EventDesk {__version__}")
    parser.add_argument("--operator", help=tr("nama operator yang tercatat pada setiap perubahan"))
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help=tr("bahasa pesan dan laporan (id atau en)"))
    parser.add_argument(
        "--selftest", action="store_true", help=tr("periksa instalasi ini dari awal sampai akhir (tanpa jendela)")
    )
    commands = cast(
        _Commands, parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, action=_Commands)
    )
    commands.only = only

    demo = commands.add_parser("demo", help=tr("buat berkas acara berisi misi demo Balikpapan"))
    demo.add_argument("file", type=Path)
    demo.set_defaults(run=_demo)

    check = commands.add_parser("check", help=tr("periksa keutuhan dan konsistensi berkas acara"))
    check.add_argument("file", type=Path)
    check.set_defaults(run=_check)

    backup = commands.add_parser("backup", help=tr("buat cadangan berkas acara (aman selagi berkas dipakai)"))
    backup.add_argument("file", type=Path)
    backup.add_argument("--to", type=Path, help=tr("folder tujuan; bawaan: folder cadangan di pengaturan"))
    backup.set_defaults(run=_backup)

    report = commands.add_parser("report", help=tr("buat laporan PDF"))
    if report is not _UNBUILT:  # the list of documents is loaded only where this command is built
        from eventdesk.domain.document_kinds import DOCUMENT_KEYS

        report.add_argument("kind", choices=DOCUMENT_KEYS)
    report.add_argument("file", type=Path)
    report.add_argument("-o", "--output", type=Path, required=True)
    report.add_argument(
        "--detail-pages",
        action="store_true",
        help=tr("agreements: tambahkan satu halaman per perjanjian dengan ruang tanda tangan"),
    )
    report.set_defaults(run=_report)
    report.add_argument(
        "--unmasked", action="store_true", help=tr("attendees, attendance: nomor telepon ditampilkan lengkap")
    )
    report.add_argument(
        "--layout",
        choices=badge_papers.LAYOUTS,
        default=badge_papers.LAYOUT_A6,
        help=tr(
            "badges: kertas tanda pengenal (a6 satu per halaman, a4 empat per lembar, "
            "card kartu 86×54 mm, roll62 label gulung 62 mm)"
        ),
    )
    report.add_argument("--not-printed", action="store_true", help=tr("badges: hanya yang belum pernah dicetak"))
    report.add_argument(
        "--per-spot", action="store_true", help=tr("schedule: satu bagian per tempat, bukan satu urutan acara")
    )
    report.add_argument(
        "--filled", action="store_true", help=tr("attendance: jam check-in bagi yang hadir, bukan lembar kosong")
    )
    report.add_argument(
        "--summary",
        action="store_true",
        help=tr("transactions, attendees: hanya total dan rinciannya per kelompok, tanpa daftar setiap baris"),
    )

    import_ = commands.add_parser(
        "import",
        help=tr("impor daftar peserta, atau daftar tindak lanjut yang sudah diisi, dari CSV atau XLSX"),
    )
    import_.add_argument("what", choices=("attendees", "followups"))
    import_.add_argument("file", type=Path)
    import_.add_argument("source", type=Path)
    import_.add_argument(
        "--category",
        choices=[c.value for c in AttendeeCategory],
        default=None,
        help=tr("kategori bagi baris tanpa kategori"),
    )
    import_.set_defaults(run=_import)

    export = commands.add_parser(
        "export", help=tr("ekspor daftar peserta ke CSV atau XLSX, atau daftar tindak lanjut ke XLSX")
    )
    export.add_argument("what", choices=("attendees", "followups"))
    export.add_argument("file", type=Path)
    export.add_argument("output", type=Path, help=tr("berkas .csv atau .xlsx"))
    export.add_argument("--masked", action="store_true", help=tr("samarkan nomor telepon"))
    export.add_argument(
        "--months",
        type=int,
        default=None,
        help=tr("followups: transaksi yang tidak ditindaklanjuti selama sekian bulan (bawaan 3)"),
    )
    export.set_defaults(run=_export)

    fingerprint = commands.add_parser(
        "fingerprint", help=tr("cetak sidik isi ringkasan perjanjian yang ditandatangani")
    )
    fingerprint.add_argument("file", type=Path)
    fingerprint.set_defaults(run=_fingerprint)

    checkin = commands.add_parser("checkin", help=tr("catat kehadiran peserta dari kodenya"))
    checkin.add_argument("file", type=Path)
    checkin.add_argument("code")
    checkin.set_defaults(run=_checkin)

    book = commands.add_parser("book", help=tr("catat transaksi"))
    book.add_argument("file", type=Path)
    book.add_argument("--buyer", required=True)
    book.add_argument("--seller", required=True)
    book.add_argument("--sector", required=True)
    book.add_argument("--value", required=True, help=tr("nilai seperti diketik, mis. '1,5 M' atau '250 jt'"))
    book.add_argument("--kind", required=True, choices=[k.value for k in TransactionKind])
    book.add_argument("--stage", default=TransactionStage.COMMITMENT.value, choices=[s.value for s in TransactionStage])
    book.add_argument("--commodity", default="")
    book.add_argument("--yes", action="store_true", help=tr("nilai di atas Rp1 triliun memang benar"))
    book.set_defaults(run=_book)

    totals = commands.add_parser("totals", help=tr("cetak total transaksi (angka yang sama dengan layar dan laporan)"))
    totals.add_argument("file", type=Path)
    totals.add_argument("--json", action="store_true", help=tr("keluaran JSON untuk skrip"))
    totals.add_argument(
        "--at",
        metavar="'YYYY-MM-DD HH:MM'",
        help=tr("angka sebagaimana pada saat itu, di zona waktu acara (yang diumumkan saat itu)"),
    )
    totals.set_defaults(run=_totals)

    void = commands.add_parser("void", help=tr("batalkan transaksi dengan alasan"))
    void.add_argument("file", type=Path)
    void.add_argument("id")
    void.add_argument("--reason", required=True)
    void.set_defaults(run=_void)

    followup = commands.add_parser("followup", help=tr("catat tindak lanjut transaksi sesudah misi"))
    followup.add_argument("file", type=Path)
    followup.add_argument("id")
    followup.add_argument("--status", required=True, choices=[status.value for status in FollowUpStatus])
    followup.add_argument("--date", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    followup.add_argument("--value", default="", help=tr('nilai terealisasi, mis. "1,2 M"'))
    followup.add_argument("--note", default="")
    followup.set_defaults(run=_followup)

    missions = commands.add_parser(
        "missions", help=tr("angka beberapa misi (satu berkas acara per misi) dan jumlah seluruhnya")
    )
    missions.add_argument("files", type=Path, nargs="+", metavar="FILE")
    missions.add_argument("--json", action="store_true")
    missions.add_argument("-o", "--output", type=Path, help=tr("tulis juga rekapnya sebagai PDF"))
    missions.set_defaults(run=_missions)

    merge = commands.add_parser("merge", help=tr("gabungkan data meja lain (salinan berkas acara yang sama) ke FILE"))
    merge.add_argument("file", type=Path)
    merge.add_argument("others", type=Path, nargs="+", metavar="OTHER")
    merge.add_argument(
        "--preview", action="store_true", help=tr("hanya tampilkan apa yang akan dibawa; tidak menulis apa pun")
    )
    merge.set_defaults(run=_merge)

    conflicts = commands.add_parser("conflicts", help=tr("daftar konflik penggabungan yang perlu ditinjau"))
    conflicts.add_argument("file", type=Path)
    conflicts.add_argument("--all", action="store_true", help=tr("termasuk yang sudah ditinjau atau diputuskan aturan"))
    conflicts.set_defaults(run=_conflicts)

    sync = commands.add_parser(
        "sync", help=tr("satu putaran folder sinkron: gabungkan perubahan meja lain, tulis perubahan meja ini")
    )
    sync.add_argument("file", type=Path)
    sync.add_argument(
        "--folder", type=Path, help=tr("folder sinkron (bawaan: yang diatur di aplikasi untuk berkas ini)")
    )
    sync.add_argument(
        "--full-copy",
        action="store_true",
        help=tr("tulis juga salinan lengkap berkas ini (untuk laptop yang baru bergabung)"),
    )
    sync.set_defaults(run=_sync)
    if only is not None and not commands.matched:
        return build_parser()  # not a command: the whole parser says so and names every one
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_on_output()
    try:
        config = user_config.load()
        set_language(config.language)
        words = sys.argv[1:] if argv is None else list(argv)
        command = _command_named(words)
        wanted = command if command is not None and "-h" not in words and "--help" not in words else None
        args = build_parser(wanted).parse_args(words)
        if args.lang:
            set_language(args.lang)
        if args.selftest:
            from eventdesk import selftest

            return selftest.run()
        if not getattr(args, "run", None):
            build_parser().print_help()
            return EXIT_USAGE
        return args.run(args, config)
    except CommandFailed as failure:
        print(f"eventdesk: {failure.message}", file=sys.stderr)
        return failure.status
    except EventDeskError as error:
        print(f"eventdesk: {error.message}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"eventdesk: {tr('Dihentikan oleh pengguna.')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of the output went away (`| head`): the work is done; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        # A path the system refuses (a name too long, a folder where a file belongs) that no check above named.
        print(f"eventdesk: {error.strerror or error}: {shown(str(error.filename or ''), 120)}", file=sys.stderr)
        return EXIT_FAILED


def run() -> NoReturn:
    """`eventdesk …` from a shell or a script: `main()`, then the process ends at once.

    When a command returns, its work is committed, its file closed and its output written; what is left
    is the interpreter's teardown, every loaded module's objects freed one by one (13 ms of a scripted
    check-in of 80). It is skipped: the output is flushed, and the process exits with the command's status.
    An unexpected error still ends with Python's traceback.
    """
    status = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # the reader went away (`| head`): the work is done
            stream.flush()
    os._exit(status)


def _never_fail_on_output() -> None:
    """A name the console cannot show (a Windows code page, an ASCII pipe) prints as '?', never a traceback.

    Output comes after the write is committed: failing there would report an error for work that was done.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _with_session(
    args: argparse.Namespace,
    config: user_config.UserConfig,
    work: Callable[[EventSession], int],
    *,
    read_only: bool = False,
) -> int:
    from eventdesk.services.session import open_session

    session = open_session(args.file, config.actor(args.operator), read_only=read_only)
    try:
        status = work(session)
        if session.copy_notice:
            print(f"eventdesk: {session.copy_notice}", file=sys.stderr)
        return status
    finally:
        session.close()


def _demo(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.domain.money import format_full
    from eventdesk.services.demo import write_demo

    session = write_demo(args.file)
    try:
        figures = session.figures.event_figures()
        print(
            tr(
                "Misi demo ditulis ke {path}: {attendees} peserta, {agreements} perjanjian ditandatangani, "
                "total {total}."
            ).format(
                path=args.file,
                attendees=figures.attendees_registered,
                agreements=figures.agreements_signed,
                total=format_full(figures.transactions.total_idr),
            )
        )
    finally:
        session.close()
    return EXIT_OK


def _check(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.services import backups
    from eventdesk.services.integrity import check_event_file

    problems = check_event_file(args.file, backups.backup_folder(config))
    if not problems:
        print(tr("{path}: baik, tidak ada masalah.").format(path=args.file))
        return EXIT_OK
    for problem in problems:
        print(problem, file=sys.stderr)
    return EXIT_FAILED


def _backup(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.services import backups

    made = backups.make_backup(args.file, args.to if args.to is not None else backups.backup_folder(config))
    print(made)
    return EXIT_OK


def _report(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.domain.document_kinds import DOCUMENT_KEYS, DocumentOptions

    if args.detail_pages and args.kind != "agreements":
        raise CommandFailed(tr("--detail-pages hanya untuk laporan agreements."), EXIT_USAGE)
    if args.kind not in DOCUMENT_KEYS:
        raise CommandFailed(tr("Laporan '{kind}' belum tersedia di versi ini.").format(kind=args.kind))
    if args.output.is_dir():
        raise CommandFailed(tr("'{path}' adalah folder; beri nama berkas PDF.").format(path=args.output))
    if not args.output.parent.exists():
        raise CommandFailed(tr("Folder '{path}' tidak ada.").format(path=args.output.parent))
    options = DocumentOptions(
        detail_pages=args.detail_pages,
        unmasked=args.unmasked,
        layout=args.layout,
        not_printed=args.not_printed,
        per_spot=args.per_spot,
        summary_only=args.summary,
        filled=args.filled,
    )

    def work(session: EventSession) -> int:
        from eventdesk.reports import assemble

        try:
            with session.snapshot():  # the lines and the totals of a document from one state of the file
                info = session.document_info(session.documents.title(args.kind))
                count = assemble.render(session.documents.inputs(args.kind, info, options), args.output)
        except OSError as error:
            raise CommandFailed(
                tr("Laporan tidak bisa ditulis ke {path}: {reason}").format(path=args.output, reason=error.strerror)
            ) from None
        if args.kind == "badges":
            # Badges as a document; printing them is recorded where they are printed, on the Peserta screen.
            print(tr("{count} tanda pengenal.").format(count=count))
        print(args.output)
        return EXIT_OK

    # A report only reads: the event file is opened read-only and stays byte-for-byte as it was.
    return _with_session(args, config, work, read_only=True)


def _fingerprint(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    """The fingerprint a signed-agreement summary printed now would carry; read-only, the file is not changed."""
    from eventdesk.domain.money import format_full
    from eventdesk.services.session import open_session

    if not args.file.exists():
        raise CommandFailed(tr("Berkas acara '{path}' tidak ditemukan.").format(path=args.file))
    session = open_session(args.file, config.actor(args.operator), read_only=True)
    try:
        summary = session.agreements.signed_summary()
    finally:
        session.close()
    print(
        tr("{fingerprint}  ({count} perjanjian ditandatangani, nilai {value})").format(
            fingerprint=summary.fingerprint, count=summary.count, value=format_full(summary.total_value_idr)
        )
    )
    return EXIT_OK


def _checkin(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.domain.clock import in_zone

    def work(session: EventSession) -> int:
        result = session.attendees.check_in(args.code)
        attendee = result.attendee
        checked_in_at = attendee.checked_in_at
        assert checked_in_at is not None, "a check-in result is always checked in"
        when = in_zone(checked_in_at, session.settings.get().timezone).strftime("%H:%M")
        who = f"{attendee.full_name} ({attendee.organisation_name or '-'}) [{attendee.code}]"
        if result.already:
            print(
                tr("{who} sudah check-in pukul {time} di {desk}.").format(
                    who=who, time=when, desk=attendee.checked_in_desk_label or attendee.checked_in_desk_id
                )
            )
        else:
            print(tr("{who} check-in pukul {time}.").format(who=who, time=when))
        return EXIT_OK

    return _with_session(args, config, work)


def _organisation_named(session: EventSession, name: str, role: str) -> Organisation:
    found = session.organisations.find_by_name(name)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise InvalidValue(
            tr("Ada beberapa organisasi bernama '{name}'; bedakan lewat aplikasi.").format(name=shown(name))
        )
    closest = [organisation.name for organisation in session.organisations.closest(name)]
    hint = tr(" Mungkin maksudnya: {names}.").format(names="; ".join(closest)) if closest else ""
    raise InvalidValue(tr("{role} '{name}' tidak terdaftar.").format(role=role, name=shown(name)) + hint)


def _book(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.domain.money import format_full, format_words, needs_confirmation, parse_amount

    value = parse_amount(args.value)
    if needs_confirmation(value) and not args.yes:
        raise CommandFailed(
            tr("Nilai {value} ({words}) lebih dari Rp1 triliun; bila benar, ulangi dengan --yes.").format(
                value=format_full(value), words=format_words(value)
            )
        )

    def work(session: EventSession) -> int:
        buyer = _organisation_named(session, args.buyer, tr("Pembeli"))
        seller = _organisation_named(session, args.seller, tr("Penjual"))
        sector = session.settings.sector_named(args.sector)
        transaction = session.transactions.book(
            buyer_id=buyer.id,
            seller_id=seller.id,
            value=value,
            kind=args.kind,
            stage=args.stage,
            sector_id=sector.id,
            commodity=args.commodity,
        )
        print(transaction.id)
        return EXIT_OK

    return _with_session(args, config, work)


def _void(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.domain.money import format_full

    def work(session: EventSession) -> int:
        transaction = session.transactions.void(session.transactions.find(args.id).id, args.reason)
        print(
            tr("Transaksi {id} ({value}) dibatalkan.").format(
                id=transaction.id, value=format_full(transaction.value_idr)
            )
        )
        return EXIT_OK

    return _with_session(args, config, work)


def _followup(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.domain.clock import format_long_date

    def work(session: EventSession) -> int:
        recorded = session.followups.record(args.id, args.status, args.date, args.value, args.note)
        print(
            tr("Tindak lanjut {id}: {status} pada {date}.").format(
                id=recorded.transaction_id[:8],
                status=recorded.status.label,
                date=format_long_date(recorded.followed_on),
            )
        )
        _print_realised(session)
        return EXIT_OK

    return _with_session(args, config, work)


def _print_realised(session: EventSession) -> None:
    """The realised value of every deal after a follow-up was recorded: what the dinas office reports."""
    from eventdesk.domain.money import format_full

    print(
        tr("Nilai terealisasi seluruh transaksi: {value}.").format(value=format_full(session.followups.realised_idr()))
    )


def _missions(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    import json

    from eventdesk.domain.clock import format_long_date
    from eventdesk.domain.missions import cumulative
    from eventdesk.domain.money import format_compact, format_full
    from eventdesk.services.missions import missions_document_info, read_missions

    actor = config.actor(args.operator)
    missions = read_missions(args.files, actor)  # each file read-only: none of them changes
    total = cumulative(missions)
    if args.output:
        from eventdesk.reports import missions as missions_report

        missions_report.render(missions_document_info(missions, actor), missions, args.output)
    if args.json:
        print(
            json.dumps(
                {
                    "missions": [
                        {
                            "file": mission.source,
                            "event_id": mission.event_id,
                            "name": mission.name,
                            "start_date": mission.start_date.isoformat() if mission.start_date else None,
                            "end_date": mission.end_date.isoformat() if mission.end_date else None,
                            "venue": mission.venue,
                            "city": mission.city,
                            "booked_idr": mission.booked_idr,
                            "realised_idr": mission.realised_idr,
                            "deals": mission.deals,
                            "businesses": mission.businesses,
                            "target_idr": mission.target_idr,
                        }
                        for mission in missions
                    ],
                    "total": {
                        "missions": total.missions,
                        "booked_idr": total.booked_idr,
                        "realised_idr": total.realised_idr,
                        "deals": total.deals,
                        "businesses": total.businesses,
                    },
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    for mission in missions:
        day = format_long_date(mission.start_date) if mission.start_date else "–"
        place = ", ".join(part for part in (mission.venue, mission.city) if part)
        print(f"{day} · {mission.name}" + (f" · {place}" if place else ""))
        print(
            "  "
            + tr("{booked} tercatat, {realised} terealisasi, {deals} transaksi, {businesses} pelaku usaha").format(
                booked=format_full(mission.booked_idr),
                realised=format_full(mission.realised_idr),
                deals=mission.deals,
                businesses=mission.businesses,
            )
        )
    print(
        tr(
            "Jumlah {missions} misi: {booked} ({compact}) tercatat, {realised} terealisasi, {deals} transaksi, "
            "{businesses} pelaku usaha"
        ).format(
            missions=total.missions,
            booked=format_full(total.booked_idr),
            compact=format_compact(total.booked_idr),
            realised=format_full(total.realised_idr),
            deals=total.deals,
            businesses=total.businesses,
        )
    )
    if args.output:
        print(args.output)
    return EXIT_OK


def _figures_line(before: EventFigures, after: EventFigures) -> str:
    from eventdesk.domain.money import format_full

    return tr(
        "Total {total_before} → {total_after}; peserta {registered_before} → {registered_after}, "
        "hadir {present_before} → {present_after}; perjanjian ditandatangani {signed_before} → {signed_after}."
    ).format(
        total_before=format_full(before.transactions.total_idr),
        total_after=format_full(after.transactions.total_idr),
        registered_before=before.attendees_registered,
        registered_after=after.attendees_registered,
        present_before=before.attendees_checked_in,
        present_after=after.attendees_checked_in,
        signed_before=before.agreements_signed,
        signed_after=after.agreements_signed,
    )


def _print_outcome(outcome: MergeOutcome) -> None:
    name = Path(outcome.source).name
    if outcome.nothing_new:
        print(tr("{name}: tidak ada yang baru.").format(name=name))
        return
    heading = (
        tr("{name}: akan membawa {count} perubahan dari {desks}.")
        if outcome.preview
        else tr("{name}: {count} perubahan dari {desks} digabungkan.")
    )
    print(heading.format(name=name, count=outcome.entries, desks=", ".join(desk.label for desk in outcome.desks)))
    for label, count in outcome.change_lines():
        print(f"  {label}: {count}")
    if outcome.before is not None and outcome.after is not None:
        print("  " + _figures_line(outcome.before, outcome.after))
    if outcome.to_review:
        print(
            "  " + tr("{count} konflik perlu ditinjau (eventdesk conflicts FILE).").format(count=len(outcome.to_review))
        )


def _merge(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    def work(session: EventSession) -> int:
        failed = False
        for other in args.others:
            try:
                _print_outcome(session.merges.merge(other, preview=args.preview))
            except EventDeskError as error:
                print(f"eventdesk: {other}: {error.message}", file=sys.stderr)
                failed = True
        print(session.merges.coverage().text())
        return EXIT_FAILED if failed else EXIT_OK

    return _with_session(args, config, work)


def _conflicts(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.domain.clock import in_zone

    def work(session: EventSession) -> int:
        rows = session.merges.conflicts(only_to_review=not args.all)
        zone = session.settings.get().timezone
        if not rows:
            print(
                tr("Tidak ada konflik yang perlu ditinjau.") if not args.all else tr("Belum ada temuan penggabungan.")
            )
        for row in rows:
            print(f"{row.kind_label}: {row.subject} — {row.fields}")
            kept_at, other_at = (
                in_zone(row.kept_at, zone).strftime("%H:%M:%S"),
                in_zone(row.other_at, zone).strftime("%H:%M:%S"),
            )
            print(
                "  "
                + tr("dipakai: {value} ({desk}, {operator}, {time})").format(
                    value=row.kept_value, desk=row.kept_desk, operator=row.kept_operator, time=kept_at
                )
            )
            print(
                "  "
                + tr("lainnya: {value} ({desk}, {operator}, {time})").format(
                    value=row.other_value, desk=row.other_desk, operator=row.other_operator, time=other_at
                )
            )
        return EXIT_OK

    return _with_session(args, config, work)


def _totals(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    import json

    from eventdesk.domain.clock import format_long_date, in_zone, read_moment, utc_now, written_time, zone_abbreviation
    from eventdesk.domain.money import format_compact, format_full, format_words, percent

    def work(session: EventSession) -> int:
        settings = session.settings.get()
        at = None
        if args.at:
            at = read_moment(args.at, settings.timezone)
            if at is None:
                raise CommandFailed(
                    tr("Waktu '{text}' tidak terbaca; tulis misalnya \"2025-05-08 12:00\".").format(text=args.at),
                    EXIT_USAGE,
                )
        moment = at or utc_now()
        figures = session.figures.event_figures(at)
        totals = figures.transactions
        if args.json:
            print(json.dumps(_totals_json(session, figures, moment), ensure_ascii=False, indent=2))
            return EXIT_OK
        local = in_zone(moment, settings.timezone)
        print(
            tr("Hingga {date} pukul {time} {zone}").format(
                date=format_long_date(local.date(), weekday=True),
                time=written_time(local),
                zone=zone_abbreviation(settings.timezone, moment),
            )
        )
        if settings.target_idr:
            print(
                tr("Target {target}: tercapai {share}").format(
                    target=format_full(settings.target_idr), share=percent(totals.total_idr, settings.target_idr)
                )
            )
        print(
            tr("Total transaksi tercatat: {full} ({compact})").format(
                full=format_full(totals.total_idr), compact=format_compact(totals.total_idr)
            )
        )
        print(tr("Terbilang: {words}").format(words=format_words(totals.total_idr)))
        print(
            tr("{count} transaksi tercatat, {void} dibatalkan (tidak dihitung).").format(
                count=totals.count, void=totals.void_count
            )
        )
        sections = [
            (tr("Jenis"), [totals.kind(kind) for kind in TransactionKind]),
            (tr("Sektor"), totals.by_sector),
            (tr("Arah"), totals.by_direction),
            (tr("Dari sisi tuan rumah"), list(totals.by_host.values())),
            (tr("Kabupaten/kota penjual"), totals.by_district),
            (tr("Tahap"), [totals.stage(stage) for stage in TransactionStage]),
            (tr("UMKM"), [totals.umkm]),
            (tr("Verifikasi"), [totals.verified, totals.unverified]),
        ]
        for title, shares in sections:
            print(f"\n{title}")
            for share in shares:
                print(f"  {share.label}: {format_full(share.value_idr)} ({share.count})")
        print(f"\n{tr('Perjanjian ditandatangani')}: {figures.agreements_signed}")
        print(f"{tr('Peserta hadir / terdaftar')}: {figures.attendees_checked_in} / {figures.attendees_registered}")
        return EXIT_OK

    # Reading: the file stays byte-for-byte as it was, and it may sit on read-only media.
    return _with_session(args, config, work, read_only=True)


def _sync(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.services.sync import event_id_of, sync_once

    if not args.file.exists():
        raise CommandFailed(tr("Berkas acara '{path}' tidak ditemukan.").format(path=args.file))
    folder = args.folder or config.sync_folder(event_id_of(args.file))
    if folder is None:
        raise CommandFailed(tr("Belum ada folder sinkron untuk {path}; beri --folder.").format(path=args.file))
    report = sync_once(args.file, folder, config.actor(args.operator), full_copy=args.full_copy)
    if report.renamed_to:
        print(
            f"eventdesk: {tr('Salinan ini menulis sebagai meja baru: {label}.').format(label=report.renamed_to)}",
            file=sys.stderr,
        )
    for outcome in report.outcomes:
        _print_outcome(outcome)
    for desk in report.desks:
        if desk.error:
            print(f"eventdesk: {desk.label}: {desk.error}", file=sys.stderr)
        elif desk.waiting:
            print(f"{desk.label}: {desk.waiting}")
    for warning in report.warnings:
        print(f"eventdesk: {warning}", file=sys.stderr)
    if report.exported:
        print(tr("Perubahan meja ini ditulis ke {path}.").format(path=report.exported_to))
    if report.full_copy_to:
        print(tr("Salinan lengkap meja ini ditulis ke {path}.").format(path=report.full_copy_to))
    if not report.ok:
        raise CommandFailed(report.error.replace("\n", " "))  # one line on stderr, a fork's steps included
    return EXIT_FAILED if any(desk.error for desk in report.desks) else EXIT_OK


def _totals_json(session: EventSession, figures: EventFigures, moment: datetime) -> dict:
    from eventdesk.domain.clock import in_zone
    from eventdesk.domain.enums import HostSide
    from eventdesk.domain.press import LARGEST_SHOWN
    from eventdesk.domain.schedule import event_days

    totals = figures.transactions
    settings = session.settings.get()

    def line(share: Share) -> dict:
        return {"label": share.label, "value_idr": share.value_idr, "count": share.count}

    days = sorted(event_days(settings))
    return {
        "as_of": in_zone(moment, settings.timezone).isoformat(timespec="minutes"),
        "realised_idr": session.followups.realised_idr(),
        "target_idr": settings.target_idr,
        "host": {
            "region": host.name if (host := session.settings.host_region()) else None,
            "sales_idr": totals.host(HostSide.SALES).value_idr,
            "purchases_idr": totals.host(HostSide.PURCHASES).value_idr,
            "investment_idr": totals.host(HostSide.INVESTMENT).value_idr,
            "other_idr": totals.host(HostSide.OTHER).value_idr,
        },
        "by_hour": [
            {"until": in_zone(at, settings.timezone).isoformat(timespec="minutes"), "total_idr": total}
            for at, total in session.figures.by_hour(days, settings.day_start, settings.day_end, settings.timezone)
        ],
        "top_deals": [
            {
                "id": deal.id,
                "seller": deal.seller_name,
                "seller_region": deal.seller_region,
                "seller_district": deal.seller_district,
                "buyer": deal.buyer_name,
                "buyer_region": deal.buyer_region,
                "buyer_district": deal.buyer_district,
                "commodity": deal.commodity,
                "quantity": deal.quantity,
                "unit": deal.unit,
                "value_idr": deal.value_idr,
            }
            for deal in session.figures.largest(LARGEST_SHOWN)
        ],
        "by_commodity": [
            {
                "commodity": share.commodity,
                "unit": share.unit,
                "value_idr": share.value_idr,
                "quantity": share.quantity,
                "count": share.count,
            }
            for share in session.figures.by_commodity()
        ],
        "total_idr": totals.total_idr,
        "count": totals.count,
        "void_count": totals.void_count,
        "by_kind": {kind.value: line(totals.kind(kind)) for kind in TransactionKind},
        "by_stage": {stage.value: line(totals.stage(stage)) for stage in TransactionStage},
        "by_sector": [line(share) for share in totals.by_sector],
        "by_direction": [line(share) for share in totals.by_direction],
        "by_district": [{"district": share.key, **line(share)} for share in totals.by_district],
        "umkm": line(totals.umkm),
        "verified": line(totals.verified),
        "unverified": line(totals.unverified),
        "agreements_signed": figures.agreements_signed,
        "attendees_registered": figures.attendees_registered,
        "attendees_checked_in": figures.attendees_checked_in,
    }


def _import(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.files.spreadsheets import read_sheet

    if args.what == "followups":
        return _import_followups(args, config)

    from eventdesk.domain.import_report import RowFate
    from eventdesk.services.registration_import import DEFAULT_CATEGORY

    sheet = read_sheet(args.source)  # a file that is no list is refused before the event file is opened
    category = AttendeeCategory(args.category) if args.category else DEFAULT_CATEGORY

    def work(session: EventSession) -> int:
        report = session.imports.run_sheet(sheet, default_category=category)
        where = report.sheet_name or report.encoding
        print(
            tr("{source} ({where}), judul kolom di baris {row}.").format(
                source=args.source, where=where, row=report.header_row
            )
        )
        print(
            tr("Diimpor: {imported} · Duplikat: {duplicates} · Ditolak: {rejected}").format(
                imported=report.imported, duplicates=report.duplicates, rejected=report.rejected
            )
        )
        if report.new_organisations:
            print(tr("Organisasi baru: {count}").format(count=len(report.new_organisations)))
        for line in report.lines:
            if line.fate is RowFate.REJECTED:
                print(tr("baris {row}: ditolak — {reason}").format(row=line.row_number, reason=line.reason))
        for line in report.lines:
            if line.fate is RowFate.DUPLICATE:
                print(
                    tr("baris {row}: duplikat — {name}: {reason}").format(
                        row=line.row_number, name=line.full_name, reason=line.reason
                    )
                )
        for line in report.lines:
            if line.fate is RowFate.IMPORT and line.warnings:
                print(
                    tr("baris {row}: peringatan — {name} ({code}): {warnings}").format(
                        row=line.row_number, name=line.full_name, code=line.code, warnings="; ".join(line.warnings)
                    )
                )
        return EXIT_OK

    return _with_session(args, config, work)


def _import_followups(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.domain.followup_sheet import SheetFate

    def work(session: EventSession) -> int:
        report = session.followup_sheets.import_sheet(args.source)
        print(
            tr("Dicatat: {recorded} · Sudah tercatat: {already} · Ditolak: {rejected} · Baris kosong: {empty}").format(
                recorded=len(report.with_fate(SheetFate.RECORDED)),
                already=len(report.with_fate(SheetFate.ALREADY)),
                rejected=len(report.with_fate(SheetFate.REJECTED)),
                empty=report.empty_rows,
            )
        )
        for line in report.with_fate(SheetFate.REJECTED):
            print(tr("baris {row}: ditolak — {reason}").format(row=line.row_number, reason=line.reason))
        _print_realised(session)
        return EXIT_OK

    return _with_session(args, config, work)


def _export_followups(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.domain.followup_sheet import DEFAULT_MONTHS
    from eventdesk.services.followup_sheet import write_worklist

    def work(session: EventSession) -> int:
        lines = session.followup_sheets.worklist(DEFAULT_MONTHS if args.months is None else args.months)
        try:
            write_worklist(lines, args.output)
        except OSError as error:
            raise CommandFailed(
                tr("Berkas tidak bisa ditulis ke {path}: {reason}").format(path=args.output, reason=error.strerror)
            ) from None
        print(
            tr("{count} transaksi untuk ditindaklanjuti diekspor ke {path}.").format(count=len(lines), path=args.output)
        )
        return EXIT_OK

    return _with_session(args, config, work, read_only=True)


def _export(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.domain.attendee_query import AttendeeQuery
    from eventdesk.services.attendee_export import export_attendees

    if args.what == "followups":
        return _export_followups(args, config)

    def work(session: EventSession) -> int:
        people = session.attendees.matching(AttendeeQuery())
        try:
            export_attendees(people, args.output, timezone=session.settings.get().timezone, masked=args.masked)
        except OSError as error:
            raise CommandFailed(
                tr("Berkas tidak bisa ditulis ke {path}: {reason}").format(path=args.output, reason=error.strerror)
            ) from None
        print(tr("{count} peserta diekspor ke {path}.").format(count=len(people), path=args.output))
        return EXIT_OK

    # Export only reads, as a report does.
    return _with_session(args, config, work, read_only=True)

"""The command line: parses, calls the services, prints. No rules of its own.

Errors EventDesk expects become one line on stderr and a non-zero exit
status; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from eventdesk import __version__
from eventdesk.domain.clock import in_zone
from eventdesk.domain.attendee_query import AttendeeQuery, AttendeeSort
from eventdesk.domain.enums import AttendeeCategory, TransactionKind, TransactionStage
from eventdesk.domain.import_report import RowFate
from eventdesk.domain.errors import EventDeskError, InvalidValue
from eventdesk.domain.i18n import LANGUAGES, set_language, tr
from eventdesk.domain.models import Organisation
from eventdesk.domain.money import format_full
from eventdesk.services import user_config
from eventdesk.services.integrity import check_event_file
from eventdesk.services.registration_import import DEFAULT_CATEGORY
from eventdesk.services.session import EventSession, open_session

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

REPORT_KINDS = ("agreements", "transactions", "schedule", "attendees", "badges", "summary")


class CommandFailed(Exception):
    """A command that ran and failed in an expected way: message for stderr, exit status."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line, like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CommandFailed(tr("{message} (lihat --help)").format(message=message), EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="eventdesk", description=tr("EventDesk: meja panitia misi dagang dan investasi."))
    parser.add_argument("--version", action="version", version=f"EventDesk {__version__}")
    parser.add_argument("--operator", help=tr("nama operator yang tercatat pada setiap perubahan"))
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help=tr("bahasa pesan dan laporan (id atau en)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help=tr("buat berkas acara berisi misi demo Balikpapan"))
    demo.add_argument("file", type=Path)
    demo.set_defaults(run=_demo)

    check = commands.add_parser("check", help=tr("periksa keutuhan dan konsistensi berkas acara"))
    check.add_argument("file", type=Path)
    check.set_defaults(run=_check)

    report = commands.add_parser("report", help=tr("buat laporan PDF"))
    report.add_argument("kind", choices=REPORT_KINDS)
    report.add_argument("file", type=Path)
    report.add_argument("-o", "--output", type=Path, required=True)
    report.add_argument("--unmasked", action="store_true", help=tr("attendees: nomor telepon ditampilkan lengkap"))
    report.add_argument("--layout", choices=("a6", "a4"), default="a6", help=tr("badges: satu per halaman A6, atau empat per A4"))
    report.add_argument("--not-printed", action="store_true", help=tr("badges: hanya yang belum pernah dicetak"))
    report.set_defaults(run=_report)

    import_ = commands.add_parser("import", help=tr("impor daftar peserta dari CSV atau XLSX"))
    import_.add_argument("what", choices=("attendees",))
    import_.add_argument("file", type=Path)
    import_.add_argument("source", type=Path)
    import_.add_argument(
        "--category", choices=[c.value for c in AttendeeCategory], default=DEFAULT_CATEGORY.value,
        help=tr("kategori bagi baris tanpa kategori"),
    )  # fmt: skip
    import_.set_defaults(run=_import)

    export = commands.add_parser("export", help=tr("ekspor daftar peserta ke CSV atau XLSX"))
    export.add_argument("what", choices=("attendees",))
    export.add_argument("file", type=Path)
    export.add_argument("output", type=Path, help=tr("berkas .csv atau .xlsx"))
    export.add_argument("--masked", action="store_true", help=tr("samarkan nomor telepon"))
    export.set_defaults(run=_export)

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
    book.set_defaults(run=_book)

    void = commands.add_parser("void", help=tr("batalkan transaksi dengan alasan"))
    void.add_argument("file", type=Path)
    void.add_argument("id")
    void.add_argument("--reason", required=True)
    void.set_defaults(run=_void)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    config = user_config.load()
    set_language(config.language)
    try:
        args = build_parser().parse_args(argv)
        if args.lang:
            set_language(args.lang)
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


def _session(args: argparse.Namespace, config: user_config.UserConfig) -> EventSession:
    return open_session(args.file, config.actor(args.operator))


def _with_session(args: argparse.Namespace, config: user_config.UserConfig, work: Callable[[EventSession], int]) -> int:
    session = _session(args, config)
    try:
        return work(session)
    finally:
        session.close()


def _demo(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.services.demo import write_demo

    session = write_demo(args.file)
    try:
        figures = session.figures.event_figures()
        print(
            tr("Misi demo ditulis ke {path}: {attendees} peserta, {agreements} perjanjian ditandatangani, total {total}.").format(
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
    problems = check_event_file(args.file)
    if not problems:
        print(tr("{path}: baik, tidak ada masalah.").format(path=args.file))
        return EXIT_OK
    for problem in problems:
        print(problem, file=sys.stderr)
    return EXIT_FAILED


def _report(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    renderers = _report_renderers()
    if args.kind not in renderers:
        raise CommandFailed(tr("Laporan '{kind}' belum tersedia di versi ini.").format(kind=args.kind))
    if args.output.is_dir():
        raise CommandFailed(tr("'{path}' adalah folder; beri nama berkas PDF.").format(path=args.output))
    if not args.output.parent.exists():
        raise CommandFailed(tr("Folder '{path}' tidak ada.").format(path=args.output.parent))

    def work(session: EventSession) -> int:
        try:
            renderers[args.kind](session, args.output, args)
        except OSError as error:
            raise CommandFailed(tr("Laporan tidak bisa ditulis ke {path}: {reason}").format(path=args.output, reason=error.strerror)) from None
        print(args.output)
        return EXIT_OK

    return _with_session(args, config, work)


def _report_renderers() -> dict[str, Callable[[EventSession, Path, argparse.Namespace], None]]:
    from eventdesk.reports import summary

    return {
        "summary": lambda session, out, args: summary.render(
            session.document_info(tr("Ringkasan Eksekutif")), session.figures.event_figures(), out
        ),
        "attendees": _attendee_report,
        "badges": _badge_report,
    }


def _attendee_report(session: EventSession, output: Path, args: argparse.Namespace) -> None:
    from eventdesk.reports import attendee_list

    attendee_list.render(
        session.document_info(tr("Daftar Hadir Peserta")),
        session.attendees.matching(AttendeeQuery()),
        session.attendees.attendance(),
        output,
        region_order=[region.name for region in session.settings.regions()],
        unmasked=args.unmasked,
    )


def _badge_report(session: EventSession, output: Path, args: argparse.Namespace) -> None:
    from eventdesk.reports import badges

    query = AttendeeQuery(sort=AttendeeSort.NAME, badge_printed=False if args.not_printed else None)
    people = session.attendees.matching(query)
    badges.render(session.document_info(tr("Tanda Pengenal")), people, output, layout=args.layout)
    session.attendees.mark_badges_printed([person.id for person in people])
    print(tr("{count} tanda pengenal.").format(count=len(people)))


def _checkin(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    def work(session: EventSession) -> int:
        result = session.attendees.check_in(args.code)
        attendee = result.attendee
        when = in_zone(attendee.checked_in_at, session.settings.get().timezone).strftime("%H:%M")
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
        raise InvalidValue(tr("Ada beberapa organisasi bernama '{name}'; bedakan lewat aplikasi.").format(name=name))
    names = [organisation.name for organisation in session.organisations.list()]
    closest = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
    hint = tr(" Mungkin maksudnya: {names}.").format(names="; ".join(closest)) if closest else ""
    raise InvalidValue(tr("{role} '{name}' tidak terdaftar.").format(role=role, name=name) + hint)


def _book(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    def work(session: EventSession) -> int:
        buyer = _organisation_named(session, args.buyer, tr("Pembeli"))
        seller = _organisation_named(session, args.seller, tr("Penjual"))
        sector = session.settings.sector_named(args.sector)
        transaction = session.transactions.book(
            buyer_id=buyer.id,
            seller_id=seller.id,
            value=args.value,
            kind=args.kind,
            stage=args.stage,
            sector_id=sector.id,
            commodity=args.commodity,
        )
        print(transaction.id)
        return EXIT_OK

    return _with_session(args, config, work)


def _void(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    def work(session: EventSession) -> int:
        transaction = session.transactions.void(args.id, args.reason)
        print(tr("Transaksi {id} ({value}) dibatalkan.").format(id=transaction.id, value=format_full(transaction.value_idr)))
        return EXIT_OK

    return _with_session(args, config, work)


def _import(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.services.spreadsheets import read_sheet

    sheet = read_sheet(args.source)  # a file that is no list is refused before the event file is opened

    def work(session: EventSession) -> int:
        report = session.imports.run_sheet(sheet, default_category=AttendeeCategory(args.category))
        where = report.sheet_name or report.encoding
        print(
            tr("{source} ({where}), judul kolom di baris {row}.").format(source=args.source, where=where, row=report.header_row)
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
                print(tr("baris {row}: duplikat — {name}: {reason}").format(row=line.row_number, name=line.full_name, reason=line.reason))
        for line in report.lines:
            if line.fate is RowFate.IMPORT and line.warnings:
                print(
                    tr("baris {row}: peringatan — {name} ({code}): {warnings}").format(
                        row=line.row_number, name=line.full_name, code=line.code, warnings="; ".join(line.warnings)
                    )
                )
        return EXIT_OK

    return _with_session(args, config, work)


def _export(args: argparse.Namespace, config: user_config.UserConfig) -> int:
    from eventdesk.services.attendee_export import export_attendees

    def work(session: EventSession) -> int:
        people = session.attendees.matching(AttendeeQuery())
        try:
            export_attendees(people, args.output, timezone=session.settings.get().timezone, masked=args.masked)
        except OSError as error:
            raise CommandFailed(tr("Berkas tidak bisa ditulis ke {path}: {reason}").format(path=args.output, reason=error.strerror)) from None
        print(tr("{count} peserta diekspor ke {path}.").format(count=len(people), path=args.output))
        return EXIT_OK

    return _with_session(args, config, work)

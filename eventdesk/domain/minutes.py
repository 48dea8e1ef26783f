"""The words of the official record (*Berita Acara*) of the signing ceremony and the transactions.

A Berita Acara states its date in words ("Pada hari ini Kamis tanggal delapan
bulan Mei tahun dua ribu dua puluh lima"), where it took place and what was
done, and closes with the fixed sentence that it was made truthfully; the
officials of the settings sign it. The phrasing is Indonesian administrative
practice; in English the record reads as a plain statement of the same facts.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from num2words import num2words

from eventdesk.domain.i18n import language, tr
from eventdesk.domain.models import EventSettings


def date_in_words(day: date) -> str:
    """`Kamis tanggal delapan bulan Mei tahun dua ribu dua puluh lima` (English: `Thursday, the eighth of May…`)."""
    if language() == "en":
        return tr("{weekday} the {day} of {month} {year}").format(
            weekday=format_date(day, "EEEE", locale="en"),
            day=num2words(day.day, lang="en", to="ordinal"),
            month=format_date(day, "MMMM", locale="en"),
            year=num2words(day.year, lang="en"),
        )
    return tr("{weekday} tanggal {day} bulan {month} tahun {year}").format(
        weekday=format_date(day, "EEEE", locale="id"),
        day=num2words(day.day, lang="id"),
        month=format_date(day, "MMMM", locale="id"),
        year=num2words(day.year, lang="id"),
    )


def opening(settings: EventSettings) -> str:
    """The record's first sentence: when, where and what."""
    place = ", ".join(part for part in (settings.venue, settings.city) if part) or tr("(tempat belum diisi)")
    if settings.start_date is None:
        when = tr("pada tanggal yang belum diisi di pengaturan acara")
    elif settings.end_date is None or settings.end_date == settings.start_date:
        when = tr("pada hari ini {date}").format(date=date_in_words(settings.start_date))
    else:
        when = tr("pada hari {first} sampai dengan hari {last}").format(
            first=date_in_words(settings.start_date), last=date_in_words(settings.end_date)
        )
    return tr(
        "{when}, bertempat di {place}, telah dilaksanakan {event}, meliputi penandatanganan perjanjian kerja sama "
        "dan pencatatan transaksi perdagangan dan investasi, dengan hasil sebagai berikut:"
    ).format(when=when[:1].upper() + when[1:], place=place, event=settings.name)


def closing() -> str:
    return tr("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.")

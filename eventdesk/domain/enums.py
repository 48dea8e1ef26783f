"""The fixed vocabularies of DESIGN.md; stored values are the lower-case English words."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from eventdesk.domain.i18n import tr, tr_noop


class Vocabulary(StrEnum):
    """A StrEnum whose members have a translated label for screens and reports."""

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {}

    @property
    def label(self) -> str:
        return tr(self._labels().get(self.value, self.value))

    @classmethod
    def parse(cls, text: str) -> Self:
        """A member from its value or its label in any language (case-insensitive)."""
        from eventdesk.domain.errors import InvalidValue

        wanted = (text or "").strip().casefold()
        for member in cls:
            if wanted in (member.value, member.label.casefold(), cls._labels()[member.value].casefold()):
                return member
        choices = ", ".join(member.value for member in cls)
        raise InvalidValue(tr("Nilai '{text}' tidak dikenal; pilihan: {choices}.").format(text=text, choices=choices))


class OrganisationKind(Vocabulary):
    UMKM = "umkm"
    COMPANY = "company"
    ENTERPRISE = "enterprise"
    GOVERNMENT = "government"
    ASSOCIATION = "association"
    COOPERATIVE = "cooperative"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "umkm": tr_noop("UMKM"),
            "company": tr_noop("Perusahaan"),
            "enterprise": tr_noop("BUMN/BUMD"),
            "government": tr_noop("Perangkat daerah"),
            "association": tr_noop("Asosiasi"),
            "cooperative": tr_noop("Koperasi"),
            "other": tr_noop("Lainnya"),
        }


class AttendeeCategory(Vocabulary):
    BUYER = "buyer"
    SELLER = "seller"
    INVESTOR = "investor"
    GOVERNMENT = "government"
    VIP = "vip"
    SPEAKER = "speaker"
    MEDIA = "media"
    COMMITTEE = "committee"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "buyer": tr_noop("Pembeli"),
            "seller": tr_noop("Penjual"),
            "investor": tr_noop("Investor"),
            "government": tr_noop("Pemerintah"),
            "vip": tr_noop("VIP"),
            "speaker": tr_noop("Narasumber"),
            "media": tr_noop("Media"),
            "committee": tr_noop("Panitia"),
        }


class AgreementKind(Vocabulary):
    MOU = "mou"
    PKS = "pks"
    CONTRACT = "contract"
    LOI = "loi"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "mou": tr_noop("Nota Kesepahaman (MoU)"),
            "pks": tr_noop("Perjanjian Kerja Sama (PKS)"),
            "contract": tr_noop("Kontrak dagang"),
            "loi": tr_noop("Letter of Intent (LoI)"),
        }


class AgreementStatus(Vocabulary):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    SIGNED = "signed"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "draft": tr_noop("Draf"),
            "scheduled": tr_noop("Terjadwal"),
            "signed": tr_noop("Ditandatangani"),
            "postponed": tr_noop("Ditunda"),
            "cancelled": tr_noop("Dibatalkan"),
        }


class TransactionKind(Vocabulary):
    TRADE = "trade"
    INVESTMENT = "investment"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"trade": tr_noop("Perdagangan"), "investment": tr_noop("Investasi")}


class TransactionStage(Vocabulary):
    INTEREST = "interest"
    COMMITMENT = "commitment"
    CONTRACT = "contract"
    REALISED = "realised"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "interest": tr_noop("Minat / LoI"),
            "commitment": tr_noop("Komitmen"),
            "contract": tr_noop("Kontrak"),
            "realised": tr_noop("Terealisasi"),
        }


class TransactionStatus(Vocabulary):
    BOOKED = "booked"
    VOID = "void"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"booked": tr_noop("Tercatat"), "void": tr_noop("Batal")}


class DirectionKind(Vocabulary):
    """How a deal runs between the delegations: from the buyer's (investor's) region to the seller's."""

    BETWEEN = "between"
    WITHIN = "within"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "between": tr_noop("Antardaerah"),
            "within": tr_noop("Dalam satu daerah"),
            "other": tr_noop("Lainnya (daerah tidak diketahui)"),
        }


class SpotKind(Vocabulary):
    STAGE = "stage"
    TABLE = "table"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"stage": tr_noop("Panggung"), "table": tr_noop("Meja penandatanganan")}

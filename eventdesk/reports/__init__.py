"""Reports: reportlab PDFs from domain objects; no Qt, no SQL."""

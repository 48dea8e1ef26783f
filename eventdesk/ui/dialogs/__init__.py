"""Dialogs: settings, operator, first start, PDF preview."""

"""Files other than the event file: this laptop's folders and settings, and the spreadsheets staff bring.

Below the services and beside the store: it may use the domain, nothing else of EventDesk.
"""

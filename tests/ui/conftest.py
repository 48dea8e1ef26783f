"""UI fixtures: the user's settings, an app context on the demo mission, the main window."""

import pytest

from eventdesk.files import user_config
from eventdesk.services.session import open_session
from eventdesk.ui.context import AppContext
from eventdesk.ui.main_window import MainWindow
from eventdesk.ui.translator import apply_language

_TEST_RUNNING = {"now": False}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    _TEST_RUNNING["now"] = True
    try:
        return (yield)
    finally:
        _TEST_RUNNING["now"] = False


@pytest.fixture(autouse=True)
def no_unexpected_question(monkeypatch):
    """A question box nobody expected fails the test instead of waiting for a click that never comes.

    Once the test is over, the windows it left open are closed without asking (a form left half-filled
    would otherwise ask whether to discard it)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(parent, title, text, *args, **kwargs):
        if not _TEST_RUNNING["now"]:
            return QMessageBox.StandardButton.Yes
        raise AssertionError(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)


@pytest.fixture
def answer(monkeypatch):
    """Patch every yes/no question; `answer.asked` lists the questions, each answered with `answer.reply`."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return question.reply

    question.reply = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question", question)
    question.asked = asked
    return question


class Printers:
    """The printers a test gives this laptop: each prints into a PDF file, `output(name)`."""

    def __init__(self, folder):
        self.folder = folder
        self.names: list[str] = []
        self.used: list[str] = []  # the printers printed to, in order

    def output(self, name):
        return self.folder / f"printer-{name}.pdf"


@pytest.fixture
def printers(monkeypatch, tmp_path):
    """No printer unless the test installs some (`printers.names`); the print dialog answers Print at once."""
    from PySide6.QtWidgets import QDialog

    from eventdesk.ui import print_job, printing

    installed = Printers(tmp_path)

    def printer_for(name):
        installed.used.append(name)
        return printing.file_printer(installed.output(name))

    class PrintDialog:
        def __init__(self, printer, parent):
            self.printer = printer

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "printer_names", lambda: list(installed.names))
    monkeypatch.setattr(printing, "printer_for", printer_for)
    monkeypatch.setattr(print_job, "QPrintDialog", PrintDialog)
    return installed


@pytest.fixture(autouse=True)
def indonesian_again():
    """Every UI test starts in Indonesian and leaves the language as it found it."""
    apply_language("id")
    yield
    apply_language("id")


@pytest.fixture
def config():
    """This test's per-user settings: a fresh desk, operator Siti Rahayu."""
    loaded = user_config.load()
    loaded.operator = "Siti Rahayu"
    user_config.save(loaded)
    return loaded


@pytest.fixture
def ui_context(demo_path, config, qtbot):
    context = AppContext(open_session(demo_path, config.actor()), config)
    yield context
    context.tasks.wait()
    context.close()


@pytest.fixture
def window(ui_context, qtbot):
    main_window = MainWindow(ui_context)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window

"""UI fixtures: the user's settings, an app context on the demo mission, the main window."""

import pytest

from eventdesk.files import user_config
from eventdesk.services.session import open_session
from eventdesk.ui.context import AppContext
from eventdesk.ui.main_window import MainWindow
from eventdesk.ui.translator import apply_language


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

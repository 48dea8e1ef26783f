"""The frozen build's entry point: the window, or the command line when started as `eventdesk-cli`.

Both executables of dist/EventDesk/ run this script (tools/EventDesk.spec); the name they were
started under decides. `--selftest` works in both: the window's runs the window steps too.
"""

import multiprocessing
import sys
from pathlib import Path

if __name__ == "__main__":
    # A worker process the window starts (ui/tasks.in_child_process) runs this executable again: it does its
    # work inside freeze_support and exits there.
    multiprocessing.freeze_support()
    if Path(sys.executable).stem.lower().endswith("-cli"):
        from eventdesk.cli import main
    else:
        from eventdesk.app import main

    raise SystemExit(main())

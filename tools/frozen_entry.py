"""The frozen build's entry point: the window, or the command line when started as `eventdesk-cli`.

Both executables of dist/EventDesk/ run this script (tools/EventDesk.spec); the name they were
started under decides. `--selftest` works in both: the window's runs the window steps too.
"""

import sys
from pathlib import Path

if Path(sys.executable).stem.lower().endswith("-cli"):
    from eventdesk.cli import main
else:
    from eventdesk.app import main

raise SystemExit(main())

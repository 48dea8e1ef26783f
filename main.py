"""Start the EventDesk window: `python main.py [FILE]`."""

from eventdesk.app import main

raise SystemExit(main())

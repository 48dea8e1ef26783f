"""Start the EventDesk window: `python main.py [FILE]`."""

import multiprocessing

if __name__ == "__main__":  # not when a worker process of the window imports this file again
    multiprocessing.freeze_support()
    from eventdesk.app import main

    raise SystemExit(main())

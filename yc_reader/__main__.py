"""``python -m yc_reader``: the window, or a CLI verb."""

import multiprocessing

if __name__ == "__main__":
    # In the packaged app a spawned index worker re-runs this executable;
    # freeze_support() turns it into the worker instead of a second app.
    multiprocessing.freeze_support()
    from yc_reader.cli import main

    raise SystemExit(main())

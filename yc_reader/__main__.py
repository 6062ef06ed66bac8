"""``python -m yc_reader``: the window, or a CLI verb."""

from yc_reader.cli import main

if __name__ == "__main__":
    raise SystemExit(main())

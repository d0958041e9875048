"""DealerDesk: `python main.py [--db URL]` opens the window; `python main.py --help` lists
the commands (demo, search, paths, …)."""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""Entry script for the frozen casebench program (PyInstaller).

The same as ``python -m casebench``: the window when called bare or with ``open``,
otherwise the command line.
"""

import multiprocessing
import sys

from casebench.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())

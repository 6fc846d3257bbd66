import sys

from casebench.launcher import main

sys.exit(main())

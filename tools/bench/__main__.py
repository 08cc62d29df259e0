"""`python -m tools.bench`: the whole benchmark, printed as one table (tools/bench/table.py)."""

import sys

from tools.bench.table import main

sys.exit(main())

"""python -m nnlab train | eval | predict | gradcheck | bench"""

import sys

from .cli import main

sys.exit(main())

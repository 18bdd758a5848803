"""python -m nnlab train | eval | predict | gradcheck | bench | export"""

import sys

from .cli import main

sys.exit(main())

"""Start NN Lab: python main.py [--lang ja|en] [--tab designer|lessons|train|draw] [--model PATH]."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())

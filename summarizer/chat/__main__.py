"""`python -m summarizer.chat FILE...`: the same as `summarizer chat FILE...`."""

import sys

from summarizer.cli import main

sys.argv[1:1] = ["chat"]
main()

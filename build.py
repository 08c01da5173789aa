#!/usr/bin/env python3
"""Bản tin địa phương: `python build.py --help` lists the commands."""

import sys

from bantin.cli import main

if __name__ == "__main__":
    sys.exit(main())

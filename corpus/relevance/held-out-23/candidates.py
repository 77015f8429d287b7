#!/usr/bin/env python3
"""The candidates of the twenty-third held-out set: the patterns' matches only (no pool of either system's answers), printed
as ../held-out/candidates.py prints the first set's: usage: candidates.py TSCharacters.txt [SEEDS-DIR] [o01 o02 ...]"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from judged_articles import articles, print_candidates

table, args = sys.argv[1], sys.argv[2:]
seeds = args.pop(0) if args and os.path.isdir(args[0]) else None
print_candidates(os.path.join(HERE, 'queries.tsv'), articles(table, seeds), args)

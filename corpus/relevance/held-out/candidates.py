#!/usr/bin/env python3
"""Prints, for each held-out query (or the ids given), every article whose text matches the query's candidate
patterns (queries.tsv, last column), with the matching passages: the candidates that were read and judged.

usage: candidates.py TSCharacters.txt [SEEDS-DIR] [h01 h02 ...]
TSCharacters.txt is OpenCC's table (the build copies it to data-packages/opencc/); SEEDS-DIR holds the five
samples (default ../shared/seeds beside the repository). Texts are folded to simplified script, pinyin glosses
(黨(dǎng)) and whitespace removed; an article runs from its title or anchor to the next article's (or its
manifest body_end)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from judged_articles import articles, print_candidates

table, args = sys.argv[1], sys.argv[2:]
seeds = args.pop(0) if args and os.path.isdir(args[0]) else None
print_candidates(os.path.join(HERE, 'queries.tsv'), articles(table, seeds), args)

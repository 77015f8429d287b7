#!/usr/bin/env python3
"""Prints, for each query of the second held-out set (or the ids given), its candidates with their matching passages:
every article whose text matches the query's patterns (queries.tsv, last column), and every judged article either
system ranked in its top 20 (POOL, written by `bench relevance --pool POOL`: merged and sorted, so the judge cannot
tell which system found which; a query judged as another, `(as g01)`, adds its pooled articles to that one's). These are the candidates that were read and judged.

usage: candidates.py TSCharacters.txt POOL [SEEDS-DIR] [g01 g02 ...]
TSCharacters.txt is OpenCC's table (the build copies it to data-packages/opencc/); SEEDS-DIR holds the five samples
(default ../shared/seeds beside the repository). Texts are cut and folded as ../judged_articles.py says."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from judged_articles import print_pooled_candidates

print_pooled_candidates(HERE, sys.argv[1], sys.argv[2], sys.argv[3:])

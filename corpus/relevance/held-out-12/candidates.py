#!/usr/bin/env python3
"""The candidates of the twelfth held-out set, pooled and printed as ../held-out-11/candidates.py prints the eleventh's:
usage: candidates.py TSCharacters.txt POOL [SEEDS-DIR] [l01 l02 ...]"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from judged_articles import print_pooled_candidates

print_pooled_candidates(HERE, sys.argv[1], sys.argv[2], sys.argv[3:])

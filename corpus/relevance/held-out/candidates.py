#!/usr/bin/env python3
"""Prints, for each held-out query (or the ids given), every article whose text matches the query's candidate
patterns (queries.tsv, last column), with the matching passages: the candidates that were read and judged.

usage: candidates.py TSCharacters.txt [SEEDS-DIR] [h01 h02 ...]
TSCharacters.txt is OpenCC's table (the build copies it to data-packages/opencc/); SEEDS-DIR holds the five
samples (default ../shared/seeds beside the repository). Texts are folded to simplified script, pinyin glosses
(黨(dǎng)) and whitespace removed; an article runs from its title or anchor to the next article's (or its
manifest body_end)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, '..', '..'))
table, args = sys.argv[1], sys.argv[2:]
seeds = args.pop(0) if args and os.path.isdir(args[0]) else os.path.join(CORPUS, '..', '..', 'shared', 'seeds')
ts = {}
for line in open(table, encoding='utf-8'):
    if not line.startswith('#') and '\t' in line:
        k, v = line.rstrip('\n').split('\t'); ts[k] = v.split(' ')[0]
GLOSS = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)')
compact = lambda s: re.sub(r'\s+', '', s)
fold = lambda s: GLOSS.sub('', ''.join(ts.get(c, c) for c in s))
read = lambda p: open(p, 'rb').read().decode('gb18030' if p.endswith('.gb.txt') else 'utf-8')

rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(CORPUS, 'relevance', 'articles.tsv'), encoding='utf-8')
        if l.strip() and not l.startswith('#')]
ends = {}
for folder in ['web', 'notices', 'newspapers', 'reports', 'bulletins']:
    for d in json.load(open(os.path.join(CORPUS, 'real', folder, 'manifest.json'), encoding='utf-8'))['documents']:
        for i, a in enumerate(d.get('articles') or [], 1):
            ends[f"{folder}/{d['file']}#{i}"] = a.get('body_end')
byfile = {}
for key, anchor, title, *_ in rows:
    byfile.setdefault(key.split('#')[0], []).append((key, compact(anchor), compact(title)))
articles = {}
for f, items in byfile.items():
    folder, name = f.split('/')
    text = compact(read(os.path.join(seeds, name) if folder == 'samples' else os.path.join(CORPUS, 'real', folder, name)))
    spans = []
    for key, anchor, title in items:
        p = max(text.find(anchor), 0)
        t = text.rfind(title, 0, p) if title else -1
        spans.append((key, t if 0 <= t and p - t < 400 else p, p, title))
    for i, (key, start, p, title) in enumerate(spans):
        end = spans[i + 1][1] if i + 1 < len(spans) else len(text)
        if ends.get(key) and (q := text.find(compact(ends[key]), p)) >= 0:
            end = min(end, q + len(compact(ends[key])))
        body = text[start:end]
        articles[key] = fold(body if not title or title in body else title + '|' + body)

for line in open(os.path.join(HERE, 'queries.tsv'), encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if line.startswith('#') or (args and f[0] not in args) or f[4].startswith('(as'):
        continue
    rx = re.compile(f[4])
    hits = [(k, list(rx.finditer(t))) for k, t in articles.items()]
    hits = [(k, m) for k, m in hits if m]
    print(f'##### {f[0]} {f[2]} | {f[3]} | {len(hits)} candidates')
    for k, ms in hits:
        t = articles[k]
        print(f'== {k} [{len(ms)}] {t[:50]}')
        for m in ms[:5]:
            print('    ', t[max(0, m.start() - 40):m.end() + 40])

"""The judged articles' texts as the candidate scripts search them (README.md): every article of articles.tsv cut
from its file by its anchor (or title) up to the next article's (or its manifest body_end), whitespace removed,
folded to simplified script with OpenCC's TSCharacters table and pinyin glosses (黨(dǎng)) left out."""
import json, os, re

RELEVANCE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(RELEVANCE)
GLOSS = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)')


def compact(s):
    return re.sub(r'\s+', '', s)


def folding(table):
    """The fold to simplified script of OpenCC's TSCharacters.txt at `table` (first choice of each character)."""
    ts = {}
    for line in open(table, encoding='utf-8'):
        if not line.startswith('#') and '\t' in line:
            k, v = line.rstrip('\n').split('\t'); ts[k] = v.split(' ')[0]
    return lambda s: GLOSS.sub('', ''.join(ts.get(c, c) for c in s))


def articles(table, seeds=None):
    """{key: folded text, its title first} for every article of articles.tsv; seeds is the samples' folder."""
    seeds = seeds or os.path.join(CORPUS, '..', '..', 'shared', 'seeds')
    fold = folding(table)
    read = lambda p: open(p, 'rb').read().decode('gb18030' if p.endswith('.gb.txt') else 'utf-8')
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(RELEVANCE, 'articles.tsv'), encoding='utf-8')
            if l.strip() and not l.startswith('#')]
    ends = {}
    for folder in ['web', 'notices', 'newspapers', 'reports', 'bulletins']:
        for d in json.load(open(os.path.join(CORPUS, 'real', folder, 'manifest.json'), encoding='utf-8'))['documents']:
            for i, a in enumerate(d.get('articles') or [], 1):
                ends[f"{folder}/{d['file']}#{i}"] = a.get('body_end')
    byfile = {}
    for key, anchor, title, *_ in rows:
        byfile.setdefault(key.split('#')[0], []).append((key, compact(anchor), compact(title)))
    texts = {}
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
            texts[key] = fold(body if not title or title in body else title + '|' + body)
    return texts


def print_candidates(queries_tsv, texts, ids, extra=None):
    """Prints, for each query of `queries_tsv` (or those of `ids`), the articles matching its patterns (last column),
    with the matching passages, and those `extra` adds for it (key -> set of article keys, e.g. pooled results)."""
    for line in open(queries_tsv, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if line.startswith('#') or (ids and f[0] not in ids) or f[4].startswith('(as'):
            continue
        rx = re.compile(f[4])
        hits = {k: list(rx.finditer(t)) for k, t in texts.items()}
        keys = [k for k in texts if hits[k] or k in (extra or {}).get(f[0], ())]
        print(f'##### {f[0]} {f[2]} | {f[3]} | {len(keys)} candidates')
        for k in keys:
            t, ms = texts[k], hits[k]
            print(f'== {k} [{len(ms)}] {t[:50]}')
            for m in ms[:5]:
                print('    ', t[max(0, m.start() - 40):m.end() + 40])


def print_pooled_candidates(folder, table, pool, args):
    """The candidates of the set in `folder` as a blind-pooled set reads them: its patterns' matches and the judged
    articles either system ranked in its top 20 (POOL, written by `bench relevance --pool POOL`: merged and sorted, so
    the judge cannot tell which system found which); a query judged as another, `(as g01)`, adds its pooled articles to
    that one's. `args`: [SEEDS-DIR] [ids...]."""
    seeds = args.pop(0) if args and os.path.isdir(args[0]) else None
    pooled = {}
    for line in open(pool, encoding='utf-8'):
        query, key = line.rstrip('\n').split('\t')
        pooled.setdefault(query, set()).add(key)
    queries = os.path.join(folder, 'queries.tsv')
    for line in open(queries, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if not line.startswith('#') and f[4].startswith('(as '):
            pooled.setdefault(f[4][4:-1], set()).update(pooled.get(f[0], ()))
    print_candidates(queries, articles(table, seeds), args, pooled)

# Related-story links of a built site scored against the clustering corpus: the share of links between
# stories whose headlines are mostly of one news category, and of one true story (a proxy: the corpus
# labels stories, not relatedness). Usage: related_links.py GOLD.csv PRED.csv STORIES.json
import json, csv, sys, collections
gold = {r['id']: r for r in csv.DictReader(open(sys.argv[1]))}
python_read = sys.argv[2]
pred = {}
for r in csv.DictReader(open(python_read)):
    pred.setdefault(r['cluster'], []).append(r['id'])
d = json.load(open(sys.argv[3]))
def major(ids, key):
    c = collections.Counter(gold[i][key] for i in ids if i in gold)
    return c.most_common(1)[0][0] if c else None
cat = {s: major(ids, 'category') for s, ids in pred.items()}
story = {s: major(ids, 'story') for s, ids in pred.items()}
links = same_cat = same_story = 0
with_rel = 0
for s in d['stories']:
    sid = s['id']
    if sid not in cat: continue
    rel = [r for r in s.get('related', []) if r in cat]
    with_rel += bool(rel)
    for r in rel:
        links += 1
        same_cat += cat[r] == cat[sid]
        same_story += story[r] == story[sid]
print(f"stories {len(d['stories'])}, with related {with_rel}, links {links}, same category {same_cat/links:.3f}, same true story {same_story/links:.3f}")

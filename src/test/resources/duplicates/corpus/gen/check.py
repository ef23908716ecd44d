#!/usr/bin/env python3
"""Check the written corpus files against the brief."""
import csv, os, datetime as dt
from collections import Counter, defaultdict

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOARDS = {"Children's Safeguarding Partnership", "Community Safety Partnership", "VRU Board",
          "Exploitation Subgroup", "YOS Management Board", "Health and Wellbeing Board",
          "Education Safeguarding Forum", "Corporate Parenting Board"}
HEADER = ["id", "board", "meeting_date", "title", "description", "matter"]

def read(name):
    with open(os.path.join(D, name), newline="", encoding="utf-8") as f:
        r = list(csv.reader(f))
    return r[0], [dict(zip(r[0], row)) for row in r[1:]], r

ok = True
def check(cond, msg):
    global ok
    print(("OK   " if cond else "FAIL ") + msg)
    ok &= bool(cond)

h1, items, raw1 = read("agenda-items.csv")
h2, actions, raw2 = read("actions.csv")
hs, split, _ = read("split.csv")
hh, hn, _ = read("hard-negatives.csv")
check(h1 == HEADER and h2 == HEADER, "headers exact")
check(hs == ["id", "part"], "split header")
check(all(len(r) == 6 for r in raw1[1:] + raw2[1:]), "6 fields in every row")
allrows = items + actions
ids = [r["id"] for r in allrows]
check(len(ids) == len(set(ids)), f"unique ids ({len(ids)})")
check(all(r["id"].startswith("a") for r in items) and all(r["id"].startswith("x") for r in actions), "id prefixes")
check(len(items) >= 300, f"agenda items >= 300: {len(items)}")
check(len(actions) >= 100, f"actions >= 100: {len(actions)}")
boards_used = Counter(r["board"] for r in allrows)
check(set(boards_used) <= BOARDS and len(boards_used) >= 6, f"board names exact, {len(boards_used)} boards")
for b, n in sorted(boards_used.items()):
    print(f"       {n:4d}  {b}")
dates = [dt.date.fromisoformat(r["meeting_date"]) for r in allrows]
check(min(dates) >= dt.date(2025, 1, 1) and max(dates) <= dt.date(2026, 12, 31), f"dates in range {min(dates)}..{max(dates)}")
check(all(r["title"].strip() for r in allrows), "no empty titles")
sp = {r["id"]: r["part"] for r in split}
check(set(sp) == set(ids) and len(split) == len(ids), "every id in split.csv exactly once")
check(set(sp.values()) == {"tune", "test"}, "parts are tune/test")
mpart = defaultdict(set)
for r in allrows:
    mpart[r["matter"]].add(sp[r["id"]])
check(all(len(v) == 1 for v in mpart.values()), "every matter wholly in one part")
labels = {r["matter"] for r in allrows}
parts = Counter(next(iter(mpart[l])) for l in labels)
print(f"       matters per part: {dict(parts)}; rows per part: {dict(Counter(sp.values()))}")

# standing
st = [r for r in allrows if r["matter"].startswith("S")]
stc = Counter(r["matter"] for r in st)
check(all(n == 1 for n in stc.values()), f"each standing label on one row ({len(st)} standing rows: "
      f"{sum(1 for r in items if r['matter'].startswith('S'))} items, {sum(1 for r in actions if r['matter'].startswith('S'))} actions)")
st_boards = {r["board"] for r in items if r["matter"].startswith("S")}
check(st_boards == set(boards_used), "standing items on every board")

# matters
M = defaultdict(list)
for r in allrows:
    if r["matter"].startswith("M"):
        M[r["matter"]].append(r)
Mi = defaultdict(list)
for r in items:
    if r["matter"].startswith("M"):
        Mi[r["matter"]].append(r)
multi = [m for m, rs in Mi.items() if len({r["board"] for r in rs}) >= 2]
nb = Counter(len({r["board"] for r in Mi[m]}) for m in multi)
check(len(multi) >= 60, f"matters on 2-5 boards (agenda items): {len(multi)} {dict(sorted(nb.items()))}")
check(max(nb) <= 5, "no matter on more than 5 boards")
rec = [m for m, rs in Mi.items() if len(rs) > len({r["board"] for r in rs})]
print(f"       recurring on same board (same label): {len(rec)}")
single_items = [m for m, rs in Mi.items() if len(rs) == 1 and all(r['matter'] != m or r in rs for r in actions)]
print(f"       matters total (M): {len(M)}; with agenda items: {len(Mi)}; action-only: {len(M) - len(Mi)}")
print(f"       agenda matters with a single item: {sum(1 for m, rs in Mi.items() if len(rs) == 1)}")
spans = {m: (max(dt.date.fromisoformat(r['meeting_date']) for r in rs) - min(dt.date.fromisoformat(r['meeting_date']) for r in rs)).days for m, rs in M.items()}
check(max(spans.values()) <= 200, f"longest span of a matter: {max(spans.values())} days")
act_linked = sum(1 for r in actions if r["matter"] in Mi)
print(f"       actions sharing a label with agenda items: {act_linked}; action-action groups on 2+ boards: "
      f"{sum(1 for m in M if len({r['board'] for r in M[m] if r['id'].startswith('x')}) >= 2)}")

# hard negatives
hnid = {r["id"] for r in hn}
check(hnid <= set(ids), "hard-negative ids exist")
fam = defaultdict(set)
for r in hn:
    fam[r["family"]].add(r["matter"])
check(all(len(v) >= 2 for v in fam.values()), f"every hard-negative family has 2+ matters ({len(fam)} families)")
hi = sum(1 for r in items if r["id"] in hnid)
ha = sum(1 for r in actions if r["id"] in hnid)
check(hi / len(items) >= 0.25, f"hard-negative agenda items: {hi}/{len(items)} = {hi/len(items):.1%}")
print(f"       hard-negative actions: {ha}/{len(actions)} = {ha/len(actions):.1%}; all rows {(hi+ha)/len(ids):.1%}")
print(f"       hard-negative matters: {len({r['matter'] for r in hn})}")

# descriptions
empty = sum(1 for r in allrows if not r["description"].strip())
print(f"       empty descriptions: {empty}/{len(ids)}; longest description {max(len(r['description']) for r in allrows)} chars")
# duplicate titles across distinct matters (fine for standing items, check for matters)
tc = Counter(r["title"].lower() for r in allrows if r["matter"].startswith("M"))
check(all(n == 1 for n in tc.values()), "no identical title text across matter rows")
print("ALL OK" if ok else "SOME CHECKS FAILED")

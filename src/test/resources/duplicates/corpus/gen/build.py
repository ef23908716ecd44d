#!/usr/bin/env python3
"""Build the Kestrel Vale labelled corpus: agenda-items.csv, actions.csv, split.csv,
hard-negatives.csv. All content is hand-written in matters_*.py and below; this script only
places rows on meeting dates, adds standing items, assigns ids/labels and splits."""
import csv, datetime as dt, os, random, sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(__file__))
from matters_a import MATTERS_A
from matters_b import MATTERS_B
from matters_c import MATTERS_C
from desc_fill import DESC

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPLIT_SEED = 20251202      # seed for the tune/test split of matters
LAYOUT_SEED = 7            # seed for choosing which standing items appear at which meeting

BOARDS = {
    "CSP": "Children's Safeguarding Partnership",
    "COM": "Community Safety Partnership",
    "VRU": "VRU Board",
    "EXP": "Exploitation Subgroup",
    "YOS": "YOS Management Board",
    "HWB": "Health and Wellbeing Board",
    "ESF": "Education Safeguarding Forum",
    "CPB": "Corporate Parenting Board",
}

def d(s): return dt.date.fromisoformat(s)

MEETINGS = {
 "CSP": "2025-01-22 2025-03-19 2025-05-21 2025-07-16 2025-09-17 2025-11-19 2026-01-21 2026-03-18 2026-05-20 2026-07-15 2026-09-16 2026-11-18",
 "COM": "2025-02-06 2025-04-24 2025-06-26 2025-09-11 2025-11-27 2026-02-05 2026-04-23 2026-06-25 2026-09-10 2026-11-26",
 "VRU": "2025-01-30 2025-03-27 2025-05-29 2025-07-24 2025-09-25 2025-11-20 2026-01-29 2026-03-26 2026-05-28 2026-07-23 2026-09-24 2026-11-19",
 "EXP": "2025-01-09 2025-02-13 2025-03-13 2025-04-10 2025-05-08 2025-06-12 2025-07-10 2025-09-11 2025-10-09 2025-11-13 2025-12-11 "
        "2026-01-08 2026-02-12 2026-03-12 2026-04-09 2026-05-14 2026-06-11 2026-07-09 2026-09-10 2026-10-08 2026-11-12 2026-12-10",
 "YOS": "2025-01-28 2025-03-25 2025-05-27 2025-07-29 2025-09-30 2025-11-25 2026-01-27 2026-03-24 2026-05-26 2026-07-28 2026-09-29 2026-11-24",
 "HWB": "2025-01-15 2025-03-12 2025-06-11 2025-07-23 2025-09-24 2025-12-03 2026-01-14 2026-03-11 2026-06-10 2026-07-22 2026-09-23 2026-12-02",
 "ESF": "2025-02-05 2025-03-26 2025-05-14 2025-07-02 2025-10-01 2025-11-26 2026-02-04 2026-03-25 2026-05-13 2026-07-01 2026-09-30 2026-11-25",
 "CPB": "2025-02-18 2025-04-15 2025-06-17 2025-09-16 2025-10-21 2025-12-16 2026-02-17 2026-04-21 2026-06-16 2026-09-15 2026-10-20 2026-12-15",
}
MEETINGS = {b: [d(x) for x in s.split()] for b, s in MEETINGS.items()}

def meeting_for(board, month):
    target = d(month + "-15")
    return min(MEETINGS[board], key=lambda m: (abs((m - target).days), m))

# ------------------------------------------------------------------ standing items
# (slot, kind, wording variants). slot orders the agenda: 0 opening, 2 closing.
COMMON_STANDING = [
 (0, "apologies", ["Apologies for absence", "Apologies", "Welcome, introductions and apologies",
                   "Apologies and quoracy", "Welcome and apologies"]),
 (0, "declarations", ["Declarations of interest", "Declarations of interest (pecuniary and non-pecuniary)",
                      "Conflicts of interest", "Any declarations of interest"]),
 (0, "minutes", ["Minutes of the last meeting", "Notes of previous meeting and action tracker",
                 "Minutes of the meeting held on {prev}", "Approval of minutes", "Minutes and matters arising"]),
 (0, "arising", ["Matters arising", "Matters arising not covered elsewhere on the agenda"]),
 (0, "actionlog", ["Action log review", "Action tracker", "Review of outstanding actions", "Actions log - update on open actions"]),
 (1, "risk", ["Risk register", "Strategic risk register review", "Risks and issues log", "Risk register - new and escalated risks"]),
 (1, "budget", ["Budget monitoring", "Finance update: budget position", "Partnership budget and partner contributions",
                "Budget monitoring report (month {m})"]),
 (2, "aob", ["AOB", "Any other business", "Any other business (notified to the Chair in advance)", "A.O.B."]),
 (2, "next", ["Date of next meeting", "Dates of future meetings", "Next meeting: {next}", "Date, time and venue of next meeting"]),
 (2, "forward", ["Forward plan", "Work programme", "Forward agenda planner", "Forward plan and items for the next meeting"]),
]
BOARD_STANDING = {
 "CSP": [(1, "tor", ["Partnership terms of reference and membership - annual review"]),
         (1, "annual", ["Safeguarding Children Partnership yearly report {py}", "Annual report of the safeguarding partners {py}"]),
         (1, "plan", ["Partnership business plan {y} - progress against priorities"]),
         (1, "scrutineer", ["Independent Scrutineer's report", "Update from the Independent Scrutineer"]),
         (1, "reviews", ["Rapid reviews and CSPR tracker", "Rapid review decisions and practice review tracker"]),
         (1, "perf", ["Multi-agency performance dashboard", "Quarterly performance report"])],
 "COM": [(1, "tor", ["CSP terms of reference", "Community Safety Partnership constitution and membership"]),
         (1, "plan", ["Community Safety Plan {y} - delivery update"]),
         (1, "perf", ["Crime and ASB performance", "Police performance update", "Partnership performance scorecard"]),
         (1, "opcc", ["OPCC update", "Update from the Office of the Police and Crime Commissioner"])],
 "VRU": [(1, "tor", ["VRU Board terms of reference"]),
         (1, "plan", ["SV duty response strategy: annual review", "VRU delivery plan {y}"]),
         (1, "grant", ["Home Office grant monitoring", "VRU grant spend and claims"]),
         (1, "perf", ["VRU performance framework: hospital admissions and knife crime", "Serious violence dashboard"])],
 "EXP": [(1, "tor", ["Subgroup terms of reference"]),
         (1, "annual", ["Exploitation Subgroup annual report to the Partnership"]),
         (1, "mace", ["MACE highlight report", "MACE panel highlight report and themes"]),
         (1, "perf", ["Exploitation performance scorecard", "Exploitation dataset - quarterly"])],
 "YOS": [(1, "tor", ["Management board terms of reference and induction pack"]),
         (1, "plan", ["Youth Justice Plan {y}/{y1}", "Youth Justice Plan - mid-year review"]),
         (1, "perf", ["YJB key performance indicators", "Performance report: national KPIs", "Quarterly performance - YJB data summary"]),
         (1, "ncr", ["National standards audit", "Serious incident notifications to the YJB"])],
 "HWB": [(1, "tor", ["Health and Wellbeing Board terms of reference"]),
         (1, "plan", ["Joint Local Health and Wellbeing Strategy - annual progress", "JLHWS delivery update"]),
         (1, "bcf", ["Better Care Fund quarterly return (for noting)", "BCF plan sign-off"]),
         (1, "annual", ["Director of Public Health annual report"])],
 "ESF": [(1, "tor", ["Forum terms of reference"]),
         (1, "annual", ["Education safeguarding annual report"]),
         (1, "updates", ["Updates from the Partnership", "Feedback from the Safeguarding Children Partnership"]),
         (1, "dsl", ["DSL network feedback", "Headteacher and DSL network update"])],
 "CPB": [(1, "tor", ["Corporate Parenting Board terms of reference"]),
         (1, "annual", ["Corporate parenting annual report {py}"]),
         (1, "plan", ["Corporate parenting strategy - action plan update"]),
         (1, "voice", ["Voice of children in care", "Children in Care Council update"]),
         (1, "perf", ["Corporate parenting scorecard", "Children in care performance report"])],
}
ANNUAL_KINDS = {"tor", "annual", "plan"}

STANDING_ACTIONS = [
 ("CSP", "2025-05", "Business Manager to recirculate the action log with updated RAG ratings", ""),
 ("COM", "2025-06", "All members to send a named deputy when unable to attend", "Quoracy not met at two meetings."),
 ("VRU", "2025-07", "VRU Business Support to update the forward plan with items agreed today", ""),
 ("EXP", "2025-09", "Chair to close completed actions and carry forward the rest", ""),
 ("YOS", "2025-09", "Board members to return their declarations of interest forms", ""),
 ("HWB", "2025-12", "Democratic Services to publish the revised terms of reference", ""),
 ("ESF", "2026-02", "Members to send comments on the risk register to the Forum coordinator", ""),
 ("CPB", "2026-02", "Business support to correct the membership list in the minutes", ""),
 ("CSP", "2026-03", "Partners to confirm 2026/27 financial contributions to the Business Manager", ""),
 ("COM", "2026-04", "Community Safety Manager to circulate the draft annual report for comment", ""),
 ("YOS", "2026-05", "Head of YJS to circulate the induction pack to new board members", ""),
 ("EXP", "2026-06", "Subgroup coordinator to set dates for 2027", ""),
 ("VRU", "2026-09", "Finance lead to bring the Q2 grant position to the next meeting", ""),
 ("HWB", "2026-07", "Members to agree the forward plan by email", ""),
]


# Tighter hard-negative families: a matter keeps a family only if it shares the harm and salient
# wording with another matter of that family; None = no designed near-miss.
FAMILY_OVERRIDE = {
    "rcrp": None, "pep-quality": None, "early-years-training": None, "ao-dsl-network": None,
    "kcsie-2025": "KCSIE", "kcsie-2026": "KCSIE", "s11-audit": "AUDIT", "s175-audit": "AUDIT",
    "exclusions": "EDU-ABSENCE", "part-time-timetables": "EDU-ABSENCE", "ap-quality": "EDU-ABSENCE",
    "ebsa": "EDU-ABSENCE", "attendance": "EDU-ABSENCE", "ehe-register": "EDU-ABSENCE",
    "pace-custody": "YJ-CUSTODY", "strip-search": "YJ-CUSTODY", "appropriate-adults": "YJ-CUSTODY",
    "remands": "YJ-CUSTODY", "turnaround": "YJ-ENTRY", "fte-rise": "YJ-ENTRY", "ootd": "YJ-ENTRY",
    "disproportionality": "YJ-RACE", "stop-search": "YJ-RACE", "hmip": "INSPECT", "slcn-yj": "SEND",
    "transitions-probation": None, "girls-yj": None, "ao-yos-reparation": None,
    "safe-sleep": "DEATH", "firesetting": None, "hate-schools": None, "child-identifier": None,
    "private-fostering-2425": "PRIVFOST", "private-fostering-2526": "PRIVFOST",
    "out-of-school-settings": None, "iha-timeliness": None,
}

def build():
    matters = MATTERS_A + MATTERS_B + MATTERS_C
    matters = [(k, FAMILY_OVERRIDE.get(k, f), r) for k, f, r in matters]
    keys = [m[0] for m in matters]
    assert len(keys) == len(set(keys)), "duplicate matter keys"

    used = set()
    rows = []  # dicts: kind, board, date, title, desc, key, family, slot
    for key, fam, mrows in matters:
        for kind, board, month, title, desc in mrows:
            assert board in BOARDS, board
            if title in DESC:
                desc = DESC[title]
                used.add(title)
            rows.append(dict(kind=kind, board=board, date=meeting_for(board, month), title=title,
                             desc=desc, key=key, family=fam, slot=1))
    assert used == set(DESC), f"unused DESC keys: {set(DESC) - used}"

    # standing items
    rng = random.Random(LAYOUT_SEED)
    for b, dates in MEETINGS.items():
        seen_annual = set()
        prev = None
        for i, md in enumerate(dates):
            nxt = dates[i + 1] if i + 1 < len(dates) else None
            pool = COMMON_STANDING + BOARD_STANDING[b]
            n = rng.choice([1, 1, 2, 2, 2])
            chosen = []
            for slot, kind, variants in rng.sample(pool, len(pool)):
                if len(chosen) == n:
                    break
                if kind in ANNUAL_KINDS:
                    if (kind, md.year) in seen_annual:
                        continue
                    seen_annual.add((kind, md.year))
                if kind == "minutes" and "{prev}" in "".join(variants) and prev is None:
                    pass
                chosen.append((slot, kind, variants))
            for slot, kind, variants in chosen:
                t = rng.choice(variants)
                if "{prev}" in t and prev is None:
                    t = variants[0]
                if "{next}" in t and nxt is None:
                    t = "Date of next meeting"
                t = t.format(prev=prev.strftime("%-d %B %Y") if prev else "",
                             next=nxt.strftime("%-d %B %Y") if nxt else "",
                             y=md.year, y1=str(md.year + 1)[2:], py=f"{md.year-1}/{str(md.year)[2:]}",
                             m=(md.month - 4) % 12 + 1)
                desc = ""
                r = rng.random()
                if kind == "minutes" and r < 0.4:
                    desc = "For approval as an accurate record."
                elif kind == "aob" and r < 0.3:
                    desc = "None notified in advance."
                elif kind == "risk" and r < 0.5:
                    desc = "Two new risks proposed; one risk recommended for closure."
                elif kind == "budget" and r < 0.5:
                    desc = "Forecast underspend on the training budget; request to carry forward."
                elif kind in ("perf", "mace") and r < 0.5:
                    desc = "Exception report only; full dataset in the appendix."
                elif kind == "annual" and r < 0.7:
                    desc = "Draft for comment before publication."
                elif kind == "tor" and r < 0.5:
                    desc = "Minor changes to membership and quoracy."
                rows.append(dict(kind="i", board=b, date=md, title=t, desc=desc, key=None,
                                 family=None, slot=slot, standing=kind))
            prev = md
    for board, month, title, desc in STANDING_ACTIONS:
        rows.append(dict(kind="x", board=board, date=meeting_for(board, month), title=title, desc=desc,
                         key=None, family=None, slot=1, standing="action"))

    # order and ids
    border = list(BOARDS)
    tieb = random.Random(LAYOUT_SEED + 1)
    for r in rows:
        r["tb"] = tieb.random()
    items = sorted([r for r in rows if r["kind"] == "i"], key=lambda r: (r["date"], border.index(r["board"]), r["slot"], r["tb"]))
    actions = sorted([r for r in rows if r["kind"] == "x"], key=lambda r: (r["date"], border.index(r["board"]), r["tb"]))
    for i, r in enumerate(items, 1):
        r["id"] = f"a{i:03d}"
    for i, r in enumerate(actions, 1):
        r["id"] = f"x{i:03d}"

    # matter labels: M by first date of the matter, S in id order
    first = defaultdict(lambda: dt.date.max)
    for r in rows:
        if r["key"]:
            first[r["key"]] = min(first[r["key"]], r["date"])
    order = sorted(first, key=lambda k: (first[k], k))
    label = {k: f"M{i:03d}" for i, k in enumerate(order, 1)}
    s = 0
    for r in items + actions:
        if r["key"]:
            r["matter"] = label[r["key"]]
        else:
            s += 1
            r["matter"] = f"S{s:03d}"

    # sanity: no matter has two agenda items on the same board at the same meeting
    seen = set()
    for r in items:
        if r["key"]:
            k = (r["key"], r["board"], r["date"])
            assert k not in seen, f"collision {k}"
            seen.add(k)

    def write(path, rs):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            w.writerow(["id", "board", "meeting_date", "title", "description", "matter"])
            for r in rs:
                w.writerow([r["id"], BOARDS[r["board"]], r["date"].isoformat(), r["title"], r["desc"], r["matter"]])
    write(os.path.join(OUT, "agenda-items.csv"), items)
    write(os.path.join(OUT, "actions.csv"), actions)

    # split: matters (M and S labels together), once, fixed seed
    labels = sorted({r["matter"] for r in items + actions})
    srng = random.Random(SPLIT_SEED)
    srng.shuffle(labels)
    half = len(labels) // 2
    part = {l: ("tune" if i < half else "test") for i, l in enumerate(labels)}
    with open(os.path.join(OUT, "split.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["id", "part"])
        for r in items + actions:
            w.writerow([r["id"], part[r["matter"]]])

    # hard negatives: rows whose matter belongs to a family that has 2+ matters
    fam_matters = defaultdict(set)
    for r in rows:
        if r["family"]:
            fam_matters[r["family"]].add(r["matter"])
    with open(os.path.join(OUT, "hard-negatives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["id", "family", "matter"])
        for r in items + actions:
            if r["family"] and len(fam_matters[r["family"]]) >= 2:
                w.writerow([r["id"], r["family"], r["matter"]])

if __name__ == "__main__":
    build()

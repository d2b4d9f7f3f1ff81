#!/usr/bin/env python3
"""Build gold.jsonl for set10. Dates computed with datetime, never by hand."""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date.fromisoformat
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def iso(d):
    return d.isoformat() if d else None


def last_wd(pub, name):
    """Most recent weekday `name` strictly before pub."""
    pub = D(pub)
    for i in range(1, 8):
        d = pub - dt.timedelta(days=i)
        if WD[d.weekday()] == name:
            return d


def next_wd(pub, name):
    """Next weekday `name` strictly after pub."""
    pub = D(pub)
    for i in range(1, 8):
        d = pub + dt.timedelta(days=i)
        if WD[d.weekday()] == name:
            return d


def month(y, m):
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def part(y, m, which):
    a, b = month(y, m)
    return {"early": (a, dt.date(y, m, 10)), "mid": (dt.date(y, m, 11), dt.date(y, m, 20)),
            "late": (dt.date(y, m, 21), b)}[which]


def quarter(y, q):
    return dt.date(y, 3 * q - 2, 1), month(y, 3 * q)[1]


def half(y, h):
    return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))


def year(y):
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def summer(y):  # meteorological summer, northern hemisphere
    return dt.date(y, 6, 1), dt.date(y, 8, 31)


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def P(subject, value=None, bound="exact", scope="unspecified", hedged=False, cue=None, aliases=(), low=None, high=None):
    if bound == "range":
        value = None
    return {"predicate": "parameter_count", "subject": subject, "aliases": list(aliases),
            "value": float(value) if value is not None else None,
            "low": float(low) if low is not None else None, "high": float(high) if high is not None else None,
            "bound": bound, "scope": scope, "hedged": hedged, "cue": cue}


def R(subject, event, span, granularity, text, hedged=False):
    if isinstance(span, dt.date):
        span = (span, span)
    start, end = span if span else (None, None)
    return {"predicate": "release_date", "subject": subject, "event": event, "start": iso(start), "end": iso(end),
            "granularity": granularity, "text": text, "hedged": hedged}


def day(s):
    return D(s)


PLANNED_NOTE = "convention: planned/future release dates coded hedged=true even when stated by the company itself"

GOLD = []

# 001 long-form history -------------------------------------------------------------
pub = "2026-02-14"
GOLD.append({
    "file": "001_halden-lark-history.txt", "published": pub,
    "models": ["Lark 1", "Lark 2", "Lark-2-70B-Chat", "Lark-2-8B", "Lark 2.1", "Lark 3", "Lark 3.5",
               "Lark 3 Ultra", "Lark 4", "Lark 5", "Wren"],
    "facts": [
        P("Lark 1", 13e9, aliases=["the 13B"]),
        P("Lark 2", 70e9, bound="approx", aliases=["Lark-2-70B-Chat"]),
        P("Lark-2-8B", 8e9),
        P("Lark 2.1", 70e9),
        P("Lark 3", 480e9, scope="total"),
        P("Lark 3", 35e9, scope="active"),
        P("Lark 4", 1e12, bound="at_least", hedged=True, cue="Estimates put"),
        P("Lark 4", 1.3e12, bound="approx", hedged=True, cue="speaking on condition of anonymity, said"),
        R("Lark 1", "announced", month(2023, 3), "month", "The first version was shown in March 2023"),
        R("Lark 1", "released", month(2023, 4), "month", "released publicly the following month"),
        R("Lark 2", "released", month(2024, 3), "month", "Unveiled in March 2024"),
        R("Lark 2.1", "released", month(2024, 10), "month", "An October update, Lark 2.1"),
        R("Lark 3", "released", day("2025-01-09"), "day", "Released on January 9, 2025"),
        R("Lark 3.5", "released", summer(2025), "quarter", "A point release, Lark 3.5, followed that summer"),
        R("Lark 4", "released", month(2025, 10), "month", "Lark 4 arrived last October"),
        R("Lark 5", "planned", half(2026, 2), "half", "Lark 5 is planned for the second half of 2026", hedged=True),
        R("Wren", "planned", None, "relative", "could follow within weeks of it", hedged=True),
    ],
    "doubts": [
        "family name 'Lark series' not listed as a model; nickname 'the 13B' given as alias of Lark 1",
        "'A year later came Lark 2. Unveiled in March 2024' coded as released (month), not announced",
        "Lark-2-8B = 8e9 taken from 'the 8B model' in the telecom paragraph (not only from the name)",
        "'roughly five times the size of its predecessor' is a comparison, not a separate fact",
        "Lark 3.5 'that summer' (2025) coded Jun 1-Aug 31 with granularity 'quarter' (no season granularity)",
        "Lark 3 Ultra 'quietly dropped in September': a cancellation, not a release date; not coded",
        "Wren 'could follow within weeks of it' (of Lark 5, H2 2026): no resolvable interval, dates null",
        "non-release dates: Series B two months before Lark 4, interview in December, Vienna conference in May",
        "256,000-token context, 1 trillion tokens, 6,000 accelerators are not parameter counts",
        PLANNED_NOTE,
    ]})

# 002 week roundup -----------------------------------------------------------------
pub = "2025-09-13"
GOLD.append({
    "file": "002_week-in-models-roundup.txt", "published": pub,
    "models": ["Quill-8B", "Kestrel", "Marrow 2", "Marrow 2 Mini", "Tessary-R", "opal-v3-14b"],
    "facts": [
        P("Quill-8B", 8e9),
        P("Marrow 2", bound="range", low=200e9, high=300e9, hedged=True, cue="a Tollund engineer on a podcast said"),
        P("opal-v3-14b", 14e9),
        R("Quill-8B", "released", last_wd(pub, "Monday"), "day", "Pellucid released Quill-8B"),
        R("Kestrel", "released", month(2025, 7), "month", "since its release in July"),
        R("Marrow 2", "released", last_wd(pub, "Wednesday"), "day", "Wednesday's release of Marrow 2"),
        R("Marrow 2 Mini", "planned", D(pub) + dt.timedelta(days=14), "relative",
          "Marrow 2 Mini will follow in a couple of weeks", hedged=True),
        R("opal-v3-14b", "released", last_wd(pub, "Friday"), "day",
          "Late Friday, Ostrander Collective pushed the weights for opal-v3-14b"),
        R("Marrow 2", "planned", next_wd(pub, "Thursday"), "day", "Marrow 2 comes to its EU region on Thursday",
          hedged=True),
    ],
    "doubts": [
        "Quill-8B's Monday comes only from the '**Monday**' section heading",
        "'a couple of weeks' resolved as published+14 (2025-09-27); said on Wednesday, so 2025-09-24 also defensible",
        "Marrow 2 EU-region rollout next Thursday coded as a planned release (regional availability)",
        "Marrow 2 200-300B range: named-role engineer on a podcast, asked to cut it; coded hedged",
        "'a 24B version' / 'the 24B Quill' is unnamed: no fact, not a model",
        "'a model nearly twice the size' is a comparison; Ferrule's 'before the end of the year' has no named model",
        "Tessary line = family; Tessary-R has no date; Pellucid developer day Tuesday is not a release",
        PLANNED_NOTE,
    ]})

# 003 launch with relative dates, and 012 syndicated copy ---------------------------
pub = "2024-07-10"
tessary_models = ["Tessary-34B", "Tessary Pro", "Corvid 3.1 Ultra", "Tessary-8B"]
tessary_doubts = [
    "'on the 3rd' (post on Monday 2024-07-08, no month) resolved to the next 3rd after publication: 2024-08-03",
    "opening a waiting list for Tessary Pro 'earlier this week' coded as announced, Mon-Tue 2024-07-08..09",
    "Tessary Pro 'at least three times' the open model's size is a comparison; no figure coded",
    "Tessary-8B: size only in the name, no parameter fact; 'end of the summer' = 2024-08-31",
    "4.5 trillion tokens, 2,048 GPUs, 32,000-token context are not parameter counts; funding last month, interview last week are not release dates",
    PLANNED_NOTE,
]
GOLD.append({
    "file": "003_brindle-tessary-34b-launch.txt", "published": pub, "models": tessary_models,
    "facts": [
        P("Tessary-34B", 34e9),
        P("Corvid 3.1 Ultra", 400e9, bound="approx", hedged=True, cue="believed"),
        R("Tessary-34B", "released", D(pub) - dt.timedelta(days=1), "day", "Brindle AI released Tessary-34B yesterday"),
        R("Tessary Pro", "announced", (last_wd(pub, "Monday"), D(pub) - dt.timedelta(days=1)), "relative",
          "Earlier this week Brindle opened a waiting list for Tessary Pro"),
        R("Tessary Pro", "planned", day("2024-08-03"), "day", "Tessary Pro will launch on the 3rd", hedged=True),
        R("Corvid 3.1 Ultra", "released", part(2024, 5, "late"), "part_of_month", "was released in late May"),
        R("Tessary-8B", "planned", (D(pub), dt.date(2024, 8, 31)), "relative",
          "Tessary-8B, is expected before the end of the summer", hedged=True),
    ],
    "doubts": tessary_doubts})

# 004 delayed launch ---------------------------------------------------------------
pub = "2025-04-22"
GOLD.append({
    "file": "004_aldous-corvane-2-delay.txt", "published": pub,
    "models": ["Corvane 2", "Corvane", "Pelion 5", "Pelion 5 Max"],
    "facts": [
        P("Corvane 2", 180e9, bound="approx", hedged=True, cue="will have ... according to a technical preview"),
        P("Corvane", 52e9, aliases=["original Corvane"]),
        R("Corvane 2", "planned", summer(2025), "quarter", "now expects to release it in the summer", hedged=True),
        R("Corvane 2", "announced", month(2025, 1), "month", "when it announced the system in January"),
        R("Corvane 2", "planned", part(2025, 7, "late"), "part_of_month",
          "an internal target of late July had been set", hedged=True),
        R("Corvane", "released", year(2023), "year", "which was released in 2023"),
        R("Pelion 5", "released", day("2025-04-08"), "day", "released its comparable model, Pelion 5, on April 8"),
        R("Pelion 5 Max", "planned", (D(pub), D(pub) + dt.timedelta(days=42)), "relative",
          "will be available \"in the coming weeks.\"", hedged=True),
    ],
    "doubts": [
        "superseded plans NOT coded: 'which was due in March' and 'had originally targeted December'",
        "Corvane 2's 180B is a future size from the company's own preview: coded hedged (planned size)",
        "summer coded Jun 1-Aug 31 with granularity 'quarter'; 'in the coming weeks' coded published..+6 weeks",
        "non-release dates: Ferreira told analysts in February; end of the first quarter (chip deliveries)",
        PLANNED_NOTE,
    ]})

# 005 rumour ----------------------------------------------------------------------
pub = "2026-05-19"
GOLD.append({
    "file": "005_castellan-vireo-rumour.txt", "published": pub,
    "models": ["Vireo", "Vireo Max", "Vireo Mini", "Osprey 2.5", "Corvid 4"],
    "facts": [
        P("Vireo", 1.8e12, bound="approx", hedged=True, cue="is said to; one of the people said"),
        P("Vireo", 1.5e12, bound="at_least", hedged=True, cue="Another put the figure"),
        P("Vireo Mini", bound="range", low=30e9, high=40e9, hedged=True, cue="the people said"),
        P("Osprey 2.5", 405e9),
        R("Vireo", "planned", month(2026, 6), "month", "could arrive as soon as next month", hedged=True),
        R("Vireo Max", "planned", quarter(2026, 3), "quarter", "is slated for Q3", hedged=True),
        R("Osprey 2.5", "released", month(2025, 10), "month", "released in October 2025"),
        R("Corvid 4", "planned", summer(2026), "quarter", "is rumoured for a summer debut", hedged=True),
        R("Corvid 4", "planned", year(2026), "year", "Corvid 4 will come \"this year.\"", hedged=True),
    ],
    "doubts": [
        "'Vireo' is a code name used as the model name",
        "leaked slide: 'V-series general availability' September 15 not tied to one model; not coded",
        "Vireo Mini 'would ship first' gives no date; 'a model expected in the spring arrived in October' is unnamed (probably Osprey 2.5)",
        "'as soon as next month' coded as June 2026 (month); summer = Jun 1-Aug 31",
        "non-release dates: slide deck dated March 2026, funding in February, conference in April",
        PLANNED_NOTE,
    ]})

# 006 live blog, several launches on one day ---------------------------------------
pub = "2025-11-05"
p = D(pub)
GOLD.append({
    "file": "006_forge-summit-liveblog.txt", "published": pub,
    "models": ["Sable 4", "Sable 4 Pro", "Sable 4 Lite", "nimbus-coder-32b", "nimbus-coder-7b",
               "nimbus-coder-moe", "Hexa-R1"],
    "facts": [
        P("nimbus-coder-32b", 32e9),
        P("Hexa-R1", 612e9, scope="total"),
        P("Hexa-R1", 28e9, scope="active"),
        R("Sable 4", "announced", p, "day", "has just announced Sable 4"),
        R("Sable 4 Pro", "released", p, "day", "Pro is available from today in the API"),
        R("Sable 4 Lite", "planned", (p, month(2025, 11)[1]), "relative", "Lite comes \"later this month\"",
          hedged=True),
        R("nimbus-coder-32b", "released", p, "day", "who have just dropped nimbus-coder-32b on their public repo"),
        R("nimbus-coder-7b", "released", month(2025, 6), "month", "nimbus-coder-7b, came out in June"),
        R("nimbus-coder-moe", "planned", (add_months(p, 2), add_months(p, 3)), "relative",
          "is \"maybe two or three months out\"", hedged=True),
        R("Hexa-R1", "released", p, "day", "It's available today to approved researchers"),
        R("Hexa-R1", "planned", quarter(2026, 1), "quarter", "general availability \"in Q1\"", hedged=True),
    ],
    "doubts": [
        "'I typed 621B in the first version' is a retracted typo: not a fact",
        "Hexa-R1 announced and opened to approved researchers the same day: ONE released fact (2025-11-05)",
        "'Pro'/'Lite' short references resolved to Sable 4 Pro / Sable 4 Lite",
        "nimbus-coder-7b: size only in the name, no parameter fact",
        "30T tokens, 128K context, 12,288 GPUs, $140 million round (August) are not parameters/release dates",
        PLANNED_NOTE,
    ]})

# 007 preview vs GA vs open weights -----------------------------------------------
pub = "2025-10-02"
later_q = (D(pub), dt.date(2025, 12, 31))
GOLD.append({
    "file": "007_fathom-orrery-2-ga.txt", "published": pub,
    "models": ["Orrery 2", "Orrery 2 Flash", "Orrery 2 Nano", "Orrery", "Sable 3"],
    "facts": [
        P("Orrery 2", 110e9),
        P("Orrery 2 Flash", 12e9, bound="approx"),
        P("Orrery 2 Nano", 3e9),
        R("Orrery 2", "released", last_wd(pub, "Tuesday"), "day",
          "Orrery 2 is now generally available, the company said on Tuesday"),
        R("Orrery 2", "announced", part(2025, 8, "early"), "part_of_month", "The preview, announced in early August"),
        R("Orrery 2 Flash", "planned", later_q, "relative", "are now expected later this quarter", hedged=True),
        R("Orrery 2 Nano", "planned", later_q, "relative", "are now expected later this quarter", hedged=True),
        R("Orrery", "released", month(2024, 11), "month", "The original Orrery, released in November 2024"),
        R("Sable 3", "released", month(2025, 5), "month", "a general release in May"),
    ],
    "doubts": [
        "'The flagship has 110 billion parameters' attributed to Orrery 2 (the flagship tier)",
        "GA date = Tuesday 2025-09-30 from 'said on Tuesday'; 'From this week' agrees",
        "superseded promise 'within 60 days of GA' not coded; open-weight plan coded for Flash and Nano only",
        "Sable 3 'previewed ... for months' has no date; general release in May = 2025-05",
        "non-release dates: benchmarks run September 22, technical report 'in the coming weeks'",
        PLANNED_NOTE,
    ]})

# 008 interview with many non-release dates ---------------------------------------
pub = "2025-10-15"
GOLD.append({
    "file": "008_quarrel-lind-interview.txt", "published": pub,
    "models": ["Gannet-2", "Gannet-3", "Gannet-1", "Marrow 2 Mini", "Gannet-2-Think"],
    "facts": [
        P("Gannet-2", 9e9),
        P("Gannet-3", bound="range", low=20e9, high=30e9, hedged=True, cue="will be"),
        P("Marrow 2 Mini", 27e9, hedged=True, cue="I read somewhere"),
        R("Gannet-2", "released", part(2025, 6, "late"), "part_of_month", "released Gannet-2 in late June"),
        R("Marrow 2 Mini", "released", D(pub) - dt.timedelta(days=14), "day",
          "Marrow 2 Mini, which came out two weeks ago"),
    ],
    "doubts": [
        "many NON-release dates on purpose: round closed September 2, hearing on the 7th of this month, leaderboard run Sept. 9, re-run on the 23rd, interview October 10, version ready April 14",
        "Gannet-2 'originally supposed to launch in April' is a superseded plan: not coded",
        "Gannet-3 'not this year' gives no usable interval: not coded",
        "Marrow 2 Mini 'came out two weeks ago' resolved to published-14 = 2025-10-01 (day); 27B second-hand ('I read somewhere'), 'three times our size' is a comparison",
        "Gannet-2-Think: internal name, no date; 'we decide in the first week of November' is not a release date",
        "'People here joke about a 70B' is no model and no fact; 'ten times its size' is a comparison",
        "'open models under 10 billion parameters' is a policy threshold, not tied to a model",
        "Gannet-3's 20-30B is a future size stated by the co-founder: coded hedged (planned size)",
    ]})

# 009 translated regional story ----------------------------------------------------
pub = "2026-03-28"
GOLD.append({
    "file": "009_zhaolin-qingque-3-translated.txt", "published": pub,
    "models": ["Qingque-3", "Qingque-2", "Qingque-3-Lite", "Tianlang"],
    "facts": [
        P("Qingque-3", 258e9, scope="total"),
        P("Qingque-3", 19e9, scope="active"),
        P("Qingque-3-Lite", 14e9, bound="approx", hedged=True, cue="plans"),
        P("Tianlang", 1e12, bound="approx", hedged=True, cue="According to industry insider disclosure"),
        R("Qingque-3", "released", day("2026-03-26"), "day", "On the 26th of this month"),
        R("Qingque-2", "released", month(2025, 9), "month", "released in the September of last year"),
        R("Qingque-3-Lite", "planned", (D(pub), dt.date(2026, 4, 30)), "relative", "before the end of April",
          hedged=True),
        R("Tianlang", "planned", half(2026, 2), "half",
          "estimated to be launched in the second half of the year at earliest", hedged=True),
    ],
    "doubts": [
        "'trillion parameter level' for Tianlang coded approx 1e12",
        "'Tianlang' is an internal code name used as the model name",
        "'internal test period since February' (Qingque-3) not coded as a release",
        "non-release dates: B round in January, developer conference on 31st of this month",
        PLANNED_NOTE,
    ]})

# 010 short brief ------------------------------------------------------------------
pub = "2024-11-20"
GOLD.append({
    "file": "010_tamber-7b-brief.txt", "published": pub,
    "models": ["tamber-7b-instruct", "tamber-7b-base", "tamber-30b", "Meadow-7B"],
    "facts": [
        P("tamber-7b-instruct", 7e9),
        P("tamber-30b", 30e9, hedged=True, cue="planned"),
        R("tamber-7b-instruct", "released", last_wd(pub, "Monday"), "day",
          "Ostrander Collective on Monday published tamber-7b-instruct"),
        R("tamber-7b-base", "released", (dt.date(2024, 11, 1), D(pub)), "relative", "appeared earlier this month"),
        R("tamber-30b", "planned", quarter(2025, 1), "quarter", "is planned for early next year", hedged=True),
    ],
    "doubts": [
        "'early next year' coded as Q1 2025",
        "tamber-7b-base and Meadow-7B: sizes only in the names, no parameter facts",
        "'tamber' (family) trained on 2.2 trillion tokens: tokens, not parameters; the withdrawn code model is unnamed",
    ]})

# 011 negative ---------------------------------------------------------------------
GOLD.append({
    "file": "011_accelerator-export-rules.txt", "published": "2025-01-29", "models": [], "facts": [],
    "doubts": [
        "NEGATIVE article: chips and policy only",
        "Halberd X2 is an accelerator (chip), not a model; its Q2 shipping plan is not a model release",
        "'models with more than 100 billion parameters' is a policy threshold tied to no model",
        "dates March 15, Feb. 11, December 11, July, October 2023 are regulatory dates",
    ]})

# 012 syndicated near-copy of 003 --------------------------------------------------
pub = "2024-07-10"
GOLD.append({
    "file": "012_tessary-34b-syndicated.txt", "published": pub, "models": tessary_models,
    "facts": [
        P("Tessary-34B", 34e9),
        P("Corvid 3.1 Ultra", 400e9, bound="approx", hedged=True, cue="believed"),
        R("Tessary-34B", "released", D(pub) - dt.timedelta(days=1), "day", "released yesterday"),
        R("Tessary Pro", "announced", (last_wd(pub, "Monday"), D(pub) - dt.timedelta(days=1)), "relative",
          "Earlier this week Brindle opened a waiting list for Tessary Pro"),
        R("Tessary Pro", "planned", day("2024-08-03"), "day", "Tessary Pro will launch on the 3rd", hedged=True),
        R("Corvid 3.1 Ultra", "released", part(2024, 5, "late"), "part_of_month",
          "Redwing Labs released Corvid 3.1 Ultra in late May"),
        R("Tessary-8B", "planned", (D(pub), dt.date(2024, 8, 31)), "relative",
          "Tessary-8B, is expected before the end of the summer", hedged=True),
    ],
    "doubts": ["syndicated near-copy of 003_brindle-tessary-34b-launch.txt (same facts)"] + tessary_doubts})

# 013 correction note --------------------------------------------------------------
pub = "2024-05-16"
GOLD.append({
    "file": "013_bellmark-fenwick-3-corrected.txt", "published": pub,
    "models": ["Fenwick-3", "Fenwick-2", "Fenwick-3-Long"],
    "facts": [
        P("Fenwick-3", 40e9),
        P("Fenwick-2", 13e9),
        R("Fenwick-3", "released", last_wd(pub, "Monday"), "day", "Bellmark Labs on Monday released Fenwick-3"),
        R("Fenwick-2", "released", month(2023, 8), "month", "which Bellmark released in August"),
        R("Fenwick-2", "planned", month(2024, 6), "month", "plans to release the weights of Fenwick-2 in June",
          hedged=True),
        R("Fenwick-3-Long", "planned", month(2024, 10), "month", "available in early Q4", hedged=True),
    ],
    "doubts": [
        "correction: the misstated '400 billion parameters' is retracted, not a fact; 'released on Tuesday' likewise",
        "Fenwick-2 'released in August' resolved to August 2023 (before the May 2024 publication)",
        "Fenwick-2 open-weight release in June coded as planned release of Fenwick-2",
        "'early Q4' coded as October 2024; superseded 'by the end of Q3' not coded",
        "call with reporters on Wednesday and the 3:40 p.m. update are not release dates",
        PLANNED_NOTE,
    ]})

# 014 analyst note with table ------------------------------------------------------
pub = "2026-08-04"
GOLD.append({
    "file": "014_midsize-open-models-analyst-note.txt", "published": pub,
    "models": ["Pith-2 70B", "Rook-MoE-141B-A13B", "Kestrel 2", "larkspur-oss-20b", "Tallis x2 mini", "Kestrel",
               "Lark-2-8B", "Pith-2 400B"],
    "facts": [
        P("Pith-2 70B", 70e9),
        P("Rook-MoE-141B-A13B", 141e9, scope="total", aliases=["Rook"]),
        P("Rook-MoE-141B-A13B", 13e9, scope="active", aliases=["Rook"]),
        P("Kestrel 2", 120e9, bound="approx", hedged=True, cue="our est."),
        P("larkspur-oss-20b", 20e9),
        P("Pith-2 400B", 400e9, hedged=True, cue="Cairn has said ... will follow"),
        R("Pith-2 70B", "released", day("2026-06-30"), "day", "Jun. 30"),
        R("Rook-MoE-141B-A13B", "released", day("2026-07-14"), "day", "Jul. 14"),
        R("Kestrel 2", "released", day("2026-05-12"), "day", "2026-05-12"),
        R("larkspur-oss-20b", "released", day("2026-07-28"), "day", "Jul. 28"),
        R("Tallis x2 mini", "released", last_wd(pub, "Wednesday"), "day",
          "Parallax released Tallis x2 mini last Wednesday"),
        R("Lark-2-8B", "released", year(2024), "year", "since Lark-2-8B in 2024"),
        R("Pith-2 400B", "planned", quarter(2026, 4), "quarter", "will follow in Q4", hedged=True),
        R("Pith-2 400B", "planned", quarter(2027, 1), "quarter", "we think Q1 2027 is more realistic", hedged=True),
    ],
    "doubts": [
        "table dates 'Jun. 30', 'Jul. 14', 'Jul. 28' have no year: publication year 2026",
        "'last Wednesday' from Tuesday 2026-08-04 read as 2026-07-29",
        "Pith-2 400B: company date Q4 and analyst's Q1 2027 both coded as planned (hedged)",
        "Tallis x2 mini size 'undisclosed'; 'a mid-size dense model' not tied; 15 trillion tokens, $0.12, 128K context are not parameters",
        "non-release dates: runs completed July 31, full run by mid-August, licensing fix 'before the end of the year'",
        "Kestrel (predecessor) has no date here",
    ]})

with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
    for g in GOLD:
        fh.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(GOLD), "articles written")

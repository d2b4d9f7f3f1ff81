#!/usr/bin/env python3
"""Build gold.jsonl next to this script. Dates are computed with datetime, never by hand."""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date.fromisoformat
WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def iso(d):
    return d.isoformat()


def last_wd(pub, name):
    """Most recent <weekday> strictly before pub ("on Thursday" / "last Thursday" in news)."""
    pub = D(pub)
    delta = (pub.weekday() - WD.index(name.lower())) % 7 or 7
    return iso(pub - dt.timedelta(days=delta))


def next_wd(pub, name):
    pub = D(pub)
    delta = (WD.index(name.lower()) - pub.weekday()) % 7 or 7
    return iso(pub + dt.timedelta(days=delta))


def plus(pub, days):
    return iso(D(pub) + dt.timedelta(days=days))


def month(y, m):
    return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def quarter(y, q):
    return month(y, 3 * q - 2)[0], month(y, 3 * q)[1]


def half(y, h):
    return month(y, 6 * h - 5)[0], month(y, 6 * h)[1]


def season(y, name):  # meteorological seasons (northern hemisphere)
    m0 = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}[name]
    return month(y, m0)[0], month(y, m0 + 2)[1]


def part(y, m, which):
    s, e = month(y, m)
    return {"early": (s, f"{y:04d}-{m:02d}-10"), "mid": (f"{y:04d}-{m:02d}-11", f"{y:04d}-{m:02d}-20"),
            "late": (f"{y:04d}-{m:02d}-21", e)}[which]


def P(subject, value=None, bound="exact", scope="unspecified", hedged=False, cue=None, aliases=(), low=None, high=None):
    if bound == "range":
        value = None
    return {"predicate": "parameter_count", "subject": subject, "aliases": list(aliases), "value": value,
            "low": low, "high": high, "bound": bound, "scope": scope, "hedged": hedged, "cue": cue}


def R(subject, event, se, gran, text, hedged=False, aliases=()):
    s, e = (se, se) if isinstance(se, str) or se is None else se
    f = {"predicate": "release_date", "subject": subject, "event": event, "start": s, "end": e,
         "granularity": gran, "text": text, "hedged": hedged}
    if aliases:
        f["aliases"] = list(aliases)
    return f


def Q(subject, value, unit, hedged=False):
    return {"predicate": "quantity", "subject": subject, "value": value, "unit": unit, "hedged": hedged}


B, T = 1e9, 1e12
ARTS = []


def art(file, published, models, facts, doubts):
    ARTS.append({"file": file, "published": published, "models": models, "facts": facts, "doubts": doubts})


# ---------------------------------------------------------------- 001 wire, translated Chinese launch
p = "2025-03-14"  # Friday
tianlu_facts = lambda p, lite_text, think_text, t1_text, rel_text: [  # noqa: E731
    P("Tianlu-2", 480 * B, scope="total"),
    P("Tianlu-2", 35 * B, scope="active"),
    P("Tianlu-1", 236 * B),
    P("Tianlu-2-Lite", 16 * B, hedged=True, cue="will follow"),
    R("Tianlu-2", "released", last_wd(p, "Thursday"), "day", rel_text),
    R("Tianlu-1", "released", month(2024, 6), "month", t1_text),
    R("Tianlu-2-Lite", "planned", (p, plus(p, 21)), "relative", lite_text, hedged=True),
    R("Tianlu-2-Think", "planned", quarter(2025, 2), "quarter", think_text, hedged=True),
    Q("Tianlu-2", 128000, "tokens context window"),
    Q("Tianlu-2", 18e12, "training tokens"),
    Q("Tianlu-2", 2048, "GPU (Nvidia H800)"),
]
tianlu_doubts = [
    "480B/35B are attributed 'According to the technical report' (the maker's own document, restated flatly in the headline): coded unhedged",
    "Tianlu-2-Lite's 16B is the size of a not-yet-released model stated by the company ('will follow'): coded hedged per the 'future sizes' rule; could be read as a plain company statement",
    "'within three weeks' coded relative published..published+21",
    "'roughly twice the size of its predecessor' is a comparison, not an extra fact",
    "July WAIC presentation of Tianlu-2 technical details and the January funding round are not release dates",
]
art("001_qiyuan-tianlu2-wire.txt", p, ["Tianlu-2", "Tianlu-1", "Tianlu-2-Lite", "Tianlu-2-Think"],
    tianlu_facts(p, "will follow within three weeks",
                 "plans to launch a reasoning variant, Tianlu-2-Think, in the second quarter",
                 "Tianlu-1, was released in June of last year",
                 "on Thursday released the weights of Tianlu-2"),
    tianlu_doubts)

# ---------------------------------------------------------------- 002 syndicated near-copy of 001
p = "2025-03-15"  # Saturday: 'on Thursday' is still 2025-03-13, 'within three weeks' moves by a day
art("002_tianlu2-syndicated.txt", p, ["Tianlu-2", "Tianlu-1", "Tianlu-2-Lite", "Tianlu-2-Think"],
    tianlu_facts(p, "will follow within three weeks",
                 "Tianlu-2-Think, is planned for the second quarter",
                 "Tianlu-1, the company's previous flagship, was released in June of last year",
                 "on Thursday released the weights of Tianlu-2"),
    ["syndicated near-copy of 001 (same facts, reworded lead, published a day later)"] + tianlu_doubts)

# ---------------------------------------------------------------- 003 model card retold
p = "2024-08-21"  # Wednesday
art("003_larkspur-oss-modelcard.txt", p,
    ["Larkspur OSS", "larkspur-oss-3b", "larkspur-oss-8b", "larkspur-oss-20b", "Larkspur 1", "Larkspur OSS Max"],
    [
        P("larkspur-oss-3b", 3.1 * B, aliases=["Larkspur OSS 3B"]),
        P("larkspur-oss-8b", 8.0 * B, aliases=["Larkspur OSS 8B"]),
        P("larkspur-oss-20b", 20.4 * B, aliases=["Larkspur OSS 20B"]),
        P("Larkspur 1", 13 * B),
        P("Larkspur OSS Max", 70 * B, hedged=True, cue="we hope"),
        R("Larkspur OSS", "released", last_wd(p, "Monday"), "day", "went up on Hugging Face on Monday",
          aliases=["larkspur-oss-3b", "larkspur-oss-8b", "larkspur-oss-20b"]),
        R("Larkspur 1", "announced", month(2023, 11), "month",
          "the company showed it to investors and journalists last November"),
        R("Larkspur OSS Max", "planned", season(2024, "autumn"), "part_of_year",
          "we hope to publish it this autumn", hedged=True),
        Q("larkspur-oss-20b", 1536, "GPU"),
        Q("Larkspur OSS", 9e12, "training tokens"),
    ],
    [
        "family list 'comes in 3B, 8B and 20B sizes' and card table '3.1B', '8.0B', '20.4B': one fact per checkpoint with the precise card figure (3.1B, 20.4B); an extractor reading 3B/20B from the list gets a value mismatch",
        "release fact given to the family 'Larkspur OSS' with the three repo names as aliases",
        "Larkspur 1's 13B is how the company 'described it at the time': coded unhedged (maker's own statement)",
        "'-instruct' siblings are not named individually; not listed as models",
        "'this autumn' coded as meteorological autumn Sep-Nov (part_of_year)",
        "Series A 'in May' and the Tuesday interview are not release dates; 'Wednesday morning' download count is not a release",
        "Larkspur OSS Max is a code name-like internal name ('internally we call'): listed as a model",
    ])

# ---------------------------------------------------------------- 004 forum recap newsletter
p = "2025-11-03"  # Monday
art("004_localweights-forum-recap.txt", p,
    ["Rook-MoE-141B-A13B", "Tamsin-70B-Chat", "Tamsin-8B-Chat", "Kestrel", "Pico-x2"],
    [
        P("Rook-MoE-141B-A13B", 141 * B, scope="total", aliases=["Rook-MoE", "Rook MoE", "Rook"]),
        P("Rook-MoE-141B-A13B", 13 * B, scope="active", aliases=["Rook-MoE", "Rook MoE", "Rook"]),
        P("Tamsin-70B-Chat", 70 * B),
        P("Tamsin-8B-Chat", 8 * B),
        P("Kestrel", None, bound="range", low=30 * B, high=40 * B, hedged=True, cue="probably"),
        P("Pico-x2", 2.7 * B),
        R("Rook-MoE-141B-A13B", "released", last_wd(p, "Thursday"), "day",
          "Fenwick Labs pushed the weights last Thursday", aliases=["Rook-MoE", "Rook MoE", "Rook"]),
        R("Tamsin-70B-Chat", "released", "2025-10-28", "day", "Tamsin-70B-Chat dropped on the 28th"),
        R("Tamsin-8B-Chat", "released", "2025-10-28", "day", "came out the same day"),
        R("Kestrel", "planned", month(2025, 11), "month", "open weights are expected later this month", hedged=True),
        R("Pico-x2", "released", last_wd(p, "Wednesday"), "day", "uploaded on Wednesday"),
    ],
    [
        "Tamsin-70B-Chat: the 70B is said of 'Bramble AI's 70-billion-parameter base model'; the chat tune is given that size (also 'the 70B model' later)",
        "Tamsin-8B-Chat's 8B is only in its name: included as a fact (name-stated size); drop if names are not read",
        "Kestrel 30-40B is a forum poster's estimate ('probably'); the minority MoE view gives no figure",
        "'on the 28th' resolved to October 2025 (the week before the Monday issue)",
        "'Wednesday' for Pico-x2 read as the last Wednesday before publication (2025-10-29)",
        "Rook long-context version ('should follow before the end of the year') is unnamed: no fact",
        "Kestrel 'topping the leaderboard since September' is not a release date",
        "'Rook MoE' at 8-bit and 'the Tamsin base models' (15T tokens) are short/family references, not extra models",
        "sizes that are not parameters: 24 GB cards, 4 trillion tokens, $20,000, $720",
    ])

# ---------------------------------------------------------------- 005 conference live blog
p = "2026-05-19"  # Tuesday
art("005_neuralforge-liveblog.txt", p,
    ["Corvid 3.1 Ultra", "Corvid 3.1 Mini", "Aubrac Large 2", "Aubrac Large", "Moyun-o2", "Moyun-o3", "Moyun-o1",
     "Sable", "Sable Nano"],
    [
        R("Corvid 3.1 Ultra", "released", p, "day", "is available from today in Halvard's app and API",
          aliases=["Ultra"]),
        R("Corvid 3.1 Mini", "planned", month(2026, 6), "month", 'a cheaper Corvid 3.1 Mini will follow "in June"',
          hedged=True),
        P("Aubrac Large 2", 675 * B, scope="total"),
        P("Aubrac Large 2", 41 * B, scope="active"),
        R("Aubrac Large 2", "released", p, "day", "the API goes live today for enterprise customers"),
        R("Aubrac Large 2", "planned", next_wd(p, "Tuesday"), "day", "the open weights will be published next Tuesday",
          hedged=True),
        P("Aubrac Large", 230 * B, aliases=["original Aubrac Large"]),
        R("Moyun-o2", "released", last_wd(p, "Thursday"), "day", "already rolled out to API customers last Thursday"),
        P("Moyun-o2", 500 * B, bound="at_least"),
        R("Moyun-o3", "planned", ("2026-09-01", "2026-12-31"), "part_of_year", 'teases Moyun-o3 for "the end of the year"',
          hedged=True),
        P("Sable", 7 * B, aliases=["Pocket"]),
        R("Sable", "planned", season(2026, "fall"), "part_of_year", "Sable ships this fall", hedged=True,
          aliases=["Pocket"]),
        P("Sable Nano", 1.5 * B, hedged=True, cue="may come later"),
        Q("Corvid 3.1 Ultra", 200000, "accelerators deployed by Halvard", hedged=False),
    ],
    [
        "Aubrac Large 2 is 'announced' and its API 'goes live today' the same day: coded one 'released' fact for 2026-05-19 (an 'announced' claim for the same day is equally right)",
        "Aubrac Large's 230B comes from the live-blogger ('Aubrac's website lists it'): coded unhedged",
        "'roughly three times the size of the original' is a comparison, no fact",
        "Moyun-o2 'more than half a trillion' from its own CTO: unhedged, at_least, scope unspecified (text says he did not say total or active)",
        "'the end of the year' for Moyun-o3 coded Sep-Dec like dev gold's 'late 2025'",
        "Sable Nano 'may come later' has no date: no release fact; its 1.5B is hedged via 'may'",
        "'Pocket' is Sable's former code name (leaked in March; the leak is not a release): alias only",
        "'Corvid 3.1 line' is a family reference, not listed as a model; 'Ultra' / 'the new system' are short references",
        "all planned events coded hedged=true (company plans are future)",
        "the 200,000 accelerators are Halvard's fleet, only loosely tied to Corvid 3.1 Ultra; quantity optional",
    ])

# ---------------------------------------------------------------- 006 earnings call
p = "2024-10-30"  # Wednesday
art("006_ventriq-earnings-call.txt", p, ["Meridia 4", "Meridia 3", "Meridia 3.5"],
    [
        P("Meridia 4", 400 * B, bound="approx", hedged=True, cue="We expect"),
        P("Meridia 4", 600 * B, bound="approx", hedged=True, cue="could end up closer to"),
        R("Meridia 4", "planned", half(2025, 1), "half",
          "remains on schedule to launch in the first half of next year", hedged=True),
        P("Meridia 3", 120 * B),
        R("Meridia 3", "released", month(2024, 2), "month", "which Ventriq launched in February"),
        R("Meridia 3.5", "planned", (p, quarter(2024, 4)[1]), "quarter",
          "will be available to customers later this quarter", hedged=True),
        Q("Meridia 3.5", 256000, "tokens context window", hedged=True),
        Q("Meridia 4", 32000, "GPU", hedged=False),
    ],
    [
        "Meridia 4 is deliberately CONTESTED: CEO 'roughly 400 billion' (expect) vs Bernholt analysts 'closer to 600 billion' (could); both hedged",
        "'closer to 600 billion' coded approx",
        "'later this quarter' coded pub..2024-12-31 (calendar Q4; the company's Q3 ended Sept. 30 so fiscal = calendar)",
        "headline 'on track for first half of 2025' is the same fact as the body's 'first half of next year'",
        "the Tuesday earnings call, the March 11-13 developer conference ('show a lot more' of Meridia 4) and the summer cluster are not release dates",
        "dollar figures (revenue, capex) and 32,000 GPUs are not parameters",
    ])

# ---------------------------------------------------------------- 007 leaderboard with table
p = "2026-02-11"  # Wednesday
ROOK = ["Rook-MoE", "Rook"]
art("007_open-leaderboard-february.txt", p,
    ["Quillon-3 Max", "Vetch 2 Pro", "Rook-MoE-141B-A13B", "hemlock-r1-32b", "Tianlu-2", "Tamsin-70B-Chat", "hemlock-r2"],
    [
        P("Quillon-3 Max", 1.1 * T, scope="total"),
        P("Quillon-3 Max", 52 * B, scope="active"),
        R("Quillon-3 Max", "released", "2026-01-27", "day", "released Quillon-3 Max two weeks ago, on Jan. 27"),
        R("Vetch 2 Pro", "released", last_wd(p, "Thursday"), "day", "which Arden Labs launched last Thursday"),
        P("Rook-MoE-141B-A13B", 141 * B, scope="total", aliases=ROOK),
        P("Rook-MoE-141B-A13B", 13 * B, scope="active", aliases=ROOK),
        R("Rook-MoE-141B-A13B", "released", "2025-10-30", "day", "2025-10-30", aliases=ROOK),
        P("hemlock-r1-32b", 32 * B),
        R("hemlock-r1-32b", "released", "2026-01-08", "day", "first uploaded it on Jan. 8"),
        P("Tianlu-2", 480 * B, scope="total"),
        P("Tianlu-2", 35 * B, scope="active"),
        R("Tianlu-2", "released", "2025-03-13", "day", "2025-03-13"),
        P("Tamsin-70B-Chat", 70 * B),
        R("Tamsin-70B-Chat", "released", "2025-10-28", "day", "2025-10-28"),
        R("hemlock-r2", "planned", part(2026, 3, "late"), "part_of_month", 'is planned for "late March"', hedged=True),
        Q("Quillon-3 Max", 1391, "Arena score"),
        Q("Vetch 2 Pro", 1377, "Arena score"),
    ],
    [
        "table column 'Params (total / active)': first figure coded scope total where a pair is given; single figures (32B, 70B) unspecified",
        "table 'Released' cells are release facts; Quillon-3 Max and Vetch 2 Pro dates are stated in prose too (one fact each)",
        "Vetch 2 Pro's size is explicitly undisclosed ('—'): no fact",
        "Rook long-context version 'slipped into the first quarter' is unnamed: no fact; Vetch 2 Pro patch 'this week' is not a model release",
        "'Tianlu-2 ... almost a year old' is consistent with the table date, no extra fact",
        "'dense model above 50 billion parameters' is a class, not a fact",
    ])

# ---------------------------------------------------------------- 008 listicle
p = "2026-01-05"  # Monday
art("008_models-to-watch-2026.txt", p,
    ["Corvid 4", "Corvid 2", "Quillon-3", "Aubrac Large 2", "Aubrac Large", "Marrow-o1", "Osprey-Vision 12B",
     "Virel mini", "Kestrel 2", "Kestrel"],
    [
        R("Corvid 4", "planned", season(2026, "spring"), "part_of_year", "Corvid 4 is expected in the spring", hedged=True),
        R("Quillon-3", "planned", (p, "2026-02-17"), "relative",
          "it could arrive before the Lunar New Year on Feb. 17", hedged=True),
        P("Quillon-3", 1 * T, bound="at_least", hedged=True, cue="One of them said"),
        R("Aubrac Large 2", "planned", half(2026, 1), "half", "targeting the first half of the year", hedged=True),
        P("Aubrac Large", 230 * B),
        P("Marrow-o1", 7 * B),
        R("Marrow-o1", "released", month(2025, 12), "month", "A beta went out in December"),
        R("Marrow-o1", "planned", quarter(2026, 1), "quarter", "general availability will come by the end of Q1",
          hedged=True),
        P("Osprey-Vision 12B", 12 * B),
        R("Osprey-Vision 12B", "planned", month(2026, 3), "month", "due in March", hedged=True),
        P("Virel mini", 3.8 * B),
        R("Virel mini", "released", (plus(p, -7), plus(p, -1)), "relative", "quietly launched Virel mini last week"),
        R("Kestrel 2", "planned", half(2026, 2), "half", "Kestrel 2 will arrive in the second half", hedged=True),
        P("Kestrel", 34 * B),
        R("Kestrel", "released", month(2025, 11), "month", "Osmund finally published its weights in November"),
    ],
    [
        "Quillon-3 '>1T' is said of 'the flagship' by an unnamed person: subject Quillon-3",
        "'before the Lunar New Year on Feb. 17' coded relative pub..2026-02-17",
        "'by the end of Q1' coded as the whole Q1 2026 (dev gold would code 'by the end of May' as late May; late-Q1 = March is also defensible)",
        "Marrow-o1 beta 'in December' counted as released (beta); GA is a separate planned fact",
        "'last week' from Monday 2026-01-05 = 2025-12-29..2026-01-04",
        "Osprey-Vision 12B: 12B from 'Osprey Labs' 12B vision-language model' (also in the name)",
        "Kestrel 2 'several times larger' and Marrow-o1 'ten times its size' are comparisons, not facts",
        "Kestrel's 34B was 'confirmed when the weights came out': unhedged; Kestrel 'published its weights in November' coded released though the API existed earlier",
        "'Tamsin' and 'the Fenwick Labs long-context Rook model' (honourable mentions) are family references: not listed; 'Corvid series' likewise",
        "Aubrac Large 2 is named only in the heading; Servant's 'significantly bigger' gives no number",
    ])

# ---------------------------------------------------------------- 009 rumour, delayed twice
p = "2025-07-22"  # Tuesday
C3 = ["Nightjar"]
c25 = "2024-11-12"
art("009_corvid3-delayed-again.txt", p, ["Corvid 3", "Corvid 2.5", "Quillon-2", "Quillon-3"],
    [
        R("Corvid 3", "planned", month(2025, 3), "month", "was initially slated for March", hedged=True, aliases=C3),
        R("Corvid 3", "planned", month(2025, 6), "month", "it would arrive in June instead", hedged=True, aliases=C3),
        R("Corvid 3", "planned", season(2025, "autumn"), "part_of_year", "It is now not expected before the autumn",
          hedged=True, aliases=C3),
        P("Corvid 3", 1.2 * T, hedged=True, cue="One of the people said", aliases=C3),
        P("Corvid 3", 500 * B, bound="at_least", hedged=True, cue="another put it at", aliases=C3),
        P("Corvid 3", None, bound="range", low=30 * B, high=40 * B, scope="active", hedged=True, cue="another put it at",
          aliases=C3),
        R("Corvid 2.5", "released", c25, "day", "which Halvard released on November 12 last year"),
        R("Quillon-2", "released", plus(c25, 21), "day",
          "Three weeks after Corvid 2.5's launch, Beijing-based Quillon AI answered with Quillon-2"),
        P("Quillon-2", 560 * B),
        R("Quillon-3", "planned", (p, "2025-12-31"), "relative", "could come before the end of the year", hedged=True),
    ],
    [
        "superseded plans (March, then June) kept as planned facts: the text ties them to Corvid 3's planned release; an extractor that keeps only the current plan would miss two",
        "'not expected before the autumn' coded Sep-Nov 2025 (it means autumn at the earliest)",
        "'Nightjar' is the internal code name: alias of Corvid 3, not a separate model",
        "two unnamed sources give 1.2T and '>half a trillion' (compatible); active 30-40B from the second source",
        "Quillon-2 date computed as 2024-11-12 + 21 days",
        "'before the end of the year' for Quillon-3 coded relative pub..2025-12-31",
        "all-hands on July 15, funding round in April, Texas cluster 'first half of 2026', API price cut 'last week' are not model releases",
        "the spokesperson (named) gives no figures; hedges come from unnamed sources",
    ])

# ---------------------------------------------------------------- 010 interview, model-family history
p = "2024-12-09"  # Monday
art("010_nordvik-solheim-interview.txt", p,
    ["Fjell-1", "Fjell-2", "Fjell-3", "Fjell-3 Nano", "Fjell-4", "Fjell-5", "Aubrac Large"],
    [
        R("Fjell-1", "announced", month(2022, 3), "month", "The initial version was presented in March"),
        P("Fjell-1", 1.3 * B),
        R("Fjell-2", "released", month(2023, 10), "month", "Fjell-2 we released in October 2023"),
        P("Fjell-2", 13 * B),
        R("Fjell-3", "released", month(2024, 9), "month", "Fjell-3 came out in September", aliases=["Trollvegg"]),
        P("Fjell-3", 72 * B, aliases=["Trollvegg"]),
        R("Fjell-3 Nano", "released", month(2024, 11), "month", "It shipped two months after Fjell-3", aliases=["Nano"]),
        P("Fjell-3 Nano", 1.5 * B, aliases=["Nano"]),
        P("Fjell-4", 300 * B, bound="approx", scope="total", hedged=True, cue="targeting"),
        P("Fjell-4", 22 * B, bound="approx", scope="active", hedged=True, cue="targeting"),
        R("Fjell-4", "planned", season(2025, "spring"), "part_of_year", "We hope to release it in the spring", hedged=True),
        Q("Fjell-3", 4096, "GPU"),
        Q("Fjell-3", 15e12, "training tokens"),
    ],
    [
        "'The initial version was presented in March' (year 2022 from the previous sentence) = Fjell-1, coded announced",
        "Fjell-3 Nano date: 'two months after Fjell-3' (September 2024) = November 2024, month granularity; subject is the pronoun 'It'",
        "Fjell-4 figures: the maker's own chief scientist, but future and 'can still change': hedged",
        "'A model of two trillion parameters they cannot run' is hypothetical: no fact; 'ten times the size of the first one' is a comparison",
        "NeurIPS next week, €600M round in June, data centre next year: not model dates; Fjell-5 has no date",
        "Aubrac Large is mentioned without figures (listed as model)",
        "TRAP: 'Somebody wrote that Fjell-3 is really 100 billion parameters' is a rumour the maker explicitly denies ('It is not true, it is 72'): not a fact; an extractor may emit a hedged 100B claim (FP)",
        "'Trollvegg' was Fjell-3's training code name: alias, not listed as a model",
    ])

# ---------------------------------------------------------------- 011 negative
p = "2025-09-17"
art("011_export-rules-accelerators.txt", p, [], [],
    [
        "NEGATIVE: no model names; '10^26 operations' and the dropped '100 billion parameters' threshold are tied to no model",
        "dates (Jan. 1, Oct. 15, late October) belong to rules, not models; dollar and accelerator counts are not parameters",
    ])

# ---------------------------------------------------------------- 012 correction / update
p = "2026-03-26"  # Thursday
art("012_vetch2-flash-correction.txt", p, ["Vetch 2 Flash", "Vetch 2 Pro", "Vetch 2 Ultra"],
    [
        P("Vetch 2 Flash", 24 * B, aliases=["Flash"]),
        P("Vetch 2 Flash", 3 * B, scope="active", aliases=["Flash"]),
        R("Vetch 2 Flash", "released", last_wd(p, "Monday"), "day", "Arden Labs released Vetch 2 Flash on Monday",
          aliases=["Flash"]),
        P("Vetch 2 Pro", 300 * B, bound="at_least", hedged=True, cue="estimated"),
        R("Vetch 2 Pro", "released", part(2026, 2, "early"), "part_of_month", "Vetch 2 Pro, launched in early February"),
        R("Vetch 2 Ultra", "planned", (plus(p, 14), plus(p, 21)), "relative", "is expected in two to three weeks",
          hedged=True),
    ],
    [
        "retracted figures are NOT facts: '240 billion parameters' and 'released in April' (both corrected)",
        "24B is given with '3 billion are active' but the text never says 'total': scope unspecified",
        "'published on Tuesday' is the date of the earlier article, not a release",
        "Vetch 2 Pro '>=300B' is an outside researcher's estimate (hedged)",
        "'in two to three weeks' = pub+14..pub+21 as in the guidelines",
        "'Vetch 2 family' is a family reference, not listed",
    ])

with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
    for a in ARTS:
        fh.write(json.dumps(a, ensure_ascii=False) + "\n")
print(f"wrote {len(ARTS)} articles")

#!/usr/bin/env python3
"""Build gold.jsonl for set6 (invented articles). Dates computed with datetime, never by hand."""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WD = {n: i for i, n in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])}


def D(s):
    return dt.date.fromisoformat(s)


def iso(d):
    return d.isoformat()


def weekday_before(pub, wd):
    """'on Tuesday' in a news story: the most recent such weekday strictly before pub."""
    p = D(pub)
    delta = (p.weekday() - WD[wd]) % 7 or 7
    return iso(p - dt.timedelta(days=delta))


def last_week(pub, wd):
    """'last Wednesday' read as: that weekday in the previous Mon-Sun calendar week."""
    p = D(pub)
    monday_prev = p - dt.timedelta(days=p.weekday() + 7)
    return iso(monday_prev + dt.timedelta(days=WD[wd]))


def month(y, m):
    return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def part(y, m, which):
    last = calendar.monthrange(y, m)[1]
    a, b = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[which]
    return f"{y:04d}-{m:02d}-{a:02d}", f"{y:04d}-{m:02d}-{b:02d}"


def quarter(y, q):
    s = month(y, 3 * q - 2)[0]
    e = month(y, 3 * q)[1]
    return s, e


def half(y, h):
    return (f"{y}-01-01", f"{y}-06-30") if h == 1 else (f"{y}-07-01", f"{y}-12-31")


def season(y, name):
    """Meteorological seasons (northern hemisphere), three whole months."""
    m = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}[name]
    return month(y, m)[0], month(y, m + 2)[1]


def rel(pub, a, b):
    p = D(pub)
    return iso(p + dt.timedelta(days=a)), iso(p + dt.timedelta(days=b))


def P(subject, value, bound="exact", scope="unspecified", hedged=False, cue=None, aliases=(), low=None, high=None):
    return {"predicate": "parameter_count", "subject": subject, "aliases": list(aliases),
            "value": None if bound == "range" else float(value), "low": low, "high": high,
            "bound": bound, "scope": scope, "hedged": hedged, "cue": cue}


def R(subject, event, span, gran, text, hedged=False, aliases=()):
    s, e = span if isinstance(span, tuple) else (span, span)
    return {"predicate": "release_date", "subject": subject, "aliases": list(aliases), "event": event,
            "start": s, "end": e, "granularity": gran, "text": text, "hedged": hedged}


def Q(subject, value, unit, hedged=False):
    return {"predicate": "quantity", "subject": subject, "value": value, "unit": unit, "hedged": hedged}


G = []


def art(file, published, models, facts, doubts):
    G.append({"file": file, "published": published, "models": models, "facts": facts, "doubts": doubts})


# ---------------------------------------------------------------- 001 wire
pub = "2025-03-13"
corvid_facts = lambda pub: [  # noqa: E731
    P("Corvid 3.1 Ultra", 4e11, "approx", aliases=["Ultra"]),
    P("Corvid 3.1 Pro", 7e10),
    P("Corvid 4", 1e12, "approx", hedged=True, cue="people familiar"),
    R("Corvid 3.1 Ultra", "released", weekday_before(pub, "Tue"), "day", "on Tuesday", aliases=["Ultra"]),
    R("Corvid 3.1 Pro", "released", "2025-02-20", "day", "since February 20"),
    R("Corvid 3", "released", quarter(2024, 4), "quarter", "late last year"),
    R("Corvid 4", "planned", quarter(2025, 3), "quarter", "by the end of the third quarter", hedged=True),
    Q("Corvid 3.1 Ultra", 256000, "context tokens"),
    Q("Corvid 3.1 Ultra", 16000, "GPU (Nvidia H200)"),
]
corvid_doubts = [
    "'late last year' (Corvid 3) mapped to Q4 2024 (2024-10-01..2024-12-31); 'less than four months' before March 11 narrows it to after ~Nov 11, not used.",
    "'by the end of the third quarter' (Corvid 4) given as the whole of Q3 2025; one could argue pub..2025-09-30.",
    "Corvid 4 'close to a trillion parameters' taken as approx 1e12 (could be read at_most); hedged via 'two people familiar'.",
    "'will reach two large cloud marketplaces within weeks' is distribution of an already released model, not a release date: excluded.",
    "'Corvid 3.1' listed in models as the family name; 'Corvid 3.1 Mini' listed though no facts.",
    "'a 400-billion-parameter model' in the analyst quote is the same Ultra fact (one fact). 'substantially larger' for Corvid 4 gives no figure.",
    "Interview 'on Wednesday', funding round 'in January', founding 2022 are not release dates.",
]
art("001_wire-halcyon-corvid-ultra.txt", pub,
    ["Corvid 3.1 Ultra", "Corvid 3.1", "Corvid 3.1 Pro", "Corvid 3.1 Mini", "Corvid 3", "Corvid 4"],
    corvid_facts(pub), corvid_doubts)

# ---------------------------------------------------------------- 002 syndicated copy of 001
pub = "2025-03-14"
art("002_syndicated-corvid-ultra-daily.txt", pub,
    ["Corvid 3.1 Ultra", "Corvid 3.1", "Corvid 3.1 Pro", "Corvid 3.1 Mini", "Corvid 3", "Corvid 4"],
    corvid_facts(pub),
    ["Syndicated near-copy of 001 published one day later (Friday): 'on Tuesday' still resolves to 2025-03-11."]
    + corvid_doubts
    + ["Headline 'eyes larger successor this year' restates the Corvid 4 plan loosely (unnamed 'successor'); not a separate fact."])

# ---------------------------------------------------------------- 003 newsletter
pub = "2025-06-09"
art("003_newsletter-weekly-roundup.txt", pub,
    ["Tamsin-70B-Chat", "Tamsin 2", "Tamsin-2-3B", "Tamsin-2-8B", "Tamsin-2-70B", "larkspur-oss-20b",
     "Rook-MoE-141B-A13B", "Kestrel", "Marl-7B-Instruct"],
    [
        P("Tamsin-2-3B", 3e9, aliases=["Tamsin 2 3B"]),
        P("Tamsin-2-8B", 8e9, aliases=["Tamsin 2 8B"]),
        P("Tamsin-2-70B", 7e10, aliases=["Tamsin 2 70B"]),
        P("Tamsin-70B-Chat", 7e10),
        P("larkspur-oss-20b", 2e10),
        P("Rook-MoE-141B-A13B", 1.41e11, scope="total"),
        P("Rook-MoE-141B-A13B", 1.3e10, "approx", scope="active"),
        P("Marl-7B-Instruct", 7e9),
        R("Tamsin-70B-Chat", "released", last_week(pub, "Wed"), "day", "last Wednesday"),
        R("larkspur-oss-20b", "released", "2025-06-04", "day", "on the 4th"),
        R("Rook-MoE-141B-A13B", "released", weekday_before(pub, "Thu"), "day", "on Thursday"),
        R("Marl-7B-Instruct", "released", "2025-05-30", "day", "on May 30"),
        Q("Tamsin-70B-Chat", 128000, "context tokens"),
        Q("Rook-MoE-141B-A13B", 4096, "GPU (H100)"),
    ],
    [
        "Family sizes 'comes in 3B, 8B and 70B' assigned to the base checkpoints named in the next bullet (Tamsin-2-3B/8B/70B); the 70B chat model gets its own 70B fact.",
        "'along with two smaller siblings' (released last Wednesday) are not named in that sentence: no release facts for Tamsin-2-3B/8B.",
        "Larkspur 120B sibling ('coming later this summer') and 'a bigger Rook' (autumn) and 'a reasoning-tuned Tamsin in the coming weeks' are unnamed: excluded.",
        "Kestrel: CEO spoke 'at a conference on June 3' - not a release date; 'when it's ready' no date.",
        "'Tamsin 2' listed in models as a family name. 18 trillion tokens, $2.3 billion, 4,096 H100s are not parameters.",
        "Rook 141B: text says 'total' so scope=total; 13B 'about' -> approx.",
    ])

# ---------------------------------------------------------------- 004 rumour
pub = "2025-08-20"
art("004_rumour-vantor-kestrel.txt", pub,
    ["Kestrel", "Merlin-2", "Kestrel Mini"],
    [
        P("Kestrel", 5e11, "at_least", hedged=True, cue="is said to"),
        P("Kestrel", 6e11, "approx", hedged=True, cue="people familiar"),
        P("Kestrel Mini", 3e10, hedged=True, cue="unconfirmed"),
        P("Merlin-2", 1.8e11),
        R("Kestrel", "planned", month(2025, 9), "month", "as early as next month", hedged=True),
        R("Kestrel", "planned", season(2025, "fall"), "quarter", "this fall", hedged=True),
        R("Kestrel", "planned", season(2025, "spring"), "quarter", "in the spring", hedged=True),
        R("Kestrel", "planned", part(2025, 6, "late"), "part_of_month", "the end of June", hedged=True),
        R("Kestrel", "planned", ("2025-09-15", "2025-09-21"), "part_of_month", "the week of September 15", hedged=True),
        R("Merlin-2", "released", month(2024, 10), "month", "in October 2024"),
        Q("Kestrel", 24000, "accelerators", hedged=True),
    ],
    [
        "Superseded plans ('in the spring' said in December 2024; 'the end of June' said in April) are included as planned/hedged claims because the text ties them to Kestrel's planned release; an extractor that skips them is arguably right.",
        "'in the spring': year 2025 inferred (said in December, i.e. 2024). Seasons mapped to three whole months; granularity 'quarter' used for lack of a season granularity.",
        "'If it lands in September' / 'If it ships in September' treated as the same fact as 'as early as next month' (2025-09).",
        "'the week of September 15' given 2025-09-15..2025-09-21 with granularity part_of_month (no week granularity).",
        "'roughly three times the size of Merlin-2' is a comparison, not a Kestrel figure (it would imply ~540B, not stated).",
        "The 'internal build with about 600 billion parameters' is taken as a second hedged Kestrel figure; compatible with 'more than half a trillion'.",
        "Merlin-2 180B: 'the company's own documentation shows' -> unhedged.",
        "'since last winter', funding round 'in March', restart 'in May', Lisbon conference 'September 9' are not release dates. 'More than half a trillion parameters is table stakes' is generic.",
    ])

# ---------------------------------------------------------------- 005 live blog
pub = "2025-10-07"
art("005_liveblog-quillon-devday.txt", pub,
    ["Quill-o1", "Quill-o2", "Quill-o2-mini", "Quill-x", "Quill-o1-open", "Project Lantern"],
    [
        P("Quill-o2", 4.8e11, scope="total", aliases=["o2"]),
        P("Quill-o2", 3.5e10, scope="active", aliases=["o2"]),
        P("Quill-o2-mini", 7e9, aliases=["o2-mini"]),
        R("Quill-o1", "released", month(2024, 6), "month", "in June 2024", aliases=["o1"]),
        R("Quill-o2", "released", pub, "day", "available today", aliases=["o2"]),
        R("Quill-o2", "planned", season(2025, "summer"), "quarter", "by the summer", hedged=True, aliases=["o2"]),
        R("Quill-o2-mini", "planned", rel(pub, 0, 14), "relative", "over the next two weeks", hedged=True, aliases=["o2-mini"]),
        R("Quill-x", "planned", quarter(2026, 1), "quarter", "in the first quarter of next year", hedged=True),
        Q("Quill-o2", 400000, "context tokens"),
    ],
    [
        "Timestamps (9:21 a.m. etc.) are times of the blog entries, not dates.",
        "'by the summer' was said in the spring and has been overtaken (shipped October); included as a superseded planned claim (summer 2025 = Jun-Aug).",
        "Quill-o2-mini 'rolling out to developers over the next two weeks': event planned vs released is debatable (rollout started); given planned, relative pub..pub+14. Phones 'before the holidays' is a platform rollout, excluded.",
        "Quill-x title 'early next year' and later 'until Q1' are the same fact as 'in the first quarter of next year'.",
        "'Project Lantern' listed in models as a rumoured code name (possibly Quill-x, unconfirmed).",
        "Quill-o2-mini 7B: 'product lead Dev Malhotra says' -> company statement, unhedged.",
        "Quill-o1-open 'could still happen' has no date. 'by mid-2026' refers to GPUs, not a model.",
    ])

# ---------------------------------------------------------------- 006 analyst note
pub = "2025-02-18"
art("006_analyst-note-aurelia-sable.txt", pub,
    ["Sable 2", "Sable 1.5 Lite", "Sable 2 Lite", "Sable 1.5", "Tamsin"],
    [
        P("Sable 2", None, "range", low=3e10, high=4e10, hedged=True, cue="we estimate"),
        P("Sable 1.5 Lite", 8e9),
        P("Sable 1.5", 2.2e10),
        R("Sable 2", "planned", half(2025, 2), "half", "in the second half", hedged=True),
        R("Sable 2", "planned", quarter(2025, 3), "quarter", "by the end of Q3", hedged=True),
        R("Sable 1.5 Lite", "released", month(2023, 9), "month", "in September 2023"),
        R("Sable 1.5", "released", month(2023, 11), "month", "in November 2023"),
    ],
    [
        "'the mid-year window guided in November' (superseded Sable 2 plan) is too vague to date; excluded though other sets may include superseded plans.",
        "'with a risk that it slides into Q4', 'as long as Sable 2 lands this year', 'if Sable 2 ships by September', 'Further slippage of Sable 2 into 2026' are conditionals/risks, excluded.",
        "'Friday's fourth-quarter call' and 'developer event on May 6' (agent product preview, model not expected GA) are not release dates.",
        "Sable 1.5 Lite 8B: 'The company says it is an 8B model' -> unhedged company statement. Sable 2 Lite 'of similar size' gives no figure.",
        "Sable 1.5 'released two months after Lite, in November 2023' - explicit month used.",
        "4e25 FLOPs, 15 trillion tokens, 20,000 accelerators, dollars are not parameters.",
    ])

# ---------------------------------------------------------------- 007 interview
pub = "2025-05-22"
art("007_interview-ferrowind-halden.txt", pub,
    ["Halden 2 Large", "Halden 2", "Halden 2 Small", "Halden 2 Medium", "Halden", "Halden 1.5", "Halden 3", "Kestrel"],
    [
        P("Halden 2 Large", 1.2e12),
        P("Halden 2 Large", 9e10, "approx", scope="active"),
        P("Halden 2 Small", 1e10, "at_most"),
        P("Halden", 1.3e10, "approx", aliases=["the first Halden"]),
        R("Halden 2 Large", "released", weekday_before(pub, "Mon"), "day", "on Monday"),
        R("Halden 2 Large", "planned", month(2025, 2), "month", "supposed to ship in February", hedged=True),
        R("Halden 2", "announced", month(2024, 11), "month", "at our event in November"),
        R("Halden 2 Small", "released", "2025-04-08", "day", "since April 8"),
        R("Halden 2 Medium", "planned", season(2025, "summer"), "quarter", "Let's say the summer", hedged=True),
        R("Halden", "released", month(2024, 3), "month", "in March of last year"),
        R("Halden 1.5", "released", season(2024, "autumn"), "quarter", "that autumn"),
        R("Halden 3", "planned", half(2026, 2), "half", "in the second half of next year", hedged=True),
        R("Kestrel", "planned", part(2025, 6, "late"), "part_of_month", "will launch by the end of June", hedged=True),
        Q("Halden 2 Large", 12000, "GPU", hedged=False),
    ],
    [
        "Halden 2 Large 1.2T: scope left unspecified although the text calls it a MoE and gives 90B active (the text never says 'total').",
        "'a bit under 10 billion' -> at_most 1e10.",
        "'supposed to ship in February' (superseded plan) included as planned/hedged. 'We announced Halden 2 at our event in November' -> announced 2024-11 (year inferred: before the February 2025 target).",
        "'Halden 1.5 followed that autumn' -> autumn 2024 (Sep-Nov), granularity quarter for a season.",
        "'reports that you're already training Halden 3 with several trillion parameters' - no usable figure; 'larger than Halden 2 Large' is a comparison: no Halden 3 size fact.",
        "Subject 'Halden' for 'the first Halden' (no version number in the text).",
        "Interview 'the following day', Brussels forum 'June 12' are not release dates. Medium: 'Soon' alone not taken as a date.",
        "Kestrel 'will launch by the end of June' is Vantor's plan as of May (consistent with 004, where it later slips): planned/hedged.",
    ])

# ---------------------------------------------------------------- 008 translated
pub = "2025-09-03"
art("008_translated-shenlan-yunque.txt", pub,
    ["Yunque 2.5", "Yunque 2.0", "Yunque-2.5-Flash", "Yunque 3"],
    [
        P("Yunque 2.5", 2.35e11, scope="total"),
        P("Yunque 2.5", 2.2e10, scope="active"),
        P("Yunque 2.0", 7.2e10),
        P("Yunque-2.5-Flash", 1.4e10, "approx", aliases=["Yunque 2.5 Flash"]),
        P("Yunque 3", 1e12, "at_least", hedged=True, cue="planned"),
        R("Yunque 2.5", "released", "2025-08-28", "day", "On the 28th of last month"),
        R("Yunque 2.0", "released", month(2025, 1), "month", "in January this year"),
        R("Yunque-2.5-Flash", "released", "2025-08-28", "day", "together released", aliases=["Yunque 2.5 Flash"]),
        R("Yunque-2.5-Flash", "planned", rel(pub, 14, 21), "relative", "in the coming two to three weeks", hedged=True, aliases=["Yunque 2.5 Flash"]),
        R("Yunque 3", "planned", month(2025, 10), "month", "in next month", hedged=True),
        R("Yunque 3", "planned", month(2025, 12), "month", "the end of year", hedged=True),
        Q("Shenlan Intelligence", 10000, "accelerator cards"),
    ],
    [
        "Yunque-2.5-Flash release date is only implied ('together released' at the 28 August conference); included but needs coreference.",
        "Flash open-sourcing 'in the coming two to three weeks' treated as a planned (weights) release, relative pub+14..pub+21.",
        "'may postpone to the end of year' (Yunque 3, industry insiders) given as December 2025, granularity month; could be read as late December.",
        "Yunque 3 'will exceed one trillion' -> at_least 1e12, hedged (future size, 'planned').",
        "Consumer app access 'since the 1st of this month' (2025-09-01) is app availability, not the model release: excluded. 'In August only, at least five companies released the new models' names none.",
        "Odd translated English is deliberate ('parameter scale reaches', 'activated parameters is 22 billion').",
    ])

# ---------------------------------------------------------------- 009 long-form history
pub = "2025-11-16"
art("009_longform-history-alder.txt", pub,
    ["Alder", "Alder 2", "Wren", "Alder 3", "Alder 4", "Alder-4-Instruct", "Alder 4 Deep", "Alder 5"],
    [
        P("Alder", 6.7e9, aliases=["the first Alder"]),
        P("Alder 2", 3.4e10),
        P("Wren", 3e9),
        P("Alder 3", 1.8e11, hedged=True, cue="never officially confirmed"),
        P("Alder-4-Instruct", 4.05e11, aliases=["Alder 4 Instruct"]),
        R("Alder", "announced", month(2022, 3), "month", "presented in March"),
        R("Alder", "released", month(2022, 9), "month", "the weights followed in September"),
        R("Alder 2", "announced", month(2023, 1), "month", "Announced in January 2023"),
        R("Alder 2", "released", season(2023, "spring"), "quarter", "in the spring of that year"),
        R("Alder 2", "planned", ("2022-12-01", "2022-12-24"), "part_of_month", "before Christmas", hedged=True),
        R("Wren", "released", month(2024, 2), "month", "in February 2024"),
        R("Alder 3", "released", month(2023, 12), "month", "in December 2023"),
        R("Alder 4", "planned", month(2024, 12), "month", "the end of 2024", hedged=True),
        R("Alder 4", "planned", quarter(2025, 1), "quarter", "the first quarter", hedged=True),
        R("Alder 4", "released", "2025-07-15", "day", "on July 15, 2025"),
        R("Alder-4-Instruct", "released", "2025-07-15", "day", "on July 15, 2025", aliases=["Alder 4 Instruct"]),
        R("Alder 4 Deep", "released", rel("2025-07-15", 24, 38), "relative", "followed about a month later"),
        R("Alder 5", "planned", half(2026, 1), "half", "in the first half of 2026", hedged=True),
    ],
    [
        "'The initial version was presented in March' has no year in the sentence: 2022 inferred from 'autumn of 2021' + 'By the new year'. Event 'announced' (presented, not released); weights 'followed in September' (2022) taken as the release.",
        "Superseded plans included as planned/hedged: Alder 2 'before Christmas' 2022 (given Dec 1-24), Alder 4 'the end of 2024' (given December 2024) and 'the first quarter' (2025 inferred). 'when the eval curves stop wobbling' has no date.",
        "Alder 4 and Alder-4-Instruct both get the July 15, 2025 release (two tiers arrived that day); Alder 4 Deep 'about a month later' -> July 15 + 24..38 days, relative.",
        "A second Wren 'with about 8 billion parameters' 'as early as January' is unnamed: excluded. A system that attaches 8B or January to Wren is wrong (Wren is 3B).",
        "Alder 3 180B: from a report 'before being taken down', 'never officially confirmed' -> hedged.",
        "Not release dates: 'autumn of 2021' (founding), code 'published that summer', 'In mid-2023' (work began on Wren), funding 'Shortly after Alder 3', London talk 'last month'.",
        "Alder 4 Deep: size undisclosed, 'built on the same base' is not a figure.",
    ])

# ---------------------------------------------------------------- 010 correction/update
pub = "2025-04-11"
art("010_correction-pellucid-marlowe.txt", pub,
    ["Marlowe 2", "Marlowe 1", "Marlowe 2 Swift", "Marlowe"],
    [
        P("Marlowe 2", 1.04e11),
        P("Marlowe 1", 2.6e10),
        P("Marlowe 2 Swift", 2e10, "at_most", hedged=True, cue="a person familiar"),
        R("Marlowe 2", "planned", part(2025, 5, "early"), "part_of_month", "in early May", hedged=True),
        R("Marlowe 2", "planned", "2025-04-15", "day", "on April 15", hedged=True),
        R("Marlowe 1", "released", month(2024, 8), "month", "in August 2024"),
        R("Marlowe 2 Swift", "planned", ("2025-05-15", "2025-06-07"), "relative", "a few weeks after", hedged=True),
        Q("Marlowe 2", 1000000, "context tokens"),
    ],
    [
        "Correction note: the retracted '140 billion parameters' and the wrong 'September' for Marlowe 1 are NOT facts; an extractor reporting them is wrong.",
        "'on April 15' is the superseded plan (stated twice, once in the update, once in the original body); included once as planned/hedged.",
        "Body was first published April 9 (Wednesday); 'this week', 'a demo on Wednesday', 'a blog post last month', 'launch event in February' are not release dates (February event not counted as an announcement of Marlowe 2).",
        "Marlowe 2 Swift 'a few weeks after' the flagship: resolved against the updated early-May date, early May + 14..28 days = 2025-05-15..2025-06-07. Very approximate.",
        "'Marlowe' listed in models for 'the Marlowe family'. 'supported until at least the end of the year' is not a release date.",
    ])

# ---------------------------------------------------------------- 011 benchmark table
pub = "2025-07-24"
art("011_benchmark-open-midsize-table.txt", pub,
    ["Corvid 3.1 Pro", "Tamsin-70B-Chat", "Rook-MoE-141B-A13B", "Sable 2", "Marlowe 2", "Pinecrest-32B",
     "Corvid 3.1 Ultra", "Kestrel"],
    [
        P("Corvid 3.1 Pro", 7e10),
        P("Tamsin-70B-Chat", 7e10),
        P("Rook-MoE-141B-A13B", 1.41e11, aliases=["Rook"]),
        P("Rook-MoE-141B-A13B", 1.3e10, scope="active", aliases=["Rook"]),
        P("Sable 2", 3.5e10, "approx", hedged=True, cue="est."),
        P("Marlowe 2", 1.04e11),
        P("Pinecrest-32B", 3.2e10),
        R("Corvid 3.1 Pro", "released", "2025-02-20", "day", "Feb 20, 2025"),
        R("Tamsin-70B-Chat", "released", "2025-06-04", "day", "2025-06-04"),
        R("Rook-MoE-141B-A13B", "released", "2025-06-05", "day", "Jun. 5", aliases=["Rook"]),
        R("Sable 2", "released", "2025-07-01", "day", "Jul. 1"),
        R("Marlowe 2", "released", "2025-05-06", "day", "May 6"),
        R("Pinecrest-32B", "released", "2025-07-16", "day", "July 16"),
    ],
    [
        "Table cells: Pinecrest-32B 'last week' (2025-07-14..20) and prose 'went up on July 16' are one fact; the day is given.",
        "Sable 2 '~35B (est.)' plus 'could be off by 10 billion in either direction': given approx 3.5e10 hedged; a range 25-45B reading is possible.",
        "Rook 141B in the table is not labelled 'total' -> scope unspecified here (unlike 003).",
        "Juniper's 'a 70-billion-parameter version is planned for later this year' is unnamed (not 'Pinecrest-32B'): no fact.",
        "'10-to-150-billion-parameter range' is generic. Test window 'second week of July' is not a release. Kestrel 'had not been released' - no date.",
        "Cross-set consistency: Sable 2 released Jul 1 (earlier than 006's planned H2 - realistic plan movement); Marlowe 2 released May 6 (inside 010's 'early May').",
    ])

# ---------------------------------------------------------------- 012 negative
pub = "2025-12-02"
art("012_negative-export-rules-chips.txt", pub, [], [], [
    "NEGATIVE article: no model, no parameter_count, no release_date.",
    "Traps: 'models with more than 100 billion parameters' is a policy threshold tied to no model; '208 billion transistors'; '10^26 operations'; '$1 trillion'; '50,000 accelerators'; '100,000 chips'.",
    "Dates that are not releases: rules 'take effect on January 15', 'on Tuesday', report 'in March', committee 'in October', rule on model weights 'first floated in 2024', HBM review 'early next year'.",
])

with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
    for g in G:
        fh.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote {len(G)} articles")

#!/usr/bin/env python3
"""An independent implementation of DESIGN.md §3 (long format, first-last periods, median cuts),
written without looking at the panel's code, to check the panel's render summary number by number.

usage: check_summary.py FRAME.json OPTIONS.json SUMMARY.json
Prints how many values were compared; exits 1 on the first mismatch list.
"""
import json
import math
import statistics
import sys


def column(frame, name):
    for field in frame["fields"]:
        if field["name"] == name:
            return field["values"]
    raise SystemExit(f"no field {name}")


def median(values):
    return statistics.median(values)


def quadrant(x, y, cx, cy):
    return ("H" if x >= cx else "L") + ("H" if y >= cy else "L")


def verdict(value, tolerance):
    if value is None:
        return "no-data"
    if value > tolerance:
        return "on-track"
    if value < -tolerance:
        return "off-track"
    return "flat"


def expected_summary(frame, options):
    f = options["fields"]
    rows = list(zip(*(column(frame, f[role]) for role in ["segment", "period", "x", "y", "size", "satisfaction", "resource"])))
    priority_values = column(frame, f["priority"]) if f.get("priority") else None
    periods = sorted({r[1] for r in rows})
    base, cur = periods[0], periods[-1]
    at = {}  # (segment, period) -> row index; the last row wins
    for i, r in enumerate(rows):
        at[(r[0], r[1])] = i
    segments = sorted({r[0] for r in rows})

    cx = median([rows[at[(s, cur)]][2] for s in segments if (s, cur) in at])
    cy = median([rows[at[(s, cur)]][3] for s in segments if (s, cur) in at])

    def share_map(period):
        present = [s for s in segments if (s, period) in at]
        total = sum(rows[at[(s, period)]][6] for s in present)
        return {s: rows[at[(s, period)]][6] / total for s in present}

    shares = {base: share_map(base), cur: share_map(cur)}
    wanted = [v.lower() for v in options.get("priorityValues", ["primary", "high", "1", "true", "yes"])]
    quadrants = options.get("priorityQuadrants", ["HH", "LH"])

    out = {}
    for s in segments:
        point = {}
        for key, period in (("baseline", base), ("current", cur)):
            if (s, period) not in at:
                point[key] = None
                continue
            r = rows[at[(s, period)]]
            point[key] = {
                "x": r[2], "y": r[3], "size": r[4], "growthMeasure": r[4], "satisfaction": r[5],
                "resourceShare": shares[period][s], "quadrant": quadrant(r[2], r[3], cx, cy),
            }
        b, c = point["baseline"], point["current"]
        if priority_values is not None:
            value = str(priority_values[at[(s, cur)] if c else at[(s, base)]]).lower()
            priority = value in wanted
        else:
            priority = (b or c)["quadrant"] in quadrants
        out[s] = {
            "priority": priority,
            "baseline": b,
            "current": c,
            "growth": (c["growthMeasure"] - b["growthMeasure"]) / abs(b["growthMeasure"]) if b and c and b["growthMeasure"] != 0 else None,
            "satisfactionDelta": c["satisfaction"] - b["satisfaction"] if b and c else None,
            "resourceShareDelta": c["resourceShare"] - b["resourceShare"] if b and c else None,
            "movedQuadrant": bool(b and c and b["quadrant"] != c["quadrant"]),
        }

    def group_growth(group):
        both = [out[s] for s in group if out[s]["baseline"] and out[s]["current"]]
        mb = sum(x["baseline"]["growthMeasure"] for x in both)
        return None if not both or mb == 0 else sum(x["current"]["growthMeasure"] for x in both) / mb - 1

    def weighted_sat(group):
        both = [out[s] for s in group if out[s]["satisfactionDelta"] is not None]
        w = sum(x["baseline"]["growthMeasure"] for x in both)
        return None if not both or w == 0 else sum(x["baseline"]["growthMeasure"] * x["satisfactionDelta"] for x in both) / w

    P = [s for s in segments if out[s]["priority"]]
    notP = [s for s in segments if not out[s]["priority"]]
    gp, go = group_growth(P), group_growth(notP)
    growth_gap = None if gp is None or go is None else gp - go
    # With no priority segment there is nothing to shift toward: no data rather than a "flat" 0.
    resource_shift = None if not P else sum(out[s]["current"]["resourceShare"] for s in P if out[s]["current"]) - sum(
        out[s]["baseline"]["resourceShare"] for s in P if out[s]["baseline"])
    tolerance = options.get("tolerance", 0)
    sat_p, sat_o = weighted_sat(P), weighted_sat(notP)
    return {
        "baseline": str(base), "current": str(cur), "cuts": {"x": cx, "y": cy}, "segments": out,
        "indicators": {
            "growthGap": growth_gap, "resourceShift": resource_shift,
            "prioritySatisfactionDelta": sat_p, "otherSatisfactionDelta": sat_o,
            "verdicts": {"growth": verdict(growth_gap, tolerance), "resources": verdict(resource_shift, tolerance),
                         "satisfaction": verdict(sat_p, tolerance)},
        },
    }


def compare(expected, actual, path, problems, counter):
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            problems.append(f"{path}: expected an object, got {actual!r}")
            return
        for key, value in expected.items():
            compare(value, actual.get(key), f"{path}.{key}", problems, counter)
        return
    counter[0] += 1
    if isinstance(expected, float) or (isinstance(expected, int) and not isinstance(expected, bool)):
        if not isinstance(actual, (int, float)) or not math.isclose(expected, actual, rel_tol=1e-9, abs_tol=1e-12):
            problems.append(f"{path}: expected {expected!r}, got {actual!r}")
    elif expected != actual:
        problems.append(f"{path}: expected {expected!r}, got {actual!r}")


def main():
    frame_file, options_file, summary_file = sys.argv[1:4]
    frame = json.load(open(frame_file))
    options = json.load(open(options_file))
    actual = json.load(open(summary_file))
    expected = expected_summary(frame, options)
    actual_segments = {s["segment"]: s for s in actual["segments"]}
    problems, counter = [], [0]
    if set(actual_segments) != set(expected["segments"]):
        problems.append(f"segments differ: {sorted(set(actual_segments) ^ set(expected['segments']))}")
    compare({k: v for k, v in expected.items() if k != "segments"}, actual, "summary", problems, counter)
    for name, seg in expected["segments"].items():
        compare(seg, actual_segments.get(name, {}), f"segments[{name}]", problems, counter)
    if problems:
        print("\n".join(problems[:40]))
        print(f"{len(problems)} mismatches in {counter[0]} values")
        sys.exit(1)
    print(f"{counter[0]} values match")


if __name__ == "__main__":
    main()

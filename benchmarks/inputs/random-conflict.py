#!/usr/bin/env python3
"""Writes a scenario whose conflict has DMS decision makers with OPTIONS options each (16 options by
default: 2^16 = 65,536 states), with one or two random preference statements per decision maker, so many
states tie and there are many equilibria. For measuring `parley analyze` and `parley stability`:

    python3 benchmarks/inputs/random-conflict.py conflict16.yaml [--dms 4] [--options 4] [--seed 1]
    parley analyze conflict16.yaml --format json

See docs/performance/json-output.md.
"""
import argparse
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--dms", type=int, default=4)
parser.add_argument("--options", type=int, default=4)
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()

rng = random.Random(args.seed)
dms = [f"D{d + 1}" for d in range(args.dms)]
options = {dm: [f"{dm.lower()}-o{k + 1}" for k in range(args.options)] for dm in dms}
every = [o for dm in dms for o in options[dm]]
lines = [
    "parley: 1",
    f"id: random-conflict-{args.dms}x{args.options}",
    f"title: Random conflict, {args.dms} decision makers x {args.options} options (benchmark input)",
    "actors:",
    *[f"  - {{id: {dm}, name: Decision maker {dm[1:]}, role: party}}" for dm in dms],
    "issues:",
    "  - {id: talks, track: talks, options: [continue, stop]}",
    "conflict:",
    "  decision-makers:",
]
for dm in dms:
    lines.append(f"    - actor: {dm}")
    lines.append("      options:")
    lines.extend(f"        - {{id: {o}, name: {o}}}" for o in options[dm])
    lines.append("      preferences:")
    for _ in range(rng.choice([1, 2])):
        a, b = rng.sample(every, 2)
        statement = rng.choice([f"not {a}", f"{a}", f"{a} iff {b}", f"{a} or {b}"])
        lines.append(f"        - statement: \"{statement}\"")
        lines.append("          basis: assumption")
lines.append("  status-quo: []")
with open(args.out, "w") as f:
    f.write("\n".join(lines) + "\n")

#!/usr/bin/env python3
"""Writes a random GeniusWeb domain and one linear-additive profile per party, for measuring
`parley agree` (and its --format json) on large agreement frontiers.

    python3 benchmarks/inputs/random-domain.py OUT_DIR [--parties 5] [--issues 15] [--options 4] [--seed 1]
    parley agree OUT_DIR/domain.json OUT_DIR/profile1.json ... --format json

Values and weights are uniform random (seeded, so the same arguments give the same files); there is no
reservation bid, so every package is acceptable and the Pareto frontier is as large as random
preferences make it. See docs/performance/json-output.md.
"""
import argparse
import json
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--parties", type=int, default=5)
parser.add_argument("--issues", type=int, default=15)
parser.add_argument("--options", type=int, default=4)
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()

rng = random.Random(args.seed)
os.makedirs(args.out, exist_ok=True)
issues = {f"i{i + 1}": [f"v{k + 1}" for k in range(args.options)] for i in range(args.issues)}
with open(os.path.join(args.out, "domain.json"), "w") as f:
    json.dump({"name": f"random-{args.parties}x{args.issues}x{args.options}",
               "issuesValues": {i: {"values": vs} for i, vs in issues.items()}}, f)

for p in range(args.parties):
    weights = [rng.random() for _ in issues]
    total = sum(weights)
    profile = {"LinearAdditiveUtilitySpace": {
        "name": f"party{p + 1}",
        "issueUtilities": {i: {"discreteutils": {"valueUtilities": {v: round(rng.random(), 6) for v in vs}}}
                           for i, vs in issues.items()},
        "issueWeights": {i: w / total for i, w in zip(issues, weights)},
    }}
    with open(os.path.join(args.out, f"profile{p + 1}.json"), "w") as f:
        json.dump(profile, f)

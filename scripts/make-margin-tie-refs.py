#!/usr/bin/env python3
"""Exact reference for the bootstrap p-value at the margin (packages/core/test/stats/margin-ties.test.ts).

Accuracy of two models on n rows with b rows only the candidate gets right and c only the baseline gets right:
Δ = (b − c)/n. The row bootstrap draws (b*, c*, rest) ~ Multinomial(n; b/n, c/n, 1 − (b + c)/n), a trinomial, and
Δ* = (b* − c*)/n. With margin d, H0 of the significant-regression test is Δ ≥ −d, and its bootstrap p-value counts
replicates with Δ* ≥ −d, ties included. As B → ∞ that share tends to P(b* − c* ≥ −d·n), summed exactly here with
scipy.stats.multinomial (and checked against the conditional-binomial form). Also written: the probability of
landing exactly on the margin, which a float comparison loses.

usage (from the repository root): /usr/bin/python3 scripts/make-margin-tie-refs.py
Needs Debian's python3-scipy. Writes packages/core/test/fixtures/stats/margin-ties.json.
"""
import json
from fractions import Fraction
from pathlib import Path

from scipy import stats

cases = []
for b, c, n, d in [(10, 25, 1500, "0.01"), (12, 4, 400, "0.02"), (3, 30, 2700, "0.01")]:
    k = Fraction(d) * n
    assert k.denominator == 1, "d·n must be an integer for a tie to be possible"
    k = int(k)
    dist = stats.multinomial(n, [b / n, c / n, 1 - (b + c) / n])
    at_least = 0.0
    on = 0.0
    # b* + c* ≤ n, and beyond 200 the trinomial mass is far below double precision for these cases.
    top = min(n, 200)
    for bs in range(top + 1):
        for cs in range(top + 1 - bs):
            if bs - cs >= -k:
                p = dist.pmf([bs, cs, n - bs - cs])
                at_least += p
                if bs - cs == -k:
                    on += p
    # Independent check: given m = b* + c* ~ Bin(n, (b + c)/n), b* ~ Bin(m, b/(b + c)).
    check = 0.0
    for m in range(top + 1):
        need = (m - k + 1) // 2  # b* − (m − b*) ≥ −k  ⇔  b* ≥ (m − k)/2
        check += stats.binom.pmf(m, n, (b + c) / n) * stats.binom.sf(need - 1, m, b / (b + c))
    assert abs(check - at_least) < 1e-12, (check, at_least)
    cases.append({"b": b, "c": c, "n": n, "margin": float(d), "p_at_least": at_least, "p_on_margin": on})

out = Path("packages/core/test/fixtures/stats/margin-ties.json")
out.write_text(json.dumps({"source": "scipy.stats.multinomial " + __import__("scipy").__version__, "cases": cases}, indent=2) + "\n")
print(out.read_text())

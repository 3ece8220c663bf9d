#!/usr/bin/env python3
"""Reference values for the drift statistics on full data, from scipy/numpy (packages/core/test/fixtures/drift/refs.json).

Each case holds the data itself (small) and what scipy computes on it, so `npm test` needs no Python:
  - numeric exact values: ks_2samp statistic, wasserstein_distance, IQR (inverted-CDF quantiles) of the reference;
  - numeric distinct-value counts: wasserstein_distance with weights;
  - categorical full counts: after folding categories whose pooled count gives fewer than 5 expected rows on the smaller
    side into (other) (as compareColumn does), jensenshannon(base=2), chi2_contingency(correction=False) and PSI with
    proportions floored at 1e-4.
usage: python3 scripts/make-drift-refs.py > packages/core/test/fixtures/drift/refs.json
"""
import json
import sys

import numpy as np
import scipy
from scipy import stats
from scipy.spatial.distance import jensenshannon

rng = np.random.default_rng(20261202)
cases = []

def numeric_case(name, ref, cur):
    ref = [float(x) for x in np.round(ref, 6)]
    cur = [float(x) for x in np.round(cur, 6)]
    q = lambda a, u: float(np.quantile(a, u, method='inverted_cdf'))
    ks = stats.ks_2samp(ref, cur)
    cases.append({
        'name': name, 'kind': 'values', 'reference': ref, 'current': cur,
        'ks_statistic': float(ks.statistic),
        'wasserstein': float(stats.wasserstein_distance(ref, cur)),
        'reference_iqr': q(ref, 0.75) - q(ref, 0.25),
    })

numeric_case('lognormal sigma=2, 300 vs 250', rng.lognormal(0, 2, 300), rng.lognormal(0, 2, 250))
numeric_case('normal, +0.3 sd, 400 vs 350', rng.normal(0, 1, 400), rng.normal(0.3, 1, 350))
numeric_case('Pareto alpha=1.1, 200 vs 300', rng.pareto(1.1, 200) + 1, rng.pareto(1.1, 300) + 1)

def counts_case(name, ref, cur):
    vals = sorted(set(ref) | set(cur))
    rc = [int(np.sum(ref == v)) for v in vals]
    cc = [int(np.sum(cur == v)) for v in vals]
    cases.append({
        'name': name, 'kind': 'distinct', 'values': [float(v) for v in vals], 'reference': rc, 'current': cc,
        'wasserstein': float(stats.wasserstein_distance(vals, vals, rc, cc)),
    })

counts_case('Poisson(4) integers, 20000 vs 15000', rng.poisson(4, 20000), rng.poisson(4.6, 15000))

def categorical_case(name, p_ref, p_cur, n, m):
    k = len(p_ref)
    rc = rng.multinomial(n, p_ref)
    cc = rng.multinomial(m, p_cur)
    keep = [i for i in range(k) if rc[i] + cc[i] > 0]
    rc, cc = rc[keep], cc[keep]
    cats = [f'c{i:04d}' for i in keep]
    small = min(n, m) / (n + m)
    big = [(rc[i] + cc[i]) * small >= 5 for i in range(len(cats))]
    fr = [int(rc[i]) for i in range(len(cats)) if big[i]]
    fc = [int(cc[i]) for i in range(len(cats)) if big[i]]
    if not all(big):
        fr.append(int(sum(rc[i] for i in range(len(cats)) if not big[i])))
        fc.append(int(sum(cc[i] for i in range(len(cats)) if not big[i])))
    chi = stats.chi2_contingency(np.array([fr, fc]), correction=False)
    fr_, fc_ = np.array(fr, dtype=float), np.array(fc, dtype=float)
    a = np.maximum(fr_ / fr_.sum(), 1e-4)
    b = np.maximum(fc_ / fc_.sum(), 1e-4)
    cases.append({
        'name': name, 'kind': 'categories', 'categories': cats, 'reference': [int(x) for x in rc], 'current': [int(x) for x in cc],
        'jensen_shannon': float(jensenshannon(fr, fc, base=2)),
        'jensen_shannon_unfolded': float(jensenshannon(rc, cc, base=2)),
        'chi_square': float(chi[0]), 'chi_square_df': int(chi[2]), 'chi_square_p': float(chi[1]),
        'psi': float(np.sum((b - a) * np.log(b / a))),
    })

z = 1 / np.arange(1, 301) ** 1.1
z /= z.sum()
moved = z.copy()
moved[0] *= 0.7
moved[1:] += (z[0] * 0.3) * z[1:] / z[1:].sum()
categorical_case('Zipf(1.1) over 300 categories, no change, 5000 vs 4000', z, z, 5000, 4000)
categorical_case('Zipf(1.1) over 300 categories, 30% of the top moved, 5000 vs 4000', z, moved, 5000, 4000)

json.dump({'generator': 'scripts/make-drift-refs.py', 'scipy': scipy.__version__, 'numpy': np.__version__, 'cases': cases}, sys.stdout)
print()

#!/usr/bin/env python3
"""Reference values for the ranking, multiclass and regression gates, from scikit-learn and statsmodels.

Writes packages/core/test/fixtures/metrics/task-refs.json; the tests read it and never run this script, so
`npm test` needs no Python. Needs Debian's python3-numpy python3-sklearn python3-statsmodels.

usage (from the repository root): /usr/bin/python3 scripts/refs/make-task-refs.py

1. ranking_ties: queries with heavily tied integer scores and graded relevance. NDCG by sklearn's ndcg_score
   (ignore_ties=False: the expected DCG over tied orders), gains 2**rel - 1 passed as y_true, one query per call and
   averaged. MRR and MAP by brute force: the mean over EVERY order of each tie group of the strict-order value
   (average_precision_score for AP) — the definition of "expected value over tied orders".
2. multiclass: macro-F1 over one fixed class list, f1_score(labels=range(K), average='macro', zero_division=0), on
   data where a class is absent from the labels and predicted by one model only; paired exact McNemar from
   statsmodels.stats.contingency_tables.mcnemar(table, exact=True).
"""
import itertools, json
from pathlib import Path

import numpy as np
import sklearn
import statsmodels
from sklearn import metrics as skm
from statsmodels.stats.contingency_tables import mcnemar

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "packages" / "core" / "test" / "fixtures" / "metrics" / "task-refs.json"


def tie_orders(score):
    """Every strict order of the items (indices) consistent with descending score: product of permutations per tie group."""
    groups = [list(np.flatnonzero(score == v)) for v in sorted(set(score.tolist()), reverse=True)]
    for perm in itertools.product(*[itertools.permutations(g) for g in groups]):
        yield [i for g in perm for i in g]


def rr(rel_ranked):
    hit = np.flatnonzero(rel_ranked > 0)
    return 1.0 / (hit[0] + 1) if len(hit) else 0.0


def ap(rel_ranked):
    if not (rel_ranked > 0).any():
        return 0.0
    L = len(rel_ranked)
    return float(skm.average_precision_score((rel_ranked > 0).astype(int), np.arange(L, 0, -1)))  # strict order


def ranking_ties(rng):
    qid, rel, score = [], [], []
    for q in range(30):
        L = int(rng.integers(1, 8))
        r = rng.choice([0, 0, 1, 1, 2, 3], L) if q % 6 else np.zeros(L, int)  # every 6th query: nothing relevant
        s = rng.integers(0, 3, L) if q % 5 else np.zeros(L, int)  # every 5th query: one score for all documents
        qid += [q * 2 + 1] * L
        rel += r.tolist()
        score += s.tolist()
    qid, rel, score = np.array(qid), np.array(rel, float), np.array(score, float)
    perm = rng.permutation(len(qid))
    qid, rel, score = qid[perm], rel[perm], score[perm]
    out = {"query": qid.tolist(), "label": rel.tolist(), "score": score.tolist()}
    per = {"mrr": [], "map": []}
    ndcg = {k: [] for k in (1, 3, 5, None)}
    for c in np.unique(qid):
        sel = qid == c
        r, s = rel[sel], score[sel]
        if len(r) > 1:
            for k in ndcg:
                ndcg[k].append(float(skm.ndcg_score([2.0 ** r - 1], [s], k=k)))  # ignore_ties=False (the default)
        else:
            # sklearn refuses one-document queries; the value is 1 with a relevant document, 0 without.
            for k in ndcg:
                ndcg[k].append(1.0 if r[0] > 0 else 0.0)
        orders = list(tie_orders(s))
        per["mrr"].append(float(np.mean([rr(r[o]) for o in orders])))
        per["map"].append(float(np.mean([ap(r[o]) for o in orders])))
    for k, v in ndcg.items():
        out["ndcg" if k is None else f"ndcg@{k}"] = float(np.mean(v))
    out["mrr"] = float(np.mean(per["mrr"]))
    out["map"] = float(np.mean(per["map"]))
    out["per_query"] = per
    return out


def multiclass(rng):
    """K = 4 classes; class 3 never occurs in the labels; the baseline predicts it now and then, the candidate never."""
    n, K = 600, 4
    lab = rng.integers(0, 3, n)
    def scores(quality):
        sc = rng.random((n, K))
        sc[np.arange(n), lab] += rng.random(n) * quality
        return sc.round(4)
    cand = scores(0.9)
    cand[:, 3] = 0.0  # never predicted
    base = scores(1.2)
    base[rng.random(n) < 0.05, 3] = 5.0  # baseline sometimes predicts the absent class
    pa, pb = cand.argmax(axis=1), base.argmax(axis=1)
    labels = list(range(K))
    ra, rb = pa == lab, pb == lab
    table = [[int(np.sum(ra & rb)), int(np.sum(ra & ~rb))], [int(np.sum(~ra & rb)), int(np.sum(~ra & ~rb))]]
    return {
        "label": lab.tolist(), "candidate": cand.T.tolist(), "baseline": base.T.tolist(),
        "candidate_accuracy": skm.accuracy_score(lab, pa), "baseline_accuracy": skm.accuracy_score(lab, pb),
        "candidate_macro_f1": skm.f1_score(lab, pa, labels=labels, average="macro", zero_division=0),
        "baseline_macro_f1": skm.f1_score(lab, pb, labels=labels, average="macro", zero_division=0),
        # What a per-model class set (labels ∪ own predictions) gives: the defect this fixture guards against.
        "candidate_macro_f1_own_classes": skm.f1_score(lab, pa, average="macro", zero_division=0),
        "baseline_macro_f1_own_classes": skm.f1_score(lab, pb, average="macro", zero_division=0),
        "candidate_f1_per_class": skm.f1_score(lab, pa, labels=labels, average=None, zero_division=0).tolist(),
        "baseline_f1_per_class": skm.f1_score(lab, pb, labels=labels, average=None, zero_division=0).tolist(),
        "mcnemar_table": table,
        "mcnemar_p": float(mcnemar(table, exact=True).pvalue),
    }


def mcnemar_tables():
    out = []
    for b, c in [(12, 4), (4, 12), (0, 5), (7, 7), (30, 18), (140, 95), (3, 40)]:
        table = [[50, b], [c, 20]]
        out.append({"b": b, "c": c, "p": float(mcnemar(table, exact=True).pvalue)})
    return out


def main():
    rng = np.random.default_rng(18)
    refs = {"generator": "scripts/refs/make-task-refs.py",
            "versions": {"sklearn": sklearn.__version__, "statsmodels": statsmodels.__version__, "numpy": np.__version__},
            "ranking_ties": ranking_ties(rng), "multiclass": multiclass(rng), "mcnemar": mcnemar_tables()}
    OUT.write_text(json.dumps(refs, indent=None, separators=(",", ":")) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()

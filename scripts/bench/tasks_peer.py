#!/usr/bin/env python3
"""Python peer of the non-binary gates (regression, multiclass, ranking), written the way a careful data scientist
would with pandas + numpy + scikit-learn (+ statsmodels for McNemar): point values from sklearn, paired bootstrap
by index resampling in chunks (rows; queries for ranking), one slice column. Timed by scripts/bench/gate-tasks.mjs.

usage: python3 tasks_peer.py regression|multiclass|ranking DIR [--bootstrap 1000] [--seed 1] [--slices region]
DIR holds candidate.csv and baseline.csv as written by scripts/bench/gen-tasks.mjs. Prints one JSON document.
"""
import argparse, json, time
import numpy as np, pandas as pd
from sklearn import metrics as skm

CHUNK_CELLS = 20_000_000  # index matrix size per chunk, bounds memory


def boot(n, B, rng, stat):
    """Paired bootstrap replicates of stat(idx) for index matrices of shape (k, n)."""
    out, done = [], 0
    chunk = max(1, min(B, CHUNK_CELLS // max(n, 1)))
    while done < B:
        k = min(chunk, B - done)
        out.append(stat(rng.integers(0, n, size=(k, n))))
        done += k
    return np.concatenate(out)


def summary(delta, reps):
    return {"delta": float(delta), "ci": [float(np.quantile(reps, 0.025)), float(np.quantile(reps, 0.975))]}


def regression(df, idx, B, rng):
    y, a, b = df["label"].to_numpy()[idx], df["score_c"].to_numpy()[idx], df["score_b"].to_numpy()[idx]
    ea, eb = (y - a) ** 2, (y - b) ** 2
    rmse = lambda e: np.sqrt(e.mean(axis=-1))
    def r2(e, yy):
        return 1 - e.sum(axis=-1) / ((yy - yy.mean(axis=-1, keepdims=True)) ** 2).sum(axis=-1)
    out = {}
    d = np.sqrt(skm.mean_squared_error(y, a)) - np.sqrt(skm.mean_squared_error(y, b))
    out["rmse"] = summary(d, boot(len(y), B, rng, lambda I: rmse(ea[I]) - rmse(eb[I])))
    d = skm.r2_score(y, a) - skm.r2_score(y, b)
    out["r2"] = summary(d, boot(len(y), B, rng, lambda I: r2(ea[I], y[I]) - r2(eb[I], y[I])))
    return out


def macro_f1_from_conf(conf, K):
    tp = np.diagonal(conf, axis1=-2, axis2=-1)
    den = conf.sum(axis=-1) + conf.sum(axis=-2)
    f1 = np.divide(2 * tp, den, out=np.zeros(den.shape), where=den > 0)
    return f1.mean(axis=-1)


def multiclass(df, idx, B, rng, classes):
    from statsmodels.stats.contingency_tables import mcnemar
    K = len(classes)
    y = df["label"].to_numpy()[idx]
    pa = df[[c + "_c" for c in classes]].to_numpy()[idx].argmax(axis=1)
    pb = df[[c + "_b" for c in classes]].to_numpy()[idx].argmax(axis=1)
    labels = list(range(K))
    out = {}
    ra, rb = pa == y, pb == y
    table = [[int(np.sum(ra & rb)), int(np.sum(ra & ~rb))], [int(np.sum(~ra & rb)), int(np.sum(~ra & ~rb))]]
    acc = summary(ra.mean() - rb.mean(), boot(len(y), B, rng, lambda I: ra[I].mean(axis=1) - rb[I].mean(axis=1)))
    acc["mcnemar_p"] = float(mcnemar(table, exact=True).pvalue)
    out["accuracy"] = acc
    ca, cb = y * K + pa, y * K + pb
    def f1(I):
        k = I.shape[0]
        off = np.arange(k)[:, None] * K * K
        confA = np.bincount((ca[I] + off).ravel(), minlength=k * K * K).reshape(k, K, K)
        confB = np.bincount((cb[I] + off).ravel(), minlength=k * K * K).reshape(k, K, K)
        return macro_f1_from_conf(confA, K) - macro_f1_from_conf(confB, K)
    d = skm.f1_score(y, pa, labels=labels, average="macro", zero_division=0) - skm.f1_score(y, pb, labels=labels, average="macro", zero_division=0)
    out["macro-f1"] = summary(d, boot(len(y), B, rng, f1))
    return out


def per_query(df, idx, col, L):
    """(nq, L) relevance and score matrices of the queries in idx (every query has L documents)."""
    sub = df.iloc[idx].sort_values(["query"], kind="stable")
    rel = sub["label"].to_numpy().reshape(-1, L)
    return rel, sub[col].to_numpy().reshape(-1, L)


def ap_rows(rel, score):
    order = np.argsort(-score, axis=1, kind="stable")
    r = np.take_along_axis(rel, order, axis=1) > 0
    hits = np.cumsum(r, axis=1)
    prec = hits / np.arange(1, r.shape[1] + 1)
    n = r.sum(axis=1)
    return np.divide((prec * r).sum(axis=1), n, out=np.zeros(len(n)), where=n > 0)


def ndcg_rows(rel, score, k):
    gains = 2.0 ** rel - 1
    # sklearn's ndcg_score averages over queries; per-query values via _ndcg_sample_scores (ignore_ties=False).
    from sklearn.metrics._ranking import _ndcg_sample_scores
    return _ndcg_sample_scores(gains, score, k=k, ignore_ties=False)


def ranking(df, idx, B, rng, L=20):
    rel, sa = per_query(df, idx, "score_c", L)
    _, sb = per_query(df, idx, "score_b", L)
    out = {}
    for name, f in (("ndcg@10", lambda s: ndcg_rows(rel, s, 10)), ("map", lambda s: ap_rows(rel, s))):
        va, vb = f(sa), f(sb)
        dq = va - vb
        out[name] = summary(dq.mean(), boot(len(dq), B, rng, lambda I: dq[I].mean(axis=1)))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("task"); ap.add_argument("dir")
    ap.add_argument("--bootstrap", type=int, default=1000); ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--slices", default="region")
    a = ap.parse_args(); t0 = time.time()
    cand = pd.read_csv(f"{a.dir}/candidate.csv"); base = pd.read_csv(f"{a.dir}/baseline.csv")
    classes = [c for c in cand.columns if c.startswith("p_")]
    if a.task == "multiclass":
        df = cand.merge(base, on="id", suffixes=("_c", "_b"), validate="one_to_one")
    else:
        df = cand.merge(base, on="id", suffixes=("_c", "_b"), validate="one_to_one")
    t_load = time.time() - t0
    rng = np.random.default_rng(a.seed)
    run = {"regression": lambda idx: regression(df, idx, a.bootstrap, rng),
           "multiclass": lambda idx: multiclass(df, idx, a.bootstrap, rng, classes),
           "ranking": lambda idx: ranking(df, idx, a.bootstrap, rng)}[a.task]
    res = {"overall": run(np.arange(len(df)))}
    for col in [c for c in a.slices.split(",") if c]:
        for val, g in df.groupby(col):
            res[f"{col}={val}"] = run(g.index.to_numpy())
    print(json.dumps({"load_seconds": t_load, "total_seconds": time.time() - t0, "slices": res}, indent=1))


if __name__ == "__main__":
    main()

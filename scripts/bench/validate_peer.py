"""Plain-pandas peer of scripts/bench/validate.mjs: the same 12 checks on the same CSV, the way a team writes them."""
import sys
import pandas as pd

# --usecols: read only the columns the checks use (a tuned peer; the plain one reads the whole table, as teams do).
usecols = ["transaction_id", "timestamp", "amount", "merchant_category", "label", "score"] if "--usecols" in sys.argv else None
df = pd.read_csv(sys.argv[1], dtype={"transaction_id": str, "merchant_category": str}, usecols=usecols)
fails = []
checks = {
    "rows": len(df) >= 1,
    "transaction_id unique": not df["transaction_id"].duplicated().any(),
    "transaction_id nulls": df["transaction_id"].isna().sum() == 0,
    "transaction_id pattern": df["transaction_id"].str.fullmatch(r"tx-[0-9]{9}").all(),
    "amount type": pd.api.types.is_numeric_dtype(df["amount"]),
    "amount min": (df["amount"] >= 0).all(),
    "amount max": (df["amount"] <= 500).all(),
    "amount mean": 200 <= df["amount"].mean() <= 300,
    "merchant_category in": df["merchant_category"].isin(["grocery", "travel", "online", "fuel", "restaurant"]).all(),
    "label in": df["label"].isin([0, 1]).all(),
    "label share": (df["label"] == 1).mean() <= 0.1,
    "score quantile": 0.4 <= df["score"].quantile(0.5) <= 0.6,
    "timestamp type": pd.to_datetime(df["timestamp"], errors="coerce", utc=True).notna().all(),
}
fails = [k for k, ok in checks.items() if not ok]
print(f"failed checks {len(fails)}: {', '.join(fails)}")

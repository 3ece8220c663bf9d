"""A small CNN on scikit-learn's bundled handwritten digits, wired to mlci's train-on-gpu-runner.

Runs on the CPU in seconds (or on the GPU the action picked). It resumes from MLCI_RESUME_FROM, checkpoints every
epoch and when the job is cancelled (SIGINT, then SIGTERM), logs each epoch to MLCI_METRICS_LOG and writes the final
metrics to MLCI_METRICS_FILE. A run killed at any point and resumed ends with the same metrics, bit for bit.
"""
import json
import os
import signal
import sys

import torch
from sklearn.datasets import load_digits
from torch import nn

EPOCHS = int(os.environ.get("EPOCHS", "6"))
SEED, BATCH = 0, 50
ckpt_dir = os.environ.get("MLCI_CHECKPOINT_DIR", "checkpoints")
device = torch.device(os.environ.get("MLCI_DEVICE", "cpu"))
print(f"device {device}; CUDA_VISIBLE_DEVICES={os.environ.get('CUDA_VISIBLE_DEVICES')!r}; "
      f"cuda available: {torch.cuda.is_available()}", flush=True)

# Same inputs, same order of float operations: one thread and deterministic kernels make a resumed run bit-identical.
torch.manual_seed(SEED)
torch.use_deterministic_algorithms(True)
torch.set_num_threads(1)

digits = load_digits()
x = (torch.tensor(digits.images, dtype=torch.float32) / 16).unsqueeze(1).to(device)
y = torch.tensor(digits.target).to(device)
split = torch.randperm(len(x), generator=torch.Generator().manual_seed(SEED))
train, val = split[:1500], split[1500:]

model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(32 * 4 * 4, 10),
).to(device)
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
loss_fn = nn.CrossEntropyLoss()

epoch, batch = 0, 0  # where training continues: epoch, and batch within it
if os.environ.get("MLCI_RESUME_FROM"):
    state = torch.load(os.environ["MLCI_RESUME_FROM"], map_location=device)
    model.load_state_dict(state["model"])
    opt.load_state_dict(state["optimizer"])
    epoch, batch = state["epoch"], state["batch"]
    print(f"resumed from {os.environ['MLCI_RESUME_FROM']} at epoch {epoch}, batch {batch}", flush=True)

stopped_by = None


def on_signal(signum, _frame):
    # Only note it: the loop saves at the next batch boundary. Without a SIGINT handler Python raises
    # KeyboardInterrupt on the runner's first signal and dies before it can save.
    global stopped_by
    stopped_by = signum


signal.signal(signal.SIGINT, on_signal)
signal.signal(signal.SIGTERM, on_signal)


def save(name):
    os.makedirs(ckpt_dir, exist_ok=True)
    path = os.path.join(ckpt_dir, name)
    state = {"model": model.state_dict(), "optimizer": opt.state_dict(), "epoch": epoch, "batch": batch}
    torch.save(state, path + ".tmp")
    os.replace(path + ".tmp", path)  # a kill mid-save never leaves a half-written file under a checkpoint name
    return path


def evaluate(idx):
    with torch.no_grad():
        out = model(x[idx])
        return loss_fn(out, y[idx]).item(), (out.argmax(1) == y[idx]).double().mean().item()


def log(record):
    path = os.environ.get("MLCI_METRICS_LOG")
    if path:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "a") as f:
            f.write(json.dumps(record) + "\n")


while epoch < EPOCHS:
    # The order of an epoch depends on the epoch alone, so a run resumed mid-epoch sees the same batches.
    order = train[torch.randperm(len(train), generator=torch.Generator().manual_seed(SEED + 1 + epoch))]
    batches = [order[i:i + BATCH] for i in range(0, len(order), BATCH)]
    while batch < len(batches):
        if stopped_by is not None:
            path = save(f"epoch-{epoch:04d}-batch-{batch:04d}.pt")
            print(f"got signal {stopped_by}: saved {path}", flush=True)
            sys.exit(128 + stopped_by)
        opt.zero_grad()
        loss_fn(model(x[batches[batch]]), y[batches[batch]]).backward()
        opt.step()
        batch += 1
    epoch, batch = epoch + 1, 0
    path = save(f"epoch-{epoch:04d}.pt")
    val_loss, accuracy = evaluate(val)
    # A sidecar written after the checkpoint: never taken for one (checkpoint-pattern matches *.pt, not *.json).
    with open(path[:-3] + ".json", "w") as f:
        json.dump({"epoch": epoch, "val_loss": val_loss}, f)
    log({"epoch": epoch, "val_loss": val_loss, "accuracy": accuracy})
    print(f"epoch {epoch}/{EPOCHS}: val_loss {val_loss:.4f}, accuracy {accuracy:.4f}", flush=True)

train_loss, _ = evaluate(train)
val_loss, accuracy = evaluate(val)
with open(os.environ.get("MLCI_METRICS_FILE", "metrics.json"), "w") as f:
    json.dump({"accuracy": accuracy, "val_loss": val_loss, "train_loss": train_loss}, f)
if os.environ.get("MLCI_MODEL_PATH"):
    os.makedirs(os.path.dirname(os.environ["MLCI_MODEL_PATH"]) or ".", exist_ok=True)
    torch.save(model.state_dict(), os.environ["MLCI_MODEL_PATH"])

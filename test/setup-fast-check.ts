// Property tests run from a fixed seed, so `npm test` (and CI) gives the same answer on every run. To explore new
// cases, run with FC_SEED=random (fast-check prints the seed and path of any counterexample) or FC_SEED=<number>.
import fc from 'fast-check';

const chosen = process.env.FC_SEED;
if (chosen !== 'random') fc.configureGlobal({ seed: chosen ? Number(chosen) : 20261127 });

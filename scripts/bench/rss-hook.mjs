// Loaded with `node --import` by the benchmarks: records the process's peak RSS (KiB) when it exits.
import { writeFileSync } from 'node:fs';
const file = process.env.MLCI_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));

import { UserError } from '../errors.js';

/**
 * The training runs in its own process group (spawned `detached`, so setsid) and a timeout or a cancelled job
 * signals the whole group (`kill(-pgid)`), which stops every process the training started. Windows has no
 * process groups in that sense (Node's `process.kill` with a negative pid is POSIX only), so the action refuses
 * to start there instead of failing half-way or leaving GPU processes behind.
 */
export function assertTrainingSupported(os: NodeJS.Platform): void {
  if (os !== 'win32') return;
  throw new UserError(
    'train-on-gpu-runner runs on Linux and macOS runners only: it stops a timed-out or cancelled training by signalling '
    + "its POSIX process group, which Windows does not have (this runner's process.platform is 'win32'). "
    + 'Run this job on a Linux runner (runs-on: ubuntu-24.04, or a self-hosted Linux GPU runner).',
  );
}

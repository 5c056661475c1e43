/**
 * Child process of the log benchmark: times the CLI's `log verify` and `log report` on one export
 * in a fresh Node process (a clean heap, like a user's run), without tsx's start-up. Prints JSON.
 */
import { runLog } from '../../lib/cli/log';

const [file, runs = '3'] = process.argv.slice(2);
const times: Record<string, number[]> = { verify: [], report: [] };
for (const command of ['verify', 'report'] as const) {
  for (let i = 0; i < Number(runs); i++) {
    const start = performance.now();
    const { code } = await runLog([command, file], 'zh', '2026-11-26');
    times[command].push(performance.now() - start);
    if (code !== 0) throw new Error(`log ${command} failed on ${file}`);
  }
}
process.stdout.write(JSON.stringify(times));

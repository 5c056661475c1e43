/**
 * Child process of the log benchmark: times one run of the CLI's `log verify` or `log report` on
 * one export, in a fresh Node process (a clean heap and a cold JIT, like a user's run) and without
 * tsx's start-up. Prints the milliseconds.
 */
import { runLog } from '../../lib/cli/log';

const [command, file] = process.argv.slice(2);
if (command !== 'verify' && command !== 'report') throw new Error(`usage: log-cli.ts verify|report FILE`);
const start = performance.now();
const { code } = await runLog([command, file], 'zh', '2026-11-26');
const elapsed = performance.now() - start;
if (code !== 0) throw new Error(`log ${command} failed on ${file}`);
process.stdout.write(String(elapsed));

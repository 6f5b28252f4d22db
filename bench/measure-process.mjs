// @ts-check
/**
 * Runs a command and measures its wall time and peak memory. Memory is taken two ways and
 * the larger wins: GNU `time -v` (when /usr/bin/time is there) catches a short spike of the
 * largest single process; sampling /proc every 100 ms catches processes running side by
 * side (the build's node and Pagefind's binary), summed over the whole process tree.
 * CPU time (user + system, from `time -v`) is reported too: on a shared machine it says
 * more about the build than wall time does.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpuSecondsFromTimeReport, maxRssFromTimeReport } from './stats.mjs';

const gnuTime = '/usr/bin/time';
const hasGnuTime =
  existsSync(gnuTime) &&
  (() => {
    try {
      execFileSync(gnuTime, ['-v', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false; // BusyBox time has no -v
    }
  })();
const pageSize = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
  } catch {
    return 4096;
  }
})();

/** Resident bytes of `root` and all its descendants, from /proc (0 where /proc is absent). */
function treeRss(/** @type {number} */ root) {
  if (!existsSync('/proc')) return 0;
  /** @type {Map<number, number[]>} */
  const children = new Map();
  /** @type {Map<number, number>} */
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid … rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * pageSize);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = /** @type {number} */ (queue.pop());
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ seconds: number, cpuSeconds: number | undefined, peakBytes: number, status: number | null, output: string }>}
 */
export function runMeasured(command, args, { cwd, env }) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = hasGnuTime
      ? spawn(gnuTime, ['-v', command, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let sampled = 0;
    const sampler = setInterval(() => {
      if (child.pid) sampled = Math.max(sampled, treeRss(child.pid));
    }, 100);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      resolvePromise({
        seconds,
        cpuSeconds: cpuSecondsFromTimeReport(output),
        peakBytes: Math.max(sampled, maxRssFromTimeReport(output) ?? 0),
        status,
        output,
      });
    });
  });
}

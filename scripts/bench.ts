/**
 * `npm run bench`: runs every scripts/bench/*.bench.ts and prints its figures.
 * Benchmarks print numbers; no test asserts a time.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

async function main(): Promise<void> {
  const dir = path.join(__dirname, 'bench');
  const only = process.argv[2];
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  console.log(`node ${process.version}, ${os.cpus().length} cores`);
  for (const f of files) {
    const mod = (await import(path.join(dir, f))) as { run: () => Promise<void> | void };
    console.log(`\n# ${f}`);
    await mod.run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

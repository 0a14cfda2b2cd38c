/**
 * A parent of a policy pack process, for tests/tools/child-cleanup.test.ts: starts the pack in
 * the directory given, prints `{"pid": <pack pid>}` once the pack listens, then either waits
 * (mode `wait`, until signalled) or exits at once without stopping the pack (mode `exit`).
 *
 *   node -r ts-node/register/transpile-only pack-holder.ts <pack-dir> wait|exit
 */
import { PolicyPackProcess } from "../../../tools/analyzer/policy-pack-process";

async function main(): Promise<void> {
    const [packDir, mode = "wait"] = process.argv.slice(2);
    const pack = await PolicyPackProcess.start(packDir);
    process.stdout.write(`${JSON.stringify({ pid: pack.pid })}\n`);
    if (mode === "exit") process.exit(0);
    setInterval(() => {}, 1 << 30);
}

main().catch((error) => {
    console.error(error);
    process.exit(3);
});

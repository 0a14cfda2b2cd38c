/**
 * Work that every mocha worker of a parallel run would otherwise repeat (a preview of the
 * platform: seconds of CPU each), done once per run. `.mocharc.js` gives the run a folder
 * (TEST_RUN_SHARED_DIR); the first worker to ask for a key takes its lock, computes, and leaves
 * the JSON result there; the others wait for the file. Without the folder (one file run from
 * its source) the work is done here, as before.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

/** The environment variable naming the run's shared folder. */
export const SHARED_DIR_VARIABLE = "TEST_RUN_SHARED_DIR";

const POLL_MS = 50;

function alive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === "EPERM";
    }
}

function readIfThere<T>(file: string): { value: T } | undefined {
    try {
        return { value: JSON.parse(fs.readFileSync(file, "utf8")) as T };
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
    }
}

/**
 * `compute()`'s result for `key`, computed once in the whole run (once in this process when the
 * run has no shared folder). The result must survive JSON. A worker that died holding the lock
 * (its pid is gone and it left no result) hands the work to the next asker.
 */
export async function oncePerRun<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const dir = process.env[SHARED_DIR_VARIABLE];
    if (!dir || !fs.existsSync(dir)) return compute();
    const file = path.join(dir, `${createHash("sha256").update(key).digest("hex").slice(0, 32)}.json`);
    const lock = `${file}.lock`;
    for (;;) {
        const done = readIfThere<T>(file);
        if (done) return done.value;
        try {
            fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
            const owner = Number(fs.readFileSync(lock, "utf8"));
            // An empty lock is one being written this instant; a dead owner's is taken over.
            if (owner > 0 && !alive(owner) && !fs.existsSync(file)) fs.rmSync(lock, { force: true });
            else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
            continue;
        }
        try {
            const value = await compute();
            // Written whole, then renamed: a waiting worker never reads half a file.
            fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify(value));
            fs.renameSync(`${file}.${process.pid}`, file);
            return value;
        } catch (error) {
            fs.rmSync(lock, { force: true });
            throw error;
        }
    }
}

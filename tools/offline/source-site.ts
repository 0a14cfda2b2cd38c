/**
 * Where in the user's program a resource was declared, or an error thrown: the first frame of
 * a stack trace that is the program's own code, not Pulumi's SDK or another package
 * (node_modules) and not this library's components (the component's own `new aws.…` line
 * says nothing about which component of the program it is).
 */
import * as fs from "fs";
import * as path from "path";
import { fileURLToPath } from "url";

export interface SourceSite {
    /** Absolute path. */
    readonly file: string;
    readonly line: number;
    readonly column: number;
}

function packageRootAbove(dir: string): string | undefined {
    for (let at = dir; ; at = path.dirname(at)) {
        if (fs.existsSync(path.join(at, "components", "index.ts")) || fs.existsSync(path.join(at, "dist", "components", "index.js")))
            return at;
        if (path.dirname(at) === at) return undefined;
    }
}

const PACKAGE_ROOT = packageRootAbove(__dirname);
/** This library's component folders, as sources and compiled. */
const LIBRARY_DIRS = PACKAGE_ROOT ? [path.join(PACKAGE_ROOT, "components"), path.join(PACKAGE_ROOT, "dist", "components")] : [];

const inside = (file: string, dir: string) => {
    const relative = path.relative(dir, file);
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
};

/** Whether a frame's file is the program's own code, under one of `programDirs`. */
function isProgramFile(file: string, programDirs: readonly string[]): boolean {
    return (
        programDirs.some((dir) => inside(file, dir)) &&
        !file.split(path.sep).includes("node_modules") &&
        !LIBRARY_DIRS.some((dir) => inside(file, dir))
    );
}

/**
 * The first frame of `frames` in the program's own code: under its project folder or the folder
 * of its main file (which Pulumi.yaml may put elsewhere). Frames' files may be file:// URLs.
 */
export function programSite(
    frames: readonly { file: string; line: number; column: number }[],
    programDirs: readonly string[],
): SourceSite | undefined {
    for (const frame of frames) {
        const file = frame.file.startsWith("file:") ? fileURLToPath(frame.file) : frame.file;
        if (path.isAbsolute(file) && isProgramFile(file, programDirs)) return { file, line: frame.line, column: frame.column };
    }
    return undefined;
}

const FRAME = /^\s*at (?:.* \()?(?<file>(?:file:\/\/)?\/[^()]*?):(?<line>\d+):(?<column>\d+)\)?$/;

/** The program's own frame in an error's stack trace. */
export function errorSite(error: unknown, programDirs: readonly string[]): SourceSite | undefined {
    const stack = error instanceof Error && typeof error.stack === "string" ? error.stack : "";
    const frames = stack
        .split("\n")
        .slice(1)
        .flatMap((line) => {
            const match = FRAME.exec(line);
            return match?.groups ? [{ file: match.groups.file, line: Number(match.groups.line), column: Number(match.groups.column) }] : [];
        });
    return programSite(frames, programDirs);
}

/** `file:line:column`, the file relative to `base` when it is inside it. */
export function formatSite(site: SourceSite, base: string = process.cwd()): string {
    return `${displayPath(site.file, base)}:${site.line}:${site.column}`;
}

/** A path relative to `base` (with /) when inside it, else as it is. */
export function displayPath(file: string, base: string = process.cwd()): string {
    return inside(file, base) ? path.relative(base, file).split(path.sep).join("/") : file;
}

/**
 * Benchmark: the whole pack over a 10,000-resource stack, in-process (what AnalyzeStack runs
 * once per preview). Target: well under a second, as the stack policies index once by URN
 * and type. Prints the timings and exits 1 when the median misses the target.
 */
import { performance } from "perf_hooks";
import { allPolicies } from "../policypack/policies";
import { compliantStack } from "../tests/policypack/fixtures/compliant-stack";
import { analyze, ResourceSpec } from "../tests/policypack/support/harness";

const TARGET_MS = 1000;
const RESOURCES = 10_000;

/** Copies of the compliant fixture with distinct names, at least `count` resources. */
function largeStack(count: number): ResourceSpec[] {
    const base = compliantStack();
    const specs: ResourceSpec[] = [];
    for (let copy = 0; specs.length < count; copy++) {
        const rename = (name: string) => `${name}-${copy}`;
        // Distinct bucket and table names and key ids per copy, as in one real stack.
        const text = JSON.stringify(base).replace(/(labels|legacy|inline|logs|orders)-abc/g, `$1-abc-${copy}`).replace(/1234abcd-12ab-34cd-56ef-1234567890ab/g, `1234abcd-12ab-34cd-56ef-${String(copy).padStart(12, "0")}`)
            .replace(/\b(purge-schedule|orders-purge)\b/g, `$1-${copy}`);
        for (const spec of JSON.parse(text) as ResourceSpec[]) {
            // One stack has one default provider, which manages every copy.
            if (spec.type === "pulumi:providers:aws") {
                if (copy === 0) specs.push(spec);
                continue;
            }
            specs.push({
                ...spec,
                name: rename(spec.name),
                propertyDependencies: Object.fromEntries(Object.entries(spec.propertyDependencies ?? {}).map(([k, names]) => [k, names.map(rename)])),
            });
        }
    }
    return specs; // whole copies, so the stack stays compliant
}

const stack = largeStack(RESOURCES);
const runs: number[] = [];
let violations = 0;
for (let i = 0; i < 7; i++) {
    const start = performance.now();
    violations = analyze(allPolicies, stack).length;
    runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)];
console.log(`policy pack, ${allPolicies.length} policies over ${stack.length} resources: median ${median.toFixed(0)} ms (min ${runs[0].toFixed(0)}, max ${runs[runs.length - 1].toFixed(0)}), ${violations} violations; target < ${TARGET_MS} ms`);
if (median >= TARGET_MS) process.exit(1);

/**
 * `dpcheck resources`: what a program declares, as a tree of its resources (parents first) and
 * each data store's key controls, from the program host's output (collect-preview.ts).
 */
import { describeTags } from "../offline/key-controls";
import { RecordedResource } from "../offline/mock-runtime";
import type { ProgramRun } from "./collect-preview";

/** The resource tree, one line per resource, children under their parent. */
function treeLines(resources: readonly RecordedResource[]): string[] {
    const children = new Map<string | undefined, RecordedResource[]>();
    const urns = new Set(resources.map((r) => r.urn));
    for (const resource of resources) {
        const parent = resource.parent && urns.has(resource.parent) ? resource.parent : undefined;
        children.set(parent, [...(children.get(parent) ?? []), resource]);
    }
    const lines: string[] = [];
    const walk = (parent: string | undefined, indent: string) => {
        const list = children.get(parent) ?? [];
        list.forEach((resource, i) => {
            const last = i === list.length - 1;
            lines.push(`${indent}${last ? "└─" : "├─"} ${resource.name}  (${resource.type})`);
            walk(resource.urn, indent + (last ? "   " : "│  "));
        });
    };
    walk(undefined, "");
    return lines;
}

/**
 * The text of `dpcheck resources`: the program's own resources (not the default provider the
 * engine would add) and each store's classification and key controls.
 */
export function renderResources(run: ProgramRun): string {
    const own = run.resources.filter(
        (r) => !(r.type === "pulumi:providers:aws" && r.parent === undefined && /^default_\d+_\d+_\d+/.test(r.name)),
    );
    const lines = [
        `Offline preview of ${run.project}/${run.stack}: ${own.length} resources (Pulumi mocks; nothing is deployed)`,
        "",
        ...treeLines(own),
        "",
        "Data stores and their key controls:",
    ];
    for (const store of run.stores) {
        lines.push(
            "",
            `  ${store.name}  (${store.type})`,
            `    ${describeTags(store.tags)}`,
            ...store.controls.map((control) => `    - ${control}`),
        );
    }
    return `${lines.join("\n")}\n`;
}

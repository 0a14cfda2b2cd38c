/**
 * The library documents what it exposes: every argument of a component's `…Args` and every
 * public output of a component class carries a doc comment (read with the TypeScript compiler,
 * as an editor shows them).
 */
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { ROOT } from "../support/paths";

function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? sources(full) : entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
    });
}

/**
 * `Component.member` for each public property of a component class, and `Args.member` for each member of an `…Args`
 * interface, without a doc comment.
 */
function undocumented(): { checked: number; missing: string[] } {
    let checked = 0;
    const missing: string[] = [];
    for (const file of sources(path.join(ROOT, "components"))) {
        const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
        const check = (owner: string, member: ts.Node & { name?: ts.PropertyName }) => {
            checked += 1;
            if (ts.getJSDocCommentsAndTags(member).length === 0)
                missing.push(`${path.relative(ROOT, file)}: ${owner}.${member.name?.getText(source)}`);
        };
        source.forEachChild((node) => {
            if (ts.isClassDeclaration(node) && node.heritageClauses?.some((h) => h.getText(source).includes("ComponentResource"))) {
                for (const member of node.members) {
                    const isPrivate =
                        ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
                    if (ts.isPropertyDeclaration(member) && !isPrivate) check(node.name!.text, member);
                }
            }
            if (ts.isInterfaceDeclaration(node) && node.name.text.endsWith("Args")) {
                for (const member of node.members) if (ts.isPropertySignature(member)) check(node.name.text, member);
            }
        });
    }
    return { checked, missing };
}

describe("the library documents its arguments and outputs", () => {
    it("every argument of a component and every public output has a doc comment", () => {
        const { checked, missing } = undocumented();
        expect(checked, "members read").to.be.greaterThan(100);
        expect(missing).to.deep.equal([]);
    });
});

import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { END, START, catalogueTable } from "../../../tools/catalogue/table";
import { ROOT } from "../../support/paths";

describe("the catalogue table in policypack/README.md", () => {
    it("is the one the entries render (run `npm run catalogue:readme` after changing an entry)", () => {
        const readme = fs.readFileSync(path.join(ROOT, "policypack/README.md"), "utf8");
        const generated = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
        expect(generated).to.equal(catalogueTable().trim());
    });

    it("has a row for every entry", () => {
        const table = catalogueTable();
        expect(table).to.include("| `aws:efs/fileSystem:FileSystem` | files | own tags (required) |");
        expect(table).to.include("AWS keeps automatic backups (35 days in the automatic backup vault) 35 days");
    });
});

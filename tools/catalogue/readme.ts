/** `npm run catalogue:readme`: writes the catalogue table into policypack/README.md. */
import * as fs from "fs";
import * as path from "path";
import { withCatalogueTable } from "./table";

const file = path.resolve(__dirname, "../../policypack/README.md");
fs.writeFileSync(file, withCatalogueTable(fs.readFileSync(file, "utf8")));
console.log(`wrote the catalogue table into ${path.relative(process.cwd(), file)}`);

import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readStackSettings, StackSettingsError } from "../../tools/offline/stack-config";

describe("offline stack settings (Pulumi.yaml + Pulumi.<stack>.yaml)", () => {
    let dir: string;
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "settings-"));
        fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: demo\nruntime: nodejs\n");
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("qualifies bare keys with the project, keeps namespaced ones, and writes structured values as JSON", () => {
        fs.writeFileSync(
            path.join(dir, "Pulumi.dev.yaml"),
            "config:\n  aws:region: eu-west-1\n  owner: team\n  demo:database:\n    multiAz: true\n    size: 20\n",
        );
        const settings = readStackSettings(dir, "dev");
        expect(settings.project).to.equal("demo");
        expect(settings.main).to.equal(path.join(dir, "index.ts"));
        expect(settings.config).to.deep.equal({
            "aws:region": "eu-west-1",
            "demo:owner": "team",
            "demo:database": `{"multiAz":true,"size":20}`,
        });
    });

    it("never decrypts secrets, at the top level or inside structured values", () => {
        fs.writeFileSync(
            path.join(dir, "Pulumi.dev.yaml"),
            "config:\n  demo:token:\n    secure: AAABAKx0\n  demo:provider:\n    url: https://x\n    apiKey:\n      secure: AAABAQ\n",
        );
        expect(readStackSettings(dir, "dev").config).to.deep.equal({
            "demo:token": "[secret]",
            "demo:provider": `{"url":"https://x","apiKey":"[secret]"}`,
        });
    });

    it("names an unknown stack and the stacks that exist", () => {
        fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), "config: {}\n");
        expect(() => readStackSettings(dir, "qa")).to.throw(
            StackSettingsError,
            /unknown stack "qa": no .*Pulumi\.qa\.yaml \(stacks here: dev\)/,
        );
    });

    it("reports invalid YAML", () => {
        fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), "config: [unclosed\n");
        expect(() => readStackSettings(dir, "dev")).to.throw(StackSettingsError, /Pulumi\.dev\.yaml is not valid YAML/);
    });
});

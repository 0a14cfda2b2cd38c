/** The argument rules every component shares (components/validation.ts): their wording. */
import { expect } from "chai";
import { ArgumentChecker, ComponentArgumentError, ValidationError, rules } from "../../components/validation";
import { ConfigError } from "../../platform/config";

const check = new ArgumentChecker(`Example "x"`);
function messageOf(run: () => unknown): string {
    try {
        run();
    } catch (error) {
        expect(error).to.be.instanceOf(ComponentArgumentError);
        return (error as Error).message;
    }
    throw new Error("no error was thrown");
}

describe("component argument rules: wording", () => {
    it("words a range of one value as that value", () => {
        expect(messageOf(() => check.wholeNumber("retentionDays", 5, 3, 3))).to.equal(
            `Example "x": argument "retentionDays" must be 3; got 5`,
        );
        expect(messageOf(() => check.wholeNumber("retentionDays", 5, 1, 3))).to.equal(
            `Example "x": argument "retentionDays" must be a whole number from 1 to 3; got 5`,
        );
        expect(messageOf(() => check.wholeNumber("retentionDays", 0, 1))).to.equal(
            `Example "x": argument "retentionDays" must be a whole number >= 1; got 0`,
        );
    });

    it("tells a date that is not in the calendar from one not written YYYY-MM-DD", () => {
        expect(check.isoDate("reviewBy", "2028-02-29")).to.equal("2028-02-29");
        expect(messageOf(() => check.isoDate("reviewBy", "2027-02-30"))).to.equal(
            `Example "x": argument "reviewBy" is written YYYY-MM-DD but is not a date in the calendar; got "2027-02-30"`,
        );
        expect(messageOf(() => check.isoDate("reviewBy", "2027-2-3"))).to.equal(
            `Example "x": argument "reviewBy" must be a date written YYYY-MM-DD; got "2027-2-3"`,
        );
        expect(messageOf(() => check.isoDate("reviewBy", 20270203))).to.equal(
            `Example "x": argument "reviewBy" must be a date written YYYY-MM-DD; got 20270203`,
        );
    });
});

describe("one validation module for the components and the platform's settings", () => {
    it("raises one error type, which names what was checked, the rule and the value", () => {
        const argument = new ComponentArgumentError(`PiiTable "orders"`, "hashKey", "must be a non-empty string", "");
        const setting = new ConfigError("project:owner", "must name the team that owns the platform", "");
        for (const error of [argument, setting]) expect(error).to.be.instanceOf(ValidationError);
        expect(argument).to.deep.include({
            subject: `PiiTable "orders": argument "hashKey"`,
            rule: "must be a non-empty string",
            value: "",
        });
        expect(setting).to.deep.include({
            subject: `config "project:owner"`,
            rule: "must name the team that owns the platform",
            value: "",
        });
        expect(setting.message).to.equal(`config "project:owner" must name the team that owns the platform; got ""`);
    });

    it("words each rule once: whole numbers, flags, choices, e-mail addresses, account ids, dates", () => {
        expect(rules.wholeNumber(3, 3, 3)).to.equal(undefined);
        expect(rules.wholeNumber(5, 3, 3)).to.equal("must be 3");
        expect(rules.wholeNumber(1.5, 1, 30)).to.equal("must be a whole number from 1 to 30");
        expect(rules.wholeNumber("7", 1)).to.equal("must be a whole number >= 1");
        expect(rules.boolean("yes")).to.equal("must be true or false");
        expect(rules.oneOf(10, [7, 14])).to.equal("must be one of 7, 14");
        expect(rules.email("oncall@example.com")).to.equal(undefined);
        expect(rules.email("oncall")).to.equal("must be an e-mail address");
        expect(rules.accountId("210987654321")).to.equal(undefined);
        expect(rules.accountId(210987654321)).to.equal("must be a 12-digit AWS account id");
        expect(rules.isoDate("2027-02-30")).to.equal("is written YYYY-MM-DD but is not a date in the calendar");
    });

    it("checks lists of e-mail addresses and account ids by entry, naming the index", () => {
        expect(messageOf(() => check.emails("alarmEmails", ["a@b.co", "nope"]))).to.equal(
            `Example "x": argument "alarmEmails[1]" must be an e-mail address; got "nope"`,
        );
        expect(messageOf(() => check.accountIds("readers", ["123"]))).to.equal(
            `Example "x": argument "readers[0]" must be a 12-digit AWS account id; got "123"`,
        );
        expect(check.accountIds("readers", ["210987654321", "210987654321"])).to.deep.equal(["210987654321"]);
    });
});

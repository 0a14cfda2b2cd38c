/** The argument rules every component shares (components/validation.ts): their wording. */
import { expect } from "chai";
import { ArgumentChecker, ComponentArgumentError } from "../../components/validation";

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
        expect(messageOf(() => check.wholeNumber("retentionDays", 5, 3, 3))).to.equal(`Example "x": argument "retentionDays" must be 3; got 5`);
        expect(messageOf(() => check.wholeNumber("retentionDays", 5, 1, 3))).to.equal(`Example "x": argument "retentionDays" must be a whole number from 1 to 3; got 5`);
        expect(messageOf(() => check.wholeNumber("retentionDays", 0, 1))).to.equal(`Example "x": argument "retentionDays" must be a whole number >= 1; got 0`);
    });

    it("tells a date that is not in the calendar from one not written YYYY-MM-DD", () => {
        expect(check.isoDate("reviewBy", "2028-02-29")).to.equal("2028-02-29");
        expect(messageOf(() => check.isoDate("reviewBy", "2027-02-30"))).to.equal(`Example "x": argument "reviewBy" is written YYYY-MM-DD but is not a date in the calendar; got "2027-02-30"`);
        expect(messageOf(() => check.isoDate("reviewBy", "2027-2-3"))).to.equal(`Example "x": argument "reviewBy" must be a date written YYYY-MM-DD; got "2027-2-3"`);
        expect(messageOf(() => check.isoDate("reviewBy", 20270203))).to.equal(`Example "x": argument "reviewBy" must be a date written YYYY-MM-DD; got 20270203`);
    });
});

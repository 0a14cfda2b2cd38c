import { expect } from "chai";
import { allPolicies } from "../../../policypack/policies";
import { exemptionTagListActive } from "../../../policypack/policies/exemption/tag/exemption-tag-list-active";
import { exemptionTagRequireValid } from "../../../policypack/policies/exemption/tag/exemption-tag-require-valid";
import { s3BucketRequireAccessLogging } from "../../../policypack/policies/s3/bucket/s3-bucket-require-access-logging";
import { compliantStack } from "../fixtures/compliant-stack";
import { describePolicy } from "../support/cases";
import { analyze, urnOf, withChange, without } from "../support/harness";

const BUCKET = "aws:s3/bucket:Bucket";
const exempt =
    (value: string, policy = "s3-bucket-require-access-logging") =>
    () =>
        withChange(without(compliantStack(), "labels-logging"), "labels", (s) => {
            s.props.tags[`dp-exemption:${policy}`] = value;
        });

describe("exemptions", () => {
    it("a valid exemption suppresses that policy's violation on that resource only", () => {
        const violations = analyze([s3BucketRequireAccessLogging], exempt("approver=dpo@example.com expires=2999-12-31")());
        expect(violations).to.deep.equal([]);
        const other = analyze(
            [s3BucketRequireAccessLogging],
            withChange(exempt("approver=dpo@example.com expires=2999-12-31")(), "legacy-logging", (s) => {
                s.props.targetBucket = "x";
            }),
        );
        expect(other).to.deep.equal([]);
        const withoutExemption = analyze([s3BucketRequireAccessLogging], without(compliantStack(), "labels-logging"));
        expect(withoutExemption.map((v) => v.urn)).to.deep.equal([urnOf({ type: BUCKET, name: "labels" })]);
    });

    it("an exemption for one policy leaves the others' violations", () => {
        const stack = withChange(exempt("approver=dpo@example.com expires=2999-12-31")(), "labels-pab", (s) => {
            s.props.blockPublicAcls = false;
        });
        expect(
            analyze(
                allPolicies.filter((p) => p.enforcementLevel === "mandatory"),
                stack,
            ).map((v) => v.policy),
        ).to.deep.equal(["datastore-access-block-public"]);
    });

    it("an expired exemption suppresses nothing", () => {
        expect(analyze([s3BucketRequireAccessLogging], exempt("approver=dpo@example.com expires=2001-01-01")())).to.have.length(1);
    });

    describePolicy(exemptionTagRequireValid, [
        {
            title: "an expired exemption",
            stack: exempt("approver=dpo@example.com expires=2001-01-01"),
            at: [BUCKET, "labels"],
            message: /exemption tag "dp-exemption:s3-bucket-require-access-logging" expired on 2001-01-01/,
        },
        {
            title: "no approver",
            stack: exempt("expires=2999-12-31"),
            at: [BUCKET, "labels"],
            message: /needs approver=<e-mail or user name>/,
        },
        {
            title: "a date that does not exist",
            stack: exempt("approver=dpo expires=2999-02-30"),
            at: [BUCKET, "labels"],
            message: /needs expires=YYYY-MM-DD/,
        },
        {
            title: "an unknown policy",
            stack: exempt("approver=dpo expires=2999-12-31", "s3-bucket-be-nice"),
            at: [BUCKET, "labels"],
            message: /names no policy of this pack \("s3-bucket-be-nice"\)/,
        },
    ]);

    describePolicy(exemptionTagListActive, [
        {
            title: "lists a valid exemption with approver and expiry",
            stack: exempt("approver=dpo@example.com expires=2999-12-31"),
            at: [BUCKET, "labels"],
            message:
                /^labels \(aws:s3\/bucket:Bucket\): exempt from s3-bucket-require-access-logging, approved by dpo@example.com until 2999-12-31$/,
        },
    ]);

    it("the listing is advisory and the validity check mandatory, and neither can be exempted", () => {
        expect(exemptionTagListActive.enforcementLevel).to.equal("advisory");
        expect(exemptionTagRequireValid.enforcementLevel).to.equal("mandatory");
        const stack = withChange(exempt("approver=dpo expires=2001-01-01")(), "labels", (s) => {
            s.props.tags["dp-exemption:exemption-tag-require-valid"] = "approver=dpo expires=2999-12-31";
        });
        expect(analyze([exemptionTagRequireValid], stack)).to.have.length(1);
    });
});

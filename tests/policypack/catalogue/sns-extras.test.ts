import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const SMS = "aws:sns/smsPreferences:SmsPreferences";

const sms = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: SMS,
            name: "sms",
            props: { defaultSmsType: "Transactional", monthlySpendLimit: 10, usageReportS3Bucket: "labels-abc" },
            propertyDependencies: { usageReportS3Bucket: ["labels"] },
        },
    ]);

describe("catalogue: SNS extras", () => {
    describeEntry(
        "sns SMS preferences",
        sms,
        [
            {
                title: "usage reports to a bucket outside the stack",
                change: (stack) => {
                    props("sms", (p) => {
                        p.usageReportS3Bucket = "reports-elsewhere";
                    })(stack);
                    stack.find((s) => s.name === "sms")!.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [SMS, "sms"],
                message: /writes SMS usage reports to reports-elsewhere, which is not a resource of this stack.*phone number/,
            },
            {
                title: "usage reports (phone numbers) into the confidential log bucket",
                change: (stack) => {
                    props("sms", (p) => {
                        p.usageReportS3Bucket = "logs-abc";
                    })(stack);
                    stack.find((s) => s.name === "sms")!.propertyDependencies = { usageReportS3Bucket: ["logs"] };
                },
                policy: datastoreTagsRequireClassification,
                at: ["aws:s3/bucket:Bucket", "logs"],
                message: /is classified confidential but holds pii data as a copy of sms/,
            },
        ],
        [
            {
                title: "no usage reports",
                change: props("sms", (p) => {
                    delete p.usageReportS3Bucket;
                }),
            },
        ],
    );
});

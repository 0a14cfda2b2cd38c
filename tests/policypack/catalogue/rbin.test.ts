import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const RULE = "aws:rbin/rule:Rule";

/** A PII volume, a confidential one, and a tag-level rule keeping deleted snapshots of confidential volumes for a week. */
const rbin = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:ebs/volume:Volume",
            name: "disk",
            props: { availabilityZone: "eu-west-1a", size: 10, encrypted: true, kmsKeyId: KEY_ARN, tags: PII_TAGS },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: "aws:ebs/volume:Volume",
            name: "archive-disk",
            props: {
                availabilityZone: "eu-west-1a",
                size: 10,
                encrypted: true,
                kmsKeyId: KEY_ARN,
                tags: { ...CONFIDENTIAL_TAGS, "retention-days": "30", bin: "keep" },
            },
            propertyDependencies: { kmsKeyId: ["data-key"] },
        },
        {
            type: RULE,
            name: "bin",
            props: {
                resourceType: "EBS_SNAPSHOT",
                resourceTags: [{ resourceTagKey: "bin", resourceTagValue: "keep" }],
                retentionPeriod: { retentionPeriodValue: 7, retentionPeriodUnit: "DAYS" },
            },
        },
    ]);

describe("catalogue: Recycle Bin", () => {
    describeEntry(
        "aws:rbin/rule:Rule",
        rbin,
        [
            {
                title: "a region-level rule keeps deleted snapshots of PII volumes a week",
                change: props("bin", (p) => {
                    delete p.resourceTags;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [RULE, "bin"],
                message: /keeps deleted snapshots or images in the Recycle Bin 7 days, more than the 3-day retention of personal data/,
            },
            {
                title: "a tag-level rule matching a PII volume",
                change: props("disk", (p) => {
                    p.tags = { ...PII_TAGS, bin: "keep" };
                }),
                policy: datastoreRetentionLimitCopies,
                at: [RULE, "bin"],
                message: /keeps deleted snapshots or images in the Recycle Bin 7 days/,
            },
        ],
        [
            {
                title: "a region-level rule that excludes the PII volume",
                change: props("bin", (p) => {
                    delete p.resourceTags;
                    p.excludeResourceTags = [{ resourceTagKey: "data-classification", resourceTagValue: "pii" }];
                }),
            },
            {
                title: "a region-level rule of a day",
                change: props("bin", (p) => {
                    delete p.resourceTags;
                    p.retentionPeriod.retentionPeriodValue = 1;
                }),
            },
            {
                title: "a rule for images, with no image or instance in the stack",
                change: props("bin", (p) => {
                    delete p.resourceTags;
                    p.resourceType = "EC2_IMAGE";
                }),
            },
        ],
    );
});

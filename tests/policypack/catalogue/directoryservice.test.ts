import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS, PROVIDER_ACCOUNT } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const DIRECTORY = "aws:directoryservice/directory:Directory";
const SHARED = "aws:directoryservice/sharedDirectory:SharedDirectory";
const REGION = "aws:directoryservice/serviceRegion:ServiceRegion";
const LOGS = "aws:directoryservice/logSubscription:LogSubscription";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const DIRECTORY_DEP = { directoryId: ["corp"] };

const directories = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: DIRECTORY,
            name: "corp",
            props: {
                name: "corp.example.com",
                password: "x",
                type: "MicrosoftAD",
                edition: "Standard",
                vpcSettings: { vpcId: "vpc-1", subnetIds: ["subnet-1", "subnet-2"] },
                tags: CONFIDENTIAL_TAGS,
            },
        },
        { type: LOG_GROUP, name: "directory-logs", props: { name: "directory-security", retentionInDays: 1, kmsKeyId: KEY_ARN } },
        {
            type: LOGS,
            name: "corp-logs",
            props: { directoryId: "d-1", logGroupName: "directory-security" },
            propertyDependencies: { ...DIRECTORY_DEP, logGroupName: ["directory-logs"] },
        },
    ]);

describe("catalogue: Directory Service", () => {
    describeEntry("aws:directoryservice/directory:Directory", directories, [
        {
            title: "unclassified (treated as pii)",
            change: props("corp", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [DIRECTORY, "corp"],
            message: /tag "data-classification" must be one of/,
        },
    ]);

    describeEntry(
        "aws:directoryservice/sharedDirectory:SharedDirectory",
        directories,
        [
            {
                title: "shared with another account",
                change: add({
                    type: SHARED,
                    name: "corp-share",
                    props: { directoryId: "d-1", target: { id: OUTSIDE_ACCOUNT } },
                    propertyDependencies: DIRECTORY_DEP,
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SHARED, "corp-share"],
                message: /shares the directory with account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "shared with the shipping provider's account",
                config: { shippingProviderAccountIds: [PROVIDER_ACCOUNT] },
                change: add({
                    type: SHARED,
                    name: "corp-share",
                    props: { directoryId: "d-1", target: { id: PROVIDER_ACCOUNT } },
                    propertyDependencies: DIRECTORY_DEP,
                }),
            },
        ],
    );

    describeEntry("aws:directoryservice/serviceRegion:ServiceRegion", directories, [
        {
            title: "replicated to another region",
            change: add({
                type: REGION,
                name: "corp-us",
                props: {
                    directoryId: "d-1",
                    regionName: "us-east-1",
                    vpcSettings: { vpcId: "vpc-2", subnetIds: ["subnet-3", "subnet-4"] },
                },
                propertyDependencies: DIRECTORY_DEP,
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [REGION, "corp-us"],
            message: /replicates the directory to region us-east-1, not on allowedRegions/,
        },
    ]);

    describeEntry("aws:directoryservice/logSubscription:LogSubscription", directories, [
        {
            title: "security logs of a PII directory kept 30 days",
            change: (stack) => {
                props("corp", (p) => {
                    p.tags = PII_TAGS;
                })(stack);
                props("directory-logs", (p) => {
                    p.retentionInDays = 30;
                })(stack);
            },
            policy: datastoreRetentionLimitCopies,
            at: [LOG_GROUP, "directory-logs"],
            message: /keeps its logs 30 days/,
        },
        {
            title: "security logs to a log group outside the stack",
            change: (stack) => {
                props("corp", (p) => {
                    p.tags = PII_TAGS;
                })(stack);
                props("corp-logs", (p) => {
                    p.logGroupName = "elsewhere";
                })(stack);
                stack.find((s) => s.name === "corp-logs")!.propertyDependencies = DIRECTORY_DEP;
            },
            policy: datastoreSharingRestrictDestinations,
            at: [LOGS, "corp-logs"],
            message: /forwards security logs to elsewhere, which is not a resource of this stack/,
        },
    ]);
});

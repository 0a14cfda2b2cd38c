import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props, remove } from "../support/entries";

const APP = "aws:kinesisanalyticsv2/application:Application";
const SNAPSHOT = "aws:kinesisanalyticsv2/applicationSnapshot:ApplicationSnapshot";
const ROLE = `arn:aws:iam::${ACCOUNT}:role/flink`;

const flink = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: APP,
            name: "enricher",
            props: {
                name: "enricher",
                runtimeEnvironment: "FLINK-1_20",
                serviceExecutionRole: ROLE,
                tags: PII_TAGS,
                applicationConfiguration: {
                    applicationCodeConfiguration: {
                        codeContentType: "ZIPFILE",
                        codeContent: { s3ContentLocation: { bucketArn: "arn:aws:s3:::code", fileKey: "app.zip" } },
                    },
                    applicationEncryptionConfiguration: { keyType: "CUSTOMER_MANAGED_KEY", keyId: KEY_ARN },
                    applicationSnapshotConfiguration: { snapshotsEnabled: false },
                },
            },
            propertyDependencies: { applicationConfiguration: ["data-key"] },
        },
        {
            type: APP,
            name: "counter",
            props: {
                name: "counter",
                runtimeEnvironment: "FLINK-1_20",
                serviceExecutionRole: ROLE,
                tags: CONFIDENTIAL_TAGS,
                applicationConfiguration: {
                    applicationCodeConfiguration: {
                        codeContentType: "ZIPFILE",
                        codeContent: { s3ContentLocation: { bucketArn: "arn:aws:s3:::code", fileKey: "count.zip" } },
                    },
                    applicationEncryptionConfiguration: { keyType: "CUSTOMER_MANAGED_KEY", keyId: KEY_ARN },
                    applicationSnapshotConfiguration: { snapshotsEnabled: true },
                },
            },
            propertyDependencies: { applicationConfiguration: ["data-key"] },
        },
        {
            type: SNAPSHOT,
            name: "counter-snap",
            props: { applicationName: "counter", snapshotName: "before-upgrade" },
            propertyDependencies: { applicationName: ["counter"] },
        },
    ]);

describe("catalogue: Kinesis Analytics v2", () => {
    describeEntry(
        "kinesisanalyticsv2 applications and snapshots",
        flink,
        [
            {
                title: "state under the AWS-owned key",
                change: props("enricher", (p) => {
                    p.applicationConfiguration.applicationEncryptionConfiguration = { keyType: "AWS_OWNED_KEY" };
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [APP, "enricher"],
                message:
                    /application state .*has no applicationConfiguration.applicationEncryptionConfiguration.keyId, so .* an AWS-owned key/,
            },
            {
                title: "state encryption not configured",
                change: props("counter", (p) => {
                    delete p.applicationConfiguration.applicationEncryptionConfiguration;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [APP, "counter"],
                message: /has no applicationConfiguration.applicationEncryptionConfiguration.keyId/,
            },
            {
                title: "PII application keeps snapshots",
                change: props("enricher", (p) => {
                    p.applicationConfiguration.applicationSnapshotConfiguration.snapshotsEnabled = true;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [APP, "enricher"],
                message: /keeps snapshots of the application's state, kept until deleted, a copy that never expires/,
            },
            {
                title: "PII application with snapshots not configured (treated as on)",
                change: props("enricher", (p) => {
                    delete p.applicationConfiguration.applicationSnapshotConfiguration;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [APP, "enricher"],
                message: /snapshotsEnabled is not set: no default documented, treated as on/,
            },
            {
                title: "manual snapshot of a PII application",
                change: props("counter", (p) => {
                    p.tags = PII_TAGS;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [SNAPSHOT, "counter-snap"],
                message: /is a manual snapshot of application state, a copy of personal data .* that never expires/,
            },
            {
                title: "manual snapshot of an application outside the stack",
                change: (stack) => {
                    remove("counter")(stack);
                    stack.find((s) => s.name === "counter-snap")!.propertyDependencies = {};
                },
                policy: datastoreRetentionLimitCopies,
                at: [SNAPSHOT, "counter-snap"],
                message: /a copy of counter, outside this stack \(treated as pii\)/,
            },
            {
                title: "SQL output to a stream outside the stack",
                change: props("enricher", (p) => {
                    p.applicationConfiguration.sqlApplicationConfiguration = {
                        outputs: [
                            {
                                name: "OUT",
                                destinationSchema: { recordFormatType: "JSON" },
                                kinesisStreamsOutput: { resourceArn: `arn:aws:kinesis:eu-west-1:999988887777:stream/partner` },
                            },
                        ],
                    };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [APP, "enricher"],
                message:
                    /writes results to arn:aws:kinesis:eu-west-1:999988887777:stream\/partner, in account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "an untagged application with snapshots (not judged as PII)",
                change: (stack) => {
                    remove("counter-snap")(stack);
                    props("counter", (p) => {
                        delete p.tags;
                    })(stack);
                },
            },
        ],
    );
});

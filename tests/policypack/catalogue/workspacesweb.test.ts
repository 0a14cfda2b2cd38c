import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const PORTAL = "aws:workspacesweb/portal:Portal";
const LOGGER = "aws:workspacesweb/sessionLogger:SessionLogger";

const web = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PORTAL,
            name: "portal",
            props: { displayName: "support", customerManagedKey: KEY_ARN },
            propertyDependencies: { customerManagedKey: ["data-key"] },
        },
        {
            type: LOGGER,
            name: "sessions",
            props: {
                customerManagedKey: KEY_ARN,
                eventFilter: { all: {} },
                logConfiguration: { s3: { bucket: "labels-abc", folderStructure: "FlatStructure", logFileFormat: "Json" } },
            },
            propertyDependencies: { logConfiguration: ["labels"], customerManagedKey: ["data-key"] },
        },
        {
            type: "aws:workspacesweb/userAccessLoggingSettings:UserAccessLoggingSettings",
            name: "access-logs",
            props: { region: "eu-west-1", kinesisStreamArn: `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/access` },
        },
    ]);

describe("catalogue: WorkSpaces Secure Browser", () => {
    describeEntry("portals and session logs", web, [
        {
            title: "a portal under an AWS-owned key",
            change: props("portal", (p) => {
                delete p.customerManagedKey;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PORTAL, "portal"],
            message: /has no customerManagedKey, so the portal's session data is encrypted under an AWS-owned key/,
        },
        {
            title: "session records under an AWS-owned key",
            change: props("sessions", (p) => {
                delete p.customerManagedKey;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [LOGGER, "sessions"],
            message: /each logged session event: has no customerManagedKey/,
        },
        {
            title: "session records delivered to another account's bucket",
            change: props("sessions", (p) => {
                p.logConfiguration.s3.bucketOwner = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [LOGGER, "sessions"],
            message: /delivers session records to a bucket of account 999988887777/,
        },
        {
            title: "a PII session logger delivering to a bucket outside the stack",
            change: (stack) => {
                props("sessions", (p) => {
                    p.logConfiguration.s3.bucket = "elsewhere-bucket";
                    p.tags = PII_TAGS;
                })(stack);
                stack.find((s) => s.name === "sessions")!.propertyDependencies = { customerManagedKey: ["data-key"] };
            },
            policy: datastoreSharingRestrictDestinations,
            at: [LOGGER, "sessions"],
            message: /delivers session records to elsewhere-bucket, which is not a resource of this stack/,
        },
    ]);
});

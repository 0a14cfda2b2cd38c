import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const ZONE = "aws:controltower/landingZone:LandingZone";
const manifest = (logArchive: string, audit: string, key?: string) =>
    JSON.stringify({
        governedRegions: ["eu-west-1"],
        organizationStructure: { security: { name: "Security" } },
        centralizedLogging: {
            accountId: logArchive,
            enabled: true,
            configurations: {
                loggingBucket: { retentionDays: 365 },
                accessLoggingBucket: { retentionDays: 3650 },
                ...(key ? { kmsKeyArn: key } : {}),
            },
        },
        securityRoles: { accountId: audit },
        accessManagement: { enabled: true },
    });

const zone = (): ResourceSpec[] =>
    fixtureWith([{ type: ZONE, name: "landing-zone", props: { version: "3.3", manifestJson: manifest(ACCOUNT, ACCOUNT, KEY_ARN) } }]);

describe("catalogue: Control Tower", () => {
    describeEntry("controltower landing zones", zone, [
        {
            title: "logs centralised in another account",
            change: props("landing-zone", (p) => {
                p.manifestJson = manifest(OUTSIDE_ACCOUNT, ACCOUNT, KEY_ARN);
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ZONE, "landing-zone"],
            message:
                /centralises the organisation's logs and access in account 999988887777, centralizedLogging.accountId \(the log-archive account\), outside this stack/,
        },
        {
            title: "audit account outside the stack",
            change: props("landing-zone", (p) => {
                p.manifestJson = manifest(ACCOUNT, OUTSIDE_ACCOUNT, KEY_ARN);
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ZONE, "landing-zone"],
            message: /securityRoles.accountId \(the audit account\)/,
        },
        {
            title: "log buckets under SSE-S3",
            change: props("landing-zone", (p) => {
                p.manifestJson = manifest(ACCOUNT, ACCOUNT);
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [ZONE, "landing-zone"],
            message: /centralizedLogging.configurations.kmsKeyArn is not set in manifestJson/,
        },
        {
            title: "manifest unknown during preview",
            change: props("landing-zone", (p) => {
                p.manifestJson = UNKNOWN;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ZONE, "landing-zone"],
            message: /manifestJson is not known during preview/,
        },
    ]);
});

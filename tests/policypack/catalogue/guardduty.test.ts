import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const DESTINATION = "aws:guardduty/publishingDestination:PublishingDestination";

const guardduty = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: DESTINATION,
            name: "findings-export",
            props: { detectorId: "d-1", destinationArn: "arn:aws:s3:::logs-abc", kmsKeyArn: KEY_ARN },
            propertyDependencies: { destinationArn: ["logs"] },
        },
        { type: "aws:guardduty/inviteAccepter:InviteAccepter", name: "join-admin", props: { detectorId: "d-1", masterAccountId: ACCOUNT } },
        { type: "aws:guardduty/organizationAdminAccount:OrganizationAdminAccount", name: "gd-admin", props: { adminAccountId: ACCOUNT } },
    ]);

describe("catalogue: GuardDuty", () => {
    describeEntry("guardduty publishing destinations and administrators", guardduty, [
        {
            title: "findings exported under the AWS-managed key",
            change: props("findings-export", (p) => {
                p.kmsKeyArn = `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/aws/s3`;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [DESTINATION, "findings-export"],
            message: /exported findings: kmsKeyArn names the AWS-managed key/,
        },
        {
            title: "findings shared with another administrator account",
            change: props("join-admin", (p) => {
                p.masterAccountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:guardduty/inviteAccepter:InviteAccepter", "join-admin"],
            message: /shares the account's findings with account 999988887777, outside this stack/,
        },
        {
            title: "organisation administrator in another account",
            change: props("gd-admin", (p) => {
                p.adminAccountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:guardduty/organizationAdminAccount:OrganizationAdminAccount", "gd-admin"],
            message: /sends the organisation's findings to account 999988887777/,
        },
    ]);
});

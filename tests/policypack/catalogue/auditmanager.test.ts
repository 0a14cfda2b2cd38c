import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const audit = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:auditmanager/accountRegistration:AccountRegistration",
            name: "audit-registration",
            props: { kmsKey: KEY_ARN, delegatedAdminAccount: ACCOUNT },
        },
        {
            type: "aws:auditmanager/organizationAdminAccountRegistration:OrganizationAdminAccountRegistration",
            name: "audit-admin",
            props: { adminAccountId: ACCOUNT },
        },
        {
            type: "aws:auditmanager/assessment:Assessment",
            name: "soc2",
            props: {
                name: "soc2",
                frameworkId: "f-1",
                roles: [{ roleArn: `arn:aws:iam::${ACCOUNT}:role/auditor`, roleType: "PROCESS_OWNER" }],
                assessmentReportsDestination: { destination: "s3://logs-abc", destinationType: "S3" },
            },
            propertyDependencies: { assessmentReportsDestination: ["logs"] },
        },
    ]);

describe("catalogue: Audit Manager", () => {
    describeEntry("auditmanager registrations and assessments", audit, [
        {
            title: "evidence under a key AWS owns",
            change: props("audit-registration", (p) => {
                delete p.kmsKey;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: ["aws:auditmanager/accountRegistration:AccountRegistration", "audit-registration"],
            message: /evidence: has no kmsKey, so evidence is encrypted under a key AWS owns/,
        },
        {
            title: "evidence handed to another account",
            change: props("audit-registration", (p) => {
                p.delegatedAdminAccount = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:auditmanager/accountRegistration:AccountRegistration", "audit-registration"],
            message: /hands the account's evidence to the delegated administrator account 999988887777/,
        },
        {
            title: "organisation administrator in another account",
            change: props("audit-admin", (p) => {
                p.adminAccountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:auditmanager/organizationAdminAccountRegistration:OrganizationAdminAccountRegistration", "audit-admin"],
            message: /sends the organisation's evidence to account 999988887777/,
        },
        {
            title: "reports into an internal bucket (raised to confidential)",
            change: (stack) => {
                stack.push({
                    type: "aws:s3/bucket:Bucket",
                    name: "internal-bucket",
                    props: { bucket: "internal-abc", tags: { "data-classification": "internal", "retention-days": "30", owner: "x" } },
                });
                const a = stack.find((s) => s.name === "soc2")!;
                a.props.assessmentReportsDestination.destination = "s3://internal-abc";
                a.propertyDependencies = { assessmentReportsDestination: ["internal-bucket"] };
            },
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "internal-bucket"],
            message: /is classified internal but holds confidential data as a copy of soc2/,
        },
    ]);
});

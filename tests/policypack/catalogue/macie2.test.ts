import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const macie = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: "aws:macie2/classificationExportConfiguration:ClassificationExportConfiguration",
            name: "macie-results",
            props: { s3Destination: { bucketName: "logs-abc", keyPrefix: "macie/", kmsKeyArn: KEY_ARN } },
            propertyDependencies: { s3Destination: ["logs"] },
        },
        { type: "aws:macie2/invitationAccepter:InvitationAccepter", name: "join-macie", props: { administratorAccountId: ACCOUNT } },
        { type: "aws:macie2/organizationAdminAccount:OrganizationAdminAccount", name: "macie-admin", props: { adminAccountId: ACCOUNT } },
    ]);

describe("catalogue: Macie", () => {
    describeEntry("macie2 result exports and administrators", macie, [
        {
            title: "results into an internal bucket (raised to confidential)",
            change: (stack) => {
                stack.push({
                    type: "aws:s3/bucket:Bucket",
                    name: "internal-bucket",
                    props: { bucket: "internal-abc", tags: { "data-classification": "internal", "retention-days": "30", owner: "x" } },
                });
                const e = stack.find((s) => s.name === "macie-results")!;
                e.props.s3Destination.bucketName = "internal-abc";
                e.propertyDependencies = { s3Destination: ["internal-bucket"] };
            },
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "internal-bucket"],
            message: /is classified internal but holds confidential data as a copy of macie-results/,
        },
        {
            title: "findings shared with another administrator account",
            change: props("join-macie", (p) => {
                p.administratorAccountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:macie2/invitationAccepter:InvitationAccepter", "join-macie"],
            message: /shares the account's sensitive-data findings with account 999988887777/,
        },
        {
            title: "organisation administrator in another account",
            change: props("macie-admin", (p) => {
                p.adminAccountId = OUTSIDE_ACCOUNT;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: ["aws:macie2/organizationAdminAccount:OrganizationAdminAccount", "macie-admin"],
            message: /sends the organisation's sensitive-data findings to account 999988887777/,
        },
    ]);
});

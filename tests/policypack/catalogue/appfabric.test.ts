import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const BUNDLE = "aws:appfabric/appBundle:AppBundle";
const DESTINATION = "aws:appfabric/ingestionDestination:IngestionDestination";

const appfabric = (): ResourceSpec[] =>
    fixtureWith([
        { type: BUNDLE, name: "saas-audit", props: { customerManagedKeyArn: KEY_ARN } },
        {
            type: DESTINATION,
            name: "audit-to-s3",
            props: {
                appBundleArn: `arn:aws:appfabric:eu-west-1:${ACCOUNT}:appbundle/b-1`,
                ingestionArn: `arn:aws:appfabric:eu-west-1:${ACCOUNT}:appbundle/b-1/ingestion/i-1`,
                processingConfiguration: { auditLog: { format: "json", schema: "ocsf" } },
                destinationConfiguration: { auditLog: { destination: { s3Bucket: { bucketName: "labels-abc", prefix: "audit/" } } } },
            },
            propertyDependencies: { appBundleArn: ["saas-audit"] },
        },
    ]);

describe("catalogue: AppFabric", () => {
    describeEntry("app bundle and ingestion destination", appfabric, [
        {
            title: "ingested data under an AWS-owned key",
            change: props("saas-audit", (p) => {
                delete p.customerManagedKeyArn;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [BUNDLE, "saas-audit"],
            message: /ingested data: has no customerManagedKeyArn, so .* an AWS-owned key/,
        },
        {
            title: "audit logs delivered into a confidential bucket",
            change: props("audit-to-s3", (p) => {
                p.destinationConfiguration.auditLog.destination.s3Bucket.bucketName = "logs-abc";
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /holds pii data as a copy of audit-to-s3/,
        },
        {
            title: "PII audit logs delivered outside the stack",
            change: (stack) => {
                props("saas-audit", (p) => {
                    p.tags = PII_TAGS;
                })(stack);
                props("audit-to-s3", (p) => {
                    p.destinationConfiguration.auditLog.destination.s3Bucket.bucketName = "someone-elses-bucket";
                })(stack);
            },
            policy: datastoreSharingRestrictDestinations,
            at: [DESTINATION, "audit-to-s3"],
            message: /delivers audit logs to someone-elses-bucket, which is not a resource of this stack/,
        },
    ]);
});

import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const FLOW = "aws:appflow/flow:Flow";
const PROFILE = "aws:appflow/connectorProfile:ConnectorProfile";

const appflow = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: PROFILE,
            name: "crm",
            props: {
                name: "crm",
                connectorType: "Salesforce",
                connectionMode: "Public",
                kmsArn: KEY_ARN,
                connectorProfileConfig: {
                    connectorProfileCredentials: {},
                    connectorProfileProperties: { salesforce: { instanceUrl: "https://acme.my.salesforce.com" } },
                },
            },
        },
        {
            type: FLOW,
            name: "contacts-in",
            props: {
                name: "contacts-in",
                kmsArn: KEY_ARN,
                tasks: [],
                triggerConfig: { triggerType: "OnDemand" },
                sourceFlowConfig: {
                    connectorType: "Salesforce",
                    connectorProfileName: "crm",
                    sourceConnectorProperties: { salesforce: { object: "Contact" } },
                },
                destinationFlowConfigs: [{ connectorType: "S3", destinationConnectorProperties: { s3: { bucketName: "labels-abc" } } }],
            },
        },
    ]);

describe("catalogue: AppFlow", () => {
    describeEntry("flow and connector profile", appflow, [
        {
            title: "a flow staging records under the AWS-managed key",
            change: props("contacts-in", (p) => {
                delete p.kmsArn;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [FLOW, "contacts-in"],
            message: /records staged during a run: has no kmsArn, so .* aws\/appflow key/,
        },
        {
            title: "a profile's credentials under the AWS-managed key",
            change: props("crm", (p) => {
                delete p.kmsArn;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PROFILE, "crm"],
            message: /its credentials: has no kmsArn/,
        },
        {
            title: "an unclassified flow from a SaaS app into a confidential bucket",
            change: props("contacts-in", (p) => {
                p.destinationFlowConfigs[0].destinationConnectorProperties.s3.bucketName = "logs-abc";
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /holds pii data as a copy of contacts-in/,
        },
        {
            title: "a flow copying PII from S3 to Salesforce",
            change: props("contacts-in", (p) => {
                p.sourceFlowConfig = {
                    connectorType: "S3",
                    sourceConnectorProperties: { s3: { bucketName: "labels-abc", bucketPrefix: "out" } },
                };
                p.destinationFlowConfigs = [
                    {
                        connectorType: "Salesforce",
                        connectorProfileName: "crm",
                        destinationConnectorProperties: { salesforce: { object: "Contact" } },
                    },
                ];
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [FLOW, "contacts-in"],
            message: /copies personal data to Salesforce \(profile crm\), outside AWS/,
        },
    ]);
});

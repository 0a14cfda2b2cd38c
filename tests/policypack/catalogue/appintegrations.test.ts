import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const INTEGRATION = "aws:appintegrations/dataIntegration:DataIntegration";

const appintegrations = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: INTEGRATION,
            name: "crm-contacts",
            props: {
                name: "crm-contacts",
                kmsKey: KEY_ARN,
                sourceUri: "Salesforce://AppFlow/crm",
                scheduleConfig: { firstExecutionFrom: "1439788442681", object: "Account", scheduleExpression: "rate(1 hours)" },
            },
        },
    ]);

describe("catalogue: AppIntegrations", () => {
    describeEntry("data integration", appintegrations, [
        {
            title: "pulled objects under an AWS-managed key",
            change: props("crm-contacts", (p) => {
                p.kmsKey = "alias/aws/appintegrations";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [INTEGRATION, "crm-contacts"],
            message: /names the AWS-managed key alias\/aws\/appintegrations/,
        },
    ]);
});

import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const TEMPLATE = "aws:emrcontainers/jobTemplate:JobTemplate";

const templates = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: TEMPLATE,
            name: "nightly",
            props: {
                name: "nightly",
                kmsKeyArn: KEY_ARN,
                jobTemplateData: {
                    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/emr-eks`,
                    releaseLabel: "emr-7.1.0-latest",
                    jobDriver: { sparkSubmitJobDriver: { entryPoint: "s3://labels-abc/jobs/nightly.py" } },
                    configurationOverrides: {
                        monitoringConfiguration: { s3MonitoringConfiguration: { logUri: "s3://labels-abc/emr-eks/" } },
                    },
                },
            },
        },
    ]);

describe("catalogue: EMR on EKS", () => {
    describeEntry("job template", templates, [
        {
            title: "a template under an AWS-owned key",
            change: props("nightly", (p) => {
                delete p.kmsKeyArn;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [TEMPLATE, "nightly"],
            message: /the job template: has no kmsKeyArn/,
        },
        {
            title: "an unclassified template sends job logs into a confidential bucket",
            change: props("nightly", (p) => {
                p.jobTemplateData.configurationOverrides.monitoringConfiguration.s3MonitoringConfiguration.logUri =
                    "s3://logs-abc/emr-eks/";
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /holds pii data as a copy of nightly/,
        },
        {
            title: "a PII template sends job logs outside the stack",
            change: props("nightly", (p) => {
                p.tags = PII_TAGS;
                p.jobTemplateData.configurationOverrides.monitoringConfiguration.s3MonitoringConfiguration.logUri =
                    "s3://someone-elses-bucket/";
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [TEMPLATE, "nightly"],
            message: /makes its jobs write logs to s3:\/\/someone-elses-bucket\/, which is not a resource of this stack/,
        },
    ]);
});

import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const ENV = "aws:mwaa/environment:Environment";

const mwaa = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: ENV,
            name: "airflow",
            props: {
                name: "airflow",
                dagS3Path: "dags/",
                executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/airflow`,
                sourceBucketArn: "arn:aws:s3:::dags-abc",
                kmsKey: KEY_ARN,
                webserverAccessMode: "PRIVATE_ONLY",
                networkConfiguration: { securityGroupIds: ["sg-1"], subnetIds: ["subnet-1", "subnet-2"] },
            },
        },
    ]);

describe("catalogue: MWAA", () => {
    describeEntry(
        "environment",
        mwaa,
        [
            {
                title: "an environment under the AWS-managed key",
                change: props("airflow", (p) => {
                    delete p.kmsKey;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [ENV, "airflow"],
                message: /has no kmsKey, so .* aws\/airflow key/,
            },
            {
                title: "a public web server",
                change: props("airflow", (p) => {
                    p.webserverAccessMode = "PUBLIC_ONLY";
                }),
                policy: datastoreAccessBlockPublic,
                at: [ENV, "airflow"],
                message: /the Airflow web server is public: webserverAccessMode is "PUBLIC_ONLY"/,
            },
            {
                title: "an environment whose security group is open",
                change: (stack) => {
                    add({
                        type: "aws:ec2/securityGroup:SecurityGroup",
                        name: "open-sg",
                        props: { ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }] },
                    })(stack);
                    stack.find((s) => s.name === "airflow")!.propertyDependencies = { networkConfiguration: ["open-sg"] };
                },
                policy: datastoreAccessBlockPublic,
                at: [ENV, "airflow"],
                message: /security group open-sg is open/,
            },
        ],
        [
            {
                title: "the web server access mode left at its default (private)",
                change: props("airflow", (p) => {
                    delete p.webserverAccessMode;
                }),
            },
        ],
    );
});

import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { UNKNOWN, describeEntry, fixtureWith, props } from "../support/entries";

const PIPELINE = "aws:datapipeline/pipeline:Pipeline";
const DEFINITION = "aws:datapipeline/pipelineDefinition:PipelineDefinition";
const node = (id: string, fields: Record<string, string>) => ({
    id,
    name: id,
    fields: Object.entries(fields).map(([key, stringValue]) => ({ key, stringValue })),
});

const pipeline = (): ResourceSpec[] =>
    fixtureWith([
        { type: PIPELINE, name: "nightly-copy", props: { name: "nightly-copy", tags: PII_TAGS } },
        {
            type: DEFINITION,
            name: "nightly-copy-definition",
            props: {
                pipelineId: "df-1",
                pipelineObjects: [
                    node("Output", { type: "S3DataNode", directoryPath: "s3://labels-abc/export/" }),
                    node("Orders", {
                        type: "JdbcDatabase",
                        connectionString: "jdbc:mysql://history.abc123.eu-west-1.rds.amazonaws.com:3306/history",
                    }),
                ],
            },
            propertyDependencies: { pipelineId: ["nightly-copy"] },
        },
    ]);

describe("catalogue: Data Pipeline", () => {
    describeEntry("pipeline and definition", pipeline, [
        {
            title: "an S3 data node without encryption (reported on the pipeline)",
            change: props("nightly-copy-definition", (p) => {
                p.pipelineObjects[0].fields.push({ key: "s3EncryptionType", stringValue: "NONE" });
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PIPELINE, "nightly-copy"],
            message: /its S3 data node Output writes unencrypted objects/,
        },
        {
            title: "objects unknown during preview",
            change: props("nightly-copy-definition", (p) => {
                p.pipelineObjects = UNKNOWN;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [PIPELINE, "nightly-copy"],
            message: /not known during preview/,
        },
        {
            title: "a PII pipeline copying to a database outside AWS",
            change: props("nightly-copy-definition", (p) => {
                p.pipelineObjects[1] = node("Partner", {
                    type: "JdbcDatabase",
                    connectionString: "jdbc:postgresql://db.partner.example.com:5432/orders",
                });
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [PIPELINE, "nightly-copy"],
            message: /its object Partner connects to db.partner.example.com, outside AWS/,
        },
    ]);
});

/** Data Pipeline (legacy): pipelines and the definitions whose activities copy data between databases, S3 and EMR. */
import type { PipelineArgs } from "@pulumi/aws/datapipeline/pipeline";
import type { PipelineDefinitionArgs } from "@pulumi/aws/datapipeline/pipelineDefinition";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const PIPELINE_TYPES = ["aws:datapipeline/pipeline:Pipeline"];
const IN_AWS = /\.amazonaws\.com(\.cn)?$/i;

/** The fields of the definition's objects, as [object, key, value]. */
function fieldsOf(props: Record<string, any>): { object: string; key: string; value: unknown }[] {
    return asList(props.pipelineObjects).flatMap((object) =>
        asList(object?.fields).map((field) => ({
            object: String(object?.name ?? object?.id),
            key: String(field?.key),
            value: field?.stringValue,
        })),
    );
}

/**
 * S3 data nodes are encrypted with SSE-S3 by default (s3EncryptionType SERVER_SIDE_ENCRYPTION); NONE turns it off. Data
 * Pipeline offers no KMS key.
 */
function checkS3Encryption({ store, report }: StoreContext): void {
    if (isUnknown(store.res.props.pipelineObjects)) {
        report("pipelineObjects is not known during preview, so the encryption of its data nodes cannot be verified");
        return;
    }
    for (const { object, key, value } of fieldsOf(store.res.props)) {
        if (key === "s3EncryptionType" && typeof value === "string" && value.toUpperCase() === "NONE")
            report(`its S3 data node ${object} writes unencrypted objects (s3EncryptionType NONE)`);
    }
}

/** A PII pipeline copies only between stores in AWS: a JDBC connection string to another host takes personal data out. */
function checkConnections({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    for (const { object, key, value } of fieldsOf(store.res.props)) {
        if (key !== "connectionString") continue;
        if (isUnknown(value)) {
            report(`the connection string of ${object} is not known during preview`);
            continue;
        }
        const host = typeof value === "string" ? /^jdbc:[^:]+(?::[^:]+)?:\/\/([^/:;?]+)/i.exec(value)?.[1] : undefined;
        if (host && !IN_AWS.test(host))
            report(`its object ${object} connects to ${host}, outside AWS: personal data may go only to the shipping provider's account`);
    }
}

export const datapipelinePipeline = entry<PipelineArgs>()({
    types: ["aws:datapipeline/pipeline:Pipeline"],
    holds: "the data its definition's activities copy (classify it here; its definition has its classification)",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a pipeline keeps no data; its definition's data nodes are judged on PipelineDefinition" },
    inTransit: { notOffered: "judged on its definition's data nodes" },
    retention: { notOffered: "a pipeline keeps no data" },
});

export const datapipelinePipelineDefinition = entry<PipelineDefinitionArgs>()({
    types: ["aws:datapipeline/pipelineDefinition:PipelineDefinition"],
    holds: "activities that copy data between RDS, DynamoDB, Redshift, S3, EMR and JDBC databases",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [{ path: "pipelineId", types: PIPELINE_TYPES }],
    atRest: [
        { custom: checkS3Encryption, summary: "no S3 data node with s3EncryptionType NONE" },
        { what: "S3 data nodes", customerKeyNotOffered: "Data Pipeline offers SSE-S3 only; the buckets' default encryption applies" },
    ],
    inTransit: { notOffered: "data nodes reach their stores under those stores' TLS settings" },
    retention: { notOffered: "a definition keeps no data; what it copies is judged in the target stores" },
    destinations: [{ custom: checkConnections, summary: "a PII pipeline's JDBC connection strings reach only hosts in AWS" }],
    notes: "The stores its data nodes name inside pipelineObjects are not followed as copies.",
});

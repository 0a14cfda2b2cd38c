/**
 * Database Migration Service: endpoints (the databases, streams and buckets rows are read from
 * and written to), replication instances (which buffer rows), replication tasks and serverless
 * replication configs (copies from a source endpoint to a target endpoint), data providers and
 * instance profiles (schema conversion and homogeneous migrations). Certificates, event
 * subscriptions, subnet groups and migration projects hold no rows.
 */
import type { DataProviderArgs } from "@pulumi/aws/dms/dataProvider";
import type { EndpointArgs } from "@pulumi/aws/dms/endpoint";
import type { InstanceProfileArgs } from "@pulumi/aws/dms/instanceProfile";
import type { ReplicationConfigArgs } from "@pulumi/aws/dms/replicationConfig";
import type { ReplicationInstanceArgs } from "@pulumi/aws/dms/replicationInstance";
import type { ReplicationTaskArgs } from "@pulumi/aws/dms/replicationTask";
import type { S3EndpointArgs } from "@pulumi/aws/dms/s3endpoint";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

export const ENDPOINT_TYPES = ["aws:dms/endpoint:Endpoint", "aws:dms/s3Endpoint:S3Endpoint"];
/** Engines reached through an AWS API or their own settings, where sslMode does not apply. */
const NO_SSL_MODE_ENGINES = ["dynamodb", "kinesis", "kafka", "opensearch", "elasticsearch", "neptune", "s3"];
const SSL_ON = ["require", "verify-ca", "verify-full"];
const AWS_HOST = /(^|\.)amazonaws\.com(\.cn)?(:\d+)?$/i;

/** A target endpoint of personal data whose server is not an AWS endpoint: the copy leaves what the pack can see. */
function checkOutsideTarget({ store, report }: StoreContext): void {
    const props = store.res.props;
    if (!store.isPii || String(props.endpointType).toLowerCase() !== "target") return;
    const hosts: [string, unknown][] = [
        ["serverName", props.serverName],
        ["kafkaSettings.broker", asList(props.kafkaSettings)[0]?.broker],
        ["elasticsearchSettings.endpointUri", asList(props.elasticsearchSettings)[0]?.endpointUri],
    ];
    for (const [path, value] of hosts) {
        if (value === undefined || value === "") continue;
        if (isUnknown(value)) report(`writes personal data (${store.classifiedBy}) to ${path}, which is not known during preview`);
        else if (
            typeof value === "string" &&
            value.split(",").some(
                (host) =>
                    !AWS_HOST.test(
                        host
                            .trim()
                            .replace(/^https?:\/\//, "")
                            .replace(/\/.*$/, ""),
                    ),
            )
        ) {
            report(
                `writes personal data (${store.classifiedBy}) to ${path} ${JSON.stringify(value)}, which is not an AWS endpoint: personal data may go only to stores of this stack or the shipping provider's account`,
            );
        }
    }
}

export const dmsEndpoint = entry<EndpointArgs>()({
    types: ["aws:dms/endpoint:Endpoint"],
    holds: "a database, stream or search domain that DMS reads rows from or writes them to (possibly outside AWS)",
    tagging: "carrier",
    names: ["endpointId"],
    atRest: [
        {
            what: "intermediate files of a Redshift target",
            when: { path: "engineName", on: ["redshift", "redshift-serverless"] },
            enabled: {
                path: "redshiftSettings.encryptionMode",
                on: ["SSE_KMS"],
                absent: false,
                absentMeans: "SSE_S3: an S3-owned key, not a customer-managed one",
            },
            key: "redshiftSettings.serverSideEncryptionKmsKeyId",
        },
    ],
    inTransit: [
        {
            what: "the database connection",
            when: { path: "engineName", on: NO_SSL_MODE_ENGINES, not: true },
            setting: { path: "sslMode", on: SSL_ON, absent: false, absentMeans: "none: plaintext" },
        },
        {
            what: "the Kafka connection",
            when: { path: "engineName", on: ["kafka"] },
            setting: {
                path: "kafkaSettings.securityProtocol",
                on: ["ssl-encryption", "ssl-authentication", "sasl-ssl"],
                absent: false,
                absentMeans: "plaintext",
            },
        },
    ],
    retention: { notOffered: "an endpoint stores nothing; the database it names keeps the rows" },
    destinations: [
        {
            what: "writes rows to",
            store: true,
            path: "kinesisSettings.streamArn",
            types: ["aws:kinesis/stream:Stream"],
            when: { path: "endpointType", on: ["target"] },
        },
        {
            custom: checkOutsideTarget,
            summary:
                "a target endpoint of personal data is an AWS endpoint (serverName, kafkaSettings.broker, elasticsearchSettings.endpointUri)",
        },
    ],
    notes: "kmsKeyArn encrypts the endpoint's connection parameters (credentials), not rows, and is not judged here.",
});

export const dmsS3Endpoint = entry<S3EndpointArgs>()({
    types: ["aws:dms/s3Endpoint:S3Endpoint"],
    holds: "a bucket DMS writes full-load and change files of tables to (or reads them from)",
    tagging: "carrier",
    names: ["endpointId"],
    sources: [{ path: "bucketName", types: BUCKET_TYPES }],
    atRest: [
        {
            what: "the files DMS writes",
            when: { path: "endpointType", on: ["target"] },
            enabled: {
                path: "encryptionMode",
                on: ["SSE_KMS"],
                absent: false,
                absentMeans: "SSE_S3: an S3-owned key, not a customer-managed one",
            },
            key: "serverSideEncryptionKmsKeyId",
        },
    ],
    inTransit: [{ what: "the connection to S3", setting: { path: "sslMode", on: SSL_ON, absent: false, absentMeans: "none" } }],
    exposure: [{ what: "the files DMS writes", acl: "cannedAclForObjects" }],
    retention: { notOffered: "the files live in the bucket, judged with its lifecycle" },
    destinations: [
        { what: "reads rows from or writes them to", store: true, path: "bucketName", types: BUCKET_TYPES },
        { what: "writes to a bucket owned by", account: "expectedBucketOwner" },
    ],
});

export const dmsReplicationInstance = entry<ReplicationInstanceArgs>()({
    types: ["aws:dms/replicationInstance:ReplicationInstance"],
    holds: "rows in flight, cached changes and task logs on its storage",
    tagging: "carrier",
    names: ["replicationInstanceId"],
    atRest: [{ what: "the instance's storage", key: "kmsKeyArn", keyAbsentMeans: "the account's AWS-managed aws/dms key" }],
    inTransit: { notOffered: "connections are judged on the endpoints" },
    exposure: [
        {
            what: "the replication instance",
            publicWhen: { path: "publiclyAccessible", absent: true, absentMeans: "AWS's default: a public IP address" },
        },
        { what: "the replication instance", securityGroups: "vpcSecurityGroupIds" },
    ],
    retention: { notOffered: "its storage lives until the instance is deleted" },
});

export const dmsReplicationTask = entry<ReplicationTaskArgs>()({
    types: ["aws:dms/replicationTask:ReplicationTask"],
    holds: "a copy of the source endpoint's tables, written to the target endpoint",
    tagging: "copy",
    names: ["replicationTaskId"],
    sources: [{ path: "sourceEndpointArn", types: ENDPOINT_TYPES }],
    atRest: { notOffered: "rows pass through the replication instance, judged there" },
    inTransit: { notOffered: "judged on its endpoints" },
    retention: {
        notOffered: "the copy lives in the target, judged as a store; ongoing replication (cdc) applies deletes only if the target does",
    },
    destinations: [{ what: "copies tables to", store: true, path: "targetEndpointArn", types: ENDPOINT_TYPES }],
});

export const dmsReplicationConfig = entry<ReplicationConfigArgs>()({
    types: ["aws:dms/replicationConfig:ReplicationConfig"],
    holds: "a serverless copy of the source endpoint's tables, written to the target endpoint",
    tagging: "copy",
    names: ["replicationConfigIdentifier"],
    sources: [{ path: "sourceEndpointArn", types: ENDPOINT_TYPES }],
    atRest: [{ what: "data during replication", key: "computeConfig.kmsKeyId", keyAbsentMeans: "the account's AWS-managed aws/dms key" }],
    inTransit: { notOffered: "judged on its endpoints" },
    exposure: [{ what: "the serverless replication", securityGroups: "computeConfig.vpcSecurityGroupIds" }],
    retention: { notOffered: "the copy lives in the target, judged as a store" },
    destinations: [{ what: "copies tables to", store: true, path: "targetEndpointArn", types: ENDPOINT_TYPES }],
});

/** Every engine block of a data provider names its sslMode (default none). */
function checkDataProviderSsl({ store, report }: StoreContext): void {
    const props = store.res.props;
    if (props.virtual === true || props.virtual === "true") return;
    const settings = asList(props.settings)[0];
    if (isUnknown(settings)) {
        report("settings are not known during preview, so TLS cannot be verified");
        return;
    }
    for (const [block, value] of Object.entries(isObject(settings) ? settings : {})) {
        const engine = asList(value)[0];
        if (!isObject(engine) || block === "redshiftSettings") continue;
        if (isUnknown(engine.sslMode)) report(`settings.${block}.sslMode is not known during preview, so TLS cannot be verified`);
        else if (!(typeof engine.sslMode === "string" && SSL_ON.includes(engine.sslMode.toLowerCase())))
            report(
                `the database connection does not require TLS: settings.${block}.sslMode is ${engine.sslMode === undefined ? "not set (none: plaintext)" : JSON.stringify(engine.sslMode)}`,
            );
    }
}

export const dmsDataProvider = entry<DataProviderArgs>()({
    types: ["aws:dms/dataProvider:DataProvider"],
    holds: "the connection to a database that schema conversion and homogeneous migrations read from or write to",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "a data provider stores nothing; the database keeps the rows" },
    inTransit: [
        { custom: checkDataProviderSsl, summary: "settings.<engine>Settings.sslMode require, verify-ca or verify-full (AWS default none)" },
    ],
    retention: { notOffered: "a data provider stores nothing" },
});

export const dmsInstanceProfile = entry<InstanceProfileArgs>()({
    types: ["aws:dms/instanceProfile:InstanceProfile"],
    holds: "the network placement of the compute that runs schema conversion and homogeneous migrations",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "kmsKeyArn encrypts connection parameters, not rows; the migration compute keeps no data" },
    inTransit: { notOffered: "connections are judged on the data providers" },
    exposure: [
        {
            what: "the migration compute",
            publicWhen: { path: "publiclyAccessible", absent: true, absentMeans: "AWS's default: publicly accessible" },
        },
        { what: "the migration compute", securityGroups: "vpcSecurityGroupIds" },
    ],
    retention: { notOffered: "the migration compute keeps no data" },
});

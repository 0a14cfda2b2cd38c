/** CloudWatch Synthetics: canaries, whose runs leave artifacts (screenshots, HAR files, logs) in S3. */
import type { CanaryArgs } from "@pulumi/aws/synthetics/canary";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";
import { S3_LOCATION } from "./streams-support";

export const syntheticsCanary = entry<CanaryArgs>()({
    types: ["aws:synthetics/canary:Canary"],
    holds: "artifacts of test runs (screenshots, HAR files, logs) showing what the tested pages and APIs returned",
    tagging: "carrier",
    names: ["name"],
    atRest: [
        {
            what: "canary artifacts",
            key: "artifactConfig.s3Encryption.kmsKeyArn",
            keyAbsentMeans: "SSE-S3 (encryptionMode SSE_S3, the default) or, with SSE_KMS, the AWS-managed aws/s3 key",
        },
        {
            what: "environment variables",
            when: { path: "runConfig.environmentVariables" },
            key: "kmsKeyArn",
            keyAbsentMeans: "a key AWS owns",
        },
    ],
    inTransit: { notOffered: "a canary calls what its script says; artifacts are written over TLS" },
    retention: [
        { what: "data about successful runs", period: "successRetentionPeriod", unit: "days", absent: 31 },
        { what: "data about failed runs", period: "failureRetentionPeriod", unit: "days", absent: 31 },
    ],
    destinations: [{ what: "writes run artifacts to", store: true, path: "artifactS3Location", types: BUCKET_TYPES, pattern: S3_LOCATION }],
    notes: "A canary that logs in as a test user shows test data only; one run against real accounts leaves their data in its artifacts.",
});

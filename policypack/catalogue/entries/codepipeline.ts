/**
 * CodePipeline: pipelines keep artefacts in S3 artifact stores, encrypted under the key the
 * pipeline names. Custom action types and webhooks hold no data.
 */
import type { PipelineArgs } from "@pulumi/aws/codepipeline/pipeline";
import { entry } from "../entry";

export const codepipelinePipeline = entry<PipelineArgs>()({
    types: ["aws:codepipeline/pipeline:Pipeline"],
    holds: "build artefacts passed between stages (and free-text action configuration and variables)",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ what: "pipeline artefacts", key: "artifactStores.encryptionKey.id", keyAbsentMeans: "the AWS-managed aws/s3 key" }],
    inTransit: { notOffered: "CodePipeline moves artefacts through S3 over HTTPS" },
    retention: {
        notOffered: "artefacts live in the artifact store bucket until its lifecycle removes them; the bucket is judged as a store",
    },
    destinations: [{ what: "keeps artefacts in", region: "artifactStores.region" }],
    notes: "The artifact store bucket is judged as a store of its own classification; a pipeline is not a source of personal data for it.",
});

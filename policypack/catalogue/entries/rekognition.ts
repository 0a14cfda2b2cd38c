/** Rekognition: face collections (biometric vectors), Custom Labels projects, and stream processors analysing live video. */
import type { CollectionArgs } from "@pulumi/aws/rekognition/collection";
import type { ProjectArgs } from "@pulumi/aws/rekognition/project";
import type { StreamProcessorArgs } from "@pulumi/aws/rekognition/streamProcessor";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { read } from "../read";
import { TOPIC_TYPES } from "./sns";

/** Opting in lets AWS keep the analysed video to improve its models: a copy outside the company's accounts. */
function checkDataSharing({ store, report }: StoreContext): void {
    for (const reading of read(store.res.props, "dataSharingPreference.optIn")) {
        if (reading.state === "unknown") report("dataSharingPreference.optIn is not known during preview");
        else if (reading.value === true || reading.value === "true")
            report(
                "dataSharingPreference.optIn is true: AWS keeps the analysed video to improve Rekognition, a copy outside the company's accounts",
            );
    }
}

const HTTPS_ONLY = { notOffered: "Rekognition's endpoints accept HTTPS only" };
const COLLECTION_TYPES = ["aws:rekognition/collection:Collection"];

export const rekognitionCollection = entry<CollectionArgs>()({
    types: ["aws:rekognition/collection:Collection"],
    holds: "face vectors of people (biometric data) indexed under caller-supplied external IDs",
    tagging: "store",
    names: ["collectionId"],
    atRest: [{ what: "face vectors", customerKeyNotOffered: "Rekognition encrypts collections with an AWS-owned key" }],
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "faces stay in the collection until the application deletes them (DeleteFaces)" },
});

export const rekognitionProject = entry<ProjectArgs>()({
    types: ["aws:rekognition/project:Project"],
    holds: "training and test datasets (images) and the models trained on them",
    tagging: "store",
    names: ["name"],
    atRest: {
        notOffered:
            "datasets are copied into Rekognition's storage; a model's key is set per project version, which the provider does not manage",
    },
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "datasets and models live until deleted" },
});

export const rekognitionStreamProcessor = entry<StreamProcessorArgs>()({
    types: ["aws:rekognition/streamProcessor:StreamProcessor"],
    holds: "live video it analyses (faces searched in a collection, people and packages detected) and the results it writes",
    tagging: "carrier",
    names: ["name"],
    sources: [
        { path: "input.kinesisVideoStream.arn", types: "any" },
        { path: "settings.faceSearch.collectionId", types: COLLECTION_TYPES },
    ],
    atRest: [
        {
            what: "label detection results in S3",
            when: { path: "output.s3Destination.bucket" },
            key: "kmsKeyId",
            keyAbsentMeans: "the bucket's default encryption",
        },
    ],
    inTransit: { notOffered: "video and results move inside AWS over TLS" },
    retention: { notOffered: "keeps no video; results are judged where they are written" },
    destinations: [
        { custom: checkDataSharing, summary: "dataSharingPreference.optIn not true (AWS would keep the video)" },
        { what: "writes results to", store: true, path: "output.s3Destination.bucket", types: BUCKET_TYPES },
        { what: "streams results to", store: true, path: "output.kinesisDataStream.arn", types: "any" },
        { what: "notifies", store: true, path: "notificationChannel.snsTopicArn", types: TOPIC_TYPES },
    ],
});

/** Elastic Transcoder: pipelines that read media from a bucket and write transcoded copies to others. */
import type { PipelineArgs } from "@pulumi/aws/elastictranscoder/pipeline";
import { asList, isObject } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

/** Grants on the output objects to the AllUsers or AuthenticatedUsers groups make them public. */
function checkGrants({ store, report }: StoreContext): void {
    for (const path of ["contentConfigPermissions", "thumbnailConfigPermissions"]) {
        for (const grant of asList(store.res.props[path])) {
            if (isObject(grant) && grant.granteeType === "Group" && /AllUsers|AuthenticatedUsers/.test(String(grant.grantee)))
                report(`makes its output objects public: ${path} grants ${grant.grantee}`);
        }
    }
}

export const elastictranscoderPipeline = entry<PipelineArgs>()({
    types: ["aws:elastictranscoder/pipeline:Pipeline"],
    holds: "media read from one bucket and transcoded copies written to others",
    tagging: "carrier",
    names: ["name"],
    sources: [{ path: "inputBucket", types: BUCKET_TYPES }],
    atRest: [{ what: "each transcoded file", key: "awsKmsKeyArn", keyAbsentMeans: "the AWS-managed aws/s3 key" }],
    inTransit: { notOffered: "Elastic Transcoder reads and writes S3 inside AWS" },
    exposure: [{ custom: checkGrants, summary: "no grant to AllUsers or AuthenticatedUsers on output objects" }],
    retention: { notOffered: "copies live in the output buckets, judged there" },
    destinations: [
        { what: "writes transcoded files to", store: true, path: "outputBucket", types: BUCKET_TYPES },
        { what: "writes transcoded files to", store: true, path: "contentConfig.bucket", types: BUCKET_TYPES },
        { what: "writes thumbnails to", store: true, path: "thumbnailConfig.bucket", types: BUCKET_TYPES },
    ],
});

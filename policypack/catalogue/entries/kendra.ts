/** Kendra: indexes, and the data sources and FAQs that copy documents into them. */
import type { DataSourceArgs } from "@pulumi/aws/kendra/dataSource";
import type { FaqArgs } from "@pulumi/aws/kendra/faq";
import type { IndexArgs } from "@pulumi/aws/kendra/index_";
import { entry } from "../entry";
import { BUCKET_TYPES } from "./s3";

const INDEX_TYPES = ["aws:kendra/index:Index"];
const IN_INDEX = { notOffered: "documents rest in the index, under its key" };
const ENRICHMENT = "customDocumentEnrichmentConfiguration";

export const kendraIndex = entry<IndexArgs>()({
    types: ["aws:kendra/index:Index"],
    holds: "document text and metadata extracted from its data sources, and query history",
    tagging: "store",
    names: ["name"],
    atRest: [{ what: "indexed documents", key: "serverSideEncryptionConfiguration.kmsKeyId", keyAbsentMeans: "an AWS-owned key" }],
    inTransit: { notOffered: "Kendra's endpoints accept HTTPS only" },
    retention: {
        notOffered:
            "documents stay until their data source's next sync removes them or the application deletes them; Kendra keeps no backups the stack can set",
    },
});

export const kendraDataSource = entry<DataSourceArgs>()({
    types: ["aws:kendra/dataSource:DataSource"],
    holds: "documents crawled from a repository (a bucket, a website, a SaaS application) into an index",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "configuration.s3Configuration.bucketName", types: BUCKET_TYPES }],
    atRest: IN_INDEX,
    inTransit: { notOffered: "the connector reads its repository over the repository's own protocol" },
    retention: { notOffered: "documents live in the index, judged as a store" },
    destinations: [
        { what: "copies documents into", store: true, path: "indexId", types: INDEX_TYPES },
        {
            what: "keeps raw and enriched documents in",
            store: true,
            path: `${ENRICHMENT}.preExtractionHookConfiguration.s3Bucket`,
            types: BUCKET_TYPES,
        },
        {
            what: "keeps raw and enriched documents in",
            store: true,
            path: `${ENRICHMENT}.postExtractionHookConfiguration.s3Bucket`,
            types: BUCKET_TYPES,
        },
        {
            what: "passes documents to",
            store: true,
            path: `${ENRICHMENT}.preExtractionHookConfiguration.lambdaArn`,
            types: ["aws:lambda/function:Function"],
        },
        {
            what: "passes documents to",
            store: true,
            path: `${ENRICHMENT}.postExtractionHookConfiguration.lambdaArn`,
            types: ["aws:lambda/function:Function"],
        },
    ],
    notes: "Repositories named inside configuration.templateConfiguration.template (JSON) are not read: such a data source without tags is judged as pii.",
});

export const kendraFaq = entry<FaqArgs>()({
    types: ["aws:kendra/faq:Faq"],
    holds: "questions and answers copied from a file in S3 into an index",
    tagging: "copy",
    names: ["name"],
    sources: [{ path: "s3Path.bucket", types: BUCKET_TYPES }],
    atRest: IN_INDEX,
    inTransit: { notOffered: "read by Kendra inside AWS" },
    retention: { notOffered: "the FAQ lives in the index until deleted" },
    destinations: [{ what: "copies the FAQ into", store: true, path: "indexId", types: INDEX_TYPES }],
});

import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const MODEL = "aws:transcribe/languageModel:LanguageModel";
const VOCABULARY = "aws:transcribe/vocabulary:Vocabulary";

const transcribe = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: MODEL,
            name: "calls",
            props: {
                modelName: "calls",
                baseModelName: "NarrowBand",
                languageCode: "en-US",
                tags: { ...CONFIDENTIAL_TAGS, "retention-days": "90" },
                inputDataConfig: { s3Uri: "s3://logs-abc/transcripts/", dataAccessRoleArn: `arn:aws:iam::${ACCOUNT}:role/transcribe` },
            },
        },
        {
            type: VOCABULARY,
            name: "streets",
            props: { vocabularyName: "streets", languageCode: "en-US", vocabularyFileUri: "s3://labels-abc/streets.txt" },
        },
    ]);

describe("catalogue: Transcribe", () => {
    describeEntry(
        "language model, vocabulary",
        transcribe,
        [
            {
                title: "a confidential model trained on PII transcripts",
                change: props("calls", (p) => {
                    p.inputDataConfig.s3Uri = "s3://labels-abc/transcripts/";
                }),
                policy: datastoreTagsRequireClassification,
                at: [MODEL, "calls"],
                message: /classified confidential but holds pii data as a copy of labels/,
            },
            {
                title: "a PII vocabulary with inline phrases",
                change: props("streets", (p) => {
                    delete p.vocabularyFileUri;
                    p.phrases = ["Main-Street"];
                    p.tags = PII_TAGS;
                }),
                policy: datastoreAccessBlockPublic,
                at: [VOCABULARY, "streets"],
                message: /sets phrases, which are kept in plaintext/,
            },
        ],
        [
            {
                title: "a vocabulary of product names inline",
                change: props("streets", (p) => {
                    delete p.vocabularyFileUri;
                    p.phrases = ["Parcel-Box"];
                    p.tags = CONFIDENTIAL_TAGS;
                }),
            },
        ],
    );
});

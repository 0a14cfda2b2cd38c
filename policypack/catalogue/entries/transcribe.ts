/** Transcribe: custom language models (trained on transcripts) and custom vocabularies (phrases, often names). */
import type { LanguageModelArgs } from "@pulumi/aws/transcribe/languageModel";
import type { VocabularyArgs } from "@pulumi/aws/transcribe/vocabulary";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { entry } from "../entry";
import { S3_URI } from "./glue";

const HTTPS_ONLY = { notOffered: "Transcribe's endpoints accept HTTPS only" };

export const transcribeLanguageModel = entry<LanguageModelArgs>()({
    types: ["aws:transcribe/languageModel:LanguageModel"],
    holds: "a language model trained on text from S3 (call transcripts that may name customers)",
    tagging: "carrier",
    names: ["modelName"],
    sources: [
        { path: "inputDataConfig.s3Uri", types: BUCKET_TYPES, pattern: S3_URI },
        { path: "inputDataConfig.tuningDataS3Uri", types: BUCKET_TYPES, pattern: S3_URI },
    ],
    atRest: [{ what: "the language model", customerKeyNotOffered: "Transcribe encrypts custom language models with an AWS-owned key" }],
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "the model lives until deleted; training data stays in its bucket" },
});

export const transcribeVocabulary = entry<VocabularyArgs>()({
    types: ["aws:transcribe/vocabulary:Vocabulary"],
    holds: "a list of phrases (often proper nouns: names of people and streets)",
    tagging: "carrier",
    names: ["vocabularyName"],
    sources: [{ path: "vocabularyFileUri", types: BUCKET_TYPES, pattern: S3_URI }],
    atRest: [{ what: "the vocabulary", customerKeyNotOffered: "Transcribe keeps vocabularies under an AWS-owned key" }],
    inTransit: HTTPS_ONLY,
    exposure: [
        {
            what: "its phrases",
            plaintextWhenPii: "phrases",
            why: "which are kept in plaintext in the stack's state and shown to anyone who may get the vocabulary",
        },
    ],
    retention: { notOffered: "the vocabulary lives until deleted" },
});

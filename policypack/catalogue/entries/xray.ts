/** AWS X-Ray: the region's trace encryption setting (traces can carry request data in annotations and metadata). */
import type { EncryptionConfigArgs } from "@pulumi/aws/xray/encryptionConfig";
import { entry } from "../entry";

export const xrayEncryptionConfig = entry<EncryptionConfigArgs>()({
    types: ["aws:xray/encryptionConfig:EncryptionConfig"],
    holds: "the encryption of every trace of the account in the region (segments, annotations, metadata)",
    tagging: "carrier",
    atRest: [
        {
            what: "trace data",
            key: "keyId",
            keyAbsentMeans: "X-Ray's default encryption (type NONE: a key AWS owns; type KMS without keyId: the AWS-managed aws/xray key)",
        },
    ],
    inTransit: { notOffered: "X-Ray's endpoints accept HTTPS only" },
    retention: { notOffered: "X-Ray keeps traces 30 days whatever the settings: personal data belongs in no annotation or metadata" },
});

import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const VAULT = "aws:glacier/vault:Vault";
const LOCK = "aws:glacier/vaultLock:VaultLock";
const policy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "glacier:InitiateJob", Resource: "*" }],
    });
const lock = (statement: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Deny", Principal: "*", Action: "glacier:DeleteArchive", Resource: "*", ...statement }],
    });

const glacier = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: VAULT,
            name: "archive",
            props: { name: "archive", accessPolicy: policy({ AWS: `arn:aws:iam::${ACCOUNT}:root` }), tags: PII_TAGS },
        },
        { type: VAULT, name: "records", props: { name: "records", tags: CONFIDENTIAL_TAGS } },
        {
            type: LOCK,
            name: "records-lock",
            props: {
                vaultName: "records",
                completeLock: true,
                policy: lock({ Condition: { NumericLessThan: { "glacier:ArchiveAgeInDays": "365" } } }),
            },
            propertyDependencies: { vaultName: ["records"] },
        },
    ]);

describe("catalogue: Glacier", () => {
    describeEntry(
        "aws:glacier/vault:Vault",
        glacier,
        [
            {
                title: "a vault policy open to everyone",
                change: props("archive", (p) => {
                    p.accessPolicy = policy({ AWS: "*" });
                }),
                policy: datastoreAccessBlockPublic,
                at: [VAULT, "archive"],
                message: /its vault access policy: a statement allows Principal "\*"/,
            },
            {
                title: "a vault policy letting in another account",
                change: props("archive", (p) => {
                    p.accessPolicy = policy({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [VAULT, "archive"],
                message: /account 999988887777/,
            },
            {
                title: "unclassified",
                change: props("archive", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [VAULT, "archive"],
                message: /tag "data-classification" must be one of/,
            },
            {
                title: "a lock keeping PII archives a year",
                change: add({
                    type: LOCK,
                    name: "archive-lock",
                    props: {
                        vaultName: "archive",
                        completeLock: true,
                        policy: lock({ Condition: { NumericLessThan: { "glacier:ArchiveAgeInDays": "365" } } }),
                    },
                    propertyDependencies: { vaultName: ["archive"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [VAULT, "archive"],
                message: /the vault lock keeps every archive 365 days/,
            },
            {
                title: "a lock that forbids deleting PII archives at all",
                change: add({
                    type: LOCK,
                    name: "archive-lock",
                    props: { vaultName: "archive", completeLock: false, policy: lock({}) },
                    propertyDependencies: { vaultName: ["archive"] },
                }),
                policy: datastoreRetentionLimitCopies,
                at: [VAULT, "archive"],
                message:
                    /denies glacier:DeleteArchive with no glacier:ArchiveAgeInDays bound: archives of personal data can never be erased \(in test mode/,
            },
        ],
        [
            {
                title: "a lock of two days on PII archives",
                change: add({
                    type: LOCK,
                    name: "archive-lock",
                    props: {
                        vaultName: "archive",
                        completeLock: true,
                        policy: lock({ Condition: { NumericLessThan: { "glacier:ArchiveAgeInDays": "2" } } }),
                    },
                    propertyDependencies: { vaultName: ["archive"] },
                }),
            },
        ],
    );
});

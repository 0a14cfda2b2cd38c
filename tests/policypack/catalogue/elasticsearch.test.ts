import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, add, describeEntry, fixtureWith, props } from "../support/entries";

const DOMAIN = "aws:elasticsearch/domain:Domain";
const POLICY = "aws:elasticsearch/domainPolicy:DomainPolicy";
const ENDPOINT = "aws:elasticsearch/vpcEndpoint:VpcEndpoint";
const DOMAIN_ARN = `arn:aws:es:eu-west-1:${ACCOUNT}:domain/legacy-search`;
const CONFIDENTIAL = { "data-classification": "confidential", "retention-days": "30", owner: "search-team" };
const policy = (principal: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: principal, Action: "es:ESHttpGet", Resource: `${DOMAIN_ARN}/*` }],
    });

const legacy = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: DOMAIN,
            name: "legacy-search",
            props: {
                domainName: "legacy-search",
                elasticsearchVersion: "7.10",
                encryptAtRest: { enabled: true, kmsKeyId: KEY_ARN },
                nodeToNodeEncryption: { enabled: true },
                domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" },
                vpcOptions: { subnetIds: ["subnet-1"], securityGroupIds: ["sg-es"] },
                accessPolicies: {
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` },
                            Action: "es:ESHttpGet",
                            Resource: `${DOMAIN_ARN}/*`,
                        },
                    ],
                },
                tags: CONFIDENTIAL,
            },
        },
    ]);

describe("catalogue: Elasticsearch (legacy)", () => {
    describeEntry(DOMAIN, legacy, [
        {
            title: "unencrypted at rest",
            change: props("legacy-search", (p) => {
                p.encryptAtRest.enabled = false;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [DOMAIN, "legacy-search"],
            message: /indexed documents is not encrypted: encryptAtRest.enabled is false/,
        },
        {
            title: "the AWS-managed aws/es key",
            change: props("legacy-search", (p) => {
                delete p.encryptAtRest.kmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [DOMAIN, "legacy-search"],
            message: /AWS-managed aws\/es key/,
        },
        {
            title: "no node-to-node encryption",
            change: props("legacy-search", (p) => {
                p.nodeToNodeEncryption.enabled = false;
            }),
            policy: datastoreTransitRequireTls,
            at: [DOMAIN, "legacy-search"],
            message: /traffic between nodes does not require TLS/,
        },
        {
            title: "a TLS 1.0 policy",
            change: props("legacy-search", (p) => {
                p.domainEndpointOptions.tlsSecurityPolicy = "Policy-Min-TLS-1-0-2019-07";
            }),
            policy: datastoreTransitRequireTls,
            at: [DOMAIN, "legacy-search"],
            message: /does not require TLS 1.2/,
        },
        {
            title: "a public endpoint",
            change: props("legacy-search", (p) => {
                delete p.vpcOptions;
            }),
            policy: datastoreAccessBlockPublic,
            at: [DOMAIN, "legacy-search"],
            message: /has a public endpoint/,
        },
        {
            title: "an access policy object open to everyone",
            change: props("legacy-search", (p) => {
                p.accessPolicies.Statement[0].Principal = { AWS: "*" };
            }),
            policy: datastoreAccessBlockPublic,
            at: [DOMAIN, "legacy-search"],
            message: /its access policy: a statement allows Principal "\*"/,
        },
        {
            title: "a PII domain: AWS keeps automated snapshots 14 days",
            change: props("legacy-search", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [DOMAIN, "legacy-search"],
            message: /AWS keeps automated snapshots .* for 14 days/,
        },
        {
            title: "unclassified",
            change: props("legacy-search", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [DOMAIN, "legacy-search"],
            message: /tag "data-classification" must be one of/,
        },
    ]);

    describeEntry(POLICY, legacy, [
        {
            title: "a domain policy open to everyone",
            change: add({ type: POLICY, name: "es-policy", props: { domainName: "legacy-search", accessPolicies: policy({ AWS: "*" }) } }),
            policy: datastoreAccessBlockPublic,
            at: [DOMAIN, "legacy-search"],
            message: /its access policy: a statement allows Principal "\*"/,
        },
    ]);

    describeEntry(ENDPOINT, legacy, [
        {
            title: "a VPC endpoint on the default security group",
            change: add({
                type: ENDPOINT,
                name: "legacy-vpce",
                props: { domainArn: DOMAIN_ARN, vpcOptions: { subnetIds: ["subnet-2"] } },
                propertyDependencies: { domainArn: ["legacy-search"] },
            }),
            policy: datastoreAccessBlockPublic,
            at: [DOMAIN, "legacy-search"],
            message: /its VPC endpoint names no vpcOptions.securityGroupIds/,
        },
    ]);
});

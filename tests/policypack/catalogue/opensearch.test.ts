import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, UNKNOWN, add, describeEntry, fixtureWith, props, remove } from "../support/entries";

const DOMAIN = "aws:opensearch/domain:Domain";
const DOMAIN_POLICY = "aws:opensearch/domainPolicy:DomainPolicy";
const VPC_ENDPOINT = "aws:opensearch/vpcEndpoint:VpcEndpoint";
const AUTHORIZE = "aws:opensearch/authorizeVpcEndpointAccess:AuthorizeVpcEndpointAccess";
const OUTBOUND = "aws:opensearch/outboundConnection:OutboundConnection";
const INBOUND = "aws:opensearch/inboundConnectionAccepter:InboundConnectionAccepter";
const COLLECTION = "aws:opensearch/serverlessCollection:ServerlessCollection";
const SECURITY_POLICY = "aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy";
const LIFECYCLE = "aws:opensearch/serverlessLifecyclePolicy:ServerlessLifecyclePolicy";
const ACCESS_POLICY = "aws:opensearch/serverlessAccessPolicy:ServerlessAccessPolicy";
const AOSS_ENDPOINT = "aws:opensearch/serverlessVpcEndpoint:ServerlessVpcEndpoint";
const APPLICATION = "aws:opensearch/application:Application";

const CONFIDENTIAL = { "data-classification": "confidential", "retention-days": "30", owner: "search-team" };
const DOMAIN_ARN = `arn:aws:es:eu-west-1:${ACCOUNT}:domain/catalog`;
const accessPolicy = (principal: object, condition?: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: principal,
                Action: "es:ESHttp*",
                Resource: `${DOMAIN_ARN}/*`,
                ...(condition ? { Condition: condition } : {}),
            },
        ],
    });

const search = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: DOMAIN,
            name: "catalog",
            props: {
                domainName: "catalog",
                engineVersion: "OpenSearch_2.17",
                encryptAtRest: { enabled: true, kmsKeyId: KEY_ARN },
                nodeToNodeEncryption: { enabled: true },
                domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
                vpcOptions: { subnetIds: ["subnet-1"], securityGroupIds: ["sg-search"] },
                accessPolicies: accessPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:role/search-app` }),
                logPublishingOptions: [
                    { logType: "AUDIT_LOGS", cloudwatchLogGroupArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/opensearch/catalog` },
                ],
                tags: CONFIDENTIAL,
            },
            propertyDependencies: { logPublishingOptions: ["catalog-audit"] },
        },
        {
            type: "aws:cloudwatch/logGroup:LogGroup",
            name: "catalog-audit",
            props: {
                name: "/aws/opensearch/catalog",
                arn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/opensearch/catalog`,
                retentionInDays: 30,
                kmsKeyId: KEY_ARN,
            },
        },
        { type: COLLECTION, name: "products", props: { name: "products", type: "SEARCH", tags: CONFIDENTIAL } },
        {
            type: SECURITY_POLICY,
            name: "products-encryption",
            props: {
                name: "products-encryption",
                type: "encryption",
                policy: JSON.stringify({
                    Rules: [{ ResourceType: "collection", Resource: ["collection/prod*"] }],
                    AWSOwnedKey: false,
                    KmsARN: KEY_ARN,
                }),
            },
        },
        {
            type: SECURITY_POLICY,
            name: "products-network",
            props: {
                name: "products-network",
                type: "network",
                policy: JSON.stringify([
                    {
                        Rules: [{ ResourceType: "collection", Resource: ["collection/products"] }],
                        AllowFromPublic: false,
                        SourceVPCEs: ["vpce-1"],
                    },
                ]),
            },
        },
        {
            type: LIFECYCLE,
            name: "products-lifecycle",
            props: {
                name: "products-lifecycle",
                type: "retention",
                policy: JSON.stringify({ Rules: [{ ResourceType: "index", Resource: ["index/products/*"], MinIndexRetention: "2d" }] }),
            },
        },
        {
            type: ACCESS_POLICY,
            name: "products-access",
            props: {
                name: "products-access",
                type: "data",
                policy: JSON.stringify([
                    {
                        Rules: [{ ResourceType: "index", Resource: ["index/products/*"], Permission: ["aoss:ReadDocument"] }],
                        Principal: [`arn:aws:iam::${ACCOUNT}:role/search-app`],
                    },
                ]),
            },
        },
        {
            type: AOSS_ENDPOINT,
            name: "aoss-vpce",
            props: { name: "aoss-vpce", vpcId: "vpc-1", subnetIds: ["subnet-1"], securityGroupIds: ["sg-aoss"] },
        },
    ]);

const piiDomain = props("catalog", (p) => {
    p.tags = PII_TAGS;
});

describe("catalogue: OpenSearch", () => {
    describeEntry(
        DOMAIN,
        search,
        [
            {
                title: "unencrypted at rest (AWS default)",
                change: props("catalog", (p) => {
                    delete p.encryptAtRest;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DOMAIN, "catalog"],
                message: /indexed documents is not encrypted: encryptAtRest.enabled is not set \(unencrypted\)/,
            },
            {
                title: "the AWS-managed aws/es key",
                change: props("catalog", (p) => {
                    delete p.encryptAtRest.kmsKeyId;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [DOMAIN, "catalog"],
                message: /has no encryptAtRest.kmsKeyId, so indexed documents is encrypted under the AWS-managed aws\/es key/,
            },
            {
                title: "HTTPS not enforced",
                change: props("catalog", (p) => {
                    p.domainEndpointOptions.enforceHttps = false;
                }),
                policy: datastoreTransitRequireTls,
                at: [DOMAIN, "catalog"],
                message: /its endpoint does not require TLS: domainEndpointOptions.enforceHttps is false/,
            },
            {
                title: "no domainEndpointOptions (AWS admits HTTP)",
                change: props("catalog", (p) => {
                    delete p.domainEndpointOptions;
                }),
                policy: datastoreTransitRequireTls,
                at: [DOMAIN, "catalog"],
                message:
                    /domainEndpointOptions.enforceHttps is not set \(no domainEndpointOptions block: AWS's default admits plain HTTP\)/,
            },
            {
                title: "a TLS 1.0 policy",
                change: props("catalog", (p) => {
                    p.domainEndpointOptions.tlsSecurityPolicy = "Policy-Min-TLS-1-0-2019-07";
                }),
                policy: datastoreTransitRequireTls,
                at: [DOMAIN, "catalog"],
                message: /does not require TLS 1.2: domainEndpointOptions.tlsSecurityPolicy is "Policy-Min-TLS-1-0-2019-07"/,
            },
            {
                title: "no TLS policy",
                change: props("catalog", (p) => {
                    delete p.domainEndpointOptions.tlsSecurityPolicy;
                }),
                policy: datastoreTransitRequireTls,
                at: [DOMAIN, "catalog"],
                message: /domainEndpointOptions.tlsSecurityPolicy is not set/,
            },
            {
                title: "no node-to-node encryption (AWS default)",
                change: props("catalog", (p) => {
                    delete p.nodeToNodeEncryption;
                }),
                policy: datastoreTransitRequireTls,
                at: [DOMAIN, "catalog"],
                message: /traffic between nodes does not require TLS: nodeToNodeEncryption.enabled is not set/,
            },
            {
                title: "a public endpoint (no VPC)",
                change: props("catalog", (p) => {
                    delete p.vpcOptions;
                }),
                policy: datastoreAccessBlockPublic,
                at: [DOMAIN, "catalog"],
                message: /has a public endpoint: no vpcOptions.subnetIds/,
            },
            {
                title: "in a VPC on the default security group",
                change: props("catalog", (p) => {
                    delete p.vpcOptions.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [DOMAIN, "catalog"],
                message: /the domain names no vpcOptions.securityGroupIds/,
            },
            {
                title: "an access policy open to everyone",
                change: props("catalog", (p) => {
                    p.accessPolicies = accessPolicy({ AWS: "*" });
                }),
                policy: datastoreAccessBlockPublic,
                at: [DOMAIN, "catalog"],
                message: /its access policy: a statement allows Principal "\*" with no condition/,
            },
            {
                title: "an access policy open to an IP range only",
                change: props("catalog", (p) => {
                    p.accessPolicies = accessPolicy({ AWS: "*" }, { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } });
                }),
                policy: datastoreAccessBlockPublic,
                at: [DOMAIN, "catalog"],
                message: /allows Principal "\*" with no condition tying it to an account/,
            },
            {
                title: "an access policy letting in another account",
                change: props("catalog", (p) => {
                    p.accessPolicies = accessPolicy({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` });
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [DOMAIN, "catalog"],
                message: /account 999988887777, which is neither this stack's nor a shipping provider's/,
            },
            {
                title: "anonymous access",
                change: props("catalog", (p) => {
                    p.advancedSecurityOptions = { enabled: true, anonymousAuthEnabled: true };
                }),
                policy: datastoreAccessBlockPublic,
                at: [DOMAIN, "catalog"],
                message: /the domain \(anonymous access\) is public: advancedSecurityOptions.anonymousAuthEnabled is true/,
            },
            {
                title: "a PII domain: AWS keeps automated snapshots 14 days",
                change: piiDomain,
                policy: datastoreRetentionLimitCopies,
                at: [DOMAIN, "catalog"],
                message: /AWS keeps automated snapshots \(hourly, in a repository AWS manages; none can be turned off\) for 14 days/,
            },
            {
                title: "a PII domain's audit logs make its log group PII",
                change: piiDomain,
                policy: datastoreRetentionLimitCopies,
                at: ["aws:cloudwatch/logGroup:LogGroup", "catalog-audit"],
                message: /keeps its logs 30 days, more than the 3-day retention/,
            },
            {
                title: "logs published to a log group outside the stack",
                change: (stack) => {
                    piiDomain(stack);
                    remove("catalog-audit")(stack);
                    stack.find((s) => s.name === "catalog")!.propertyDependencies = {};
                },
                policy: datastoreSharingRestrictDestinations,
                at: [DOMAIN, "catalog"],
                message:
                    /publishes its logs to arn:aws:logs:eu-west-1:111122223333:log-group:\/aws\/opensearch\/catalog, which is not a resource of this stack, so its encryption and retention cannot be verified/,
            },
            {
                title: "unclassified",
                change: props("catalog", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [DOMAIN, "catalog"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "domainEndpointOptions without enforceHttps (the provider sends true)",
                change: props("catalog", (p) => {
                    delete p.domainEndpointOptions.enforceHttps;
                }),
            },
            {
                title: "an access policy for everyone in this account",
                change: props("catalog", (p) => {
                    p.accessPolicies = accessPolicy({ AWS: "*" }, { StringEquals: { "aws:PrincipalAccount": ACCOUNT } });
                }),
            },
        ],
    );

    describeEntry(DOMAIN_POLICY, search, [
        {
            title: "a domain policy open to everyone",
            change: add({
                type: DOMAIN_POLICY,
                name: "catalog-policy",
                props: { domainName: "catalog", accessPolicies: accessPolicy({ AWS: "*" }) },
            }),
            policy: datastoreAccessBlockPublic,
            at: [DOMAIN, "catalog"],
            message: /its access policy: a statement allows Principal "\*"/,
        },
    ]);

    describeEntry(VPC_ENDPOINT, search, [
        {
            title: "a VPC endpoint on the default security group",
            change: add({
                type: VPC_ENDPOINT,
                name: "catalog-vpce",
                props: { domainArn: DOMAIN_ARN, vpcOptions: { subnetIds: ["subnet-2"] } },
                propertyDependencies: { domainArn: ["catalog"] },
            }),
            policy: datastoreAccessBlockPublic,
            at: [DOMAIN, "catalog"],
            message: /its VPC endpoint names no vpcOptions.securityGroupIds/,
        },
    ]);

    describeEntry(
        AUTHORIZE,
        search,
        [
            {
                title: "endpoints from another account",
                change: add({ type: AUTHORIZE, name: "catalog-authorize", props: { domainName: "catalog", account: OUTSIDE_ACCOUNT } }),
                policy: datastoreSharingRestrictDestinations,
                at: [DOMAIN, "catalog"],
                message: /lets VPC endpoints in from account 999988887777, outside this stack/,
            },
        ],
        [
            {
                title: "endpoints for an AWS service principal",
                change: add({
                    type: AUTHORIZE,
                    name: "catalog-authorize",
                    props: { domainName: "catalog", account: "osis.amazonaws.com" },
                }),
            },
        ],
    );

    describeEntry(OUTBOUND, search, [
        {
            title: "a connection to another account's domain",
            change: add({
                type: OUTBOUND,
                name: "to-partner",
                props: {
                    region: "eu-west-1",
                    connectionAlias: "partner",
                    localDomainInfo: { domainName: "catalog", ownerId: ACCOUNT, region: "eu-west-1" },
                    remoteDomainInfo: { domainName: "partner", ownerId: OUTSIDE_ACCOUNT, region: "eu-west-1" },
                },
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [OUTBOUND, "to-partner"],
            message: /connects the domain to a domain of account 999988887777, outside this stack/,
        },
        {
            title: "a connection to a domain in another region",
            change: add({
                type: OUTBOUND,
                name: "to-us",
                props: {
                    region: "eu-west-1",
                    connectionAlias: "us",
                    localDomainInfo: { domainName: "catalog", ownerId: ACCOUNT, region: "eu-west-1" },
                    remoteDomainInfo: { domainName: "catalog-us", ownerId: ACCOUNT, region: "us-east-1" },
                },
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [OUTBOUND, "to-us"],
            message: /connects the domain to a domain in region us-east-1, not on allowedRegions/,
        },
    ]);

    describeEntry(
        INBOUND,
        search,
        [
            {
                title: "accepting a connection from outside the stack",
                change: add({ type: INBOUND, name: "accept", props: { connectionId: "abc123" } }),
                policy: datastoreSharingRestrictDestinations,
                at: [INBOUND, "accept"],
                message: /accepts cross-cluster connection "abc123" from a domain outside this stack/,
            },
            {
                title: "a connection id unknown during preview",
                change: add({ type: INBOUND, name: "accept", props: { connectionId: UNKNOWN } }),
                policy: datastoreSharingRestrictDestinations,
                at: [INBOUND, "accept"],
                message: /not known during preview/,
            },
        ],
        [
            {
                title: "accepting a connection this stack requests",
                change: add(
                    {
                        type: OUTBOUND,
                        name: "to-self",
                        props: {
                            region: "eu-west-1",
                            connectionAlias: "self",
                            localDomainInfo: { domainName: "catalog", ownerId: ACCOUNT, region: "eu-west-1" },
                            remoteDomainInfo: { domainName: "catalog", ownerId: ACCOUNT, region: "eu-west-1" },
                        },
                    },
                    {
                        type: INBOUND,
                        name: "accept",
                        props: { connectionId: UNKNOWN },
                        propertyDependencies: { connectionId: ["to-self"] },
                    },
                ),
            },
        ],
    );

    describeEntry(
        COLLECTION,
        search,
        [
            {
                title: "an encryption policy with the AWS-owned key",
                change: props("products-encryption", (p) => {
                    p.policy = JSON.stringify({
                        Rules: [{ ResourceType: "collection", Resource: ["collection/products"] }],
                        AWSOwnedKey: true,
                    });
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [COLLECTION, "products"],
                message: /its encryption policy products-encryption sets AWSOwnedKey true/,
            },
            {
                title: "no encryption policy in the stack",
                change: remove("products-encryption"),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [COLLECTION, "products"],
                message: /no encryption policy of this stack covers collection\/products/,
            },
            {
                title: "collection-level encryption with the AWS-owned key",
                change: props("products", (p) => {
                    p.encryptionConfigs = [{ awsOwnedKey: true }];
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [COLLECTION, "products"],
                message: /encryptionConfigs.awsOwnedKey is true/,
            },
            {
                title: "a public network policy",
                change: props("products-network", (p) => {
                    p.policy = JSON.stringify([
                        { Rules: [{ ResourceType: "collection", Resource: ["collection/*"] }], AllowFromPublic: true },
                    ]);
                }),
                policy: datastoreAccessBlockPublic,
                at: [COLLECTION, "products"],
                message: /is public: its network policy products-network sets AllowFromPublic true/,
            },
            {
                title: "no network policy in the stack",
                change: remove("products-network"),
                policy: datastoreAccessBlockPublic,
                at: [COLLECTION, "products"],
                message: /no network policy of this stack covers collection\/products/,
            },
            {
                title: "a PII collection: AWS keeps hourly snapshots",
                change: props("products", (p) => {
                    p.tags = PII_TAGS;
                }),
                policy: datastoreRetentionLimitCopies,
                at: [COLLECTION, "products"],
                message: /AWS keeps automatic hourly snapshots/,
            },
            {
                title: "a PII collection whose indexes are kept 30 days",
                change: (stack) => {
                    props("products", (p) => {
                        p.tags = PII_TAGS;
                    })(stack);
                    props("products-lifecycle", (p) => {
                        p.policy = JSON.stringify({
                            Rules: [{ ResourceType: "index", Resource: ["index/products/*"], MinIndexRetention: "30d" }],
                        });
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [COLLECTION, "products"],
                message: /keeps indexed documents 30d \(its lifecycle policy products-lifecycle\)/,
            },
            {
                title: "a PII collection whose indexes are kept forever",
                change: (stack) => {
                    props("products", (p) => {
                        p.tags = PII_TAGS;
                    })(stack);
                    props("products-lifecycle", (p) => {
                        p.policy = JSON.stringify({
                            Rules: [{ ResourceType: "index", Resource: ["index/*/*"], NoMinIndexRetention: true }],
                        });
                    })(stack);
                },
                policy: datastoreRetentionLimitCopies,
                at: [COLLECTION, "products"],
                message: /keeps indexed documents forever: its lifecycle policy products-lifecycle sets NoMinIndexRetention/,
            },
            {
                title: "unclassified",
                change: props("products", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [COLLECTION, "products"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "collection-level encryption under a customer key",
                change: (stack) => {
                    remove("products-encryption")(stack);
                    props("products", (p) => {
                        p.encryptionConfigs = [{ awsOwnedKey: false, kmsKeyArn: KEY_ARN }];
                    })(stack);
                },
            },
        ],
    );

    describeEntry(ACCESS_POLICY, search, [
        {
            title: "a data access policy granting another account",
            change: props("products-access", (p) => {
                p.policy = JSON.stringify([
                    {
                        Rules: [{ ResourceType: "index", Resource: ["index/products/*"], Permission: ["aoss:ReadDocument"] }],
                        Principal: [`arn:aws:iam::${OUTSIDE_ACCOUNT}:role/reader`],
                    },
                ]);
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ACCESS_POLICY, "products-access"],
            message: /grants arn:aws:iam::999988887777:role\/reader of account 999988887777/,
        },
    ]);

    describeEntry(AOSS_ENDPOINT, search, [
        {
            title: "a serverless VPC endpoint on the default security group",
            change: props("aoss-vpce", (p) => {
                delete p.securityGroupIds;
            }),
            policy: datastoreAccessBlockPublic,
            at: [AOSS_ENDPOINT, "aoss-vpce"],
            message: /the OpenSearch Serverless VPC endpoint names no securityGroupIds/,
        },
    ]);

    describeEntry(
        APPLICATION,
        search,
        [
            {
                title: "saved objects under an AWS-owned key",
                change: add({
                    type: APPLICATION,
                    name: "ui",
                    props: { name: "ui", dataSources: [{ dataSourceArn: DOMAIN_ARN }] },
                    propertyDependencies: { dataSources: ["catalog"] },
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [APPLICATION, "ui"],
                message: /has no kmsKeyArn, so saved objects is encrypted under an AWS-owned key/,
            },
        ],
        [
            {
                title: "an application under a customer key",
                change: add({
                    type: APPLICATION,
                    name: "ui",
                    props: { name: "ui", kmsKeyArn: KEY_ARN, dataSources: [{ dataSourceArn: DOMAIN_ARN }] },
                    propertyDependencies: { dataSources: ["catalog"] },
                }),
            },
        ],
    );
});

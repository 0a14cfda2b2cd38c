import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { ResourceSpec } from "../support/harness";
import { add, describeEntry, fixtureWith } from "../support/entries";

const DOMAIN = "aws:cloudsearch/domain:Domain";
const POLICY = "aws:cloudsearch/domainServiceAccessPolicy:DomainServiceAccessPolicy";
const domain = (endpointOptions: object = { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" }): ResourceSpec => ({
    type: DOMAIN,
    name: "faq-search",
    props: { name: "faq-search", endpointOptions },
});
const openPolicy = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
        {
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: ["cloudsearch:search"],
            Condition: { IpAddress: { "aws:SourceIp": "0.0.0.0/0" } },
        },
    ],
});

/** CloudSearch has no compliant form (no tags, no encryption setting): the base stack holds none, each case adds one. */
describe("catalogue: CloudSearch", () => {
    describeEntry(DOMAIN, () => fixtureWith([]), [
        {
            title: "no encryption at rest can be verified",
            change: add(domain()),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [DOMAIN, "faq-search"],
            message: /CloudSearch has no encryption-at-rest setting/,
        },
        {
            title: "no tags can be carried: judged as pii, and its encryption cannot be verified",
            change: add(domain()),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [DOMAIN, "faq-search"],
            message: /CloudSearch has no encryption-at-rest setting/,
        },
        {
            title: "HTTPS not enforced (AWS default)",
            change: add(domain({})),
            policy: datastoreTransitRequireTls,
            at: [DOMAIN, "faq-search"],
            message: /endpointOptions.enforceHttps is not set \(plain HTTP admitted\)/,
        },
        {
            title: "the TLS 1.0 policy (AWS default)",
            change: add(domain({ enforceHttps: true })),
            policy: datastoreTransitRequireTls,
            at: [DOMAIN, "faq-search"],
            message: /endpointOptions.tlsSecurityPolicy is not set \(Policy-Min-TLS-1-0-2019-07, which admits TLS 1.0\)/,
        },
    ]);

    describeEntry(POLICY, () => fixtureWith([]), [
        {
            title: "an access policy open to the internet",
            change: add(domain(), {
                type: POLICY,
                name: "faq-search-policy",
                props: { domainName: "faq-search", accessPolicy: openPolicy },
            }),
            policy: datastoreAccessBlockPublic,
            at: [DOMAIN, "faq-search"],
            message: /its access policy: a statement allows Principal "\*" with no condition/,
        },
    ]);
});

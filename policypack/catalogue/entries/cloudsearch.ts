/** CloudSearch: search domains and their access policies. */
import type { DomainArgs } from "@pulumi/aws/cloudsearch/domain";
import type { DomainServiceAccessPolicyArgs } from "@pulumi/aws/cloudsearch/domainServiceAccessPolicy";
import { StoreContext } from "../context";
import { entry } from "../entry";

/** CloudSearch has no encryption-at-rest setting at all, so no key, and encryption cannot be verified. */
function checkNoEncryption({ report }: StoreContext): void {
    report(
        "uploaded documents: CloudSearch has no encryption-at-rest setting and no customer-managed key, so encryption cannot be verified; use an OpenSearch domain or collection for customer data",
    );
}

export const cloudsearchDomain = entry<DomainArgs>()({
    types: ["aws:cloudsearch/domain:Domain"],
    holds: "uploaded documents (full copies of the records it searches)",
    tagging: "store",
    names: ["name"],
    atRest: [{ custom: checkNoEncryption, summary: "not offered: no encryption setting exists (reported)" }],
    inTransit: [
        {
            what: "its search and document endpoints",
            setting: { path: "endpointOptions.enforceHttps", absent: false, absentMeans: "plain HTTP admitted" },
        },
        {
            what: "its search and document endpoints",
            when: { path: "endpointOptions.enforceHttps", on: [true] },
            setting: {
                path: "endpointOptions.tlsSecurityPolicy",
                on: ["Policy-Min-TLS-1-2-2019-07"],
                absent: false,
                absentMeans: "Policy-Min-TLS-1-0-2019-07, which admits TLS 1.0",
            },
        },
    ],
    retention: { notOffered: "documents stay until the application deletes them; CloudSearch has no expiry" },
    notes: "CloudSearch domains take no tags, so their classification cannot be declared and they are judged as pii (DP-1.1 fails): keep customer data in OpenSearch. The endpoints are public; the DomainServiceAccessPolicy decides who may use them. CloudSearch is closed to new customers.",
});

export const cloudsearchDomainServiceAccessPolicy = entry<DomainServiceAccessPolicyArgs>()({
    types: ["aws:cloudsearch/domainServiceAccessPolicy:DomainServiceAccessPolicy"],
    holds: "who (including other accounts and IP ranges) may search and upload to a domain",
    tagging: "copy",
    judgedWithSource: true,
    sources: [{ path: "domainName", types: ["aws:cloudsearch/domain:Domain"] }],
    atRest: { notOffered: "a policy stores no documents" },
    inTransit: { notOffered: "a policy stores no documents" },
    exposure: [{ what: "its access policy", policyDocument: "accessPolicy" }],
    retention: { notOffered: "a policy stores no documents" },
});

import { catalogue, isCatalogued, isReviewedNoCustomerData } from "../../../catalogue";
import { definePolicy } from "../../../lib/define";
import { carriesContractTag, tagsOf } from "../../../lib/tags";

/** Resource types of the AWS providers, with their service; components and other providers' resources are not AWS data stores. */
const AWS_TYPE = /^aws(?:-native)?:([^:/]+)/;

export const datastoreTypeRequireCatalogued = definePolicy({
    name: "datastore-type-require-catalogued",
    description:
        "A resource of an AWS provider whose type the pack cannot judge (not in the data-store catalogue, nor reviewed as holding no customer data: a newer provider's type, an aws-native resource) fails closed when it carries a tag of the classification contract, or when its service is one that holds customer data (an aws-native DynamoDB table, a new S3 type): its controls cannot be verified.",
    clauses: ["DP-1.1", "DP-8.1"],
    severity: "high",
    remediationSteps:
        "Use a resource type the pack catalogues (aws v7 types, see policypack/README.md), or add the type to the catalogue (policypack/catalogue/) with its encryption, TLS, exposure, retention and destinations, and release the pack.",
    judges: { everything: true },
    check({ index, report }) {
        const dataServices = index.memo("catalogued-services", () => new Set(catalogue().map((entry) => entry.service)));
        for (const res of index.all) {
            const service = AWS_TYPE.exec(res.type)?.[1];
            if (service === undefined || isCatalogued(res.type) || isReviewedNoCustomerData(res.type)) continue;
            const { tags, unknown } = tagsOf(res);
            if (unknown || carriesContractTag(tags))
                report(
                    res,
                    `carries the contract tags of a data store, but the pack cannot judge resources of type ${res.type}: its controls cannot be verified`,
                );
            else if (dataServices.has(service.toLowerCase()))
                report(
                    res,
                    `is a resource of ${service}, a service that holds customer data, but the pack cannot judge resources of type ${res.type}: its controls cannot be verified`,
                );
        }
    },
});

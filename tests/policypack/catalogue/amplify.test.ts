import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const APP = "aws:amplify/app:App";
const BRANCH = "aws:amplify/branch:Branch";

const amplify = (): ResourceSpec[] =>
    fixtureWith([
        { type: APP, name: "shop-front", props: { name: "shop-front", tags: PII_TAGS } },
        { type: BRANCH, name: "shop-main", props: { appId: "d1234", branchName: "main" }, propertyDependencies: { appId: ["shop-front"] } },
    ]);

describe("catalogue: Amplify", () => {
    describeEntry(
        "aws:amplify/app:App",
        amplify,
        [
            {
                title: "environment variables on a PII app",
                change: props("shop-front", (p) => {
                    p.environmentVariables = { SAMPLE_CUSTOMER: "Jane Doe" };
                }),
                policy: datastoreAccessBlockPublic,
                at: [APP, "shop-front"],
                message: /sets environmentVariables, plain environment values/,
            },
            {
                title: "environment variables of auto-created branches",
                change: props("shop-front", (p) => {
                    p.autoBranchCreationConfig = { environmentVariables: { X: "y" } };
                }),
                policy: datastoreAccessBlockPublic,
                at: [APP, "shop-front"],
                message: /sets autoBranchCreationConfig.environmentVariables/,
            },
        ],
        [
            {
                title: "environment variables on an unclassified app",
                change: props("shop-front", (p) => {
                    delete p.tags;
                    p.environmentVariables = { API_URL: "https://api.example.com" };
                }),
            },
        ],
    );

    describeEntry("aws:amplify/branch:Branch", amplify, [
        {
            title: "environment variables on a branch of a PII app",
            change: props("shop-main", (p) => {
                p.environmentVariables = { NAME: "x" };
            }),
            policy: datastoreAccessBlockPublic,
            at: [BRANCH, "shop-main"],
            message: /holds personal data \(a copy of shop-front \(pii\)\) but sets environmentVariables/,
        },
    ]);
});

import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { KEY_ARN } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { ACCOUNT, OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const T = (name: string) => `aws:datazone/${name.charAt(0).toLowerCase()}${name.slice(1)}:${name}`;
const PROVIDER: ResourceSpec = { type: "pulumi:providers:aws", name: "aws", props: { region: "eu-west-1" } };

const datazone = (): ResourceSpec[] =>
    fixtureWith([
        PROVIDER,
        {
            type: T("Domain"),
            name: "catalogue",
            props: { name: "catalogue", domainExecutionRole: `arn:aws:iam::${ACCOUNT}:role/datazone`, kmsKeyIdentifier: KEY_ARN },
        },
        {
            type: T("EnvironmentProfile"),
            name: "lake-profile",
            props: {
                name: "lake",
                domainIdentifier: "dzd-1",
                projectIdentifier: "p",
                environmentBlueprintIdentifier: "b",
                awsAccountId: ACCOUNT,
                awsAccountRegion: "eu-west-1",
            },
            propertyDependencies: { domainIdentifier: ["catalogue"] },
        },
        {
            type: T("Environment"),
            name: "lake-env",
            props: {
                name: "lake",
                domainIdentifier: "dzd-1",
                projectIdentifier: "p",
                profileIdentifier: "pr",
                accountIdentifier: ACCOUNT,
                accountRegion: "eu-west-1",
            },
            propertyDependencies: { domainIdentifier: ["catalogue"] },
        },
        {
            type: T("EnvironmentBlueprintConfiguration"),
            name: "lake-blueprint",
            props: { domainId: "dzd-1", environmentBlueprintId: "b", enabledRegions: ["eu-west-1"] },
            propertyDependencies: { domainId: ["catalogue"] },
        },
    ]);

describe("catalogue: DataZone", () => {
    describeEntry(
        "domain, environment, environment profile, blueprint configuration",
        datazone,
        [
            {
                title: "a domain under an AWS-owned key",
                change: props("catalogue", (p) => {
                    delete p.kmsKeyIdentifier;
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [T("Domain"), "catalogue"],
                message: /the domain's metadata: has no kmsKeyIdentifier, so .* an AWS-owned key/,
            },
            {
                title: "an environment in another account",
                change: props("lake-env", (p) => {
                    p.accountIdentifier = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("Environment"), "lake-env"],
                message: /provisions data resources in account 999988887777/,
            },
            {
                title: "an environment in another region",
                change: props("lake-env", (p) => {
                    p.accountRegion = "us-east-1";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("Environment"), "lake-env"],
                message: /provisions data resources in region us-east-1/,
            },
            {
                title: "a profile for another account",
                change: props("lake-profile", (p) => {
                    p.awsAccountId = OUTSIDE_ACCOUNT;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("EnvironmentProfile"), "lake-profile"],
                message: /account 999988887777/,
            },
            {
                title: "a profile in another region",
                change: props("lake-profile", (p) => {
                    p.awsAccountRegion = "us-east-1";
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("EnvironmentProfile"), "lake-profile"],
                message: /region us-east-1/,
            },
            {
                title: "a blueprint enabled in another region",
                change: props("lake-blueprint", (p) => {
                    p.enabledRegions = ["eu-west-1", "us-east-1"];
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [T("EnvironmentBlueprintConfiguration"), "lake-blueprint"],
                message: /in region us-east-1, not on allowedRegions/,
            },
        ],
        [
            {
                title: "a blueprint enabled in an allowed region",
                config: { allowedRegions: ["eu-central-1"] },
                change: props("lake-blueprint", (p) => {
                    p.enabledRegions = ["eu-west-1", "eu-central-1"];
                }),
            },
        ],
    );
});

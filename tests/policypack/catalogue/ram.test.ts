import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { ACCOUNT, PROVIDER_ACCOUNT } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, add, describeEntry, fixtureWith } from "../support/entries";

const SHARE = "aws:ram/resourceShare:ResourceShare";
const RESOURCE = "aws:ram/resourceAssociation:ResourceAssociation";
const PRINCIPAL = "aws:ram/principalAssociation:PrincipalAssociation";
const EXCLUSIVE = "aws:ram/resourceShareAssociationsExclusive:ResourceShareAssociationsExclusive";
const SHARE_ARN = `arn:aws:ram:eu-west-1:${ACCOUNT}:resource-share/abc`;
const CATALOG_DB = `arn:aws:glue:eu-west-1:${ACCOUNT}:database/sales`;
const SUBNET = `arn:aws:ec2:eu-west-1:${ACCOUNT}:subnet/subnet-1`;
const SHARE_DEP = { resourceShareArn: ["data-share"] };

const ram = (): ResourceSpec[] =>
    fixtureWith([
        { type: SHARE, name: "data-share", props: { name: "data-share", allowExternalPrincipals: false } },
        {
            type: RESOURCE,
            name: "share-orders-db",
            props: { resourceShareArn: SHARE_ARN, resourceArn: CATALOG_DB },
            propertyDependencies: SHARE_DEP,
        },
        {
            type: PRINCIPAL,
            name: "share-with-self",
            props: { resourceShareArn: SHARE_ARN, principal: ACCOUNT },
            propertyDependencies: SHARE_DEP,
        },
        { type: SHARE, name: "network-share", props: { name: "network-share", allowExternalPrincipals: true } },
        {
            type: RESOURCE,
            name: "share-subnet",
            props: { resourceShareArn: "arn:aws:ram:eu-west-1:111122223333:resource-share/net", resourceArn: SUBNET },
            propertyDependencies: { resourceShareArn: ["network-share"] },
        },
        {
            type: PRINCIPAL,
            name: "subnet-to-partner",
            props: { resourceShareArn: "arn:aws:ram:eu-west-1:111122223333:resource-share/net", principal: OUTSIDE_ACCOUNT },
            propertyDependencies: { resourceShareArn: ["network-share"] },
        },
    ]);

const outsideShare = "arn:aws:ram:eu-west-1:555566667777:resource-share/theirs";

describe("catalogue: RAM", () => {
    describeEntry(
        "aws:ram/resourceShare:ResourceShare",
        ram,
        [
            {
                title: "a data resource shared with another account",
                change: add({
                    type: PRINCIPAL,
                    name: "share-with-partner",
                    props: { resourceShareArn: SHARE_ARN, principal: OUTSIDE_ACCOUNT },
                    propertyDependencies: SHARE_DEP,
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SHARE, "data-share"],
                message:
                    /shares arn:aws:glue:eu-west-1:111122223333:database\/sales with account 999988887777, outside this stack's accounts/,
            },
            {
                title: "a data resource shared with the whole organisation",
                change: add({
                    type: PRINCIPAL,
                    name: "share-with-org",
                    props: { resourceShareArn: SHARE_ARN, principal: "arn:aws:organizations::111122223333:organization/o-abc" },
                    propertyDependencies: SHARE_DEP,
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [SHARE, "data-share"],
                message: /with every account of organisation arn:aws:organizations::111122223333:organization\/o-abc/,
            },
            {
                title: "a catalogued store of the stack shared with another account's role",
                change: (stack) => {
                    add(
                        {
                            type: RESOURCE,
                            name: "share-table",
                            props: { resourceShareArn: SHARE_ARN, resourceArn: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-abc` },
                            propertyDependencies: { ...SHARE_DEP, resourceArn: ["orders"] },
                        },
                        {
                            type: PRINCIPAL,
                            name: "share-with-role",
                            props: { resourceShareArn: SHARE_ARN, principal: `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/reader` },
                            propertyDependencies: SHARE_DEP,
                        },
                    )(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [SHARE, "data-share"],
                message: /shares .*orders.* with account 999988887777/,
            },
            {
                title: "an unknown resource shared with another account",
                change: (stack) => {
                    add(
                        {
                            type: PRINCIPAL,
                            name: "p2",
                            props: { resourceShareArn: "x", principal: OUTSIDE_ACCOUNT },
                            propertyDependencies: { resourceShareArn: ["network-share"] },
                        },
                        {
                            type: RESOURCE,
                            name: "r2",
                            props: { resourceShareArn: "x", resourceArn: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" },
                            propertyDependencies: { resourceShareArn: ["network-share"] },
                        },
                    )(stack);
                },
                policy: datastoreSharingRestrictDestinations,
                at: [SHARE, "network-share"],
                message: /shares a resource not known during preview \(resourceArn\) with account 999988887777/,
            },
        ],
        [
            {
                title: "a data resource shared with the shipping provider",
                config: { shippingProviderAccountIds: [PROVIDER_ACCOUNT] },
                change: add({
                    type: PRINCIPAL,
                    name: "share-with-provider",
                    props: { resourceShareArn: SHARE_ARN, principal: PROVIDER_ACCOUNT },
                    propertyDependencies: SHARE_DEP,
                }),
            },
        ],
    );

    describeEntry("aws:ram/principalAssociation:PrincipalAssociation", ram, [
        {
            title: "another account added to a share outside the stack",
            change: add({
                type: PRINCIPAL,
                name: "their-share-to-partner",
                props: { resourceShareArn: outsideShare, principal: OUTSIDE_ACCOUNT },
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [PRINCIPAL, "their-share-to-partner"],
            message:
                /shares resource share arn:aws:ram:eu-west-1:555566667777:resource-share\/theirs, which is not in this stack \(what it holds cannot be verified\), with account 999988887777/,
        },
    ]);

    describeEntry(
        "aws:ram/resourceAssociation:ResourceAssociation",
        ram,
        [
            {
                title: "a data resource added to a share outside the stack",
                change: add({
                    type: RESOURCE,
                    name: "orders-to-their-share",
                    props: { resourceShareArn: outsideShare, resourceArn: CATALOG_DB },
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [RESOURCE, "orders-to-their-share"],
                message: /adds arn:aws:glue:eu-west-1:111122223333:database\/sales to resource share .*which is not in this stack/,
            },
        ],
        [
            {
                title: "a subnet added to a share outside the stack",
                change: add({
                    type: RESOURCE,
                    name: "subnet-to-their-share",
                    props: { resourceShareArn: outsideShare, resourceArn: SUBNET },
                }),
            },
        ],
    );

    describeEntry("aws:ram/resourceShareAssociationsExclusive:ResourceShareAssociationsExclusive", ram, [
        {
            title: "exclusive lists sharing data with another account",
            change: add({
                type: EXCLUSIVE,
                name: "data-share-lists",
                props: { resourceShareArn: SHARE_ARN, principals: [OUTSIDE_ACCOUNT], resourceArns: [CATALOG_DB] },
                propertyDependencies: SHARE_DEP,
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [SHARE, "data-share"],
            message: /shares arn:aws:glue:eu-west-1:111122223333:database\/sales with account 999988887777/,
        },
        {
            title: "exclusive lists of a share outside the stack",
            change: add({
                type: EXCLUSIVE,
                name: "their-lists",
                props: {
                    resourceShareArn: outsideShare,
                    principals: ["arn:aws:organizations::555566667777:ou/o-abc/ou-1"],
                    resourceArns: [CATALOG_DB],
                },
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [EXCLUSIVE, "their-lists"],
            message: /with every account of organisational unit/,
        },
    ]);
});

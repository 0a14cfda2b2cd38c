/**
 * Resource Access Manager: resource shares open resources of this account to other accounts,
 * organisations and organisational units. A share is judged with every association of the
 * stack that adds a resource or a principal to it: a resource that can hold data may be shared
 * only with this stack's accounts and the shipping provider's. Customer-managed permissions,
 * organisation-wide sharing and accepted inbound shares hold no data of this account.
 */
import type { PrincipalAssociationArgs } from "@pulumi/aws/ram/principalAssociation";
import type { ResourceAssociationArgs } from "@pulumi/aws/ram/resourceAssociation";
import type { ResourceShareArgs } from "@pulumi/aws/ram/resourceShare";
import type { ResourceShareAssociationsExclusiveArgs } from "@pulumi/aws/ram/resourceShareAssociationsExclusive";
import { ownAccounts } from "../../lib/accounts";
import { StackIndex } from "../../lib/stack-index";
import { Store, resolveReference, storesOf } from "../../lib/stores";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const SHARE_TYPES = ["aws:ram/resourceShare:ResourceShare"];
const RESOURCE_ASSOCIATION = "aws:ram/resourceAssociation:ResourceAssociation";
const PRINCIPAL_ASSOCIATION = "aws:ram/principalAssociation:PrincipalAssociation";
const EXCLUSIVE = "aws:ram/resourceShareAssociationsExclusive:ResourceShareAssociationsExclusive";

/** Shareable resource types that carry no data: network plumbing, licences, images and components of code. */
const NO_DATA: Readonly<Record<string, readonly string[] | "all">> = {
    ec2: [
        "subnet",
        "transit-gateway",
        "transit-gateway-multicast-domain",
        "prefix-list",
        "ipam-pool",
        "capacity-reservation",
        "dedicated-host",
        "coip-pool",
        "local-gateway-route-table",
        "placement-group",
        "traffic-mirror-target",
    ],
    route53resolver: "all",
    "network-firewall": "all",
    "license-manager": "all",
    "resource-groups": "all",
    appmesh: "all",
    outposts: "all",
    "acm-pca": "all",
    imagebuilder: "all",
    "ssm-contacts": "all",
    route53profiles: "all",
};

/** Whether a shared resource ARN can carry data (fail closed for anything not known to be plumbing). */
function mayHoldData(arn: string): boolean {
    const match = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:([^:/]+)/.exec(arn);
    if (!match) return true;
    const plumbing = NO_DATA[match[1]];
    return !(plumbing === "all" || (plumbing !== undefined && plumbing.includes(match[2])));
}

/** Resources of `res` (at `path`) that can hold data, described for messages. */
function dataResources(index: StackIndex, holder: Store, path: "resourceArn" | "resourceArns"): string[] {
    const resolved = resolveReference(index, holder.res, { path, types: "any" });
    const found = [...resolved.stores.map((store) => store.res.name), ...resolved.outside.filter(mayHoldData)];
    if (resolved.unknown) found.push(`a resource not known during preview (${path})`);
    return found;
}

/** Principals outside this stack's accounts and the shipping provider's, described for messages. */
function outsidePrincipals(context: StoreContext, values: unknown): string[] {
    const own = ownAccounts(context.index, context.config);
    const allowed = (account: string) => own.has(account) || context.config.shippingProviderAccountIds.includes(account);
    const outside: string[] = [];
    for (const value of Array.isArray(values) ? values : [values]) {
        if (value === undefined || value === null || value === "") continue;
        if (isUnknown(value)) {
            outside.push("a principal not known during preview");
            continue;
        }
        const text = String(value);
        if (/\.amazonaws\.com$/.test(text)) continue; // a service principal of this account
        const account = /^(\d{12})$/.exec(text)?.[1] ?? /^arn:[^:]+:iam::(\d{12}):/.exec(text)?.[1];
        if (account !== undefined) {
            if (!allowed(account)) outside.push(`account ${account}`);
        } else if (/:organization\/o-/.test(text)) outside.push(`every account of organisation ${text}`);
        else if (/:ou\/o-/.test(text)) outside.push(`every account of organisational unit ${text}`);
        else outside.push(`principal ${text}`);
    }
    return outside;
}

/** The associations of the stack (resource, principal, exclusive) that configure `share`. */
function associationsOf(index: StackIndex, share: Store, type: string): Store[] {
    return storesOf(index).filter((s) => s.res.type === type && s.sources.includes(share));
}

function reportPairs(context: StoreContext, resources: string[], principals: string[], what: string): void {
    if (resources.length === 0) return;
    for (const principal of principals)
        context.report(`${what} ${resources.join(", ")} with ${principal}, outside this stack's accounts and the shipping provider's`);
}

/** A share: every data resource added to it by the stack, against every principal added to it. */
function checkShare(context: StoreContext): void {
    const { index, store } = context;
    const resources = [
        ...associationsOf(index, store, RESOURCE_ASSOCIATION).flatMap((a) => dataResources(index, a, "resourceArn")),
        ...associationsOf(index, store, EXCLUSIVE).flatMap((a) => dataResources(index, a, "resourceArns")),
    ];
    const principals = [
        ...associationsOf(index, store, PRINCIPAL_ASSOCIATION).flatMap((a) => outsidePrincipals(context, a.res.props.principal)),
        ...associationsOf(index, store, EXCLUSIVE).flatMap((a) => outsidePrincipals(context, a.res.props.principals)),
    ];
    reportPairs(context, [...new Set(resources)], [...new Set(principals)], "shares");
}

const shareOf = (store: Store) =>
    isUnknown(store.res.props.resourceShareArn)
        ? "a resource share not known during preview"
        : `resource share ${store.res.props.resourceShareArn}`;

/** A principal added to a share that is not in the stack: what the share holds cannot be verified. */
function checkPrincipalOutsideStack(context: StoreContext): void {
    if (context.store.sources.length > 0) return;
    for (const principal of outsidePrincipals(context, context.store.res.props.principal))
        context.report(
            `shares ${shareOf(context.store)}, which is not in this stack (what it holds cannot be verified), with ${principal}`,
        );
}

/** A data resource added to a share that is not in the stack: who receives it cannot be verified. */
function checkResourceOutsideStack(context: StoreContext): void {
    if (context.store.sources.length > 0) return;
    const resources = dataResources(context.index, context.store, "resourceArn");
    if (resources.length > 0)
        context.report(
            `adds ${resources.join(", ")} to ${shareOf(context.store)}, which is not in this stack, so the principals it is shared with cannot be verified`,
        );
}

/** The full lists of a share that is not in the stack. */
function checkExclusiveOutsideStack(context: StoreContext): void {
    if (context.store.sources.length > 0) return;
    reportPairs(
        context,
        dataResources(context.index, context.store, "resourceArns"),
        outsidePrincipals(context, context.store.res.props.principals),
        `shares (through ${shareOf(context.store)})`,
    );
}

const SHARES_NOTHING_ITSELF = { notOffered: "a share holds no data; the resources it shares keep theirs" };
const SHARE_SOURCE = [{ path: "resourceShareArn", types: SHARE_TYPES }] as const;

export const ramResourceShare = entry<ResourceShareArgs>()({
    types: ["aws:ram/resourceShare:ResourceShare"],
    holds: "access of other accounts to the resources associated with it",
    tagging: "carrier",
    names: ["name"],
    atRest: SHARES_NOTHING_ITSELF,
    inTransit: SHARES_NOTHING_ITSELF,
    retention: SHARES_NOTHING_ITSELF,
    destinations: [
        {
            custom: checkShare,
            summary:
                "no resource that can hold data shared with an account, organisation or OU outside the stack's and the shipping provider's accounts",
        },
    ],
    notes: "Resources known to hold no data (subnets, transit gateways, prefix lists, resolver rules, licences, images ...) may be shared freely; anything else shared counts as data (fail closed). allowExternalPrincipals only widens who may be named; the named principals are judged.",
});

export const ramPrincipalAssociation = entry<PrincipalAssociationArgs>()({
    types: ["aws:ram/principalAssociation:PrincipalAssociation"],
    holds: "a principal that receives a resource share",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [...SHARE_SOURCE],
    atRest: SHARES_NOTHING_ITSELF,
    inTransit: SHARES_NOTHING_ITSELF,
    retention: SHARES_NOTHING_ITSELF,
    destinations: [
        { custom: checkPrincipalOutsideStack, summary: "judged with its share; with the share outside the stack, no outside principal" },
    ],
});

export const ramResourceAssociation = entry<ResourceAssociationArgs>()({
    types: ["aws:ram/resourceAssociation:ResourceAssociation"],
    holds: "a resource added to a resource share",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [...SHARE_SOURCE],
    atRest: SHARES_NOTHING_ITSELF,
    inTransit: SHARES_NOTHING_ITSELF,
    retention: SHARES_NOTHING_ITSELF,
    destinations: [
        {
            custom: checkResourceOutsideStack,
            summary: "judged with its share; with the share outside the stack, no resource that can hold data",
        },
    ],
});

export const ramResourceShareAssociationsExclusive = entry<ResourceShareAssociationsExclusiveArgs>()({
    types: ["aws:ram/resourceShareAssociationsExclusive:ResourceShareAssociationsExclusive"],
    holds: "the complete lists of principals and resources of a resource share",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [...SHARE_SOURCE],
    atRest: SHARES_NOTHING_ITSELF,
    inTransit: SHARES_NOTHING_ITSELF,
    retention: SHARES_NOTHING_ITSELF,
    destinations: [
        { custom: checkExclusiveOutsideStack, summary: "judged with its share; with the share outside the stack, its own lists" },
    ],
});

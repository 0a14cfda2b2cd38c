import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { TAG, formatTagList } from "../../policypack/contract";
import { awsContext, policyDocument, PolicyStatement } from "../aws-context";
import { StoreKey } from "../kms/data-key";
import { ArgumentChecker } from "../validation";
import { GrantableStore, isGrantableStore } from "./grantable-store";
import { hasPulumiType } from "../resource-type";

export type StoreAccess = "read" | "read-write";

/** Access to one store. */
export interface StoreGrant {
    /** The store: an `EncryptedBucket`, a `PiiTable`, or any other `GrantableStore`. */
    readonly store: GrantableStore;
    /** `read`, or `read-write` (which includes deletion). */
    readonly access: StoreAccess;
    /** For a bucket: the key prefix the role may use. @default "" (every object) */
    readonly prefix?: string;
}

/** Who may assume the role: an AWS service, or people signing in to this account (with MFA). */
export type RoleTrust = { readonly service: string } | { readonly humans: { readonly principalArns?: readonly pulumi.Input<string>[] } };

export interface PiiAccessRoleArgs {
    /** The team that answers for the role (`owner` tag). (DP-4.2) */
    readonly owner: string;
    /** What the role processes personal data for (`pii-purpose` tag); each store must share one. (DP-1.3) */
    readonly purposes: readonly string[];
    /** Date (YYYY-MM-DD) of the next access review (`review-by` tag). (DP-4.2) */
    readonly reviewBy: string;
    /** The stores and the access to each; nothing else is granted. (DP-4.1) */
    readonly grants: readonly StoreGrant[];
    /**
     * Who assumes the role. Humans must present MFA (`Bool aws:MultiFactorAuthPresent`, at most
     * an hour old); `principalArns` defaults to this account's root, i.e. IAM principals of the
     * account that their own policies allow to assume it. (DP-4.1)
     */
    readonly trust: RoleTrust;
    /** Longest session, in hours (1-12). @default 1 */
    readonly maxSessionHours?: number;
    /** @default "Access to personal data for <purposes>" */
    readonly description?: string;
    /** More tags; the contract tags cannot be set here. @default {} */
    readonly tags?: Readonly<Record<string, string>>;
}

/**
 * A role with access to personal data, computed least privilege: the listed actions on the
 * named stores only (no wildcard action or resource), use of each store's key through a KMS
 * grant, a trust policy that requires MFA for people, a short session, and the tags of the
 * contract (owner, review-by, pii-purpose).
 */
export class PiiAccessRole extends pulumi.ComponentResource {
    /** The component's Pulumi type token. */
    static readonly TYPE = "compliant-storage:iam:PiiAccessRole";

    /** Whether `value` is a PiiAccessRole, from this copy of the package or another (by type token, as the SDK's `isInstance`). */
    static isInstance(value: unknown): value is PiiAccessRole {
        return hasPulumiType(value, PiiAccessRole.TYPE);
    }

    /** The IAM role: its trust policy, session length and contract tags. */
    readonly role: aws.iam.Role;
    /** The role's ARN. */
    readonly roleArn: pulumi.Output<string>;
    /** The role's name. */
    readonly roleName: pulumi.Output<string>;

    constructor(name: string, args: PiiAccessRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const check = new ArgumentChecker(`PiiAccessRole "${name}"`);
        const owner = check.tagValue("owner", args.owner);
        const purposes = check.kebabCaseList("purposes", args.purposes);
        const reviewBy = check.isoDate("reviewBy", args.reviewBy);
        const maxSessionHours = check.optionalWholeNumber("maxSessionHours", args.maxSessionHours, 1, 1, 12);
        const extraTags = check.extraTags("tags", args.tags, Object.values(TAG));
        if (!Array.isArray(args.grants) || args.grants.length === 0) check.fail("grants", "must name at least one store", args.grants);
        args.grants.forEach((grant, i) => {
            if (!isGrantableStore(grant?.store))
                check.fail(`grants[${i}].store`, "must be an EncryptedBucket or a PiiTable", typeof grant?.store);
            check.oneOf(`grants[${i}].access`, grant.access, ["read", "read-write"] as const);
            if (grant.prefix !== undefined && (typeof grant.prefix !== "string" || /[*?]/.test(grant.prefix)))
                check.fail(`grants[${i}].prefix`, "must be a key prefix without wildcards", grant.prefix);
            if (grant.prefix !== undefined && !grant.store.grantsByPrefix)
                check.fail(`grants[${i}].prefix`, "applies to buckets only", grant.prefix);
            if (grant.store.classification === "pii" && !grant.store.purposes.some((p) => purposes.includes(p))) {
                check.fail(
                    "purposes",
                    `must include a purpose of the store in grants[${i}] (${grant.store.purposes.join(", ")}) (DP-1.3)`,
                    purposes,
                );
            }
        });
        const trust = args.trust;
        const isService = trust !== undefined && "service" in trust;
        if (isService && !/^[a-z0-9.-]+\.amazonaws\.com$/.test(trust.service))
            check.fail("trust.service", 'must be an AWS service principal ("….amazonaws.com")', trust.service);
        if (!isService && !(trust && "humans" in trust)) check.fail("trust", "must be { service } or { humans }", trust);
        super(PiiAccessRole.TYPE, name, {}, opts);

        const { accountId, partition } = awsContext(this);
        const principals = isService
            ? []
            : [...(trust.humans.principalArns ?? [pulumi.interpolate`arn:${partition}:iam::${accountId}:root`])];
        const trustStatement = pulumi.all([accountId, ...principals]).apply(([account, ...arns]): PolicyStatement =>
            isService
                ? {
                      Effect: "Allow",
                      Principal: { Service: trust.service },
                      Action: "sts:AssumeRole",
                      Condition: { StringEquals: { "aws:SourceAccount": account } },
                  }
                : {
                      Effect: "Allow",
                      Principal: { AWS: arns },
                      Action: "sts:AssumeRole",
                      Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" }, NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } },
                  },
        );
        this.role = new aws.iam.Role(
            `${name}-role`,
            {
                description: args.description ?? `Access to personal data for ${purposes.join(", ")}`,
                assumeRolePolicy: policyDocument([trustStatement]),
                maxSessionDuration: maxSessionHours * 3600,
                tags: { ...extraTags, [TAG.owner]: owner, [TAG.reviewBy]: reviewBy, [TAG.piiPurpose]: formatTagList(purposes) },
            },
            { parent: this },
        );

        // Each store writes its own least-privilege statement.
        const statements = args.grants.map((grant, i): pulumi.Output<PolicyStatement> =>
            grant.store.grantStatement(grant.access, String(i), { prefix: grant.prefix }),
        );
        new aws.iam.RolePolicy(`${name}-policy`, { role: this.role.id, policy: policyDocument(statements) }, { parent: this });
        // Use of each store's key: a KMS grant per store, decrypt only for readers.
        const keys = new Map<StoreKey, { grant: StoreGrant; index: number }>();
        args.grants.forEach((grant, index) => {
            if (!keys.has(grant.store.kmsKey) || grant.access === "read-write") keys.set(grant.store.kmsKey, { grant, index });
        });
        for (const { grant, index } of keys.values()) {
            grant.store.kmsKey.grantUse(`${name}-${index}`, this.role.arn, grant.access === "read" ? "decrypt" : "encrypt-decrypt");
        }

        this.roleArn = this.role.arn;
        this.roleName = this.role.name;
        this.registerOutputs({ roleArn: this.roleArn, roleName: this.roleName });
    }
}

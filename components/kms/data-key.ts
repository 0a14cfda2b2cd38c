import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { TAG } from "../../policypack/contract";
import { awsContext, policyDocument, PolicyStatement } from "../aws-context";
import { ArgumentChecker } from "../validation";
import { hasPulumiType } from "../resource-type";

/** AWS services whose own service principal may use the key (each scoped to this account). */
export type KeyServicePrincipal = "cloudwatch-logs" | "s3-server-access-logs" | "cloudtrail" | "cloudwatch-alarms";

/** AWS services through which the account's IAM principals may use the key (`kms:ViaService`). */
export type KeyViaService = "dynamodb" | "rds" | "s3" | "secretsmanager" | "lambda" | "sns" | "sqs";

export interface DataKeyArgs {
    /**
     * What the key protects, shown in the KMS console.
     * @default "Customer-managed key <name>"
     */
    readonly description?: string;
    /**
     * Days KMS waits before deleting the key once deletion is scheduled (7-30). Deleting the
     * key makes every copy encrypted under it unreadable. (DP-5.3, DP-6.2)
     * @default 7
     */
    readonly deletionWindowInDays?: number;
    /** The team that answers for the key, written to the `owner` tag. @default no owner tag */
    readonly owner?: string;
    /**
     * Service principals that need the key themselves: CloudWatch Logs for encrypted log
     * groups, S3 server access logging for a log bucket, CloudTrail for its log files,
     * CloudWatch alarms publishing to an encrypted topic. Each is limited to this account.
     * @default []
     */
    readonly servicePrincipals?: readonly KeyServicePrincipal[];
    /**
     * Services through which this account's principals, when their IAM policies allow it,
     * may use the key (`kms:ViaService` and `kms:CallerAccount`): what DynamoDB, RDS and
     * Secrets Manager need to encrypt a store for the principals that use it.
     * @default []
     */
    readonly viaServices?: readonly KeyViaService[];
    /**
     * Other accounts (the shipping provider's) that may decrypt objects, only through S3 and
     * only as far as a bucket policy lets them read. (DP-3.1)
     * @default []
     */
    readonly externalS3DecryptAccounts?: readonly string[];
    /**
     * The Sid of the key-policy statement for `externalS3DecryptAccounts` (letters and digits),
     * to name who they are.
     * @default "ExternalAccountsDecryptThroughS3"
     */
    readonly externalS3DecryptStatementId?: string;
    /** More tags for the key. @default {} */
    readonly tags?: Readonly<Record<string, string>>;
}

/** How much of the key a grantee may use. */
export type KeyAccess = "decrypt" | "encrypt-decrypt";

const ADMIN_ACTIONS = [
    "kms:Create*",
    "kms:Describe*",
    "kms:Enable*",
    "kms:List*",
    "kms:Put*",
    "kms:Update*",
    "kms:Revoke*",
    "kms:Disable*",
    "kms:Get*",
    "kms:Delete*",
    "kms:TagResource",
    "kms:UntagResource",
    "kms:ScheduleKeyDeletion",
    "kms:CancelKeyDeletion",
    "kms:RotateKeyOnDemand",
];
const USE_ACTIONS = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"];
const GRANT_OPERATIONS: Record<KeyAccess, string[]> = {
    decrypt: ["Decrypt", "DescribeKey"],
    "encrypt-decrypt": [
        "Encrypt",
        "Decrypt",
        "ReEncryptFrom",
        "ReEncryptTo",
        "GenerateDataKey",
        "GenerateDataKeyWithoutPlaintext",
        "DescribeKey",
    ],
};
const SERVICE_PRINCIPALS: readonly KeyServicePrincipal[] = ["cloudwatch-logs", "s3-server-access-logs", "cloudtrail", "cloudwatch-alarms"];

/**
 * What each AWS service may do with the key, and only for this account's resources: the
 * statement its key policy gets when the service is listed in `servicePrincipals`.
 */
const SERVICE_STATEMENTS: Readonly<
    Record<KeyServicePrincipal, (at: { account: string; region: string; partition: string }) => PolicyStatement>
> = {
    "cloudwatch-logs": ({ account, region, partition }) => ({
        Sid: "CloudWatchLogsEncryptsThisAccountsLogGroups",
        Effect: "Allow",
        Principal: { Service: `logs.${region}.amazonaws.com` },
        Action: USE_ACTIONS,
        Resource: "*",
        Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:${partition}:logs:${region}:${account}:log-group:*` } },
    }),
    "s3-server-access-logs": ({ account }) => ({
        Sid: "S3ServerAccessLoggingWritesLogs",
        Effect: "Allow",
        Principal: { Service: "logging.s3.amazonaws.com" },
        Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
        Resource: "*",
        Condition: { StringEquals: { "aws:SourceAccount": account } },
    }),
    cloudtrail: ({ account, partition }) => ({
        Sid: "CloudTrailEncryptsThisAccountsTrails",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: ["kms:GenerateDataKey*", "kms:DescribeKey"],
        Resource: "*",
        Condition: {
            StringEquals: { "aws:SourceAccount": account },
            StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": `arn:${partition}:cloudtrail:*:${account}:trail/*` },
        },
    }),
    "cloudwatch-alarms": ({ account }) => ({
        Sid: "CloudWatchAlarmsPublishToEncryptedTopics",
        Effect: "Allow",
        Principal: { Service: "cloudwatch.amazonaws.com" },
        Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
        Resource: "*",
        Condition: { StringEquals: { "aws:SourceAccount": account } },
    }),
};
const VIA_SERVICES: readonly KeyViaService[] = ["dynamodb", "rds", "s3", "secretsmanager", "lambda", "sns", "sqs"];

/**
 * A customer-managed KMS key as the components use it: its ARN, what its key policy admits, and
 * a way to let one principal use it. A `DataKey` is one; `DataKey.fromKeyArn` gives one for a
 * key managed elsewhere. Components accept this interface, not the class, so a key from another
 * installed copy of this package, or from another stack, serves as well.
 */
export interface StoreKey {
    /** The key's ARN (what stores name as their key). */
    readonly keyArn: pulumi.Output<string>;
    /** The service principals its key policy admits (components check before relying on one). */
    readonly servicePrincipals: readonly KeyServicePrincipal[];
    /** The services through which the account's principals may use it (`kms:ViaService`). */
    readonly viaServices: readonly KeyViaService[];
    /** Outside accounts that may decrypt through S3. */
    readonly externalS3DecryptAccounts: readonly string[];
    /** Lets one principal use the key through a KMS grant; `id` names the grant resource. */
    grantUse(id: string, granteePrincipalArn: pulumi.Input<string>, access?: KeyAccess): aws.kms.Grant;
}

/**
 * What the key policy of a key managed elsewhere admits, as its owner declares it: the
 * components check these claims as they check a DataKey's, and cannot see the policy itself.
 */
export interface ExistingKeyAttributes {
    /** @default [] */
    readonly servicePrincipals?: readonly KeyServicePrincipal[];
    /** @default [] */
    readonly viaServices?: readonly KeyViaService[];
    /** @default [] */
    readonly externalS3DecryptAccounts?: readonly string[];
    /** The resource the key's grants are made children of. @default none: the stack */
    readonly parent?: pulumi.Resource;
}

/** The rule a component's `kmsKey` argument is checked against (`isStoreKey`). */
export const KEY_RULE = "must be a DataKey, or a key managed elsewhere from DataKey.fromKeyArn";

/** Whether `value` can serve as a component's key: a DataKey (of any installed copy) or a key with StoreKey's shape. */
export function isStoreKey(value: unknown): value is StoreKey {
    if (DataKey.isInstance(value)) return true;
    const key = value as Partial<StoreKey> | undefined;
    return (
        typeof key === "object" &&
        key !== null &&
        pulumi.Output.isInstance(key.keyArn) &&
        typeof key.grantUse === "function" &&
        Array.isArray(key.servicePrincipals) &&
        Array.isArray(key.viaServices) &&
        Array.isArray(key.externalS3DecryptAccounts)
    );
}

/** What a component needs a key's policy to admit: services it is used through, and service principals. */
export interface KeyNeeds {
    readonly viaServices: readonly KeyViaService[];
    readonly servicePrincipals: readonly KeyServicePrincipal[];
}

/**
 * A component's `kmsKey` argument, checked: a StoreKey (`isStoreKey`) whose policy admits what the
 * component uses it for; otherwise a ComponentArgumentError naming `kmsKey`.
 */
export function checkStoreKey(check: ArgumentChecker, value: unknown, needs: KeyNeeds): StoreKey {
    if (!isStoreKey(value)) check.fail("kmsKey", KEY_RULE, typeof value);
    const key = value;
    if (
        !needs.viaServices.every((s) => key.viaServices.includes(s)) ||
        !needs.servicePrincipals.every((s) => key.servicePrincipals.includes(s))
    ) {
        const list = (items: readonly string[]) => `[${items.map((item) => JSON.stringify(item)).join(", ")}]`;
        check.fail("kmsKey", `must admit viaServices ${list(needs.viaServices)} and servicePrincipals ${list(needs.servicePrincipals)}`, {
            viaServices: key.viaServices,
            servicePrincipals: key.servicePrincipals,
        });
    }
    return key;
}

/** A key managed elsewhere (`DataKey.fromKeyArn`): nothing is created until a grant is asked for. */
class ExistingKey implements StoreKey {
    readonly keyArn: pulumi.Output<string>;
    readonly servicePrincipals: readonly KeyServicePrincipal[];
    readonly viaServices: readonly KeyViaService[];
    readonly externalS3DecryptAccounts: readonly string[];

    constructor(
        private readonly name: string,
        keyArn: pulumi.Input<string>,
        attributes: ExistingKeyAttributes,
        private readonly parent?: pulumi.Resource,
    ) {
        this.keyArn = pulumi.output(keyArn);
        this.servicePrincipals = attributes.servicePrincipals ?? [];
        this.viaServices = attributes.viaServices ?? [];
        this.externalS3DecryptAccounts = attributes.externalS3DecryptAccounts ?? [];
    }

    grantUse(id: string, granteePrincipalArn: pulumi.Input<string>, access: KeyAccess = "encrypt-decrypt"): aws.kms.Grant {
        const check = new ArgumentChecker(`DataKey.fromKeyArn "${this.name}".grantUse`);
        check.nonEmptyString("id", id);
        check.oneOf("access", access, Object.keys(GRANT_OPERATIONS) as KeyAccess[]);
        // KMS takes the key's ARN where a grant names its key.
        return new aws.kms.Grant(
            `${this.name}-${id}-grant`,
            {
                keyId: this.keyArn,
                granteePrincipal: granteePrincipalArn,
                operations: GRANT_OPERATIONS[access],
            },
            { parent: this.parent },
        );
    }
}

const KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;

/**
 * A customer-managed KMS key (DP-6.2): automatic rotation, a deletion window, an alias, and
 * a key policy that gives the account root administration only. Nobody gets `kms:*`; use of
 * the key is given to named principals with `grantUse` (a KMS grant), to the services listed
 * in `servicePrincipals`, and through the services listed in `viaServices`.
 */
export class DataKey extends pulumi.ComponentResource implements StoreKey {
    /** The component's Pulumi type token. */
    static readonly TYPE = "compliant-storage:kms:DataKey";

    /** Whether `value` is a DataKey, from this copy of the package or another (by type token, as the SDK's `isInstance`). */
    static isInstance(value: unknown): value is DataKey {
        return hasPulumiType(value, DataKey.TYPE);
    }

    /**
     * A key managed elsewhere (another stack, a security team), for a component's `kmsKey`:
     * `name` names the grants made on it. A key ARN given as a string must be one
     * (`arn:<partition>:kms:<region>:<account>:key/<id>`; an alias does not do). `attributes`
     * declare what its key policy admits. The policy pack counts the key as customer-managed
     * only when the policy config lists it (`customerManagedKeyArns`).
     */
    static fromKeyArn(name: string, keyArn: pulumi.Input<string>, attributes: ExistingKeyAttributes = {}): StoreKey {
        const check = new ArgumentChecker(`DataKey.fromKeyArn "${name}"`);
        check.nonEmptyString("name", name);
        if (typeof keyArn === "string" && !KEY_ARN.test(keyArn))
            check.fail("keyArn", "must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)", keyArn);
        if (keyArn === undefined || keyArn === null) check.fail("keyArn", "must be given", keyArn);
        const checked: ExistingKeyAttributes = {
            servicePrincipals: distinctFrom(check, "servicePrincipals", attributes.servicePrincipals, SERVICE_PRINCIPALS),
            viaServices: distinctFrom(check, "viaServices", attributes.viaServices, VIA_SERVICES),
            externalS3DecryptAccounts:
                attributes.externalS3DecryptAccounts === undefined
                    ? []
                    : checkAccountIds(check, "externalS3DecryptAccounts", attributes.externalS3DecryptAccounts),
        };
        if (attributes.parent !== undefined && !pulumi.Resource.isInstance(attributes.parent))
            check.fail("parent", "must be a Pulumi resource", typeof attributes.parent);
        return new ExistingKey(name, keyArn, checked, attributes.parent);
    }

    /** The KMS key: symmetric AES-256, rotation on, its key policy. */
    readonly key: aws.kms.Key;
    /** The key's alias (`alias/<name>`). */
    readonly alias: aws.kms.Alias;
    /** The key's ARN (what stores name as their key). */
    readonly keyArn: pulumi.Output<string>;
    /** The key's id. */
    readonly keyId: pulumi.Output<string>;
    /** The service principals the key policy admits (callers check before relying on one). */
    readonly servicePrincipals: readonly KeyServicePrincipal[];
    /** The services through which the account's principals may use the key (`kms:ViaService`). */
    readonly viaServices: readonly KeyViaService[];
    /** Outside accounts that may decrypt through S3 (the shipping provider reading labels). */
    readonly externalS3DecryptAccounts: readonly string[];
    private readonly grantOwner: string;

    constructor(name: string, args: DataKeyArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const check = new ArgumentChecker(`DataKey "${name}"`);
        const deletionWindowInDays = check.optionalWholeNumber("deletionWindowInDays", args.deletionWindowInDays, 7, 7, 30);
        const description =
            args.description === undefined ? `Customer-managed key ${name}` : check.nonEmptyString("description", args.description);
        const owner = args.owner === undefined ? undefined : check.tagValue("owner", args.owner);
        const servicePrincipals = distinctFrom(check, "servicePrincipals", args.servicePrincipals, SERVICE_PRINCIPALS);
        const viaServices = distinctFrom(check, "viaServices", args.viaServices, VIA_SERVICES);
        const externalAccounts =
            args.externalS3DecryptAccounts === undefined
                ? []
                : checkAccountIds(check, "externalS3DecryptAccounts", args.externalS3DecryptAccounts);
        const externalStatementId =
            args.externalS3DecryptStatementId === undefined
                ? "ExternalAccountsDecryptThroughS3"
                : check.statementId("externalS3DecryptStatementId", args.externalS3DecryptStatementId);
        const extraTags = check.extraTags("tags", args.tags, [TAG.owner]);
        super(DataKey.TYPE, name, {}, opts);

        this.servicePrincipals = servicePrincipals;
        this.viaServices = viaServices;
        this.externalS3DecryptAccounts = externalAccounts;
        this.grantOwner = name;
        const { accountId, region, partition } = awsContext(this);

        const policy = pulumi.all([accountId, region, partition]).apply(([account, awsRegion, awsPartition]) => {
            const root = `arn:${awsPartition}:iam::${account}:root`;
            const statements: PolicyStatement[] = [
                { Sid: "RootAdministersTheKey", Effect: "Allow", Principal: { AWS: root }, Action: ADMIN_ACTIONS, Resource: "*" },
            ];
            // One statement per service principal, in the order of the table.
            for (const service of SERVICE_PRINCIPALS) {
                if (servicePrincipals.includes(service))
                    statements.push(SERVICE_STATEMENTS[service]({ account, region: awsRegion, partition: awsPartition }));
            }
            if (externalAccounts.length > 0) {
                statements.push({
                    Sid: externalStatementId,
                    Effect: "Allow",
                    Principal: { AWS: externalAccounts.map((id) => `arn:${awsPartition}:iam::${id}:root`) },
                    Action: ["kms:Decrypt", "kms:DescribeKey"],
                    Resource: "*",
                    Condition: { StringEquals: { "kms:ViaService": `s3.${awsRegion}.amazonaws.com` } },
                });
            }
            if (viaServices.length > 0) {
                statements.push({
                    Sid: "AccountPrincipalsUseTheKeyOnlyThroughNamedServices",
                    Effect: "Allow",
                    Principal: { AWS: root },
                    Action: [...USE_ACTIONS, "kms:CreateGrant"],
                    Resource: "*",
                    Condition: {
                        StringEquals: {
                            "kms:ViaService": viaServices.map((service) => `${service}.${awsRegion}.amazonaws.com`),
                            "kms:CallerAccount": account,
                        },
                    },
                });
            }
            return statements;
        });

        const tags = { ...extraTags, ...(owner === undefined ? {} : { [TAG.owner]: owner }) };
        this.key = new aws.kms.Key(
            `${name}-key`,
            {
                description,
                enableKeyRotation: true,
                deletionWindowInDays,
                keyUsage: "ENCRYPT_DECRYPT",
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                policy: policyDocument(policy),
                tags,
            },
            { parent: this },
        );
        this.alias = new aws.kms.Alias(
            `${name}-alias`,
            {
                namePrefix: `alias/${name}-`,
                targetKeyId: this.key.keyId,
            },
            { parent: this },
        );
        this.keyArn = this.key.arn;
        this.keyId = this.key.keyId;
        this.registerOutputs({ keyArn: this.keyArn, keyId: this.keyId, aliasName: this.alias.name });
    }

    /**
     * Lets one principal use the key through a KMS grant, the only way an IAM principal gets
     * direct use of it. `id` names the grant resource (`<key>-<id>-grant`).
     */
    grantUse(id: string, granteePrincipalArn: pulumi.Input<string>, access: KeyAccess = "encrypt-decrypt"): aws.kms.Grant {
        const check = new ArgumentChecker(`DataKey "${this.grantOwner}".grantUse`);
        check.nonEmptyString("id", id);
        check.oneOf("access", access, Object.keys(GRANT_OPERATIONS) as KeyAccess[]);
        return new aws.kms.Grant(
            `${this.grantOwner}-${id}-grant`,
            {
                keyId: this.key.keyId,
                granteePrincipal: granteePrincipalArn,
                operations: GRANT_OPERATIONS[access],
            },
            { parent: this },
        );
    }
}

function distinctFrom<T extends string>(check: ArgumentChecker, argument: string, value: unknown, allowed: readonly T[]): T[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) check.fail(argument, `must be a list of ${allowed.map((a) => `"${a}"`).join(", ")}`, value);
    const entries = value.map((entry, i) => check.oneOf(`${argument}[${i}]`, entry, allowed));
    return [...new Set(entries)];
}

/** AWS account ids: 12 digits each, no repeats (`ArgumentChecker.accountIds`). */
export function checkAccountIds(check: ArgumentChecker, argument: string, value: unknown): string[] {
    return check.accountIds(argument, value);
}

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { nonPersonalStoreTags } from "../components/tags";
import { policyDocument } from "../components/aws-context";
import { PiiAccessRole } from "../components/iam/pii-access-role";
import { DataKey } from "../components/kms/data-key";
import { ArgumentChecker } from "../components/validation";
import { hasPulumiType } from "../components/resource-type";

export interface ProviderCredentialsArgs {
    /** The team that answers for the secret (`owner` tag). */
    readonly owner: string;
    /** The only role that may read the secret: the label service. (DP-3.1) */
    readonly readerRole: PiiAccessRole;
    /** What the secret holds, shown in the console. @default "API credentials of the shipping provider" */
    readonly description?: string;
    /** Days Secrets Manager keeps a deleted secret (7-30). @default 7 */
    readonly recoveryWindowInDays?: number;
}

/**
 * The shipping provider's API credentials (DP-3.1): a Secrets Manager secret under a key of its
 * own, readable by one role only. This platform's, not the library's (its type token keeps the
 * library's prefix, so stacks made when it was the library's keep it). Its value is never in code or state: set it once with
 * `aws secretsmanager put-secret-value --secret-id <secretArn> --secret-string …`.
 */
export class ProviderCredentials extends pulumi.ComponentResource {
    /** The component's Pulumi type token. */
    static readonly TYPE = "compliant-storage:sharing:ProviderCredentials";

    /** Whether `value` is a ProviderCredentials, from this copy of the package or another (by type token, as the SDK's `isInstance`). */
    static isInstance(value: unknown): value is ProviderCredentials {
        return hasPulumiType(value, ProviderCredentials.TYPE);
    }

    /** The Secrets Manager secret holding the provider's credentials, under `kmsKey`. */
    readonly secret: aws.secretsmanager.Secret;
    /** The secret's ARN. */
    readonly secretArn: pulumi.Output<string>;
    /** The key the secret is encrypted under, used through Secrets Manager. */
    readonly kmsKey: DataKey;

    constructor(name: string, args: ProviderCredentialsArgs, opts?: pulumi.ComponentResourceOptions) {
        const check = new ArgumentChecker(`ProviderCredentials "${name}"`);
        const owner = check.tagValue("owner", args.owner);
        if (!PiiAccessRole.isInstance(args.readerRole)) check.fail("readerRole", "must be a PiiAccessRole", typeof args.readerRole);
        const recoveryWindowInDays = check.optionalWholeNumber("recoveryWindowInDays", args.recoveryWindowInDays, 7, 7, 30);
        super(ProviderCredentials.TYPE, name, {}, opts);

        const childOpts = { parent: this };
        this.kmsKey = new DataKey(`${name}-key`, { description: `Secret ${name}`, owner, viaServices: ["secretsmanager"] }, childOpts);
        this.secret = new aws.secretsmanager.Secret(
            `${name}-secret`,
            {
                description: args.description ?? "API credentials of the shipping provider",
                kmsKeyId: this.kmsKey.keyArn,
                recoveryWindowInDays,
                // Credentials, not personal data; a deleted secret stays recoverable for its recovery window.
                tags: nonPersonalStoreTags({ owner, extraTags: {} }, "confidential", recoveryWindowInDays),
            },
            childOpts,
        );
        const reader = args.readerRole.roleArn;
        new aws.secretsmanager.SecretPolicy(
            `${name}-policy`,
            {
                secretArn: this.secret.arn,
                policy: policyDocument([
                    reader.apply((arn) => ({
                        Sid: "OnlyTheLabelServiceReads",
                        Effect: "Deny" as const,
                        Principal: "*" as const,
                        Action: "secretsmanager:GetSecretValue",
                        Resource: "*",
                        Condition: { StringNotEquals: { "aws:PrincipalArn": arn } },
                    })),
                ]),
            },
            childOpts,
        );
        new aws.iam.RolePolicy(
            `${name}-read`,
            {
                role: args.readerRole.roleName,
                policy: policyDocument([
                    this.secret.arn.apply((arn) => ({
                        Sid: "ReadProviderCredentials",
                        Effect: "Allow" as const,
                        Action: "secretsmanager:GetSecretValue",
                        Resource: arn,
                    })),
                ]),
            },
            childOpts,
        );
        this.kmsKey.grantUse(`${name}-reader`, reader, "decrypt");

        this.secretArn = this.secret.arn;
        this.registerOutputs({ secretArn: this.secretArn });
    }
}

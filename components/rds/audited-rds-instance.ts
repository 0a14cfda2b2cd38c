import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { Classification } from "../../policypack/contract";
import { DataKey, StoreKey } from "../kms/data-key";
import { dataStoreTags, supportingTags } from "../tags";
import { DataStoreClassificationArgs } from "../validation";
import { hasPulumiType } from "../resource-type";
import { RdsEngine } from "./engines";
import { rdsSettings } from "./settings";

export { RdsEngine };

export interface AuditedRdsInstanceArgs extends Omit<DataStoreClassificationArgs, "retentionDays"> {
    /** `postgres` or `mysql`. */
    readonly engine: RdsEngine;
    /** The VPC the database and its security group live in. */
    readonly vpcId: pulumi.Input<string>;
    /** Private subnets in at least two availability zones. */
    readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
    /** What the database holds; `pii` needs `piiCategories` and `purposes`. (DP-1.1) */
    readonly classification: Classification;
    /** Security groups admitted on the engine port; nothing else can connect. (DP-2.2) @default [] */
    readonly allowedSecurityGroupIds?: readonly pulumi.Input<string>[];
    /**
     * Whole days within which every copy of a deleted row (backups, logs) is erased.
     * @default `maxPiiRetentionDays` (3) for `pii`, 35 otherwise
     */
    readonly retentionDays?: number;
    /**
     * Automated backup (and point-in-time restore) window, at most `retentionDays`. (DP-5.3)
     * @default 1 for `pii`, min(7, retentionDays) otherwise
     */
    readonly backupRetentionDays?: number;
    /**
     * Retention of the exported database logs; audit logs can quote personal data, so for
     * `pii` it may not exceed `retentionDays`. (DP-5.1, DP-4.3)
     * @default the longest CloudWatch value within `retentionDays` for `pii`, 30 otherwise
     */
    readonly logRetentionDays?: number;
    /** The RDS instance identifier (also names its log groups). @default the component name */
    readonly identifier?: string;
    /** @default "17" for postgres, "8.4" for mysql */
    readonly engineVersion?: string;
    /** @default "db.t4g.micro" */
    readonly instanceClass?: string;
    /** GiB. @default 20 */
    readonly allocatedStorage?: number;
    /** GiB up to which storage grows by itself. @default no autoscaling */
    readonly maxAllocatedStorage?: number;
    /** @default false */
    readonly multiAz?: boolean;
    /** @default true */
    readonly deletionProtection?: boolean;
    /**
     * Take a final snapshot when the instance is deleted. A manual snapshot never expires, so
     * a PII database cannot keep one (DP-5.3).
     * @default true, false for `pii`
     */
    readonly finalSnapshot?: boolean;
    /** Performance Insights, encrypted under `kmsKey`. (DP-2.3) @default true */
    readonly performanceInsights?: boolean;
    /** The RDS certificate authority clients verify the server with. @default "rds-ca-rsa2048-g1" */
    readonly caCertIdentifier?: string;
    /** Master user name; its password is generated and kept by RDS in Secrets Manager. @default "dbadmin" */
    readonly username?: string;
    /** Name of a database created with the instance. @default none */
    readonly dbName?: string;
    /** Key for storage, Performance Insights, the master secret and log groups. @default a DataKey of its own */
    readonly kmsKey?: StoreKey;
}

/**
 * An RDS instance for PostgreSQL or MySQL with the controls of the policy built in: storage,
 * Performance Insights and the RDS-managed master secret under a customer-managed key
 * (DP-2.1, DP-2.3); IAM database authentication and no plaintext password argument (DP-4.1);
 * never public, reachable only from `allowedSecurityGroupIds` (DP-2.2); TLS forced and
 * activity auditing on through its parameter (and, for MySQL, option) group (DP-2.3, DP-4.3);
 * logs exported to encrypted log groups with a set retention (DP-5.1); backups within the
 * retention (DP-5.3); deletion protection, a current CA, tags copied to snapshots.
 */
export class AuditedRdsInstance extends pulumi.ComponentResource {
    /** The component's Pulumi type token. */
    static readonly TYPE = "compliant-storage:rds:AuditedRdsInstance";

    /** Whether `value` is a AuditedRdsInstance, from this copy of the package or another (by type token, as the SDK's `isInstance`). */
    static isInstance(value: unknown): value is AuditedRdsInstance {
        return hasPulumiType(value, AuditedRdsInstance.TYPE);
    }

    /** The RDS instance: encrypted under `kmsKey`, TLS required, not public, logs exported. */
    readonly instance: aws.rds.Instance;
    /** The instance's security group (ingress only from the groups given). */
    readonly securityGroup: aws.ec2.SecurityGroup;
    /** The parameter group that requires TLS and turns audit logging on. */
    readonly parameterGroup: aws.rds.ParameterGroup;
    /** The option group of a MySQL instance (its audit plugin); undefined for other engines. */
    readonly optionGroup?: aws.rds.OptionGroup;
    /** The CloudWatch log groups of the exported logs, with their retention. */
    readonly logGroups: aws.cloudwatch.LogGroup[];
    /** The key the instance, its snapshots and its logs are encrypted under. */
    readonly kmsKey: StoreKey;
    /** The instance's endpoint (`host:port`). */
    readonly endpoint: pulumi.Output<string>;
    /** The instance's host name. */
    readonly address: pulumi.Output<string>;
    /** The instance's port. */
    readonly port: number;
    /** The id of `securityGroup`. */
    readonly securityGroupId: pulumi.Output<string>;
    /** The Secrets Manager secret RDS keeps the master password in. */
    readonly masterUserSecretArn: pulumi.Output<string | undefined>;

    constructor(name: string, args: AuditedRdsInstanceArgs, opts?: pulumi.ComponentResourceOptions) {
        const settings = rdsSettings(name, args);
        const { engine, profile, store, identifier, engineVersion, logRetentionDays, finalSnapshot, performanceInsights } = settings;
        super(AuditedRdsInstance.TYPE, name, {}, opts);

        const childOpts = { parent: this };
        const supportTags = supportingTags(store);
        this.port = profile.port;
        this.kmsKey =
            args.kmsKey ??
            new DataKey(
                `${name}-key`,
                {
                    description: `Database ${identifier}`,
                    owner: store.owner,
                    viaServices: ["rds", "secretsmanager"],
                    servicePrincipals: ["cloudwatch-logs"],
                },
                childOpts,
            );

        this.securityGroup = new aws.ec2.SecurityGroup(
            `${name}-sg`,
            {
                vpcId: args.vpcId,
                description: `Database ${identifier}: engine port from named security groups only`,
                tags: supportTags,
            },
            childOpts,
        );
        settings.allowedSecurityGroupIds.forEach(
            (groupId, i) =>
                new aws.vpc.SecurityGroupIngressRule(
                    `${name}-ingress-${i}`,
                    {
                        securityGroupId: this.securityGroup.id,
                        referencedSecurityGroupId: groupId,
                        ipProtocol: "tcp",
                        fromPort: profile.port,
                        toPort: profile.port,
                        description: `${engine} from an allowed security group`,
                    },
                    childOpts,
                ),
        );

        const subnetGroup = new aws.rds.SubnetGroup(
            `${name}-subnets`,
            {
                subnetIds: args.subnetIds,
                description: `Private subnets of database ${identifier}`,
                tags: supportTags,
            },
            childOpts,
        );

        this.parameterGroup = new aws.rds.ParameterGroup(
            `${name}-params`,
            {
                family: profile.family(engineVersion),
                description: `TLS and activity auditing for ${identifier}`,
                parameters: [...profile.parameters],
                tags: supportTags,
            },
            childOpts,
        );

        if (engine === "mysql") {
            this.optionGroup = new aws.rds.OptionGroup(
                `${name}-options`,
                {
                    engineName: "mysql",
                    majorEngineVersion: engineVersion.split(".").slice(0, 2).join("."),
                    optionGroupDescription: `Audit plugin for ${identifier}`,
                    options: [
                        {
                            optionName: "MARIADB_AUDIT_PLUGIN",
                            optionSettings: [
                                { name: "SERVER_AUDIT_EVENTS", value: "CONNECT,QUERY_DDL,QUERY_DML,QUERY_DCL" },
                                { name: "SERVER_AUDIT_LOGGING", value: "ON" },
                            ],
                        },
                    ],
                    tags: supportTags,
                },
                childOpts,
            );
        }

        // Created before the instance, or RDS creates them unencrypted with no retention.
        this.logGroups = profile.logExports.map(
            (log) =>
                new aws.cloudwatch.LogGroup(
                    `${name}-log-${log}`,
                    {
                        name: `/aws/rds/instance/${identifier}/${log}`,
                        retentionInDays: logRetentionDays,
                        kmsKeyId: this.kmsKey.keyArn,
                        tags: supportTags,
                    },
                    childOpts,
                ),
        );

        this.instance = new aws.rds.Instance(
            `${name}-instance`,
            {
                identifier,
                engine,
                engineVersion,
                instanceClass: settings.instanceClass,
                allocatedStorage: settings.allocatedStorage,
                maxAllocatedStorage: settings.maxAllocatedStorage,
                storageType: "gp3",
                storageEncrypted: true,
                kmsKeyId: this.kmsKey.keyArn,
                username: settings.username,
                manageMasterUserPassword: true,
                masterUserSecretKmsKeyId: this.kmsKey.keyArn,
                iamDatabaseAuthenticationEnabled: true,
                dbName: settings.dbName,
                port: profile.port,
                publiclyAccessible: false,
                dbSubnetGroupName: subnetGroup.name,
                vpcSecurityGroupIds: [this.securityGroup.id],
                parameterGroupName: this.parameterGroup.name,
                optionGroupName: this.optionGroup?.name,
                enabledCloudwatchLogsExports: [...profile.logExports],
                performanceInsightsEnabled: performanceInsights,
                performanceInsightsKmsKeyId: performanceInsights ? this.kmsKey.keyArn : undefined,
                performanceInsightsRetentionPeriod: performanceInsights ? 7 : undefined,
                backupRetentionPeriod: settings.backupRetentionDays,
                deleteAutomatedBackups: true,
                multiAz: settings.multiAz,
                deletionProtection: settings.deletionProtection,
                skipFinalSnapshot: !finalSnapshot,
                finalSnapshotIdentifier: finalSnapshot ? `${identifier}-final` : undefined,
                copyTagsToSnapshot: true,
                caCertIdentifier: settings.caCertIdentifier,
                autoMinorVersionUpgrade: true,
                tags: dataStoreTags(store),
            },
            { ...childOpts, dependsOn: this.logGroups },
        );

        this.endpoint = this.instance.endpoint;
        this.address = this.instance.address;
        this.securityGroupId = this.securityGroup.id;
        this.masterUserSecretArn = this.instance.masterUserSecrets.apply((secrets) => secrets?.[0]?.secretArn);
        this.registerOutputs({
            endpoint: this.endpoint,
            securityGroupId: this.securityGroupId,
            masterUserSecretArn: this.masterUserSecretArn,
            keyArn: this.kmsKey.keyArn,
        });
    }
}

/**
 * The shipping-label data platform: where customer names and postal addresses live between
 * order intake and label printing, and the non-personal order history. Settings come from
 * Pulumi.<stack>.yaml (see platform/config.ts); every control comes from the components.
 */
import * as awsx from "@pulumi/awsx";
import * as pulumi from "@pulumi/pulumi";
import { AccessLogBucket, AuditTrail, AuditedRdsInstance, EncryptedBucket, PiiTable } from "./components";
import { readPlatformConfig } from "./platform/config";

const settings = readPlatformConfig(new pulumi.Config());
const stack = pulumi.getStack();
const SHIPPING_PII = ["name", "postal-address", "order-reference"];

// Isolated subnets only: nothing here reaches, or is reached from, the internet.
const vpc = new awsx.ec2.Vpc("network", {
    numberOfAvailabilityZones: settings.availabilityZones,
    natGateways: { strategy: awsx.ec2.NatGatewayStrategy.None },
    subnetStrategy: awsx.ec2.SubnetAllocationStrategy.Auto,
    subnetSpecs: [{ type: awsx.ec2.SubnetType.Isolated, cidrMask: 24 }],
    enableDnsHostnames: true,
    tags: { owner: settings.owner },
});

const accessLogs = new AccessLogBucket("access-logs", {
    owner: settings.owner,
    retentionDays: settings.accessLogRetentionDays,
    forceDestroy: !settings.deletionProtection,
});

// Rendered labels: name and postal address, kept until the label is printed.
const labels = new EncryptedBucket("labels", {
    owner: settings.owner,
    classification: "pii",
    piiCategories: SHIPPING_PII,
    purposes: ["shipping-label"],
    retentionDays: settings.piiRetentionDays,
    accessLogBucket: accessLogs,
    forceDestroy: !settings.deletionProtection,
});

// Orders awaiting fulfilment; items carry `expiresAt` = fulfilment + orders.maxItemLifetimeHours.
const orders = new PiiTable("orders", {
    owner: settings.owner,
    hashKey: "orderId",
    attributes: [{ name: "orderId", type: "S" }],
    piiCategories: SHIPPING_PII,
    purposes: ["order-fulfilment"],
    retentionDays: settings.piiRetentionDays,
    deletionProtection: settings.deletionProtection,
    accessReviewBy: settings.accessReviewBy,
});

// Order history without personal data: order reference, dates, carrier, weight.
const orderHistory = new AuditedRdsInstance("order-history", {
    owner: settings.owner,
    engine: "postgres",
    identifier: `order-history-${stack}`,
    classification: "confidential",
    vpcId: vpc.vpcId,
    subnetIds: vpc.isolatedSubnetIds,
    instanceClass: settings.database.instanceClass,
    allocatedStorage: settings.database.allocatedStorage,
    multiAz: settings.database.multiAz,
    backupRetentionDays: settings.database.backupRetentionDays,
    logRetentionDays: settings.database.logRetentionDays,
    deletionProtection: settings.deletionProtection,
});

// Who touched personal data, and alarms on the security events of DP-7.1.
const audit = new AuditTrail("audit", {
    owner: settings.owner,
    dataEventBuckets: [labels],
    dataEventTables: [orders],
    alarmEmails: settings.alarmEmails,
    logRetentionDays: settings.auditLogRetentionDays,
    accessLogBucket: accessLogs,
});

export const labelsBucketName = labels.bucketName;
export const accessLogBucketName = accessLogs.bucketName;
export const ordersTableName = orders.tableName;
export const orderItemMaxLifetimeHours = orders.maxItemLifetimeHours;
export const orderHistoryEndpoint = orderHistory.endpoint;
export const orderHistorySecretArn = orderHistory.masterUserSecretArn;
export const auditTrailArn = audit.trailArn;
export const incidentTopicArn = audit.incidentTopicArn;

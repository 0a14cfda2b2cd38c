/**
 * The shipping-label data platform: where customer names and postal addresses live between
 * order intake and label printing, and the non-personal order history. Settings come from
 * Pulumi.<stack>.yaml (see platform/config.ts); every control comes from the components.
 */
import * as awsx from "@pulumi/awsx";
import * as pulumi from "@pulumi/pulumi";
import { AccessLogBucket, AuditTrail, AuditedRdsInstance, EncryptedBucket, PiiAccessRole, PiiTable } from "./components";
import { readPlatformConfig } from "./platform/config";
import { ProviderCredentials } from "./platform/provider-credentials";
import { shippingProviderReaders } from "./platform/shipping-provider";

const settings = readPlatformConfig(new pulumi.Config());
const stack = pulumi.getStack();
const region = new pulumi.Config("aws").require("region");
const SHIPPING_PII = ["name", "postal-address", "order-reference"];

// Isolated subnets only: nothing here reaches, or is reached from, the internet; S3 and
// DynamoDB are reached through gateway endpoints, so personal data stays on AWS's network.
const vpc = new awsx.ec2.Vpc("network", {
    numberOfAvailabilityZones: settings.availabilityZones,
    natGateways: { strategy: awsx.ec2.NatGatewayStrategy.None },
    subnetStrategy: awsx.ec2.SubnetAllocationStrategy.Auto,
    subnetSpecs: [{ type: awsx.ec2.SubnetType.Isolated, cidrMask: 24 }],
    enableDnsHostnames: true,
    vpcEndpointSpecs: ["s3", "dynamodb"].map((service) => ({
        serviceName: `com.amazonaws.${region}.${service}`,
        vpcEndpointType: "Gateway",
    })),
    tags: { owner: settings.owner },
});

const accessLogs = new AccessLogBucket("access-logs", {
    owner: settings.owner,
    retentionDays: settings.accessLogRetentionDays,
    forceDestroy: !settings.deletionProtection,
});

// Rendered labels: name and postal address, kept until the label is printed. The shipping
// provider's accounts, when configured, may read label objects and nothing else (DP-3.1).
const labels = new EncryptedBucket("labels", {
    owner: settings.owner,
    classification: "pii",
    piiCategories: SHIPPING_PII,
    purposes: ["shipping-label"],
    retentionDays: settings.piiRetentionDays,
    accessLogBucket: accessLogs,
    forceDestroy: !settings.deletionProtection,
    externalReaders: shippingProviderReaders(settings.shippingProviderAccountIds),
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

// The label service: reads an order, writes its label, calls the provider's API with the credentials.
const labelService = new PiiAccessRole("label-service", {
    owner: settings.owner,
    purposes: ["shipping-label", "order-fulfilment"],
    reviewBy: settings.accessReviewBy,
    trust: { service: "lambda.amazonaws.com" },
    grants: [
        { store: labels, access: "read-write", prefix: "labels/" },
        { store: orders, access: "read" },
    ],
});
const providerCredentials = new ProviderCredentials("shipping-provider", { owner: settings.owner, readerRole: labelService });

// Customer support looks orders up, signed in with MFA.
const support = new PiiAccessRole("support", {
    owner: settings.owner,
    purposes: ["order-fulfilment"],
    reviewBy: settings.accessReviewBy,
    trust: { humans: {} },
    grants: [{ store: orders, access: "read" }],
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
export const labelServiceRoleArn = labelService.roleArn;
export const supportRoleArn = support.roleArn;
export const shippingProviderSecretArn = providerCredentials.secretArn;

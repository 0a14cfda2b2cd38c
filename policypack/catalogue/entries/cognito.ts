/**
 * Cognito: user pools (a directory of customers: names, addresses, e-mails), their users,
 * app clients and log delivery, and identity pools. Groups, memberships, domains, branding,
 * resource servers, identity providers (attributes flow into the pool), risk configuration
 * and role attachments hold no customer data of their own.
 */
import type { IdentityPoolArgs } from "@pulumi/aws/cognito/identityPool";
import type { LogDeliveryConfigurationArgs } from "@pulumi/aws/cognito/logDeliveryConfiguration";
import type { ManagedUserPoolClientArgs } from "@pulumi/aws/cognito/managedUserPoolClient";
import type { UserArgs } from "@pulumi/aws/cognito/user";
import type { UserPoolArgs } from "@pulumi/aws/cognito/userPool";
import type { UserPoolClientArgs } from "@pulumi/aws/cognito/userPoolClient";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { ArgPath, entry } from "../entry";
import { LOG_GROUP_TYPES } from "./cloudwatch";
import { FUNCTION_TYPES } from "./lambda";
import { BUCKET_TYPES } from "./s3";

export const USER_POOL_TYPES = ["aws:cognito/userPool:UserPool"];
const FIREHOSE_TYPES = ["aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"];
const PINPOINT_APP_TYPES = ["aws:pinpoint/app:App"];

/**
 * Cognito encrypts user pools under an AWS-owned key unless the pool's KeyConfiguration names a
 * customer-managed key. aws.cognito.UserPool (provider 7.48) has no argument for it, so a pool
 * created through this provider cannot be verified to use one: a PII pool fails closed.
 */
function checkUserPoolKey({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    report(
        `holds personal data (${store.classifiedBy}) under an AWS-owned key: Cognito offers a customer-managed key for user pools (KeyConfiguration), but aws.cognito.UserPool has no argument for it, so the pack cannot verify one: keep names and postal addresses out of the pool, or set the key outside Pulumi and record an exemption`,
    );
}

const TRIGGERS: readonly ArgPath<UserPoolArgs>[] = [
    "lambdaConfig.preSignUp",
    "lambdaConfig.postConfirmation",
    "lambdaConfig.preAuthentication",
    "lambdaConfig.postAuthentication",
    "lambdaConfig.preTokenGeneration",
    "lambdaConfig.preTokenGenerationConfig.lambdaArn",
    "lambdaConfig.userMigration",
    "lambdaConfig.customMessage",
    "lambdaConfig.defineAuthChallenge",
    "lambdaConfig.createAuthChallenge",
    "lambdaConfig.verifyAuthChallengeResponse",
    "lambdaConfig.customEmailSender.lambdaArn",
    "lambdaConfig.customSmsSender.lambdaArn",
];

export const cognitoUserPool = entry<UserPoolArgs>()({
    types: ["aws:cognito/userPool:UserPool"],
    holds: "customer profiles: names, postal addresses, e-mail addresses, phone numbers",
    tagging: "store",
    names: ["name"],
    atRest: [
        {
            custom: checkUserPoolKey,
            summary: "a PII pool needs a customer-managed key (KeyConfiguration), which aws.cognito.UserPool cannot set: fails closed",
        },
    ],
    inTransit: { notOffered: "Cognito's endpoints and hosted pages accept HTTPS only" },
    retention: { notOffered: "Cognito keeps users until they are deleted; the application deletes customers within the retention" },
    destinations: [
        ...TRIGGERS.map((path) => ({
            what: "passes user attributes to the Lambda trigger",
            store: true as const,
            path,
            types: FUNCTION_TYPES,
        })),
        { what: "sends text messages through a role of", account: "smsConfiguration.snsCallerArn" },
        { what: "sends e-mail through an SES identity of", account: "emailConfiguration.sourceArn" },
    ],
    notes: "mfaConfiguration (default OFF) and deletionProtection (default INACTIVE) protect customers' own sign-in and the pool's existence; they are not data-protection controls of the policy and are not judged.",
});

export const cognitoUser = entry<UserArgs>()({
    types: ["aws:cognito/user:User"],
    holds: "one user of a pool, with its attributes (names, addresses) also in the Pulumi state",
    tagging: "carrier",
    sources: [{ path: "userPoolId", types: USER_POOL_TYPES }],
    atRest: { notOffered: "kept in its user pool, judged there" },
    inTransit: { notOffered: "Cognito's endpoints accept HTTPS only" },
    exposure: [
        {
            what: "the user",
            plaintextWhenPii: "attributes",
            why: "whose values are kept in the Pulumi state and shown in previews: create customers through the application, not the stack",
        },
    ],
    retention: { notOffered: "kept in its user pool until deleted" },
});

const CLIENT = {
    tagging: "carrier",
    sources: [{ path: "userPoolId", types: USER_POOL_TYPES }],
    atRest: { notOffered: "an app client stores no user data; the pool holds it" },
    inTransit: { notOffered: "Cognito's endpoints accept HTTPS only" },
    retention: { notOffered: "an app client stores no user data; tokens expire by their validity settings" },
    destinations: [
        {
            what: "shares user data with the analytics application",
            store: true,
            path: "analyticsConfiguration.applicationArn",
            types: PINPOINT_APP_TYPES,
            when: { path: "analyticsConfiguration.userDataShared", on: [true] },
        },
        {
            what: "shares user data with the analytics application",
            store: true,
            path: "analyticsConfiguration.applicationId",
            types: PINPOINT_APP_TYPES,
            when: { path: "analyticsConfiguration.userDataShared", on: [true] },
        },
    ],
} as const;

export const cognitoUserPoolClient = entry<UserPoolClientArgs>()({
    ...CLIENT,
    types: ["aws:cognito/userPoolClient:UserPoolClient"],
    holds: "an application's access to a pool's user attributes, and analytics that may include them",
});
export const cognitoManagedUserPoolClient = entry<ManagedUserPoolClientArgs>()({
    ...CLIENT,
    types: ["aws:cognito/managedUserPoolClient:ManagedUserPoolClient"],
    holds: "a service-created application's access to a pool's user attributes, and analytics that may include them",
});

export const cognitoLogDeliveryConfiguration = entry<LogDeliveryConfigurationArgs>()({
    types: ["aws:cognito/logDeliveryConfiguration:LogDeliveryConfiguration"],
    holds: "a pool's user-activity and notification logs (user names, addresses of failed deliveries), forwarded",
    tagging: "carrier",
    sources: [{ path: "userPoolId", types: USER_POOL_TYPES }],
    atRest: { notOffered: "delivery stores nothing; its destinations are judged as copies" },
    inTransit: { notOffered: "delivered inside AWS" },
    retention: { notOffered: "delivery stores nothing; its destinations are judged as copies" },
    destinations: [
        {
            what: "delivers user-pool logs to",
            store: true,
            path: "logConfigurations.cloudWatchLogsConfiguration.logGroupArn",
            types: LOG_GROUP_TYPES,
        },
        {
            what: "delivers user-pool logs to",
            store: true,
            path: "logConfigurations.firehoseConfiguration.streamArn",
            types: FIREHOSE_TYPES,
        },
        { what: "delivers user-pool logs to", store: true, path: "logConfigurations.s3Configuration.bucketArn", types: BUCKET_TYPES },
    ],
});

/** Anonymous visitors get the credentials of the unauthenticated role; a pool that declares PII must not hand them out. */
function checkUnauthenticated({ store, report }: StoreContext): void {
    const allowed = store.res.props.allowUnauthenticatedIdentities;
    if (!store.isPii) return;
    if (isUnknown(allowed)) report("allowUnauthenticatedIdentities is not known during preview");
    else if (allowed === true || allowed === "true")
        report(
            `holds personal data (${store.classifiedBy}) but allowUnauthenticatedIdentities is true: anyone on the internet gets AWS credentials of its unauthenticated role`,
        );
}

export const cognitoIdentityPool = entry<IdentityPoolArgs>()({
    types: ["aws:cognito/identityPool:IdentityPool"],
    holds: "identities of signed-in (and, if allowed, anonymous) users, exchanged for AWS credentials to reach data",
    tagging: "carrier",
    names: ["identityPoolName"],
    atRest: { notOffered: "Cognito encrypts identity pools under an AWS-owned key; no customer-managed key is offered" },
    inTransit: { notOffered: "Cognito's endpoints accept HTTPS only" },
    exposure: [{ custom: checkUnauthenticated, summary: "no unauthenticated identities on an identity pool tagged pii" }],
    retention: { notOffered: "identities are kept until deleted; they carry no attributes" },
    notes: "What an identity may reach is decided by the roles attached to the pool, judged by the iam-* policies. An untagged pool (used for analytics such as CloudWatch RUM) may admit anonymous visitors.",
});

import { cloudtrailTrailRequireDataEvents } from "../../../policypack/policies/cloudtrail/trail/cloudtrail-trail-require-data-events";
import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { ACCOUNT, CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const POOL = "aws:cognito/userPool:UserPool";
const USER = "aws:cognito/user:User";
const CLIENT = "aws:cognito/userPoolClient:UserPoolClient";
const MANAGED_CLIENT = "aws:cognito/managedUserPoolClient:ManagedUserPoolClient";
const LOGS = "aws:cognito/logDeliveryConfiguration:LogDeliveryConfiguration";
const IDENTITY_POOL = "aws:cognito/identityPool:IdentityPool";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const POOL_TAGS = { ...CONFIDENTIAL_TAGS, "retention-days": "3" };

const cognito = (): ResourceSpec[] =>
    fixtureWith(
        [
            {
                type: POOL,
                name: "staff-pool",
                props: {
                    name: "staff-pool",
                    tags: POOL_TAGS,
                    lambdaConfig: { preSignUp: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:purge` },
                },
                propertyDependencies: { lambdaConfig: ["purge"] },
            },
            {
                type: USER,
                name: "ops-user",
                props: { userPoolId: "eu-west-1_abc", username: "ops", attributes: { email: "ops@example.com" } },
                propertyDependencies: { userPoolId: ["staff-pool"] },
            },
            {
                type: CLIENT,
                name: "staff-app",
                props: {
                    userPoolId: "eu-west-1_abc",
                    name: "staff-app",
                    analyticsConfiguration: { applicationId: "pinpoint-app", userDataShared: false },
                },
                propertyDependencies: { userPoolId: ["staff-pool"] },
            },
            {
                type: MANAGED_CLIENT,
                name: "managed-app",
                props: { userPoolId: "eu-west-1_abc", namePrefix: "AmazonOpenSearchService" },
                propertyDependencies: { userPoolId: ["staff-pool"] },
            },
            { type: LOG_GROUP, name: "pool-logs", props: { name: "cognito-staff", retentionInDays: 1, kmsKeyId: KEY_ARN } },
            {
                type: LOGS,
                name: "pool-log-delivery",
                props: {
                    userPoolId: "eu-west-1_abc",
                    logConfigurations: [
                        {
                            eventSource: "userAuthEvents",
                            logLevel: "INFO",
                            cloudWatchLogsConfiguration: { logGroupArn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:cognito-staff` },
                        },
                    ],
                },
                propertyDependencies: { userPoolId: ["staff-pool"], logConfigurations: ["pool-logs"] },
            },
            { type: IDENTITY_POOL, name: "rum-identities", props: { identityPoolName: "rum", allowUnauthenticatedIdentities: true } },
        ],
        ["AWS::Lambda::Function"],
    );

const piiPool = props("staff-pool", (p) => {
    p.tags = PII_TAGS;
});

describe("catalogue: Cognito", () => {
    describeEntry("aws:cognito/userPool:UserPool", cognito, [
        {
            title: "text messages sent through another account's role",
            change: props("staff-pool", (p) => {
                p.smsConfiguration = { externalId: "x", snsCallerArn: `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/sms` };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [POOL, "staff-pool"],
            message: /sends text messages through a role of account 999988887777, outside this stack/,
        },
        {
            title: "e-mail sent through another account's SES identity",
            change: props("staff-pool", (p) => {
                p.emailConfiguration = {
                    emailSendingAccount: "DEVELOPER",
                    sourceArn: `arn:aws:ses:eu-west-1:${OUTSIDE_ACCOUNT}:identity/example.com`,
                };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [POOL, "staff-pool"],
            message: /sends e-mail through an SES identity of account 999988887777/,
        },
        {
            title: "a PII pool (no customer-managed key can be set)",
            change: piiPool,
            policy: datastoreEncryptionRequireCustomerKey,
            at: [POOL, "staff-pool"],
            message:
                /under an AWS-owned key: Cognito offers a customer-managed key for user pools \(KeyConfiguration\), but aws.cognito.UserPool has no argument for it/,
        },
        {
            title: "unclassified (treated as pii)",
            change: props("staff-pool", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [POOL, "staff-pool"],
            message: /tag "data-classification" must be one of/,
        },
        {
            title: "a trigger in another account",
            change: props("staff-pool", (p) => {
                p.lambdaConfig = { postConfirmation: `arn:aws:lambda:eu-west-1:${OUTSIDE_ACCOUNT}:function:crm-sync` };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [POOL, "staff-pool"],
            message:
                /passes user attributes to the Lambda trigger arn:aws:lambda:eu-west-1:999988887777:function:crm-sync, in account 999988887777, outside this stack/,
        },
        {
            title: "a PII pool makes its trigger function hold PII",
            change: (stack) => {
                piiPool(stack);
                const trail = stack.find((s) => s.name === "audit")!;
                trail.props.advancedEventSelectors = trail.props.advancedEventSelectors.filter(
                    (s: { name: string }) => s.name !== "AWS::Lambda::Function",
                );
            },
            policy: cloudtrailTrailRequireDataEvents,
            at: ["aws:lambda/function:Function", "purge"],
            message: /no trail records data events \(AWS::Lambda::Function\) for this PII store/,
        },
    ]);

    describeEntry("aws:cognito/user:User", cognito, [
        {
            title: "attributes of a user in a PII pool",
            change: piiPool,
            policy: datastoreAccessBlockPublic,
            at: [USER, "ops-user"],
            message: /holds personal data \(a copy of staff-pool \(pii\)\) but sets attributes/,
        },
        {
            title: "attributes of a user of a pool outside the stack",
            change: (stack) => {
                stack.find((s) => s.name === "ops-user")!.propertyDependencies = {};
            },
            policy: datastoreAccessBlockPublic,
            at: [USER, "ops-user"],
            message: /a copy of eu-west-1_abc, outside this stack \(treated as pii\)\) but sets attributes/,
        },
    ]);

    describeEntry("aws:cognito/userPoolClient:UserPoolClient", cognito, [
        {
            title: "user data shared with analytics in another account",
            change: props("staff-app", (p) => {
                p.analyticsConfiguration = {
                    applicationArn: `arn:aws:mobiletargeting:eu-west-1:${OUTSIDE_ACCOUNT}:apps/abc`,
                    userDataShared: true,
                };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [CLIENT, "staff-app"],
            message: /shares user data with the analytics application .*in account 999988887777, outside this stack/,
        },
        {
            title: "user data of a PII pool shared with analytics outside the stack",
            change: (stack) => {
                piiPool(stack);
                props("staff-app", (p) => {
                    p.analyticsConfiguration.userDataShared = true;
                })(stack);
            },
            policy: datastoreSharingRestrictDestinations,
            at: [CLIENT, "staff-app"],
            message: /shares user data with the analytics application pinpoint-app, which is not a resource of this stack/,
        },
    ]);

    describeEntry("aws:cognito/managedUserPoolClient:ManagedUserPoolClient", cognito, [
        {
            title: "user data shared with analytics in another account",
            change: props("managed-app", (p) => {
                p.analyticsConfiguration = {
                    applicationArn: `arn:aws:mobiletargeting:eu-west-1:${OUTSIDE_ACCOUNT}:apps/abc`,
                    userDataShared: true,
                };
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [MANAGED_CLIENT, "managed-app"],
            message: /in account 999988887777, outside this stack/,
        },
    ]);

    describeEntry("aws:cognito/logDeliveryConfiguration:LogDeliveryConfiguration", cognito, [
        {
            title: "logs of a PII pool kept 30 days",
            change: (stack) => {
                piiPool(stack);
                props("pool-logs", (p) => {
                    p.retentionInDays = 30;
                })(stack);
            },
            policy: datastoreRetentionLimitCopies,
            at: [LOG_GROUP, "pool-logs"],
            message: /keeps its logs 30 days, more than the 3-day retention/,
        },
        {
            title: "logs of a PII pool delivered to a bucket outside the stack",
            change: (stack) => {
                piiPool(stack);
                props("pool-log-delivery", (p) => {
                    p.logConfigurations[0] = {
                        eventSource: "userNotification",
                        logLevel: "ERROR",
                        s3Configuration: { bucketArn: "arn:aws:s3:::partner-logs" },
                    };
                })(stack);
            },
            policy: datastoreSharingRestrictDestinations,
            at: [LOGS, "pool-log-delivery"],
            message: /delivers user-pool logs to arn:aws:s3:::partner-logs, which is not a resource of this stack/,
        },
    ]);

    describeEntry("aws:cognito/identityPool:IdentityPool", cognito, [
        {
            title: "unauthenticated identities on a pool tagged pii",
            change: props("rum-identities", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreAccessBlockPublic,
            at: [IDENTITY_POOL, "rum-identities"],
            message: /allowUnauthenticatedIdentities is true: anyone on the internet gets AWS credentials/,
        },
    ]);
});

import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { add, describeEntry, fixtureWith, props } from "../support/entries";

const ENV = "aws:elasticbeanstalk/environment:Environment";
const TEMPLATE = "aws:elasticbeanstalk/configurationTemplate:ConfigurationTemplate";

const setting = (namespace: string, name: string, value: string) => ({ namespace, name, value });
const SETTINGS = [
    setting("aws:elasticbeanstalk:environment", "LoadBalancerType", "application"),
    setting("aws:elbv2:listener:default", "ListenerEnabled", "false"),
    setting("aws:elbv2:listener:443", "Protocol", "HTTPS"),
    setting("aws:elbv2:listener:443", "SSLCertificateArns", "arn:aws:acm:eu-west-1:111122223333:certificate/1"),
    setting("aws:elasticbeanstalk:cloudwatch:logs", "StreamLogs", "true"),
    setting("aws:elasticbeanstalk:cloudwatch:logs", "RetentionInDays", "3"),
    setting("aws:elasticbeanstalk:application:environment", "SECRET_ARN", ""),
];

const beanstalk = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: ENV,
            name: "label-web",
            props: {
                application: "labels",
                name: "label-web",
                solutionStackName: "64bit Amazon Linux 2023 v6.1.0 running Node.js 20",
                tags: PII_TAGS,
                settings: SETTINGS,
            },
        },
        {
            type: ENV,
            name: "label-worker",
            props: { application: "labels", name: "label-worker", tier: "Worker", tags: PII_TAGS, settings: [] },
        },
    ]);

describe("catalogue: Elastic Beanstalk", () => {
    describeEntry(
        "aws:elasticbeanstalk/environment:Environment",
        beanstalk,
        [
            {
                title: "environment properties on a PII environment",
                change: props("label-web", (p) => {
                    p.settings.push(setting("aws:elasticbeanstalk:application:environment", "CUSTOMER_NAME", "Jane Doe"));
                }),
                policy: datastoreAccessBlockPublic,
                at: [ENV, "label-web"],
                message: /sets environment properties \(aws:elasticbeanstalk:application:environment: CUSTOMER_NAME in settings\)/,
            },
            {
                title: "environment properties in its configuration template",
                change: (stack) => {
                    add({
                        type: TEMPLATE,
                        name: "label-template",
                        props: {
                            application: "labels",
                            name: "label-template",
                            settings: [setting("aws:elasticbeanstalk:application:environment", "ADDRESS", "1 Main St")],
                        },
                    })(stack);
                    props("label-web", (p) => {
                        p.templateName = "label-template";
                    })(stack);
                },
                policy: datastoreAccessBlockPublic,
                at: [ENV, "label-web"],
                message: /ADDRESS in configuration template label-template/,
            },
            {
                title: "the default plain-HTTP listener",
                change: props("label-web", (p) => {
                    p.settings = p.settings.filter((s: { namespace: string }) => s.namespace !== "aws:elbv2:listener:default");
                }),
                policy: datastoreTransitRequireTls,
                at: [ENV, "label-web"],
                message: /keeps an HTTP listener \(aws:elbv2:listener:default, on by default\)/,
            },
            {
                title: "the classic load balancer's default listener (no settings at all)",
                change: props("label-web", (p) => {
                    p.settings = [];
                }),
                policy: datastoreTransitRequireTls,
                at: [ENV, "label-web"],
                message: /the classic load balancer .*HTTP listener \(aws:elb:listener:80, on by default\)/,
            },
            {
                title: "an extra HTTP listener",
                change: props("label-web", (p) => {
                    p.settings.push(setting("aws:elbv2:listener:8080", "Protocol", "HTTP"));
                }),
                policy: datastoreTransitRequireTls,
                at: [ENV, "label-web"],
                message: /HTTP listener \(aws:elbv2:listener:8080\)/,
            },
            {
                title: "streamed logs kept 7 days by default",
                change: props("label-web", (p) => {
                    p.settings = p.settings.filter((s: { name: string }) => s.name !== "RetentionInDays");
                }),
                policy: datastoreRetentionLimitCopies,
                at: [ENV, "label-web"],
                message: /keeps them 7 days \(RetentionInDays is not set: 7 by default\)/,
            },
            {
                title: "logs published to Beanstalk's bucket",
                change: props("label-web", (p) => {
                    p.settings.push(setting("aws:elasticbeanstalk:hostmanager", "LogPublicationControl", "true"));
                }),
                policy: datastoreRetentionLimitCopies,
                at: [ENV, "label-web"],
                message: /copies rotated instance logs to Elastic Beanstalk's own S3 bucket/,
            },
            {
                title: "a coupled database",
                change: props("label-web", (p) => {
                    p.settings.push(setting("aws:rds:dbinstance", "DBEngine", "postgres"));
                }),
                policy: datastoreEncryptionRequireCustomerKey,
                at: [ENV, "label-web"],
                message: /couples a database \(aws:rds:dbinstance DBEngine\)/,
            },
        ],
        [
            {
                title: "streamed logs kept 30 days on an unclassified environment",
                change: props("label-web", (p) => {
                    delete p.tags;
                    p.settings = p.settings.map((s: { name: string; value: string }) =>
                        s.name === "RetentionInDays" ? { ...s, value: "30" } : s,
                    );
                }),
            },
            {
                title: "a single-instance environment",
                change: props("label-web", (p) => {
                    p.settings = [setting("aws:elasticbeanstalk:environment", "EnvironmentType", "SingleInstance")];
                }),
            },
        ],
    );
});

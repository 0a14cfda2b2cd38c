import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const INSTANCE = "aws:timestreaminfluxdb/dbInstance:DbInstance";
const CLUSTER = "aws:timestreaminfluxdb/dbCluster:DbCluster";

const influx = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: INSTANCE,
            name: "metrics",
            props: {
                name: "metrics",
                allocatedStorage: 20,
                bucket: "init",
                dbInstanceType: "db.influx.medium",
                organization: "shop",
                username: "admin",
                password: "secret-password",
                vpcSecurityGroupIds: ["sg-influx"],
                vpcSubnetIds: ["subnet-1"],
                publiclyAccessible: false,
                tags: PII_TAGS,
            },
        },
        {
            type: CLUSTER,
            name: "metrics-ha",
            props: {
                name: "metrics-ha",
                dbInstanceType: "db.influx.large",
                vpcSecurityGroupIds: ["sg-influx"],
                vpcSubnetIds: ["subnet-1", "subnet-2"],
                tags: PII_TAGS,
            },
        },
    ]);

describe("catalogue: Timestream for InfluxDB", () => {
    describeEntry(
        INSTANCE,
        influx,
        [
            {
                title: "publicly accessible",
                change: props("metrics", (p) => {
                    p.publiclyAccessible = true;
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "metrics"],
                message: /the InfluxDB instance is public: publiclyAccessible is true/,
            },
            {
                title: "no security groups",
                change: props("metrics", (p) => {
                    p.vpcSecurityGroupIds = [];
                }),
                policy: datastoreAccessBlockPublic,
                at: [INSTANCE, "metrics"],
                message: /names no vpcSecurityGroupIds/,
            },
            {
                title: "engine logs to a bucket outside the stack",
                change: props("metrics", (p) => {
                    p.logDeliveryConfiguration = { s3Configuration: { bucketName: "elsewhere", enabled: true } };
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [INSTANCE, "metrics"],
                message: /delivers engine logs to elsewhere, which is not a resource of this stack/,
            },
            {
                title: "unclassified",
                change: props("metrics", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [INSTANCE, "metrics"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "engine log delivery switched off",
                change: props("metrics", (p) => {
                    p.logDeliveryConfiguration = { s3Configuration: { bucketName: "elsewhere", enabled: false } };
                }),
            },
            {
                title: "engine logs to a PII bucket of the stack",
                change: props("metrics", (p) => {
                    p.logDeliveryConfiguration = { s3Configuration: { bucketName: "labels-abc", enabled: true } };
                }),
            },
        ],
    );

    describeEntry(CLUSTER, influx, [
        {
            title: "publicly accessible",
            change: props("metrics-ha", (p) => {
                p.publiclyAccessible = true;
            }),
            policy: datastoreAccessBlockPublic,
            at: [CLUSTER, "metrics-ha"],
            message: /the InfluxDB cluster is public/,
        },
    ]);
});

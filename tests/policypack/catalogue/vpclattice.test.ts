import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { ACCOUNT } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { OUTSIDE_ACCOUNT, describeEntry, fixtureWith, props } from "../support/entries";

const LISTENER = "aws:vpclattice/listener:Listener";
const TARGET_GROUP = "aws:vpclattice/targetGroup:TargetGroup";
const AUTH = "aws:vpclattice/authPolicy:AuthPolicy";
const RESOURCE_POLICY = "aws:vpclattice/resourcePolicy:ResourcePolicy";
const SERVICE_ARN = `arn:aws:vpc-lattice:eu-west-1:${ACCOUNT}:service/svc-1`;
const statement = (principal: unknown, condition?: object) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: principal,
                Action: "vpc-lattice-svcs:Invoke",
                Resource: SERVICE_ARN,
                ...(condition ? { Condition: condition } : {}),
            },
        ],
    });

const lattice = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: LISTENER,
            name: "orders-https",
            props: {
                name: "orders-https",
                protocol: "HTTPS",
                serviceIdentifier: "svc-1",
                defaultAction: { forward: { targetGroups: [{ targetGroupIdentifier: "tg-1" }] } },
            },
        },
        {
            type: TARGET_GROUP,
            name: "orders-targets",
            props: { name: "orders-targets", type: "IP", config: { port: 443, protocol: "HTTPS", vpcIdentifier: "vpc-1" } },
        },
        { type: TARGET_GROUP, name: "orders-lambda", props: { name: "orders-lambda", type: "LAMBDA" } },
        {
            type: AUTH,
            name: "orders-auth",
            props: { resourceIdentifier: SERVICE_ARN, policy: statement("*", { StringEquals: { "aws:PrincipalAccount": ACCOUNT } }) },
        },
        {
            type: RESOURCE_POLICY,
            name: "orders-sharing",
            props: { resourceArn: SERVICE_ARN, policy: statement({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) },
        },
    ]);

describe("catalogue: VPC Lattice", () => {
    describeEntry(
        "aws:vpclattice/listener:Listener",
        lattice,
        [
            {
                title: "a plain HTTP listener",
                change: props("orders-https", (p) => {
                    p.protocol = "HTTP";
                }),
                policy: datastoreTransitRequireTls,
                at: [LISTENER, "orders-https"],
                message: /requests to the listener does not require TLS: protocol is "HTTP"/,
            },
        ],
        [
            {
                title: "TLS passthrough",
                change: props("orders-https", (p) => {
                    p.protocol = "TLS_PASSTHROUGH";
                }),
            },
        ],
    );

    describeEntry("aws:vpclattice/targetGroup:TargetGroup", lattice, [
        {
            title: "plain HTTP to the targets",
            change: props("orders-targets", (p) => {
                p.config.protocol = "HTTP";
            }),
            policy: datastoreTransitRequireTls,
            at: [TARGET_GROUP, "orders-targets"],
            message: /requests to the targets does not require TLS: config.protocol is "HTTP"/,
        },
    ]);

    describeEntry("aws:vpclattice/authPolicy:AuthPolicy", lattice, [
        {
            title: "any principal with no condition",
            change: props("orders-auth", (p) => {
                p.policy = statement("*");
            }),
            policy: datastoreAccessBlockPublic,
            at: [AUTH, "orders-auth"],
            message: /its auth policy: a statement allows Principal "\*" with no condition/,
        },
    ]);

    describeEntry("aws:vpclattice/resourcePolicy:ResourcePolicy", lattice, [
        {
            title: "the service shared with another account",
            change: props("orders-sharing", (p) => {
                p.policy = statement({ AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` });
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [RESOURCE_POLICY, "orders-sharing"],
            message: /its resource policy: .*account 999988887777, which is neither/,
        },
    ]);
});

import { datastoreAccessBlockPublic } from "../../../policypack/policies/datastore/access/datastore-access-block-public";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { datastoreTransitRequireTls } from "../../../policypack/policies/datastore/transit/datastore-transit-require-tls";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const SERVER = "aws:transfer/server:Server";
const CONNECTOR = "aws:transfer/connector:Connector";
const WORKFLOW = "aws:transfer/workflow:Workflow";

const transfer = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: SERVER,
            name: "partner-sftp",
            props: {
                protocols: ["SFTP"],
                endpointType: "VPC",
                endpointDetails: { vpcId: "vpc-1", subnetIds: ["subnet-1"], securityGroupIds: ["sg-1"] },
            },
        },
        {
            type: CONNECTOR,
            name: "to-carrier",
            props: {
                accessRole: "arn:aws:iam::111122223333:role/transfer",
                url: "sftp://sftp.carrier.example.com",
                sftpConfig: { userSecretId: "carrier-login", trustedHostKeys: ["ssh-rsa AAAA"] },
            },
        },
        {
            type: WORKFLOW,
            name: "on-upload",
            props: {
                steps: [
                    {
                        type: "COPY",
                        copyStepDetails: { destinationFileLocation: { s3FileLocation: { bucket: "labels-abc", key: "incoming/" } } },
                    },
                ],
            },
        },
    ]);

describe("catalogue: Transfer Family", () => {
    describeEntry(
        "aws:transfer/server:Server",
        transfer,
        [
            {
                title: "FTP accepted",
                change: props("partner-sftp", (p) => {
                    p.protocols = ["SFTP", "FTP"];
                }),
                policy: datastoreTransitRequireTls,
                at: [SERVER, "partner-sftp"],
                message: /accepts FTP \(protocols\), which sends files and credentials in plaintext/,
            },
            {
                title: "a VPC endpoint on the default security group",
                change: props("partner-sftp", (p) => {
                    delete p.endpointDetails.securityGroupIds;
                }),
                policy: datastoreAccessBlockPublic,
                at: [SERVER, "partner-sftp"],
                message: /the server's VPC endpoint names no endpointDetails.securityGroupIds/,
            },
        ],
        [
            {
                title: "SFTP by default on a public endpoint",
                change: props("partner-sftp", (p) => {
                    delete p.protocols;
                    delete p.endpointType;
                    delete p.endpointDetails;
                }),
            },
        ],
    );

    describeEntry(
        "aws:transfer/connector:Connector",
        transfer,
        [
            {
                title: "a connector tagged pii sends files outside AWS",
                change: props("to-carrier", (p) => {
                    p.tags = PII_TAGS;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [CONNECTOR, "to-carrier"],
                message: /sends files to "sftp:\/\/sftp.carrier.example.com", outside AWS/,
            },
            {
                title: "AS2 over plain HTTP without message encryption",
                change: props("to-carrier", (p) => {
                    delete p.sftpConfig;
                    p.url = "http://as2.carrier.example.com:5080";
                    p.as2Config = {
                        compression: "DISABLED",
                        encryptionAlgorithm: "NONE",
                        localProfileId: "p-1",
                        partnerProfileId: "p-2",
                        mdnResponse: "NONE",
                        signingAlgorithm: "SHA256",
                    };
                }),
                policy: datastoreTransitRequireTls,
                at: [CONNECTOR, "to-carrier"],
                message: /over plain HTTP with as2Config.encryptionAlgorithm NONE/,
            },
        ],
        [
            {
                title: "AS2 over HTTP with message encryption",
                change: props("to-carrier", (p) => {
                    delete p.sftpConfig;
                    p.url = "http://as2.carrier.example.com:5080";
                    p.as2Config = {
                        compression: "DISABLED",
                        encryptionAlgorithm: "AES256_CBC",
                        localProfileId: "p-1",
                        partnerProfileId: "p-2",
                        mdnResponse: "NONE",
                        signingAlgorithm: "SHA256",
                    };
                }),
            },
        ],
    );

    describeEntry("aws:transfer/workflow:Workflow", transfer, [
        {
            title: "copies into a bucket outside the stack",
            change: props("on-upload", (p) => {
                p.tags = PII_TAGS;
                p.steps[0].copyStepDetails.destinationFileLocation.s3FileLocation.bucket = "partner-bucket";
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [WORKFLOW, "on-upload"],
            message: /copies uploaded files to partner-bucket, which is not a resource of this stack/,
        },
        {
            title: "unclassified uploads copied into a confidential bucket",
            change: props("on-upload", (p) => {
                p.onExceptionSteps = [
                    {
                        type: "COPY",
                        copyStepDetails: { destinationFileLocation: { s3FileLocation: { bucket: "logs-abc", key: "failed/" } } },
                    },
                ];
            }),
            policy: datastoreTagsRequireClassification,
            at: ["aws:s3/bucket:Bucket", "logs"],
            message: /is classified confidential but holds pii data as a copy of on-upload \(unclassified, treated as pii\)/,
        },
    ]);
});

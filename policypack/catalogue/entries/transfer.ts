/**
 * Transfer Family: servers (the protocols files arrive over), connectors (which send files to
 * a partner's server outside AWS) and workflows (which copy and decrypt uploaded files).
 * Users, accesses, agreements, profiles, certificates, host and SSH keys, web apps and their
 * customisations grant or describe access; what they reach is judged by IAM and the stores.
 */
import type { ConnectorArgs } from "@pulumi/aws/transfer/connector";
import type { ServerArgs } from "@pulumi/aws/transfer/server";
import type { WorkflowArgs } from "@pulumi/aws/transfer/workflow";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";
import { FILE_SYSTEM_TYPES } from "./efs";
import { FUNCTION_TYPES } from "./lambda";
import { BUCKET_TYPES } from "./s3";

/** FTP sends files and credentials in plaintext; SFTP (the default), FTPS and AS2 do not. */
function checkProtocols({ store, report }: StoreContext): void {
    const protocols = store.res.props.protocols;
    if (isUnknown(protocols) || asList(protocols).some(isUnknown))
        report("protocols are not known during preview, so TLS cannot be verified");
    else if (asList(protocols).some((p) => typeof p === "string" && p.toUpperCase() === "FTP"))
        report("accepts FTP (protocols), which sends files and credentials in plaintext: use SFTP or FTPS");
}

export const transferServer = entry<ServerArgs>()({
    types: ["aws:transfer/server:Server"],
    holds: "files uploaded and downloaded by partners on their way to or from S3 or EFS",
    tagging: "carrier",
    atRest: { notOffered: "a server stores nothing; files land in S3 or EFS, judged there" },
    inTransit: [{ custom: checkProtocols, summary: "no FTP among protocols (AWS default SFTP)" }],
    exposure: [
        {
            what: "the server's VPC endpoint",
            securityGroups: "endpointDetails.securityGroupIds",
            when: { path: "endpointType", on: ["VPC"] },
        },
    ],
    retention: { notOffered: "a server stores nothing" },
    notes: "Users authenticate on every endpoint type (PUBLIC by default); their logs (user names, file paths) are not judged as personal data.",
});

/** AS2 over http:// is protected only by AS2 message encryption; NONE leaves the files in plaintext. */
function checkConnectorTransport({ store, report }: StoreContext): void {
    const { url, as2Config } = store.res.props;
    const algorithm = asList(as2Config)[0]?.encryptionAlgorithm;
    if (isUnknown(url) || isUnknown(algorithm))
        report("url or as2Config.encryptionAlgorithm is not known during preview, so encryption in transit cannot be verified");
    else if (typeof url === "string" && /^http:\/\//i.test(url) && (algorithm === undefined || String(algorithm).toUpperCase() === "NONE"))
        report(
            `sends AS2 messages to ${url} over plain HTTP with as2Config.encryptionAlgorithm ${algorithm === undefined ? "not set" : "NONE"}: encrypt the messages or use an https:// URL`,
        );
}

export const transferConnector = entry<ConnectorArgs>()({
    types: ["aws:transfer/connector:Connector"],
    holds: "files sent from S3 to a partner's SFTP or AS2 server outside AWS",
    tagging: "carrier",
    atRest: { notOffered: "a connector stores nothing; the files stay in S3" },
    inTransit: [
        {
            custom: checkConnectorTransport,
            summary: "AS2 over plain HTTP only with message encryption (as2Config.encryptionAlgorithm not NONE)",
        },
    ],
    retention: { notOffered: "a connector stores nothing" },
    destinations: [{ what: "sends files to", endpoint: "url" }],
    notes: "A connector tagged pii sends personal data outside AWS: the pack's configuration names shipping-provider accounts, not endpoints, so such a connector needs an exemption.",
});

type WorkflowStepPath = "steps" | "onExceptionSteps";
const workflowDestinations = (steps: WorkflowStepPath) => [
    {
        what: "copies uploaded files to",
        store: true as const,
        path: `${steps}.copyStepDetails.destinationFileLocation.s3FileLocation.bucket` as const,
        types: BUCKET_TYPES,
    },
    {
        what: "copies uploaded files to",
        store: true as const,
        path: `${steps}.copyStepDetails.destinationFileLocation.efsFileLocation.fileSystemId` as const,
        types: FILE_SYSTEM_TYPES,
    },
    {
        what: "writes decrypted files to",
        store: true as const,
        path: `${steps}.decryptStepDetails.destinationFileLocation.s3FileLocation.bucket` as const,
        types: BUCKET_TYPES,
    },
    {
        what: "writes decrypted files to",
        store: true as const,
        path: `${steps}.decryptStepDetails.destinationFileLocation.efsFileLocation.fileSystemId` as const,
        types: FILE_SYSTEM_TYPES,
    },
    { what: "passes uploaded files to", store: true as const, path: `${steps}.customStepDetails.target` as const, types: FUNCTION_TYPES },
];

export const transferWorkflow = entry<WorkflowArgs>()({
    types: ["aws:transfer/workflow:Workflow"],
    holds: "copies and decrypted copies of uploaded files",
    tagging: "carrier",
    atRest: { notOffered: "a workflow stores nothing; its copies land in the stores it names" },
    inTransit: { notOffered: "copies are made inside AWS" },
    retention: { notOffered: "copies live in the stores they land in, judged there" },
    destinations: [...workflowDestinations("steps"), ...workflowDestinations("onExceptionSteps")],
});

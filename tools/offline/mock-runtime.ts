/**
 * Runs Pulumi code without the engine or a cloud: Pulumi's mocks stand in for the
 * providers, and every resource registration is recorded with what the engine would see
 * (type, name, inputs, parent, dependencies, property dependencies). The tests and the
 * offline preview share this one module, since a second `setMocks` replaces the first.
 */
import * as pulumi from "@pulumi/pulumi";
import { deserializeProperties, specialSigKey, unknownValue } from "@pulumi/pulumi/runtime/rpc";
import { SourceSite } from "./source-site";

export const MOCK_ACCOUNT_ID = "123456789012";
export const MOCK_REGION = "eu-west-1";

export interface RecordedResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly custom: boolean;
    readonly parent?: string;
    readonly inputs: Record<string, any>;
    /** What the mocks answered (a custom resource's state), as a deployed stack's export holds it. */
    readonly outputs?: Record<string, any>;
    readonly dependencies: string[];
    readonly propertyDependencies: Record<string, string[]>;
    /** The URN of the provider resource that manages it. */
    readonly provider?: string;
    /** The stack trace of its registration (file URLs), as the SDK sends it to the engine. */
    readonly frames?: readonly { file: string; line: number; column: number }[];
    /** Where the program declared it (tools/offline/source-site.ts); set by the preview. */
    readonly declaredAt?: SourceSite;
    /** The URNs its aliases stand for: what it was called before the code moved it. Absent without aliases. */
    readonly aliases?: readonly string[];
}

/** The resources registered so far, in registration order. */
export class ResourceRecorder {
    readonly resources: RecordedResource[] = [];
    /** Registrations and invokes the mock monitor has been asked for and not yet answered. */
    pending = 0;

    ofType(type: string): RecordedResource[] {
        return this.resources.filter((r) => r.type === type);
    }

    /** The one resource of `type` whose logical name is `name`; throws when absent. */
    named(type: string, name: string): RecordedResource {
        const found = this.resources.find((r) => r.type === type && r.name === name);
        if (!found) {
            const names =
                this.ofType(type)
                    .map((r) => r.name)
                    .join(", ") || "none";
            throw new Error(`no ${type} named "${name}" was registered (registered: ${names})`);
        }
        return found;
    }

    /** Resources whose logical name starts with `prefix` (a component and its children). */
    withNamePrefix(prefix: string): RecordedResource[] {
        return this.resources.filter((r) => r.name === prefix || r.name.startsWith(`${prefix}-`));
    }

    /**
     * Resolves once nothing is pending at the monitor and no registration has arrived for a
     * few event-loop turns (a registration waiting on another's outputs follows it within
     * microtasks, so a quiet, idle monitor means the program is done).
     */
    async settled(quietMs = 5, quietRounds = 3): Promise<void> {
        let last = -1;
        let quiet = 0;
        while (quiet < quietRounds) {
            await new Promise((resolve) => setTimeout(resolve, quietMs));
            quiet = this.pending === 0 && this.resources.length === last ? quiet + 1 : 0;
            last = this.resources.length;
        }
    }
}

/** Plausible provider outputs for a resource, so that programs reading them work offline. */
export function mockState(type: string, name: string, inputs: Record<string, any>): { id: string; state: Record<string, any> } {
    const modulePath = type.split(":")[1];
    const service = (modulePath ?? "").split("/")[0];
    const physicalName: string = inputs.name ?? inputs.bucket ?? inputs.identifier ?? `${name}-${shortHash(name)}`;
    const arnPrefix = `arn:aws:${service}:${MOCK_REGION}:${MOCK_ACCOUNT_ID}`;
    const state: Record<string, any> = { ...inputs };
    let id = physicalName;
    switch (type) {
        case "aws:s3/bucket:Bucket":
        case "aws:s3/bucketV2:BucketV2":
            state.bucket = physicalName;
            state.arn = `arn:aws:s3:::${physicalName}`;
            break;
        case "aws:kms/key:Key":
            id = `${shortHash(name)}-key-id`;
            state.keyId = id;
            state.arn = `${arnPrefix}:key/${id}`;
            break;
        case "aws:kms/alias:Alias":
            state.name = inputs.name ?? `${inputs.namePrefix ?? "alias/"}${shortHash(name)}`;
            state.arn = `${arnPrefix}:${state.name}`;
            id = state.name;
            break;
        case "aws:iam/role:Role":
            state.name = physicalName;
            state.arn = `arn:aws:iam::${MOCK_ACCOUNT_ID}:role/${physicalName}`;
            break;
        case "aws:cloudwatch/logGroup:LogGroup":
            state.name = inputs.name ?? `${inputs.namePrefix ?? ""}${shortHash(name)}`;
            state.arn = `arn:aws:logs:${MOCK_REGION}:${MOCK_ACCOUNT_ID}:log-group:${state.name}`;
            id = state.name;
            break;
        case "aws:rds/instance:Instance":
            state.address = `${physicalName}.abc123.${MOCK_REGION}.rds.amazonaws.com`;
            state.endpoint = `${state.address}:${inputs.port ?? 5432}`;
            state.arn = `arn:aws:rds:${MOCK_REGION}:${MOCK_ACCOUNT_ID}:db:${physicalName}`;
            state.masterUserSecrets = [
                {
                    secretArn: `arn:aws:secretsmanager:${MOCK_REGION}:${MOCK_ACCOUNT_ID}:secret:rds!db-${shortHash(name)}`,
                    kmsKeyId: inputs.masterUserSecretKmsKeyId,
                    secretStatus: "active",
                },
            ];
            break;
        case "awsx:ec2:Vpc":
            id = `vpc-${shortHash(name)}`;
            state.vpcId = id;
            state.privateSubnetIds = ["a", "b", "c"].map((az) => `subnet-private-${az}`);
            state.publicSubnetIds = [];
            state.isolatedSubnetIds = ["a", "b", "c"].map((az) => `subnet-isolated-${az}`);
            break;
        default:
            state.name = inputs.name ?? physicalName;
            state.arn = `${arnPrefix}:${(type.split(":")[2] ?? "resource").toLowerCase()}/${id}`;
    }
    return { id, state };
}

function shortHash(text: string): string {
    let hash = 2166136261;
    for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    return hash.toString(16).padStart(8, "0").slice(0, 7);
}

/**
 * The input the AWS provider fills with a generated physical name when a program gives none
 * (its Check step does this before the engine records the inputs), per type.
 */
const AUTONAMED: Record<string, string> = {
    "aws:s3/bucket:Bucket": "bucket",
    "aws:s3/bucketV2:BucketV2": "bucket",
    "aws:rds/instance:Instance": "identifier",
    "aws:rds/cluster:Cluster": "clusterIdentifier",
    "aws:dynamodb/table:Table": "name",
    "aws:sqs/queue:Queue": "name",
    "aws:sns/topic:Topic": "name",
    "aws:lambda/function:Function": "name",
    "aws:secretsmanager/secret:Secret": "name",
    "aws:iam/role:Role": "name",
    "aws:iam/policy:Policy": "name",
    "aws:cloudwatch/logGroup:LogGroup": "name",
    "aws:cloudtrail/trail:Trail": "name",
    "aws:kinesis/stream:Stream": "name",
};

/** The inputs as the engine records them: with the physical name the provider generates when none was given. */
export function withAutoname(type: string, inputs: Record<string, any>, state: Record<string, any>): Record<string, any> {
    const property = AUTONAMED[type];
    if (!property || inputs[property] !== undefined || state[property] === undefined) return inputs;
    return { ...inputs, [property]: state[property] };
}

/**
 * The resources as the engine records them: the engine, not the program, registers the default
 * AWS provider, with the stack's `aws:*` config as its inputs (region, allowedAccountIds,
 * defaultTags), and every AWS resource names it as its provider. The mocks do neither.
 */
export function withDefaultAwsProvider(resources: readonly RecordedResource[], options: MockRuntimeOptions): RecordedResource[] {
    if (!resources.some((r) => r.type.startsWith("aws:"))) return [...resources];
    const version = (require("@pulumi/aws/package.json").version as string).replace(/\./g, "_");
    const name = `default_${version}`;
    const urn = `urn:pulumi:${options.stack}::${options.project}::pulumi:providers:aws::${name}`;
    const inputs: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options.config ?? {})) {
        if (!key.startsWith("aws:")) continue;
        let parsed: unknown = value;
        try {
            parsed = /^[[{]/.test(value) ? JSON.parse(value) : value;
        } catch {
            parsed = value;
        }
        inputs[key.slice("aws:".length)] = parsed;
    }
    const provider: RecordedResource = {
        urn,
        type: "pulumi:providers:aws",
        name,
        custom: true,
        inputs,
        dependencies: [],
        propertyDependencies: {},
    };
    return [provider, ...resources.map((r) => (r.type.startsWith("aws:") && !r.provider ? { ...r, provider: urn } : r))];
}

/** Answers for the invokes that the components and the program make. */
export function mockCall(token: string, inputs: Record<string, any>): Record<string, any> {
    switch (token) {
        case "aws:index/getCallerIdentity:getCallerIdentity":
            return {
                accountId: MOCK_ACCOUNT_ID,
                arn: `arn:aws:iam::${MOCK_ACCOUNT_ID}:user/offline`,
                userId: "AIDAOFFLINE",
                id: MOCK_ACCOUNT_ID,
            };
        case "aws:index/getRegion:getRegion":
            return {
                region: MOCK_REGION,
                name: MOCK_REGION,
                id: MOCK_REGION,
                description: "Europe (Ireland)",
                endpoint: `ec2.${MOCK_REGION}.amazonaws.com`,
            };
        case "aws:index/getPartition:getPartition":
            return { partition: "aws", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws", id: "aws" };
        case "aws:index/getAvailabilityZones:getAvailabilityZones":
            return {
                names: ["a", "b", "c"].map((az) => `${MOCK_REGION}${az}`),
                zoneIds: ["euw1-az1", "euw1-az2", "euw1-az3"],
                id: MOCK_REGION,
            };
        default:
            throw new Error(`offline mocks: no answer for invoke ${token} (${JSON.stringify(inputs)})`);
    }
}

export interface MockRuntimeOptions {
    readonly project: string;
    readonly stack: string;
    /** Stack config as `"<namespace>:<key>"` to string (structured values as JSON). */
    readonly config?: Record<string, string>;
    /**
     * Outputs of other stacks a `pulumi.StackReference` reads, by stack name
     * (`org/project/stack`). A stack not listed has unknown outputs, as in a preview before
     * that stack exists: every value read from it is unknown, and the pack fails closed on it.
     */
    readonly stackOutputs?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

const STACK_REFERENCE_TYPE = "pulumi:pulumi:StackReference";

/** A StackReference's state offline: the outputs given for its stack, else unknown. */
function stackReferenceState(
    name: string,
    inputs: Record<string, any>,
    stackOutputs: MockRuntimeOptions["stackOutputs"],
): { id: string; state: Record<string, any> } {
    const stack = typeof inputs.name === "string" ? inputs.name : name;
    const outputs = stackOutputs?.[stack];
    return { id: stack, state: { name: stack, outputs: outputs ?? unknownValue, secretOutputNames: [] } };
}

let active: ResourceRecorder | undefined;

/**
 * Installs the mocks (once per process) and returns the recorder. Call it before importing
 * any module that creates resources: resources created earlier are never seen.
 */
export function startMockRuntime(options: MockRuntimeOptions): ResourceRecorder {
    if (active) {
        throw new Error("offline mocks are already installed in this process; use the recorder startMockRuntime returned");
    }
    const recorder = new ResourceRecorder();
    pulumi.runtime.setMocks(
        {
            newResource: (args) =>
                args.type === STACK_REFERENCE_TYPE
                    ? stackReferenceState(args.name, args.inputs, options.stackOutputs)
                    : mockState(args.type, args.name, args.inputs),
            call: (args) => mockCall(args.token, args.inputs),
        },
        options.project,
        options.stack,
        false,
    );
    pulumi.runtime.setAllConfig(options.config ?? {});
    recordRegistrations(recorder);
    active = recorder;
    return recorder;
}

/**
 * A registration's inputs as the engine receives them: the SDK's deserialisation, except that a
 * value not known yet (an output of a stack reference whose outputs were not given, say) stays
 * the unknown sentinel the engine sees, rather than vanishing; the pack judges it as unknown.
 */
function inputsOf(struct: any): Record<string, any> {
    return withUnknowns(struct.toJavaScript(), deserializeProperties(struct)) as Record<string, any>;
}

function withUnknowns(raw: unknown, value: unknown): unknown {
    if (raw === unknownValue) return unknownValue;
    if (Array.isArray(raw) && Array.isArray(value)) return value.map((item, i) => withUnknowns(raw[i], item));
    const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
    // A secret, asset or archive is the SDK's to decode: left as it deserialised it.
    if (!isRecord(raw) || !isRecord(value) || specialSigKey in raw) return value;
    const out: Record<string, unknown> = { ...value };
    for (const [key, item] of Object.entries(raw)) {
        if (item === unknownValue) out[key] = unknownValue;
        else if (key in value) out[key] = withUnknowns(item, value[key]);
    }
    return out;
}

/** The registration's stack trace, as the SDK recorded it for the engine (empty on an SDK that does not). */
function framesOf(req: any): { file: string; line: number; column: number }[] {
    const frames = typeof req.getStacktrace === "function" ? (req.getStacktrace()?.getFramesList() ?? []) : [];
    return frames
        .map((frame: any) => frame.getPc())
        .filter((pc: any) => pc)
        .map((pc: any) => ({ file: pc.getUri(), line: pc.getLine(), column: pc.getColumn() }));
}

/**
 * The URNs a registration's aliases stand for, as the engine works them out: each alias spec
 * changes some of the name, type, stack, project and parent and keeps the rest.
 */
function aliasUrnsOf(req: any, urn: string): string[] {
    const [, stack, project] = /^urn:pulumi:(.*?)::(.*?)::/.exec(urn) ?? [];
    const urns: string[] = typeof req.getAliasurnsList === "function" ? [...req.getAliasurnsList()] : [];
    for (const alias of typeof req.getAliasesList === "function" ? req.getAliasesList() : []) {
        const spec = alias.getSpec?.();
        if (!spec) {
            if (alias.getUrn?.()) urns.push(alias.getUrn());
            continue;
        }
        const type = spec.getType() || req.getType();
        const parentUrn = spec.getNoparent() ? "" : spec.getParenturn() || req.getParent();
        const parentTypes = parentUrn ? /^urn:pulumi:.*?::.*?::(.*?)::/.exec(parentUrn)?.[1] : undefined;
        urns.push(
            `urn:pulumi:${spec.getStack() || stack}::${spec.getProject() || project}::${parentTypes ? `${parentTypes}$${type}` : type}::${spec.getName() || req.getName()}`,
        );
    }
    return urns;
}

/** Wraps the mock monitor so that each RegisterResource request is recorded as it answers. */
function recordRegistrations(recorder: ResourceRecorder): void {
    const monitor = pulumi.runtime.getMonitor() as any;
    const register = monitor.registerResource.bind(monitor);
    const invoke = monitor.invoke.bind(monitor);
    monitor.invoke = (req: any, callback: (err: any, response: any) => void) => {
        recorder.pending += 1;
        return invoke(req, (err: any, response: any) => {
            recorder.pending -= 1;
            callback(err, response);
        });
    };
    monitor.registerResource = (req: any, callback: (err: any, response: any) => void) => {
        recorder.pending += 1;
        return register(req, (err: any, response: any) => {
            recorder.pending -= 1;
            if (!err) {
                const propertyDependencies: Record<string, string[]> = {};
                const aliases = aliasUrnsOf(req, response.getUrn());
                req.getPropertydependenciesMap().forEach((deps: any, key: string) => {
                    propertyDependencies[key] = deps.getUrnsList();
                });
                recorder.resources.push({
                    urn: response.getUrn(),
                    type: req.getType(),
                    name: req.getName(),
                    custom: req.getCustom(),
                    parent: req.getParent() || undefined,
                    inputs: req.getCustom()
                        ? withAutoname(req.getType(), inputsOf(req.getObject()), deserializeProperties(response.getObject()))
                        : inputsOf(req.getObject()),
                    outputs: req.getCustom() ? deserializeProperties(response.getObject()) : undefined,
                    dependencies: req.getDependenciesList(),
                    propertyDependencies,
                    frames: framesOf(req),
                    ...(aliases.length > 0 ? { aliases } : {}),
                });
            }
            callback(err, response);
        });
    };
}

/**
 * The one mock runtime of the test process (a second `setMocks` would replace it for every
 * file). Test files import `recorder` from here before they create resources.
 */
import { ResourceRecorder, RecordedResource, startMockRuntime } from "../../tools/offline/mock-runtime";

export const recorder: ResourceRecorder = startMockRuntime({ project: "compliant-storage-tests", stack: "test" });

let counter = 0;
/** A logical name no other test uses, so each test reads only its own resources. */
export function uniqueName(base: string): string {
    counter += 1;
    return `${base}${counter}`;
}

/** Waits for the registrations to finish and returns those of the component `name`. */
export async function registered(name: string): Promise<Resources> {
    await recorder.settled();
    return new Resources(recorder.withNamePrefix(name));
}

export class Resources {
    constructor(readonly all: RecordedResource[]) {}

    ofType(type: string): RecordedResource[] {
        return this.all.filter((r) => r.type === type);
    }

    /** The single resource of `type`; fails the test when there is none or more than one. */
    one(type: string): RecordedResource {
        const found = this.ofType(type);
        if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}: ${found.map((r) => r.name).join(", ")}`);
        return found[0];
    }

    /**
     * The resource named `name`. A component may share its name with one of its own custom
     * resources (a ScheduledPurge and its function): then the custom resource is meant. More
     * than one otherwise fails the test.
     */
    named(name: string): RecordedResource {
        const found = this.all.filter((r) => r.name === name);
        if (found.length === 0) throw new Error(`no resource named ${name}; have ${this.all.map((r) => r.name).join(", ")}`);
        if (found.length === 1) return found[0];
        const resources = found.filter((r) => r.custom);
        if (resources.length !== 1) throw new Error(`${found.length} resources named ${name}: ${found.map((r) => r.type).join(", ")}`);
        return resources[0];
    }
}

/** A policy document input, parsed. */
export function policyOf(resource: RecordedResource, property = "policy"): { Statement: any[] } {
    const value = resource.inputs[property];
    if (typeof value !== "string") throw new Error(`${resource.name}.${property} is not a JSON string: ${JSON.stringify(value)}`);
    return JSON.parse(value);
}

export function statementBySid(document: { Statement: any[] }, sid: string): any {
    const statement = document.Statement.find((s) => s.Sid === sid);
    if (!statement) throw new Error(`no statement ${sid} in ${JSON.stringify(document)}`);
    return statement;
}

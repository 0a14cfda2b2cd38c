/**
 * JSON Schemas (draft-07) of the parts of the documents `dpcheck audit` reads that it relies
 * on: a `pulumi stack export` (checkpoint version 3) and `pulumi preview --json` output. Fields
 * dpcheck does not read are left open, as newer Pulumi versions add some. `null` stands for
 * absent where Pulumi's Go types could write it (nil slices and maps).
 *
 * The schemas never descend into `inputs` or `outputs`, so validating them cannot recurse
 * deeply however deep a document nests; inputs.ts limits that nesting separately.
 */
import Ajv, { ErrorObject, ValidateFunction } from "ajv";

const urn = { type: "string", pattern: "^urn:pulumi:" };
const urns = { type: ["array", "null"], items: urn };

/** A resource as `pulumi stack export` writes it (apitype.ResourceV3), and a preview step's newState. */
export const RESOURCE_SCHEMA = {
    type: "object",
    required: ["urn", "type"],
    properties: {
        urn,
        type: { type: "string", minLength: 1 },
        custom: { type: ["boolean", "null"] },
        delete: { type: ["boolean", "null"] },
        id: { type: ["string", "null"] },
        inputs: { type: ["object", "null"] },
        outputs: { type: ["object", "null"] },
        parent: { type: ["string", "null"] },
        provider: { type: ["string", "null"] },
        dependencies: urns,
        propertyDependencies: { type: ["object", "null"], additionalProperties: urns },
    },
} as const;

export const STACK_EXPORT_SCHEMA = {
    $id: "dpcheck:stack-export",
    type: "object",
    required: ["version", "deployment"],
    properties: {
        version: { const: 3 },
        deployment: {
            type: "object",
            properties: { resources: { type: ["array", "null"], items: { $ref: "#/definitions/resource" } } },
        },
    },
    definitions: { resource: RESOURCE_SCHEMA },
} as const;

export const PREVIEW_JSON_SCHEMA = {
    $id: "dpcheck:preview-json",
    type: "object",
    required: ["steps"],
    properties: {
        steps: {
            type: "array",
            items: {
                type: "object",
                required: ["op"],
                properties: {
                    op: { type: "string", minLength: 1 },
                    urn,
                    newState: { if: { type: "null" }, else: { $ref: "#/definitions/resource" } },
                    oldState: { type: ["object", "null"] },
                },
            },
        },
    },
    definitions: { resource: RESOURCE_SCHEMA },
} as const;

let compiled: { stackExport: ValidateFunction; previewJson: ValidateFunction } | undefined;

/** The compiled validators (compiled once, on first use). */
export function validators(): { stackExport: ValidateFunction; previewJson: ValidateFunction } {
    if (!compiled) {
        const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
        compiled = { stackExport: ajv.compile(STACK_EXPORT_SCHEMA), previewJson: ajv.compile(PREVIEW_JSON_SCHEMA) };
    }
    return compiled;
}

export type SchemaError = ErrorObject;

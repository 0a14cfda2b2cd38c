/**
 * The data-store catalogue: every resource type of @pulumi/aws that can hold or carry customer
 * data, one entry each (`entries/<service>.ts`), and the reviewed list of types that hold none.
 */
import { CatalogueEntry } from "./entry";
import * as cloudtrail from "./entries/cloudtrail";
import * as cloudwatch from "./entries/cloudwatch";
import * as dynamodb from "./entries/dynamodb";
import * as efs from "./entries/efs";
import * as lambda from "./entries/lambda";
import * as rds from "./entries/rds";
import * as rdsCopies from "./entries/rds-copies";
import * as s3 from "./entries/s3";
import * as s3Bucket from "./entries/s3-bucket";
import * as secretsmanager from "./entries/secretsmanager";
import * as sns from "./entries/sns";
import * as sqs from "./entries/sqs";
import { HOLDS_NO_CUSTOMER_DATA } from "./no-customer-data";

const MODULES: readonly Record<string, unknown>[] = [
    s3Bucket, s3, dynamodb, rds, rdsCopies, sqs, sns, secretsmanager, lambda, cloudwatch, cloudtrail, efs,
];

function isEntry(value: unknown): value is CatalogueEntry {
    return typeof value === "object" && value !== null && "types" in value && "tagging" in value;
}

/** Every entry, in the order of the modules above. */
export const CATALOGUE: readonly CatalogueEntry[] = MODULES.flatMap((module) => Object.values(module).filter(isEntry));

export const CATALOGUE_BY_TYPE: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE.flatMap((entry) => entry.types.map((type) => [type, entry] as const)));

export function isCatalogued(type: string): boolean {
    return CATALOGUE_BY_TYPE.has(type);
}

/** Whether the reviewed list says the type holds no customer data (by its token or its whole service). */
export function isReviewedNoCustomerData(type: string): boolean {
    return type in HOLDS_NO_CUSTOMER_DATA || type.split("/")[0] in HOLDS_NO_CUSTOMER_DATA;
}

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

/** The account, region and partition a component deploys into, read from the AWS provider. */
export interface AwsContext {
    readonly accountId: pulumi.Output<string>;
    readonly region: pulumi.Output<string>;
    readonly partition: pulumi.Output<string>;
}

export function awsContext(parent: pulumi.Resource): AwsContext {
    const opts = { parent };
    return {
        accountId: aws.getCallerIdentityOutput({}, opts).accountId,
        region: aws.getRegionOutput({}, opts).region,
        partition: aws.getPartitionOutput({}, opts).partition,
    };
}

/** A statement of an IAM policy document, as AWS reads it. */
export interface PolicyStatement {
    readonly Sid?: string;
    readonly Effect: "Allow" | "Deny";
    readonly Principal?: "*" | Record<string, string | string[]>;
    readonly Action: string | string[];
    /** Absent in trust policies, which IAM rejects a Resource in. */
    readonly Resource?: string | string[];
    readonly Condition?: Record<string, Record<string, string | string[]>>;
}

/** Serialises a policy document; statements are built in code so that tests need no invoke. */
export function policyDocument(statements: pulumi.Input<pulumi.Input<PolicyStatement>[]>): pulumi.Output<string> {
    return pulumi.jsonStringify({ Version: "2012-10-17", Statement: statements });
}

/** S3 on Outposts: the network endpoints through which Outposts buckets are reached. */
import type { EndpointArgs } from "@pulumi/aws/s3outposts/endpoint";
import { entry } from "../entry";

export const s3outpostsEndpoint = entry<EndpointArgs>()({
    types: ["aws:s3outposts/endpoint:Endpoint"],
    holds: "the network path (in a VPC subnet) to the S3 on Outposts buckets of an Outpost",
    tagging: "carrier",
    atRest: { notOffered: "an endpoint stores nothing; the buckets are judged on their own" },
    inTransit: { notOffered: "TLS is required by each Outposts bucket's policy (aws.s3control.BucketPolicy), judged on the bucket" },
    exposure: [{ what: "the S3 on Outposts endpoint", securityGroups: "securityGroupId" }],
    retention: { notOffered: "an endpoint stores nothing" },
    notes: "accessType CustomerOwnedIp makes the endpoint reachable from the on-premises network behind the Outpost's local gateway.",
});

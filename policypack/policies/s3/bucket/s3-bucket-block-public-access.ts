import { definePolicy } from "../../../lib/define";
import { BUCKET_TYPES } from "../../../lib/stack-index";
import { isTrue } from "../../../lib/values";

const SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];

export const s3BucketBlockPublicAccess = definePolicy({
    name: "s3-bucket-block-public-access",
    description: "Every bucket has a public access block with all four settings true, and no public canned ACL.",
    clauses: ["DP-2.2"],
    severity: "critical",
    remediationSteps: "Add an aws.s3.BucketPublicAccessBlock for the bucket with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all true; drop any public-read ACL.",
    check({ index, report }) {
        for (const bucket of index.ofTypes(BUCKET_TYPES)) {
            const blocks = index.sidesOf(bucket.urn, "publicAccessBlock");
            if (blocks.length === 0) report(bucket, "has no public access block: add one with all four settings true");
            for (const block of blocks) {
                const open = SETTINGS.filter((setting) => !isTrue(block.props[setting]));
                if (open.length > 0) report(bucket, `its public access block leaves ${open.join(", ")} not true`);
            }
            const acl = bucket.props.acl;
            if (typeof acl === "string" && /public|authenticated-read/.test(acl)) report(bucket, `has the public canned ACL "${acl}"`);
        }
    },
});

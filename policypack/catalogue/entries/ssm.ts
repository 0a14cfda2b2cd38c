/**
 * Systems Manager: Parameter Store parameters. Documents, associations, maintenance windows,
 * patching and inventory sync run or describe operations on instances and hold no customer
 * records (reviewed in the no-data list).
 */
import type { ParameterArgs } from "@pulumi/aws/ssm/parameter";
import { entry } from "../entry";

export const PARAMETER_TYPES = ["aws:ssm/parameter:Parameter"];

export const ssmParameter = entry<ParameterArgs>()({
    types: ["aws:ssm/parameter:Parameter"],
    holds: "a text value (and the history of its previous values)",
    tagging: "store",
    names: ["name"],
    atRest: [
        {
            what: "the parameter value",
            enabled: { path: "type", on: ["SecureString"], absent: false, absentMeans: "String: stored without a KMS key" },
            key: "keyId",
            keyAbsentMeans: "the AWS-managed aws/ssm key",
        },
    ],
    inTransit: { notOffered: "Systems Manager's endpoints accept HTTPS only" },
    retention: {
        notOffered:
            "a parameter and its history of up to 100 previous values live until the parameter is deleted; Advanced-tier expiration policies are not an argument of aws.ssm.Parameter",
    },
    notes: "String and StringList parameters are plaintext in the API, the console and `insecureValue` previews: any data store kept here is a SecureString under a customer-managed key. Advanced-tier parameters can be shared with other accounts through RAM; that sharing is judged on the RAM resource share.",
});

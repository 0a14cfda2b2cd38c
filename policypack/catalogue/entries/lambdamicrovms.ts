/** Lambda MicroVMs: images (their environment variables) and running MicroVMs (start payload, suspended memory, logs). */
import type { ImageArgs } from "@pulumi/aws/lambdamicrovms/image";
import type { MicrovmArgs } from "@pulumi/aws/lambdamicrovms/microvm";
import { entry } from "../entry";

export const lambdamicrovmsImage = entry<ImageArgs>()({
    types: ["aws:lambdamicrovms/image:Image"],
    holds: "application code and environment variables of every MicroVM started from it",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "no key setting for an image; its environment variables are checked as plaintext" },
    inTransit: { notOffered: "the application decides" },
    exposure: [
        { what: "environment variables", plaintextWhenPii: "environmentVariables", why: "which are stored in plaintext in the image" },
    ],
    retention: { notOffered: "an image keeps no data of its own" },
});

export const lambdamicrovmsMicrovm = entry<MicrovmArgs>()({
    types: ["aws:lambdamicrovms/microvm:Microvm"],
    holds: "a running application, its start payload, and its memory while suspended",
    tagging: "carrier",
    sources: [{ path: "imageArn", types: ["aws:lambdamicrovms/image:Image"] }],
    atRest: { notOffered: "no key setting; the memory of a suspended MicroVM is kept by AWS" },
    inTransit: { notOffered: "the application decides" },
    exposure: [{ what: "the start payload", plaintextWhenPii: "runHookPayload", why: "which is stored in plaintext with the MicroVM" }],
    retention: [
        {
            what: "the memory of a suspended MicroVM",
            period: "idlePolicy.suspendedDurationSeconds",
            unit: "seconds",
            absent: 0,
            when: { path: "idlePolicy" },
        },
    ],
    destinations: [
        { what: "writes its logs to", store: true, path: "logging.cloudwatch.logGroup", types: ["aws:cloudwatch/logGroup:LogGroup"] },
    ],
});

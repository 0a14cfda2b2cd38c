/**
 * Amplify Hosting: apps and branches carry environment variables given to builds and
 * server-side rendering. Backend environments, domains and webhooks hold no data.
 */
import type { AppArgs } from "@pulumi/aws/amplify/app";
import type { BranchArgs } from "@pulumi/aws/amplify/branch";
import { entry } from "../entry";

const APP_TYPES = ["aws:amplify/app:App"];
const PLAIN_ENV_WHY =
    "plain environment values visible to anyone who may read the app and printed into build logs: keep personal data out of them";
const NO_KEY = {
    notOffered: "Amplify keeps environment variables and build artefacts under AWS-managed encryption; no customer-managed key is offered",
};

export const amplifyApp = entry<AppArgs>()({
    types: ["aws:amplify/app:App"],
    holds: "environment variables of builds and server-side rendering",
    tagging: "carrier",
    names: ["name"],
    atRest: NO_KEY,
    inTransit: { notOffered: "Amplify Hosting serves sites over HTTPS" },
    exposure: [
        { what: "the app", plaintextWhenPii: "environmentVariables", why: PLAIN_ENV_WHY },
        { what: "auto-created branches", plaintextWhenPii: "autoBranchCreationConfig.environmentVariables", why: PLAIN_ENV_WHY },
    ],
    retention: {
        notOffered: "Amplify keeps build artefacts and logs of each deployment with no expiry setting; no personal data belongs in a build",
    },
    notes: "The hosted site is public unless basic authentication is on; a front end holds no records of its own, so that is not judged here.",
});

export const amplifyBranch = entry<BranchArgs>()({
    types: ["aws:amplify/branch:Branch"],
    holds: "environment variables of a branch's builds",
    tagging: "carrier",
    sources: [{ path: "appId", types: APP_TYPES }],
    atRest: NO_KEY,
    inTransit: { notOffered: "Amplify Hosting serves sites over HTTPS" },
    exposure: [{ what: "the branch", plaintextWhenPii: "environmentVariables", why: PLAIN_ENV_WHY }],
    retention: { notOffered: "Amplify keeps build artefacts and logs of each deployment with no expiry setting" },
});

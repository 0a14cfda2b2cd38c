// The pack's entry file: it only constructs the PolicyPack (which starts serving at once).
import { PolicyPack } from "@pulumi/policy";
import { deserializeOncePerRequest } from "./lib/deserialize-once";
import { allPolicies } from "./policies";

deserializeOncePerRequest();
new PolicyPack("data-protection", { enforcementLevel: "mandatory", policies: allPolicies });

// The pack's entry file: it only constructs the PolicyPack (which starts serving at once).
import { PolicyPack } from "@pulumi/policy";
import { allPolicies } from "./policies";

new PolicyPack("data-protection", { enforcementLevel: "mandatory", policies: allPolicies });

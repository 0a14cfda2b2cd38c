/**
 * KMS: only the Ciphertext resource carries data. Keys, aliases, grants and key policies hold
 * no customer data and are judged by the kms-key-* policies.
 */
import type { CiphertextArgs } from "@pulumi/aws/kms/ciphertext";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

/**
 * `plaintext` is an ordinary input: Pulumi keeps it in the stack's state (as a secret of the
 * stack's secrets provider, not under a KMS key of the company) and in the program, whatever it
 * holds. The resource carries no tags, so the pack cannot tell whether the value is personal
 * data: it fails closed, and `plaintextWo` (write-only, never stored in state) is the way out.
 */
function checkPlaintextInState({ store, report }: StoreContext): void {
    const plaintext = store.res.props.plaintext;
    if (isUnknown(plaintext))
        report("plaintext is not known during preview; if it is set, the value is kept in the Pulumi state: use plaintextWo");
    else if (typeof plaintext === "string" && plaintext !== "")
        report(
            "sets plaintext, which Pulumi keeps in the stack's state (not under a customer-managed KMS key) and which the pack cannot tell from personal data: pass the value through plaintextWo, which is never stored",
        );
}

export const kmsCiphertext = entry<CiphertextArgs>()({
    types: ["aws:kms/ciphertext:Ciphertext"],
    holds: "a value encrypted under a KMS key; its plaintext stays in the Pulumi state unless given as plaintextWo",
    tagging: "carrier",
    atRest: [
        { what: "the ciphertext", key: "keyId" },
        { custom: checkPlaintextInState, summary: "the plaintext is given write-only (plaintextWo), never kept in the Pulumi state" },
    ],
    inTransit: { notOffered: "KMS's endpoints accept HTTPS only" },
    retention: { notOffered: "the ciphertext lives as long as the resource; the plaintext is not kept by AWS" },
    notes: "Keys, aliases, grants and key policies are judged by the kms-key-* policies, not by this catalogue.",
});

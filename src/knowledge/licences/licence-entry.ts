// The shape of one licence in the knowledge base: how to recognise it and the terms a user
// must know. AI licences SPDX lacks fill it today (data/ai-licences.json); SPDX and Hub licences can
// use the same shape later (recognition fields are then optional, the terms the same).

export type LicenceKind = 'open' | 'permissive-custom' | 'restricted' | 'non-commercial';

export type CommercialUse = 'allowed' | 'restricted' | 'prohibited';

/** What a licence covers: the model weights, code, training data. */
export type LicenceScope = 'weights' | 'code' | 'data';

export interface AcceptableUsePolicy {
  required: boolean;
  /** Where the policy lives; absent when it is part of the licence text itself. */
  url?: string;
}

export interface Attribution {
  /** The notice that must ship with copies, in short. */
  notice?: string;
  /** A display duty ("Built with Llama", "Powered by Stability AI"). */
  display?: string;
  /** A naming duty for derived models ("name must begin with 'Llama'"). */
  derivedModelNaming?: string;
}

export interface LicenceEntry {
  /** SPDX id when SPDX lists the licence, else `LicenseRef-<slug>`. */
  id: string;
  name: string;
  /** Hub `license:` ids or `license_name:` values seen on real cards, lower-case. */
  hfIds: readonly string[];
  /** Phrases (< 12 words) specific to this licence or version. */
  markers: readonly string[];
  /** Phrases shared with sibling licences: they narrow the family, never pick a version. */
  familyMarkers?: readonly string[];
  /** Phrases that rule this licence out. */
  excludeMarkers?: readonly string[];
  /** Family slug shared by versions ("meta-llama"). */
  family: string;
  category: LicenceKind;
  osiApproved: boolean;
  commercialUse: CommercialUse;
  /** A cap on users above which a separate licence is needed, in short ("700M monthly active users"). */
  userCap?: string;
  revenueCap?: string;
  acceptableUsePolicy: AcceptableUsePolicy;
  attribution?: Attribution;
  /** What the licence says about the model's outputs (training other models with them ...). */
  outputRestrictions?: readonly string[];
  /** Other use limits users trip over (hosting bans, research only ...). */
  useRestrictions?: readonly string[];
  /** true: the licensor may change binding terms; 'implicit': a policy kept at a URL may change. */
  termsCanChange: boolean | 'implicit' | 'unknown';
  geographicRestrictions?: string;
  appliesTo: readonly LicenceScope[];
  /** Release or last-updated date of the text this entry describes. */
  versionDate?: string;
  /** Where the facts come from; at least one. */
  sources: readonly [string, ...string[]];
}

/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** The adoption of a draft recommendation by a committee decision. */
export type AdoptRecommendationInput = {
  /** Key of the decision that adopted it, e.g. "itrat-2025-2": in force; its day becomes `adoptedOn`. */
  decisionId: Scalars['ID']['input'];
  /** Key of the recommendation, e.g. "empf-2025-1". */
  id: Scalars['ID']['input'];
  /** The `version` of the recommendation you last read; CONFLICT when the recommendation has changed since. */
  version: Scalars['Int']['input'];
};

/** A Warnmeldung (security advisory, Sicherheitshinweis) of CERT-Brandenburg: a vulnerability in software products that Kommunen may run, with its CVE ids and the products it affects. Advisories are public (TLP:CLEAR) and readable by everyone, a token or none. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type Advisory = {
  __typename?: 'Advisory';
  /** The Kommunen that run a product the advisory affects: those with seats of a licence whose vendor and product match one of `affectedProducts` (whole names, any letter case; whatever the licence term, since software whose licence ran out may still be installed), ordered by ARS. For CERT-Brandenburg (scope security:read) and the Kaz (contracts:write); a Kommune sees only itself (listed when it runs an affected product). UNAUTHENTICATED without a token, FORBIDDEN for any other role (the field is then null). */
  affectedMunicipalities?: Maybe<Array<AffectedMunicipality>>;
  /** The products the advisory affects, ordered by vendor and product. */
  affectedProducts: Array<AdvisoryProduct>;
  /** The CVE ids (Common Vulnerabilities and Exposures, e.g. "CVE-2026-12345") of the vulnerabilities; empty while none is assigned. */
  cveIds: Array<Scalars['String']['output']>;
  /** Public reference of CERT-Brandenburg, e.g. "CERT-BB-ADV-2026-0007": "CERT-BB-ADV-", the year of publication and a number within it. Numbered, unlike an incident reference, since every advisory is public. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** When CERT-Brandenburg published the advisory (ISO 8601, UTC). */
  publishedAt: Scalars['String']['output'];
  /** How serious the vulnerability is. */
  severity: AdvisorySeverity;
  /** Short title of the advisory (German). */
  title: Scalars['String']['output'];
  /** The TLP marking of the advisory: always CLEAR (no limit on disclosure), so everyone may read it. */
  tlp: Tlp;
};

/** A page of advisories of CERT-Brandenburg. */
export type AdvisoryConnection = {
  __typename?: 'AdvisoryConnection';
  /** The items of this page with their cursors. */
  edges: Array<AdvisoryEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Advisory>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of advisories in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An advisory in a page, with its cursor. */
export type AdvisoryEdge = {
  __typename?: 'AdvisoryEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Advisory;
};

/** A software product named in an advisory of CERT-Brandenburg: its vendor (Hersteller) and its name. */
export type AdvisoryProduct = {
  __typename?: 'AdvisoryProduct';
  /** The product name, as the vendor spells it. */
  product: Scalars['String']['output'];
  /** The vendor (Hersteller), as the vendor spells its name. */
  vendor: Scalars['String']['output'];
};

/** A product an advisory affects: its vendor (Hersteller) and its name, as the vendor spells them. */
export type AdvisoryProductInput = {
  /** The product name, at most 200 characters. */
  product: Scalars['String']['input'];
  /** The vendor, at most 200 characters. */
  vendor: Scalars['String']['input'];
};

/** How serious the vulnerability an advisory warns of is, as CERT-Brandenburg rates it (after CVSS and exploitation). */
export type AdvisorySeverity =
  /** Kritisch: exploited or trivially exploitable with severe effect; act at once. */
  | 'CRITICAL'
  /** Hoch: exploitable with serious effect; update within days. */
  | 'HIGH'
  /** Niedrig: hard to exploit or of little effect; update in the normal cycle. */
  | 'LOW'
  /** Mittel: exploitable under some conditions; update soon. */
  | 'MEDIUM';

/** A Kommune that runs a product named in an advisory of CERT-Brandenburg (it has seats of a licence of the product), with those products; no seats, dates or costs of its licences. */
export type AffectedMunicipality = {
  __typename?: 'AffectedMunicipality';
  /** The Kommune. */
  municipality: Municipality;
  /** The products of the advisory the Kommune has licences of, as the licences spell them, ordered by vendor and product. */
  products: Array<AdvisoryProduct>;
};

/** Seats of a licence for a Kommune that has none of that licence yet. */
export type AllocateLicenceInput = {
  /** Licence number, e.g. "LIZ-0001". */
  licenceId: Scalars['ID']['input'];
  /** ARS of the Kommune that gets the seats (a real Kommune). */
  municipalityArs: Scalars['ID']['input'];
  /** Number of seats to give, 1 or more and at most the free seats of the licence. */
  seats: Scalars['Int']['input'];
};

/** The controller’s assessment of the risk of a personal data breach (GDPR Art. 33(1), 34(1)). */
export type AssessBreachRiskInput = {
  /** Date of the assessment (YYYY-MM-DD): not before the day of detection (UTC), not in the future. */
  assessedOn: Scalars['String']['input'];
  /** Reference of the incident, e.g. "CERT-BB-7QK3-M9XA-2DHF". */
  id: Scalars['ID']['input'];
  /** Why the breach is assessed so (Art. 33(5)); 1 to 2000 characters. */
  reasoning: Scalars['String']['input'];
  /** The assessed risk. */
  risk: BreachRisk;
  /** The `version` of the incident you last read; CONFLICT when the incident has changed since. */
  version: Scalars['Int']['input'];
};

/** One change in a subgraph: who made it, when, which operation on which entity, before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The organisation key or Kommune ARS of that token. */
  actorOrg: Scalars['String']['output'];
  /** The `sub` of the token that made the change (user or system). */
  actorSubject: Scalars['String']['output'];
  /** The entity after the change, as JSON; null when it was deleted, and null when `redacted` is true. */
  after?: Maybe<Scalars['String']['output']>;
  /** The entity before the change, as JSON; null when it was created, and null when `redacted` is true. */
  before?: Maybe<Scalars['String']['output']>;
  /** The key of the changed entity. */
  entityId: Scalars['String']['output'];
  /** The GraphQL type of the changed entity, e.g. "Project". */
  entityType: Scalars['String']['output'];
  /** Key of the entry: the subgraph and its position in that subgraph’s log, e.g. "projects:42". */
  id: Scalars['ID']['output'];
  /** When the change was committed (ISO 8601). */
  occurredAt: Scalars['String']['output'];
  /** The mutation, e.g. "updateProject". */
  operation: Scalars['String']['output'];
  /** True when `before` and `after` are withheld because the reader may not read this entity on its own paths (its rule in docs/access-control.md, TLP markings included); the entry itself is still listed. */
  redacted: Scalars['Boolean']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The items of this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<AuditEntry>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of entries in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry in a page, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditEntry;
};

/** How likely a Verletzung des Schutzes personenbezogener Daten (personal data breach) is to result in a risk to the rights and freedoms of the persons affected, as the controller (the Kommune, Verantwortlicher) assessed it (GDPR Art. 33(1), 34(1)). */
export type BreachRisk =
  /** Hohes Risiko: a high risk; the LDA must be notified and the persons affected informed without undue delay (Art. 34(1)), unless Art. 34(3) applies. */
  | 'HIGH_RISK'
  /** Risiko: a risk; the LDA must be notified within 72 hours (Art. 33(1)). */
  | 'RISK'
  /** Voraussichtlich kein Risiko: unlikely to result in a risk; then the LDA need not be notified (Art. 33(1)); the reasons must be documented (Art. 33(5)). */
  | 'UNLIKELY';

/** One line of a project budget: the amount one funding source provides in one year. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** Amount in euros (two decimal places). */
  amountEur: Scalars['Float']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Who provides the money. */
  source: FundingSource;
  /** What of `amountEur` was actually spent (Ist, from the Haushaltsrechnung), in euros; null until the Kaz records the year’s accounts. Never more than `amountEur`. */
  spentEur?: Maybe<Scalars['Float']['output']>;
  /** Budget year (Haushaltsjahr). */
  year: Scalars['Int']['output'];
};

/** The budget of all projects from one funding source in one year. */
export type BudgetSum = {
  __typename?: 'BudgetSum';
  /** The sum in euros over all projects (two decimal places). */
  amountEur: Scalars['Float']['output'];
  /** Who provides the money. */
  source: FundingSource;
  /** Budget year (Haushaltsjahr). */
  year: Scalars['Int']['output'];
};

/** A certificate (X.509) the Kaz manages for a Kommune: who holds it, who issued it and how long it is valid. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type Certificate = {
  __typename?: 'Certificate';
  /** Common Name (CN) of the subject, e.g. "www.beeskow.de" or "vpn.kv-uckermark.brandenburg.de". */
  commonName: Scalars['String']['output'];
  /** Days from `asOf` to validTo; 0 on the last valid day, negative once expired. */
  daysUntilExpiry: Scalars['Int']['output'];
  /** The Kommune that holds the certificate; null for certificates of the Kaz itself. */
  holder?: Maybe<Municipality>;
  /** Certificate number in the Kaz inventory, e.g. "CERT-0001". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The issuing certification authority (CA), e.g. "D-Trust" or "ZIT-BB Verwaltungs-PKI". */
  issuer: Scalars['String']['output'];
  /** What the certificate is used for. */
  kind: CertificateKind;
  /** Serial number as the CA issued it, hex bytes joined by ":". */
  serialNumber: Scalars['String']['output'];
  /** First day of validity (notBefore), YYYY-MM-DD. */
  validFrom: Scalars['String']['output'];
  /** Last day of validity (notAfter), YYYY-MM-DD; after validFrom. */
  validTo: Scalars['String']['output'];
  /** Increases by one with every change of the certificate; send it back with your next change (optimistic locking). 1 for a new certificate. */
  version: Scalars['Int']['output'];
};


/** A certificate (X.509) the Kaz manages for a Kommune: who holds it, who issued it and how long it is valid. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type CertificateDaysUntilExpiryArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A page of certificates. */
export type CertificateConnection = {
  __typename?: 'CertificateConnection';
  /** The items of this page with their cursors. */
  edges: Array<CertificateEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Certificate>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of certificates in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A certificate in a page, with its cursor. */
export type CertificateEdge = {
  __typename?: 'CertificateEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Certificate;
};

/** What a certificate (X.509) is used for. */
export type CertificateKind =
  /** Code-Signing: signs software and scripts distributed by the IT department. */
  | 'CODE_SIGNING'
  /** Elektronisches Siegel (eIDAS seal): proves that a document, e.g. a Bescheid, comes from the authority. */
  | 'ELECTRONIC_SEAL'
  /** S/MIME: signs and encrypts e-mail of a person or a functional mailbox (e.g. the Poststelle). */
  | 'SMIME'
  /** TLS-Serverzertifikat: identifies a web server, e.g. the Kommune's website. */
  | 'TLS_SERVER'
  /** VPN-Gateway: authenticates a Kommune's gateway to the Landesverwaltungsnetz or another VPN. */
  | 'VPN_GATEWAY';

/** Moves an incident forward in its lifecycle. */
export type ChangeIncidentStatusInput = {
  /** Reference of the incident, e.g. "CERT-BB-7QK3-M9XA-2DHF" (or an older "CERT-BB-2025-0042"). */
  id: Scalars['ID']['input'];
  /** The new status, later in REPORTED → TRIAGED → CONTAINED → RESOLVED → CLOSED than the current one; steps may be skipped (e.g. REPORTED → CLOSED for a false positive), never gone back. */
  status: SecurityIncidentStatus;
  /** The `version` of the incident you last read; CONFLICT when the incident has changed since. */
  version: Scalars['Int']['input'];
};

/** A committee (Gremium) of the partners: the IT-Rat, the IT-Planungsrat of Bund and Länder, the Steuerungsgremium of the Kaz, or a project group. Owned by the ZIT-BB (organisations subgraph). It has members with roles over time and takes decisions (Beschlüsse). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type Committee = {
  __typename?: 'Committee';
  /** The organisation that chairs the committee on a day; null when no chair is recorded for that day. */
  chair?: Maybe<Organisation>;
  /** The prefix of the keys of this committee’s decisions, `<prefix>-<year>-<n>`: "itrat" for the IT-Rat, "itplr" for the IT-Planungsrat, "sg" for the Steuerungsgremium, "pgozg" for the PG OZG. */
  decisionPrefix: Scalars['String']['output'];
  /** The decisions of this committee, ordered by date, then id, a page at a time. */
  decisions: DecisionConnection;
  /** What the committee is for, its legal basis and how it works, in German. */
  description: Scalars['String']['output'];
  /** Stable key of the committee: "it-rat", "it-planungsrat", "steuerungsgremium" or "pg-ozg". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** What kind of committee this is. */
  kind: CommitteeKind;
  /** The seats in the committee, ordered by role (chair, members, advisory), then start, then organisation. Without `activeOn` every period, ended ones included. */
  members: Array<CommitteeMembership>;
  /** Name of the committee, e.g. "IT-Rat Brandenburg". */
  name: Scalars['String']['output'];
  /** The committee as a partner organisation (the `it_rat` organisation for the IT-Rat); null when it has none. */
  organisation?: Maybe<Organisation>;
  /** Short name, e.g. "IT-Rat", "PG OZG". */
  shortName?: Maybe<Scalars['String']['output']>;
};


/** A committee (Gremium) of the partners: the IT-Rat, the IT-Planungsrat of Bund and Länder, the Steuerungsgremium of the Kaz, or a project group. Owned by the ZIT-BB (organisations subgraph). It has members with roles over time and takes decisions (Beschlüsse). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type CommitteeChairArgs = {
  on?: InputMaybe<Scalars['String']['input']>;
};


/** A committee (Gremium) of the partners: the IT-Rat, the IT-Planungsrat of Bund and Länder, the Steuerungsgremium of the Kaz, or a project group. Owned by the ZIT-BB (organisations subgraph). It has members with roles over time and takes decisions (Beschlüsse). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type CommitteeDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A committee (Gremium) of the partners: the IT-Rat, the IT-Planungsrat of Bund and Länder, the Steuerungsgremium of the Kaz, or a project group. Owned by the ZIT-BB (organisations subgraph). It has members with roles over time and takes decisions (Beschlüsse). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type CommitteeMembersArgs = {
  activeOn?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of a committee (Gremium). */
export type CommitteeKind =
  /** IT-Rat: the joint IT council of the Land and the Kommunen under § 15 BbgEGovG. */
  | 'IT_COUNCIL'
  /** IT-Planungsrat: the IT council of the Bund and the Länder (Art. 91c GG, IT-Staatsvertrag); the Kaz implements its decisions alongside the IT-Rat’s (Umsetzungskonzept Kaz, §3). */
  | 'IT_PLANNING_COUNCIL'
  /** Projektgruppe: a working committee for one subject, e.g. the OZG implementation in the Kommunen. */
  | 'PROJECT_GROUP'
  /** Steuerungsgremium: steers a programme (here the Kaz and the Kommunalpakt) and sets its work plan. */
  | 'STEERING_GROUP';

/** One period of an organisation’s seat in a committee, with its role; ended periods are kept. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type CommitteeMembership = {
  __typename?: 'CommitteeMembership';
  /** The committee. */
  committee: Committee;
  /** Committee id, organisation id and first day of the seat, joined by "/": "<committee id>/<organisation id>/<validFrom>", e.g. "it-rat/mdjd/2025-02-01". Unique, as an organisation starts at most one seat in a committee on a day (whatever its role); it never changes. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Where the membership comes from and how exact its dates are, in German, with source tags [S-Bn]. */
  note?: Maybe<Scalars['String']['output']>;
  /** The organisation that holds the seat. */
  organisation: Organisation;
  /** The organisation’s role in the committee. */
  role: CommitteeRole;
  /** First day (YYYY-MM-DD) of the seat in this role. */
  validFrom: Scalars['String']['output'];
  /** Last day (YYYY-MM-DD, inclusive) of the seat in this role; null while it lasts. */
  validTo?: Maybe<Scalars['String']['output']>;
};

/** The role of an organisation in a committee (Gremium). */
export type CommitteeRole =
  /** Beratendes Mitglied: takes part and advises, without a vote. */
  | 'ADVISORY'
  /** Vorsitz: the organisation chairs the committee. */
  | 'CHAIR'
  /** Mitglied: a voting member. */
  | 'MEMBER';

/** A certificate (X.509) the Kaz manages, as its CA issued it. */
export type CreateCertificateInput = {
  /** Common Name (CN) of the subject, 1–300 characters. */
  commonName: Scalars['String']['input'];
  /** ARS of the Kommune that holds it (a real Kommune); null for the Kaz itself. */
  holderArs?: InputMaybe<Scalars['ID']['input']>;
  /** Number in the Kaz inventory, "CERT-<nnnn>", e.g. "CERT-0081"; must not exist yet. */
  id: Scalars['ID']['input'];
  /** The issuing certification authority (CA), 1–300 characters. */
  issuer: Scalars['String']['input'];
  /** What the certificate is used for. */
  kind: CertificateKind;
  /** Serial number as the CA issued it: 2 to 20 upper-case hex bytes joined by ":", e.g. "4F:1A:07:C3:9B:22:E0:5D"; no other certificate may have it. */
  serialNumber: Scalars['String']['input'];
  /** First day of validity (notBefore), YYYY-MM-DD. */
  validFrom: Scalars['String']['input'];
  /** Last day of validity (notAfter), YYYY-MM-DD; after validFrom (a certificate is valid for more than a day). */
  validTo: Scalars['String']['input'];
};

/** A new Rahmenvertrag (framework contract); nothing has been called off from it yet. */
export type CreateFrameworkContractInput = {
  /** Höchstwert: the most that may be called off over the term, in euros net of VAT; 0 or more, whole cents. */
  ceilingEur: Scalars['Float']['input'];
  /** ARS of the Kommunen that may call off (Abrufberechtigte): at least one, each a real Kommune, none twice. */
  eligibleMunicipalityArs: Array<Scalars['ID']['input']>;
  /** Last day of the term (Laufzeitende), YYYY-MM-DD; not before startsOn. */
  endsOn: Scalars['String']['input'];
  /** Contract number of the new contract, "RV-<year>-<nnn>", e.g. "RV-2027-001"; must not exist yet. */
  id: Scalars['ID']['input'];
  /** The AWARDED Vergabeverfahren (not a call-off) in which the contract was awarded and which has no contract yet; null for a contract taken over from elsewhere. */
  procurementId?: InputMaybe<Scalars['ID']['input']>;
  /** First day of the term (Laufzeitbeginn), YYYY-MM-DD. */
  startsOn: Scalars['String']['input'];
  /** Subject of the contract (Vertragsgegenstand), 1–300 characters. */
  title: Scalars['String']['input'];
  /** Auftragnehmer: the contracted vendor, 1–300 characters. */
  vendor: Scalars['String']['input'];
};

/** A new software licence (Lizenz) with its seats; no seat is allocated yet. */
export type CreateLicenceInput = {
  /** Cost per year in euros net of VAT (licence fee and maintenance); 0 or more, whole cents. */
  annualCostEur: Scalars['Float']['input'];
  /** Number of the Rahmenvertrag the licence was bought under; null when none. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Licence number of the new licence, "LIZ-<nnnn>", e.g. "LIZ-0041"; must not exist yet. */
  id: Scalars['ID']['input'];
  /** The licensed product, 1–300 characters. */
  product: Scalars['String']['input'];
  /** Number of seats (users or devices) the licence covers; 0 to 1,000,000. */
  seats: Scalars['Int']['input'];
  /** First day of the licence term, YYYY-MM-DD. */
  validFrom: Scalars['String']['input'];
  /** Last day of the licence term, YYYY-MM-DD; not before validFrom. */
  validTo: Scalars['String']['input'];
  /** Hersteller or licensor of the product, 1–300 characters. */
  vendor: Scalars['String']['input'];
};

/** A new Vergabeverfahren (procurement procedure), planned or already published. */
export type CreateProcurementProcedureInput = {
  /** For a FRAMEWORK_CALL_OFF (required there, not allowed otherwise): the number of the Rahmenvertrag it draws on. */
  callOffContractId?: InputMaybe<Scalars['ID']['input']>;
  /** Geschätzter Auftragswert in euros net of VAT: 0 or more, whole cents. */
  estimatedValueEur: Scalars['Float']['input'];
  /** Vergabenummer of the new procedure, "VG-<year>-<nnn>", e.g. "VG-2027-002"; must not exist yet. */
  id: Scalars['ID']['input'];
  /** ARS of the Kommunen that procure jointly (Bedarfsträger): at least one, each a real Kommune, none twice. */
  participatingMunicipalityArs: Array<Scalars['ID']['input']>;
  /** Verfahrensart (kind of procedure). */
  procedureType: ProcurementProcedureType;
  /** Key of the digitalisation project this procurement serves ("KAZ-<year>-<nn>", a known project); null for none. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Date of the Bekanntmachung, YYYY-MM-DD: required with PUBLISHED, not allowed with PLANNED nor for an IN_HOUSE_AWARD. */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** PLANNED (the default) or PUBLISHED (an IN_HOUSE_AWARD only PLANNED); later statuses are reached with updateProcurementProcedure. */
  status?: InputMaybe<ProcurementStatus>;
  /** Subject of the procurement (Auftragsgegenstand), 1–300 characters. */
  title: Scalars['String']['input'];
};

/** A new Vergabehilfe (procurement template) of the Kaz. */
export type CreateProcurementTemplateInput = {
  /** Key of the committee decision that adopted it (organisations subgraph, e.g. "itrat-2021-7", checked there); only for ADOPTED; null for none. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether the Kaz offers it free of charge. */
  freeOfCharge: Scalars['Boolean']['input'];
  /** Number "VH-<year>-<nnn>", e.g. "VH-2027-001"; must not exist yet. */
  id: Scalars['ID']['input'];
  /** What kind of template. */
  kind: ProcurementTemplateKind;
  /** DRAFT or ADOPTED. */
  status: ProcurementTemplateStatus;
  /** Title, 1–300 characters. */
  title: Scalars['String']['input'];
};

/** A new project started from a Muster-Projektstruktur (Umsetzungskonzept Kaz, §4.2): it takes the template’s kind and standard milestones, each due at its share of the time from start to planned end. */
export type CreateProjectFromTemplateInput = {
  /** Planned end (YYYY-MM-DD), after the start; the milestones are placed between the two. */
  endDate: Scalars['String']['input'];
  /** Project key, "KAZ-<year>-<nn>"; must not exist yet (CONFLICT). */
  id: Scalars['ID']['input'];
  /** Organisation key of the lead ministry; null for none. */
  leadMinistryId?: InputMaybe<Scalars['ID']['input']>;
  /** The ARS of the Kommunen that take part; at least one. */
  municipalityArs: Array<Scalars['ID']['input']>;
  /** The OZG-IDs of the OZG-Leistungen the project implements; may be empty. */
  ozgServiceIds: Array<Scalars['ID']['input']>;
  /** Start of the project (YYYY-MM-DD). */
  startDate: Scalars['String']['input'];
  /** Summary (German), 1 to 2000 characters. */
  summary: Scalars['String']['input'];
  /** Key of the template, e.g. "ozg-umsetzung". */
  templateId: Scalars['ID']['input'];
  /** Title (German), 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** A new mixed project group (Ressorts, LDA, kommunale Praktiker) of a project (Umsetzungskonzept Kaz, §4). */
export type CreateProjectGroupInput = {
  /** The members in order: at least one, each once, at most one CHAIR. */
  members: Array<ProjectGroupMemberInput>;
  /** Name (German), 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Key of the project, e.g. "KAZ-2021-01". */
  projectId: Scalars['ID']['input'];
  /** What the group works on, 1 to 2000 characters. */
  purpose: Scalars['String']['input'];
};

/** A new digitalisation project, coordinated by the Kaz. */
export type CreateProjectInput = {
  /** Planned end (YYYY-MM-DD), on or after the start; null when not yet fixed. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** Project key, "KAZ-<year>-<nn>"; must not exist yet (CONFLICT otherwise). */
  id: Scalars['ID']['input'];
  /** What kind of project this is. */
  kind: ProjectKind;
  /** Organisation key of the ministry with the fachliche Federführung (lead), e.g. "mil"; null for none. */
  leadMinistryId?: InputMaybe<Scalars['ID']['input']>;
  /** The ARS (12 digits) of the Kommunen that take part; at least one, each a Kommune of Brandenburg. */
  municipalityArs: Array<Scalars['ID']['input']>;
  /** The OZG-IDs of the OZG-Leistungen the project implements; may be empty. */
  ozgServiceIds: Array<Scalars['ID']['input']>;
  /** Where the project starts. */
  phase: ProjectPhase;
  /** Start of the project (YYYY-MM-DD). */
  startDate: Scalars['String']['input'];
  /** One or two sentences on what the project does (German), 1 to 2000 characters. */
  summary: Scalars['String']['input'];
  /** Title (German), 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** Auftragsverarbeitung (Art. 28 DSGVO): a vendor that processes personal data on the Kommunen's behalf under a licence the Kaz bought for them, with its Auftragsverarbeitungsvertrag. Owned by the Kaz (contracts subgraph); the vendor, product and term of the licence and the Kommunen served, never seats or costs. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type DataProcessing = {
  __typename?: 'DataProcessing';
  /** Whether an Auftragsverarbeitungsvertrag is recorded; false is a gap the LDA asks about. */
  hasProcessorAgreement: Scalars['Boolean']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Number of the licence, e.g. "LIZ-0012". */
  licenceId: Scalars['ID']['output'];
  /** The Kommunen (Verantwortliche, controllers) on whose behalf the vendor processes data: those with seats of the licence, ordered by ARS. */
  municipalities: Array<Municipality>;
  /** The day the Auftragsverarbeitungsvertrag was signed, YYYY-MM-DD; null while it is missing. */
  processorAgreementOn?: Maybe<Scalars['String']['output']>;
  /** The product or service through which the data is processed. */
  product: Scalars['String']['output'];
  /** First day of the licence term, YYYY-MM-DD. */
  validFrom: Scalars['String']['output'];
  /** Last day of the licence term, YYYY-MM-DD. */
  validTo: Scalars['String']['output'];
  /** The processor (Auftragsverarbeiter): the licence vendor. */
  vendor: Scalars['String']['output'];
};

/** A page of Auftragsverarbeitungen (vendors processing personal data for the Kommunen). */
export type DataProcessingConnection = {
  __typename?: 'DataProcessingConnection';
  /** The items of this page with their cursors. */
  edges: Array<DataProcessingEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<DataProcessing>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of data processings in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An Auftragsverarbeitung in a page, with its cursor. */
export type DataProcessingEdge = {
  __typename?: 'DataProcessingEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: DataProcessing;
};

/** Why the persons affected by a high-risk breach need not be informed (GDPR Art. 34(3)). */
export type DataSubjectExemption =
  /** Art. 34(3)(a): the data were protected so that they are unintelligible to anyone not authorised, e.g. encrypted. */
  | 'DATA_UNINTELLIGIBLE'
  /** Art. 34(3)(c): informing each person would involve disproportionate effort; a public communication was made instead. */
  | 'DISPROPORTIONATE_EFFORT'
  /** Art. 34(3)(b): measures taken afterwards ensure that the high risk is no longer likely to materialise. */
  | 'RISK_NO_LONGER_LIKELY';

/** How much of a date is known. A date known only to the month or the year is given as its first day; a client shows only the known part (e.g. "2020" for a decision known only by its year), never a made-up day. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** Only the month is known; the date is the first of that month. */
  | 'MONTH'
  /** Only the year is known; the date is 1 January of that year. */
  | 'YEAR';

/** A date a partner must not miss (Frist): a certificate that expires, an LDA notification, a review of an IT-Sicherheitskonzept, a work order or milestone that is due, the end or ceiling of a Rahmenvertrag. recordType and recordKey name the record, so that a client can fetch it (e.g. Certificate "CERT-0001" → certificate(id:)). */
export type Deadline = {
  __typename?: 'Deadline';
  /** The day it is due (Fälligkeitstag), YYYY-MM-DD (Europe/Berlin). */
  dueOn: Scalars['String']['output'];
  /** Stable key of this deadline, the same on every request (e.g. "certificate:CERT-0001:expiry"); calendar UIDs use it. */
  id: Scalars['String']['output'];
  /** True when dueOn lies before asOf (überfällig). */
  overdue: Scalars['Boolean']['output'];
  /** The partner that owns the record, e.g. "Kaz" (Kompetenzzentrum) or "CERT-Brandenburg". */
  partner: Scalars['String']['output'];
  /** The key of the record in that type (its id, or the ARS for a Kommune), e.g. "CERT-0001". */
  recordKey: Scalars['String']['output'];
  /** The GraphQL type of the record, e.g. "Certificate", "SecurityIncident", "Project". */
  recordType: Scalars['String']['output'];
  /** The subgraph that owns the record, e.g. "contracts". */
  subgraph: Scalars['String']['output'];
  /** What is due, in German, e.g. "Zertifikat läuft ab: www.beeskow.de". */
  title: Scalars['String']['output'];
};

/** The due and overdue deadlines (Fristen) the calling principal may see, from every partner, each list added by the subgraph that owns it and filtered by the same access rules as the queries it mirrors. A list the principal may not read at all is null with FORBIDDEN on its path. */
export type Deadlines = {
  __typename?: 'Deadlines';
  /** The reference date (Stichtag), YYYY-MM-DD: an item due before it is overdue (überfällig). */
  asOf: Scalars['String']['output'];
  /** Certificates (X.509) that expire within the window, and those expired in the last 90 days (overdue: not renewed). Owned by the contracts subgraph (Kaz). Rule read.certificate, as `certificates`: the Kaz (contracts:write) and CERT-Brandenburg (security:read) see all, a Kommune those it holds; null with FORBIDDEN for anyone else. SAMPLE DATA. */
  certificates?: Maybe<Array<Deadline>>;
  /** Rahmenverträge (framework contracts) whose term ends within the window (Laufzeitende), and running ones with at least 90 % of their ceiling (Höchstwert) called off — due on asOf, since a follow-up award takes time. Owned by the contracts subgraph (Kaz). Public like `frameworkContracts`; needs a token as the whole query does. SAMPLE DATA. */
  frameworkContracts?: Maybe<Array<Deadline>>;
  /** Stable identifier for client caches (Apollo Client, urql): the same value as `scope`. */
  id: Scalars['ID']['output'];
  /** Security incidents with personal data whose notification to the LDA (Landesbeauftragte für den Datenschutz, GDPR Art. 33: within 72 hours) is outstanding: on asOf today as of now, on another asOf as of the end of that day (UTC); due within the window or overdue. Owned by the security subgraph (CERT-Brandenburg). Only incidents whose TLP marking (Traffic Light Protocol) shows them to the caller, exactly as `ldaNotificationsDue`. SAMPLE DATA. */
  ldaNotifications?: Maybe<Array<Deadline>>;
  /** Milestones (Meilensteine) of projects not yet reached that are due within the window or overdue; the record is the project (recordType "Project"). Owned by the projects subgraph (Kaz). Rule read.project.internal, as `Project.milestones`: the Kaz (projects:write) sees all, a ministry those of the projects it leads; null with FORBIDDEN for a Kommune. SAMPLE DATA. */
  milestones?: Maybe<Array<Deadline>>;
  /** The reference date and window this answer is for, e.g. "2026-12-02+30d" (nothing secret). */
  scope: Scalars['String']['output'];
  /** Reviews (Überprüfung) of a Kommune's IT-Sicherheitskonzept (information security concept) that are due within the window or overdue. Owned by the security subgraph (CERT-Brandenburg). Rule read.security.concept, as `securityConcepts`: CERT-Brandenburg (security:read) sees all, a Kommune its own; null with FORBIDDEN for anyone else. SAMPLE DATA. */
  securityConceptReviews?: Maybe<Array<Deadline>>;
  /** The last day of the window, asOf + withinDays, YYYY-MM-DD. */
  until: Scalars['String']['output'];
  /** How many days after asOf an item may fall due to be listed. */
  withinDays: Scalars['Int']['output'];
  /** Work orders (Arbeitsaufträge) still open or in progress that are due within the window or overdue. Owned by the projects subgraph (Kaz). Rule read.workorder, as `workOrders`: the Kaz (projects:write) sees all, a ministry (workorders:write) its own; null with FORBIDDEN for anyone else. SAMPLE DATA. */
  workOrders?: Maybe<Array<Deadline>>;
};


/** The due and overdue deadlines (Fristen) the calling principal may see, from every partner, each list added by the subgraph that owns it and filtered by the same access rules as the queries it mirrors. A list the principal may not read at all is null with FORBIDDEN on its path. */
export type DeadlinesCertificatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The due and overdue deadlines (Fristen) the calling principal may see, from every partner, each list added by the subgraph that owns it and filtered by the same access rules as the queries it mirrors. A list the principal may not read at all is null with FORBIDDEN on its path. */
export type DeadlinesFrameworkContractsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The due and overdue deadlines (Fristen) the calling principal may see, from every partner, each list added by the subgraph that owns it and filtered by the same access rules as the queries it mirrors. A list the principal may not read at all is null with FORBIDDEN on its path. */
export type DeadlinesLdaNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The due and overdue deadlines (Fristen) the calling principal may see, from every partner, each list added by the subgraph that owns it and filtered by the same access rules as the queries it mirrors. A list the principal may not read at all is null with FORBIDDEN on its path. */
export type DeadlinesMilestonesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The due and overdue deadlines (Fristen) the calling principal may see, from every partner, each list added by the subgraph that owns it and filtered by the same access rules as the queries it mirrors. A list the principal may not read at all is null with FORBIDDEN on its path. */
export type DeadlinesSecurityConceptReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The due and overdue deadlines (Fristen) the calling principal may see, from every partner, each list added by the subgraph that owns it and filtered by the same access rules as the queries it mirrors. A list the principal may not read at all is null with FORBIDDEN on its path. */
export type DeadlinesWorkOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A decision (Beschluss, Entscheidung) of a committee, e.g. "Entscheidung 2020/3" of the IT-Rat (the decision to build the Kaz) or a decision of the IT-Planungsrat that the Kaz implements (Umsetzungskonzept Kaz, §3). Work orders (Arbeitsaufträge) to the Kaz refer to it. Owned by the ZIT-BB (organisations subgraph). The decisions the Umsetzungskonzept Kaz cites are real records with their source. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type Decision = {
  __typename?: 'Decision';
  /** The committee that decided. */
  committee: Committee;
  /** Date of the decision (YYYY-MM-DD). Known only as far as `decidedOnPrecision` says: with MONTH or YEAR it is the first day of the month or year, not the real day. */
  decidedOn: Scalars['String']['output'];
  /** How much of `decidedOn` is known: DAY, or only MONTH or YEAR (e.g. YEAR for "Entscheidung 2020/3" of the IT-Rat, whose day the Umsetzungskonzept Kaz does not give). */
  decidedOnPrecision: DatePrecision;
  /** Stable key of the decision, e.g. "itrat-2020-3". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Reference as the committee writes it, e.g. "Entscheidung 2020/3" or "Beschluss 2023/1". */
  reference: Scalars['String']['output'];
  /** Where the record comes from, e.g. "Umsetzungskonzept Kaz, IT-Rat Brandenburg, 10.03.2021" for a decision the concept cites; null for a decision recorded in the hub (`recordDecision`, the audit log names who). */
  source?: Maybe<Scalars['String']['output']>;
  /** IN_FORCE, or WITHDRAWN once the committee withdrew it (`withdrawDecision`). */
  status: DecisionStatus;
  /** Wording of the decision (Beschlusstext), in German. */
  text: Scalars['String']['output'];
  /** Short title (Betreff) of the decision, in German. */
  title: Scalars['String']['output'];
  /** Increases by one with every change of the decision; send it back with your next change (optimistic locking). 1 for a new decision. */
  version: Scalars['Int']['output'];
  /** Why or by which later decision it was withdrawn, in German; null when none was given. */
  withdrawalNote?: Maybe<Scalars['String']['output']>;
  /** Day the decision was withdrawn (Aufhebung, YYYY-MM-DD); null while it is in force. */
  withdrawnOn?: Maybe<Scalars['String']['output']>;
  /** The work orders (Arbeitsaufträge) this decision issued, ordered by id: all for the Kaz (projects:write), for a ministry (workorders:write) only those it passed on and those of projects it leads. Null with FORBIDDEN for anyone else (UNAUTHENTICATED without a token). */
  workOrders?: Maybe<Array<WorkOrder>>;
};

/** A page of committee decisions (Beschlüsse). */
export type DecisionConnection = {
  __typename?: 'DecisionConnection';
  /** The items of this page with their cursors. */
  edges: Array<DecisionEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Decision>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of decisions in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A decision in a page, with its cursor. */
export type DecisionEdge = {
  __typename?: 'DecisionEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Decision;
};

/** Whether a decision (Beschluss) is in force or was withdrawn (aufgehoben). */
export type DecisionStatus =
  /** In force: the decision holds, and work orders may cite it. */
  | 'IN_FORCE'
  /** Withdrawn (aufgehoben) by its committee on `withdrawnOn`: no new work order may cite it, and the reference audit lists the ones that still do. */
  | 'WITHDRAWN';

/** One period of a Kommune’s membership in the Zweckverband Digitale Kommunen Brandenburg (ZV DIKOM), the municipal special-purpose association for IT that came into being on 09.04.2020. A Kommune that leaves and joins again gets a new period; the ended one is kept, so a Kommune can have several, never overlapping. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type DikomMembership = {
  __typename?: 'DikomMembership';
  /** True for a Gründungsmitglied: a member since the association came into being on 09.04.2020. */
  foundingMember: Scalars['Boolean']['output'];
  /** ARS of the Kommune and first day of the period, joined by "/": "<ARS>/<memberSince>", e.g. "120650136136/2020-04-09". Unique, as a Kommune starts at most one period on a day; it stays the same when the period ends (endDikomMembership sets memberUntil, never memberSince). The audit log names the entity by the ARS alone, for the Kommune’s whole history. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** First day of this membership period (YYYY-MM-DD). */
  memberSince: Scalars['String']['output'];
  /** Last day of this membership period (YYYY-MM-DD, inclusive) after leaving; null while it lasts. */
  memberUntil?: Maybe<Scalars['String']['output']>;
  /** The member Kommune: a Gemeinde, Stadt or Amt (DIKOM works at the gemeindliche Ebene). */
  municipality: Municipality;
  /** Increases by one with every change of the membership; send it back with your next change (optimistic locking). It counts the changes of the Kommune’s membership across its periods: 1 for its first period; a new period after leaving starts at the ended period’s version plus one. */
  version: Scalars['Int']['output'];
};

/** A page of memberships in the Zweckverband DIKOM. */
export type DikomMembershipConnection = {
  __typename?: 'DikomMembershipConnection';
  /** The items of this page with their cursors. */
  edges: Array<DikomMembershipEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<DikomMembership>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of memberships in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A DIKOM membership in a page, with its cursor. */
export type DikomMembershipEdge = {
  __typename?: 'DikomMembershipEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: DikomMembership;
};

/** How many projects and participating Kommunen one Landkreis or kreisfreie Stadt has. */
export type DistrictProjectCount = {
  __typename?: 'DistrictProjectCount';
  /** The district: a Landkreis or a kreisfreie Stadt (first 5 digits of the ARS of the Kommune, padded with zeros; a kreisfreie Stadt is its own district). */
  district: Municipality;
  /** The number of distinct participating Kommunen (ARS) in this district: the Landkreis or kreisfreie Stadt itself, its Ämter and Gemeinden. */
  participatingKommunen: Scalars['Int']['output'];
  /** The number of distinct projects with at least one participating Kommune in this district. */
  projectCount: Scalars['Int']['output'];
};

/** Where the Datenschutz-Folgenabschätzung (DSFA; data protection impact assessment, DPIA) of a project stands: the assessment of the risks of a processing of personal data that Art. 35 DSGVO (GDPR) demands before a processing likely to result in a high risk to people. Recorded by the Kaz; the LDA (Landesbeauftragte für den Datenschutz, Brandenburg) supervises it. */
export type DpiaStatus =
  /** Abgeschlossen: the DSFA is completed (on `dpiaCompletedOn`). */
  | 'COMPLETED'
  /** In Bearbeitung: the DSFA is being carried out. */
  | 'IN_PROGRESS'
  /** Nicht erforderlich: the project processes no personal data, or a threshold analysis (Schwellwertanalyse) found no high risk. */
  | 'NOT_REQUIRED'
  /** Erforderlich: a DSFA is needed and has not been started. */
  | 'REQUIRED';

/** A Kommune that leaves the Zweckverband DIKOM. */
export type EndDikomMembershipInput = {
  /** Last day of the membership (YYYY-MM-DD, inclusive): not before its first day, not in the future. */
  memberUntil: Scalars['String']['input'];
  /** ARS (12 digits) of the leaving Kommune. */
  municipalityArs: Scalars['ID']['input'];
  /** The `version` of the Kommune’s current membership you last read; CONFLICT when the Kommune’s current membership has changed since. */
  version: Scalars['Int']['input'];
};

/** A body outside Brandenburg the Kaz cooperates with, and that cooperation: what it is about and since when (Umsetzungskonzept Kaz, §3: "Zusammenarbeit mit Stellen außerhalb Brandenburgs"). Owned by the Kaz, kept in the organisations subgraph (recordExternalBody). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type ExternalBody = {
  __typename?: 'ExternalBody';
  /** First day of the cooperation (YYYY-MM-DD). */
  cooperatingSince: Scalars['String']['output'];
  /** What the Kaz and the body cooperate on (Gegenstand der Zusammenarbeit), in German. */
  cooperationSubject: Scalars['String']['output'];
  /** Stable key of the body, e.g. "fitko". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** What kind of body this is. */
  kind: ExternalBodyKind;
  /** The Land the body belongs to, e.g. "Sachsen"; null for a body of the Bund or of Bund and Länder. */
  land?: Maybe<Scalars['String']['output']>;
  /** Name of the body, e.g. "Föderale IT-Kooperation (FITKO)". */
  name: Scalars['String']['output'];
  /** Short name, e.g. "FITKO". */
  shortName?: Maybe<Scalars['String']['output']>;
  /** Increases by one with every change of the external body; send it back with your next change (optimistic locking). 1 for a new external body. */
  version: Scalars['Int']['output'];
  /** The body’s website (https), if known. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of bodies outside Brandenburg the Kaz cooperates with. */
export type ExternalBodyConnection = {
  __typename?: 'ExternalBodyConnection';
  /** The items of this page with their cursors. */
  edges: Array<ExternalBodyEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<ExternalBody>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of bodies in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An external body in a page, with its cursor. */
export type ExternalBodyEdge = {
  __typename?: 'ExternalBodyEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ExternalBody;
};

/** The kind of a body outside Brandenburg the Kaz cooperates with (Umsetzungskonzept Kaz, §3). */
export type ExternalBodyKind =
  /** An association, e.g. a kommunaler Spitzenverband of another Land. */
  | 'ASSOCIATION'
  /** A body of the Bund, or of Bund and Länder together, e.g. the FITKO (Föderale IT-Kooperation). */
  | 'FEDERAL_BODY'
  /** An authority or body of another Land, e.g. its Landes-IT-Dienstleister. */
  | 'LAND_BODY'
  /** A kommunaler IT-Dienstleister of another Land (a municipal IT service provider or Zweckverband). */
  | 'MUNICIPAL_IT_PROVIDER'
  /** Any other body. */
  | 'OTHER';

/** Rahmenvertrag: a framework contract with a vendor for a term and up to a ceiling, from which the eligible Kommunen call off (abrufen) without a procurement of their own. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type FrameworkContract = {
  __typename?: 'FrameworkContract';
  /** Abrufe: the FRAMEWORK_CALL_OFF procedures drawing on this contract, ordered by number (PLANNED ones only for the scope contracts:write). */
  callOffs: Array<ProcurementProcedure>;
  /** The value called off so far, in euros net of VAT; at most ceilingEur. */
  calledOffEur: Scalars['Float']['output'];
  /** Höchstwert: the most that may be called off over the whole term, in euros net of VAT. */
  ceilingEur: Scalars['Float']['output'];
  /** Abrufberechtigte: the Kommunen that may call off from this contract, ordered by ARS; at most the first 250. */
  eligibleMunicipalities: Array<Municipality>;
  /** Last day of the term (Laufzeitende), YYYY-MM-DD; never before startsOn. */
  endsOn: Scalars['String']['output'];
  /** Contract number, e.g. "RV-2022-003": a year and a serial. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The licences bought under this contract, ordered by id. Needs the scope contracts:write; a Kommune token sees only the licences with seats allocated to it (the others are left out, as if absent, and no error names them); anyone else gets null with FORBIDDEN. */
  licences?: Maybe<Array<Maybe<Licence>>>;
  /** The Vergabeverfahren in which this contract was awarded; null for contracts taken over from elsewhere (and for a PLANNED procedure unless the caller has the scope contracts:write). */
  procurement?: Maybe<ProcurementProcedure>;
  /** What may still be called off: ceilingEur minus calledOffEur, in euros. */
  remainingEur: Scalars['Float']['output'];
  /** First day of the term (Laufzeitbeginn), YYYY-MM-DD. */
  startsOn: Scalars['String']['output'];
  /** Where the term stands on `asOf`. */
  status: FrameworkContractStatus;
  /** Subject of the contract (Vertragsgegenstand). */
  title: Scalars['String']['output'];
  /** Auftragnehmer: the contracted vendor (a made-up company). */
  vendor: Scalars['String']['output'];
  /** Increases by one with every change of the framework contract; send it back with your next change (optimistic locking). 1 for a new framework contract. */
  version: Scalars['Int']['output'];
};


/** Rahmenvertrag: a framework contract with a vendor for a term and up to a ceiling, from which the eligible Kommunen call off (abrufen) without a procurement of their own. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type FrameworkContractStatusArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Rahmenverträge (framework contracts). */
export type FrameworkContractConnection = {
  __typename?: 'FrameworkContractConnection';
  /** The items of this page with their cursors. */
  edges: Array<FrameworkContractEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<FrameworkContract>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of contracts in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Rahmenvertrag in a page, with its cursor. */
export type FrameworkContractEdge = {
  __typename?: 'FrameworkContractEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: FrameworkContract;
};

/** Where the term (Laufzeit) of a Rahmenvertrag stands on a given day. */
export type FrameworkContractStatus =
  /** Within its term: Kommunen may call off. */
  | 'ACTIVE'
  /** The term has ended (abgelaufen). */
  | 'EXPIRED'
  /** Awarded, but the term has not begun. */
  | 'NOT_YET_ACTIVE';

/** The money of one funding source (Mittelgeber) in one year, over all projects of the programme. Owned by the Kaz (projects subgraph); summed from the projects’ budget lines (sample data). */
export type FundingBySource = {
  __typename?: 'FundingBySource';
  /** The planned amount (Soll) in euros: the sum of the budget lines; 0 when there is none. */
  plannedEur: Scalars['Float']['output'];
  /** Who provides the money. */
  source: FundingSource;
  /** What was spent (Ist) in euros: the sum of the recorded spending; null when none of the lines has its spending recorded yet (the year’s accounts are not closed). */
  spentEur?: Maybe<Scalars['Float']['output']>;
};

/** Who pays for (a part of) a project. */
export type FundingSource =
  /** Bund (federal funds, e.g. OZG funding from the Konjunkturpaket). */
  | 'BUND'
  /** European Union funds (e.g. EFRE). */
  | 'EU'
  /** Kommunen: own contribution (Eigenanteil) of the participating Kommunen. */
  | 'KOMMUNEN'
  /** Land Brandenburg (state budget, e.g. Kommunalpakt funds). */
  | 'LAND';

/** A handover of a project’s fachliche Federführung (lead ministry) to another ministry. */
export type HandOverProjectInput = {
  /** The first day of the new Federführung (YYYY-MM-DD): after the first day of the current one, not after today. */
  on: Scalars['String']['input'];
  /** Key of the project, e.g. "KAZ-2021-01". */
  projectId: Scalars['ID']['input'];
  /** Organisation key of the ministry (Ressort) that takes over, e.g. "mdjd"; not the current one. */
  toMinistryId: Scalars['ID']['input'];
  /** The `version` of the project you last read; CONFLICT when the project has changed since. */
  version: Scalars['Int']['input'];
};

/** Narrows the list of security incidents; all given parts must match. */
export type IncidentFilter = {
  /** Only incidents whose breach was assessed with one of these risks (GDPR Art. 33(1), 34(1)). */
  breachRisks?: InputMaybe<Array<BreachRisk>>;
  /** Only incidents of one of these categories. */
  categories?: InputMaybe<Array<SecurityIncidentCategory>>;
  /** Only incidents detected at or after this ISO 8601 timestamp, or from the start (00:00 UTC) of this date YYYY-MM-DD. */
  detectedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Only incidents detected at or before this ISO 8601 timestamp, or up to the end (24:00 UTC) of this date YYYY-MM-DD. */
  detectedTo?: InputMaybe<Scalars['String']['input']>;
  /** Only incidents affecting any Kommune in this Landkreis (district): the 12-digit ARS of the Landkreis, e.g. "120730000000" (Uckermark); its Ämter, Gemeinden and the Landkreis itself count. A kreisfreie Stadt is not a Landkreis: use municipalityArs. */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** Only incidents whose LDA notification came later than 72 hours after detection (true; GDPR Art. 33(1): with reasons), or those notified in time or not notified (false). */
  ldaNotifiedLate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only incidents affecting this Kommune (its 12-digit ARS). */
  municipalityArs?: InputMaybe<Scalars['ID']['input']>;
  /** Only incidents with (true) or without (false) personal data (GDPR Art. 33). */
  personalDataInvolved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only incidents of one of these severities. */
  severities?: InputMaybe<Array<SecurityIncidentSeverity>>;
  /** Only incidents in one of these statuses. */
  statuses?: InputMaybe<Array<SecurityIncidentStatus>>;
};

/** The number of security incidents of one severity detected in one calendar month, counting only those the request may see (TLP). Computed in the database. */
export type IncidentMonthStatistics = {
  __typename?: 'IncidentMonthStatistics';
  /** Visible incidents of this severity detected in this month; always at least 1. */
  count: Scalars['Int']['output'];
  /** Calendar month of detectedAt in Europe/Berlin, YYYY-MM. */
  month: Scalars['String']['output'];
  /** The severity counted. */
  severity: SecurityIncidentSeverity;
};

/** Figures over all security incidents the request may see (TLP). Computed in the database. */
export type IncidentTotals = {
  __typename?: 'IncidentTotals';
  /** Visible incidents still being handled (not RESOLVED or CLOSED). */
  open: Scalars['Int']['output'];
  /** Visible incidents with personal data whose 72-hour deadline for notifying the LDA (data protection authority, GDPR Art. 33) has passed (as of now) without a notification. */
  overdueLdaNotifications: Scalars['Int']['output'];
  /** Visible incidents RESOLVED or CLOSED. */
  resolved: Scalars['Int']['output'];
};

/** A new work order (Arbeitsauftrag) from the principal’s ministry to the Kaz. */
export type IssueWorkOrderInput = {
  /** Key of the committee decision (Beschluss) the order carries out, e.g. "itrat-2020-3"; null when the ministry issues it alone. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** Date by which the order is to be fulfilled (YYYY-MM-DD); today (Europe/Berlin) or later. */
  dueDate: Scalars['String']['input'];
  /** Key of an existing project the order is about, e.g. "KAZ-2021-01"; null for none. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** What is to be done (German), 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** A German Land by its usual two-letter code, e.g. the Land that built an "Einer für Alle" service. */
export type Land =
  /** Brandenburg */
  | 'BB'
  /** Berlin */
  | 'BE'
  /** Baden-Württemberg */
  | 'BW'
  /** Bayern */
  | 'BY'
  /** Bremen */
  | 'HB'
  /** Hessen */
  | 'HE'
  /** Hamburg */
  | 'HH'
  /** Mecklenburg-Vorpommern */
  | 'MV'
  /** Niedersachsen */
  | 'NI'
  /** Nordrhein-Westfalen */
  | 'NW'
  /** Rheinland-Pfalz */
  | 'RP'
  /** Schleswig-Holstein */
  | 'SH'
  /** Saarland */
  | 'SL'
  /** Sachsen */
  | 'SN'
  /** Sachsen-Anhalt */
  | 'ST'
  /** Thüringen */
  | 'TH';

/** A handover (Übergabe) of a project’s fachliche Federführung from one ministry to another, e.g. of the e-government projects from the MIK to the MdJD on 1 February 2025. Owned by the Kaz (projects subgraph), recorded with handOverProject. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type LeadMinistryHandover = {
  __typename?: 'LeadMinistryHandover';
  /** The ministry that led until the day before; null when none led. */
  fromMinistry?: Maybe<Organisation>;
  /** The first day of the new ministry’s Federführung (YYYY-MM-DD). */
  handedOverOn: Scalars['String']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The project that changed hands. */
  project: Project;
  /** The ministry that leads from `handedOverOn`; null when none took over. */
  toMinistry?: Maybe<Organisation>;
};

/** A page of handovers of the fachliche Federführung of projects. */
export type LeadMinistryHandoverConnection = {
  __typename?: 'LeadMinistryHandoverConnection';
  /** The items of this page with their cursors. */
  edges: Array<LeadMinistryHandoverEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<LeadMinistryHandover>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of handovers in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A handover in a page, with its cursor. */
export type LeadMinistryHandoverEdge = {
  __typename?: 'LeadMinistryHandoverEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: LeadMinistryHandover;
};

/** A period in which one ministry (Ressort) had the fachliche Federführung (lead responsibility for the subject) of a project. Owned by the Kaz (projects subgraph). E-government passed from the MIK (Ministerium des Innern und für Kommunales) to the MdJD (Ministerium der Justiz und für Digitalisierung) on 1 February 2025, and with it the Federführung of the e-government projects then running. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type LeadMinistryPeriod = {
  __typename?: 'LeadMinistryPeriod';
  /** First day of the period (YYYY-MM-DD). */
  from: Scalars['String']['output'];
  /** Whether this is the current period (the ministry in `Project.leadMinistry`). */
  isCurrent: Scalars['Boolean']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The ministry that led in this period; null when no ministry led. */
  ministry?: Maybe<Organisation>;
  /** Last day of the period (YYYY-MM-DD); null for the current period. */
  to?: Maybe<Scalars['String']['output']>;
};

/** A software licence (Lizenz) the Kaz bought for the Kommunen: a number of seats (Nutzungsrechte) for a term, allocated to individual Kommunen. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type Licence = {
  __typename?: 'Licence';
  /** Seats allocated to Kommunen: the sum of `allocations`; never more than `seats`. */
  allocatedSeats: Scalars['Int']['output'];
  /** Which Kommunen got how many seats, ordered by ARS: all of them for the Kaz (contracts:write); a Kommune sees only its own allocation, an Amt (Verbandsgemeinde, Mitverwaltung) also those of its Gemeinden. */
  allocations: Array<LicenceAllocation>;
  /** Cost per year in euros net of VAT (licence fee and maintenance). */
  annualCostEur: Scalars['Float']['output'];
  /** The Rahmenvertrag the licence was bought under; null when bought outside one. */
  contract?: Maybe<FrameworkContract>;
  /** Seats not yet allocated: `seats` minus `allocatedSeats`. */
  freeSeats: Scalars['Int']['output'];
  /** Licence number, e.g. "LIZ-0001". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Whether the vendor processes personal data on the Kommunen's behalf (Auftragsverarbeitung, Art. 28 DSGVO), e.g. by hosting or operating the service or by remote maintenance; recorded by the Kaz with `recordProcessorAgreement`. */
  processesPersonalData: Scalars['Boolean']['output'];
  /** The day the Auftragsverarbeitungsvertrag (data processing agreement, Art. 28 (3) DSGVO) with the vendor was signed, YYYY-MM-DD; null while there is none (a gap when `processesPersonalData` is true). */
  processorAgreementOn?: Maybe<Scalars['String']['output']>;
  /** The licensed product (a made-up product name). */
  product: Scalars['String']['output'];
  /** Number of seats (users or devices) the licence covers; 0 or more. */
  seats: Scalars['Int']['output'];
  /** First day of the licence term, YYYY-MM-DD. */
  validFrom: Scalars['String']['output'];
  /** Last day of the licence term, YYYY-MM-DD; never before validFrom. */
  validTo: Scalars['String']['output'];
  /** Hersteller or licensor of the product (a made-up company). */
  vendor: Scalars['String']['output'];
  /** Increases by one with every change of the licence; send it back with your next change (optimistic locking). 1 for a new licence, one up with each recordProcessorAgreement; its allocations count their own changes. */
  version: Scalars['Int']['output'];
};

/** Zuteilung: seats of a licence given to one Kommune. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type LicenceAllocation = {
  __typename?: 'LicenceAllocation';
  /** Licence number and ARS of the Kommune, joined by "/": "<licence number>/<ARS>", e.g. "LIZ-0001/120650136136". A Kommune has at most one allocation of a licence, so the id is unique; it stays the same while the allocation lives, and the audit log names the allocation by it. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The licence the seats come from. */
  licence: Licence;
  /** The Kommune that got the seats. */
  municipality: Municipality;
  /** Number of seats given to the Kommune. */
  seats: Scalars['Int']['output'];
  /** Date from which the Kommune uses the seats, YYYY-MM-DD. */
  since: Scalars['String']['output'];
  /** Increases by one with every change of the allocation; send it back with your next change (optimistic locking). 1 for a new allocation. */
  version: Scalars['Int']['output'];
};

/** A page of software licences. */
export type LicenceConnection = {
  __typename?: 'LicenceConnection';
  /** The items of this page with their cursors. */
  edges: Array<LicenceEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Licence>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of licences in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Licence figures of one district: a Landkreis with all its Kommunen (its own allocations included), or a kreisfreie Stadt. Computed in the database. */
export type LicenceDistrictStatistics = {
  __typename?: 'LicenceDistrictStatistics';
  /** Seats of all licences allocated to Kommunen in the district. */
  allocatedSeats: Scalars['Int']['output'];
  /** The district's share of the annual licence cost in euros net of VAT: per allocation annualCostEur × allocated seats / licence seats, rounded to cents, summed. */
  annualCostEur: Scalars['Float']['output'];
  /** The Landkreis or kreisfreie Stadt: the first 5 digits of the allocated Kommunen's ARS padded with "0000000". */
  district: Municipality;
  /** Number of distinct licences with at least one allocation in the district. */
  licenceCount: Scalars['Int']['output'];
};

/** A licence in a page, with its cursor. */
export type LicenceEdge = {
  __typename?: 'LicenceEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Licence;
};

/** Narrows the list of licences; all given parts must match. */
export type LicenceFilter = {
  /** Only licences with seats allocated to this Kommune, by its 12-digit ARS. Malformed or unknown: BAD_USER_INPUT. */
  municipalityArs?: InputMaybe<Scalars['String']['input']>;
  /** Only licences whose product name contains this text (case-insensitive). */
  productContains?: InputMaybe<Scalars['String']['input']>;
  /** Only licences whose term covers this date (validFrom <= validOn <= validTo), YYYY-MM-DD. Malformed: BAD_USER_INPUT. */
  validOn?: InputMaybe<Scalars['String']['input']>;
  /** Only licences whose vendor's name contains this text (case-insensitive). */
  vendor?: InputMaybe<Scalars['String']['input']>;
};

/** Figures over all licences of the Kaz, computed in the database. */
export type LicenceTotals = {
  __typename?: 'LicenceTotals';
  /** Seats allocated to Kommunen, all licences. */
  allocatedSeats: Scalars['Int']['output'];
  /** Annual cost of all licences in euros net of VAT. */
  annualCostEur: Scalars['Float']['output'];
  /** Seats of all licences together. */
  seats: Scalars['Int']['output'];
};

/** A Meilenstein (milestone) of a project: what is due when, and when it was reached. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type Milestone = {
  __typename?: 'Milestone';
  /** Planned date (YYYY-MM-DD). */
  dueOn: Scalars['String']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Order of the milestone within its project, from 1. */
  position: Scalars['Int']['output'];
  /** Date it was reached (YYYY-MM-DD); null while it is open. */
  reachedOn?: Maybe<Scalars['String']['output']>;
  /** What the milestone marks (German), e.g. "Pilotbetrieb gestartet". */
  title: Scalars['String']['output'];
};

/** A Kommune of Brandenburg: Landkreis, kreisfreie Stadt, Amt, Verbandsgemeinde, Mitverwaltung or Gemeinde. Reference data from the official municipal directory of Destatis (Gemeindeverzeichnis GV100AD; the hub ships the edition of 30.11.2023, newer editions are loaded by the operator). A Kommune that was dissolved or merged stays resolvable by its ARS, with `dissolvedOn` and `successor`. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Amtlicher Gemeindeschlüssel (AGS), 8 digits; only Gemeinden and kreisfreie Städte have one. */
  ags?: Maybe<Scalars['String']['output']>;
  /** The body that runs the administration of this Gemeinde: its Amt (amtsangehörige Gemeinde), its Verbandsgemeinde (Ortsgemeinde) or its Mitverwaltung (mitverwaltete Gemeinde; VgMvG). Null when the Gemeinde administers itself: an amtsfreie Gemeinde, a kreisfreie Stadt, and a mitverwaltende Gemeinde such as Schwedt/Oder (see `mitverwaltung`). */
  amt?: Maybe<Municipality>;
  /** Area in km² on `figuresDate`; summed like `population` for unions of Gemeinden. */
  areaKm2?: Maybe<Scalars['Float']['output']>;
  /** Amtlicher Regionalschlüssel (ARS), 12 digits: Land, Regierungsbezirk, Kreis, Gemeindeverband, Gemeinde. A Landkreis pads its 5-digit key with zeros, an Amt its 9-digit key. The stable key of a Kommune. */
  ars: Scalars['ID']['output'];
  /** Certificates this Kommune holds, soonest expiry first (then by number). Needs the scope contracts:write or security:read, the Kommune's own token, or the token of the Amt, Verbandsgemeinde or Mitverwaltung that administers it (not a Landkreis); null with FORBIDDEN otherwise. */
  certificates?: Maybe<CertificateConnection>;
  /** The Kommune’s functional contacts by role (ISB, emergency, data protection, IT lead), in that order; only the roles it named. For CERT-Brandenburg (security:read), the Kaz, the Kommune itself and its Amt (Verbandsgemeinde, Mitverwaltung); FORBIDDEN for anyone else (rule read.municipality.contacts). */
  contacts?: Maybe<Array<MunicipalityContact>>;
  /** Rahmenverträge this Kommune may call off from (abrufberechtigt), ordered by contract number. */
  contracts: FrameworkContractConnection;
  /** The Kommune’s membership in the Zweckverband Digitale Kommunen Brandenburg (DIKOM): the current period, or the last one when it has left; null when it never was a member. Earlier periods: dikomMemberships. */
  dikomMembership?: Maybe<DikomMembership>;
  /** Every period of the Kommune’s DIKOM membership, oldest first (more than one when it left and joined again); empty when it never was a member. */
  dikomMemberships: Array<DikomMembership>;
  /** Name with its kind for display, e.g. "Landkreis Uckermark", "Amt Gramzow". */
  displayName: Scalars['String']['output'];
  /** The day (YYYY-MM-DD) this Kommune ended: merged into another (Eingemeindung or Zusammenschluss), dissolved (Auflösung), or given a new ARS (a Gemeinde that changes its Amt). Null while it exists. A record of another partner that still names a Kommune with a dissolvedOn is a stale reference: follow `successor`. */
  dissolvedOn?: Maybe<Scalars['String']['output']>;
  /** The Landkreis this Kommune belongs to; null for a Landkreis itself and for kreisfreie Städte. */
  district?: Maybe<Municipality>;
  /** Reference date (Stichtag, YYYY-MM-DD) of population and area. */
  figuresDate?: Maybe<Scalars['String']['output']>;
  /** Stable identifier for client caches; the same value as `ars`. */
  id: Scalars['ID']['output'];
  /** The security incidents affecting this Kommune that the request may see, newest first. */
  incidents: SecurityIncidentConnection;
  /** What kind of Kommune this is. */
  kind: MunicipalityKind;
  /** Licences with seats allocated to this Kommune, ordered by licence number. Needs the scope contracts:write, the Kommune's own token, or the token of the Amt, Verbandsgemeinde or Mitverwaltung that administers it (ARS 12KKKVVVV000 administers 12KKKVVVV…, not a Landkreis); null with FORBIDDEN otherwise. */
  licences?: Maybe<LicenceConnection>;
  /** The Gemeinden of a Landkreis, Amt, Verbandsgemeinde or Mitverwaltung, ordered by ARS; empty for a Gemeinde. Those of a Mitverwaltung are the mitverwalteten Gemeinden (its `mitverwaltendeGemeinde` administers itself). Current Gemeinden only unless `includeDissolved`; `totalCount` counts the same. */
  members: MunicipalityConnection;
  /** For a Mitverwaltung: the mitverwaltende Gemeinde, the Gemeinde whose administration also runs that of the mitverwalteten Gemeinden (VgMvG), e.g. Schwedt/Oder; null for every other kind. */
  mitverwaltendeGemeinde?: Maybe<Municipality>;
  /** For a mitverwaltende Gemeinde (an amtsfreie Gemeinde, e.g. Schwedt/Oder): the Mitverwaltung it runs for its neighbours (VgMvG), whose `members` are the mitverwalteten Gemeinden; null for every other Kommune. */
  mitverwaltung?: Maybe<Municipality>;
  /** Official name as Destatis writes it, e.g. "Potsdam, Stadt" or "Cottbus/Chóśebuz, Stadt". */
  name: Scalars['String']['output'];
  /** Which OZG-Leistungen this Kommune must deliver and which are still open (Umsetzungskonzept Kaz, §3); null for an ARS that is no Kommune of the reference data. */
  ozgObligations?: Maybe<OzgObligations>;
  /** The rollout records of this Kommune (the OZG-Leistungen it delivers, their status), ordered by OZG-ID (Umsetzungskonzept Kaz, §3). An amtsangehörige Gemeinde has none of its own: see its Amt, or ozgObligations. */
  ozgRollout: OzgRolloutConnection;
  /** Einwohner (inhabitants) on `figuresDate`. For a Landkreis, Amt or Verbandsgemeinde the sum of its Gemeinden; for a Mitverwaltung the sum over its area, the mitverwaltende and the mitverwalteten Gemeinden. */
  population?: Maybe<Scalars['Int']['output']>;
  /** Postleitzahl of a Gemeinde (of its administrative seat when it has several). */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Vergabeverfahren (joint procurement procedures) this Kommune takes part in, ordered by number (PLANNED ones only for the scope contracts:write). */
  procurementProcedures: Array<ProcurementProcedure>;
  /** The digitalisation projects this Kommune takes part in, ordered by id. */
  projects: ProjectConnection;
  /** The projects whose results this Kommune reuses (Nachnutzung) without taking part, ordered by id. */
  reusedProjects: Array<Project>;
  /** Verwaltungssitz: seat of the administration of a Landkreis, Amt or Verbandsgemeinde. */
  seat?: Maybe<Scalars['String']['output']>;
  /** The Kommune’s information security posture: IT-Sicherheitskonzept, CERT network membership, open incidents. Present for every Kommune (with null/false/0 where nothing is on record); null only for a malformed ARS. */
  securityPosture?: Maybe<SecurityPosture>;
  /** The Kommune this one went into (Rechtsnachfolger: the Gemeinde it merged into, or its own new ARS after a change of Amt); null while it exists and when the Gemeindeverzeichnis named none. May itself be dissolved later. */
  successor?: Maybe<Municipality>;
  /** Gebietsstand: the date (YYYY-MM-DD) of the territorial status this record describes. */
  territorialStatusDate: Scalars['String']['output'];
  /** The day (YYYY-MM-DD) from which name, kind, Landkreis and Amt of this record hold: when it came into being or last changed by a new edition of the Gemeindeverzeichnis. Null when unchanged since the first edition the hub loaded. */
  validFrom?: Maybe<Scalars['String']['output']>;
};


/** A Kommune of Brandenburg: Landkreis, kreisfreie Stadt, Amt, Verbandsgemeinde, Mitverwaltung or Gemeinde. Reference data from the official municipal directory of Destatis (Gemeindeverzeichnis GV100AD; the hub ships the edition of 30.11.2023, newer editions are loaded by the operator). A Kommune that was dissolved or merged stays resolvable by its ARS, with `dissolvedOn` and `successor`. */
export type MunicipalityCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Kommune of Brandenburg: Landkreis, kreisfreie Stadt, Amt, Verbandsgemeinde, Mitverwaltung or Gemeinde. Reference data from the official municipal directory of Destatis (Gemeindeverzeichnis GV100AD; the hub ships the edition of 30.11.2023, newer editions are loaded by the operator). A Kommune that was dissolved or merged stays resolvable by its ARS, with `dissolvedOn` and `successor`. */
export type MunicipalityContactsArgs = {
  roles?: InputMaybe<Array<MunicipalityContactRole>>;
};


/** A Kommune of Brandenburg: Landkreis, kreisfreie Stadt, Amt, Verbandsgemeinde, Mitverwaltung or Gemeinde. Reference data from the official municipal directory of Destatis (Gemeindeverzeichnis GV100AD; the hub ships the edition of 30.11.2023, newer editions are loaded by the operator). A Kommune that was dissolved or merged stays resolvable by its ARS, with `dissolvedOn` and `successor`. */
export type MunicipalityContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Kommune of Brandenburg: Landkreis, kreisfreie Stadt, Amt, Verbandsgemeinde, Mitverwaltung or Gemeinde. Reference data from the official municipal directory of Destatis (Gemeindeverzeichnis GV100AD; the hub ships the edition of 30.11.2023, newer editions are loaded by the operator). A Kommune that was dissolved or merged stays resolvable by its ARS, with `dissolvedOn` and `successor`. */
export type MunicipalityIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Kommune of Brandenburg: Landkreis, kreisfreie Stadt, Amt, Verbandsgemeinde, Mitverwaltung or Gemeinde. Reference data from the official municipal directory of Destatis (Gemeindeverzeichnis GV100AD; the hub ships the edition of 30.11.2023, newer editions are loaded by the operator). A Kommune that was dissolved or merged stays resolvable by its ARS, with `dissolvedOn` and `successor`. */
export type MunicipalityLicencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Kommune of Brandenburg: Landkreis, kreisfreie Stadt, Amt, Verbandsgemeinde, Mitverwaltung or Gemeinde. Reference data from the official municipal directory of Destatis (Gemeindeverzeichnis GV100AD; the hub ships the edition of 30.11.2023, newer editions are loaded by the operator). A Kommune that was dissolved or merged stays resolvable by its ARS, with `dissolvedOn` and `successor`. */
export type MunicipalityMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDissolved?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A Kommune of Brandenburg: Landkreis, kreisfreie Stadt, Amt, Verbandsgemeinde, Mitverwaltung or Gemeinde. Reference data from the official municipal directory of Destatis (Gemeindeverzeichnis GV100AD; the hub ships the edition of 30.11.2023, newer editions are loaded by the operator). A Kommune that was dissolved or merged stays resolvable by its ARS, with `dissolvedOn` and `successor`. */
export type MunicipalityOzgRolloutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OzgRolloutStatus>;
};


/** A Kommune of Brandenburg: Landkreis, kreisfreie Stadt, Amt, Verbandsgemeinde, Mitverwaltung or Gemeinde. Reference data from the official municipal directory of Destatis (Gemeindeverzeichnis GV100AD; the hub ships the edition of 30.11.2023, newer editions are loaded by the operator). A Kommune that was dissolved or merged stays resolvable by its ARS, with `dissolvedOn` and `successor`. */
export type MunicipalityProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Kommunen. */
export type MunicipalityConnection = {
  __typename?: 'MunicipalityConnection';
  /** The items of this page with their cursors. */
  edges: Array<MunicipalityEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Municipality>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of Kommunen in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Kommune’s contact for one role (ISB, emergency, data protection, IT lead): the organisation’s functional mailbox and phone, never a person’s name or private address, so that it stays right when people change (Umsetzungskonzept Kaz, §3: the Kaz supports the Kommunen in information security together with CERT-Brandenburg). Kept by the Kommune itself or the Kaz; owned by the Kaz (organisations subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type MunicipalityContact = {
  __typename?: 'MunicipalityContact';
  /** True when the contact is staffed around the clock (24/7), as an emergency contact should be. */
  availableAroundTheClock: Scalars['Boolean']['output'];
  /** The functional mailbox of the organisation for this role, e.g. "informationssicherheit@potsdam.de". */
  email: Scalars['String']['output'];
  /** ARS and role joined by "/", e.g. "120540000000/ISB". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The Kommune. */
  municipality: Municipality;
  /** The functional phone number (e.g. a hotline or switchboard), in international or national form; null when none. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The role. */
  role: MunicipalityContactRole;
  /** Increases by one with every change of the contact; send it back with your next change (optimistic locking). 1 for a new contact. */
  version: Scalars['Int']['output'];
};

/** The role a Kommune names a functional contact for. */
export type MunicipalityContactRole =
  /** Datenschutzbeauftragte/r: the data-protection officer’s office (Art. 37 DSGVO). */
  | 'DATA_PROTECTION'
  /** Notfallkontakt: where the Kommune is reached in an IT emergency, if need be out of hours. */
  | 'EMERGENCY'
  /** Informationssicherheitsbeauftragte/r (ISB): the information-security officer’s office, whom CERT-Brandenburg warns and asks about incidents. */
  | 'ISB'
  /** IT-Leitung: the head of the Kommune’s IT, the Kaz’s counterpart for projects. */
  | 'IT_LEAD';

/** A Kommune in a page, with its cursor. */
export type MunicipalityEdge = {
  __typename?: 'MunicipalityEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Municipality;
};

/** Narrows the list of Kommunen; all given parts must match. */
export type MunicipalityFilter = {
  /** Only Gemeinden administered by this Amt, Verbandsgemeinde or Mitverwaltung (its 12-digit ARS), as `amt` gives it. */
  amtArs?: InputMaybe<Scalars['ID']['input']>;
  /** Only Kommunen in this Landkreis (its 12-digit ARS). */
  districtArs?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<MunicipalityKind>>;
  /** Only Kommunen whose name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only Kommunen with at most this many inhabitants. */
  populationMax?: InputMaybe<Scalars['Int']['input']>;
  /** Only Kommunen with at least this many inhabitants. */
  populationMin?: InputMaybe<Scalars['Int']['input']>;
};

/** The kind of a Kommune (local authority) in Brandenburg, by the Kommunalverfassung (BbgKVerf) and the Verbandsgemeinde- und Mitverwaltungsgesetz (VgMvG, 2018). */
export type MunicipalityKind =
  /** Amt: administrative union of amtsangehörige Gemeinden of one Landkreis that runs their administration (Amtsordnung of the BbgKVerf). */
  | 'AMT'
  /** Amtsangehörige Gemeinde: Gemeinde whose administration is run by its Amt (Amtsordnung). */
  | 'AMTSANGEHOERIGE_GEMEINDE'
  /** Amtsfreie Gemeinde: Gemeinde (town or municipality) with its own administration; also a mitverwaltende Gemeinde, which runs the administration of a Mitverwaltung (e.g. Schwedt/Oder). */
  | 'AMTSFREIE_GEMEINDE'
  /** Kreisfreie Stadt: city that belongs to no Landkreis and does its tasks itself. */
  | 'KREISFREIE_STADT'
  /** Landkreis: rural district, the upper level of local self-government. */
  | 'LANDKREIS'
  /** Mitverwaltete Gemeinde: Gemeinde whose administration is run by a neighbouring Gemeinde, the mitverwaltende Gemeinde, in a Mitverwaltung (VgMvG), e.g. Pinnow by Schwedt/Oder; not amtsangehörig. */
  | 'MITVERWALTETE_GEMEINDE'
  /** Mitverwaltung: one Gemeinde, the mitverwaltende Gemeinde, runs the administration of neighbouring mitverwaltete Gemeinden (VgMvG); the record of that arrangement (only "Schwedt/Oder, Stadt": Schwedt/Oder for Pinnow). Destatis codes it as an Amt; it is not one. */
  | 'MITVERWALTUNG'
  /** Ortsgemeinde: member Gemeinde of a Verbandsgemeinde, which runs its administration (VgMvG); not amtsangehörig. */
  | 'ORTSGEMEINDE'
  /** Verbandsgemeinde: union of Ortsgemeinden that does their administration and takes over some of their tasks (VgMvG; only Liebenwerda). */
  | 'VERBANDSGEMEINDE';

/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type Mutation = {
  __typename?: 'Mutation';
  /** Marks a DRAFT recommendation ADOPTED by a committee decision (in force), on the decision’s day. NOT_FOUND for an unknown id, CONFLICT when `version` is stale or it is not a draft. Needs the Kaz (scope projects:write; rule write.recommendation). */
  adoptRecommendation: Recommendation;
  /** Gives a Kommune seats of a licence, from today (or from the start of the licence term when that is later). Never more than the free seats, also when many allocate at once: BAD_USER_INPUT on input.seats says how many are free. CONFLICT when the Kommune already has seats of that licence. Needs the scope contracts:write. The audit log keys an allocation by its id, "<licence number>/<ARS>". */
  allocateLicence: LicenceAllocation;
  /** Records (or revises) the controller’s assessment of the risk of a personal data breach (GDPR Art. 33(1)): UNLIKELY means no notification to the LDA is required. Needs the scope security:write, or a Kommune token for an incident that affects only that Kommune. */
  assessBreachRisk: SecurityIncident;
  /** Moves an incident forward in its lifecycle (REPORTED → TRIAGED → CONTAINED → RESOLVED → CLOSED; steps may be skipped). Entering RESOLVED, or CLOSED without having been resolved, sets `resolvedAt` to now. Needs the scope security:write. */
  changeIncidentStatus: SecurityIncident;
  /** Adds a certificate to the Kaz inventory. Needs the scope contracts:write. */
  createCertificate: Certificate;
  /** Records a Rahmenvertrag. Needs the scope contracts:write. */
  createFrameworkContract: FrameworkContract;
  /** Records a licence the Kaz bought. Needs the scope contracts:write. */
  createLicence: Licence;
  /** Starts a Vergabeverfahren (status PLANNED or PUBLISHED). Needs the scope contracts:write. */
  createProcurementProcedure: ProcurementProcedure;
  /** Records a Vergabehilfe (procurement template) of the Kaz. Needs the scope contracts:write. */
  createProcurementTemplate: ProcurementTemplate;
  /** Creates a project coordinated by the Kaz (not sample data) with version 1. Needs the scope projects:write. */
  createProject: Project;
  /** Creates a project (version 1, not sample data) from a Muster-Projektstruktur (Umsetzungskonzept Kaz, §4.2): phase PLANNED, the template’s kind and its standard milestones. Needs projects:write. NOT_FOUND for an unknown template, CONFLICT when the project id exists. */
  createProjectFromTemplate: Project;
  /** Creates a mixed project group (Ressorts, LDA, kommunale Praktiker) of a project (Umsetzungskonzept Kaz, §4) with version 1. Needs projects:write. NOT_FOUND for an unknown project. */
  createProjectGroup: ProjectGroup;
  /** Records that a Kommune left DIKOM: ends its current membership period. NOT_FOUND when it has none; CONFLICT when `version` is stale. Needs the scope organisations:write, or dikom:write in a token of DIKOM itself (rule write.dikom). */
  endDikomMembership: DikomMembership;
  /** Hands the fachliche Federführung of a project over to another ministry from a day on: the current period ends the day before, `leadMinistry` becomes the new ministry (who then reads the project’s budget, milestones and work orders; the previous one no longer does), and the project’s version counts up by one. Needs the scope projects:write (the Kaz). NOT_FOUND for an unknown project, CONFLICT for a stale version. */
  handOverProject: Project;
  /** Issues a work order from the principal’s ministry to the Kaz: status OPEN, issued today, id "AA-XXXX-XXXX-XXXX" (random: it counts nothing and cannot run out), version 1. Needs the scope workorders:write and a token of a ministry. */
  issueWorkOrder: WorkOrder;
  /** Publishes an advisory of CERT-Brandenburg, now, under the next reference of the year ("CERT-BB-ADV-<year>-<number>"). Needs the scope security:write. The advisory is public from then on. */
  publishAdvisory: Advisory;
  /** Records whether a project processes personal data and where its Datenschutz-Folgenabschätzung (DSFA, Art. 35 DSGVO) stands, for the LDA (data protection authority); counts the version up by one. Needs the scope projects:write (the Kaz). NOT_FOUND for an unknown id, CONFLICT when `version` is not the stored one. */
  recordDataProtectionAssessment: Project;
  /** Records whether the persons affected by a personal data breach were informed (GDPR Art. 34), when, or under which Art. 34(3) exemption they were not; once per incident. Needs the scope security:write, or a Kommune token for an incident that affects only that Kommune. */
  recordDataSubjectCommunication: SecurityIncident;
  /** Records a decision of a committee. The hub gives it the key `<prefix>-<year>-<n>` (prefix itrat, itplr, sg or pgozg for the IT-Rat, the IT-Planungsrat, the Steuerungsgremium and the PG OZG: the committee’s `decisionPrefix`; the year of `decidedOn`; n the next free number of that committee and year). CONFLICT when the committee already has a decision with this reference. Needs the scope organisations:write (rule write.decision). */
  recordDecision: Decision;
  /** Records that a Kommune joined DIKOM: a new membership period. CONFLICT when the Kommune is a member already. A Kommune that left joins again with a new period (the ended one is kept) whose version continues from the ended one. BAD_USER_INPUT for a Landkreis: DIKOM members are Gemeinden, Städte and Ämter. Needs the scope organisations:write, or dikom:write in a token of DIKOM itself (rule write.dikom). */
  recordDikomMembership: DikomMembership;
  /** Records a body outside Brandenburg the Kaz cooperates with, or changes one (with `version`; the version counts up by one). Bad input changes nothing (BAD_USER_INPUT naming the field). Needs the scope projects:write: the Kaz keeps its cooperations (rule write.external-body). */
  recordExternalBody: ExternalBody;
  /** Records when the LDA was notified of an incident with personal data (GDPR Art. 33), with the reasons when later than 72 hours; once per incident. Needs the scope security:write, or a Kommune token (the controller) for an incident that affects only that Kommune. */
  recordLdaNotification: SecurityIncident;
  /** Records how far an OZG-Leistung has rolled out at a Kommune: creates the record (version 1) or changes it (version + 1). The Kaz (projects:write) for any Kommune, a Kommune for itself (Umsetzungskonzept Kaz, §3). BAD_USER_INPUT for an unknown Kommune or Leistung, an amtsangehörige Gemeinde, or onlineSince missing for ONLINE / given otherwise; CONFLICT for a stale or missing version. */
  recordOzgRollout: OzgRollout;
  /** Records whether a licence's vendor processes personal data for the Kommunen (Auftragsverarbeitung) and the day its Auftragsverarbeitungsvertrag was signed. Needs the scope contracts:write; NOT_FOUND for an unknown licence, CONFLICT when `version` is stale. */
  recordProcessorAgreement: Licence;
  /** A Kommune records that it uses a Vergabehilfe (or moves the day it started). Only a Kommune, for itself; BAD_USER_INPUT for an unknown template or one that is not ADOPTED. */
  recordProcurementTemplateUse: ProcurementTemplateUse;
  /** Records a standardisation recommendation as a DRAFT with the key "empf-<year>-<n>" (this year, next free number). Needs the Kaz (scope projects:write; rule write.recommendation). */
  recordRecommendation: Recommendation;
  /** Records that a Kommune applies an ADOPTED recommendation since a day; recording it again changes the day (version counts up). BAD_USER_INPUT when the recommendation is unknown or not ADOPTED. The Kaz (projects:write) for any Kommune, a Kommune for itself (rule write.recommendation.application). */
  recordRecommendationApplication: RecommendationApplication;
  /** Records a result of a project that other Kommunen may reuse (Nachnutzung, Umsetzungskonzept Kaz, §3), with its licence, terms and functional contact mailbox; version 1. Needs projects:write. NOT_FOUND for an unknown project. */
  recordReusableResult: ReusableResult;
  /** Records the Arbeitsprogramm of a year, agreed in the Steuerungsgremium (Umsetzungskonzept Kaz, §4.1), with its items (keys "ap-<year>-<n>" in the given order). CONFLICT when the year has one already. Needs the Kaz (scope projects:write; rule write.workprogramme). */
  recordWorkProgramme: WorkProgramme;
  /** Takes back the seats a Kommune has of a licence (deletes the allocation) and returns the licence. Needs the scope contracts:write; NOT_FOUND when there never was such an allocation, CONFLICT when `version` is stale or someone else released it since. */
  releaseLicenceAllocation: Licence;
  /** Records the renewal of a certificate: a later end of validity and the new serial number. Needs the scope contracts:write; NOT_FOUND for an unknown certificate, CONFLICT when `version` is stale. */
  renewCertificate: Certificate;
  /** Reports a new security incident (status REPORTED, reported now) with a new random reference "CERT-BB-XXXX-XXXX-XXXX" (nothing in it counts incidents or tells when they were detected). Needs the scope security:write, or a Kommune token when the incident affects only that Kommune. The reporter is the token’s organisation, or the Kommune; a Kommune reporting a TLP:RED incident becomes one of its named recipients, so that it sees on every path what it reported. */
  reportIncident: SecurityIncident;
  /** Records that a Kommune wants to reuse a result (Nachnutzungswunsch, Umsetzungskonzept Kaz, §3), dated today, version 1. A Kommune records its own wish, the Kaz (projects:write) any Kommune’s. FORBIDDEN for another Kommune’s ARS, NOT_FOUND for an unknown result, CONFLICT when the Kommune asked for it already. */
  requestReuse: ReuseRequest;
  /** Saves a Kommune’s functional contact for a role: a new one (without `version`) or a change (with the `version` last read; it counts up by one). The Kaz (projects:write) for any Kommune, a Kommune for itself (rule write.municipality.contact). */
  saveMunicipalityContact: MunicipalityContact;
  /** Creates or replaces the IT-Sicherheitskonzept of a Kommune. Needs the scope security:write, or the token of that Kommune. Creating a concept that exists, or changing one with a stale version, is a CONFLICT; changing one that does not exist is NOT_FOUND. */
  saveSecurityConcept: SecurityConcept;
  /** Replaces the members of a project group and counts its version up by one. Needs projects:write. NOT_FOUND for an unknown group, CONFLICT when `version` is not the stored one. */
  setProjectGroupMembers: ProjectGroup;
  /** Replaces the partner organisations taking part in a project and their roles (Umsetzungskonzept Kaz, §4); counts the project’s version up by one. Needs projects:write. NOT_FOUND for an unknown project, CONFLICT when `version` is not the stored one. */
  setProjectParticipants: Project;
  /** A Kommune asks the Kaz for support, for itself: status SUBMITTED, submitted today, key "UA-XXXX-XXXX-XXXX" (random), version 1. For the token of a Landkreis or kreisfreie Stadt (§2.1: first these); FORBIDDEN for everyone else and for another Kommune’s ARS. */
  submitSupportRequest: SupportRequest;
  /** The Kaz decides on a SUBMITTED support request: TRIAGED into an existing work order and/or project, or DECLINED with a reason; counts its version up by one. Needs the scope projects:write. NOT_FOUND for an unknown key, CONFLICT for a stale version, BAD_USER_INPUT for a request already decided. */
  triageSupportRequest: SupportRequest;
  /** Moves a Vergabeverfahren along its lifecycle and corrects its dates, title or value. Needs the scope contracts:write; NOT_FOUND for an unknown procedure, CONFLICT when `version` is stale. */
  updateProcurementProcedure: ProcurementProcedure;
  /** Changes a project and counts its version up by one. Needs the scope projects:write. NOT_FOUND for an unknown id, CONFLICT when `version` is not the stored one. */
  updateProject: Project;
  /** Moves a work order along its status (the Kaz works it) and counts its version up by one. Needs the scope projects:write. NOT_FOUND for an unknown id, CONFLICT when `version` is not the stored one. */
  updateWorkOrderStatus: WorkOrder;
  /** Reports how far an item of the Arbeitsprogramm got (status, progress, Sachstand, due day, project); its version counts up by one. DONE sets progress to 100; progress 100 needs DONE. NOT_FOUND for an unknown id, CONFLICT when `version` is stale. Needs the Kaz (scope projects:write; rule write.workprogramme). */
  updateWorkProgrammeItem: WorkProgrammeItem;
  /** Withdraws a decision (Aufhebung): its status becomes WITHDRAWN with the day and an optional note, and its version counts up by one. Work orders that cite it stay, and the reference audit (`pnpm references:check`) lists them. NOT_FOUND for an unknown id, CONFLICT when `version` is stale or the decision is withdrawn already. Needs the scope organisations:write (rule write.decision). */
  withdrawDecision: Decision;
  /** Withdraws a recommendation (draft or adopted): WITHDRAWN with the day and an optional note. Kommunen that applied it stay listed. NOT_FOUND for an unknown id, CONFLICT when `version` is stale or it is withdrawn already. Needs the Kaz (scope projects:write; rule write.recommendation). */
  withdrawRecommendation: Recommendation;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationAdoptRecommendationArgs = {
  input: AdoptRecommendationInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationAllocateLicenceArgs = {
  input: AllocateLicenceInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationAssessBreachRiskArgs = {
  input: AssessBreachRiskInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationChangeIncidentStatusArgs = {
  input: ChangeIncidentStatusInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationCreateCertificateArgs = {
  input: CreateCertificateInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationCreateFrameworkContractArgs = {
  input: CreateFrameworkContractInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationCreateLicenceArgs = {
  input: CreateLicenceInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationCreateProcurementProcedureArgs = {
  input: CreateProcurementProcedureInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationCreateProcurementTemplateArgs = {
  input: CreateProcurementTemplateInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationCreateProjectFromTemplateArgs = {
  input: CreateProjectFromTemplateInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationCreateProjectGroupArgs = {
  input: CreateProjectGroupInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationEndDikomMembershipArgs = {
  input: EndDikomMembershipInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationHandOverProjectArgs = {
  input: HandOverProjectInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationIssueWorkOrderArgs = {
  input: IssueWorkOrderInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationPublishAdvisoryArgs = {
  input: PublishAdvisoryInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordDataProtectionAssessmentArgs = {
  input: RecordDataProtectionAssessmentInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordDataSubjectCommunicationArgs = {
  input: RecordDataSubjectCommunicationInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordDecisionArgs = {
  input: RecordDecisionInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordDikomMembershipArgs = {
  input: RecordDikomMembershipInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordExternalBodyArgs = {
  input: RecordExternalBodyInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordLdaNotificationArgs = {
  input: RecordLdaNotificationInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordOzgRolloutArgs = {
  input: RecordOzgRolloutInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordProcessorAgreementArgs = {
  input: RecordProcessorAgreementInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordProcurementTemplateUseArgs = {
  input: RecordProcurementTemplateUseInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordRecommendationArgs = {
  input: RecordRecommendationInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordRecommendationApplicationArgs = {
  input: RecordRecommendationApplicationInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordReusableResultArgs = {
  input: RecordReusableResultInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRecordWorkProgrammeArgs = {
  input: RecordWorkProgrammeInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationReleaseLicenceAllocationArgs = {
  input: ReleaseLicenceAllocationInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRenewCertificateArgs = {
  input: RenewCertificateInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationReportIncidentArgs = {
  input: ReportIncidentInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationRequestReuseArgs = {
  input: RequestReuseInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationSaveMunicipalityContactArgs = {
  input: SaveMunicipalityContactInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationSaveSecurityConceptArgs = {
  input: SaveSecurityConceptInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationSetProjectGroupMembersArgs = {
  input: SetProjectGroupMembersInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationSetProjectParticipantsArgs = {
  input: SetProjectParticipantsInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationSubmitSupportRequestArgs = {
  input: SubmitSupportRequestInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationTriageSupportRequestArgs = {
  input: TriageSupportRequestInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationUpdateProcurementProcedureArgs = {
  input: UpdateProcurementProcedureInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationUpdateWorkOrderStatusArgs = {
  input: UpdateWorkOrderStatusInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationUpdateWorkProgrammeItemArgs = {
  input: UpdateWorkProgrammeItemInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationWithdrawDecisionArgs = {
  input: WithdrawDecisionInput;
};


/** The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale). */
export type MutationWithdrawRecommendationArgs = {
  input: WithdrawRecommendationInput;
};

/** A partner organisation of Brandenburg’s municipal digitalisation: a ministry, the state IT provider ZIT-BB, the Kaz, DIKOM, the LDA, the TUIV-AG, the municipal associations or the IT-Rat. Reference data collected from public sources (see `note`). */
export type Organisation = {
  __typename?: 'Organisation';
  /** The organisations that belong to this one, ordered by name; empty when none do. */
  children: Array<Organisation>;
  /** This organisation’s seats in committees (Gremien), past and present, ordered by start, then committee. */
  committees: Array<CommitteeMembership>;
  /** The projects this organisation coordinates operationally (the Kaz), ordered by id. */
  coordinatedProjects: ProjectConnection;
  /** Stable key of the organisation, e.g. "mdjd", "kaz", "zit_bb". */
  id: Scalars['ID']['output'];
  /** The work orders (Arbeitsaufträge) this ministry issued or passed on from a committee decision, ordered by id: all for the Kaz (projects:write); for a ministry (workorders:write) only those among them it issued itself or that belong to projects it leads. Null with FORBIDDEN for anyone else (UNAUTHENTICATED without a token). */
  issuedWorkOrders?: Maybe<Array<WorkOrder>>;
  /** What kind of body this is. */
  kind: OrganisationKind;
  /** The OZG-Leistungen under this ministry's Federführung (lead), ordered by OZG-ID (Umsetzungskonzept Kaz, §3). */
  ledOzgServices: OzgServiceConnection;
  /** The projects for which this ministry has the fachliche Federführung (lead responsibility), ordered by id. */
  ledProjects: ProjectConnection;
  /** Full official name, e.g. "Ministerium der Justiz und für Digitalisierung". */
  name: Scalars['String']['output'];
  /** Facts about the organisation from the reference data, in German, ending with the source tags [S-Bn] of the reference data’s SOURCES.md. */
  note?: Maybe<Scalars['String']['output']>;
  /** The organisation this one belongs to (e.g. ZIT-BB for the Kaz); null for a top-level body. */
  parent?: Maybe<Organisation>;
  /** The projects this organisation takes part in as a participant (ProjectParticipant), in the given role or in any role, ordered by id (Umsetzungskonzept Kaz, §4). Public. Leading and coordinating are in ledProjects and coordinatedProjects. */
  projects: ProjectConnection;
  /** The security incidents this organisation reported to CERT-Brandenburg that the request may see, newest first. */
  reportedIncidents: SecurityIncidentConnection;
  /** Every period in which this organisation held an area of responsibility (Zuständigkeit), ended ones included, ordered by area, then start. */
  responsibilities: Array<Responsibility>;
  /** Abbreviation the organisation uses, e.g. "MdJD"; null when the sources name none. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** Address of the official website, if any. */
  website?: Maybe<Scalars['String']['output']>;
};


/** A partner organisation of Brandenburg’s municipal digitalisation: a ministry, the state IT provider ZIT-BB, the Kaz, DIKOM, the LDA, the TUIV-AG, the municipal associations or the IT-Rat. Reference data collected from public sources (see `note`). */
export type OrganisationCoordinatedProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner organisation of Brandenburg’s municipal digitalisation: a ministry, the state IT provider ZIT-BB, the Kaz, DIKOM, the LDA, the TUIV-AG, the municipal associations or the IT-Rat. Reference data collected from public sources (see `note`). */
export type OrganisationLedOzgServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner organisation of Brandenburg’s municipal digitalisation: a ministry, the state IT provider ZIT-BB, the Kaz, DIKOM, the LDA, the TUIV-AG, the municipal associations or the IT-Rat. Reference data collected from public sources (see `note`). */
export type OrganisationLedProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner organisation of Brandenburg’s municipal digitalisation: a ministry, the state IT provider ZIT-BB, the Kaz, DIKOM, the LDA, the TUIV-AG, the municipal associations or the IT-Rat. Reference data collected from public sources (see `note`). */
export type OrganisationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ProjectParticipantRole>;
};


/** A partner organisation of Brandenburg’s municipal digitalisation: a ministry, the state IT provider ZIT-BB, the Kaz, DIKOM, the LDA, the TUIV-AG, the municipal associations or the IT-Rat. Reference data collected from public sources (see `note`). */
export type OrganisationReportedIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of body a partner organisation is (the `kind` column of the reference data, uppercased). */
export type OrganisationKind =
  /** Gremium: a standing committee with a legal basis, e.g. the IT-Rat (§ 15 BbgEGovG). */
  | 'COMMITTEE'
  /** Kompetenzzentrum: a unit that advises and coordinates, e.g. the Kommunales Anwendungszentrum (Kaz). */
  | 'COMPETENCE_CENTRE'
  /** Datenschutzaufsichtsbehörde: the independent data protection supervisory authority (LDA). */
  | 'DATA_PROTECTION_AUTHORITY'
  /** Ministerium or the Staatskanzlei: an oberste Landesbehörde (supreme state authority) of Brandenburg. */
  | 'MINISTRY'
  /** Kommunaler Spitzenverband: the umbrella association of the Landkreise or of the Städte and Gemeinden. */
  | 'MUNICIPAL_ASSOCIATION'
  /** Zweckverband: a public-law association of Kommunen for a shared task, e.g. DIKOM. */
  | 'SPECIAL_PURPOSE_ASSOCIATION'
  /** Landes-IT-Dienstleister: the state’s central IT service provider (ZIT-BB, a Landesbetrieb). */
  | 'STATE_IT_PROVIDER'
  /** Arbeitsgemeinschaft: a voluntary association of Kommunen and other bodies, e.g. the TUIV-AG. */
  | 'WORKING_GROUP';

/** How many OZG-Leistungen the projects in one Landkreis or kreisfreie Stadt cover. */
export type OzgCoverage = {
  __typename?: 'OzgCoverage';
  /** The district: a Landkreis or a kreisfreie Stadt (first 5 digits of the ARS of the Kommune, padded with zeros; a kreisfreie Stadt is its own district). */
  district: Municipality;
  /** The number of distinct participating Kommunen (ARS) in this district. */
  kommunenCount: Scalars['Int']['output'];
  /** The number of distinct OZG-Leistungen worked on by the projects with at least one participating Kommune in this district. */
  ozgServiceCount: Scalars['Int']['output'];
};

/** How the OZG rollout coverage figures are grouped. */
export type OzgCoverageGrouping =
  /** Per Landkreis (a kreisfreie Stadt counts as its own group). */
  | 'LANDKREIS'
  /** Per Landkreis and Themenfeld. */
  | 'LANDKREIS_AND_THEMENFELD'
  /** Per Themenfeld (OZG subject area). */
  | 'THEMENFELD';

/** One OZG-Leistung a Kommune must deliver, with how far it rolled out there (Umsetzungskonzept Kaz, §3). */
export type OzgObligation = {
  __typename?: 'OzgObligation';
  /** True while the Leistung is not ONLINE at the delivering Kommune. */
  open: Scalars['Boolean']['output'];
  /** The OZG-Leistung. */
  ozgService: OzgService;
  /** Its rollout status at the delivering Kommune; null when nothing is recorded (not even planned). */
  status?: Maybe<OzgRolloutStatus>;
};

/** A page of OZG obligations. */
export type OzgObligationConnection = {
  __typename?: 'OzgObligationConnection';
  /** The items of this page with their cursors. */
  edges: Array<OzgObligationEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<OzgObligation>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of obligations in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An obligation in a page, with its cursor. */
export type OzgObligationEdge = {
  __typename?: 'OzgObligationEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: OzgObligation;
};

/** The OZG-Leistungen a Kommune of its kind must deliver, and which are still open (Umsetzungskonzept Kaz, §3). Derived, not recorded: an OZG-Leistung is an obligation of a Kommune when one of its LeiKa-Typen is one in which a Kommune executes the law ("2/3" Bund regulates, Land or Kommune executes; "3" Bund regulates, Kommune executes; "5" Land regulates, Kommune executes; "6" the Kommune regulates and executes), from the OZG-Umsetzungskatalog of 2019. Who delivers depends on the kind of Kommune: an amtsangehörige Gemeinde delivers through its Amt (or the Verbandsgemeinde, or the Mitverwaltung), every other Kommune (Landkreis, kreisfreie Stadt, amtsfreie Gemeinde, Amt) itself. The catalogue does not say which level (Landkreis or Gemeinde) executes a Leistung, so the list is the same for every delivering Kommune: an upper bound. Owned by the Kaz (projects subgraph). */
export type OzgObligations = {
  __typename?: 'OzgObligations';
  /** The Kommune whose administration delivers: the Kommune itself, or its Amt. */
  deliveredBy: Municipality;
  /** How many of them are ONLINE at the delivering Kommune. */
  online: Scalars['Int']['output'];
  /** How many of them are still open (not ONLINE, whether planned, in progress or not recorded). */
  open: Scalars['Int']['output'];
  /** The obligations, ordered by OZG-ID. */
  services: OzgObligationConnection;
  /** How many OZG-Leistungen the Kommune must deliver. */
  total: Scalars['Int']['output'];
};


/** The OZG-Leistungen a Kommune of its kind must deliver, and which are still open (Umsetzungskonzept Kaz, §3). Derived, not recorded: an OZG-Leistung is an obligation of a Kommune when one of its LeiKa-Typen is one in which a Kommune executes the law ("2/3" Bund regulates, Land or Kommune executes; "3" Bund regulates, Kommune executes; "5" Land regulates, Kommune executes; "6" the Kommune regulates and executes), from the OZG-Umsetzungskatalog of 2019. Who delivers depends on the kind of Kommune: an amtsangehörige Gemeinde delivers through its Amt (or the Verbandsgemeinde, or the Mitverwaltung), every other Kommune (Landkreis, kreisfreie Stadt, amtsfreie Gemeinde, Amt) itself. The catalogue does not say which level (Landkreis or Gemeinde) executes a Leistung, so the list is the same for every delivering Kommune: an upper bound. Owned by the Kaz (projects subgraph). */
export type OzgObligationsServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onlyOpen?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The rollout of one OZG-Leistung at one Kommune: planned, in progress or online (Umsetzungskonzept Kaz, §3). Owned by the Kaz (projects subgraph); a Kommune records its own, the Kaz any. The record sits at the Kommune whose administration delivers the Leistung (an Amt for its amtsangehörige Gemeinden). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type OzgRollout = {
  __typename?: 'OzgRollout';
  /** EfA source: the Land that built the online service once for all ("Einer für Alle") and that this Kommune reuses; null when not known or when the Kommune runs a service of its own. */
  efaSource?: Maybe<Land>;
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The Kommune (owned by the municipalities subgraph) that delivers the Leistung. */
  municipality: Municipality;
  /** The day the Leistung went online at this Kommune (YYYY-MM-DD); set exactly when ONLINE. */
  onlineSince?: Maybe<Scalars['String']['output']>;
  /** The OZG-Leistung. */
  ozgService: OzgService;
  /** How far the rollout got. */
  status: OzgRolloutStatus;
  /** Increases by one with every change of the rollout record; send it back with your next change (optimistic locking). 1 for a new rollout record. */
  version: Scalars['Int']['output'];
};

/** A page of OZG rollout records. */
export type OzgRolloutConnection = {
  __typename?: 'OzgRolloutConnection';
  /** The items of this page with their cursors. */
  edges: Array<OzgRolloutEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<OzgRollout>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of rollout records in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How many Kommunen are at each rollout status of an OZG-Leistung (Umsetzungskonzept Kaz, §3). */
export type OzgRolloutCounts = {
  __typename?: 'OzgRolloutCounts';
  /** Kommunen with status IN_PROGRESS. */
  inProgress: Scalars['Int']['output'];
  /** Kommunen with status ONLINE. */
  online: Scalars['Int']['output'];
  /** Kommunen with status PLANNED. */
  planned: Scalars['Int']['output'];
};

/** Coverage figures of the OZG rollout for one group of Kommunen and/or Leistungen (Umsetzungskonzept Kaz, §3). */
export type OzgRolloutCoverage = {
  __typename?: 'OzgRolloutCoverage';
  /** Rollout records with status IN_PROGRESS. */
  inProgress: Scalars['Int']['output'];
  /** Kommunen of the group with at least one rollout record. */
  kommunen: Scalars['Int']['output'];
  /** The Landkreis or kreisfreie Stadt of the group; null when grouped by Themenfeld only. */
  landkreis?: Maybe<Municipality>;
  /** Rollout records with status ONLINE. */
  online: Scalars['Int']['output'];
  /** ONLINE records as a share of all records of the group (0 to 1, rounded to 3 places). */
  onlineShare: Scalars['Float']['output'];
  /** Rollout records with status PLANNED. */
  planned: Scalars['Int']['output'];
  /** The Themenfeld of the group; null when grouped by Landkreis only. */
  themenfeld?: Maybe<Scalars['String']['output']>;
};

/** A rollout record in a page, with its cursor. */
export type OzgRolloutEdge = {
  __typename?: 'OzgRolloutEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: OzgRollout;
};

/** How far an OZG-Leistung has rolled out at one Kommune (Umsetzungskonzept Kaz, §3). */
export type OzgRolloutStatus =
  /** In Umsetzung: the online service is being connected or built. */
  | 'IN_PROGRESS'
  /** Online: citizens and businesses can apply for the Leistung online at this Kommune. */
  | 'ONLINE'
  /** Geplant: the Kommune plans to offer the Leistung online; work has not started. */
  | 'PLANNED';

/** An OZG-Leistung: a bundle of administrative services that the Onlinezugangsgesetz (OZG) requires to be offered online. Reference data from the OZG-Umsetzungskatalog as of 2019-10-05 (557 Leistungen). */
export type OzgService = {
  __typename?: 'OzgService';
  /** Federführung: the Brandenburg ministry (owned by the organisations subgraph) that leads this OZG-Leistung in the Land; null when not known. See federfuehrungIsSample (Umsetzungskonzept Kaz, §3). */
  federfuehrung?: Maybe<Organisation>;
  /** True when `federfuehrung` is SAMPLE DATA (a ministry whose portfolio fits the Themenfeld), not a published assignment: the OZG-Umsetzungskatalog of 2019 names no Federführung per Land. */
  federfuehrungIsSample: Scalars['Boolean']['output'];
  /** OZG-ID, 5 digits (e.g. "10000" for Elterngeld); the stable key. */
  id: Scalars['ID']['output'];
  /** Lebenslage (life situation of citizens) or Geschäftslage (business situation of companies) within the Themenfeld, e.g. "Geburt". */
  lebenslage?: Maybe<Scalars['String']['output']>;
  /** Keys (14 digits) of the LeiKa-Leistungen (Leistungskatalog der öffentlichen Verwaltung, the federal catalogue of administrative services) that make up this OZG-Leistung, sorted; empty for the 24 Leistungen not in the LeiKa. */
  leikaKeys: Array<Scalars['String']['output']>;
  /** The distinct LeiKa-Typen of the linked LeiKa-Leistungen (who regulates and who executes, e.g. "1" Bund, "2/3" Bund regulates, Land or Kommune executes, "4" Land, "5" Land regulates, Kommune executes). An aggregation made for this graph, NOT an official type of the OZG-Leistung. */
  leikaTypes: Array<Scalars['String']['output']>;
  /** Name of the OZG-Leistung as the catalogue gives it. */
  name: Scalars['String']['output'];
  /** The projects that implement this OZG-Leistung, ordered by id. */
  projects: ProjectConnection;
  /** The rollout records of this Leistung at the Kommunen, ordered by ARS (Umsetzungskonzept Kaz, §3). */
  rollout: OzgRolloutConnection;
  /** How many Kommunen have this Leistung planned, in progress and online (Umsetzungskonzept Kaz, §3). */
  rolloutCounts: OzgRolloutCounts;
  /** State of the OZG-Umsetzungskatalog this record comes from (YYYY-MM-DD). */
  sourceDate: Scalars['String']['output'];
  /** Themenfeld: the OZG subject area the Leistung belongs to, e.g. "Familie & Kind" or "Bauen & Wohnen" (14 in all). */
  themenfeld: Scalars['String']['output'];
};


/** An OZG-Leistung: a bundle of administrative services that the Onlinezugangsgesetz (OZG) requires to be offered online. Reference data from the OZG-Umsetzungskatalog as of 2019-10-05 (557 Leistungen). */
export type OzgServiceProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An OZG-Leistung: a bundle of administrative services that the Onlinezugangsgesetz (OZG) requires to be offered online. Reference data from the OZG-Umsetzungskatalog as of 2019-10-05 (557 Leistungen). */
export type OzgServiceRolloutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of OZG-Leistungen. */
export type OzgServiceConnection = {
  __typename?: 'OzgServiceConnection';
  /** The items of this page with their cursors. */
  edges: Array<OzgServiceEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<OzgService>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of OZG-Leistungen in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An OZG-Leistung in a page, with its cursor. */
export type OzgServiceEdge = {
  __typename?: 'OzgServiceEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: OzgService;
};

/** Narrows the list of OZG-Leistungen; all given parts must match. */
export type OzgServiceFilter = {
  /** Only the Leistung that contains this LeiKa key (14 digits). */
  leikaKey?: InputMaybe<Scalars['String']['input']>;
  /** Only Leistungen whose name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only Leistungen of this Themenfeld (exact name, see `themenfelder`). */
  themenfeld?: InputMaybe<Scalars['String']['input']>;
};

/** Where a page of a list stands in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Vergabeverfahren: a joint procurement procedure the Kaz runs for several Kommunen, or a call-off (Abruf) from a Rahmenvertrag. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type ProcurementProcedure = {
  __typename?: 'ProcurementProcedure';
  /** Date of the Zuschlag (award), YYYY-MM-DD; null until AWARDED. */
  awardedOn?: Maybe<Scalars['String']['output']>;
  /** For a FRAMEWORK_CALL_OFF: the Rahmenvertrag this Abruf draws on; null for other procedures. */
  calledOffFrom?: Maybe<FrameworkContract>;
  /** Geschätzter Auftragswert: estimated contract value in euros, net of VAT. */
  estimatedValueEur: Scalars['Float']['output'];
  /** Vergabenummer (procedure number), e.g. "VG-2023-004": the year it was started or is planned for, and a serial. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The Kommunen that procure jointly in this procedure (Bedarfsträger), ordered by ARS; at most the first 100. */
  participatingMunicipalities: Array<Municipality>;
  /** Verfahrensart (kind of procedure). */
  procedureType: ProcurementProcedureType;
  /** The digitalisation project this procurement serves; null when it serves none. */
  project?: Maybe<Project>;
  /** Date of the Bekanntmachung (contract notice), YYYY-MM-DD; null while PLANNED, and always for an IN_HOUSE_AWARD (which has none). */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** The Rahmenvertrag (framework contract) awarded in this procedure; null when none (yet). */
  resultingContract?: Maybe<FrameworkContract>;
  /** Where the procedure stands. */
  status: ProcurementStatus;
  /** Subject of the procurement (Auftragsgegenstand). */
  title: Scalars['String']['output'];
  /** Increases by one with every change of the procurement procedure; send it back with your next change (optimistic locking). 1 for a new procurement procedure. */
  version: Scalars['Int']['output'];
};

/** A page of Vergabeverfahren (procurement procedures). */
export type ProcurementProcedureConnection = {
  __typename?: 'ProcurementProcedureConnection';
  /** The items of this page with their cursors. */
  edges: Array<ProcurementProcedureEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<ProcurementProcedure>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of procedures in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Vergabeverfahren in a page, with its cursor. */
export type ProcurementProcedureEdge = {
  __typename?: 'ProcurementProcedureEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ProcurementProcedure;
};

/** Verfahrensart: the kind of award procedure under German public procurement law. Above the EU thresholds (Schwellenwerte) the GWB and the VgV apply (OPEN_PROCEDURE, RESTRICTED_PROCEDURE, NEGOTIATED_PROCEDURE); below them, for supplies and services, the UVgO (PUBLIC_TENDER, RESTRICTED_TENDER, NEGOTIATED_AWARD). A call-off (FRAMEWORK_CALL_OFF) draws on a framework contract awarded by one of these. An in-house award (IN_HOUSE_AWARD) is no competition at all and has no Bekanntmachung. */
export type ProcurementProcedureType =
  /** Abruf aus Rahmenvertrag: a call-off from an existing framework contract, without a new competition. */
  | 'FRAMEWORK_CALL_OFF'
  /** Inhouse-Vergabe (§ 108 GWB): the award to an entity the Kommunen or the Land control like their own department (e.g. a kommunaler IT-Dienstleister or the ZIT-BB), outside the procurement rules: no Bekanntmachung and no competition, so `publishedOn` stays null; it moves from PLANNED straight to AWARDED (or CANCELLED). */
  | 'IN_HOUSE_AWARD'
  /** Verhandlungsvergabe (national, § 12 UVgO): below the EU thresholds, the terms are negotiated with selected companies, with or without a Teilnahmewettbewerb. */
  | 'NEGOTIATED_AWARD'
  /** Verhandlungsverfahren (EU, § 17 VgV): negotiated procedure, the terms are negotiated with selected bidders. */
  | 'NEGOTIATED_PROCEDURE'
  /** Offenes Verfahren (EU, § 15 VgV): open procedure, every interested company may bid. */
  | 'OPEN_PROCEDURE'
  /** Öffentliche Ausschreibung (national, § 9 UVgO): below the EU thresholds, every interested company may bid; the national counterpart of the open procedure. */
  | 'PUBLIC_TENDER'
  /** Nicht offenes Verfahren (EU, § 16 VgV): restricted procedure, only bidders chosen in a Teilnahmewettbewerb (competition for participation) may bid. */
  | 'RESTRICTED_PROCEDURE'
  /** Beschränkte Ausschreibung (national, §§ 10–11 UVgO): below the EU thresholds, only invited companies bid, with or without a Teilnahmewettbewerb. */
  | 'RESTRICTED_TENDER';

/** Where a Vergabeverfahren (procurement procedure) stands. */
export type ProcurementStatus =
  /** Zuschlag erteilt: the contract has been awarded. */
  | 'AWARDED'
  /** Aufgehoben: cancelled without an award. */
  | 'CANCELLED'
  /** Wertung: the bids are being evaluated. */
  | 'EVALUATION'
  /** Geplant: in preparation, not yet published. */
  | 'PLANNED'
  /** Bekanntgemacht: published; bids or requests to participate can be submitted. */
  | 'PUBLISHED';

/** Vergabehilfe: a procurement solution the Kaz offers the Kommunen, as a rule free of charge (Mustervertrag, Vergabeunterlagen, Leistungsbeschreibung, Bewertungsmatrix), with the decision that adopted it and the Kommunen that use it (Umsetzungskonzept Kaz, §3). Owned by the Kaz (contracts subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type ProcurementTemplate = {
  __typename?: 'ProcurementTemplate';
  /** The committee decision (e.g. of the IT-Rat) that adopted the template; null when none is recorded. */
  decision?: Maybe<Decision>;
  /** Whether the Kaz offers it free of charge (unentgeltlich, Umsetzungskonzept Kaz, §3). */
  freeOfCharge: Scalars['Boolean']['output'];
  /** Number of the Vergabehilfe, e.g. "VH-2024-001". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** What kind of template. */
  kind: ProcurementTemplateKind;
  /** Where it stands. */
  status: ProcurementTemplateStatus;
  /** Title of the template. */
  title: Scalars['String']['output'];
  /** The Kommunen that use the template, ordered by ARS; at most the first 100. */
  uses: Array<ProcurementTemplateUse>;
  /** Increases by one with every change of the procurement template; send it back with your next change (optimistic locking). 1 for a new procurement template. */
  version: Scalars['Int']['output'];
};

/** A page of Vergabehilfen (procurement templates). */
export type ProcurementTemplateConnection = {
  __typename?: 'ProcurementTemplateConnection';
  /** The items of this page with their cursors. */
  edges: Array<ProcurementTemplateEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<ProcurementTemplate>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of procurement templates in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Vergabehilfe in a page, with its cursor. */
export type ProcurementTemplateEdge = {
  __typename?: 'ProcurementTemplateEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ProcurementTemplate;
};

/** The kind of Vergabehilfe (procurement template) the Kaz offers (Umsetzungskonzept Kaz, §3). */
export type ProcurementTemplateKind =
  /** Bewertungsmatrix: model award criteria and their weighting. */
  | 'EVALUATION_MATRIX'
  /** Mustervertrag: a model contract, e.g. on the basis of the EVB-IT. */
  | 'MODEL_CONTRACT'
  /** Leistungsbeschreibung: a model specification of what is procured. */
  | 'SERVICE_DESCRIPTION'
  /** Vergabeunterlagen: a complete set of tender documents to adapt and publish. */
  | 'TENDER_DOCUMENTS';

/** Where a Vergabehilfe stands. */
export type ProcurementTemplateStatus =
  /** Beschlossen: adopted and offered to the Kommunen. */
  | 'ADOPTED'
  /** Entwurf: being prepared, not yet offered. */
  | 'DRAFT'
  /** Zurückgezogen: no longer offered (e.g. outdated by new law). */
  | 'WITHDRAWN';

/** Nutzung einer Vergabehilfe: a Kommune uses a procurement template of the Kaz (Umsetzungskonzept Kaz, §3), recorded by the Kommune itself. Owned by the Kaz (contracts subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type ProcurementTemplateUse = {
  __typename?: 'ProcurementTemplateUse';
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The Kommune that uses the template. */
  municipality: Municipality;
  /** Date from which the Kommune uses it, YYYY-MM-DD. */
  since: Scalars['String']['output'];
  /** Increases by one with every change of the template use; send it back with your next change (optimistic locking). 1 for a new template use. */
  version: Scalars['Int']['output'];
};

/** The funding of the Kaz programme in one budget year (Haushaltsjahr) against the concept’s target of at least 1 Mio. Euro Land money a year (Umsetzungskonzept Kaz, §6). Owned by the Kaz (projects subgraph); summed from the projects’ budget lines (sample data). */
export type ProgrammeFundingYear = {
  __typename?: 'ProgrammeFundingYear';
  /** The money per funding source: every source, in the order LAND, BUND, KOMMUNEN, EU, zeros included. */
  bySource: Array<FundingBySource>;
  /** Land money planned (Soll) for the programme’s projects in this year, in euros. */
  landPlannedEur: Scalars['Float']['output'];
  /** The number of projects with Land money in this year. */
  landProjectCount: Scalars['Int']['output'];
  /** Land money spent (Ist) in this year, in euros; null while no spending of the year is recorded. */
  landSpentEur?: Maybe<Scalars['Float']['output']>;
  /** Whether the Land money planned for the year reaches the target (§6: at least 1 Mio. Euro). */
  plannedMeetsTarget: Scalars['Boolean']['output'];
  /** Whether the Land money spent in the year reaches the target (§6); null while no spending is recorded. */
  spentMeetsTarget?: Maybe<Scalars['Boolean']['output']>;
  /** The Land money the concept sets as the least for a year: 1 000 000 euros (§6). */
  targetEur: Scalars['Float']['output'];
  /** The budget year (Haushaltsjahr). */
  year: Scalars['Int']['output'];
};

/** A digitalisation project of the Kommunen that the Kaz coordinates (OZG, BbgEGovG): who leads it, which Kommunen take part, which OZG-Leistungen it implements, its milestones, budget and the Kommunen that reuse its result. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type Project = {
  __typename?: 'Project';
  /** The budget by year and funding source, ordered by year, then source. Internal: for the Kaz (projects:write) and the lead ministry; null with FORBIDDEN (UNAUTHENTICATED without a token) for others. */
  budget?: Maybe<Array<BudgetLine>>;
  /** The sum of all budget lines in euros. Internal: for the Kaz (projects:write) and the lead ministry; null with FORBIDDEN (UNAUTHENTICATED without a token) for others. */
  budgetTotalEur?: Maybe<Scalars['Float']['output']>;
  /** The organisation that coordinates the project operationally: the Kaz. */
  coordinator: Organisation;
  /** The day the DSFA (Art. 35 DSGVO) was completed (YYYY-MM-DD); null unless dpiaStatus is COMPLETED. */
  dpiaCompletedOn?: Maybe<Scalars['String']['output']>;
  /** Where the project’s Datenschutz-Folgenabschätzung (DSFA, data protection impact assessment under Art. 35 DSGVO) stands, as recorded by the Kaz; always NOT_REQUIRED when the project processes no personal data. */
  dpiaStatus: DpiaStatus;
  /** Planned end of the project (YYYY-MM-DD); null when not yet fixed. */
  endDate?: Maybe<Scalars['String']['output']>;
  /** The mixed project groups (Ressorts, LDA, kommunale Praktiker) of the project, by name (Umsetzungskonzept Kaz, §4). Public. */
  groups: Array<ProjectGroup>;
  /** Project key, "KAZ-<year>-<nn>" (year the project was commissioned). */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** What kind of project this is. */
  kind: ProjectKind;
  /** The ministry (Ressort) with the fachliche Federführung (lead responsibility for the subject); null when no ministry leads, e.g. for purely municipal infrastructure. */
  leadMinistry?: Maybe<Organisation>;
  /** Who had the fachliche Federführung (lead ministry) of the project when, oldest first; the last period is the current one (`leadMinistry`). Public, like `leadMinistry`. */
  leadMinistryHistory: Array<LeadMinistryPeriod>;
  /** The milestones (Meilensteine) of the project, in their planned order. Internal: for the Kaz (projects:write) and the lead ministry; null with FORBIDDEN (UNAUTHENTICATED without a token) for others. */
  milestones?: Maybe<Array<Milestone>>;
  /** The Kommunen (Landkreise, kreisfreie Städte, Gemeinden) that take part, ordered by ARS; at most the first 100 (Municipality.projects answers from the other side without a cap). */
  municipalities: Array<Municipality>;
  /** The OZG-Leistungen the project implements or supports, ordered by OZG-ID. */
  ozgServices: Array<OzgService>;
  /** The partner organisations that take part in the project beyond its coordinator and lead ministry, with their role (e.g. DIKOM as OPERATOR), ordered by role, then organisation (Umsetzungskonzept Kaz, §4). Public. */
  participants: Array<ProjectParticipant>;
  /** Where the project stands. */
  phase: ProjectPhase;
  /** Whether the project processes personal data (personenbezogene Daten, DSGVO/GDPR), as recorded by the Kaz (recordDataProtectionAssessment); false until recorded. */
  processesPersonalData: Scalars['Boolean']['output'];
  /** Vergabeverfahren (procurement procedures) run for this project, ordered by number (PLANNED ones only for the scope contracts:write). */
  procurements: Array<ProcurementProcedure>;
  /** Ergebnistransfer (Nachnutzung): the Kommunen outside the project that reuse its result, ordered by date. */
  resultTransfers: Array<ResultTransfer>;
  /** The results of the project offered for reuse, by title (Umsetzungskonzept Kaz, §3). Public. */
  reusableResults: Array<ReusableResult>;
  /** Start of the project (YYYY-MM-DD). */
  startDate: Scalars['String']['output'];
  /** One or two sentences on what the project does (German). */
  summary: Scalars['String']['output'];
  /** Title of the project (German). */
  title: Scalars['String']['output'];
  /** Increases by one with every change of the project; send it back with your next change (optimistic locking). 1 for a new project. */
  version: Scalars['Int']['output'];
  /** The work orders (Arbeitsaufträge) that resulted in this project, ordered by id. Internal: for the Kaz (projects:write) and the lead ministry when it may read work orders (workorders:write; they are its own under rule read.workorder); null with FORBIDDEN (UNAUTHENTICATED without a token) for others. */
  workOrders?: Maybe<Array<WorkOrder>>;
};

/** A page of digitalisation projects. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** The items of this page with their cursors. */
  edges: Array<ProjectEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Project>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of projects in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A project in a page, with its cursor. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Project;
};

/** Narrows the list of projects; all given parts must match. */
export type ProjectFilter = {
  /** Only projects of these kinds. */
  kinds?: InputMaybe<Array<ProjectKind>>;
  /** Only projects led (fachliche Federführung) by this ministry (its organisation key, e.g. "mil"). */
  leadMinistryId?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects this Kommune takes part in (its 12-digit ARS). */
  municipalityArs?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects that implement this OZG-Leistung (its OZG-ID). */
  ozgServiceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects in one of these phases. */
  phases?: InputMaybe<Array<ProjectPhase>>;
  /** Only projects that do (true) or do not (false) process personal data (DSGVO). Every project with a Datenschutz-Folgenabschätzung (DSFA, Art. 35 DSGVO) other than NOT_REQUIRED is among those that do. */
  processesPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only projects with at least one OZG-Leistung of this Themenfeld (exact name). */
  themenfeld?: InputMaybe<Scalars['String']['input']>;
  /** Only projects that run during this calendar year (start on or before 31 December, end on or after 1 January). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Gemischte Projektgruppe: a mixed project group of Ressorts, the LDA and kommunale Praktiker attached to a project (Umsetzungskonzept Kaz, §4). Owned by the Kaz (projects subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type ProjectGroup = {
  __typename?: 'ProjectGroup';
  /** Key of the group, "PG-XXXX-XXXX-XXXX"; it never changes. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The members, in their order. */
  members: Array<ProjectGroupMember>;
  /** Name of the group (German). */
  name: Scalars['String']['output'];
  /** The project the group belongs to. */
  project: Project;
  /** What the group works on (German). */
  purpose: Scalars['String']['output'];
  /** Increases by one with every change of the project group; send it back with your next change (optimistic locking). 1 for a new project group. */
  version: Scalars['Int']['output'];
};

/** A member of a mixed project group (Umsetzungskonzept Kaz, §4): a partner organisation (a Ressort, the LDA, DIKOM …) or a Kommune that sends its practitioners (kommunale Praktiker); exactly one of `organisation` and `municipality` is set. */
export type ProjectGroupMember = {
  __typename?: 'ProjectGroupMember';
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The member when it is a Kommune (kommunale Praktiker); null for an organisation. */
  municipality?: Maybe<Municipality>;
  /** The member when it is a partner organisation; null for a Kommune. */
  organisation?: Maybe<Organisation>;
  /** Its role in the group. */
  role: ProjectGroupMemberRole;
};

/** A member of a mixed project group (Umsetzungskonzept Kaz, §4): give exactly one of organisationId and ars. */
export type ProjectGroupMemberInput = {
  /** ARS (12 digits) of a Kommune that sends its practitioners. */
  ars?: InputMaybe<Scalars['ID']['input']>;
  /** Organisation key of a partner (a Ressort, "lda" …). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Its role in the group. */
  role: ProjectGroupMemberRole;
};

/** The role of a member of a mixed project group (Umsetzungskonzept Kaz, §4). */
export type ProjectGroupMemberRole =
  /** Beratend: advises without a vote (e.g. the LDA on data protection). */
  | 'ADVISORY'
  /** Vorsitz: leads the group. */
  | 'CHAIR'
  /** Mitglied: a member with a say (a Ressort, a Kommune’s practitioners). */
  | 'MEMBER';

/** What kind of digitalisation project this is. */
export type ProjectKind =
  /** Basiskomponente: a shared building block (user account, ePayment, form server, E-Akte, XÖV interfaces). */
  | 'BASIC_COMPONENT'
  /** EfA-Nachnutzung: Kommunen connect to an online service built once for all Länder ("Einer für Alle"). */
  | 'EFA_REUSE'
  /** Infrastruktur: networks, data centres, secure communication for the Kommunen. */
  | 'INFRASTRUCTURE'
  /** OZG-Umsetzung: putting an OZG-Leistung online for Kommunen. */
  | 'OZG_IMPLEMENTATION'
  /** Prozessdigitalisierung: the back office of a service, end to end without media breaks. */
  | 'PROCESS_DIGITISATION';

/** A partner organisation that takes part in a project beyond its coordinator and lead ministry (Umsetzungskonzept Kaz, §4), with its role. Owned by the Kaz (projects subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type ProjectParticipant = {
  __typename?: 'ProjectParticipant';
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The organisation (e.g. DIKOM, the ZIT-BB, a ministry). */
  organisation: Organisation;
  /** How it takes part. */
  role: ProjectParticipantRole;
};

/** A partner organisation taking part in a project, with its role (Umsetzungskonzept Kaz, §4). */
export type ProjectParticipantInput = {
  /** Organisation key, e.g. "dikom". */
  organisationId: Scalars['ID']['input'];
  /** How it takes part. */
  role: ProjectParticipantRole;
};

/** How a partner organisation takes part in a project (Umsetzungskonzept Kaz, §4). */
export type ProjectParticipantRole =
  /** Betreiber: runs the result in operation (e.g. the ZIT-BB or DIKOM). */
  | 'OPERATOR'
  /** Beteiligt: takes part in the work (e.g. DIKOM for its member Gemeinden). */
  | 'PARTICIPANT'
  /** Förderer/Auftraggeber: funds or commissions the project, without leading it. */
  | 'SPONSOR';

/** Where a digitalisation project stands. */
export type ProjectPhase =
  /** Abgeschlossen: finished and handed over to regular operation. */
  | 'DONE'
  /** In Umsetzung: analysis, procurement or development under way. */
  | 'IN_PROGRESS'
  /** Pilotbetrieb: the result runs in the first (pilot) Kommunen. */
  | 'PILOT'
  /** Geplant: commissioned, work has not started. */
  | 'PLANNED'
  /** Rollout: the result is being rolled out to further Kommunen. */
  | 'ROLLOUT'
  /** Abgebrochen: stopped before it was finished. */
  | 'STOPPED';

/** How many projects are in one phase. */
export type ProjectPhaseCount = {
  __typename?: 'ProjectPhaseCount';
  /** The phase. */
  phase: ProjectPhase;
  /** The number of projects in this phase (0 or more). */
  projectCount: Scalars['Int']['output'];
};

/** Numbers about all digitalisation projects for dashboards, counted in the database. Each list costs one statement, and only when it is asked for. */
export type ProjectStatistics = {
  __typename?: 'ProjectStatistics';
  /** The budget of all projects summed per year and funding source, ordered by year, then source. Internal (read.project.internal): only for the Kaz (projects:write), which sees every budget; null with FORBIDDEN (UNAUTHENTICATED without a token) for others. */
  budgetByYearAndSource?: Maybe<Array<BudgetSum>>;
  /** Per Landkreis or kreisfreie Stadt, the projects and participating Kommunen there, ordered by the ARS of the district. Districts without any participating Kommune are ABSENT (not listed with zero). */
  byDistrict: Array<DistrictProjectCount>;
  /** The number of projects per phase: every phase, zero counts included, in lifecycle order. */
  byPhase: Array<ProjectPhaseCount>;
  /** The number of projects per Themenfeld of the OZG-Umsetzungskatalog: every Themenfeld, zero counts included, ordered by name (code point order). A project with Leistungen of several Themenfelder counts in each. */
  byThemenfeld: Array<ThemenfeldProjectCount>;
  /** Per Landkreis or kreisfreie Stadt, how many OZG-Leistungen its projects cover, ordered by the ARS of the district. Districts without any participating Kommune are ABSENT (not listed with zero). */
  ozgCoverage: Array<OzgCoverage>;
};

/** Muster-Projektstruktur: a template project structure the Kaz offers Kommunen and ministries (Umsetzungskonzept Kaz, §4.2), with its phases, standard milestones, roles (Auftraggeber, Lenkungsausschuss, Projektleitung, Teilprojekte …) and standard deliverables (Projektauftrag, Projekthandbuch …). `createProjectFromTemplate` starts a project with its milestones. Owned by the Kaz (projects subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type ProjectTemplate = {
  __typename?: 'ProjectTemplate';
  /** The standard deliverables (Projektauftrag, Projekthandbuch …) (Umsetzungskonzept Kaz, §4.2). */
  deliverables: Array<ProjectTemplateItem>;
  /** What projects the template is for (German). */
  description: Scalars['String']['output'];
  /** Key of the template, e.g. "ozg-umsetzung". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The kind of project the template is for; a project created from it has this kind. */
  kind: ProjectKind;
  /** The standard milestones in order (Umsetzungskonzept Kaz, §4.2). */
  milestones: Array<ProjectTemplateMilestone>;
  /** Name of the template (German). */
  name: Scalars['String']['output'];
  /** The phases (Projektphasen) in order (Umsetzungskonzept Kaz, §4.2). */
  phases: Array<ProjectTemplateItem>;
  /** The roles of the project organisation (Auftraggeber, Lenkungsausschuss, Projektleitung, Teilprojekte …) (Umsetzungskonzept Kaz, §4.2). */
  roles: Array<ProjectTemplateItem>;
  /** How long a project of this kind typically runs, in days (a planning aid). */
  typicalDurationDays: Scalars['Int']['output'];
};

/** A phase, role or standard deliverable of a Muster-Projektstruktur (project template) (Umsetzungskonzept Kaz, §4.2). */
export type ProjectTemplateItem = {
  __typename?: 'ProjectTemplateItem';
  /** What it is or does (German). */
  description?: Maybe<Scalars['String']['output']>;
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Order within its section of the template, from 1. */
  position: Scalars['Int']['output'];
  /** Name (German), e.g. the phase "Pilotierung", the role "Lenkungsausschuss", the deliverable "Projekthandbuch". */
  title: Scalars['String']['output'];
};

/** A standard milestone (Meilenstein) of a Muster-Projektstruktur (Umsetzungskonzept Kaz, §4.2): a project created from the template gets it, due at its share of the project’s duration. */
export type ProjectTemplateMilestone = {
  __typename?: 'ProjectTemplateMilestone';
  /** When it is due, as a share (0–100 %) of the time from the project’s start to its planned end. */
  atPercent: Scalars['Int']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Order of the milestone, from 1. */
  position: Scalars['Int']['output'];
  /** What the milestone marks (German), e.g. "Projektauftrag erteilt". */
  title: Scalars['String']['output'];
};

/** A new advisory (Warnmeldung) of CERT-Brandenburg; it is public (TLP:CLEAR) once published. */
export type PublishAdvisoryInput = {
  /** The products the advisory affects, 1 to 20, none twice. */
  affectedProducts: Array<AdvisoryProductInput>;
  /** The CVE ids, e.g. "CVE-2026-12345", none twice, at most 50; empty while none is assigned. */
  cveIds: Array<Scalars['String']['input']>;
  /** How serious the vulnerability is. */
  severity: AdvisorySeverity;
  /** Short title (German), at most 200 characters. */
  title: Scalars['String']['input'];
};

/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type Query = {
  __typename?: 'Query';
  /** The advisories of CERT-Brandenburg, newest first (publishedAt descending, then reference). Public. */
  advisories?: Maybe<AdvisoryConnection>;
  /** One advisory of CERT-Brandenburg by its reference, e.g. "CERT-BB-ADV-2026-0007"; null for an unknown one. Public. A malformed reference is BAD_USER_INPUT. */
  advisory?: Maybe<Advisory>;
  /** One certificate by its number; null when there is none. Needs the scope contracts:write or security:read, or a Kommune token for a certificate that Kommune holds; FORBIDDEN otherwise. */
  certificate?: Maybe<Certificate>;
  /** Certificates, soonest expiry first (then by number), a page at a time. With `expiringWithinDays`, only those still valid on `asOf` whose validTo lies at most that many days after it ("which expire in the next 60 days"). Needs the scope contracts:write or security:read (a Kommune finds its own under Municipality.certificates); null with FORBIDDEN otherwise. */
  certificates?: Maybe<CertificateConnection>;
  /** One committee by its key; null when there is none with that key. */
  committee?: Maybe<Committee>;
  /** All committees, ordered by kind (IT-Rat, IT-Planungsrat, steering groups, project groups), then id. */
  committees?: Maybe<Array<Committee>>;
  /** The append-only audit log of the contracts subgraph: every change of procurement procedures, framework contracts, licences, licence allocations and certificates, newest first. An entry's before and after are redacted when the reader may not read the entity itself (a PLANNED procedure, a licence or certificate). Needs the scope audit:read; null with an error without it. */
  contractsAuditLog?: Maybe<AuditEntryConnection>;
  /** Auftragsverarbeitungen (Art. 28 DSGVO): the licences whose vendor processes personal data on the Kommunen's behalf, ordered by vendor, product and licence number, a page at a time. For the Kaz (contracts:write) and the LDA (audit:read); null with FORBIDDEN otherwise. */
  dataProcessings?: Maybe<DataProcessingConnection>;
  /** What is due for the caller (Fristen): everything overdue and everything due within `withinDays` after `asOf`, one list per kind, each added by the partner that owns it: certificates and frameworkContracts (contracts, Kaz), ldaNotifications and securityConceptReviews (security, CERT-Brandenburg), workOrders and milestones (projects, Kaz). Each list follows the access rules of the query it mirrors; one the caller may not read is null with FORBIDDEN. Needs a token (null with UNAUTHENTICATED otherwise). The organisations subgraph (Kaz) owns this entry point. */
  deadlines?: Maybe<Deadlines>;
  /** One decision by its key; null when there is none with that key. */
  decision?: Maybe<Decision>;
  /** Decisions of all committees or of one, ordered by date, then id, a page at a time. */
  decisions?: Maybe<DecisionConnection>;
  /** Membership periods in the Zweckverband DIKOM, ordered by start, then ARS, a page at a time. With `activeOn` only the Kommunen that were members on that day; without it every period, ended ones included (a Kommune that left and joined again appears once per period). */
  dikomMembers?: Maybe<DikomMembershipConnection>;
  /** The bodies outside Brandenburg the Kaz cooperates with (Umsetzungskonzept Kaz, §3), ordered by the start of the cooperation, then key, a page at a time. Public (rule read.reference). */
  externalBodies?: Maybe<ExternalBodyConnection>;
  /** One body outside Brandenburg by its key; null when there is none with that key. Public. */
  externalBody?: Maybe<ExternalBody>;
  /** One Rahmenvertrag by its number; null when there is none. */
  frameworkContract?: Maybe<FrameworkContract>;
  /** Rahmenverträge matching the filters, ordered by number, a page at a time. */
  frameworkContracts?: Maybe<FrameworkContractConnection>;
  /** One security incident by its reference, e.g. "CERT-BB-7QK3-M9XA-2DHF" or "CERT-BB-2025-0042". Null for an unknown one and for one the request may not see; a malformed reference is BAD_USER_INPUT. */
  incident?: Maybe<SecurityIncident>;
  /** Security incidents per calendar month (Europe/Berlin) and severity, counting only those the request may see (TLP: anonymous requests count TLP:CLEAR only); ordered by month, then severity from LOW to CRITICAL. Months and severities without visible incidents are left out. One SQL statement. */
  incidentStatistics?: Maybe<Array<IncidentMonthStatistics>>;
  /** Open and resolved security incidents and overdue LDA notifications, counting only the incidents the request may see (TLP). One SQL statement. */
  incidentTotals?: Maybe<IncidentTotals>;
  /** The security incidents the request may see that match the filter, newest first (detectedAt descending, then id). */
  incidents?: Maybe<SecurityIncidentConnection>;
  /** Incidents the request may see whose notification to the LDA (data protection authority, GDPR Art. 33) was outstanding at `asOf`: personal data involved, detected by then and not notified by then — still within the 72 hours or already overdue. Ordered by deadline, earliest first. */
  ldaNotificationsDue?: Maybe<Array<SecurityIncident>>;
  /** Handovers of the fachliche Federführung of projects between ministries, ordered by day, then project, a page at a time; e.g. which projects the MdJD took over from the MIK in 2025. Public, like `Project.leadMinistry`. */
  leadMinistryHandovers: LeadMinistryHandoverConnection;
  /** One licence by its number; null when there is none, and for a Kommune also when none of its seats are allocated to that Kommune (the same answer). Needs the scope contracts:write or a Kommune token; FORBIDDEN otherwise. */
  licence?: Maybe<Licence>;
  /** Licence figures per district (Landkreis or kreisfreie Stadt) that has allocations, ordered by district ARS; one SQL statement. Needs the scope contracts:write (rule read.licence); null with UNAUTHENTICATED or FORBIDDEN otherwise. */
  licenceStatistics?: Maybe<Array<LicenceDistrictStatistics>>;
  /** Seats, allocated seats and annual cost over all licences; one SQL statement. Needs the scope contracts:write (rule read.licence); null with UNAUTHENTICATED or FORBIDDEN otherwise. */
  licenceTotals?: Maybe<LicenceTotals>;
  /** Licences matching the filter (all without one), ordered by number, a page at a time. Needs the scope contracts:write (a Kommune finds its own licences under Municipality.licences); null with FORBIDDEN otherwise. */
  licences?: Maybe<LicenceConnection>;
  /** Kommunen matching the filter, ordered by ARS, a page at a time; current ones only unless `includeDissolved` (`totalCount` counts the same). */
  municipalities?: Maybe<MunicipalityConnection>;
  /** One Kommune by its ARS or its AGS (give exactly one). A malformed key is BAD_USER_INPUT; an unknown one gives null. A Kommune that was dissolved or merged still resolves, with `dissolvedOn` and its `successor`; by AGS, the current Gemeinde with that AGS comes first. */
  municipality?: Maybe<Municipality>;
  /** One partner organisation by its key; null when there is none with that key. */
  organisation?: Maybe<Organisation>;
  /** All partner organisations, or those of one kind, ordered by kind (in the order the OrganisationKind enum declares them) and then by name. */
  organisations?: Maybe<Array<Organisation>>;
  /** The append-only audit log of the organisations subgraph (committee decisions, DIKOM memberships, Arbeitsprogramme, recommendations and contacts of Kommunen), newest first. Needs the scope audit:read; null with an error without it. */
  organisationsAuditLog?: Maybe<AuditEntryConnection>;
  /** Coverage of the OZG rollout: rollout records per status, grouped by Landkreis and/or Themenfeld, ordered by Landkreis ARS, then Themenfeld (Umsetzungskonzept Kaz, §3). Public, like the OZG dashboards. */
  ozgRolloutCoverage: Array<OzgRolloutCoverage>;
  /** One OZG-Leistung by its OZG-ID. A malformed OZG-ID is BAD_USER_INPUT; an unknown one gives null. */
  ozgService?: Maybe<OzgService>;
  /** OZG-Leistungen matching the filter, ordered by OZG-ID, a page at a time. */
  ozgServices?: Maybe<OzgServiceConnection>;
  /** One Vergabeverfahren by its number; null when there is none, and for a PLANNED (unpublished) one unless the caller has the scope contracts:write (the same answer). */
  procurementProcedure?: Maybe<ProcurementProcedure>;
  /** Vergabeverfahren, optionally only those in one status, ordered by number, a page at a time. PLANNED (unpublished) ones are listed and counted only for the scope contracts:write. */
  procurementProcedures?: Maybe<ProcurementProcedureConnection>;
  /** Vergabehilfen (procurement templates) of the Kaz, optionally only those in one status, ordered by number, a page at a time. Public (Umsetzungskonzept Kaz, §3). */
  procurementTemplates: ProcurementTemplateConnection;
  /** How much money went into the Kaz programme’s projects each budget year, by funding source, against the concept’s target of at least 1 Mio. Euro Land money a year (Umsetzungskonzept Kaz, §6); every year of the range, oldest first. Rule read.funding.totals: for the Kaz (projects:write) and every ministry (Ressort); null with FORBIDDEN (UNAUTHENTICATED without a token) for others. */
  programmeFunding?: Maybe<Array<ProgrammeFundingYear>>;
  /** One project by its id. A malformed id is BAD_USER_INPUT; an unknown one gives null. */
  project?: Maybe<Project>;
  /** One mixed project group by key (Umsetzungskonzept Kaz, §4); null for an unknown key. Public. */
  projectGroup?: Maybe<ProjectGroup>;
  /** Numbers about all digitalisation projects for dashboards (per phase, district, Themenfeld; OZG coverage; budget sums), counted in the database. */
  projectStatistics?: Maybe<ProjectStatistics>;
  /** One project template by key (Umsetzungskonzept Kaz, §4.2); null for an unknown key. Public. */
  projectTemplate?: Maybe<ProjectTemplate>;
  /** The Muster-Projektstruktur: every project template the Kaz offers, ordered by id (Umsetzungskonzept Kaz, §4.2). Public. */
  projectTemplates: Array<ProjectTemplate>;
  /** Projects matching the filter, ordered by id, a page at a time. */
  projects?: Maybe<ProjectConnection>;
  /** The audit log of the projects subgraph: every accepted change of a project or work order (who, when, which operation, before and after), newest first. A work order's before and after are redacted unless the reader may read the work order itself. Needs the scope audit:read; null with an error without it. */
  projectsAuditLog?: Maybe<AuditEntryConnection>;
  /** One standardisation recommendation by its key; null when there is none. Public (rule read.recommendation). */
  recommendation?: Maybe<Recommendation>;
  /** Standardisation recommendations of the Kaz (Umsetzungskonzept Kaz, §3), all or of one status, ordered by key, a page at a time. Public (rule read.recommendation). */
  recommendations?: Maybe<RecommendationConnection>;
  /** Every period of responsibility, or those of one area, ordered by area (in the order the ResponsibilityArea enum declares them), then start. */
  responsibilities?: Maybe<Array<Responsibility>>;
  /** The organisation responsible for an area on a day; null when nobody held the area then (before the first recorded period). A malformed date is BAD_USER_INPUT. */
  responsibleFor?: Maybe<Organisation>;
  /** One reusable result by key (Umsetzungskonzept Kaz, §3); null for an unknown key. Public. */
  reusableResult?: Maybe<ReusableResult>;
  /** Every result offered for reuse (Nachnutzung), newest first, with its terms and contact (Umsetzungskonzept Kaz, §3). Public: any Kommune may look for results to reuse. */
  reusableResults: ReusableResultConnection;
  /** The append-only audit log of the security subgraph: every reported incident, status change, LDA notification, saved IT-Sicherheitskonzept and published advisory, newest first. An entry's before and after are redacted when the reader may not read the incident (TLP) or concept itself. Needs the scope audit:read; null with an error without it. */
  securityAuditLog?: Maybe<AuditEntryConnection>;
  /** One IT-Sicherheitskonzept by its key "ISK-<ars>". Only for CERT-Brandenburg (scope security:read), for the Kommune itself and for the Amt (Verbandsgemeinde, Mitverwaltung) of a Gemeinde (UNAUTHENTICATED without a token, FORBIDDEN for any other role, whether the concept exists or not). Null for an unknown one, and for a Kommune also for another Kommune's (the same answer); a malformed key is BAD_USER_INPUT. */
  securityConcept?: Maybe<SecurityConcept>;
  /** Which Kommunen have no IT-Sicherheitskonzept or one overdue for review (Umsetzungskonzept Kaz, §3), with figures. Only for the Kaz and CERT-Brandenburg (scope security:read): UNAUTHENTICATED without a token, FORBIDDEN otherwise. */
  securityConceptCoverage?: Maybe<SecurityConceptCoverage>;
  /** IT-Sicherheitskonzepte matching the arguments, ordered by review date (earliest first, drafts last), then id. Only for CERT-Brandenburg (scope security:read): UNAUTHENTICATED without a token, FORBIDDEN otherwise (the field is then null); a Kommune reads its own concept through its securityPosture. */
  securityConcepts?: Maybe<SecurityConceptConnection>;
  /** One support request by its key. Rule read.supportrequest: the Kaz (projects:write) reads every request, a Kommune its own; another Kommune’s request answers null, as an unknown key does. FORBIDDEN for other principals, UNAUTHENTICATED without a token. */
  supportRequest?: Maybe<SupportRequest>;
  /** Support requests of Kommunen (Umsetzungskonzept Kaz, §2.1), oldest first, a page at a time: every request for the Kaz (projects:write), its own for a Kommune. FORBIDDEN for other principals, UNAUTHENTICATED without a token. */
  supportRequests?: Maybe<SupportRequestConnection>;
  /** The distinct Themenfelder (OZG subject areas) of all OZG-Leistungen, sorted. */
  themenfelder?: Maybe<Array<Scalars['String']['output']>>;
  /** One work order by its id. A malformed id is BAD_USER_INPUT; an unknown one gives null, and so does one the caller may not read (a ministry reads the orders it issued and those of projects it leads). Needs the scope projects:write or workorders:write (FORBIDDEN otherwise, UNAUTHENTICATED without a token). */
  workOrder?: Maybe<WorkOrder>;
  /** Work orders, optionally of one status, ordered by id, a page at a time: every one for the Kaz (projects:write), for a ministry (workorders:write) those it issued and those of projects it leads (totalCount counts only these). Null with FORBIDDEN for anyone else (UNAUTHENTICATED without a token). */
  workOrders?: Maybe<WorkOrderConnection>;
  /** The Arbeitsprogramm of a year (Umsetzungskonzept Kaz, §4.1); null when none was agreed for it. Public, like committees and their decisions (rule read.workprogramme). */
  workProgramme?: Maybe<WorkProgramme>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryAdvisoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryAdvisoryArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryCertificateArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryCommitteeArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryContractsAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryDataProcessingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  withoutAgreement?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryDeadlinesArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  withinDays?: Scalars['Int']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryDecisionArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryDikomMembersArgs = {
  activeOn?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryExternalBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ExternalBodyKind>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryExternalBodyArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryFrameworkContractArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryFrameworkContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  expiringBefore?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  vendor?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryIncidentArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryIncidentStatisticsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryLdaNotificationsDueArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryLeadMinistryHandoversArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromMinistryId?: InputMaybe<Scalars['ID']['input']>;
  toMinistryId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryLicenceArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryLicencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LicenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryMunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MunicipalityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDissolved?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryMunicipalityArgs = {
  ags?: InputMaybe<Scalars['String']['input']>;
  ars?: InputMaybe<Scalars['ID']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryOrganisationsArgs = {
  kind?: InputMaybe<OrganisationKind>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryOrganisationsAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryOzgRolloutCoverageArgs = {
  by: OzgCoverageGrouping;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryOzgServiceArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryOzgServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OzgServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryProcurementProcedureArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryProcurementProceduresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProcurementStatus>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryProcurementTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProcurementTemplateStatus>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryProgrammeFundingArgs = {
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryProjectGroupArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryProjectTemplateArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryProjectsAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryRecommendationArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecommendationStatus>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryResponsibilitiesArgs = {
  area?: InputMaybe<ResponsibilityArea>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryResponsibleForArgs = {
  area: ResponsibilityArea;
  on?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryReusableResultArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryReusableResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QuerySecurityAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QuerySecurityConceptArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QuerySecurityConceptCoverageArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QuerySecurityConceptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reviewDueBefore?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SecurityConceptStatus>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QuerySupportRequestArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QuerySupportRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityArs?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SupportRequestStatus>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryWorkOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WorkOrderStatus>;
};


/** The entry points of the Kaz federation hub: one graph over the data of the partners who digitise public administration in Brandenburg (municipalities, organisations, projects, contracts, security). Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered. */
export type QueryWorkProgrammeArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A standardisation recommendation (Standardisierungsempfehlung) of the Kaz for the Kommunen, e.g. a common standard for an interface or a procedure (Umsetzungskonzept Kaz, §3): drafted by the Kaz, adopted by a committee decision, applied by Kommunen. Owned by the Kaz (organisations subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** Day it was adopted (YYYY-MM-DD), the day of `decision`; null while it is a draft. */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  /** The Kommunen that apply it, ordered by the day they began, then ARS, a page at a time. */
  applications: RecommendationApplicationConnection;
  /** The committee decision that adopted it; null while it is a draft (or withdrawn as one). */
  decision?: Maybe<Decision>;
  /** Key, "empf-<year>-<n>" (year recorded), e.g. "empf-2025-1". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** DRAFT, ADOPTED or WITHDRAWN. */
  status: RecommendationStatus;
  /** What it standardises (Gegenstand), in German, e.g. "Schnittstelle XBau". */
  subject: Scalars['String']['output'];
  /** Title of the recommendation, in German. */
  title: Scalars['String']['output'];
  /** Increases by one with every change of the recommendation; send it back with your next change (optimistic locking). 1 for a new recommendation. */
  version: Scalars['Int']['output'];
  /** Why it was withdrawn, in German; null when none was given. */
  withdrawalNote?: Maybe<Scalars['String']['output']>;
  /** Day it was withdrawn (YYYY-MM-DD); null unless WITHDRAWN. */
  withdrawnOn?: Maybe<Scalars['String']['output']>;
};


/** A standardisation recommendation (Standardisierungsempfehlung) of the Kaz for the Kommunen, e.g. a common standard for an interface or a procedure (Umsetzungskonzept Kaz, §3): drafted by the Kaz, adopted by a committee decision, applied by Kommunen. Owned by the Kaz (organisations subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type RecommendationApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A Kommune that applies a standardisation recommendation (Umsetzungskonzept Kaz, §3), since a day. Recorded by the Kommune itself or the Kaz; owned by the Kaz (organisations subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type RecommendationApplication = {
  __typename?: 'RecommendationApplication';
  /** Day it began applying it (YYYY-MM-DD). */
  appliedSince: Scalars['String']['output'];
  /** Recommendation key and ARS joined by "/", e.g. "empf-2025-1/120540000000". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The Kommune that applies it. */
  municipality: Municipality;
  /** The recommendation applied. */
  recommendation: Recommendation;
  /** Increases by one with every change of the application; send it back with your next change (optimistic locking). 1 for a new application. */
  version: Scalars['Int']['output'];
};

/** A page of the Kommunen that apply a standardisation recommendation. */
export type RecommendationApplicationConnection = {
  __typename?: 'RecommendationApplicationConnection';
  /** The items of this page with their cursors. */
  edges: Array<RecommendationApplicationEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<RecommendationApplication>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of applications in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An application in a page, with its cursor. */
export type RecommendationApplicationEdge = {
  __typename?: 'RecommendationApplicationEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: RecommendationApplication;
};

/** A page of standardisation recommendations (Standardisierungsempfehlungen). */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  /** The items of this page with their cursors. */
  edges: Array<RecommendationEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Recommendation>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of recommendations in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A recommendation in a page, with its cursor. */
export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Recommendation;
};

/** Where a standardisation recommendation (Standardisierungsempfehlung) stands. */
export type RecommendationStatus =
  /** Beschlossen: adopted by a committee decision (`decision`, `adoptedOn`). */
  | 'ADOPTED'
  /** Entwurf: prepared by the Kaz, not yet adopted by a committee. */
  | 'DRAFT'
  /** Zurückgezogen: no longer recommended (`withdrawnOn`). */
  | 'WITHDRAWN';

/** The data protection of a project as the Kaz assesses it: whether it processes personal data, and where its Datenschutz-Folgenabschätzung (DSFA, data protection impact assessment, Art. 35 DSGVO) stands. All three replace the stored values. */
export type RecordDataProtectionAssessmentInput = {
  /** The day the DSFA was completed (YYYY-MM-DD): required with COMPLETED, not allowed otherwise; not in the future and not before the project’s start. */
  completedOn?: InputMaybe<Scalars['String']['input']>;
  /** Key of the project, e.g. "KAZ-2021-01". */
  id: Scalars['ID']['input'];
  /** Whether the project processes personal data (personenbezogene Daten, DSGVO). */
  processesPersonalData: Scalars['Boolean']['input'];
  /** Where the DSFA stands; NOT_REQUIRED when the project processes no personal data. */
  status: DpiaStatus;
  /** The `version` of the project you last read; CONFLICT when the project has changed since. */
  version: Scalars['Int']['input'];
};

/** Whether the persons affected by a personal data breach were informed (GDPR Art. 34), when, or why not. */
export type RecordDataSubjectCommunicationInput = {
  /** The Art. 34(3) exemption, required when not `informed`, else empty. */
  exemption?: InputMaybe<DataSubjectExemption>;
  /** Reference of the incident, e.g. "CERT-BB-7QK3-M9XA-2DHF". */
  id: Scalars['ID']['input'];
  /** True when the persons affected were informed. */
  informed: Scalars['Boolean']['input'];
  /** Date they were informed (YYYY-MM-DD), required when `informed`, else empty: not before the day of detection (UTC), not in the future. */
  informedOn?: InputMaybe<Scalars['String']['input']>;
  /** How they were informed, or more on the exemption; at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The `version` of the incident you last read; CONFLICT when the incident has changed since. */
  version: Scalars['Int']['input'];
};

/** A decision (Beschluss) a committee has taken, to be recorded in the hub. */
export type RecordDecisionInput = {
  /** Key of the committee that decided, e.g. "it-rat". */
  committeeId: Scalars['ID']['input'];
  /** Date of the decision (YYYY-MM-DD), not in the future. Its year is the year in the new id. */
  decidedOn: Scalars['String']['input'];
  /** Reference as the committee writes it, e.g. "Beschluss 2026/1": not empty, at most 100 characters, unique within the committee. */
  reference: Scalars['String']['input'];
  /** Wording of the decision (Beschlusstext) in German: not empty, at most 20000 characters. */
  text: Scalars['String']['input'];
  /** Short title (Betreff) in German: not empty, at most 300 characters. */
  title: Scalars['String']['input'];
};

/** A Kommune that joins the Zweckverband DIKOM. */
export type RecordDikomMembershipInput = {
  /** First day of the membership (YYYY-MM-DD): not before 2020-04-09 (the founding of DIKOM), not in the future, and after the last day of the Kommune’s previous membership, if any. */
  memberSince: Scalars['String']['input'];
  /** ARS (12 digits) of the joining Kommune: a Gemeinde, Stadt or Amt of Brandenburg (the gemeindliche Ebene; a Landkreis is refused with BAD_USER_INPUT). It must not be a member already; after leaving it can join again with a new period. */
  municipalityArs: Scalars['ID']['input'];
};

/** A body outside Brandenburg the Kaz cooperates with (Umsetzungskonzept Kaz, §3): a new one, or a change of one recorded before (with `version`). */
export type RecordExternalBodyInput = {
  /** First day of the cooperation (YYYY-MM-DD), not in the future. */
  cooperatingSince: Scalars['String']['input'];
  /** What the Kaz and the body cooperate on, in German: not empty, at most 2000 characters. */
  cooperationSubject: Scalars['String']['input'];
  /** Key of the body: lower-case letters, digits and hyphens, 2 to 60 characters, e.g. "fitko". */
  id: Scalars['ID']['input'];
  /** What kind of body it is. */
  kind: ExternalBodyKind;
  /** The Land it belongs to, e.g. "Sachsen"; omitted for a body of the Bund or of Bund and Länder. */
  land?: InputMaybe<Scalars['String']['input']>;
  /** Name of the body: not empty, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Short name, e.g. "FITKO"; omitted when it has none. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Omitted for a new body (CONFLICT when the key is taken). For a change, the version of the body as last read (CONFLICT when stale, NOT_FOUND when there is no body with this key). */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** The body’s website: an https address, at most 300 characters. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Records that the LDA (data protection authority) was notified of an incident with personal data. */
export type RecordLdaNotificationInput = {
  /** Reference of the incident, e.g. "CERT-BB-7QK3-M9XA-2DHF" (or an older "CERT-BB-2025-0042"). */
  id: Scalars['ID']['input'];
  /** Why the notification came later than 72 hours after detection (GDPR Art. 33(1)): required when `notifiedAt` is after `ldaNotificationDueAt`, else empty; 1 to 2000 characters. */
  lateReason?: InputMaybe<Scalars['String']['input']>;
  /** When the LDA was notified: an ISO 8601 timestamp with a zone; not before `detectedAt`, not in the future. */
  notifiedAt: Scalars['String']['input'];
  /** The `version` of the incident you last read; CONFLICT when the incident has changed since. */
  version: Scalars['Int']['input'];
};

/** The rollout status of one OZG-Leistung at one Kommune (Umsetzungskonzept Kaz, §3). */
export type RecordOzgRolloutInput = {
  /** The Land that built the "Einer für Alle" service reused here; null when not known or none. */
  efaSource?: InputMaybe<Land>;
  /** ARS (12 digits) of the Kommune that delivers the Leistung; not an amtsangehörige Gemeinde (its Amt delivers). */
  municipalityArs: Scalars['ID']['input'];
  /** The day it went online (YYYY-MM-DD, not in the future); required exactly when status is ONLINE. */
  onlineSince?: InputMaybe<Scalars['String']['input']>;
  /** OZG-ID of the Leistung, 5 digits, e.g. "10092". */
  ozgServiceId: Scalars['ID']['input'];
  /** How far the rollout got. */
  status: OzgRolloutStatus;
  /** The `version` of the record you last read; leave it out for a new record. CONFLICT when it does not match the stored record (or a record exists already and none was given). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether a licence's vendor processes personal data on the Kommunen's behalf and when the Auftragsverarbeitungsvertrag (Art. 28 DSGVO) was signed. */
export type RecordProcessorAgreementInput = {
  /** Licence number, e.g. "LIZ-0012". */
  licenceId: Scalars['ID']['input'];
  /** Whether the vendor processes personal data on the Kommunen's behalf. */
  processesPersonalData: Scalars['Boolean']['input'];
  /** The day the Auftragsverarbeitungsvertrag was signed, YYYY-MM-DD, not in the future; only when processesPersonalData is true; null or left out: none (yet). */
  processorAgreementOn?: InputMaybe<Scalars['String']['input']>;
  /** The `version` of the licence you last read; CONFLICT when the licence has changed since. */
  version: Scalars['Int']['input'];
};

/** That a Kommune uses a Vergabehilfe, and since when. */
export type RecordProcurementTemplateUseInput = {
  /** ARS of the Kommune that uses it: the caller's own. */
  municipalityArs: Scalars['ID']['input'];
  /** Date from which it uses the template, YYYY-MM-DD. */
  since: Scalars['String']['input'];
  /** Number of the Vergabehilfe, e.g. "VH-2024-001". */
  templateId: Scalars['ID']['input'];
};

/** That a Kommune applies an adopted recommendation, since a day. */
export type RecordRecommendationApplicationInput = {
  /** Day it began applying it (YYYY-MM-DD): not in the future, not before the adoption; default today. */
  appliedSince?: InputMaybe<Scalars['String']['input']>;
  /** ARS of the Kommune (12 digits); a Kommune’s token may name only itself. */
  municipalityArs: Scalars['ID']['input'];
  /** Key of the recommendation: ADOPTED. */
  recommendationId: Scalars['ID']['input'];
};

/** A new standardisation recommendation (Umsetzungskonzept Kaz, §3), recorded as a DRAFT. */
export type RecordRecommendationInput = {
  /** What it standardises (Gegenstand), in German: not empty, at most 2000 characters. */
  subject: Scalars['String']['input'];
  /** Title in German: not empty, at most 300 characters. */
  title: Scalars['String']['input'];
};

/** A result of a project offered for reuse (Nachnutzung, Umsetzungskonzept Kaz, §3). */
export type RecordReusableResultInput = {
  /** Since when it can be reused (YYYY-MM-DD), not before the project’s start. */
  availableSince: Scalars['String']['input'];
  /** A functional mailbox (Funktionspostfach) to contact, e.g. "nachnutzung@kaz.example"; no personal address. */
  contactMailbox: Scalars['String']['input'];
  /** What it does, 1 to 2000 characters. */
  description: Scalars['String']['input'];
  /** Licence or basis of reuse, e.g. "EUPL-1.2" or "Nachnutzungsvereinbarung"; 1 to 100 characters. */
  licence: Scalars['String']['input'];
  /** Key of the project that produced it. */
  projectId: Scalars['ID']['input'];
  /** Terms of reuse (German), 1 to 2000 characters. */
  terms: Scalars['String']['input'];
  /** What the result is (German), 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** The Arbeitsprogramm of a year as the Steuerungsgremium agreed it (Umsetzungskonzept Kaz, §4.1). */
export type RecordWorkProgrammeInput = {
  /** Day it was agreed (YYYY-MM-DD): not in the future, in the year before its year or in its year. */
  agreedOn: Scalars['String']['input'];
  /** Key of the committee that agreed it, e.g. "steuerungsgremium". */
  committeeId: Scalars['ID']['input'];
  /** Key of the committee’s decision that agreed it, e.g. "sg-2025-1": a decision of that committee, taken on `agreedOn`; optional. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** The items, in their order: 1 to 200. Each starts PLANNED with progress 0. */
  items: Array<WorkProgrammeItemInput>;
  /** Title, in German: not empty, at most 300 characters. */
  title: Scalars['String']['input'];
  /** The year it is for, from 2021 (the Kaz’s first year). */
  year: Scalars['Int']['input'];
};

/** Which allocation to give back, with the version last seen of it. */
export type ReleaseLicenceAllocationInput = {
  /** Licence number, e.g. "LIZ-0001". */
  licenceId: Scalars['ID']['input'];
  /** ARS of the Kommune whose seats are released. */
  municipalityArs: Scalars['ID']['input'];
  /** The `version` of the allocation you last read; CONFLICT when the allocation has changed since. */
  version: Scalars['Int']['input'];
};

/** A renewal (Verlängerung): the CA issued the certificate again with a later end and a new serial number. */
export type RenewCertificateInput = {
  /** Number of the certificate, e.g. "CERT-0001". */
  id: Scalars['ID']['input'];
  /** The serial number of the renewed certificate, upper-case hex bytes joined by ":"; used by no certificate yet. */
  serialNumber: Scalars['String']['input'];
  /** The new last day of validity, YYYY-MM-DD; after the current one. */
  validTo: Scalars['String']['input'];
  /** The `version` of the certificate you last read; CONFLICT when the certificate has changed since. */
  version: Scalars['Int']['input'];
};

/** A new Sicherheitsvorfall (security incident), reported by CERT-Brandenburg or by the affected Kommune itself. */
export type ReportIncidentInput = {
  /** The Kommunen affected (12-digit ARS of real Kommunen, Landkreise and Ämter included), at least one, none twice. A Kommune reporting itself may only name its own ARS. */
  affectedMunicipalityArs: Array<Scalars['ID']['input']>;
  /** What kind of incident this is. */
  category: SecurityIncidentCategory;
  /** When the incident was detected: an ISO 8601 timestamp with a zone, e.g. "2025-03-31T14:00:00Z"; not in the future. Starts the 72-hour LDA deadline. */
  detectedAt: Scalars['String']['input'];
  /** True when personal data is affected; then the LDA must be notified within 72 hours (GDPR Art. 33). */
  personalDataInvolved: Scalars['Boolean']['input'];
  /** Named recipients who may see the incident whatever its marking: organisation keys (e.g. "lda") or Kommune ARS, none twice. Default: none. */
  recipients?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How serious the incident is. */
  severity: SecurityIncidentSeverity;
  /** Short title (German), e.g. naming the affected Kommune(n); 1 to 200 characters. */
  title: Scalars['String']['input'];
  /** TLP 2.0 marking: decides who may see the incident. */
  tlp: Tlp;
};

/** A Kommune’s wish to reuse a result offered for reuse (Nachnutzungswunsch, Umsetzungskonzept Kaz, §3). */
export type RequestReuseInput = {
  /** ARS (12 digits) of the Kommune that wants to reuse it; a Kommune may name only itself. */
  ars: Scalars['ID']['input'];
  /** What it needs or plans (German), up to 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Key of the reusable result, "NE-XXXX-XXXX-XXXX". */
  resultId: Scalars['ID']['input'];
};

/** One period in which one organisation holds one area of responsibility. When the area moves, the old period ends and a new one begins, so the history stays queryable; the periods of one area never overlap. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type Responsibility = {
  __typename?: 'Responsibility';
  /** The area of responsibility. */
  area: ResponsibilityArea;
  /** Area and first day of the period, joined by "/": "<area>/<validFrom>", e.g. "E_GOVERNMENT/2025-02-01". Unique, as the periods of an area never overlap; it never changes. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Where the fact comes from and how exact the dates are, in German, with source tags [S-Bn]. */
  note?: Maybe<Scalars['String']['output']>;
  /** The organisation responsible in this period. */
  organisation: Organisation;
  /** First day (YYYY-MM-DD) of the period. */
  validFrom: Scalars['String']['output'];
  /** Last day (YYYY-MM-DD, inclusive) of the period; null while it lasts. */
  validTo?: Maybe<Scalars['String']['output']>;
};

/** An area of responsibility (Zuständigkeit) whose holder the graph tracks over time. */
export type ResponsibilityArea =
  /** Datenschutzaufsicht: independent supervision of data protection in Brandenburg (GDPR Art. 51). */
  | 'DATA_PROTECTION_SUPERVISION'
  /** Verwaltungsdigitalisierung / E-Government: the state’s central coordination of administrative digitalisation and the IT-Leitstelle (MIK Abt. 6 until 31.01.2025, MdJD Abt. 4 since 01.02.2025). */
  | 'E_GOVERNMENT'
  /** IT-Sicherheit: the CERT-Brandenburg (computer emergency response team) for the state administration. */
  | 'IT_SECURITY'
  /** Kommunalaufsicht: state supervision of the Kommunen, e.g. approving a Zweckverband’s Verbandssatzung. */
  | 'KOMMUNALAUFSICHT'
  /** Steuerung und Koordinierung des Kommunalpakts Brandenburg: support for Kommunen in reusing EfA services and connecting their online services. */
  | 'KOMMUNALPAKT_COORDINATION'
  /** Zentraler IT-Dienstleister: operation of the Landesverwaltungsnetz (LVN), which links all Kommunen, and of the IT of the state administration. */
  | 'STATE_IT_SERVICES';

/** Ergebnistransfer (Nachnutzung): a Kommune outside a project reuses its result, one of the tasks the Kaz has. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type ResultTransfer = {
  __typename?: 'ResultTransfer';
  /** Project id and ARS of the Kommune, joined by "/": "<project id>/<ARS>", e.g. "KAZ-2024-01/120650136136". A Kommune reuses the result of a project at most once, so the id is unique; it never changes. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The Kommune that reuses the result. */
  municipality: Municipality;
  /** Since when it reuses the result (YYYY-MM-DD); null when not known. */
  since?: Maybe<Scalars['String']['output']>;
};

/** Nachnutzbares Ergebnis: a result of a project (a software, a process model, a Mustervertrag …) that other Kommunen may reuse, on stated terms, with the functional mailbox to contact (Umsetzungskonzept Kaz, §3); the transfer of results is one of the Kaz's tasks. Owned by the Kaz (projects subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type ReusableResult = {
  __typename?: 'ReusableResult';
  /** Since when it can be reused (YYYY-MM-DD). */
  availableSince: Scalars['String']['output'];
  /** Whom to contact: a functional mailbox (Funktionspostfach) of the offering partner, never a person’s address. */
  contactMailbox: Scalars['String']['output'];
  /** What it does and what a Kommune needs to reuse it. */
  description: Scalars['String']['output'];
  /** Key, "NE-XXXX-XXXX-XXXX" (nachnutzbares Ergebnis); it never changes. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Licence or legal basis of reuse: an SPDX identifier for open source (e.g. "EUPL-1.2"), or "Nachnutzungsvereinbarung" for a reuse agreement (e.g. EfA). */
  licence: Scalars['String']['output'];
  /** The project that produced the result. */
  project: Project;
  /** The Kommunen that asked to reuse the result (Nachnutzungswunsch), by date (Umsetzungskonzept Kaz, §3). */
  reuseRequests: Array<ReuseRequest>;
  /** The Kommunen outside the project that already reuse the project’s result (Ergebnistransfer), by date. */
  reusedBy: Array<ResultTransfer>;
  /** Terms of reuse (German): costs, conditions, what the reusing Kommune must provide. */
  terms: Scalars['String']['output'];
  /** What the result is (German). */
  title: Scalars['String']['output'];
  /** Increases by one with every change of the reusable result; send it back with your next change (optimistic locking). 1 for a new reusable result. */
  version: Scalars['Int']['output'];
};

/** A page of reusable results (Nachnutzung). */
export type ReusableResultConnection = {
  __typename?: 'ReusableResultConnection';
  /** The items of this page with their cursors. */
  edges: Array<ReusableResultEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<ReusableResult>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of reusable results in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A reusable result in a page, with its cursor. */
export type ReusableResultEdge = {
  __typename?: 'ReusableResultEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ReusableResult;
};

/** Nachnutzungswunsch: a Kommune wants to reuse a result offered for reuse (Umsetzungskonzept Kaz, §3); the Kaz arranges the transfer (then listed in the project's resultTransfers). Owned by the Kaz (projects subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type ReuseRequest = {
  __typename?: 'ReuseRequest';
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The Kommune that wants to reuse the result. */
  municipality: Municipality;
  /** What it needs or plans (German); null for none. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it asked (YYYY-MM-DD). */
  requestedOn: Scalars['String']['output'];
  /** Increases by one with every change of the reuse request; send it back with your next change (optimistic locking). 1 for a new reuse request. */
  version: Scalars['Int']['output'];
};

/** A Kommune’s functional contact for one role. There is deliberately no field for a person’s name: the hub keeps the organisation’s mailbox and phone only. */
export type SaveMunicipalityContactInput = {
  /** Staffed around the clock (24/7); default false. */
  availableAroundTheClock?: InputMaybe<Scalars['Boolean']['input']>;
  /** The functional mailbox, e.g. "isb@potsdam.de": its local part names the role or office, its domain is the organisation’s own (no free mail provider); a person’s address is refused. */
  email: Scalars['String']['input'];
  /** ARS of the Kommune (12 digits); a Kommune’s token may name only itself. */
  municipalityArs: Scalars['ID']['input'];
  /** The functional phone number, e.g. "+49 331 289-0"; optional. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The role. */
  role: MunicipalityContactRole;
  /** The `version` of the contact you last read, when it exists already (CONFLICT when stale or when the contact exists and you sent none); leave it out for a new one. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The IT-Sicherheitskonzept of one Kommune, as a whole: creates it (without `version`) or replaces it (with the `version` you last read). */
export type SaveSecurityConceptInput = {
  /** Date (YYYY-MM-DD) the administration adopted the concept; must be omitted for a DRAFT, given otherwise. */
  adoptedOn?: InputMaybe<Scalars['String']['input']>;
  /** The standard the concept follows. */
  basis: SecurityConceptBasis;
  /** The Kommune whose concept this is (12-digit ARS of a real Kommune, Landkreise and Ämter included). */
  municipalityArs: Scalars['ID']['input'];
  /** Date (YYYY-MM-DD) the concept is due for review, after `adoptedOn`; must be omitted for a DRAFT, given otherwise. */
  reviewDueOn?: InputMaybe<Scalars['String']['input']>;
  /** Where the concept stands. */
  status: SecurityConceptStatus;
  /** Omit to create the concept; to change it, the `version` you last read (CONFLICT when stale). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The IT-Sicherheitskonzept (information security concept) of one Kommune: which standard it follows, whether it is adopted and when it is due for review. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type SecurityConcept = {
  __typename?: 'SecurityConcept';
  /** Date (YYYY-MM-DD) the administration adopted the concept (Beschluss); null for a DRAFT. */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  /** The standard the concept follows. */
  basis: SecurityConceptBasis;
  /** Key "ISK-<ars>": one concept per Kommune, e.g. "ISK-120540000000". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The Kommune whose concept this is. */
  municipality: Municipality;
  /** Date (YYYY-MM-DD) by which the concept must be reviewed; always after `adoptedOn`; null for a DRAFT. */
  reviewDueOn?: Maybe<Scalars['String']['output']>;
  /** Where the concept stands. */
  status: SecurityConceptStatus;
  /** Increases by one with every change of the security concept; send it back with your next change (optimistic locking). 1 for a new security concept. */
  version: Scalars['Int']['output'];
};

/** The standard an IT-Sicherheitskonzept (information security concept) follows. */
export type SecurityConceptBasis =
  /** BSI IT-Grundschutz, Basis-Absicherung: the entry level; basic requirements for all processes (BSI-Standard 200-2). */
  | 'BSI_GRUNDSCHUTZ_BASIS'
  /** BSI IT-Grundschutz, Kern-Absicherung: protects the most critical assets (Kronjuwelen) first (BSI-Standard 200-2). */
  | 'BSI_GRUNDSCHUTZ_KERN'
  /** BSI IT-Grundschutz, Standard-Absicherung: the full method for normal protection needs (BSI-Standard 200-2). */
  | 'BSI_GRUNDSCHUTZ_STANDARD'
  /** ISIS12: "Informationssicherheit in 12 Schritten", a lean ISMS for small and medium organisations such as Kommunen. */
  | 'ISIS12'
  /** ISO/IEC 27001: the international ISMS standard (native, not on the basis of IT-Grundschutz). */
  | 'ISO_27001';

/** A page of IT-Sicherheitskonzepte. */
export type SecurityConceptConnection = {
  __typename?: 'SecurityConceptConnection';
  /** The items of this page with their cursors. */
  edges: Array<SecurityConceptEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<SecurityConcept>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of concepts in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which Kommunen have no current IT-Sicherheitskonzept: none, only a draft, or one overdue for review — the Kaz task of promoting information security in the Kommunen (Umsetzungskonzept Kaz, §3). Figures and Kommunen only, never the concepts’ contents. Counts the Kommunen that run an administration of their own (Landkreise, kreisfreie Städte, amtsfreie Gemeinden, Ämter, the Verbandsgemeinde and the Mitverwaltung); an amtsangehörige Gemeinde is covered by its Amt’s concept. Owned by CERT-Brandenburg (security subgraph). SAMPLE DATA: the concepts are sample records. */
export type SecurityConceptCoverage = {
  __typename?: 'SecurityConceptCoverage';
  /** The day (YYYY-MM-DD) the review dates were compared with. */
  asOf: Scalars['String']['output'];
  /** Of them, those with an adopted concept whose review is not overdue. */
  currentCount: Scalars['Int']['output'];
  /** Of them, those with a draft only. */
  draftOnlyCount: Scalars['Int']['output'];
  /** The Kommunen without a current concept, by ARS; optionally only those with one kind of gap. */
  gaps: Array<SecurityConceptCoverageGap>;
  /** Kommunen that need a concept of their own (see the type). */
  kommunenCount: Scalars['Int']['output'];
  /** Of them, those without any concept on record. */
  noConceptCount: Scalars['Int']['output'];
  /** Of them, those whose concept’s review date lies before `asOf`. */
  reviewOverdueCount: Scalars['Int']['output'];
};


/** Which Kommunen have no current IT-Sicherheitskonzept: none, only a draft, or one overdue for review — the Kaz task of promoting information security in the Kommunen (Umsetzungskonzept Kaz, §3). Figures and Kommunen only, never the concepts’ contents. Counts the Kommunen that run an administration of their own (Landkreise, kreisfreie Städte, amtsfreie Gemeinden, Ämter, the Verbandsgemeinde and the Mitverwaltung); an amtsangehörige Gemeinde is covered by its Amt’s concept. Owned by CERT-Brandenburg (security subgraph). SAMPLE DATA: the concepts are sample records. */
export type SecurityConceptCoverageGapsArgs = {
  gap?: InputMaybe<SecurityConceptGap>;
};

/** One Kommune without a current IT-Sicherheitskonzept, and what it lacks; nothing of the concept’s contents. */
export type SecurityConceptCoverageGap = {
  __typename?: 'SecurityConceptCoverageGap';
  /** What it lacks. */
  gap: SecurityConceptGap;
  /** The Kommune. */
  municipality: Municipality;
  /** For REVIEW_OVERDUE: the date (YYYY-MM-DD) the review was due; else null. */
  reviewDueOn?: Maybe<Scalars['String']['output']>;
};

/** An IT-Sicherheitskonzept in a page, with its cursor. */
export type SecurityConceptEdge = {
  __typename?: 'SecurityConceptEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SecurityConcept;
};

/** What a Kommune lacks in its IT-Sicherheitskonzept (information security concept). */
export type SecurityConceptGap =
  /** Nur Entwurf: a concept is being written but not adopted yet. */
  | 'DRAFT_ONLY'
  /** Kein Konzept: no IT-Sicherheitskonzept on record. */
  | 'NO_CONCEPT'
  /** Überprüfung überfällig: the concept’s review date has passed. */
  | 'REVIEW_OVERDUE';

/** Where an IT-Sicherheitskonzept stands. */
export type SecurityConceptStatus =
  /** Beschlossen: adopted by the administration and in force; next review still ahead. */
  | 'ADOPTED'
  /** Entwurf: being written; not adopted yet, so no adoption or review date. */
  | 'DRAFT'
  /** Veraltet: its review date has passed without a review. */
  | 'OUTDATED'
  /** In Überarbeitung: in force, being reviewed and updated. */
  | 'UNDER_REVIEW';

/** A Sicherheitsvorfall (information security incident) in one or more Kommunen, as CERT-Brandenburg records it. Its TLP marking decides who may see it. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type SecurityIncident = {
  __typename?: 'SecurityIncident';
  /** The Kommunen affected by the incident, ordered by ARS; at least one. */
  affectedMunicipalities: Array<Municipality>;
  /** The controller’s assessment of the risk to the persons affected (GDPR Art. 33(1)); null while not assessed or without personal data. Recorded by CERT-Brandenburg or by the Kommune itself (assessBreachRisk). */
  breachRisk?: Maybe<BreachRisk>;
  /** Date (YYYY-MM-DD) of the risk assessment; null while not assessed. */
  breachRiskAssessedOn?: Maybe<Scalars['String']['output']>;
  /** Why the breach was assessed so (documented as Art. 33(5) requires); null while not assessed. */
  breachRiskReasoning?: Maybe<Scalars['String']['output']>;
  /** What kind of incident this is. */
  category: SecurityIncidentCategory;
  /** How the persons affected were informed, or more on the exemption; null when none was given. */
  dataSubjectCommunicationNote?: Maybe<Scalars['String']['output']>;
  /** Why the persons affected were not informed (Art. 34(3)); null unless `dataSubjectsInformed` is false. */
  dataSubjectExemption?: Maybe<DataSubjectExemption>;
  /** Art. 34: true when the persons affected were informed (Benachrichtigung der betroffenen Personen), false when not under an Art. 34(3) exemption (`dataSubjectExemption`); null while not recorded. */
  dataSubjectsInformed?: Maybe<Scalars['Boolean']['output']>;
  /** Date (YYYY-MM-DD) the persons affected were informed; null unless `dataSubjectsInformed`. */
  dataSubjectsInformedOn?: Maybe<Scalars['String']['output']>;
  /** When the incident was detected (ISO 8601 timestamp, UTC); starts the 72-hour GDPR deadline. */
  detectedAt: Scalars['String']['output'];
  /** Public reference of CERT-Brandenburg, e.g. "CERT-BB-7QK3-M9XA-2DHF": "CERT-BB-" and a random part, so that it cannot run out and tells nothing about other incidents (how many there are, when they were detected). Incidents reported before keep their numbered reference, e.g. "CERT-BB-2025-0042". The reference is shown only to those who may see the incident; there is no other, human-readable number, since any count would reveal hidden incidents. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** Deadline for notifying the LDA (Landesbeauftragte für den Datenschutz, the data protection authority): exactly 72 hours after `detectedAt` (GDPR Art. 33); null when no personal data is involved. */
  ldaNotificationDueAt?: Maybe<Scalars['String']['output']>;
  /** Why the LDA was notified later than 72 hours after detection (Art. 33(1): "accompanied by reasons for the delay"); null when in time or not notified. */
  ldaNotificationLateReason?: Maybe<Scalars['String']['output']>;
  /** True when the LDA notification deadline has passed (as of now) and the LDA has not been notified, unless the breach was assessed as UNLIKELY to result in a risk (`breachRisk`; then no notification is required, GDPR Art. 33(1)). */
  ldaNotificationOverdue: Scalars['Boolean']['output'];
  /** True when the LDA must be notified (GDPR Art. 33(1)): personal data involved and not assessed as UNLIKELY to result in a risk. */
  ldaNotificationRequired: Scalars['Boolean']['output'];
  /** When the LDA was notified (ISO 8601, UTC); null when not (yet) notified or not required. */
  ldaNotifiedAt?: Maybe<Scalars['String']['output']>;
  /** True when the LDA was notified after the 72-hour deadline (`ldaNotificationDueAt`). */
  ldaNotifiedLate: Scalars['Boolean']['output'];
  /** True when personal data is affected (Verletzung des Schutzes personenbezogener Daten); then the LDA must be notified within 72 hours (GDPR Art. 33). */
  personalDataInvolved: Scalars['Boolean']['output'];
  /** The named recipients of the incident (TLP 2.0): organisation keys (e.g. "lda") and Kommune ARS that may see it whatever its marking, ordered; empty when there are none. Only for CERT-Brandenburg (scope security:read): UNAUTHENTICATED without a token, FORBIDDEN otherwise (the field is then null). */
  recipients?: Maybe<Array<Scalars['String']['output']>>;
  /** When it was reported to CERT-Brandenburg (ISO 8601, UTC); never before `detectedAt`. */
  reportedAt: Scalars['String']['output'];
  /** The partner organisation that reported the incident (e.g. ZIT-BB, DIKOM, Kaz); null when a Kommune reported it itself (see `reportingMunicipality`). */
  reporter?: Maybe<Organisation>;
  /** The Kommune that reported the incident itself; null when a partner organisation reported it (see `reporter`). */
  reportingMunicipality?: Maybe<Municipality>;
  /** When it was resolved (ISO 8601, UTC); only for RESOLVED and CLOSED incidents, null otherwise. */
  resolvedAt?: Maybe<Scalars['String']['output']>;
  /** How serious the incident is. */
  severity: SecurityIncidentSeverity;
  /** Where the handling stands. */
  status: SecurityIncidentStatus;
  /** Short title of the incident (German), naming the affected Kommune(n). */
  title: Scalars['String']['output'];
  /** TLP 2.0 marking: how far the incident may be shared. */
  tlp: Tlp;
  /** Increases by one with every change of the incident; send it back with your next change (optimistic locking). 1 for a new incident. */
  version: Scalars['Int']['output'];
};

/** The kind of a security incident (Sicherheitsvorfall). */
export type SecurityIncidentCategory =
  /** Datenabfluss: data disclosed to or taken by someone not entitled to it. */
  | 'DATA_LEAK'
  /** DDoS: a distributed denial-of-service attack that overloads a service. */
  | 'DDOS'
  /** Schadsoftware: malware on a client or server (no encryption for ransom). */
  | 'MALWARE'
  /** Anything else, e.g. the loss or theft of a device. */
  | 'OTHER'
  /** Ausfall: loss of availability of a service or network without a known attack. */
  | 'OUTAGE'
  /** Phishing: deceptive e-mails, messages or websites that aim at credentials or payments. */
  | 'PHISHING'
  /** Ransomware (Verschlüsselungstrojaner): data encrypted or stolen for ransom. */
  | 'RANSOMWARE'
  /** Unbefugter Zugriff: someone used an account or system without authorisation. */
  | 'UNAUTHORISED_ACCESS'
  /** Schwachstelle: an exploitable weakness found in a system, before or without an attack. */
  | 'VULNERABILITY';

/** A page of security incidents (only those the request may see). */
export type SecurityIncidentConnection = {
  __typename?: 'SecurityIncidentConnection';
  /** The items of this page with their cursors. */
  edges: Array<SecurityIncidentEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<SecurityIncident>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of incidents in the whole list that the request may see, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A security incident in a page, with its cursor. */
export type SecurityIncidentEdge = {
  __typename?: 'SecurityIncidentEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SecurityIncident;
};

/** How serious a security incident is for the affected Kommunen, as CERT-Brandenburg assessed it. */
export type SecurityIncidentSeverity =
  /** Kritisch: the administration can no longer work, or sensitive data was lost on a large scale. */
  | 'CRITICAL'
  /** Hoch: important services or many workplaces impaired; data may be at risk. */
  | 'HIGH'
  /** Niedrig: little impact; handled in normal operation. */
  | 'LOW'
  /** Mittel: noticeable impact on single services or workplaces. */
  | 'MEDIUM';

/** Where the handling of a security incident stands, in this order. */
export type SecurityIncidentStatus =
  /** Abgeschlossen: follow-up (report, lessons learned) is done; the case is closed. */
  | 'CLOSED'
  /** Eingedämmt: the damage no longer spreads; recovery is under way. */
  | 'CONTAINED'
  /** Gemeldet: reported to CERT-Brandenburg, not yet assessed. */
  | 'REPORTED'
  /** Behoben: the cause is removed and operation restored. */
  | 'RESOLVED'
  /** Bewertet: assessed and prioritised; handling has started. */
  | 'TRIAGED';

/** The information security posture (Sicherheitslage) of one Kommune: its IT-Sicherheitskonzept, its link to the CERT network and its incidents. Every Kommune has one; a Kommune without concept or membership simply shows null, false and zero. Public, except the concept; incident figures count only the incidents the request may see (TLP). */
export type SecurityPosture = {
  __typename?: 'SecurityPosture';
  /** True when the Kommune is linked to the CERT network (CERT-Verbund) of CERT-Brandenburg; see certNetworkMembershipIsSample for whether that link is SAMPLE DATA. */
  certNetworkMember: Scalars['Boolean']['output'];
  /** True when the Kommune’s link to the CERT network is SAMPLE DATA, made up for demonstration (the seed loads such links); false for a real one; null when the Kommune is not linked. */
  certNetworkMembershipIsSample?: Maybe<Scalars['Boolean']['output']>;
  /** Date (YYYY-MM-DD) since when the Kommune is linked to the CERT network; null when it is not. */
  certNetworkSince?: Maybe<Scalars['String']['output']>;
  /** The Kommune’s IT-Sicherheitskonzept; null when it has none on record. Only for CERT-Brandenburg (scope security:read), for the Kommune itself and for the Amt (Verbandsgemeinde, Mitverwaltung) that runs its administration: UNAUTHENTICATED without a token, FORBIDDEN for anyone else. */
  concept?: Maybe<SecurityConcept>;
  /** When the newest visible incident affecting the Kommune was detected (ISO 8601, UTC); null when there is none. */
  lastIncidentAt?: Maybe<Scalars['String']['output']>;
  /** The Kommune this posture describes. */
  municipality: Municipality;
  /** The number of visible incidents affecting the Kommune that are not RESOLVED or CLOSED. */
  openIncidentCount: Scalars['Int']['output'];
};

/** All members of a project group from now on (replaces the list). */
export type SetProjectGroupMembersInput = {
  /** Key of the group, "PG-XXXX-XXXX-XXXX". */
  groupId: Scalars['ID']['input'];
  /** The members in order: at least one, each once, at most one CHAIR. */
  members: Array<ProjectGroupMemberInput>;
  /** The `version` of the project group you last read; CONFLICT when the project group has changed since. */
  version: Scalars['Int']['input'];
};

/** All partner organisations taking part in a project from now on (replaces the list). */
export type SetProjectParticipantsInput = {
  /** The participants, each organisation once; may be empty. */
  participants: Array<ProjectParticipantInput>;
  /** Key of the project, e.g. "KAZ-2021-01". */
  projectId: Scalars['ID']['input'];
  /** The `version` of the project you last read; CONFLICT when the project has changed since. */
  version: Scalars['Int']['input'];
};

/** A Kommune’s request to the Kaz for support (Umsetzungskonzept Kaz, §2.1). */
export type SubmitSupportRequestInput = {
  /** More on the request (German), up to 4000 characters. */
  details?: InputMaybe<Scalars['String']['input']>;
  /** ARS of the Kommune that asks: the principal’s own (a Kommune asks for itself). */
  municipalityArs: Scalars['ID']['input'];
  /** What the Kommune needs support with (German), 1 to 200 characters. */
  subject: Scalars['String']['input'];
};

/** A Kommune’s request to the Kaz for support (Unterstützungsanfrage): the Kommunen are requesters of the Kaz, first the Landkreise and kreisfreie Städte (Umsetzungskonzept Kaz, §2.1). The Kaz triages it into a work order or a project, or declines it. Owned by the Kaz (projects subgraph). Read by the Kaz and by the Kommune that asked (rule read.supportrequest). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type SupportRequest = {
  __typename?: 'SupportRequest';
  /** Why the Kaz declined the request (German); null unless DECLINED. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** More on the request (German); null for none. */
  details?: Maybe<Scalars['String']['output']>;
  /** Key of the request, "UA-XXXX-XXXX-XXXX" (random). */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The Kommune that asked (a Landkreis or a kreisfreie Stadt). */
  municipality: Municipality;
  /** The project the request became or joined, when TRIAGED into one; null otherwise. */
  project?: Maybe<Project>;
  /** Where the request stands. */
  status: SupportRequestStatus;
  /** What the Kommune needs support with (German). */
  subject: Scalars['String']['output'];
  /** The day the request came in (YYYY-MM-DD). */
  submittedOn: Scalars['String']['output'];
  /** The day the Kaz took the request up or declined it (YYYY-MM-DD); null while SUBMITTED. */
  triagedOn?: Maybe<Scalars['String']['output']>;
  /** Increases by one with every change of the support request; send it back with your next change (optimistic locking). 1 for a new support request. */
  version: Scalars['Int']['output'];
  /** Key of the work order (Arbeitsauftrag) the request became, when TRIAGED into one; the work order itself is read through `workOrder(id)` under its own rule (read.workorder). */
  workOrderId?: Maybe<Scalars['ID']['output']>;
};

/** A page of support requests (Unterstützungsanfragen) of Kommunen. */
export type SupportRequestConnection = {
  __typename?: 'SupportRequestConnection';
  /** The items of this page with their cursors. */
  edges: Array<SupportRequestEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<SupportRequest>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of support requests in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A support request in a page, with its cursor. */
export type SupportRequestEdge = {
  __typename?: 'SupportRequestEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SupportRequest;
};

/** Where a Kommune’s support request (Unterstützungsanfrage) stands (Umsetzungskonzept Kaz, §2.1). */
export type SupportRequestStatus =
  /** Abgelehnt: the Kaz declined it, with a reason. */
  | 'DECLINED'
  /** Eingereicht: the Kommune asked; the Kaz has not decided yet. */
  | 'SUBMITTED'
  /** Übernommen: the Kaz took it up as a work order or a project. */
  | 'TRIAGED';

/** How many projects work on OZG-Leistungen of one Themenfeld (OZG subject area). */
export type ThemenfeldProjectCount = {
  __typename?: 'ThemenfeldProjectCount';
  /** The number of distinct projects with at least one OZG-Leistung of this Themenfeld (0 or more). */
  projectCount: Scalars['Int']['output'];
  /** Themenfeld: the OZG subject area, e.g. "Familie & Kind" (exact name, see `themenfelder`). */
  themenfeld: Scalars['String']['output'];
};

/** Traffic Light Protocol 2.0 (FIRST) marking: how far the information about an incident may be shared. It also decides who may see an incident in this graph: anonymous requests see TLP:CLEAR, any partner token also TLP:GREEN; TLP:AMBER goes to the affected Kommunen and the Amt (Verbandsgemeinde, Mitverwaltung) administering them (not to the Landkreis, which administers no Gemeinde), TLP:AMBER+STRICT to the affected Kommunen only, TLP:RED to nobody else; CERT-Brandenburg (security:read) and the named recipients of an incident see it whatever its marking. */
export type Tlp =
  /** TLP:AMBER: only for the recipients’ organisations and their clients who need to know to protect themselves. */
  | 'AMBER'
  /** TLP:AMBER+STRICT: only for the recipients’ own organisation, not for its clients. */
  | 'AMBER_STRICT'
  /** TLP:CLEAR: no limit on disclosure; may be published. */
  | 'CLEAR'
  /** TLP:GREEN: may be shared within the community (here: the partners and Kommunen), not published. */
  | 'GREEN'
  /** TLP:RED: only for the individual recipients named, e.g. the participants of a crisis meeting. */
  | 'RED';

/** The Kaz’s decision on a support request: take it up as a work order or a project, or decline it. */
export type TriageSupportRequestInput = {
  /** Why the Kaz declines (German), 1 to 1000 characters; only with DECLINED. */
  declineReason?: InputMaybe<Scalars['String']['input']>;
  /** Key of the request, e.g. "UA-7QK3-M9XA-2DHF", in any letter case. */
  id: Scalars['ID']['input'];
  /** Key of an existing project the request became or joined. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** TRIAGED (with `workOrderId` and/or `projectId`) or DECLINED (with `declineReason`). */
  status: SupportRequestStatus;
  /** The day of the decision (YYYY-MM-DD), not in the future; today when left out. */
  triagedOn?: InputMaybe<Scalars['String']['input']>;
  /** The `version` of the support request you last read; CONFLICT when the support request has changed since. */
  version: Scalars['Int']['input'];
  /** Key of an existing work order the request became. */
  workOrderId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a Vergabeverfahren; fields left out (or null) stay as they are. The status moves PLANNED → PUBLISHED → EVALUATION → AWARDED, or from any status but AWARDED to CANCELLED; AWARDED and CANCELLED are final. An IN_HOUSE_AWARD (no Bekanntmachung) moves PLANNED → AWARDED or CANCELLED and never has a publishedOn. */
export type UpdateProcurementProcedureInput = {
  /** Date of the Zuschlag, YYYY-MM-DD, not before publishedOn; required when moving to AWARDED, only then. */
  awardedOn?: InputMaybe<Scalars['String']['input']>;
  /** New estimated value in euros net of VAT: 0 or more, whole cents. */
  estimatedValueEur?: InputMaybe<Scalars['Float']['input']>;
  /** Vergabenummer of the procedure, e.g. "VG-2026-005". */
  id: Scalars['ID']['input'];
  /** Date of the Bekanntmachung, YYYY-MM-DD; required when moving to PUBLISHED, not for a PLANNED one. */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** The new status; an illegal move is BAD_USER_INPUT. */
  status?: InputMaybe<ProcurementStatus>;
  /** New subject of the procurement, 1–300 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The `version` of the procurement procedure you last read; CONFLICT when the procurement procedure has changed since. */
  version: Scalars['Int']['input'];
};

/** A change of a project. Leave a field out to keep it; the lists, when given, replace the stored ones. */
export type UpdateProjectInput = {
  /** New planned end (YYYY-MM-DD), on or after the start; null clears it. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** Key of the project to change, e.g. "KAZ-2021-01". */
  id: Scalars['ID']['input'];
  /** Organisation key of the new lead ministry; null when no ministry leads any more. */
  leadMinistryId?: InputMaybe<Scalars['ID']['input']>;
  /** The ARS of all Kommunen that take part from now on (replaces the list); at least one. */
  municipalityArs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The OZG-IDs of all OZG-Leistungen of the project from now on (replaces the list). */
  ozgServiceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New phase: any later one of PLANNED → IN_PROGRESS → PILOT → ROLLOUT → DONE, or STOPPED from any phase but DONE. DONE and STOPPED are final. */
  phase?: InputMaybe<ProjectPhase>;
  /** New summary (German), 1 to 2000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** New title (German), 1 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The `version` of the project you last read; CONFLICT when the project has changed since. */
  version: Scalars['Int']['input'];
};

/** A status change of a work order by the Kaz, optionally with the project that resulted from it. */
export type UpdateWorkOrderStatusInput = {
  /** Key of the work order, e.g. "AA-7QK3-M9XA-2DHF" or "AA-2021-001", in any letter case. */
  id: Scalars['ID']['input'];
  /** Key of the project that resulted from the order, to link it; null removes the link; leave it out to keep it. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** New status: OPEN → IN_PROGRESS → DONE, or CANCELLED from OPEN or IN_PROGRESS. DONE and CANCELLED are final. The same status is accepted only together with `projectId`. */
  status: WorkOrderStatus;
  /** The `version` of the work order you last read; CONFLICT when the work order has changed since. */
  version: Scalars['Int']['input'];
};

/** How far an item of the Arbeitsprogramm got; fields left out stay as they are. */
export type UpdateWorkProgrammeItemInput = {
  /** A new due day (YYYY-MM-DD). */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** Key of the item, e.g. "ap-2026-3". */
  id: Scalars['ID']['input'];
  /** The latest report on its progress (Sachstand), in German; at most 2000 characters. */
  progressNote?: InputMaybe<Scalars['String']['input']>;
  /** Progress in percent, 0 to 100; DONE means 100 (set for you). */
  progressPercent?: InputMaybe<Scalars['Int']['input']>;
  /** Key of the project that carries it out; must exist in the projects subgraph. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The new status. */
  status?: InputMaybe<WorkProgrammeItemStatus>;
  /** The `version` of the work programme item you last read; CONFLICT when the work programme item has changed since. */
  version: Scalars['Int']['input'];
};

/** The withdrawal (Aufhebung) of a decision by its committee. */
export type WithdrawDecisionInput = {
  /** Key of the decision, e.g. "itrat-2024-3". */
  id: Scalars['ID']['input'];
  /** Why or by which later decision it was withdrawn, in German; at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The `version` of the decision you last read; CONFLICT when the decision has changed since. */
  version: Scalars['Int']['input'];
  /** Day of the withdrawal (YYYY-MM-DD): not before the decision’s date, not in the future. */
  withdrawnOn: Scalars['String']['input'];
};

/** The withdrawal of a recommendation (draft or adopted). */
export type WithdrawRecommendationInput = {
  /** Key of the recommendation. */
  id: Scalars['ID']['input'];
  /** Why it was withdrawn, in German; at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The `version` of the recommendation you last read; CONFLICT when the recommendation has changed since. */
  version: Scalars['Int']['input'];
  /** Day of the withdrawal (YYYY-MM-DD): not in the future, not before its adoption. */
  withdrawnOn: Scalars['String']['input'];
};

/** An Arbeitsauftrag (work order) to the Kaz, issued by a committee decision (IT-Rat, Steuerungsgremium, Projektgruppe) or by a ministry; often it results in a project. Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type WorkOrder = {
  __typename?: 'WorkOrder';
  /** Who has to carry out the order: the Kaz. */
  assignee: Organisation;
  /** Date by which the order is to be fulfilled (YYYY-MM-DD). */
  dueDate: Scalars['String']['output'];
  /** Work order key, e.g. "AA-7QK3-M9XA-2DHF": "AA-" and a random part, so that it cannot run out and tells nothing about other work orders (how many a year, which are hidden). Orders issued before keep their numbered key, e.g. "AA-2021-001". The date of issue is `issuedOn`, shown only with the order. */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The committee decision (Beschluss) that issued the order; null when a ministry issued it alone. */
  issuedBy?: Maybe<Decision>;
  /** Date of issue (YYYY-MM-DD). */
  issuedOn: Scalars['String']['output'];
  /** The ministry that issued the order, or for an order from a decision the ministry responsible for e-government that passed it on (MIK until 31.01.2025, MdJD since 01.02.2025). */
  issuingMinistry?: Maybe<Organisation>;
  /** The project that resulted from the order; null when none did (e.g. a study). */
  project?: Maybe<Project>;
  /** Where the order stands. */
  status: WorkOrderStatus;
  /** What is to be done (German). */
  title: Scalars['String']['output'];
  /** Increases by one with every change of the work order; send it back with your next change (optimistic locking). 1 for a new work order. */
  version: Scalars['Int']['output'];
};

/** A page of work orders (Arbeitsaufträge). */
export type WorkOrderConnection = {
  __typename?: 'WorkOrderConnection';
  /** The items of this page with their cursors. */
  edges: Array<WorkOrderEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<WorkOrder>;
  /** Paging information of this page. */
  pageInfo: PageInfo;
  /** The number of work orders in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A work order in a page, with its cursor. */
export type WorkOrderEdge = {
  __typename?: 'WorkOrderEdge';
  /** Opaque cursor of this item; pass it as 'after' to get the items behind it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WorkOrder;
};

/** The state of a work order (Arbeitsauftrag). */
export type WorkOrderStatus =
  /** Aufgehoben: withdrawn or stopped before it was fulfilled. */
  | 'CANCELLED'
  /** Erledigt: fulfilled. */
  | 'DONE'
  /** In Bearbeitung: the Kaz is working on it. */
  | 'IN_PROGRESS'
  /** Offen: issued, work has not started. */
  | 'OPEN';

/** The Arbeitsprogramm of one year: the work of the Kaz agreed in the Steuerungsgremium (Umsetzungskonzept Kaz, §4.1), item by item. Owned by the Kaz (organisations subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type WorkProgramme = {
  __typename?: 'WorkProgramme';
  /** Day it was agreed (beschlossen), YYYY-MM-DD. */
  agreedOn: Scalars['String']['output'];
  /** The committee that agreed it: the Steuerungsgremium (Umsetzungskonzept Kaz, §4.1). */
  committee: Committee;
  /** The committee’s decision (Beschluss) that agreed it; null when it is not recorded. */
  decision?: Maybe<Decision>;
  /** Key of the programme, "ap-<year>", e.g. "ap-2026". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** The items, in the programme's order (at most 200). */
  items: Array<WorkProgrammeItem>;
  /** How far the whole programme got: the mean progress of its items, cancelled ones left out, rounded down to a whole percent; 0 without items. */
  progressPercent: Scalars['Int']['output'];
  /** Title of the programme, in German. */
  title: Scalars['String']['output'];
  /** Increases by one with every change of the work programme; send it back with your next change (optimistic locking). 1 for a new work programme. */
  version: Scalars['Int']['output'];
  /** The year the programme is for. */
  year: Scalars['Int']['output'];
};

/** One item of an Arbeitsprogramm (Umsetzungskonzept Kaz, §4.1): what is to be done, by whom, by when, and how far it got. Owned by the Kaz (organisations subgraph). Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false. */
export type WorkProgrammeItem = {
  __typename?: 'WorkProgrammeItem';
  /** Day it is due (YYYY-MM-DD); null when open. */
  dueOn?: Maybe<Scalars['String']['output']>;
  /** Key of the item, "ap-<year>-<position>", e.g. "ap-2026-3". */
  id: Scalars['ID']['output'];
  /** True for SAMPLE DATA made up for demonstration; not a real record. */
  isSample: Scalars['Boolean']['output'];
  /** What kind of work it is. */
  kind: WorkProgrammeItemKind;
  /** True when its due day has passed and it is neither DONE nor CANCELLED nor DEFERRED. */
  overdue: Scalars['Boolean']['output'];
  /** Its place in the programme, from 1. */
  position: Scalars['Int']['output'];
  /** The latest report on its progress (Sachstand), in German; null when none was given. */
  progressNote?: Maybe<Scalars['String']['output']>;
  /** Progress in percent, 0 to 100 (100 when DONE). */
  progressPercent: Scalars['Int']['output'];
  /** The project of the projects subgraph that carries the item out; null when it is no project. */
  project?: Maybe<Project>;
  /** The organisation responsible (federführend), usually the Kaz. */
  responsibleOrganisation: Organisation;
  /** How far it got. */
  status: WorkProgrammeItemStatus;
  /** What is to be done, in German. */
  title: Scalars['String']['output'];
  /** Increases by one with every change of the work programme item; send it back with your next change (optimistic locking). 1 for a new work programme item. */
  version: Scalars['Int']['output'];
};

/** One item of a new Arbeitsprogramm (Umsetzungskonzept Kaz, §4.1). */
export type WorkProgrammeItemInput = {
  /** Day it is due (YYYY-MM-DD), within the programme’s year or later; optional. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** What kind of work it is. */
  kind: WorkProgrammeItemKind;
  /** Key of the project that carries it out, e.g. "KAZ-2025-03"; must exist in the projects subgraph. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Key of the organisation responsible, e.g. "kaz". */
  responsibleOrganisationId: Scalars['ID']['input'];
  /** What is to be done, in German: not empty, at most 300 characters. */
  title: Scalars['String']['input'];
};

/** What kind of work an item of the Arbeitsprogramm is, by the Kaz’s tasks (Umsetzungskonzept Kaz, §3 and §4.1). */
export type WorkProgrammeItemKind =
  /** Knowledge transfer: workshops, guides, exchange of experience (Wissenstransfer). */
  | 'KNOWLEDGE_TRANSFER'
  /** Procurement solutions for the Kommunen (Musterverträge, Vergabeunterlagen, Rahmenverträge). */
  | 'PROCUREMENT'
  /** A digitalisation project the Kaz coordinates (Projekt), usually linked to `project`. */
  | 'PROJECT'
  /** Standardisation: preparing or revising a recommendation (Standardisierungsempfehlung). */
  | 'STANDARDISATION'
  /** Advice and support for Kommunen (Beratung und Unterstützung). */
  | 'SUPPORT';

/** How far an item of the Arbeitsprogramm got. */
export type WorkProgrammeItemStatus =
  /** Cancelled (entfallen) by the Steuerungsgremium. */
  | 'CANCELLED'
  /** Deferred (zurückgestellt) to a later Arbeitsprogramm. */
  | 'DEFERRED'
  /** Done (abgeschlossen): progress is 100 %. */
  | 'DONE'
  /** In progress (in Umsetzung): `progressPercent` says how far. */
  | 'IN_PROGRESS'
  /** Planned (geplant): work has not started. */
  | 'PLANNED';

export type CockpitKommuneContractsQueryVariables = Exact<{
  ars: Scalars['ID']['input'];
}>;


export type CockpitKommuneContractsQuery = { __typename?: 'Query', municipality?: { __typename?: 'Municipality', id: string, licences?: { __typename?: 'LicenceConnection', totalCount: number, nodes: Array<{ __typename?: 'Licence', id: string, product: string, vendor: string, validFrom: string, validTo: string, isSample: boolean, allocations: Array<{ __typename?: 'LicenceAllocation', id: string, seats: number, since: string, municipality: { __typename?: 'Municipality', id: string, ars: string } }> }> } | null, contracts: { __typename?: 'FrameworkContractConnection', totalCount: number, nodes: Array<{ __typename?: 'FrameworkContract', id: string, title: string, vendor: string, startsOn: string, endsOn: string, status: FrameworkContractStatus, isSample: boolean }> }, certificates?: { __typename?: 'CertificateConnection', totalCount: number, nodes: Array<{ __typename?: 'Certificate', id: string, commonName: string, kind: CertificateKind, issuer: string, validTo: string, daysUntilExpiry: number, isSample: boolean }> } | null, procurementProcedures: Array<{ __typename?: 'ProcurementProcedure', id: string, title: string, procedureType: ProcurementProcedureType, status: ProcurementStatus, publishedOn?: string | null, awardedOn?: string | null, isSample: boolean }> } | null };

export type CockpitKommuneOrganisationsQueryVariables = Exact<{
  ars: Scalars['ID']['input'];
}>;


export type CockpitKommuneOrganisationsQuery = { __typename?: 'Query', municipality?: { __typename?: 'Municipality', id: string, dikomMemberships: Array<{ __typename?: 'DikomMembership', id: string, memberSince: string, memberUntil?: string | null, foundingMember: boolean, isSample: boolean }>, contacts?: Array<{ __typename?: 'MunicipalityContact', id: string, role: MunicipalityContactRole, email: string, phone?: string | null, availableAroundTheClock: boolean, isSample: boolean }> | null, amt?: { __typename?: 'Municipality', id: string, contacts?: Array<{ __typename?: 'MunicipalityContact', id: string, role: MunicipalityContactRole, email: string, phone?: string | null, availableAroundTheClock: boolean, isSample: boolean }> | null } | null } | null };

export type CockpitKommuneProjectsQueryVariables = Exact<{
  ars: Scalars['ID']['input'];
}>;


export type CockpitKommuneProjectsQuery = { __typename?: 'Query', municipality?: { __typename?: 'Municipality', id: string, projects: { __typename?: 'ProjectConnection', totalCount: number, nodes: Array<{ __typename?: 'Project', id: string, title: string, kind: ProjectKind, phase: ProjectPhase, startDate: string, endDate?: string | null, isSample: boolean, leadMinistry?: { __typename?: 'Organisation', id: string, shortName?: string | null } | null, ozgServices: Array<{ __typename?: 'OzgService', id: string, name: string }> }> }, reusedProjects: Array<{ __typename?: 'Project', id: string, title: string, phase: ProjectPhase, isSample: boolean }>, ozgObligations?: { __typename?: 'OzgObligations', total: number, online: number, open: number, deliveredBy: { __typename?: 'Municipality', id: string, ars: string, displayName: string } } | null, ozgRollout: { __typename?: 'OzgRolloutConnection', totalCount: number, nodes: Array<{ __typename?: 'OzgRollout', status: OzgRolloutStatus, onlineSince?: string | null, efaSource?: Land | null, isSample: boolean, ozgService: { __typename?: 'OzgService', id: string, name: string, themenfeld: string } }> } } | null };

export type CockpitKommuneSearchQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CockpitKommuneSearchQuery = { __typename?: 'Query', municipalities?: { __typename?: 'MunicipalityConnection', totalCount: number, nodes: Array<{ __typename?: 'Municipality', id: string, ars: string, displayName: string, kind: MunicipalityKind, district?: { __typename?: 'Municipality', id: string, displayName: string } | null, amt?: { __typename?: 'Municipality', id: string, displayName: string } | null }> } | null };

export type CockpitKommuneSecurityQueryVariables = Exact<{
  ars: Scalars['ID']['input'];
}>;


export type CockpitKommuneSecurityQuery = { __typename?: 'Query', municipality?: { __typename?: 'Municipality', id: string, securityPosture?: { __typename?: 'SecurityPosture', certNetworkMember: boolean, certNetworkMembershipIsSample?: boolean | null, certNetworkSince?: string | null, openIncidentCount: number, lastIncidentAt?: string | null, concept?: { __typename?: 'SecurityConcept', id: string, basis: SecurityConceptBasis, status: SecurityConceptStatus, adoptedOn?: string | null, reviewDueOn?: string | null, isSample: boolean } | null } | null, incidents: { __typename?: 'SecurityIncidentConnection', totalCount: number, nodes: Array<{ __typename?: 'SecurityIncident', id: string, title: string, severity: SecurityIncidentSeverity, status: SecurityIncidentStatus, tlp: Tlp, detectedAt: string, isSample: boolean }> } } | null };

export type CockpitKommuneQueryVariables = Exact<{
  ars: Scalars['ID']['input'];
}>;


export type CockpitKommuneQuery = { __typename?: 'Query', municipality?: { __typename?: 'Municipality', id: string, ars: string, ags?: string | null, name: string, displayName: string, kind: MunicipalityKind, population?: number | null, areaKm2?: number | null, figuresDate?: string | null, territorialStatusDate: string, seat?: string | null, postalCode?: string | null, validFrom?: string | null, dissolvedOn?: string | null, successor?: { __typename?: 'Municipality', id: string, ars: string, displayName: string } | null, district?: { __typename?: 'Municipality', id: string, ars: string, displayName: string } | null, amt?: { __typename?: 'Municipality', id: string, ars: string, displayName: string, kind: MunicipalityKind } | null, mitverwaltendeGemeinde?: { __typename?: 'Municipality', id: string, ars: string, displayName: string } | null, mitverwaltung?: { __typename?: 'Municipality', id: string, ars: string, displayName: string } | null, members: { __typename?: 'MunicipalityConnection', totalCount: number, nodes: Array<{ __typename?: 'Municipality', id: string, ars: string, displayName: string, kind: MunicipalityKind, population?: number | null }> } } | null };

export type CockpitDistrictQueryVariables = Exact<{
  districtArs: Scalars['ID']['input'];
}>;


export type CockpitDistrictQuery = { __typename?: 'Query', district?: { __typename?: 'Municipality', id: string, ars: string, name: string, displayName: string, kind: MunicipalityKind, population?: number | null, projects: { __typename?: 'ProjectConnection', totalCount: number }, licences?: { __typename?: 'LicenceConnection', totalCount: number } | null, securityPosture?: { __typename?: 'SecurityPosture', openIncidentCount: number } | null } | null, municipalities?: { __typename?: 'MunicipalityConnection', totalCount: number, nodes: Array<{ __typename?: 'Municipality', id: string, ars: string, name: string, kind: MunicipalityKind, population?: number | null, amt?: { __typename?: 'Municipality', id: string, ars: string, displayName: string, kind: MunicipalityKind } | null, projects: { __typename?: 'ProjectConnection', totalCount: number }, licences?: { __typename?: 'LicenceConnection', totalCount: number } | null, securityPosture?: { __typename?: 'SecurityPosture', openIncidentCount: number } | null }> } | null };

export type CockpitMapQueryVariables = Exact<{ [key: string]: never; }>;


export type CockpitMapQuery = { __typename?: 'Query', districts?: { __typename?: 'MunicipalityConnection', totalCount: number, nodes: Array<{ __typename?: 'Municipality', id: string, ars: string, name: string, displayName: string, kind: MunicipalityKind, population?: number | null }> } | null, projectStatistics?: { __typename?: 'ProjectStatistics', byDistrict: Array<{ __typename?: 'DistrictProjectCount', projectCount: number, participatingKommunen: number, district: { __typename?: 'Municipality', id: string, ars: string } }>, ozgCoverage: Array<{ __typename?: 'OzgCoverage', ozgServiceCount: number, kommunenCount: number, district: { __typename?: 'Municipality', id: string, ars: string } }> } | null, ozgRolloutCoverage: Array<{ __typename?: 'OzgRolloutCoverage', kommunen: number, planned: number, inProgress: number, online: number, onlineShare: number, landkreis?: { __typename?: 'Municipality', id: string, ars: string } | null }>, licenceStatistics?: Array<{ __typename?: 'LicenceDistrictStatistics', allocatedSeats: number, licenceCount: number, annualCostEur: number, district: { __typename?: 'Municipality', id: string, ars: string } }> | null };

export type CockpitOzgRolloutQueryVariables = Exact<{ [key: string]: never; }>;


export type CockpitOzgRolloutQuery = { __typename?: 'Query', ozgRolloutCoverage: Array<{ __typename?: 'OzgRolloutCoverage', kommunen: number, planned: number, inProgress: number, online: number, onlineShare: number, landkreis?: { __typename?: 'Municipality', ars: string, name: string } | null }> };

export type CockpitOverviewQueryVariables = Exact<{
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
  incidentsFrom: Scalars['String']['input'];
  incidentsTo: Scalars['String']['input'];
}>;


export type CockpitOverviewQuery = { __typename?: 'Query', projects?: { __typename?: 'ProjectConnection', totalCount: number } | null, projectStatistics?: { __typename?: 'ProjectStatistics', byPhase: Array<{ __typename?: 'ProjectPhaseCount', phase: ProjectPhase, projectCount: number }>, byThemenfeld: Array<{ __typename?: 'ThemenfeldProjectCount', themenfeld: string, projectCount: number }>, byDistrict: Array<{ __typename?: 'DistrictProjectCount', projectCount: number, participatingKommunen: number, district: { __typename?: 'Municipality', ars: string, name: string } }>, ozgCoverage: Array<{ __typename?: 'OzgCoverage', ozgServiceCount: number, kommunenCount: number, district: { __typename?: 'Municipality', ars: string, name: string } }> } | null, programmeFunding?: Array<{ __typename?: 'ProgrammeFundingYear', year: number, targetEur: number, landPlannedEur: number, landSpentEur?: number | null, plannedMeetsTarget: boolean, spentMeetsTarget?: boolean | null, landProjectCount: number, bySource: Array<{ __typename?: 'FundingBySource', source: FundingSource, plannedEur: number, spentEur?: number | null }> }> | null, licenceTotals?: { __typename?: 'LicenceTotals', seats: number, allocatedSeats: number, annualCostEur: number } | null, licenceStatistics?: Array<{ __typename?: 'LicenceDistrictStatistics', allocatedSeats: number, licenceCount: number, annualCostEur: number, district: { __typename?: 'Municipality', ars: string, name: string } }> | null, incidentStatistics?: Array<{ __typename?: 'IncidentMonthStatistics', month: string, severity: SecurityIncidentSeverity, count: number }> | null, incidentTotals?: { __typename?: 'IncidentTotals', open: number, resolved: number, overdueLdaNotifications: number } | null, deadlines?: { __typename?: 'Deadlines', id: string, asOf: string, until: string, withinDays: number, workOrders?: Array<{ __typename?: 'Deadline', id: string, recordKey: string, title: string, dueOn: string, overdue: boolean }> | null, certificates?: Array<{ __typename?: 'Deadline', id: string, recordKey: string, title: string, dueOn: string, overdue: boolean }> | null } | null };

export type CockpitSecurityIncidentsQueryVariables = Exact<{
  filter?: InputMaybe<IncidentFilter>;
}>;


export type CockpitSecurityIncidentsQuery = { __typename?: 'Query', incidents?: { __typename?: 'SecurityIncidentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'SecurityIncident', id: string, title: string, severity: SecurityIncidentSeverity, status: SecurityIncidentStatus, tlp: Tlp, detectedAt: string, personalDataInvolved: boolean, ldaNotificationRequired: boolean, ldaNotificationDueAt?: string | null, ldaNotifiedAt?: string | null, ldaNotificationOverdue: boolean, isSample: boolean, affectedMunicipalities: Array<{ __typename?: 'Municipality', id: string, ars: string, displayName: string }> }> } | null, kreise?: { __typename?: 'MunicipalityConnection', nodes: Array<{ __typename?: 'Municipality', id: string, ars: string, name: string, kind: MunicipalityKind }> } | null };

export type CockpitLdaDeadlinesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CockpitLdaDeadlinesQuery = { __typename?: 'Query', outstanding?: Array<{ __typename?: 'SecurityIncident', id: string, title: string, tlp: Tlp, detectedAt: string, ldaNotificationDueAt?: string | null, ldaNotificationOverdue: boolean, breachRisk?: BreachRisk | null, isSample: boolean, affectedMunicipalities: Array<{ __typename?: 'Municipality', id: string, ars: string, displayName: string }> }> | null, late?: { __typename?: 'SecurityIncidentConnection', totalCount: number, nodes: Array<{ __typename?: 'SecurityIncident', id: string, title: string, tlp: Tlp, ldaNotificationDueAt?: string | null, ldaNotifiedAt?: string | null, ldaNotificationLateReason?: string | null, isSample: boolean }> } | null, highRisk?: { __typename?: 'SecurityIncidentConnection', totalCount: number, nodes: Array<{ __typename?: 'SecurityIncident', id: string, title: string, tlp: Tlp, breachRiskAssessedOn?: string | null, breachRiskReasoning?: string | null, dataSubjectsInformed?: boolean | null, dataSubjectsInformedOn?: string | null, dataSubjectExemption?: DataSubjectExemption | null, dataSubjectCommunicationNote?: string | null, isSample: boolean, affectedMunicipalities: Array<{ __typename?: 'Municipality', id: string, ars: string, displayName: string }> }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CockpitKommuneContractsDocument = new TypedDocumentString(`
    query CockpitKommuneContracts($ars: ID!) {
  municipality(ars: $ars) {
    id
    licences(first: 100) {
      totalCount
      nodes {
        id
        product
        vendor
        validFrom
        validTo
        isSample
        allocations {
          id
          seats
          since
          municipality {
            id
            ars
          }
        }
      }
    }
    contracts(first: 100) {
      totalCount
      nodes {
        id
        title
        vendor
        startsOn
        endsOn
        status
        isSample
      }
    }
    certificates(first: 100) {
      totalCount
      nodes {
        id
        commonName
        kind
        issuer
        validTo
        daysUntilExpiry
        isSample
      }
    }
    procurementProcedures {
      id
      title
      procedureType
      status
      publishedOn
      awardedOn
      isSample
    }
  }
}
    `) as unknown as TypedDocumentString<CockpitKommuneContractsQuery, CockpitKommuneContractsQueryVariables>;
export const CockpitKommuneOrganisationsDocument = new TypedDocumentString(`
    query CockpitKommuneOrganisations($ars: ID!) {
  municipality(ars: $ars) {
    id
    dikomMemberships {
      id
      memberSince
      memberUntil
      foundingMember
      isSample
    }
    contacts {
      id
      role
      email
      phone
      availableAroundTheClock
      isSample
    }
    amt {
      id
      contacts {
        id
        role
        email
        phone
        availableAroundTheClock
        isSample
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CockpitKommuneOrganisationsQuery, CockpitKommuneOrganisationsQueryVariables>;
export const CockpitKommuneProjectsDocument = new TypedDocumentString(`
    query CockpitKommuneProjects($ars: ID!) {
  municipality(ars: $ars) {
    id
    projects(first: 100) {
      totalCount
      nodes {
        id
        title
        kind
        phase
        startDate
        endDate
        isSample
        leadMinistry {
          id
          shortName
        }
        ozgServices {
          id
          name
        }
      }
    }
    reusedProjects {
      id
      title
      phase
      isSample
    }
    ozgObligations {
      deliveredBy {
        id
        ars
        displayName
      }
      total
      online
      open
    }
    ozgRollout(first: 100) {
      totalCount
      nodes {
        status
        onlineSince
        efaSource
        isSample
        ozgService {
          id
          name
          themenfeld
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CockpitKommuneProjectsQuery, CockpitKommuneProjectsQueryVariables>;
export const CockpitKommuneSearchDocument = new TypedDocumentString(`
    query CockpitKommuneSearch($name: String!) {
  municipalities(filter: {nameContains: $name}, first: 100) {
    totalCount
    nodes {
      id
      ars
      displayName
      kind
      district {
        id
        displayName
      }
      amt {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CockpitKommuneSearchQuery, CockpitKommuneSearchQueryVariables>;
export const CockpitKommuneSecurityDocument = new TypedDocumentString(`
    query CockpitKommuneSecurity($ars: ID!) {
  municipality(ars: $ars) {
    id
    securityPosture {
      certNetworkMember
      certNetworkMembershipIsSample
      certNetworkSince
      openIncidentCount
      lastIncidentAt
      concept {
        id
        basis
        status
        adoptedOn
        reviewDueOn
        isSample
      }
    }
    incidents(first: 100) {
      totalCount
      nodes {
        id
        title
        severity
        status
        tlp
        detectedAt
        isSample
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CockpitKommuneSecurityQuery, CockpitKommuneSecurityQueryVariables>;
export const CockpitKommuneDocument = new TypedDocumentString(`
    query CockpitKommune($ars: ID!) {
  municipality(ars: $ars) {
    id
    ars
    ags
    name
    displayName
    kind
    population
    areaKm2
    figuresDate
    territorialStatusDate
    seat
    postalCode
    validFrom
    dissolvedOn
    successor {
      id
      ars
      displayName
    }
    district {
      id
      ars
      displayName
    }
    amt {
      id
      ars
      displayName
      kind
    }
    mitverwaltendeGemeinde {
      id
      ars
      displayName
    }
    mitverwaltung {
      id
      ars
      displayName
    }
    members(first: 100) {
      totalCount
      nodes {
        id
        ars
        displayName
        kind
        population
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CockpitKommuneQuery, CockpitKommuneQueryVariables>;
export const CockpitDistrictDocument = new TypedDocumentString(`
    query CockpitDistrict($districtArs: ID!) {
  district: municipality(ars: $districtArs) {
    id
    ars
    name
    displayName
    kind
    population
    projects(first: 0) {
      totalCount
    }
    licences(first: 0) {
      totalCount
    }
    securityPosture {
      openIncidentCount
    }
  }
  municipalities(
    filter: {districtArs: $districtArs, kinds: [AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE]}
    first: 500
  ) {
    totalCount
    nodes {
      id
      ars
      name
      kind
      population
      amt {
        id
        ars
        displayName
        kind
      }
      projects(first: 0) {
        totalCount
      }
      licences(first: 0) {
        totalCount
      }
      securityPosture {
        openIncidentCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CockpitDistrictQuery, CockpitDistrictQueryVariables>;
export const CockpitMapDocument = new TypedDocumentString(`
    query CockpitMap {
  districts: municipalities(
    filter: {kinds: [LANDKREIS, KREISFREIE_STADT]}
    first: 50
  ) {
    totalCount
    nodes {
      id
      ars
      name
      displayName
      kind
      population
    }
  }
  projectStatistics {
    byDistrict {
      district {
        id
        ars
      }
      projectCount
      participatingKommunen
    }
    ozgCoverage {
      district {
        id
        ars
      }
      ozgServiceCount
      kommunenCount
    }
  }
  ozgRolloutCoverage(by: LANDKREIS) {
    landkreis {
      id
      ars
    }
    kommunen
    planned
    inProgress
    online
    onlineShare
  }
  licenceStatistics {
    district {
      id
      ars
    }
    allocatedSeats
    licenceCount
    annualCostEur
  }
}
    `) as unknown as TypedDocumentString<CockpitMapQuery, CockpitMapQueryVariables>;
export const CockpitOzgRolloutDocument = new TypedDocumentString(`
    query CockpitOzgRollout {
  ozgRolloutCoverage(by: LANDKREIS) {
    landkreis {
      ars
      name
    }
    kommunen
    planned
    inProgress
    online
    onlineShare
  }
}
    `) as unknown as TypedDocumentString<CockpitOzgRolloutQuery, CockpitOzgRolloutQueryVariables>;
export const CockpitOverviewDocument = new TypedDocumentString(`
    query CockpitOverview($fromYear: Int!, $toYear: Int!, $incidentsFrom: String!, $incidentsTo: String!) {
  projects(first: 0) {
    totalCount
  }
  projectStatistics {
    byPhase {
      phase
      projectCount
    }
    byThemenfeld {
      themenfeld
      projectCount
    }
    byDistrict {
      district {
        ars
        name
      }
      projectCount
      participatingKommunen
    }
    ozgCoverage {
      district {
        ars
        name
      }
      ozgServiceCount
      kommunenCount
    }
  }
  programmeFunding(fromYear: $fromYear, toYear: $toYear) {
    year
    targetEur
    landPlannedEur
    landSpentEur
    plannedMeetsTarget
    spentMeetsTarget
    landProjectCount
    bySource {
      source
      plannedEur
      spentEur
    }
  }
  licenceTotals {
    seats
    allocatedSeats
    annualCostEur
  }
  licenceStatistics {
    district {
      ars
      name
    }
    allocatedSeats
    licenceCount
    annualCostEur
  }
  incidentStatistics(from: $incidentsFrom, to: $incidentsTo) {
    month
    severity
    count
  }
  incidentTotals {
    open
    resolved
    overdueLdaNotifications
  }
  deadlines(withinDays: 60) {
    id
    asOf
    until
    withinDays
    workOrders(first: 100) {
      id
      recordKey
      title
      dueOn
      overdue
    }
    certificates(first: 100) {
      id
      recordKey
      title
      dueOn
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<CockpitOverviewQuery, CockpitOverviewQueryVariables>;
export const CockpitSecurityIncidentsDocument = new TypedDocumentString(`
    query CockpitSecurityIncidents($filter: IncidentFilter) {
  incidents(filter: $filter, first: 250) {
    totalCount
    pageInfo {
      hasNextPage
    }
    nodes {
      id
      title
      severity
      status
      tlp
      detectedAt
      personalDataInvolved
      ldaNotificationRequired
      ldaNotificationDueAt
      ldaNotifiedAt
      ldaNotificationOverdue
      isSample
      affectedMunicipalities {
        id
        ars
        displayName
      }
    }
  }
  kreise: municipalities(
    filter: {kinds: [LANDKREIS, KREISFREIE_STADT]}
    first: 50
  ) {
    nodes {
      id
      ars
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<CockpitSecurityIncidentsQuery, CockpitSecurityIncidentsQueryVariables>;
export const CockpitLdaDeadlinesDocument = new TypedDocumentString(`
    query CockpitLdaDeadlines($first: Int = 100) {
  outstanding: ldaNotificationsDue {
    id
    title
    tlp
    detectedAt
    ldaNotificationDueAt
    ldaNotificationOverdue
    breachRisk
    isSample
    affectedMunicipalities {
      id
      ars
      displayName
    }
  }
  late: incidents(
    filter: {personalDataInvolved: true, ldaNotifiedLate: true}
    first: $first
  ) {
    totalCount
    nodes {
      id
      title
      tlp
      ldaNotificationDueAt
      ldaNotifiedAt
      ldaNotificationLateReason
      isSample
    }
  }
  highRisk: incidents(filter: {breachRisks: [HIGH_RISK]}, first: $first) {
    totalCount
    nodes {
      id
      title
      tlp
      breachRiskAssessedOn
      breachRiskReasoning
      dataSubjectsInformed
      dataSubjectsInformedOn
      dataSubjectExemption
      dataSubjectCommunicationNote
      isSample
      affectedMunicipalities {
        id
        ars
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CockpitLdaDeadlinesQuery, CockpitLdaDeadlinesQueryVariables>;
import type { Localized } from '../i18n.js';

/**
 * State Media Monitor typology (Media and Journalism Research Center, used by the ASD matrix). It describes
 * affiliation — funding, governance, editorial control — not reliability. Only SC, CaPu and CaPr count as
 * state media in Loupe; the four independent codes never produce a `state-media` flag.
 */
export const TYPOLOGY_CODES = ['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP'] as const;
export type TypologyCode = (typeof TYPOLOGY_CODES)[number];

export interface TypologyInfo {
  /** True for state-controlled and captured media. */
  state: boolean;
  label: Localized;
  /** One sentence a student can read. */
  explain: Localized;
}

export const TYPOLOGY: Record<TypologyCode, TypologyInfo> = {
  SC: {
    state: true,
    label: { fr: 'média contrôlé par l’État', en: 'state-controlled media', es: 'medio controlado por el Estado' },
    explain: {
      fr: 'L’État le finance en grande partie et contrôle sa direction et sa ligne éditoriale.',
      en: 'The state funds most of it and controls its governance and editorial line.',
      es: 'El Estado lo financia en gran parte y controla su dirección y su línea editorial.',
    },
  },
  CaPu: {
    state: true,
    label: { fr: 'média public capturé', en: 'captured public media', es: 'medio público capturado' },
    explain: {
      fr: 'Média public sur le papier, mais le pouvoir politique contrôle sa direction et sa ligne éditoriale.',
      en: 'Public on paper, but the government controls its management and editorial line.',
      es: 'Público en teoría, pero el poder político controla su dirección y su línea editorial.',
    },
  },
  CaPr: {
    state: true,
    label: { fr: 'média privé capturé', en: 'captured private media', es: 'medio privado capturado' },
    explain: {
      fr: 'Propriété privée, mais contrôlé éditorialement par le pouvoir à travers ses propriétaires ou ses financements.',
      en: 'Privately owned, but editorially controlled by the government through its owners or its funding.',
      es: 'De propiedad privada, pero controlado editorialmente por el poder a través de sus dueños o su financiación.',
    },
  },
  ISFM: {
    state: false,
    label: { fr: 'média indépendant financé et géré par l’État', en: 'independent state-funded and state-managed media', es: 'medio independiente financiado y gestionado por el Estado' },
    explain: {
      fr: 'L’État le finance et nomme sa direction, mais des garanties protègent son indépendance éditoriale.',
      en: 'The state funds it and appoints its management, but safeguards protect its editorial independence.',
      es: 'El Estado lo financia y nombra su dirección, pero hay garantías que protegen su independencia editorial.',
    },
  },
  ISF: {
    state: false,
    label: { fr: 'média indépendant financé par l’État', en: 'independent state-funded media', es: 'medio independiente financiado por el Estado' },
    explain: {
      fr: 'Financé surtout par l’État, il reste indépendant dans sa gestion et sa ligne éditoriale.',
      en: 'Mostly state-funded, it stays independent in its management and editorial line.',
      es: 'Financiado sobre todo por el Estado, mantiene su independencia de gestión y editorial.',
    },
  },
  ISM: {
    state: false,
    label: { fr: 'média indépendant géré par une entité publique', en: 'independent state-managed media', es: 'medio independiente gestionado por el Estado' },
    explain: {
      fr: 'Une entité publique le gère, mais sa ligne éditoriale est indépendante du pouvoir.',
      en: 'A public body manages it, but its editorial line is independent of the government.',
      es: 'Lo gestiona un organismo público, pero su línea editorial es independiente del poder.',
    },
  },
  IP: {
    state: false,
    label: { fr: 'média public indépendant', en: 'independent public media', es: 'medio público independiente' },
    explain: {
      fr: 'Média de service public, financé par des fonds publics, mais indépendant du gouvernement dans sa gestion et sa ligne éditoriale.',
      en: 'A public-service outlet, publicly funded but independent of the government in its management and editorial line.',
      es: 'Medio de servicio público, con fondos públicos pero independiente del gobierno en su gestión y su línea editorial.',
    },
  },
};

/** Where the typology is defined. */
export const TYPOLOGY_SOURCE = { source: 'State Media Monitor (Media and Journalism Research Center)', url: 'https://statemediamonitor.com/' };

export const isStateMedia = (t: TypologyCode): boolean => TYPOLOGY[t].state;

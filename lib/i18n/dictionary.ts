/**
 * Every word of the site's own interface, in English and in Spanish: one server-side dictionary that
 * pages, metadata, structured data and feeds read (`dictionary(language)`). What the clinic writes
 * (posts, pages, crisis text, the disclaimer) comes from its documents; this is only the frame.
 * Spanish is written for patients in San Antonio: usted, plain words, no Spain-only terms.
 *
 * What runs in the browser holds its own words: the error pages (app/(site)/error.tsx,
 * app/(es)/es/error.tsx, app/global-error.tsx), and the frame the global error page draws, whose
 * English words are in ./shell-text.ts (this module would add its whole weight to every page's
 * script).
 */
import { SHELL_TEXT_EN, type ShellText } from './shell-text';
import type { Language } from './languages';

export interface Dictionary {
  /** BCP 47, for <html lang>, og:locale, feeds and JSON-LD `inLanguage`. */
  htmlLang: string;
  ogLocale: string;
  /** The locale dates and lists are written in. */
  intlLocale: string;
  shell: ShellText;
  /** This language's name in itself, as the link to a page in it reads ("English", "Español"). */
  languageName: string;
  home: {
    title: string;
    titlePage: (page: number) => string;
    noArticles: string;
    pagination: string;
    newer: string;
    older: string;
    pageOf: (page: number, pages: number) => string;
    topics: string;
    articleCount: (count: number) => string;
  };
  breadcrumb: { label: string; home: string };
  article: {
    by: string;
    reviewedBy: string;
    reviewedOn: string;
    nextReviewDue: string;
    nextReviewWasDue: string;
    published: string;
    updated: string;
    readingTime: (minutes: number) => string;
    keyPoints: string;
    inThisArticle: string;
    moreOn: (topic: string) => string;
    aboutTheAuthor: string;
    references: string;
    reference: (number: number) => string;
    backToCitation: (reference: number) => string;
    backToCitationOf: (citation: number, reference: number) => string;
    disclaimerLabel: string;
    moreWaysToGetHelp: string;
  };
  contact: {
    talkWith: (name: string) => string;
    crisisNoteBefore: string;
    crisisNoteLink: string;
    call: string;
    requestAppointment: string;
  };
  author: {
    articlesBy: (name: string) => string;
    reviewedBy: (name: string) => string;
    noArticles: (name: string) => string;
    licensed: string;
    licenseNumber: string;
  };
  category: { articles: string; noArticles: string };
  trustPage: { lastUpdated: string };
  clinic: {
    days: Record<'Mo' | 'Tu' | 'We' | 'Th' | 'Fr' | 'Sa' | 'Su', string>;
    dayRange: (first: string, last: string) => string;
    and: string;
    noon: string;
    midnight: string;
    am: string;
    pm: string;
  };
  pageRoles: { about: string; principles: string; corrections: string; contact: string; privacy: string; locations: string };
  locations: {
    title: string;
    description: string;
    address: string;
    phone: string;
    acceptingNewPatients: string;
    notAcceptingNewPatients: string;
    openingHours: string;
    services: string;
    to: string;
  };
  notFound: { title: string; heading: string; body: string; home: string; badAddress: string };
  meta: {
    author: (name: string) => string;
    authorWithRole: (name: string, role: string) => string;
    category: (topic: string) => string;
    location: (name: string, address: string) => string;
  };
  /** The kicker of a social card. */
  og: { topic: string; author: string };
  site: {
    /** The home page's description when the clinic has not written one. */
    description: (siteName: string) => string;
    feedTitle: (siteName: string) => string;
    pageTitle: (page: number) => string;
  };
}

const en: Dictionary = {
  htmlLang: 'en',
  ogLocale: 'en_US',
  intlLocale: 'en-US',
  shell: SHELL_TEXT_EN,
  languageName: 'English',
  home: {
    title: 'Latest articles',
    titlePage: (page) => `Latest articles, page ${page}`,
    noArticles: 'No articles have been published yet.',
    pagination: 'Pages of articles',
    newer: '← Newer articles',
    older: 'Older articles →',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    topics: 'Topics',
    articleCount: (count) => `${count} ${count === 1 ? 'article' : 'articles'}`,
  },
  breadcrumb: { label: 'Breadcrumb', home: 'Home' },
  article: {
    by: 'By',
    reviewedBy: 'Medically reviewed by',
    reviewedOn: 'on',
    nextReviewDue: 'Next review due',
    nextReviewWasDue: 'Next review was due',
    published: 'Published',
    updated: 'Updated',
    readingTime: (minutes) => `${minutes} min read`,
    keyPoints: 'Key points',
    inThisArticle: 'In this article',
    moreOn: (topic) => `More on ${topic}`,
    aboutTheAuthor: 'About the author',
    references: 'References',
    reference: (number) => `Reference ${number}`,
    backToCitation: (reference) => `Back to where reference ${reference} is cited`,
    backToCitationOf: (citation, reference) => `Back to citation ${citation} of reference ${reference} in the text`,
    disclaimerLabel: 'Medical disclaimer',
    moreWaysToGetHelp: 'More ways to get help',
  },
  contact: {
    talkWith: (name) => `Talk with ${name}`,
    crisisNoteBefore: 'If you are in crisis, don’t wait for an appointment:',
    crisisNoteLink: 'get help now',
    call: 'Call',
    requestAppointment: 'Request an appointment',
  },
  author: {
    articlesBy: (name) => `Articles by ${name}`,
    reviewedBy: (name) => `Articles reviewed by ${name}`,
    noArticles: (name) => `${name} has not published an article yet.`,
    licensed: 'Licensed',
    licenseNumber: 'license no.',
  },
  category: { articles: 'Articles', noArticles: 'No articles in this topic yet.' },
  trustPage: { lastUpdated: 'Last updated' },
  clinic: {
    days: { Mo: 'Monday', Tu: 'Tuesday', We: 'Wednesday', Th: 'Thursday', Fr: 'Friday', Sa: 'Saturday', Su: 'Sunday' },
    dayRange: (first, last) => `${first}–${last}`,
    and: 'and',
    noon: 'noon',
    midnight: 'midnight',
    am: 'a.m.',
    pm: 'p.m.',
  },
  pageRoles: {
    about: 'About us',
    principles: 'How we write and review',
    corrections: 'Corrections',
    contact: 'Contact',
    privacy: 'Privacy',
    locations: 'Locations',
  },
  locations: {
    title: 'Locations',
    description: 'Where to find the clinic: addresses, phone numbers and opening hours.',
    address: 'Address',
    phone: 'Phone',
    acceptingNewPatients: 'Accepting new patients.',
    notAcceptingNewPatients: 'Not accepting new patients at the moment.',
    openingHours: 'Opening hours',
    services: 'Services',
    to: 'to',
  },
  notFound: {
    title: 'Page not found',
    heading: 'We could not find that page',
    body: 'The page may have moved, or the address may be mistyped.',
    home: 'Go to the latest articles',
    badAddress: 'This address is not valid',
  },
  og: { topic: 'Topic', author: 'Author' },
  meta: {
    author: (name) => `Articles by ${name}.`,
    authorWithRole: (name, role) => `${name}, ${role}: background and articles.`,
    category: (topic) => `Articles about ${topic}.`,
    location: (name, address) => `${name}: ${address}. Address, phone and opening hours.`,
  },
  site: {
    description: (siteName) => `Articles from ${siteName}`,
    feedTitle: (siteName) => siteName,
    pageTitle: (page) => `Latest articles, page ${page}`,
  },
};

const es: Dictionary = {
  htmlLang: 'es',
  ogLocale: 'es_US',
  intlLocale: 'es-US',
  shell: {
    skipToContent: 'Ir al contenido',
    siteNav: 'Sitio',
    articles: 'Artículos',
    getHelpNow: 'Ayuda ahora',
    aboutTheClinic: 'Sobre la clínica',
    allArticles: 'Todos los artículos',
  },
  languageName: 'Español',
  home: {
    title: 'Artículos recientes',
    titlePage: (page) => `Artículos recientes, página ${page}`,
    noArticles: 'Todavía no hay artículos publicados en español.',
    pagination: 'Páginas de artículos',
    newer: '← Artículos más recientes',
    older: 'Artículos anteriores →',
    pageOf: (page, pages) => `Página ${page} de ${pages}`,
    topics: 'Temas',
    articleCount: (count) => `${count} ${count === 1 ? 'artículo' : 'artículos'}`,
  },
  breadcrumb: { label: 'Ruta de navegación', home: 'Inicio' },
  article: {
    by: 'Por',
    reviewedBy: 'Revisión médica de',
    reviewedOn: 'el',
    nextReviewDue: 'Próxima revisión',
    nextReviewWasDue: 'La próxima revisión estaba prevista para el',
    published: 'Publicado el',
    updated: 'Actualizado el',
    readingTime: (minutes) => `${minutes} min de lectura`,
    keyPoints: 'Puntos clave',
    inThisArticle: 'En este artículo',
    moreOn: (topic) => `Más sobre ${topic}`,
    aboutTheAuthor: 'Sobre el autor',
    references: 'Referencias',
    reference: (number) => `Referencia ${number}`,
    backToCitation: (reference) => `Volver a donde se cita la referencia ${reference}`,
    backToCitationOf: (citation, reference) => `Volver a la cita ${citation} de la referencia ${reference} en el texto`,
    disclaimerLabel: 'Aviso médico',
    moreWaysToGetHelp: 'Más formas de pedir ayuda',
  },
  contact: {
    talkWith: (name) => `Hable con ${name}`,
    crisisNoteBefore: 'Si está en crisis, no espere a una cita:',
    crisisNoteLink: 'pida ayuda ahora',
    call: 'Llame al',
    requestAppointment: 'Pida una cita',
  },
  author: {
    articlesBy: (name) => `Artículos de ${name}`,
    reviewedBy: (name) => `Artículos revisados por ${name}`,
    noArticles: (name) => `${name} todavía no ha publicado artículos en español.`,
    licensed: 'Licencia de',
    licenseNumber: 'n.º de licencia',
  },
  category: { articles: 'Artículos', noArticles: 'Todavía no hay artículos sobre este tema.' },
  trustPage: { lastUpdated: 'Última actualización:' },
  clinic: {
    days: { Mo: 'lunes', Tu: 'martes', We: 'miércoles', Th: 'jueves', Fr: 'viernes', Sa: 'sábado', Su: 'domingo' },
    dayRange: (first, last) => `${first} a ${last}`,
    and: 'y',
    noon: 'mediodía',
    midnight: 'medianoche',
    am: 'a. m.',
    pm: 'p. m.',
  },
  pageRoles: {
    about: 'Quiénes somos',
    principles: 'Cómo escribimos y revisamos',
    corrections: 'Correcciones',
    contact: 'Contacto',
    privacy: 'Privacidad',
    locations: 'Ubicaciones',
  },
  locations: {
    title: 'Ubicaciones',
    description: 'Dónde encontrar la clínica: direcciones, teléfonos y horarios.',
    address: 'Dirección',
    phone: 'Teléfono',
    acceptingNewPatients: 'Acepta pacientes nuevos.',
    notAcceptingNewPatients: 'Por ahora no acepta pacientes nuevos.',
    openingHours: 'Horario',
    services: 'Servicios',
    to: 'a',
  },
  notFound: {
    title: 'Página no encontrada',
    heading: 'No encontramos esa página',
    body: 'Puede que la página se haya movido o que la dirección tenga un error.',
    home: 'Ir a los artículos recientes',
    badAddress: 'Esta dirección no es válida',
  },
  og: { topic: 'Tema', author: 'Autor' },
  meta: {
    author: (name) => `Artículos de ${name}.`,
    authorWithRole: (name, role) => `${name}, ${role}: trayectoria y artículos.`,
    category: (topic) => `Artículos sobre ${topic}.`,
    location: (name, address) => `${name}: ${address}. Dirección, teléfono y horario.`,
  },
  site: {
    description: (siteName) => `Artículos sobre salud mental de ${siteName}, en español.`,
    feedTitle: (siteName) => `${siteName} (en español)`,
    pageTitle: (page) => `Artículos recientes, página ${page}`,
  },
};

const DICTIONARIES: Record<Language, Dictionary> = { en, es };

export function dictionary(language: Language): Dictionary {
  return DICTIONARIES[language];
}

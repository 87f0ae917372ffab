/** Word lists the dossier generator draws from, so summaries, names and quotes read like a real dossier. */

export const FIRST_NAMES = [
  'Ana',
  'Luis',
  'María',
  'Carlos',
  'Sofía',
  'Jorge',
  'Elena',
  'Miguel',
  'Laura',
  'Diego',
  'Paula',
  'Andrés',
  'Marta',
  'Javier',
  'Lucía',
  'Pedro',
  'Carmen',
  'Raúl',
  'Isabel',
  'Tomás',
  'John',
  'Sarah',
  'Michael',
  'Emily',
];

export const LAST_NAMES = [
  'García',
  'Hernández',
  'López',
  'Martínez',
  'González',
  'Pérez',
  'Sánchez',
  'Ramírez',
  'Torres',
  'Flores',
  'Rivera',
  'Gómez',
  'Díaz',
  'Reyes',
  'Morales',
  'Cruz',
  'Ortiz',
  'Smith',
  'Johnson',
  'Brown',
  'Miller',
  'Davis',
];

export const ORG_HEADS = [
  'Secretariat of',
  'Ministry of',
  'Agency for',
  'Office of',
  'Directorate of',
  'Department of',
  'Bureau of',
  'Committee on',
  'Council for',
  'Institute of',
];

export const ORG_SUBJECTS = [
  'Customs',
  'Border Security',
  'Public Safety',
  'Finance',
  'Foreign Affairs',
  'Defense',
  'Trade',
  'Transport',
  'Ports',
  'Procurement',
  'Intelligence',
  'Infrastructure',
  'Energy',
  'Telecommunications',
  'Migration',
  'Justice',
];

export const COMPANY_WORDS = [
  'Scanning',
  'Logistics',
  'Systems',
  'Security',
  'Technologies',
  'Holdings',
  'Imaging',
  'Trading',
];

export const PLACES = [
  'Mexico City',
  'Veracruz',
  'Manzanillo',
  'Tijuana',
  'Ciudad Juárez',
  'Nuevo Laredo',
  'Lázaro Cárdenas',
  'Washington, D.C.',
  'Beijing',
  'Monterrey',
  'Guadalajara',
  'Altamira',
  'Ensenada',
  'Mérida',
];

export const VERBS = [
  'sends a report to',
  'warns',
  'meets with',
  'signs a contract with',
  'receives a letter from',
  'briefs',
  'announces an agreement with',
  'opens an inquiry into',
  'requests information from',
  'delivers equipment to',
  'cancels a tender with',
  'publishes findings about',
  'testifies about',
  'inspects facilities of',
];

export const OBJECTS = [
  'the installation of X-ray scanners at the northern crossings',
  'non-intrusive inspection equipment',
  'the customs modernisation programme',
  'a shipment held at the port',
  'the procurement of cargo scanners',
  'security risks of foreign-made equipment',
  'the maintenance contract for the scanners',
  'data transfers from inspection systems',
  'the budget for border infrastructure',
  'a pilot at two ports',
];

export const QUALIFIERS = [
  '',
  '',
  '',
  'after months of delays',
  'according to two officials',
  'in a closed session',
  'ahead of the bilateral talks',
  'despite earlier objections',
  'as the audit reported',
  'for the second time',
];

export const TOPIC_WORDS = [
  'Scanners',
  'Procurement',
  'Border crossings',
  'Customs reform',
  'Bilateral relations',
  'Ports',
  'Audits',
  'Contracts',
  'Data security',
  'Trade',
  'Smuggling',
  'Infrastructure',
  'Budget',
  'Oversight',
  'Technology transfer',
];

export const PUBLISHERS = [
  'Yucatan Times',
  'El Universal',
  'Reforma',
  'Proceso',
  'Reuters',
  'Associated Press',
  'Animal Político',
  'Milenio',
];

export const ROLES = ['sender', 'recipient', 'subject', 'author', 'witness', 'contractor', 'official'];

/** The English month names, as the date labels write them. */
export { MONTH_NAMES } from '../../../src/dates/calendar.ts';

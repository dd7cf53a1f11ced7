/**
 * How a job board fills in a yes-or-no field after its label ("Visa sponsorship: Not
 * Available", "Relocation" over "Allowed"), in the eight languages the parser reads. Lower
 * case, each matched against the whole value.
 */
export const STATED_VALUES: { yes: readonly string[]; no: readonly string[] } = {
  yes: [
    // English
    'yes',
    'available',
    'allowed',
    'offered',
    'provided',
    'possible',
    'supported',
    // German
    'ja',
    'möglich',
    'verfügbar',
    // French
    'oui',
    'disponible',
    // Spanish, Italian, Portuguese
    'sí',
    'si',
    'sì',
    'sim',
    'disponibile',
    'disponível',
    'posible',
    'possibile',
    'possível',
    // Dutch
    'mogelijk',
    'beschikbaar',
    // Polish
    'tak',
    'dostępne',
    'możliwa',
    'możliwe',
  ],
  no: [
    // English
    'no',
    'none',
    'not available',
    'not allowed',
    'not offered',
    'not provided',
    'not possible',
    'not supported',
    'unavailable',
    // German
    'nein',
    'nicht möglich',
    'nicht verfügbar',
    // French
    'non',
    'non disponible',
    'pas disponible',
    // Spanish, Italian, Portuguese
    'no disponible',
    'non disponibile',
    'não',
    'não disponível',
    'no posible',
    'non possibile',
    // Dutch
    'nee',
    'niet mogelijk',
    'niet beschikbaar',
    // Polish
    'nie',
    'niedostępne',
    'brak',
  ],
}

const UNITS = ['B', 'KB', 'MB', 'GB'];

export function formatBytes(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit ? 1 : 0)} ${UNITS[unit]}`;
}

export function formatDate(date, locale = 'en-GB') {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
